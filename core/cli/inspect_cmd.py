"""`tunedata inspect FILE`: show how a source file reads before building anything from it."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from core.readers import SOURCE_ROW, SourceTable, read_source
from core.recipe import SourceSpec

PREVIEW_ROWS = 5
PREVIEW_CHARS = 60
"""Maximum characters of a cell shown in the text preview; longer text is cut."""

JSON_PREVIEW_CHARS = 2000
"""Maximum characters of a cell in the `first_rows` of --json output."""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "inspect",
        help="show a file's format, encoding, columns, row count, first rows and problems",
        description="Read one source file as the build would and show what was found: format, "
        "encoding, columns, number of rows, the first rows and every problem with its line or row.",
    )
    parser.add_argument("file", type=Path, metavar="FILE", help="the file to read (.csv, .tsv, .xlsx, .json, .jsonl, ...)")
    parser.add_argument(
        "--encoding", default="auto", metavar="E",
        help="text encoding of the file, e.g. utf-8, gb18030, cp932, big5 (default: detect it)",
    )
    parser.add_argument("--sheet", default="", metavar="NAME",
                        help="Excel sheet to read (default: the first sheet)")
    parser.add_argument("--json", action="store_true",
                        help="print one JSON object instead of text, for scripts")
    parser.set_defaults(handler=_run)


def _run(args: argparse.Namespace) -> int:
    spec = SourceSpec(path=str(args.file), encoding=args.encoding, sheet=args.sheet)
    table = read_source(spec)
    if args.json:
        print(json.dumps(inspection(table), ensure_ascii=False, indent=2))
    else:
        print(_as_text(table))
    return 0


def inspection(table: SourceTable, *, rows: int = PREVIEW_ROWS, max_chars: int = JSON_PREVIEW_CHARS) -> dict[str, object]:
    """Return what `inspect --json` prints for a table read from a file."""
    columns = table.columns
    preview = table.frame.head(rows).select(*columns, SOURCE_ROW).to_dicts()
    first_rows = [
        {name: _cut(value, max_chars) if isinstance(value, str) else value for name, value in row.items()}
        for row in preview
    ]
    return {
        "path": str(table.path),
        "format": table.format,
        "encoding": table.encoding,
        "sheet": table.sheet,
        "sheets": table.details.get("sheets"),
        "columns": columns,
        "rows": table.frame.height,
        "first_rows": first_rows,
        "problems": [
            {"code": p.code, "message": p.message, "line": p.line, "row": p.row, "severity": p.severity}
            for p in table.problems
        ],
    }


def _cut(text: str, max_chars: int) -> str:
    return text if len(text) <= max_chars else text[: max_chars - 1] + "…"


def _as_text(table: SourceTable) -> str:
    lines = [
        f"file:     {table.path}",
        f"format:   {table.format}",
        f"encoding: {table.encoding or '-'}",
    ]
    sheets = table.details.get("sheets")
    if table.sheet:
        lines.append(f"sheet:    {table.sheet} (sheets: {', '.join(map(str, sheets or []))})")
    lines.append(f"columns:  {', '.join(table.columns)}")
    lines.append(f"rows:     {table.frame.height}")

    lines.append("")
    lines.append(f"first {min(PREVIEW_ROWS, table.frame.height)} rows:")
    for row in table.frame.head(PREVIEW_ROWS).iter_rows(named=True):
        cells = " | ".join(_display(row[name]) for name in table.columns)
        lines.append(f"  row {row[SOURCE_ROW]}: {cells}")

    lines.append("")
    if table.problems:
        lines.append(f"problems ({len(table.problems)}):")
        lines.extend(f"  {p.severity}: {p.message}" for p in table.problems)
    else:
        lines.append("problems: none")
    return "\n".join(lines)


def _display(value: object) -> str:
    if value is None:
        return "(null)"
    text = str(value).replace("\r\n", "\n").replace("\n", "⏎").replace("\t", " ")
    return _cut(text, PREVIEW_CHARS)
