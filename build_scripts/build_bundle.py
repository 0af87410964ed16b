"""Build the frozen one-folder program: compile translations, then run PyInstaller on the spec.

Usage: python build_scripts/build_bundle.py [--clean]

The per-platform scripts (build_linux.sh, build_macos.sh, build_windows.ps1) call this
first and then wrap `dist/tunedata-studio` (or `dist/Tuning Data Studio.app`) in an
installer. Output: `dist/`; intermediate files: `build/`.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import bundle_config

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "build_scripts" / "tunedata.spec"
QM_DIR = ROOT / "build" / "i18n"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"


def compile_translations(qm_dir: Path = QM_DIR) -> list[Path]:
    """Compile every `resources/i18n/*.ts` to `.qm` in `qm_dir` with pyside6-lrelease."""
    lrelease = shutil.which("pyside6-lrelease")
    if lrelease is None:
        raise SystemExit("pyside6-lrelease not found on PATH; install PySide6 (pip install -e .) and retry")
    qm_dir.mkdir(parents=True, exist_ok=True)
    compiled = []
    for source in sorted((ROOT / "resources" / "i18n").glob("*.ts")):
        target = qm_dir / f"{source.stem}.qm"
        subprocess.run([lrelease, "-silent", str(source), "-qm", str(target)], check=True)
        if not target.is_file() or target.stat().st_size == 0:
            raise SystemExit(f"{source}: pyside6-lrelease wrote no translation to {target}")
        compiled.append(target)
    return compiled


def strip_libraries(bundle: Path) -> int:
    """Strip debug symbols from the large unstripped libraries listed in bundle_config; Linux only.

    Returns the number of bytes saved.
    """
    if not sys.platform.startswith("linux"):
        return 0
    strip = shutil.which("strip")
    if strip is None:
        raise SystemExit("strip not found on PATH; install binutils (apt-get install binutils) and retry")
    saved = 0
    for pattern in bundle_config.STRIP_PATTERNS:
        for library in sorted((bundle / "_internal").glob(pattern)):
            before = library.stat().st_size
            subprocess.run([strip, "--strip-unneeded", str(library)], check=True)
            saved += before - library.stat().st_size
    return saved


def remove_dangling_symlinks(bundle: Path) -> int:
    """Delete symlinks whose target was filtered out of the bundle; return how many."""
    dangling = [path for path in bundle.rglob("*") if path.is_symlink() and not path.exists()]
    for path in dangling:
        path.unlink()
    return len(dangling)


def folder_size(path: Path) -> int:
    """Return the total size in bytes of the regular files below `path`."""
    return sum(entry.stat().st_size for entry in path.rglob("*") if entry.is_file() and not entry.is_symlink())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clean", action="store_true", help="remove PyInstaller's cache before building")
    args = parser.parse_args()

    started = time.monotonic()
    compiled = compile_translations()
    print(f"compiled {len(compiled)} translation(s) into {QM_DIR}")

    command = [
        sys.executable, "-m", "PyInstaller", str(SPEC),
        "--noconfirm", "--log-level", "WARN",
        "--distpath", str(DIST), "--workpath", str(WORK),
    ]
    if args.clean:
        command.append("--clean")
    env = dict(os.environ, TUNEDATA_QM_DIR=str(QM_DIR))
    subprocess.run(command, check=True, cwd=ROOT, env=env)

    bundle = DIST / bundle_config.EXECUTABLE
    removed = remove_dangling_symlinks(bundle)
    if removed:
        print(f"removed {removed} symlinks to libraries left out of the bundle")
    saved = strip_libraries(bundle)
    if saved:
        print(f"stripped {saved / 1e6:.0f} MB of symbols")
    elapsed = time.monotonic() - started
    print(f"built {bundle} in {elapsed:.0f} s, {folder_size(bundle) / 1e6:.0f} MB unpacked")
    return 0


if __name__ == "__main__":
    sys.exit(main())
