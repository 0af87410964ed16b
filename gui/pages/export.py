"""Export step: split settings, output folder, a summary before writing, then the result."""

from __future__ import annotations

import html
from pathlib import Path

import polars as pl
from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.catalog import load_catalog
from core.errors import CatalogError
from core.pipeline import STATUS_DUPLICATE, STATUS_REJECTED, STATUS_TRAIN, STATUS_VALIDATION, BuildResult
from gui import dialogs
from gui.context import StudioContext
from gui.i18n import translate_finding, translate_reason
from gui.pages import StepState
from gui.pages.kb_dialog import KnowledgeBaseDialog

OUTPUT_FILES = ("train.jsonl", "validation.jsonl", "rejected.jsonl", "report.json")


def summarize(result: BuildResult) -> dict[str, object]:
    """Count records per status, tokens of exported records and rejection reasons, from `records`."""
    records = result.records
    statuses = dict(records.group_by("status").len().iter_rows()) if records.height else {}
    exported = records.filter(pl.col("status").is_in([STATUS_TRAIN, STATUS_VALIDATION]))
    reasons_frame = records.filter(pl.col("status").is_in([STATUS_REJECTED, STATUS_DUPLICATE]))
    reason_counts: dict[str, int] = {}
    if reasons_frame.height:
        exploded = reasons_frame.select(pl.col("reasons").explode().drop_nulls()).to_series()
        for code, count in exploded.value_counts(sort=True).iter_rows():
            reason_counts[str(code)] = int(count)
    return {
        "rows": records.height,
        "train": int(statuses.get(STATUS_TRAIN, 0)),
        "validation": int(statuses.get(STATUS_VALIDATION, 0)),
        "rejected": int(statuses.get(STATUS_REJECTED, 0)),
        "duplicates": int(statuses.get(STATUS_DUPLICATE, 0)),
        "tokens_aws": int(exported["tokens_aws"].sum() or 0) if exported.height else 0,
        "tokens_script": int(exported["tokens_script"].sum() or 0) if exported.height else 0,
        "reasons": reason_counts,
    }


class ExportPage(QWidget):
    stateChanged = Signal()
    buildRequested = Signal()

    def __init__(self, context: StudioContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._loading = False

        self.validation = QDoubleSpinBox()
        self.validation.setRange(0.0, 0.5)
        self.validation.setSingleStep(0.05)
        self.validation.setDecimals(2)
        self.validation.setToolTip(self.tr("Share of records kept aside to measure training; 0 writes no validation file"))
        self.seed = QSpinBox()
        self.seed.setRange(0, 2_147_483_647)
        self.seed.setToolTip(self.tr("The same seed gives the same split every time"))
        self.max_records = QSpinBox()
        self.max_records.setRange(0, 100_000_000)
        self.max_records.setSpecialValueText(self.tr("model maximum"))
        self.max_records.setToolTip(self.tr("Use at most this many records; 0 uses the model's maximum"))
        self.stratify = QComboBox()
        self.stratify.setToolTip(self.tr("Keep the shares of this column's values when records are selected"))
        split_form = QFormLayout()
        split_form.addRow(self.tr("&Validation share:"), self.validation)
        split_form.addRow(self.tr("Random &seed:"), self.seed)
        split_form.addRow(self.tr("Maximum &records:"), self.max_records)
        split_form.addRow(self.tr("Keep shares &of column:"), self.stratify)
        split_group = QGroupBox(self.tr("Split"))
        split_group.setLayout(split_form)

        self.folder = QLineEdit()
        self.folder.setToolTip(self.tr("Folder that receives train.jsonl, validation.jsonl, rejected.jsonl and report.json"))
        self.browse_button = QPushButton(self.tr("&Browse…"))
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse_button)
        folder_label = QLabel(self.tr("Output &folder:"))
        folder_label.setBuddy(self.folder)
        folder_group = QGroupBox(self.tr("Output"))
        folder_layout = QVBoxLayout(folder_group)
        folder_layout.addWidget(folder_label)
        folder_layout.addLayout(folder_row)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.build_button = QPushButton(self.tr("&Build dataset"))
        self.build_button.setToolTip(self.tr("Write the dataset files (Ctrl+B)"))
        summary_group = QGroupBox(self.tr("Before writing"))
        summary_layout = QVBoxLayout(summary_group)
        summary_layout.addWidget(self.summary)
        self.kb_button = QPushButton(self.tr("Export for a &Knowledge Base…"))
        self.kb_button.setToolTip(self.tr("Write the project's documents as cleaned Markdown with metadata files, "
                                          "ready to upload to an Amazon Bedrock Knowledge Base"))
        button_row = QHBoxLayout()
        button_row.addWidget(self.build_button)
        button_row.addStretch(1)
        button_row.addWidget(self.kb_button)
        summary_layout.addLayout(button_row)

        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.RichText)
        self.counts_table = QTableWidget(0, 2)
        self.counts_table.setHorizontalHeaderLabels([self.tr("Result"), self.tr("Records")])
        self.reasons_table = QTableWidget(0, 2)
        self.reasons_table.setHorizontalHeaderLabels([self.tr("Rejection reason"), self.tr("Records")])
        for table in (self.counts_table, self.reasons_table):
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.verticalHeader().setVisible(False)
            table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            table.setMinimumHeight(120)
        self.open_folder_button = QPushButton(self.tr("&Open folder"))
        self.open_folder_button.setToolTip(self.tr("Show the output folder in the file manager"))
        self.result_group = QGroupBox(self.tr("Result"))
        result_layout = QVBoxLayout(self.result_group)
        result_layout.addWidget(self.result_label)
        tables_row = QHBoxLayout()
        tables_row.addWidget(self.counts_table)
        tables_row.addWidget(self.reasons_table)
        result_layout.addLayout(tables_row)
        open_row = QHBoxLayout()
        open_row.addWidget(self.open_folder_button)
        open_row.addStretch(1)
        result_layout.addLayout(open_row)

        body = QWidget()
        layout = QVBoxLayout(body)
        for widget in (split_group, folder_group, summary_group, self.result_group):
            layout.addWidget(widget)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        for spin in (self.validation, self.seed, self.max_records):
            spin.valueChanged.connect(self.commit)
        self.stratify.activated.connect(self.commit)
        self.folder.editingFinished.connect(self.commit)
        self.browse_button.clicked.connect(self.choose_folder)
        self.build_button.clicked.connect(self.buildRequested)
        self.open_folder_button.clicked.connect(self.open_folder)
        self.kb_button.clicked.connect(self.open_kb_export)
        self.kb_dialog: KnowledgeBaseDialog | None = None
        context.project.changed.connect(self.load_from_recipe)
        context.sourcesChanged.connect(self.load_from_recipe)
        context.workFinished.connect(self._work_finished)
        context.workStarted.connect(lambda _kind: self.build_button.setEnabled(False))
        context.workCancelled.connect(self._work_cancelled)
        context.workFailed.connect(lambda *_: self.build_button.setEnabled(True))
        self.load_from_recipe()
        self.show_result(None)

    def load_from_recipe(self) -> None:
        recipe = self.context.project.recipe
        self._loading = True
        try:
            self.validation.setValue(recipe.split.validation_fraction)
            self.seed.setValue(recipe.split.seed)
            self.max_records.setValue(recipe.split.max_records or 0)
            self.stratify.clear()
            self.stratify.addItem(self.tr("(none)"), "")
            for column in self.context.columns():
                self.stratify.addItem(column, column)
            self.stratify.setCurrentIndex(max(self.stratify.findData(recipe.split.stratify_by), 0))
            if not self.folder.hasFocus():
                self.folder.setText(recipe.output.folder)
        finally:
            self._loading = False
        self._show_summary()
        self.stateChanged.emit()

    def commit(self) -> None:
        if self._loading:
            return
        project = self.context.project
        project.update(
            "split",
            validation_fraction=round(self.validation.value(), 2),
            seed=self.seed.value(),
            max_records=self.max_records.value() or None,
            stratify_by=self.stratify.currentData() or "",
        )
        folder = self.folder.text().strip()
        if folder and folder != project.recipe.output.folder:
            project.update("output", folder=str(Path(folder).expanduser().resolve()))

    def choose_folder(self) -> None:
        start = self.context.project.recipe.output.folder or self.context.settings.last_output_folder
        folder = dialogs.existing_directory(self, self.tr("Choose the output folder"), start)
        if folder is not None:
            self.context.settings.last_output_folder = str(folder)
            self.folder.setText(str(folder))
            self.commit()

    def _show_summary(self) -> None:
        recipe = self.context.project.recipe
        rows = sum(table.frame.height for table in self.context.table_list())
        out_dir = Path(recipe.output.folder)
        existing = [name for name in OUTPUT_FILES if (out_dir / name).exists()]
        lines = [
            self.tr("<b>Sources:</b> %n file(s)", "", len(recipe.sources)) + self.tr(", %s rows") % f"{rows:,}",
            self.tr("<b>Model:</b> %s") % html.escape(self._model_text(recipe.model.id)),
            self.tr("<b>Validation share:</b> %s") % f"{recipe.split.validation_fraction:.0%}",
            self.tr("<b>Output folder:</b> %s") % recipe.output.folder,
            self.tr("Writes train.jsonl, validation.jsonl, rejected.jsonl and report.json. "
                    "Files are written only when the build completes; a cancelled build leaves the folder as it was."),
        ]
        if existing:
            lines.append("<b>" + self.tr("These files already exist and will be replaced: %s") % ", ".join(existing) + "</b>")
        self.summary.setText("<br>".join(lines))
        self.build_button.setEnabled(bool(recipe.sources) and not self.context.busy)

    @staticmethod
    def _model_text(model_id: str) -> str:
        """Return "name (id)" for a model in the catalog, else the id alone."""
        try:
            return f"{load_catalog().get(model_id).name} ({model_id})"
        except CatalogError:
            return model_id

    def _work_finished(self, kind: str, result: BuildResult) -> None:
        self.build_button.setEnabled(True)
        if kind == "build":
            self.show_result(result)
            self._show_summary()
        self.stateChanged.emit()

    def _work_cancelled(self, kind: str) -> None:
        self.build_button.setEnabled(True)
        if kind == "build":
            self.result_label.setText(self.tr("The build was cancelled. Nothing was written."))
            self.result_group.setVisible(True)
            self.counts_table.setRowCount(0)
            self.reasons_table.setRowCount(0)
            self.open_folder_button.setEnabled(False)

    def show_result(self, result: BuildResult | None) -> None:
        """Show the counts, tokens and rejection reasons of a finished build."""
        self.result_group.setVisible(result is not None)
        if result is None:
            return
        summary = summarize(result)
        rows = [
            (self.tr("Rows read"), summary["rows"]),
            (self.tr("Training records"), summary["train"]),
            (self.tr("Validation records"), summary["validation"]),
            (self.tr("Rejected"), summary["rejected"]),
            (self.tr("Duplicates"), summary["duplicates"]),
        ]
        self.counts_table.setRowCount(len(rows))
        for row, (label, value) in enumerate(rows):
            self.counts_table.setItem(row, 0, QTableWidgetItem(label))
            item = QTableWidgetItem(f"{value:,}")
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.counts_table.setItem(row, 1, item)
        reasons: dict[str, int] = summary["reasons"]  # type: ignore[assignment]
        self.reasons_table.setRowCount(len(reasons))
        for row, (code, count) in enumerate(reasons.items()):
            item = QTableWidgetItem(translate_reason(code))
            item.setToolTip(code)
            self.reasons_table.setItem(row, 0, item)
            count_item = QTableWidgetItem(f"{count:,}")
            count_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.reasons_table.setItem(row, 1, count_item)

        lines = [self.tr("Tokens (AWS estimate): %s") % f"{summary['tokens_aws']:,}",
                 self.tr("Tokens (script-aware estimate): %s") % f"{summary['tokens_script']:,}"]
        errors = result.report.get("errors") or []
        warnings = result.report.get("warnings") or []
        if errors:
            lines.insert(0, "<b>" + self.tr("The dataset is not valid for the model yet:") + "</b>")
            known = list(self.context.source_errors.values())
            lines[1:1] = [f"• {html.escape(translate_finding(item, known))}" for item in errors]
        else:
            lines.insert(0, "<b>" + self.tr("The dataset was written to %s") % (result.out_dir or self.context.output_dir()) + "</b>")
        if warnings:
            lines.append(self.tr("Notes:"))
            lines.extend(f"• {html.escape(translate_finding(item))}" for item in warnings)
        self.result_label.setText("<br>".join(lines))
        self.open_folder_button.setEnabled(True)

    def open_kb_export(self) -> KnowledgeBaseDialog:
        """Open the Knowledge Base export dialog for the project's documents."""
        self.kb_dialog = KnowledgeBaseDialog(self.context, self)
        self.kb_dialog.open()
        return self.kb_dialog

    def open_folder(self) -> None:
        result = self.context.last_build
        folder = result.out_dir if result is not None and result.out_dir else self.context.output_dir()
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def step_state(self) -> StepState:
        result = self.context.last_build
        if result is None:
            return StepState.NOT_STARTED
        return StepState.NEEDS_ATTENTION if result.exit_code else StepState.DONE
