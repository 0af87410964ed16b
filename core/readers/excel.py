"""Read one sheet of an Excel .xlsx workbook into a table of text columns.

python-calamine reads the cell values. The first non-empty row is the header. Every value
becomes text as Excel shows it in a cell with the General format: whole numbers without
".0", dates as `YYYY-MM-DD`, date-times as `YYYY-MM-DD HH:MM:SS`, booleans as TRUE/FALSE
and empty cells as "". A date-time at exactly midnight is written as a date, because the
cell value cannot tell the two apart. `__source_row` is the row number Excel shows.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import polars as pl
from python_calamine import CalamineError, CalamineWorkbook

from core.errors import InputError
from core.progress import CancelToken, ProgressCallback
from core.readers import NONTEXT, REJECT, SOURCE_FILE, SOURCE_ROW, Problem, SourceTable
from core.readers.detect import unzipped
from core.recipe import SourceSpec


def read_excel(path: Path, spec: SourceSpec, *, progress: ProgressCallback, cancel: CancelToken) -> SourceTable:
    """Read the sheet `spec.sheet` (the first sheet when empty) of an .xlsx file.

    Raises:
        InputError: the workbook cannot be opened, the sheet does not exist, or it is empty.
        Cancelled: `cancel` was set.
    """
    with unzipped(path) as inner:
        workbook = _open_workbook(inner, path)
        sheets = list(workbook.sheet_names)
        sheet_name = _choose_sheet(spec.sheet, sheets, path)
        rows = workbook.get_sheet_by_name(sheet_name).to_python(skip_empty_area=False)
    cancel.raise_if_cancelled()

    header_index = next((i for i, row in enumerate(rows) if any(_cell_text(v) for v in row)), None)
    if header_index is None:
        raise InputError(
            f"{path}: sheet {sheet_name!r} is empty; choose another sheet ({', '.join(sheets)})",
            code="excel_sheet_empty", path=str(path), sheet=sheet_name, sheets=sheets,
        )

    width = max(_last_filled(row) for row in rows[header_index:])
    columns, problems = _header(rows[header_index], header_index + 1, width)
    values: list[list[str]] = [[] for _ in columns]
    source_rows: list[int] = []
    for index in range(header_index + 1, len(rows)):
        texts = [_cell_text(value) for value in rows[index][:width]]
        excel_row = index + 1
        if not any(texts):
            problems.append(Problem("blank_row", f"row {excel_row}: blank row skipped", row=excel_row))
            continue
        texts += [""] * (width - len(texts))
        for column_values, text in zip(values, texts, strict=True):
            column_values.append(text)
        source_rows.append(excel_row)

    total = path.stat().st_size
    progress("read", total, total)
    cancel.raise_if_cancelled()

    height = len(source_rows)
    frame = pl.DataFrame({name: pl.Series(name, col, dtype=pl.String) for name, col in zip(columns, values, strict=True)})
    frame = frame.with_columns(
        pl.Series(SOURCE_FILE, [str(path)] * height, dtype=pl.String),
        pl.Series(SOURCE_ROW, source_rows, dtype=pl.Int64),
        pl.Series(REJECT, [None] * height, dtype=pl.String),
        pl.Series(NONTEXT, [[]] * height, dtype=pl.List(pl.String)),
    )
    return SourceTable(path=path, format="xlsx", frame=frame, sheet=sheet_name, problems=problems,
                       details={"sheets": sheets})


def _open_workbook(path: Path, shown_path: Path) -> CalamineWorkbook:
    try:
        return CalamineWorkbook.from_path(str(path))
    except (CalamineError, OSError, ValueError) as exc:
        raise InputError(
            f"{shown_path}: cannot be opened as an Excel workbook ({exc}); save it as .xlsx in Excel and add it again",
            code="excel_unreadable", path=str(shown_path),
        ) from exc


def _choose_sheet(requested: str, sheets: list[str], path: Path) -> str:
    if not sheets:
        raise InputError(f"{path}: the workbook has no sheets", code="excel_no_sheets", path=str(path))
    if not requested:
        return sheets[0]
    if requested not in sheets:
        raise InputError(
            f"{path}: sheet {requested!r} not found; the workbook has the sheets {', '.join(sheets)}",
            code="excel_sheet_missing", path=str(path), sheet=requested, sheets=sheets,
        )
    return requested


def _last_filled(row: list[object]) -> int:
    """Return the 1-based column of the last non-empty cell in a row, or 0."""
    for index in range(len(row), 0, -1):
        if _cell_text(row[index - 1]):
            return index
    return 0


def _header(cells: list[object], excel_row: int, width: int) -> tuple[list[str], list[Problem]]:
    """Name `width` columns from the header row; a cell without text gets column_N."""
    texts = [_cell_text(value).strip() for value in cells[:width]]
    texts += [""] * (width - len(texts))
    names: list[str] = []
    problems: list[Problem] = []
    for index, text in enumerate(texts, start=1):
        name = text or f"column_{index}"
        if name in names:
            suffix = 2
            while f"{name}_{suffix}" in names:
                suffix += 1
            name = f"{name}_{suffix}"
        if name != text:
            problems.append(Problem("excel_header_renamed",
                                    f"row {excel_row}: header of column {index} is {text!r}; named it {name}",
                                    row=excel_row))
        names.append(name)
    return names, problems


def _cell_text(value: object) -> str:
    """Return a cell value as the text Excel shows in a cell with the General format."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0):
            return value.strftime("%Y-%m-%d")
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.strftime("%H:%M:%S")
    return str(value)
