"""The dataset build: read, map, clean, deduplicate, estimate tokens, validate, split, export.

`build()` runs a whole recipe and writes the output folder. `plan()` runs the same steps
without writing, for the window's Review step. `preview_records()` maps the first rows of
already-read sources into the exact JSON records the chosen model would get.

Every input row ends in exactly one place: training, validation, rejected (with reasons)
or duplicate (with the id of the kept record), so `rows_read == train + validation +
rejected + duplicates` holds for every build.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

from core.catalog import ModelInfo, TaskSpec, load_catalog
from core.errors import InputError, MappingError
from core.export import assemble_report, check_output_folder, write_outputs
from core.progress import NEVER_CANCELLED, CancelToken, ProgressCallback, no_progress
from core.readers import NONTEXT, REJECT, SOURCE_FILE, SOURCE_ROW, Problem, SourceTable, read_source
from core.recipe import Recipe, Task
from core.stages import MappedFrame, apply_checks, map_fields, clean_mapped, mark_duplicates, select_and_split

log = logging.getLogger(__name__)

# Values of the `status` column of `BuildResult.records`.
STATUS_TRAIN = "train"
STATUS_VALIDATION = "validation"
STATUS_REJECTED = "rejected"
STATUS_DUPLICATE = "duplicate"

RECORD_COLUMNS = (
    "id", "source_file", "source_row", "key", "status", "reasons", "messages",
    "duplicate_of", "similarity", "tokens_aws", "tokens_script", "record",
)

# Word used in messages for `__source_row`, by source format.
_ROW_WORDS = {"jsonl": "line", "json": "item", "pdf": "chunk", "docx": "chunk", "html": "chunk",
              "markdown": "chunk", "text": "chunk"}
_DOCUMENT_FORMATS = frozenset({"pdf", "docx", "html", "markdown", "text"})


@dataclass
class BuildResult:
    """Everything one build produced.

    `records` has one row per input row, in input order, with the columns
    `id` (Int64, 1-based across all sources), `source_file` (String), `source_row` (Int64),
    `key` (String, "file name:source_row", used by the recipe's review lists; the name has
    no folder, so the lists still match after the project folder moves),
    `status` (one of the STATUS_* values), `reasons` (List[String] of reason codes),
    `messages` (List[String], one English sentence per reason), `duplicate_of` (Int64 id
    of the kept record, or null), `similarity` (Float64 estimated Jaccard similarity to the
    kept record for near duplicates, else null), `tokens_aws` and `tokens_script` (Int64 estimates),
    and `record` (String: the JSON line as exported, or as it would have been).
    After a streamed build (`core.streaming`) `records` has these columns but no rows,
    because the records were never held in memory; the files and the report are complete.
    """

    report: dict[str, Any]
    records: pl.DataFrame
    out_dir: Path | None = None
    tables: list[SourceTable] = field(default_factory=list)
    pii_findings: pl.DataFrame | None = None
    """`id` and `findings` (List[Struct{column, type, placeholder, original}]) of records with
    redacted personal data. It contains the original values, so it stays in memory only."""

    @property
    def exit_code(self) -> int:
        """0 when the dataset is valid for the model, 1 when the report lists errors."""
        return 1 if self.report.get("errors") else 0


def read_sources(
    recipe: Recipe,
    *,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken = NEVER_CANCELLED,
) -> list[SourceTable]:
    """Read every source of the recipe; documents are cut into chunks for the model's budget.

    A file that cannot be read stops the build only when it is the only source. With
    several sources the failed file becomes an empty table whose problem states why, and the
    report lists it as an error.

    Raises:
        InputError: the recipe has no sources, or its only source cannot be read.
        Cancelled: `cancel` was set.
    """
    if not recipe.sources:
        raise InputError("no input files; add at least one source file", code="no_sources")
    tables: list[SourceTable] = []
    count = len(recipe.sources)
    for index, spec in enumerate(recipe.sources):
        cancel.raise_if_cancelled()
        progress("read", index, count)
        try:
            table = read_source(spec, progress=progress, cancel=cancel)
        except InputError as exc:
            if count == 1:
                raise
            log.warning("skipping unreadable source %s: %s", spec.path, exc.message)
            table = _failed_table(Path(spec.path), spec.format, exc)
        if table.format in _DOCUMENT_FORMATS and table.frame.height:
            table = _chunk_document(table, recipe)
        tables.append(table)
    progress("read", count, count)
    return tables


def _failed_table(path: Path, fmt: str, error: InputError) -> SourceTable:
    frame = pl.DataFrame(
        schema={SOURCE_FILE: pl.String, SOURCE_ROW: pl.Int64, REJECT: pl.String, NONTEXT: pl.List(pl.String)}
    )
    problem = Problem(code=error.code, message=error.message, severity="error")
    return SourceTable(path=path, format=fmt, frame=frame, problems=[problem], details={"failed": True})


def _chunk_document(table: SourceTable, recipe: Recipe) -> SourceTable:
    from core.chunking import chunk_document_table

    spec = _task_spec(recipe)[1]
    budget = recipe.documents.chunk_tokens or max(64, int(spec.max_tokens_per_record * 0.9))
    return chunk_document_table(table, budget, recipe.documents.overlap_tokens)


def _task_spec(recipe: Recipe) -> tuple[ModelInfo, TaskSpec]:
    model = load_catalog().get(recipe.model.id)
    return model, model.task(recipe.mapping.task)


def plan(
    recipe: Recipe,
    *,
    tables: list[SourceTable] | None = None,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken = NEVER_CANCELLED,
) -> BuildResult:
    """Run every step of the build without writing files; reuse `tables` when given.

    Raises:
        InputError, MappingError, CatalogError: the recipe cannot be built as it is.
        Cancelled: `cancel` was set.
    """
    model, task_spec = _task_spec(recipe)
    if tables is None:
        tables = read_sources(recipe, progress=progress, cancel=cancel)
    cancel.raise_if_cancelled()

    frame, warnings = _combine(tables)
    progress("map", 0, None)
    mapped = map_fields(frame, recipe, task_spec)
    cancel.raise_if_cancelled()

    progress("clean", 0, None)
    mapped, rule_stats = clean_mapped(mapped, recipe, model)
    cancel.raise_if_cancelled()

    progress("validate", 0, None)
    mapped = apply_checks(mapped, recipe, model, task_spec)
    cancel.raise_if_cancelled()

    progress("dedup", 0, None)
    mapped = mark_duplicates(mapped, recipe, progress=progress, cancel=cancel)
    cancel.raise_if_cancelled()

    progress("split", 0, None)
    work, split_info = select_and_split(mapped.frame, recipe, task_spec)
    cancel.raise_if_cancelled()

    records = _records_frame(work)
    report = assemble_report(
        recipe=recipe, model=model, task_spec=task_spec, tables=tables, records=records,
        mapping=mapped.summary, rule_stats=rule_stats, split_info=split_info,
        warnings=warnings + mapped.warnings,
        pii={"enabled": recipe.cleaning.pii.enabled, "records": mapped.pii_records, "counts": mapped.pii_counts},
    )
    findings = None
    if mapped.pii_findings is not None:
        findings = mapped.pii_findings.rename({"__id": "id"})
    return BuildResult(report=report, records=records, tables=tables, pii_findings=findings)


def build(
    recipe: Recipe,
    *,
    tables: list[SourceTable] | None = None,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken = NEVER_CANCELLED,
) -> BuildResult:
    """Run the whole build and write train, validation, rejected and report files.

    Files are written to temporary names and renamed only when every step has finished,
    so a cancelled or failed build leaves the output folder as it was.

    Without `tables`, the recipe's `performance.streaming` may choose the streaming build
    (`core.streaming`), which reads the files twice and never holds them in memory; its
    result has an empty `records` frame and the report says `"streamed": true`.

    Raises:
        UsageError: streaming is "on" but a setting or source prevents it.
    """
    if tables is None:
        from core.streaming import NotStreamable, build_streamed, wants_streaming

        if wants_streaming(recipe):
            try:
                return build_streamed(recipe, progress=progress, cancel=cancel)
            except NotStreamable as exc:
                log.info("building in memory: %s", exc)
    out_dir = Path(recipe.output.folder)
    check_output_folder(out_dir)
    result = plan(recipe, tables=tables, progress=progress, cancel=cancel)
    progress("write", 0, None)
    write_outputs(out_dir, result.records, result.report, cancel=cancel)
    result.out_dir = out_dir
    counts = result.report["counts"]
    log.info(
        "build finished: %d rows read, %d train, %d validation, %d rejected, %d duplicates -> %s",
        counts["rows_read"], counts["train"], counts["validation"], counts["rejected"],
        counts["duplicates"], out_dir,
    )
    progress("write", 1, 1)
    return result


def preview_records(recipe: Recipe, tables: list[SourceTable], limit: int = 5) -> list[dict[str, Any]]:
    """Return the JSON records the first `limit` input rows become for the chosen model.

    Each item is {"source_file", "source_row", "record" (dict or None), "reasons" (list)}.
    Duplicates and the split are not considered: this shows the shape, not the selection.
    """
    import orjson

    heads = [
        SourceTable(path=t.path, format=t.format, frame=t.frame.head(limit), encoding=t.encoding, sheet=t.sheet)
        for t in tables
    ]
    model, task_spec = _task_spec(recipe)
    frame, _ = _combine(heads)
    mapped = map_fields(frame.head(limit), recipe, task_spec)
    mapped, _ = clean_mapped(mapped, recipe, model)
    mapped = apply_checks(mapped, recipe, model, task_spec)
    rows = mapped.frame.select("__source_file", "__source_row", "__record", "__reasons", "__messages")
    return [
        {
            "source_file": row["__source_file"],
            "source_row": row["__source_row"],
            "record": orjson.loads(row["__record"]) if row["__record"] is not None else None,
            "reasons": row["__reasons"],
            "messages": row["__messages"],
        }
        for row in rows.iter_rows(named=True)
    ]


def _combine(tables: list[SourceTable]) -> tuple[pl.DataFrame, list[dict[str, str]]]:
    """Stack the sources into one frame with `__id` and `__where`, warning when columns differ."""
    warnings: list[dict[str, str]] = []
    frames = []
    column_sets = {tuple(sorted(t.columns)) for t in tables if not t.details.get("failed")}
    if len(column_sets) > 1:
        described = "; ".join(f"{t.path.name}: {', '.join(t.columns)}" for t in tables if not t.details.get("failed"))
        warnings.append({
            "code": "columns_differ",
            "message": f"the input files have different columns ({described}); "
            "missing columns are empty in the rows of files that lack them",
        })
    for table in tables:
        word = _ROW_WORDS.get(table.format, "row")
        frame = table.frame
        if REJECT not in frame.columns:
            frame = frame.with_columns(pl.lit(None, dtype=pl.String).alias(REJECT))
        if NONTEXT not in frame.columns:
            frame = frame.with_columns(pl.lit([], dtype=pl.List(pl.String)).alias(NONTEXT))
        group = pl.lit(str(table.path)) if table.format in _DOCUMENT_FORMATS else pl.lit(None, dtype=pl.String)
        frame = frame.with_columns(
            pl.concat_str(
                pl.lit(f"{table.path.name} {word} "), pl.col(SOURCE_ROW).cast(pl.String)
            ).alias("__where"),
            pl.col(SOURCE_FILE).cast(pl.String),
            pl.concat_str(pl.lit(f"{table.path.name}:"), pl.col(SOURCE_ROW).cast(pl.String)).alias("__key"),
            group.alias("__group"),
        )
        frames.append(frame)
    combined = pl.concat(frames, how="diagonal_relaxed") if frames else pl.DataFrame()
    combined = combined.with_row_index("__id", offset=1).with_columns(pl.col("__id").cast(pl.Int64))
    return combined, warnings


def _records_frame(work: pl.DataFrame) -> pl.DataFrame:
    return work.select(
        pl.col("__id").alias("id"),
        pl.col(SOURCE_FILE).alias("source_file"),
        pl.col(SOURCE_ROW).cast(pl.Int64).alias("source_row"),
        pl.col("__key").alias("key"),
        pl.col("__status").alias("status"),
        pl.col("__reasons").alias("reasons"),
        pl.col("__messages").alias("messages"),
        pl.col("__duplicate_of").alias("duplicate_of"),
        pl.col("__similarity").alias("similarity"),
        pl.col("__tokens_aws").alias("tokens_aws"),
        pl.col("__tokens_script").alias("tokens_script"),
        pl.col("__record").alias("record"),
    )


__all__ = [
    "BuildResult", "MappedFrame", "MappingError", "RECORD_COLUMNS", "STATUS_DUPLICATE", "STATUS_REJECTED",
    "STATUS_TRAIN", "STATUS_VALIDATION", "Task", "build", "plan", "preview_records", "read_sources",
]
