"""Export documents for an Amazon Bedrock Knowledge Base instead of training data.

Each document the readers understand (PDF, DOCX, HTML, Markdown, text) is written as
cleaned Markdown: body blocks in reading order, headings as `#` lines, running headers,
footers, page numbers and template tags left out. Files a Knowledge Base parses itself
(.csv, .xls, .xlsx, .doc) are copied unchanged. Beside every written file goes the metadata
sidecar Bedrock reads, `<file name incl. extension>.metadata.json`:

    {"metadataAttributes": {"department": {"value": {"type": "STRING", "stringValue": "legal"},
                                           "includeForEmbedding": true}}}

Limits that Bedrock documents and this module checks: a data file is at most 50 MB, a
sidecar at most 10 KB, and attribute keys must not start with the reserved prefix
`x-amz-bedrock`. A file that breaks a limit is left out with its reason, and the others go
on. Every file is written atomically.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path

import orjson

from core.atomic import atomic_path, atomic_write_bytes
from core.errors import TuneDataError, UsageError
from core.progress import NEVER_CANCELLED, CancelToken, ProgressCallback, no_progress
from core.readers.doc_common import HEADING_SEPARATOR, NON_BODY_KINDS
from core.recipe import SourceSpec

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_SIDECAR_BYTES = 10 * 1024
RESERVED_PREFIX = "x-amz-bedrock"
SIDECAR_SUFFIX = ".metadata.json"
CLEANED_SUFFIXES = {".pdf", ".docx", ".html", ".htm", ".md", ".markdown", ".txt"}
COPIED_SUFFIXES = {".csv", ".xls", ".xlsx", ".doc"}

AttributeValue = str | int | float | bool | list[str]


@dataclass
class KbExportResult:
    """Files written by an export, and input files left out with the reason."""

    written: list[Path] = field(default_factory=list)
    """Data files written, each with its sidecar beside it."""
    skipped: list[tuple[Path, str]] = field(default_factory=list)
    """Input files left out, each with the reason in plain English."""


def metadata_attribute(key: str, value: AttributeValue) -> dict[str, object]:
    """Build one sidecar attribute in the typed form Bedrock embeds.

    Raises:
        UsageError: the key is empty or reserved, or the value is not a string, number,
            boolean or list of strings.
    """
    if not key.strip():
        raise UsageError("a metadata attribute has an empty name; give every attribute a name",
                         code="kb_attribute_empty")
    if key.lower().startswith(RESERVED_PREFIX):
        raise UsageError(
            f"metadata attribute {key!r} starts with the reserved prefix {RESERVED_PREFIX}; rename it",
            code="kb_attribute_reserved", key=key,
        )
    if isinstance(value, bool):
        typed: dict[str, object] = {"type": "BOOLEAN", "booleanValue": value}
    elif isinstance(value, (int, float)):
        typed = {"type": "NUMBER", "numberValue": value}
    elif isinstance(value, str):
        typed = {"type": "STRING", "stringValue": value}
    elif isinstance(value, list) and all(isinstance(item, str) for item in value):
        typed = {"type": "STRING_LIST", "stringListValue": value}
    else:
        raise UsageError(
            f"metadata attribute {key!r} has a value of type {type(value).__name__}; "
            "use text, a number, true/false or a list of texts",
            code="kb_attribute_type", key=key,
        )
    return {"value": typed, "includeForEmbedding": True}


def sidecar_bytes(attributes: dict[str, AttributeValue]) -> bytes:
    """Serialize a metadata sidecar; raise UsageError for an invalid attribute."""
    body = {"metadataAttributes": {key: metadata_attribute(key, value) for key, value in attributes.items()}}
    return orjson.dumps(body, option=orjson.OPT_INDENT_2)


def export_knowledge_base(
    files: list[Path],
    out_dir: Path,
    attributes: dict[str, AttributeValue],
    *,
    per_file: dict[str, dict[str, AttributeValue]] | None = None,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken = NEVER_CANCELLED,
) -> KbExportResult:
    """Write cleaned documents and their metadata sidecars into `out_dir`.

    `attributes` apply to every file; `per_file` maps an input file name to attributes
    that add to or replace them for that file.

    Raises:
        UsageError: an attribute is reserved or of an unsupported type (checked before
            anything is written).
        Cancelled: `cancel` was set.
    """
    sidecar_bytes(attributes)  # validate the shared attributes once, before writing
    out_dir = Path(out_dir)
    result = KbExportResult()
    used_names: set[str] = set()

    for index, source in enumerate(files):
        cancel.raise_if_cancelled()
        progress("knowledge base files", index, len(files))
        source = Path(source)
        merged = {**attributes, **(per_file or {}).get(source.name, {})}
        try:
            target = _export_one(source, out_dir, merged, used_names, cancel)
        except TuneDataError as exc:
            result.skipped.append((source, exc.message))
            continue
        result.written.append(target)
    progress("knowledge base files", len(files), len(files))
    return result


def _export_one(source: Path, out_dir: Path, attributes: dict, used_names: set[str], cancel: CancelToken) -> Path:
    suffix = source.suffix.lower()
    if suffix not in CLEANED_SUFFIXES | COPIED_SUFFIXES:
        allowed = ", ".join(sorted(CLEANED_SUFFIXES | COPIED_SUFFIXES))
        raise UsageError(
            f"{source}: a Knowledge Base does not accept {suffix or 'files without an extension'}; use {allowed}",
            code="kb_file_type", path=str(source),
        )
    sidecar = sidecar_bytes(attributes)
    if len(sidecar) > MAX_SIDECAR_BYTES:
        raise UsageError(
            f"{source}: its metadata is {len(sidecar):,} bytes, over the 10 KB limit; use fewer or shorter attributes",
            code="kb_sidecar_too_large", path=str(source), size=len(sidecar),
        )

    if suffix in COPIED_SUFFIXES:
        size = source.stat().st_size
        _check_size(source, size)
        target = out_dir / _unique_name(source.name, used_names)
        with atomic_path(target) as tmp:
            shutil.copyfile(source, tmp)
    else:
        data = document_markdown(source, cancel=cancel).encode("utf-8")
        _check_size(source, len(data))
        name = source.stem + ".md" if suffix not in (".md", ".markdown") else source.name
        target = out_dir / _unique_name(name, used_names)
        atomic_write_bytes(target, data)

    atomic_write_bytes(target.with_name(target.name + SIDECAR_SUFFIX), sidecar)
    return target


def _check_size(source: Path, size: int) -> None:
    if size > MAX_FILE_BYTES:
        raise UsageError(
            f"{source}: {size / 1024 / 1024:.1f} MB is over the 50 MB Knowledge Base limit; split the document",
            code="kb_file_too_large", path=str(source), size=size,
        )


def _unique_name(name: str, used: set[str]) -> str:
    candidate, number = name, 2
    stem, dot, extension = name.rpartition(".")
    while candidate.lower() in used:
        candidate = f"{stem}-{number}{dot}{extension}" if dot else f"{name}-{number}"
        number += 1
    used.add(candidate.lower())
    return candidate


def document_markdown(source: Path, *, cancel: CancelToken = NEVER_CANCELLED) -> str:
    """Read a document and render its body blocks as Markdown.

    Raises:
        InputError: the document cannot be read (see `read_document`).
    """
    from core.readers.documents import read_document

    table = read_document(source, SourceSpec(path=str(source)), cancel=cancel)
    parts: list[str] = []
    for text, kind, heading_path in table.frame.select("text", "kind", "heading_path").iter_rows():
        if kind in NON_BODY_KINDS:
            continue
        if kind == "heading":
            depth = min(heading_path.count(HEADING_SEPARATOR) + 1, 6)
            parts.append("#" * depth + " " + " ".join(text.split()))
        else:
            parts.append(text)
    return "\n\n".join(parts) + "\n"
