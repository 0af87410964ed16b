"""State the pages share: the project, the sources read so far, the last build or check.

Pages never run core work themselves. They call `read_sources()`, `start_check()` or
`start_build()` here, which run on the window's `Runners`, and react to the signals.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from core import pipeline
from core.errors import InputError, TuneDataError
from core.pipeline import BuildResult
from core.progress import CancelToken, ProgressCallback
from core.readers import SourceTable, read_source
from core.recipe import Recipe, SourceSpec
from gui import dialogs
from gui.logs import ring_buffer
from gui.project import Project
from gui.settings import AppSettings
from gui.workers import ProgressEstimate, Runners, Task

log = logging.getLogger(__name__)

WINDOW_READ_LIMIT_BYTES = 1 << 30
"""Largest source file the window reads into memory. Larger files are built with the
command line, which streams them (the same size at which `tunedata convert` streams)."""


def source_key(spec: SourceSpec) -> str:
    """Return the cache key of a source: the whole spec, so that an override re-reads the file."""
    return spec.model_dump_json()


class StudioContext(QObject):
    """Shared state of one window."""

    sourcesChanged = Signal()
    """Tables were read, or a source failed to read."""
    sourcesBusyChanged = Signal(bool)
    workStarted = Signal(str)
    """A build or check started; the argument is "build" or "check"."""
    workProgress = Signal(str, float, object)
    """stage, fraction done (or -1 when unknown), estimated seconds left (or None)."""
    workFinished = Signal(str, object)
    """"build" or "check", and the BuildResult."""
    workCancelled = Signal(str)
    workFailed = Signal(str, object)
    stepVisited = Signal(str)

    def __init__(self, project: Project, runners: Runners, settings: AppSettings, parent: QObject | None = None):
        super().__init__(parent)
        self.project = project
        self.runners = runners
        self.settings = settings
        self.tables: dict[str, SourceTable] = {}
        self.source_errors: dict[str, TuneDataError] = {}
        self.result: BuildResult | None = None
        self.last_build: BuildResult | None = None
        self.build_cancelled = False
        self.visited: set[str] = set()
        self._work_task: Task | None = None
        self._work_kind = ""
        self._work_stage = ""
        self._estimate = ProgressEstimate()
        project.changed.connect(self._drop_stale_tables)

    # --- sources -------------------------------------------------------------------

    def table_for(self, spec: SourceSpec) -> SourceTable | None:
        return self.tables.get(source_key(spec))

    def error_for(self, spec: SourceSpec) -> TuneDataError | None:
        return self.source_errors.get(source_key(spec))

    def table_list(self) -> list[SourceTable]:
        """Return the tables read so far, in the recipe's source order."""
        found = (self.table_for(spec) for spec in self.project.recipe.sources)
        return [table for table in found if table is not None]

    def all_sources_read(self) -> bool:
        return all(
            source_key(spec) in self.tables or source_key(spec) in self.source_errors
            for spec in self.project.recipe.sources
        )

    def columns(self) -> list[str]:
        """Return the columns of the first readable source, the ones templates can use."""
        tables = self.table_list()
        return tables[0].columns if tables else []

    def column_mismatches(self) -> list[tuple[SourceTable, list[str], list[str]]]:
        """Return each table whose columns differ from the first: (table, missing, extra)."""
        tables = self.table_list()
        if len(tables) < 2:
            return []
        first = set(tables[0].columns)
        mismatches = []
        for table in tables[1:]:
            own = set(table.columns)
            if own != first:
                mismatches.append((table, sorted(first - own), sorted(own - first)))
        return mismatches

    def _drop_stale_tables(self) -> None:
        wanted = {source_key(spec) for spec in self.project.recipe.sources}
        for store in (self.tables, self.source_errors):
            for key in [key for key in store if key not in wanted]:
                del store[key]
        if not self.all_sources_read():
            self.read_sources()

    def read_sources(self) -> None:
        """Read every source of the recipe not read yet, on the sources runner."""
        specs = [
            spec for spec in self.project.recipe.sources
            if source_key(spec) not in self.tables and source_key(spec) not in self.source_errors
        ]
        if not specs:
            return

        def work(progress: ProgressCallback, cancel: CancelToken) -> dict[str, SourceTable | TuneDataError]:
            outcome: dict[str, SourceTable | TuneDataError] = {}
            for number, spec in enumerate(specs):
                cancel.raise_if_cancelled()
                progress("read", number, len(specs))
                try:
                    _check_size(Path(spec.path))
                    outcome[source_key(spec)] = read_source(spec, cancel=cancel)
                except TuneDataError as exc:
                    outcome[source_key(spec)] = exc
            return outcome

        self.sourcesBusyChanged.emit(True)
        self.runners.sources.submit(
            "read sources", work, on_result=self._store_tables, on_error=self._unexpected,
            on_done=lambda: self.sourcesBusyChanged.emit(False),
        )

    def _store_tables(self, outcome: dict[str, SourceTable | TuneDataError]) -> None:
        for key, value in outcome.items():
            if isinstance(value, TuneDataError):
                self.source_errors[key] = value
                self.tables.pop(key, None)
            else:
                self.tables[key] = value
                self.source_errors.pop(key, None)
        self.sourcesChanged.emit()
        # Sources added while this read ran are read now.
        if not self.all_sources_read():
            self.read_sources()

    # --- builds and checks ---------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._work_task is not None

    def start_check(self) -> None:
        """Run every step without writing (`pipeline.plan`) for the Review step."""
        self._start("check", pipeline.plan)

    def start_build(self) -> None:
        """Run the whole build and write the output folder."""
        self._start("build", pipeline.build)

    def cancel_work(self) -> None:
        if self._work_task is not None:
            self._work_task.cancel()

    def _start(self, kind: str, function) -> None:  # noqa: ANN001 - plan or build
        if self._work_task is not None:
            return
        recipe: Recipe = self.project.recipe.model_copy(deep=True)
        tables = self.table_list() if self.all_sources_read() and not self.source_errors else None

        def work(progress: ProgressCallback, cancel: CancelToken) -> BuildResult:
            return function(recipe, tables=tables, progress=progress, cancel=cancel)

        self._work_kind = kind
        self._work_stage = ""
        self._estimate.restart()
        self.build_cancelled = False
        self._work_task = self.runners.build.submit(
            kind, work,
            on_result=self._work_done, on_error=self._work_error,
            on_progress=self._work_progress, on_cancelled=self._work_cancelled,
        )
        self.workStarted.emit(kind)

    def _work_progress(self, stage: str, done: float, total: float | None) -> None:
        # Core reports progress per stage, so the estimate covers the current stage only.
        if stage != self._work_stage:
            self._work_stage = stage
            self._estimate.restart()
        if total:
            fraction = done / total
            self.workProgress.emit(stage, fraction, self._estimate.seconds_left(fraction))
        else:
            self.workProgress.emit(stage, -1.0, None)

    def _work_done(self, result: BuildResult) -> None:
        kind = self._work_kind
        self._work_task = None
        self.result = result
        if kind == "build":
            self.last_build = result
        self.workFinished.emit(kind, result)

    def _work_cancelled(self) -> None:
        kind = self._work_kind
        self._work_task = None
        self.build_cancelled = True
        self.workCancelled.emit(kind)

    def _work_error(self, error: BaseException) -> None:
        kind = self._work_kind
        self._work_task = None
        self.workFailed.emit(kind, error)
        self.show_error(error)

    def show_error(self, error: BaseException, parent=None) -> None:  # noqa: ANN001
        """Show a known error as a plain message and anything else in the crash dialog."""
        if isinstance(error, TuneDataError):
            dialogs.known_error(parent, error)
        elif isinstance(error, NotImplementedError):
            dialogs.warning(
                parent, self.tr("Not available yet"),
                self.tr("This version cannot run this step yet. Use the command line or a newer version."),
            )
        else:
            dialogs.crash(parent, error, ring_buffer().text())

    def _unexpected(self, error: BaseException) -> None:
        self.show_error(error)

    def output_dir(self) -> Path:
        return Path(self.project.recipe.output.folder)


def _check_size(path: Path) -> None:
    """Raise InputError for a file too large to read into the window's memory.

    A missing file passes, so that the reader reports it as not found.
    """
    try:
        size = path.stat().st_size
    except OSError:
        return
    if size <= WINDOW_READ_LIMIT_BYTES:
        return
    command = f'tunedata convert "{path}" --out OUTPUT_FOLDER --model MODEL --streaming on'
    log.info("%s: %d bytes, too large for the window; the command line streams it", path, size)
    raise InputError(
        f"{path}: the file is {size / (1 << 30):.1f} GiB, and the window reads files of up to 1 GiB into "
        f"memory. Build it with the tunedata command line (see the README), which streams it: {command}",
        code="source_too_large_for_window", path=str(path), size=f"{size / (1 << 30):.1f}", command=command,
    )
