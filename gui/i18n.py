"""Translations: compile the `.ts` files, install them, and translate core errors.

Every user-visible string in `gui` goes through Qt's translation system. Each part of the
window has one `.ts` file per locale in `resources/i18n/`, named `<part>_<locale>.ts`
(`studio_zh_CN.ts`, `review_ja_JP.ts`, ...), and every file for the chosen locale is loaded.
English is the source language; `studio_en.ts` holds only the English plural forms of the
messages that count something (`tr("%n file(s)", "", n)` shows "1 file" or "2 files").
They are compiled to `.qm` with `pyside6-lrelease`, which ships with PySide6-Essentials.
The `.qm` files are not in git: the installer build compiles them into the bundle, and a
source checkout compiles them at start-up into the user cache folder whenever a `.qm` is
missing or older than its `.ts`.

Core errors carry an English message plus a `code` and `params`. `translate_error()`
looks the code up in `ERROR_TEMPLATES` and formats the translated template with the
params. An unknown code, or params that do not fit the template, give the English message.
"""

from __future__ import annotations

import logging
import re
import shutil
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QT_TRANSLATE_NOOP, QTranslator
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from core.errors import TuneDataError
from core.paths import resources_dir

log = logging.getLogger(__name__)

# Locale name -> the language's own name, as the language menu shows it.
LANGUAGES: dict[str, str] = {"en": "English", "zh_CN": "简体中文", "ja_JP": "日本語"}

def i18n_dir() -> Path:
    return resources_dir() / "i18n"


def cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir("TuningDataStudio", appauthor=False)) / "i18n"


def lrelease_command() -> list[str] | None:
    """Return the command that runs Qt's lrelease, or None when it is not installed."""
    found = shutil.which("pyside6-lrelease")
    if found:
        return [found]
    try:
        import PySide6
    except ImportError:  # pragma: no cover - the window cannot run without PySide6
        return None
    for name in ("lrelease", "lrelease.exe"):
        candidate = Path(PySide6.__file__).parent / name
        if candidate.is_file():
            return [str(candidate)]
    return None


def compile_translations(out_dir: Path, source_dir: Path | None = None) -> list[Path]:
    """Compile each `.ts` in `source_dir` to a `.qm` in `out_dir` unless it is up to date.

    Returns the `.qm` files that exist afterwards. A failed compilation is logged and
    leaves the window in English for that file.
    """
    source_dir = source_dir or i18n_dir()
    out_dir.mkdir(parents=True, exist_ok=True)
    command = lrelease_command()
    compiled: list[Path] = []
    for ts_file in sorted(source_dir.glob("*.ts")):
        qm_file = out_dir / (ts_file.stem + ".qm")
        if qm_file.exists() and qm_file.stat().st_mtime >= ts_file.stat().st_mtime:
            compiled.append(qm_file)
            continue
        if command is None:
            log.warning("pyside6-lrelease not found; %s stays untranslated", ts_file.name)
            continue
        result = subprocess.run(
            [*command, "-silent", str(ts_file), "-qm", str(qm_file)],
            capture_output=True, text=True, check=False,
        )
        if result.returncode != 0 or not qm_file.exists():
            log.error("lrelease failed on %s: %s", ts_file, result.stderr.strip())
            continue
        compiled.append(qm_file)
    return compiled


def _qm_folders() -> list[Path]:
    """Return where compiled translations are: the bundle when frozen, else the user cache."""
    if getattr(sys, "frozen", False):
        return [i18n_dir()]
    compile_translations(cache_dir(), i18n_dir())
    return [cache_dir()]


def system_language() -> str:
    """Return the supported locale closest to the system's, or "en"."""
    return match_language(QLocale.system().name())


def match_language(name: str) -> str:
    """Map a locale name such as zh_Hans_CN, ja or en_GB to one of `LANGUAGES`."""
    if name.startswith("zh"):
        return "zh_CN"
    if name.startswith("ja"):
        return "ja_JP"
    return "en"


class Translations:
    """The translators installed on the application for one language."""

    def __init__(self) -> None:
        self.language = "en"
        self._translators: list[QTranslator] = []

    def install(self, app: QCoreApplication, language: str) -> list[str]:
        """Replace the installed translators with those for `language`; return the files loaded."""
        for translator in self._translators:
            app.removeTranslator(translator)
        self._translators.clear()
        self.language = language if language in LANGUAGES else "en"
        QLocale.setDefault(QLocale(self.language))

        # English loads too: its files hold only the plural forms ("1 file", "2 files").
        loaded: list[str] = []
        seen: set[str] = set()
        for folder in _qm_folders():
            for qm_file in sorted(folder.glob(f"*_{self.language}.qm")):
                if qm_file.name in seen:
                    continue
                translator = QTranslator(app)
                if translator.load(str(qm_file)):
                    app.installTranslator(translator)
                    self._translators.append(translator)
                    seen.add(qm_file.name)
                    loaded.append(qm_file.name)

        if self.language == "en":
            log.info("language en: loaded %s", ", ".join(loaded) or "no plural forms")
            return loaded

        # Qt's own strings (standard buttons such as Save and Cancel).
        qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        translator = QTranslator(app)
        if translator.load(QLocale(self.language), "qtbase", "_", qt_translations):
            app.installTranslator(translator)
            self._translators.append(translator)
        log.info("language %s: loaded %s", self.language, ", ".join(loaded) or "no translations")
        return loaded


translations = Translations()


# Font families tried in order; the first installed one with the glyph wins. CJK families
# differ per language because Chinese and Japanese draw some unified ideographs differently.
_UI_FONTS = ["Noto Sans", "Segoe UI", "Helvetica Neue", "DejaVu Sans"]
_CJK_FONTS = {
    "zh_CN": ["Noto Sans CJK SC", "Microsoft YaHei UI", "PingFang SC", "Source Han Sans SC"],
    "ja_JP": ["Noto Sans CJK JP", "Yu Gothic UI", "Meiryo UI", "Hiragino Sans", "Source Han Sans JP"],
}


def font_families(language: str) -> list[str]:
    """Return the font fallback list for `language`; the other CJK language's fonts come last."""
    first = _CJK_FONTS.get(language, [])
    rest = [name for lang, names in _CJK_FONTS.items() if lang != language for name in names]
    return _UI_FONTS + first + rest


def apply_fonts(app: QApplication, language: str) -> None:
    font = app.font()
    font.setFamilies(font_families(language))
    app.setFont(font)


# Error codes of core.errors.TuneDataError -> translatable templates. The placeholders are
# keys of the error's `params`; a list param is shown joined with commas. Codes missing
# here (rare command-line and AWS errors) are shown in English.
ERROR_TEMPLATES: dict[str, str] = {
    "file_not_found": QT_TRANSLATE_NOOP("Errors", "{path}: file not found. Check the path or add the file again."),
    "source_too_large_for_window": QT_TRANSLATE_NOOP(
        "Errors", "{path}: the file is {size} GiB, and the window reads files of up to 1 GiB into memory. "
        "Build it with the tunedata command line (see the README), which streams it: {command}"
    ),
    "file_unreadable": QT_TRANSLATE_NOOP(
        "Errors", "{path}: the file cannot be read. Check that it exists and that you may open it."
    ),
    "input_unreadable": QT_TRANSLATE_NOOP(
        "Errors", "{path}: the file cannot be read. Check that it exists and that you may open it."
    ),
    "format_unsupported": QT_TRANSLATE_NOOP(
        "Errors", "{path}: this file type is not supported. Use CSV, TSV, Excel (.xlsx), JSON, JSON Lines, "
        "PDF, Word (.docx), HTML, Markdown or text files."
    ),
    "encoding_undecodable": QT_TRANSLATE_NOOP(
        "Errors", "{path}: the text cannot be decoded (invalid bytes at byte offset {offset}). Choose the file's "
        "encoding on the Sources step, for example gb18030, cp932 or big5."
    ),
    "encoding_unknown": QT_TRANSLATE_NOOP(
        "Errors", "The encoding “{encoding}” is not known. Use a name such as utf-8, gb18030, cp932, big5, "
        "euc-kr, utf-16 or latin-1."
    ),
    "excel_sheet_missing": QT_TRANSLATE_NOOP(
        "Errors", "{path}: there is no sheet named “{sheet}”. Choose one of these sheets on the Sources step: {sheets}"
    ),
    "excel_sheet_empty": QT_TRANSLATE_NOOP(
        "Errors", "{path}: the sheet “{sheet}” is empty. Choose another sheet on the Sources step: {sheets}"
    ),
    "excel_no_sheets": QT_TRANSLATE_NOOP("Errors", "{path}: the workbook has no sheets."),
    "excel_unreadable": QT_TRANSLATE_NOOP(
        "Errors", "{path}: cannot be opened as an Excel workbook. Save it as .xlsx in Excel and add it again."
    ),
    "csv_no_header": QT_TRANSLATE_NOOP(
        "Errors", "{path}: the first line is empty. A CSV file needs a header line with the column names."
    ),
    "json_invalid": QT_TRANSLATE_NOOP(
        "Errors", "{path}: not valid JSON. Fix the file, or save it as JSON Lines with one object per line."
    ),
    "json_no_records": QT_TRANSLATE_NOOP(
        "Errors", "{path}: contains no list of records. A JSON source must be an array of objects."
    ),
    "document_empty": QT_TRANSLATE_NOOP("Errors", "{path}: the document is empty. Save it again and add it again."),
    "document_corrupt": QT_TRANSLATE_NOOP(
        "Errors", "{path}: the document is damaged or of another type. Open it in its program and save it again."
    ),
    "document_no_text": QT_TRANSLATE_NOOP(
        "Errors", "{path}: the document contains no text that can be extracted. Scanned pages need OCR first."
    ),
    "document_encrypted": QT_TRANSLATE_NOOP(
        "Errors", "{path}: the document is password-protected. Save a copy without a password and add that."
    ),
    "unknown_column": QT_TRANSLATE_NOOP(
        "Errors", "The {field} setting uses the column “{column}”, which does not exist. Available columns: {columns}"
    ),
    "field_not_mapped": QT_TRANSLATE_NOOP(
        "Errors", "Choose a column or type a template for the prompt and the completion on the Fields step. "
        "Available columns: {columns}"
    ),
    "input_not_mapped": QT_TRANSLATE_NOOP(
        "Errors", "Choose the column that becomes the input text on the Fields step. Available columns: {columns}"
    ),
    "template_without_column": QT_TRANSLATE_NOOP(
        "Errors", "The template “{template}” names no column, so every record would get the same text. "
        "Click a column to insert it. Available columns: {columns}"
    ),
    "template_brace": QT_TRANSLATE_NOOP(
        "Errors", "The template “{template}” has an unmatched brace. Insert columns by clicking them, and write "
        "{{{{ or }}}} for a literal brace."
    ),
    "task_unsupported": QT_TRANSLATE_NOOP(
        "Errors", "{model} does not support {task}; it supports {supported}. Choose another model or task."
    ),
    "model_unknown": QT_TRANSLATE_NOOP("Errors", "The model “{model}” is not in the catalog. Choose another model."),
    "no_sources": QT_TRANSLATE_NOOP("Errors", "The project has no source files. Add a file on the Sources step."),
    "validation_not_supported": QT_TRANSLATE_NOOP(
        "Errors", "{model} takes no validation file. Set the validation share to 0 on the Export step."
    ),
    "recipe_not_found": QT_TRANSLATE_NOOP("Errors", "{path}: project file not found."),
    "recipe_not_toml": QT_TRANSLATE_NOOP(
        "Errors", "{path}: this is not a valid project file ({detail}). Fix the file or save the project again."
    ),
    "recipe_invalid": QT_TRANSLATE_NOOP("Errors", "{path}: the project file has invalid values: {detail}"),
    "kb_attribute_empty": QT_TRANSLATE_NOOP("Errors", "A metadata attribute has no name. Give every attribute a name."),
    "kb_attribute_reserved": QT_TRANSLATE_NOOP(
        "Errors", "The metadata attribute “{key}” starts with the reserved prefix x-amz-bedrock. Rename it."
    ),
    "kb_attribute_type": QT_TRANSLATE_NOOP(
        "Errors", "The metadata attribute “{key}” has a value of an unsupported type. Use text."
    ),
}

# Reason codes of rejected and duplicate records (core.checks) -> translatable labels.
REASON_LABELS: dict[str, str] = {
    "unreadable_row": QT_TRANSLATE_NOOP("Reasons", "The row could not be read"),
    "excluded_by_user": QT_TRANSLATE_NOOP("Reasons", "Excluded by hand"),
    "not_text": QT_TRANSLATE_NOOP("Reasons", "A value is a number or true/false, not text"),
    "empty_prompt": QT_TRANSLATE_NOOP("Reasons", "Prompt is empty"),
    "empty_completion": QT_TRANSLATE_NOOP("Reasons", "Completion is empty"),
    "empty_input": QT_TRANSLATE_NOOP("Reasons", "Input text is empty"),
    "key_case_mismatch": QT_TRANSLATE_NOOP("Reasons", "A key differs only in upper/lower case"),
    "bad_conversation": QT_TRANSLATE_NOOP("Reasons", "The conversation cannot be used"),
    "empty_turn": QT_TRANSLATE_NOOP("Reasons", "A conversation turn is empty"),
    "reserved_string": QT_TRANSLATE_NOOP("Reasons", "Contains a string the model reserves"),
    "too_many_tokens": QT_TRANSLATE_NOOP("Reasons", "Too many tokens for the model"),
    "too_many_input_tokens": QT_TRANSLATE_NOOP("Reasons", "Input too long for the model"),
    "too_many_output_tokens": QT_TRANSLATE_NOOP("Reasons", "Completion too long for the model"),
    "too_short": QT_TRANSLATE_NOOP("Reasons", "Shorter than the minimum length"),
    "too_long": QT_TRANSLATE_NOOP("Reasons", "Longer than the maximum length"),
    "duplicate": QT_TRANSLATE_NOOP("Reasons", "Duplicate of another record"),
    "near_duplicate": QT_TRANSLATE_NOOP("Reasons", "Near-duplicate of another record"),
    "not_selected": QT_TRANSLATE_NOOP("Reasons", "Not selected: more records than the model accepts"),
}


class _SafeParams(dict):
    def __missing__(self, key: str) -> str:
        raise KeyError(key)


def _param_text(value: object) -> str:
    if isinstance(value, (list, tuple)):
        return ", ".join(str(item) for item in value) or "—"
    return str(value)


# Recipe field names that errors and warnings name -> what the user reads (no mnemonic, no colon).
FIELD_NAMES: dict[str, str] = {
    "prompt": QT_TRANSLATE_NOOP("Fields", "Prompt"),
    "completion": QT_TRANSLATE_NOOP("Fields", "Completion"),
    "system": QT_TRANSLATE_NOOP("Fields", "System"),
    "input": QT_TRANSLATE_NOOP("Fields", "Input"),
    "conversation": QT_TRANSLATE_NOOP("Fields", "Conversation column"),
    "stratify_by": QT_TRANSLATE_NOOP("Fields", "Stratify by"),
}


def translate_field(name: str) -> str:
    """Return the plain translated name of a recipe field, or the name itself when unknown."""
    label = FIELD_NAMES.get(name)
    return QCoreApplication.translate("Fields", label) if label else name


def translate_error(error: TuneDataError) -> str:
    """Return the error's message in the current language, falling back to English."""
    template = ERROR_TEMPLATES.get(error.code)
    if template is None:
        return error.message
    translated = QCoreApplication.translate("Errors", template)
    params = {key: _param_text(value) for key, value in error.params.items()}
    if isinstance(error.params.get("field"), str):
        params["field"] = translate_field(error.params["field"])
    try:
        return translated.format_map(_SafeParams(params))
    except (KeyError, IndexError, ValueError):
        log.debug("template for %s does not fit its params %s", error.code, sorted(error.params))
        return error.message


def translate_reason(code: str, fallback: str = "") -> str:
    """Return the translated label of a reason code, or `fallback` (or the code) when unknown."""
    label = REASON_LABELS.get(code)
    if label is None:
        return fallback or code
    return QCoreApplication.translate("Reasons", label)


# The core's per-record sentences (core.checks.REASON_MESSAGES), written out so lupdate finds
# them; a test checks they match the core's. Each message reads "<where>: <sentence>".
REASON_MESSAGE_TEXTS: dict[str, str] = {
    "unreadable_row": QT_TRANSLATE_NOOP("ReasonMessages", "the row could not be used: {detail}"),
    "excluded_by_user": QT_TRANSLATE_NOOP("ReasonMessages", "excluded by hand in the Review step"),
    "not_text": QT_TRANSLATE_NOOP(
        "ReasonMessages", "column {detail} holds a number or true/false, not text; convert it in the source "
        "or switch on 'accept numbers as text'"
    ),
    "empty_prompt": QT_TRANSLATE_NOOP(
        "ReasonMessages", "the prompt is empty after cleaning; fill in the column {detail} or change the prompt template"
    ),
    "empty_completion": QT_TRANSLATE_NOOP(
        "ReasonMessages",
        "the completion is empty after cleaning; fill in the column {detail} or change the completion template",
    ),
    "empty_input": QT_TRANSLATE_NOOP(
        "ReasonMessages", "the input text is empty after cleaning; fill in the column {detail} or change the input template"
    ),
    "key_case_mismatch": QT_TRANSLATE_NOOP(
        "ReasonMessages", "{detail}; keys are case-sensitive, so rename the key in the file or map that column explicitly"
    ),
    "bad_conversation": QT_TRANSLATE_NOOP("ReasonMessages", "the conversation cannot be used: {detail}"),
    "empty_turn": QT_TRANSLATE_NOOP("ReasonMessages", "a conversation turn is empty after cleaning"),
    "reserved_string": QT_TRANSLATE_NOOP(
        "ReasonMessages", "the text contains {detail}, which the model family reserves; remove it or choose "
        "'escape reserved strings' in Cleaning"
    ),
    "too_many_tokens": QT_TRANSLATE_NOOP(
        "ReasonMessages", "about {detail} tokens, over the model's limit per record; shorten the text or split it"
    ),
    "too_many_input_tokens": QT_TRANSLATE_NOOP(
        "ReasonMessages", "the input (system and prompt) is about {detail} tokens, over the model's input limit"
    ),
    "too_many_output_tokens": QT_TRANSLATE_NOOP(
        "ReasonMessages", "the completion is about {detail} tokens, over the model's output limit"
    ),
    "too_short": QT_TRANSLATE_NOOP("ReasonMessages", "the text is shorter than the minimum length set in Cleaning"),
    "too_long": QT_TRANSLATE_NOOP("ReasonMessages", "the text is longer than the maximum length set in Cleaning"),
    "duplicate": QT_TRANSLATE_NOOP("ReasonMessages", "exact duplicate of record {detail}, which is kept"),
    "near_duplicate": QT_TRANSLATE_NOOP("ReasonMessages", "near duplicate of record {detail}, which is kept"),
    "not_selected": QT_TRANSLATE_NOOP(
        "ReasonMessages", "not selected: at most {detail} records can be exported, so a seeded subset was kept"
    ),
}

# How the core names a record's place ("faq.csv row 4", core.pipeline._ROW_WORDS).
WHERE_TEXTS: dict[str, str] = {
    "row": QT_TRANSLATE_NOOP("ReasonMessages", "{file}, row {number}"),
    "line": QT_TRANSLATE_NOOP("ReasonMessages", "{file}, line {number}"),
    "item": QT_TRANSLATE_NOOP("ReasonMessages", "{file}, item {number}"),
    "chunk": QT_TRANSLATE_NOOP("ReasonMessages", "{file}, part {number}"),
}
_WHERE = re.compile(r"^(?P<file>.+) (?P<word>row|line|item|chunk) (?P<number>\d+)$")
MESSAGE_LAYOUT = QT_TRANSLATE_NOOP("ReasonMessages", "{where}: {message}")

# The duplicate sentences carry several details, so each has its own pattern of the core's
# English (core.stages.mark_duplicates) and its own translatable text.
DUPLICATE_MESSAGES: dict[str, tuple[re.Pattern[str], str]] = {
    "duplicate": (
        re.compile(r"^(?P<where>.+?): exact duplicate of record (?P<id>\d+) \((?P<kept>.+)\), which is kept$"),
        QT_TRANSLATE_NOOP("ReasonMessages", "exact duplicate of record {id} ({kept}), which is kept"),
    ),
    "near_duplicate": (
        re.compile(
            r"^(?P<where>.+?): near duplicate of record (?P<id>\d+) \((?P<kept>.+), "
            r"estimated similarity (?P<similarity>[\d.]+)\), which is kept$"
        ),
        QT_TRANSLATE_NOOP(
            "ReasonMessages", "near duplicate of record {id} ({kept}, estimated similarity {similarity}), which is kept"
        ),
    ),
}


def translate_reason_message(code: str, message: str) -> str:
    """Return a record's reason sentence in the current language, or `message` when it does not fit.

    The core writes "<file> row <n>: <sentence>" from `core.checks.REASON_MESSAGES`; the
    sentence is matched against its code's template to recover the per-record detail, which
    stays as the core wrote it.
    """
    if code in DUPLICATE_MESSAGES:
        return _translate_duplicate_message(code, message)
    template = REASON_MESSAGE_TEXTS.get(code)
    if template is None:
        return message
    translated = QCoreApplication.translate("ReasonMessages", template)
    if translated == template:
        return message
    before, found, after = template.partition("{detail}")
    body = f"{re.escape(before)}(?P<detail>.*){re.escape(after)}" if found else re.escape(template)
    match = re.match(rf"^(?P<where>.+?): {body}$", message, re.DOTALL)
    if match is None:
        return message
    sentence = translated.replace("{detail}", match.groupdict().get("detail") or "")
    return QCoreApplication.translate("ReasonMessages", MESSAGE_LAYOUT).format(
        where=_translate_where(match["where"]), message=sentence
    )


def _translate_duplicate_message(code: str, message: str) -> str:
    """Return an exact or near duplicate sentence in the current language, or `message`."""
    pattern, template = DUPLICATE_MESSAGES[code]
    match = pattern.match(message)
    if match is None:
        return message
    details = match.groupdict()
    sentence = QCoreApplication.translate("ReasonMessages", template).format(
        id=details["id"], kept=_translate_where(details["kept"]), similarity=details.get("similarity", "")
    )
    return QCoreApplication.translate("ReasonMessages", MESSAGE_LAYOUT).format(
        where=_translate_where(details["where"]), message=sentence
    )


def _translate_where(where: str) -> str:
    """Return a record's place ("faq.csv row 4") in the current language."""
    place = _WHERE.match(where)
    if place is None:
        return where
    return QCoreApplication.translate("ReasonMessages", WHERE_TEXTS[place["word"]]).format(
        file=place["file"], number=place["number"]
    )


# Progress stage names reported by core -> what the progress label shows.
STAGE_LABELS: dict[str, str] = {
    "read": QT_TRANSLATE_NOOP("Stages", "Reading files"),
    "pdf pages": QT_TRANSLATE_NOOP("Stages", "Reading PDF pages"),
    "docx blocks": QT_TRANSLATE_NOOP("Stages", "Reading Word paragraphs"),
    "map": QT_TRANSLATE_NOOP("Stages", "Filling the fields"),
    "clean": QT_TRANSLATE_NOOP("Stages", "Cleaning"),
    "dedup": QT_TRANSLATE_NOOP("Stages", "Finding duplicates"),
    "tokens": QT_TRANSLATE_NOOP("Stages", "Counting tokens"),
    "validate": QT_TRANSLATE_NOOP("Stages", "Checking records"),
    "split": QT_TRANSLATE_NOOP("Stages", "Splitting"),
    "write": QT_TRANSLATE_NOOP("Stages", "Writing files"),
    "upload": QT_TRANSLATE_NOOP("Stages", "Uploading"),
}


def translate_stage(stage: str) -> str:
    label = STAGE_LABELS.get(stage)
    return QCoreApplication.translate("Stages", label) if label else stage


# Codes of the report's dataset-level `errors` and `warnings` -> translatable sentences.
FINDING_TEXTS: dict[str, str] = {
    "too_few_records": QT_TRANSLATE_NOOP(
        "Findings", "Too few records can be exported for this model. Add data or fix the rejected rows "
        "(see rejected.jsonl and the Review step)."
    ),
    "records_not_selected": QT_TRANSLATE_NOOP(
        "Findings", "More records are valid than the model accepts. A seeded random subset was kept; the rest "
        "are in rejected.jsonl."
    ),
    "validation_not_supported": QT_TRANSLATE_NOOP(
        "Findings", "This model takes no validation file, so every selected record is in train.jsonl."
    ),
    "task_unavailable": QT_TRANSLATE_NOOP(
        "Findings", "Bedrock currently offers this task for no model. The file follows the model's old format, "
        "but a customization job may not start."
    ),
    "input_problems": QT_TRANSLATE_NOOP("Findings", "Some files had problems while reading. See the Sources step."),
    "columns_differ": QT_TRANSLATE_NOOP(
        "Findings", "The input files have different columns. Missing columns are empty in the rows of files "
        "that lack them."
    ),
    "unused_columns": QT_TRANSLATE_NOOP("Findings", "These columns are not used in the records: %s"),
    "system_in_prompt": QT_TRANSLATE_NOOP(
        "Findings", "This model's records have no system field, so the system prompt was put before each prompt."
    ),
    "model_legacy": QT_TRANSLATE_NOOP(
        "Findings", "The model is legacy: AWS starts no new customization jobs on it. Choose an active model."
    ),
    "model_retired": QT_TRANSLATE_NOOP("Findings", "The model is retired and can no longer be customized."),
}


UNREADABLE_SOURCE = QT_TRANSLATE_NOOP("Findings", "A source file could not be read and was left out: %s")


def translate_finding(finding: object, known_errors: Iterable[TuneDataError] = ()) -> str:
    """Return a report finding ({"code", "message"}) in the current language, else its English message.

    A source that could not be read is reported with its reader error's code and English
    message only; when the window read that source itself, `known_errors` holds the error
    with its params, and its full translation is used.
    """
    if not isinstance(finding, dict):
        return str(finding)
    code = str(finding.get("code", ""))
    message = str(finding.get("message", ""))
    text = FINDING_TEXTS.get(code)
    if text is not None:
        translated = QCoreApplication.translate("Findings", text)
        if "%s" in text:
            # The core puts the names after the sentence's last colon, e.g. "...records: a, b".
            translated %= message.rpartition(": ")[2] if ": " in message else "—"
        return translated
    if code in ERROR_TEMPLATES:
        for error in known_errors:
            if error.code == code and error.message == message:
                return translate_error(error)
        return QCoreApplication.translate("Findings", UNREADABLE_SOURCE) % message
    return message


# Codes of reader problems (core.readers.Problem) -> translatable templates; {line} and
# {row} come from the problem's fields.
PROBLEM_TEXTS: dict[str, str] = {
    "blank_line": QT_TRANSLATE_NOOP("Problems", "Line {line}: blank line skipped."),
    "blank_row": QT_TRANSLATE_NOOP("Problems", "Row {row}: blank row skipped."),
    "csv_unterminated_quote": QT_TRANSLATE_NOOP(
        "Problems", "Line {line}: a quoted field is not closed; the quote is kept as text."
    ),
    "csv_header_empty": QT_TRANSLATE_NOOP("Problems", "A column in the header line has no name; a name was made up."),
    "csv_header_duplicate": QT_TRANSLATE_NOOP(
        "Problems", "A column name appears twice in the header line; the second one was renamed."
    ),
    "excel_header_renamed": QT_TRANSLATE_NOOP("Problems", "Row {row}: a header cell was empty or repeated and was renamed."),
    "encoding_uncertain": QT_TRANSLATE_NOOP(
        "Problems", "The detected encoding is uncertain. Check the preview and choose the encoding if the text looks wrong."
    ),
    "encoding_replaced": QT_TRANSLATE_NOOP(
        "Problems", "Some characters could not be decoded and were replaced. Choose the encoding if the text looks wrong."
    ),
    "csv_extra_fields": QT_TRANSLATE_NOOP(
        "Problems", "Line {line}: more fields than the header; the extra values were kept in an extra column."
    ),
    "csv_missing_fields": QT_TRANSLATE_NOOP(
        "Problems", "Line {line}: fewer fields than the header; the missing values were left empty."
    ),
    "pdf_extraction_restricted": QT_TRANSLATE_NOOP(
        "Problems", "The PDF's permissions forbid copying text. It was read anyway; check that you may use it."
    ),
    "pdf_page_no_text": QT_TRANSLATE_NOOP(
        "Problems", "A page has no text layer (a scanned image) and was skipped. Run OCR on the PDF to include it."
    ),
    "pdf_page_unmapped_glyphs": QT_TRANSLATE_NOOP(
        "Problems", "A page uses a font whose characters cannot be turned into text and was skipped."
    ),
    "pdf_page_mostly_image": QT_TRANSLATE_NOOP(
        "Problems", "A page is mostly an image; text inside the image was not read. Run OCR on the PDF to include it."
    ),
    "pdf_glyphs_removed": QT_TRANSLATE_NOOP(
        "Problems", "Page {row}: characters that cannot be turned into text were removed."
    ),
    "docx_placeholders_removed": QT_TRANSLATE_NOOP("Problems", "Template tags were removed from the document."),
    "json_wrapper": QT_TRANSLATE_NOOP("Problems", "The records were read from a list inside the top-level object."),
    "json_keyed_records": QT_TRANSLATE_NOOP(
        "Problems", "The top level is an object of objects; one row was read per key, with the key in column _key."
    ),
    "zendesk_comments_invalid": QT_TRANSLATE_NOOP("Problems", "The export has no list of comments; comments were not read."),
    "ticket_row_unreadable": QT_TRANSLATE_NOOP("Problems", "Row {row}: the ticket row could not be read and was skipped."),
}


def translate_problem(problem: object) -> str:
    """Return a reader problem in the current language, else its English message."""
    code = str(getattr(problem, "code", ""))
    message = str(getattr(problem, "message", problem))
    template = PROBLEM_TEXTS.get(code)
    if template is None:
        return message
    values = {"line": getattr(problem, "line", None), "row": getattr(problem, "row", None)}
    if ("{line}" in template and values["line"] is None) or ("{row}" in template and values["row"] is None):
        return message
    return QCoreApplication.translate("Problems", template).format(**values)


def describe_problem(problem: object) -> str:
    """Return a reader problem translated by code, followed by the core's English detail.

    The English detail names the file, line, column and values, which the translated
    sentence leaves out; in the English window the detail alone is shown.
    """
    message = str(getattr(problem, "message", problem))
    translated = translate_problem(problem)
    code = str(getattr(problem, "code", ""))
    template = PROBLEM_TEXTS.get(code)
    if translated == message or template is None or QCoreApplication.translate("Problems", template) == template:
        return message
    return f"{translated}\n    ({message})"
