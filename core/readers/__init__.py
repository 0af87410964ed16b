"""Readers: turn one input file into a Polars DataFrame of text columns plus provenance.

Every reader returns a `SourceTable`. Its frame holds the file's own columns, all of
type String, and these reserved columns, whose names start with two underscores so that
they never collide with a user's column:

- `__source_file` (String): the input path as the user gave it.
- `__source_row` (Int64): where the row came from, in the unit a user finds it by.
  For CSV/TSV and Excel that is the row number a spreadsheet shows (the header is row 1,
  so the first data row is 2). For JSONL it is the line number, for a JSON array the
  1-based element index, for documents the 1-based chunk or section number.
- `__reject` (String, null when the row is fine): why the reader could not read this
  row as data, for example an invalid JSON line. The pipeline rejects such rows with this
  message, so they are counted and never lost.
- `__nontext` (List[String]): names of columns whose value in this row was not text in
  the source (a JSON number or boolean). The value itself is kept as its JSON text.

Readers never drop a row. A problem that does not prevent reading (ragged rows, blank
lines, a decoded-with-replacement byte) becomes a `Problem` in `SourceTable.problems`.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import polars as pl

from core.errors import InputError
from core.progress import NEVER_CANCELLED, CancelToken, ProgressCallback, no_progress
from core.recipe import SourceSpec

SOURCE_FILE = "__source_file"
SOURCE_ROW = "__source_row"
REJECT = "__reject"
NONTEXT = "__nontext"
RESERVED_COLUMNS = (SOURCE_FILE, SOURCE_ROW, REJECT, NONTEXT)


@dataclass(frozen=True)
class Problem:
    """Something a reader found in a file; `message` names the file, line or row and column."""

    code: str
    message: str
    severity: Literal["warning", "error"] = "warning"
    line: int | None = None
    row: int | None = None


@dataclass
class SourceTable:
    """A file read into memory: data, the format and encoding used, and what was found."""

    path: Path
    format: str
    frame: pl.DataFrame
    encoding: str | None = None
    sheet: str | None = None
    problems: list[Problem] = field(default_factory=list)
    details: dict[str, object] = field(default_factory=dict)
    """Format-specific facts for display, e.g. {"sheets": [...], "pages": 12, "threads": 40}."""

    @property
    def columns(self) -> list[str]:
        """The file's own columns, without the reserved provenance columns."""
        return [name for name in self.frame.columns if name not in RESERVED_COLUMNS]


# Format name -> "module:function". Each function has the signature
# fn(path: Path, spec: SourceSpec, *, progress, cancel) -> SourceTable.
# Modules are imported on first use so that a missing optional parser only affects its format.
_READERS: dict[str, str] = {
    "csv": "core.readers.delimited:read_delimited",
    "tsv": "core.readers.delimited:read_delimited",
    "xlsx": "core.readers.excel:read_excel",
    "json": "core.readers.jsonfile:read_json",
    "jsonl": "core.readers.jsonfile:read_jsonl",
    "pdf": "core.readers.documents:read_document",
    "docx": "core.readers.documents:read_document",
    "html": "core.readers.documents:read_document",
    "markdown": "core.readers.documents:read_document",
    "text": "core.readers.documents:read_document",
    "zendesk": "core.readers.tickets:read_tickets",
    "jira": "core.readers.tickets:read_tickets",
    "freshdesk": "core.readers.tickets:read_tickets",
    "messages-table": "core.readers.tickets:read_tickets",
}


def detect_format(path: Path) -> str:
    """Guess a file's format from its name and, where the name is ambiguous, its content.

    Raises:
        InputError: the file does not exist or its type is not supported.
    """
    from core.readers.detect import detect_format as _detect

    return _detect(path)


def read_source(
    spec: SourceSpec,
    *,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken = NEVER_CANCELLED,
) -> SourceTable:
    """Read one source file as `spec` says, detecting its format when `spec.format` is auto.

    Raises:
        InputError: the file is missing, unreadable, undecodable or of an unsupported type.
        Cancelled: `cancel` was set.
    """
    path = Path(spec.path)
    if path.is_dir():
        raise InputError(
            f"{path} is a folder; choose a file in it, or give the folder to 'tunedata convert', "
            "which reads every supported file directly inside it",
            code="path_is_folder", path=str(path),
        )
    if not path.is_file():
        raise InputError(
            f"{path}: file not found; check the path or add the file again",
            code="file_not_found", path=str(path),
        )
    fmt = spec.format if spec.format != "auto" else detect_format(path)
    target = _READERS.get(fmt)
    if target is None:
        raise InputError(
            f"{path}: format {fmt!r} is not supported; use one of {', '.join(sorted(_READERS))}",
            code="format_unsupported", path=str(path), format=fmt,
        )
    module_name, function_name = target.split(":")
    reader = getattr(importlib.import_module(module_name), function_name)
    resolved_spec = spec.model_copy(update={"format": fmt})
    return reader(path, resolved_spec, progress=progress, cancel=cancel)


def supported_formats() -> list[str]:
    """Return the format names `read_source` accepts."""
    return sorted(_READERS)
