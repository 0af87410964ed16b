"""Documents as sources: PDF, DOCX, HTML, Markdown and plain text.

`read_document` returns one row per section or block in reading order, with String columns
`text`, `heading_path` (for example "第一章 总则 > 第一条"), `page` (page number as text, ""
when the format is not paged) and `kind` (paragraph, heading, list, table, textbox, code,
quote, header, footer, footnote, endnote), plus the reserved provenance columns;
`__source_row` is the 1-based block number. `core.chunking.chunk_document_table` then
merges the blocks into records within a token budget.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from core.errors import InputError
from core.progress import NEVER_CANCELLED, CancelToken, ProgressCallback, no_progress
from core.readers import Problem, SourceTable
from core.readers.doc_common import (
    Block,
    assign_heading_paths,
    blocks_to_frame,
    count_sections,
    mark_statute_headings,
)
from core.recipe import SourceSpec

DOCUMENT_FORMATS = ("pdf", "docx", "html", "markdown", "text")
_SUFFIX_FORMATS = {
    ".pdf": "pdf", ".docx": "docx", ".html": "html", ".htm": "html", ".xhtml": "html",
    ".md": "markdown", ".markdown": "markdown", ".txt": "text", ".text": "text",
}


def read_document(
    path: Path,
    spec: SourceSpec,
    *,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken = NEVER_CANCELLED,
) -> SourceTable:
    """Read one document into a table of blocks in reading order.

    Raises:
        InputError: the file is empty, password-protected, damaged, or yields no text.
        Cancelled: `cancel` was set.
    """
    path = Path(path)
    fmt = spec.format if spec.format in DOCUMENT_FORMATS else _SUFFIX_FORMATS.get(path.suffix.lower(), "text")
    if not path.is_file():
        raise InputError(f"{path}: file not found; check the path or add the file again",
                         code="file_not_found", path=str(path))

    problems: list[Problem] = []
    details: dict[str, object] = {"kind": "document", "format": fmt, "pages": 0, "skipped_pages": []}
    encoding: str | None = None

    if fmt == "pdf":
        from core.readers.doc_pdf import read_pdf

        pdf = read_pdf(path, progress=progress, cancel=cancel)
        blocks = pdf.blocks
        problems += pdf.problems
        details.update(pages=pdf.pages, skipped_pages=pdf.skipped_pages,
                       repeated_lines_removed=pdf.repeated_lines_removed)
    elif fmt == "docx":
        from core.readers.doc_docx import read_docx

        result = read_docx(path, progress=progress, cancel=cancel)
        blocks = result.blocks
        details.update(pages=result.pages, placeholders_removed=result.placeholders_removed,
                       textboxes=result.textboxes, tables=result.tables, notes=result.notes)
        if result.placeholders_removed:
            problems.append(Problem(
                "docx_placeholders_removed",
                f"{path}: {result.placeholders_removed} template tags such as {{{{name}}}} were removed",
            ))
    elif fmt == "html":
        from core.readers.doc_markup import read_html

        blocks, decoded, removed = read_html(path, spec.encoding)
        encoding, problems = decoded.encoding, problems + decoded.problems
        details["boilerplate_elements_removed"] = removed
    else:
        from core.readers.doc_markup import decode_file, parse_markdown, parse_text

        decoded = decode_file(path, spec.encoding)
        encoding, problems = decoded.encoding, problems + decoded.problems
        if fmt == "markdown":
            blocks, had_front_matter = parse_markdown(decoded.text)
            details["front_matter_removed"] = had_front_matter
        else:
            blocks = parse_text(decoded.text)

    cancel.raise_if_cancelled()
    mark_statute_headings(blocks)
    assign_heading_paths(blocks)
    _check_not_empty(path, fmt, blocks, details)
    frame = blocks_to_frame(blocks, path)
    kinds = Counter(block.kind for block in blocks if block.text.strip())
    details.update(sections=count_sections(blocks), blocks=frame.height, block_kinds=dict(sorted(kinds.items())))
    return SourceTable(path=path, format=fmt, frame=frame, encoding=encoding, problems=problems, details=details)


def _check_not_empty(path: Path, fmt: str, blocks: list[Block], details: dict[str, object]) -> None:
    if any(block.text.strip() and block.kind not in ("header", "footer") for block in blocks):
        return
    skipped = details.get("skipped_pages") or []
    if fmt == "pdf" and skipped:
        pages = ", ".join(str(page) for page in skipped)
        raise InputError(
            f"{path}: no page has extractable text (pages {pages} are scanned images or use unmapped fonts); "
            "run OCR on the PDF and add it again",
            code="document_no_text", path=str(path), pages=pages,
        )
    raise InputError(
        f"{path}: the document contains no text; check that it is the right file",
        code="document_no_text", path=str(path),
    )
