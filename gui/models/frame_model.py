"""A Qt table model that shows a Polars DataFrame without copying it into Qt.

The model keeps the frame as it is and reads one cell whenever the view requests it.
Sorting and filtering never reorder or copy the frame: both produce a *view index*, a
UInt32 Series of frame row positions in display order (an `arg_sort` permutation,
narrowed by a boolean mask computed with Polars expressions). Rows reach the view in
chunks through `canFetchMore`/`fetchMore`.

`compute_view()` is a plain function of the frame, so a page can run it on a worker
thread for a large frame and hand the result to `set_view()` on the GUI thread.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import polars as pl
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

_Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_CELL_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

DEFAULT_CHUNK_SIZE = 2_000
DEFAULT_MAX_CELL_CHARS = 160
# Tooltips show the whole value up to this many characters. A CSV field can hold 131,072
# characters or more, which no tooltip can show usefully.
MAX_TOOLTIP_CHARS = 8_000


def compute_view(
    frame: pl.DataFrame,
    filter_expr: pl.Expr | None = None,
    sort_by: str | pl.Expr | None = None,
    descending: bool = False,
) -> pl.Series | None:
    """Compute the display order of `frame` as a UInt32 Series of row positions.

    Args:
        frame: the frame to show.
        filter_expr: a boolean Polars expression over the frame's columns; rows where it is
            false or null are hidden. None shows every row.
        sort_by: a column name or an expression to sort by; list columns sort by their
            joined text. None keeps the frame order.
        descending: sort from largest to smallest.

    Returns:
        The row positions to show, or None when every row is shown in frame order.
    """
    if filter_expr is None and sort_by is None:
        return None

    if sort_by is None:
        order = pl.Series("row", np.arange(frame.height, dtype=np.uint32))
    else:
        # maintain_order makes the sort stable, so rows with equal keys keep their input order.
        order = frame.select(
            pl.arg_sort_by(_sort_key_expr(frame, sort_by), descending=descending, nulls_last=True, maintain_order=True)
        ).to_series()

    if filter_expr is not None:
        mask = frame.select(filter_expr.fill_null(False)).to_series()
        if mask.len() != frame.height:
            # A literal such as pl.lit(False) selects one value; it applies to every row.
            mask = pl.Series("mask", np.full(frame.height, bool(mask[0]) if mask.len() else False))
        order = order.filter(mask.gather(order))

    return order.cast(pl.UInt32).rename("row")


def _sort_key_expr(frame: pl.DataFrame, sort_by: str | pl.Expr) -> pl.Expr:
    if isinstance(sort_by, pl.Expr):
        return sort_by
    if isinstance(frame.schema[sort_by], pl.List):
        return pl.col(sort_by).list.join(", ")
    return pl.col(sort_by)


def display_text(value: Any) -> str:
    """Format one cell value as the full text a user reads (lists joined, null as empty)."""
    if value is None:
        return ""
    if isinstance(value, pl.Series):
        return ", ".join("" if item is None else str(item) for item in value.to_list())
    if isinstance(value, list):
        return ", ".join("" if item is None else str(item) for item in value)
    return str(value)


def shorten(text: str, max_chars: int) -> str:
    """Cut `text` to one line of at most `max_chars` characters, ending in an ellipsis when cut."""
    line = text.replace("\r\n", " ⏎ ").replace("\n", " ⏎ ").replace("\r", " ⏎ ")
    if len(line) <= max_chars:
        return line
    return line[: max_chars - 1] + "…"


def tooltip_html(text: str) -> str:
    """Return `text` as rich text that Qt wraps in a tooltip, cut after MAX_TOOLTIP_CHARS."""
    if len(text) > MAX_TOOLTIP_CHARS:
        text = text[:MAX_TOOLTIP_CHARS] + "…"
    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>"


class FrameTableModel(QAbstractTableModel):
    """A read-only table model over a Polars DataFrame, sorted and filtered through an index.

    Args:
        frame: the frame to show; its columns are shown in order unless `columns` names a subset.
        columns: the frame columns to show, in display order.
        headers: display names by column name; a missing name shows the column name.
        chunk_size: rows added to the view by the first `fetchMore`. Later fetches add as many
            rows as are already shown (at least `chunk_size`), so that dragging the scroll bar
            of a million-row table reaches the end in about ten fetches.
        max_cell_chars: the maximum characters of cell text shown in the table; the tooltip has the rest.
    """

    def __init__(
        self,
        frame: pl.DataFrame | None = None,
        *,
        columns: Sequence[str] | None = None,
        headers: dict[str, str] | None = None,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        max_cell_chars: int = DEFAULT_MAX_CELL_CHARS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        if chunk_size < 1:
            raise ValueError(f"chunk_size must be at least 1, got {chunk_size}")
        self._chunk_size = chunk_size
        self._max_cell_chars = max_cell_chars
        self._headers: dict[str, str] = dict(headers or {})
        self._requested_columns = list(columns) if columns is not None else None
        self._frame = pl.DataFrame()
        self._columns: list[str] = []
        self._series: list[pl.Series] = []
        self._view: np.ndarray | None = None
        self._row_total = 0
        self._rows_loaded = 0
        self._filter_expr: pl.Expr | None = None
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._alignments: list[int] = []
        # Item data role -> function(view_row, column) returning the value for that role.
        # Subclasses add roles here; PySide6 roles compare and hash equal to their int values.
        self._role_handlers: dict[int, Callable[[int, int], Any]] = {
            Qt.ItemDataRole.DisplayRole: self._display,
            Qt.ItemDataRole.ToolTipRole: self._tooltip,
            Qt.ItemDataRole.TextAlignmentRole: self._alignment,
            Qt.ItemDataRole.UserRole: self.cell_value,
        }
        self.set_frame(pl.DataFrame() if frame is None else frame)

    # --- data and view -------------------------------------------------------------

    @property
    def frame(self) -> pl.DataFrame:
        """The frame shown, in its original order."""
        return self._frame

    @property
    def columns(self) -> list[str]:
        """The frame columns shown, in display order."""
        return list(self._columns)

    @property
    def total_rows(self) -> int:
        """How many rows the current view has, including rows not fetched yet."""
        return self._row_total

    def set_frame(self, frame: pl.DataFrame) -> None:
        """Show `frame` in its own order, with no filter and no sort."""
        self.beginResetModel()
        self._frame = frame
        requested = self._requested_columns if self._requested_columns is not None else frame.columns
        missing = [name for name in requested if name not in frame.columns]
        if missing:
            raise KeyError(f"columns {missing} are not in the frame (it has {frame.columns})")
        self._columns = list(requested)
        self._series = [frame.get_column(name) for name in self._columns]
        self._alignments = [
            _RIGHT if series.dtype.is_numeric() else _LEFT for series in self._series
        ]
        self._filter_expr = None
        self._sort_column = -1
        self._set_view_unlocked(None)
        self.endResetModel()

    def set_headers(self, headers: dict[str, str]) -> None:
        """Replace the display names of the columns, for example after a language change."""
        self._headers = dict(headers)
        if self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)

    def set_view(self, rows: pl.Series | np.ndarray | None) -> None:
        """Show the frame rows at the positions `rows`, in that order; None shows every row."""
        self.beginResetModel()
        self._set_view_unlocked(rows)
        self.endResetModel()

    def _set_view_unlocked(self, rows: pl.Series | np.ndarray | None) -> None:
        if rows is None:
            self._view = None
            self._row_total = self._frame.height
        else:
            view = rows.to_numpy() if isinstance(rows, pl.Series) else np.asarray(rows)
            if view.size and (int(view.max()) >= self._frame.height or int(view.min()) < 0):
                raise IndexError(f"view index out of range for a frame of {self._frame.height} rows")
            self._view = view
            self._row_total = int(view.size)
        self._rows_loaded = min(self._chunk_size, self._row_total)

    def view_rows(self) -> pl.Series:
        """Return the frame row positions of the whole view (fetched or not), in display order."""
        if self._view is None:
            return pl.Series("row", np.arange(self._frame.height, dtype=np.uint32))
        return pl.Series("row", self._view, dtype=pl.UInt32)

    def frame_row(self, view_row: int) -> int:
        """Return the frame position of the row shown at `view_row`."""
        if not 0 <= view_row < self._row_total:
            raise IndexError(f"view row {view_row} is outside 0..{self._row_total - 1}")
        return view_row if self._view is None else int(self._view[view_row])

    def view_position(self, frame_row: int) -> int | None:
        """Return where the frame row `frame_row` is shown in the view, or None when it is hidden."""
        if self._view is None:
            return frame_row if 0 <= frame_row < self._row_total else None
        positions = np.flatnonzero(self._view == frame_row)
        return int(positions[0]) if positions.size else None

    def ensure_fetched(self, view_row: int) -> None:
        """Fetch rows until the view row `view_row` is part of the model."""
        if view_row >= self._rows_loaded and view_row < self._row_total:
            self.beginInsertRows(QModelIndex(), self._rows_loaded, view_row)
            self._rows_loaded = view_row + 1
            self.endInsertRows()

    def set_filter(self, filter_expr: pl.Expr | None) -> None:
        """Show only rows where `filter_expr` is true, keeping the current sort."""
        self._filter_expr = filter_expr
        self._recompute_view()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column through an `arg_sort` index; a column of -1 restores frame order."""
        if column >= len(self._columns):
            return
        self._sort_column = column
        self._sort_order = order
        self._recompute_view()

    def _recompute_view(self) -> None:
        sort_by = self._columns[self._sort_column] if self._sort_column >= 0 else None
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        rows = compute_view(self._frame, self._filter_expr, sort_by, descending)
        # A filter changes which rows exist and the fetched part of the view changes with
        # it, so this is a model reset rather than a layout change.
        self.set_view(rows)

    # --- QAbstractItemModel ----------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._rows_loaded

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and self._rows_loaded < self._row_total

    def fetchMore(self, parent: _Index) -> None:
        if parent.isValid() or self._rows_loaded >= self._row_total:
            return
        step = max(self._chunk_size, self._rows_loaded)
        last = min(self._rows_loaded + step, self._row_total)
        self.beginInsertRows(QModelIndex(), self._rows_loaded, last - 1)
        self._rows_loaded = last
        self.endInsertRows()

    def fetch_all(self) -> None:
        """Fetch every remaining row of the view at once."""
        if self._rows_loaded < self._row_total:
            self.beginInsertRows(QModelIndex(), self._rows_loaded, self._row_total - 1)
            self._rows_loaded = self._row_total
            self.endInsertRows()

    def cell_value(self, view_row: int, column: int) -> Any:
        """Return the raw value of a cell (a Python scalar, a list for list columns, or None)."""
        value = self._series[column][self.frame_row(view_row)]
        return value.to_list() if isinstance(value, pl.Series) else value

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A view requests about ten roles per painted cell, so unhandled roles return first.
        handler = self._role_handlers.get(role)
        if handler is None or not index.isValid():
            return None
        row = index.row()
        column = index.column()
        if row >= self._rows_loaded or column >= len(self._columns):
            return None
        return handler(row, column)

    def _display(self, row: int, column: int) -> str:
        return shorten(display_text(self.cell_value(row, column)), self._max_cell_chars)

    def _tooltip(self, row: int, column: int) -> str | None:
        text = display_text(self.cell_value(row, column))
        return tooltip_html(text) if text else None

    def _alignment(self, row: int, column: int) -> int:
        return self._alignments[column]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._columns):
                name = self._columns[section]
                return self._headers.get(name, name)
            return None
        if 0 <= section < self._rows_loaded:
            return str(section + 1)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return _CELL_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags
