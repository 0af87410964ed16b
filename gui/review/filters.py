"""Record filters of the Review step: findings, reason codes and text search as Polars expressions.

Everything here is a function of the records frame described in `core.pipeline.BuildResult`,
free of Qt, so the page can compute a filter on a worker thread.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from enum import StrEnum

import polars as pl

from core.pipeline import STATUS_DUPLICATE, STATUS_REJECTED, STATUS_TRAIN, STATUS_VALIDATION

# Reason code of a record dropped as a near duplicate of a kept record.
NEAR_DUPLICATE_REASON = "near_duplicate"

# A record at or above this share of the model's limit is "near the limit".
NEAR_LIMIT_SHARE = 0.9


class Finding(StrEnum):
    """A group of records the user can show on its own."""

    ALL = "all"
    TRAIN = "train"
    VALIDATION = "validation"
    REJECTED = "rejected"
    DUPLICATE = "duplicate"
    OVER_LIMIT = "over_limit"
    NEAR_LIMIT = "near_limit"
    CHANGED_BY_USER = "changed_by_user"
    REDACTED = "redacted"
    NEAR_DUPLICATE = "near_duplicate"


@dataclass(frozen=True)
class ViewRequest:
    """Everything that decides the rows shown: filters, search text and sort."""

    finding: Finding = Finding.ALL
    reason: str | None = None
    search: str = ""
    sort_column: str | None = None
    descending: bool = False


def token_count_expr() -> pl.Expr:
    """Return the token count checked against the model limit: the larger of the two estimates."""
    return pl.max_horizontal(pl.col("tokens_aws"), pl.col("tokens_script"))


def finding_expr(
    finding: Finding,
    max_tokens: int,
    excluded: Collection[str] = (),
    included: Collection[str] = (),
    *,
    redacted_ids: pl.Series | None = None,
) -> pl.Expr | None:
    """Return the boolean expression selecting `finding`, or None for every record.

    A `max_tokens` of 0 or less means the limit is unknown, so no record is over or near it.
    `redacted_ids` contains the ids of the records with personal data replaced (the `id`
    column of `BuildResult.pii_findings`); None means no record was redacted.
    """
    tokens = token_count_expr()
    if max_tokens <= 0 and finding in (Finding.OVER_LIMIT, Finding.NEAR_LIMIT):
        return pl.lit(False)
    match finding:
        case Finding.ALL:
            return None
        case Finding.TRAIN:
            return pl.col("status") == STATUS_TRAIN
        case Finding.VALIDATION:
            return pl.col("status") == STATUS_VALIDATION
        case Finding.REJECTED:
            return pl.col("status") == STATUS_REJECTED
        case Finding.DUPLICATE:
            return pl.col("status") == STATUS_DUPLICATE
        case Finding.OVER_LIMIT:
            return tokens > max_tokens
        case Finding.NEAR_LIMIT:
            return (tokens >= NEAR_LIMIT_SHARE * max_tokens) & (tokens <= max_tokens)
        case Finding.CHANGED_BY_USER:
            return pl.col("key").is_in(pl.Series(list(excluded) + list(included), dtype=pl.String).implode())
        case Finding.REDACTED:
            if redacted_ids is None or not redacted_ids.len():
                return pl.lit(False)
            return pl.col("id").is_in(redacted_ids.implode())
        case Finding.NEAR_DUPLICATE:
            return (pl.col("status") == STATUS_DUPLICATE) & pl.col("reasons").list.contains(NEAR_DUPLICATE_REASON)
    raise ValueError(f"unknown finding {finding!r}")


def search_expr(text: str) -> pl.Expr | None:
    """Return an expression matching records whose JSON, key or id contains `text`, ignoring case."""
    text = text.strip()
    if not text:
        return None
    pattern = "(?i)" + re.escape(text)
    matches = pl.col("record").str.contains(pattern).fill_null(False) | pl.col("key").str.contains(pattern)
    if text.isdigit():
        matches = matches | (pl.col("id") == int(text))
    return matches


def view_filter_expr(
    request: ViewRequest,
    max_tokens: int,
    excluded: Collection[str] = (),
    included: Collection[str] = (),
    *,
    redacted_ids: pl.Series | None = None,
) -> pl.Expr | None:
    """Combine the finding, reason and search parts of `request` into one filter, or None."""
    parts = [
        finding_expr(request.finding, max_tokens, excluded, included, redacted_ids=redacted_ids),
        pl.col("reasons").list.contains(request.reason) if request.reason else None,
        search_expr(request.search),
    ]
    present = [part for part in parts if part is not None]
    if not present:
        return None
    return pl.all_horizontal(present)


def finding_counts(
    records: pl.DataFrame,
    max_tokens: int,
    excluded: Collection[str] = (),
    included: Collection[str] = (),
    *,
    redacted_ids: pl.Series | None = None,
) -> dict[Finding, int]:
    """Count the records of every finding in one pass over the frame."""
    exprs = []
    for finding in Finding:
        expr = finding_expr(finding, max_tokens, excluded, included, redacted_ids=redacted_ids)
        count = pl.len() if expr is None else expr.fill_null(False).sum()
        exprs.append(count.alias(finding.value))
    row = records.select(exprs).row(0, named=True)
    return {finding: int(row[finding.value]) for finding in Finding}


def reason_counts(records: pl.DataFrame) -> list[tuple[str, int]]:
    """Count the records naming each reason code, most frequent first, then by code."""
    counts = (
        records.select(pl.col("reasons").list.unique().explode().drop_nulls().value_counts(name="count"))
        .unnest("reasons")
        .sort(["count", "reasons"], descending=[True, False])
    )
    return [(code, int(count)) for code, count in counts.iter_rows()]
