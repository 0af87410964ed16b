"""Render every step of the window in English, Chinese and Japanese to docs/screenshots/.

Usage: python build_scripts/render_screenshots.py [--out docs/screenshots] [--languages en zh_CN ja_JP]

The window runs on Qt's offscreen platform with an isolated settings file, loads the
bundled sample `resources/samples/faq_sample.csv`, maps its columns, runs a real check
and build into a temporary folder, selects a duplicate record in the Review step so its
reasons show, and saves one PNG per step as
`<out>/<language>/<step>.png`. On Linux the CJK text needs the `fonts-noto-cjk` package.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SAMPLE = ROOT / "resources" / "samples" / "faq_sample.csv"
LANGUAGES = ["en", "zh_CN", "ja_JP"]
SIZE = (1280, 820)


def _wait(app, condition, timeout: float = 60.0) -> None:  # noqa: ANN001
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not finish its background work in time")
        app.processEvents()
        time.sleep(0.02)
    app.processEvents()


def render_language(language: str, out_dir: Path, work_dir: Path) -> list[Path]:
    """Render every step in `language`; return the PNG files written."""
    from PySide6.QtCore import QSettings

    from gui import dialogs
    from gui.app import create_application
    from gui.main_window import MainWindow
    from gui.pages import STEPS
    from gui.pages.method import Answers, Content

    app = create_application([sys.argv[0]], language)
    dialogs.set_test_mode(True)
    store = QSettings(str(work_dir / f"settings-{language}.ini"), QSettings.Format.IniFormat)
    window = MainWindow(store, work_dir / f"recovery-{language}.json")
    window.resize(*SIZE)
    window.show()

    window.sources_page.add_paths([SAMPLE])
    _wait(app, window.context.all_sources_read)
    window.method_page.set_answers(Answers(Content.PAIRS, facts_change=False, needs_sources=False, needs_style=True))
    window.method_page.apply()
    window.project.update("mapping", prompt="question", completion="answer", system="")
    window.project.update("output", folder=str(work_dir / f"output-{language}"))
    window.context.start_check()
    _wait(app, lambda: not window.context.busy)
    window.context.start_build()
    _wait(app, lambda: not window.context.busy)
    window.fields_page.request_preview()
    _wait(app, lambda: not window.runners.preview.busy)

    written = []
    target = out_dir / language
    target.mkdir(parents=True, exist_ok=True)
    for step_id, _title in STEPS:
        window.go_to(step_id)
        app.processEvents()
        if step_id == "review":
            _select_first_duplicate(window, app)
        path = target / f"{step_id}.png"
        window.grab().save(str(path))
        written.append(path)

    window.runners.shutdown()
    window.project.dirty = False
    window.close()
    window.deleteLater()
    app.processEvents()
    return written


def _select_first_duplicate(window, app) -> None:  # noqa: ANN001
    """Select the first duplicate record on the Review page, so the detail pane shows reasons."""
    from gui.review import ReviewPage

    page = window.findChild(ReviewPage)
    result = window.context.result
    if page is None or result is None:
        return
    duplicates = result.records.filter(result.records["status"] == "duplicate")["id"]
    if duplicates.len():
        page.go_to_record(int(duplicates[0]))
        app.processEvents()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots", help="output folder")
    parser.add_argument("--languages", nargs="+", default=LANGUAGES, choices=LANGUAGES)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="studio-screens-") as temp:
        for language in args.languages:
            for path in render_language(language, args.out, Path(temp)):
                print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
