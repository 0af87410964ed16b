"""Read CSV and TSV files into a table of text columns.

Two paths read a file:

- The fast path hands the whole UTF-8 file to Polars (`pl.read_csv`, every column String).
  Its result is kept only when the file is regular. Polars raises on a row with more
  fields than the header. A row with fewer fields, or a blank line, shows as a null in
  the last column, because Polars reads a missing field as null.
- When the last column holds a null, Polars cannot tell an empty last cell from a
  missing one. A scan with Python's `csv` module then counts the fields of every record
  without keeping them, and the Polars result stands when every record is full.
- The careful path runs when Polars raises or the scan finds an irregular record. It
  parses the file with the `csv` module, which tracks physical line numbers, so every
  ragged row, blank line and unterminated quote is reported with its line.

Both paths give the same frame: the header's columns as String with empty cells as "",
`_extra` when some row had non-empty values past the header, and the provenance columns.
`__source_row` counts records as a spreadsheet does (header = 1), so a record spanning
three physical lines is still one row, and a blank line still takes a row number.
"""

from __future__ import annotations

import codecs
import csv
import io
import sys
from collections import deque
from collections.abc import Iterator
from pathlib import Path

import polars as pl

from core.encoding import Utf8View, utf8_view
from core.errors import InputError
from core.progress import CancelToken, ProgressCallback
from core.readers import NONTEXT, REJECT, RESERVED_COLUMNS, SOURCE_FILE, SOURCE_ROW, Problem, SourceTable
from core.readers.detect import unzipped
from core.recipe import SourceSpec

EXTRA_COLUMN = "_extra"
DELIMITERS = (",", "\t", ";", "|")

# A cell may hold a pasted log far longer than the csv module's default 131,072 characters.
csv.field_size_limit(sys.maxsize)


def read_delimited(
    path: Path, spec: SourceSpec, *, progress: ProgressCallback, cancel: CancelToken
) -> SourceTable:
    """Read a CSV or TSV file with a header line into String columns.

    Raises:
        InputError: the file is empty, has no header, or cannot be decoded.
        Cancelled: `cancel` was set.
    """
    with unzipped(path) as inner, utf8_view(inner, spec.encoding, progress=progress, cancel=cancel) as view:
        header_line = _first_line(view, path)
        separator = "\t" if spec.format == "tsv" and "\t" in header_line else sniff_delimiter(header_line)
        header = _parse_header(header_line, separator, path)
        columns, header_problems = _unique_names(header)

        frame = _read_fast(view, separator, columns, path)
        problems: list[Problem] = []
        parser = "polars"
        if frame is None:
            try:
                frame, problems = _read_careful(view.path, separator, columns, cancel=cancel)
            except UnicodeDecodeError:
                _raise_not_utf8(view, path)
                raise
            parser = "csv module"
        total = path.stat().st_size
        progress("read", total, total)
        cancel.raise_if_cancelled()

    problems = header_problems + encoding_problems(view, path) + problems
    frame = frame.with_columns(
        pl.lit(str(path), dtype=pl.String).alias(SOURCE_FILE),
        pl.lit(None, dtype=pl.String).alias(REJECT),
        pl.lit([], dtype=pl.List(pl.String)).alias(NONTEXT),
    )
    frame = frame.select(pl.exclude(RESERVED_COLUMNS), *RESERVED_COLUMNS)
    return SourceTable(
        path=path,
        format=spec.format if spec.format in ("csv", "tsv") else "csv",
        frame=frame,
        encoding=view.label,
        problems=problems,
        details={"delimiter": separator, "parser": parser, "encoding_codec": view.codec,
                 "transcoded": view.transcoded},
    )


def sniff_delimiter(header_line: str) -> str:
    """Return the delimiter that occurs most often outside quotes in a header line.

    Ties and a header without any delimiter give a comma.
    """
    counts = dict.fromkeys(DELIMITERS, 0)
    in_quotes = False
    for char in header_line:
        if char == '"':
            in_quotes = not in_quotes
        elif not in_quotes and char in counts:
            counts[char] += 1
    best = max(DELIMITERS, key=lambda delimiter: counts[delimiter])
    return best if counts[best] > 0 else ","


def _first_line(view: Utf8View, path: Path) -> str:
    with open(view.path, encoding="utf-8-sig", newline="") as handle:
        try:
            return handle.readline()
        except UnicodeDecodeError:
            _raise_not_utf8(view, path)
            raise


def _parse_header(line: str, separator: str, path: Path) -> list[str]:
    if not line.strip():
        raise InputError(
            f"{path}: the first line is empty; a CSV file needs a header line with the column names",
            code="csv_no_header", path=str(path),
        )
    try:
        row = next(csv.reader([line], delimiter=separator))
    except csv.Error:
        # Read a header that the csv module rejects with its quotes as literal text.
        row = next(csv.reader([line], delimiter=separator, quoting=csv.QUOTE_NONE))
    while len(row) > 1 and row[-1].strip() == "":
        row.pop()
    return [name.strip() for name in row]


def _unique_names(header: list[str]) -> tuple[list[str], list[Problem]]:
    names: list[str] = []
    problems: list[Problem] = []
    for index, raw in enumerate(header, start=1):
        name = raw or f"column_{index}"
        if not raw:
            problems.append(Problem("csv_header_empty", f"line 1: column {index} has no name; named it {name}",
                                    line=1, row=1))
        if name in names:
            suffix = 2
            while f"{name}_{suffix}" in names:
                suffix += 1
            problems.append(Problem("csv_header_duplicate",
                                    f"line 1: column name {name} appears twice; renamed it {name}_{suffix}",
                                    line=1, row=1))
            name = f"{name}_{suffix}"
        names.append(name)
    return names, problems


def encoding_problems(view: Utf8View, path: Path) -> list[Problem]:
    """Return a warning when the encoding of `path` was only a guess, so the user is asked."""
    if not view.uncertain:
        return []
    others = ", ".join(view.alternatives) or "none"
    return [Problem(
        "encoding_uncertain",
        f"{path.name}: the encoding looks like {view.label}, but the guess is uncertain "
        f"(other candidates: {others}); check the preview and choose the encoding if the text looks wrong",
    )]


def _read_fast(view: Utf8View, separator: str, columns: list[str], path: Path) -> pl.DataFrame | None:
    """Return the file parsed by Polars, or None when the careful path must read it."""
    try:
        frame = pl.read_csv(
            view.path,
            separator=separator,
            has_header=True,
            new_columns=columns,
            infer_schema=False,
            quote_char='"',
            raise_if_empty=False,
        )
    except pl.exceptions.ComputeError as exc:
        if "utf-8" in str(exc).lower() or "utf8" in str(exc).lower():
            _raise_not_utf8(view, path)
        return None
    except pl.exceptions.PolarsError:
        return None

    if frame.width != len(columns):
        return None
    if frame[columns[-1]].null_count() > 0 and not _every_record_full(view.path, separator, len(columns), frame.height):
        return None
    return frame.with_columns(
        pl.col(columns).fill_null(""),
        (pl.int_range(pl.len(), dtype=pl.Int64) + 2).alias(SOURCE_ROW),
    )


def _every_record_full(utf8_path: Path, separator: str, width: int, expected_records: int) -> bool:
    """Tell whether every data record has exactly `width` fields and Polars saw them all."""
    records = 0
    with open(utf8_path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle, delimiter=separator, strict=False)
        next(reader, None)
        for fields in reader:
            if len(fields) != width:
                return False
            records += 1
    return records == expected_records


def _raise_not_utf8(view: Utf8View, path: Path) -> None:
    """Raise an InputError naming the first byte of `view.path` that is not valid UTF-8."""
    decoder_offset = 0
    with open(view.path, "rb") as handle:
        decoder = codecs.getincrementaldecoder("utf-8")()
        while chunk := handle.read(1 << 20):
            pending = decoder.getstate()[0]
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError as exc:
                offset = decoder_offset - len(pending) + exc.start
                raise InputError(
                    f"{path}: not valid UTF-8 at byte offset {offset}; tried UTF-8. Choose the file's "
                    "encoding (for example gb18030, cp932 or big5) and read it again",
                    code="encoding_undecodable", path=str(path), offset=offset, encodings=["utf-8"],
                ) from exc
            decoder_offset += len(chunk)


class _Lines:
    """Physical lines of a file with their numbers, allowing lines to be pushed back."""

    def __init__(self, handle: io.TextIOBase) -> None:
        self._handle = handle
        self._pushed: deque[tuple[int, str]] = deque()
        self.number = 0
        self.consumed: list[tuple[int, str]] = []

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        if self._pushed:
            self.number, line = self._pushed.popleft()
        else:
            line = self._handle.readline()
            if not line:
                raise StopIteration
            self.number += 1
        self.consumed.append((self.number, line))
        return line

    def push_back(self, lines: list[tuple[int, str]]) -> None:
        self._pushed.extendleft(reversed(lines))
        self.number = lines[0][0] - 1 if lines else self.number


def _read_careful(
    utf8_path: Path, separator: str, columns: list[str], *, cancel: CancelToken
) -> tuple[pl.DataFrame, list[Problem]]:
    """Parse the file with the csv module, reporting irregular rows by physical line."""
    width = len(columns)
    extra_name = _extra_column_name(columns)
    values: list[list[str]] = [[] for _ in columns]
    extras: list[str] = []
    source_rows: list[int] = []
    problems: list[Problem] = []

    with open(utf8_path, encoding="utf-8-sig", newline="") as handle:
        lines = _Lines(handle)
        next(lines)
        row_number = 1
        for start_line, fields, unterminated in _records(lines, separator, width):
            row_number += 1
            if len(source_rows) % 10_000 == 0:
                cancel.raise_if_cancelled()
            if unterminated:
                problems.append(Problem("csv_unterminated_quote",
                                        f"line {start_line}: unterminated quoted field; the quote is kept as text",
                                        line=start_line, row=row_number))
            if not fields:
                problems.append(Problem("blank_line", f"line {start_line}: blank line skipped",
                                        line=start_line, row=row_number))
                continue
            fields, extra = _fit_to_header(fields, width, extra_name, start_line, row_number, problems)
            for column_values, value in zip(values, fields, strict=True):
                column_values.append(value)
            extras.append(extra or "")
            source_rows.append(row_number)

    data: dict[str, pl.Series] = {
        name: pl.Series(name, column_values, dtype=pl.String) for name, column_values in zip(columns, values, strict=True)
    }
    if any(extras):
        data[extra_name] = pl.Series(extra_name, extras, dtype=pl.String)
    data[SOURCE_ROW] = pl.Series(SOURCE_ROW, source_rows, dtype=pl.Int64)
    return pl.DataFrame(data), problems


def _records(lines: _Lines, separator: str, width: int) -> Iterator[tuple[int, list[str], bool]]:
    """Yield (first physical line, fields, unterminated) per record.

    A record that spans several lines started with a quote that never closed when it has
    fewer fields than the header, or when a strict parse of its lines fails (for example
    at the end of the file inside quotes). Its first line is then read with the quote as
    literal text and parsing resumes on the next line, so one stray quote cannot swallow
    the rest of the file.
    """
    reader = csv.reader(lines, delimiter=separator, strict=False)
    while True:
        lines.consumed = []
        start_line = lines.number + 1
        try:
            fields = next(reader)
        except StopIteration:
            return
        consumed = lines.consumed
        if len(consumed) > 1 and _unterminated(consumed, separator, width, fields):
            first_number, first_line = consumed[0]
            lines.push_back(consumed[1:])
            yield first_number, _split_literal(first_line, separator), True
            continue
        yield start_line, fields, False


def _unterminated(consumed: list[tuple[int, str]], separator: str, width: int, fields: list[str]) -> bool:
    """Tell whether a multi-line record is really an unclosed quote running into later lines."""
    count = len(fields)
    while count > width and fields[count - 1] == "":
        count -= 1
    # NOTE(csv-quotes): a genuine multi-line record with fewer fields than the header is
    # also taken for an unclosed quote and split. Its lines are then reported, not lost.
    if count < width:
        return True
    text = "".join(line for _, line in consumed)
    try:
        list(csv.reader(io.StringIO(text, newline=""), delimiter=separator, strict=True))
    except csv.Error:
        return True
    return False


def _split_literal(line: str, separator: str) -> list[str]:
    """Split one line on every separator, unwrapping only fields quoted at both ends."""
    fields = []
    for raw in line.rstrip("\r\n").split(separator):
        if len(raw) >= 2 and raw.startswith('"') and raw.endswith('"'):
            raw = raw[1:-1].replace('""', '"')
        fields.append(raw)
    return fields


def _extra_column_name(columns: list[str]) -> str:
    """Return `_extra`, or `_extra_2`, `_extra_3`... when the header already has that name."""
    name = EXTRA_COLUMN
    suffix = 2
    while name in columns:
        name = f"{EXTRA_COLUMN}_{suffix}"
        suffix += 1
    return name


def _fit_to_header(
    fields: list[str], width: int, extra_name: str, line: int, row: int, problems: list[Problem]
) -> tuple[list[str], str | None]:
    """Cut or pad a row to the header's width; return it and its non-empty extra values."""
    count = len(fields)
    if count == width:
        return fields, None

    if count > width:
        extra_values = fields[width:]
        while extra_values and extra_values[-1] == "":
            extra_values.pop()
        if not extra_values:
            return fields[:width], None
        extra = " | ".join(extra_values)
        noun = "value" if len(extra_values) == 1 else "values"
        problems.append(Problem(
            "csv_extra_fields",
            f"line {line}: {count} fields, header has {width}; extra {noun} {extra} kept in column {extra_name}",
            line=line, row=row,
        ))
        return fields[:width], extra

    problems.append(Problem(
        "csv_missing_fields",
        f"line {line}: {count} fields, header has {width}; the missing values are left empty",
        line=line, row=row,
    ))
    return fields + [""] * (width - count), None
