"""Review step: redacted records, their redaction list, and undo entries in `recipe.review.pii_kept`."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QLocale

from core.pipeline import plan
from core.recipe import CleaningSpec, MappingSpec, OutputSpec, PiiSpec, Recipe, ReviewSpec, SourceSpec
from gui.review import ReviewPage
from gui.review.filters import Finding

# Invented contact details: example.com/.org addresses and phone numbers of no real person.
CONTACT_CSV = (
    "question,answer\n"
    '"How do I reset my password? Mail me at alex.sample@example.com",'
    '"Write to help@example.org or call +1 415 555 0134"\n'
    '"Call me at 090-1234-5678 please about order 55","We will call 090-1234-5678 today"\n'
    '"What are the opening hours on weekends?","We are open from nine to five on weekends"\n'
)
MAX_TOKENS = 16_000


@pytest.fixture
def recipe(tmp_path: Path) -> Recipe:
    source = tmp_path / "contacts.csv"
    source.write_text(CONTACT_CSV, encoding="utf-8")
    return Recipe(
        sources=[SourceSpec(path=str(source))],
        mapping=MappingSpec(prompt="question", completion="answer"),
        cleaning=CleaningSpec(pii=PiiSpec(enabled=True)),
        output=OutputSpec(folder=str(tmp_path / "out")),
    )


@pytest.fixture
def page(qtbot) -> ReviewPage:
    QLocale.setDefault(QLocale("en_US"))
    review = ReviewPage()
    qtbot.addWidget(review)
    yield review
    review.wait_until_idle()


def show(qtbot, page: ReviewPage, result, pii_kept=()) -> None:  # noqa: ANN001
    with qtbot.waitSignal(page.summaryUpdated, timeout=30_000):
        page.set_result(result, MAX_TOKENS, pii_kept=list(pii_kept), near_keep="first")


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


def record_text(result, record_id: int) -> dict:  # noqa: ANN001
    records = result.records
    return json.loads(records.filter(records["id"] == record_id)["record"][0])


def panel_rows(page: ReviewPage) -> list[tuple[str, ...]]:
    table = page.detail.redactions.table
    return [
        tuple(table.item(row, column).text() for column in range(table.columnCount()))
        for row in range(table.rowCount())
    ]


def test_redacted_filter_counts_records(qtbot, page, recipe):
    result = plan(recipe)
    show(qtbot, page, result)

    assert apply_filter(qtbot, page, Finding.REDACTED) == [1, 2]
    assert page.finding_combo.currentText() == "Redacted (personal data replaced) (2)"


def test_detail_lists_redactions_with_originals(qtbot, page, recipe):
    result = plan(recipe)
    show(qtbot, page, result)
    apply_filter(qtbot, page, Finding.ALL)

    select_record(page, 1)

    assert not page.detail.redactions.isHidden()
    assert panel_rows(page) == [
        ("EMAIL", "[EMAIL_1]", "alex.sample@example.com", "prompt", "Replaced"),
        ("EMAIL", "[EMAIL_2]", "help@example.org", "completion", "Replaced"),
        ("PHONE", "[PHONE]", "+1 415 555 0134", "completion", "Replaced"),
    ]
    assert "[EMAIL_1]" in page.detail.record.toPlainText()

    select_record(page, 3)
    assert page.detail.redactions.isHidden()


def test_undo_one_and_type_write_pii_kept(qtbot, page, recipe, caplog):
    caplog.set_level(logging.DEBUG)
    result = plan(recipe)
    key = result.records["key"][0]
    show(qtbot, page, result)
    apply_filter(qtbot, page, Finding.ALL)
    select_record(page, 1)
    panel = page.detail.redactions

    panel.select_row(0)
    with qtbot.waitSignal(page.recipeChanged):
        panel.undo_button.click()
    panel.select_row(2)
    with qtbot.waitSignal(page.recipeChanged):
        panel.undo_type_button.click()

    assert page.pii_kept_keys() == [f"{key}:[EMAIL_1]", "*:PHONE"]
    assert [row[4] for row in panel_rows(page)] == [
        "Undone by you (at the next check)",
        "Replaced",
        "Undone by you in every record (at the next check)",
        "Undone by you in every record",
    ]
    assert page.decisions_label.toolTip() == "Redactions undone: 2"
    assert all("alex.sample@example.com" not in record.getMessage() for record in caplog.records)

    replanned = plan(recipe.model_copy(update={"review": ReviewSpec(pii_kept=page.pii_kept_keys())}))

    first = record_text(replanned, 1)
    assert first["prompt"] == "How do I reset my password? Mail me at alex.sample@example.com"
    assert first["completion"] == "Write to [EMAIL_2] or call +1 415 555 0134"
    assert record_text(replanned, 2)["prompt"] == "Call me at 090-1234-5678 please about order 55"


def test_undo_taken_back(qtbot, page, recipe):
    result = plan(recipe)
    show(qtbot, page, result)
    apply_filter(qtbot, page, Finding.ALL)
    select_record(page, 2)
    panel = page.detail.redactions

    panel.select_row(0)
    panel.undo_type_button.click()
    assert page.pii_kept_keys() == ["*:PHONE"]
    assert panel.redo_button.isEnabled()
    assert not panel.undo_button.isEnabled()

    with qtbot.waitSignal(page.recipeChanged):
        panel.redo_button.click()

    assert page.pii_kept_keys() == []
    assert [row[4] for row in panel_rows(page)] == ["Replaced", "Replaced"]


def test_undone_after_check_can_be_taken_back(qtbot, page, recipe):
    first = plan(recipe)
    key = first.records["key"][0]
    kept = [f"{key}:[EMAIL_1]"]
    result = plan(recipe.model_copy(update={"review": ReviewSpec(pii_kept=kept)}))
    show(qtbot, page, result, pii_kept=kept)
    apply_filter(qtbot, page, Finding.ALL)
    select_record(page, 1)
    panel = page.detail.redactions

    rows = panel_rows(page)
    assert rows[-1] == ("EMAIL", "[EMAIL_1]", "—", "—", "Undone by you")
    panel.select_row(len(rows) - 1)
    panel.redo_button.click()

    assert page.pii_kept_keys() == []


def test_window_undo_reaches_recipe_and_next_check(window, qtbot, tmp_path):
    source = tmp_path / "contacts.csv"
    source.write_text(CONTACT_CSV, encoding="utf-8")
    window.sources_page.add_paths([source])
    qtbot.waitUntil(lambda: window.context.all_sources_read(), timeout=20_000)
    window.project.update("mapping", prompt="{question}", completion="{answer}")
    window.cleaning_page.pii_switch.setChecked(True)
    window.check_action.trigger()
    qtbot.waitUntil(lambda: window.context.result is not None, timeout=60_000)
    page = window.review_slot.page
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=20_000)
    key = window.context.result.records["key"][1]

    select_record(page, 2)
    page.detail.redactions.select_row(0)
    page.detail.redactions.undo_button.click()

    assert window.project.recipe.review.pii_kept == [f"{key}:[PHONE]"]
    assert window.project.dirty

    old_result = window.context.result
    window.check_action.trigger()
    qtbot.waitUntil(lambda: window.context.result is not old_result, timeout=60_000)

    assert record_text(window.context.result, 2)["completion"] == "We will call 090-1234-5678 today"
    assert page.pii_kept_keys() == [f"{key}:[PHONE]"]


def test_originals_never_reach_disk(window, qtbot, tmp_path, recovery_file, caplog):
    caplog.set_level(logging.DEBUG)
    source = tmp_path / "contacts.csv"
    source.write_text(CONTACT_CSV, encoding="utf-8")
    out_dir = tmp_path / "out"
    window.sources_page.add_paths([source])
    qtbot.waitUntil(lambda: window.context.all_sources_read(), timeout=20_000)
    window.project.update("mapping", prompt="{question}", completion="{answer}")
    window.project.update("output", folder=str(out_dir))
    window.cleaning_page.pii_switch.setChecked(True)
    window.check_action.trigger()
    qtbot.waitUntil(lambda: window.context.result is not None, timeout=60_000)
    page = window.review_slot.page
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=20_000)
    select_record(page, 1)
    page.detail.redactions.select_row(1)
    page.detail.redactions.undo_button.click()

    window.build()
    qtbot.waitUntil(lambda: not window.context.busy, timeout=60_000)
    window.project.write_recovery()

    written = [path for path in [*out_dir.rglob("*"), recovery_file] if path.is_file()]
    assert any(path.suffix == ".jsonl" for path in written)
    texts = {path.name: path.read_text(encoding="utf-8") for path in written}
    for original in ("alex.sample@example.com", "+1 415 555 0134", "090-1234-5678"):
        assert [name for name, text in texts.items() if original in text] == []
        assert [record.getMessage() for record in caplog.records if original in record.getMessage()] == []
    # The undone address is training text now, as the user chose.
    assert "help@example.org" in texts["train.jsonl"]
