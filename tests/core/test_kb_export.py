"""Knowledge Base export: cleaned documents with metadata sidecars."""

from __future__ import annotations

import shutil

import orjson
import pytest

from core.errors import UsageError
from core.kb_export import MAX_SIDECAR_BYTES, export_knowledge_base, metadata_attribute


def _sidecar(path):
    return orjson.loads(path.with_name(path.name + ".metadata.json").read_bytes())


def test_export_writes_markdown_and_sidecar(tmp_path, data_dir):
    source = tmp_path / "in" / "消费者权益保护法.md"
    source.parent.mkdir()
    shutil.copy(data_dir / "documents" / "消费者权益保护法(2013-10-25).md", source)
    result = export_knowledge_base([source], tmp_path / "kb", {"department": "legal", "year": 2013})

    assert result.skipped == []
    assert [path.name for path in result.written] == ["消费者权益保护法.md"]
    text = result.written[0].read_text(encoding="utf-8")
    assert text.startswith("# 中华人民共和国消费者权益保护法\n\n")
    assert "\n\n## 第一章 总则\n\n第一条 为保护消费者的合法权益" in text
    assert "INFO END" not in text
    assert _sidecar(result.written[0]) == {
        "metadataAttributes": {
            "department": {"value": {"type": "STRING", "stringValue": "legal"}, "includeForEmbedding": True},
            "year": {"value": {"type": "NUMBER", "numberValue": 2013}, "includeForEmbedding": True},
        }
    }


def test_export_docx_drops_header_and_tags(tmp_path, data_dir):
    result = export_knowledge_base([data_dir / "documents" / "payment.docx"], tmp_path, {"kind": "invoice"})
    assert [path.name for path in result.written] == ["payment.md"]
    text = result.written[0].read_text(encoding="utf-8")
    assert "{{" not in text
    assert "本文档由Poi-tL生成" not in text
    assert text.startswith("# 付款通知书")
    assert (tmp_path / "payment.md.metadata.json").is_file()


def test_export_copies_spreadsheets_and_skips_unknown(tmp_path):
    sheet = tmp_path / "faq.csv"
    sheet.write_text("q,a\n1,2\n", encoding="utf-8")
    slides = tmp_path / "deck.pptx"
    slides.write_bytes(b"PK")
    result = export_knowledge_base([sheet, slides], tmp_path / "kb", {"source": "faq"})
    assert [path.name for path in result.written] == ["faq.csv"]
    assert (tmp_path / "kb" / "faq.csv").read_bytes() == sheet.read_bytes()
    assert len(result.skipped) == 1
    assert result.skipped[0][0] == slides
    assert "does not accept .pptx" in result.skipped[0][1]


def test_export_per_file_attributes_and_name_clash(tmp_path):
    first = tmp_path / "a" / "notes.txt"
    second = tmp_path / "b" / "notes.md"
    for path in (first, second):
        path.parent.mkdir()
        path.write_text("本文。\n", encoding="utf-8")
    result = export_knowledge_base([first, second], tmp_path / "kb", {"team": "cs"},
                                   per_file={"notes.md": {"team": "legal", "reviewed": True}})
    assert [path.name for path in result.written] == ["notes.md", "notes-2.md"]
    attributes = _sidecar(result.written[1])["metadataAttributes"]
    assert attributes["team"]["value"] == {"type": "STRING", "stringValue": "legal"}
    assert attributes["reviewed"]["value"] == {"type": "BOOLEAN", "booleanValue": True}


def test_reserved_prefix_rejected(tmp_path):
    source = tmp_path / "a.txt"
    source.write_text("本文。", encoding="utf-8")
    with pytest.raises(UsageError) as caught:
        export_knowledge_base([source], tmp_path / "kb", {"x-amz-bedrock-kb-source": "a"})
    assert caught.value.code == "kb_attribute_reserved"
    assert not (tmp_path / "kb").exists()


def test_sidecar_over_10_kb_skipped(tmp_path):
    source = tmp_path / "a.txt"
    source.write_text("本文。", encoding="utf-8")
    result = export_knowledge_base([source], tmp_path / "kb", {"summary": "x" * MAX_SIDECAR_BYTES})
    assert result.written == []
    assert "over the 10 KB limit" in result.skipped[0][1]


def test_unreadable_document_skipped_with_reason(tmp_path):
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    result = export_knowledge_base([empty], tmp_path / "kb", {})
    assert result.written == []
    assert "empty" in result.skipped[0][1]


def test_attribute_types():
    assert metadata_attribute("tags", ["a", "b"])["value"] == {"type": "STRING_LIST", "stringListValue": ["a", "b"]}
    assert metadata_attribute("score", 1.5)["value"] == {"type": "NUMBER", "numberValue": 1.5}
    with pytest.raises(UsageError):
        metadata_attribute("bad", {"nested": 1})
