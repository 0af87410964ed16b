"""The open project: one recipe, its file, whether it has unsaved changes, and its recovery copy.

While the project has unsaved changes it is copied to a recovery file in the user data
folder a moment after each change. A clean save, close or discard removes that file, so a
recovery file found at start-up means the previous session ended without closing: the
window then offers to restore it.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import platformdirs
from PySide6.QtCore import QObject, QTimer, Signal

from core.atomic import atomic_write_bytes
from core.errors import RecipeError
from core.recipe import Recipe, load_recipe, recipe_from_dict, save_recipe

log = logging.getLogger(__name__)

RECOVERY_DELAY_MS = 1500


def default_recovery_file() -> Path:
    return Path(platformdirs.user_data_dir("TuningDataStudio", appauthor=False)) / "recovery" / "project.json"


class Project(QObject):
    """The recipe being edited. Source paths and the output folder are kept absolute."""

    changed = Signal()
    """The recipe changed (any part of it)."""
    stateChanged = Signal()
    """The file path or the unsaved-changes flag changed."""

    def __init__(self, recovery_file: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.recipe = Recipe()
        self.path: Path | None = None
        self.dirty = False
        self.recovery_file = recovery_file or default_recovery_file()
        self._recovery_timer = QTimer(self)
        self._recovery_timer.setSingleShot(True)
        self._recovery_timer.setInterval(RECOVERY_DELAY_MS)
        self._recovery_timer.timeout.connect(self.write_recovery)

    @property
    def display_name(self) -> str:
        return self.path.stem if self.path else self.tr("Untitled")

    def set_recipe(self, recipe: Recipe, *, mark_dirty: bool = True) -> None:
        """Replace the recipe and tell every page."""
        if recipe == self.recipe and not mark_dirty:
            return
        self.recipe = recipe
        if mark_dirty:
            self._mark_dirty()
        self.changed.emit()

    def update(self, section: str, **values: Any) -> None:
        """Set fields of one recipe section, e.g. `update("mapping", prompt="{question}")`."""
        current = getattr(self.recipe, section)
        new_section = current.model_copy(update=values)
        # model_copy skips validation, so validate through the model once.
        validated = type(current).model_validate(new_section.model_dump())
        if validated == current:
            return
        self.recipe = self.recipe.model_copy(update={section: validated})
        self._mark_dirty()
        self.changed.emit()

    def _mark_dirty(self) -> None:
        was_dirty = self.dirty
        self.dirty = True
        self._recovery_timer.start()
        if not was_dirty:
            self.stateChanged.emit()

    def new(self) -> None:
        self.recipe = Recipe()
        self.path = None
        self.dirty = False
        self.discard_recovery()
        self.changed.emit()
        self.stateChanged.emit()

    def open(self, path: Path) -> None:
        """Load a recipe file.

        Raises:
            RecipeError: the file is missing or invalid.
        """
        recipe = load_recipe(path)
        self.recipe = recipe
        self.path = path.resolve()
        self.dirty = False
        self.discard_recovery()
        self.changed.emit()
        self.stateChanged.emit()

    def save(self, path: Path | None = None) -> Path:
        """Write the recipe to `path` (or its current file) and clear the unsaved flag."""
        target = (path or self.path)
        if target is None:
            raise ValueError("save() needs a path for a project that was never saved")
        target = target.resolve()
        save_recipe(self.recipe, target)
        self.path = target
        self.dirty = False
        self.discard_recovery()
        self.stateChanged.emit()
        log.info("saved project %s", target)
        return target

    def write_recovery(self) -> None:
        """Copy the unsaved project to the recovery file now."""
        self._recovery_timer.stop()
        if not self.dirty:
            return
        payload = {
            "path": str(self.path) if self.path else None,
            "recipe": self.recipe.model_dump(mode="json"),
        }
        try:
            self.recovery_file.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(self.recovery_file, json.dumps(payload, ensure_ascii=False).encode("utf-8"))
        except OSError as exc:
            log.warning("could not write the recovery file %s: %s", self.recovery_file, exc)

    def discard_recovery(self) -> None:
        self._recovery_timer.stop()
        try:
            self.recovery_file.unlink(missing_ok=True)
        except OSError as exc:
            log.warning("could not remove the recovery file %s: %s", self.recovery_file, exc)

    def has_recovery(self) -> bool:
        return self.recovery_file.is_file()

    def restore_recovery(self) -> None:
        """Load the recovery file as an unsaved project.

        Raises:
            RecipeError: the recovery file is damaged.
        """
        try:
            payload = json.loads(self.recovery_file.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise RecipeError(
                f"{self.recovery_file}: the recovery file is damaged ({exc})",
                code="recipe_not_toml", path=str(self.recovery_file), detail=str(exc),
            ) from exc
        self.recipe = recipe_from_dict(payload.get("recipe", {}), origin=str(self.recovery_file))
        self.path = Path(payload["path"]) if payload.get("path") else None
        self.dirty = True
        self.changed.emit()
        self.stateChanged.emit()
