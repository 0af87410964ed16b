"""The detail pane of the Review step: one record's source row, JSON record and token estimates.

For a redacted record it also lists the personal data replaced, with undo buttons, and for
a near duplicate it shows the record beside the record the build kept.
"""

from __future__ import annotations

import html
import json
from collections.abc import Collection
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from gui.i18n import translate_reason_message
from gui.models.records_model import reason_label
from gui.review.compare import NearDuplicateView
from gui.review.filters import NEAR_DUPLICATE_REASON
from gui.review.redactions import RedactionPanel


def pretty_json(text: str | None) -> str:
    """Indent a JSON line for reading, keeping CJK and other non-ASCII text as itself."""
    if text is None:
        return ""
    try:
        return json.dumps(json.loads(text), ensure_ascii=False, indent=2)
    except ValueError:
        return text


class RecordDetail(QWidget):
    """Show one record of `BuildResult.records` with the source row it came from.

    Signals:
        recordLinkActivated(int): the user followed the link to another record (the kept
            record of a duplicate); the argument is that record's id.
        piiKeptAdded(str): the user undid a redaction; the argument is the `pii_kept` entry.
        piiKeptRemoved(str): the user took an undo back; the argument is the removed entry.
        keepRequested: the user wants the shown near duplicate kept anyway.
    """

    recordLinkActivated = Signal(int)
    piiKeptAdded = Signal(str)
    piiKeptRemoved = Signal(str)
    keepRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tokens = QLabel()
        self.tokens.setWordWrap(True)
        self.tokens.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reasons = QLabel()
        self.reasons.setWordWrap(True)
        self.reasons.setTextFormat(Qt.TextFormat.RichText)
        self.reasons.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.reasons.linkActivated.connect(self._on_link)

        self.source_title = QLabel()
        self.source = QTextBrowser()
        self.source.setOpenLinks(False)
        self.record_title = QLabel()
        self.record = QPlainTextEdit()
        self.record.setReadOnly(True)
        self.record.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.record.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.source_title.setBuddy(self.source)
        self.record_title.setBuddy(self.record)

        self.redactions = RedactionPanel()
        self.redactions.setVisible(False)
        self.compare = NearDuplicateView()
        self.compare.setVisible(False)
        self.redactions.keptAdded.connect(self.piiKeptAdded)
        self.redactions.keptRemoved.connect(self.piiKeptRemoved)
        self.compare.keepRequested.connect(self.keepRequested)

        source_box = _titled(self.source_title, self.source)
        record_box = _titled(self.record_title, self.record)
        self._record_box = record_box
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(source_box)
        splitter.addWidget(record_box)
        splitter.addWidget(self.redactions)
        splitter.addWidget(self.compare)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.tokens)
        layout.addWidget(self.reasons)
        layout.addWidget(splitter, 1)

        self._row: dict[str, Any] | None = None
        self._source_row: dict[str, Any] | None = None
        self._max_tokens = 0
        self._findings: list[dict[str, Any]] = []
        self._pii_kept: Collection[str] = ()
        self._kept_record: dict[str, Any] | None = None
        self._near_keep = "first"
        self._kept_by_user = False
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.source_title.setText(self.tr("S&ource row"))
        self.source.setToolTip(self.tr("The row of the input file this record was made from, column by column."))
        self.record_title.setText(self.tr("JSON &record"))
        self.source.setAccessibleName(self.tr("Source row"))
        self.record.setAccessibleName(self.tr("JSON record"))
        self.record.setToolTip(self.tr("The line written to the training file for this record, indented for reading."))
        self.redactions.retranslate()
        self.compare.retranslate()
        self._fill()

    def show_record(
        self,
        row: dict[str, Any],
        source_row: dict[str, Any] | None,
        max_tokens: int,
        *,
        findings: list[dict[str, Any]] | None = None,
        pii_kept: Collection[str] = (),
        kept_record: dict[str, Any] | None = None,
        near_keep: str = "first",
        kept_by_user: bool = False,
    ) -> None:
        """Show a record (a row of `BuildResult.records` as a dict) and its source row.

        Args:
            row: the record's columns by name.
            source_row: the source file's columns by name, or None when the source was not found.
            max_tokens: the model's token limit per record.
            findings: the record's redactions from `BuildResult.pii_findings`, with original values.
            pii_kept: the undo entries chosen so far (`recipe.review.pii_kept`).
            kept_record: for a duplicate, the row of the record its group kept.
            near_keep: the keep rule of the build's near-duplicate step.
            kept_by_user: the user keeps this record anyway (`recipe.review.included`).
        """
        self._row = row
        self._source_row = source_row
        self._max_tokens = max_tokens
        self._findings = findings or []
        self._pii_kept = pii_kept
        self._kept_record = kept_record
        self._near_keep = near_keep
        self._kept_by_user = kept_by_user
        self._fill()

    def clear(self) -> None:
        """Show the hint to select a record."""
        self._row = None
        self._source_row = None
        self._findings = []
        self._kept_record = None
        self._fill()

    def _fill(self) -> None:
        row = self._row
        if row is None:
            self.summary.setText(self.tr("Select a record in the table to see where it came from."))
            self.tokens.clear()
            self.reasons.clear()
            self.source.clear()
            self.record.clear()
            self.redactions.setVisible(False)
            self.compare.setVisible(False)
            self._record_box.setVisible(True)
            return

        locale = QLocale()
        self.summary.setText(
            self.tr("Record {id} from {file}, row {row}").format(
                id=row["id"], file=row["source_file"], row=row["source_row"]
            )
        )
        self.tokens.setText(
            self.tr("Tokens: {aws} (AWS estimate, characters ÷ 6), {script} (script-aware estimate); model limit {limit}").format(
                aws=_number(locale, row["tokens_aws"]),
                script=_number(locale, row["tokens_script"]),
                limit=locale.toString(self._max_tokens) if self._max_tokens > 0 else "—",
            )
        )
        self.reasons.setText(self._reasons_text(row))
        self.source.setHtml(self._source_html())
        record = pretty_json(row.get("record"))
        self.record.setPlainText(record or self.tr("No JSON record: this row could not be turned into one."))
        self.redactions.setVisible(self.redactions.show_record(row["key"], self._findings, self._pii_kept))
        self._fill_compare(row, record)

    def _fill_compare(self, row: dict[str, Any], record: str) -> None:
        near = NEAR_DUPLICATE_REASON in (row.get("reasons") or []) and row.get("duplicate_of") is not None
        self.compare.setVisible(near)
        # The comparison repeats this record's JSON on its left side, so the single view steps aside.
        self._record_box.setVisible(not near)
        if not near:
            return
        kept_text = pretty_json(self._kept_record.get("record")) if self._kept_record is not None else ""
        self.compare.show_pair(row, self._kept_record, (record, kept_text), self._near_keep, self._kept_by_user)

    def _reasons_text(self, row: dict[str, Any]) -> str:
        codes: list[str] = row.get("reasons") or []
        messages: list[str] = row.get("messages") or []
        lines = []
        for number, code in enumerate(codes):
            message = messages[number] if number < len(messages) else ""
            message = translate_reason_message(code, message) if message else ""
            # The label comes first; the per-record detail follows in smaller text, translated when
            # its sentence matches a known template and otherwise in the core's English.
            line = "• <b>" + html.escape(reason_label(code)) + "</b>"
            if message:
                line += f"<br><span style='color:#5f6368'><small>{html.escape(message)}</small></span>"
            lines.append(line)
        kept_id = row.get("duplicate_of")
        if kept_id is not None:
            duplicate = self.tr("Duplicate of record {id}").format(id=kept_id)
            go_to = self.tr("Go to record {id}").format(id=kept_id)
            link = f"<a href='record:{int(kept_id)}'>{html.escape(go_to)}</a>"
            lines.append(html.escape(f"• {duplicate}") + " · " + link)
        return "<br>".join(lines)

    def _on_link(self, link: str) -> None:
        scheme, _, value = link.partition(":")
        if scheme == "record" and value.isdigit():
            self.recordLinkActivated.emit(int(value))

    def _source_html(self) -> str:
        if self._source_row is None:
            return "<p>" + html.escape(self.tr("The source row is not available for this record.")) + "</p>"
        cells = "".join(
            "<tr><th align='left' valign='top' style='padding-right:12px'>{}</th><td style='white-space:pre-wrap'>{}</td></tr>".format(
                html.escape(str(name)), html.escape("" if value is None else str(value))
            )
            for name, value in self._source_row.items()
        )
        return f"<table cellspacing='2'>{cells}</table>"


def _number(locale: QLocale, value: int | None) -> str:
    return "—" if value is None else locale.toString(int(value))


def _titled(title: QLabel, body: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 4, 0, 0)
    layout.addWidget(title)
    layout.addWidget(body)
    return box
