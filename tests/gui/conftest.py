"""Fixtures for the window tests: an isolated settings file, recovery file and dialogs."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from gui import dialogs

GUI_DATA = Path(__file__).resolve().parent.parent / "data" / "gui"
BOM_CSV = "faq_excel_utf8.csv"
GBK_CSV = "样例_内科_300.csv"


@pytest.fixture
def gui_files(tmp_path: Path) -> Path:
    """Copy the window tests' input files into a fresh folder and return it."""
    folder = tmp_path / "inputs"
    folder.mkdir()
    for name in (BOM_CSV, GBK_CSV):
        shutil.copyfile(GUI_DATA / name, folder / name)
    return folder


@pytest.fixture
def modal_free():
    """Make every dialog non-blocking and recorded in `dialogs.shown`."""
    dialogs.set_test_mode(True)
    yield dialogs
    dialogs.set_test_mode(False)


@pytest.fixture
def settings_store(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def recovery_file(tmp_path: Path) -> Path:
    return tmp_path / "recovery" / "project.json"


@pytest.fixture
def window(qtbot, modal_free, settings_store, recovery_file):  # noqa: ANN001, ANN201
    from gui.main_window import MainWindow

    main = MainWindow(settings_store, recovery_file)
    qtbot.addWidget(main)
    yield main
    main.runners.shutdown()
    main.project.dirty = False


@pytest.fixture(scope="session", autouse=True)
def english_plurals(qapp):  # noqa: ANN001, ANN201
    """Load the English translation once, as the application does, so plurals read "1 file", "2 files".

    Once per session: installing a translator sends every live object a language change,
    which would reach models left over from an earlier test.
    """
    from gui import i18n

    i18n.translations.install(qapp, "en")
    yield
