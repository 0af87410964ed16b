"""Chunking document blocks into records within a token budget."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from core.chunking import chunk_document_table, split_sentences
from core.errors import UsageError
from core.readers import NONTEXT, REJECT, SOURCE_FILE, SOURCE_ROW, SourceTable
from core.readers.documents import read_document
from core.recipe import SourceSpec
from core.tokens import estimate_tokens_script

LAW = "消费者权益保护法(2013-10-25).md"
SENTENCE_ENDS = ("。", "！", "？", "!", "?", ".", "）", "」")


def _table(blocks: list[tuple[str, str, str, str]], path: str = "doc.pdf") -> SourceTable:
    """Build a reader table from (text, kind, heading_path, page) tuples."""
    count = len(blocks)
    frame = pl.DataFrame(
        {
            "text": [block[0] for block in blocks],
            "heading_path": [block[2] for block in blocks],
            "page": [block[3] for block in blocks],
            "kind": [block[1] for block in blocks],
            SOURCE_FILE: [path] * count,
            SOURCE_ROW: list(range(1, count + 1)),
            REJECT: [None] * count,
            NONTEXT: [[] for _ in range(count)],
        },
        schema_overrides={REJECT: pl.String, NONTEXT: pl.List(pl.String)},
    )
    return SourceTable(path=Path(path), format="pdf", frame=frame, details={"kind": "document", "pages": 3})


def test_split_sentences_keeps_every_character():
    text = "第一句。第二句！Third one. Fourth?\n最后一行没有句号"
    pieces = split_sentences(text)
    assert pieces == ["第一句。", "第二句！", "Third one. ", "Fourth?\n", "最后一行没有句号"]
    assert "".join(pieces) == text


def test_split_sentences_keeps_decimals_whole():
    assert split_sentences("税率は3.5%です。次へ") == ["税率は3.5%です。", "次へ"]


def test_chunks_respect_budget_and_sentence_ends(data_dir):
    table = read_document(data_dir / "documents" / LAW, SourceSpec(path=LAW))
    chunks = chunk_document_table(table, 120)
    texts = chunks.frame["text"].to_list()
    assert all(estimate_tokens_script(text) <= 120 for text in texts)
    long_sentences = [
        sentence for text in table.frame["text"].to_list() for sentence in split_sentences(text)
        if estimate_tokens_script(sentence) > 120
    ]
    lines = [line for text in table.frame["text"].to_list() for line in text.split("\n")]
    for text, following in zip(texts, texts[1:], strict=False):
        if text.endswith(SENTENCE_ENDS) or any(line.endswith(text.split("\n")[-1][-12:]) for line in lines):
            continue
        # A record may end inside a line only when its sentence alone is over the budget.
        seam = text[-8:] + following[:8]
        assert any(seam in sentence for sentence in long_sentences), seam
    assert chunks.frame[SOURCE_ROW].to_list() == list(range(1, len(texts) + 1))
    assert chunks.details["chunks"] == len(texts)


def test_chunks_start_new_record_at_heading(data_dir):
    table = read_document(data_dir / "documents" / LAW, SourceSpec(path=LAW))
    chunks = chunk_document_table(table, 2000)
    texts = chunks.frame["text"].to_list()
    chapter_two = [text for text in texts if "第二章 消费者的权利" in text]
    assert len(chapter_two) == 1
    assert chapter_two[0].startswith("第二章 消费者的权利\n第七条")
    assert chunks.frame["heading_path"][texts.index(chapter_two[0])] == "中华人民共和国消费者权益保护法 > 第二章 消费者的权利"


def test_chunk_text_keeps_all_body_text(data_dir):
    table = read_document(data_dir / "documents" / LAW, SourceSpec(path=LAW))
    chunks = chunk_document_table(table, 200)
    assert "".join(chunks.frame["text"].to_list()).replace("\n", "") == "".join(table.frame["text"].to_list()).replace("\n", "")


def test_long_block_split_at_sentences():
    sentence = "本条款适用于所有通过本公司网站购买的商品。"  # 21 CJK characters
    table = _table([(sentence * 10, "paragraph", "", "4")])
    chunks = chunk_document_table(table, 50)
    texts = chunks.frame["text"].to_list()
    assert texts == [sentence * 2] * 5
    assert chunks.frame["page"].to_list() == ["4"] * 5
    assert chunks.frame["blocks"].to_list() == ["1"] * 5


def test_sentence_longer_than_budget_cut_at_budget():
    table = _table([("あ" * 130, "paragraph", "", "1")])
    texts = chunk_document_table(table, 50).frame["text"].to_list()
    assert [len(text) for text in texts] == [50, 50, 30]


def test_overlap_repeats_last_sentences():
    blocks = [(f"这是第{n}句话，内容比较长一些。", "paragraph", "第一章", "1") for n in "一二三四五六"]
    chunks = chunk_document_table(_table(blocks), 40, overlap_tokens=16)
    texts = chunks.frame["text"].to_list()
    assert texts[0] == "这是第一句话，内容比较长一些。\n这是第二句话，内容比较长一些。"
    assert texts[1].startswith("这是第二句话，内容比较长一些。\n这是第三句话")
    assert all(estimate_tokens_script(text) <= 40 for text in texts)


def test_no_overlap_across_headings():
    blocks = [
        ("第一章", "heading", "第一章", "1"),
        ("甲" * 30 + "。", "paragraph", "第一章", "1"),
        ("第二章", "heading", "第二章", "2"),
        ("乙" * 30 + "。", "paragraph", "第二章", "2"),
    ]
    texts = chunk_document_table(_table(blocks), 40, overlap_tokens=20).frame["text"].to_list()
    assert texts == ["第一章\n" + "甲" * 30 + "。", "第二章\n" + "乙" * 30 + "。"]


def test_provenance_pages_and_sections():
    blocks = [
        ("第一章 总则", "heading", "第一章 总则", "1"),
        ("第一条 内容一。", "paragraph", "第一章 总则 > 第一条", "1"),
        ("第二条 内容二。", "paragraph", "第一章 总则 > 第二条", "2"),
        ("页眉", "header", "", "2"),
    ]
    chunks = chunk_document_table(_table(blocks), 500)
    row = chunks.frame.row(0, named=True)
    assert row["text"] == "第一章 总则\n第一条 内容一。\n第二条 内容二。"
    assert row["page"] == "1-2"
    assert row["blocks"] == "1-3"
    assert row["sections"] == "第一章 总则 | 第一章 总则 > 第一条 | 第一章 总则 > 第二条"
    assert chunks.details["blocks_left_out"] == 1


def test_header_included_when_asked():
    blocks = [("页眉", "header", "", "1"), ("正文。", "paragraph", "", "1")]
    chunks = chunk_document_table(_table(blocks), 500, include_kinds=frozenset({"header"}))
    assert chunks.frame["text"].to_list() == ["页眉\n正文。"]


def test_chunks_numbered_per_file():
    first = _table([("一。", "paragraph", "", "1")], "a.pdf")
    second = _table([("二。", "paragraph", "", "1")], "b.pdf")
    both = SourceTable(path=Path("a.pdf"), format="pdf", frame=pl.concat([first.frame, second.frame]))
    chunks = chunk_document_table(both, 100)
    assert chunks.frame.select(SOURCE_FILE, SOURCE_ROW).rows() == [("a.pdf", 1), ("b.pdf", 1)]


@pytest.mark.parametrize(("max_tokens", "overlap"), [(0, 0), (100, 60), (100, -1)])
def test_invalid_budget_raises(max_tokens, overlap):
    with pytest.raises(UsageError) as caught:
        chunk_document_table(_table([("一。", "paragraph", "", "1")]), max_tokens, overlap)
    assert caught.value.code in ("chunk_tokens_invalid", "overlap_tokens_invalid")
