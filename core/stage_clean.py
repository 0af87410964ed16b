"""The cleaning step of a build: basic rules, text rules, reserved strings and personal data.

Rules run in this order on every mapped text column: the basic rules of `core.clean`
(line endings, control characters, NFKC, zero-width characters, spaces), the text rules
of `core.textrules` (HTML, mojibake, Chinese script, boilerplate lines), escaping of
the model family's reserved strings when the recipe asks for it, and last the redaction
of personal data, so that placeholders are never changed by another rule.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import polars as pl

from core.clean import RuleStat, clean_fields
from core.pii import redact_pii, undo_redactions
from core.recipe import CleaningSpec
from core.textrules import apply_text_rules, escape_reserved, text_rule_names


@dataclass
class CleanOutcome:
    """A cleaned frame with what each rule changed and what redaction found.

    `pii_findings` is aligned with the frame's rows and holds original values: it stays in
    memory for the window's undo and is never written or logged.
    """

    frame: pl.DataFrame
    stats: list[RuleStat]
    pii_counts: dict[str, int] = field(default_factory=dict)
    pii_records: int = 0
    pii_findings: pl.Series | None = None


def clean_texts(
    frame: pl.DataFrame,
    columns: list[str],
    spec: CleaningSpec,
    *,
    reserved: list[str],
    key_column: str,
    group_column: str | None = None,
    kept_redactions: list[str] | None = None,
    basic: bool = True,
    boilerplate: dict[str, pl.Expr] | None = None,
) -> CleanOutcome:
    """Run every cleaning rule the recipe switches on over `columns`.

    `group_column` makes one value get one placeholder across the rows of a group (the
    turns of a conversation). `kept_redactions` are the Review step's undo entries,
    matched against `key_column`. `basic=False` skips the basic rules for a caller that
    has applied them already; the stats then start with the text rules. `boilerplate` is
    passed on to `apply_text_rules`.
    """
    stats: list[RuleStat] = []
    if basic:
        frame, stats = clean_fields(frame, columns, spec)
    after_basic = frame.select(columns)
    frame, text_stats = apply_text_rules(frame, columns, _text_rules_spec(spec), boilerplate=boilerplate)
    stats.extend(text_stats)
    if spec.nfkc and any(stat.changed for stat in text_stats):
        frame = _normalise_changed(frame, after_basic, columns)

    if spec.reserved_strings == "escape" and reserved:
        frame, stat = escape_reserved(frame, columns, reserved)
        stats.append(stat)

    if not spec.pii.enabled:
        return CleanOutcome(frame, stats)
    frame, result = redact_pii(frame, columns, spec.pii, group_column=group_column)
    findings = result.findings
    if kept_redactions:
        frame, findings = undo_redactions(frame, findings, kept_redactions, row_keys=frame[key_column])
    return CleanOutcome(frame, stats, result.counts, result.records, findings)


def later_rule_names(spec: CleaningSpec, reserved: list[str]) -> list[str]:
    """Return the names of the rules `clean_texts` runs after the basic rules, in order."""
    names = text_rule_names(_text_rules_spec(spec))
    if spec.reserved_strings == "escape" and reserved:
        names.append("escape_reserved")
    return names


def _text_rules_spec(spec: CleaningSpec) -> CleaningSpec:
    # The zero-width rule already ran with the basic rules, which skip clean rows.
    return spec.model_copy(update={"remove_zero_width": False})


def _normalise_changed(frame: pl.DataFrame, before: pl.DataFrame, columns: list[str]) -> pl.DataFrame:
    """Apply NFKC again to the values a text rule changed after the basic rules ran.

    Decoded HTML entities and repaired mojibake can bring back full-width or compatibility
    characters. Normalising only the changed values keeps every text in NFKC when the
    recipe switches NFKC on, which near-duplicate detection relies on.
    """
    updates = []
    for name in columns:
        rows = frame[name].ne_missing(before[name]).arg_true()
        if rows.len():
            updates.append(frame[name].scatter(rows, frame[name].gather(rows).str.normalize("NFKC")))
    return frame.with_columns(updates) if updates else frame
