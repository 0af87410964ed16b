"""ReviewPage: filters by finding, hand decisions, detail pane, histogram and translated layout."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import polars as pl
import pytest
from matplotlib.patches import StepPatch
from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QLocale, Qt, QTranslator
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QApplication

from core.pipeline import BuildResult
from core.readers import SourceTable
from gui.i18n import compile_translations, i18n_dir
from gui.review import ReviewPage
from gui.review.filters import Finding

MAX_TOKENS = 1000
SHOT_DIR_ENV = "REVIEW_SCREENSHOT_DIR"

# id, source, row, status, reasons, duplicate_of, tokens_aws, tokens_script, prompt (None: no record)
ROWS = [
    (1, "a.csv", 2, "train", [], None, 100, 120, "How do I reset my password?"),
    (2, "a.csv", 3, "validation", [], None, 950, 900, "Where is my invoice?"),
    (3, "a.csv", 4, "rejected", ["empty_prompt"], None, 0, 0, None),
    (4, "a.csv", 5, "rejected", ["too_many_tokens"], None, 1500, 3000, "Very long ticket " * 40),
    (5, "a.csv", 6, "duplicate", ["duplicate"], 1, 100, 120, "How do I reset my password?"),
    (6, "a.csv", 7, "train", [], None, 200, 400, "客服什么时候上班？"),
    (7, "a.csv", 8, "rejected", ["too_many_tokens", "reserved_string"], None, 1200, 1100, "Human: ignore"),
    (8, "a.csv", 9, "train", [], None, 899, 901, "近い上限のレコード"),
    (9, "b.jsonl", 1, "validation", [], None, 1000, 1000, "Exactly at the limit"),
    (10, "b.jsonl", 2, "rejected", ["unreadable_row"], None, 0, 0, None),
]

MESSAGES = {
    "empty_prompt": "a.csv row 4: the prompt is empty.",
    "too_many_tokens": "The record has more tokens than the model accepts.",
    "reserved_string": "The prompt contains the reserved string 'Human:'.",
    "duplicate": "Same prompt and completion as record 1.",
    "unreadable_row": "b.jsonl line 2: invalid JSON.",
}


def make_records() -> pl.DataFrame:
    return pl.DataFrame(
        {
            "id": [row[0] for row in ROWS],
            "source_file": [row[1] for row in ROWS],
            "source_row": [row[2] for row in ROWS],
            "key": [f"{row[1]}:{row[2]}" for row in ROWS],
            "status": [row[3] for row in ROWS],
            "reasons": [row[4] for row in ROWS],
            "messages": [[MESSAGES[code] for code in row[4]] for row in ROWS],
            "duplicate_of": [row[5] for row in ROWS],
            "tokens_aws": [row[6] for row in ROWS],
            "tokens_script": [row[7] for row in ROWS],
            "record": [
                None if row[8] is None else json.dumps({"prompt": row[8], "completion": "OK"}, ensure_ascii=False)
                for row in ROWS
            ],
        },
        schema_overrides={
            "id": pl.Int64, "source_row": pl.Int64, "duplicate_of": pl.Int64,
            "tokens_aws": pl.Int64, "tokens_script": pl.Int64,
            "reasons": pl.List(pl.String), "messages": pl.List(pl.String),
        },
    )


def make_tables() -> list[SourceTable]:
    csv_rows = [row for row in ROWS if row[1] == "a.csv"]
    csv_frame = pl.DataFrame(
        {
            "question": [row[8] or "" for row in csv_rows],
            "answer": ["OK"] * len(csv_rows),
            "__source_file": ["a.csv"] * len(csv_rows),
            "__source_row": [row[2] for row in csv_rows],
        },
        schema_overrides={"__source_row": pl.Int64},
    )
    jsonl_frame = pl.DataFrame(
        {
            "text": ["Exactly at the limit", "{broken"],
            "__source_file": ["b.jsonl", "b.jsonl"],
            "__source_row": [1, 2],
        },
        schema_overrides={"__source_row": pl.Int64},
    )
    return [
        SourceTable(path=Path("a.csv"), format="csv", frame=csv_frame, encoding="utf-8"),
        SourceTable(path=Path("b.jsonl"), format="jsonl", frame=jsonl_frame, encoding="utf-8"),
    ]


def make_result() -> BuildResult:
    return BuildResult(report={"counts": {}}, records=make_records(), tables=make_tables())


@pytest.fixture(autouse=True)
def english_numbers():
    """Format numbers as en_US does (1,000), whatever the machine's locale is."""
    QLocale.setDefault(QLocale("en_US"))
    yield
    QLocale.setDefault(QLocale("en_US"))


@pytest.fixture
def page(qtbot) -> ReviewPage:
    review = ReviewPage()
    qtbot.addWidget(review)
    review.resize(1400, 850)
    with qtbot.waitSignal(review.summaryUpdated, timeout=10_000):
        review.set_result(make_result(), MAX_TOKENS)
    yield review
    review.wait_until_idle()


def shown_ids(page: ReviewPage) -> list[int]:
    page.model.fetch_all()
    return [page.model.cell_value(row, 0) for row in range(page.model.rowCount())]


def apply_filter(qtbot, page: ReviewPage, finding: Finding, reason: str | None = None, search: str = "") -> list[int]:
    with qtbot.waitSignal(page.viewUpdated, timeout=10_000):
        page.set_filter(finding, reason, search)
    return shown_ids(page)


def select_ids(page: ReviewPage, ids: list[int]) -> None:
    selection = page.table.selectionModel()
    selection.clearSelection()
    page.model.fetch_all()
    for row in range(page.model.rowCount()):
        if page.model.cell_value(row, 0) in ids:
            selection.select(
                page.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )
            selection.setCurrentIndex(page.model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate)


@pytest.mark.parametrize(
    ("finding", "expected"),
    [
        (Finding.ALL, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]),
        (Finding.TRAIN, [1, 6, 8]),
        (Finding.VALIDATION, [2, 9]),
        (Finding.REJECTED, [3, 4, 7, 10]),
        (Finding.DUPLICATE, [5]),
        (Finding.OVER_LIMIT, [4, 7]),
        (Finding.NEAR_LIMIT, [2, 8, 9]),
        (Finding.CHANGED_BY_USER, []),
    ],
)
def test_filter_shows_finding(qtbot, page, finding, expected):
    assert apply_filter(qtbot, page, finding) == expected


def test_filter_by_reason_code(qtbot, page):
    assert apply_filter(qtbot, page, Finding.ALL, reason="too_many_tokens") == [4, 7]
    assert apply_filter(qtbot, page, Finding.REJECTED, reason="unreadable_row") == [10]
    assert apply_filter(qtbot, page, Finding.TRAIN, reason="unreadable_row") == []


def test_reason_combo_lists_codes_with_counts(page):
    items = [page.reason_combo.itemData(i) for i in range(page.reason_combo.count())]
    texts = [page.reason_combo.itemText(i) for i in range(page.reason_combo.count())]

    assert items == [None, "too_many_tokens", "duplicate", "empty_prompt", "reserved_string", "unreadable_row"]
    assert texts[1] == "Too many tokens for the model (2)"
    assert texts[3] == "Prompt is empty (1)"


def test_finding_combo_shows_counts(page):
    texts = [page.finding_combo.itemText(i) for i in range(page.finding_combo.count())]

    assert texts[:3] == ["All records (10)", "Training (3)", "Validation (2)"]
    assert texts[5] == "Over the token limit (2)"
    assert texts[6] == "Near the token limit (90% or more) (3)"


def test_search_matches_text_key_and_id(qtbot, page):
    assert apply_filter(qtbot, page, Finding.ALL, search="客服") == [6]
    assert apply_filter(qtbot, page, Finding.ALL, search="A.CSV:3") == [2]
    assert apply_filter(qtbot, page, Finding.ALL, search="password") == [1, 5]
    assert apply_filter(qtbot, page, Finding.DUPLICATE, search="password") == [5]
    assert apply_filter(qtbot, page, Finding.ALL, search="10") == [10]
    assert apply_filter(qtbot, page, Finding.ALL, search="(unclosed [regex") == []


def test_search_box_typing_filters_after_delay(qtbot, page):
    with qtbot.waitSignal(page.viewUpdated, timeout=10_000):
        qtbot.keyClicks(page.search_edit, "invoice")

    assert shown_ids(page) == [2]
    assert page.shown_label.text() == "Showing 1 of 10 records"


def test_sort_by_header_uses_token_order(qtbot, page):
    column = page.model.columns.index("tokens_script")

    with qtbot.waitSignal(page.viewUpdated, timeout=10_000):
        page.table.horizontalHeader().setSortIndicator(column, Qt.SortOrder.DescendingOrder)

    assert shown_ids(page) == [4, 7, 9, 8, 2, 6, 1, 5, 3, 10]


def test_sort_keeps_filter(qtbot, page):
    column = page.model.columns.index("tokens_aws")
    apply_filter(qtbot, page, Finding.NEAR_LIMIT)

    with qtbot.waitSignal(page.viewUpdated, timeout=10_000):
        page.table.horizontalHeader().setSortIndicator(column, Qt.SortOrder.AscendingOrder)

    assert shown_ids(page) == [8, 2, 9]


def test_exclude_selected_train_record(qtbot, page):
    select_ids(page, [1])

    with qtbot.waitSignal(page.recipeChanged, timeout=1000):
        page.exclude_button.click()

    assert page.excluded_keys() == ["a.csv:2"]
    assert page.included_keys() == []
    assert page.model.data(page.model.index(0, 1)) == "Training · excluded by you"
    assert page.decisions_label.text() == "Excluded by you: 1 · Kept by you: 0"


def test_include_undoes_exclusion(qtbot, page):
    select_ids(page, [1, 6])
    page.exclude_selected()
    select_ids(page, [1])

    with qtbot.waitSignal(page.recipeChanged, timeout=1000):
        page.include_selected()

    assert page.excluded_keys() == ["a.csv:7"]
    assert page.included_keys() == []


def test_include_keeps_rejected_record(qtbot, page):
    select_ids(page, [3, 5, 1])

    with qtbot.waitSignal(page.recipeChanged, timeout=1000):
        page.include_selected()

    assert page.included_keys() == ["a.csv:4", "a.csv:6"]
    assert page.excluded_keys() == []


def test_exclude_rejected_record_changes_nothing(qtbot, page):
    select_ids(page, [3])

    with qtbot.assertNotEmitted(page.recipeChanged):
        page.exclude_selected()

    assert page.excluded_keys() == []


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_exclude_shortcut_on_table(qtbot, page):
    page.show()
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page, timeout=5000)
    select_ids(page, [2])
    page.table.setFocus()

    with qtbot.waitSignal(page.recipeChanged, timeout=1000):
        qtbot.keyClick(page.table, Qt.Key.Key_Delete)

    assert page.excluded_keys() == ["a.csv:3"]


def test_changed_filter_lists_decisions(qtbot, page):
    select_ids(page, [6])
    page.exclude_selected()
    select_ids(page, [10])
    page.include_selected()

    assert apply_filter(qtbot, page, Finding.CHANGED_BY_USER) == [6, 10]
    assert page.finding_combo.currentText() == "Excluded or kept by you (2)"


def test_set_result_restores_recipe_decisions(qtbot):
    review = ReviewPage()
    qtbot.addWidget(review)

    with qtbot.waitSignal(review.summaryUpdated, timeout=10_000):
        review.set_result(make_result(), MAX_TOKENS, excluded=["a.csv:2"], included=["b.jsonl:2"])

    assert review.excluded_keys() == ["a.csv:2"]
    assert review.included_keys() == ["b.jsonl:2"]
    review.wait_until_idle()


def test_detail_shows_source_row_and_record(qtbot, page):
    select_ids(page, [6])

    source_text = page.detail.source.toPlainText()
    record_text = page.detail.record.toPlainText()

    assert "question" in source_text
    assert "客服什么时候上班？" in source_text
    assert json.loads(record_text) == {"prompt": "客服什么时候上班？", "completion": "OK"}
    assert '"prompt": "客服什么时候上班？"' in record_text
    assert page.detail.summary.text() == "Record 6 from a.csv, row 7"
    assert "200 (AWS estimate" in page.detail.tokens.text()
    assert "400 (script-aware estimate)" in page.detail.tokens.text()
    assert "model limit 1,000" in page.detail.tokens.text()


def test_detail_shows_reasons_and_missing_record(qtbot, page):
    select_ids(page, [3])

    assert page.detail.reasons.text() == (
        "• <b>Prompt is empty</b><br><span style='color:#5f6368'><small>a.csv row 4: the prompt is empty.</small></span>"
    )
    assert page.detail.record.toPlainText() == "No JSON record: this row could not be turned into one."
    assert "a.csv:4" not in page.detail.source.toPlainText()


def test_detail_shows_duplicate_target(qtbot, page):
    select_ids(page, [5])

    assert "Duplicate of record 1" in page.detail.reasons.text()


def test_detail_without_source_table(qtbot):
    review = ReviewPage()
    qtbot.addWidget(review)
    with qtbot.waitSignal(review.summaryUpdated, timeout=10_000):
        review.set_result(BuildResult(report={}, records=make_records()), MAX_TOKENS)

    select_ids(review, [1])

    assert review.detail.source.toPlainText() == "The source row is not available for this record."
    review.wait_until_idle()


def test_histogram_counts_and_limit_line(page):
    axes = page.histogram.axes
    steps = [patch for patch in axes.patches if isinstance(patch, StepPatch)]
    values, edges, _ = steps[0].get_data()
    limit_lines = [line for line in axes.get_lines() if line.get_linestyle() == "--"]

    assert len(steps) == 1
    assert values.sum() == 10
    assert edges[-1] > 3000
    assert len(limit_lines) == 1
    assert list(limit_lines[0].get_xdata()) == [MAX_TOKENS, MAX_TOKENS]
    assert axes.get_legend().get_texts()[1].get_text() == "Model limit: 1,000"


def test_histogram_uses_log_x_for_long_tail(qtbot):
    review = ReviewPage()
    qtbot.addWidget(review)
    records = make_records().with_columns(
        pl.when(pl.col("id") == 4).then(500_000).otherwise(pl.col("tokens_script")).alias("tokens_script")
    )

    with qtbot.waitSignal(review.summaryUpdated, timeout=10_000):
        review.set_result(BuildResult(report={}, records=records), MAX_TOKENS)

    assert review.histogram.log_x
    assert review.histogram.axes.get_xscale() == "log"
    review.wait_until_idle()


def test_over_limit_tokens_drawn_red(page):
    row = [page.model.cell_value(r, 0) for r in range(page.model.rowCount())].index(4)
    column = page.model.columns.index("tokens_script")

    brush = page.model.data(page.model.index(row, column), Qt.ItemDataRole.ForegroundRole)
    plain = page.model.data(page.model.index(0, column), Qt.ItemDataRole.ForegroundRole)

    assert isinstance(brush, QBrush)
    assert brush.color().name() == "#c62828"
    assert plain is None


def test_records_model_passes_modeltester(qtbot, qtmodeltester, page):
    qtmodeltester.check(page.model, force_py=True)
    apply_filter(qtbot, page, Finding.REJECTED)
    qtmodeltester.check(page.model, force_py=True)


@pytest.fixture(scope="module")
def compiled_translations(tmp_path_factory) -> Path:
    if shutil.which("pyside6-lrelease") is None:
        pytest.fail("pyside6-lrelease is missing; it ships with PySide6-Essentials")
    out_dir = tmp_path_factory.mktemp("qm")
    compile_translations(out_dir, i18n_dir())
    return out_dir


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
@pytest.mark.parametrize(
    ("language", "show_label", "status"),
    [("en", "&Show:", "Showing 10 of 10 records"), ("zh_CN", "显示(&S)：", "显示 10 条记录，共 10 条"),
     ("ja_JP", "表示(&S):", "10 件中 10 件を表示")],
)
def test_page_renders_in_language(qtbot, qapp, compiled_translations, tmp_path, language, show_label, status):
    translator = QTranslator()
    if language != "en":
        assert translator.load(str(compiled_translations / f"review_{language}.qm"))
        qapp.installTranslator(translator)
    QLocale.setDefault(QLocale(language))
    try:
        review = ReviewPage()
        qtbot.addWidget(review)
        review.resize(1400, 850)
        with qtbot.waitSignal(review.summaryUpdated, timeout=10_000):
            review.set_result(make_result(), MAX_TOKENS, excluded=["a.csv:7"])
        review.show()
        qtbot.waitExposed(review)
        select_ids(review, [6])
        QCoreApplication.processEvents()
        image = review.grab()
        shot = tmp_path / f"review_{language}.png"

        assert image.save(str(shot))
        assert review.finding_label.text() == show_label
        assert review.shown_label.text() == status
        review.wait_until_idle()
    finally:
        qapp.removeTranslator(translator)
        QLocale.setDefault(QLocale("en_US"))
    copy_dir = Path(__import__("os").environ.get(SHOT_DIR_ENV, "")) if __import__("os").environ.get(SHOT_DIR_ENV) else None
    if copy_dir is not None:
        copy_dir.mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, copy_dir / shot.name)


def test_language_change_retranslates_open_page(qtbot, qapp, page, compiled_translations):
    translator = QTranslator()
    assert translator.load(str(compiled_translations / "review_ja_JP.qm"))

    qapp.installTranslator(translator)
    try:
        QCoreApplication.processEvents()
        texts = [page.finding_combo.itemText(i) for i in range(page.finding_combo.count())]

        assert page.exclude_button.text() == "選択を除外(&X)"
        assert page.model.headerData(1, Qt.Orientation.Horizontal) == "状態"
        assert texts[0] == "すべてのレコード（10）"
        assert page.histogram.axes.get_xlabel() == "レコードあたりのトークン数（大きい方の推定）"
    finally:
        qapp.removeTranslator(translator)
        QCoreApplication.processEvents()

    assert page.exclude_button.text() == "E&xclude selected"


def test_empty_result_shows_no_records(qtbot):
    review = ReviewPage()
    qtbot.addWidget(review)
    records = make_records().clear()

    with qtbot.waitSignal(review.summaryUpdated, timeout=10_000):
        review.set_result(BuildResult(report={}, records=records), MAX_TOKENS)

    assert review.shown_label.text() == "Showing 0 of 0 records"
    assert [text.get_text() for text in review.histogram.axes.texts] == ["No records"]
    assert review.reason_combo.count() == 1
    review.wait_until_idle()


def test_page_before_result_disables_filters(qtbot):
    review = ReviewPage()
    qtbot.addWidget(review)

    assert review.shown_label.text() == "No build yet: the records appear here after the build runs."
    assert not review.finding_combo.isEnabled()
    assert not review.exclude_button.isEnabled()
    assert review.excluded_keys() == []


def current_id(page: ReviewPage) -> int | None:
    current = page.table.currentIndex()
    return page.model.cell_value(current.row(), 0) if current.isValid() else None


def test_filter_keeps_selected_record(qtbot, page):
    select_ids(page, [4])

    apply_filter(qtbot, page, Finding.REJECTED)

    assert current_id(page) == 4
    assert page.detail.summary.text() == "Record 4 from a.csv, row 5"


def test_filter_hiding_selection_clears_detail(qtbot, page):
    select_ids(page, [4])

    apply_filter(qtbot, page, Finding.TRAIN)

    assert current_id(page) is None
    assert page.detail.summary.text() == "Select a record in the table to see where it came from."


def test_duplicate_link_goes_to_kept_record(qtbot, page):
    apply_filter(qtbot, page, Finding.DUPLICATE, search="password")
    select_ids(page, [5])

    with qtbot.waitSignal(page.viewUpdated, timeout=10_000):
        page.detail.reasons.linkActivated.emit("record:1")

    assert current_id(page) == 1
    assert page.finding_combo.currentData() == Finding.ALL.value
    assert page.search_edit.text() == ""
    assert page.detail.summary.text() == "Record 1 from a.csv, row 2"


def test_go_to_record_in_sorted_view(qtbot, page):
    column = page.model.columns.index("tokens_aws")
    with qtbot.waitSignal(page.viewUpdated, timeout=10_000):
        page.table.horizontalHeader().setSortIndicator(column, Qt.SortOrder.DescendingOrder)

    page.go_to_record(9)

    assert current_id(page) == 9
    assert page.table.currentIndex().row() == 2


def test_unknown_limit_finds_nothing_over_it(qtbot):
    review = ReviewPage()
    qtbot.addWidget(review)
    with qtbot.waitSignal(review.summaryUpdated, timeout=10_000):
        review.set_result(make_result(), 0)

    over = apply_filter(qtbot, review, Finding.OVER_LIMIT)
    near = apply_filter(qtbot, review, Finding.NEAR_LIMIT)
    dashed = [line for line in review.histogram.axes.get_lines() if line.get_linestyle() == "--"]

    assert over == []
    assert near == []
    assert dashed == []
    review.wait_until_idle()


def test_sort_by_source_row_is_numeric(qtbot):
    review = ReviewPage()
    qtbot.addWidget(review)
    records = (
        make_records()
        .with_columns(pl.when(pl.col("id") == 1).then(12).otherwise(pl.col("source_row")).alias("source_row"))
        .with_columns(pl.format("{}:{}", "source_file", "source_row").alias("key"))
    )
    with qtbot.waitSignal(review.summaryUpdated, timeout=10_000):
        review.set_result(BuildResult(report={}, records=records), MAX_TOKENS)
    column = review.model.columns.index("key")

    with qtbot.waitSignal(review.viewUpdated, timeout=10_000):
        review.table.horizontalHeader().setSortIndicator(column, Qt.SortOrder.AscendingOrder)

    assert shown_ids(review) == [2, 3, 4, 5, 6, 7, 8, 1, 9, 10]
    review.wait_until_idle()
