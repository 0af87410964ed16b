"""Export the project's documents for an Amazon Bedrock Knowledge Base, with metadata attributes."""

from __future__ import annotations

import html
import logging
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from core.errors import TuneDataError
from core.kb_export import CLEANED_SUFFIXES, KbExportResult, export_knowledge_base
from gui import dialogs
from gui.context import StudioContext
from gui.i18n import translate_error

log = logging.getLogger(__name__)

KB_FOLDER_NAME = "knowledge-base"
ATTRIBUTES_MAX_HEIGHT = 150


def document_sources(context: StudioContext) -> list[Path]:
    """Return the project's sources that are documents (PDF, Word, HTML, Markdown, text)."""
    paths = [Path(spec.path) for spec in context.project.recipe.sources]
    return [path for path in paths if path.suffix.lower() in CLEANED_SUFFIXES]


class KnowledgeBaseDialog(QDialog):
    """Choose a folder and metadata attributes, export the documents in a worker, show the result."""

    def __init__(self, context: StudioContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.result: KbExportResult | None = None
        self._task = None
        self.setWindowTitle(self.tr("Export for a Knowledge Base"))
        self.files = document_sources(context)

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setText(self._intro_text())

        self.folder = QLineEdit(str(context.output_dir() / KB_FOLDER_NAME))
        self.browse_button = QPushButton(self.tr("&Browse…"))
        folder_label = QLabel(self.tr("Output &folder:"))
        folder_label.setBuddy(self.folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse_button)

        self.attributes = QTableWidget(0, 2)
        self.attributes.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Value")])
        self.attributes.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.attributes.verticalHeader().setVisible(False)
        self.attributes.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.attributes.setAccessibleName(self.tr("Metadata attributes"))
        self.attributes.setMaximumHeight(ATTRIBUTES_MAX_HEIGHT)
        self.add_row_button = QPushButton(self.tr("&Add attribute"))
        self.remove_row_button = QPushButton(self.tr("&Remove attribute"))
        attribute_buttons = QHBoxLayout()
        attribute_buttons.addWidget(self.add_row_button)
        attribute_buttons.addWidget(self.remove_row_button)
        attribute_buttons.addStretch(1)
        attributes_group = QGroupBox(self.tr("Metadata attributes for every file"))
        attributes_layout = QVBoxLayout(attributes_group)
        hint = QLabel(self.tr("A Knowledge Base can filter search results by these, for example "
                              "department = legal. Names must not start with x-amz-bedrock."))
        hint.setWordWrap(True)
        attributes_layout.addWidget(hint)
        attributes_layout.addWidget(self.attributes)
        attributes_layout.addLayout(attribute_buttons)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.report = QTextBrowser()
        self.report.setAccessibleName(self.tr("Export result"))
        self.report.setVisible(False)

        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.setEnabled(bool(self.files))

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(folder_label)
        layout.addLayout(folder_row)
        layout.addWidget(attributes_group)
        layout.addWidget(self.status)
        layout.addWidget(self.report, 1)
        layout.addWidget(self.buttons)
        self.resize(680, 640)

        self.browse_button.clicked.connect(self.choose_folder)
        self.add_row_button.clicked.connect(self.add_attribute_row)
        self.remove_row_button.clicked.connect(self.remove_attribute_row)
        self.export_button.clicked.connect(self.start_export)
        self.close_button.clicked.connect(self.reject)

    def _intro_text(self) -> str:
        if not self.files:
            return self.tr("The project has no documents (PDF, Word, HTML, Markdown or text). Add them on the "
                           "Sources step; spreadsheets and ticket exports are not exported here.")
        names = ", ".join(path.name for path in self.files)
        return self.tr("Writes %n document(s) as cleaned Markdown, each with the metadata file Bedrock reads: %1",
                       "", len(self.files)).replace("%1", names)

    # --- attributes -----------------------------------------------------------------

    def add_attribute_row(self, name: str = "", value: str = "") -> None:
        row = self.attributes.rowCount()
        self.attributes.insertRow(row)
        self.attributes.setItem(row, 0, QTableWidgetItem(name if isinstance(name, str) else ""))
        self.attributes.setItem(row, 1, QTableWidgetItem(value))
        if not name:
            self.attributes.editItem(self.attributes.item(row, 0))

    def remove_attribute_row(self) -> None:
        rows = sorted({index.row() for index in self.attributes.selectedIndexes()}, reverse=True)
        for row in rows or [self.attributes.rowCount() - 1]:
            if row >= 0:
                self.attributes.removeRow(row)

    def attribute_values(self) -> dict[str, str]:
        """Return the attribute rows as {name: value}; rows with neither are ignored."""
        values: dict[str, str] = {}
        for row in range(self.attributes.rowCount()):
            name = (self.attributes.item(row, 0) or QTableWidgetItem()).text().strip()
            value = (self.attributes.item(row, 1) or QTableWidgetItem()).text().strip()
            if name or value:
                values[name] = value
        return values

    # --- export ---------------------------------------------------------------------

    def choose_folder(self) -> None:
        folder = dialogs.existing_directory(self, self.tr("Choose the output folder"), self.folder.text())
        if folder is not None:
            self.folder.setText(str(folder))

    def start_export(self) -> None:
        """Export the documents in a worker thread; the result shows when it finishes."""
        folder = self.folder.text().strip()
        if not folder:
            self.status.setText(self.tr("Choose an output folder first."))
            return
        out_dir = Path(folder).expanduser()
        files = list(self.files)
        attributes = self.attribute_values()

        def work(progress, cancel):  # noqa: ANN001, ANN202 - runner signature
            out_dir.mkdir(parents=True, exist_ok=True)
            return export_knowledge_base(files, out_dir, attributes, progress=progress, cancel=cancel)

        self.export_button.setEnabled(False)
        self.status.setText(self.tr("Exporting the documents…"))
        self._task = self.context.runners.build.submit(
            "knowledge base export", work,
            on_result=lambda result: self._finished(result, out_dir), on_error=self._failed,
            on_cancelled=self._cancelled,
        )

    @property
    def busy(self) -> bool:
        return self._task is not None

    def _finished(self, result: KbExportResult, out_dir: Path) -> None:
        self._task = None
        self.result = result
        self.export_button.setEnabled(True)
        self.status.setText(self.tr("%n file(s) written to %1.", "", len(result.written)).replace("%1", str(out_dir)))
        parts = []
        if result.written:
            parts.append("<b>" + html.escape(self.tr("Written:")) + "</b><ul>" + "".join(
                f"<li>{html.escape(path.name)}</li>" for path in result.written) + "</ul>")
        if result.skipped:
            parts.append("<b>" + html.escape(self.tr("Left out, with the reason:")) + "</b><ul>" + "".join(
                f"<li>{html.escape(path.name)}: {html.escape(self._reason_text(path, reason))}</li>"
                for path, reason in result.skipped) + "</ul>")
        self.report.setHtml("".join(parts))
        self.report.setVisible(True)

    def _reason_text(self, path: Path, reason: str) -> str:
        """Return why a file was left out, translated when the window's own read of it failed alike.

        The export reports English sentences only; a file the Sources step could not read
        either has its error, with code and params, in the context.
        """
        for error in self.context.source_errors.values():
            if error.params.get("path") == str(path) and error.message.split(";")[0] == reason.split(";")[0]:
                return translate_error(error)
        return reason

    def _failed(self, error: BaseException) -> None:
        self._task = None
        self.export_button.setEnabled(True)
        if isinstance(error, TuneDataError):
            self.status.setText(translate_error(error))
        else:
            log.error("knowledge base export failed", exc_info=(type(error), error, error.__traceback__))
            self.status.setText(self.tr("The export failed: %s") % error)

    def _cancelled(self) -> None:
        self._task = None
        self.export_button.setEnabled(True)
        self.status.setText(self.tr("The export was cancelled."))

    def reject(self) -> None:
        if self._task is not None:
            self._task.cancel()
        super().reject()

