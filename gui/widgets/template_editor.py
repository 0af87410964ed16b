"""A template editor for one field, and the clickable column list that feeds it."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem, QPlainTextEdit, QWidget

PLACEHOLDER = re.compile(r"\{([^{}]+)\}")


def template_columns(template: str, columns: list[str]) -> list[str]:
    """Return the column names a template uses: its `{placeholders}`, or itself when it is exactly a column."""
    if template in columns:
        return [template]
    return PLACEHOLDER.findall(template)


def unknown_columns(template: str, columns: list[str]) -> list[str]:
    """Return the placeholders of `template` that name no column."""
    return [name for name in template_columns(template, columns) if name not in columns]


class TemplateEditor(QPlainTextEdit):
    """A short multi-line editor that reports when it gets focus, so column clicks know their target."""

    focused = Signal()

    def __init__(self, lines: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        height = QFontMetrics(self.font()).lineSpacing() * lines + 14
        self.setFixedHeight(height)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusInEvent(event)
        self.focused.emit()

    def insert_column(self, column: str) -> None:
        """Insert `{column}` at the cursor."""
        self.insertPlainText("{" + column + "}")
        self.setFocus()


class ColumnList(QListWidget):
    """Column names laid out left to right and wrapped; clicking or pressing Enter picks one."""

    columnPicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSpacing(4)
        self.setUniformItemSizes(False)
        self.setMaximumHeight(QFontMetrics(self.font()).lineSpacing() * 3 + 20)
        self.itemClicked.connect(self._pick)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.currentItem():
            self._pick(self.currentItem())
            return
        super().keyPressEvent(event)

    def set_columns(self, columns: list[str]) -> None:
        self.clear()
        for name in columns:
            item = QListWidgetItem(name)
            item.setToolTip(self.tr("Insert {%s} into the field you are editing") % name)
            self.addItem(item)

    def _pick(self, item: QListWidgetItem) -> None:
        self.columnPicked.emit(item.text())
