"""ReviewPage on a million records: filters, search, sort and scrolling give the exact rows."""

from __future__ import annotations

import numpy as np
import polars as pl
import pytest
from PySide6.QtCore import QItemSelectionModel, QLocale, QModelIndex, Qt

from core.pipeline import BuildResult
from gui.review import ReviewPage
from gui.review.filters import Finding

ROWS = 1_000_000
MAX_TOKENS = 4096
REASON_SETS = [[], ["empty_prompt"], ["too_many_tokens"], ["duplicate"]]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def records() -> pl.DataFrame:
    rng = np.random.default_rng(11)
    status = rng.choice(np.array(["train", "validation", "rejected", "duplicate"]), ROWS, p=[0.7, 0.1, 0.1, 0.1])
    reason_id = np.where(status == "rejected", rng.integers(1, 3, ROWS), np.where(status == "duplicate", 3, 0))
    tokens_aws = rng.lognormal(5.5, 1.0, ROWS).astype(np.int64)
    reasons = pl.DataFrame({"reason_id": range(len(REASON_SETS)), "reasons": REASON_SETS})
    return (
        pl.DataFrame(
            {
                "id": np.arange(1, ROWS + 1, dtype=np.int64),
                "status": status,
                "reason_id": reason_id,
                "tokens_aws": tokens_aws,
                "tokens_script": tokens_aws * 3,
            }
        )
        .join(reasons, on="reason_id", how="left", maintain_order="left")
        .with_columns(
            pl.lit("big.csv").alias("source_file"),
            (pl.col("id") + 1).alias("source_row"),
            pl.format("big.csv:{}", pl.col("id") + 1).alias("key"),
            pl.col("reasons").list.eval(pl.format("fails {}", pl.element())).alias("messages"),
            pl.lit(None, dtype=pl.Int64).alias("duplicate_of"),
            pl.format('{{"prompt": "question {}", "completion": "答案 {}"}}', "id", "id").alias("record"),
        )
        .drop("reason_id")
    )


@pytest.fixture
def page(qtbot, records) -> ReviewPage:
    QLocale.setDefault(QLocale("en_US"))
    review = ReviewPage()
    qtbot.addWidget(review)
    with qtbot.waitSignal(review.summaryUpdated, timeout=60_000):
        review.set_result(BuildResult(report={}, records=records), MAX_TOKENS)
    yield review
    review.wait_until_idle()


def shown_ids(page: ReviewPage) -> pl.Series:
    return page.model.frame.get_column("id").gather(page.model.view_rows())


def apply_filter(qtbot, page: ReviewPage, finding: Finding, reason: str | None = None, search: str = "") -> int:
    with qtbot.waitSignal(page.viewUpdated, timeout=60_000) as blocker:
        page.set_filter(finding, reason, search)
    return blocker.args[0]


def test_scale_over_limit_rows_exact(qtbot, page, records):
    expected = records.filter(pl.col("tokens_script") > MAX_TOKENS)["id"]

    shown = apply_filter(qtbot, page, Finding.OVER_LIMIT)

    assert shown == expected.len()
    assert shown_ids(page).to_list() == expected.to_list()


def test_scale_rejected_by_reason_exact(qtbot, page, records):
    expected = records.filter(
        (pl.col("status") == "rejected") & pl.col("reasons").list.contains("too_many_tokens")
    )["id"]

    apply_filter(qtbot, page, Finding.REJECTED, reason="too_many_tokens")

    assert shown_ids(page).to_list() == expected.to_list()


def test_scale_search_finds_one_record(qtbot, page):
    shown = apply_filter(qtbot, page, Finding.ALL, search='"question 765432"')

    assert shown == 1
    assert page.model.cell_value(0, 0) == 765432


def test_scale_sort_descending_then_scroll_to_end(qtbot, page, records):
    column = page.model.columns.index("tokens_script")
    with qtbot.waitSignal(page.viewUpdated, timeout=60_000):
        page.table.horizontalHeader().setSortIndicator(column, Qt.SortOrder.DescendingOrder)

    while page.model.canFetchMore(QModelIndex()):
        page.model.fetchMore(QModelIndex())
    last_row = page.model.rowCount() - 1

    assert page.model.rowCount() == ROWS
    assert page.model.cell_value(0, column) == records["tokens_script"].max()
    assert page.model.cell_value(last_row, column) == records["tokens_script"].min()


def test_scale_exclude_last_training_record(qtbot, page, records):
    last_train_id = records.filter(pl.col("status") == "train")["id"].max()
    apply_filter(qtbot, page, Finding.TRAIN)
    page.model.fetch_all()
    last = page.model.index(page.model.rowCount() - 1, 0)
    page.table.selectionModel().select(
        last, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )

    with qtbot.waitSignal(page.recipeChanged, timeout=1000):
        page.exclude_selected()

    assert page.model.cell_value(last.row(), 0) == last_train_id
    assert page.excluded_keys() == [f"big.csv:{last_train_id + 1}"]
