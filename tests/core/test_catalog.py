"""Tests of the Bedrock model catalog file and its loader."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.catalog import (
    Catalog,
    Lifecycle,
    RecordFormat,
    format_number,
    load_catalog,
    parse_catalog,
    validate_hyperparameters,
)
from core.errors import CatalogError, UsageError
from core.recipe import Task

NOVA_MICRO = "amazon.nova-micro-v1:0:128k"
LLAMA_31_8B = "meta.llama3-1-8b-instruct-v1:0:128k"
CLAUDE_HAIKU = "anthropic.claude-3-haiku-20240307-v1:0:200k"
TITAN_EXPRESS = "amazon.titan-text-express-v1:0:8k"

# Every model of the reference table, with its fine-tuning record format and lifecycle.
EXPECTED_MODELS = {
    "amazon.nova-micro-v1:0:128k": (RecordFormat.CONVERSE, Lifecycle.ACTIVE),
    "amazon.nova-lite-v1:0:300k": (RecordFormat.CONVERSE, Lifecycle.ACTIVE),
    "amazon.nova-pro-v1:0:300k": (RecordFormat.CONVERSE, Lifecycle.ACTIVE),
    "amazon.nova-2-lite-v1:0:256k": (RecordFormat.CONVERSE, Lifecycle.ACTIVE),
    "meta.llama3-1-8b-instruct-v1:0:128k": (RecordFormat.PROMPT_COMPLETION, Lifecycle.ACTIVE),
    "meta.llama3-1-70b-instruct-v1:0:128k": (RecordFormat.PROMPT_COMPLETION, Lifecycle.ACTIVE),
    "meta.llama3-2-1b-instruct-v1:0:128k": (RecordFormat.CONVERSE, Lifecycle.ACTIVE),
    "meta.llama3-2-3b-instruct-v1:0:128k": (RecordFormat.CONVERSE, Lifecycle.ACTIVE),
    "meta.llama3-2-11b-instruct-v1:0:128k": (RecordFormat.CONVERSE, Lifecycle.ACTIVE),
    "meta.llama3-2-90b-instruct-v1:0:128k": (RecordFormat.CONVERSE, Lifecycle.ACTIVE),
    "meta.llama3-3-70b-instruct-v1:0:128k": (RecordFormat.CONVERSE, Lifecycle.ACTIVE),
    "anthropic.claude-3-haiku-20240307-v1:0:200k": (RecordFormat.CLAUDE_CHAT, Lifecycle.LEGACY),
    "amazon.titan-text-express-v1:0:8k": (RecordFormat.PROMPT_COMPLETION, Lifecycle.RETIRED),
    "amazon.titan-text-lite-v1:0:4k": (RecordFormat.PROMPT_COMPLETION, Lifecycle.RETIRED),
    "amazon.titan-text-premier-v1:0:32k": (RecordFormat.PROMPT_COMPLETION, Lifecycle.RETIRED),
    "cohere.command-text-v14:7:4k": (RecordFormat.PROMPT_COMPLETION, Lifecycle.RETIRED),
    "cohere.command-light-text-v14:7:4k": (RecordFormat.PROMPT_COMPLETION, Lifecycle.RETIRED),
    "meta.llama2-13b-v1:0:4k": (RecordFormat.PROMPT_COMPLETION, Lifecycle.RETIRED),
    "meta.llama2-70b-v1:0:4k": (RecordFormat.PROMPT_COMPLETION, Lifecycle.RETIRED),
}


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


def test_catalog_lists_exactly_the_reference_models(catalog: Catalog) -> None:
    assert [model.id for model in catalog.models] == list(EXPECTED_MODELS)


@pytest.mark.parametrize(("model_id", "expected"), list(EXPECTED_MODELS.items()))
def test_catalog_format_and_lifecycle(catalog: Catalog, model_id: str, expected: tuple) -> None:
    model = catalog.get(model_id)
    record_format, lifecycle = expected
    assert model.task(Task.FINE_TUNING).record_format == record_format
    assert model.lifecycle == lifecycle
    assert model.lifecycle_note.startswith(lifecycle.value.capitalize() + ":")


def test_load_catalog_is_cached() -> None:
    assert load_catalog() is load_catalog()


def test_nova_micro_limits(catalog: Catalog) -> None:
    model = catalog.get(NOVA_MICRO)
    spec = model.task(Task.FINE_TUNING)
    assert model.regions == ["us-east-1"]
    assert model.text_only is True
    assert spec.max_tokens_per_record == 32000
    assert spec.min_records == 8
    assert spec.max_records == 20000
    assert spec.validation_supported is True
    assert model.reserved_strings == [
        "User:", "Bot:", "Assistant:", "System:", "<image>", "<video>", "[EOS]", "Thought:", "<unk>",
    ]


def test_nova_hyperparameters(catalog: Catalog) -> None:
    spec = catalog.get(NOVA_MICRO).task(Task.FINE_TUNING)
    warmup = spec.hyperparameter("learningRateWarmupSteps")
    learning_rate = spec.hyperparameter("learningRate")
    assert warmup is not None and (warmup.kind, warmup.min, warmup.max, warmup.default) == ("int", 0, 20, 10)
    assert learning_rate is not None
    assert (learning_rate.kind, learning_rate.min, learning_rate.max) == ("float", 1e-6, 1e-4)
    assert learning_rate.default == 1e-5


def test_nova_lite_accepts_media(catalog: Catalog) -> None:
    assert catalog.get("amazon.nova-lite-v1:0:300k").text_only is False


def test_nova_2_lite_limits(catalog: Catalog) -> None:
    model = catalog.get("amazon.nova-2-lite-v1:0:256k")
    spec = model.task(Task.FINE_TUNING)
    assert spec.validation_supported is False
    assert spec.min_records == 200
    assert model.reasoning_content is True


def test_llama_31_limits(catalog: Catalog) -> None:
    model = catalog.get(LLAMA_31_8B)
    spec = model.task(Task.FINE_TUNING)
    assert model.regions == ["us-west-2"]
    assert (spec.max_tokens_per_record, spec.max_input_tokens, spec.max_output_tokens) == (16000, 16000, 16000)
    assert (spec.min_records, spec.max_records) == (100, 10000)
    assert spec.max_validation_records == 1000
    assert model.reserved_strings == []


def test_llama_32_90b_has_lower_token_limit(catalog: Catalog) -> None:
    assert catalog.get("meta.llama3-2-90b-instruct-v1:0:128k").task(Task.FINE_TUNING).max_tokens_per_record == 10000
    assert catalog.get("meta.llama3-2-11b-instruct-v1:0:128k").task(Task.FINE_TUNING).max_tokens_per_record == 16000


def test_claude_haiku_limits(catalog: Catalog) -> None:
    model = catalog.get(CLAUDE_HAIKU)
    spec = model.task(Task.FINE_TUNING)
    assert spec.max_tokens_per_record == 32000
    assert spec.min_records_per_file == 32
    assert (spec.max_train_records, spec.max_validation_records, spec.max_records) == (10000, 1000, 10000)
    assert model.reserved_strings == ["\nHuman:", "\nAssistant:"]
    assert [p.name for p in spec.hyperparameters] == [
        "epochCount", "batchSize", "learningRateMultiplier", "earlyStoppingThreshold", "earlyStoppingPatience",
    ]
    assert "no new fine-tuning jobs" in model.lifecycle_note


def test_titan_express_cpt_is_kept_but_unavailable(catalog: Catalog) -> None:
    model = catalog.get(TITAN_EXPRESS)
    fine_tuning = model.task(Task.FINE_TUNING)
    pretraining = model.task(Task.CONTINUED_PRETRAINING)
    assert fine_tuning.max_tokens_per_record == 4096
    assert fine_tuning.available is True
    assert pretraining.record_format == RecordFormat.CPT_INPUT
    assert pretraining.available is False
    assert pretraining.max_records == 100000
    assert pretraining.customization_type == "CONTINUED_PRE_TRAINING"


def test_only_titan_express_and_lite_offer_cpt(catalog: Catalog) -> None:
    with_cpt = [m.id for m in catalog.models if any(t.task == Task.CONTINUED_PRETRAINING for t in m.tasks)]
    assert with_cpt == ["amazon.titan-text-express-v1:0:8k", "amazon.titan-text-lite-v1:0:4k"]


def test_cohere_separate_input_output_limits(catalog: Catalog) -> None:
    spec = catalog.get("cohere.command-light-text-v14:7:4k").task(Task.FINE_TUNING)
    batch = spec.hyperparameter("batchSize")
    assert (spec.max_input_tokens, spec.max_output_tokens) == (4096, 2048)
    assert spec.max_validation_records == 1000
    assert batch is not None and (batch.min, batch.max) == (8, 32)


def test_every_hyperparameter_default_within_range(catalog: Catalog) -> None:
    for model in catalog.models:
        for spec in model.tasks:
            for parameter in spec.hyperparameters:
                assert parameter.min <= parameter.default <= parameter.max, (model.id, parameter.name)
                assert parameter.description, (model.id, parameter.name)


def test_retired_model_reports_retired(catalog: Catalog) -> None:
    model = catalog.get("meta.llama2-70b-v1:0:4k")
    assert model.lifecycle == Lifecycle.RETIRED
    assert "cannot be customized any more" in model.lifecycle_note


def test_unknown_id_suggests_close_matches(catalog: Catalog) -> None:
    with pytest.raises(CatalogError) as caught:
        catalog.get("amazon.nova-micro-v1:0")
    assert caught.value.code == "model_unknown"
    assert caught.value.params["suggestions"][0] == NOVA_MICRO
    assert "did you mean amazon.nova-micro-v1:0:128k" in caught.value.message


def test_unknown_id_with_typo_suggests_model(catalog: Catalog) -> None:
    with pytest.raises(CatalogError) as caught:
        catalog.get("meta.llama3-1-8b-instruct-v1:0:182k")
    assert caught.value.params["suggestions"][0] == LLAMA_31_8B


def test_unknown_id_without_match_names_models_command(catalog: Catalog) -> None:
    with pytest.raises(CatalogError) as caught:
        catalog.get("zzz")
    assert caught.value.params["suggestions"] == []
    assert caught.value.message == "unknown model 'zzz'. Run 'tunedata models' to list the model identifiers"


def test_unsupported_task_raises(catalog: Catalog) -> None:
    with pytest.raises(CatalogError) as caught:
        catalog.get(LLAMA_31_8B).task(Task.CONTINUED_PRETRAINING)
    assert caught.value.code == "task_unsupported"
    assert "supports fine-tuning" in caught.value.message


def test_validate_hyperparameters_returns_strings(catalog: Catalog) -> None:
    model = catalog.get(NOVA_MICRO)
    values = {"epochCount": " 3 ", "learningRate": "1e-05", "learningRateWarmupSteps": 20}
    assert validate_hyperparameters(model, Task.FINE_TUNING, values) == {
        "epochCount": "3", "learningRate": "1e-05", "learningRateWarmupSteps": "20",
    }


def test_validate_hyperparameters_above_maximum(catalog: Catalog) -> None:
    with pytest.raises(UsageError) as caught:
        validate_hyperparameters(catalog.get(NOVA_MICRO), Task.FINE_TUNING, {"learningRate": "0.5"})
    assert caught.value.message == "learningRate=0.5 is above the maximum 0.0001 for Amazon Nova Micro"
    assert caught.value.code == "hyperparameter_above_max"


def test_validate_hyperparameters_below_minimum(catalog: Catalog) -> None:
    with pytest.raises(UsageError) as caught:
        validate_hyperparameters(catalog.get(CLAUDE_HAIKU), Task.FINE_TUNING, {"batchSize": "2"})
    assert caught.value.message == "batchSize=2 is below the minimum 4 for Anthropic Claude 3 Haiku"


def test_validate_hyperparameters_warmup_above_20(catalog: Catalog) -> None:
    with pytest.raises(UsageError) as caught:
        validate_hyperparameters(catalog.get(NOVA_MICRO), Task.FINE_TUNING, {"learningRateWarmupSteps": "21"})
    assert caught.value.params["limit"] == "20"


def test_validate_hyperparameters_unknown_name(catalog: Catalog) -> None:
    with pytest.raises(UsageError) as caught:
        validate_hyperparameters(catalog.get(LLAMA_31_8B), Task.FINE_TUNING, {"learningRateMultiplier": "1"})
    assert caught.value.code == "hyperparameter_unknown"
    assert "epochCount, batchSize, learningRate" in caught.value.message


@pytest.mark.parametrize("value", ["2.5", "two", "", "nan"])
def test_validate_hyperparameters_rejects_bad_int(catalog: Catalog, value: str) -> None:
    with pytest.raises(UsageError) as caught:
        validate_hyperparameters(catalog.get(NOVA_MICRO), Task.FINE_TUNING, {"epochCount": value})
    assert caught.value.code == "hyperparameter_not_number"


def test_validate_hyperparameters_rejects_infinite_float(catalog: Catalog) -> None:
    with pytest.raises(UsageError) as caught:
        validate_hyperparameters(catalog.get(NOVA_MICRO), Task.FINE_TUNING, {"learningRate": "inf"})
    assert caught.value.code == "hyperparameter_not_number"


def test_format_number_plain_decimal() -> None:
    assert [format_number(v) for v in (0.0001, 1e-6, 5, 0.1, 2.0)] == ["0.0001", "0.000001", "5", "0.1", "2"]


def test_parse_catalog_missing_file(tmp_path: Path) -> None:
    with pytest.raises(CatalogError) as caught:
        parse_catalog(tmp_path / "models.toml")
    assert caught.value.code == "catalog_missing"


def test_parse_catalog_invalid_entry(tmp_path: Path) -> None:
    path = tmp_path / "models.toml"
    path.write_text(
        '[lifecycle_notes]\nactive = "Active."\n[reserved_strings]\n[hyperparameter_sets]\n'
        '[[models]]\nid = "x"\nname = "X"\nprovider = "P"\nfamily = "f"\nregions = []\n'
        'lifecycle = "active"\ntext_only = true\n'
        '[[models.tasks]]\ntask = "fine-tuning"\ncustomization_type = "FINE_TUNING"\n'
        'record_format = "no-such-format"\nmax_tokens_per_record = 1\nvalidation_supported = true\n',
        encoding="utf-8",
    )
    with pytest.raises(CatalogError) as caught:
        parse_catalog(path)
    assert caught.value.code == "catalog_invalid"
    assert "record_format" in caught.value.message
