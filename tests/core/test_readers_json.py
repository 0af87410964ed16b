"""JSON Lines and JSON array reading: one row per line or element, nothing lost."""

from __future__ import annotations

import zipfile
from pathlib import Path

import polars as pl
import pytest

from core.errors import InputError
from core.readers import NONTEXT, REJECT, SOURCE_ROW, SourceTable, read_source
from core.recipe import SourceSpec

READERS = Path(__file__).parent.parent / "data" / "readers"


def read(path: Path, **spec: str) -> SourceTable:
    return read_source(SourceSpec(path=str(path), **spec))


def test_bedrock_case_reads_five_rows() -> None:
    table = read(READERS / "case01_train.jsonl")

    assert table.format == "jsonl"
    assert table.frame.height == 5
    assert table.frame[SOURCE_ROW].to_list() == [1, 2, 3, 5, 6]
    assert table.columns == ["prompt", "completion", "id", "category", "Prompt", "Completion"]


def test_bedrock_case_problems() -> None:
    table = read(READERS / "case01_train.jsonl")

    assert [(problem.code, problem.line) for problem in table.problems] == [("utf8_bom", 1), ("blank_line", 4)]
    assert table.problems[1].message == "line 4: blank line skipped"
    assert table.encoding == "UTF-8 with BOM"


def test_bedrock_case_values() -> None:
    frame = read(READERS / "case01_train.jsonl").frame
    by_line = {row[SOURCE_ROW]: row for row in frame.iter_rows(named=True)}

    assert by_line[3]["completion"] == "30"
    assert by_line[3][NONTEXT] == ["completion"]
    assert by_line[2]["id"] == "17"
    assert by_line[2][NONTEXT] == ["id"]
    assert by_line[5]["prompt"] is None
    assert by_line[5]["completion"] is None
    assert by_line[5]["Prompt"] == "Can I change my delivery address?"
    assert by_line[5]["Completion"] is not None
    assert "“账户设置 > 安全”" in by_line[6]["completion"]
    assert frame[REJECT].null_count() == 5


def test_invalid_line_becomes_rejected_row(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"prompt": "a", "completion": "b"}\n{"prompt": "c", \n[1, 2]\n', encoding="utf-8")

    table = read(path)

    assert table.frame[SOURCE_ROW].to_list() == [1, 2, 3]
    rejects = table.frame[REJECT].to_list()
    assert rejects[0] is None
    assert rejects[1].startswith("line 2: invalid JSON (")
    assert rejects[2] == "line 3: not a JSON object (found a list)"
    assert table.frame["prompt"].to_list() == ["a", None, None]


def test_nested_values_kept_as_json_text(tmp_path: Path) -> None:
    path = tmp_path / "chat.jsonl"
    path.write_text(
        '{"messages": [{"role": "user", "content": "你好"}], "meta": {"ok": true}, "flag": false, "n": null}\n',
        encoding="utf-8",
    )

    row = read(path).frame.row(0, named=True)

    assert row["messages"] == '[{"role":"user","content":"你好"}]'
    assert row["meta"] == '{"ok":true}'
    assert row["flag"] == "false"
    assert row["n"] is None
    assert row[NONTEXT] == ["flag"]


def test_columns_are_union_in_first_seen_order(tmp_path: Path) -> None:
    path = tmp_path / "keys.jsonl"
    path.write_text('{"b": "1"}\n{"a": "2", "b": "3"}\n{"c": "4"}\n', encoding="utf-8")

    table = read(path)

    assert table.columns == ["b", "a", "c"]
    assert table.frame.schema["a"] == pl.String
    assert table.frame["a"].to_list() == [None, "2", None]


def test_gbk_jsonl_is_transcoded(tmp_path: Path) -> None:
    path = tmp_path / "gbk.jsonl"
    path.write_bytes('{"prompt": "如何退货？", "completion": "在订单页申请退货，然后等待审核。"}\n'.encode("gbk"))

    table = read(path)

    assert table.encoding == "GB18030 (GBK)"
    assert table.frame["prompt"][0] == "如何退货？"


def test_json_array_rows_and_indexes() -> None:
    table = read(READERS / "abcd_sample.json")

    assert table.format == "json"
    assert table.columns == ["convo_id", "scenario", "original", "delexed"]
    assert table.frame[SOURCE_ROW].to_list() == [1, 2, 3]
    assert table.frame["convo_id"].to_list() == ["3592", "9489", "3695"]
    assert table.frame[NONTEXT].to_list() == [["convo_id"]] * 3
    assert table.frame["original"][0].startswith('[["agent","Hi!"]')


def test_json_wrapper_object_is_unwrapped(tmp_path: Path) -> None:
    path = tmp_path / "wrapped.json"
    path.write_text('{"version": 2, "data": [{"q": "a"}, {"q": "b"}, 5]}', encoding="utf-8")

    table = read(path)

    assert table.frame["q"].to_list() == ["a", "b", None]
    assert table.frame[REJECT].to_list() == [None, None, "element 3: not a JSON object (found a number)"]
    assert [problem.code for problem in table.problems] == ["json_wrapper"]


def test_json_wrapper_of_objects_reported(tmp_path: Path) -> None:
    path = tmp_path / "wrapped.json"
    path.write_text('{"version": 2, "data": [{"q": "a"}, {"q": "b"}]}', encoding="utf-8")

    table = read(path)

    assert table.frame["q"].to_list() == ["a", "b"]
    assert [problem.message for problem in table.problems] == [
        "the top level is an object; read the 2 records in its 'data' list"
    ]


def test_json_keyed_records(tmp_path: Path) -> None:
    path = tmp_path / "keyed.json"
    path.write_text('{"2303": {"sys": "你好"}, "2304": {"sys": "再见"}}', encoding="utf-8")

    table = read(path)

    assert table.columns == ["_key", "sys"]
    assert table.frame["_key"].to_list() == ["2303", "2304"]
    assert table.problems[0].code == "json_keyed_records"


def test_invalid_json_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('[\n  {"q": "a"},\n  {"q": }\n]', encoding="utf-8")

    with pytest.raises(InputError, match=r"invalid JSON at line 3, column 9"):
        read(path)


def test_json_scalar_top_level_is_input_error(tmp_path: Path) -> None:
    path = tmp_path / "scalar.json"
    path.write_text('"just text"', encoding="utf-8")

    with pytest.raises(InputError, match=r"contains no list of records \(the top level is a string\)"):
        read(path)


def test_zipped_jsonl_reads_inner_file(tmp_path: Path) -> None:
    path = tmp_path / "train.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.write(READERS / "case01_train.jsonl", "train.jsonl")

    table = read(path)

    assert table.format == "jsonl"
    assert table.frame.height == 5
    assert table.path == path


def test_uncertain_encoding_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from core import encoding

    monkeypatch.setattr(encoding, "LOW_CONFIDENCE", 1.01)
    path = tmp_path / "short.jsonl"
    path.write_bytes('{"件名": "№2の見積り", "本文": "価格は￥12,000～￥15,000で合っていますか？"}\n'.encode("cp932"))

    table = read(path)

    assert table.encoding == "Shift_JIS (CP932)"
    assert table.frame["件名"][0] == "№2の見積り"
    assert [problem.code for problem in table.problems] == ["encoding_uncertain"]
