"""Near-duplicate detection with MinHash and locality-sensitive hashing (LSH).

Texts are normalised (NFKC, lower case, punctuation and spaces removed or collapsed),
split into sentences, and turned into shingles: character 3-grams for text with Chinese,
Japanese or Korean characters, word 3-grams for other text. Shingles never cross a
sentence boundary, so reordered sentences still match. A sentence shorter than the
shingle size is one shingle.

A whole text shorter than the shingle size (好的, はい, "ok thanks") gets no signature:
it is compared as a whole normalised string, so distinct short texts never collide.

The MinHash is computed with NumPy over all shingles of a chunk at once instead of with
datasketch's per-record `MinHash`, because datasketch 2.0 took 1.8 s on one core for
`MinHash.bulk` plus LSH insertion of 20,000 records of 25 words. That is about 90 s per
million records before any shingling. benchmarks/neardup_quality.py times this module.

Candidate pairs from the LSH bands are kept when their estimated Jaccard similarity (the
share of equal signature slots) reaches the threshold, and the kept pairs are joined
into clusters with connected components. A cluster can therefore chain: A is kept with
B and B with C even when A and C alone would fall below the threshold.
"""

from __future__ import annotations

import logging
from typing import Literal

import numpy as np
import polars as pl

from core.errors import UsageError
from core.progress import NEVER_CANCELLED, CancelToken, ProgressCallback, no_progress

log = logging.getLogger(__name__)

SHINGLE_SIZE = 3
NUM_PERM = 128
CHUNK_RECORDS = 10_000
MAX_ALL_PAIRS_BUCKET = 64

KeepRule = Literal["first", "longest", "most_recent"]

_ROW = "__neardup_row"
_CJK = r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]"
# Sentence ends: CJK and Western terminators, and a period followed by a space or the end
# (so "3.5" and "example.com" are not split). Commas are not boundaries, so adding or
# dropping one changes no shingle.
_SENTENCE_END = r"[。！？!?；;\n]+|\.(?:\s+|$)"
_NOT_WORD = r"[\p{P}\p{S}\s]+"


def normalise_expr(column: str) -> pl.Expr:
    """Return sentences (List[String]) of a text column after NFKC, lower case and the
    removal of punctuation; CJK sentences also lose their spaces."""
    text = pl.col(column).str.normalize("NFKC").str.to_lowercase()
    is_cjk = text.str.contains(_CJK)
    sentences = text.str.replace_all(_SENTENCE_END, "\n").str.split("\n")
    cleaned = sentences.list.eval(
        pl.element().str.replace_all(_NOT_WORD, " ").str.strip_chars()
    )
    cjk = cleaned.list.eval(pl.element().str.replace_all(" ", "", literal=True))
    chosen = pl.when(is_cjk).then(cjk).otherwise(cleaned)
    return chosen.list.eval(pl.element().filter(pl.element() != ""))


def _prepare(frame: pl.DataFrame, text_column: str) -> pl.DataFrame:
    """Return row, is_cjk, sentences, whole (normalised text) and units (characters or words)."""
    prepared = frame.select(
        pl.int_range(pl.len(), dtype=pl.Int64).alias(_ROW),
        pl.col(text_column).str.normalize("NFKC").str.to_lowercase().str.contains(_CJK).fill_null(False).alias("is_cjk"),
        normalise_expr(text_column).fill_null([]).alias("sentences"),
    )
    whole = pl.when(pl.col("is_cjk")).then(pl.col("sentences").list.join("")).otherwise(pl.col("sentences").list.join(" "))
    units = (
        pl.when(pl.col("is_cjk"))
        .then(whole.str.len_chars())
        .otherwise(pl.col("sentences").list.eval(pl.element().str.split(" ").list.len()).list.sum())
    )
    return prepared.with_columns(whole.alias("whole"), units.fill_null(0).alias("units"))


def _shingle_hashes(prepared: pl.DataFrame) -> pl.DataFrame:
    """Return (row, hash) per shingle of the records in `prepared`, grouped by row."""
    sentences = prepared.select(_ROW, "is_cjk", "sentences").explode("sentences").drop_nulls("sentences")
    cjk = sentences.filter(pl.col("is_cjk")).select(_ROW, pl.col("sentences").alias("sentence"))
    cjk = cjk.with_columns(
        pl.int_ranges(0, (pl.col("sentence").str.len_chars().cast(pl.Int64) - SHINGLE_SIZE + 1).clip(lower_bound=1)).alias("offset")
    ).explode("offset")
    cjk_grams = cjk.select(_ROW, pl.col("sentence").str.slice(pl.col("offset"), SHINGLE_SIZE).alias("gram"))

    words = sentences.filter(~pl.col("is_cjk")).select(_ROW, pl.col("sentences").str.split(" ").alias("words"))
    words = words.with_columns(
        pl.int_ranges(0, (pl.col("words").list.len().cast(pl.Int64) - SHINGLE_SIZE + 1).clip(lower_bound=1)).alias("offset")
    ).explode("offset")
    word_grams = words.select(_ROW, pl.col("words").list.slice(pl.col("offset"), SHINGLE_SIZE).list.join(" ").alias("gram"))

    # Each record is either CJK or not, so its shingles stay contiguous after the concat,
    # which is all the MinHash needs; a repeated shingle does not change a minimum.
    grams = pl.concat([cjk_grams, word_grams])
    return grams.select(_ROW, pl.col("gram").hash(seed=7).alias("hash"))


class _MinHasher:
    """MinHash with 32-bit arithmetic: slot k of a shingle hash x is (a_k * x + b_k) mod 2^32.

    x is the high half of Polars' 64-bit string hash, so it is already well mixed, and
    each (a_k odd, b_k) pair permutes it. NumPy has SIMD kernels for 32-bit but not 64-bit
    multiplication, which makes this about 20 times faster than a 64-bit family. On
    random sets of 60 shingles the similarity estimate had no measurable bias and the
    standard deviation of sqrt(J(1 - J) / 128) that MinHash theory predicts.
    """

    def __init__(self, num_perm: int, seed: int = 1) -> None:
        generator = np.random.default_rng(seed)
        self.a = (generator.integers(0, 2**32, size=num_perm, dtype=np.uint64).astype(np.uint32) | np.uint32(1))
        self.b = generator.integers(0, 2**32, size=num_perm, dtype=np.uint64).astype(np.uint32)
        self.num_perm = num_perm

    def signatures(self, rows: np.ndarray, hashes: np.ndarray, n_records: int, block: int = 32) -> np.ndarray:
        """Return an (n_records, num_perm) uint32 matrix for shingles grouped by row; a row
        without shingles keeps the maximum value in every slot."""
        result = np.full((n_records, self.num_perm), np.iinfo(np.uint32).max, dtype=np.uint32)
        if hashes.size == 0:
            return result
        values32 = (hashes >> np.uint64(32)).astype(np.uint32)
        starts = np.flatnonzero(np.r_[True, rows[1:] != rows[:-1]])
        present = rows[starts]
        scratch = np.empty((block, values32.size), dtype=np.uint32)
        for first in range(0, self.num_perm, block):
            last = min(first + block, self.num_perm)
            values = scratch[: last - first]
            np.multiply(self.a[first:last, None], values32[None, :], out=values)
            np.add(values, self.b[first:last, None], out=values)
            result[present, first:last] = np.minimum.reduceat(values, starts, axis=1).T
        return result


def lsh_bands(threshold: float, num_perm: int = NUM_PERM) -> tuple[int, int]:
    """Choose (bands, rows per band) minimising the false-positive area plus 16 times the
    false-negative area of the LSH S-curve around `threshold`.

    Misses weigh this much because every candidate pair is checked against the signatures
    afterwards, while a missed pair is lost. At 0.8 this gives 16 bands of 8 rows, which
    makes a pair with similarity 0.8 a candidate with probability 0.95 and one with 0.85
    with probability 0.99.
    """
    grid = np.linspace(0.0, 1.0, 201)
    best = (1, num_perm)
    best_cost = float("inf")
    for bands in range(1, num_perm + 1):
        rows = num_perm // bands
        probability = 1.0 - (1.0 - grid**rows) ** bands
        false_positive = np.trapezoid(np.where(grid < threshold, probability, 0.0), grid)
        false_negative = np.trapezoid(np.where(grid >= threshold, 1.0 - probability, 0.0), grid)
        cost = false_positive + 16.0 * false_negative
        if cost < best_cost:
            best, best_cost = (bands, rows), cost
    return best


def _band_keys(signatures: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """Return an (n_records, bands) uint64 matrix, one hash per band of the signature."""
    generator = np.random.default_rng(2)
    multipliers = generator.integers(1, 2**63, size=rows, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
    keys = np.empty((signatures.shape[0], bands), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for band in range(bands):
            block = signatures[:, band * rows:(band + 1) * rows].astype(np.uint64)
            keys[:, band] = (block * multipliers[None, :]).sum(axis=1, dtype=np.uint64) ^ np.uint64(band)
    return keys


def _bucket_pairs(keys: np.ndarray) -> pl.DataFrame:
    """Return the pairs (row < row_b) of signature rows that share a key in one band."""
    table = pl.DataFrame({"row": np.arange(keys.size, dtype=np.int64), "key": keys})
    table = table.with_columns(pl.len().over("key").alias("size")).filter(pl.col("size") > 1)
    small = table.filter(pl.col("size") <= MAX_ALL_PAIRS_BUCKET).select("row", "key")
    all_pairs = small.join(small, on="key", suffix="_b").filter(pl.col("row") < pl.col("row_b"))
    # A larger bucket pairs each member with the bucket's first member and with its
    # predecessor, which links the same records without a quadratic number of pairs.
    large = table.filter(pl.col("size") > MAX_ALL_PAIRS_BUCKET).sort("key", "row")
    star = large.select(pl.col("row").first().over("key").alias("row"), pl.col("row").alias("row_b"))
    chain = large.select(pl.col("row").shift(1).over("key").alias("row"), pl.col("row").alias("row_b"))
    return pl.concat([
        all_pairs.select("row", "row_b"),
        star.filter(pl.col("row") < pl.col("row_b")),
        chain.drop_nulls(),
    ])


def _similarity(signatures: np.ndarray, left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Return the share of equal slots between signature rows `left[i]` and `right[i]`."""
    result = np.empty(left.size, dtype=np.float64)
    step = 200_000
    for start in range(0, left.size, step):
        stop = start + step
        result[start:stop] = (signatures[left[start:stop]] == signatures[right[start:stop]]).mean(axis=1)
    return result


def _signature_matrix(
    prepared: pl.DataFrame, num_perm: int, progress: ProgressCallback, cancel: CancelToken
) -> np.ndarray:
    hasher = _MinHasher(num_perm)
    n_records = prepared.height
    signatures = np.empty((n_records, num_perm), dtype=np.uint32)
    for start in range(0, n_records, CHUNK_RECORDS):
        cancel.raise_if_cancelled()
        chunk = prepared.slice(start, CHUNK_RECORDS)
        shingles = _shingle_hashes(chunk)
        rows = shingles[_ROW].to_numpy() - chunk[_ROW][0]
        signatures[start:start + chunk.height] = hasher.signatures(
            rows, shingles["hash"].to_numpy(), chunk.height
        )
        progress("near_duplicates", start + chunk.height, n_records)
    return signatures


class _Signatures:
    """MinHash signatures of the long texts, addressed by frame row.

    Texts that are equal after normalisation share one signature row, so copies of one
    template cost one signature and never fill an LSH bucket.
    """

    def __init__(self, prepared: pl.DataFrame, progress: ProgressCallback, cancel: CancelToken) -> None:
        long_texts = prepared.filter(pl.col("units") >= SHINGLE_SIZE).with_columns(
            pl.col(_ROW).first().over("whole").alias("representative")
        )
        representatives = long_texts.filter(pl.col(_ROW) == pl.col("representative"))
        self.rows = representatives[_ROW].to_numpy()
        self.local = np.full(prepared.height, -1, dtype=np.int64)
        self.local[self.rows] = np.arange(self.rows.size)
        self.local[long_texts[_ROW].to_numpy()] = self.local[long_texts["representative"].to_numpy()]
        self.copies = long_texts.filter(pl.col(_ROW) != pl.col("representative")).select(
            pl.col("representative").alias("row"), pl.col(_ROW).alias("row_b"), pl.lit(1.0).alias("similarity")
        )
        renumbered = representatives.with_columns(pl.int_range(pl.len(), dtype=pl.Int64).alias(_ROW))
        self.matrix = _signature_matrix(renumbered, NUM_PERM, progress, cancel)

    def similarity(self, left_rows: np.ndarray, right_rows: np.ndarray) -> np.ndarray:
        """Return the estimated Jaccard similarity of frame rows; 1.0 where either is a short text."""
        left, right = self.local[left_rows], self.local[right_rows]
        result = np.ones(left.size, dtype=np.float64)
        both = (left >= 0) & (right >= 0)
        result[both] = _similarity(self.matrix, left[both], right[both])
        return result

    def merge_similar(self, labels: np.ndarray, threshold: float, cancel: CancelToken) -> np.ndarray:
        """Join the components of long texts whose estimated similarity reaches `threshold`,
        and of the exact copies of each text; return the new frame-row labels.

        Components are merged band by band, and a candidate pair already in one component
        is neither compared nor kept, so memory stays proportional to the records rather
        than to the candidate pairs, which run to tens of millions on templated data.
        """
        labels = _merge_components(labels, self.copies["row"].to_numpy(), self.copies["row_b"].to_numpy())
        bands, rows = lsh_bands(threshold, NUM_PERM)
        keys = _band_keys(self.matrix, bands, rows) if self.rows.size >= 2 else np.empty((0, bands), np.uint64)
        for band in range(keys.shape[1]):
            cancel.raise_if_cancelled()
            pairs = _bucket_pairs(keys[:, band])
            left, right = pairs["row"].to_numpy(), pairs["row_b"].to_numpy()
            apart = labels[self.rows[left]] != labels[self.rows[right]]
            left, right = left[apart], right[apart]
            keep = _similarity(self.matrix, left, right) >= threshold
            labels = _merge_components(labels, self.rows[left[keep]], self.rows[right[keep]])
        return labels


def _short_text_pairs(prepared: pl.DataFrame) -> pl.DataFrame:
    """Return (row, row_b, similarity 1.0) linking each short text to the first equal one."""
    short = prepared.filter((pl.col("units") < SHINGLE_SIZE) & (pl.col("units") > 0))
    linked = short.select(
        pl.col(_ROW).first().over("whole").alias("row"), pl.col(_ROW).alias("row_b")
    ).filter(pl.col("row") != pl.col("row_b"))
    return linked.with_columns(pl.lit(1.0).alias("similarity"))


def _clusters(pairs: pl.DataFrame, n_records: int) -> np.ndarray:
    """Return a component label per record; a record with no pair is alone."""
    labels = np.arange(n_records, dtype=np.int64)
    return _merge_components(labels, pairs["row"].to_numpy(), pairs["row_b"].to_numpy())


def _merge_components(labels: np.ndarray, left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Return the component labels after joining each `left[i]` with `right[i]`.

    `labels` gives every record the root record of its component so far (a root is its
    own label; `np.arange` means every record is alone). Connected components by
    vectorised hooking and pointer jumping: each pair hooks the larger root under the
    smaller one, and chains of roots are shortened until each points at its final root.
    When a pass changes no label, every pair has equal labels, so the labels are exactly
    the components. This replaces SciPy's `connected_components`, which would add about
    46 MB to the installed program, and lets pairs be merged band by band.
    """
    if left.size == 0:
        return labels
    left = left.astype(np.int64)
    right = right.astype(np.int64)
    while True:
        left_root, right_root = labels[left], labels[right]
        low = np.minimum(left_root, right_root)
        parent = labels.copy()
        np.minimum.at(parent, left_root, low)
        np.minimum.at(parent, right_root, low)
        while True:
            jumped = parent[parent]
            if np.array_equal(jumped, parent):
                break
            parent = jumped
        updated = parent[labels]
        if np.array_equal(updated, labels):
            return labels
        labels = updated


def _cluster_frame(
    frame: pl.DataFrame, text_column: str, threshold: float, progress: ProgressCallback, cancel: CancelToken
) -> tuple[np.ndarray, _Signatures]:
    """Return a cluster label per frame row and the signatures behind them."""
    prepared = _prepare(frame, text_column)
    signatures = _Signatures(prepared, progress, cancel)
    short = _short_text_pairs(prepared)
    labels = _clusters(short, frame.height)
    return signatures.merge_similar(labels, threshold, cancel), signatures


def _check_keep(frame: pl.DataFrame, keep: str, time_column: str | None) -> None:
    if keep not in ("first", "longest", "most_recent"):
        raise UsageError(
            f"unknown near-duplicate keep rule {keep!r}; use first, longest or most_recent",
            code="neardup_keep_unknown", keep=keep,
        )
    if keep == "most_recent" and (time_column is None or time_column not in frame.columns):
        raise UsageError(
            f"keeping the most recent near-duplicate needs a time column, and {time_column!r} is not one; "
            "choose a time column or keep the first record",
            code="neardup_time_column_missing", column=time_column or "",
        )


def near_duplicates(
    frame: pl.DataFrame,
    text_column: str,
    id_column: str,
    threshold: float = 0.8,
    keep: KeepRule = "first",
    time_column: str | None = None,
    *,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken = NEVER_CANCELLED,
) -> pl.DataFrame:
    """Find clusters of near-duplicate texts and choose the record each cluster keeps.

    Returns one row per record in a cluster of two or more, ordered by cluster and then
    by input order. The columns are `id`, `duplicate_of` (the kept record's id, null for
    the kept record), `cluster` (Int64, numbered from 1 in input order of the kept
    records) and `similarity` (estimated Jaccard similarity to the kept record, null for
    the kept record).
    `keep` chooses the kept record: "first" in input order, "longest" text, or
    "most_recent" by `time_column` (nulls count as oldest); ties go to the first.

    Raises:
        UsageError: `keep` is unknown, or "most_recent" without a usable `time_column`.
    """
    _check_keep(frame, keep, time_column)
    id_dtype = frame.schema[id_column]
    schema = {"id": id_dtype, "duplicate_of": id_dtype, "cluster": pl.Int64, "similarity": pl.Float64}
    if frame.height < 2:
        return pl.DataFrame(schema=schema)

    labels, signatures = _cluster_frame(frame, text_column, threshold, progress, cancel)
    members = (
        frame.with_row_index(_ROW)
        .with_columns(pl.col(_ROW).cast(pl.Int64), pl.Series("label", labels))
        .filter(pl.len().over("label") > 1)
    )
    if members.is_empty():
        return pl.DataFrame(schema=schema)

    ranked = members.sort("label", *_keep_order(text_column, keep, time_column))
    ranked = ranked.with_columns(
        pl.col(_ROW).first().over("label").alias("kept_row"),
        pl.col(id_column).first().over("label").alias("kept_id"),
    ).with_columns(pl.col("kept_row").rank("dense").cast(pl.Int64).alias("cluster"))
    similarity = signatures.similarity(ranked[_ROW].to_numpy(), ranked["kept_row"].to_numpy())
    log.debug(
        "near-duplicates: %d of %d records in %d clusters", ranked.height, frame.height, ranked["cluster"].max()
    )
    is_kept = pl.col(_ROW) == pl.col("kept_row")
    return (
        ranked.with_columns(pl.Series("estimate", similarity))
        .sort("cluster", _ROW)
        .select(
            pl.col(id_column).alias("id"),
            pl.when(is_kept).then(None).otherwise(pl.col("kept_id")).alias("duplicate_of"),
            "cluster",
            pl.when(is_kept).then(None).otherwise(pl.col("estimate")).alias("similarity"),
        )
    )


def _keep_order(text_column: str, keep: str, time_column: str | None) -> list[pl.Expr]:
    """Return sort keys that put the record to keep first within a cluster."""
    if keep == "longest":
        return [pl.col(text_column).str.len_chars().cast(pl.Int64).fill_null(0).neg(), pl.col(_ROW)]
    if keep == "most_recent":
        return [pl.col(time_column).is_null(), pl.col(time_column).rank("min", descending=True), pl.col(_ROW)]
    return [pl.col(_ROW)]


def near_duplicate_groups(
    frame: pl.DataFrame,
    text_column: str,
    id_column: str,
    threshold: float = 0.8,
    *,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken = NEVER_CANCELLED,
) -> pl.DataFrame:
    """Return `id` and `group` (Int64) for every record; near-duplicates share a group.

    The group is the 0-based position of the cluster's first record in `frame`, so a
    record with no near-duplicate is a group of its own. A split that keeps each group
    on one side keeps near-duplicates out of the validation set.
    """
    if frame.height == 0:
        return pl.DataFrame(schema={"id": frame.schema[id_column], "group": pl.Int64})
    labels, _ = _cluster_frame(frame, text_column, threshold, progress, cancel)
    return frame.select(pl.col(id_column).alias("id")).with_columns(
        pl.Series("label", labels), pl.int_range(pl.len(), dtype=pl.Int64).alias("row")
    ).select("id", pl.col("row").min().over("label").alias("group"))
