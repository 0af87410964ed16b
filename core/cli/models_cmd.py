"""`tunedata models`: list the Bedrock base models in the catalog, with their formats and limits."""

from __future__ import annotations

import argparse
import json

from core.catalog import ModelInfo, TaskSpec, load_catalog

_COLUMNS = ("id", "name", "provider", "task", "format", "tokens/record", "records", "regions", "status")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "models",
        help="list the base models that can be customized, with formats and limits",
        description="List the Amazon Bedrock base models in the catalog: identifier, name, provider, "
        "record format, token limit per record, minimum and maximum records, Regions and lifecycle status. "
        "A model with several customization types has one row per type.",
    )
    parser.add_argument("--json", action="store_true", help="print the full catalog as a JSON list of models")
    parser.set_defaults(handler=_run)


def _run(args: argparse.Namespace) -> int:
    catalog = load_catalog()
    if args.json:
        print(json.dumps([model.model_dump(mode="json") for model in catalog.models], ensure_ascii=False, indent=2))
        return 0
    rows = [_row(model, spec) for model in catalog.models for spec in model.tasks]
    print(format_table(_COLUMNS, rows))
    return 0


def _row(model: ModelInfo, spec: TaskSpec) -> tuple[str, ...]:
    task = spec.task.value if spec.available else f"{spec.task.value} (unavailable)"
    return (
        model.id,
        model.name,
        model.provider,
        task,
        spec.record_format.value,
        _tokens_text(spec),
        _records_text(spec),
        ", ".join(model.regions) or "-",
        model.lifecycle.value,
    )


def _tokens_text(spec: TaskSpec) -> str:
    if spec.max_input_tokens is not None and spec.max_output_tokens is not None and (
        spec.max_input_tokens < spec.max_tokens_per_record or spec.max_output_tokens < spec.max_tokens_per_record
    ):
        return f"in {spec.max_input_tokens:,} / out {spec.max_output_tokens:,}"
    return f"{spec.max_tokens_per_record:,}"


def _records_text(spec: TaskSpec) -> str:
    maximum = spec.max_training_file_records
    minimum = max(spec.min_records, spec.min_records_per_file or 0)
    return f"{minimum:,}-{maximum:,}" if maximum is not None else f"{minimum:,}+"


def format_table(columns: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    """Format rows as left-aligned text columns under a header line."""
    widths = [max(len(str(cell)) for cell in column) for column in zip(columns, *rows)]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(columns, widths)).rstrip()]
    lines.append("  ".join("-" * width for width in widths))
    lines += ["  ".join(str(cell).ljust(width) for cell, width in zip(row, widths)).rstrip() for row in rows]
    return "\n".join(lines)
