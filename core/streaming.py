"""The streaming build: JSON Lines and CSV inputs larger than memory.

`build_streamed()` gives the same files as `core.pipeline.build()` for the recipes it
accepts, but never keeps the text in memory. It reads the inputs twice with Polars'
streaming engine (three times when boilerplate lines are removed):

0. With `remove_boilerplate_lines`, a first pass counts the lines of each text column by
   a 64-bit hash, so both later passes know which lines are boilerplate.
1. Pass 1 maps, cleans and checks every record with the expressions the in-memory build
   uses, and collects only a small frame per record: id, reason codes, a 64-bit hash of
   the JSON record, the token estimates and which cleaning rules changed it. With
   near-duplicate detection, it also keeps two hashes of the normalised text and the
   signature's row in a temporary file, where the MinHash signatures go.
2. In memory, on that small frame: exact and near duplicates, the seeded selection
   within the model's limits, the train/validation split and the report.
3. Pass 2 runs the same query again, joined with the small assignment, and sinks the
   JSON lines into temporary files that are renamed into place, report.json last.

Personal-data redaction and the text cleaning rules (HTML, mojibake, Chinese script,
boilerplate lines, reserved strings) run on each batch of rows inside both passes, with
the in-memory build's functions. What is not streamed (`streaming_blockers` names it):
conversations, documents, ticket exports, Excel and JSON arrays, keeping the most recent
near duplicate, redactions undone in the Review step, and stratified selection.

Differences from the in-memory build, all in the report only: cleaning rules list no
examples; blank JSONL lines are counted in one problem instead of one problem per line;
the messages of unreadable JSONL lines do not quote the parser's detail; CSV files are
read by Polars only, so a ragged or irregular CSV file stops a streamed build (it must be
built with streaming off, where the careful reader reports each faulty line). Equal
texts are recognised by two 64-bit hashes instead of by comparing them, for exact
duplicates, for equal normalised texts in near-duplicate detection and for boilerplate
lines (one hash, tagged with the column).
"""

from __future__ import annotations

import logging
import re
import tempfile
import threading
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import orjson
import polars as pl

from core.catalog import ModelInfo, RecordFormat, TaskSpec, load_catalog
from core.checks import reason_codes_expr, reason_messages_expr
from core.clean import BASIC_RULES, RuleStat
from core.neardup import SHINGLE_SIZE, stored_near_duplicates, text_features
from core.pii import active_types
from core.stage_clean import CleanOutcome, _text_rules_spec, clean_texts, later_rule_names
from core.textrules import (
    BOILERPLATE_MIN_RECORDS, apply_text_rules, boilerplate_line_hash, boilerplate_min_records,
)
from core.encoding import utf8_view
from core.errors import InputError, UsageError
from core.formats import record_json_expr
from core.export import (
    REJECTED_FILE, TRAIN_FILE, VALIDATION_FILE, _rejected_lines, assemble_report, check_output_folder, commit_files,
)
from core.progress import NEVER_CANCELLED, CancelToken, ProgressCallback, no_progress
from core.readers import NONTEXT, REJECT, SOURCE_FILE, SOURCE_ROW, Problem, SourceTable, detect_format
from core.readers.delimited import _first_line, _parse_header, _unique_names, encoding_problems, sniff_delimiter
from core.recipe import CleaningSpec, Recipe, SourceSpec
from core.split import assign_validation, plan_sizes, select_subset
from core.stages import (
    KIND_CONVERSATION, KIND_FIELDS, KIND_INPUT, _add_token_counts, _checks, _near_text_expr, map_fields,
)
from core.mapping import template_expr

if TYPE_CHECKING:
    from core.pipeline import BuildResult

log = logging.getLogger(__name__)

STREAMING_THRESHOLD_BYTES = 1 << 30
"""With `streaming = "auto"`, inputs totalling more than this are streamed when they can be."""

_STREAMED_FORMATS = {"jsonl": "line", "csv": "row", "tsv": "row"}
_SAMPLE_LINES = 1000
_NUMBER_OR_BOOLEAN = r"^(?:-?[0-9][0-9.eE+-]*|true|false)$"


class NotStreamable(Exception):
    """The recipe's data turned out not to be streamable once its files were opened.

    Raised only with `streaming = "auto"`; the caller then builds in memory.
    """


def streaming_blockers(recipe: Recipe) -> list[str]:
    """Name every setting or source that keeps the recipe from being streamed; empty when none."""
    blockers: list[str] = []
    cleaning = recipe.cleaning
    if cleaning.pii.enabled and recipe.review.pii_kept:
        blockers.append("redactions undone in the Review step (review.pii_kept)")
    if recipe.dedup.near and recipe.dedup.near_keep == "most_recent":
        blockers.append("keeping the most recent near duplicate (dedup.near_keep, --near-dedup-keep)")
    if recipe.split.stratify_by:
        blockers.append("a stratified selection (split.stratify_by)")
    if recipe.mapping.conversation:
        blockers.append("a conversation mapping (mapping.conversation)")
    for spec in recipe.sources:
        path = Path(spec.path)
        if path.suffix.lower() == ".zip":
            blockers.append(f"the source {path.name} is a .zip archive")
            continue
        try:
            fmt = spec.format if spec.format != "auto" else detect_format(path)
        except InputError as exc:
            blockers.append(f"the source {path.name} cannot be checked ({exc.message})")
            continue
        if fmt not in _STREAMED_FORMATS:
            blockers.append(f"the source {path.name} is {fmt}; only JSON Lines and CSV files are streamed")
    return blockers


def wants_streaming(recipe: Recipe) -> bool:
    """Decide from the recipe's `performance.streaming` whether to build with `build_streamed`.

    Raises:
        UsageError: streaming is "on" but a setting or source prevents it.
    """
    setting = recipe.performance.streaming
    if setting == "off" or not recipe.sources:
        return False
    if setting == "auto":
        total = sum(Path(s.path).stat().st_size for s in recipe.sources if Path(s.path).is_file())
        return total > STREAMING_THRESHOLD_BYTES and not streaming_blockers(recipe)
    blockers = streaming_blockers(recipe)
    if blockers:
        raise UsageError(
            "streaming is on (performance.streaming, --streaming on), but the build cannot be streamed "
            f"because of {'; '.join(blockers)}; change that, or set streaming to auto or off",
            code="streaming_not_possible", blockers=blockers,
        )
    return True


@dataclass
class _Source:
    """One input file opened for scanning."""

    index: int
    path: Path
    format: str
    scan_path: Path
    encoding: str
    columns: list[str]
    separator: str = ","
    problems: list[Problem] = field(default_factory=list)

    @property
    def word(self) -> str:
        return _STREAMED_FORMATS[self.format]


def build_streamed(
    recipe: Recipe,
    *,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken = NEVER_CANCELLED,
) -> BuildResult:
    """Build the recipe in two streamed passes and write the output folder atomically.

    Returns a `core.pipeline.BuildResult` whose `records` frame is empty (the records are
    never held in memory) and whose report has `"streamed": true`.

    Raises:
        NotStreamable: with streaming "auto", the files contain what cannot be streamed.
        UsageError: with streaming "on", the same; the message names the cause.
        InputError, MappingError: as the in-memory build raises them.
        Cancelled: `cancel` was set; nothing was written.
    """
    from core.pipeline import RECORD_COLUMNS, BuildResult

    out_dir = Path(recipe.output.folder)
    check_output_folder(out_dir)
    model = load_catalog().get(recipe.model.id)
    task_spec = model.task(recipe.mapping.task)
    progress("read", 0, None)
    with ExitStack() as stack:
        sources = [_open_source(index, spec, stack, progress, cancel) for index, spec in enumerate(recipe.sources)]
        cancel.raise_if_cancelled()
        signature_path = None
        if recipe.dedup.near:
            # Next to the output rather than in the system's temporary folder, which may be
            # kept in memory (tmpfs) and would then hold the signatures in RAM.
            folder = next(parent for parent in (out_dir, *out_dir.parents) if parent.is_dir())
            temporary = stack.enter_context(tempfile.TemporaryDirectory(prefix=".tunedata-", dir=folder))
            signature_path = Path(temporary) / "signatures"
        query = _Query(recipe, model, task_spec, sources, signature_path)

        progress("validate", 0, None)
        try:
            if recipe.cleaning.remove_boilerplate_lines:
                query.count_boilerplate()
                cancel.raise_if_cancelled()
            # NOTE(streaming): a pass cannot be stopped midway. Polars' background query
            # (`collect(background=True)` with `cancel()`) aborted the test process in a
            # later thread, so the token is checked between passes and sinks only.
            small = query.pass_one().collect(engine="streaming")
        except pl.exceptions.PolarsError as exc:
            _unreadable(recipe.performance.streaming == "on", sources, exc)
        finally:
            if query.near is not None:
                query.near.close()
        cancel.raise_if_cancelled()

        progress("split", 0, None)
        outcome = _decide(small, recipe, task_spec, sources, signature_path, cancel)
        rule_stats = [RuleStat(name, int(small[f"__changed_{name}"].sum())) for name in query.basic_rule_names]
        rule_stats += query.tally.rule_stats()
        warnings = query.warnings
        if query.prefix_system and small["__has_system"].any():
            warnings = [*warnings, {
                "code": "system_in_prompt",
                "message": f"{model.name} takes prompt/completion records, which have no system field, "
                "so the system prompt was put before each prompt",
            }]
        for source in sources:
            if source.format == "jsonl":
                source.problems.extend(_blank_line_problems(small, source))
        tables = [_table_entry(source) for source in sources]
        report = assemble_report(
            recipe=recipe, model=model, task_spec=task_spec, tables=tables, records=outcome.records,
            mapping=query.mapped.summary, rule_stats=rule_stats, split_info=outcome.split_info,
            warnings=warnings, pii=query.tally.summary(recipe.cleaning.pii.enabled),
        )
        rows_per_source = small.group_by("__src").len()
        rows = dict(rows_per_source.iter_rows())
        for entry, source in zip(report["inputs"], sources, strict=True):
            entry["rows"] = int(rows.get(source.index, 0))
        report["streamed"] = True
        # Only the assignment is needed from here on; pass 2 runs with the rest freed.
        del small
        outcome.records = outcome.records.clear()
        cancel.raise_if_cancelled()

        progress("write", 0, None)
        _write_streamed(out_dir, query, outcome, report, cancel)

    empty = pl.DataFrame(schema=dict(zip(RECORD_COLUMNS, _RECORD_DTYPES, strict=True)))
    counts = report["counts"]
    log.info(
        "streamed build finished: %d rows read, %d train, %d validation, %d rejected, %d duplicates -> %s",
        counts["rows_read"], counts["train"], counts["validation"], counts["rejected"], counts["duplicates"], out_dir,
    )
    progress("write", 1, 1)
    return BuildResult(report=report, records=empty, out_dir=out_dir)


_RECORD_DTYPES = (
    pl.Int64, pl.String, pl.Int64, pl.String, pl.String, pl.List(pl.String), pl.List(pl.String),
    pl.Int64, pl.Float64, pl.Int64, pl.Int64, pl.String,
)
"""Types of `core.pipeline.RECORD_COLUMNS`, in order, for the empty `records` frame."""


# --- opening the sources -------------------------------------------------------------------


def _open_source(index: int, spec: SourceSpec, stack: ExitStack, progress: ProgressCallback, cancel: CancelToken) -> _Source:
    """Open one source as UTF-8 (transcoding a legacy encoding to a temporary copy) and find its columns."""
    path = Path(spec.path)
    if not path.is_file():
        raise InputError(f"{path}: file not found; check the path or add the file again",
                         code="file_not_found", path=str(path))
    fmt = spec.format if spec.format != "auto" else detect_format(path)
    view = stack.enter_context(utf8_view(path, spec.encoding, progress=progress, cancel=cancel))
    problems = encoding_problems(view, path)
    if fmt == "jsonl":
        columns, bom = _jsonl_columns(view.path)
        if bom:
            problems.append(Problem(
                "utf8_bom", "line 1: the file starts with a UTF-8 byte order mark (BOM); it was ignored", line=1, row=1,
            ))
        return _Source(index, path, "jsonl", view.path, view.label, columns, problems=problems)
    header_line = _first_line(view, path)
    separator = "\t" if fmt == "tsv" and "\t" in header_line else sniff_delimiter(header_line)
    columns, header_problems = _unique_names(_parse_header(header_line, separator, path))
    return _Source(index, path, fmt, view.path, view.label, columns, separator, header_problems + problems)


def _jsonl_columns(path: Path) -> tuple[list[str], bool]:
    """Return the keys of the first objects of a JSON Lines file, in first-seen order, and whether it has a BOM.

    NOTE(streaming): a key that first appears after the sampled lines is not a column, so
    a template naming it is refused as the in-memory build would refuse a missing column.
    """
    columns: dict[str, None] = {}
    bom = False
    with open(path, "rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw, bom = raw[3:], True
            if number > _SAMPLE_LINES:
                break
            try:
                value = orjson.loads(raw) if raw.strip() else None
            except orjson.JSONDecodeError:
                continue
            if isinstance(value, dict):
                columns.update(dict.fromkeys(key for key in value if not key.startswith("__")))
    return list(columns), bom


def _table_entry(source: _Source) -> SourceTable:
    """A table without rows that carries what the report lists about the source."""
    return SourceTable(path=source.path, format=source.format, frame=pl.DataFrame(),
                       encoding=source.encoding, problems=source.problems)


# --- the lazy query ------------------------------------------------------------------------


class _Query:
    """The lazy query both passes run: read, map, clean, estimate, check and encode."""

    def __init__(
        self, recipe: Recipe, model: ModelInfo, task_spec: TaskSpec, sources: list[_Source], signature_path: Path | None,
    ) -> None:
        self.recipe, self.model, self.task_spec, self.sources = recipe, model, task_spec, sources
        strict = recipe.performance.streaming == "on"
        columns = list(dict.fromkeys(name for source in sources for name in source.columns))
        self.warnings = _columns_differ(sources)
        shape = pl.DataFrame(schema={
            **{name: pl.String for name in columns}, SOURCE_FILE: pl.String, SOURCE_ROW: pl.Int64,
            REJECT: pl.String, NONTEXT: pl.List(pl.String), "__key": pl.String, "__id": pl.Int64,
        })
        self.mapped = map_fields(shape, recipe, task_spec)
        self.warnings += self.mapped.warnings
        if self.mapped.kind == KIND_CONVERSATION:
            _raise_not_streamable(strict, "the files contain conversations (a conversation or messages column)")
        if "ticket_id" in columns:
            _raise_not_streamable(strict, "a source has a ticket_id column, whose records must stay on one side of the split")
        self.kind = self.mapped.kind
        used = sorted({name for template in self.mapped.templates.values() for name in template.columns})
        # Columns the checks read: the used ones and their other-case spellings (key_case_mismatch).
        folded = {name.casefold() for name in used}
        self.read_columns = [name for name in columns if name in used or name.casefold() in folded]
        for name in self.read_columns:
            if "'" in name or "\\" in name:
                _raise_not_streamable(strict, f"the key {name!r} contains a quote or backslash")
        self.used = used
        cleaning = recipe.cleaning
        self.basic_rule_names = [name for name, _, _ in BASIC_RULES if getattr(cleaning, name)]
        pii_types = [kind.name for kind in active_types(cleaning.pii)] if cleaning.pii.enabled else []
        self.tally = _CleaningTally(later_rule_names(cleaning, model.reserved_strings), pii_types)
        self.prefix_system = (
            task_spec.record_format == RecordFormat.PROMPT_COMPLETION and self.kind != KIND_INPUT
        )
        self.checks = _checks(self.mapped, recipe, model, task_spec)
        self.boilerplate: dict[str, pl.Expr] | None = None
        """Per text column, the test for boilerplate lines; set by `count_boilerplate`."""
        self.near = (
            _NearFeatures(signature_path, self.kind, already_nfkc=cleaning.nfkc, with_chars=recipe.dedup.near_keep == "longest")
            if signature_path is not None else None
        )

    def _scan(self, source: _Source) -> pl.LazyFrame:
        text = [pl.col(name) for name in self.read_columns if name in source.columns]
        missing = [pl.lit(None, dtype=pl.String).alias(n) for n in self.read_columns if n not in source.columns]
        name = source.path.name
        if source.format == "jsonl":
            frame = self._scan_jsonl(source)
        else:
            frame = (
                pl.scan_csv(source.scan_path, separator=source.separator, has_header=True, new_columns=source.columns,
                            infer_schema=False, quote_char='"', raise_if_empty=False)
                .with_row_index(SOURCE_ROW, offset=2)
                .with_columns(pl.col(source.columns).fill_null(""), pl.lit(None, dtype=pl.String).alias(REJECT),
                              pl.lit("").alias("__nontext_hit"))
                # Reading the last column makes Polars parse every field of a row, so a row
                # with more fields than the header stops the build instead of being cut short.
                .with_columns(pl.col(source.columns[-1]).is_null().alias("__parsed"))
            )
        return frame.select(
            *text, *missing,
            pl.lit(source.index, dtype=pl.UInt16).alias("__src"),
            pl.lit(str(source.path)).alias(SOURCE_FILE),
            pl.col(SOURCE_ROW).cast(pl.Int64),
            pl.concat_str(pl.lit(f"{name}:"), pl.col(SOURCE_ROW).cast(pl.String)).alias("__key"),
            pl.concat_str(pl.lit(f"{name} {source.word} "), pl.col(SOURCE_ROW).cast(pl.String)).alias("__where"),
            REJECT, "__nontext_hit", pl.col("__parsed") if source.format != "jsonl" else pl.lit(False).alias("__parsed"),
        )

    def _scan_jsonl(self, source: _Source) -> pl.LazyFrame:
        """Scan a JSON Lines file line by line, taking each used key's value as text.

        A line is one String value: no JSON text holds the unit separator or a raw line
        break, so no line is split. Blank lines are skipped, as the in-memory reader does.
        """
        line = pl.col("__line")
        frame = (
            pl.scan_csv(source.scan_path, has_header=False, separator="\x1f", quote_char=None,
                        schema={"__line": pl.String}, raise_if_empty=False)
            .with_row_index(SOURCE_ROW, offset=1)
            .with_columns(line.str.strip_prefix("\ufeff").str.strip_chars())
            .filter(line.is_not_null() & (line != ""))
        )
        present = [name for name in self.read_columns if name in source.columns]
        values = {name: line.str.json_path_match(f"$['{name}']") for name in present}
        number = pl.col(SOURCE_ROW).cast(pl.String)
        reject = (
            pl.when(~line.str.starts_with("{"))
            .then(pl.concat_str(pl.lit("line "), number, pl.lit(": not a JSON object (found "), _kind_expr(line), pl.lit(")")))
            .when(line.str.json_path_match("$").is_null())
            .then(pl.concat_str(pl.lit("line "), number, pl.lit(": invalid JSON")))
        )
        # A number or true/false is kept as its JSON text, as the in-memory reader keeps
        # it, and its column is flagged for the not_text check.
        flags = [
            pl.when(
                values[name].str.contains(_NUMBER_OR_BOOLEAN)
                & line.str.contains('"' + re.escape(name) + r'"\s*:\s*(?:-?[0-9]|true|false)')
            ).then(pl.lit(name))
            for name in present if name in self.used
        ]
        nontext = pl.concat_list(flags).list.drop_nulls().list.join(", ") if flags else pl.lit("")
        return frame.with_columns(
            *(value.alias(name) for name, value in values.items()), reject.alias(REJECT), nontext.alias("__nontext_hit"),
        )

    def _texts(self) -> tuple[pl.LazyFrame, list[str]]:
        """Return every record with its mapped text columns after the basic cleaning rules,
        and the names of those columns."""
        frame = pl.concat([self._scan(source) for source in self.sources], how="vertical")
        frame = frame.with_row_index("__id", offset=1).with_columns(pl.col("__id").cast(pl.Int64))
        templates = self.mapped.templates
        system = template_expr(templates["system"]) if "system" in templates else pl.lit(None, dtype=pl.String)
        if self.kind == KIND_INPUT:
            text_columns = ["__system", "__input"]
            frame = frame.with_columns(template_expr(templates["input"]).alias("__input"),
                                       pl.lit(None, dtype=pl.String).alias("__system"))
        else:
            text_columns = ["__prompt", "__completion", "__system"]
            frame = frame.with_columns(template_expr(templates["prompt"]).alias("__prompt"),
                                       template_expr(templates["completion"]).alias("__completion"),
                                       system.alias("__system"))
        return self._clean(frame, text_columns), text_columns

    def count_boilerplate(self) -> None:
        """Count the lines of each text column over every record, in a pass of its own, and
        keep the test for boilerplate lines that both later passes apply.

        Lines are counted by `boilerplate_line_hash`, so memory grows with the number of
        distinct lines (a hash table entry each) and not with their text.
        """
        frame, columns = self._texts()
        counter = _LineCounter(self.recipe.cleaning, columns)
        counts = (
            frame.map_batches(counter, schema=pl.Schema({"__line": pl.List(pl.UInt64)}), streamable=True)
            .select(pl.col("__line").explode())
            .drop_nulls()
            .group_by("__line")
            .len()
            .filter(pl.col("len") >= BOILERPLATE_MIN_RECORDS)
            .collect(engine="streaming")
        )
        share = self.recipe.cleaning.boilerplate_min_share
        self.boilerplate = {}
        for index, column in enumerate(columns):
            min_records = boilerplate_min_records(share, counter.values[column])
            hashes = counts.filter(((pl.col("__line") & 3) == index) & (pl.col("len") >= min_records))["__line"]
            if hashes.len():
                self.boilerplate[column] = boilerplate_line_hash(pl.element(), index).is_in(hashes.implode())

    def records(self, tally: _CleaningTally | None = None) -> pl.LazyFrame:
        """Return every record with its JSON text, token estimates and reason codes, in input order.

        `tally`, when given, counts what the text rules and redaction change while the query runs.
        """
        frame, text_columns = self._texts()
        if self.tally.rule_counts or self.recipe.cleaning.pii.enabled:
            rules = _LaterRules(self.recipe.cleaning, text_columns, self.model.reserved_strings, tally, self.boilerplate)
            frame = frame.map_batches(rules, schema=frame.collect_schema(), streamable=True)
        frame = frame.with_columns(pl.when(pl.col("__system") != "").then(pl.col("__system")).alias("__system"))
        if self.kind != KIND_INPUT:
            frame = frame.with_columns(pl.lit(None, dtype=pl.String).alias("__input"))
        frame = _add_token_counts(frame, self.kind)
        has_content = pl.col("__input").is_not_null() if self.kind == KIND_INPUT else pl.lit(True)
        frame = frame.with_columns(pl.when(has_content).then(record_json_expr(
            str(self.task_spec.record_format), system_as_prompt_prefix=self.prefix_system,
            from_fields=self.kind == KIND_FIELDS,
        )).alias("__record"))
        return frame.with_columns(reason_codes_expr(self.checks))

    def _clean(self, frame: pl.LazyFrame, columns: list[str]) -> pl.LazyFrame:
        """Apply every basic cleaning rule switched on, in order, flagging the records each one changed.

        The in-memory build first looks for rows a rule could change; applying a rule to a
        row it cannot change leaves the row as it was, so the result is the same.
        """
        for name, rule, _ in BASIC_RULES:
            if name not in self.basic_rule_names:
                continue
            frame = frame.with_columns(rule(pl.col(c).cast(pl.String)).alias(f"{c}#{name}") for c in columns)
            frame = frame.with_columns(
                pl.any_horizontal(pl.col(f"{c}#{name}").ne_missing(pl.col(c)) for c in columns).alias(f"__changed_{name}")
            ).with_columns(pl.col(f"{c}#{name}").alias(c) for c in columns).drop(f"{c}#{name}" for c in columns)
        return frame

    def pass_one(self) -> pl.LazyFrame:
        """Build the small per-record frame kept in memory (measured with the build around it:
        about 145 bytes a record)."""
        eligible = pl.col("__reasons").list.len() == 0
        extra = [pl.col("__system").is_not_null().alias("__has_system")] if self.prefix_system else []
        frame = self.records(self.tally)
        if self.near is not None:
            schema = {**frame.collect_schema(), **self.near.schema}
            frame = frame.map_batches(self.near, schema=pl.Schema(schema), streamable=True)
            extra += list(self.near.schema)
        return frame.select(
            "__id", "__src", pl.col(SOURCE_ROW).cast(pl.Int32), "__reasons", "__parsed",
            pl.when(eligible).then(pl.col("__record").hash(seed=0)).alias("__hash"),
            pl.when(eligible).then(pl.col("__record").hash(seed=1)).alias("__hash2"),
            pl.col("__tokens_aws").cast(pl.Int32), pl.col("__tokens_script").cast(pl.Int32),
            *(f"__changed_{name}" for name in self.basic_rule_names), *extra,
        )


class _CleaningTally:
    """Counts of what the text rules and redaction changed in pass 1, added up batch by batch.

    Counting on the side keeps no column per record (a column of redacted types measured
    about 120 MB on 9.6 million records). Polars calls the batch function from its worker
    threads, so a lock guards the sums. Pass 2 runs the same query without a tally, so
    nothing is counted twice.
    """

    def __init__(self, rule_names: list[str], pii_types: list[str]) -> None:
        self._lock = threading.Lock()
        self.rule_counts = dict.fromkeys(rule_names, 0)
        self.pii_counts = dict.fromkeys(pii_types, 0)
        self.pii_records = 0

    def add(self, outcome: CleanOutcome) -> None:
        with self._lock:
            for stat in outcome.stats:
                self.rule_counts[stat.rule] += stat.changed
            for kind, count in outcome.pii_counts.items():
                self.pii_counts[kind] = self.pii_counts.get(kind, 0) + count
            self.pii_records += outcome.pii_records

    def rule_stats(self) -> list[RuleStat]:
        """Return one `RuleStat` per text rule, without examples."""
        return [RuleStat(name, count) for name, count in self.rule_counts.items()]

    def summary(self, enabled: bool) -> dict[str, Any]:
        """Return the report's `pii` section."""
        return {"enabled": enabled, "records": self.pii_records, "counts": dict(self.pii_counts)}


class _LaterRules:
    """The cleaning that follows the basic rules, run by `clean_texts` on one streamed batch.

    Each row is its own redaction scope and the text rules streamed read one value at a
    time, so the output does not depend on how rows are batched. The counts go to the
    tally, so pass 1 keeps no original value.
    """

    def __init__(
        self, spec: CleaningSpec, columns: list[str], reserved: list[str], tally: _CleaningTally | None,
        boilerplate: dict[str, pl.Expr] | None,
    ) -> None:
        self.spec, self.columns, self.reserved, self.tally = spec, columns, reserved, tally
        self.boilerplate = boilerplate

    def __call__(self, batch: pl.DataFrame) -> pl.DataFrame:
        outcome = clean_texts(
            batch, self.columns, self.spec, reserved=self.reserved, key_column="__key", basic=False,
            boilerplate=self.boilerplate,
        )
        if self.tally is not None:
            self.tally.add(outcome)
        return outcome.frame


class _LineCounter:
    """The text rules before boilerplate removal, run on one batch of the counting pass,
    which return each record's distinct line hashes and count the non-null values per column."""

    def __init__(self, spec: CleaningSpec, columns: list[str]) -> None:
        self._lock = threading.Lock()
        self.spec = _text_rules_spec(spec).model_copy(update={"remove_boilerplate_lines": False})
        self.columns = columns
        self.values = dict.fromkeys(columns, 0)

    def __call__(self, batch: pl.DataFrame) -> pl.DataFrame:
        frame, _ = apply_text_rules(batch.select(self.columns), self.columns, self.spec)
        with self._lock:
            for column in self.columns:
                self.values[column] += frame[column].is_not_null().sum()
        line = pl.element()
        hashes = [
            pl.col(column).str.split("\n")
            .list.eval(boilerplate_line_hash(line.filter(line.str.strip_chars() != ""), index))
            .list.unique()
            .fill_null(pl.lit([], dtype=pl.List(pl.UInt64)))
            for index, column in enumerate(self.columns)
        ]
        return frame.select(pl.concat_list(hashes).alias("__line"))


class _NearFeatures:
    """Near-duplicate features of the records that passed every check, added to each
    batch of pass 1, with their signatures appended to a file.

    The records keep the two hashes, the unit count and the signature's row in the file,
    about 24 bytes each. The signatures, 256 bytes each, stay on disk. Polars calls
    the batch function from its worker threads, so a lock guards the file and its row count.
    """

    def __init__(self, path: Path, kind: str, *, already_nfkc: bool, with_chars: bool) -> None:
        self._lock = threading.Lock()
        self._handle = open(path, "wb")
        self._written = 0
        self.path, self.kind, self.already_nfkc = path, kind, already_nfkc
        self.schema: dict[str, pl.DataType] = {
            "__nd_key": pl.UInt64(), "__nd_key2": pl.UInt64(), "__nd_units": pl.Int32(), "__nd_position": pl.Int64(),
        }
        if with_chars:
            self.schema["__nd_chars"] = pl.Int32()

    def __call__(self, batch: pl.DataFrame) -> pl.DataFrame:
        eligible = np.flatnonzero((batch["__reasons"].list.len() == 0).to_numpy())
        texts = batch[eligible].select(_near_text_expr(self.kind)).to_series()
        features, signatures = text_features(texts, already_nfkc=self.already_nfkc)
        with self._lock:
            first = self._written
            self._handle.write(signatures.tobytes())
            self._written += signatures.shape[0]
        long = np.flatnonzero((features["units"] >= SHINGLE_SIZE).to_numpy())
        scattered = {
            "__nd_key": (eligible, features["key"]),
            "__nd_key2": (eligible, features["key2"]),
            "__nd_units": (eligible, features["units"]),
            "__nd_position": (eligible[long], pl.Series(np.arange(first, first + long.size, dtype=np.int64))),
        }
        if "__nd_chars" in self.schema:
            scattered["__nd_chars"] = (eligible, texts.str.len_chars())
        columns = [
            pl.repeat(None, batch.height, dtype=self.schema[name], eager=True).scatter(rows, values.cast(self.schema[name]))
            .alias(name)
            for name, (rows, values) in scattered.items()
        ]
        return batch.with_columns(columns)

    def close(self) -> None:
        self._handle.close()


def _unreadable(strict: bool, sources: list[_Source], error: Exception) -> None:
    """Stop a streamed build whose file Polars cannot read as a regular table, e.g. a ragged CSV file.

    NOTE(streaming): Polars 2.1 also fails ("CSV malformed: expected … rows") on some valid
    files with line breaks inside quoted fields, such as the GBK medical Q&A sample. The
    in-memory reader reads them.
    """
    names = ", ".join(source.path.name for source in sources)
    detail = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    if not strict:
        raise NotStreamable(f"{names}: {detail}")
    raise InputError(
        f"{names}: the streaming reader could not read the file ({detail}). It cannot read a CSV file "
        "with rows of different lengths, nor some files whose quoted fields contain line breaks: build it "
        "with streaming off, which reads such files and reports each faulty line",
        code="streaming_read_failed", path=names, detail=detail,
    )


def _kind_expr(line: pl.Expr) -> pl.Expr:
    """Name the kind of JSON value a line holds from its first character, as the in-memory reader names it."""
    first = line.str.head(1)
    return (
        pl.when(first == "[").then(pl.lit("a list"))
        .when(first == '"').then(pl.lit("a string"))
        .when(line == "null").then(pl.lit("null"))
        .when(line.is_in(["true", "false"])).then(pl.lit("a boolean"))
        .otherwise(pl.lit("a number"))
    )


def _raise_not_streamable(strict: bool, reason: str) -> None:
    if strict:
        raise UsageError(
            f"streaming is on (performance.streaming, --streaming on), but the build cannot be streamed because "
            f"{reason}; set streaming to auto or off", code="streaming_not_possible", blockers=[reason],
        )
    raise NotStreamable(reason)


def _columns_differ(sources: list[_Source]) -> list[dict[str, str]]:
    if len({tuple(sorted(source.columns)) for source in sources}) <= 1:
        return []
    described = "; ".join(f"{s.path.name}: {', '.join(s.columns)}" for s in sources)
    return [{
        "code": "columns_differ",
        "message": f"the input files have different columns ({described}); "
        "missing columns are empty in the rows of files that lack them",
    }]


# --- in memory: duplicates, selection and split ---------------------------------------------

STATUS = pl.Enum(["train", "validation", "rejected", "duplicate"])


@dataclass
class _Outcome:
    records: pl.DataFrame
    """`status`, `reasons`, `tokens_aws`, `tokens_script` per record: what the report counts."""
    split_info: dict[str, Any]
    selected: int
    train: pl.Series
    validation: pl.Series
    duplicates: pl.DataFrame
    """`__id`, `__duplicate_of`, `__kept_where`, `__near` (Boolean) and `__similarity` (null
    for an exact duplicate) of each duplicate."""


def _row_label_expr(sources: list[_Source], template: str) -> pl.Expr:
    """Per record, the text `template` gives with its file name and the word for its rows,
    followed by its row or line number: "faq.csv:12" for the Review step's keys, or
    "faq.csv row 12" for messages."""
    prefix = pl.col("__src").replace_strict(
        [s.index for s in sources], [template.format(name=s.path.name, word=s.word) for s in sources],
        return_dtype=pl.String,
    )
    return pl.concat_str(prefix, pl.col(SOURCE_ROW).cast(pl.String))


def _decide(
    small: pl.DataFrame, recipe: Recipe, task_spec: TaskSpec, sources: list[_Source],
    signature_path: Path | None, cancel: CancelToken,
) -> _Outcome:
    """Mark duplicates, select and split the eligible records, as `core.stages` does in memory."""
    eligible = pl.col("__reasons").list.len() == 0
    duplicates = pl.DataFrame(schema={"__id": pl.Int64, "__duplicate_of": pl.Int64, "__kept_where": pl.String})
    if recipe.dedup.exact:
        # NOTE(dedup): records count as equal here when two 64-bit hashes with different
        # seeds are equal, because the text is not kept to compare. Unlike the in-memory
        # build, a collision of both would mark a different record as a duplicate. With n
        # records the chance is about n² / 2¹²⁹, if the two hashes are independent.
        # Only records whose first hash repeats take part, so the grouping by both stays
        # small: grouping every record by two columns measured 0.7 GB more on 9.6 million.
        hashes = ["__hash", "__hash2"]
        repeated = small.filter(eligible & pl.col("__hash").is_duplicated())
        first = repeated.filter(pl.struct(hashes).is_duplicated()).select(
            "__id", "__src", SOURCE_ROW, pl.col("__id").min().over(hashes).alias("__duplicate_of")
        )
        candidates = first.filter(pl.col("__id") != pl.col("__duplicate_of"))
        if recipe.review.included:
            keys = _row_label_expr(sources, "{name}:")
            candidates = candidates.filter(~keys.is_in(recipe.review.included))
        kept = first.join(candidates.select(pl.col("__duplicate_of").alias("__id")).unique(), on="__id", how="semi")
        kept_where = kept.select(
            pl.col("__id").alias("__duplicate_of"),
            _row_label_expr(sources, "{name} {word} ").alias("__kept_where"),
        )
        duplicates = candidates.select("__id", "__duplicate_of").join(
            kept_where, on="__duplicate_of", how="left", maintain_order="left"
        )
    duplicates = duplicates.with_columns(pl.lit(False).alias("__near"), pl.lit(None, dtype=pl.Float64).alias("__similarity"))
    if signature_path is not None:
        near = _near_duplicates(small, recipe, sources, duplicates["__id"], signature_path, cancel)
        duplicates = pl.concat([duplicates, near])
    is_duplicate = pl.col("__id").is_in(duplicates["__id"].implode())
    is_near = pl.col("__id").is_in(duplicates.filter("__near")["__id"].implode())
    small = small.with_columns(is_duplicate.alias("__is_duplicate"), is_near.alias("__is_near"))

    eligible_ids = small.filter(eligible & ~pl.col("__is_duplicate")).select("__id")
    limits = [value for value in (task_spec.max_records, recipe.split.max_records) if value is not None]
    max_total = min(limits) if limits else None
    sizes = plan_sizes(
        eligible_ids.height, fraction=recipe.split.validation_fraction,
        validation_supported=task_spec.validation_supported, max_records=max_total,
        max_train=task_spec.max_train_records, max_validation=task_spec.max_validation_records,
        min_per_file=task_spec.min_records_per_file,
    )
    selected_mask = select_subset(eligible_ids, sizes.selected, seed=recipe.split.seed, stratify_by=None)
    selected = eligible_ids.filter(selected_mask)
    # The in-memory build keeps a document's or ticket's records together; here every
    # record is its own group, named as the in-memory build names it.
    validation_mask = assign_validation(
        selected.select(pl.format("#{}", pl.col("__id"))).to_series(), sizes.validation, seed=recipe.split.seed
    )
    train = selected.filter(~validation_mask)["__id"]
    validation = selected.filter(validation_mask)["__id"]
    del selected_mask

    status = (
        pl.when(pl.col("__id").is_in(train.implode())).then(pl.lit("train"))
        .when(pl.col("__id").is_in(validation.implode())).then(pl.lit("validation"))
        .when(pl.col("__is_duplicate")).then(pl.lit("duplicate"))
        .otherwise(pl.lit("rejected")).cast(STATUS)
    )
    records = small.select(
        status.alias("status"),
        pl.when(pl.col("__is_near")).then(pl.concat_list("__reasons", pl.lit(["near_duplicate"])))
        .when(pl.col("__is_duplicate")).then(pl.concat_list("__reasons", pl.lit(["duplicate"])))
        .when(eligible & (status == "rejected")).then(pl.lit(["not_selected"]))
        .otherwise(pl.col("__reasons")).alias("reasons"),
        pl.col("__tokens_aws").cast(pl.Int64).alias("tokens_aws"),
        pl.col("__tokens_script").cast(pl.Int64).alias("tokens_script"),
    )
    validation_count = validation.len()
    split_info = {
        "seed": recipe.split.seed,
        "validation_fraction": recipe.split.validation_fraction,
        "eligible": eligible_ids.height,
        "selected": selected.height,
        "max_records": max_total,
        "stratify_by": "",
        "train": selected.height - validation_count,
        "validation": validation_count,
        "notes": list(sizes.notes),
    }
    return _Outcome(records, split_info, sizes.selected, train, validation, duplicates)


def _near_duplicates(
    small: pl.DataFrame, recipe: Recipe, sources: list[_Source], exact: pl.Series, signature_path: Path,
    cancel: CancelToken,
) -> pl.DataFrame:
    """Return the near duplicates with the columns of `_Outcome.duplicates`.

    As in memory, only records that passed every check, are no exact duplicate and were
    not kept in the Review step take part.
    """
    # Only the columns needed are taken before filtering, because a filter copies every
    # column it keeps: all of `small` would be about 1.4 GB on 9.6 million records (an
    # estimate from its measured 145 bytes per record).
    near_columns = [name for name in small.columns if name.startswith("__nd_")]
    candidates = small.select("__id", "__src", SOURCE_ROW, *near_columns).filter(
        (small["__reasons"].list.len() == 0) & ~small["__id"].is_in(exact.implode())
    )
    if recipe.review.included:
        keys = _row_label_expr(sources, "{name}:")
        candidates = candidates.filter(~keys.is_in(recipe.review.included))
    features = candidates.select(
        pl.col("__id").alias("id"), pl.col("__nd_key").alias("key"), pl.col("__nd_key2").alias("key2"),
        pl.col("__nd_units").alias("units"), pl.col("__nd_position").alias("position"),
        *([pl.col("__nd_chars").alias("chars")] if "__nd_chars" in candidates.columns else []),
    )
    found = stored_near_duplicates(
        features, signature_path, recipe.dedup.near_threshold, recipe.dedup.near_keep, cancel=cancel,
    ).filter(pl.col("duplicate_of").is_not_null())
    kept_where = candidates.join(found.select(pl.col("duplicate_of").alias("__id")).unique(), on="__id", how="semi").select(
        pl.col("__id").alias("__duplicate_of"),
        _row_label_expr(sources, "{name} {word} ").alias("__kept_where"),
    )
    return found.select(
        pl.col("id").alias("__id"), pl.col("duplicate_of").cast(pl.Int64).alias("__duplicate_of"),
        pl.lit(True).alias("__near"), pl.col("similarity").alias("__similarity"),
    ).join(kept_where, on="__duplicate_of", how="left", maintain_order="left").select(
        "__id", "__duplicate_of", "__kept_where", "__near", "__similarity",
    )


def _blank_line_problems(small: pl.DataFrame, source: _Source) -> list[Problem]:
    """Report the blank lines of a JSON Lines file: the line numbers no record has.

    NOTE(streaming): blank lines after the last record leave no gap and are not reported.
    """
    rows = small.filter(pl.col("__src") == source.index).select(SOURCE_ROW)
    gaps = rows.select(
        pl.int_ranges(pl.col(SOURCE_ROW).shift(1, fill_value=0) + 1, pl.col(SOURCE_ROW)).explode().drop_nulls()
    ).to_series().to_list()
    return [Problem("blank_line", f"line {number}: blank line skipped", line=number) for number in gaps]


# --- pass 2: writing -----------------------------------------------------------------------


def _write_streamed(
    out_dir: Path, query: _Query, outcome: _Outcome, report: dict[str, Any], cancel: CancelToken
) -> None:
    """Sink train, validation and rejected lines to temporary files, then rename them, report last."""
    records = query.records()
    train, validation = outcome.train.implode(), outcome.validation.implode()
    outputs: list[tuple[str, pl.LazyFrame]] = [
        (TRAIN_FILE, records.filter(pl.col("__id").is_in(train)).select(pl.col("__record").alias("record"))),
    ]
    if report["files"].get("validation"):
        outputs.append((VALIDATION_FILE, records.filter(pl.col("__id").is_in(validation))
                        .select(pl.col("__record").alias("record"))))
    outputs.append((REJECTED_FILE, _rejected_lines(_rejected(records, query, outcome))))

    writers = [
        (name, lambda path, lines=lines: lines.sink_csv(
            path, include_header=False, quote_style="never", line_terminator="\n", engine="streaming",
        ))
        for name, lines in outputs
    ]
    commit_files(out_dir, writers, report, cancel)


def _rejected(records: pl.LazyFrame, query: _Query, outcome: _Outcome) -> pl.LazyFrame:
    """The rejected and duplicate rows with the columns `export._rejected_lines` reads.

    Messages are built here, for these rows only, as `core.stages` builds them.
    """
    exported = pl.col("__id").is_in(outcome.train.implode()) | pl.col("__id").is_in(outcome.validation.implode())
    frame = records.filter(~exported).join(
        outcome.duplicates.lazy(), on="__id", how="left", maintain_order="left"
    )
    duplicate = pl.col("__duplicate_of").is_not_null()
    not_selected = (pl.col("__reasons").list.len() == 0) & ~duplicate
    duplicate_message = pl.when(pl.col("__near")).then(pl.format(
        "{}: near duplicate of record {} ({}, estimated similarity {}), which is kept",
        pl.col("__where"), pl.col("__duplicate_of"), pl.col("__kept_where"), pl.col("__similarity").round(2),
    )).otherwise(pl.format(
        "{}: {} of record {} ({}), which is kept",
        pl.col("__where"), pl.lit("exact duplicate"), pl.col("__duplicate_of"), pl.col("__kept_where"),
    ))
    duplicate_code = pl.when(pl.col("__near")).then(pl.lit(["near_duplicate"])).otherwise(pl.lit(["duplicate"]))
    return frame.select(
        pl.col("__id").alias("id"), pl.col(SOURCE_FILE).alias("source_file"), pl.col(SOURCE_ROW).alias("source_row"),
        pl.when(duplicate).then(pl.lit("duplicate")).otherwise(pl.lit("rejected")).alias("status"),
        pl.when(not_selected).then(pl.lit(["not_selected"]))
        .when(duplicate).then(pl.concat_list("__reasons", duplicate_code))
        .otherwise(pl.col("__reasons")).alias("reasons"),
        pl.when(not_selected).then(pl.concat_list(pl.format(
            "{}: not selected: at most {} records can be exported, so a seeded subset was kept",
            pl.col("__where"), pl.lit(outcome.selected),
        )))
        .when(duplicate).then(pl.concat_list(reason_messages_expr(query.checks), duplicate_message))
        .otherwise(reason_messages_expr(query.checks)).alias("messages"),
        pl.col("__duplicate_of").alias("duplicate_of"),
        pl.col("__record").alias("record"),
    )


__all__ = ["NotStreamable", "STREAMING_THRESHOLD_BYTES", "build_streamed", "streaming_blockers", "wants_streaming"]
