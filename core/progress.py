"""Progress reporting and cancellation for long operations, with no Qt dependency.

Long core functions take `progress` and `cancel` keyword arguments. They call
`progress(stage, done, total)` between files, chunks or batches and call
`cancel.raise_if_cancelled()` at the same points, never inside a Polars kernel.
The window wraps both in Qt signals; the command line passes `None`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from core.errors import Cancelled

ProgressCallback = Callable[[str, float, float | None], None]
"""Called as `progress(stage, done, total)`; `total` is None when unknown."""


def no_progress(stage: str, done: float, total: float | None) -> None:
    """Ignore a progress report."""


class CancelToken:
    """A flag that one thread sets and a worker thread polls."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        """Raise `Cancelled` when `cancel()` has been called."""
        if self._event.is_set():
            raise Cancelled()


NEVER_CANCELLED = CancelToken()
"""A token nobody cancels, the default for callers that cannot cancel."""
