"""Basic cleaning of mapped text fields, as Polars expressions.

Rules run in a fixed order: line endings, control characters, Unicode NFKC, then
collapsing runs of spaces, then trimming. Each rule counts the records it changed and
keeps a few before/after examples for the window.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

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


ZERO_WIDTH_CHARACTERS = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
_ZERO_WIDTH = "[\u200b\u200c\u2060\ufeff]"
# U+200D (zero-width joiner) also joins emoji sequences such as family or flag emoji,
# so it is kept right after an emoji, a variation selector or a skin-tone modifier.
_ZWJ_OUTSIDE_EMOJI = r"(^|[^\p{Extended_Pictographic}\x{FE0F}\x{1F3FB}-\x{1F3FF}])\x{200D}"


def remove_zero_width_expr(expr: pl.Expr) -> pl.Expr:
    """Remove zero-width spaces, joiners outside emoji, word joiners and inner BOMs."""
    text = expr.str.replace_all(_ZERO_WIDTH, "")
    # Twice, because a match consumes the character before the joiner, so the second
    # of two adjacent joiners is only found on the next pass.
    for _ in range(2):
        text = text.str.replace_all(_ZWJ_OUTSIDE_EMOJI, "${1}")
    return text


# Each rule has a detector: a cheap Boolean expression that is true for every value the
# rule may change. A column in which the detector finds nothing is skipped, because
# rewriting a million strings costs far more than scanning them. None means: always apply.
BASIC_RULES: tuple[tuple[str, Callable[[pl.Expr], pl.Expr], Callable[[pl.Expr], pl.Expr] | None], ...] = (
    ("normalize_newlines", _normalize_newlines, lambda e: e.str.contains("\r", literal=True)),
    ("remove_control", _remove_control, lambda e: e.str.contains(_CONTROL_CHARACTERS)),
    ("nfkc", _nfkc, None),
    ("remove_zero_width", remove_zero_width_expr, lambda e: e.str.contains_any(ZERO_WIDTH_CHARACTERS)),
    ("collapse_spaces", _collapse_spaces, lambda e: e.str.contains(r"[ \t]{2}|[ \t]\n")),
    ("trim", _trim, lambda e: e.str.strip_chars() != e),
)


# True for any value at least one detector in BASIC_RULES would flag; one scan with it
# finds the few rows worth cleaning. `\s` and `str.strip_chars` both use Unicode White_Space.
_ANY_DETECTOR = (
    r"[\r\x00-\x08\x0B\x0C\x0E-\x1F\x7F\x{80}-\x{9F}\x{200B}-\x{200D}\x{2060}\x{FEFF}]"
    r"|[ \t]{2}|[ \t]\n|^\s|\s$"
)


def clean_fields(
    frame: pl.DataFrame, columns: list[str], spec: CleaningSpec
) -> tuple[pl.DataFrame, list[RuleStat]]:
    """Apply the basic rules switched on in `spec` to `columns`, counting changed records.

    A record counts as changed by a rule when the rule altered any of its columns.
    When every rule switched on has a detector, one scan picks the rows any rule could
    change and only those rows are cleaned, then written back in place.
    """
    rules = [(name, rule, detector) for name, rule, detector in BASIC_RULES if getattr(spec, name)]
    if not columns or any(detector is None for _, _, detector in rules):
        return _clean_rows(frame, columns, rules)

    dirty = frame.select(
        pl.any_horizontal([pl.col(name).str.contains(_ANY_DETECTOR).fill_null(False) for name in columns])
    ).to_series()
    if not dirty.any():
        return frame, [RuleStat(name) for name, _, _ in rules]
    rows = dirty.arg_true()
    cleaned, stats = _clean_rows(frame.select(columns)[rows], columns, rules)
    frame = frame.with_columns(frame[name].scatter(rows, cleaned[name]) for name in columns)
    return frame, stats


def _clean_rows(
    frame: pl.DataFrame, columns: list[str], rules: list[tuple[str, Callable[[pl.Expr], pl.Expr], Any]]
) -> tuple[pl.DataFrame, list[RuleStat]]:
    """Apply `rules` in order to every row of `frame`, skipping columns a detector clears.

    Every detector runs in one parallel pass first; a column's detectors run again only
    after a rule has changed that column.
    """
    hits = _detect(frame, columns, rules)
    stats: list[RuleStat] = []
    for rule_name, rule, _ in rules:
        targets = [name for name in columns if hits[(rule_name, name)]]
        stat = RuleStat(rule_name)
        stats.append(stat)
        if not targets:
            continue
        cleaned = frame.with_columns(rule(pl.col(name)).alias(name) for name in targets)
        changed_mask = pl.Series("changed", [False] * frame.height, dtype=pl.Boolean)
        changed_columns = []
        for name in targets:
            column_changed = cleaned[name].ne_missing(frame[name])
            if column_changed.any():
                changed_columns.append(name)
            changed_mask = changed_mask | column_changed
        stat.changed = int(changed_mask.sum())
        if stat.changed:
            stat.examples = _examples(frame, cleaned, targets, changed_mask)
        frame = cleaned
        if changed_columns:
            hits.update(_detect(frame, changed_columns, rules))
    return frame, stats


def _detect(
    frame: pl.DataFrame, columns: list[str], rules: list[tuple[str, object, Callable[[pl.Expr], pl.Expr] | None]]
) -> dict[tuple[str, str], bool]:
    """Return, per (rule, column), whether the rule's detector finds anything to change."""
    # One scan with the combined detector clears most columns, so the per-rule detectors
    # run only on columns it flags.
    flagged = frame.select(pl.col(name).str.contains(_ANY_DETECTOR).any() for name in columns).row(0)
    suspect = [name for name, hit in zip(columns, flagged, strict=True) if hit]
    exprs = {
        (rule_name, name): detector(pl.col(name)).any()
        for rule_name, _, detector in rules if detector is not None
        for name in suspect
    }
    hits: dict[tuple[str, str], bool] = {
        (rule_name, name): detector is None for rule_name, _, detector in rules for name in columns
    }
    if exprs:
        row = frame.select(expr.alias(f"{key[0]}|{key[1]}") for key, expr in exprs.items()).row(0)
        hits.update(zip(exprs, (bool(value) for value in row), strict=True))
    return hits


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
