"""Sources step: add files and folders, see how each was read, override encoding and sheet."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.readers import SourceTable
from core.recipe import SourceSpec
from gui import dialogs
from gui.context import StudioContext
from gui.i18n import describe_problem, translate_error
from gui.models.frame_model import FrameTableModel
from gui.pages import StepState

log = logging.getLogger(__name__)

# File name endings the readers understand; a dropped folder contributes these files.
SUPPORTED_SUFFIXES = {
    ".csv", ".tsv", ".txt", ".xlsx", ".xlsm", ".json", ".jsonl",
    ".pdf", ".docx", ".html", ".htm", ".md", ".markdown",
}

# Formats read as documents, cut into text blocks.
DOCUMENT_FORMATS = frozenset({"pdf", "docx", "html", "markdown", "text"})

# Formats whose threads can become pairs, conversations or labelled texts (SourceSpec.ticket_output).
TICKET_FORMATS = {"zendesk", "jira", "freshdesk", "messages-table"}

FILE_ROWS_SHOWN = 5
PROBLEMS_MAX_HEIGHT = 120

ENCODINGS = ["auto", "utf-8", "utf-8-sig", "gb18030", "gbk", "big5", "cp932", "shift_jis", "euc-jp", "utf-16"]


def files_in(paths: list[Path]) -> list[Path]:
    """Expand folders into their supported files (recursively, sorted); keep files as given."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(
                sorted(item for item in path.rglob("*") if item.is_file() and item.suffix.lower() in SUPPORTED_SUFFIXES)
            )
        else:
            found.append(path)
    return found


class SourcesPage(QWidget):
    stateChanged = Signal()

    def __init__(self, context: StudioContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setAcceptDrops(True)

        self.add_files_button = QPushButton(self.tr("&Add files…"))
        self.add_files_button.setToolTip(self.tr("Add CSV, Excel, JSON Lines, PDF, Word or HTML files"))
        self.add_folder_button = QPushButton(self.tr("Add &folder…"))
        self.add_folder_button.setToolTip(self.tr("Add every supported file in a folder and its subfolders"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected file from the project; the file itself is not changed"))
        buttons = QHBoxLayout()
        for button in (self.add_files_button, self.add_folder_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.busy_label = QLabel()
        buttons.addWidget(self.busy_label)

        self.hint = QLabel(self.tr("Drop files or folders here, or use Add files."))
        self.hint.setWordWrap(True)

        self.files = QTableWidget(0, 6)
        self.files.setHorizontalHeaderLabels([
            self.tr("File"), self.tr("Format"), self.tr("Encoding"), self.tr("Sheet"), self.tr("Rows"), self.tr("Problems"),
        ])
        self.files.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.files.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.files.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.files.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.files.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.files.verticalHeader().setVisible(False)
        self.files.setWordWrap(False)
        for column in (1, 2, 3, 4):
            self.files.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.files.setAccessibleName(self.tr("Source files"))
        self.files.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.files.setMinimumHeight(self._files_height(FILE_ROWS_SHOWN))

        self.encoding_box = QComboBox()
        self.encoding_box.setEditable(True)
        self.encoding_box.addItems(ENCODINGS)
        self.encoding_box.setToolTip(self.tr("Text encoding of the file; “auto” detects it"))
        self.sheet_box = QComboBox()
        self.sheet_box.setToolTip(self.tr("Excel sheet to read; empty means the first sheet"))
        self.ticket_box = QComboBox()
        self.ticket_box.addItem(self.tr("Question and answer pairs"), "pairs")
        self.ticket_box.addItem(self.tr("Whole conversations"), "conversation")
        self.ticket_box.addItem(self.tr("Ticket text with a label"), "classification")
        self.ticket_box.setToolTip(self.tr("What each ticket thread of a help-desk export becomes"))
        self.label_edit = QLineEdit()
        self.label_edit.setToolTip(self.tr("Ticket field used as the label, for example priority or category"))
        # Two settings per row, so the file list keeps its height in a small window.
        overrides = QGridLayout()
        labels = [self.tr("&Encoding:"), self.tr("S&heet:"), self.tr("&Tickets become:"), self.tr("&Label field:")]
        fields = [self.encoding_box, self.sheet_box, self.ticket_box, self.label_edit]
        for number, (text, field) in enumerate(zip(labels, fields, strict=True)):
            label = QLabel(text)
            label.setBuddy(field)
            overrides.addWidget(label, number // 2, (number % 2) * 2)
            overrides.addWidget(field, number // 2, (number % 2) * 2 + 1)
        overrides.setColumnStretch(1, 1)
        overrides.setColumnStretch(3, 1)

        self.agreement = QLabel()
        self.agreement.setWordWrap(True)
        self.agreement.setTextFormat(Qt.TextFormat.PlainText)

        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.problems.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # A file with many problems scrolls here instead of pushing the file list off the page.
        self.problems_scroll = QScrollArea()
        self.problems_scroll.setWidget(self.problems)
        self.problems_scroll.setWidgetResizable(True)
        self.problems_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.problems_scroll.setMaximumHeight(PROBLEMS_MAX_HEIGHT)
        self.problems_scroll.setVisible(False)

        self.preview_model = FrameTableModel(parent=self)
        self.preview = QTableView()
        self.preview.setModel(self.preview_model)
        self.preview.horizontalHeader().setDefaultSectionSize(240)
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.preview.setWordWrap(False)
        self.preview.setAccessibleName(self.tr("First rows of the selected file"))
        self.preview_label = QLabel(self.tr("First rows of the selected file"))

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(buttons)
        top_layout.addWidget(self.hint)
        top_layout.addWidget(self.files, 1)
        top_layout.addLayout(overrides)
        top_layout.addWidget(self.agreement)
        top_layout.addWidget(self.problems_scroll)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.preview_label)
        bottom_layout.addWidget(self.preview, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.preview.setMinimumHeight(self._files_height(2))
        self.splitter.setSizes([400, 300])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        self.add_files_button.clicked.connect(self.choose_files)
        self.add_folder_button.clicked.connect(self.choose_folder)
        self.remove_button.clicked.connect(self.remove_selected)
        self.files.itemSelectionChanged.connect(self._show_selected)
        self.encoding_box.activated.connect(self._apply_overrides)
        self.encoding_box.lineEdit().editingFinished.connect(self._apply_overrides)
        self.sheet_box.activated.connect(self._apply_overrides)
        self.ticket_box.activated.connect(self._apply_overrides)
        self.label_edit.editingFinished.connect(self._apply_overrides)
        context.sourcesChanged.connect(self.refresh)
        context.sourcesBusyChanged.connect(self._show_busy)
        context.project.changed.connect(self.refresh)
        self.refresh()

    def _set_problems(self, text: str) -> None:
        self.problems.setText(text)
        self.problems_scroll.setVisible(bool(text))

    def _files_height(self, rows: int) -> int:
        """Return the height that shows the file list's header and `rows` rows."""
        header = self.files.horizontalHeader().sizeHint().height()
        return header + rows * self.files.verticalHeader().defaultSectionSize() + 2 * self.files.frameWidth() + 2

    # --- adding and removing --------------------------------------------------------

    def choose_files(self) -> None:
        folder = self.context.settings.last_source_folder
        names = dialogs.open_file_names(
            self, self.tr("Add source files"), folder,
            self.tr("Supported files (*.csv *.tsv *.txt *.xlsx *.xlsm *.json *.jsonl *.pdf *.docx *.html *.htm *.md);;All files (*)"),
        )
        self.add_paths(names)

    def choose_folder(self) -> None:
        folder = dialogs.existing_directory(self, self.tr("Add a folder"), self.context.settings.last_source_folder)
        if folder is not None:
            self.add_paths([folder])

    def add_paths(self, paths: list[Path]) -> None:
        """Add files (and the supported files inside folders) that are not sources yet."""
        if not paths:
            return
        self.context.settings.last_source_folder = str(paths[0] if paths[0].is_dir() else paths[0].parent)
        recipe = self.context.project.recipe
        known = {Path(spec.path) for spec in recipe.sources}
        added = [SourceSpec(path=str(path.resolve())) for path in files_in(paths) if path.resolve() not in known]
        if not added:
            return
        log.info("adding %d source file(s)", len(added))
        self.context.project.set_recipe(recipe.model_copy(update={"sources": [*recipe.sources, *added]}))
        self.files.selectRow(len(recipe.sources))

    def remove_selected(self) -> None:
        row = self._selected_row()
        if row is None:
            return
        recipe = self.context.project.recipe
        sources = [spec for index, spec in enumerate(recipe.sources) if index != row]
        self.context.project.set_recipe(recipe.model_copy(update={"sources": sources}))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        self.add_paths(paths)
        event.acceptProposedAction()

    # --- overrides ------------------------------------------------------------------

    def _apply_overrides(self) -> None:
        row = self._selected_row()
        if row is None:
            return
        recipe = self.context.project.recipe
        spec = recipe.sources[row]
        encoding = self.encoding_box.currentText().strip() or "auto"
        sheet = self.sheet_box.currentText() if self.sheet_box.isEnabled() else spec.sheet
        ticket_output = self.ticket_box.currentData() if self.ticket_box.isEnabled() else spec.ticket_output
        ticket_label = self.label_edit.text().strip() if self.label_edit.isEnabled() else spec.ticket_label
        update = {"encoding": encoding, "sheet": sheet, "ticket_output": ticket_output, "ticket_label": ticket_label}
        if all(getattr(spec, key) == value for key, value in update.items()):
            return
        sources = list(recipe.sources)
        sources[row] = spec.model_copy(update=update)
        self.context.project.set_recipe(recipe.model_copy(update={"sources": sources}))

    # --- display --------------------------------------------------------------------

    def _selected_row(self) -> int | None:
        rows = self.files.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _show_busy(self, busy: bool) -> None:
        self.busy_label.setText(self.tr("Reading files…") if busy else "")

    def refresh(self) -> None:
        """Rebuild the file list from the recipe and the tables read so far."""
        selected = self._selected_row()
        sources = self.context.project.recipe.sources
        self.files.blockSignals(True)
        self.files.setRowCount(len(sources))
        for row, spec in enumerate(sources):
            for column, text in enumerate(self._row_texts(spec)):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setToolTip(spec.path)
                if column == 5:
                    item.setToolTip(self._problem_text(spec))
                self.files.setItem(row, column, item)
        self.files.blockSignals(False)
        if sources:
            self.files.selectRow(min(selected or 0, len(sources) - 1))
        self.hint.setVisible(not sources)
        self.remove_button.setEnabled(bool(sources))
        self._show_agreement()
        self._show_selected()
        self.stateChanged.emit()

    def _row_texts(self, spec: SourceSpec) -> list[str]:
        name = Path(spec.path).name
        table = self.context.table_for(spec)
        error = self.context.error_for(spec)
        if error is not None:
            return [name, "", spec.encoding, spec.sheet, "", self.tr("Cannot read: %s") % translate_error(error)]
        if table is None:
            return [name, self.tr("reading…"), spec.encoding, spec.sheet, "", ""]
        problem_count = len(table.problems)
        problems = self.tr("%n problem(s)", "", problem_count) if problem_count else self.tr("None")
        return [name, table.format, table.encoding or "", table.sheet or "", f"{table.frame.height:,}", problems]

    def _found_text(self, table: SourceTable) -> str:
        """Describe what reading found in a document or ticket export; empty for tables."""
        details = table.details
        if details.get("kind") == "tickets":
            return self.tr(
                "Found {threads} threads with {messages} messages. Left out {notes} internal notes and "
                "{replies} automatic replies; removed {signatures} signatures and {quotes} quoted earlier messages."
            ).format(
                threads=details.get("threads", 0), messages=details.get("messages", 0),
                notes=details.get("dropped_internal_notes", 0), replies=details.get("dropped_auto_replies", 0),
                signatures=details.get("signatures_removed", 0), quotes=details.get("quotes_removed", 0),
            )
        if table.format not in DOCUMENT_FORMATS:
            return ""
        if details.get("pages"):
            text = self.tr("Found {pages} pages and {blocks} text blocks (headings, paragraphs, list items, tables).").format(
                pages=details["pages"], blocks=table.frame.height
            )
        else:
            text = self.tr("Found {blocks} text blocks (headings, paragraphs, list items, tables).").format(
                blocks=table.frame.height
            )
        skipped = details.get("skipped_pages") or []
        if skipped:
            text += " " + self.tr("Pages left out because they have no usable text: {pages}.").format(
                pages=", ".join(str(page) for page in skipped)
            )
        return text

    def _problem_text(self, spec: SourceSpec) -> str:
        error = self.context.error_for(spec)
        if error is not None:
            return translate_error(error)
        table = self.context.table_for(spec)
        if table is None:
            return ""
        return "\n".join(describe_problem(problem) for problem in table.problems[:20])

    def _show_agreement(self) -> None:
        tables = self.context.table_list()
        mismatches = self.context.column_mismatches()
        if len(tables) < 2:
            self.agreement.setText("")
        elif not mismatches:
            self.agreement.setText(self.tr("All %n files have the same columns and are combined into one table.", "", len(tables)))
        else:
            lines = [self.tr("These files have different columns from %s. Their rows are still combined, with "
                             "the missing columns left empty. Remove them or make their columns match if that is "
                             "not what you want:") % tables[0].path.name]
            for table, missing, extra in mismatches:
                parts = []
                if missing:
                    parts.append(self.tr("missing %s") % ", ".join(missing))
                if extra:
                    parts.append(self.tr("extra %s") % ", ".join(extra))
                lines.append(f"• {table.path.name}: {'; '.join(parts)}")
            self.agreement.setText("\n".join(lines))

    def _show_selected(self) -> None:
        row = self._selected_row()
        sources = self.context.project.recipe.sources
        spec = sources[row] if row is not None and row < len(sources) else None
        table = self.context.table_for(spec) if spec else None

        self.encoding_box.setEnabled(spec is not None)
        if spec is not None:
            self.encoding_box.setCurrentText(spec.encoding)
        sheets = [str(name) for name in (table.details.get("sheets", []) if table else [])]  # type: ignore[union-attr]
        self.sheet_box.clear()
        self.sheet_box.addItems(sheets)
        self.sheet_box.setEnabled(bool(sheets))
        if spec is not None and sheets:
            self.sheet_box.setCurrentText(spec.sheet or (table.sheet if table and table.sheet else sheets[0]))

        is_tickets = table is not None and table.format in TICKET_FORMATS
        self.ticket_box.setEnabled(is_tickets)
        self.label_edit.setEnabled(is_tickets and spec is not None and spec.ticket_output == "classification")
        if spec is not None:
            self.ticket_box.setCurrentIndex(max(self.ticket_box.findData(spec.ticket_output), 0))
            if not self.label_edit.hasFocus():
                self.label_edit.setText(spec.ticket_label)

        if table is None:
            self.preview_model.set_frame(_empty_frame())
            self._set_problems(self._problem_text(spec) if spec else "")
            return
        self.preview_model.set_frame(table.frame.select(table.columns))
        found = self._found_text(table)
        problems = self._problem_text(spec) if table.problems else ""
        self._set_problems("\n".join(part for part in (found, problems) if part))

    def step_state(self) -> StepState:
        sources = self.context.project.recipe.sources
        if not sources:
            return StepState.NOT_STARTED
        if self.context.source_errors or self.context.column_mismatches():
            return StepState.NEEDS_ATTENTION
        if any(problem.severity == "error" for table in self.context.table_list() for problem in table.problems):
            return StepState.NEEDS_ATTENTION
        return StepState.DONE


def _empty_frame():  # noqa: ANN202
    import polars as pl

    return pl.DataFrame()
