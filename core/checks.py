"""Per-record checks against the chosen model: reason codes and the messages that go with them.

Each check is a Boolean Polars expression over the working frame plus an English
message template. `add_reasons` combines them into two list columns, `__reasons`
(codes) and `__messages` (one sentence per code, starting with where the record came
from). Codes are stable; `docs/report.md` lists them and the window translates them.
"""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

REASON_MESSAGES: dict[str, str] = {
    "unreadable_row": "the row could not be used: {detail}",
    "excluded_by_user": "excluded by hand in the Review step",
    "not_text": "column {detail} holds a number or true/false, not text; convert it in the source "
    "or switch on 'accept numbers as text'",
    "empty_prompt": "the prompt is empty after cleaning; fill in the column {detail} or change the prompt template",
    "empty_completion": "the completion is empty after cleaning; fill in the column {detail} or change the completion template",
    "empty_input": "the input text is empty after cleaning; fill in the column {detail} or change the input template",
    "key_case_mismatch": "{detail}; keys are case-sensitive, so rename the key in the file or map that column explicitly",
    "bad_conversation": "the conversation cannot be used: {detail}",
    "empty_turn": "a conversation turn is empty after cleaning",
    "reserved_string": "the text contains {detail}, which the model family reserves; remove it or choose "
    "'escape reserved strings' in Cleaning",
    "too_many_tokens": "about {detail} tokens, over the model's limit per record; shorten the text or split it",
    "too_many_input_tokens": "the input (system and prompt) is about {detail} tokens, over the model's input limit",
    "too_many_output_tokens": "the completion is about {detail} tokens, over the model's output limit",
    "too_short": "the text is shorter than the minimum length set in Cleaning",
    "too_long": "the text is longer than the maximum length set in Cleaning",
    "duplicate": "exact duplicate of record {detail}, which is kept",
    "near_duplicate": "near duplicate of record {detail}, which is kept",
    "not_selected": "not selected: at most {detail} records can be exported, so a seeded subset was kept",
}
"""Reason code -> message template; `{detail}` is filled per record."""


@dataclass(frozen=True)
class Check:
    """A rejection reason: when it applies and the per-record detail for its message."""

    code: str
    applies: pl.Expr
    detail: pl.Expr | None = None


def reason_codes_expr(checks: list[Check]) -> pl.Expr:
    """Return the `__reasons` expression: the codes of the checks that apply, in order."""
    if not checks:
        return pl.lit([], dtype=pl.List(pl.String)).alias("__reasons")
    return pl.concat_list([pl.when(c.applies).then(pl.lit(c.code)) for c in checks]).list.drop_nulls().alias("__reasons")


def reason_messages_expr(checks: list[Check]) -> pl.Expr:
    """Return the `__messages` expression: one sentence per applying check, after `__where`."""
    if not checks:
        return pl.lit([], dtype=pl.List(pl.String)).alias("__messages")
    items = [
        pl.when(c.applies).then(pl.concat_str(pl.col("__where"), pl.lit(": "), _message_expr(c)))
        for c in checks
    ]
    return pl.concat_list(items).list.drop_nulls().alias("__messages")


def add_reasons(frame: pl.DataFrame, checks: list[Check]) -> pl.DataFrame:
    """Add `__reasons` and `__messages`, building message text only for rows with a reason.

    Most rows usually pass every check, and formatting a sentence per check for every row
    would cost more than all the checks together.
    """
    frame = frame.with_columns(reason_codes_expr(checks))
    flagged = frame.filter(pl.col("__reasons").list.len() > 0)
    empty = pl.lit([], dtype=pl.List(pl.String))
    if flagged.height == 0:
        return frame.with_columns(empty.alias("__messages"))
    messages = flagged.select("__id", reason_messages_expr(checks))
    return frame.join(messages, on="__id", how="left", maintain_order="left").with_columns(
        pl.col("__messages").fill_null(empty)
    )


def _message_expr(check: Check) -> pl.Expr:
    template = REASON_MESSAGES[check.code]
    before, _, after = template.partition("{detail}")
    if "{detail}" not in template:
        return pl.lit(template)
    detail = check.detail if check.detail is not None else pl.lit("")
    return pl.concat_str(pl.lit(before), detail.cast(pl.String).fill_null(""), pl.lit(after))


def reason_message(code: str, where: str, detail: str = "") -> str:
    """Return the message for one reason, for code paths outside Polars."""
    return f"{where}: {REASON_MESSAGES[code].replace('{detail}', detail)}"
