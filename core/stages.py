"""The build's steps over one working frame: map, clean, check, deduplicate, select and split.

Each step takes and returns a `MappedFrame` (or a plain frame), adds columns whose names
start with `__`, and never drops a row, so the last step still has every input row.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import polars as pl

from core.catalog import ModelInfo, RecordFormat, TaskSpec
from core.checks import Check, reasons_exprs
from core.clean import RuleStat, clean_fields
from core.errors import MappingError
from core.formats import conversation_problem_expr, decode_conversations, record_json_expr, turns_from_fields
from core.mapping import Template, parse_template, referenced_values_empty_expr, template_expr
from core.readers import NONTEXT, REJECT, SOURCE_FILE, SOURCE_ROW
from core.recipe import CleaningSpec, Recipe, Task
from core.split import assign_validation, plan_sizes, select_subset
from core.tokens import aws_tokens_expr, script_tokens_expr

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


# --- mapping -------------------------------------------------------------------------------


def map_fields(frame: pl.DataFrame, recipe: Recipe, task_spec: TaskSpec) -> MappedFrame:
    """Fill the output fields from the templates, choosing sensible columns when none are set.

    Raises:
        MappingError: a template names a missing column, or no mapping fits the columns.
    """
    columns = [name for name in frame.columns if not name.startswith("__")]
    mapping = recipe.mapping
    frame = frame.with_columns(
        pl.concat_str(pl.col(SOURCE_FILE), pl.lit(":"), pl.col(SOURCE_ROW).cast(pl.String)).alias("__key")
    )

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
        return _finish_mapping(mapped, KIND_INPUT, {"input": template}, columns)

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
        system_expr = template_expr(templates["system"]) if "system" in templates else pl.col("__conv_system")
        mapped = mapped.with_columns(system_expr.alias("__system"))
        templates["conversation"] = Template("conversation", conversation, ((conversation,),))
        return _finish_mapping(mapped, KIND_CONVERSATION, templates, columns)

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
    return _finish_mapping(mapped, KIND_FIELDS, templates, columns)


def _default_fine_tuning_mapping(columns: list[str]) -> tuple[str, str, str]:
    """Pick the conversation or prompt/completion columns a file already names, or fail."""
    for name in ("conversation", "messages"):
        if name in columns:
            return name, "", ""
    if "prompt" in columns and "completion" in columns:
        return "", "prompt", "completion"
    raise MappingError(
        "choose which columns become the prompt and the completion (--prompt and --completion, "
        "a column name or a template such as 'Question: {title}'); "
        f"available columns: {', '.join(columns) or '(none)'}",
        code="field_not_mapped", field="prompt", columns=columns,
    )


def _finish_mapping(
    frame: pl.DataFrame, kind: str, templates: dict[str, Template], columns: list[str]
) -> MappedFrame:
    used = sorted({name for template in templates.values() for name in template.columns})
    unused = [name for name in columns if name not in used]
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


def clean_mapped(mapped: MappedFrame, spec: CleaningSpec) -> tuple[MappedFrame, list[RuleStat]]:
    """Clean the mapped text fields and build `__turns` (or keep `__input`) from them."""
    frame = mapped.frame
    if mapped.kind == KIND_INPUT:
        frame, stats = clean_fields(frame, ["__input"], spec)
    elif mapped.kind == KIND_FIELDS:
        frame, stats = clean_fields(frame, ["__prompt", "__completion", "__system"], spec)
        frame = frame.with_columns(turns_from_fields("__prompt", "__completion"))
    else:
        frame, stats = _clean_conversations(frame, spec)
    frame = frame.with_columns(pl.when(pl.col("__system") != "").then(pl.col("__system")).alias("__system"))
    if mapped.kind != KIND_INPUT:
        frame = frame.with_columns(pl.lit(None, dtype=pl.String).alias("__input"))
    return MappedFrame(frame, mapped.kind, mapped.templates, mapped.summary, mapped.warnings), stats


def _clean_conversations(frame: pl.DataFrame, spec: CleaningSpec) -> tuple[pl.DataFrame, list[RuleStat]]:
    """Clean every turn's content; a rule's count is the number of turns it changed."""
    frame, system_stats = clean_fields(frame, ["__system"], spec)
    turns = (
        frame.filter(pl.col("__turns").list.len() > 0)
        .select("__id", "__turns")
        .explode("__turns")
        .select("__id", pl.col("__turns").struct.field("role"), pl.col("__turns").struct.field("content"))
    )
    turns, turn_stats = clean_fields(turns, ["content"], spec)
    regrouped = turns.group_by("__id", maintain_order=True).agg(pl.struct("role", "content").alias("__turns_clean"))
    frame = frame.join(regrouped, on="__id", how="left", maintain_order="left").with_columns(
        pl.coalesce("__turns_clean", "__turns").alias("__turns")
    ).drop("__turns_clean")
    by_rule = {stat.rule: stat for stat in system_stats}
    for stat in turn_stats:
        if stat.rule in by_rule:
            by_rule[stat.rule].changed += stat.changed
            by_rule[stat.rule].examples = (by_rule[stat.rule].examples + stat.examples)[:3]
        else:
            by_rule[stat.rule] = stat
    return frame, list(by_rule.values())


# --- per-record checks ---------------------------------------------------------------------


def apply_checks(mapped: MappedFrame, recipe: Recipe, model: ModelInfo, task_spec: TaskSpec) -> MappedFrame:
    """Estimate tokens, build each record's JSON and collect every rejection reason."""
    frame = _add_texts_and_tokens(mapped.frame, mapped.kind)
    record_format = task_spec.record_format
    prefix_system = record_format == RecordFormat.PROMPT_COMPLETION and mapped.kind != KIND_INPUT
    has_content = pl.col("__input").is_not_null() if mapped.kind == KIND_INPUT else pl.col("__turns").is_not_null()
    frame = frame.with_columns(
        pl.when(has_content).then(record_json_expr(str(record_format), system_as_prompt_prefix=prefix_system))
        .alias("__record")
    )
    warnings = list(mapped.warnings)
    if prefix_system and frame.select((pl.col("__system").is_not_null()).any()).item():
        warnings.append({
            "code": "system_in_prompt",
            "message": f"{model.name} takes prompt/completion records, which have no system field, "
            "so the system prompt was put before each prompt",
        })
    checks = _checks(mapped, recipe, model, task_spec)
    frame = frame.with_columns(reasons_exprs(checks))
    return MappedFrame(frame, mapped.kind, mapped.templates, mapped.summary, warnings)


def _add_texts_and_tokens(frame: pl.DataFrame, kind: str) -> pl.DataFrame:
    system = pl.col("__system").fill_null("")
    if kind == KIND_INPUT:
        text_all = pl.col("__input").fill_null("")
        text_in, text_out = text_all, pl.lit("")
    else:
        contents = pl.col("__turns").list.eval(pl.element().struct.field("content"))
        earlier = pl.col("__turns").list.head(pl.col("__turns").list.len() - 1)
        earlier_text = earlier.list.eval(pl.element().struct.field("content")).list.join("\n").fill_null("")
        text_all = _join_with_system(system, contents.list.join("\n").fill_null(""))
        text_in = _join_with_system(system, earlier_text)
        text_out = pl.col("__turns").list.last().struct.field("content").fill_null("")
    return frame.with_columns(text_all.alias("__text_all"), text_in.alias("__text_in"), text_out.alias("__text_out")).with_columns(
        aws_tokens_expr(pl.col("__text_all")).cast(pl.Int64).alias("__tokens_aws"),
        script_tokens_expr(pl.col("__text_all")).cast(pl.Int64).alias("__tokens_script"),
        pl.max_horizontal(aws_tokens_expr(pl.col("__text_in")), script_tokens_expr(pl.col("__text_in")))
        .cast(pl.Int64).alias("__tokens_in"),
        pl.max_horizontal(aws_tokens_expr(pl.col("__text_out")), script_tokens_expr(pl.col("__text_out")))
        .cast(pl.Int64).alias("__tokens_out"),
    )


def _join_with_system(system: pl.Expr, text: pl.Expr) -> pl.Expr:
    return pl.when(system != "").then(pl.concat_str(system, pl.lit("\n"), text)).otherwise(text)


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
            pl.col("__text_all").str.extract_many(model.reserved_strings).list.unique(maintain_order=True)
            .list.eval(pl.format('"{}"', pl.element().str.replace_all("\n", "\\n", literal=True))).list.join(", "),
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
        checks.append(Check("too_short", text_ok & (pl.col("__text_all").str.len_chars() < recipe.cleaning.min_chars)))
    if recipe.cleaning.max_chars:
        checks.append(Check("too_long", text_ok & (pl.col("__text_all").str.len_chars() > recipe.cleaning.max_chars)))
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


def _contains_reserved(kind: str, reserved: list[str]) -> pl.Expr:
    """True where the system text or any single field contains a reserved string."""
    in_system = pl.col("__system").fill_null("").str.contains_any(reserved)
    if kind == KIND_INPUT:
        return in_system | pl.col("__input").fill_null("").str.contains_any(reserved)
    in_turns = pl.col("__turns").list.eval(
        pl.element().struct.field("content").fill_null("").str.contains_any(reserved)
    ).list.any().fill_null(False)
    return in_system | in_turns


# --- duplicates ----------------------------------------------------------------------------


def mark_duplicates(mapped: MappedFrame, recipe: Recipe) -> MappedFrame:
    """Mark exact duplicates among the records that passed every check.

    Two records are duplicates when their cleaned JSON records are equal. The first one
    in input order is kept; each later one gets `__duplicate_of` = the kept record's id.
    A record the user chose to keep in the Review step is never marked.
    """
    frame = mapped.frame
    eligible = pl.col("__reasons").list.len() == 0
    if recipe.dedup.exact:
        first_id = pl.col("__id").min().over(pl.when(eligible).then(pl.col("__record")))
        is_duplicate = eligible & (pl.col("__id") != first_id) & ~pl.col("__key").is_in(recipe.review.included)
        frame = frame.with_columns(pl.when(is_duplicate).then(first_id).cast(pl.Int64).alias("__duplicate_of"))
    else:
        frame = frame.with_columns(pl.lit(None, dtype=pl.Int64).alias("__duplicate_of"))

    kept_where = frame.select("__id", pl.col("__where").alias("__kept_where"))
    frame = frame.join(
        kept_where, left_on="__duplicate_of", right_on="__id", how="left", maintain_order="left"
    )
    is_dup = pl.col("__duplicate_of").is_not_null()
    frame = frame.with_columns(
        pl.when(is_dup).then(pl.concat_list(pl.col("__reasons"), pl.lit(["duplicate"])))
        .otherwise(pl.col("__reasons")).alias("__reasons"),
        pl.when(is_dup).then(pl.concat_list(
            pl.col("__messages"),
            pl.concat_list(pl.format("{}: exact duplicate of record {} ({}), which is kept",
                                     pl.col("__where"), pl.col("__duplicate_of"), pl.col("__kept_where"))),
        )).otherwise(pl.col("__messages")).alias("__messages"),
    ).drop("__kept_where")
    return MappedFrame(frame, mapped.kind, mapped.templates, mapped.summary, mapped.warnings)


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

    eligible = frame.filter(eligible_mask).select("__id", *(c for c in [stratify, "ticket_id"] if c and c in frame.columns))
    selected_mask = select_subset(eligible, sizes.selected, seed=recipe.split.seed, stratify_by=stratify)
    selected = eligible.filter(selected_mask)
    group = pl.col("ticket_id").cast(pl.String) if "ticket_id" in selected.columns else pl.col("__id").cast(pl.String)
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
            "{}: not selected: the model accepts at most {} records, so a seeded random subset was kept",
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
