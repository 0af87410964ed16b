"""Seeded selection and training/validation split.

Randomness comes from NumPy's `default_rng(seed)`, whose streams NumPy keeps stable
across versions, so the same recipe and data give the same split.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import polars as pl


@dataclass(frozen=True)
class SplitPlan:
    """How many records go to training and validation, and why."""

    selected: int
    train: int
    validation: int
    notes: tuple[str, ...] = ()


def plan_sizes(
    available: int,
    *,
    fraction: float,
    validation_supported: bool,
    max_records: int | None,
    max_train: int | None,
    max_validation: int | None,
    min_per_file: int | None,
) -> SplitPlan:
    """Decide the selected total and the validation size within the model's limits."""
    notes: list[str] = []
    selected = available if max_records is None else min(available, max_records)
    validation = 0
    if fraction > 0 and validation_supported:
        validation = int(round(selected * fraction))
        if max_validation is not None and validation > max_validation:
            validation = max_validation
            notes.append(f"validation set capped at the model's maximum of {max_validation} records")
        if min_per_file and 0 < validation < min_per_file:
            notes.append(
                f"no validation set: {validation} records would be fewer than the {min_per_file} "
                "a validation file needs for this model"
            )
            validation = 0
    if max_train is not None and selected - validation > max_train:
        selected = max_train + validation
        notes.append(f"training set capped at the model's maximum of {max_train} records")
    return SplitPlan(selected, selected - validation, validation, tuple(notes))


def select_subset(
    eligible: pl.DataFrame, size: int, *, seed: int, stratify_by: str | None
) -> pl.Series:
    """Return a Boolean mask over `eligible`: True for the `size` rows kept.

    Without `stratify_by`, a seeded uniform sample. With it, every value of that column
    keeps its share of the rows (largest-remainder rounding), each value sampled at random.
    """
    count = eligible.height
    if size >= count:
        return pl.Series("selected", [True] * count, dtype=pl.Boolean)
    rng = np.random.default_rng(seed)
    random_key = pl.Series("__rand", rng.random(count))

    if not stratify_by:
        order = np.argsort(random_key.to_numpy(), kind="stable")
        mask = np.zeros(count, dtype=bool)
        mask[order[:size]] = True
        return pl.Series("selected", mask)

    frame = eligible.select(pl.col(stratify_by).cast(pl.String).fill_null("").alias("__stratum")).with_columns(
        random_key
    )
    counts = frame.group_by("__stratum").len().sort("__stratum")
    exact = counts["len"].to_numpy() * size / count
    quota = np.floor(exact).astype(np.int64)
    remainder_order = np.argsort(-(exact - quota), kind="stable")
    quota[remainder_order[: size - int(quota.sum())]] += 1
    quotas = counts.with_columns(pl.Series("__quota", quota)).select("__stratum", "__quota")
    ranked = frame.with_columns(
        pl.col("__rand").rank("ordinal").over("__stratum").alias("__rank")
    ).join(quotas, on="__stratum", how="left", maintain_order="left")
    return (ranked["__rank"] <= ranked["__quota"]).alias("selected")


def assign_validation(groups: pl.Series, validation_size: int, *, seed: int) -> pl.Series:
    """Return a Boolean mask: True for rows that go to the validation set.

    Whole groups move together, so that the records of one ticket or one document never
    straddle training and validation. Groups are taken in seeded random
    order while they fit; the validation set can therefore end a little smaller than asked.
    """
    count = groups.len()
    if validation_size <= 0 or count == 0:
        return pl.Series("validation", [False] * count, dtype=pl.Boolean)
    codes = groups.cast(pl.String).rank("dense").cast(pl.Int64).to_numpy() - 1
    group_count = int(codes.max()) + 1
    sizes = np.bincount(codes, minlength=group_count)
    rng = np.random.default_rng(seed + 1)
    order = rng.permutation(group_count)
    chosen = np.zeros(group_count, dtype=bool)
    taken = 0
    for group in order:
        if taken >= validation_size:
            break
        if taken + sizes[group] <= validation_size:
            chosen[group] = True
            taken += int(sizes[group])
    return pl.Series("validation", chosen[codes])
