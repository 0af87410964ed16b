"""Token estimates: the documented rule of each estimate, in Python and in Polars."""

from __future__ import annotations

import polars as pl
import pytest

from core.tokens import estimate_tokens, estimate_tokens_aws, estimate_tokens_script, script_tokens_expr

CASES = [
    ("", 0, 0),
    ("abcdefgh", 2, 2),
    ("退货需要几天？", 2, 7),
    ("返品は可能ですか", 2, 8),
    ("환불 가능한가요", 2, 8),
    ("Hello 世界", 2, 4),
    ("привет", 1, 4),
    ("𠀀𠀀", 1, 3),
]


@pytest.mark.parametrize(("text", "aws", "script"), CASES)
def test_estimates_follow_rules(text: str, aws: int, script: int) -> None:
    assert estimate_tokens_aws(text) == aws
    assert estimate_tokens_script(text) == script
    assert estimate_tokens(text) == max(aws, script)


def test_polars_estimate_matches_python() -> None:
    texts = [text for text, _, _ in CASES]
    polars_values = pl.DataFrame({"t": texts}).select(script_tokens_expr(pl.col("t")))["t"].to_list()

    assert polars_values == [estimate_tokens_script(text) for text in texts]


def test_chinese_counts_one_token_per_character() -> None:
    assert estimate_tokens_script("测" * 40_000) == 40_000
    assert estimate_tokens_aws("测" * 40_000) == 6_667
