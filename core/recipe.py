"""The recipe: one complete, versioned description of a dataset build.

A recipe is saved as TOML (`docs/recipe.md` documents every key). The window edits one,
`tunedata run` executes one, and `tunedata convert` builds one from its options. It never
contains credentials. Relative source paths and the output folder are resolved against
the folder of the recipe file.
"""

from __future__ import annotations

import difflib
import tomllib
from enum import StrEnum
from pathlib import Path
from typing import Any, Literal

import tomli_w
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from core.errors import RecipeError

RECIPE_VERSION = 1


class Task(StrEnum):
    FINE_TUNING = "fine-tuning"
    CONTINUED_PRETRAINING = "continued-pretraining"


SourceFormat = Literal[
    "auto", "csv", "tsv", "xlsx", "json", "jsonl",
    "pdf", "docx", "html", "markdown", "text",
    "zendesk", "jira", "freshdesk", "messages-table",
]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class SourceSpec(_Strict):
    """One input file and how to read it."""

    path: str
    format: SourceFormat = "auto"
    encoding: str = Field("auto", description="'auto' or a Python codec name such as gb18030, cp932, big5")
    sheet: str = Field("", description="Excel sheet name; empty means the first sheet")
    ticket_output: Literal["pairs", "conversation", "classification"] = Field(
        "pairs", description="What a ticket export becomes: question/answer pairs, whole conversations, "
        "or ticket text labelled with `ticket_label`"
    )
    ticket_label: str = Field("", description="Ticket field used as the label for classification")


class MappingSpec(_Strict):
    """Field templates: `{column}` placeholders in free text, or exactly a column name."""

    task: Task = Task.FINE_TUNING
    prompt: str = ""
    completion: str = ""
    system: str = ""
    input: str = ""
    conversation: str = Field(
        "", description="Column holding a whole conversation (a list of role/content messages); "
        "when set, prompt and completion are not used"
    )


class PiiSpec(_Strict):
    """Personal-data redaction with typed placeholders such as [EMAIL] and [PHONE]."""

    enabled: bool = False
    types: list[str] = Field(default_factory=list, description="Empty means every supported type")
    terms: list[str] = Field(default_factory=list, description="Extra literal terms to redact as [TERM]")
    patterns: list[str] = Field(default_factory=list, description="Extra regular expressions to redact as [CUSTOM]")


class CleaningSpec(_Strict):
    """Cleaning rules applied to every mapped field."""

    normalize_newlines: bool = True
    remove_control: bool = True
    nfkc: bool = False
    trim: bool = True
    collapse_spaces: bool = True
    coerce_non_text: bool = Field(False, description="Accept numbers and booleans from JSON sources as text")
    html_to_text: bool = False
    repair_mojibake: bool = False
    remove_zero_width: bool = True
    chinese_script: Literal["", "t2s", "s2t"] = Field("", description="Convert Traditional to Simplified or back")
    min_chars: int = Field(0, ge=0, description="Reject records whose mapped text is shorter; 0 disables")
    max_chars: int = Field(0, ge=0, description="Reject records whose mapped text is longer; 0 disables")
    remove_boilerplate_lines: bool = False
    boilerplate_min_share: float = Field(0.05, gt=0, le=1, description="Share of records a line must repeat in")
    reserved_strings: Literal["reject", "escape"] = "reject"
    pii: PiiSpec = Field(default_factory=PiiSpec)


class DocumentsSpec(_Strict):
    """How documents become continued pre-training records."""

    chunk_tokens: int = Field(0, ge=0, description="Token budget per record; 0 means 90% of the model's limit")
    overlap_tokens: int = Field(0, ge=0)


class DedupSpec(_Strict):
    exact: bool = True
    near: bool = False
    near_threshold: float = Field(0.8, ge=0.5, le=1.0)
    near_keep: Literal["first", "longest", "most_recent"] = Field(
        "first", description="Which record of a near-duplicate cluster is kept"
    )
    near_time_column: str = Field("", description="Column with the time that 'most_recent' compares")


class SplitSpec(_Strict):
    validation_fraction: float = Field(0.1, ge=0.0, le=0.5)
    seed: int = 42
    stratify_by: str = Field("", description="Column whose value shares are kept when a subset is selected")
    max_records: int | None = Field(None, ge=1, description="Cap below the model's maximum, if set")


class ModelSpec(_Strict):
    id: str = "meta.llama3-1-8b-instruct-v1:0:128k"


class OutputSpec(_Strict):
    folder: str = "output"


class PerformanceSpec(_Strict):
    """How the build uses memory."""

    streaming: Literal["auto", "on", "off"] = Field(
        "auto", description="Stream inputs larger than memory: 'auto' streams when the inputs total more "
        "than 1 GiB and every source and setting allows it, 'on' always streams (or refuses), 'off' never"
    )


class ReviewSpec(_Strict):
    """Review decisions, each record named by its key: the source file's name (without its
    folder) and the record's row, as in `faq.csv:12`."""

    excluded: list[str] = Field(default_factory=list, description="Records excluded by hand")
    included: list[str] = Field(
        default_factory=list, description="Rejected or duplicate records the user chose to keep anyway"
    )
    pii_kept: list[str] = Field(
        default_factory=list, description="Redactions undone by hand, as `key:placeholder`, or a whole type as `*:TYPE`"
    )


class Recipe(_Strict):
    version: int = RECIPE_VERSION
    sources: list[SourceSpec] = Field(default_factory=list)
    mapping: MappingSpec = Field(default_factory=MappingSpec)
    cleaning: CleaningSpec = Field(default_factory=CleaningSpec)
    dedup: DedupSpec = Field(default_factory=DedupSpec)
    split: SplitSpec = Field(default_factory=SplitSpec)
    model: ModelSpec = Field(default_factory=ModelSpec)
    output: OutputSpec = Field(default_factory=OutputSpec)
    review: ReviewSpec = Field(default_factory=ReviewSpec)
    documents: DocumentsSpec = Field(default_factory=DocumentsSpec)
    performance: PerformanceSpec = Field(default_factory=PerformanceSpec)

    @field_validator("version")
    @classmethod
    def _known_version(cls, value: int) -> int:
        if value > RECIPE_VERSION:
            raise ValueError(
                f"recipe version {value} is newer than this program understands ({RECIPE_VERSION}); "
                "update Tuning Data Studio"
            )
        return value


def load_recipe(path: Path) -> Recipe:
    """Read a recipe file and resolve its relative paths against the file's folder.

    Raises:
        RecipeError: the file is missing, is not TOML, or does not match the schema.
    """
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise RecipeError(f"{path}: recipe file not found", code="recipe_not_found", path=str(path)) from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise RecipeError(
            f"{path}: not a valid TOML recipe ({exc}); fix the file or save it again from the window",
            code="recipe_not_toml", path=str(path), detail=str(exc),
        ) from exc
    recipe = recipe_from_dict(data, origin=str(path))
    return resolve_paths(recipe, path.parent)


def recipe_from_dict(data: dict[str, Any], *, origin: str = "recipe") -> Recipe:
    """Validate a parsed recipe, turning Pydantic's errors into one readable `RecipeError`."""
    try:
        return Recipe.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(_describe_error(err) for err in exc.errors())
        raise RecipeError(
            f"{origin}: invalid recipe: {problems}", code="recipe_invalid", path=origin, detail=problems
        ) from exc


def _describe_error(error: Any) -> str:
    """Describe one Pydantic error in recipe terms, suggesting the key meant for an unknown one."""
    location = ".".join(str(part) for part in error["loc"])
    if error["type"] != "extra_forbidden":
        return f"{location}: {error['msg']}"
    model: type[BaseModel] = Recipe
    for part in error["loc"][:-1]:
        field = model.model_fields.get(str(part))
        annotation = getattr(field, "annotation", None)
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            model = annotation
        elif getattr(annotation, "__origin__", None) is list:
            model = annotation.__args__[0]
    close = difflib.get_close_matches(str(error["loc"][-1]), list(model.model_fields), n=1)
    hint = f"; did you mean {close[0]!r}?" if close else f"; known keys: {', '.join(model.model_fields)}"
    return f"{location}: unknown key{hint}"


def resolve_paths(recipe: Recipe, base: Path) -> Recipe:
    """Return a copy whose source paths and output folder are absolute, relative to `base`."""
    resolved = recipe.model_copy(deep=True)
    for source in resolved.sources:
        source.path = str((base / source.path).resolve())
    resolved.output.folder = str((base / resolved.output.folder).resolve())
    return resolved


def save_recipe(recipe: Recipe, path: Path) -> None:
    """Write a recipe as TOML atomically, storing paths relative to the file where possible."""
    from core.atomic import atomic_write_bytes

    data = recipe.model_dump(mode="json", exclude_none=True)
    base = path.parent.resolve()
    for source in data["sources"]:
        source["path"] = _relative_if_below(source["path"], base)
    data["output"]["folder"] = _relative_if_below(data["output"]["folder"], base)
    atomic_write_bytes(path, tomli_w.dumps(data).encode("utf-8"))


def _relative_if_below(value: str, base: Path) -> str:
    candidate = Path(value)
    if not candidate.is_absolute():
        return value
    try:
        return candidate.resolve().relative_to(base).as_posix()
    except ValueError:
        return str(candidate)
