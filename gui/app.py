"""Entry point of the desktop window (`tunedata-studio`)."""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path
from types import TracebackType

import platformdirs

log = logging.getLogger(__name__)

APP_NAME = "Tuning Data Studio"


def _excepthook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
    """Show an uncaught exception in the crash dialog instead of letting the window die."""
    from gui import dialogs
    from gui.logs import ring_buffer

    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, trace)
        return
    error.__traceback__ = trace
    try:
        from core.errors import TuneDataError

        if isinstance(error, TuneDataError):
            dialogs.known_error(None, error)
        else:
            dialogs.crash(None, error, ring_buffer().text())
    except Exception:  # noqa: BLE001 - the hook itself must never raise
        sys.__excepthook__(kind, error, trace)


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    # Worker threads of the runners report errors themselves; this catches anything else.
    # Dialogs must be shown on the GUI thread, so the error is only logged here.
    log.error(
        "uncaught exception in thread %s", getattr(args.thread, "name", "?"),
        exc_info=(args.exc_type, args.exc_value, args.exc_traceback),  # type: ignore[arg-type]
    )


def install_excepthooks() -> None:
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook


def create_application(argv: list[str], language: str | None = None):  # noqa: ANN201 - QApplication
    """Create (or reuse) the QApplication with translations and fonts for `language`."""
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtGui import QGuiApplication, QIcon
    from PySide6.QtWidgets import QApplication

    from core.paths import resources_dir
    from gui.i18n import apply_fonts, system_language, translations

    app = QApplication.instance()
    if app is None:
        # Fractional scale factors (150%) stay exact instead of being rounded to 1x or 2x.
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        QCoreApplication.setOrganizationName("TuningDataStudio")
        QCoreApplication.setApplicationName("studio")
        app = QApplication(argv)
    app.setApplicationDisplayName(APP_NAME)
    icon = resources_dir() / "icons" / "app.png"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    chosen = language or system_language()
    translations.install(app, chosen)
    apply_fonts(app, translations.language)
    return app


def main(argv: list[str] | None = None) -> int:
    """Start the window; with `--self-test`, run the packaged self-test instead and exit."""
    argv = list(sys.argv if argv is None else argv)
    if "--self-test" in argv:
        from gui.selftest import run_self_test

        return int(run_self_test())

    from gui.logs import setup_logging

    setup_logging(Path(platformdirs.user_log_dir("TuningDataStudio", appauthor=False)))
    install_excepthooks()

    from gui.settings import default_store, load_settings

    # Light and dark follow the system: Qt 6.5+ reads the colour scheme from the platform
    # and the Fusion-free native styles repaint when it changes.
    store = default_store()
    settings = load_settings(store)
    app = create_application(argv, settings.language or None)

    from gui.main_window import MainWindow

    window = MainWindow(store)
    window.show()
    window.offer_recovery()
    for arg in argv[1:]:
        if arg.endswith(".toml") and Path(arg).is_file():
            window.open_path(Path(arg))
            break
    log.info("window started")
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
