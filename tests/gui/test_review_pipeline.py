"""ReviewPage over a real build plan: a GBK CSV of Chinese medical questions, read and planned by core."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QLocale

from core.catalog import load_catalog
from core.pipeline import plan
from core.recipe import MappingSpec, ModelSpec, OutputSpec, Recipe, SourceSpec
from gui.review import ReviewPage
from gui.review.filters import Finding

LLAMA = "meta.llama3-1-8b-instruct-v1:0:128k"
SAMPLE = "样例_内科_300.csv"


@pytest.fixture
def recipe(tmp_path: Path, data_dir: Path) -> Recipe:
    source = tmp_path / SAMPLE
    shutil.copy(data_dir / "gui" / SAMPLE, source)
    return Recipe(
        sources=[SourceSpec(path=str(source))],
        mapping=MappingSpec(prompt="{title}\n{ask}", completion="answer"),
        model=ModelSpec(id=LLAMA),
        output=OutputSpec(folder=str(tmp_path / "out")),
    )


@pytest.fixture
def max_tokens(recipe: Recipe) -> int:
    return load_catalog().get(LLAMA).task(recipe.mapping.task).max_tokens_per_record


@pytest.fixture
def page(qtbot) -> ReviewPage:
    QLocale.setDefault(QLocale("en_US"))
    review = ReviewPage()
    qtbot.addWidget(review)
    yield review
    review.wait_until_idle()


def show(qtbot, page: ReviewPage, result, max_tokens: int, **decisions) -> None:
    with qtbot.waitSignal(page.summaryUpdated, timeout=30_000):
        page.set_result(result, max_tokens, **decisions)


def apply_filter(qtbot, page: ReviewPage, finding: Finding, reason: str | None = None) -> list[int]:
    with qtbot.waitSignal(page.viewUpdated, timeout=30_000):
        page.set_filter(finding, reason)
    page.model.fetch_all()
    return [page.model.cell_value(row, 0) for row in range(page.model.rowCount())]


def select_first_row(page: ReviewPage) -> None:
    page.table.selectionModel().setCurrentIndex(
        page.model.index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def test_pipeline_counts_match_report(qtbot, page, recipe, max_tokens):
    result = plan(recipe)
    counts = result.report["counts"]

    show(qtbot, page, result, max_tokens)
    train_ids = apply_filter(qtbot, page, Finding.TRAIN)
    validation_ids = apply_filter(qtbot, page, Finding.VALIDATION)

    assert page.model.total_rows == counts["validation"]
    assert len(train_ids) == counts["train"]
    assert len(validation_ids) == counts["validation"]
    assert page.finding_combo.itemText(0) == f"All records ({counts['rows_read']})"


def test_pipeline_detail_shows_source_text(qtbot, page, recipe, max_tokens):
    result = plan(recipe)
    show(qtbot, page, result, max_tokens)
    first_id = apply_filter(qtbot, page, Finding.TRAIN)[0]
    row = result.records.filter(result.records["id"] == first_id).row(0, named=True)
    record = json.loads(row["record"])

    select_first_row(page)

    assert page.detail.summary.text() == f"Record {first_id} from {row['source_file']}, row {row['source_row']}"
    assert json.loads(page.detail.record.toPlainText()) == record
    assert record["completion"][:20] in page.detail.source.toPlainText()
    assert "department" in page.detail.source.toPlainText()


def test_pipeline_exclusion_round_trip(qtbot, page, recipe, max_tokens):
    result = plan(recipe)
    show(qtbot, page, result, max_tokens)
    first_id = apply_filter(qtbot, page, Finding.TRAIN)[0]
    select_first_row(page)
    with qtbot.waitSignal(page.recipeChanged, timeout=1000):
        page.exclude_selected()
    recipe.review.excluded = page.excluded_keys()

    replanned = plan(recipe, tables=result.tables)
    show(qtbot, page, replanned, max_tokens, excluded=recipe.review.excluded)
    excluded_ids = apply_filter(qtbot, page, Finding.ALL, reason="excluded_by_user")

    assert excluded_ids == [first_id]
    assert page.model.data(page.model.index(0, 1)) == "Rejected · excluded by you"
    assert replanned.report["counts"]["rejected"] == result.report["counts"]["rejected"] + 1
