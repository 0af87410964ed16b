"""Background work: run a callable on a `QThreadPool`, deliver its outcome on the GUI thread.

Every long operation in the window goes through a `Runner`. The callable receives the
Qt-free `progress` callback and `CancelToken` that `core` functions accept. Its result,
error, cancellation and progress arrive as calls on the GUI thread, through a relay
`QObject` that lives there, so callers never touch threads or signals themselves.

Each window has four runners (see `Runners`): builds, source reads, previews and AWS calls.
A preview never waits behind a build, and AWS calls run one at a time.
"""

from __future__ import annotations

import itertools
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from core.errors import Cancelled
from core.progress import CancelToken

log = logging.getLogger(__name__)

_request_ids = itertools.count(1)

Work = Callable[..., Any]
"""A callable run as `work(progress=..., cancel=...)`."""


@dataclass
class Task:
    """A submitted piece of work: its request id, its cancel token and its callbacks."""

    request_id: int
    name: str
    cancel_token: CancelToken = field(default_factory=CancelToken)
    on_result: Callable[[Any], None] | None = None
    on_error: Callable[[BaseException], None] | None = None
    on_progress: Callable[[str, float, float | None], None] | None = None
    on_cancelled: Callable[[], None] | None = None
    on_done: Callable[[], None] | None = None
    finished: bool = False

    def cancel(self) -> None:
        """Ask the work to stop at its next check; its result, if any, is then dropped."""
        self.cancel_token.cancel()


class ProgressThrottle:
    """Pass a progress report on only when its stage changed or its value moved by `step`.

    Core code may report every batch; forwarding each one would flood the GUI thread.
    """

    def __init__(self, emit: Callable[[str, float, float | None], None], step: float = 0.005) -> None:
        self._emit = emit
        self._step = step
        self._stage: str | None = None
        self._fraction = -1.0
        self._unknown_sent_at = 0.0

    def __call__(self, stage: str, done: float, total: float | None) -> None:
        if stage != self._stage:
            self._stage = stage
            self._fraction = -1.0
        if total:
            fraction = min(max(done / total, 0.0), 1.0)
            if fraction - self._fraction < self._step and fraction < 1.0:
                return
            self._fraction = fraction
        else:
            # Without a total only a count is shown; a few updates a second are enough.
            now = time.monotonic()
            if now - self._unknown_sent_at < 0.2 and self._fraction >= 0:
                return
            self._unknown_sent_at = now
            self._fraction = 0.0
        self._emit(stage, done, total)


class _Relay(QObject):
    """Receive worker signals on the GUI thread and call the task's callbacks there."""

    progressed = Signal(int, str, float, object)
    succeeded = Signal(int, object)
    failed = Signal(int, object)
    cancelled = Signal(int)

    def __init__(self, runner: Runner) -> None:
        super().__init__(runner)
        self._runner = runner
        self.progressed.connect(self._on_progress)
        self.succeeded.connect(self._on_result)
        self.failed.connect(self._on_error)
        self.cancelled.connect(self._on_cancelled)

    @Slot(int, str, float, object)
    def _on_progress(self, request_id: int, stage: str, done: float, total: object) -> None:
        task = self._runner.live_task(request_id)
        if task is not None and task.on_progress is not None:
            task.on_progress(stage, done, total)  # type: ignore[arg-type]

    @Slot(int, object)
    def _on_result(self, request_id: int, result: object) -> None:
        task = self._runner.finish(request_id)
        if task is None:
            log.debug("dropped the result of stale request %d", request_id)
            return
        if task.on_result is not None:
            task.on_result(result)
        if task.on_done is not None:
            task.on_done()

    @Slot(int, object)
    def _on_error(self, request_id: int, error: object) -> None:
        task = self._runner.finish(request_id)
        if task is None:
            log.debug("dropped the error of stale request %d: %r", request_id, error)
            return
        if task.on_error is not None:
            task.on_error(error)  # type: ignore[arg-type]
        else:
            log.error("%s failed: %r", task.name, error)
        if task.on_done is not None:
            task.on_done()

    @Slot(int)
    def _on_cancelled(self, request_id: int) -> None:
        task = self._runner.finish(request_id, accept_cancelled=True)
        if task is None:
            return
        log.info("%s cancelled", task.name)
        if task.on_cancelled is not None:
            task.on_cancelled()
        if task.on_done is not None:
            task.on_done()


class _Job(QRunnable):
    def __init__(self, work: Work, task: Task, relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._task = task
        self._relay = relay
        self.setAutoDelete(True)

    def run(self) -> None:
        task = self._task
        relay = self._relay
        throttle = ProgressThrottle(
            lambda stage, done, total: relay.progressed.emit(task.request_id, stage, float(done), total)
        )
        try:
            task.cancel_token.raise_if_cancelled()
            result = self._work(progress=throttle, cancel=task.cancel_token)
        except Cancelled:
            relay.cancelled.emit(task.request_id)
        except BaseException as exc:  # noqa: BLE001 - every error must reach the GUI thread
            if task.cancel_token.cancelled:
                relay.cancelled.emit(task.request_id)
            else:
                relay.failed.emit(task.request_id, exc)
        else:
            # Work that finished although cancel was requested too late still reports its
            # result: a build that wrote its files must not claim that nothing was written.
            # Runners with `latest_only` drop it, because a newer request superseded it.
            relay.succeeded.emit(task.request_id, result)


class Runner(QObject):
    """Run work on a private thread pool and report back on the GUI thread.

    With `latest_only`, submitting new work cancels the running one and only the newest
    request's outcome is delivered: results of older requests are dropped by request id.
    """

    busyChanged = Signal(bool)

    def __init__(self, name: str, max_threads: int, *, latest_only: bool = False, parent: QObject | None = None):
        super().__init__(parent)
        self.name = name
        self.latest_only = latest_only
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._tasks: dict[int, Task] = {}
        self._relay = _Relay(self)

    def submit(
        self,
        name: str,
        work: Work,
        *,
        on_result: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[str, float, float | None], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        on_done: Callable[[], None] | None = None,
    ) -> Task:
        """Queue `work(progress=..., cancel=...)` and return its `Task` handle."""
        if self.latest_only:
            for older in list(self._tasks.values()):
                older.cancel()
                self._tasks.pop(older.request_id, None)
        task = Task(
            request_id=next(_request_ids), name=name, on_result=on_result, on_error=on_error,
            on_progress=on_progress, on_cancelled=on_cancelled, on_done=on_done,
        )
        was_busy = self.busy
        self._tasks[task.request_id] = task
        log.debug("%s: start %s (request %d)", self.name, name, task.request_id)
        self.pool.start(_Job(work, task, self._relay))
        if not was_busy:
            self.busyChanged.emit(True)
        return task

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    def live_task(self, request_id: int) -> Task | None:
        """Return the task for `request_id` unless it finished, was superseded or cancelled."""
        task = self._tasks.get(request_id)
        if task is None or task.cancel_token.cancelled:
            return None
        return task

    def finish(self, request_id: int, *, accept_cancelled: bool = False) -> Task | None:
        """Remove a finished task; return it when its outcome should still be delivered."""
        task = self._tasks.pop(request_id, None)
        if task is not None:
            task.finished = True
            if not self._tasks:
                self.busyChanged.emit(False)
        if task is None:
            return None
        if task.cancel_token.cancelled and self.latest_only and not accept_cancelled:
            return None
        return task

    def cancel_all(self) -> None:
        """Cancel every queued and running task of this runner."""
        for task in self._tasks.values():
            task.cancel()

    def wait_for_done(self, msecs: int = -1) -> bool:
        """Block until the pool is idle; for shutdown and tests."""
        return self.pool.waitForDone(msecs)


class Runners(QObject):
    """The window's three runners: builds, previews (newest wins) and AWS (one thread)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.build = Runner("build", 1, parent=self)
        self.preview = Runner("preview", 1, latest_only=True, parent=self)
        self.sources = Runner("sources", 1, latest_only=True, parent=self)
        self.aws = Runner("aws", 1, parent=self)

    def all(self) -> list[Runner]:
        return [self.build, self.preview, self.sources, self.aws]

    def shutdown(self, msecs: int = 10_000) -> None:
        """Cancel everything and wait for the threads to stop."""
        for runner in self.all():
            runner.cancel_all()
        for runner in self.all():
            runner.wait_for_done(msecs)


class ProgressEstimate:
    """Estimate the time left from the fraction done so far, for the progress label."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._started = clock()

    def restart(self) -> None:
        self._started = self._clock()

    def seconds_left(self, fraction: float) -> float | None:
        """Return the estimated seconds left, or None while too little is done to tell."""
        elapsed = self._clock() - self._started
        if fraction <= 0.02 or elapsed < 1.0:
            return None
        return elapsed * (1.0 - fraction) / fraction
