"""Application settings: a typed Pydantic model stored through `QSettings`.

Only values that differ from the defaults are stored, as one JSON document under the
key `app/settings`, together with its `schema_version`. Older documents are brought up
to date by the ordered `MIGRATIONS`. Window geometry and splitter positions are Qt byte
arrays and go to `QSettings` directly, one group per window class.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter

log = logging.getLogger(__name__)

SCHEMA_VERSION = 2
SETTINGS_KEY = "app/settings"
MAX_RECENT_PROJECTS = 8


class AppSettings(BaseModel):
    """What the window remembers between sessions."""

    model_config = ConfigDict(extra="ignore", validate_assignment=True)

    schema_version: int = SCHEMA_VERSION
    language: str = Field("", description="'' follows the system; else a locale name such as zh_CN")
    last_project_folder: str = ""
    last_source_folder: str = ""
    last_output_folder: str = ""
    recent_projects: list[str] = Field(default_factory=list)

    def add_recent_project(self, path: str) -> None:
        """Move `path` to the top of the recent projects, keeping at most `MAX_RECENT_PROJECTS`."""
        recent = [path] + [item for item in self.recent_projects if item != path]
        self.recent_projects = recent[:MAX_RECENT_PROJECTS]


def _migrate_v1(data: dict[str, Any]) -> dict[str, Any]:
    # Version 1 stored the recent projects as "recent" and the source folder as "last_folder".
    data = dict(data)
    if "recent" in data:
        data["recent_projects"] = data.pop("recent")
    if "last_folder" in data:
        data["last_source_folder"] = data.pop("last_folder")
    return data


# MIGRATIONS[n] turns a version-n document into a version n+1 document.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _migrate_v1}


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    """Apply every migration from the document's version up to `SCHEMA_VERSION`."""
    version = int(data.get("schema_version", 1))
    while version < SCHEMA_VERSION:
        data = MIGRATIONS[version](data)
        version += 1
    data["schema_version"] = SCHEMA_VERSION
    return data


def load_settings(store: QSettings) -> AppSettings:
    """Read the settings; a missing, newer or damaged document gives the defaults."""
    raw = store.value(SETTINGS_KEY, "")
    if not raw:
        return AppSettings()
    try:
        data = json.loads(str(raw))
        if int(data.get("schema_version", 1)) > SCHEMA_VERSION:
            log.warning("settings were written by a newer version; using defaults")
            return AppSettings()
        return AppSettings.model_validate(migrate(data))
    except (ValueError, TypeError, ValidationError) as exc:
        log.warning("settings are damaged and were reset: %s", exc)
        return AppSettings()


def save_settings(settings: AppSettings, store: QSettings) -> None:
    """Store the values that differ from the defaults, with the schema version."""
    data = settings.model_dump(mode="json", exclude_defaults=True)
    data["schema_version"] = SCHEMA_VERSION
    store.setValue(SETTINGS_KEY, json.dumps(data, ensure_ascii=False, sort_keys=True))
    store.sync()


def save_window_state(store: QSettings, window: QMainWindow, splitters: dict[str, QSplitter]) -> None:
    """Store the window's geometry, toolbar and dock state and its splitter positions."""
    group = type(window).__name__
    store.setValue(f"{group}/geometry", window.saveGeometry())
    store.setValue(f"{group}/state", window.saveState())
    for name, splitter in splitters.items():
        store.setValue(f"{group}/splitter/{name}", splitter.saveState())
    store.sync()


def restore_window_state(store: QSettings, window: QMainWindow, splitters: dict[str, QSplitter]) -> bool:
    """Restore what `save_window_state` stored; return False when nothing was stored."""
    group = type(window).__name__
    geometry = store.value(f"{group}/geometry")
    if isinstance(geometry, QByteArray) and not geometry.isEmpty():
        window.restoreGeometry(geometry)
    state = store.value(f"{group}/state")
    if isinstance(state, QByteArray) and not state.isEmpty():
        window.restoreState(state)
    for name, splitter in splitters.items():
        value = store.value(f"{group}/splitter/{name}")
        if isinstance(value, QByteArray) and not value.isEmpty():
            splitter.restoreState(value)
    return isinstance(geometry, QByteArray)


def default_store() -> QSettings:
    """Return the per-user settings store (an INI file, the same format on every system)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "TuningDataStudio", "studio")


