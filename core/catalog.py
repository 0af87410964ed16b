"""The Bedrock model catalog: which base models can be customized, and what each accepts.

The facts live in `resources/catalog/models.toml` (with their AWS sources in its header);
this module loads them into Pydantic models:

    load_catalog() -> Catalog                    # cached
    Catalog.get(model_id) -> ModelInfo          # CatalogError naming close matches
    ModelInfo.task(task) -> TaskSpec            # CatalogError when the task is unsupported
    validate_hyperparameters(model, task, values) -> dict[str, str]

`TaskSpec.available` is False where the catalog keeps a customization type that AWS no
longer offers (continued pre-training). `ModelInfo.task` still returns such a spec, so
callers decide whether to reject the request or warn.
"""

from __future__ import annotations

import difflib
import functools
import math
import tomllib
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from core.errors import CatalogError, UsageError
from core.paths import resources_dir
from core.recipe import Task


class RecordFormat(StrEnum):
    PROMPT_COMPLETION = "prompt-completion"
    CLAUDE_CHAT = "claude-chat"
    CONVERSE = "bedrock-conversation-2024"
    CPT_INPUT = "cpt-input"


class Lifecycle(StrEnum):
    ACTIVE = "active"
    LEGACY = "legacy"
    RETIRED = "retired"


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Hyperparameter(_Frozen):
    """One hyperparameter a customization job accepts, with its allowed range."""

    name: str
    kind: Literal["int", "float"]
    min: float
    max: float
    default: float
    description: str


class TaskSpec(_Frozen):
    """Record format, limits and hyperparameters of one customization type of one model.

    Token limits are per record. `max_records` counts training plus validation records;
    `max_train_records` and `max_validation_records` limit each file. None means AWS
    states no limit.
    """

    task: Task
    customization_type: Literal["FINE_TUNING", "CONTINUED_PRE_TRAINING"]
    record_format: RecordFormat
    available: bool = True
    max_tokens_per_record: int
    max_input_tokens: int | None = None
    max_output_tokens: int | None = None
    min_records: int = 1
    max_records: int | None = None
    max_train_records: int | None = None
    validation_supported: bool
    max_validation_records: int | None = None
    min_records_per_file: int | None = None
    max_train_file_bytes: int | None = None
    max_validation_file_bytes: int | None = None
    hyperparameters: list[Hyperparameter] = Field(default_factory=list)

    @property
    def max_training_file_records(self) -> int | None:
        """Return the most records one training file may hold, or None when unlimited."""
        limits = [limit for limit in (self.max_records, self.max_train_records) if limit is not None]
        return min(limits) if limits else None

    def hyperparameter(self, name: str) -> Hyperparameter | None:
        """Return the hyperparameter called `name`, or None when this task has no such name."""
        for parameter in self.hyperparameters:
            if parameter.name == name:
                return parameter
        return None


class ModelInfo(_Frozen):
    """A base model and everything the catalog records about it.

    `reserved_strings` are literal substrings that make the job fail when they appear in
    record text. `family` groups models that share a checker (nova, llama3, claude, titan,
    cohere, llama2).
    """

    id: str
    name: str
    provider: str
    family: str
    regions: list[str]
    lifecycle: Lifecycle
    lifecycle_note: str
    tasks: list[TaskSpec]
    reserved_strings: list[str] = Field(default_factory=list)
    text_only: bool
    reasoning_content: bool = False
    notes: str = ""

    def task(self, task: Task | str) -> TaskSpec:
        """Return the spec for `task`.

        Raises:
            CatalogError: the model offers no such customization type.
        """
        wanted = Task(task)
        for spec in self.tasks:
            if spec.task == wanted:
                return spec
        offered = ", ".join(spec.task.value for spec in self.tasks)
        raise CatalogError(
            f"{self.name} ({self.id}) does not support {wanted.value}; it supports {offered}",
            code="task_unsupported", model=self.name, model_id=self.id, task=wanted.value, supported=offered,
        )


class Catalog(_Frozen):
    """All models of the catalog file, in file order."""

    models: list[ModelInfo]

    def get(self, model_id: str) -> ModelInfo:
        """Return the model whose identifier is `model_id`.

        Raises:
            CatalogError: no model has that identifier; the message names close matches.
        """
        wanted = model_id.strip()
        for model in self.models:
            if model.id == wanted:
                return model

        suggestions = self.suggest(wanted)
        hint = f"; did you mean {' or '.join(suggestions)}?" if suggestions else "."
        raise CatalogError(
            f"unknown model '{model_id}'{hint} Run 'tunedata models' to list the model identifiers",
            code="model_unknown", model=model_id, suggestions=suggestions,
        )

    def suggest(self, text: str, limit: int = 3) -> list[str]:
        """Return up to `limit` model identifiers that look like `text` (by id, prefix or name)."""
        lowered = text.strip().lower()
        by_key: dict[str, str] = {}
        for model in self.models:
            by_key[model.id.lower()] = model.id
            by_key[model.name.lower()] = model.id

        found = [by_key[key] for key in by_key if lowered and key.startswith(lowered)]
        found += [by_key[key] for key in difflib.get_close_matches(lowered, list(by_key), n=limit, cutoff=0.6)]
        return list(dict.fromkeys(found))[:limit]


def catalog_path() -> Path:
    """Return the location of the catalog data file."""
    return resources_dir() / "catalog" / "models.toml"


@functools.cache
def load_catalog() -> Catalog:
    """Load the catalog file once and return it.

    Raises:
        CatalogError: the file is missing or does not match the catalog schema.
    """
    return parse_catalog(catalog_path())


def parse_catalog(path: Path) -> Catalog:
    """Read a catalog file, expanding its named lifecycle notes, reserved strings and hyperparameter sets.

    Raises:
        CatalogError: the file is missing, is not TOML, or does not match the catalog schema.
    """
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise CatalogError(
            f"{path}: model catalog not found; reinstall Tuning Data Studio",
            code="catalog_missing", path=str(path),
        ) from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise CatalogError(
            f"{path}: model catalog is not valid TOML ({exc})", code="catalog_invalid", path=str(path), detail=str(exc)
        ) from exc

    try:
        models = [_expand_model(raw, data) for raw in data.get("models", [])]
        return Catalog(models=models)
    except (KeyError, TypeError, ValidationError) as exc:
        raise CatalogError(
            f"{path}: model catalog is invalid: {exc}", code="catalog_invalid", path=str(path), detail=str(exc)
        ) from exc


def _expand_model(raw: dict[str, Any], data: dict[str, Any]) -> ModelInfo:
    model = dict(raw)
    model["lifecycle_note"] = data["lifecycle_notes"][model["lifecycle"]]
    reserved_set = model.pop("reserved_strings", None)
    model["reserved_strings"] = data["reserved_strings"][reserved_set] if reserved_set else []

    tasks = []
    for raw_task in model.get("tasks", []):
        task = dict(raw_task)
        set_name = task.pop("hyperparameters", None)
        task["hyperparameters"] = data["hyperparameter_sets"][set_name] if set_name else []
        tasks.append(task)
    model["tasks"] = tasks
    return ModelInfo.model_validate(model)


def format_number(value: float) -> str:
    """Format a number in plain decimal without a trailing '.0' (0.0001, 5, 0.000001)."""
    if float(value).is_integer():
        return str(int(value))
    return format(Decimal(repr(float(value))).normalize(), "f")


def validate_hyperparameters(model: ModelInfo, task: Task | str, values: dict[str, Any]) -> dict[str, str]:
    """Check hyperparameter names and ranges for `model` and return the values as strings.

    Bedrock takes every hyperparameter as a string. Values keep the text the user gave,
    stripped of surrounding spaces. Names not given are left to the service's defaults.

    Raises:
        UsageError: a name is unknown for the model, or a value is not a number of the
            right kind, or is outside the allowed range.
        CatalogError: the model does not support `task`.
    """
    spec = model.task(task)
    result: dict[str, str] = {}
    for name, raw_value in values.items():
        parameter = spec.hyperparameter(name)
        if parameter is None:
            known = ", ".join(p.name for p in spec.hyperparameters) or "none"
            raise UsageError(
                f"unknown hyperparameter {name} for {model.name}; the known names are {known}",
                code="hyperparameter_unknown", name=name, model=model.name, known=known,
            )
        text = str(raw_value).strip()
        number = _parse_hyperparameter(parameter, text, model)
        _check_range(parameter, text, number, model)
        result[name] = text
    return result


def _parse_hyperparameter(parameter: Hyperparameter, text: str, model: ModelInfo) -> float:
    try:
        number = int(text) if parameter.kind == "int" else float(text)
    except ValueError:
        kind = "a whole number" if parameter.kind == "int" else "a number"
        raise UsageError(
            f"{parameter.name}={text} is not {kind}; give {kind} from {format_number(parameter.min)} "
            f"to {format_number(parameter.max)} for {model.name}",
            code="hyperparameter_not_number", name=parameter.name, value=text, model=model.name,
        ) from None
    if not math.isfinite(number):
        raise UsageError(
            f"{parameter.name}={text} is not a finite number; give a number from "
            f"{format_number(parameter.min)} to {format_number(parameter.max)} for {model.name}",
            code="hyperparameter_not_number", name=parameter.name, value=text, model=model.name,
        )
    return number


def _check_range(parameter: Hyperparameter, text: str, number: float, model: ModelInfo) -> None:
    if number < parameter.min:
        limit, code, side = parameter.min, "hyperparameter_below_min", "below the minimum"
    elif number > parameter.max:
        limit, code, side = parameter.max, "hyperparameter_above_max", "above the maximum"
    else:
        return
    raise UsageError(
        f"{parameter.name}={text} is {side} {format_number(limit)} for {model.name}",
        code=code, name=parameter.name, value=text, limit=format_number(limit), model=model.name,
    )
