"""Tests of `tunedata validate`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from core.cli import main

LLAMA_31_8B = "meta.llama3-1-8b-instruct-v1:0:128k"
NOVA_MICRO = "amazon.nova-micro-v1:0:128k"


@pytest.fixture
def jsonl_dir(data_dir: Path) -> Path:
    return data_dir / "jsonl"


def test_validate_json_invalid_file(jsonl_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = jsonl_dir / "case01_train.jsonl"
    code = main(["validate", str(path), "--model", LLAMA_31_8B, "--json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 1
    assert list(data) == ["file", "model", "task", "records", "problems", "valid"]
    assert (data["file"], data["model"], data["task"], data["records"], data["valid"]) == (
        str(path), LLAMA_31_8B, "fine-tuning", 5, False,
    )
    assert [(p["line"], p["code"], p["severity"]) for p in data["problems"]] == [
        (1, "utf8_bom", "error"),
        (2, "extra_key", "warning"),
        (3, "not_a_string", "error"),
        (4, "blank_line", "error"),
        (5, "key_wrong_case", "error"),
        (5, "key_wrong_case", "error"),
        (None, "too_few_records", "error"),
    ]


def test_validate_valid_file_exits_zero(jsonl_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["validate", str(jsonl_dir / "uber10K.jsonl"), "--model", LLAMA_31_8B])
    out = capsys.readouterr().out
    assert code == 0
    assert out == f"{jsonl_dir / 'uber10K.jsonl'}: 200 records, 0 errors, 0 warnings; valid for Meta Llama 3.1 8B Instruct (fine-tuning)\n"


def test_validate_warnings_still_valid(jsonl_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["validate", str(jsonl_dir / "formatted_test_ft.jsonl"), "--model", NOVA_MICRO, "--json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 0
    assert data["valid"] is True
    assert len(data["problems"]) == 120


def test_validate_text_lists_problems(jsonl_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["validate", str(jsonl_dir / "case01_train.jsonl"), "--model", LLAMA_31_8B])
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].endswith("5 records, 6 errors, 1 warning; NOT valid for Meta Llama 3.1 8B Instruct (fine-tuning)")
    assert lines[5].split()[:2] == ["error", "key_wrong_case"]
    assert lines[5].endswith("line 5: found Prompt; the key must be lower-case prompt")
    assert len(lines) == 8


def test_validate_cpt_task(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "cpt.jsonl"
    path.write_text('{"input": "A document."}\n', encoding="utf-8")
    code = main(["validate", str(path), "--model", "amazon.titan-text-lite-v1:0:4k",
                 "--task", "continued-pretraining", "--json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 0
    assert data["task"] == "continued-pretraining"
    assert [p["code"] for p in data["problems"]] == ["model_not_active", "task_unavailable"]


def test_validate_missing_file_exits_two(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nope.jsonl"
    code = main(["validate", str(missing), "--model", LLAMA_31_8B])
    captured = capsys.readouterr()
    assert code == 2
    assert captured.out == ""
    assert captured.err == f"error: {missing}: file not found; check the path\n"


def test_validate_unknown_model_exits_two(jsonl_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["validate", str(jsonl_dir / "uber10K.jsonl"), "--model", "meta.llama3-1-8b"])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("error: unknown model 'meta.llama3-1-8b'; did you mean meta.llama3-1-8b-instruct-v1:0:128k")
    assert "Traceback" not in err


def test_validate_unsupported_task_exits_two(jsonl_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["validate", str(jsonl_dir / "uber10K.jsonl"), "--model", LLAMA_31_8B, "--task", "continued-pretraining"])
    assert code == 2
    assert "does not support continued-pretraining" in capsys.readouterr().err


def test_validate_requires_model(jsonl_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["validate", str(jsonl_dir / "uber10K.jsonl")])
    assert caught.value.code == 2
    assert "--model" in capsys.readouterr().err


def test_validate_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["validate", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert caught.value.code == 0
    assert "--task {fine-tuning,continued-pretraining}" in out
    assert "Exit status: 0 valid (warnings allowed), 1 not valid for the model, 2 usage or file error" in out


def test_validate_as_process_prints_no_traceback(tmp_path: Path) -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "core", "validate", str(tmp_path / "nope.jsonl"), "--model", "x.y"],
        capture_output=True, text=True, check=False,
    )
    assert completed.returncode == 2
    assert completed.stdout == ""
    assert "Traceback" not in completed.stderr
    assert completed.stderr.startswith("error: unknown model 'x.y'")
