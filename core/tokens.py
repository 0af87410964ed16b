"""Token estimates for Bedrock records, in plain Python and as Polars expressions.

Bedrock counts tokens on the service side with tokenizers that are not public. AWS's only
published rule is "character quota = token quota × 6", i.e. characters ÷ 6. That rule
undercounts Chinese, Japanese and Korean text, which real tokenizers split into roughly one
token per character, so limits are checked against the larger of two estimates:

- `estimate_tokens_aws`: characters ÷ 6, rounded up.
- `estimate_tokens_script`: the script-aware estimate, from the text's UTF-8 length.
  "Wide" characters count one token each and the rest four characters per token:

      wide  = (UTF-8 bytes − characters) ÷ 2, rounded down
      tokens = wide + (characters − wide) ÷ 4, rounded up

  Every character from U+0800 up (Chinese, Japanese kana, Korean, full-width forms,
  Thai, Devanagari) takes three UTF-8 bytes, so a text in those scripts counts exactly
  one token per character, and ASCII text counts four characters per token. A two-byte
  character (accented Latin, Greek, Cyrillic, Arabic, Hebrew) counts about 0.6 tokens,
  and a four-byte one (emoji, rare Han characters) about 1.4, which is closer to real
  tokenizers than four characters per token would be.

  The estimate needs only the byte and character lengths, which Polars knows without a
  regular expression; that keeps it fast on millions of records.

Both count Unicode code points (Python's `len`, Polars' `str.len_chars`), so the Python
and Polars versions return the same numbers.

NOTE(tokens): these are estimates. The service may count more, for example for the chat
template tokens that wrap every message.
"""

from __future__ import annotations

import polars as pl

AWS_CHARS_PER_TOKEN = 6
OTHER_CHARS_PER_TOKEN = 4


def _ceil_div(numerator: int, denominator: int) -> int:
    return -(-numerator // denominator)


def count_wide(text: str) -> int:
    """Count the 'wide' characters of `text`: (UTF-8 bytes − characters) ÷ 2, rounded down."""
    return (len(text.encode("utf-8", "surrogatepass")) - len(text)) // 2


def estimate_tokens_aws(text: str) -> int:
    """Estimate tokens the way AWS documents it: characters ÷ 6, rounded up."""
    return _ceil_div(len(text), AWS_CHARS_PER_TOKEN)


def estimate_tokens_script(text: str) -> int:
    """Estimate tokens per script: one per wide character, the others ÷ 4 rounded up."""
    wide = count_wide(text)
    return wide + _ceil_div(len(text) - wide, OTHER_CHARS_PER_TOKEN)


def estimate_tokens(text: str) -> int:
    """Return the larger of the AWS and the script-aware estimate, which limits are checked against."""
    return max(estimate_tokens_aws(text), estimate_tokens_script(text))


def char_count_expr(col: pl.Expr) -> pl.Expr:
    """Count characters per row of a String column as Int64; null counts as 0."""
    return col.fill_null("").str.len_chars().cast(pl.Int64)


def wide_count_expr(col: pl.Expr) -> pl.Expr:
    """Count wide characters per row of a String column, as `count_wide` does; null counts as 0."""
    text = col.fill_null("")
    return (text.str.len_bytes().cast(pl.Int64) - text.str.len_chars().cast(pl.Int64)) // 2


def aws_tokens_from_counts(chars: pl.Expr) -> pl.Expr:
    """Build the AWS estimate from a character count, for fields counted separately."""
    return (chars + (AWS_CHARS_PER_TOKEN - 1)) // AWS_CHARS_PER_TOKEN


def script_tokens_from_counts(chars: pl.Expr, wide: pl.Expr) -> pl.Expr:
    """Build the script-aware estimate from character and wide-character counts."""
    return wide + (chars - wide + (OTHER_CHARS_PER_TOKEN - 1)) // OTHER_CHARS_PER_TOKEN


def aws_tokens_expr(col: pl.Expr) -> pl.Expr:
    """Build the AWS estimate (characters ÷ 6, rounded up) of a String column; null counts as empty."""
    return aws_tokens_from_counts(char_count_expr(col))


def script_tokens_expr(col: pl.Expr) -> pl.Expr:
    """Build the script-aware estimate of a String column; null counts as empty."""
    return script_tokens_from_counts(char_count_expr(col), wide_count_expr(col))


def tokens_expr(col: pl.Expr) -> pl.Expr:
    """Build the larger of the two estimates of a String column, as checked against limits."""
    return pl.max_horizontal(aws_tokens_expr(col), script_tokens_expr(col))
