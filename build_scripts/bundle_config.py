"""Contents of the frozen bundle: resources, excluded modules, pruned data and binaries.

`tunedata.spec` imports this module, and `tests/test_packaging.py` checks the same lists, so
the spec and its test cannot drift apart. Only the standard library is imported here: the
test runs without PyInstaller installed.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

APP_NAME = "Tuning Data Studio"
EXECUTABLE = "tunedata-studio"
BUNDLE_ID = "com.tuningdatastudio.app"

# Resource folders and the file patterns the program loads from each. `i18n` is special:
# the `.ts` sources are compiled to `.qm` before PyInstaller runs, and only `.qm` ships.
RESOURCE_PATTERNS: dict[str, tuple[str, ...]] = {
    "catalog": ("*.json", "*.toml", "*.yaml", "*.yml", "*.csv"),
    "icons": ("*.png", "*.svg", "*.ico", "*.icns"),
    "samples": ("*.csv", "*.xlsx", "*.jsonl", "*.json", "*.txt", "*.md", "*.toml"),
}

# Python modules the product never imports. PyInstaller follows optional imports of
# installed packages (polars -> pandas/pyarrow, matplotlib -> tkinter, PySide6 ->
# every Qt module a hook names), so each is cut here.
QT_EXCLUDES = [
    "PySide6.Qt3DAnimation", "PySide6.Qt3DCore", "PySide6.Qt3DExtras", "PySide6.Qt3DInput",
    "PySide6.Qt3DLogic", "PySide6.Qt3DRender",
    "PySide6.QtBluetooth", "PySide6.QtCharts", "PySide6.QtConcurrent", "PySide6.QtDataVisualization",
    "PySide6.QtDesigner", "PySide6.QtGraphs", "PySide6.QtGraphsWidgets", "PySide6.QtHelp",
    "PySide6.QtHttpServer", "PySide6.QtLabsStyleKit", "PySide6.QtLocation",
    "PySide6.QtMultimedia", "PySide6.QtMultimediaWidgets", "PySide6.QtNetwork", "PySide6.QtNetworkAuth",
    "PySide6.QtNfc", "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtPdf", "PySide6.QtPdfWidgets",
    "PySide6.QtPositioning", "PySide6.QtPrintSupport", "PySide6.QtQml", "PySide6.QtQmlFeatures",
    "PySide6.QtQuick", "PySide6.QtQuick3D", "PySide6.QtQuickControls2", "PySide6.QtQuickTest",
    "PySide6.QtQuickWidgets", "PySide6.QtRemoteObjects", "PySide6.QtScxml", "PySide6.QtSensors",
    "PySide6.QtSerialBus", "PySide6.QtSerialPort", "PySide6.QtSpatialAudio", "PySide6.QtSql",
    "PySide6.QtStateMachine", "PySide6.QtSvgWidgets", "PySide6.QtTest",
    "PySide6.QtTextToSpeech", "PySide6.QtUiTools", "PySide6.QtWebChannel", "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineQuick", "PySide6.QtWebEngineWidgets", "PySide6.QtWebSockets",
    "PySide6.QtWebView", "PySide6.QtXml", "PySide6.QtDBus", "PySide6.QtAxContainer",
    # matplotlib.backends.qt_compat imports QtSvg, so it stays. Other Qt bindings that matplotlib's qt_compat may probe for.
    "PyQt5", "PyQt6", "PySide2",
]

OTHER_EXCLUDES = [
    "tkinter", "_tkinter", "matplotlib.backends._backend_tk", "matplotlib.backends.backend_tkagg",
    "matplotlib.backends.backend_tkcairo", "matplotlib.backends.backend_webagg",
    "matplotlib.backends.backend_webagg_core", "matplotlib.backends.backend_nbagg",
    "matplotlib.backends.backend_gtk3agg", "matplotlib.backends.backend_gtk4agg",
    "matplotlib.backends.backend_wx", "matplotlib.backends.backend_wxagg",
    "matplotlib.backends.backend_macosx", "matplotlib.backends.backend_pgf",
    "matplotlib.testing", "numpy.tests", "numpy.distutils",
    # The readers use lxml.etree and lxml.html only.
    "lxml.objectify", "lxml.isoschematron",
    # Nothing in the product imports SciPy: near-duplicate clusters are found with NumPy.
    "scipy",
    "pytest", "_pytest", "pytestqt", "moto", "hypothesis", "test", "lib2to3", "idlelib",
    "IPython", "ipykernel", "jupyter_client", "notebook", "pandas", "pyarrow", "sympy",
    "networkx", "torch", "tornado", "sqlalchemy", "fsspec", "deltalake", "altair", "gevent",
    # numpy.__config__ imports yaml and polars imports IPython only when asked to print or
    # display; nothing in the product imports jinja2.
    "yaml", "jinja2",
    "setuptools", "pip", "pkg_resources", "docutils", "sphinx", "black", "mypy", "importlinter",
]

EXCLUDES = QT_EXCLUDES + OTHER_EXCLUDES

# botocore ships API models for about 400 services (26 MB). The product calls only these.
BOTOCORE_SERVICES = ("s3", "sts", "iam", "bedrock", "sso", "sso-oidc")
# Files at the top of botocore/data that botocore's loader reads for every client.
BOTOCORE_TOP_LEVEL = ("endpoints.json", "partitions.json", "sdk-default-configuration.json", "_retry.json")
# boto3's resource models. The product uses clients only, so only the small s3 model is
# kept, for code that makes an s3 resource.
BOTO3_RESOURCES = ("s3",)

# Qt shared libraries and plugins that hooks collect but the product never loads.
_QT_UNUSED_LIBRARY = re.compile(
    r"Qt6?(Quick|Qml|Pdf|Multimedia|WebEngine|3D|Designer|Help|Sql|Test|Labs|Lottie|VirtualKeyboard|"
    r"Charts|DataVisualization|Graphs|Location|Positioning|Sensors|SerialPort|Bluetooth|Nfc|"
    r"WaylandCompositor|RemoteObjects|Scxml|ShaderTools|SpatialAudio|TextToSpeech|WebSockets|"
    r"WebChannel|WebView|UiTools|StateMachine|Network|OpenGLWidgets|PrintSupport|EglFS)",
    re.IGNORECASE,
)
# Whole plugin folders: database drivers, TLS backends, embedded-device input and EGL
# full-screen integrations, print support, QML tooling.
_QT_UNUSED_PLUGIN_DIRS = frozenset({
    "designer", "qmltooling", "sqldrivers", "networkinformation", "tls", "printsupport",
    "wayland-graphics-integration-server", "egldeviceintegrations", "generic",
    "geometryloaders", "sceneparsers", "renderers", "multimedia", "position", "sensors",
    "texttospeech", "webview", "virtualkeyboard",
})
# Single plugins: platforms for framebuffers, VNC and Vulkan displays, and image formats
# the program never opens, and the GTK 3 theme, which needs the system's GTK and would
# otherwise pull cairo and pixman into the bundle. Kept platforms: xcb, wayland, offscreen, minimal (Linux),
# cocoa (macOS), windows (Windows). PNG and JPEG are read by QtGui itself or `qjpeg`.
_QT_UNUSED_PLUGINS = re.compile(
    r"(qeglfs|qlinuxfb|qminimalegl|qvnc|qvkkhrdisplay|qgtk3|qtiff|qwebp|qtga|qwbmp|qdirect2d)\b",
    re.IGNORECASE,
)
# System libraries that only the dropped GTK 3 theme and Qt Network plugins link to; with
# those plugins gone nothing in the bundle loads them.
_UNUSED_SYSTEM_LIBRARY = re.compile(
    r"^lib(cairo|cairo-gobject|pango-1\.0|pangocairo-1\.0|pangoft2-1\.0|atk-1\.0|gdk_pixbuf-2\.0|pixman-1|"
    r"thai|datrie|fribidi|graphite2|harfbuzz|gssapi_krb5|krb5|krb5support|k5crypto|com_err|keyutils)\.so"
)
# Large libraries shipped with their symbols. build_bundle.py strips these alone after the
# build. PyInstaller's own `strip` option is off because it also strips the libraries that
# auditwheel patched (numpy.libs, pillow.libs), which then fail to load with
# "ELF load command address/offset not page-aligned".
STRIP_PATTERNS = (
    "_polars_runtime_32/*.so",
    "cryptography/hazmat/bindings/*.so",
    "libpython3*.so*",
    "python3*/lib-dynload/*.so",
)


def read_version(pyproject: Path) -> str:
    """Return `[project] version` from pyproject.toml."""
    with pyproject.open("rb") as handle:
        return tomllib.load(handle)["project"]["version"]


def project_modules(root: Path) -> list[str]:
    """Return every module of the `core` and `gui` packages, as dotted names.

    Readers and command-line commands are imported by name at run time
    (`importlib.import_module`), which PyInstaller's import analysis cannot follow, so every
    project module is passed as a hidden import.
    """
    modules = []
    for package in ("core", "gui"):
        for path in sorted((root / package).rglob("*.py")):
            parts = list(path.relative_to(root).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            if "__pycache__" not in parts:
                modules.append(".".join(parts))
    return modules


def resource_datas(root: Path, qm_dir: Path) -> list[tuple[str, str]]:
    """Return PyInstaller `datas` entries, as (source file, destination folder), for `resources/`.

    `qm_dir` contains the `.qm` files compiled from `resources/i18n/*.ts`; every `.ts` must
    have its `.qm` there, so a missing compile step fails the build instead of shipping a
    program without translations.

    Raises:
        FileNotFoundError: a `.ts` file has no compiled `.qm` in `qm_dir`.
    """
    resources = root / "resources"
    datas: list[tuple[str, str]] = []
    for folder, patterns in RESOURCE_PATTERNS.items():
        for pattern in patterns:
            for path in sorted((resources / folder).rglob(pattern)):
                destination = Path("resources") / path.parent.relative_to(resources)
                datas.append((str(path), destination.as_posix()))

    for source in sorted((resources / "i18n").glob("*.ts")):
        compiled = qm_dir / f"{source.stem}.qm"
        if not compiled.is_file():
            raise FileNotFoundError(
                f"{compiled}: compiled translation not found for {source.name}; "
                "run build_scripts/build_bundle.py, which compiles it with pyside6-lrelease"
            )
        datas.append((str(compiled), "resources/i18n"))
    # .qm files committed without a .ts source ship as they are.
    for compiled in sorted((resources / "i18n").glob("*.qm")):
        if not (resources / "i18n" / f"{compiled.stem}.ts").exists():
            datas.append((str(compiled), "resources/i18n"))
    return datas


def keep_data_file(destination: str) -> bool:
    """Tell whether a collected data file, named by its path inside the bundle, ships."""
    parts = Path(destination).parts
    if len(parts) >= 3 and parts[0] == "botocore" and parts[1] == "data":
        if len(parts) == 3:
            return parts[2] in BOTOCORE_TOP_LEVEL or not parts[2].endswith(".json")
        return parts[2] in BOTOCORE_SERVICES
    if len(parts) >= 3 and parts[0] == "boto3" and parts[1] == "data":
        return parts[2] in BOTO3_RESOURCES
    if parts and parts[0] == "PySide6" and "translations" in parts:
        # Qt's own translations: keep only the languages the product ships.
        name = parts[-1]
        return not name.endswith(".qm") or bool(re.search(r"_(en|zh_CN|ja)\.qm$", name))
    if parts and parts[0] == "PySide6" and "qml" in parts:
        return False
    # On macOS each Qt library is a framework whose Info.plist is collected as data; a
    # framework whose library was dropped must not remain as a folder without code, which
    # codesign rejects.
    for part in parts:
        if part.endswith(".framework") and _QT_UNUSED_LIBRARY.search(part):
            return False
    if parts and parts[0] == "matplotlib" and "sample_data" in parts:
        return False
    if parts[:3] == ("matplotlib", "mpl-data", "fonts"):
        return _keep_matplotlib_font(parts)
    return True


def _keep_matplotlib_font(parts: tuple[str, ...]) -> bool:
    """Keep DejaVu Sans and Sans Mono, matplotlib's default fonts, and the last-resort font.

    AFM and PDF core fonts serve only the PostScript and PDF backends. STIX and Computer
    Modern serve only math text with non-default `mathtext.fontset` settings.
    """
    if len(parts) < 5 or parts[3] != "ttf":
        return False
    return parts[4].startswith(("DejaVuSans", "LastResort", "LICENSE"))


def keep_binary(destination: str) -> bool:
    """Tell whether a collected shared library, named by its path inside the bundle, ships."""
    path = Path(destination)
    parts = path.parts
    if "plugins" in parts[:-1]:
        plugin_dir = parts[parts.index("plugins") + 1]
        if plugin_dir in _QT_UNUSED_PLUGIN_DIRS or _QT_UNUSED_PLUGINS.search(path.name):
            return False
    if len(parts) == 1 and _UNUSED_SYSTEM_LIBRARY.match(path.name):
        return False
    if (parts and parts[0] == "PySide6") or path.name.lower().startswith(("libqt6", "qt6")):
        return not _QT_UNUSED_LIBRARY.search(path.name)
    return True
