"""Method guide: a few questions that recommend Knowledge Base retrieval, fine-tuning or both.

`recommend()` is a plain function of the answers so that the advice can be tested and
read in one place.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from core.recipe import Task
from gui.context import StudioContext
from gui.pages import StepState


class Method(Enum):
    KNOWLEDGE_BASE = "knowledge-base"
    FINE_TUNING = "fine-tuning"
    CONTINUED_PRETRAINING = "continued-pretraining"
    KB_AND_FINE_TUNING = "kb-and-fine-tuning"


class Content(Enum):
    PAIRS = "pairs"
    DOCUMENTS = "documents"
    BOTH = "both"


@dataclass(frozen=True)
class Answers:
    content: Content
    facts_change: bool
    needs_sources: bool
    needs_style: bool


@dataclass(frozen=True)
class Recommendation:
    method: Method
    reason: str
    """Untranslated reason; show it through `QCoreApplication.translate("MethodGuide", ...)`."""
    task: Task | None
    """The task to pre-select, or None when no training data is needed."""


_REASONS = {
    "kb": QT_TRANSLATE_NOOP(
        "MethodGuide",
        "Your answers must follow facts that change or must point to their source. A Knowledge Base "
        "looks the facts up in your documents at question time, so nothing has to be retrained when a "
        "document changes. No training data is needed: upload the documents to a Knowledge Base instead.",
    ),
    "ft": QT_TRANSLATE_NOOP(
        "MethodGuide",
        "You have examples of questions with good answers, and the facts in them rarely change. "
        "Fine-tuning teaches the model to answer in that way, in your tone and format.",
    ),
    "cpt": QT_TRANSLATE_NOOP(
        "MethodGuide",
        "You have running text (manuals, regulations, reports) but no question-and-answer examples. "
        "Continued pre-training teaches the model your field's vocabulary from that text. Few models "
        "still offer it; check the Fields step. For answers in a fixed style you first need "
        "question-and-answer examples.",
    ),
    "kb_ft": QT_TRANSLATE_NOOP(
        "MethodGuide",
        "You need both: up-to-date facts with their sources, and answers in a fixed style or procedure. "
        "Put the documents in a Knowledge Base for the facts, and fine-tune on your question-and-answer "
        "examples for the style. This tool prepares the fine-tuning part.",
    ),
}


def recommend(answers: Answers) -> Recommendation:
    """Return the method that fits the answers, with the reason in plain words."""
    needs_lookup = answers.facts_change or answers.needs_sources
    has_examples = answers.content in (Content.PAIRS, Content.BOTH)

    if needs_lookup and has_examples and answers.needs_style:
        return Recommendation(Method.KB_AND_FINE_TUNING, _REASONS["kb_ft"], Task.FINE_TUNING)
    if needs_lookup:
        return Recommendation(Method.KNOWLEDGE_BASE, _REASONS["kb"], None)
    if not has_examples:
        return Recommendation(Method.CONTINUED_PRETRAINING, _REASONS["cpt"], Task.CONTINUED_PRETRAINING)
    return Recommendation(Method.FINE_TUNING, _REASONS["ft"], Task.FINE_TUNING)


_METHOD_NAMES = {
    Method.KNOWLEDGE_BASE: QT_TRANSLATE_NOOP("MethodGuide", "Knowledge Base retrieval"),
    Method.FINE_TUNING: QT_TRANSLATE_NOOP("MethodGuide", "Fine-tuning"),
    Method.CONTINUED_PRETRAINING: QT_TRANSLATE_NOOP("MethodGuide", "Continued pre-training"),
    Method.KB_AND_FINE_TUNING: QT_TRANSLATE_NOOP("MethodGuide", "Knowledge Base + fine-tuning"),
}


def method_name(method: Method) -> str:
    return QCoreApplication.translate("MethodGuide", _METHOD_NAMES[method])


class MethodPage(QWidget):
    stateChanged = Signal()

    def __init__(self, context: StudioContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.applied: Recommendation | None = None
        self._boxes: list[QGroupBox] = []

        intro = QLabel(self.tr(
            "Which method fits? Answer four questions. The guide recommends a method and explains why; "
            "you can change the task later on the Fields step."
        ))
        intro.setWordWrap(True)

        self.content_group = self._question(
            self.tr("1. What do your files mainly contain?"),
            [(Content.PAIRS, self.tr("Questions with their answers (FAQ, tickets, chats)")),
             (Content.DOCUMENTS, self.tr("Running text (manuals, regulations, reports)")),
             (Content.BOTH, self.tr("Both"))],
        )
        self.facts_group = self._yes_no(self.tr("2. Do the facts in the answers change often (prices, rules, product lists)?"))
        self.sources_group = self._yes_no(self.tr("3. Must each answer name the document it comes from?"))
        self.style_group = self._yes_no(
            self.tr("4. Should the model answer in a fixed tone, format or procedure, like your best staff do?")
        )

        self.result_title = QLabel()
        self.result_title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.result_title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.result_title.setFont(font)
        self.result_reason = QLabel()
        self.result_reason.setWordWrap(True)
        self.apply_button = QPushButton(self.tr("&Use this method"))
        self.apply_button.setToolTip(self.tr("Select the recommended task on the Fields step"))
        self.apply_button.clicked.connect(self.apply)
        self.applied_label = QLabel()
        self.applied_label.setWordWrap(True)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(intro)
        for group in self._boxes:
            layout.addWidget(group)
        layout.addWidget(self.result_title)
        layout.addWidget(self.result_reason)
        row = QHBoxLayout()
        row.addWidget(self.apply_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.applied_label)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._update()

    def _question(self, title: str, options: list[tuple[object, str]]) -> QButtonGroup:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        group = QButtonGroup(box)
        for number, (value, text) in enumerate(options):
            button = QRadioButton(text)
            button.setProperty("answer", value)
            group.addButton(button, number)
            layout.addWidget(button)
        group.buttonToggled.connect(lambda *_: self._update())
        self._boxes.append(box)
        return group

    def _yes_no(self, title: str) -> QButtonGroup:
        return self._question(title, [(True, self.tr("Yes")), (False, self.tr("No"))])

    def answers(self) -> Answers | None:
        """Return the answers, or None while a question is unanswered."""
        values = []
        for group in (self.content_group, self.facts_group, self.sources_group, self.style_group):
            button = group.checkedButton()
            if button is None:
                return None
            values.append(button.property("answer"))
        return Answers(*values)

    def set_answers(self, answers: Answers) -> None:
        pairs = [
            (self.content_group, answers.content), (self.facts_group, answers.facts_change),
            (self.sources_group, answers.needs_sources), (self.style_group, answers.needs_style),
        ]
        for group, value in pairs:
            for button in group.buttons():
                if button.property("answer") == value:
                    button.setChecked(True)

    def recommendation(self) -> Recommendation | None:
        answers = self.answers()
        return recommend(answers) if answers else None

    def _update(self) -> None:
        result = self.recommendation()
        self.apply_button.setEnabled(result is not None)
        if result is None:
            self.result_title.setText(self.tr("Answer every question to see a recommendation."))
            self.result_reason.setText("")
            return
        self.result_title.setText(self.tr("Recommended: %s") % method_name(result.method))
        self.result_reason.setText(QCoreApplication.translate("MethodGuide", result.reason))
        self.apply_button.setText(
            self.tr("&Use this method") if result.task else self.tr("&Note this and continue")
        )

    def apply(self) -> None:
        """Pre-select the recommended task in the recipe."""
        result = self.recommendation()
        if result is None:
            return
        self.applied = result
        if result.task is not None:
            self.context.project.update("mapping", task=result.task)
            self.applied_label.setText(self.tr("The task is set to %s. Continue with the Fields step.") % method_name(result.method))
        else:
            self.applied_label.setText(self.tr(
                "A Knowledge Base needs no training data. You can still prepare fine-tuning data here later."
            ))
        self.stateChanged.emit()

    def step_state(self) -> StepState:
        if self.applied is not None or self.context.project.path is not None:
            return StepState.DONE
        return StepState.NOT_STARTED
