"""Work around defects of the installed PySide6 that would crash the window.

PySide6 6.12.0 returns the result of `SignalInstance.emit()` (the `True` singleton)
without taking a reference for it, so every Python-side `emit()` lowers the reference
count of `True` by one. After a few hundred emits CPython 3.11 aborts with
"bool_dealloc: deallocating True or False". `apply()` measures this on a throwaway
signal and, only when the count drops, wraps `emit()` to restore the missing reference.
"""

from __future__ import annotations

import ctypes
import logging
import sys

from PySide6.QtCore import QObject, Signal, SignalInstance

log = logging.getLogger(__name__)

_applied = False


class _Probe(QObject):
    fired = Signal(int)


def emit_steals_reference() -> bool:
    """Return True when `emit()` drops a reference to its result on this PySide6 build."""
    probe = _Probe()
    probe.fired.connect(lambda _value: None)
    emits = 20
    before = sys.getrefcount(True)
    for _ in range(emits):
        probe.fired.emit(1)
    lost = before - sys.getrefcount(True)
    # Restore what the probe itself took.
    for _ in range(max(lost, 0)):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
    return lost >= emits


def apply() -> None:
    """Patch `SignalInstance.emit` once, if this PySide6 build needs it."""
    global _applied
    if _applied:
        return
    _applied = True
    if not emit_steals_reference():
        return

    original_emit = SignalInstance.emit
    increase_reference = ctypes.pythonapi.Py_IncRef
    increase_reference.argtypes = [ctypes.py_object]

    def emit(self: SignalInstance, *args: object) -> object:
        result = original_emit(self, *args)
        increase_reference(result)
        return result

    SignalInstance.emit = emit  # type: ignore[method-assign]
    log.info("patched SignalInstance.emit for the reference count defect of PySide6 %s",
             __import__("PySide6").__version__)
