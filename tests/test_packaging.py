"""The PyInstaller spec and the installer scripts, checked without running PyInstaller.

The spec is executed with stand-ins for PyInstaller's `Analysis`, `PYZ`, `EXE`, `COLLECT`
and `BUNDLE` that record their arguments, so these tests see exactly what the spec requests
from PyInstaller. The real bundle is built and self-tested by build_scripts/ci_bundle_check.sh.
"""

from __future__ import annotations

import importlib.util
import re
import sys
import tomllib
from pathlib import Path
from types import ModuleType, SimpleNamespace

import pytest

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "build_scripts" / "tunedata.spec"
RESOURCES = ROOT / "resources"


def _load_bundle_config() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bundle_config", ROOT / "build_scripts" / "bundle_config.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bundle_config = _load_bundle_config()


class _Recorder:
    """Record the positional and keyword arguments one PyInstaller class was called with."""

    calls: dict[str, SimpleNamespace] = {}

    def __init__(self, *args, **kwargs):
        self.args = args
        self.kwargs = kwargs
        _Recorder.calls[type(self).__name__] = SimpleNamespace(args=args, kwargs=kwargs)


class Analysis(_Recorder):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # PyInstaller turns `datas` into (destination file, source, type) TOC entries.
        self.datas = [
            (str(Path(destination) / Path(source).name), source, "DATA") for source, destination in kwargs["datas"]
        ]
        self.binaries = []
        self.pure = []
        self.scripts = []


class PYZ(_Recorder):
    pass


class EXE(_Recorder):
    pass


class COLLECT(_Recorder):
    pass


class BUNDLE(_Recorder):
    pass


@pytest.fixture(scope="module")
def qm_dir(tmp_path_factory) -> Path:
    """A folder with one placeholder `.qm` per `.ts`, as build_bundle.py would compile."""
    folder = tmp_path_factory.mktemp("qm")
    for source in (RESOURCES / "i18n").glob("*.ts"):
        (folder / f"{source.stem}.qm").write_bytes(b"placeholder")
    return folder


@pytest.fixture(scope="module")
def spec_calls(qm_dir, tmp_path_factory, monkeypatch_module) -> dict[str, SimpleNamespace]:
    """Execute the spec with recording stand-ins and return each class's call."""
    monkeypatch_module.setenv("TUNEDATA_QM_DIR", str(qm_dir))
    _Recorder.calls = {}
    namespace = {
        "__file__": str(SPEC),
        "SPEC": str(SPEC),
        "SPECPATH": str(SPEC.parent),
        "DISTPATH": str(tmp_path_factory.mktemp("dist")),
        "workpath": str(tmp_path_factory.mktemp("work")),
        "Analysis": Analysis, "PYZ": PYZ, "EXE": EXE, "COLLECT": COLLECT, "BUNDLE": BUNDLE,
    }
    saved_path = list(sys.path)
    try:
        exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    finally:
        sys.path[:] = saved_path
    return dict(_Recorder.calls)


@pytest.fixture(scope="module")
def monkeypatch_module():
    patcher = pytest.MonkeyPatch()
    yield patcher
    patcher.undo()


def _shipped_destinations(spec_calls) -> set[str]:
    return {
        (Path(destination) / Path(source).name).as_posix()
        for source, destination in spec_calls["Analysis"].kwargs["datas"]
    }


def _loaded_resource_files() -> list[Path]:
    """Every file under resources/ that the program reads at run time."""
    files = []
    for path in sorted(RESOURCES.rglob("*")):
        if not path.is_file() or path.suffix == ".ts":
            continue
        if path.name == "README.md" or path.suffix == ".qm":
            continue  # notes for maintainers; .qm files are build output, not sources
        files.append(path)
    return files


def test_spec_ships_every_loaded_resource(spec_calls):
    shipped = _shipped_destinations(spec_calls)
    missing = [
        path.relative_to(ROOT).as_posix()
        for path in _loaded_resource_files()
        if path.relative_to(ROOT).as_posix() not in shipped
    ]
    assert missing == []


def test_spec_ships_compiled_translation_per_ts(spec_calls):
    shipped = _shipped_destinations(spec_calls)
    sources = sorted((RESOURCES / "i18n").glob("*.ts"))
    assert sources, "resources/i18n has no .ts files"
    missing = [f"resources/i18n/{ts.stem}.qm" for ts in sources if f"resources/i18n/{ts.stem}.qm" not in shipped]
    assert missing == []


def test_spec_ships_no_translation_sources(spec_calls):
    shipped = _shipped_destinations(spec_calls)
    assert [name for name in shipped if name.endswith(".ts")] == []


def test_spec_ships_catalog_icon_and_sample(spec_calls):
    shipped = _shipped_destinations(spec_calls)
    assert "resources/catalog/models.toml" in shipped
    assert "resources/icons/app.png" in shipped
    assert "resources/samples/faq_sample.csv" in shipped


def test_missing_qm_fails_the_build(tmp_path):
    with pytest.raises(FileNotFoundError, match=r"compiled translation not found for \w+\.ts"):
        bundle_config.resource_datas(ROOT, tmp_path)


def test_spec_version_matches_pyproject(spec_calls):
    with (ROOT / "pyproject.toml").open("rb") as handle:
        expected = tomllib.load(handle)["project"]["version"]
    namespace_version = bundle_config.read_version(ROOT / "pyproject.toml")
    assert namespace_version == expected
    if "BUNDLE" in spec_calls:  # built only when the spec runs on macOS
        assert spec_calls["BUNDLE"].kwargs["version"] == expected
        assert spec_calls["BUNDLE"].kwargs["info_plist"]["CFBundleShortVersionString"] == expected


def test_spec_reads_version_from_pyproject():
    text = SPEC.read_text(encoding="utf-8")
    assert 'VERSION = cfg.read_version(ROOT / "pyproject.toml")' in text
    assert not re.search(r"""VERSION\s*=\s*["']\d""", text), "the spec hard-codes a version"


@pytest.mark.parametrize(
    "module",
    [
        "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.Qt3DCore", "PySide6.Qt3DRender",
        "PySide6.QtQuick", "PySide6.QtQml", "PySide6.QtMultimedia", "PySide6.QtPdf", "PySide6.QtCharts",
        "PySide6.QtDesigner", "PySide6.QtNetwork", "PySide6.QtSql", "tkinter", "pytest", "moto",
    ],
)
def test_spec_excludes_unused_module(spec_calls, module):
    assert module in spec_calls["Analysis"].kwargs["excludes"]


@pytest.mark.parametrize("module", ["PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtSvg"])
def test_spec_keeps_used_qt_module(spec_calls, module):
    # matplotlib.backends.qt_compat imports QtSvg along with the three widget modules.
    assert module not in spec_calls["Analysis"].kwargs["excludes"]


def test_spec_collects_only_qtagg_backend(spec_calls):
    assert spec_calls["Analysis"].kwargs["hooksconfig"]["matplotlib"] == {"backends": ["QtAgg"]}


def test_spec_builds_windowed_one_folder(spec_calls):
    assert spec_calls["EXE"].kwargs["console"] is False
    assert spec_calls["EXE"].kwargs["exclude_binaries"] is True
    assert spec_calls["COLLECT"].kwargs["name"] == "tunedata-studio"


def test_spec_hidden_imports_cover_dynamic_readers(spec_calls):
    hidden = spec_calls["Analysis"].kwargs["hiddenimports"]
    readers = sorted(
        f"core.readers.{path.stem}" for path in (ROOT / "core" / "readers").glob("*.py") if path.stem != "__init__"
    )
    assert [module for module in readers if module not in hidden] == []
    assert "gui.selftest" in hidden


@pytest.mark.parametrize(
    "destination",
    [
        "botocore/data/endpoints.json",
        "botocore/data/partitions.json",
        "botocore/data/sdk-default-configuration.json",
        "botocore/data/_retry.json",
        "botocore/data/s3/2006-03-01/service-2.json.gz",
        "botocore/data/sts/2011-06-15/endpoint-rule-set-1.json.gz",
        "botocore/data/bedrock/2023-04-20/service-2.json.gz",
        "botocore/data/sso-oidc/2019-06-10/service-2.json.gz",
        "botocore/data/iam/2010-05-08/paginators-1.json",
        "boto3/data/s3/2006-03-01/resources-1.json",
        "matplotlib/mpl-data/matplotlibrc",
        "matplotlib/mpl-data/fonts/ttf/DejaVuSans.ttf",
        "matplotlib/mpl-data/fonts/ttf/DejaVuSansMono-Bold.ttf",
        "matplotlib/mpl-data/images/home.png",
        "PySide6/Qt/translations/qtbase_ja.qm",
        "PySide6/Qt/translations/qtbase_zh_CN.qm",
        "PySide6/Qt/lib/QtCore.framework/Resources/Info.plist",
    ],
)
def test_data_filter_keeps(destination):
    assert bundle_config.keep_data_file(destination) is True


@pytest.mark.parametrize(
    "destination",
    [
        "botocore/data/ec2/2016-11-15/service-2.json.gz",
        "botocore/data/sagemaker/2017-07-24/service-2.json.gz",
        "boto3/data/ec2/2016-11-15/resources-1.json",
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/Qt/qml/QtQuick/qmldir",
        "matplotlib/mpl-data/fonts/ttf/STIXGeneral.ttf",
        "matplotlib/mpl-data/fonts/ttf/cmr10.ttf",
        "matplotlib/mpl-data/fonts/afm/pagd8a.afm",
        "matplotlib/mpl-data/sample_data/goog.npz",
        "PySide6/Qt/lib/QtNetwork.framework/Resources/Info.plist",
    ],
)
def test_data_filter_drops(destination):
    assert bundle_config.keep_data_file(destination) is False


@pytest.mark.parametrize(
    "destination",
    [
        "PySide6/Qt/lib/libQt6Core.so.6",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "PySide6/Qt/lib/libQt6Svg.so.6",
        "PySide6/Qt/lib/libQt6DBus.so.6",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/platforms/qwindows.dll",
        "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
        "PySide6/Qt/plugins/imageformats/libqjpeg.so",
        "PySide6/QtWidgets.abi3.so",
        "_polars_runtime_32/_polars_runtime.abi3.so",
        "libfreetype.so.6",
        "libfontconfig.so.1",
        "PySide6/Qt6Core.dll",
        "PySide6/plugins/platforms/qwindows.dll",
        "PySide6/Qt/lib/QtWidgets.framework/Versions/A/QtWidgets",
    ],
)
def test_binary_filter_keeps(destination):
    assert bundle_config.keep_binary(destination) is True


@pytest.mark.parametrize(
    "destination",
    [
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "PySide6/Qt/lib/libQt6Qml.so.6",
        "PySide6/Qt/lib/libQt6Network.so.6",
        "PySide6/Qt/lib/libQt6Pdf.so.6",
        "PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/platforms/libqvnc.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/sqldrivers/libqsqlite.so",
        "PySide6/Qt/plugins/tls/libqopensslbackend.so",
        "PySide6/Qt/plugins/imageformats/libqtiff.so",
        "PySide6/QtNetwork.abi3.so",
        "libcairo.so.2",
        "libgssapi_krb5.so.2",
        "Qt6Quick.dll",
        "PySide6/Qt6Network.dll",
        "PySide6/Qt/lib/QtQuick.framework/Versions/A/QtQuick",
    ],
)
def test_binary_filter_drops(destination):
    assert bundle_config.keep_binary(destination) is False


def test_build_requirements_pin_pyinstaller():
    lines = (ROOT / "build_scripts" / "requirements-build.txt").read_text(encoding="utf-8").splitlines()
    pins = [line for line in lines if line.startswith("pyinstaller==")]
    assert len(pins) == 1
    assert re.fullmatch(r"pyinstaller==\d+\.\d+\.\d+", pins[0])


def test_inno_setup_installs_per_user():
    script = (ROOT / "build_scripts" / "windows" / "tunedata.iss").read_text(encoding="utf-8")
    assert re.search(r"^PrivilegesRequired=lowest$", script, re.MULTILINE)
    assert re.search(r"^DefaultDirName=\{autopf\}", script, re.MULTILINE)
    assert re.search(r'^Name: "\{autoprograms\}', script, re.MULTILINE)


def test_desktop_entry_fields():
    entry = (ROOT / "build_scripts" / "linux" / "tunedata-studio.desktop").read_text(encoding="utf-8")
    fields = dict(line.split("=", 1) for line in entry.splitlines() if "=" in line and "[" not in line.split("=")[0])
    assert fields["Type"] == "Application"
    assert fields["Exec"] == "@EXEC@ %F"
    assert fields["Icon"] == "@ICON@"
    assert fields["Terminal"] == "false"


# --- the self-test itself, run from the source checkout ---


@pytest.fixture
def user_dirs(tmp_path, monkeypatch) -> Path:
    """Point the user's log and cache folders (platformdirs reads XDG_*) into `tmp_path`."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path


SELF_TEST_CHECKS = (
    "Qt offscreen", "window modules", "chart rendering", "model catalog", "translations",
    "AWS service models", "sample conversion",
)


@pytest.mark.slow
def test_self_test_passes_from_source(user_dirs, qapp, capsys):
    import platformdirs

    from gui.selftest import run_self_test

    assert run_self_test() == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line for line in lines if line.startswith("ERROR")] == []
    for name in SELF_TEST_CHECKS:
        assert any(line.startswith(f"ok: {name}: ") for line in lines), name
    assert "self-test passed" in lines
    log_file = Path(platformdirs.user_log_dir("TuningDataStudio")) / "selftest.log"
    assert log_file.is_relative_to(user_dirs)
    assert "sample conversion: ok" in log_file.read_text(encoding="utf-8")


@pytest.mark.slow
def test_self_test_reports_missing_sample(user_dirs, qapp, capsys, monkeypatch):
    import gui.selftest

    monkeypatch.setattr(gui.selftest, "SAMPLE_NAME", "missing.csv")
    assert gui.selftest.run_self_test() == 1
    lines = capsys.readouterr().out.splitlines()
    errors = [line for line in lines if line.startswith("ERROR")]
    assert len(errors) == 1
    assert errors[0].startswith("ERROR: sample conversion: ")
    assert errors[0].endswith("missing.csv: bundled sample not found")
    assert "self-test failed: 1 check(s)" in lines


def test_self_test_counts_identity_broken():
    from gui.selftest import _check_counts

    report = {"counts": {"rows_read": 10, "train": 6, "validation": 1, "rejected": 1, "duplicates": 1}}
    assert _check_counts(report) == [
        "report.json: rows_read 10 differs from train + validation + rejected + duplicates = 9"
    ]


def test_self_test_counts_identity_holds():
    from gui.selftest import _check_counts

    report = {"counts": {"rows_read": 10, "train": 7, "validation": 1, "rejected": 1, "duplicates": 1}}
    assert _check_counts(report) == []


def test_self_test_counts_missing_names():
    from gui.selftest import _check_counts

    assert _check_counts({"counts": {"rows_read": 3, "train": 3}}) == [
        "report.json: counts validation, rejected, duplicates missing"
    ]


def test_self_test_rejects_invalid_jsonl(tmp_path):
    from gui.selftest import SelfTestFailure, _verify_output

    (tmp_path / "train.jsonl").write_text('{"prompt": "a", "completion": "b"}\n{"prompt": \n[1, 2]\n', encoding="utf-8")
    (tmp_path / "report.json").write_text(
        '{"counts": {"rows_read": 3, "train": 3, "validation": 0, "rejected": 0, "duplicates": 0}}',
        encoding="utf-8",
    )
    with pytest.raises(SelfTestFailure) as failure:
        _verify_output(tmp_path)
    message = str(failure.value)
    assert "train.jsonl line 2: not valid JSON" in message
    assert "train.jsonl line 3: a JSON list, expected an object" in message
