"""The Review step's table model: build records with translated status, reasons and hand decisions."""

from __future__ import annotations

from collections.abc import Collection

import polars as pl
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from core.pipeline import STATUS_DUPLICATE, STATUS_REJECTED, STATUS_TRAIN, STATUS_VALIDATION
from gui.models.frame_model import FrameTableModel

# Columns of `BuildResult.records` shown in the table, in display order.
RECORD_COLUMNS = ["id", "status", "reasons", "tokens_aws", "tokens_script", "duplicate_of", "key", "record"]

_OVER_LIMIT_COLOR = QColor("#c62828")
_HAND_DECISION_COLOR = QColor("#6a1b9a")

def reason_label(code: str) -> str:
    """Return the translated label of a reason code, or the code when no label exists."""
    try:
        from gui.i18n import translate_reason
    except ImportError:  # pragma: no cover - gui.i18n is part of the window
        return code
    return translate_reason(code)

class RecordsModel(FrameTableModel):
    """Show `BuildResult.records`, marking records the user excluded or kept by hand.

    The status column reads "Training", "Rejected" and so on in the user's language, with
    the hand decision appended; the reasons column shows translated reason labels. Token
    counts above `max_tokens` (the model limit) are drawn in red.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            pl.DataFrame(schema={name: pl.String for name in RECORD_COLUMNS}),
            columns=RECORD_COLUMNS,
            parent=parent,
        )
        self._max_tokens = 0
        self._excluded: Collection[str] = frozenset()
        self._included: Collection[str] = frozenset()
        self._column_numbers = {name: number for number, name in enumerate(RECORD_COLUMNS)}
        self._status_column = self._column_numbers["status"]
        self._reasons_column = self._column_numbers["reasons"]
        self._token_columns = (self._column_numbers["tokens_aws"], self._column_numbers["tokens_script"])
        self._role_handlers[Qt.ItemDataRole.ForegroundRole] = self._foreground
        self._role_handlers[Qt.ItemDataRole.FontRole] = self._font
        self.retranslate()

    def set_records(self, records: pl.DataFrame, max_tokens: int) -> None:
        """Show `records` (the frame of `BuildResult.records`) checked against `max_tokens`."""
        self._max_tokens = max_tokens
        self.set_frame(records)

    def set_decisions(self, excluded: Collection[str], included: Collection[str]) -> None:
        """Mark the records whose keys the user excluded or kept by hand, and repaint them."""
        self._excluded = excluded
        self._included = included
        if self.rowCount():
            column = self._column_numbers["status"]
            self.dataChanged.emit(self.index(0, column), self.index(self.rowCount() - 1, column))

    def retranslate(self) -> None:
        """Set the column headers in the current language."""
        self.set_headers(
            {
                "id": self.tr("Id"),
                "status": self.tr("Status"),
                "reasons": self.tr("Reasons"),
                "tokens_aws": self.tr("Tokens (AWS)"),
                "tokens_script": self.tr("Tokens (script-aware)"),
                "duplicate_of": self.tr("Duplicate of"),
                "key": self.tr("Source row"),
                "record": self.tr("Record"),
            }
        )

    def status_label(self, status: str | None) -> str:
        """Return the translated name of a `status` value."""
        labels = {
            STATUS_TRAIN: self.tr("Training"),
            STATUS_VALIDATION: self.tr("Validation"),
            STATUS_REJECTED: self.tr("Rejected"),
            STATUS_DUPLICATE: self.tr("Duplicate"),
        }
        return labels.get(status or "", status or "")

    def decision(self, key: str) -> str | None:
        """Return "excluded" or "included" when the user decided on the record by hand."""
        if key in self._excluded:
            return "excluded"
        if key in self._included:
            return "included"
        return None

    def _display(self, row: int, column: int) -> str:
        if column == self._status_column:
            return self._status_text(row)
        if column == self._reasons_column:
            return ", ".join(reason_label(code) for code in self.cell_value(row, column) or [])
        return super()._display(row, column)

    def _tooltip(self, row: int, column: int) -> str | None:
        if column == self._status_column:
            return self._status_text(row)
        if column == self._reasons_column:
            return "\n".join(reason_label(code) for code in self.cell_value(row, column) or []) or None
        return super()._tooltip(row, column)

    def _font(self, row: int, column: int) -> QFont | None:
        if column != self._status_column or self._row_decision(row) != "excluded":
            return None
        font = QFont()
        font.setStrikeOut(True)
        return font

    def _row_decision(self, view_row: int) -> str | None:
        if not self._excluded and not self._included:
            return None
        key = self.cell_value(view_row, self._column_numbers["key"])
        return self.decision(key) if key is not None else None

    def _status_text(self, view_row: int) -> str:
        label = self.status_label(self.cell_value(view_row, self._status_column))
        decision = self._row_decision(view_row)
        if decision == "excluded":
            return self.tr("{status} · excluded by you").format(status=label)
        if decision == "included":
            return self.tr("{status} · kept by you").format(status=label)
        return label

    def _foreground(self, view_row: int, column: int) -> QBrush | None:
        if column in self._token_columns and self._max_tokens > 0:
            value = self.cell_value(view_row, column)
            if value is not None and value > self._max_tokens:
                return QBrush(_OVER_LIMIT_COLOR)
        elif column == self._status_column and self._row_decision(view_row) is not None:
            return QBrush(_HAND_DECISION_COLOR)
        return None
