"""The Review step's Chinese and Japanese translations: complete, current and with intact placeholders."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from gui.i18n import i18n_dir

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted([*ROOT.glob("gui/review/*.py"), *ROOT.glob("gui/models/*.py")])
LANGUAGES = ["zh_CN", "ja_JP"]
PLACEHOLDER = re.compile(r"\{\w*\}")


def messages(ts_file: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts_file).getroot()
    return [
        (context.findtext("name"), message.findtext("source"), message.find("translation"))
        for context in root.iter("context")
        for message in context.iter("message")
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_all_finished(language):
    for context, source, translation in messages(i18n_dir() / f"review_{language}.ts"):
        assert translation.get("type") is None, f"{context}: {source!r} is {translation.get('type')}"
        assert translation.text, f"{context}: {source!r} has no translation"


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_placeholders_and_mnemonics(language):
    for context, source, translation in messages(i18n_dir() / f"review_{language}.ts"):
        assert sorted(PLACEHOLDER.findall(translation.text)) == sorted(PLACEHOLDER.findall(source)), source
        assert ("&" in translation.text) == ("&" in source), source


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_cover_every_source_string(language, tmp_path):
    lupdate = shutil.which("pyside6-lupdate")
    if lupdate is None:
        pytest.fail("pyside6-lupdate is missing; it ships with PySide6-Essentials")
    extracted = tmp_path / f"review_{language}.ts"
    subprocess.run([lupdate, *map(str, SOURCES), "-ts", str(extracted)], check=True, capture_output=True)

    in_code = {(context, source) for context, source, _ in messages(extracted)}
    in_file = {(context, source) for context, source, _ in messages(i18n_dir() / f"review_{language}.ts")}

    assert in_code - in_file == set()
    assert in_file - in_code == set()
