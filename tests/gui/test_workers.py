"""The runners deliver results, errors, cancellations and progress on the GUI thread."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread

from core.errors import Cancelled, InputError
from gui.workers import ProgressEstimate, ProgressThrottle, Runner


def _collect(runner: Runner, work, qtbot):  # noqa: ANN001, ANN202
    outcome: dict[str, object] = {}
    threads: list[object] = []

    def record(kind):  # noqa: ANN001, ANN202
        def callback(*args):  # noqa: ANN002, ANN202
            outcome[kind] = args[0] if args else True
            threads.append(QThread.currentThread())
        return callback

    task = runner.submit(
        "test", work, on_result=record("result"), on_error=record("error"),
        on_cancelled=record("cancelled"), on_done=record("done"),
    )
    return task, outcome, threads


def test_runner_delivers_result_on_gui_thread(qtbot, qapp):
    runner = Runner("test", 1)
    task, outcome, threads = _collect(runner, lambda progress, cancel: 41 + 1, qtbot)

    qtbot.waitUntil(lambda: "done" in outcome)

    assert outcome["result"] == 42
    assert all(thread is qapp.thread() for thread in threads)
    assert not runner.busy


def test_runner_delivers_error(qtbot):
    runner = Runner("test", 1)

    def fail(progress, cancel):  # noqa: ANN001, ANN202
        raise InputError("x.csv: file not found", code="file_not_found", path="x.csv")

    _task, outcome, _threads = _collect(runner, fail, qtbot)
    qtbot.waitUntil(lambda: "done" in outcome)

    assert isinstance(outcome["error"], InputError)
    assert "result" not in outcome


def test_runner_cancel_reports_cancelled_not_error(qtbot):
    runner = Runner("test", 1)
    gate = threading.Event()
    started = threading.Event()

    def slow(progress, cancel):  # noqa: ANN001, ANN202
        started.set()
        gate.wait(10)
        cancel.raise_if_cancelled()
        return "finished"

    task, outcome, _threads = _collect(runner, slow, qtbot)
    assert started.wait(10)
    task.cancel()
    gate.set()
    qtbot.waitUntil(lambda: "done" in outcome)

    assert outcome.get("cancelled") is True
    assert "error" not in outcome
    assert "result" not in outcome


def test_latest_only_drops_stale_result(qtbot):
    runner = Runner("preview", 1, latest_only=True)
    gate = threading.Event()
    first_results: list[object] = []
    second_results: list[object] = []

    def first(progress, cancel):  # noqa: ANN001, ANN202
        gate.wait(10)
        return "old"  # ignores the cancel token on purpose: its result must still be dropped

    runner.submit("first", first, on_result=first_results.append)
    runner.submit("second", lambda progress, cancel: "new", on_result=second_results.append)
    gate.set()
    qtbot.waitUntil(lambda: second_results == ["new"])
    runner.wait_for_done(5000)
    qtbot.wait(50)

    assert first_results == []
    assert second_results == ["new"]


def test_progress_reaches_gui_thread(qtbot, qapp):
    runner = Runner("test", 1)
    reports: list[tuple[str, float, float | None]] = []
    done: list[bool] = []

    def work(progress, cancel):  # noqa: ANN001, ANN202
        for step in range(1001):
            progress("write", step, 1000)
        return None

    runner.submit("progress", work, on_progress=lambda *args: reports.append(args), on_done=lambda: done.append(True))
    qtbot.waitUntil(lambda: bool(done))

    assert reports[-1] == ("write", 1000.0, 1000)
    assert len(reports) <= 202  # throttled: one report per half percent at most


def test_throttle_passes_stage_changes_and_completion():
    seen: list[tuple[str, float, float | None]] = []
    throttle = ProgressThrottle(lambda *args: seen.append(args), step=0.1)

    throttle("read", 0, 100)
    throttle("read", 5, 100)
    throttle("read", 10, 100)
    throttle("write", 1, 100)
    throttle("write", 100, 100)

    assert seen == [("read", 0, 100), ("read", 10, 100), ("write", 1, 100), ("write", 100, 100)]


def test_estimate_seconds_left():
    now = [100.0]
    estimate = ProgressEstimate(clock=lambda: now[0])
    now[0] = 110.0

    assert estimate.seconds_left(0.01) is None
    assert estimate.seconds_left(0.5) == pytest.approx(10.0)
    assert estimate.seconds_left(0.25) == pytest.approx(30.0)


def test_cancelled_exception_class_is_not_an_error():
    assert not issubclass(Cancelled, InputError)
