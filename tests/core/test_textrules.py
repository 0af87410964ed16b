"""Tests of the cleaning rules in core.textrules, with exact outputs and counts."""

from __future__ import annotations

import polars as pl
import pytest

from core.recipe import CleaningSpec
from core.textrules import (
    RuleStat,
    apply_text_rules,
    boilerplate_lines,
    escape_reserved,
    escaped_form,
    length_findings,
    reserved_string_findings,
)

OFF = {"remove_zero_width": False}


def run_rule(values: list[str | None], **settings: object) -> tuple[list[str | None], list[RuleStat]]:
    spec = CleaningSpec(**{**OFF, **settings})
    frame = pl.DataFrame({"text": values}, schema={"text": pl.String})
    cleaned, stats = apply_text_rules(frame, ["text"], spec)
    return cleaned["text"].to_list(), stats


def test_no_rules_switched_on_changes_nothing() -> None:
    values, stats = run_rule(["<b>x</b>", "a\u200bb"])
    assert values == ["<b>x</b>", "a\u200bb"]
    assert stats == []


def test_html_tags_become_text_and_line_breaks() -> None:
    values, stats = run_rule(
        ["<p>Hello <b>there</b></p><p>Second&nbsp;line<br/>third</p>", "plain text, no markup", None],
        html_to_text=True,
    )
    assert values == ["Hello there\nSecond\xa0line\nthird", "plain text, no markup", None]
    assert stats[0].rule == "html_to_text"
    assert stats[0].changed == 1


def test_html_entities_decoded_like_html_unescape() -> None:
    values, _ = run_rule(
        ["Fish &amp; chips &lt;3 &#x4E2D;&#25991; caf&eacute; &copy 2024 &amp;lt;"], html_to_text=True
    )
    assert values == ["Fish & chips <3 中文 café © 2024 &lt;"]


def test_html_script_style_and_comments_dropped() -> None:
    values, _ = run_rule(
        ["<style>p {color: red}</style><script>alert('x')</script><!-- note --><div>Body</div>"],
        html_to_text=True,
    )
    assert values == ["Body"]


def test_html_rule_leaves_comparisons_alone() -> None:
    values, stats = run_rule(["if a < b and c > d then ok"], html_to_text=True)
    assert values == ["if a < b and c > d then ok"]
    assert stats[0].changed == 0


def test_mojibake_latin1_repaired() -> None:
    broken = "Café crème, naïve résumé".encode("utf-8").decode("latin-1")
    values, stats = run_rule([broken, "Café is fine"], repair_mojibake=True)
    assert values == ["Café crème, naïve résumé", "Café is fine"]
    assert stats[0].changed == 1


def test_mojibake_cp1252_quotes_repaired() -> None:
    broken = "It’s done – ok".encode("utf-8").decode("cp1252")
    values, _ = run_rule([broken], repair_mojibake=True)
    assert values == ["It’s done – ok"]


def test_mojibake_gbk_reading_repaired() -> None:
    broken = "您好，我的订单还没有收到".encode("utf-8").decode("gb18030")
    assert broken != "您好，我的订单还没有收到"
    values, stats = run_rule([broken, "正常的中文句子没有问题。"], repair_mojibake=True)
    assert values == ["您好，我的订单还没有收到", "正常的中文句子没有问题。"]
    assert stats[0].changed == 1


def test_zero_width_characters_removed() -> None:
    values, stats = run_rule(["pass\u200bword", "\ufeffhello", "a\u2060b\u200cc", "clean"], remove_zero_width=True)
    assert values == ["password", "hello", "abc", "clean"]
    assert stats[0].changed == 3


def test_zero_width_joiner_kept_inside_emoji() -> None:
    family = "\U0001F468\u200d\U0001F469\u200d\U0001F467"
    values, _ = run_rule([f"{family} x\u200dy"], remove_zero_width=True)
    assert values == [f"{family} xy"]


def test_chinese_traditional_to_simplified() -> None:
    values, stats = run_rule(["這是一個測試", "English only", "日本語の漢字です"], chinese_script="t2s")
    assert values == ["这是一个测试", "English only", "日本語の漢字です"]
    assert stats[0].changed == 1


def test_chinese_simplified_to_traditional() -> None:
    values, _ = run_rule(["软件开发"], chinese_script="s2t")
    assert values == ["軟件開發"]


def test_boilerplate_lines_found_by_share() -> None:
    texts = pl.Series([f"Hello,\nquestion {i}\nBest regards" for i in range(6)] + ["other", None])
    assert boilerplate_lines(texts, 0.5) == ["Best regards", "Hello,"]


def test_boilerplate_needs_three_records() -> None:
    texts = pl.Series(["Hi\nA", "Hi\nB", "C"])
    assert boilerplate_lines(texts, 0.05) == []


def test_boilerplate_lines_removed() -> None:
    values = [
        "您好，感谢您的来信。\n我的订单 A 没有到。\n此邮件由系统自动发送。",
        "您好，感谢您的来信。\n退款什么时候到账？\n此邮件由系统自动发送。",
        "您好，感谢您的来信。\n发票抬头写错了。\n此邮件由系统自动发送。",
        "请问营业时间？",
        "您好，感谢您的来信。",
    ]
    cleaned, stats = run_rule(values, remove_boilerplate_lines=True, boilerplate_min_share=0.5)
    assert cleaned == ["我的订单 A 没有到。", "退款什么时候到账？", "发票抬头写错了。", "请问营业时间？", "您好，感谢您的来信。"]
    assert stats[0].changed == 3


def test_boilerplate_rule_leaves_other_records_alone() -> None:
    values = ["Hi\nA", "Hi\nB", "Hi\nC", "no greeting\n", "\nleading newline"]
    cleaned, stats = run_rule(values, remove_boilerplate_lines=True, boilerplate_min_share=0.5)
    assert cleaned == ["A", "B", "C", "no greeting\n", "\nleading newline"]
    assert stats[0].changed == 3


def test_null_typed_column_accepted() -> None:
    frame = pl.DataFrame({"text": [None, None]})
    cleaned, stats = apply_text_rules(frame, ["text"], CleaningSpec(html_to_text=True))
    assert cleaned["text"].dtype == pl.String
    assert cleaned["text"].to_list() == [None, None]
    assert [stat.changed for stat in stats] == [0, 0]


def test_rule_stat_examples_cut_to_200() -> None:
    long_text = "<b>" + "x" * 300 + "</b>"
    _, stats = run_rule([long_text, "<i>a</i>", "<i>b</i>", "<i>c</i>"], html_to_text=True)
    assert stats[0].changed == 4
    assert len(stats[0].examples) == 3
    assert stats[0].examples[0] == (long_text[:200], ("x" * 300)[:200])


def test_rules_apply_to_each_listed_column() -> None:
    frame = pl.DataFrame({"prompt": ["a\u200bb", "ok"], "completion": ["ok", "c\u200bd"], "other": ["e\u200bf", "g"]})
    cleaned, stats = apply_text_rules(frame, ["prompt", "completion"], CleaningSpec())
    assert cleaned.rows() == [("ab", "ok", "e\u200bf"), ("ok", "cd", "g")]
    assert stats[0].changed == 2


def test_reserved_strings_listed_per_row() -> None:
    frame = pl.DataFrame({
        "prompt": ["Hi\n\nHuman: again", "User: x", None, "plain"],
        "completion": ["<|eot_id|>", "fine", "Assistant:", None],
    })
    found = reserved_string_findings(frame, ["prompt", "completion"], ["\n\nHuman:", "Assistant:", "<|eot_id|>", "User:"])
    assert found.to_list() == [["\n\nHuman:", "<|eot_id|>"], ["User:"], ["Assistant:"], []]


def test_reserved_strings_none_given() -> None:
    frame = pl.DataFrame({"prompt": ["User: x"]})
    assert reserved_string_findings(frame, ["prompt"], []).to_list() == [[]]


@pytest.mark.parametrize(
    ("reserved", "escaped"),
    [("User:", "User :"), ("\n\nHuman:", "\n\nHuman :"), ("<|eot_id|>", "< |eot_id|>"), ("[INST]", "[ INST]")],
)
def test_escaped_form(reserved: str, escaped: str) -> None:
    assert escaped_form(reserved) == escaped


def test_escape_reserved_no_longer_matches() -> None:
    reserved = ["User:", "Assistant:", "<|eot_id|>"]
    frame = pl.DataFrame({"prompt": ["User: hi Assistant: yes<|eot_id|>", "nothing", None]})
    escaped, stat = escape_reserved(frame, ["prompt"], reserved)
    assert escaped["prompt"].to_list() == ["User : hi Assistant : yes< |eot_id|>", "nothing", None]
    assert stat.changed == 1
    assert reserved_string_findings(escaped, ["prompt"], reserved).to_list() == [[], [], []]


def test_length_findings_sum_columns() -> None:
    frame = pl.DataFrame({"prompt": ["ab", "abcdef", None, "好的"], "completion": ["c", "ghij", None, "是"]})
    assert length_findings(frame, ["prompt", "completion"], 4, 9).to_list() == ["too_short", "too_long", "too_short", "too_short"]


def test_length_findings_zero_disables() -> None:
    frame = pl.DataFrame({"prompt": ["", "x" * 10_000]})
    assert length_findings(frame, ["prompt"], 0, 0).to_list() == [None, None]
