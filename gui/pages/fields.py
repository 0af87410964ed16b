"""Fields step: task, base model, a template per field, and a live preview of the records."""

from __future__ import annotations

import json
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from core import pipeline
from core.catalog import Catalog, Lifecycle, ModelInfo, load_catalog
from core.errors import CatalogError, TuneDataError
from core.recipe import Task
from core.stages import automatic_fine_tuning_columns
from gui.context import StudioContext
from gui.i18n import translate_error, translate_field, translate_reason
from gui.pages import StepState
from gui.widgets.template_editor import ColumnList, TemplateEditor, unknown_columns

log = logging.getLogger(__name__)

PREVIEW_ROWS = 3
EDIT_DELAY_MS = 300

_TASK_NAMES = {
    Task.FINE_TUNING: QT_TRANSLATE_NOOP("FieldsPage", "Fine-tuning (question → answer)"),
    Task.CONTINUED_PRETRAINING: QT_TRANSLATE_NOOP("FieldsPage", "Continued pre-training (plain text)"),
}

_LIFECYCLE_TEXT = {
    Lifecycle.ACTIVE: QT_TRANSLATE_NOOP("FieldsPage", "Active"),
    Lifecycle.LEGACY: QT_TRANSLATE_NOOP(
        "FieldsPage", "Legacy: AWS starts no new customization jobs on this model. Choose an active model."
    ),
    Lifecycle.RETIRED: QT_TRANSLATE_NOOP(
        "FieldsPage", "Retired: this model can no longer be customized. Data is still checked against its old rules."
    ),
}

_FORMAT_NAMES = {
    "prompt-completion": QT_TRANSLATE_NOOP("FieldsPage", "prompt / completion"),
    "claude-chat": QT_TRANSLATE_NOOP("FieldsPage", "Claude chat messages"),
    "bedrock-conversation-2024": QT_TRANSLATE_NOOP("FieldsPage", "Bedrock conversation (Converse)"),
    "cpt-input": QT_TRANSLATE_NOOP("FieldsPage", "plain text input"),
}


def _translate(text: str) -> str:
    return QCoreApplication.translate("FieldsPage", text)


def automatic_conversation(columns: list[str]) -> str:
    """Return the column the build uses as the conversation when nothing is mapped, or ""."""
    automatic = automatic_fine_tuning_columns(columns)
    return automatic[0] if automatic else ""


def automatic_prompt_completion(columns: list[str]) -> bool:
    """Tell whether the build uses the columns `prompt` and `completion` when nothing is mapped."""
    automatic = automatic_fine_tuning_columns(columns)
    return automatic is not None and automatic[1] == "prompt"


class FieldsPage(QWidget):
    stateChanged = Signal()

    def __init__(self, context: StudioContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._loading = False
        self._target: TemplateEditor | None = None
        self.catalog: Catalog | None = None
        self.catalog_error: TuneDataError | None = None
        try:
            self.catalog = load_catalog()
        except CatalogError as exc:
            self.catalog_error = exc
            log.error("model catalog unavailable: %s", exc)

        self.task_box = QComboBox()
        for task in Task:
            self.task_box.addItem(_translate(_TASK_NAMES[task]), task.value)
        self.task_box.setToolTip(self.tr("Fine-tuning learns from question-and-answer pairs; "
                                         "continued pre-training learns from plain text"))
        self.model_box = QComboBox()
        self.model_box.setToolTip(self.tr("The base model to customize; retired and legacy models are marked"))
        self._fill_models()
        self.model_info = QLabel()
        self.model_info.setWordWrap(True)
        self.model_info.setTextFormat(Qt.TextFormat.RichText)
        model_form = QFormLayout()
        model_form.addRow(self.tr("&Task:"), self.task_box)
        model_form.addRow(self.tr("Base &model:"), self.model_box)
        model_form.addRow(self.model_info)
        model_group = QGroupBox(self.tr("Task and model"))
        model_group.setLayout(model_form)

        self.columns_hint = QLabel(self.tr("Columns: click one to insert it into the field you are editing."))
        self.columns_hint.setWordWrap(True)
        self.column_list = ColumnList()
        self.column_list.setAccessibleName(self.tr("Columns"))
        self.editors: dict[str, TemplateEditor] = {
            "prompt": TemplateEditor(),
            "completion": TemplateEditor(),
            "system": TemplateEditor(2),
            "input": TemplateEditor(4),
        }
        self.editors["prompt"].setToolTip(self.tr("What the user asks, e.g. {question}"))
        self.editors["completion"].setToolTip(self.tr("The answer the model should learn, e.g. {answer}"))
        self.editors["system"].setToolTip(self.tr("Optional instructions sent before every conversation"))
        self.editors["input"].setToolTip(self.tr("The text to learn from, e.g. {text}"))
        self.field_labels = {
            "prompt": QLabel(self.tr("&Prompt:")),
            "completion": QLabel(self.tr("&Completion:")),
            "system": QLabel(self.tr("S&ystem (optional):")),
            "input": QLabel(self.tr("&Input:")),
        }
        self.conversation_box = QComboBox()
        self.conversation_box.setToolTip(self.tr(
            "A column that holds whole conversations (for example from a help-desk export); "
            "when set, the prompt and completion are not used"
        ))
        self.conversation_label = QLabel(self.tr("Con&versation column:"))
        self.conversation_label.setBuddy(self.conversation_box)
        template_form = QFormLayout()
        template_form.addRow(self.conversation_label, self.conversation_box)
        for name, editor in self.editors.items():
            self.field_labels[name].setBuddy(editor)
            template_form.addRow(self.field_labels[name], editor)
            editor.focused.connect(lambda editor=editor: self._set_target(editor))
            editor.textChanged.connect(self._edited)
        self.template_warning = QLabel()
        self.template_warning.setWordWrap(True)
        self.template_warning.setTextFormat(Qt.TextFormat.PlainText)
        self.template_warning.setStyleSheet("color: #b3261e;")
        fields_group = QGroupBox(self.tr("Fields"))
        fields_layout = QVBoxLayout(fields_group)
        fields_layout.addWidget(self.columns_hint)
        fields_layout.addWidget(self.column_list)
        fields_layout.addLayout(template_form)
        fields_layout.addWidget(self.template_warning)

        self.preview_status = QLabel()
        self.preview_status.setWordWrap(True)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.preview.setAccessibleName(self.tr("Record preview"))
        preview_group = QGroupBox(self.tr("Preview: the records the first rows become"))
        preview_layout = QVBoxLayout(preview_group)
        preview_layout.addWidget(self.preview_status)
        preview_layout.addWidget(self.preview, 1)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(model_group)
        left_layout.addWidget(fields_group)
        left_layout.addStretch(1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(preview_group)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        self._edit_timer = QTimer(self)
        self._edit_timer.setSingleShot(True)
        self._edit_timer.setInterval(EDIT_DELAY_MS)
        self._edit_timer.timeout.connect(self.commit_templates)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(EDIT_DELAY_MS)
        self._preview_timer.timeout.connect(self.request_preview)

        self.task_box.activated.connect(self._task_chosen)
        self.model_box.activated.connect(self._model_chosen)
        self.conversation_box.activated.connect(self._conversation_chosen)
        self.column_list.columnPicked.connect(self._insert_column)
        context.project.changed.connect(self.load_from_recipe)
        context.sourcesChanged.connect(self.load_from_recipe)
        self.load_from_recipe()

    # --- models ---------------------------------------------------------------------

    def _fill_models(self) -> None:
        self.model_box.clear()
        if self.catalog is None:
            return
        for model in self.catalog.models:
            text = f"{model.name} — {model.provider}"
            if model.lifecycle is Lifecycle.RETIRED:
                text += " " + self.tr("(retired)")
            elif model.lifecycle is Lifecycle.LEGACY:
                text += " " + self.tr("(legacy)")
            self.model_box.addItem(text, model.id)

    def current_model(self) -> ModelInfo | None:
        if self.catalog is None:
            return None
        try:
            return self.catalog.get(self.context.project.recipe.model.id)
        except CatalogError:
            return None

    def _model_html(self, model: ModelInfo | None, task: Task) -> str:
        if self.catalog_error is not None:
            return self.tr("The model catalog could not be loaded: %s") % translate_error(self.catalog_error)
        if model is None:
            return self.tr("The model %s is not in the catalog. Choose another model.") % self.context.project.recipe.model.id
        lines = [
            self.tr("<b>Provider:</b> %s") % model.provider,
            self.tr("<b>Identifier:</b> %s") % model.id,
            self.tr("<b>Regions:</b> %s") % (", ".join(model.regions) or self.tr("none")),
            self.tr("<b>Status:</b> %s") % _translate(_LIFECYCLE_TEXT[model.lifecycle]),
        ]
        if model.lifecycle is not Lifecycle.ACTIVE and model.lifecycle_note:
            lines.append(f"<i>{model.lifecycle_note}</i>")
        try:
            spec = model.task(task)
        except CatalogError:
            lines.append("<b>" + self.tr("This model does not support the chosen task. Choose another model or task.") + "</b>")
            return "<br>".join(lines)
        lines.append(self.tr("<b>Record format:</b> %s") % _translate(_FORMAT_NAMES.get(spec.record_format.value, spec.record_format.value)))
        lines.append(self.tr("<b>Maximum tokens per record:</b> %s") % f"{spec.max_tokens_per_record:,}")
        records = f"{spec.min_records:,} – {spec.max_records:,}" if spec.max_records else f"≥ {spec.min_records:,}"
        lines.append(self.tr("<b>Records:</b> %s") % records)
        if not spec.available:
            lines.append("<b>" + self.tr("AWS no longer offers this task for this model.") + "</b>")
        return "<br>".join(lines)

    # --- editing --------------------------------------------------------------------

    def _task_chosen(self) -> None:
        self.context.project.update("mapping", task=Task(self.task_box.currentData()))

    def _model_chosen(self) -> None:
        model_id = self.model_box.currentData()
        if model_id:
            self.context.project.update("model", id=model_id)

    def _conversation_chosen(self) -> None:
        self.context.project.update("mapping", conversation=self.conversation_box.currentData() or "")

    def _set_target(self, editor: TemplateEditor) -> None:
        self._target = editor

    def _insert_column(self, column: str) -> None:
        target = self._target
        if target is None or not target.isVisible():
            target = self.editors["input"] if self._task() is Task.CONTINUED_PRETRAINING else self.editors["prompt"]
        target.insert_column(column)

    def _edited(self) -> None:
        if not self._loading:
            self._edit_timer.start()

    def commit_templates(self) -> None:
        """Copy the editors' text into the recipe now."""
        self._edit_timer.stop()
        values = {name: editor.toPlainText() for name, editor in self.editors.items()}
        self.context.project.update("mapping", **values)

    def _task(self) -> Task:
        return self.context.project.recipe.mapping.task

    def load_from_recipe(self) -> None:
        """Show the recipe's task, model and templates and refresh the preview."""
        recipe = self.context.project.recipe
        self._loading = True
        try:
            self.task_box.setCurrentIndex(max(self.task_box.findData(recipe.mapping.task.value), 0))
            index = self.model_box.findData(recipe.model.id)
            if index >= 0:
                self.model_box.setCurrentIndex(index)
            for name, editor in self.editors.items():
                text = getattr(recipe.mapping, name)
                if editor.toPlainText() != text and not self._edit_timer.isActive():
                    editor.setPlainText(text)
        finally:
            self._loading = False

        cpt = recipe.mapping.task is Task.CONTINUED_PRETRAINING
        for name in ("prompt", "completion", "system"):
            self.editors[name].setVisible(not cpt)
            self.field_labels[name].setVisible(not cpt)
        for name in ("prompt", "completion"):
            self.editors[name].setEnabled(not recipe.mapping.conversation)
        self._show_automatic_placeholders()
        self.conversation_box.setVisible(not cpt)
        self.conversation_label.setVisible(not cpt)
        self.editors["input"].setVisible(cpt)
        self.field_labels["input"].setVisible(cpt)
        self.model_info.setText(self._model_html(self.current_model(), recipe.mapping.task))
        columns = self.context.columns()
        if [self.column_list.item(i).text() for i in range(self.column_list.count())] != columns:
            self.column_list.set_columns(columns)
        self._fill_conversation_box(columns, recipe.mapping.conversation)
        self.template_warning.setText(self._template_problems())
        self._preview_timer.start()
        self.stateChanged.emit()

    def _automatic_mapping(self) -> str:
        """Return what the build uses with nothing mapped: a column name, "prompt", or ""."""
        mapping = self.context.project.recipe.mapping
        columns = self.context.columns()
        if mapping.task is Task.CONTINUED_PRETRAINING:
            return "text" if not mapping.input and "text" in columns else ""
        if mapping.conversation or mapping.prompt or mapping.completion:
            return ""
        if automatic_prompt_completion(columns):
            return "prompt"
        return automatic_conversation(columns)

    def _show_automatic_placeholders(self) -> None:
        automatic = self._automatic_mapping()
        columns = self.context.columns()
        placeholders = {name: "" for name in self.editors}
        if automatic == "prompt":
            placeholders["prompt"] = self.tr("Automatic: {prompt}")
            placeholders["completion"] = self.tr("Automatic: {completion}")
        elif automatic == "text":
            placeholders["input"] = self.tr("Automatic: {text}")
        elif automatic and automatic in columns:
            note = self.tr("Not used: the conversation column %s is used automatically") % automatic
            placeholders["prompt"] = placeholders["completion"] = note
        for name, editor in self.editors.items():
            editor.setPlaceholderText(placeholders[name])

    def _fill_conversation_box(self, columns: list[str], current: str) -> None:
        self.conversation_box.clear()
        automatic = self._automatic_mapping()
        if automatic and automatic in columns and automatic not in ("prompt", "text"):
            self.conversation_box.addItem(self.tr("Automatic: %s") % automatic, "")
        else:
            self.conversation_box.addItem(self.tr("(none: use prompt and completion)"), "")
        for column in columns:
            self.conversation_box.addItem(column, column)
        if current and self.conversation_box.findData(current) < 0:
            self.conversation_box.addItem(current, current)
        self.conversation_box.setCurrentIndex(max(self.conversation_box.findData(current), 0))

    def _active_fields(self) -> list[str]:
        if self._task() is Task.CONTINUED_PRETRAINING:
            return ["input"]
        return ["prompt", "completion", "system"]

    def _template_problems(self) -> str:
        columns = self.context.columns()
        if not columns:
            return ""
        mapping = self.context.project.recipe.mapping
        problems = []
        for name in self._active_fields():
            missing = unknown_columns(getattr(mapping, name), columns)
            if missing:
                problems.append(self.tr("%s uses columns that do not exist: %s") % (
                    translate_field(name), ", ".join(missing)))
        return "\n".join(problems)

    # --- preview --------------------------------------------------------------------

    def request_preview(self) -> None:
        """Ask for a new preview; an older one still running is cancelled and its result dropped."""
        tables = self.context.table_list()
        if not tables:
            self.preview_status.setText(self.tr("Add a source file to see a preview."))
            self.preview.setPlainText("")
            return
        recipe = self.context.project.recipe.model_copy(deep=True)
        mapped = recipe.mapping.conversation or any(getattr(recipe.mapping, name) for name in self._active_fields())
        if not mapped and not self._automatic_mapping():
            self.preview_status.setText(self.tr("Pick a column or type a template for each field to see a preview."))
            self.preview.setPlainText("")
            return

        def work(progress, cancel):  # noqa: ANN001, ANN202 - runner signature
            return pipeline.preview_records(recipe, tables, PREVIEW_ROWS)

        self.preview_status.setText(self.tr("Updating the preview…"))
        self.context.runners.preview.submit("preview", work, on_result=self._show_preview, on_error=self._preview_failed)

    def _show_preview(self, items: list[dict]) -> None:
        blocks = []
        for item in items:
            header = f"# {Path(str(item.get('source_file', ''))).name} : {item.get('source_row', '')}"
            if item.get("record") is not None:
                body = json.dumps(item["record"], ensure_ascii=False, indent=2)
            else:
                reasons = [translate_reason(str(code)) for code in item.get("reasons", [])]
                body = self.tr("Rejected: %s") % "; ".join(reasons)
            blocks.append(f"{header}\n{body}")
        self.preview.setPlainText("\n\n".join(blocks))
        self.preview_status.setText(self.tr("The first %n row(s) become these records:", "", len(items)))

    def _preview_failed(self, error: BaseException) -> None:
        self.preview.setPlainText("")
        if isinstance(error, TuneDataError):
            self.preview_status.setText(translate_error(error))
        elif isinstance(error, NotImplementedError):
            self.preview_status.setText(self.tr("The preview is not available in this version yet."))
        else:
            log.error("preview failed", exc_info=(type(error), error, error.__traceback__))
            self.preview_status.setText(self.tr("The preview failed: %s") % error)

    def step_state(self) -> StepState:
        mapping = self.context.project.recipe.mapping
        required = ["input"] if mapping.task is Task.CONTINUED_PRETRAINING else ["prompt", "completion"]
        if mapping.conversation and mapping.task is Task.FINE_TUNING:
            required = ["conversation"]
        if self._automatic_mapping():
            required = []
        elif not any(getattr(mapping, name) for name in required):
            return StepState.NOT_STARTED
        model = self.current_model()
        if self._template_problems() or not all(getattr(mapping, name) for name in required):
            return StepState.NEEDS_ATTENTION
        if model is None or model.lifecycle is not Lifecycle.ACTIVE:
            return StepState.NEEDS_ATTENTION
        try:
            model.task(mapping.task)
        except CatalogError:
            return StepState.NEEDS_ATTENTION
        return StepState.DONE
