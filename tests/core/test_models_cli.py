"""Tests of `tunedata models`."""

from __future__ import annotations

import json

import pytest

from core.cli import main


def test_models_table_lists_every_model(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["models"]) == 0
    lines = capsys.readouterr().out.splitlines()
    header = lines[0].split()
    assert header == ["id", "name", "provider", "task", "format", "tokens/record", "records", "regions", "status"]
    # 19 models, plus a second row each for the continued pre-training of Titan Express and Lite.
    assert len(lines) == 2 + 21


def test_models_table_row_content(capsys: pytest.CaptureFixture[str]) -> None:
    main(["models"])
    out = capsys.readouterr().out
    llama = next(line for line in out.splitlines() if line.startswith("meta.llama3-1-8b-instruct-v1:0:128k"))
    assert "Meta Llama 3.1 8B Instruct" in llama
    assert "prompt-completion" in llama
    assert "16,000" in llama
    assert "100-10,000" in llama
    assert "us-west-2" in llama
    assert llama.rstrip().endswith("active")


def test_models_table_shows_status_and_split_limits(capsys: pytest.CaptureFixture[str]) -> None:
    main(["models"])
    rows = capsys.readouterr().out.splitlines()
    claude = next(line for line in rows if line.startswith("anthropic.claude-3-haiku"))
    cohere = next(line for line in rows if line.startswith("cohere.command-text-v14:7:4k"))
    titan_cpt = [line for line in rows if line.startswith("amazon.titan-text-express") and "cpt-input" in line]
    assert claude.rstrip().endswith("legacy")
    assert "32-10,000" in claude
    assert "in 4,096 / out 2,048" in cohere
    assert cohere.rstrip().endswith("retired")
    assert len(titan_cpt) == 1
    assert "continued-pretraining (unavailable)" in titan_cpt[0]


def test_models_json_is_list_of_objects(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["models", "--json"]) == 0
    models = json.loads(capsys.readouterr().out)
    assert isinstance(models, list)
    assert len(models) == 19
    nova = models[0]
    assert nova["id"] == "amazon.nova-micro-v1:0:128k"
    assert nova["lifecycle"] == "active"
    assert nova["tasks"][0]["record_format"] == "bedrock-conversation-2024"
    assert nova["tasks"][0]["max_tokens_per_record"] == 32000
    assert nova["tasks"][0]["hyperparameters"][2]["name"] == "learningRateWarmupSteps"


def test_models_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["models", "--help"])
    assert caught.value.code == 0
    out = capsys.readouterr().out
    assert "--json" in out
    assert "record format" in out
