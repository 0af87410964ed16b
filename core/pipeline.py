"""The dataset build: read, map, clean, deduplicate, estimate tokens, validate, split, export.

`build()` runs a whole recipe and writes the output folder. `plan()` runs the same steps
without writing, for the window's Review step. `preview_records()` maps the first rows of
already-read sources into the exact JSON records the chosen model would get.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

from core.progress import NEVER_CANCELLED, CancelToken, ProgressCallback, no_progress
from core.readers import SourceTable
from core.recipe import Recipe

# Values of the `status` column of `BuildResult.records`.
STATUS_TRAIN = "train"
STATUS_VALIDATION = "validation"
STATUS_REJECTED = "rejected"
STATUS_DUPLICATE = "duplicate"


@dataclass
class BuildResult:
    """Everything one build produced.

    `records` has one row per input row, in input order, with the columns
    `id` (Int64, 1-based across all sources), `source_file` (String), `source_row` (Int64),
    `key` (String, "source_file:source_row", used by the recipe's review lists),
    `status` (one of the STATUS_* values), `reasons` (List[String] of reason codes),
    `messages` (List[String], one English sentence per reason), `duplicate_of` (Int64 id
    of the kept record, or null), `tokens_aws` and `tokens_script` (Int64 estimates),
    and `record` (String: the JSON line as exported, or as it would have been).
    """

    report: dict[str, Any]
    records: pl.DataFrame
    out_dir: Path | None = None
    tables: list[SourceTable] = field(default_factory=list)

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
    """Read every source of the recipe."""
    raise NotImplementedError


def plan(
    recipe: Recipe,
    *,
    tables: list[SourceTable] | None = None,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken = NEVER_CANCELLED,
) -> BuildResult:
    """Run every step of the build without writing files; reuse `tables` when given."""
    raise NotImplementedError


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
    """
    raise NotImplementedError


def preview_records(recipe: Recipe, tables: list[SourceTable], limit: int = 5) -> list[dict[str, Any]]:
    """Return the JSON records the first `limit` input rows become for the chosen model.

    Each item is {"source_file", "source_row", "record" (dict or None), "reasons" (list)}.
    """
    raise NotImplementedError
