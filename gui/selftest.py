"""`tunedata-studio --self-test`: check that an installed or frozen program works, without a window.

The self-test starts Qt offscreen, imports the window's modules, draws a chart with
matplotlib's QtAgg backend, loads the model catalog, every bundled translation and the
botocore models of the AWS services the product calls, then converts the bundled sample
to `.jsonl` in a temporary folder through the real pipeline and checks the result. It
prints one `ERROR: ...` line per failed check and returns 1, or prints `self-test passed`
and returns 0. The same lines go to `selftest.log` in the user's log folder, because a
windowed program on Windows has no console to print to."""

from __future__ import annotations

import csv
import json
import logging
import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

import platformdirs

from core.paths import resources_dir

LOG_DIR_NAME = "TuningDataStudio"
SAMPLE_NAME = "faq_sample.csv"
# AWS services the product calls; the bundle keeps botocore's models for these alone
# (BOTOCORE_SERVICES in build_scripts/bundle_config.py), so each model must still load.
AWS_SERVICES = ("s3", "sts", "iam", "bedrock", "sso", "sso-oidc")

log = logging.getLogger("tunedata.selftest")


class SelfTestFailure(Exception):
    """One failed check, with a message for the `ERROR:` line."""


def run_self_test() -> int:
    """Run every check and return the process exit code: 0 when all passed, else 1."""
    root = logging.getLogger()
    previous_level = root.level
    handler, log_file = _open_log_file()
    if handler is not None:
        root.addHandler(handler)
        root.setLevel(logging.INFO)
    try:
        failures = _run_checks()
    finally:
        if handler is not None:
            root.removeHandler(handler)
            handler.close()
            root.setLevel(previous_level)

    for failure in failures:
        _emit(f"ERROR: {failure}")
    _emit("self-test passed" if not failures else f"self-test failed: {len(failures)} check(s)")
    if log_file is not None:
        _emit(f"log: {log_file}")
    return 1 if failures else 0


def _run_checks() -> list[str]:
    """Run each check in order and return one message per failed check."""
    log.info("self-test started: executable %s, resources %s", sys.executable, resources_dir())
    checks: list[tuple[str, Callable[[], str]]] = [
        ("Qt offscreen", _check_qt),
        ("window modules", _check_window_modules),
        ("chart rendering", _check_chart),
        ("model catalog", _check_catalog),
        ("translations", _check_translations),
        ("AWS service models", _check_aws_models),
        ("sample conversion", _check_conversion),
        ("near-duplicate detection", _check_near_duplicates),
    ]
    failures: list[str] = []
    for name, check in checks:
        try:
            detail = check()
        except SelfTestFailure as exc:
            failures.append(f"{name}: {exc}")
        except Exception as exc:  # noqa: BLE001 - the self-test reports every failure, never crashes
            log.error("%s: unexpected error\n%s", name, traceback.format_exc())
            failures.append(f"{name}: unexpected {type(exc).__name__}: {exc}")
        else:
            log.info("%s: ok (%s)", name, detail)
            _emit(f"ok: {name}: {detail}")
    for failure in failures:
        log.error(failure)
    log.info("self-test finished: %d failed check(s)", len(failures))
    return failures


def _emit(line: str) -> None:
    """Print a line when the process has a console; a windowed Windows program has none."""
    if sys.stdout is not None:
        print(line, flush=True)


def _open_log_file() -> tuple[logging.Handler | None, Path | None]:
    """Open `selftest.log` in the user's log folder, replacing the previous run's file."""
    log_dir = Path(platformdirs.user_log_dir(LOG_DIR_NAME))
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(log_dir / "selftest.log", mode="w", encoding="utf-8")
    except OSError as exc:
        _emit(f"warning: failed to create the log file in {log_dir}: {exc}")
        return None, None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    return handler, log_dir / "selftest.log"


def _check_qt() -> str:
    # The platform must be chosen before the QApplication exists.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "tunedata-studio"])
    platform = app.platformName()
    if platform != "offscreen":
        raise SelfTestFailure(f"Qt started the {platform!r} platform instead of 'offscreen'")
    return f"platform {platform}"


def _check_window_modules() -> str:
    # Importing the main window pulls in every page and widget module it uses.
    import gui.main_window  # noqa: F401

    return "gui.main_window imported"


def _check_chart() -> str:
    """Draw a small bar chart with matplotlib's QtAgg backend, as the window's charts do."""
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(2, 1), dpi=50)
    axes = figure.add_subplot()
    axes.bar(["train", "validation"], [9, 1])
    canvas = FigureCanvasQTAgg(figure)
    canvas.draw()
    width, height = canvas.get_width_height()
    if width == 0 or height == 0:
        raise SelfTestFailure(f"matplotlib drew an empty {width}x{height} canvas")
    return f"{width}x{height} pixels"


def _check_catalog() -> str:
    from core.catalog import load_catalog

    catalog = load_catalog()
    if not catalog.models:
        raise SelfTestFailure(f"{resources_dir() / 'catalog'}: the model catalog lists no models")
    return f"{len(catalog.models)} models"


def _check_translations() -> str:
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    from gui.i18n import LANGUAGES, cache_dir, compile_translations, i18n_dir

    # The bundle ships compiled .qm files; a source checkout compiles them into the user's
    # cache folder, as the window does at start-up.
    folders = [i18n_dir()]
    if not getattr(sys, "frozen", False):
        compile_translations(cache_dir(), i18n_dir())
        folders.append(cache_dir())

    problems: list[str] = []
    loaded: list[str] = []
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for language in LANGUAGES:
        if language == "en":
            continue
        found = sorted({path.name: path for folder in folders for path in folder.glob(f"*_{language}.qm")}.items())
        if not found:
            problems.append(f"{i18n_dir()}: no compiled translation (*_{language}.qm) found")
        for name, path in found:
            translator = QTranslator()
            if not translator.load(str(path)):
                problems.append(f"{path}: Qt could not load this translation file")
            elif translator.isEmpty():
                problems.append(f"{path}: the translation file contains no messages")
            else:
                loaded.append(name)
        # Qt's own strings, such as the Save and Cancel buttons.
        if not QTranslator().load(QLocale(language), "qtbase", "_", qt_translations):
            problems.append(f"{qt_translations}: Qt's qtbase translation for {language} not found")
    if problems:
        raise SelfTestFailure("; ".join(problems))
    return ", ".join(loaded)


def _check_aws_models() -> str:
    """Load the botocore models a client needs for each service; nothing is sent.

    botocore's loader is used directly, not a boto3 session, so that the user's AWS
    profile settings cannot make the check fail.
    """
    from botocore.loaders import create_loader

    loader = create_loader()
    for name in ("endpoints", "partitions", "sdk-default-configuration", "_retry"):
        loader.load_data(name)
    for service in AWS_SERVICES:
        loader.load_service_model(service, "service-2")
        loader.load_service_model(service, "endpoint-rule-set-1")
    return ", ".join(AWS_SERVICES)


def _check_conversion() -> str:
    sample = resources_dir() / "samples" / SAMPLE_NAME
    if not sample.is_file():
        raise SelfTestFailure(f"{sample}: bundled sample not found")
    with tempfile.TemporaryDirectory(prefix="tunedata-selftest-") as temp:
        out_dir = Path(temp) / "output"
        result = _build_sample(sample, out_dir)
        return _verify_output(Path(result.out_dir or out_dir))


def _build_sample(sample: Path, out_dir: Path):
    from core.pipeline import build
    from core.recipe import DedupSpec, MappingSpec, OutputSpec, Recipe, SourceSpec

    prompt_column, completion_column = _qa_columns(sample)
    recipe = Recipe(
        sources=[SourceSpec(path=str(sample), format="csv")],
        mapping=MappingSpec(prompt=prompt_column, completion=completion_column),
        dedup=DedupSpec(exact=True),
        output=OutputSpec(folder=str(out_dir)),
    )
    result = build(recipe)
    errors = result.report.get("errors") or []
    if errors:
        # The bundled sample is made to be valid for the default model, so an error here
        # means the program, not the data, is broken.
        raise SelfTestFailure("the sample build reports errors: " + "; ".join(e["message"] for e in errors))
    return result


def _check_near_duplicates() -> str:
    """Run near-duplicate detection on a few texts, so its NumPy code runs in the bundle too."""
    import polars as pl

    from core.neardup import near_duplicates

    frame = pl.DataFrame({
        "id": [1, 2, 3],
        "text": ["How do I return my watch?", "How do I return my watch??", "Where is my parcel today?"],
    })
    found = near_duplicates(frame, "text", "id", threshold=0.8)
    pairs = found.filter(pl.col("duplicate_of").is_not_null()).select("id", "duplicate_of").rows()
    if pairs != [(2, 1)]:
        raise SelfTestFailure(f"near-duplicate detection found {pairs}, expected [(2, 1)]")
    return "record 2 is a near duplicate of record 1"


def _qa_columns(sample: Path) -> tuple[str, str]:
    """Return the sample's question and answer columns: named so, else the first two."""
    with sample.open(encoding="utf-8-sig", newline="") as handle:
        header = next(csv.reader(handle), [])
    lowered = {name.strip().lower(): name for name in header}
    for prompt_name, completion_name in (("question", "answer"), ("prompt", "completion")):
        if prompt_name in lowered and completion_name in lowered:
            return lowered[prompt_name], lowered[completion_name]
    if len(header) < 2:
        raise SelfTestFailure(f"{sample}: expected at least two columns, found {header!r}")
    return header[0], header[1]


def _verify_output(out_dir: Path) -> str:
    """Check the files the build wrote: every .jsonl line, train.jsonl and report.json."""
    problems: list[str] = []
    train = out_dir / "train.jsonl"
    if not train.is_file() or train.stat().st_size == 0:
        problems.append(f"{train}: missing or empty")

    lines_per_file: dict[str, int] = {}
    for path in sorted(out_dir.glob("*.jsonl")):
        count = 0
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                problems.append(f"{path.name} line {number}: not valid JSON ({exc})")
                continue
            if not isinstance(record, dict):
                problems.append(f"{path.name} line {number}: a JSON {type(record).__name__}, expected an object")
            count += 1
        lines_per_file[path.name] = count

    report_path = out_dir / "report.json"
    if not report_path.is_file():
        problems.append(f"{report_path}: missing")
    else:
        problems.extend(_check_counts(json.loads(report_path.read_text(encoding="utf-8"))))
    if problems:
        raise SelfTestFailure("; ".join(problems))
    return ", ".join(f"{name} {count} lines" for name, count in lines_per_file.items())


def _check_counts(report: dict) -> list[str]:
    """Check that every row read ended in train, validation, rejected or duplicates."""
    counts = report.get("counts", report)
    names = ("rows_read", "train", "validation", "rejected", "duplicates")
    missing = [name for name in names if not isinstance(counts.get(name), int)]
    if missing:
        return [f"report.json: counts {', '.join(missing)} missing"]
    placed = counts["train"] + counts["validation"] + counts["rejected"] + counts["duplicates"]
    if counts["rows_read"] != placed:
        return [
            f"report.json: rows_read {counts['rows_read']} differs from train + validation + "
            f"rejected + duplicates = {placed}"
        ]
    if counts["rows_read"] == 0:
        return ["report.json: rows_read is 0; the sample was not read"]
    return []
