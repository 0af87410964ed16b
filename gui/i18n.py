"""Translations: compile the `.ts` files, install them, and translate core errors.

Every user-visible string in `gui` goes through Qt's translation system. The `.ts` files
in `resources/i18n/` (`studio_*`, `review_*`, `cloud_*`, one per locale) are compiled to
`.qm` with `pyside6-lrelease`, which ships with PySide6-Essentials. The `.qm` files are
not in git: a build runs `compile_translations(resources/i18n)` once, and a source checkout
compiles at start-up into the user cache folder whenever a `.qm` is missing or older
than its `.ts`.

Core errors carry an English message plus a `code` and `params`. `translate_error()`
looks the code up in `ERROR_TEMPLATES` and formats the translated template with the
params; unknown codes, or params a template cannot use, fall back to the English message.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
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

TS_PREFIXES = ("studio", "review", "cloud")


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
    """Return where compiled translations are looked for: the bundle first, then the cache."""
    bundled = i18n_dir()
    if getattr(sys, "frozen", False):
        return [bundled]
    compile_translations(cache_dir(), bundled)
    return [bundled, cache_dir()]


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
        if self.language == "en":
            return []

        loaded: list[str] = []
        seen: set[str] = set()
        for folder in _qm_folders():
            for prefix in TS_PREFIXES:
                qm_file = folder / f"{prefix}_{self.language}.qm"
                if qm_file.name in seen or not qm_file.exists():
                    continue
                translator = QTranslator(app)
                if translator.load(str(qm_file)):
                    app.installTranslator(translator)
                    self._translators.append(translator)
                    seen.add(qm_file.name)
                    loaded.append(qm_file.name)

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
# keys of the error's `params`.
ERROR_TEMPLATES: dict[str, str] = {
    "file_not_found": QT_TRANSLATE_NOOP("Errors", "{path}: file not found. Check the path or add the file again."),
    "format_unsupported": QT_TRANSLATE_NOOP(
        "Errors", "{path}: the format “{format}” is not supported. Save the file as CSV, Excel or JSON Lines."
    ),
    "recipe_not_found": QT_TRANSLATE_NOOP("Errors", "{path}: project file not found."),
    "recipe_not_toml": QT_TRANSLATE_NOOP(
        "Errors", "{path}: this is not a valid project file ({detail}). Fix the file or save the project again."
    ),
    "recipe_invalid": QT_TRANSLATE_NOOP("Errors", "{path}: the project file has invalid values: {detail}"),
    "encoding_unknown": QT_TRANSLATE_NOOP(
        "Errors", "{path}: the text encoding could not be detected. Choose the encoding on the Sources step."
    ),
    "encoding_invalid": QT_TRANSLATE_NOOP(
        "Errors", "{path}: the file cannot be read as {encoding}. Choose another encoding on the Sources step."
    ),
    "sheet_not_found": QT_TRANSLATE_NOOP(
        "Errors", "{path}: there is no sheet named “{sheet}”. Choose one of the sheets on the Sources step."
    ),
    "column_missing": QT_TRANSLATE_NOOP(
        "Errors", "The template for {field} uses the column “{column}”, which no source has. Pick a column from the list."
    ),
    "template_empty": QT_TRANSLATE_NOOP("Errors", "The {field} field is empty. Pick a column or type a template."),
    "model_unknown": QT_TRANSLATE_NOOP("Errors", "The model “{model}” is not in the catalog. Choose another model."),
    "task_unsupported": QT_TRANSLATE_NOOP(
        "Errors", "The model “{model}” does not support {task}. Choose another model or method."
    ),
    "no_sources": QT_TRANSLATE_NOOP("Errors", "The project has no source files. Add a file on the Sources step."),
    "columns_differ": QT_TRANSLATE_NOOP(
        "Errors", "{path} has different columns from the first file. Remove it or make the columns match."
    ),
    "output_not_writable": QT_TRANSLATE_NOOP(
        "Errors", "{path}: cannot write to this folder. Choose another output folder on the Export step."
    ),
}

# Reason codes of rejected records -> translatable short descriptions.
REASON_LABELS: dict[str, str] = {
    "empty_prompt": QT_TRANSLATE_NOOP("Reasons", "Prompt is empty"),
    "empty_completion": QT_TRANSLATE_NOOP("Reasons", "Completion is empty"),
    "empty_input": QT_TRANSLATE_NOOP("Reasons", "Input text is empty"),
    "too_many_tokens": QT_TRANSLATE_NOOP("Reasons", "Too many tokens for the model"),
    "too_short": QT_TRANSLATE_NOOP("Reasons", "Shorter than the minimum length"),
    "too_long": QT_TRANSLATE_NOOP("Reasons", "Longer than the maximum length"),
    "reserved_string": QT_TRANSLATE_NOOP("Reasons", "Contains a string the model reserves"),
    "reader_reject": QT_TRANSLATE_NOOP("Reasons", "The row could not be read"),
    "non_text": QT_TRANSLATE_NOOP("Reasons", "A value is not text"),
    "excluded": QT_TRANSLATE_NOOP("Reasons", "Excluded by hand"),
    "duplicate": QT_TRANSLATE_NOOP("Reasons", "Duplicate of another record"),
    "near_duplicate": QT_TRANSLATE_NOOP("Reasons", "Near-duplicate of another record"),
    "over_max_records": QT_TRANSLATE_NOOP("Reasons", "More records than the model accepts"),
}


class _SafeParams(dict):
    def __missing__(self, key: str) -> str:
        raise KeyError(key)


def translate_error(error: TuneDataError) -> str:
    """Return the error's message in the current language, falling back to English."""
    template = ERROR_TEMPLATES.get(error.code)
    if template is None:
        return error.message
    translated = QCoreApplication.translate("Errors", template)
    try:
        return translated.format_map(_SafeParams({k: str(v) for k, v in error.params.items()}))
    except (KeyError, IndexError, ValueError):
        log.debug("template for %s does not fit its params %s", error.code, sorted(error.params))
        return error.message


def translate_reason(code: str, fallback: str = "") -> str:
    """Return the translated label of a reason code, or `fallback` (or the code) when unknown."""
    label = REASON_LABELS.get(code)
    if label is None:
        return fallback or code
    return QCoreApplication.translate("Reasons", label)


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
