"""`tunedata validate`: check an existing .jsonl training file for one base model."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from core.catalog import load_catalog
from core.jsonl_check import CheckResult, check_file
from core.recipe import Task


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "validate",
        help="check a .jsonl training file against what a base model accepts",
        description="Check a .jsonl training file line by line against the record format, reserved "
        "strings, token limit and record counts of a Bedrock base model. Exit status: 0 valid "
        "(warnings allowed), 1 not valid for the model, 2 usage or file error.",
    )
    parser.add_argument("file", type=Path, metavar="FILE.jsonl", help="the training file to check")
    parser.add_argument(
        "--model", required=True, metavar="MODEL_ID",
        help="base model identifier, e.g. meta.llama3-1-8b-instruct-v1:0:128k (see 'tunedata models')",
    )
    parser.add_argument(
        "--task", choices=[task.value for task in Task], default=Task.FINE_TUNING.value,
        help="customization type the file is for (default: fine-tuning)",
    )
    parser.add_argument(
        "--json", action="store_true",
        help="print one JSON object with the file, model, task, record count, problems and validity",
    )
    parser.set_defaults(handler=_run)


def _run(args: argparse.Namespace) -> int:
    model = load_catalog().get(args.model)
    result = check_file(args.file, model, Task(args.task))
    if args.json:
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(format_result(result, model.name))
    return 0 if result.valid else 1


def format_result(result: CheckResult, model_name: str) -> str:
    """Format a check result as a summary line followed by one line per problem."""
    errors, warnings = len(result.errors), len(result.warnings)
    verdict = "valid" if result.valid else "NOT valid"
    lines = [
        f"{result.file}: {result.records:,} records, {errors:,} error{'s' if errors != 1 else ''}, "
        f"{warnings:,} warning{'s' if warnings != 1 else ''}; {verdict} for {model_name} ({result.task})"
    ]
    for problem in result.problems:
        lines.append(f"  {problem.severity:<7}  {problem.code:<24}  {problem.message}")
    return "\n".join(lines)
