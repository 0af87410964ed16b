"""Measure whether the window keeps handling events while a large build runs.

Runs `core.pipeline.build` on a generated CSV (1,000,000 rows by default) through the
window's own worker `Runner`, exactly as the Build button does, on Qt's offscreen
platform. Meanwhile a 10 ms `QTimer` ticks on the GUI thread; the gaps between ticks show
how long the event loop was blocked. Prints the build time, the number of progress
updates delivered, and the median, 99th percentile and maximum gap.

Usage: python benchmarks/gui_build_responsiveness.py [--rows N] [--work DIR]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

import gui  # noqa: E402,F401  (applies the PySide6 signal workaround)
from core.pipeline import build  # noqa: E402
from core.recipe import MappingSpec, ModelSpec, OutputSpec, Recipe, SourceSpec  # noqa: E402
from gui.workers import Runner  # noqa: E402

TICK_MS = 10


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=1_000_000, help="rows in the generated CSV (default: 1,000,000)")
    parser.add_argument("--work", type=Path, default=HERE / "data", help="folder for the generated file and outputs")
    args = parser.parse_args(argv)

    args.work.mkdir(parents=True, exist_ok=True)
    source = args.work / f"faq_{args.rows}.csv"
    if not source.exists():
        subprocess.run([sys.executable, str(HERE / "faq_generator.py"), str(source), "--rows", str(args.rows)], check=True)

    app = QApplication.instance() or QApplication([])
    recipe = Recipe(
        sources=[SourceSpec(path=str(source))],
        mapping=MappingSpec(prompt="question", completion="answer"),
        model=ModelSpec(id="meta.llama3-1-8b-instruct-v1:0:128k"),
        output=OutputSpec(folder=str(args.work / "gui_out")),
    )

    gaps: list[float] = []
    progress_updates = 0
    clock = QElapsedTimer()
    done = {"finished": False, "error": None}

    def tick() -> None:
        gaps.append(clock.restart())

    def on_progress(stage: str, value: float, total: float | None) -> None:
        nonlocal progress_updates
        progress_updates += 1

    def finish(_: object = None) -> None:
        done["finished"] = True

    def fail(error: BaseException) -> None:
        done["error"] = error
        done["finished"] = True

    runner = Runner("build", 1)
    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(tick)
    clock.start()
    timer.start()
    started = time.perf_counter()
    runner.submit(
        "build",
        lambda progress, cancel: build(recipe, progress=progress, cancel=cancel),
        on_result=finish, on_error=fail, on_progress=on_progress,
    )
    while not done["finished"]:
        app.processEvents()
        QCoreApplication.sendPostedEvents()
        time.sleep(0.001)
    elapsed = time.perf_counter() - started
    timer.stop()
    runner.wait_for_done()
    if done["error"] is not None:
        raise SystemExit(f"build failed: {done['error']}")

    ordered = sorted(gaps)
    p99 = ordered[int(len(ordered) * 0.99) - 1] if ordered else 0.0
    print(f"rows: {args.rows:,}; build on the worker thread: {elapsed:.1f} s; progress updates delivered: {progress_updates}")
    print(f"timer ticks: {len(gaps)} (every {TICK_MS} ms); gap median {statistics.median(gaps):.0f} ms, "
          f"p99 {p99:.0f} ms, max {max(gaps):.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
