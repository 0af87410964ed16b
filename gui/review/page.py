"""The Review step: every record of a build, filtered by finding, with details and hand decisions.

The page shows `BuildResult.records` through `RecordsModel`. Filters and sorts are
computed by `compute_view()` on a worker thread, so a million-record build stays
responsive while a search runs. Only the newest request's result is applied.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

import numpy as np
import polars as pl
from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.pii import FINDING_DTYPE
from core.pipeline import STATUS_DUPLICATE, STATUS_REJECTED, STATUS_TRAIN, STATUS_VALIDATION, BuildResult
from core.readers import SOURCE_FILE, SOURCE_ROW, SourceTable
from gui.models.frame_model import compute_view
from gui.models.records_model import RecordsModel, reason_label
from gui.review.detail import RecordDetail
from gui.review.filters import Finding, ViewRequest, finding_counts, reason_counts, token_count_expr, view_filter_expr
from gui.review.histogram import TokenHistogram
from gui.workers import Runner

log = logging.getLogger(__name__)

# Milliseconds between the last key press in the search box and the search.
SEARCH_DELAY_MS = 250
DETAIL_MIN_WIDTH = 260
TABLE_MIN_WIDTH = 320
HISTOGRAM_MIN_HEIGHT = 130
REASONS_COLUMN_WIDTH = 180
_KEPT_STATUSES = (STATUS_TRAIN, STATUS_VALIDATION)
_DROPPED_STATUSES = (STATUS_REJECTED, STATUS_DUPLICATE)


class ReviewPage(QWidget):
    """Review the records of a build: filter, search, inspect, and exclude or keep by hand.

    Signals:
        recipeChanged: the user excluded or included records, or undid a redaction; read
            `excluded_keys()`, `included_keys()` and `pii_kept_keys()` into `recipe.review`.
        viewUpdated(int): the table now shows this many records after a filter or sort.
        summaryUpdated: the counts in the filters and the histogram are up to date.
    """

    recipeChanged = Signal()
    viewUpdated = Signal(int)
    summaryUpdated = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._result: BuildResult | None = None
        self._records = pl.DataFrame()
        self._max_tokens = 0
        # Dicts used as ordered sets, so the recipe lists keep the order of the user's clicks.
        self._excluded: dict[str, None] = {}
        self._included: dict[str, None] = {}
        self._pii_kept: dict[str, None] = {}
        self._pii_findings = pl.DataFrame(schema={"id": pl.Int64, "findings": FINDING_DTYPE})
        self._redacted_ids: pl.Series | None = None
        self._near_keep = "first"
        self._finding_counts: dict[Finding, int] = {}
        self._reason_counts: list[tuple[str, int]] = []
        self._sources: dict[str, list[SourceTable]] = {}
        # Frame row to select when the next view arrives, set by `go_to_record`.
        self._pending_frame_row: int | None = None
        self._view_runner = Runner("review-view", 1, latest_only=True, parent=self)
        self._summary_runner = Runner("review-summary", 1, latest_only=True, parent=self)

        self._build_widgets()
        self._build_actions()
        self._build_layout()
        self._connect()
        self.retranslate()
        self._update_enabled()

    # --- construction ----------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.finding_label = QLabel()
        self.finding_combo = QComboBox()
        self.finding_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.finding_label.setBuddy(self.finding_combo)
        self.reason_label = QLabel()
        self.reason_combo = QComboBox()
        self.reason_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.reason_label.setBuddy(self.reason_combo)
        self.search_label = QLabel()
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(200)
        self.search_label.setBuddy(self.search_edit)
        self.shown_label = QLabel()
        self.busy_label = QLabel()
        self.busy_label.setVisible(False)

        self.model = RecordsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # Fixed row heights keep scrolling through a million rows cheap: Qt never measures them.
        vertical = self.table.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        vertical.setVisible(False)
        horizontal = self.table.horizontalHeader()
        horizontal.setSectionsClickable(True)
        horizontal.setSortIndicatorShown(True)
        horizontal.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        horizontal.setStretchLastSection(True)
        horizontal.setHighlightSections(False)
        # Size columns from the rows on screen only, not the first 1,000 rows.
        horizontal.setResizeContentsPrecision(0)
        vertical.setResizeContentsPrecision(0)

        self.exclude_button = QPushButton()
        self.include_button = QPushButton()
        self.decisions_label = QLabel()

        self.detail = RecordDetail()
        self.histogram = TokenHistogram()

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)

    def _build_actions(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.exclude_action = QAction(self)
        self.exclude_action.setShortcuts([QKeySequence(Qt.Key.Key_Delete), QKeySequence("Ctrl+E")])
        self.exclude_action.setShortcutContext(context)
        self.include_action = QAction(self)
        self.include_action.setShortcuts([QKeySequence(Qt.Key.Key_Insert), QKeySequence("Ctrl+I")])
        self.include_action.setShortcutContext(context)
        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.setShortcutContext(context)
        self.addAction(self.exclude_action)
        self.addAction(self.include_action)
        self.addAction(self.find_action)
        self.table.addAction(self.exclude_action)
        self.table.addAction(self.include_action)

    def _build_layout(self) -> None:
        # Two rows, so the table's side stays narrow enough for the detail pane in a small window.
        filters = QHBoxLayout()
        for widget in (self.finding_label, self.finding_combo, self.reason_label, self.reason_combo):
            filters.addWidget(widget)
        filters.addStretch(1)
        search = QHBoxLayout()
        search.addWidget(self.search_label)
        search.addWidget(self.search_edit, 1)

        status = QHBoxLayout()
        status.addWidget(self.shown_label)
        status.addWidget(self.busy_label)
        status.addStretch(1)
        status.addWidget(self.decisions_label)
        decisions = QHBoxLayout()
        decisions.addStretch(1)
        decisions.addWidget(self.exclude_button)
        decisions.addWidget(self.include_button)

        table_box = QWidget()
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addLayout(filters)
        table_layout.addLayout(search)
        table_layout.addWidget(self.table, 1)
        table_layout.addLayout(status)
        table_layout.addLayout(decisions)

        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(table_box)
        top.addWidget(self.detail)
        top.setStretchFactor(0, 3)
        top.setStretchFactor(1, 2)
        top.setChildrenCollapsible(False)
        self.detail.setMinimumWidth(DETAIL_MIN_WIDTH)
        table_box.setMinimumWidth(TABLE_MIN_WIDTH)
        top.setSizes([3 * DETAIL_MIN_WIDTH, 2 * DETAIL_MIN_WIDTH])
        self.top_splitter = top

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.histogram)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.histogram.setMinimumHeight(HISTOGRAM_MIN_HEIGHT)

        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        self.setTabOrder(self.finding_combo, self.reason_combo)
        self.setTabOrder(self.reason_combo, self.search_edit)
        self.setTabOrder(self.search_edit, self.table)
        self.setTabOrder(self.table, self.exclude_button)
        self.setTabOrder(self.exclude_button, self.include_button)
        self.setTabOrder(self.include_button, self.detail.source)
        self.setTabOrder(self.detail.source, self.detail.record)

    def _connect(self) -> None:
        self.finding_combo.currentIndexChanged.connect(self._request_view)
        self.reason_combo.currentIndexChanged.connect(self._request_view)
        self.search_edit.textChanged.connect(self._search_timer.start)
        self.search_edit.returnPressed.connect(self._search_now)
        self._search_timer.timeout.connect(self._request_view)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._request_view)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.model.modelReset.connect(self._on_model_reset)
        self.exclude_action.triggered.connect(self.exclude_selected)
        self.include_action.triggered.connect(self.include_selected)
        self.exclude_button.clicked.connect(self.exclude_selected)
        self.include_button.clicked.connect(self.include_selected)
        self.find_action.triggered.connect(self._focus_search)
        self.detail.recordLinkActivated.connect(self.go_to_record)
        self.detail.piiKeptAdded.connect(self.add_pii_kept)
        self.detail.piiKeptRemoved.connect(self.remove_pii_kept)
        self.detail.keepRequested.connect(self.keep_current)
        self._view_runner.busyChanged.connect(self.busy_label.setVisible)

    # --- translation -------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every text of the page in the current language."""
        self.finding_label.setText(self.tr("&Show:"))
        self.finding_combo.setToolTip(self.tr("Show only the records of one kind. The number is how many there are."))
        self.reason_label.setText(self.tr("&Reason:"))
        self.reason_combo.setToolTip(self.tr("Show only the records that have this reason, with how many have it."))
        self.search_label.setText(self.tr("Se&arch:"))
        self.search_edit.setPlaceholderText(self.tr("Text, source row or record id (Ctrl+F)"))
        self.search_edit.setToolTip(
            self.tr("Show only the records whose JSON text, source row (file:row) or id contains this text. Case is ignored.")
        )
        self.busy_label.setText(self.tr("Updating…"))
        self.table.setAccessibleName(self.tr("Records of the build"))
        self.histogram.setAccessibleName(self.tr("Token count histogram"))

        self.table.setToolTip(
            self.tr("Click a column header to sort. Select records and press Delete to exclude them or Insert to keep them.")
        )
        self.exclude_action.setText(self.tr("E&xclude selected"))
        self.exclude_action.setToolTip(
            self.tr("Leave the selected records out of the training data (Delete or Ctrl+E). They are listed as excluded by you.")
        )
        self.include_action.setText(self.tr("&Keep selected"))
        self.include_action.setToolTip(
            self.tr("Keep the selected records even though the build rejected them or found them duplicate, or undo an exclusion (Insert or Ctrl+I).")
        )
        self.find_action.setText(self.tr("Search records"))

        for button, action in ((self.exclude_button, self.exclude_action), (self.include_button, self.include_action)):
            button.setText(action.text())
            button.setToolTip(action.toolTip())

        self.model.retranslate()
        self._fit_columns()
        self.detail.retranslate()
        self._fill_filter_combos()
        self._update_labels()

    # --- data in -----------------------------------------------------------------------

    def set_result(
        self,
        result: BuildResult,
        max_tokens: int,
        *,
        excluded: Iterable[str] = (),
        included: Iterable[str] = (),
        pii_kept: Iterable[str] | None = None,
        near_keep: str | None = None,
    ) -> None:
        """Show the records of a build, checked against the model's token limit.

        Args:
            result: the build (or plan) to review.
            max_tokens: the model's `max_tokens_per_record` for the chosen task; 0 when the
                model is unknown, which leaves the over- and near-limit filters empty.
            excluded: keys the recipe already excludes by hand (`recipe.review.excluded`).
            included: keys the recipe already keeps by hand (`recipe.review.included`).
            pii_kept: redactions the recipe already undoes (`recipe.review.pii_kept`); None
                means none.
            near_keep: the recipe's near-duplicate keep rule (`recipe.dedup.near_keep`); None
                means "first".
        """
        if pii_kept is None:
            pii_kept = ()
        if near_keep is None:
            near_keep = "first"
        self._result = result
        self._records = result.records
        self._max_tokens = max_tokens
        self._excluded = dict.fromkeys(excluded)
        self._included = dict.fromkeys(included)
        self._pii_kept = dict.fromkeys(pii_kept)
        self._near_keep = near_keep
        findings = result.pii_findings
        if findings is None:
            self._pii_findings = self._pii_findings.clear()
            self._redacted_ids = None
        else:
            self._pii_findings = findings.filter(pl.col("findings").list.len() > 0)
            self._redacted_ids = self._pii_findings.get_column("id")
        self._sources = {}
        for table in result.tables:
            for name in table.frame.get_column(SOURCE_FILE).unique().to_list():
                self._sources.setdefault(name, []).append(table)

        self.model.set_records(self._records, max_tokens)
        self.model.set_decisions(self._excluded, self._included)
        self._fit_columns()
        self.detail.clear()
        self._pending_frame_row = None
        self._finding_counts = {}
        self._reason_counts = []
        self._fill_filter_combos()
        self._request_summary()
        self._request_view()
        self._update_enabled()

    def excluded_keys(self) -> list[str]:
        """Return the keys the user excluded by hand, for `recipe.review.excluded`."""
        return list(self._excluded)

    def included_keys(self) -> list[str]:
        """Return the keys the user kept by hand despite the build, for `recipe.review.included`."""
        return list(self._included)

    def pii_kept_keys(self) -> list[str]:
        """Return the redactions the user undid, for `recipe.review.pii_kept`."""
        return list(self._pii_kept)

    def set_filter(self, finding: Finding, reason: str | None = None, search: str = "") -> None:
        """Choose the finding, reason code and search text shown, as the user would."""
        for widget in (self.finding_combo, self.reason_combo, self.search_edit):
            widget.blockSignals(True)
        self._select_data(self.finding_combo, finding.value)
        self._select_data(self.reason_combo, reason)
        self.search_edit.setText(search)
        for widget in (self.finding_combo, self.reason_combo, self.search_edit):
            widget.blockSignals(False)
        self._search_now()

    def wait_until_idle(self, msecs: int = 30_000) -> bool:
        """Block until no filter or summary computation runs; for shutdown and tests."""
        return self._view_runner.wait_for_done(msecs) and self._summary_runner.wait_for_done(msecs)

    def _fit_columns(self) -> None:
        # Qt measures only the rows on screen, so this stays cheap for a million records.
        for column, name in enumerate(self.model.columns):
            if name == "reasons":
                self.table.setColumnWidth(column, REASONS_COLUMN_WIDTH)
            elif name != "record":
                self.table.resizeColumnToContents(column)
        # "Duplicate of" goes right after the reasons, where it is seen without scrolling.
        header = self.table.horizontalHeader()
        if "duplicate_of" in self.model.columns and "reasons" in self.model.columns:
            duplicate = header.visualIndex(self.model.columns.index("duplicate_of"))
            after = header.visualIndex(self.model.columns.index("reasons")) + 1
            if duplicate != after:
                header.moveSection(duplicate, after)

    # --- background computations -------------------------------------------------------

    def _current_request(self) -> ViewRequest:
        header = self.table.horizontalHeader()
        column = header.sortIndicatorSection()
        sort_column = self.model.columns[column] if 0 <= column < len(self.model.columns) else None
        finding = self.finding_combo.currentData()
        return ViewRequest(
            finding=Finding(finding) if finding else Finding.ALL,
            reason=self.reason_combo.currentData() or None,
            search=self.search_edit.text(),
            sort_column=sort_column,
            descending=header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder,
        )

    def _request_view(self) -> None:
        if self._result is None:
            return
        self._search_timer.stop()
        request = self._current_request()
        expr = view_filter_expr(
            request, self._max_tokens, self._excluded, self._included, redacted_ids=self._redacted_ids
        )
        if expr is None and request.sort_column is None:
            # Every record in input order needs no computation.
            self._view_runner.cancel_all()
            self._apply_view(None)
            return

        records = self._records
        sort_by: str | pl.Expr | None = request.sort_column
        if sort_by == "key":
            # "a.csv:10" must come after "a.csv:9", so the key sorts by file, then row number.
            sort_by = pl.struct("source_file", "source_row")

        def work(progress: Any, cancel: Any) -> pl.Series | None:
            return compute_view(records, expr, sort_by, request.descending)

        self._view_runner.submit("filter records", work, on_result=self._apply_view, on_error=self._on_view_error)

    def _apply_view(self, rows: pl.Series | None) -> None:
        # Keep the record the user was looking at selected if the new view still shows it.
        target = self._pending_frame_row if self._pending_frame_row is not None else self._current_frame_row()
        self._pending_frame_row = None
        self.model.set_view(rows)
        if target is not None:
            self._select_frame_row(target)
        self._update_labels()
        self.viewUpdated.emit(self.model.total_rows)

    def _current_frame_row(self) -> int | None:
        current = self.table.currentIndex()
        if not current.isValid() or current.row() >= self.model.rowCount():
            return None
        return self.model.frame_row(current.row())

    def _select_frame_row(self, frame_row: int) -> bool:
        position = self.model.view_position(frame_row)
        if position is None:
            return False
        self.model.ensure_fetched(position)
        index = self.model.index(position, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def go_to_record(self, record_id: int) -> None:
        """Select the record with id `record_id`, showing every record first if a filter hides it."""
        matches = self._records.select((pl.col("id") == record_id).arg_true()).to_series()
        if not matches.len():
            return
        frame_row = int(matches[0])
        if self._select_frame_row(frame_row):
            return
        self._pending_frame_row = frame_row
        self.set_filter(Finding.ALL)

    def _on_view_error(self, error: BaseException) -> None:
        # The search text is escaped before it becomes a pattern, so a failure here is a bug.
        log.error("filtering the records failed", exc_info=error)
        self.shown_label.setText(self.tr("Filtering failed: {error}").format(error=error))

    def _request_summary(self) -> None:
        records = self._records
        max_tokens = self._max_tokens
        redacted_ids = self._redacted_ids

        def work(progress: Any, cancel: Any) -> tuple[dict[Finding, int], list[tuple[str, int]], np.ndarray]:
            counts = finding_counts(records, max_tokens, redacted_ids=redacted_ids)
            reasons = reason_counts(records)
            tokens = records.select(token_count_expr().fill_null(0)).to_series().to_numpy()
            return counts, reasons, tokens

        self._summary_runner.submit("summarize records", work, on_result=self._apply_summary)

    def _apply_summary(self, summary: tuple[dict[Finding, int], list[tuple[str, int]], np.ndarray]) -> None:
        counts, reasons, tokens = summary
        self._finding_counts = counts
        self._reason_counts = reasons
        self._fill_filter_combos()
        self.histogram.set_data(tokens, self._max_tokens)
        self.summaryUpdated.emit()

    # --- filters -----------------------------------------------------------------------

    def _finding_names(self) -> dict[Finding, str]:
        return {
            Finding.ALL: self.tr("All records"),
            Finding.TRAIN: self.tr("Training"),
            Finding.VALIDATION: self.tr("Validation"),
            Finding.REJECTED: self.tr("Rejected"),
            Finding.DUPLICATE: self.tr("Duplicates"),
            Finding.OVER_LIMIT: self.tr("Over the token limit"),
            Finding.NEAR_LIMIT: self.tr("Near the token limit (90% or more)"),
            Finding.CHANGED_BY_USER: self.tr("Excluded or kept by you"),
            Finding.REDACTED: self.tr("Redacted (personal data replaced)"),
            Finding.NEAR_DUPLICATE: self.tr("Near duplicates"),
        }

    def _fill_filter_combos(self) -> None:
        locale = QLocale()
        finding = self.finding_combo.currentData()
        reason = self.reason_combo.currentData()

        self.finding_combo.blockSignals(True)
        self.finding_combo.clear()
        for item, name in self._finding_names().items():
            count = self._finding_count(item)
            label = name if count is None else self.tr("{name} ({count})").format(name=name, count=locale.toString(count))
            self.finding_combo.addItem(label, item.value)
        self._select_data(self.finding_combo, finding)
        self.finding_combo.blockSignals(False)

        self.reason_combo.blockSignals(True)
        self.reason_combo.clear()
        self.reason_combo.addItem(self.tr("Any reason"), None)
        for code, count in self._reason_counts:
            label = self.tr("{name} ({count})").format(name=reason_label(code), count=locale.toString(count))
            self.reason_combo.addItem(label, code)
            self.reason_combo.setItemData(self.reason_combo.count() - 1, code, Qt.ItemDataRole.ToolTipRole)
        self._select_data(self.reason_combo, reason)
        self.reason_combo.blockSignals(False)

    def _finding_count(self, finding: Finding) -> int | None:
        if finding == Finding.CHANGED_BY_USER:
            return len(self._excluded) + len(self._included) if self._result is not None else None
        return self._finding_counts.get(finding)

    @staticmethod
    def _select_data(combo: QComboBox, value: object) -> None:
        position = combo.findData(value)
        combo.setCurrentIndex(max(position, 0))

    def _search_now(self) -> None:
        self._search_timer.stop()
        self._request_view()

    def _focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    # --- selection and decisions -------------------------------------------------------

    def selected_frame_rows(self) -> np.ndarray:
        """Return the positions in `records` of the selected table rows, in display order."""
        spans = [
            np.arange(span.top(), span.bottom() + 1)
            for span in self.table.selectionModel().selection()
            if span.isValid()
        ]
        if not spans:
            return np.zeros(0, dtype=np.int64)
        view_rows = np.unique(np.concatenate(spans))
        return self.model.view_rows().to_numpy()[view_rows].astype(np.int64)

    def exclude_selected(self) -> None:
        """Exclude the selected training or validation records, or undo keeping them by hand."""
        self._decide(exclude=True)

    def include_selected(self) -> None:
        """Keep the selected rejected or duplicate records, or undo excluding them by hand."""
        self._decide(exclude=False)

    def keep_current(self) -> None:
        """Keep the record shown in the detail pane anyway, whatever else is selected."""
        row = self._current_frame_row()
        if row is not None:
            self._decide(exclude=False, rows=np.array([row], dtype=np.int64))

    def _decide(self, *, exclude: bool, rows: np.ndarray | None = None) -> None:
        if rows is None:
            rows = self.selected_frame_rows()
        if not rows.size:
            return
        selected = self._records.select("key", "status")[rows]
        changed = False
        for key, status in selected.iter_rows():
            undo, add, add_statuses = (
                (self._included, self._excluded, _KEPT_STATUSES)
                if exclude
                else (self._excluded, self._included, _DROPPED_STATUSES)
            )
            if key in undo:
                del undo[key]
                changed = True
            elif status in add_statuses and key not in add:
                add[key] = None
                changed = True
        if not changed:
            return
        log.info("review: %d excluded and %d kept by hand", len(self._excluded), len(self._included))
        self.model.set_decisions(self._excluded, self._included)
        self._fill_filter_combos()
        self._update_labels()
        self._show_current_detail()
        self.recipeChanged.emit()
        if self.finding_combo.currentData() == Finding.CHANGED_BY_USER.value:
            self._request_view()

    # --- redaction undo ----------------------------------------------------------------

    def add_pii_kept(self, entry: str) -> None:
        """Undo a redaction at the next check: `KEY:[PLACEHOLDER]` for one, `*:TYPE` for a type."""
        if entry in self._pii_kept:
            return
        self._pii_kept[entry] = None
        self._pii_kept_changed()

    def remove_pii_kept(self, entry: str) -> None:
        """Take back an undo added by `add_pii_kept`, so the value is redacted again."""
        if entry not in self._pii_kept:
            return
        del self._pii_kept[entry]
        self._pii_kept_changed()

    def _pii_kept_changed(self) -> None:
        # Only the count is logged: the entries name records and the undone values are personal data.
        log.info("review: %d redaction undo entries", len(self._pii_kept))
        self._update_labels()
        self._show_current_detail()
        self.recipeChanged.emit()

    # --- detail pane -------------------------------------------------------------------

    def _on_model_reset(self) -> None:
        self.detail.clear()
        self._update_enabled()

    def _on_selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        self._update_enabled()

    def _on_current_row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self._show_current_detail()

    def _show_current_detail(self) -> None:
        current = self.table.currentIndex()
        if not current.isValid():
            self.detail.clear()
            return
        row = self._records.row(self.model.frame_row(current.row()), named=True)
        self.detail.show_record(
            row,
            self.source_row(row["source_file"], row["source_row"]),
            self._max_tokens,
            findings=self.findings_of(row["id"]),
            pii_kept=self._pii_kept,
            kept_record=self._record_by_id(row["duplicate_of"]),
            near_keep=self._near_keep,
            kept_by_user=row["key"] in self._included,
        )

    def findings_of(self, record_id: int) -> list[dict[str, Any]]:
        """Return the redactions of one record (column, type, placeholder, original value)."""
        match = self._pii_findings.filter(pl.col("id") == record_id)
        return match.get_column("findings")[0].to_list() if match.height else []

    def _record_by_id(self, record_id: int | None) -> dict[str, Any] | None:
        if record_id is None:
            return None
        match = self._records.filter(pl.col("id") == record_id)
        return match.row(0, named=True) if match.height else None

    def source_row(self, source_file: str, source_row: int) -> dict[str, Any] | None:
        """Return the source file's columns for one row, or None when no source table has it."""
        for table in self._sources.get(source_file, []):
            match = table.frame.filter((pl.col(SOURCE_FILE) == source_file) & (pl.col(SOURCE_ROW) == source_row))
            if match.height:
                return match.select(table.columns).row(0, named=True)
        return None

    # --- labels and state --------------------------------------------------------------

    def _update_labels(self) -> None:
        locale = QLocale()
        if self._result is None:
            self.shown_label.setText(self.tr("No build yet: the records appear here after the build runs."))
        else:
            self.shown_label.setText(
                self.tr("Showing {shown} of {total} records").format(
                    shown=locale.toString(self.model.total_rows), total=locale.toString(self._records.height)
                )
            )
        self.decisions_label.setText(
            self.tr("Excluded by you: {excluded} · Kept by you: {included}").format(
                excluded=locale.toString(len(self._excluded)), included=locale.toString(len(self._included))
            )
        )
        # The status row has no room left, so the undo count is in the tooltip.
        self.decisions_label.setToolTip(
            self.tr("Redactions undone: {undone}").format(undone=locale.toString(len(self._pii_kept)))
        )

    def _update_enabled(self) -> None:
        has_selection = self.table.selectionModel().hasSelection()
        for widget in (self.exclude_action, self.include_action, self.exclude_button, self.include_button):
            widget.setEnabled(has_selection)
        for widget in (self.finding_combo, self.reason_combo, self.search_edit):
            widget.setEnabled(self._result is not None)
