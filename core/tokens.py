"""Token estimates for Bedrock records, in plain Python and as Polars expressions.

Bedrock counts tokens on the service side with tokenizers that are not public. AWS's only
published rule is "character quota = token quota × 6", i.e. characters ÷ 6. That rule
undercounts Chinese, Japanese and Korean text, which real tokenizers split into roughly one
token per character, so limits are checked against the larger of two estimates:

- `estimate_tokens_aws`: characters ÷ 6, rounded up.
- `estimate_tokens_script`: one token per CJK character plus the other characters ÷ 4,
  rounded up.

Both count Unicode code points (Python's `len`, Polars' `str.len_chars`). The Python and
Polars versions use the same code-point ranges, so they return the same numbers.

NOTE(tokens): these are estimates. The service may count more, for example for the chat
template tokens that wrap every message.
"""

from __future__ import annotations

import re

import polars as pl

# Code-point ranges counted as one token per character.
CJK_RANGES: tuple[tuple[int, int], ...] = (
    (0x1100, 0x11FF),  # Hangul Jamo
    (0x2E80, 0x2FDF),  # CJK Radicals Supplement, Kangxi Radicals
    (0x2FF0, 0x2FFF),  # Ideographic Description Characters
    (0x3000, 0x303F),  # CJK Symbols and Punctuation
    (0x3040, 0x309F),  # Hiragana
    (0x30A0, 0x30FF),  # Katakana
    (0x3130, 0x318F),  # Hangul Compatibility Jamo
    (0x31F0, 0x31FF),  # Katakana Phonetic Extensions
    (0x3400, 0x4DBF),  # CJK Unified Ideographs Extension A
    (0x4E00, 0x9FFF),  # CJK Unified Ideographs
    (0xA960, 0xA97F),  # Hangul Jamo Extended-A
    (0xAC00, 0xD7AF),  # Hangul Syllables
    (0xD7B0, 0xD7FF),  # Hangul Jamo Extended-B
    (0xF900, 0xFAFF),  # CJK Compatibility Ideographs
    (0xFE30, 0xFE4F),  # CJK Compatibility Forms
    (0xFF00, 0xFFEF),  # Halfwidth and Fullwidth Forms
    (0x20000, 0x2FA1F),  # CJK Unified Ideographs Extensions B-F, Compatibility Supplement
    (0x30000, 0x323AF),  # CJK Unified Ideographs Extensions G-H
)

AWS_CHARS_PER_TOKEN = 6
OTHER_CHARS_PER_TOKEN = 4

# The same character class in Python `re` syntax and in the Rust `regex` syntax Polars uses.
_PYTHON_CJK = re.compile("[" + "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in CJK_RANGES) + "]")
CJK_PATTERN_POLARS = "[" + "".join(f"\\x{{{lo:X}}}-\\x{{{hi:X}}}" for lo, hi in CJK_RANGES) + "]"


def _ceil_div(numerator: int, denominator: int) -> int:
    return -(-numerator // denominator)


def count_cjk(text: str) -> int:
    """Count the characters of `text` that fall in `CJK_RANGES`."""
    return len(_PYTHON_CJK.findall(text))


def estimate_tokens_aws(text: str) -> int:
    """Estimate tokens the way AWS documents it: characters ÷ 6, rounded up."""
    return _ceil_div(len(text), AWS_CHARS_PER_TOKEN)


def estimate_tokens_script(text: str) -> int:
    """Estimate tokens per script: 1 per CJK character, other characters ÷ 4 rounded up."""
    cjk = count_cjk(text)
    return cjk + _ceil_div(len(text) - cjk, OTHER_CHARS_PER_TOKEN)


def estimate_tokens(text: str) -> int:
    """Return the larger of the AWS and the script-aware estimate, which limits are checked against."""
    return max(estimate_tokens_aws(text), estimate_tokens_script(text))


def aws_tokens_expr(col: pl.Expr) -> pl.Expr:
    """Build the AWS estimate (characters ÷ 6, rounded up) of a String column; null counts as empty."""
    chars = col.fill_null("").str.len_chars().cast(pl.Int64)
    return (chars + (AWS_CHARS_PER_TOKEN - 1)) // AWS_CHARS_PER_TOKEN


def script_tokens_expr(col: pl.Expr) -> pl.Expr:
    """Build the script-aware estimate of a String column; null counts as empty."""
    text = col.fill_null("")
    chars = text.str.len_chars().cast(pl.Int64)
    cjk = text.str.count_matches(CJK_PATTERN_POLARS).cast(pl.Int64)
    return cjk + (chars - cjk + (OTHER_CHARS_PER_TOKEN - 1)) // OTHER_CHARS_PER_TOKEN


def tokens_expr(col: pl.Expr) -> pl.Expr:
    """Build the larger of the two estimates of a String column, as checked against limits."""
    return pl.max_horizontal(aws_tokens_expr(col), script_tokens_expr(col))
