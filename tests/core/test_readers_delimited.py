"""CSV and TSV reading on the awkward-CSV samples and the failure cases."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest

from core.errors import Cancelled, InputError
from core.progress import NEVER_CANCELLED, CancelToken, no_progress
from core.readers import NONTEXT, REJECT, SOURCE_FILE, SOURCE_ROW, Problem, SourceTable, read_source
from core.readers.delimited import read_delimited, sniff_delimiter
from core.recipe import SourceSpec

READERS = Path(__file__).parent.parent / "data" / "readers"
SPECTRUM = READERS / "csv-spectrum"


def read(path: Path, **spec: str) -> SourceTable:
    return read_source(SourceSpec(path=str(path), **spec))


def rows(table: SourceTable) -> list[list[str]]:
    return [list(row) for row in table.frame.select(table.columns).iter_rows()]


def messages(problems: list[Problem]) -> list[str]:
    return [problem.message for problem in problems]


@pytest.mark.parametrize("name", sorted(path.stem for path in SPECTRUM.glob("*.csv")))
def test_csv_spectrum_expected_parse(name: str) -> None:
    expected = json.loads((SPECTRUM / f"{name}.json").read_text(encoding="utf-8"))

    table = read(SPECTRUM / f"{name}.csv")

    assert table.columns == list(expected[0])
    assert table.frame.select(table.columns).to_dicts() == expected
    assert table.problems == []


def test_big5_case_first_row() -> None:
    table = read(READERS / "stores_big5.csv")

    assert table.encoding == "Big5 (CP950)"
    assert table.columns == ["地區", "門市", "營業時間", "備註"]
    assert " | ".join(rows(table)[0]) == "臺北 | 信義門市 | 10:00-22:00 | 週一公休"
    assert table.frame.height == 3


def test_cp932_case_rows() -> None:
    table = read(READERS / "tickets_cp932.csv")

    assert table.encoding == "Shift_JIS (CP932)"
    assert [" | ".join(row) for row in rows(table)] == [
        "髙橋様 | ①初期設定について | ㈱サンプル商事の担当です。Ⅲ型の設置は幅10㎝以上が必要ですか？",
        "山﨑様 | №2の見積り | 価格は￥12,000\uff5e￥15,000で合っていますか？",
    ]


def test_cp932_case_reports_uncertain_encoding() -> None:
    table = read(READERS / "tickets_cp932.csv")

    assert [problem.code for problem in table.problems] == ["encoding_uncertain"]
    assert "Shift_JIS (CP932)" in table.problems[0].message


def test_shift_jis_sample() -> None:
    table = read(READERS / "shift_jis.csv")

    assert table.encoding == "Shift_JIS (CP932)"
    assert table.columns == ["名前", "年齢"]
    assert rows(table)[1] == ["山田", "30"]
    assert table.frame.height == 20


def test_gbk_medical_sample() -> None:
    table = read(READERS / "样例_内科5000-6000.csv")

    assert table.encoding == "GB18030 (GBK)"
    assert table.columns == ["department", "title", "ask", "answer"]
    assert table.frame.height == 7644
    assert table.frame[SOURCE_ROW].to_list()[:3] == [2, 3, 4]
    assert table.details["transcoded"] is True


def test_utf16_sample() -> None:
    table = read(READERS / "utf16.csv")

    assert table.encoding == "UTF-16 LE"
    assert table.columns == ["name", "age"]
    assert rows(table)[0] == ["José Álvarez", "30"]


@pytest.mark.parametrize(
    ("name", "first_column"),
    [("faq_excel_utf8.csv", "问题"), ("utf8bom.csv", "id"), ("office_bom.csv", "姓名")],
)
def test_bom_and_quotes_never_reach_header(name: str, first_column: str) -> None:
    table = read(READERS / name)

    assert table.columns[0] == first_column
    assert table.encoding == "UTF-8 with BOM"
    assert table.details["transcoded"] is False


def test_bom_header_case_rows() -> None:
    table = read(READERS / "faq_excel_utf8.csv")

    assert table.columns == ["问题", "答案"]
    assert table.frame.height == 2
    assert table.frame["问题"][0] == "如何申请退款？"


def test_stray_quote_does_not_swallow_rest() -> None:
    table = read(READERS / "tickets_stray_quote.csv")

    assert table.frame["ticket_id"].to_list() == ["T-1001", "T-1002", "T-1003"]
    assert table.frame["body"][0] == "您好：\r\n我想退回订单 A123 的商品。\r\n包装上写着\"易碎\"，请小心处理。"
    assert rows(table)[1] == ["T-1002", "屏幕尺寸咨询", '"27寸还是32寸？', "open"]
    assert " | ".join(rows(table)[2][1:]) == "发票 | 请开具电子发票。 | open"
    assert messages(table.problems) == ["line 5: unterminated quoted field; the quote is kept as text"]
    assert table.problems[0].line == 5
    assert table.problems[0].row == 3
    assert table.frame[SOURCE_ROW].to_list() == [2, 3, 4]


def test_ragged_rows_case() -> None:
    table = read(READERS / "faq_ragged.csv")

    assert table.columns == ["问题", "答案", "分类", "_extra"]
    assert table.frame.height == 5
    assert messages(table.problems) == ["line 5: 4 fields, header has 3; extra value 仅限大陆 kept in column _extra"]
    assert table.frame["_extra"].to_list() == ["", "", "", "仅限大陆", ""]
    assert table.details["parser"] == "csv module"


def test_every_row_too_long() -> None:
    table = read(READERS / "inconsistent_columns_3.csv")

    assert table.columns == ["one", "two", "three", "_extra"]
    assert rows(table) == [["1", "2", "3", "4"]] * 5
    assert messages(table.problems) == [
        f"line {line}: 4 fields, header has 3; extra value 4 kept in column _extra" for line in range(2, 7)
    ]


def test_short_row_is_padded_and_reported(tmp_path: Path) -> None:
    path = tmp_path / "short.csv"
    path.write_text("a,b,c\n1,2,3\n4,5\n\n6,7,8,9,10\n", encoding="utf-8")

    table = read(path)

    assert rows(table) == [["1", "2", "3", ""], ["4", "5", "", ""], ["6", "7", "8", "9 | 10"]]
    assert messages(table.problems) == [
        "line 3: 2 fields, header has 3; the missing values are left empty",
        "line 4: blank line skipped",
        "line 5: 5 fields, header has 3; extra values 9 | 10 kept in column _extra",
    ]
    assert table.frame[SOURCE_ROW].to_list() == [2, 3, 5]


def test_field_over_131072_characters() -> None:
    table = read(READERS / "tickets_with_log.csv")

    assert table.frame.height == 3
    body = table.frame.filter(pl.col("ticket_id") == "T-2002")["body"][0]
    assert len(body) == 140_023
    assert body.count("\n") > 100


def test_quoted_newline_with_blank_lines() -> None:
    table = read(READERS / "csv_quoted_newline_odd.csv")

    assert table.columns == ["content", "_extra"]
    first = table.frame["content"][0]
    assert first.startswith("RT @Truffaut: 🎁#Concours\nVos animaux")
    assert "\n\nPour jouer :\n" in first
    assert rows(table)[1] == ["84", "hello world"]
    assert table.problems[0].line == 11


def test_regular_file_uses_polars_path(tmp_path: Path) -> None:
    path = tmp_path / "regular.csv"
    path.write_text('q,a\n"多行\n问题",答\n"",x\n', encoding="utf-8")

    table = read(path)

    assert table.details["parser"] == "polars"
    assert rows(table) == [["多行\n问题", "答"], ["", "x"]]
    assert table.frame[SOURCE_ROW].to_list() == [2, 3]


def test_provenance_columns(tmp_path: Path) -> None:
    path = tmp_path / "p.csv"
    path.write_text("a,b\n1,\n2,3\n", encoding="utf-8")

    table = read(path)

    assert table.frame.columns == ["a", "b", SOURCE_FILE, SOURCE_ROW, REJECT, NONTEXT]
    assert table.frame.schema[SOURCE_ROW] == pl.Int64
    assert table.frame.schema[NONTEXT] == pl.List(pl.String)
    assert table.frame[SOURCE_FILE].to_list() == [str(path)] * 2
    assert table.frame[REJECT].null_count() == 2
    assert table.frame[NONTEXT].to_list() == [[], []]
    assert table.frame["b"].to_list() == ["", "3"]


@pytest.mark.parametrize(("line", "expected"), [("a;b;c", ";"), ("a|b", "|"), ("a\tb,c\td", "\t"), ('"x;y",z', ","), ("one", ",")])
def test_sniff_delimiter(line: str, expected: str) -> None:
    assert sniff_delimiter(line) == expected


def test_tsv_and_semicolon_files(tmp_path: Path) -> None:
    tsv = tmp_path / "faq.tsv"
    tsv.write_text("问题\t答案\n如何退货\t在订单页申请, 然后等待\n", encoding="utf-8")
    semicolon = tmp_path / "faq.csv"
    semicolon.write_text("frage;antwort\nWie?;So, genau.\n", encoding="utf-8")

    assert rows(read(tsv)) == [["如何退货", "在订单页申请, 然后等待"]]
    assert read(tsv).format == "tsv"
    assert rows(read(semicolon)) == [["Wie?", "So, genau."]]


def test_encoding_override(tmp_path: Path) -> None:
    path = tmp_path / "latin.csv"
    path.write_bytes("name,city\nJosé,Köln\n".encode("latin-1"))

    table = read(path, encoding="latin-1")

    assert rows(table) == [["José", "Köln"]]
    assert table.encoding == "Latin-1 (ISO-8859-1)"


def test_wrong_utf8_override_is_input_error(tmp_path: Path) -> None:
    path = tmp_path / "gbk.csv"
    path.write_bytes("问题,答案\n退货,可以\n".encode("gbk"))

    with pytest.raises(InputError, match=r"not valid UTF-8 at byte offset 0"):
        read(path, encoding="utf-8")


def test_empty_file_is_input_error(tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")

    with pytest.raises(InputError, match="needs a header line"):
        read(path)


def test_duplicate_header_names_renamed(tmp_path: Path) -> None:
    path = tmp_path / "dup.csv"
    path.write_text("q,,q\n1,2,3\n", encoding="utf-8")

    table = read(path)

    assert table.columns == ["q", "column_2", "q_2"]
    assert [problem.code for problem in table.problems] == ["csv_header_empty", "csv_header_duplicate"]


def test_cancel_stops_reading() -> None:
    token = CancelToken()
    token.cancel()
    spec = SourceSpec(path=str(READERS / "faq_ragged.csv"), format="csv")

    with pytest.raises(Cancelled):
        read_delimited(READERS / "faq_ragged.csv", spec, progress=no_progress, cancel=token)


def test_progress_reaches_total() -> None:
    reports: list[tuple[str, float, float | None]] = []
    path = READERS / "tickets_with_log.csv"
    spec = SourceSpec(path=str(path), format="csv")

    read_delimited(path, spec, progress=lambda *report: reports.append(report), cancel=NEVER_CANCELLED)

    assert reports[-1] == ("read", path.stat().st_size, path.stat().st_size)


def test_utf8_csv_goes_to_polars_uncopied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from core import encoding
    from core.readers import delimited

    path = tmp_path / "large.csv"
    path.write_text("问题,答案\n" + "如何退货？,在订单页申请退货。\n" * 50_000, encoding="utf-8")
    assert path.stat().st_size > 2_000_000
    sources: list[object] = []
    real_read_csv = pl.read_csv

    def spy(source: object, **kwargs: object) -> pl.DataFrame:
        sources.append(source)
        return real_read_csv(source, **kwargs)

    def no_transcoding(*args: object, **kwargs: object) -> None:
        raise AssertionError("a UTF-8 file must not be transcoded")

    monkeypatch.setattr(encoding, "transcode_to_utf8", no_transcoding)
    monkeypatch.setattr(delimited.pl, "read_csv", spy)
    table = read(path)

    assert sources == [path]
    assert table.encoding == "UTF-8"
    assert table.details["transcoded"] is False
    assert table.frame.height == 50_000


def test_invalid_utf8_after_sample_names_offset(tmp_path: Path) -> None:
    path = tmp_path / "mixed.csv"
    good = ("问题,答案\n" + "如何退货？,在订单页申请退货。\n" * 40_000).encode("utf-8")
    path.write_bytes(good + "发票,可以\n".encode("gbk"))
    assert len(good) > (1 << 20)

    with pytest.raises(InputError) as caught:
        read(path)

    assert f"not valid UTF-8 at byte offset {len(good)}" in str(caught.value)
    assert caught.value.params["offset"] == len(good)


def test_empty_last_cells_keep_polars_result(tmp_path: Path) -> None:
    path = tmp_path / "gaps.csv"
    path.write_text("q,a,note\n如何退货,申请退货,\n发票,可以,已开\n", encoding="utf-8")

    table = read(path)

    assert table.details["parser"] == "polars"
    assert rows(table) == [["如何退货", "申请退货", ""], ["发票", "可以", "已开"]]
    assert table.problems == []


def test_extra_column_name_avoids_header(tmp_path: Path) -> None:
    path = tmp_path / "extra.csv"
    path.write_text("q,_extra\n1,2,3\n", encoding="utf-8")

    table = read(path)

    assert table.columns == ["q", "_extra", "_extra_2"]
    assert rows(table) == [["1", "2", "3"]]
    assert messages(table.problems) == ["line 2: 3 fields, header has 2; extra value 3 kept in column _extra_2"]
