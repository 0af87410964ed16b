"""Cleaning step: personal-data and near-duplicate controls write the recipe and show the counts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from core.recipe import DedupSpec, PiiSpec, Recipe

# Invented contact details: example.com/.org addresses and phone numbers of no real person.
CONTACT_CSV = (
    "question,answer\n"
    '"How do I reset my password? Mail me at alex.sample@example.com",'
    '"Write to help@example.org or call +1 415 555 0134"\n'
    '"Call me at 090-1234-5678 please about order 55","We will call 090-1234-5678 today"\n'
    '"What are the opening hours on weekends?","We are open from nine to five on weekends"\n'
)


def _pii_item(page, name: str):  # noqa: ANN001, ANN202
    for row in range(page.pii_types.count()):
        item = page.pii_types.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == name:
            return item
    raise AssertionError(f"no list item for {name}")


def _add_and_wait(window, qtbot, path: Path) -> None:  # noqa: ANN001
    window.sources_page.add_paths([path])
    qtbot.waitUntil(lambda: window.context.all_sources_read(), timeout=20_000)


def _write_contacts(folder: Path) -> Path:
    path = folder / "contacts.csv"
    path.write_text(CONTACT_CSV, encoding="utf-8")
    return path


def test_pii_types_listed_from_core(window):
    page = window.cleaning_page
    names = [page.pii_types.item(row).data(Qt.ItemDataRole.UserRole) for row in range(page.pii_types.count())]

    assert sorted(names) == ["CARD", "EMAIL", "IBAN", "ID_NUMBER", "IP", "PHONE", "SECRET", "URL"]
    assert _pii_item(page, "EMAIL").text() == "E-mail addresses"
    assert all(page.pii_types.item(row).checkState() == Qt.CheckState.Checked for row in range(len(names)))


def test_pii_switch_and_types_change_recipe(window):
    page = window.cleaning_page
    assert window.project.recipe.cleaning.pii.enabled is False
    assert not page.pii_types.isEnabled()

    page.pii_switch.click()
    assert window.project.recipe.cleaning.pii.enabled is True
    assert page.pii_types.isEnabled()
    assert window.project.dirty

    for row in range(page.pii_types.count()):
        item = page.pii_types.item(row)
        if item.data(Qt.ItemDataRole.UserRole) not in ("EMAIL", "PHONE"):
            item.setCheckState(Qt.CheckState.Unchecked)

    assert window.project.recipe.cleaning.pii.types == ["EMAIL", "PHONE", "TERM", "CUSTOM"]

    for row in range(page.pii_types.count()):
        page.pii_types.item(row).setCheckState(Qt.CheckState.Checked)

    assert window.project.recipe.cleaning.pii.types == []


def test_pii_types_loaded_from_recipe(window):
    window.project.set_recipe(Recipe().model_copy(update={
        "cleaning": Recipe().cleaning.model_copy(update={"pii": PiiSpec(enabled=True, types=["IBAN", "CARD"])}),
    }))
    page = window.cleaning_page

    assert _pii_item(page, "IBAN").checkState() == Qt.CheckState.Checked
    assert _pii_item(page, "CARD").checkState() == Qt.CheckState.Checked
    assert _pii_item(page, "EMAIL").checkState() == Qt.CheckState.Unchecked
    assert page.pii_switch.isChecked()


def test_pii_patterns_keep_only_valid(window):
    page = window.cleaning_page
    page.pii_switch.setChecked(True)
    page.pii_patterns.setPlainText("ORD-\\d{6}\n\n(?=look)ahead\nCASE-[0-9]+")
    page.commit()

    assert window.project.recipe.cleaning.pii.patterns == ["ORD-\\d{6}", "CASE-[0-9]+"]
    assert not page.pii_patterns_error.isHidden()
    assert page.pii_patterns_error.text() == "Not a valid regular expression, so it is not used: (?=look)ahead"
    assert page.pii_patterns.toPlainText() == "ORD-\\d{6}\n\n(?=look)ahead\nCASE-[0-9]+"


def test_near_duplicate_settings_change_recipe(window):
    page = window.cleaning_page
    page.switches["near"].click()
    assert page.near_keep.isEnabled()
    assert not page.near_time_column.isEnabled()

    page.near_threshold.setValue(0.65)
    page.near_keep.setCurrentIndex(page.near_keep.findData("most_recent"))
    page.near_keep.activated.emit(page.near_keep.currentIndex())
    assert page.near_time_column.isEnabled()
    page.near_time_column.setCurrentText("updated_at")
    page.near_time_column.lineEdit().editingFinished.emit()

    dedup = window.project.recipe.dedup
    assert dedup == DedupSpec(exact=True, near=True, near_threshold=0.65, near_keep="most_recent",
                              near_time_column="updated_at")
    assert page.near_threshold.minimum() == 0.5
    assert page.near_threshold.maximum() == 1.0


def test_every_new_control_has_tooltip(window):
    page = window.cleaning_page
    controls: list[QWidget] = [
        page.pii_switch, page.pii_types, page.pii_terms, page.pii_patterns,
        page.near_threshold, page.near_keep, page.near_time_column,
        page.chinese_box, page.min_chars, page.max_chars, page.reserved_box, page.boilerplate_share,
        *page.switches.values(),
    ]
    for control in controls:
        assert control.toolTip().strip(), control.objectName() or type(control).__name__
    for row in range(page.pii_types.count()):
        assert page.pii_types.item(row).toolTip().strip()


def test_check_shows_pii_counts_per_type(window, qtbot, tmp_path):
    _add_and_wait(window, qtbot, _write_contacts(tmp_path))
    window.project.update("mapping", prompt="{question}", completion="{answer}")
    page = window.cleaning_page
    page.pii_switch.setChecked(True)
    assert page.pii_counts.text() == ""

    window.check_action.trigger()
    qtbot.waitUntil(lambda: window.context.result is not None, timeout=60_000)

    assert window.context.result.report["pii"]["counts"]["EMAIL"] == 2
    assert page.pii_counts.text() == (
        "Replaced in 2 records at the last check: E-mail addresses: 2, Phone numbers: 3"
    )


def test_pii_patterns_stored_while_typing(window, qtbot):
    page = window.cleaning_page
    page.pii_switch.setChecked(True)

    page.pii_patterns.setPlainText("TICKET-\\d+")

    qtbot.waitUntil(lambda: window.project.recipe.cleaning.pii.patterns == ["TICKET-\\d+"], timeout=5_000)
    assert page.pii_patterns.toPlainText() == "TICKET-\\d+"
    assert page.pii_patterns_error.isHidden()
