"""Writing a build: the .jsonl files, rejected.jsonl and report.json (see docs/report.md).

Files are UTF-8 without BOM, one JSON object per line, each line ending in a line feed,
non-ASCII text written as itself. Every file goes to a temporary name in the output
folder first. Only when all are written are they renamed into place, report.json last,
so a crash or a cancel leaves the folder as it was before the build.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import polars as pl

from core import __version__
from core.atomic import make_temporary
from core.catalog import Lifecycle, ModelInfo, TaskSpec
from core.clean import RuleStat
from core.errors import InputError
from core.progress import NEVER_CANCELLED, CancelToken
from core.readers import SourceTable
from core.recipe import Recipe

TRAIN_FILE = "train.jsonl"
VALIDATION_FILE = "validation.jsonl"
REJECTED_FILE = "rejected.jsonl"
REPORT_FILE = "report.json"


def write_outputs(
    out_dir: Path, records: pl.DataFrame, report: dict[str, Any], *, cancel: CancelToken = NEVER_CANCELLED
) -> None:
    """Write the build's files into `out_dir` atomically; inputs are never touched.

    Raises:
        InputError: `out_dir` exists and is not a folder.
    """
    check_output_folder(out_dir)
    writers = [
        (name, lambda path, rows=rows, to_lines=to_lines: _write_lines(rows, to_lines, path, cancel))
        for name, rows, to_lines in _outputs(records, report)
    ]
    commit_files(out_dir, writers, report, cancel)


def commit_files(
    out_dir: Path, writers: list[tuple[str, Callable[[Path], None]]], report: dict[str, Any], cancel: CancelToken,
) -> None:
    """Write each file of `writers` (name, function writing to a path) and then report.json
    to temporary names in `out_dir`, and rename them all into place only when every one
    is written. On an error or a cancel the temporary files are deleted and nothing of
    `out_dir` changes. A validation.jsonl of an earlier build is removed when the report
    lists none.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    pending: list[tuple[Path, Path]] = []
    try:
        for name, write in writers:
            cancel.raise_if_cancelled()
            temporary = make_temporary(out_dir / name)
            pending.append((temporary, out_dir / name))
            write(temporary)
        cancel.raise_if_cancelled()
        report_text = json.dumps(report, ensure_ascii=False, indent=2) + "\n"
        report_temporary = make_temporary(out_dir / REPORT_FILE)
        pending.append((report_temporary, out_dir / REPORT_FILE))
        report_temporary.write_text(report_text, encoding="utf-8", newline="\n")
        cancel.raise_if_cancelled()
    except BaseException:
        for temporary, _ in pending:
            temporary.unlink(missing_ok=True)
        raise

    for temporary, target in pending:
        os.replace(temporary, target)
    if not report["files"].get("validation"):
        (out_dir / VALIDATION_FILE).unlink(missing_ok=True)


def check_output_folder(out_dir: Path) -> None:
    """Raise `InputError` when the output path exists but is not a folder."""
    if out_dir.exists() and not out_dir.is_dir():
        raise InputError(
            f"{out_dir} is a file, not a folder; choose a folder for the output files",
            code="output_not_folder", path=str(out_dir),
        )


def _outputs(records: pl.DataFrame, report: dict[str, Any]) -> list[tuple[str, pl.DataFrame, Any]]:
    """Return (file name, rows, function from rows to a one-column frame of JSON lines)."""
    def record_only(rows: pl.DataFrame) -> pl.DataFrame:
        return rows.select("record")

    outputs = [(TRAIN_FILE, records.filter(pl.col("status") == "train"), record_only)]
    if report["files"].get("validation"):
        outputs.append((VALIDATION_FILE, records.filter(pl.col("status") == "validation"), record_only))
    rejected = records.filter(pl.col("status").is_in(["rejected", "duplicate"]))
    outputs.append((REJECTED_FILE, rejected, _rejected_lines))
    return outputs


def _rejected_lines(rejected: pl.DataFrame) -> pl.DataFrame:
    """Build one JSON object per rejected or duplicate row, with the record it would have been."""
    meta = pl.struct(
        "id", "source_file", "source_row", "status", "reasons", "messages", "duplicate_of",
    ).struct.json_encode()
    return rejected.select(
        pl.concat_str(
            meta.str.head(-1), pl.lit(',"record":'), pl.col("record").fill_null("null"), pl.lit("}")
        ).alias("record")
    )


_ROWS_PER_WRITE = 100_000


def _write_lines(rows: pl.DataFrame, to_lines: Any, path: Path, cancel: CancelToken) -> None:
    """Write rows as JSON lines in slices, so that only one slice's text is built at a time.

    JSON text never contains a raw line break, so each value is written as one line.
    """
    with path.open("wb") as handle:
        for chunk in rows.iter_slices(_ROWS_PER_WRITE):
            cancel.raise_if_cancelled()
            to_lines(chunk).write_csv(handle, include_header=False, quote_style="never", line_terminator="\n")


def assemble_report(
    *,
    recipe: Recipe,
    model: ModelInfo,
    task_spec: TaskSpec,
    tables: list[SourceTable],
    records: pl.DataFrame,
    mapping: dict[str, Any],
    rule_stats: list[RuleStat],
    split_info: dict[str, Any],
    warnings: list[dict[str, str]],
    pii: dict[str, Any],
) -> dict[str, Any]:
    """Build the report dictionary; see docs/report.md for every key."""
    status_counts = dict(records.group_by("status").len().iter_rows())
    counts = {
        "rows_read": records.height,
        "train": status_counts.get("train", 0),
        "validation": status_counts.get("validation", 0),
        "rejected": status_counts.get("rejected", 0),
        "duplicates": status_counts.get("duplicate", 0),
    }
    reason_counts = (
        records.select(pl.col("reasons").explode().drop_nulls()).to_series().value_counts(sort=True, name="n")
    )
    reasons = {row[0]: row[1] for row in reason_counts.sort(["n", "reasons"], descending=[True, False]).iter_rows()}
    exported = records.filter(pl.col("status").is_in(["train", "validation"]))

    errors, more_warnings = _dataset_findings(model, task_spec, counts, split_info, recipe, tables)
    return {
        "tool": {"name": "tunedata", "version": __version__},
        "recipe_version": recipe.version,
        "model": {
            "id": model.id, "name": model.name, "lifecycle": str(model.lifecycle),
            "record_format": str(task_spec.record_format),
        },
        "task": str(recipe.mapping.task),
        "inputs": [_input_entry(table) for table in tables],
        "mapping": mapping,
        "counts": counts,
        "reasons": reasons,
        "tokens": {
            "aws": _token_stats(exported["tokens_aws"]),
            "script": _token_stats(exported["tokens_script"]),
            "limit_per_record": task_spec.max_tokens_per_record,
            "checked_against": "the larger of the two estimates",
        },
        "cleaning": [_rule_entry(stat, with_examples=not pii["enabled"]) for stat in rule_stats],
        "pii": pii,
        "split": split_info,
        "review": {"excluded": len(recipe.review.excluded), "included": len(recipe.review.included)},
        "files": {
            "train": TRAIN_FILE,
            "validation": VALIDATION_FILE if counts["validation"] else None,
            "rejected": REJECTED_FILE,
        },
        "errors": errors,
        "warnings": warnings + more_warnings,
    }


def _rule_entry(stat: RuleStat, *, with_examples: bool) -> dict[str, Any]:
    """Describe one cleaning rule's effect. Examples are left out when personal data is
    redacted, because the text before cleaning may still contain the original values."""
    entry: dict[str, Any] = {"rule": stat.rule, "changed": stat.changed}
    entry["examples"] = [list(pair) for pair in stat.examples] if with_examples else []
    return entry


def _input_entry(table: SourceTable) -> dict[str, Any]:
    return {
        "path": str(table.path),
        "format": table.format,
        "encoding": table.encoding,
        "sheet": table.sheet,
        "rows": table.frame.height,
        "problems": [
            {"code": p.code, "message": p.message, "severity": p.severity, "line": p.line, "row": p.row}
            for p in table.problems
        ],
    }


def _token_stats(values: pl.Series) -> dict[str, int]:
    if values.len() == 0:
        return {"total": 0, "max": 0, "p50": 0, "p95": 0}
    return {
        "total": int(values.sum()),
        "max": int(values.max()),
        "p50": int(values.quantile(0.5, interpolation="nearest")),
        "p95": int(values.quantile(0.95, interpolation="nearest")),
    }


def _dataset_findings(
    model: ModelInfo,
    task_spec: TaskSpec,
    counts: dict[str, int],
    split_info: dict[str, Any],
    recipe: Recipe,
    tables: list[SourceTable],
) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    errors: list[dict[str, str]] = []
    warnings: list[dict[str, str]] = []
    exported = counts["train"] + counts["validation"]
    if exported < task_spec.min_records:
        errors.append({
            "code": "too_few_records",
            "message": f"{exported} records can be exported, but {model.name} needs at least "
            f"{task_spec.min_records}; add data or fix the rejected rows (see rejected.jsonl)",
        })
    if split_info["eligible"] > split_info["selected"]:
        capped_by = (
            "the recipe's maximum (max_records)" if recipe.split.max_records == split_info["max_records"]
            else f"{model.name}'s maximum"
        )
        how = f"a subset stratified by {recipe.split.stratify_by}" if recipe.split.stratify_by else "a seeded random subset"
        warnings.append({
            "code": "records_not_selected",
            "message": f"{split_info['eligible']} records were valid, but {capped_by} allows "
            f"{split_info['selected']}; {how} was kept and the rest are in rejected.jsonl "
            "with the reason not_selected",
        })
    for note in split_info["notes"]:
        warnings.append({"code": "split_adjusted", "message": note})
    if recipe.split.validation_fraction > 0 and not task_spec.validation_supported:
        warnings.append({
            "code": "validation_not_supported",
            "message": f"{model.name} takes no validation file, so every selected record is in train.jsonl",
        })
    if model.lifecycle != Lifecycle.ACTIVE:
        warnings.append({"code": f"model_{model.lifecycle}", "message": f"{model.name}: {model.lifecycle_note}"})
    if not task_spec.available:
        warnings.append({
            "code": "task_unavailable",
            "message": f"Bedrock currently offers {recipe.mapping.task} for no model; {model.name} supported it "
            "in the past, so the file follows its format, but a job may not start",
        })
    for table in tables:
        if table.details.get("failed"):
            errors.extend({"code": p.code, "message": p.message} for p in table.problems)
        elif table.problems:
            warnings.append({
                "code": "input_problems",
                "message": f"{table.path.name}: {len(table.problems)} problem(s) while reading; "
                "see inputs[].problems in this report",
            })
    return errors, warnings
