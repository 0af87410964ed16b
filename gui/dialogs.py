"""Every dialog the window shows, in one place, so that each is logged and tests can answer them.

In test mode (`set_test_mode(True)`) no dialog blocks: each call is recorded in `shown`
and returns the next answer queued with `queue_answer()`, or a safe default (Cancel,
No, no file chosen).
"""

from __future__ import annotations

import logging
import traceback
from collections import deque
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.errors import TuneDataError

log = logging.getLogger(__name__)


class Answer(Enum):
    YES = "yes"
    NO = "no"
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"
    OK = "ok"


@dataclass
class ShownDialog:
    """A dialog as recorded in test mode."""

    kind: str
    title: str
    text: str
    details: str = ""


_test_mode = False
_answers: deque[Any] = deque()
shown: list[ShownDialog] = []


def set_test_mode(enabled: bool) -> None:
    """Make every dialog non-blocking (for tests), and clear the recorded dialogs and queued answers."""
    global _test_mode
    _test_mode = enabled
    _answers.clear()
    shown.clear()


def queue_answer(answer: Any) -> None:
    """Queue the answer the next dialog returns in test mode: an `Answer`, a path or a list."""
    _answers.append(answer)


def _record(kind: str, title: str, text: str, details: str = "", default: Any = None) -> Any:
    shown.append(ShownDialog(kind, title, text, details))
    return _answers.popleft() if _answers else default


def info(parent: QWidget | None, title: str, text: str) -> None:
    log.info("dialog %s: %s", title, text)
    if _test_mode:
        _record("info", title, text)
        return
    QMessageBox.information(parent, title, text)


def warning(parent: QWidget | None, title: str, text: str) -> None:
    log.warning("dialog %s: %s", title, text)
    if _test_mode:
        _record("warning", title, text)
        return
    QMessageBox.warning(parent, title, text)


def ask_yes_no(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask a yes/no question; return True for yes."""
    if _test_mode:
        return _record("question", title, text, default=Answer.NO) == Answer.YES
    button = QMessageBox.question(parent, title, text)
    return button == QMessageBox.StandardButton.Yes


def ask_save_changes(parent: QWidget | None, project_name: str) -> Answer:
    """Ask whether to save unsaved changes; return SAVE, DISCARD or CANCEL."""
    title = QCoreApplication.translate("Dialogs", "Unsaved changes")
    text = QCoreApplication.translate("Dialogs", "The project “{name}” has unsaved changes. Save them first?").format(name=project_name)
    if _test_mode:
        return _record("save-changes", title, text, default=Answer.CANCEL)
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    box.setStandardButtons(
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    result = box.exec()
    return {
        QMessageBox.StandardButton.Save: Answer.SAVE,
        QMessageBox.StandardButton.Discard: Answer.DISCARD,
    }.get(QMessageBox.StandardButton(result), Answer.CANCEL)


def known_error(parent: QWidget | None, error: TuneDataError, title: str | None = None) -> None:
    """Show an error the user can fix, in the user's language, with no traceback."""
    from gui.i18n import translate_error

    title = title or QCoreApplication.translate("Dialogs", "Could not finish")
    text = translate_error(error)
    log.warning("known error %s: %s", error.code, error.message)
    if _test_mode:
        _record("error", title, text)
        return
    QMessageBox.warning(parent, title, text)


def crash(parent: QWidget | None, error: BaseException, log_text: str = "") -> None:
    """Show an unexpected error with its details and recent log lines, ready to copy."""
    details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    if log_text:
        details += "\n--- recent log ---\n" + log_text
    log.error("unexpected error: %r", error, exc_info=(type(error), error, error.__traceback__))
    title = QCoreApplication.translate("Dialogs", "Unexpected error")
    text = QCoreApplication.translate("Dialogs", 
        "Something went wrong that Tuning Data Studio did not expect. Your project is autosaved. "
        "Copy the details below and send them to your support contact."
    )
    if _test_mode:
        _record("crash", title, text, details)
        return
    CrashDialog(parent, title, text, details).exec()


class CrashDialog(QDialog):
    """A dialog with the error details in a read-only text box and a Copy button."""

    def __init__(self, parent: QWidget | None, title: str, text: str, details: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(720, 480)
        layout = QVBoxLayout(self)
        message = QLabel(text)
        message.setWordWrap(True)
        layout.addWidget(message)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(QCoreApplication.translate("Dialogs", "&Copy details"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def open_file_names(parent: QWidget | None, title: str, folder: str, filters: str) -> list[Path]:
    if _test_mode:
        answer = _record("open-files", title, folder, default=[])
        return [Path(item) for item in answer]
    names, _ = QFileDialog.getOpenFileNames(parent, title, folder, filters)
    return [Path(name) for name in names]


def open_file_name(parent: QWidget | None, title: str, folder: str, filters: str) -> Path | None:
    if _test_mode:
        answer = _record("open-file", title, folder)
        return Path(answer) if answer else None
    name, _ = QFileDialog.getOpenFileName(parent, title, folder, filters)
    return Path(name) if name else None


def save_file_name(parent: QWidget | None, title: str, folder: str, filters: str) -> Path | None:
    if _test_mode:
        answer = _record("save-file", title, folder)
        return Path(answer) if answer else None
    name, _ = QFileDialog.getSaveFileName(parent, title, folder, filters)
    return Path(name) if name else None


def existing_directory(parent: QWidget | None, title: str, folder: str) -> Path | None:
    if _test_mode:
        answer = _record("directory", title, folder)
        return Path(answer) if answer else None
    name = QFileDialog.getExistingDirectory(parent, title, folder)
    return Path(name) if name else None


def choose_item(parent: QWidget | None, title: str, label: str, items: list[str], current: int = 0) -> int | None:
    """Let the user pick one of `items`; return its index, or None when cancelled."""
    if _test_mode:
        answer = _record("choose", title, label)
        return int(answer) if answer is not None else None
    from PySide6.QtWidgets import QInputDialog

    text, ok = QInputDialog.getItem(parent, title, label, items, current, False)
    return items.index(text) if ok and text in items else None
