"""Read JSON Lines files and JSON arrays of objects into a table of text columns.

Values become text so every column is String:

- a JSON string stays as it is, and `null` stays null;
- a number or boolean is kept as its JSON text (`30`, `true`) and the column's name is
  added to that row's `__nontext` list, so later steps can reject or accept it knowingly;
- a nested list or object (for example `messages`) is kept as its JSON text.

Columns are the union of the keys of all objects in first-seen order; a row without a
key has null there.

A JSON Lines file is parsed line by line with orjson. An invalid line becomes a row whose
`__reject` gives the reason, and a blank line is skipped and reported, so every line is accounted
for by its number.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import orjson
import polars as pl

from core.encoding import utf8_view
from core.errors import InputError
from core.progress import CancelToken, ProgressCallback
from core.readers import NONTEXT, REJECT, RESERVED_COLUMNS, SOURCE_FILE, SOURCE_ROW, Problem, SourceTable
from core.readers.delimited import encoding_problems
from core.readers.detect import unzipped
from core.recipe import SourceSpec

_BOM = b"\xef\xbb\xbf"
_CHECK_EVERY_LINES = 10_000


class _Rows:
    """Rows collected as dicts of text, with their provenance, in file order."""

    def __init__(self) -> None:
        self.records: list[dict[str, str | None]] = []
        self.columns: dict[str, None] = {}
        self.source_rows: list[int] = []
        self.rejects: list[str | None] = []
        self.nontext: list[list[str]] = []

    def add_object(self, obj: dict[str, object], source_row: int) -> None:
        record: dict[str, str | None] = {}
        nontext: list[str] = []
        for key, value in obj.items():
            if key in RESERVED_COLUMNS:
                continue
            self.columns.setdefault(key, None)
            record[key] = _as_text(value)
            if isinstance(value, bool | int | float):
                nontext.append(key)
        self._append(record, source_row, None, nontext)

    def add_reject(self, source_row: int, reason: str) -> None:
        self._append({}, source_row, reason, [])

    def _append(self, record: dict[str, str | None], source_row: int, reject: str | None, nontext: list[str]) -> None:
        self.records.append(record)
        self.source_rows.append(source_row)
        self.rejects.append(reject)
        self.nontext.append(nontext)

    def to_frame(self, source_file: str) -> pl.DataFrame:
        schema = {name: pl.String for name in self.columns}
        frame = pl.DataFrame(self.records, schema=schema) if self.records else pl.DataFrame(schema=schema)
        height = len(self.records)
        return frame.with_columns(
            pl.Series(SOURCE_FILE, [source_file] * height, dtype=pl.String),
            pl.Series(SOURCE_ROW, self.source_rows, dtype=pl.Int64),
            pl.Series(REJECT, self.rejects, dtype=pl.String),
            pl.Series(NONTEXT, self.nontext, dtype=pl.List(pl.String)),
        )


def _as_text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    return orjson.dumps(value).decode("utf-8")


def _kind(value: object) -> str:
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return "a string"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    return "a number"


def read_jsonl(path: Path, spec: SourceSpec, *, progress: ProgressCallback, cancel: CancelToken) -> SourceTable:
    """Read a JSON Lines file: one JSON object per line, `__source_row` = line number.

    Raises:
        InputError: the file cannot be read or decoded.
        Cancelled: `cancel` was set.
    """
    rows = _Rows()
    with unzipped(path) as inner, utf8_view(inner, spec.encoding, progress=progress, cancel=cancel) as view:
        problems = encoding_problems(view, path)
        total = view.path.stat().st_size
        done = 0
        number = 0
        with open(view.path, "rb") as handle:
            for number, raw in enumerate(handle, start=1):
                done += len(raw)
                if number == 1 and raw.startswith(_BOM):
                    raw = raw[len(_BOM):]
                    problems.append(Problem(
                        "utf8_bom", "line 1: the file starts with a UTF-8 byte order mark (BOM); it was ignored",
                        line=1, row=1,
                    ))
                _read_line(raw, number, rows, problems)
                if number % _CHECK_EVERY_LINES == 0:
                    progress("read", done, total)
                    cancel.raise_if_cancelled()
        progress("read", total, total)
        cancel.raise_if_cancelled()

    return SourceTable(path=path, format="jsonl", frame=rows.to_frame(str(path)),
                       encoding=view.label, problems=problems, details={"lines": number})


def _read_line(raw: bytes, number: int, rows: _Rows, problems: list[Problem]) -> None:
    if not raw.strip():
        problems.append(Problem("blank_line", f"line {number}: blank line skipped", line=number))
        return
    try:
        value = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        rows.add_reject(number, f"line {number}: invalid JSON ({exc})")
        return
    if not isinstance(value, dict):
        rows.add_reject(number, f"line {number}: not a JSON object (found {_kind(value)})")
        return
    rows.add_object(value, number)


def read_json(path: Path, spec: SourceSpec, *, progress: ProgressCallback, cancel: CancelToken) -> SourceTable:
    """Read a JSON array of objects, one row per element, `__source_row` = 1-based index.

    A top-level object whose only list value contains objects (`{"data": [...]}`) is read as
    that list, its non-object elements becoming rejected rows; an object whose values are all objects (records keyed by id) is
    read one row per value, with the key in column `_key`. Both are reported.

    Raises:
        InputError: the file is not valid JSON, or holds no list of records.
        Cancelled: `cancel` was set.
    """
    with unzipped(path) as inner, utf8_view(inner, spec.encoding, progress=progress, cancel=cancel) as view:
        data = view.path.read_bytes().removeprefix(_BOM)
        label = view.label
        uncertain = encoding_problems(view, path)
    try:
        document = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        raise InputError(
            f"{path}: invalid JSON at line {exc.lineno}, column {exc.colno} ({exc.msg}); "
            "fix the file, or save it as JSON Lines with one object per line",
            code="json_invalid", path=str(path), line=exc.lineno, column=exc.colno,
        ) from exc
    del data
    cancel.raise_if_cancelled()

    elements, keys, problems = _records_of(document, path)
    problems = uncertain + problems
    rows = _Rows()
    for index, element in enumerate(elements, start=1):
        if isinstance(element, dict):
            if keys is not None:
                element = {"_key": keys[index - 1], **element}
            rows.add_object(element, index)
        else:
            rows.add_reject(index, f"element {index}: not a JSON object (found {_kind(element)})")
        if index % _CHECK_EVERY_LINES == 0:
            cancel.raise_if_cancelled()

    total = path.stat().st_size
    progress("read", total, total)
    return SourceTable(path=path, format="json", frame=rows.to_frame(str(path)), encoding=label,
                       problems=problems, details={"elements": len(elements)})


def _records_of(document: object, path: Path) -> tuple[list[object], list[str] | None, list[Problem]]:
    """Find the list of records in a parsed JSON document."""
    if isinstance(document, list):
        return document, None, []

    if isinstance(document, dict):
        lists = [(key, value) for key, value in document.items() if isinstance(value, list)]
        if len(lists) == 1 and any(isinstance(value, dict) for value in lists[0][1]):
            key, value = lists[0]
            note = f"the top level is an object; read the {len(value)} records in its {key!r} list"
            return value, None, [Problem("json_wrapper", note)]
        if document and _all_objects(document.values()):
            note = f"the top level is an object of {len(document)} objects; read one row per key, key in column _key"
            return list(document.values()), [str(key) for key in document], [Problem("json_keyed_records", note)]

    raise InputError(
        f"{path}: contains no list of records (the top level is {_kind(document)}); "
        "a JSON source must be an array of objects, or an object with one such array",
        code="json_no_records", path=str(path),
    )


def _all_objects(values: Iterable[object]) -> bool:
    return all(isinstance(value, dict) for value in values)
