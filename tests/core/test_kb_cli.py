"""`tunedata kb-export` on real documents."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.cli import main

DOCUMENTS = Path(__file__).resolve().parent.parent / "data" / "documents"


def test_kb_export_writes_documents_and_sidecars(tmp_path: Path) -> None:
    out = tmp_path / "kb"
    code = main(["kb-export", str(DOCUMENTS / "appi-law.md"), "--out", str(out),
                 "--attribute", "department=legal", "--attribute", "year=2013"])

    assert code == 0
    assert (out / "appi-law.md").read_text(encoding="utf-8").strip() != ""
    sidecar = json.loads((out / "appi-law.md.metadata.json").read_text(encoding="utf-8"))
    assert sidecar["metadataAttributes"]["department"]["value"] == {"type": "STRING", "stringValue": "legal"}
    assert sidecar["metadataAttributes"]["year"]["value"] == {"type": "NUMBER", "numberValue": 2013}


def test_kb_export_rejects_malformed_attribute(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["kb-export", str(DOCUMENTS / "appi-law.md"), "--out", str(tmp_path / "kb"), "--attribute", "legal"])

    assert code == 2
    assert "--attribute 'legal' is not KEY=VALUE" in capsys.readouterr().err
