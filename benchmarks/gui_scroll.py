"""Measure how the Review page copes with a million records.

Builds a synthetic `BuildResult.records` frame of 1,000,000 rows with Polars, shows the
Review page on Qt's offscreen platform, then measures:

- how long `set_result` and the summary (counts, reason list, histogram) take;
- how long each filter, search and sort takes from the request to the table update;
- the longest gap between ticks of a 10 ms QTimer meanwhile. The computation runs on a
  worker thread, so this gap shows whether the window kept handling events;
- fetching the table to its last row through `fetchMore`, and repainting the table at
  random scroll positions.

Run: `python benchmarks/gui_scroll.py [--rows N]`. It prints one line per figure.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np
import polars as pl
from PySide6.QtCore import QElapsedTimer, QEventLoop, QModelIndex, QTimer
from PySide6.QtWidgets import QApplication

from core.pipeline import BuildResult
from gui.review import ReviewPage
from gui.review.filters import Finding

MAX_TOKENS = 4096
TICK_MS = 10
REASON_SETS = [
    [],
    ["empty_prompt"],
    ["too_many_tokens"],
    ["too_many_tokens", "reserved_string"],
    ["unreadable_row"],
    ["duplicate"],
]


def synthetic_records(rows: int, seed: int = 7) -> pl.DataFrame:
    """Return a records frame with the columns of `BuildResult.records` and plausible values."""
    rng = np.random.default_rng(seed)
    status = rng.choice(np.array(["train", "validation", "rejected", "duplicate"]), rows, p=[0.72, 0.08, 0.12, 0.08])
    reason_id = np.where(
        status == "rejected", rng.integers(1, 5, rows), np.where(status == "duplicate", 5, 0)
    )
    tokens_aws = rng.lognormal(5.5, 0.9, rows).astype(np.int64)
    tokens_script = (tokens_aws * rng.uniform(1.0, 4.0, rows)).astype(np.int64)
    reasons = pl.DataFrame({"reason_id": range(len(REASON_SETS)), "reasons": REASON_SETS})
    return (
        pl.DataFrame(
            {
                "id": np.arange(1, rows + 1, dtype=np.int64),
                "status": status,
                "reason_id": reason_id,
                "tokens_aws": tokens_aws,
                "tokens_script": tokens_script,
            }
        )
        .with_columns(
            pl.format("tickets_{}.csv", pl.col("id") % 4).alias("source_file"),
            (pl.col("id") // 4 + 2).alias("source_row"),
        )
        .join(reasons, on="reason_id", how="left", maintain_order="left")
        .with_columns(
            pl.format("{}:{}", "source_file", "source_row").alias("key"),
            pl.col("reasons").list.eval(pl.format("Record fails the {} check.", pl.element())).alias("messages"),
            pl.when(pl.col("status") == "duplicate").then(pl.col("id") - 1).alias("duplicate_of"),
            pl.when(pl.col("reasons").list.contains("empty_prompt"))
            .then(None)
            .otherwise(
                pl.format(
                    '{{"prompt": "Ticket {}: the invoice for order {} is wrong, 请帮我查一下发票。", '
                    '"completion": "Thank you for writing. We corrected invoice {} and sent it again."}}',
                    "id", pl.col("id") * 7, pl.col("id") * 13,
                )
            )
            .alias("record"),
        )
        .select("id", "source_file", "source_row", "key", "status", "reasons", "messages", "duplicate_of",
                "tokens_aws", "tokens_script", "record")
    )


class TickMonitor:
    """Record the longest gap between ticks of a 10 ms timer while the event loop runs."""

    def __init__(self) -> None:
        self._timer = QTimer()
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._clock = QElapsedTimer()
        self._last = 0
        self.max_gap_ms = 0

    def start(self) -> None:
        self.max_gap_ms = 0
        self._clock.start()
        self._last = 0
        self._timer.start()

    def stop(self) -> None:
        self._tick()
        self._timer.stop()

    def _tick(self) -> None:
        now = self._clock.elapsed()
        self.max_gap_ms = max(self.max_gap_ms, now - self._last)
        self._last = now


def wait_for(signal, timeout_ms: int = 120_000) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    signal.disconnect(loop.quit)


def measure_view_change(page: ReviewPage, monitor: TickMonitor, change) -> tuple[float, int, int]:
    """Run `change()`, wait for the table update; return seconds, max tick gap (ms) and rows shown."""
    shown: list[int] = []
    page.viewUpdated.connect(shown.append)
    monitor.start()
    started = time.perf_counter()
    change()
    if not shown:
        wait_for(page.viewUpdated)
    elapsed = time.perf_counter() - started
    monitor.stop()
    page.viewUpdated.disconnect(shown.append)
    return elapsed, monitor.max_gap_ms, shown[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000, help="number of records (default 1,000,000)")
    args = parser.parse_args()

    app = QApplication.instance() or QApplication([])
    started = time.perf_counter()
    records = synthetic_records(args.rows)
    print(f"rows: {records.height:,}; frame size: {records.estimated_size('mb'):.0f} MB; "
          f"generated in {time.perf_counter() - started:.2f} s")

    page = ReviewPage()
    page.resize(1400, 850)
    page.show()
    app.processEvents()
    monitor = TickMonitor()

    monitor.start()
    started = time.perf_counter()
    page.set_result(BuildResult(report={}, records=records), MAX_TOKENS)
    set_result_s = time.perf_counter() - started
    wait_for(page.summaryUpdated)
    summary_s = time.perf_counter() - started
    monitor.stop()
    print(f"set_result returned in {set_result_s * 1000:.0f} ms; summary and histogram ready after "
          f"{summary_s * 1000:.0f} ms; max event-loop gap {monitor.max_gap_ms} ms")
    # The histogram is drawn on the GUI thread; time it here so that it does not land
    # inside the first filter measurement.
    started = time.perf_counter()
    page.histogram.canvas.draw()
    print(f"histogram draw on the GUI thread: {(time.perf_counter() - started) * 1000:.0f} ms")
    app.processEvents()

    header = page.table.horizontalHeader()
    column = page.model.columns.index("tokens_script")
    changes = [
        ("filter: training", lambda: page.set_filter(Finding.TRAIN)),
        ("filter: rejected", lambda: page.set_filter(Finding.REJECTED)),
        ("filter: reason too_many_tokens", lambda: page.set_filter(Finding.ALL, "too_many_tokens")),
        ("filter: over the limit", lambda: page.set_filter(Finding.OVER_LIMIT)),
        ("filter: near the limit", lambda: page.set_filter(Finding.NEAR_LIMIT)),
        ("search: 'order 700007'", lambda: page.set_filter(Finding.ALL, None, "order 700007")),
        ("search: '发票' (matches all)", lambda: page.set_filter(Finding.ALL, None, "发票")),
        ("filter: all (no computation)", lambda: page.set_filter(Finding.ALL)),
        ("sort: script tokens descending", lambda: header.setSortIndicator(column, header.sortIndicatorOrder().DescendingOrder)),
        ("filter: rejected, sorted", lambda: page.set_filter(Finding.REJECTED)),
    ]
    for name, change in changes:
        seconds, gap, shown = measure_view_change(page, monitor, change)
        print(f"{name}: {shown:,} rows in {seconds * 1000:.0f} ms; max event-loop gap {gap} ms")

    page.set_filter(Finding.ALL)
    header.setSortIndicator(-1, header.sortIndicatorOrder().AscendingOrder)
    wait_for(page.viewUpdated, 5_000)
    model = page.model
    table = page.table
    fetches = 0
    started = time.perf_counter()
    while model.canFetchMore(QModelIndex()):
        table.scrollToBottom()
        app.processEvents()
        fetches += 1
    table.scrollToBottom()
    app.processEvents()
    last_id = model.cell_value(model.rowCount() - 1, 0)
    print(f"scroll to the end: {model.rowCount():,} rows in {fetches} fetches, "
          f"{(time.perf_counter() - started) * 1000:.0f} ms; last id {last_id:,}")

    bar = table.verticalScrollBar()
    rng = np.random.default_rng(3)
    paints = []
    for position in rng.integers(0, bar.maximum(), 200):
        bar.setValue(int(position))
        started = time.perf_counter()
        table.viewport().repaint()
        paints.append((time.perf_counter() - started) * 1000)
    print(f"repaint at 200 random scroll positions: mean {statistics.mean(paints):.1f} ms, "
          f"max {max(paints):.1f} ms")

    try:
        import psutil
    except ImportError:
        print("resident memory: install psutil (the `bench` extra) to print it")
    else:
        print(f"resident memory: {psutil.Process().memory_info().rss / 2**20:.0f} MB")
    page.wait_until_idle()
    page.close()


if __name__ == "__main__":
    main()
