"""The main window: step navigation, pages, menus, build progress and the project lifecycle."""

from __future__ import annotations

import importlib
import logging
from pathlib import Path

from PySide6.QtCore import QSettings, QSize, Qt, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from core.catalog import load_catalog
from core.errors import CatalogError, TuneDataError
from core.paths import resources_dir
from gui import dialogs
from gui.context import StudioContext
from gui.i18n import LANGUAGES, translate_stage
from gui.pages import STEPS, StepState, step_title
from gui.pages.cleaning import CleaningPage
from gui.pages.export import ExportPage
from gui.pages.fields import FieldsPage
from gui.pages.method import MethodPage
from gui.pages.sources import SourcesPage
from gui.project import Project
from gui.settings import AppSettings, default_store, load_settings, restore_window_state, save_settings, save_window_state
from gui.widgets.state_icons import state_icon
from gui.workers import Runners

log = logging.getLogger(__name__)

class PlaceholderPage(QWidget):
    """Shown for a step whose package is not installed."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        label = QLabel(text)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(label)

    def step_state(self) -> StepState:
        return StepState.NOT_STARTED


class ReviewSlot(QWidget):
    """The Review step: a Check button above the review engineer's `gui.review.ReviewPage`."""

    def __init__(self, context: StudioContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.check_button = QPushButton(self.tr("&Check data"))
        self.check_button.setToolTip(self.tr("Run every step without writing files and show each record's outcome"))
        self.status = QLabel(self.tr("Check the data to see every record, why some are rejected, and their tokens."))
        self.status.setWordWrap(True)
        header = QHBoxLayout()
        header.addWidget(self.check_button)
        header.addWidget(self.status, 1)
        self.page = _optional_page("gui.review", "ReviewPage")
        if self.page is None:
            self.page = PlaceholderPage(self.tr("The review table is not installed in this version."))
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.page, 1)
        self.check_button.clicked.connect(context.start_check)
        context.workStarted.connect(lambda _kind: self.check_button.setEnabled(False))
        context.workFinished.connect(self._show_result)
        context.workCancelled.connect(lambda _kind: self.check_button.setEnabled(True))
        context.workFailed.connect(lambda *_: self.check_button.setEnabled(True))
        signal = getattr(self.page, "recipeChanged", None)
        if signal is not None:
            signal.connect(self._review_changed)

    def _show_result(self, kind: str, result: object) -> None:
        self.check_button.setEnabled(True)
        setter = getattr(self.page, "set_result", None)
        if setter is not None:
            recipe = self.context.project.recipe
            setter(
                result, self._max_tokens(), excluded=recipe.review.excluded, included=recipe.review.included,
                pii_kept=recipe.review.pii_kept, near_keep=recipe.dedup.near_keep,
            )
        if kind == "check":
            self.status.setText(self.tr("Checked. Change the recipe and check again to see the effect."))

    def _max_tokens(self) -> int:
        recipe = self.context.project.recipe
        try:
            return load_catalog().get(recipe.model.id).task(recipe.mapping.task).max_tokens_per_record
        except CatalogError:
            return 0

    def _review_changed(self) -> None:
        """Copy the review page's hand-made exclusions, inclusions and redaction undos into the recipe."""
        project = self.context.project
        review = project.recipe.review.model_copy(update={
            "excluded": list(self.page.excluded_keys()),  # type: ignore[attr-defined]
            "included": list(self.page.included_keys()),  # type: ignore[attr-defined]
            "pii_kept": list(self.page.pii_kept_keys()),  # type: ignore[attr-defined]
        })
        project.update("review", **review.model_dump())

    def step_state(self) -> StepState:
        result = self.context.result
        if result is None:
            return StepState.NOT_STARTED
        return StepState.NEEDS_ATTENTION if result.exit_code else StepState.DONE


def _optional_page(module_name: str, class_name: str, *args: object) -> QWidget | None:
    """Create a page from a package another team ships, or return None when it is absent."""
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name and module_name.startswith(exc.name):
            return None
        raise
    page_class = getattr(module, class_name, None)
    return page_class(*args) if page_class is not None else None


class MainWindow(QMainWindow):
    def __init__(self, store: QSettings | None = None, recovery_file: Path | None = None) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.store = store or default_store()
        self.settings: AppSettings = load_settings(self.store)
        self.project = Project(recovery_file, parent=self)
        self.runners = Runners(self)
        self.context = StudioContext(self.project, self.runners, self.settings, parent=self)

        self.pages: dict[str, QWidget] = {}
        self.nav = QListWidget()
        self.nav.setIconSize(QSize(16, 16))
        self.nav.setAccessibleName(self.tr("Steps"))
        self.stack = QStackedWidget()
        self._build_pages()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([190, 1000])
        self.setCentralWidget(self.splitter)

        self._build_status_bar()
        self._build_actions()
        self._show_progress(False)
        self.nav.currentRowChanged.connect(self._go_to_row)
        self.project.stateChanged.connect(self._update_title)
        self.project.changed.connect(self.update_step_states)
        self.context.sourcesChanged.connect(self.update_step_states)
        self.context.workStarted.connect(self._work_started)
        self.context.workProgress.connect(self._work_progress)
        self.context.workFinished.connect(self._work_finished)
        self.context.workCancelled.connect(self._work_cancelled)
        self.context.workFailed.connect(self._work_failed)
        for page in self.pages.values():
            signal = getattr(page, "stateChanged", None)
            if signal is not None:
                signal.connect(self.update_step_states)
        self.export_page.buildRequested.connect(self.build)

        self.resize(1200, 800)
        restore_window_state(self.store, self, self._splitters())
        self.nav.setCurrentRow(0)
        self._update_title()
        self.update_step_states()

    # --- construction ---------------------------------------------------------------

    def _build_pages(self) -> None:
        context = self.context
        self.sources_page = SourcesPage(context)
        self.method_page = MethodPage(context)
        self.fields_page = FieldsPage(context)
        self.cleaning_page = CleaningPage(context)
        self.review_slot = ReviewSlot(context)
        self.export_page = ExportPage(context)
        cloud = _optional_page("gui.pages.cloud", "CloudPage", context)
        self.cloud_page = cloud or PlaceholderPage(self.tr("Uploading and training on Bedrock is not installed in this version."))
        pages = {
            "sources": self.sources_page, "method": self.method_page, "fields": self.fields_page,
            "cleaning": self.cleaning_page, "review": self.review_slot, "export": self.export_page,
            "cloud": self.cloud_page,
        }
        for step_id, _title in STEPS:
            page = pages[step_id]
            page.setObjectName(f"page-{step_id}")
            self.pages[step_id] = page
            self.stack.addWidget(page)
            item = QListWidgetItem(step_title(step_id))
            item.setData(Qt.ItemDataRole.UserRole, step_id)
            self.nav.addItem(item)

    def _build_status_bar(self) -> None:
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(260)
        self.progress_label = QLabel()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop the running build (Esc)"))
        self.cancel_button.clicked.connect(self.context.cancel_work)
        bar = self.statusBar()
        bar.addPermanentWidget(self.progress_label)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel_button)

    def _action(self, text: str, shortcut: QKeySequence | str | None, slot, tip: str = "") -> QAction:  # noqa: ANN001
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        key = QKeySequence.StandardKey
        self.new_action = self._action(self.tr("&New project"), key.New, self.new_project, self.tr("Start an empty project"))
        self.open_action = self._action(self.tr("&Open project…"), key.Open, self.open_project, self.tr("Open a saved project file"))
        self.save_action = self._action(self.tr("&Save"), key.Save, self.save_project, self.tr("Save the project"))
        self.save_as_action = self._action(self.tr("Save &as…"), key.SaveAs, self.save_project_as,
                                           self.tr("Save the project under a new name"))
        if self.save_as_action.shortcut().isEmpty():
            self.save_as_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.add_files_action = self._action(self.tr("&Add source files…"), "Ctrl+Shift+O", self._add_files,
                                             self.tr("Add files to the project"))
        self.quit_action = self._action(self.tr("&Quit"), key.Quit, self.close)
        if self.quit_action.shortcut().isEmpty():
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.build_action = self._action(self.tr("&Build dataset"), "Ctrl+B", self.build, self.tr("Write the dataset files"))
        self.check_action = self._action(self.tr("&Check data"), "Ctrl+R", self.context.start_check,
                                         self.tr("Run every step without writing files"))
        self.cancel_action = self._action(self.tr("Cancel"), "Esc", self.context.cancel_work, self.tr("Stop the running build"))
        self.language_action = self._action(self.tr("&Language…"), None, self.choose_language,
                                            self.tr("Choose the language of the window"))
        self.guide_action = self._action(self.tr("&User guide"), key.HelpContents, self.open_user_guide)
        self.about_action = self._action(self.tr("&About Tuning Data Studio"), None, self.about)

        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        for action in (self.new_action, self.open_action):
            file_menu.addAction(action)
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        for action in (self.save_action, self.save_as_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.add_files_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        go_menu = menu.addMenu(self.tr("&Go"))
        self.step_actions = []
        for number, (step_id, _title) in enumerate(STEPS, start=1):
            action = self._action(f"&{number} {step_title(step_id)}", f"Ctrl+{number}",
                                  lambda _checked=False, row=number - 1: self.nav.setCurrentRow(row))
            go_menu.addAction(action)
            self.step_actions.append(action)

        build_menu = menu.addMenu(self.tr("&Build"))
        for action in (self.check_action, self.build_action, self.cancel_action):
            build_menu.addAction(action)
        settings_menu = menu.addMenu(self.tr("&Settings"))
        settings_menu.addAction(self.language_action)
        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addAction(self.guide_action)
        help_menu.addAction(self.about_action)

        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("main-toolbar")
        for action in (self.new_action, self.open_action, self.save_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.check_action)
        toolbar.addAction(self.build_action)
        self._fill_recent_menu()

    def _recipe_filter(self) -> str:
        return self.tr("Tuning Data Studio project (*.toml)")

    def _splitters(self) -> dict[str, QSplitter]:
        return {
            "main": self.splitter,
            "sources": self.sources_page.splitter,
            "fields": self.fields_page.splitter,
        }

    # --- navigation and step states --------------------------------------------------

    def go_to(self, step_id: str) -> None:
        self.nav.setCurrentRow([step for step, _ in STEPS].index(step_id))

    def current_step(self) -> str:
        return STEPS[self.stack.currentIndex()][0]

    def _go_to_row(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        step_id = STEPS[row][0]
        self.context.visited.add(step_id)
        if step_id == "cloud":
            self._update_cloud_context()
        self.update_step_states()

    def _update_cloud_context(self) -> None:
        setter = getattr(self.cloud_page, "set_context", None)
        if setter is not None:
            setter(self.project.recipe, self.context.output_dir())

    def step_state(self, step_id: str) -> StepState:
        page = self.pages[step_id]
        method = getattr(page, "step_state", None)
        state = method() if method is not None else StepState.NOT_STARTED
        return state if isinstance(state, StepState) else StepState(str(getattr(state, "value", state)))

    def update_step_states(self) -> None:
        for row, (step_id, _title) in enumerate(STEPS):
            state = self.step_state(step_id)
            item = self.nav.item(row)
            item.setIcon(state_icon(state))
            item.setToolTip(f"{step_title(step_id)}: {state.label()} (Ctrl+{row + 1})")
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, state.label())

    # --- projects -------------------------------------------------------------------

    def _update_title(self) -> None:
        self.setWindowTitle(self.tr("%s[*] — Tuning Data Studio") % self.project.display_name)
        self.setWindowModified(self.project.dirty)

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; return False when the user cancels."""
        if not self.project.dirty:
            return True
        self.fields_page.commit_templates()
        answer = dialogs.ask_save_changes(self, self.project.display_name)
        if answer is dialogs.Answer.SAVE:
            return self.save_project()
        if answer is dialogs.Answer.DISCARD:
            self.project.discard_recovery()
            return True
        return False

    def new_project(self) -> None:
        if self.maybe_save():
            self.project.new()

    def open_project(self) -> None:
        if not self.maybe_save():
            return
        path = dialogs.open_file_name(self, self.tr("Open project"), self.settings.last_project_folder,
                                      self._recipe_filter())
        if path is not None:
            self.open_path(path)

    def open_path(self, path: Path) -> bool:
        try:
            self.project.open(path)
        except TuneDataError as exc:
            dialogs.known_error(self, exc, self.tr("Could not open the project"))
            return False
        self._remember_project(path)
        return True

    def save_project(self) -> bool:
        if self.project.path is None:
            return self.save_project_as()
        self.fields_page.commit_templates()
        try:
            self.project.save()
        except OSError as exc:
            dialogs.warning(self, self.tr("Could not save"), self.tr("%s could not be written: %s") % (self.project.path, exc))
            return False
        self._remember_project(self.project.path)
        return True

    def save_project_as(self) -> bool:
        self.fields_page.commit_templates()
        path = dialogs.save_file_name(self, self.tr("Save project as"), self.settings.last_project_folder,
                                      self._recipe_filter())
        if path is None:
            return False
        if path.suffix.lower() != ".toml":
            path = path.with_suffix(".toml")
        try:
            self.project.save(path)
        except OSError as exc:
            dialogs.warning(self, self.tr("Could not save"), self.tr("%s could not be written: %s") % (path, exc))
            return False
        self._remember_project(path)
        return True

    def _remember_project(self, path: Path | None) -> None:
        if path is None:
            return
        self.settings.last_project_folder = str(path.parent)
        self.settings.add_recent_project(str(path))
        save_settings(self.settings, self.store)
        self._fill_recent_menu()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for number, name in enumerate(self.settings.recent_projects, start=1):
            action = self.recent_menu.addAction(f"&{number} {Path(name).name}")
            action.setToolTip(name)
            action.triggered.connect(lambda _checked=False, name=name: self._open_recent(Path(name)))
        self.recent_menu.setEnabled(bool(self.settings.recent_projects))

    def _open_recent(self, path: Path) -> None:
        if self.maybe_save():
            self.open_path(path)

    def offer_recovery(self) -> None:
        """Offer to restore a project that a previous session left unsaved."""
        if not self.project.has_recovery():
            return
        restore = dialogs.ask_yes_no(
            self, self.tr("Restore unsaved project?"),
            self.tr("Tuning Data Studio did not close properly last time. Restore the unsaved project?"),
        )
        if not restore:
            self.project.discard_recovery()
            return
        try:
            self.project.restore_recovery()
        except TuneDataError as exc:
            dialogs.known_error(self, exc, self.tr("Could not restore the project"))
            self.project.discard_recovery()

    def _add_files(self) -> None:
        self.go_to("sources")
        self.sources_page.choose_files()

    # --- build ----------------------------------------------------------------------

    def build(self) -> None:
        self.fields_page.commit_templates()
        if not self.project.recipe.sources:
            dialogs.info(self, self.tr("Nothing to build"), self.tr("Add a source file on the Sources step first."))
            self.go_to("sources")
            return
        self.context.start_build()

    def _show_progress(self, visible: bool) -> None:
        for widget in (self.progress, self.progress_label, self.cancel_button):
            widget.setVisible(visible)
        self.build_action.setEnabled(not visible)
        self.check_action.setEnabled(not visible)

    def _work_started(self, kind: str) -> None:
        self.progress.setRange(0, 0)
        self.progress_label.setText(self.tr("Building…") if kind == "build" else self.tr("Checking…"))
        self._show_progress(True)

    def _work_progress(self, stage: str, fraction: float, seconds_left: object) -> None:
        stage_text = translate_stage(stage)
        if fraction < 0:
            self.progress.setRange(0, 0)
            self.progress_label.setText(stage_text)
            return
        self.progress.setRange(0, 1000)
        self.progress.setValue(int(fraction * 1000))
        if isinstance(seconds_left, float):
            left = self.tr("about %n second(s) left", "", max(1, round(seconds_left))) if seconds_left < 90 \
                else self.tr("about %n minute(s) left", "", round(seconds_left / 60))
            self.progress_label.setText(f"{stage_text} — {left}")
        else:
            self.progress_label.setText(stage_text)

    def _work_finished(self, kind: str, result: object) -> None:
        self._show_progress(False)
        self.statusBar().showMessage(self.tr("Build finished.") if kind == "build" else self.tr("Check finished."), 8000)
        self.update_step_states()
        if kind == "build":
            self._update_cloud_context()
            self.go_to("export")

    def _work_cancelled(self, kind: str) -> None:
        self._show_progress(False)
        self.statusBar().showMessage(self.tr("Cancelled. Nothing was written."), 8000)
        self.update_step_states()

    def _work_failed(self, kind: str, error: object) -> None:
        self._show_progress(False)
        self.update_step_states()

    # --- settings and help ----------------------------------------------------------

    def choose_language(self) -> None:
        codes = ["", *LANGUAGES]
        names = [self.tr("Follow the system"), *LANGUAGES.values()]
        current = codes.index(self.settings.language) if self.settings.language in codes else 0
        choice = dialogs.choose_item(
            self, self.tr("Language"),
            self.tr("Language of the window. The change takes effect when you restart Tuning Data Studio."),
            names, current,
        )
        if choice is None or codes[choice] == self.settings.language:
            return
        self.settings.language = codes[choice]
        save_settings(self.settings, self.store)
        dialogs.info(self, self.tr("Language"), self.tr("Restart Tuning Data Studio to use the new language."))

    def open_user_guide(self) -> None:
        from gui.i18n import translations

        docs = resources_dir().parent / "docs"
        name = {"zh_CN": "user-guide.zh-CN.md", "ja_JP": "user-guide.ja.md"}.get(translations.language, "user-guide.md")
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(docs / name)))

    def about(self) -> None:
        from core import __version__

        dialogs.info(self, self.tr("About Tuning Data Studio"), self.tr(
            "Tuning Data Studio %s\nPrepares training data for Amazon Bedrock model customization."
        ) % __version__)

    # --- closing --------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.context.busy and not dialogs.ask_yes_no(
            self, self.tr("Build running"), self.tr("A build is running. Cancel it and quit?")
        ):
            event.ignore()
            return
        if not self.maybe_save():
            event.ignore()
            return
        self.runners.shutdown()
        save_window_state(self.store, self, self._splitters())
        save_settings(self.settings, self.store)
        self.project.discard_recovery()
        event.accept()
