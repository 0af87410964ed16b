"""`tunedata inspect` on real files: text and JSON output, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.cli import build_parser, main

READERS = Path(__file__).parent.parent / "data" / "readers"


def test_inspect_text_output(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["inspect", str(READERS / "faq_ragged.csv")])

    out = capsys.readouterr().out
    assert code == 0
    assert "format:   csv" in out
    assert "encoding: UTF-8" in out
    assert "columns:  问题, 答案, 分类, _extra" in out
    assert "rows:     5" in out
    assert "  row 5: 支持货到付款吗 | 部分地区支持 | 支付 | 仅限大陆" in out
    assert "warning: line 5: 4 fields, header has 3; extra value 仅限大陆 kept in column _extra" in out


def test_inspect_cuts_long_values(capsys: pytest.CaptureFixture[str]) -> None:
    main(["inspect", str(READERS / "tickets_with_log.csv")])

    out = capsys.readouterr().out
    longest = max(len(line) for line in out.splitlines())
    assert longest < 300
    assert "…" in out


def test_inspect_json_output(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["inspect", str(READERS / "tickets_stray_quote.csv"), "--json"])

    report = json.loads(capsys.readouterr().out)
    assert code == 0
    assert list(report) == ["path", "format", "encoding", "sheet", "sheets", "columns", "rows", "first_rows", "problems"]
    assert report["format"] == "csv"
    assert report["encoding"] == "UTF-8"
    assert report["rows"] == 3
    assert report["columns"] == ["ticket_id", "subject", "body", "status"]
    assert report["first_rows"][2]["body"] == "请开具电子发票。"
    assert report["problems"] == [{
        "code": "csv_unterminated_quote",
        "message": "line 5: unterminated quoted field; the quote is kept as text",
        "line": 5, "row": 3, "severity": "warning",
    }]


def test_inspect_encoding_and_sheet_options(capsys: pytest.CaptureFixture[str]) -> None:
    main(["inspect", str(READERS / "stores_big5.csv"), "--encoding", "big5", "--json"])
    big5 = json.loads(capsys.readouterr().out)
    main(["inspect", str(READERS / "demo.xlsx"), "--sheet", "Sheet2", "--json"])
    excel = json.loads(capsys.readouterr().out)

    assert big5["encoding"] == "Big5 (CP950)"
    assert big5["first_rows"][0]["地區"] == "臺北"
    assert excel["sheet"] == "Sheet2"
    assert excel["sheets"] == ["Sheet1", "Sheet2"]
    assert excel["first_rows"][0]["字符串标题"] == "表2字符串0"


def test_inspect_missing_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["inspect", str(tmp_path / "absent.csv")])

    err = capsys.readouterr().err
    assert code == 2
    assert err == f"error: {tmp_path / 'absent.csv'}: file not found; check the path or add the file again\n"


def test_inspect_missing_sheet_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["inspect", str(READERS / "demo.xlsx"), "--sheet", "Nope"])

    assert code == 2
    assert "sheet 'Nope' not found; the workbook has the sheets Sheet1, Sheet2" in capsys.readouterr().err


def test_inspect_help_describes_options(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        build_parser().parse_args(["inspect", "--help"])

    out = capsys.readouterr().out
    assert caught.value.code == 0
    assert "--encoding E" in out
    assert "text encoding of the file" in out
    assert "--sheet NAME" in out
    assert "Excel sheet to read" in out
    assert "--json" in out
    assert "print one JSON object" in out
