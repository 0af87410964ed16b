"""The core must import and run without Qt, so the command line and servers never need it."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_BLOCK_QT_AND_IMPORT_CORE = """
import importlib, pkgutil, sys

class BlockQt:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6", "gui"):
            raise ImportError(f"core imported {name}")
        return None

sys.meta_path.insert(0, BlockQt())
import core
names = [m.name for m in pkgutil.walk_packages(core.__path__, "core.") if not m.name.endswith("__main__")]
for name in names:
    importlib.import_module(name)
print(len(names))
"""


def test_every_core_module_imports_without_qt() -> None:
    completed = subprocess.run(
        [sys.executable, "-c", _BLOCK_QT_AND_IMPORT_CORE], cwd=ROOT, capture_output=True, text=True
    )

    assert completed.stderr == ""
    assert completed.returncode == 0
    assert int(completed.stdout) > 30


def test_import_contracts_hold() -> None:
    """import-linter checks the contracts in pyproject.toml over the whole import graph."""
    command = shutil.which("lint-imports")
    assert command is not None, "lint-imports not found; install the test extra: pip install -e '.[test]'"
    completed = subprocess.run([command], cwd=ROOT, capture_output=True, text=True)

    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert "0 broken" in completed.stdout
