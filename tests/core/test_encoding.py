"""Encoding detection and transcoding on real files and on bytes made with Python's codecs."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from core import encoding
from core.encoding import detect_encoding, encoding_label, resolve_codec, utf8_view
from core.errors import Cancelled, InputError
from core.progress import CancelToken

READERS = Path(__file__).parent.parent / "data" / "readers"


@pytest.mark.parametrize(
    ("name", "codec", "label"),
    [
        ("stores_big5.csv", "cp950", "Big5 (CP950)"),
        ("sample-chinese.txt", "cp950", "Big5 (CP950)"),
        ("tickets_cp932.csv", "cp932", "Shift_JIS (CP932)"),
        ("shift_jis.csv", "cp932", "Shift_JIS (CP932)"),
        ("样例_内科5000-6000.csv", "gb18030", "GB18030 (GBK)"),
        ("utf16.csv", "utf-16-le", "UTF-16 LE"),
        ("utf8bom.csv", "utf-8-sig", "UTF-8 with BOM"),
        ("faq_excel_utf8.csv", "utf-8-sig", "UTF-8 with BOM"),
        ("tickets_stray_quote.csv", "utf-8", "UTF-8"),
    ],
)
def test_detect_encoding_real_files(name: str, codec: str, label: str) -> None:
    guess = detect_encoding(READERS / name)

    assert guess.codec == codec
    assert guess.label == label


def test_big5_trap_is_not_gb18030() -> None:
    data = (READERS / "sample-chinese.txt").read_bytes()
    data.decode("gb18030")  # the trap: these Big5 bytes also decode as GB18030

    guess = detect_encoding(READERS / "sample-chinese.txt")

    assert guess.codec == "cp950"
    assert not guess.uncertain


def test_short_cp932_file_is_flagged_uncertain() -> None:
    guess = detect_encoding(READERS / "tickets_cp932.csv")

    assert guess.uncertain
    assert guess.alternatives == ("gb18030",)


# Text only each encoding carries, generated with Python's codecs.
GENERATED = [
    ("gb18030", "GB18030 (GBK)",
     "问题,答案\n生僻字𠀀和㐀怎么读？,价格是€20，请查收。\n请问退款需要几天？,一般三到五个工作日。\n"),
    ("cp950", "Big5 (CP950)",
     "地區,門市,營業時間,備註\n臺北,信義門市,10:00-22:00,週一公休\n請問退貨流程需要幾天？,無,需預約,營業\n"),
    ("cp949", "EUC-KR (CP949)",
     "이름,문의,답변\n김민수,배송 문의,안녕하세요 고객님. 주문하신 상품은 내일 배송됩니다. 감사합니다.\n"),
    ("cp932", "Shift_JIS (CP932)",
     "顧客名,件名\n髙橋様,①初期設定について㈱サンプル商事の担当です。お問い合わせありがとうございます。\n"),
    ("utf-16-be", "UTF-16 BE", "name,city\n臺北,Zürich 𠀀\n"),
    ("cp1252", "Windows-1252 (Latin-1)", "name,city\nJosé Müller,Köln\nStraße,Café crème\n"),
]


@pytest.mark.parametrize(("codec", "label", "text"), GENERATED, ids=[codec for codec, _, _ in GENERATED])
def test_generated_encoding_round_trips(tmp_path: Path, codec: str, label: str, text: str) -> None:
    data = text.encode(codec)
    if codec == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    path = tmp_path / "sample.csv"
    path.write_bytes(data)

    with utf8_view(path) as view:
        decoded = view.path.read_text(encoding="utf-8")
        view_label = view.label
        transcoded = view.transcoded

    assert view_label == label
    assert transcoded
    assert decoded == text


def test_gb18030_four_byte_characters_survive(tmp_path: Path) -> None:
    text = "字,说明\n𠀀,扩展B\n㐀,扩展A\n€,欧元\n"
    data = text.encode("gb18030")
    with pytest.raises(UnicodeEncodeError):
        text.encode("gbk")
    path = tmp_path / "gb18030.csv"
    path.write_bytes(data)

    with utf8_view(path) as view:
        decoded = view.path.read_text(encoding="utf-8")

    assert decoded == text


def test_latin1_override_decodes_control_range(tmp_path: Path) -> None:
    text = "name\nJosé\nStraße\n"
    path = tmp_path / "latin1.csv"
    path.write_bytes(text.encode("latin-1"))

    with utf8_view(path, "latin-1") as view:
        decoded = view.path.read_text(encoding="utf-8")
        label = view.label

    assert label == "Latin-1 (ISO-8859-1)"
    assert decoded == text


def test_utf8_file_is_not_copied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.csv"
    line = "问题,答案\n" + "如何退货？,在订单页申请退货。\n" * 50_000
    path.write_text(line, encoding="utf-8")
    assert path.stat().st_size > 2_000_000

    def fail(*args: object, **kwargs: object) -> None:
        raise AssertionError("a UTF-8 file must not be transcoded")

    monkeypatch.setattr(encoding, "transcode_to_utf8", fail)
    with utf8_view(path) as view:
        assert view.path == path
        assert view.label == "UTF-8"
        assert not view.transcoded


def test_undecodable_file_names_offset_and_encodings(tmp_path: Path) -> None:
    path = tmp_path / "broken.csv"
    good = "名前,年齢\n山田,30\n".encode("cp932")
    path.write_bytes(good + b"\x82\xff\n")

    with pytest.raises(InputError) as caught, utf8_view(path, "cp932"):
        pass

    message = str(caught.value)
    assert str(path) in message
    assert f"byte offset {len(good)}" in message
    assert "Shift_JIS (CP932)" in message
    assert caught.value.params["offset"] == len(good)
    assert caught.value.params["encodings"] == ["cp932"]


def test_error_offset_in_later_chunk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(encoding, "CHUNK_BYTES", 7)
    good = "臺北,信義門市\n".encode("cp950") * 3
    path = tmp_path / "big5.csv"
    path.write_bytes(good + b"\xa4\x20")

    with pytest.raises(InputError) as caught, utf8_view(path, "big5"):
        pass

    assert caught.value.params["offset"] == len(good)


def test_resolve_codec_prefers_supersets() -> None:
    assert resolve_codec("shift_jis") == "cp932"
    assert resolve_codec("GBK") == "gb18030"
    assert resolve_codec("big5") == "cp950"
    assert resolve_codec("euc-kr") == "cp949"
    assert encoding_label("sjis") == "SHIFT_JIS"


def test_resolve_codec_unknown_name() -> None:
    with pytest.raises(InputError, match="encoding 'klingon' is not known"):
        resolve_codec("klingon")


def test_transcoding_reports_progress_and_cancels(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(encoding, "CHUNK_BYTES", 64)
    path = tmp_path / "gbk.csv"
    path.write_bytes(("问题,答案\n" + "如何退货？,在订单页申请退货。\n" * 20).encode("gbk"))
    total = path.stat().st_size
    reports: list[tuple[str, float, float | None]] = []

    with utf8_view(path, "gbk", progress=lambda *report: reports.append(report)):
        pass

    assert reports[0] == ("read", 64, total)
    assert reports[-1] == ("read", total, total)

    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled), utf8_view(path, "gbk", cancel=token):
        pass


def test_fallback_codec_is_reported_uncertain(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "mixed.csv"
    path.write_bytes("名前,年齢\n山田,30\n".encode("cp932") + "价格,€\n".encode("gb18030"))
    monkeypatch.setattr(
        encoding, "detect_encoding",
        lambda _path: encoding.EncodingGuess("cp932", 0.3, ("gb18030",)),
    )

    with utf8_view(path) as view:
        codec = view.codec
        uncertain = view.uncertain
        tried = view.tried

    assert codec == "gb18030"
    assert uncertain
    assert tried == ["cp932", "gb18030"]
