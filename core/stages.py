"""The build's steps over one working frame: map, clean, check, deduplicate, select and split.

Each step takes and returns a `MappedFrame` (or a plain frame), adds columns whose names
start with `__`, and never drops a row, so the last step still has every input row.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

import polars as pl

from core.catalog import ModelInfo, RecordFormat, TaskSpec
from core.checks import Check, add_reasons
from core.clean import RuleStat
from core.errors import MappingError
from core.formats import conversation_problem_expr, decode_conversations, decode_system_column, record_json_expr
from core.neardup import near_duplicates
from core.progress import NEVER_CANCELLED, CancelToken, ProgressCallback, no_progress
from core.mapping import Template, parse_template, referenced_values_empty_expr, template_expr
from core.readers import NONTEXT, REJECT, SOURCE_FILE, SOURCE_ROW
from core.recipe import CleaningSpec, Recipe, Task
from core.stage_clean import CleanOutcome, clean_texts
from core.split import assign_validation, plan_sizes, select_subset
from core.tokens import aws_tokens_from_counts, script_tokens_from_counts, wide_count_expr

KIND_FIELDS = "fields"
KIND_CONVERSATION = "conversation"
KIND_INPUT = "input"


@dataclass
class MappedFrame:
    """The working frame after mapping, with what the mapping used."""

    frame: pl.DataFrame
    kind: str
    templates: dict[str, Template]
    summary: dict[str, Any]
    warnings: list[dict[str, str]] = field(default_factory=list)
    pii_counts: dict[str, int] = field(default_factory=dict)
    pii_records: int = 0
    pii_findings: pl.DataFrame | None = None
    """`__id` and `findings` (original values, in memory only) for records with redactions."""


# --- mapping -------------------------------------------------------------------------------


def map_fields(frame: pl.DataFrame, recipe: Recipe, task_spec: TaskSpec) -> MappedFrame:
    """Fill the output fields from the templates, choosing sensible columns when none are set.

    Raises:
        MappingError: a template names a missing column, or no mapping fits the columns.
    """
    columns = [name for name in frame.columns if not name.startswith("__")]
    mapping = recipe.mapping

    if mapping.task == Task.CONTINUED_PRETRAINING:
        text = mapping.input or ("text" if "text" in columns else "")
        if not text:
            raise MappingError(
                "choose which column becomes the input text for continued pre-training "
                f"(--input); available columns: {', '.join(columns) or '(none)'}",
                code="input_not_mapped", columns=columns,
            )
        template = parse_template("input", text, columns)
        mapped = frame.with_columns(
            template_expr(template).alias("__input"), pl.lit(None, dtype=pl.String).alias("__system")
        )
        return _finish_mapping(mapped, KIND_INPUT, {"input": template}, columns, _kept_source_columns(recipe))

    templates: dict[str, Template] = {}
    conversation = mapping.conversation
    prompt, completion = mapping.prompt, mapping.completion
    if not (conversation or prompt or completion):
        conversation, prompt, completion = _default_fine_tuning_mapping(columns)
    if mapping.system:
        templates["system"] = parse_template("system", mapping.system, columns, allow_constant=True)

    if conversation:
        if conversation not in columns:
            raise MappingError(
                f"the conversation column {conversation!r} does not exist; available columns: {', '.join(columns)}",
                code="unknown_column", field="conversation", column=conversation, columns=columns,
            )
        turns, conv_system, conv_error = decode_conversations(frame[conversation])
        mapped = frame.with_columns(turns, conv_system, conv_error)
        if "system" in templates:
            system_expr = template_expr(templates["system"])
        elif "system" in columns and conversation != "system":
            # A chat file's own system prompt, stored beside the messages, is carried over.
            mapped = mapped.with_columns(decode_system_column(frame["system"]))
            system_expr = pl.coalesce("__file_system", "__conv_system")
            templates["system"] = Template("system", "system", (("system",),))
        else:
            system_expr = pl.col("__conv_system")
        mapped = mapped.with_columns(system_expr.alias("__system"))
        templates["conversation"] = Template("conversation", conversation, ((conversation,),))
        return _finish_mapping(mapped, KIND_CONVERSATION, templates, columns, _kept_source_columns(recipe))

    if not prompt or not completion:
        missing = "prompt" if not prompt else "completion"
        raise MappingError(
            f"choose which column or template becomes the {missing} (--{missing}); "
            f"available columns: {', '.join(columns) or '(none)'}",
            code="field_not_mapped", field=missing, columns=columns,
        )
    templates["prompt"] = parse_template("prompt", prompt, columns)
    templates["completion"] = parse_template("completion", completion, columns)
    system_expr = template_expr(templates["system"]) if "system" in templates else pl.lit(None, dtype=pl.String)
    mapped = frame.with_columns(
        template_expr(templates["prompt"]).alias("__prompt"),
        template_expr(templates["completion"]).alias("__completion"),
        system_expr.alias("__system"),
    )
    return _finish_mapping(mapped, KIND_FIELDS, templates, columns, _kept_source_columns(recipe))


def automatic_fine_tuning_columns(columns: list[str]) -> tuple[str, str, str] | None:
    """Return the (conversation, prompt, completion) columns used when nothing is mapped.

    A column named `conversation` or `messages` is the conversation; otherwise columns
    named `prompt` and `completion` are used. None when the file names neither.
    """
    for name in ("conversation", "messages"):
        if name in columns:
            return name, "", ""
    if "prompt" in columns and "completion" in columns:
        return "", "prompt", "completion"
    return None


def _default_fine_tuning_mapping(columns: list[str]) -> tuple[str, str, str]:
    """Pick the conversation or prompt/completion columns a file already names, or fail."""
    automatic = automatic_fine_tuning_columns(columns)
    if automatic is not None:
        return automatic
    raise MappingError(
        "choose which columns become the prompt and the completion (--prompt and --completion, "
        "a column name or a template such as 'Question: {title}'); "
        f"available columns: {', '.join(columns) or '(none)'}",
        code="field_not_mapped", field="prompt", columns=columns,
    )


def _finish_mapping(
    frame: pl.DataFrame, kind: str, templates: dict[str, Template], columns: list[str], read_elsewhere: set[str],
) -> MappedFrame:
    """Finish a mapping; `read_elsewhere` names source columns the build reads outside the
    records (a time column, a stratify column, ticket_id), which are not reported unused."""
    used = sorted({name for template in templates.values() for name in template.columns})
    unused = [name for name in columns if name not in used and name not in read_elsewhere]
    warnings = []
    if unused:
        warnings.append({
            "code": "unused_columns",
            "message": f"columns not used in the output records: {', '.join(unused)}",
        })
    nontext = (
        pl.col(NONTEXT).list.eval(pl.element().filter(pl.element().is_in(used))).list.join(", ")
        if used else pl.lit("")
    )
    frame = frame.with_columns(nontext.alias("__nontext_hit"))
    summary = {name: template.text for name, template in templates.items()}
    return MappedFrame(frame, kind, templates, {"kind": kind, "templates": summary, "unused_columns": unused}, warnings)


# --- cleaning ------------------------------------------------------------------------------


def clean_mapped(mapped: MappedFrame, recipe: Recipe, model: ModelInfo) -> tuple[MappedFrame, list[RuleStat]]:
    """Clean the mapped text fields (every turn, for conversations) as `stage_clean` describes."""
    spec = recipe.cleaning
    options = {"reserved": model.reserved_strings, "kept_redactions": recipe.review.pii_kept}
    frame = mapped.frame
    if mapped.kind == KIND_CONVERSATION:
        frame, outcome = _clean_conversations(frame, spec, options)
    else:
        columns = ["__system", "__input"] if mapped.kind == KIND_INPUT else ["__prompt", "__completion", "__system"]
        group = "ticket_id" if "ticket_id" in frame.columns else None
        outcome = clean_texts(frame, columns, spec, key_column="__key", group_column=group, **options)
        frame = outcome.frame
    findings = None
    if outcome.pii_findings is not None:
        # For conversations the outcome has one row per turn; group the findings per record.
        findings = (
            pl.DataFrame({"__id": outcome.frame["__id"], "findings": outcome.pii_findings})
            .filter(pl.col("findings").list.len() > 0)
            .group_by("__id", maintain_order=True)
            .agg(pl.col("findings").list.explode(keep_nulls=False, empty_as_null=False))
        )
    frame = frame.with_columns(pl.when(pl.col("__system") != "").then(pl.col("__system")).alias("__system"))
    if mapped.kind != KIND_INPUT:
        frame = frame.with_columns(pl.lit(None, dtype=pl.String).alias("__input"))
    cleaned = replace(
        mapped, frame=frame, pii_counts=outcome.pii_counts, pii_records=outcome.pii_records, pii_findings=findings
    )
    return cleaned, outcome.stats


def _clean_conversations(
    frame: pl.DataFrame, spec: CleaningSpec, options: dict[str, Any]
) -> tuple[pl.DataFrame, CleanOutcome]:
    """Clean every turn's content and the system text; rule counts are of turns changed.

    Returns the frame with cleaned `__turns` and the outcome over the turns, whose frame
    has one row per turn with `__id`, so findings can be grouped back per record.
    """
    frame = clean_texts(frame, ["__system"], spec, key_column="__key", **options).frame
    turns = (
        frame.filter(pl.col("__turns").list.len() > 0)
        .select("__id", "__key", "__turns")
        .explode("__turns")
        .select("__id", "__key", pl.col("__turns").struct.field("role"), pl.col("__turns").struct.field("content"))
    )
    outcome = clean_texts(turns, ["content"], spec, key_column="__key", group_column="__id", **options)
    regrouped = outcome.frame.group_by("__id", maintain_order=True).agg(pl.struct("role", "content").alias("__turns_clean"))
    frame = frame.join(regrouped, on="__id", how="left", maintain_order="left").with_columns(
        pl.coalesce("__turns_clean", "__turns").alias("__turns")
    ).drop("__turns_clean")
    return frame, outcome


# --- per-record checks ---------------------------------------------------------------------


def apply_checks(mapped: MappedFrame, recipe: Recipe, model: ModelInfo, task_spec: TaskSpec) -> MappedFrame:
    """Estimate tokens, build each record's JSON and collect every rejection reason.

    Afterwards only the columns later steps need are kept, so that the mapped text, which
    the JSON record now holds, is not kept twice in memory.
    """
    frame = _add_token_counts(mapped.frame, mapped.kind)
    record_format = str(task_spec.record_format)
    prefix_system = task_spec.record_format == RecordFormat.PROMPT_COMPLETION and mapped.kind != KIND_INPUT
    has_content = pl.col("__input").is_not_null() if mapped.kind == KIND_INPUT else pl.col("__turns").is_not_null()
    if mapped.kind == KIND_FIELDS:
        has_content = pl.lit(True)
    frame = frame.with_columns(
        pl.when(has_content).then(record_json_expr(
            record_format, system_as_prompt_prefix=prefix_system, from_fields=mapped.kind == KIND_FIELDS,
        )).alias("__record")
    )
    warnings = list(mapped.warnings)
    if prefix_system and frame.select(pl.col("__system").is_not_null().any()).item():
        warnings.append({
            "code": "system_in_prompt",
            "message": f"{model.name} takes prompt/completion records, which have no system field, "
            "so the system prompt was put before each prompt",
        })
    if recipe.dedup.near:
        frame = frame.with_columns(_near_text_expr(mapped.kind).alias("__near_text"))
    checks = _checks(mapped, recipe, model, task_spec)
    frame = add_reasons(frame, checks)
    keep = [name for name in frame.columns if name in _COLUMNS_AFTER_CHECKS or name in _kept_source_columns(recipe)]
    return replace(mapped, frame=frame.select(keep), warnings=warnings)


_COLUMNS_AFTER_CHECKS = frozenset({
    "__id", SOURCE_FILE, SOURCE_ROW, "__key", "__where", "__record", "__reasons", "__messages",
    "__tokens_aws", "__tokens_script", "__text_chars", "__near_text", "__group",
})


def _kept_source_columns(recipe: Recipe) -> set[str]:
    """Source columns that near-dedup, the selection and the split still read."""
    return {name for name in (recipe.split.stratify_by, "ticket_id", recipe.dedup.near_time_column) if name}


def _add_token_counts(frame: pl.DataFrame, kind: str) -> pl.DataFrame:
    """Add character and CJK counts of the input side and output side, and the token estimates.

    The input side is the system prompt and every turn but the last; the output side is
    the last (assistant) turn. Counting each field once and adding the counts is cheaper
    than counting concatenated copies of the text.
    """
    if kind == KIND_CONVERSATION:
        frame = _conversation_counts(frame)
    else:
        inputs = ["__system", "__input"] if kind == KIND_INPUT else ["__system", "__prompt"]
        outputs = [] if kind == KIND_INPUT else ["__completion"]
        frame = frame.with_columns(
            _sum_exprs([pl.col(n).fill_null("").str.len_chars().cast(pl.Int64) for n in inputs]).alias("__chars_in"),
            _sum_exprs([wide_count_expr(pl.col(n)) for n in inputs]).alias("__cjk_in"),
            _sum_exprs([pl.col(n).fill_null("").str.len_chars().cast(pl.Int64) for n in outputs]).alias("__chars_out"),
            _sum_exprs([wide_count_expr(pl.col(n)) for n in outputs]).alias("__cjk_out"),
        )
    chars = pl.col("__chars_in") + pl.col("__chars_out")
    cjk = pl.col("__cjk_in") + pl.col("__cjk_out")
    return frame.with_columns(
        chars.alias("__text_chars"),
        aws_tokens_from_counts(chars).alias("__tokens_aws"),
        script_tokens_from_counts(chars, cjk).alias("__tokens_script"),
        pl.max_horizontal(
            aws_tokens_from_counts(pl.col("__chars_in")), script_tokens_from_counts(pl.col("__chars_in"), pl.col("__cjk_in"))
        ).alias("__tokens_in"),
        pl.max_horizontal(
            aws_tokens_from_counts(pl.col("__chars_out")), script_tokens_from_counts(pl.col("__chars_out"), pl.col("__cjk_out"))
        ).alias("__tokens_out"),
    )


def _near_text_expr(kind: str) -> pl.Expr:
    """Build the text near-duplicate detection compares: every field or turn, one per line."""
    if kind == KIND_INPUT:
        return pl.col("__input").fill_null("")
    if kind == KIND_FIELDS:
        return pl.concat_str(pl.col("__prompt").fill_null(""), pl.lit("\n"), pl.col("__completion").fill_null(""))
    return pl.col("__turns").list.eval(pl.element().struct.field("content")).list.join("\n").fill_null("")


def _sum_exprs(exprs: list[pl.Expr]) -> pl.Expr:
    return pl.sum_horizontal(exprs) if exprs else pl.lit(0, dtype=pl.Int64)


def _conversation_counts(frame: pl.DataFrame) -> pl.DataFrame:
    turns = (
        frame.filter(pl.col("__turns").list.len() > 0)
        .select("__id", pl.col("__turns").list.len().alias("__n"), "__turns")
        .explode("__turns")
        .select(
            "__id",
            (pl.int_range(pl.len()).over("__id") == pl.col("__n") - 1).alias("__last"),
            pl.col("__turns").struct.field("content").fill_null("").alias("__content"),
        )
        .with_columns(
            pl.col("__content").str.len_chars().cast(pl.Int64).alias("__chars"),
            wide_count_expr(pl.col("__content")).alias("__cjk"),
        )
        .group_by("__id")
        .agg(
            pl.col("__chars").filter(~pl.col("__last")).sum().alias("__turn_chars_in"),
            pl.col("__cjk").filter(~pl.col("__last")).sum().alias("__turn_cjk_in"),
            pl.col("__chars").filter(pl.col("__last")).sum().alias("__chars_out"),
            pl.col("__cjk").filter(pl.col("__last")).sum().alias("__cjk_out"),
        )
    )
    frame = frame.join(turns, on="__id", how="left", maintain_order="left")
    system = pl.col("__system").fill_null("")
    return frame.with_columns(
        (system.str.len_chars().cast(pl.Int64) + pl.col("__turn_chars_in").fill_null(0)).alias("__chars_in"),
        (wide_count_expr(system) + pl.col("__turn_cjk_in").fill_null(0)).alias("__cjk_in"),
        pl.col("__chars_out").fill_null(0),
        pl.col("__cjk_out").fill_null(0),
    ).drop("__turn_chars_in", "__turn_cjk_in")


def _checks(mapped: MappedFrame, recipe: Recipe, model: ModelInfo, task_spec: TaskSpec) -> list[Check]:
    readable = pl.col(REJECT).is_null()
    checks = [
        Check("unreadable_row", ~readable, pl.col(REJECT)),
        Check("excluded_by_user", pl.col("__key").is_in(recipe.review.excluded)),
    ]
    if not recipe.cleaning.coerce_non_text:
        checks.append(Check("not_text", readable & (pl.col("__nontext_hit") != ""), pl.col("__nontext_hit")))

    templates = mapped.templates
    if mapped.kind == KIND_INPUT:
        checks.append(_empty_check("empty_input", "__input", templates["input"], readable))
    elif mapped.kind == KIND_FIELDS:
        case_checks = _key_case_checks(mapped.frame.columns, templates, readable)
        checks.extend(case_checks)
        no_case_problem = pl.all_horizontal([~check.applies for check in case_checks]) if case_checks else pl.lit(True)
        checks.append(_empty_check("empty_prompt", "__prompt", templates["prompt"], readable & no_case_problem))
        checks.append(_empty_check("empty_completion", "__completion", templates["completion"], readable & no_case_problem))
    else:
        checks.extend(_conversation_checks(readable, task_spec))

    text_ok = readable & pl.col("__record").is_not_null()
    if model.reserved_strings:
        checks.append(Check(
            "reserved_string",
            text_ok & _contains_reserved(mapped.kind, model.reserved_strings),
            _reserved_found_expr(mapped.kind, model.reserved_strings),
        ))
    tokens = pl.max_horizontal("__tokens_aws", "__tokens_script")
    checks.append(Check(
        "too_many_tokens", text_ok & (tokens > task_spec.max_tokens_per_record),
        pl.format("{} (limit {})", tokens, pl.lit(task_spec.max_tokens_per_record)),
    ))
    if task_spec.max_input_tokens is not None and mapped.kind != KIND_INPUT:
        checks.append(Check(
            "too_many_input_tokens", text_ok & (pl.col("__tokens_in") > task_spec.max_input_tokens),
            pl.format("{} (limit {})", pl.col("__tokens_in"), pl.lit(task_spec.max_input_tokens)),
        ))
    if task_spec.max_output_tokens is not None and mapped.kind != KIND_INPUT:
        checks.append(Check(
            "too_many_output_tokens", text_ok & (pl.col("__tokens_out") > task_spec.max_output_tokens),
            pl.format("{} (limit {})", pl.col("__tokens_out"), pl.lit(task_spec.max_output_tokens)),
        ))
    if recipe.cleaning.min_chars:
        checks.append(Check("too_short", text_ok & (pl.col("__text_chars") < recipe.cleaning.min_chars)))
    if recipe.cleaning.max_chars:
        checks.append(Check("too_long", text_ok & (pl.col("__text_chars") > recipe.cleaning.max_chars)))
    return checks


def _empty_check(code: str, column: str, template: Template, readable: pl.Expr) -> Check:
    empty = (pl.col(column).fill_null("") == "") | referenced_values_empty_expr(template)
    detail = pl.lit(", ".join(template.columns) or template.text)
    return Check(code, readable & empty, detail)


def _key_case_checks(frame_columns: list[str], templates: dict[str, Template], readable: pl.Expr) -> list[Check]:
    """Flag records where a mapped key is missing but the same key in other letter case is present.

    JSON keys are case-sensitive: a record with `Prompt` where the mapping reads `prompt`
    would otherwise be reported only as empty.
    """
    checks = []
    for field_name in ("prompt", "completion"):
        template = templates.get(field_name)
        if template is None or len(template.columns) != 1 or template.text != template.columns[0]:
            continue
        name = template.columns[0]
        variants = [c for c in frame_columns if c != name and c.casefold() == name.casefold()]
        if not variants:
            continue
        present = pl.coalesce([pl.when(pl.col(v).is_not_null()).then(pl.lit(v)) for v in variants])
        checks.append(Check(
            "key_case_mismatch",
            readable & pl.col(name).is_null() & present.is_not_null(),
            pl.format("no {} key; found {}", pl.lit(name), present),
        ))
    return checks


def _conversation_checks(readable: pl.Expr, task_spec: TaskSpec) -> list[Check]:
    problem = pl.coalesce(pl.col("__conv_error"), conversation_problem_expr())
    if task_spec.record_format == RecordFormat.PROMPT_COMPLETION:
        problem = pl.coalesce(
            problem,
            pl.when(pl.col("__turns").list.len() > 2).then(pl.format(
                "the model takes one prompt and one completion, but this conversation has {} turns",
                pl.col("__turns").list.len(),
            )),
        )
    empty_turn = pl.col("__turns").list.eval(
        pl.element().struct.field("content").fill_null("") == ""
    ).list.any().fill_null(False)
    return [
        Check("bad_conversation", readable & problem.is_not_null(), problem),
        Check("empty_turn", readable & problem.is_null() & empty_turn),
    ]


def _text_columns(kind: str) -> list[str]:
    return {KIND_INPUT: ["__system", "__input"], KIND_FIELDS: ["__system", "__prompt", "__completion"]}.get(kind, ["__system"])


def _contains_reserved(kind: str, reserved: list[str]) -> pl.Expr:
    """True where the system text or any single field contains a reserved string."""
    found = pl.any_horizontal([pl.col(n).fill_null("").str.contains_any(reserved) for n in _text_columns(kind)])
    if kind != KIND_CONVERSATION:
        return found
    in_turns = pl.col("__turns").list.eval(
        pl.element().struct.field("content").fill_null("").str.contains_any(reserved)
    ).list.any().fill_null(False)
    return found | in_turns


def _reserved_found_expr(kind: str, reserved: list[str]) -> pl.Expr:
    """List the reserved strings found, quoted and with line breaks shown as \\n."""
    found = [pl.col(n).fill_null("").str.extract_many(reserved) for n in _text_columns(kind)]
    if kind == KIND_CONVERSATION:
        found.append(
            pl.col("__turns").list.eval(pl.element().struct.field("content").fill_null("").str.extract_many(reserved))
            .list.eval(pl.element().explode())
        )
    return (
        pl.concat_list(found).list.unique(maintain_order=True)
        .list.eval(pl.format('"{}"', pl.element().str.replace_all("\n", "\\n", literal=True)))
        .list.join(", ")
    )


# --- duplicates ----------------------------------------------------------------------------


def mark_duplicates(
    mapped: MappedFrame,
    recipe: Recipe,
    *,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken = NEVER_CANCELLED,
) -> MappedFrame:
    """Mark exact duplicates among the records that passed every check.

    Two records are duplicates when their cleaned JSON records are equal. The first one
    in input order is kept; each later one gets `__duplicate_of` = the kept record's id.
    A record the user chose to keep in the Review step is never marked.

    With near-duplicate detection on, the remaining records are then compared with
    MinHash (`core.neardup`) and later members of a cluster get `near_duplicate`.

    Records are grouped by a 64-bit hash of their JSON, which is much faster than grouping
    by the text itself. Every candidate is then compared with the kept record's text, so a
    hash collision can never mark two different records as duplicates.
    NOTE(dedup): after a collision, a later exact copy of the colliding record would be
    kept rather than marked; at 64 bits that needs billions of records to be likely.
    """
    frame = mapped.frame
    empty = frame.select(pl.col("__id")).head(0).with_columns(
        pl.lit(None, dtype=pl.Int64).alias("__duplicate_of"), pl.lit(None, dtype=pl.String).alias("__kept_where")
    )
    confirmed = _exact_duplicates(frame, recipe) if recipe.dedup.exact else empty
    frame = frame.join(confirmed, on="__id", how="left", maintain_order="left")
    frame = _add_duplicate_reason(frame, "duplicate", "exact duplicate")

    if recipe.dedup.near:
        near = _near_duplicates(frame, recipe, progress, cancel)
        frame = frame.drop("__kept_where").join(near, on="__id", how="left", maintain_order="left").with_columns(
            pl.coalesce("__duplicate_of", "__near_of").alias("__duplicate_of")
        )
        is_near = pl.col("__near_of").is_not_null()
        frame = frame.with_columns(
            pl.when(is_near).then(pl.concat_list(pl.col("__reasons"), pl.lit(["near_duplicate"])))
            .otherwise(pl.col("__reasons")).alias("__reasons"),
            pl.when(is_near).then(pl.concat_list(pl.col("__messages"), pl.concat_list(pl.format(
                "{}: near duplicate of record {} ({}, estimated similarity {}), which is kept",
                pl.col("__where"), pl.col("__near_of"), pl.col("__kept_where"), pl.col("__similarity").round(2),
            )))).otherwise(pl.col("__messages")).alias("__messages"),
        ).drop("__near_of")
    if "__similarity" not in frame.columns:
        frame = frame.with_columns(pl.lit(None, dtype=pl.Float64).alias("__similarity"))
    return replace(mapped, frame=frame.drop("__kept_where", strict=False))


def _add_duplicate_reason(frame: pl.DataFrame, code: str, label: str) -> pl.DataFrame:
    is_dup = pl.col("__duplicate_of").is_not_null()
    return frame.with_columns(
        pl.when(is_dup).then(pl.concat_list(pl.col("__reasons"), pl.lit([code])))
        .otherwise(pl.col("__reasons")).alias("__reasons"),
        pl.when(is_dup).then(pl.concat_list(
            pl.col("__messages"),
            pl.concat_list(pl.format("{}: {} of record {} ({}), which is kept",
                                     pl.col("__where"), pl.lit(label), pl.col("__duplicate_of"), pl.col("__kept_where"))),
        )).otherwise(pl.col("__messages")).alias("__messages"),
    )


def _near_duplicates(
    frame: pl.DataFrame, recipe: Recipe, progress: ProgressCallback, cancel: CancelToken
) -> pl.DataFrame:
    """Return `__id`, `__near_of`, `__similarity` and `__kept_where` for near duplicates.

    Only records that passed every check and are no exact duplicate take part. The
    recipe's `near_keep` rule chooses the record each cluster keeps.
    """
    time_column = recipe.dedup.near_time_column or None
    candidates = frame.select("__id", "__near_text", "__where", *([time_column] if time_column else []))
    eligible = frame.select(
        (pl.col("__reasons").list.len() == 0) & ~pl.col("__key").is_in(recipe.review.included)
    ).to_series()
    # Filtering copies every text, so it is skipped when every record takes part.
    if not eligible.all():
        candidates = candidates.filter(eligible)
    found = near_duplicates(
        candidates, "__near_text", "__id", threshold=recipe.dedup.near_threshold, keep=recipe.dedup.near_keep,
        time_column=time_column, progress=progress, cancel=cancel, already_nfkc=recipe.cleaning.nfkc,
    ).filter(pl.col("duplicate_of").is_not_null())
    kept_where = candidates.select(pl.col("__id").alias("duplicate_of"), pl.col("__where").alias("__kept_where"))
    return found.join(kept_where, on="duplicate_of", how="left").select(
        pl.col("id").alias("__id"), pl.col("duplicate_of").cast(pl.Int64).alias("__near_of"),
        pl.col("similarity").alias("__similarity"), "__kept_where",
    )


def _exact_duplicates(frame: pl.DataFrame, recipe: Recipe) -> pl.DataFrame:
    """Return `__id`, `__duplicate_of` and `__kept_where` for each confirmed exact duplicate."""
    eligible = pl.col("__reasons").list.len() == 0
    key = pl.when(eligible).then(pl.col("__record").hash(seed=0))
    candidates = frame.with_columns(pl.col("__id").min().over(key).alias("__first")).filter(
        eligible & (pl.col("__id") != pl.col("__first")) & ~pl.col("__key").is_in(recipe.review.included)
    ).select("__id", "__first", "__record")
    kept = frame.select(
        pl.col("__id").alias("__first"), pl.col("__record").alias("__kept_record"), pl.col("__where").alias("__kept_where")
    )
    return (
        candidates.join(kept, on="__first", how="left")
        .filter(pl.col("__record") == pl.col("__kept_record"))
        .select("__id", pl.col("__first").cast(pl.Int64).alias("__duplicate_of"), "__kept_where")
    )


# --- selection and split -------------------------------------------------------------------


def select_and_split(frame: pl.DataFrame, recipe: Recipe, task_spec: TaskSpec) -> tuple[pl.DataFrame, dict[str, Any]]:
    """Choose the records to export within the model's maximum, then split them seeded.

    Adds `__status`; records over the maximum get the reason `not_selected`.
    """
    eligible_mask = (pl.col("__reasons").list.len() == 0)
    eligible_count = frame.select(eligible_mask.sum()).item()
    limits = [value for value in (task_spec.max_records, recipe.split.max_records) if value is not None]
    max_total = min(limits) if limits else None
    sizes = plan_sizes(
        eligible_count,
        fraction=recipe.split.validation_fraction,
        validation_supported=task_spec.validation_supported,
        max_records=max_total,
        max_train=task_spec.max_train_records,
        max_validation=task_spec.max_validation_records,
        min_per_file=task_spec.min_records_per_file,
    )
    stratify = recipe.split.stratify_by or None
    if stratify and stratify not in frame.columns:
        raise MappingError(
            f"the stratify column {stratify!r} does not exist; available columns: "
            f"{', '.join(c for c in frame.columns if not c.startswith('__'))}",
            code="unknown_column", field="stratify_by", column=stratify,
        )

    group_sources = [c for c in ("ticket_id", "__group") if c in frame.columns]
    eligible = frame.filter(eligible_mask).select("__id", *(c for c in [stratify, *group_sources] if c))
    selected_mask = select_subset(eligible, sizes.selected, seed=recipe.split.seed, stratify_by=stratify)
    selected = eligible.filter(selected_mask)
    # Records of one ticket or one document stay on the same side of the split.
    group = pl.coalesce(*(pl.col(c).cast(pl.String) for c in group_sources), pl.format("#{}", pl.col("__id")))
    validation_mask = assign_validation(selected.select(group).to_series(), sizes.validation, seed=recipe.split.seed)
    assignment = pl.concat([
        selected.select("__id").with_columns(
            pl.when(validation_mask).then(pl.lit("validation")).otherwise(pl.lit("train")).alias("__assigned")
        ),
        eligible.filter(~selected_mask).select("__id").with_columns(pl.lit("not_selected").alias("__assigned")),
    ])
    frame = frame.join(assignment, on="__id", how="left", maintain_order="left")

    not_selected = pl.col("__assigned") == "not_selected"
    frame = frame.with_columns(
        pl.when(not_selected).then(pl.lit(["not_selected"])).otherwise(pl.col("__reasons")).alias("__reasons"),
        pl.when(not_selected).then(pl.concat_list(pl.format(
            "{}: not selected: at most {} records can be exported, so a seeded subset was kept",
            pl.col("__where"), pl.lit(sizes.selected),
        ))).otherwise(pl.col("__messages")).alias("__messages"),
        pl.when(pl.col("__assigned").is_in(["train", "validation"])).then(pl.col("__assigned"))
        .when(pl.col("__duplicate_of").is_not_null()).then(pl.lit("duplicate"))
        .otherwise(pl.lit("rejected")).alias("__status"),
    ).drop("__assigned")

    validation_count = int(validation_mask.sum())
    info = {
        "seed": recipe.split.seed,
        "validation_fraction": recipe.split.validation_fraction,
        "eligible": eligible_count,
        "selected": selected.height,
        "max_records": max_total,
        "stratify_by": stratify or "",
        "train": selected.height - validation_count,
        "validation": validation_count,
        "notes": list(sizes.notes),
    }
    return frame, info
