"""The personal-data part of the Review step's detail pane: one record's redactions and their undo.

A redaction is undone by an entry in `recipe.review.pii_kept`: `KEY:[PLACEHOLDER]` puts
one placeholder of one record back, `*:TYPE` puts every value of a type back. The entries
take effect at the next check or build. The original values come from
`BuildResult.pii_findings`, which exists in memory only, so this panel is the only place
that shows them.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

# "[PHONE_2]" -> "PHONE": the placeholder names its type, numbered when a record has several.
_PLACEHOLDER_TYPE = re.compile(r"^\[([A-Z_]+?)(?:_\d+)?\]$")


def single_entry(key: str, placeholder: str) -> str:
    """Return the `pii_kept` entry that undoes one placeholder in the record with `key`."""
    return f"{key}:{placeholder}"


def type_entry(pii_type: str) -> str:
    """Return the `pii_kept` entry that undoes every value of `pii_type`."""
    return f"*:{pii_type}"


def placeholder_type(placeholder: str) -> str:
    """Return the type a placeholder names ("[EMAIL_2]" -> "EMAIL"), or "" when it names none."""
    match = _PLACEHOLDER_TYPE.match(placeholder)
    return match.group(1) if match else ""


@dataclass(frozen=True)
class RedactionRow:
    """One line of the redaction table.

    `kind` is "finding" for a value the last check replaced, "single" for an undone
    placeholder of this record that the last check already put back, and "type" for an
    undone whole type. `original` is empty unless `kind` is "finding".
    """

    kind: str
    pii_type: str
    placeholder: str
    original: str
    column: str
    single: str
    whole_type: str


def redaction_rows(key: str, findings: list[dict[str, Any]], pii_kept: Collection[str]) -> list[RedactionRow]:
    """List a record's redactions and the undo entries that concern it, findings first.

    Args:
        key: the record's `key` (`source_file:source_row`).
        findings: the record's entries of `BuildResult.pii_findings` (column, type,
            placeholder, original).
        pii_kept: the current `pii_kept` entries, including those not yet checked.
    """
    rows = []
    for finding in findings:
        placeholder = finding.get("placeholder") or ""
        pii_type = finding.get("type") or placeholder_type(placeholder)
        rows.append(RedactionRow(
            "finding", pii_type, placeholder, finding.get("original") or "",
            _field_name(finding.get("column") or ""), single_entry(key, placeholder), type_entry(pii_type),
        ))
    shown = {row.single for row in rows}
    prefix = key + ":["
    for entry in pii_kept:
        if entry.startswith(prefix) and entry not in shown:
            placeholder = entry[len(key) + 1:]
            pii_type = placeholder_type(placeholder)
            rows.append(RedactionRow("single", pii_type, placeholder, "", "", entry, type_entry(pii_type)))
            shown.add(entry)
    for entry in pii_kept:
        if entry.startswith("*:"):
            pii_type = entry[2:].upper()
            rows.append(RedactionRow("type", pii_type, f"[{pii_type}]", "", "", "", entry))
    return rows


def _field_name(column: str) -> str:
    # Mapped fields are columns named "__prompt", "__completion" and so on inside core.
    return column[2:] if column.startswith("__") else column


class RedactionPanel(QWidget):
    """Show the personal data replaced in one record, with buttons to undo and redo.

    Signals:
        keptAdded(str): the user undid a redaction; the argument is the new `pii_kept` entry.
        keptRemoved(str): the user took an undo back; the argument is the removed entry.
    """

    keptAdded = Signal(str)
    keptRemoved = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.table = QTableWidget(0, 5)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.title.setBuddy(self.table)
        # Room for the header and four redactions before the table scrolls.
        self.table.setMinimumHeight(self.table.horizontalHeader().sizeHint().height() + 4 * (self.fontMetrics().height() + 10))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.undo_button = QPushButton()
        self.undo_type_button = QPushButton()
        self.redo_button = QPushButton()

        # Two rows, because the three labels do not fit side by side in the detail pane in
        # Chinese or Japanese, where a squeezed button cut its label off.
        buttons = QGridLayout()
        buttons.addWidget(self.undo_button, 0, 0)
        buttons.addWidget(self.undo_type_button, 0, 1)
        buttons.addWidget(self.redo_button, 1, 0)
        buttons.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.note)

        self._rows: list[RedactionRow] = []
        self._pii_kept: Collection[str] = ()
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.undo_button.clicked.connect(self._undo_one)
        self.undo_type_button.clicked.connect(self._undo_type)
        self.redo_button.clicked.connect(self._redo)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.title.setText(self.tr("&Personal data replaced in this record"))
        self.table.setAccessibleName(self.tr("Personal data replaced in this record"))
        self.table.setToolTip(self.tr(
            "Each value the cleaning step replaced with a placeholder. The original values are shown "
            "only here and are never saved to a file."
        ))
        self.table.setHorizontalHeaderLabels([
            self.tr("Type"), self.tr("Placeholder"), self.tr("Original value"), self.tr("Field"), self.tr("State"),
        ])
        self.undo_button.setText(self.tr("&Undo this redaction"))
        self.undo_button.setToolTip(self.tr(
            "Put the original value back for this placeholder in this record only. "
            "It takes effect at the next check or build."
        ))
        self.undo_type_button.setText(self.tr("Undo all of this &type"))
        self.undo_type_button.setToolTip(self.tr(
            "Stop replacing this type of personal data in every record. It takes effect at the next check or build."
        ))
        self.redo_button.setText(self.tr("Re&dact again"))
        self.redo_button.setToolTip(self.tr("Take the undo back, so the value is replaced with its placeholder again."))
        self.note.setText(self.tr("Changes take effect at the next check or build."))
        self._fill()

    def show_record(self, key: str, findings: list[dict[str, Any]], pii_kept: Collection[str]) -> bool:
        """Show a record's redactions; return False when there is nothing to show."""
        self._rows = redaction_rows(key, findings, pii_kept)
        self._pii_kept = pii_kept
        self._fill()
        return bool(self._rows)

    def rows(self) -> list[RedactionRow]:
        """Return the lines shown, in table order."""
        return list(self._rows)

    def select_row(self, number: int) -> None:
        """Select the table line `number`, as a click would."""
        self.table.selectRow(number)

    def _fill(self) -> None:
        selected = self._selected_number()
        self.table.setRowCount(len(self._rows))
        for number, row in enumerate(self._rows):
            values = (row.pii_type, row.placeholder, row.original or "—", row.column or "—", self._state_text(row))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(number, column, item)
        if selected is not None and selected < len(self._rows):
            self.table.selectRow(selected)
        elif self._rows:
            self.table.selectRow(0)
        self._update_buttons()

    def _state_text(self, row: RedactionRow) -> str:
        if row.kind == "type":
            return self.tr("Undone by you in every record")
        if row.kind == "single":
            return self.tr("Undone by you")
        if row.whole_type in self._pii_kept:
            return self.tr("Undone by you in every record (at the next check)")
        if row.single in self._pii_kept:
            return self.tr("Undone by you (at the next check)")
        return self.tr("Replaced")

    def _selected_number(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return rows[0].row() if rows else None

    def _selected(self) -> RedactionRow | None:
        number = self._selected_number()
        return self._rows[number] if number is not None and number < len(self._rows) else None

    def _update_buttons(self) -> None:
        row = self._selected()
        undone = row is not None and (row.single in self._pii_kept or row.whole_type in self._pii_kept)
        self.undo_button.setEnabled(row is not None and row.kind == "finding" and not undone)
        self.undo_type_button.setEnabled(row is not None and bool(row.pii_type) and row.whole_type not in self._pii_kept)
        self.redo_button.setEnabled(undone)

    def _undo_one(self) -> None:
        row = self._selected()
        if row is not None and row.kind == "finding":
            self.keptAdded.emit(row.single)

    def _undo_type(self) -> None:
        row = self._selected()
        if row is not None and row.pii_type:
            self.keptAdded.emit(row.whole_type)

    def _redo(self) -> None:
        row = self._selected()
        if row is None:
            return
        # When this value is undone both on its own and with its whole type, the first click
        # removes the entry for this value only.
        if row.single and row.single in self._pii_kept:
            self.keptRemoved.emit(row.single)
        elif row.whole_type in self._pii_kept:
            self.keptRemoved.emit(row.whole_type)
