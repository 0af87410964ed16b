"""Guess an input file's format from its extension and, where that is ambiguous, its content.

A `.zip` archive containing exactly one supported file counts as that file: `detect_format`
returns the inner file's format and `unzipped` extracts it for the reader.
"""

from __future__ import annotations

import contextlib
import csv
import re
import shutil
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

import orjson

from core.encoding import detect_encoding
from core.errors import InputError

_BY_EXTENSION = {
    ".csv": "csv",
    ".tsv": "tsv",
    ".tab": "tsv",
    ".xlsx": "xlsx",
    ".xlsm": "xlsx",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".pdf": "pdf",
    ".docx": "docx",
    ".html": "html",
    ".htm": "html",
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
}

_JIRA_COLUMNS = {"Issue key", "Summary"}

MAX_JSON_PROBE_BYTES = 64 << 20
"""A .json file up to this size is parsed whole to look for a Zendesk export."""

_ZENDESK_HEAD = re.compile(rb'^\s*\{\s*"tickets"\s*:\s*\[')


def supported_extensions() -> list[str]:
    """Return the file extensions `detect_format` recognises, plus .zip."""
    return sorted([*_BY_EXTENSION, ".zip"])


def detect_format(path: Path) -> str:
    """Return the reader format name for a file, e.g. "csv", "jira", "zendesk" or "jsonl".

    Raises:
        InputError: the file does not exist, its type is not supported, or a .zip archive
            does not contain exactly one supported file.
    """
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: file not found; check the path or add the file again",
                         code="file_not_found", path=str(path))
    with unzipped(path) as inner:
        return _detect_plain(inner, path)


def _detect_plain(path: Path, shown_path: Path) -> str:
    suffix = path.suffix.lower()
    fmt = _BY_EXTENSION.get(suffix)
    if fmt is None:
        raise InputError(
            f"{shown_path}: file type {suffix or '(no extension)'} is not supported; "
            f"use one of {', '.join(supported_extensions())}",
            code="format_unsupported", path=str(shown_path), extension=suffix,
        )
    if fmt == "csv" and _has_jira_header(path):
        return "jira"
    if fmt == "csv" and _has_freshdesk_header(path):
        return "freshdesk"
    if fmt == "text" and "\t" in _first_line(path):
        return "tsv"
    if fmt == "json":
        return _detect_json_kind(path)
    return fmt


def _first_line(path: Path) -> str:
    codec = detect_encoding(path).codec
    with open(path, encoding=codec, errors="replace", newline="") as handle:
        return handle.readline()


def _header_names(path: Path) -> set[str]:
    """Return the column names of a CSV file's first line, or an empty set when it cannot be parsed."""
    try:
        return {name.strip().lstrip("\ufeff") for name in next(csv.reader([_first_line(path)]))}
    except (csv.Error, StopIteration):
        return set()


def _has_jira_header(path: Path) -> bool:
    """Tell whether a CSV header has Jira's `Issue key` and `Summary` columns.

    Exports without comments are still Jira exports; the ticket reader then reports that
    each issue has no agent reply rather than asking the user to map columns.
    """
    return _JIRA_COLUMNS <= _header_names(path)


_FRESHDESK_EXPORT_COLUMNS = {"Ticket ID", "Subject", "Description", "Status", "Priority", "Source"}


def _has_freshdesk_header(path: Path) -> bool:
    """Tell whether a CSV header is a Freshdesk export: `Ticket ID` with `Incoming` or
    `Private`, or Freshdesk's ticket export columns."""
    header = _header_names(path)
    if "Ticket ID" in header and header & {"Incoming", "Private"}:
        return True
    return _FRESHDESK_EXPORT_COLUMNS <= header


def _ticket_kind(tickets: list[object]) -> str | None:
    """Return "freshdesk" or "zendesk" when the first ticket objects have that export's thread shape."""
    sample = [ticket for ticket in tickets[:20] if isinstance(ticket, dict)]
    if not sample:
        return None
    for ticket in sample:
        conversations = ticket.get("conversations")
        if isinstance(conversations, list) and any(
            isinstance(c, dict) and ("incoming" in c or "private" in c) for c in conversations
        ):
            return "freshdesk"
    if any(isinstance(ticket.get("comments"), list) for ticket in sample):
        return "zendesk"
    return None


def _detect_json_kind(path: Path) -> str:
    """Return "zendesk" or "freshdesk" for a ticket export, "jsonl" for JSON Lines named .json, else "json"."""
    if path.stat().st_size > MAX_JSON_PROBE_BYTES:
        with open(path, "rb") as handle:
            return "zendesk" if _ZENDESK_HEAD.match(handle.read(4096).lstrip(b"\xef\xbb\xbf")) else "json"

    data = path.read_bytes().removeprefix(b"\xef\xbb\xbf")
    try:
        document = orjson.loads(data)
    except orjson.JSONDecodeError:
        first = data.lstrip().split(b"\n", 1)[0]
        try:
            return "jsonl" if isinstance(orjson.loads(first), dict) else "json"
        except orjson.JSONDecodeError:
            return "json"
    if isinstance(document, dict) and isinstance(document.get("tickets"), list):
        return _ticket_kind(document["tickets"]) or "zendesk"
    if isinstance(document, list):
        return _ticket_kind(document) or "json"
    return "json"


@contextlib.contextmanager
def unzipped(path: Path) -> Iterator[Path]:
    """Yield `path`, or for a .zip archive the single supported file in it, extracted.

    The extracted copy lives in a temporary folder deleted when the context exits.

    Raises:
        InputError: the archive is damaged, or does not contain exactly one supported file.
    """
    if path.suffix.lower() != ".zip":
        yield path
        return

    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise InputError(f"{path}: not a readable .zip archive ({exc})", code="zip_unreadable",
                         path=str(path)) from exc
    with archive, tempfile.TemporaryDirectory(prefix="tunedata-zip-") as folder:
        member = _single_member(archive, path)
        target = Path(folder) / PurePosixPath(member.filename).name
        with archive.open(member) as source, open(target, "wb") as destination:
            shutil.copyfileobj(source, destination, 4 << 20)
        yield target


def _single_member(archive: zipfile.ZipFile, path: Path) -> zipfile.ZipInfo:
    members = [
        info for info in archive.infolist()
        if not info.is_dir() and not PurePosixPath(info.filename).name.startswith(".")
        and not info.filename.startswith("__MACOSX/")
    ]
    supported = [info for info in members if PurePosixPath(info.filename).suffix.lower() in _BY_EXTENSION]
    if len(supported) != 1:
        names = ", ".join(info.filename for info in members) or "no files"
        raise InputError(
            f"{path}: a .zip archive must contain exactly one supported file, but it contains {names}; "
            "extract the file you want and add it instead",
            code="zip_members", path=str(path), members=[info.filename for info in members],
        )
    return supported[0]
