"""Tests of near-duplicate detection in core.neardup."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import numpy as np
import polars as pl
import pytest

from core.errors import Cancelled, UsageError
import core.neardup
from core.neardup import lsh_bands, near_duplicate_groups, near_duplicates, stored_near_duplicates, text_features
from core.progress import CancelToken

ORDER_LATE = "我的订单还没有收到，已经等了两个星期了。请帮我查一下物流信息，谢谢！客服电话一直打不通，很着急。"
REFUND_EN = (
    "The package arrived damaged and I would like a refund for the broken item. "
    "I have attached photos of the box and the receipt from the store."
)
SHIPPING_JA = "ご注文の商品は明日発送いたします。到着まで二、三日ほどかかる見込みです。何かございましたらお気軽にお問い合わせください。"


def frame_of(texts: list[str], **extra: list) -> pl.DataFrame:
    return pl.DataFrame({"id": list(range(1, len(texts) + 1)), "text": texts, **extra})


def pairs_of(result: pl.DataFrame) -> list[tuple[int, int | None, int]]:
    return list(result.select("id", "duplicate_of", "cluster").iter_rows())


def test_short_texts_compared_whole(data_dir: Path) -> None:
    frame = pl.read_csv(data_dir / "cleaning" / "short_utterances.csv").with_row_index("id", offset=1)
    result = near_duplicates(frame, "text", "id")
    assert frame["text"].to_list() == ["好的", "谢谢", "收到", "好的", "はい", "了解です"]
    assert pairs_of(result) == [(1, None, 1), (4, 1, 1)]
    assert result["similarity"].to_list() == [None, 1.0]


def test_width_and_punctuation_changes_match() -> None:
    variant = ORDER_LATE.replace("，", ",").replace("！", "!").replace("两", "两")
    frame = frame_of([ORDER_LATE, "今天天气很好，我们去公园散步吧。然后一起吃午饭。", variant])
    assert pairs_of(near_duplicates(frame, "text", "id")) == [(1, None, 1), (3, 1, 1)]


def test_fullwidth_english_matches() -> None:
    fullwidth = "".join(chr(ord(char) + 0xFEE0) if "!" <= char <= "~" else char for char in REFUND_EN.upper())
    result = near_duplicates(frame_of([REFUND_EN, fullwidth]), "text", "id")
    assert pairs_of(result) == [(1, None, 1), (2, 1, 1)]
    assert result["similarity"][1] == 1.0


def test_reordered_sentences_match() -> None:
    reordered = "请帮我查一下物流信息，谢谢！客服电话一直打不通，很着急。我的订单还没有收到，已经等了两个星期了。"
    assert pairs_of(near_duplicates(frame_of([ORDER_LATE, reordered]), "text", "id")) == [(1, None, 1), (2, 1, 1)]


def test_character_edit_matches() -> None:
    edited = SHIPPING_JA.replace("明日", "本日")
    result = near_duplicates(frame_of([SHIPPING_JA, edited]), "text", "id")
    assert pairs_of(result) == [(1, None, 1), (2, 1, 1)]
    assert 0.8 <= result["similarity"][1] < 1.0


def test_word_edit_matches_in_english() -> None:
    edited = REFUND_EN.replace("broken item", "broken items")
    assert pairs_of(near_duplicates(frame_of([REFUND_EN, edited]), "text", "id")) == [(1, None, 1), (2, 1, 1)]


def test_different_texts_do_not_match() -> None:
    texts = [
        ORDER_LATE,
        "我的订单已经收到了，但是颜色和图片上的不一样。请问可以换货吗？需要我自己付运费吗？",
        REFUND_EN,
        "I would like to change the delivery address of my order to the new office downtown, please.",
        SHIPPING_JA,
        "ご注文いただいた商品は在庫切れのため、発送が一週間ほど遅れます。ご迷惑をおかけして申し訳ございません。",
    ]
    assert near_duplicates(frame_of(texts), "text", "id").is_empty()


def test_short_text_never_matches_long_text() -> None:
    assert near_duplicates(frame_of(["谢谢", "谢谢" + ORDER_LATE]), "text", "id").is_empty()


def test_empty_and_null_texts_ignored() -> None:
    frame = frame_of(["!!!", "???", "", None, "ok"])
    assert near_duplicates(frame, "text", "id").is_empty()


def test_keep_longest() -> None:
    longer = ORDER_LATE + "麻烦了"
    result = near_duplicates(frame_of([ORDER_LATE, longer]), "text", "id", keep="longest")
    assert pairs_of(result) == [(1, 2, 1), (2, None, 1)]


def test_keep_most_recent() -> None:
    times = [datetime(2024, 5, 1), datetime(2024, 6, 1), None]
    frame = frame_of([REFUND_EN, REFUND_EN, REFUND_EN], sent=times)
    result = near_duplicates(frame, "text", "id", keep="most_recent", time_column="sent")
    assert pairs_of(result) == [(1, 2, 1), (2, None, 1), (3, 2, 1)]


def test_keep_most_recent_needs_time_column() -> None:
    with pytest.raises(UsageError, match="needs a time column") as caught:
        near_duplicates(frame_of([REFUND_EN, REFUND_EN]), "text", "id", keep="most_recent")
    assert caught.value.code == "neardup_time_column_missing"
    assert "none is chosen" in caught.value.message
    assert "--near-dedup-time COLUMN" in caught.value.message

    with pytest.raises(UsageError, match="'sent' is not a column of the input"):
        near_duplicates(frame_of([REFUND_EN, REFUND_EN]), "text", "id", keep="most_recent", time_column="sent")


def test_clusters_numbered_in_input_order() -> None:
    texts = [REFUND_EN, SHIPPING_JA, "unrelated words here and there", REFUND_EN, SHIPPING_JA]
    result = near_duplicates(frame_of(texts), "text", "id")
    assert pairs_of(result) == [(1, None, 1), (4, 1, 1), (2, None, 2), (5, 2, 2)]


def test_string_ids_kept() -> None:
    frame = pl.DataFrame({"key": ["a.csv:2", "a.csv:3"], "text": [REFUND_EN, REFUND_EN]})
    result = near_duplicates(frame, "text", "key")
    assert result["id"].to_list() == ["a.csv:2", "a.csv:3"]
    assert result["duplicate_of"].to_list() == [None, "a.csv:2"]


def test_groups_for_split() -> None:
    texts = [REFUND_EN, "好的", SHIPPING_JA, "好的", REFUND_EN + " Thanks."]
    groups = near_duplicate_groups(frame_of(texts), "text", "id")
    assert groups.rows() == [(1, 0), (2, 1), (3, 2), (4, 1), (5, 0)]


def test_lsh_bands_at_default_threshold() -> None:
    assert lsh_bands(0.8) == (16, 8)


@pytest.mark.parametrize("threshold", [0.5, 0.8, 0.95])
def test_lsh_bands_fit_the_signature(threshold: float) -> None:
    bands, rows = lsh_bands(threshold)
    assert bands * rows <= 128
    assert threshold - 0.2 < (1 / bands) ** (1 / rows) <= threshold


def test_progress_reports_records() -> None:
    reports: list[tuple[str, float, float | None]] = []
    near_duplicates(frame_of([REFUND_EN, SHIPPING_JA, "好的"]), "text", "id", progress=lambda *report: reports.append(report))
    assert reports == [("near_duplicates", 2, 2)]


def test_cancel_stops_before_hashing() -> None:
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        near_duplicates(frame_of([REFUND_EN, REFUND_EN]), "text", "id", cancel=token)


def test_clusters_match_union_find():
    from core.neardup import _clusters

    rng = np.random.default_rng(3)
    n_records, n_pairs = 500, 400
    left, right = rng.integers(0, n_records, n_pairs), rng.integers(0, n_records, n_pairs)
    parent = list(range(n_records))

    def find(item):
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    for a, b in zip(left.tolist(), right.tolist()):
        parent[find(a)] = find(b)
    expected = {frozenset(i for i in range(n_records) if find(i) == root) for root in set(map(find, range(n_records)))}

    labels = _clusters(pl.DataFrame({"row": left, "row_b": right}), n_records)
    found = {frozenset(np.flatnonzero(labels == label).tolist()) for label in np.unique(labels)}
    assert found == expected


def test_signature_estimates_jaccard() -> None:
    from core.neardup import _signatures

    rng = np.random.default_rng(5)
    estimates = []
    for _ in range(300):
        shared = rng.integers(0, 2**64, size=48, dtype=np.uint64)
        left = np.r_[shared, rng.integers(0, 2**64, size=6, dtype=np.uint64)]
        right = np.r_[shared, rng.integers(0, 2**64, size=6, dtype=np.uint64)]
        rows = np.r_[np.zeros(left.size, np.int64), np.ones(right.size, np.int64)]
        signature = _signatures(rows, np.r_[left, right], 2, 128)
        estimates.append(np.mean(signature[0] == signature[1]))
    true_jaccard = 48 / 60
    assert abs(np.mean(estimates) - true_jaccard) < 0.01
    assert np.std(estimates) < 0.06


def test_signature_of_one_shingle_fills_every_slot() -> None:
    from core.neardup import _signatures

    signature = _signatures(np.array([1]), np.array([12345678901234567], dtype=np.uint64), 3, 128)
    assert (signature[1] == signature[1][0]).all()
    assert (signature[0] == np.iinfo(np.uint32).max).all()
    assert (signature[2] == np.iinfo(np.uint32).max).all()


def stored_features(frame: pl.DataFrame, path: Path, batch_rows: int) -> pl.DataFrame:
    """Compute features batch by batch and append the signatures to `path`, as the streaming build does."""
    parts = []
    written = 0
    with path.open("wb") as handle:
        for start in range(0, frame.height, batch_rows):
            batch = frame[start:start + batch_rows]
            features, signatures = text_features(batch["text"])
            handle.write(signatures.tobytes())
            long = (features["units"] >= 3).to_numpy()
            position = np.full(batch.height, None, dtype=object)
            position[long] = written + np.arange(int(long.sum()))
            written += int(long.sum())
            parts.append(features.with_columns(
                batch["id"], pl.Series("position", position.tolist(), dtype=pl.Int64), batch["text"].str.len_chars().alias("chars"),
            ))
    return pl.concat(parts)


@pytest.mark.parametrize("keep", ["first", "longest"])
def test_stored_signatures_give_the_same_clusters(tmp_path: Path, monkeypatch, keep: str) -> None:
    texts = [
        ORDER_LATE, REFUND_EN, SHIPPING_JA, "好的", "",
        ORDER_LATE.replace("，", ",") + "拜托了",
        REFUND_EN.replace("refund", "full refund"),
        SHIPPING_JA.replace("明日", "明後日"),
        "好的", ORDER_LATE, "ok thanks", "ok thanks!", "Completely different words about another topic here.",
    ]
    frame = frame_of(texts)
    # Small slices and key budgets make the file be read in several slices and band groups.
    monkeypatch.setattr(core.neardup._StoredSignatures, "SLICE_ROWS", 4)
    monkeypatch.setattr(core.neardup._StoredSignatures, "KEY_BYTES", 8 * 4 * 5)
    features = stored_features(frame, tmp_path / "signatures", batch_rows=7)

    stored = stored_near_duplicates(features, tmp_path / "signatures", keep=keep)

    assert stored.equals(near_duplicates(frame, "text", "id", keep=keep))
    clusters = sorted(stored.group_by("cluster").agg("id")["id"].to_list())
    assert clusters == [[1, 6, 10], [2, 7], [3, 8], [4, 9], [11, 12]]


def test_stored_signatures_without_long_texts(tmp_path: Path) -> None:
    frame = frame_of(["好的", "好的", "はい", ""])
    features = stored_features(frame, tmp_path / "signatures", batch_rows=2)

    stored = stored_near_duplicates(features, tmp_path / "signatures")

    assert pairs_of(stored) == [(1, None, 1), (2, 1, 1)]


def test_stored_signatures_reject_most_recent(tmp_path: Path) -> None:
    features = stored_features(frame_of(["好的", "好的"]), tmp_path / "signatures", batch_rows=2)
    with pytest.raises(UsageError, match="keep the first or longest record"):
        stored_near_duplicates(features, tmp_path / "signatures", keep="most_recent")


def test_candidate_pairs_in_slices_give_the_same_clusters(monkeypatch) -> None:
    texts = [ORDER_LATE, ORDER_LATE + "拜托了", ORDER_LATE.replace("，", ","), "拜托了" + ORDER_LATE,
             REFUND_EN, REFUND_EN.replace("refund", "full refund"), SHIPPING_JA, SHIPPING_JA + "よろしく"] * 5
    frame = frame_of(texts)
    expected = near_duplicates(frame, "text", "id")

    monkeypatch.setattr(core.neardup, "MAX_PAIRS_PER_SLICE", 2)
    monkeypatch.setattr(core.neardup, "MAX_ALL_PAIRS_BUCKET", 2)
    sliced = near_duplicates(frame, "text", "id")

    assert sliced.equals(expected)
    assert sorted(sliced.group_by("cluster").agg("id")["id"].list.len().to_list()) == [10, 10, 20]
