"""Start-up: the self-test hook, the exception hooks and drag and drop."""

from __future__ import annotations

import sys
import threading
import types

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from gui import app, dialogs
from tests.gui.conftest import BOM_CSV


def test_self_test_flag_runs_self_test(monkeypatch):
    calls: list[bool] = []
    fake = types.ModuleType("gui.selftest")
    fake.run_self_test = lambda: calls.append(True) or 3  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "gui.selftest", fake)

    assert app.main(["tunedata-studio", "--self-test"]) == 3
    assert calls == [True]


def test_excepthook_opens_crash_dialog(modal_free):
    try:
        raise KeyError("boom")
    except KeyError as exc:
        app._excepthook(type(exc), exc, exc.__traceback__)

    assert [shown.kind for shown in dialogs.shown] == ["crash"]
    assert "KeyError: 'boom'" in dialogs.shown[0].details


def test_thread_excepthook_logs_error(caplog):
    def fail() -> None:
        raise ValueError("worker failed")

    previous = threading.excepthook
    threading.excepthook = app._thread_excepthook
    try:
        thread = threading.Thread(target=fail, name="background")
        thread.start()
        thread.join()
    finally:
        threading.excepthook = previous

    assert "uncaught exception in thread background" in caplog.text
    assert "ValueError: worker failed" in caplog.text


def test_dropping_file_adds_source(window, qtbot, gui_files):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(gui_files / BOM_CSV))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)

    window.sources_page.dropEvent(event)
    qtbot.waitUntil(window.context.all_sources_read, timeout=20_000)

    assert [spec.path for spec in window.project.recipe.sources] == [str((gui_files / BOM_CSV).resolve())]
    assert window.sources_page.preview_model.rowCount() == 2
