"""Near-duplicate detection with MinHash and locality-sensitive hashing (LSH).

Texts are normalised (NFKC, lower case, punctuation and spaces removed or collapsed),
split into sentences, and turned into shingles: character 3-grams for text with Chinese,
Japanese or Korean characters, word 3-grams for other text. Shingles never cross a
sentence boundary, so reordered sentences still match. A sentence shorter than the
shingle size is one shingle.

A whole text shorter than the shingle size (好的, はい, "ok thanks") gets no signature:
it is compared as a whole normalised string, so distinct short texts never collide.

Shingling and MinHash run in NumPy over the code points of a chunk of texts at once, on
every core. The signature is one-permutation MinHash with optimal densification, which
hashes each shingle once instead of once per slot. On a million records of 458 bytes,
datasketch's per-record `MinHash` was measured at about 90 s before any shingling. A
128-slot NumPy MinHash took about 17 s with shingling, and this module's shingling and
signatures take about 5 s on two cores (benchmarks/neardup_quality.py times the whole).

Candidate pairs from the LSH bands are kept when their estimated Jaccard similarity (the
share of equal signature slots) reaches the threshold, and the kept pairs are joined
into clusters with connected components. A cluster can therefore chain: A is kept with
B and B with C even when A and C alone would fall below the threshold.
"""

from __future__ import annotations

import functools
import itertools
import logging
import os
import threading
from collections import deque
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Literal

import numpy as np
import polars as pl

from core.errors import UsageError
from core.progress import NEVER_CANCELLED, CancelToken, ProgressCallback, no_progress

log = logging.getLogger(__name__)

SHINGLE_SIZE = 3
NUM_PERM = 128
CHUNK_RECORDS = 2_500
CHUNK_BYTES = 500_000
"""A chunk of texts hashed at once has at most CHUNK_RECORDS texts and, unless one text
is longer, at most CHUNK_BYTES of UTF-8. Hashing takes about 80 bytes per character of
a chunk, so long documents need the byte limit."""
MAX_ALL_PAIRS_BUCKET = 64
MAX_PAIRS_PER_SLICE = 1_000_000
"""Candidate pairs of one band built, compared and merged at once (about 100 MB with the join)."""

KeepRule = Literal["first", "longest", "most_recent"]

_ROW = "__neardup_row"
_CJK = r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]"
# Sentence ends: CJK and Western terminators, and a period followed by a space or the end
# (so "3.5" and "example.com" are not split). Commas are not boundaries, so adding or
# dropping one changes no shingle.
_SENTENCE_END = r"[。！？!?；;\n]+|\.(?:\s+|$)"
# Punctuation, symbols, control characters and spaces other than the sentence mark.
_NOT_WORD = r"[[\p{P}\p{S}\p{C}\s]--\n]+"
_RECORD_MARK, _SENTENCE_MARK, _WORD_MARK = 0, ord("\n"), ord(" ")
_MASK32 = np.uint64(0xFFFF_FFFF)


def _prepare(
    frame: pl.DataFrame, text_column: str, *, already_nfkc: bool = False, engine: Literal["streaming", "in-memory"] = "streaming",
) -> pl.DataFrame:
    """Return row, whole (the normalised text), is_cjk and units (characters or words).

    The normalised text is in lower case, with sentences separated by a line feed, words
    by one space and punctuation removed. Text with Chinese, Japanese or Korean
    characters also loses its spaces. `already_nfkc` skips NFKC for text the cleaning
    step has already normalised.

    The query runs on Polars' streaming engine, which works through the rows in batches
    on every core and keeps no intermediate copy of the whole column. On a million texts
    of 458 bytes it took 2.4 s and 0.6 GB, against 5.0 s and 1.3 GB eagerly. A caller that
    is itself a batch of a streaming query passes `engine="in-memory"`.
    """
    text = pl.col(text_column).cast(pl.String).fill_null("")
    if not already_nfkc:
        text = text.str.normalize("NFKC")
    marked = (
        text.str.to_lowercase()
        .str.replace_all(_SENTENCE_END, "\n")
        .str.replace_all(_NOT_WORD, " ")
        .str.replace_all(r" *\n[ \n]*", "\n")
        .str.strip_chars(" \n")
    )
    whole = pl.col("whole")
    breaks = whole.str.count_matches("\n", literal=True)
    spaces = whole.str.count_matches(" ", literal=True)
    units = (
        pl.when(whole == "").then(0)
        .when(pl.col("is_cjk")).then(whole.str.len_chars() - breaks)
        .otherwise(breaks + spaces + 1)
    )
    query = (
        frame.lazy()
        .select(pl.int_range(pl.len(), dtype=pl.Int64).alias(_ROW), marked.alias("whole"))
        .with_columns(whole.str.contains(_CJK).alias("is_cjk"))
        .with_columns(pl.when(pl.col("is_cjk")).then(whole.str.replace_all(" ", "", literal=True)).otherwise(whole))
        .with_columns(units.cast(pl.Int64).alias("units"))
    )
    return query.collect(engine=engine)


def _mix(values: np.ndarray) -> np.ndarray:
    """Scramble uint64 values in place with the SplitMix64 finaliser and return them."""
    values ^= values >> np.uint64(30)
    values *= np.uint64(0xBF58476D1CE4E5B9)
    values ^= values >> np.uint64(27)
    values *= np.uint64(0x94D049BB133111EB)
    values ^= values >> np.uint64(31)
    return values


class _Powers:
    """Powers of the polynomial base and of its inverse modulo 2^64, grown on demand."""

    BASE = 0x100000001B3  # odd, so it has an inverse modulo 2^64

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._up = np.ones(1, dtype=np.uint64)
        self._down = np.ones(1, dtype=np.uint64)

    def get(self, size: int) -> tuple[np.ndarray, np.ndarray]:
        with self._lock:
            if self._up.size < size:
                grown = max(size, 2 * self._up.size)
                inverse = pow(self.BASE, -1, 2**64)
                self._up = np.cumprod(np.r_[np.uint64(1), np.full(grown - 1, self.BASE, dtype=np.uint64)])
                self._down = np.cumprod(np.r_[np.uint64(1), np.full(grown - 1, inverse, dtype=np.uint64)])
            return self._up[:size], self._down[:size]


_POWERS = _Powers()


def _shingle_hashes(texts: pl.Series, is_cjk: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return (record, hash) per shingle of normalised texts, in record order.

    The texts are joined and read as one array of code points. A unit is a character in
    CJK text and a word otherwise, hashed as a polynomial over its code points with
    prefix sums. A shingle combines three units of one sentence, and a sentence shorter
    than that is one shingle.
    """
    # Every text ends with the record mark, so every word ends at a separator.
    joined = texts.str.join("\x00").item() + "\x00" if texts.len() else ""
    points = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32)
    record_end = points == _RECORD_MARK
    sentence_end = record_end | (points == _SENTENCE_MARK)
    separator = sentence_end | (points == _WORD_MARK)
    record = np.cumsum(record_end) - record_end
    in_cjk = is_cjk[record] if points.size else np.empty(0, dtype=bool)
    before = np.r_[True, separator[:-1]]
    word_start = ~separator & before & ~in_cjk
    starts = np.flatnonzero(~separator & (in_cjk | before))
    if starts.size == 0:
        return np.empty(0, np.int64), np.empty(0, np.uint64)
    ends = starts + 1
    ends[word_start[starts]] = np.flatnonzero(separator & ~before & ~in_cjk)

    up, down = _POWERS.get(points.size + 1)
    prefix = np.zeros(points.size + 1, dtype=np.uint64)
    np.cumsum(points.astype(np.uint64) * down[: points.size], out=prefix[1:])
    units = _mix((prefix[ends] - prefix[starts]) * up[starts])
    sentence = np.cumsum(sentence_end)[starts]

    count = units.size
    padded = np.r_[units, np.zeros(2, dtype=np.uint64)]
    sentence_padded = np.r_[sentence, -1, -2]
    second = sentence_padded[1:count + 1] == sentence
    third = sentence_padded[2:count + 2] == sentence
    first_of_sentence = np.r_[True, sentence[1:] != sentence[:-1]]
    sentence_starts = np.flatnonzero(first_of_sentence)
    lengths = np.diff(np.r_[sentence_starts, count])
    keep = third.copy()
    keep[sentence_starts[lengths < SHINGLE_SIZE]] = True
    positions = np.flatnonzero(keep)
    hashes = units[positions]
    hashes += np.where(second[positions], padded[positions + 1], np.uint64(0)) * np.uint64(0x9E3779B97F4A7C15)
    hashes ^= np.where(third[positions], padded[positions + 2], np.uint64(0)) * np.uint64(0xC2B2AE3D27D4EB4F)
    return record[starts][positions].astype(np.int64), _mix(hashes)


def _signatures(rows: np.ndarray, hashes: np.ndarray, n_records: int, num_perm: int) -> np.ndarray:
    """Return an (n_records, num_perm) uint32 MinHash matrix by one-permutation hashing.

    Each shingle hash is split into a slot (its top bits) and a value (its low 32 bits),
    and each slot keeps its smallest value, found by sorting instead of hashing each
    shingle num_perm times. An empty slot borrows the value of a slot chosen by a fixed
    sequence of random probes, the same for every record (optimal densification), so
    equal slots still estimate the Jaccard similarity. A record without shingles keeps
    the maximum value in every slot.
    """
    empty_value = np.uint32(0xFFFF_FFFF)
    result = np.full((n_records, num_perm), empty_value, dtype=np.uint32)
    if hashes.size == 0:
        return result
    slot = ((hashes >> np.uint64(32)) * np.uint64(num_perm)) >> np.uint64(32)
    keys = (rows.astype(np.uint64) * np.uint64(num_perm) + slot) << np.uint64(32)
    keys |= hashes & _MASK32
    keys.sort()
    cell = keys >> np.uint64(32)
    first = np.r_[True, cell[1:] != cell[:-1]]
    flat = result.reshape(-1)
    flat[cell[first].astype(np.int64)] = (keys[first] & _MASK32).astype(np.uint32)

    filled = flat != empty_value
    has_any = np.zeros(n_records, dtype=bool)
    has_any[rows] = True
    missing = np.flatnonzero(~filled & np.repeat(has_any, num_perm))
    base = missing - missing % num_perm
    slots = missing - base
    for probe in _probe_table(num_perm):
        if missing.size == 0:
            break
        source = base + probe[slots]
        found = filled[source]
        flat[missing[found]] = flat[source[found]]
        lost = ~found
        missing, base, slots = missing[lost], base[lost], slots[lost]
    if missing.size:
        # Past the probe table only records with one or two filled slots remain; each
        # takes its first filled slot.
        first_filled = filled.reshape(n_records, num_perm).argmax(axis=1)
        flat[missing] = flat[base + first_filled[base // num_perm]]
    return result


@functools.cache
def _probe_table(num_perm: int, attempts: int = 1024) -> np.ndarray:
    """Return the probe table: row k is the slot each slot borrows from at attempt k.

    The table is seeded, so every record follows the same sequence.
    """
    return np.random.default_rng(num_perm).integers(0, num_perm, size=(attempts, num_perm))


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


def _band_keys(signatures: np.ndarray, bands: int, rows: int, first: int = 0, last: int | None = None) -> np.ndarray:
    """Return an (n_records, last - first) uint64 matrix, one hash per band of the signature
    from band `first` up to `last` (all bands by default)."""
    last = bands if last is None else last
    generator = np.random.default_rng(2)
    band_bytes = rows * signatures.itemsize
    # A band of whole 64-bit words (8 slots of 16 bits make two) is read as those words, so
    # each band takes a pass per word instead of a pass per slot.
    if band_bytes % 8 == 0 and signatures.flags.c_contiguous and signatures.shape[1] == bands * rows:
        words = band_bytes // 8
        banded = signatures.view(np.uint64).reshape(signatures.shape[0], bands, words)
    else:
        words = rows
        banded = signatures[:, : bands * rows].reshape(signatures.shape[0], bands, rows)
    multipliers = generator.integers(1, 2**63, size=words, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
    keys = np.zeros((signatures.shape[0], last - first), dtype=np.uint64)
    for word in range(words):
        keys += banded[:, first:last, word].astype(np.uint64) * multipliers[word]
    keys ^= np.arange(first, last, dtype=np.uint64)
    return _mix(keys)


def _bucket_pairs(keys: np.ndarray, max_pairs: int | None = None) -> Iterator[pl.DataFrame]:
    """Yield the pairs (row < row_b) of signature rows that share a key in one band, in
    slices of about `max_pairs` pairs (MAX_PAIRS_PER_SLICE by default).

    A slice contains whole buckets, and one bucket has at most MAX_ALL_PAIRS_BUCKET rows, so
    a slice exceeds `max_pairs` by at most one bucket's pairs. On templated text nearly
    every row sits in a full bucket, which gives about 32 pairs per row: 300 million pairs
    for ten million rows if they were built at once.
    """
    max_pairs = max_pairs or MAX_PAIRS_PER_SLICE
    table = pl.DataFrame({"row": np.arange(keys.size, dtype=np.int64), "key": keys})
    table = table.with_columns(pl.len().over("key").alias("size")).filter(pl.col("size") > 1)
    small = table.filter(pl.col("size") <= MAX_ALL_PAIRS_BUCKET).sort("key", "row")
    bucket_pairs = pl.col("size").cast(pl.Int64) * (pl.col("size") - 1) // 2
    # Each bucket's pairs are counted once, on its first row, and summed in key order.
    first_of_bucket = pl.col("key").is_first_distinct()
    counted = pl.when(first_of_bucket).then(bucket_pairs).otherwise(0).cum_sum()
    small = small.with_columns((counted // max_pairs).forward_fill().alias("slice")).select("row", "key", "slice")
    for _, bucket_slice in small.group_by("slice", maintain_order=True):
        members = bucket_slice.select("row", "key")
        pairs = members.join(members, on="key", suffix="_b").filter(pl.col("row") < pl.col("row_b"))
        yield pairs.select("row", "row_b")
    # A larger bucket pairs each member with the bucket's first member and with its
    # predecessor, which links the same records without a quadratic number of pairs.
    large = table.filter(pl.col("size") > MAX_ALL_PAIRS_BUCKET).sort("key", "row")
    star = large.select(pl.col("row").first().over("key").alias("row"), pl.col("row").alias("row_b"))
    chain = large.select(pl.col("row").shift(1).over("key").alias("row"), pl.col("row").alias("row_b"))
    linked = pl.concat([star.filter(pl.col("row") < pl.col("row_b")), chain.drop_nulls()])
    for start in range(0, linked.height, max_pairs):
        yield linked.slice(start, max_pairs)


def _similarity(signatures: np.ndarray, left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Return the estimated Jaccard similarity of signature rows `left[i]` and `right[i]`,
    compared in blocks on every core."""
    result = np.empty(left.size, dtype=np.float64)
    step = 50_000

    def compare(start: int) -> None:
        stop = start + step
        result[start:stop] = _estimate(signatures[left[start:stop]], signatures[right[start:stop]])

    if left.size <= step:
        compare(0)
    else:
        with ThreadPoolExecutor(_workers(), thread_name_prefix="minhash") as pool:
            list(pool.map(compare, range(0, left.size, step)))
    return result


def _estimate(left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Return the estimated Jaccard similarity of each pair of 16-bit signature rows.

    Different minima share their low 16 bits once in 65,536 times, so the share of equal
    slots overstates the similarity J by (1 - J) / 65,536. The estimate removes that.
    """
    chance = 2.0 ** -16
    share = np.count_nonzero(left == right, axis=1) / left.shape[1]
    return np.clip((share - chance) / (1.0 - chance), 0.0, 1.0)


def _workers() -> int:
    """Return the number of threads for NumPy work: one per core, at most eight."""
    return max(1, min(os.cpu_count() or 1, 8))


def _signature_matrix(
    whole: pl.Series, is_cjk: np.ndarray, rows: np.ndarray, num_perm: int,
    progress: ProgressCallback, cancel: CancelToken,
) -> np.ndarray:
    """Return the MinHash signatures of the normalised texts at `rows`, hashed in chunks
    on every core.

    NumPy and Polars release the GIL in their loops, so threads run the chunks in
    parallel. Small chunks keep each step's arrays in the processor's cache. Only the
    low 16 bits of each slot are kept (b-bit MinHash): two different minima then look
    equal with probability 1/65,536, which `_similarity` corrects for, and the matrix
    takes half the memory.
    """
    n_records = rows.size
    signatures = np.empty((n_records, num_perm), dtype=np.uint16)

    bounds = _chunk_bounds(whole, rows)

    def hash_chunk(chunk: int) -> int:
        start, stop = bounds[chunk], bounds[chunk + 1]
        signatures[start:stop] = _sign_rows(whole, is_cjk, rows[start:stop], num_perm)
        return stop

    starts = iter(range(len(bounds) - 1))
    workers = _workers()
    with ThreadPoolExecutor(workers, thread_name_prefix="minhash") as pool:
        pending = deque(pool.submit(hash_chunk, start) for start in itertools.islice(starts, 2 * workers))
        try:
            while pending:
                done = pending.popleft().result()
                progress("near_duplicates", done, n_records)
                cancel.raise_if_cancelled()
                pending.extend(pool.submit(hash_chunk, start) for start in itertools.islice(starts, 1))
        finally:
            for future in pending:
                future.cancel()
    return signatures


def _chunk_bounds(whole: pl.Series, rows: np.ndarray) -> list[int]:
    """Return the offsets into `rows` where chunks start, followed by `rows.size`."""
    sizes = whole.gather(rows).str.len_bytes().to_numpy().astype(np.int64)
    ends = np.cumsum(sizes)
    bounds = [0]
    while bounds[-1] < rows.size:
        start = bounds[-1]
        before = ends[start - 1] if start else 0
        stop = int(np.searchsorted(ends, before + CHUNK_BYTES, side="right"))
        bounds.append(min(max(stop, start + 1), start + CHUNK_RECORDS, rows.size))
    return bounds


def _sign_rows(whole: pl.Series, is_cjk: np.ndarray, rows: np.ndarray, num_perm: int) -> np.ndarray:
    """Return the uint32 signatures of the normalised texts at `rows`."""
    shingle_rows, hashes = _shingle_hashes(whole.gather(rows), is_cjk[rows])
    return _signatures(shingle_rows, hashes, rows.size, num_perm)


def text_features(texts: pl.Series, *, already_nfkc: bool = False) -> tuple[pl.DataFrame, np.ndarray]:
    """Return what the streaming build keeps of each text instead of the text itself.

    The frame has, per text, `key` and `key2` (two 64-bit hashes of the normalised text,
    which stand in for comparing the normalised strings) and `units` (Int32, characters
    or words). The array contains the uint16 signatures of the texts with at least
    SHINGLE_SIZE units, in order. `stored_near_duplicates` clusters them.
    """
    prepared = _prepare(texts.to_frame("text"), "text", already_nfkc=already_nfkc, engine="in-memory")
    rows = np.flatnonzero((prepared["units"] >= SHINGLE_SIZE).to_numpy())
    signatures = np.empty((rows.size, NUM_PERM), dtype=np.uint16)
    whole, is_cjk = prepared["whole"], prepared["is_cjk"].to_numpy()
    bounds = _chunk_bounds(whole, rows)
    for start, stop in itertools.pairwise(bounds):
        signatures[start:stop] = _sign_rows(whole, is_cjk, rows[start:stop], NUM_PERM)
    features = prepared.select(
        pl.col("whole").hash(seed=11).alias("key"),
        pl.col("whole").hash(seed=12).alias("key2"),
        pl.col("units").cast(pl.Int32),
    )
    return features, signatures


class _SignatureSet:
    """MinHash signatures of the long texts, addressed by frame row.

    Texts that are equal after normalisation share one signature row, so copies of one
    template cost one signature and never fill an LSH bucket. Subclasses hold the
    signature matrix in memory or in a file.
    """

    rows: np.ndarray
    """Frame row of each signature row (the first of its equal texts), in frame order."""
    local: np.ndarray
    """Signature row of each frame row, or -1 for a text without a signature."""
    copies: tuple[np.ndarray, np.ndarray]
    """(first, later) frame rows of equal long texts, which are merged without comparing."""

    def _link_copies(self, n_frame: int, rows: np.ndarray, representative: np.ndarray) -> None:
        copies = np.flatnonzero(rows != representative)
        self.rows = rows[rows == representative]
        self.local = np.full(n_frame, -1, dtype=np.int64)
        self.local[self.rows] = np.arange(self.rows.size)
        self.local[rows] = self.local[representative]
        self.copies = (representative[copies], rows[copies])

    def pair_similarity(self, left: np.ndarray, right: np.ndarray) -> np.ndarray:
        """Return the estimated Jaccard similarity of signature rows `left[i]` and `right[i]`."""
        raise NotImplementedError

    def band_keys(self, bands: int, rows: int) -> Iterator[np.ndarray]:
        """Yield the LSH keys of every signature row, one band at a time."""
        raise NotImplementedError

    def similarity(self, left_rows: np.ndarray, right_rows: np.ndarray) -> np.ndarray:
        """Return the estimated Jaccard similarity of frame rows; 1.0 where either is a short text."""
        left, right = self.local[left_rows], self.local[right_rows]
        result = np.ones(left.size, dtype=np.float64)
        both = (left >= 0) & (right >= 0)
        result[both] = self.pair_similarity(left[both], right[both])
        return result

    def merge_similar(self, labels: np.ndarray, threshold: float, cancel: CancelToken) -> np.ndarray:
        """Join the components of long texts whose estimated similarity reaches `threshold`,
        and of the exact copies of each text; return the new frame-row labels.

        Components are merged band by band, and a candidate pair already in one component
        is neither compared nor kept, so memory stays proportional to the records rather
        than to the candidate pairs, which run to tens of millions on templated data.
        """
        labels = _merge_components(labels, *self.copies)
        if self.rows.size < 2:
            return labels
        bands, rows = lsh_bands(threshold, NUM_PERM)
        for keys in self.band_keys(bands, rows):
            # Pairs already in one component are skipped, which leaves the components as
            # they would be with every pair merged at once, whatever the slicing.
            for pairs in _bucket_pairs(keys):
                cancel.raise_if_cancelled()
                left, right = pairs["row"].to_numpy(), pairs["row_b"].to_numpy()
                apart = labels[self.rows[left]] != labels[self.rows[right]]
                left, right = left[apart], right[apart]
                keep = self.pair_similarity(left, right) >= threshold
                labels = _merge_components(labels, self.rows[left[keep]], self.rows[right[keep]])
        return labels


class _Signatures(_SignatureSet):
    """Signatures computed from the normalised texts and kept in memory."""

    def __init__(self, prepared: pl.DataFrame, progress: ProgressCallback, cancel: CancelToken) -> None:
        # Texts are grouped by a 64-bit hash, because grouping the strings would copy every
        # text. A pair of different texts with equal hashes is split again below.
        long_texts = prepared.select(_ROW, pl.col("whole").hash(seed=11).alias("key")).filter(
            prepared["units"] >= SHINGLE_SIZE
        )
        rows = long_texts[_ROW].to_numpy()
        representative = long_texts.select(pl.col(_ROW).first().over("key")).to_series().to_numpy().copy()
        copies = np.flatnonzero(rows != representative)
        whole = prepared["whole"]
        if copies.size:
            differ = (whole.gather(rows[copies]) != whole.gather(representative[copies])).to_numpy()
            representative[copies[differ]] = rows[copies[differ]]
        self._link_copies(prepared.height, rows, representative)
        self.matrix = _signature_matrix(whole, prepared["is_cjk"].to_numpy(), self.rows, NUM_PERM, progress, cancel)

    def pair_similarity(self, left: np.ndarray, right: np.ndarray) -> np.ndarray:
        return _similarity(self.matrix, left, right)

    def band_keys(self, bands: int, rows: int) -> Iterator[np.ndarray]:
        keys = _band_keys(self.matrix, bands, rows)
        for band in range(bands):
            yield keys[:, band]


class _StoredSignatures(_SignatureSet):
    """Signatures in a file the streaming build wrote (uint16, NUM_PERM per row), read in
    slices with ordinary file reads.

    A memory map is not used. On Linux 6.18, each random access to a mapped file made up
    to 2 MB resident (probably large page-cache folios), so 16 reads measured 27 MB and
    1,024 reads the whole 600 MB file. Reading only the needed rows keeps the resident
    memory at one slice.
    """

    SLICE_ROWS = 16_384
    KEY_BYTES = 64 << 20
    """Largest band-key matrix held at once; more bands than fit take another read of the file."""

    def __init__(self, features: pl.DataFrame, path: Path) -> None:
        long_texts = features.select(
            pl.int_range(pl.len(), dtype=pl.Int64).alias(_ROW), "key", "key2", "units"
        ).filter(pl.col("units") >= SHINGLE_SIZE)
        rows = long_texts[_ROW].to_numpy()
        representative = long_texts.select(pl.col(_ROW).first().over("key", "key2")).to_series().to_numpy()
        self._link_copies(features.height, rows, representative)
        self.positions = features["position"].to_numpy()[self.rows].astype(np.int64)
        self._file = open(path, "rb", buffering=0)

    def close(self) -> None:
        self._file.close()

    def _read(self, local: np.ndarray) -> np.ndarray:
        """Return the signature rows `local`, reading each distinct row once and each run
        of consecutive rows with one call."""
        positions, inverse = np.unique(self.positions[local], return_inverse=True)
        block = np.empty((positions.size, NUM_PERM), dtype=np.uint16)
        buffer = memoryview(block).cast("B")
        row_bytes = NUM_PERM * block.itemsize
        breaks = np.flatnonzero(np.diff(positions) != 1) + 1
        for start, stop in zip(np.r_[0, breaks].tolist(), np.r_[breaks, positions.size].tolist()):
            self._file.seek(int(positions[start]) * row_bytes)
            expected_bytes = (stop - start) * row_bytes
            if self._file.readinto(buffer[start * row_bytes:stop * row_bytes]) != expected_bytes:
                raise OSError(f"{self._file.name}: the signature file is shorter than expected")
        return block[inverse.reshape(-1)]

    def pair_similarity(self, left: np.ndarray, right: np.ndarray) -> np.ndarray:
        result = np.empty(left.size, dtype=np.float64)
        for start in range(0, left.size, self.SLICE_ROWS):
            stop = start + self.SLICE_ROWS
            result[start:stop] = _estimate(self._read(left[start:stop]), self._read(right[start:stop]))
        return result

    def band_keys(self, bands: int, rows: int) -> Iterator[np.ndarray]:
        count = self.rows.size
        per_read = max(1, min(bands, self.KEY_BYTES // max(1, 8 * count)))
        # Rows are read in file order, so the reads are long runs of consecutive rows.
        file_order = np.argsort(self.positions, kind="stable")
        for first in range(0, bands, per_read):
            last = min(bands, first + per_read)
            keys = np.empty((count, last - first), dtype=np.uint64)
            for start in range(0, count, self.SLICE_ROWS):
                local = file_order[start:start + self.SLICE_ROWS]
                keys[local] = _band_keys(self._read(local), bands, rows, first, last)
            for band in range(last - first):
                yield keys[:, band]


def stored_near_duplicates(
    features: pl.DataFrame,
    signature_path: Path,
    threshold: float = 0.8,
    keep: KeepRule = "first",
    *,
    cancel: CancelToken = NEVER_CANCELLED,
) -> pl.DataFrame:
    """Find near-duplicate clusters from `text_features` output, as `near_duplicates` finds
    them from the texts; returns the same columns.

    `features` has one row per text, in input order: `id`, `key`, `key2`, `units`,
    `position` (the row of the text's signature in `signature_path`, null for a text with
    fewer than SHINGLE_SIZE units) and, for keep "longest", `chars` (the text's length).
    Equal normalised texts are recognised by both hashes being equal instead of by
    comparing the strings. With n texts, two different texts pass for equal with
    probability about n² / 2¹²⁹, if the two hashes are independent.
    Keep "most_recent" is not supported here.
    """
    if keep not in ("first", "longest"):
        raise UsageError(
            f"near-duplicates found from stored signatures keep the first or longest record, not {keep!r}",
            code="neardup_keep_unknown", keep=keep,
        )
    schema = {"id": features.schema["id"], "duplicate_of": features.schema["id"],
              "cluster": pl.Int64, "similarity": pl.Float64}
    if features.height < 2:
        return pl.DataFrame(schema=schema)
    rows = features.with_row_index(_ROW).with_columns(pl.col(_ROW).cast(pl.Int64))
    labels = _clusters(_short_text_pairs(rows, ["key", "key2"]), features.height)
    signatures = _StoredSignatures(features, signature_path)
    try:
        labels = signatures.merge_similar(labels, threshold, cancel)
        order = _keep_order(pl.col("chars") if keep == "longest" else pl.lit(0), keep, None)
        return _choose_kept(features, labels, signatures, "id", order, schema)
    finally:
        signatures.close()


def _short_text_pairs(prepared: pl.DataFrame, equal_by: list[str]) -> pl.DataFrame:
    """Return (row, row_b, similarity 1.0) linking each short text to the first equal one."""
    short = prepared.filter((pl.col("units") < SHINGLE_SIZE) & (pl.col("units") > 0))
    linked = short.select(
        pl.col(_ROW).first().over(equal_by).alias("row"), pl.col(_ROW).alias("row_b")
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
    frame: pl.DataFrame, text_column: str, threshold: float, progress: ProgressCallback, cancel: CancelToken,
    already_nfkc: bool = False,
) -> tuple[np.ndarray, _Signatures]:
    """Return a cluster label per frame row and the signatures behind them."""
    prepared = _prepare(frame, text_column, already_nfkc=already_nfkc)
    labels = _clusters(_short_text_pairs(prepared, ["whole"]), frame.height)
    signatures = _Signatures(prepared, progress, cancel)
    # The normalised texts are as large as the input column and no longer needed.
    del prepared
    return signatures.merge_similar(labels, threshold, cancel), signatures


def _check_keep(frame: pl.DataFrame, keep: str, time_column: str | None) -> None:
    if keep not in ("first", "longest", "most_recent"):
        raise UsageError(
            f"unknown near-duplicate keep rule {keep!r}; use first, longest or most_recent",
            code="neardup_keep_unknown", keep=keep,
        )
    if keep == "most_recent" and not time_column:
        raise UsageError(
            "keeping the most recent near-duplicate needs a time column, and none is chosen; choose one "
            "(dedup.near_time_column, --near-dedup-time COLUMN) or keep the first record",
            code="neardup_time_column_missing", column="",
        )
    if keep == "most_recent" and time_column not in frame.columns:
        raise UsageError(
            f"keeping the most recent near-duplicate needs a time column, and {time_column!r} is not a "
            "column of the input; choose one (dedup.near_time_column, --near-dedup-time COLUMN) "
            "or keep the first record",
            code="neardup_time_column_missing", column=time_column,
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
    already_nfkc: bool = False,
) -> pl.DataFrame:
    """Find clusters of near-duplicate texts and choose the record each cluster keeps.

    Returns one row per record in a cluster of two or more, ordered by cluster and then
    by input order. The columns are `id`, `duplicate_of` (the kept record's id, null for
    the kept record), `cluster` (Int64, numbered from 1 in input order of the kept
    records) and `similarity` (estimated Jaccard similarity to the kept record, null for
    the kept record).
    `keep` chooses the kept record: "first" in input order, "longest" text, or
    "most_recent" by `time_column` (nulls count as oldest); ties go to the first.
    `already_nfkc` says the texts are already in Unicode NFKC, which saves normalising
    them again.

    Raises:
        UsageError: `keep` is unknown, or "most_recent" without a usable `time_column`.
    """
    _check_keep(frame, keep, time_column)
    id_dtype = frame.schema[id_column]
    schema = {"id": id_dtype, "duplicate_of": id_dtype, "cluster": pl.Int64, "similarity": pl.Float64}
    if frame.height < 2:
        return pl.DataFrame(schema=schema)

    labels, signatures = _cluster_frame(frame, text_column, threshold, progress, cancel, already_nfkc)
    order = _keep_order(pl.col(text_column).str.len_chars(), keep, time_column)
    return _choose_kept(frame, labels, signatures, id_column, order, schema)


def _choose_kept(
    frame: pl.DataFrame, labels: np.ndarray, signatures: _SignatureSet, id_column: str,
    order: list[pl.Expr], schema: dict[str, pl.DataType],
) -> pl.DataFrame:
    """Return the rows of `near_duplicates` for the clusters `labels` gives the frame's rows."""
    members = (
        frame.with_row_index(_ROW)
        .with_columns(pl.col(_ROW).cast(pl.Int64), pl.Series("label", labels))
        .filter(pl.len().over("label") > 1)
    )
    if members.is_empty():
        return pl.DataFrame(schema=schema)

    ranked = members.sort("label", *order)
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


def _keep_order(length: pl.Expr, keep: str, time_column: str | None) -> list[pl.Expr]:
    """Return sort keys that put the record to keep first within a cluster; `length` is the text's length."""
    if keep == "longest":
        return [length.cast(pl.Int64).fill_null(0).neg(), pl.col(_ROW)]
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
