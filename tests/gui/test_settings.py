"""Typed settings stored through QSettings, with migrations."""

from __future__ import annotations

import json

from gui.settings import SCHEMA_VERSION, SETTINGS_KEY, AppSettings, load_settings, save_settings


def test_settings_round_trip(settings_store):
    settings = AppSettings(language="ja_JP")
    settings.add_recent_project("/data/a.toml")
    settings.add_recent_project("/data/b.toml")
    settings.add_recent_project("/data/a.toml")

    save_settings(settings, settings_store)
    loaded = load_settings(settings_store)

    assert loaded.language == "ja_JP"
    assert loaded.recent_projects == ["/data/a.toml", "/data/b.toml"]


def test_only_non_defaults_stored(settings_store):
    save_settings(AppSettings(last_output_folder="/out"), settings_store)

    stored = json.loads(settings_store.value(SETTINGS_KEY))
    assert stored == {"last_output_folder": "/out", "schema_version": SCHEMA_VERSION}


def test_version_one_settings_migrate(settings_store):
    settings_store.setValue(SETTINGS_KEY, json.dumps({"schema_version": 1, "recent": ["/x.toml"], "last_folder": "/in"}))

    loaded = load_settings(settings_store)

    assert loaded.recent_projects == ["/x.toml"]
    assert loaded.last_source_folder == "/in"
    assert loaded.schema_version == SCHEMA_VERSION


def test_damaged_settings_reset_to_defaults(settings_store):
    settings_store.setValue(SETTINGS_KEY, "{not json")

    assert load_settings(settings_store) == AppSettings()


def test_newer_settings_ignored(settings_store):
    settings_store.setValue(SETTINGS_KEY, json.dumps({"schema_version": SCHEMA_VERSION + 1, "language": "zh_CN"}))

    assert load_settings(settings_store).language == ""


def test_recent_projects_capped():
    settings = AppSettings()
    for number in range(20):
        settings.add_recent_project(f"/p{number}.toml")

    assert len(settings.recent_projects) == 8
    assert settings.recent_projects[0] == "/p19.toml"
