"""Review step: near duplicates filtered, shown beside the kept record, and kept anyway."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QLocale

from core.pipeline import plan
from core.recipe import DedupSpec, MappingSpec, OutputSpec, Recipe, SourceSpec
from gui.review import ReviewPage
from gui.review.compare import estimated_similarity
from gui.review.filters import Finding

# Rows 2 and 3 differ in one letter, rows 5 and 6 in two words; row 4 has no near duplicate.
FAQ_CSV = (
    "question,answer\n"
    '"What are the opening hours of the store on weekends and public holidays",'
    '"We are open from nine to five on weekends and public holidays"\n'
    '"What are the opening hours of the store on weekends and public holiday",'
    '"We are open from nine to five on weekends and public holidays"\n'
    '"How do I change the delivery address of an order","Open the order page and choose Change address"\n'
    '"Can I return a product that I bought in the online shop to a store near me",'
    '"Yes, every store accepts returns of online orders within thirty days with the receipt"\n'
    '"Can I return a product that I bought in the online shop to any store near me please",'
    '"Yes, every store accepts returns of online orders within thirty days with the receipt"\n'
)
MAX_TOKENS = 16_000


@pytest.fixture
def recipe(tmp_path: Path) -> Recipe:
    source = tmp_path / "faq.csv"
    source.write_text(FAQ_CSV, encoding="utf-8")
    return Recipe(
        sources=[SourceSpec(path=str(source))],
        mapping=MappingSpec(prompt="question", completion="answer"),
        dedup=DedupSpec(near=True, near_threshold=0.7),
        output=OutputSpec(folder=str(tmp_path / "out")),
    )


@pytest.fixture
def page(qtbot) -> ReviewPage:
    QLocale.setDefault(QLocale("en_US"))
    review = ReviewPage()
    qtbot.addWidget(review)
    yield review
    review.wait_until_idle()


def show(qtbot, page: ReviewPage, result, near_keep: str = "first", included=()) -> None:  # noqa: ANN001
    with qtbot.waitSignal(page.summaryUpdated, timeout=30_000):
        page.set_result(result, MAX_TOKENS, included=included, pii_kept=[], near_keep=near_keep)


def apply_filter(qtbot, page: ReviewPage, finding: Finding) -> list[int]:
    with qtbot.waitSignal(page.viewUpdated, timeout=30_000):
        page.set_filter(finding)
    page.model.fetch_all()
    return [page.model.cell_value(row, 0) for row in range(page.model.rowCount())]


def select_record(page: ReviewPage, record_id: int) -> None:
    ids = [page.model.cell_value(row, 0) for row in range(page.model.rowCount())]
    page.table.selectionModel().setCurrentIndex(
        page.model.index(ids.index(record_id), 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def test_near_duplicate_filter_shows_dropped_ids(qtbot, page, recipe):
    result = plan(recipe)
    show(qtbot, page, result)

    assert result.records.filter(result.records["status"] == "duplicate")["duplicate_of"].to_list() == [1, 4]
    assert apply_filter(qtbot, page, Finding.NEAR_DUPLICATE) == [2, 5]
    assert page.finding_combo.currentText() == "Near duplicates (2)"


def test_exact_duplicate_not_near(qtbot, page, recipe, tmp_path):
    source = tmp_path / "faq.csv"
    source.write_text(FAQ_CSV + '"How do I change the delivery address of an order","Open the order page and choose Change address"\n',
                      encoding="utf-8")
    result = plan(recipe)
    show(qtbot, page, result)

    assert apply_filter(qtbot, page, Finding.DUPLICATE) == [2, 5, 6]
    assert apply_filter(qtbot, page, Finding.NEAR_DUPLICATE) == [2, 5]


def test_side_by_side_shows_both_records(qtbot, page, recipe):
    result = plan(recipe)
    show(qtbot, page, result)
    apply_filter(qtbot, page, Finding.ALL)
    messages = result.records.filter(result.records["id"] == 2)["messages"][0].to_list()
    similarity = estimated_similarity(messages)
    assert similarity is not None and 0.7 <= similarity <= 1.0

    select_record(page, 2)
    compare = page.detail.compare

    assert not compare.isHidden()
    assert compare.summary.text() == (
        f"Near duplicate of record 1: estimated similarity {similarity:.2f}. "
        "Keep rule: keep the first record in input order."
    )
    assert compare.left_title.text() == "This record (2)"
    assert compare.right_title.text() == "Kept record (1)"
    left = json.loads(compare.left.toPlainText())
    right = json.loads(compare.right.toPlainText())
    assert left["prompt"].endswith("public holiday")
    assert right["prompt"].endswith("public holidays")

    select_record(page, 3)
    assert compare.isHidden()


def test_side_by_side_names_keep_rule(qtbot, page, recipe):
    result = plan(recipe.model_copy(update={"dedup": DedupSpec(near=True, near_threshold=0.7, near_keep="longest")}))
    show(qtbot, page, result, near_keep="longest")
    ids = apply_filter(qtbot, page, Finding.NEAR_DUPLICATE)
    assert ids == [2, 4]

    select_record(page, 4)

    assert page.detail.compare.summary.text().endswith("Keep rule: keep the longest record.")
    assert page.detail.compare.right_title.text() == "Kept record (5)"


def test_keep_anyway_adds_included(qtbot, page, recipe):
    result = plan(recipe)
    key = result.records.filter(result.records["id"] == 5)["key"][0]
    show(qtbot, page, result)
    apply_filter(qtbot, page, Finding.NEAR_DUPLICATE)
    select_record(page, 5)
    button = page.detail.compare.keep_button
    assert button.isEnabled()

    with qtbot.waitSignal(page.recipeChanged):
        button.click()

    assert page.included_keys() == [key]
    assert not page.detail.compare.keep_button.isEnabled()
    assert page.detail.compare.keep_button.toolTip() == "You already keep this record."


def test_window_keep_anyway_reaches_recipe(window, qtbot, tmp_path):
    source = tmp_path / "faq.csv"
    source.write_text(FAQ_CSV, encoding="utf-8")
    window.sources_page.add_paths([source])
    qtbot.waitUntil(lambda: window.context.all_sources_read(), timeout=20_000)
    window.project.update("mapping", prompt="{question}", completion="{answer}")
    window.project.update("dedup", near=True, near_threshold=0.7, near_keep="longest")
    window.check_action.trigger()
    qtbot.waitUntil(lambda: window.context.result is not None, timeout=60_000)
    page = window.review_slot.page
    qtbot.waitUntil(lambda: page.model.rowCount() == 5, timeout=20_000)
    key = window.context.result.records.filter(window.context.result.records["id"] == 2)["key"][0]

    select_record(page, 2)
    assert page.detail.compare.summary.text().endswith("Keep rule: keep the longest record.")
    page.detail.compare.keep_button.click()

    assert window.project.recipe.review.included == [key]
    assert window.project.dirty
