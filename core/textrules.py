"""Cleaning rules beyond the basic ones: HTML, mojibake, zero-width characters, Chinese
script, boilerplate lines, reserved strings and length limits.

The pipeline runs the basic cleaning (trim, spaces, newlines, control characters, NFKC)
itself and calls `apply_text_rules` on the mapped String columns. Every rule is a Polars
expression over the whole column. The rules that need a Python library (ftfy, OpenCC)
run only on the distinct values that a Polars regex marks as candidates, so text that
needs no repair costs one regex scan.
"""

from __future__ import annotations

import html
import html.entities
import logging
from functools import cache
from typing import Callable

import polars as pl

from core.clean import ZERO_WIDTH_CHARACTERS, RuleStat, remove_zero_width_expr
from core.recipe import CleaningSpec

__all__ = [
    "RuleStat", "apply_text_rules", "boilerplate_line_hash", "boilerplate_lines", "boilerplate_min_records", "escape_reserved", "escaped_form",
    "length_findings", "reserved_string_findings", "text_rule_names",
]

log = logging.getLogger(__name__)

EXAMPLE_CHARS = 200
MAX_EXAMPLES = 3
BOILERPLATE_MIN_RECORDS = 3

_ROW = "__textrules_row"


# --- HTML -----------------------------------------------------------------------------

_HTML_MARKUP = r"<[A-Za-z/!][^>]*>|&(?:#[0-9]+|#[xX][0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);?"
_HTML_DROPPED_BLOCKS = (
    r"(?is)<script\b.*?</script\s*>",
    r"(?is)<style\b.*?</style\s*>",
    r"(?s)<!--.*?-->",
)
# Tags that end a line of text when the markup is flattened.
_HTML_LINE_BREAKS = r"(?i)<br\s*/?>|</(?:p|div|li|tr|h[1-6]|blockquote|pre|table|ul|ol)\s*>"
_HTML_ANY_TAG = r"<[A-Za-z/!][^>]*>"
# Numeric references and legacy names written without ';' (&copy 2024) need
# html.unescape; a value with only ';'-terminated names is decoded in Polars.
_HTML_PYTHON_ENTITY = r"&(?:#[0-9]+|#[xX][0-9A-Fa-f]+);?|&[A-Za-z][A-Za-z0-9]*(?:[^A-Za-z0-9;]|$)"


@cache
def _named_entities() -> dict[str, str]:
    """Return every HTML5 named reference that ends in ';', mapped to its text."""
    return {f"&{name}": text for name, text in html.entities.html5.items() if name.endswith(";")}


def _strip_tags_expr(column: str) -> pl.Expr:
    text = pl.col(column)
    for pattern in _HTML_DROPPED_BLOCKS:
        text = text.str.replace_all(pattern, "")
    text = text.str.replace_all(_HTML_LINE_BREAKS, "\n")
    return text.str.replace_all(_HTML_ANY_TAG, "")


def _tidy_lines_expr(column: str) -> pl.Expr:
    text = pl.col(column).str.replace_all(r"[ \t]*\n[ \t]*", "\n").str.replace_all(r"\n{3,}", "\n\n")
    return text.str.strip_chars(" \t\n")


def _html_to_text(frame: pl.DataFrame, column: str) -> pl.Series:
    has_markup = pl.col(column).str.contains(_HTML_MARKUP).fill_null(False)
    stripped = frame.select(pl.col(column), has_markup.alias("markup")).with_columns(
        pl.when(pl.col("markup")).then(_strip_tags_expr(column)).otherwise(pl.col(column)).alias(column)
    )
    needs_python = stripped.select(pl.col("markup") & pl.col(column).str.contains(_HTML_PYTHON_ENTITY)).to_series()
    entities = _named_entities()
    decoded = stripped.with_columns(
        pl.when(pl.col("markup") & ~needs_python)
        .then(pl.col(column).str.replace_many(list(entities), list(entities.values())))
        .otherwise(pl.col(column))
        .alias(column)
    )[column]
    decoded = _apply_python_to_flagged(decoded, needs_python.fill_null(False), html.unescape)
    tidied = decoded.to_frame().select(
        pl.when(stripped["markup"]).then(_tidy_lines_expr(column)).otherwise(pl.col(column))
    ).to_series()
    return tidied


# --- Mojibake -------------------------------------------------------------------------

# A Latin-1 or CP1252 reading of a UTF-8 lead byte (0xC2-0xF4) followed by a reading of
# a continuation byte (0x80-0xBF), e.g. "Ã©" for "é".
_CP1252_CONTINUATION = "\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d" \
    "\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178"
_LATIN_MOJIBAKE = f"[\u00c2-\u00f4][\u0080-\u00bf{_CP1252_CONTINUATION}]"


@cache
def _gbk_mojibake_pattern() -> str:
    """Return a regex class of the characters that UTF-8 Chinese text turns into when read as GBK.

    A UTF-8 Han character starts with a byte 0xE4-0xE9 followed by 0x80-0xBF. Read as
    GBK (here its superset GB18030), such a pair is a GBK extension character or a rare level-2 character, so
    few values match. "锟斤拷" is what U+FFFD becomes after the same round trip. A match
    is only a candidate: the repair keeps the value unless it converts back strictly.
    """
    chars = set("锟斤拷")
    for lead in range(0xE4, 0xEA):
        for trail in range(0x80, 0xC0):
            try:
                chars.add(bytes([lead, trail]).decode("gb18030"))
            except UnicodeDecodeError:
                continue
    return "[" + "".join(sorted(chars)) + "]"


def _undo_gbk_reading(text: str) -> str:
    try:
        repaired = text.encode("gb18030").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text
    return repaired


def _repair_one(text: str) -> str:
    import ftfy

    fixed = ftfy.fix_encoding(text)
    if fixed == text:
        fixed = _undo_gbk_reading(text)
    return fixed


def _repair_mojibake(frame: pl.DataFrame, column: str) -> pl.Series:
    # One regex with both alternatives scans each text once instead of twice.
    suspicious = frame.select(
        pl.col(column).str.contains(f"{_LATIN_MOJIBAKE}|{_gbk_mojibake_pattern()}")
    ).to_series().fill_null(False)
    return _apply_python_to_flagged(frame[column], suspicious, _repair_one)


# --- Zero-width characters ------------------------------------------------------------

def _remove_zero_width(frame: pl.DataFrame, column: str) -> pl.Series:
    """Remove zero-width characters, skipping the rewrite when the column has none.

    The rule is on by default, and a literal scan for five characters costs far less
    than rewriting every value of a large column.
    """
    if not frame.select(pl.col(column).str.contains_any(ZERO_WIDTH_CHARACTERS).any()).item():
        return frame[column]
    return frame.select(remove_zero_width_expr(pl.col(column))).to_series()


# --- Chinese script -------------------------------------------------------------------

_HAN = r"\p{Han}"
_KANA = r"[\p{Hiragana}\p{Katakana}]"


@cache
def _opencc_converter(direction: str) -> Callable[[str], str]:
    import opencc

    return opencc.OpenCC(direction).convert


def _convert_chinese_script(frame: pl.DataFrame, column: str, direction: str) -> pl.Series:
    # Japanese text also uses Han characters; text with kana is left as written.
    flagged = frame.select(
        pl.col(column).str.contains(_HAN) & ~pl.col(column).str.contains(_KANA)
    ).to_series().fill_null(False)
    return _apply_python_to_flagged(frame[column], flagged, _opencc_converter(direction))


# --- Boilerplate lines ----------------------------------------------------------------


def boilerplate_lines(values: pl.Series, min_share: float) -> list[str]:
    """Return the lines (stripped) that occur in at least `min_share` of the non-null values
    and in at least three of them."""
    present = values.drop_nulls()
    if present.is_empty():
        return []
    min_records = boilerplate_min_records(min_share, present.len())
    lines = (
        pl.DataFrame({"text": present})
        .with_row_index(_ROW)
        .select(_ROW, pl.col("text").str.split("\n").alias("line"))
        .explode("line")
        .with_columns(pl.col("line").str.strip_chars())
        .filter(pl.col("line") != "")
        .group_by("line")
        .agg(pl.col(_ROW).n_unique().alias("records"))
        .filter(pl.col("records") >= min_records)
        .sort("records", "line", descending=[True, False])
    )
    return lines["line"].to_list()


def boilerplate_min_records(min_share: float, values: int) -> int:
    """Return how many of `values` non-null values a line must occur in to be boilerplate."""
    return max(BOILERPLATE_MIN_RECORDS, int(-(-min_share * values // 1)))


def boilerplate_line_hash(line: pl.Expr, column_index: int) -> pl.Expr:
    """Return a 64-bit hash of a stripped line whose low two bits are `column_index` (0 to 3).

    The streaming build counts lines by this hash instead of by their text, and the tag
    keeps the counts of each column apart.
    """
    untagged = pl.lit(0xFFFF_FFFF_FFFF_FFFC, dtype=pl.UInt64)
    return (line.str.strip_chars().hash(seed=column_index) & untagged) | pl.lit(column_index, dtype=pl.UInt64)


def _remove_boilerplate(
    frame: pl.DataFrame, column: str, min_share: float, boilerplate: dict[str, pl.Expr] | None,
) -> pl.Series:
    """Remove boilerplate lines from each value of `column`.

    With `boilerplate` given, its expression for the column is true for each boilerplate
    line (a list element), and a column it does not name has none. Otherwise the lines are
    counted over this frame with `boilerplate_lines`.
    """
    if boilerplate is not None:
        if column not in boilerplate:
            return frame[column]
        known = boilerplate[column]
    else:
        lines = boilerplate_lines(frame[column], min_share)
        if not lines:
            return frame[column]
        known = pl.element().str.strip_chars().is_in(lines)
    lines = pl.col(column).str.split("\n")
    has_boilerplate = lines.list.eval(known).list.any()
    kept = lines.list.eval(pl.element().filter(~known)).list.join("\n").str.strip_chars("\n")
    # A record made only of boilerplate lines ("Thanks!") is left for the length and
    # dedup steps to judge, so no record turns empty here.
    return frame.select(
        pl.when(has_boilerplate & (kept.str.strip_chars() != "")).then(kept).otherwise(pl.col(column))
    ).to_series()


# --- Shared helpers -------------------------------------------------------------------


def _apply_python_to_flagged(values: pl.Series, flagged: pl.Series, function: Callable[[str], str]) -> pl.Series:
    """Apply `function` once per distinct flagged value and leave every other value as is."""
    candidates = values.filter(flagged).unique()
    if candidates.is_empty():
        return values
    mapping = {value: function(value) for value in candidates.to_list()}
    converted = values.replace_strict(mapping, default=values)
    return converted.alias(values.name)


def _rule_stat(rule: str, before: pl.DataFrame, after: pl.DataFrame, columns: list[str]) -> RuleStat:
    changed = pl.any_horizontal(
        [before[column].ne_missing(after[column]) for column in columns]
    ) if columns else pl.Series([], dtype=pl.Boolean)
    changed_mask = before.select(changed).to_series() if columns else changed
    count = int(changed_mask.sum())
    examples: list[tuple[str, str]] = []
    if count:
        for column in columns:
            pairs = pl.DataFrame({"before": before[column], "after": after[column]}).filter(
                pl.col("before").ne_missing(pl.col("after"))
            ).head(MAX_EXAMPLES - len(examples))
            for old, new in pairs.iter_rows():
                examples.append(((old or "")[:EXAMPLE_CHARS], (new or "")[:EXAMPLE_CHARS]))
            if len(examples) >= MAX_EXAMPLES:
                break
    return RuleStat(rule=rule, changed=count, examples=examples)


def apply_text_rules(
    frame: pl.DataFrame, columns: list[str], spec: CleaningSpec, *, boilerplate: dict[str, pl.Expr] | None = None,
) -> tuple[pl.DataFrame, list[RuleStat]]:
    """Apply the rules switched on in `spec` to each listed String column.

    Rules run in this order: html_to_text, repair_mojibake, remove_zero_width,
    chinese_script, remove_boilerplate_lines. Returns the new frame and one `RuleStat`
    per rule that ran, counting the records where any listed column changed.
    `boilerplate` gives, per column, an expression that is true for each boilerplate line
    (a list element), for a caller that counted the lines over more rows than `frame` has.
    """
    # A column with no value at all may arrive typed Null, which has no string methods.
    frame = frame.with_columns(pl.col(column).cast(pl.String) for column in columns)
    stats: list[RuleStat] = []
    for rule, function in _chosen_rules(spec, boilerplate):
        before = frame
        frame = frame.with_columns(function(frame, column).alias(column) for column in columns)
        stat = _rule_stat(rule, before, frame, columns)
        log.debug("cleaning rule %s changed %d records", rule, stat.changed)
        stats.append(stat)
    return frame, stats


def text_rule_names(spec: CleaningSpec) -> list[str]:
    """Return the names of the rules `apply_text_rules` runs for `spec`, in order."""
    return [name for name, _ in _chosen_rules(spec)]


def _chosen_rules(
    spec: CleaningSpec, boilerplate: dict[str, pl.Expr] | None = None,
) -> list[tuple[str, Callable[[pl.DataFrame, str], pl.Series]]]:
    rules: list[tuple[str, Callable[[pl.DataFrame, str], pl.Series]]] = []
    if spec.html_to_text:
        rules.append(("html_to_text", _html_to_text))
    if spec.repair_mojibake:
        rules.append(("repair_mojibake", _repair_mojibake))
    if spec.remove_zero_width:
        rules.append(("remove_zero_width", _remove_zero_width))
    if spec.chinese_script:
        direction = spec.chinese_script
        rules.append(("chinese_script", lambda df, c: _convert_chinese_script(df, c, direction)))
    if spec.remove_boilerplate_lines:
        share = spec.boilerplate_min_share
        rules.append(("remove_boilerplate_lines", lambda df, c: _remove_boilerplate(df, c, share, boilerplate)))
    return rules


# --- Reserved strings -----------------------------------------------------------------


def reserved_string_findings(frame: pl.DataFrame, columns: list[str], reserved: list[str]) -> pl.Series:
    """Return, per row, the reserved strings found in any of `columns` (List[String],
    empty when none), each listed once in order of first appearance."""
    if not reserved or not columns:
        return pl.select(pl.repeat(pl.lit([], dtype=pl.List(pl.String)), frame.height)).to_series().alias("reserved")
    found = pl.concat_list(
        pl.col(column).str.extract_many(reserved, overlapping=True).fill_null([]) for column in columns
    ).list.unique(maintain_order=True)
    return frame.select(found.alias("reserved")).to_series()


def escaped_form(reserved: str) -> str:
    """Return the escaped spelling of a reserved string.

    A string ending in ':' gets a space before the colon ("User:" becomes "User :").
    Any other string gets a space after its first character ("<|eot_id|>" becomes
    "< |eot_id|>", "[INST]" becomes "[ INST]").
    """
    if len(reserved) > 1 and reserved.endswith(":"):
        return reserved[:-1] + " :"
    return reserved[:1] + " " + reserved[1:]


def escape_reserved(frame: pl.DataFrame, columns: list[str], reserved: list[str]) -> tuple[pl.DataFrame, RuleStat]:
    """Rewrite every reserved string in `columns` in its `escaped_form`, so the model's
    prompt template no longer reads it as a role marker or special token."""
    if not reserved or not columns:
        return frame, RuleStat(rule="escape_reserved")
    mapping = {text: escaped_form(text) for text in reserved}
    escaped = frame.with_columns(
        pl.col(column).str.replace_many(mapping, leftmost=True).alias(column) for column in columns
    )
    return escaped, _rule_stat("escape_reserved", frame, escaped, columns)


# --- Length ---------------------------------------------------------------------------


def length_findings(frame: pl.DataFrame, columns: list[str], min_chars: int, max_chars: int) -> pl.Series:
    """Return `too_short` or `too_long` per row for the total characters over `columns`,
    or null; a limit of 0 is off."""
    if not columns:
        return pl.Series("length", [None] * frame.height, dtype=pl.String)
    total = pl.sum_horizontal(pl.col(column).str.len_chars().fill_null(0) for column in columns)
    reason = pl.when(total < 0).then(pl.lit("")).otherwise(pl.lit(None, dtype=pl.String))
    if max_chars > 0:
        reason = pl.when(total > max_chars).then(pl.lit("too_long")).otherwise(reason)
    if min_chars > 0:
        reason = pl.when(total < min_chars).then(pl.lit("too_short")).otherwise(reason)
    return frame.select(reason.alias("length")).to_series()
