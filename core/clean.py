"""Basic cleaning of mapped text fields, as Polars expressions.

Rules run in a fixed order: line endings, control characters, Unicode NFKC, then
collapsing runs of spaces, then trimming. Each rule counts the records it changed and
keeps a few before/after examples for the window.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import polars as pl

from core.recipe import CleaningSpec

# C0 controls except tab and line feed, DEL, and C1 controls. Carriage returns are
# handled by the line-ending rule, which runs first.
_CONTROL_CHARACTERS = r"[\x00-\x08\x0B\x0C\x0E-\x1F\x7F\x80-\x9F]"
_EXAMPLES_PER_RULE = 3
_EXAMPLE_CHARS = 200


@dataclass
class RuleStat:
    """How many records a cleaning rule changed, with a few before/after examples."""

    rule: str
    changed: int = 0
    examples: list[tuple[str, str]] = field(default_factory=list)


def _normalize_newlines(expr: pl.Expr) -> pl.Expr:
    return expr.str.replace_all("\r\n", "\n", literal=True).str.replace_all("\r", "\n", literal=True)


def _remove_control(expr: pl.Expr) -> pl.Expr:
    return expr.str.replace_all(_CONTROL_CHARACTERS, "")


def _nfkc(expr: pl.Expr) -> pl.Expr:
    return expr.str.normalize("NFKC")


def _collapse_spaces(expr: pl.Expr) -> pl.Expr:
    # Runs of spaces and tabs become one space; spaces before a line break go.
    return expr.str.replace_all(r"[ \t]{2,}", " ").str.replace_all(r"[ \t]+\n", "\n")


def _trim(expr: pl.Expr) -> pl.Expr:
    return expr.str.strip_chars()


BASIC_RULES: tuple[tuple[str, Callable[[pl.Expr], pl.Expr]], ...] = (
    ("normalize_newlines", _normalize_newlines),
    ("remove_control", _remove_control),
    ("nfkc", _nfkc),
    ("collapse_spaces", _collapse_spaces),
    ("trim", _trim),
)


def clean_fields(
    frame: pl.DataFrame, columns: list[str], spec: CleaningSpec
) -> tuple[pl.DataFrame, list[RuleStat]]:
    """Apply the basic rules switched on in `spec` to `columns`, counting changed records.

    A record counts as changed by a rule when the rule altered any of its columns.
    """
    stats: list[RuleStat] = []
    for rule_name, rule in BASIC_RULES:
        if not getattr(spec, rule_name):
            continue
        cleaned = frame.with_columns(rule(pl.col(name)).alias(name) for name in columns)
        changed_mask = pl.Series("changed", [False] * frame.height, dtype=pl.Boolean)
        for name in columns:
            changed_mask = changed_mask | cleaned[name].ne_missing(frame[name])
        stat = RuleStat(rule_name)
        stat.changed = int(changed_mask.sum())
        if stat.changed:
            stat.examples = _examples(frame, cleaned, columns, changed_mask)
        stats.append(stat)
        frame = cleaned
    return frame, stats


def _examples(
    before: pl.DataFrame, after: pl.DataFrame, columns: list[str], changed: pl.Series
) -> list[tuple[str, str]]:
    examples: list[tuple[str, str]] = []
    rows = before.with_row_index("__i").filter(changed)["__i"].head(_EXAMPLES_PER_RULE).to_list()
    for row in rows:
        for name in columns:
            old, new = before[name][row], after[name][row]
            if old != new:
                examples.append(((old or "")[:_EXAMPLE_CHARS], (new or "")[:_EXAMPLE_CHARS]))
                break
    return examples
