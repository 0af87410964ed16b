"""Blocks: the unit every document reader produces, and the steps all formats share.

A block is one paragraph, heading, list item, table, text box, header or footer, in reading
order. `blocks_to_table` turns a list of blocks into the `SourceTable` frame the document
contract describes: String columns `text`, `heading_path`, `page` and `kind`, plus the
reserved provenance columns, with `__source_row` the 1-based block number.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from core.readers import NONTEXT, REJECT, SOURCE_FILE, SOURCE_ROW

HEADING_SEPARATOR = " > "

# Block kinds that are not body text; chunking leaves them out unless asked.
NON_BODY_KINDS = frozenset({"header", "footer"})

_CJK_CLASS = (
    "\u2e80-\u2fdf\u3000-\u303f\u3040-\u309f\u30a0-\u30ff\u3100-\u312f\u3190-\u31ff"
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef\uac00-\ud7af"
)
CJK_CHAR = re.compile(f"[{_CJK_CLASS}]")

_NUMERAL = "〇零一二三四五六七八九十百千0-9０-９"
# "第一章 总则", "第二編", "第三节": a chapter-like line of Chinese or Japanese statutes.
_CHAPTER_LINE = re.compile(rf"^第[{_NUMERAL}]+([编編章节節款])(?:[\s\u3000]+\S.{{0,40}})?$")
_CHAPTER_LEVEL = {"编": 1, "編": 1, "章": 2, "节": 3, "節": 3, "款": 4}
# "(趣旨)": a Japanese article caption, which belongs to the article right after it.
_ARTICLE_CAPTION = re.compile(r"^[（(][^（）()]{1,40}[）)]$")
# "第一条 …", "第十二条之一 …": an article that starts a paragraph.
_ARTICLE_START = re.compile(rf"^(第[{_NUMERAL}]+条(?:之[{_NUMERAL}]+|の[{_NUMERAL}]+)?)(?=[\s\u3000]|$)")


@dataclass
class Block:
    """One section or block of a document, in reading order."""

    text: str
    kind: str = "paragraph"
    page: str = ""
    level: int = 0
    """Heading level, 1 for the top; 0 for anything that is not a heading."""
    heading_path: str = ""


def join_lines(lines: list[str]) -> str:
    """Join the lines of one paragraph, without a space where either side is CJK.

    A line ending in a hyphen after a letter is joined to the next line without the hyphen
    when the next line starts with a lowercase letter (a word broken at the line end).
    """
    result = ""
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if not result:
            result = line
            continue
        if result.endswith("-") and len(result) > 1 and result[-2].isalpha() and line[0].islower():
            result = result[:-1] + line
        elif CJK_CHAR.match(result[-1]) or CJK_CHAR.match(line[0]):
            result += line
        else:
            result += " " + line
    return result


def clean_block_text(text: str) -> str:
    """Normalize line ends, drop control characters and trailing spaces, trim the block."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    text = "".join(
        ch for ch in text if ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cf")
    )
    lines = [line.rstrip() for line in text.split("\n")]
    return "\n".join(lines).strip("\n").strip()


def mark_statute_headings(blocks: list[Block]) -> None:
    """Treat short paragraphs such as "第一章 总则" as headings when they carry no heading markup."""
    for block in blocks:
        if block.kind != "paragraph" or block.level or "\n" in block.text:
            continue
        match = _CHAPTER_LINE.match(block.text)
        if match:
            block.kind = "heading"
            block.level = _CHAPTER_LEVEL[match.group(1)]


def assign_heading_paths(blocks: list[Block]) -> None:
    """Set each block's `heading_path` from the headings above it and "第N条" articles.

    A heading is part of its own path. A paragraph starting with an article number such as
    "第一条" adds that number under the current headings, for itself and the paragraphs
    after it, until the next article or heading. A caption such as "(趣旨)" right before
    an article belongs to that article.
    """
    stack: list[tuple[int, str]] = []
    article = ""
    for index, block in enumerate(blocks):
        if block.kind == "heading" and block.level:
            while stack and stack[-1][0] >= block.level:
                stack.pop()
            stack.append((block.level, " ".join(block.text.split())))
            article = ""
            block.heading_path = HEADING_SEPARATOR.join(title for _, title in stack)
            continue
        if block.kind in NON_BODY_KINDS:
            block.heading_path = ""
            continue
        match = _ARTICLE_START.match(block.text)
        if match is None and _ARTICLE_CAPTION.match(block.text) and index + 1 < len(blocks):
            match = _ARTICLE_START.match(blocks[index + 1].text)
        if match:
            article = match.group(1)
        parts = [title for _, title in stack]
        if article:
            parts.append(article)
        block.heading_path = HEADING_SEPARATOR.join(parts)


def blocks_to_frame(blocks: list[Block], path: Path) -> pl.DataFrame:
    """Build the reader frame: one row per non-empty block, numbered from 1."""
    kept = [block for block in blocks if block.text.strip()]
    count = len(kept)
    return pl.DataFrame(
        {
            "text": [block.text for block in kept],
            "heading_path": [block.heading_path for block in kept],
            "page": [block.page for block in kept],
            "kind": [block.kind for block in kept],
            SOURCE_FILE: [str(path)] * count,
            SOURCE_ROW: list(range(1, count + 1)),
            REJECT: [None] * count,
            NONTEXT: [[] for _ in range(count)],
        },
        schema={
            "text": pl.String,
            "heading_path": pl.String,
            "page": pl.String,
            "kind": pl.String,
            SOURCE_FILE: pl.String,
            SOURCE_ROW: pl.Int64,
            REJECT: pl.String,
            NONTEXT: pl.List(pl.String),
        },
    )


def count_sections(blocks: list[Block]) -> int:
    """Count distinct heading paths of body blocks, at least 1 for a non-empty document."""
    paths = {block.heading_path for block in blocks if block.kind not in NON_BODY_KINDS and block.text}
    return len(paths)


def render_table(rows: list[list[str]]) -> str:
    """Render table rows as "column: value" lines when the first row is a header, else tab-separated.

    The first row counts as a header when the table has more rows and every header cell is
    filled and distinct.
    """
    rows = [[" ".join(cell.split()) for cell in row] for row in rows]
    rows = [row for row in rows if any(row)]
    if not rows:
        return ""
    header = rows[0]
    has_header = len(rows) > 1 and len(header) > 1 and all(header) and len(set(header)) == len(header)
    if not has_header:
        return "\n".join("\t".join(cell for cell in row if cell) for row in rows)
    lines = []
    for row in rows[1:]:
        pairs = [f"{name}: {value}" for name, value in zip(header, row, strict=False) if value]
        if pairs:
            lines.append("; ".join(pairs))
    return "\n".join(lines)
