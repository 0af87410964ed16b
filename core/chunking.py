"""Merge document blocks into records that fit a token budget.

`chunk_document_table` takes the table a document reader returns (one row per block) and
packs consecutive blocks of one file into records of at most `max_tokens` tokens by the
script-aware estimate (1 token per CJK character, other characters ÷ 4). A heading always
starts a new record, so a record never spans two sections unless a section is only
headings. A block larger than the budget is split at sentence ends (。！？!? , a period
before white space, or a line break), and a sentence larger than the budget at the last
space that fits, else at the budget. With `overlap_tokens`, a record that continues the
same section starts with the last whole sentences of the previous record, up to that many
tokens.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import polars as pl

from core.errors import UsageError
from core.readers import NONTEXT, REJECT, SOURCE_FILE, SOURCE_ROW, SourceTable
from core.readers.doc_common import CJK_CHAR, NON_BODY_KINDS
from core.tokens import estimate_tokens_script

BLOCK_SEPARATOR = "\n"
_SENTENCE_END = re.compile(r"(?:[。！？!?]+[」』）)\]\"'”’]*|\.+[)\]\"'”’]*(?=\s)|\n)\s*")


@dataclass
class _Unit:
    """A whole block, or one piece of a block that was too large for the budget."""

    text: str
    tokens: int
    block: int
    page: str
    heading_path: str
    is_heading: bool
    joins_previous: bool = False
    """True for the second and later pieces of one block, which are joined without a separator."""


@dataclass
class _Chunk:
    units: list[_Unit] = field(default_factory=list)
    tokens: int = 0
    overlap: str = ""

    @property
    def has_body(self) -> bool:
        return any(not unit.is_heading for unit in self.units)

    def cost_of(self, unit: _Unit) -> int:
        if not self.units and not self.overlap:
            return unit.tokens
        return unit.tokens + (0 if unit.joins_previous else estimate_tokens_script(BLOCK_SEPARATOR))

    def text(self) -> str:
        parts: list[str] = [self.overlap] if self.overlap else []
        for unit in self.units:
            if parts and not unit.joins_previous:
                parts.append(BLOCK_SEPARATOR)
            parts.append(unit.text)
        return "".join(parts).strip()


def split_sentences(text: str) -> list[str]:
    """Split text after each sentence end, keeping every character in exactly one piece."""
    pieces: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if match.end() > start:
            pieces.append(text[start:match.end()])
            start = match.end()
    if start < len(text):
        pieces.append(text[start:])
    return pieces


def chunk_document_table(
    table: SourceTable,
    max_tokens: int,
    overlap_tokens: int = 0,
    *,
    include_kinds: frozenset[str] = frozenset(),
) -> SourceTable:
    """Merge a document table's blocks into records of at most `max_tokens` estimated tokens.

    Blocks of kind header and footer are left out unless named in `include_kinds`.

    The result has these String columns:
    - `text`: the record;
    - `heading_path`: the heading path of the record's first block;
    - `sections`: every heading path the record covers, joined by " | ";
    - `page`: "3" or "3-5", and "" when the format is not paged;
    - `blocks`: the source block numbers, such as "4-9".
    It also has the reserved columns, with `__source_row` the 1-based record number within its file.

    Raises:
        UsageError: `max_tokens` is below 1, or `overlap_tokens` is not below half of it.
    """
    if max_tokens < 1:
        raise UsageError(
            f"chunk size {max_tokens} tokens is too small; use at least 1",
            code="chunk_tokens_invalid", max_tokens=max_tokens,
        )
    if overlap_tokens < 0 or (overlap_tokens and overlap_tokens * 2 > max_tokens):
        raise UsageError(
            f"overlap of {overlap_tokens} tokens must be at most half the chunk size ({max_tokens} tokens); "
            "lower the overlap or raise the chunk size",
            code="overlap_tokens_invalid", overlap_tokens=overlap_tokens, max_tokens=max_tokens,
        )

    frame = table.frame
    excluded = NON_BODY_KINDS - include_kinds
    kinds = frame["kind"] if "kind" in frame.columns else pl.Series([""] * frame.height)
    keep = ~kinds.is_in(list(excluded)) & frame[REJECT].is_null()
    excluded_count = frame.height - int(keep.sum())
    body = frame.filter(keep)

    rows: dict[str, list] = {
        "text": [], "heading_path": [], "sections": [], "page": [], "blocks": [],
        SOURCE_FILE: [], SOURCE_ROW: [],
    }
    for (source_file,), group in body.group_by(SOURCE_FILE, maintain_order=True):
        units = _units(group, max_tokens)
        for number, chunk in enumerate(_pack(units, max_tokens, overlap_tokens), start=1):
            _append_row(rows, chunk, source_file, number)

    count = len(rows["text"])
    out = pl.DataFrame(
        {**rows, REJECT: [None] * count, NONTEXT: [[] for _ in range(count)]},
        schema={
            "text": pl.String, "heading_path": pl.String, "sections": pl.String, "page": pl.String,
            "blocks": pl.String, SOURCE_FILE: pl.String, SOURCE_ROW: pl.Int64, REJECT: pl.String,
            NONTEXT: pl.List(pl.String),
        },
    )
    details = dict(table.details)
    details.update(chunks=count, chunk_tokens=max_tokens, overlap_tokens=overlap_tokens, blocks_left_out=excluded_count)
    return SourceTable(
        path=table.path, format=table.format, frame=out, encoding=table.encoding, sheet=table.sheet,
        problems=list(table.problems), details=details,
    )


def _units(group: pl.DataFrame, max_tokens: int) -> list[_Unit]:
    kinds = group["kind"].to_list() if "kind" in group.columns else [""] * group.height
    pages = group["page"].to_list() if "page" in group.columns else [""] * group.height
    paths = group["heading_path"].to_list() if "heading_path" in group.columns else [""] * group.height
    units: list[_Unit] = []
    for text, block, kind, page, path in zip(
        group["text"].to_list(), group[SOURCE_ROW].to_list(), kinds, pages, paths, strict=True
    ):
        text = (text or "").strip()
        if not text:
            continue
        tokens = estimate_tokens_script(text)
        is_heading = kind == "heading"
        if tokens <= max_tokens:
            units.append(_Unit(text, tokens, block, page or "", path or "", is_heading))
            continue
        for index, piece in enumerate(_pieces(text, max_tokens)):
            units.append(_Unit(piece, estimate_tokens_script(piece), block, page or "", path or "",
                               is_heading, joins_previous=index > 0))
    return units


def _pieces(text: str, max_tokens: int) -> list[str]:
    """Split an oversized block into pieces within budget, at sentence ends where possible."""
    pieces: list[str] = []
    current = ""
    for sentence in split_sentences(text):
        for part in _split_long(sentence, max_tokens):
            if current and estimate_tokens_script(current + part) > max_tokens:
                pieces.append(current)
                current = ""
            current += part
    if current:
        pieces.append(current)
    return pieces


def _split_long(sentence: str, max_tokens: int) -> list[str]:
    """Cut a sentence longer than the budget, preferring the last space that fits."""
    parts: list[str] = []
    while estimate_tokens_script(sentence) > max_tokens:
        cut = _fitting_prefix_length(sentence, max_tokens)
        space = sentence.rfind(" ", 0, cut)
        if space > cut // 2:
            cut = space + 1
        parts.append(sentence[:cut])
        sentence = sentence[cut:]
    if sentence:
        parts.append(sentence)
    return parts


def _fitting_prefix_length(text: str, max_tokens: int) -> int:
    """Return the longest prefix length whose estimate stays within `max_tokens` (at least 1)."""
    cjk = other = 0
    for index, char in enumerate(text):
        if CJK_CHAR.match(char):
            cjk += 1
        else:
            other += 1
        if cjk + -(-other // 4) > max_tokens:
            return max(index, 1)
    return len(text)


def _pack(units: list[_Unit], max_tokens: int, overlap_tokens: int) -> list[_Chunk]:
    chunks: list[_Chunk] = []
    current = _Chunk()
    for unit in units:
        if unit.is_heading and not unit.joins_previous and current.has_body:
            chunks.append(current)
            current = _Chunk()
        elif current.units and current.tokens + current.cost_of(unit) > max_tokens:
            chunks.append(current)
            current = _Chunk()
            same_section = chunks[-1].units[-1].heading_path == unit.heading_path
            if overlap_tokens and same_section:
                overlap = _tail_sentences(chunks[-1].text(), overlap_tokens)
                if overlap and estimate_tokens_script(overlap) + 1 + unit.tokens <= max_tokens:
                    current.overlap = overlap
                    current.tokens = estimate_tokens_script(overlap)
        current.tokens += current.cost_of(unit)
        current.units.append(unit)
    if current.units:
        chunks.append(current)
    return chunks


def _tail_sentences(text: str, overlap_tokens: int) -> str:
    """Return the last whole sentences of `text` whose estimate fits `overlap_tokens`."""
    tail = ""
    for sentence in reversed(split_sentences(text)):
        candidate = sentence + tail
        if estimate_tokens_script(candidate.strip()) > overlap_tokens:
            break
        tail = candidate
    return tail.strip()


def _append_row(rows: dict[str, list], chunk: _Chunk, source_file: str, number: int) -> None:
    sections: list[str] = []
    for unit in chunk.units:
        if unit.heading_path and unit.heading_path not in sections:
            sections.append(unit.heading_path)
    pages = [unit.page for unit in chunk.units if unit.page]
    blocks = [unit.block for unit in chunk.units]
    rows["text"].append(chunk.text())
    rows["heading_path"].append(chunk.units[0].heading_path)
    rows["sections"].append(" | ".join(sections))
    rows["page"].append(_span(pages[0], pages[-1]) if pages else "")
    rows["blocks"].append(_span(str(blocks[0]), str(blocks[-1])))
    rows[SOURCE_FILE].append(source_file)
    rows[SOURCE_ROW].append(number)


def _span(first: str, last: str) -> str:
    return first if first == last else f"{first}-{last}"

