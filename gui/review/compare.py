"""A near duplicate beside the record the build kept, for the Review step's detail pane."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QLocale, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

# core.stages writes "... (a.csv row 4, estimated similarity 0.92), which is kept".
_SIMILARITY = re.compile(r"estimated similarity ([0-9]+(?:\.[0-9]+)?)")


def estimated_similarity(messages: list[str] | None) -> float | None:
    """Return the similarity estimate a near-duplicate message states, or None when none does."""
    for message in messages or []:
        match = _SIMILARITY.search(message)
        if match:
            return float(match.group(1))
    return None


class NearDuplicateView(QWidget):
    """Show a near duplicate and its kept record side by side, with the "keep anyway" action.

    Signals:
        keepRequested: the user wants the shown duplicate kept anyway (`recipe.review.included`).
    """

    keepRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.left_title = QLabel()
        self.right_title = QLabel()
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.left = QPlainTextEdit()
        self.right = QPlainTextEdit()
        for editor, title in ((self.left, self.left_title), (self.right, self.right_title)):
            editor.setReadOnly(True)
            editor.setFont(fixed)
            editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
            editor.setMinimumHeight(editor.fontMetrics().lineSpacing() * 10)
            title.setBuddy(editor)
        self.keep_button = QPushButton()

        columns = QHBoxLayout()
        for title, editor in ((self.left_title, self.left), (self.right_title, self.right)):
            column = QVBoxLayout()
            column.addWidget(title)
            column.addWidget(editor, 1)
            columns.addLayout(column, 1)
        footer = QHBoxLayout()
        footer.addStretch(1)
        footer.addWidget(self.keep_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.summary)
        layout.addLayout(columns, 1)
        layout.addLayout(footer)

        self._record: dict[str, Any] | None = None
        self._kept: dict[str, Any] | None = None
        self._texts: tuple[str, str] = ("", "")
        self._keep_rule = "first"
        self._kept_by_user = False
        self.keep_button.clicked.connect(self.keepRequested)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.keep_button.setText(self.tr("Keep an&yway"))
        self.keep_button.setToolTip(self.tr(
            "Keep this record in the training data even though it is almost the same as the kept record."
        ))
        self.left.setAccessibleName(self.tr("This record"))
        self.right.setAccessibleName(self.tr("Kept record"))
        self._fill()

    def show_pair(
        self,
        record: dict[str, Any],
        kept: dict[str, Any] | None,
        texts: tuple[str, str],
        keep_rule: str,
        kept_by_user: bool,
    ) -> None:
        """Show a near-duplicate record beside the record its cluster kept.

        Args:
            record: the duplicate's row of `BuildResult.records`.
            kept: the kept record's row, or None when the build has no record with that id.
            texts: both JSON records, indented for reading.
            keep_rule: `recipe.dedup.near_keep` of the build ("first", "longest", "most_recent").
            kept_by_user: the user already keeps the duplicate anyway.
        """
        self._record = record
        self._kept = kept
        self._texts = texts
        self._keep_rule = keep_rule
        self._kept_by_user = kept_by_user
        self._fill()

    def _rule_text(self) -> str:
        rules = {
            "first": self.tr("keep the first record in input order"),
            "longest": self.tr("keep the longest record"),
            "most_recent": self.tr("keep the most recent record by the time column"),
        }
        return rules.get(self._keep_rule, self._keep_rule)

    def _fill(self) -> None:
        record = self._record
        if record is None:
            for widget in (self.summary, self.left_title, self.right_title):
                widget.clear()
            self.left.clear()
            self.right.clear()
            return
        similarity = record.get("similarity")
        if similarity is None:
            similarity = estimated_similarity(record.get("messages"))
        shown = QLocale().toString(similarity, "f", 2) if similarity is not None else "—"
        self.summary.setText(self.tr(
            "Near duplicate of record {kept}: estimated similarity {similarity}. Keep rule: {rule}."
        ).format(kept=record.get("duplicate_of"), similarity=shown, rule=self._rule_text()))
        self.left_title.setText(self.tr("This record ({id})").format(id=record["id"]))
        kept_id = record.get("duplicate_of")
        self.right_title.setText(self.tr("Kept record ({id})").format(id=kept_id))
        self.left.setPlainText(self._texts[0])
        if self._kept is None:
            self.right.setPlainText(self.tr("The kept record is not in this build."))
        else:
            self.right.setPlainText(self._texts[1])
        self.keep_button.setEnabled(not self._kept_by_user)
        if self._kept_by_user:
            self.keep_button.setToolTip(self.tr("You already keep this record."))
        else:
            self.keep_button.setToolTip(self.tr(
                "Keep this record in the training data even though it is almost the same as the kept record."
            ))
