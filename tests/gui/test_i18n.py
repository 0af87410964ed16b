"""Translations: every .ts message is finished, compiles, loads, and core errors translate."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import etree
from PySide6.QtCore import QCoreApplication, QTranslator

from core.errors import InputError, TuneDataError
from gui import i18n

TS_FILES = sorted((Path(__file__).resolve().parents[2] / "resources" / "i18n").glob("*.ts"))
PLACEHOLDER = re.compile(r"%n|%s|%\d|\{\w+\}")


def _messages(ts_file: Path):  # noqa: ANN202
    tree = etree.parse(str(ts_file))
    for context in tree.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def test_studio_ts_files_exist():
    names = {path.name for path in TS_FILES}
    assert "studio_zh_CN.ts" in names
    assert "studio_ja_JP.ts" in names


@pytest.mark.parametrize("ts_file", TS_FILES, ids=lambda path: path.name)
def test_ts_file_fully_translated(ts_file):
    unfinished = []
    for context, message in _messages(ts_file):
        source = message.findtext("source")
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
            unfinished.append((context, source))
            continue
        forms = translation.findall("numerusform") if message.get("numerus") == "yes" else [translation]
        if not forms or any(not (form.text or "").strip() for form in forms):
            unfinished.append((context, source))
    assert unfinished == []


@pytest.mark.parametrize("ts_file", TS_FILES, ids=lambda path: path.name)
def test_ts_translations_keep_placeholders(ts_file):
    broken = []
    for context, message in _messages(ts_file):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = translation.findall("numerusform") if message.get("numerus") == "yes" else [translation]
        for form in forms:
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(form.text or "")):
                broken.append((context, source, form.text))
    assert broken == []


def test_ts_files_name_their_language():
    for ts_file in TS_FILES:
        language = etree.parse(str(ts_file)).getroot().get("language")
        assert language is not None, ts_file.name
        assert ts_file.stem.endswith(language), ts_file.name


def test_compiled_translation_loads(qapp, tmp_path):
    compiled = i18n.compile_translations(tmp_path)

    assert (tmp_path / "studio_zh_CN.qm") in compiled
    translator = QTranslator()
    assert translator.load(str(tmp_path / "studio_ja_JP.qm"))
    assert translator.translate("Steps", "Sources") == "ソース"


def test_compile_skips_up_to_date_files(qapp, tmp_path):
    i18n.compile_translations(tmp_path)
    qm_file = tmp_path / "studio_zh_CN.qm"
    before = qm_file.stat().st_mtime_ns

    i18n.compile_translations(tmp_path)

    assert qm_file.stat().st_mtime_ns == before


@pytest.fixture
def chinese(qapp):  # noqa: ANN201
    loaded = i18n.translations.install(qapp, "zh_CN")
    yield loaded
    i18n.translations.install(qapp, "en")


def test_install_loads_studio_translation(chinese):
    assert "studio_zh_CN.qm" in chinese
    assert QCoreApplication.translate("Steps", "Review") == "审阅"


def test_known_error_translated_with_params(chinese):
    error = InputError("a.xlsx: sheet 'X' not found", code="excel_sheet_missing", path="a.xlsx", sheet="X",
                       sheets=["Sheet1", "Sheet2"])

    assert i18n.translate_error(error) == "a.xlsx：没有名为“X”的工作表。请在“数据源”步骤中从这些工作表中选择：Sheet1, Sheet2"


def test_unknown_error_code_falls_back_to_english(chinese):
    error = TuneDataError("something specific happened", code="not_in_table")

    assert i18n.translate_error(error) == "something specific happened"


def test_template_missing_param_falls_back_to_english():
    error = InputError("x.csv: encoding problem", code="encoding_undecodable", path="x.csv")

    assert i18n.translate_error(error) == "x.csv: encoding problem"


def test_reason_codes_cover_core_checks():
    from core.checks import REASON_MESSAGES

    assert sorted(set(REASON_MESSAGES) - set(i18n.REASON_LABELS)) == []


def test_reason_translated(chinese):
    assert i18n.translate_reason("too_many_tokens") == "词元数超过模型上限"
    assert i18n.translate_reason("brand_new_code", "fallback text") == "fallback text"


def test_match_language():
    assert i18n.match_language("zh_Hans_CN") == "zh_CN"
    assert i18n.match_language("ja") == "ja_JP"
    assert i18n.match_language("de_DE") == "en"


def test_font_fallback_puts_language_cjk_first():
    families = i18n.font_families("ja_JP")

    assert families.index("Noto Sans CJK JP") < families.index("Noto Sans CJK SC")
    assert i18n.font_families("zh_CN").index("Noto Sans CJK SC") < i18n.font_families("zh_CN").index("Noto Sans CJK JP")


STUDIO_SOURCES = [
    "gui/app.py", "gui/context.py", "gui/dialogs.py", "gui/i18n.py", "gui/main_window.py", "gui/project.py",
    "gui/pages/__init__.py", "gui/pages/sources.py", "gui/pages/method.py", "gui/pages/fields.py",
    "gui/pages/cleaning.py", "gui/pages/export.py", "gui/pages/kb_dialog.py", "gui/widgets/template_editor.py",
]


def _keys(ts_file: Path) -> set[tuple[str, str]]:
    return {(context, message.findtext("source")) for context, message in _messages(ts_file)}


@pytest.mark.parametrize("language", ["zh_CN", "ja_JP"])
def test_every_window_string_is_in_ts(language, tmp_path):
    import shutil
    import subprocess

    lupdate = shutil.which("pyside6-lupdate")
    assert lupdate is not None, "pyside6-lupdate ships with PySide6-Essentials"
    root = Path(__file__).resolve().parents[2]
    extracted = tmp_path / f"studio_{language}.ts"
    subprocess.run([lupdate, "-silent", *(str(root / name) for name in STUDIO_SOURCES), "-ts", str(extracted)],
                   check=True, capture_output=True)

    shipped = _keys(root / "resources" / "i18n" / f"studio_{language}.ts")
    assert sorted(_keys(extracted) - shipped) == []


def test_problem_translated_with_line(chinese):
    from core.readers import Problem

    problem = Problem("blank_line", "line 7: blank line skipped", line=7)

    assert i18n.translate_problem(problem) == "第 7 行：已跳过空行。"
    assert i18n.translate_problem(Problem("blank_line", "blank line skipped")) == "blank line skipped"


def test_large_file_error_translated(chinese, tmp_path, monkeypatch):
    import gui.context

    monkeypatch.setattr(gui.context, "WINDOW_READ_LIMIT_BYTES", 10)
    large = tmp_path / "large.csv"
    large.write_text("question,answer\nq,a\n", encoding="utf-8")
    with pytest.raises(InputError) as raised:
        gui.context._check_size(large)

    text = i18n.translate_error(raised.value)
    assert text.startswith(f"{large}：文件大小为 0.0 GiB，而窗口只能把 1 GiB 以内的文件读入内存。")
    assert text.endswith(f'tunedata convert "{large}" --out OUTPUT_FOLDER --model MODEL --streaming on')
