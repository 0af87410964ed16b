"""Tuning Data Studio desktop window (PySide6)."""

# Must run before any window code emits a signal; see gui/qtcompat.py.
from gui import qtcompat as _qtcompat  # noqa: E402

_qtcompat.apply()
