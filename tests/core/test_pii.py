"""Tests of personal-data redaction in core.pii.

Every value below is made up or a published test value, such as the card networks' test
numbers and the IBAN and AWS key examples from their documentation. None belongs to a
real person.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import polars as pl
import pytest

from core.errors import UsageError
from core.pii import (
    FINDING_DTYPE,
    china_id_valid,
    iban_valid,
    luhn_valid,
    my_number_valid,
    parse_kept,
    redact_pii,
    undo_redactions,
)
from core.recipe import PiiSpec

ALL = PiiSpec(enabled=True)


def redact(texts: list[str | None], spec: PiiSpec = ALL) -> list[str | None]:
    frame = pl.DataFrame({"text": texts}, schema={"text": pl.String})
    redacted, _ = redact_pii(frame, ["text"], spec)
    return redacted["text"].to_list()


# --- Validators -----------------------------------------------------------------------


def test_luhn_known_numbers() -> None:
    assert luhn_valid("4111111111111111")
    assert not luhn_valid("4111111111111112")


def test_china_id_checksum_and_date() -> None:
    assert china_id_valid("11010519491231002X")
    assert not china_id_valid("110105194912310021")
    assert not china_id_valid("110105194913310028")


def test_my_number_check_digit() -> None:
    assert my_number_valid("123456789018")
    assert not my_number_valid("123456789012")


def test_iban_mod97() -> None:
    assert iban_valid("GB82 WEST 1234 5698 7654 32")
    assert not iban_valid("GB82 WEST 1234 5698 7654 33")


# --- One test per type, with the look-alikes that must stay ---------------------------


def test_email_redacted() -> None:
    assert redact(["Write to li.na+orders@example.com.cn today"]) == ["Write to [EMAIL] today"]


@pytest.mark.parametrize(
    "phone",
    [
        "+86 138 0013 8000",
        "13800138000",
        "138-0013-8000",
        "010-65529988",
        "0755-2678123",
        "(010) 6552-9988",
        "090-1234-5678",
        "03-1234-5678",
        "+81 90-1234-5678",
        "+852 9123 4567",
        "0912-345-678",
        "+886 912 345 678",
        "(977) 625-2661",
        "+1 (415) 555-0132",
        "415-555-0132",
    ],
)
def test_phone_formats_redacted(phone: str) -> None:
    assert redact([f"电话 {phone}。"]) == ["电话 [PHONE]。"]


def test_phone_after_chinese_text_without_space() -> None:
    assert redact(["手机13800138000，谢谢"]) == ["手机[PHONE]，谢谢"]


def test_china_id_redacted() -> None:
    assert redact(["身份证号 11010519491231002X 已登记"]) == ["身份证号 [ID_NUMBER] 已登记"]


def test_my_number_with_context_or_groups() -> None:
    assert redact(["マイナンバー：123456789018です", "番号 1234 5678 9018"]) == [
        "マイナンバー：[ID_NUMBER]です",
        "番号 [ID_NUMBER]",
    ]


@pytest.mark.parametrize("card", ["4111 1111 1111 1111", "5555-5555-5555-4444", "378282246310005", "6212345678901232"])
def test_card_redacted(card: str) -> None:
    assert redact([f"card {card} expires 12/27"]) == ["card [CARD] expires 12/27"]


def test_iban_redacted() -> None:
    assert redact(["IBAN GB82 WEST 1234 5698 7654 32 and DE89370400440532013000."]) == [
        "IBAN [IBAN_1] and [IBAN_2]."
    ]


def test_ip_addresses_redacted() -> None:
    assert redact(["from 203.0.113.42 and 2001:db8::8a2e:370:7334 at 12:30:45"]) == [
        "from [IP_1] and [IP_2] at 12:30:45"
    ]


def test_urls_with_credentials_redacted() -> None:
    texts = [
        "see https://files.example.com/report.pdf?X-Amz-Signature=abcd1234&X-Amz-Expires=300.",
        "https://admin:hunter2@db.example.com/panel",
        "https://example.com/help?page=2",
    ]
    assert redact(texts) == ["see [URL].", "[URL]", "https://example.com/help?page=2"]


def test_secrets_redacted() -> None:
    github = "ghp_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8"
    slack = "xoxb-" + "123456789012-abcdefghijkl"
    stripe = "sk_live_" + "4eC39HqLyjWDarjtT1zdp7dc"
    google = "AIza" + "SyA1234567890abcdefghijklmnopqrstuv"
    jwt = (
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ"
        ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
    )
    text = (
        f"id AKIAIOSFODNN7EXAMPLE secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY "
        f"{github} {slack} {stripe} {google} Bearer {jwt}"
    )
    assert redact([text]) == [
        "id [SECRET_1] secret_access_key = [SECRET_2] [SECRET_3] [SECRET_4] [SECRET_5] [SECRET_6] Bearer [SECRET_7]"
    ]


def test_aws_secret_after_prefixed_name() -> None:
    text = "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
    assert redact([text]) == ["aws_secret_access_key = [SECRET]"]


def test_url_ends_before_cjk_text() -> None:
    assert redact(["链接 https://portal.example.com/d/7?api_key=Zx81Qw，请查收"]) == ["链接 [URL]，请查收"]


def test_terms_and_patterns_from_spec() -> None:
    spec = PiiSpec(enabled=True, terms=["Crystal Minh"], patterns=[r"EMP-\d{5}"])
    assert redact(["crystal minh (EMP-00042) called; Crystal Minh again"], spec) == [
        "[TERM] ([CUSTOM]) called; [TERM] again"
    ]


def test_lookalikes_left_alone() -> None:
    texts = [
        "订单号 2024011500123456，金额 ¥12,800.00，日期 2024-01-15",
        "Invoice INV-2024-00042 total $1,234.56 due 2024/02/01",
        "ID 110105194912310021 fails its checksum",
        "Card-like 4111 1111 1111 1112 fails Luhn",
        "Order 3348917502 shipped, tracking 1Z999AA10123456784",
        "Version 3.2.1 released at 10:30, ratio 16:9",
        "注文番号 1234-5678-9012 お届け予定 2024年3月5日",
        "https://example.com/products?id=42&ref=mail",
        "ID-like 420111198307240943 with a wrong check digit, not a card either",
        "IBAN with a wrong checksum GB24 WEST 6791 4001 1185 14 and FR18 4627 1990 0111 7899 1540 178",
        "Reference 0913707869 has no hyphens",
        "IPv6-like 2001:db8:218c:6bd:f03f:84ca:77fa has seven groups",
    ]
    assert redact(texts) == texts


# --- Numbering, scope and results -----------------------------------------------------


def test_same_value_same_placeholder_in_record() -> None:
    assert redact(["a@example.com, b@example.com, A@example.com"]) == ["[EMAIL_1], [EMAIL_2], [EMAIL_1]"]


def test_numbering_restarts_per_record() -> None:
    assert redact(["a@example.com", "b@example.com"]) == ["[EMAIL]", "[EMAIL]"]


def test_group_column_shares_placeholders() -> None:
    frame = pl.DataFrame({
        "ticket": ["T1", "T1", "T2"],
        "text": ["I am a@example.com", "CC b@example.com and a@example.com", "c@example.com"],
    })
    redacted, _ = redact_pii(frame, ["text"], ALL, group_column="ticket")
    assert redacted["text"].to_list() == ["I am [EMAIL_1]", "CC [EMAIL_2] and [EMAIL_1]", "[EMAIL]"]


def test_placeholders_shared_across_columns() -> None:
    frame = pl.DataFrame({"prompt": ["my phone is 13800138000"], "completion": ["I will call 13800138000"]})
    redacted, result = redact_pii(frame, ["prompt", "completion"], ALL)
    assert redacted.row(0) == ("my phone is [PHONE]", "I will call [PHONE]")
    assert result.counts["PHONE"] == 2
    assert result.records == 1


def test_counts_and_findings() -> None:
    frame = pl.DataFrame({"text": ["x@example.com or 13800138000", "nothing here", None], "id": [1, 2, 3]})
    redacted, result = redact_pii(frame, ["text"], ALL)
    assert redacted.columns == ["text", "id"]
    assert redacted["id"].to_list() == [1, 2, 3]
    assert result.counts["EMAIL"] == 1
    assert result.counts["PHONE"] == 1
    assert result.records == 1
    assert result.findings.dtype == FINDING_DTYPE
    assert result.findings.to_list() == [
        [
            {"column": "text", "type": "EMAIL", "placeholder": "[EMAIL]", "original": "x@example.com"},
            {"column": "text", "type": "PHONE", "placeholder": "[PHONE]", "original": "13800138000"},
        ],
        [],
        [],
    ]


def test_counts_hold_no_original_values() -> None:
    _, result = redact_pii(pl.DataFrame({"text": ["x@example.com"]}), ["text"], ALL)
    assert "x@example.com" not in repr(result.counts)


def test_term_never_matches_inside_placeholder() -> None:
    spec = PiiSpec(enabled=True, terms=["Ma", "IL"], patterns=[r"[A-Z]{4,}"])
    assert redact(["Ma Li: ma.li@example.com IL"], spec) == ["[TERM_1] Li: [EMAIL] [TERM_2]"]


def test_types_limit_the_passes() -> None:
    spec = PiiSpec(enabled=True, types=["email"])
    assert redact(["x@example.com 13800138000"], spec) == ["[EMAIL] 13800138000"]


def test_unknown_type_rejected() -> None:
    with pytest.raises(UsageError, match="unknown PII type") as caught:
        redact(["x"], PiiSpec(enabled=True, types=["PASSPORT"]))
    assert caught.value.code == "pii_type_unknown"


def test_invalid_pattern_rejected() -> None:
    with pytest.raises(UsageError, match=r"PII pattern '\(\?=x\)' is not a valid regular expression"):
        redact(["x"], PiiSpec(enabled=True, patterns=["(?=x)"]))


# --- Undo -----------------------------------------------------------------------------


def test_parse_kept_entries() -> None:
    types, single = parse_kept(["*:email", "tickets.csv:4:[PHONE_2]", "broken"])
    assert types == {"EMAIL"}
    assert single == {("tickets.csv:4", "[PHONE_2]")}


def test_undo_whole_type() -> None:
    frame = pl.DataFrame({"text": ["x@example.com or 13800138000", "13900139000"]})
    redacted, result = redact_pii(frame, ["text"], ALL)
    restored, left = undo_redactions(redacted, result.findings, ["*:PHONE"])
    assert restored["text"].to_list() == ["[EMAIL] or 13800138000", "13900139000"]
    assert [[entry["type"] for entry in row] for row in left.to_list()] == [["EMAIL"], []]


def test_undo_one_placeholder_by_key() -> None:
    frame = pl.DataFrame({"text": ["a@example.com b@example.com", "a@example.com b@example.com"]})
    redacted, result = redact_pii(frame, ["text"], ALL)
    keys = pl.Series(["t.csv:1", "t.csv:2"])
    restored, left = undo_redactions(redacted, result.findings, ["t.csv:2:[EMAIL_2]"], row_keys=keys)
    assert restored["text"].to_list() == ["[EMAIL_1] [EMAIL_2]", "[EMAIL_1] b@example.com"]
    assert [len(row) for row in left.to_list()] == [2, 1]


# --- A real sample: synthetic customer-service chats ---------------------------------


def test_abcd_sample_keeps_no_email_or_phone(data_dir: Path) -> None:
    conversations = json.loads((data_dir / "cleaning" / "abcd_sample.json").read_text(encoding="utf-8"))
    rows = [
        {"convo": conversation["convo_id"], "text": text}
        for conversation in conversations
        for _, text in conversation["original"]
    ]
    frame = pl.DataFrame(rows)
    redacted, result = redact_pii(frame, ["text"], ALL, group_column="convo")

    joined = "\n".join(redacted["text"].to_list())
    for conversation in conversations:
        personal = conversation["scenario"]["personal"]
        for key in ("email", "phone"):
            if key in personal:
                assert personal[key] not in joined
    assert re.search(r"[\w.]+@[\w.]+", joined) is None
    assert result.counts["EMAIL"] == 2
    assert result.counts["PHONE"] == 2
    assert "Order ID: 3348917502" in joined
    assert "Details of [PHONE] have been entered." in joined


@pytest.mark.parametrize(("text", "expected"), [
    ("链接https://cdn.example.com/d?token=a60c4f你们看一下", "链接[URL]你们看一下"),
    ("db: postgres://deploy:45EKjGc7@db.example.com:5432/shop", "db: [URL]"),
    ("callback https://app.example.com/cb?code=4f1a9c", "callback [URL]"),
    ("aws_secret_access_key = 7X/j7tVoUe0OYoqxproUlNZTKA6wR3QumlJPlRj+", "aws_secret_access_key = [SECRET]"),
    ("secret key是P2sy2lKwrn5Bp5OqgO1F29SEA0x60BAIGPXMQTsF，谢谢", "secret key是[SECRET]，谢谢"),
    ("シークレットキーは5j1qDvZswTUoeREZdq4B0wEtYTZRDzu48T1QuFi0です。", "シークレットキーは[SECRET]です。"),
    ("IBAN BE96 4491 8714 6836 BIC BKCHCNBJ", "IBAN [IBAN] BIC BKCHCNBJ"),
    ("from ::ffff:198.51.100.182 port 22", "from [IP] port 22"),
    ("携帯 09012345678 まで", "携帯 [PHONE] まで"),
    ("携帯 090 1234 5678 まで", "携帯 [PHONE] まで"),
    ("電話 03(1234)5678", "電話 [PHONE]"),
    ("电话021 66827285", "电话[PHONE]"),
    ("电话（0591）72712825", "电话[PHONE]"),
    ("call 415 555 0132 now", "call [PHONE] now"),
    ("UK office 020 7946 0958", "UK office [PHONE]"),
    ("mobile 07700 900123.", "mobile [PHONE]."),
    ("台湾 0988 771 413", "台湾 [PHONE]"),
    ("身份证 110101 19491231 0024 请核对", "身份证 [ID_NUMBER] 请核对"),
    ("IP地址192.168.1.20", "IP地址[IP]"),
    ("番号 7209-9319-8822", "番号 [ID_NUMBER]"),
    ("收件人电话（3285 8409）打不通", "收件人电话（[PHONE]）打不通"),
    ("电话：02735797919", "电话：[PHONE]"),
    ("请致电0968779103或发邮件", "请致电[PHONE]或发邮件"),
    ("会社の代表番号は0374382146です", "会社の代表番号は[PHONE]です"),
    ("Tel:057121125597", "Tel:[PHONE]"),
    ("公司座机053257688338转5545", "公司座机[PHONE]转5545"),
    ("WhatsApp 9170-9045", "WhatsApp [PHONE]"),
    ("東京の電話 03 1234 5678 まで", "東京の電話 [PHONE] まで"),
    ("我的电话是 0755-8888 1234。", "我的电话是 [PHONE]。"),
    ("Tel.: 0312345678, ask for reception.", "Tel.: [PHONE], ask for reception."),
    ("联系方式 02735797919", "联系方式 [PHONE]"),
    ("server 10.0.0.1. Next", "server [IP]. Next"),
    ("Stripeのシークレットキー sk_live_cPwYs6S6ZJazGfvgqOpXhgQd3dfvaBmMCfEXytg7A5xEF1Hrjem3 で決済",
     "Stripeのシークレットキー [SECRET] で決済"),
])
def test_common_formats_redacted(text: str, expected: str) -> None:
    assert redact([text]) == [expected]


@pytest.mark.parametrize("text", [
    "注文番号：503-0143748-8289823（2024-01-30注文）",
    "取引ID:5300-0197-5828-8713",
    "Our bank says BE07 4218 3713 6682 is not a valid account.",
    "commit secret fix 3f2a9c0d1e4b5a6978c0d1e2f3a4b5c6d7e8f901",
    "固件版本9.0.7.92，路由器重启后连不上网",
    "firmware v2.3.10.4 installed",
    "バージョン 10.0.19045.3803",
    "伝票番号:7209-9319-8822 で発送しました",
    "tracking number 7209-9319-8822",
    "电话 9170 9045 1234 5678",
    "订单号 0374382146",
    "电话费 20240101 元",
    "Hotel 2345 6789",
    "iPhone 2345 6789",
    "电话 0755 8888 1234 5678",
    "1个1阴性2.3.4.5.阳性，1个1.3.4.5.阳性2阴性",
    "项目编号 6.8.5.8.7.1.1.4",
])
def test_number_slices_left_alone(text: str) -> None:
    assert redact([text]) == [text]


def test_fullwidth_numbers_redacted_as_written() -> None:
    frame = pl.DataFrame({"text": ["携帯は０９０－１２３４－５６７８、会社は090-1234-5678です", "电话（0591）72712825"]})
    redacted, result = redact_pii(frame, ["text"], ALL)
    assert redacted["text"].to_list() == ["携帯は[PHONE]、会社は[PHONE]です", "电话[PHONE]"]
    originals = [finding["original"] for finding in result.findings[0]]
    assert originals == ["０９０－１２３４－５６７８", "090-1234-5678"]


def test_fullwidth_value_restored_by_undo() -> None:
    frame = pl.DataFrame({"key": ["a"], "text": ["携帯は０９０－１２３４－５６７８です"]})
    redacted, result = redact_pii(frame, ["text"], ALL)
    restored, _ = undo_redactions(redacted, result.findings, ["*:PHONE"], row_keys=frame["key"])
    assert restored["text"].to_list() == ["携帯は０９０－１２３４－５６７８です"]


def test_presigned_url_is_one_finding() -> None:
    url = ("https://bucket.s3.amazonaws.com/data.csv?X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20240101"
           "&X-Amz-Signature=abc123def456")
    frame = pl.DataFrame({"text": [f"download {url} today"]})
    redacted, result = redact_pii(frame, ["text"], ALL)
    assert redacted["text"].to_list() == ["download [URL] today"]
    assert [finding["type"] for finding in result.findings[0]] == ["URL"]
    assert result.findings[0][0]["original"] == url
