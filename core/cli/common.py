"""Options and output shared by the build commands (`convert`, `run`)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from core.pipeline import BuildResult
from core.progress import ProgressCallback


def add_json_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print the report as one JSON object instead of a summary")


def stderr_progress(verbose: bool) -> ProgressCallback:
    """Return a progress callback that prints each new stage to standard error when `verbose`."""
    seen: set[str] = set()

    def report(stage: str, done: float, total: float | None) -> None:
        if verbose and stage not in seen:
            seen.add(stage)
            print(f"... {stage}", file=sys.stderr)

    return report


def print_build_result(result: BuildResult, as_json: bool) -> int:
    """Print the report (JSON or a readable summary) and return the build's exit code."""
    report = result.report
    if as_json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return result.exit_code
    print(_summary(report, str(result.out_dir) if result.out_dir else ""))
    return result.exit_code


def _summary(report: dict[str, Any], out_dir: str) -> str:
    counts = report["counts"]
    lines = [
        f"model: {report['model']['id']} ({report['model']['record_format']}), task: {report['task']}",
    ]
    for item in report["inputs"]:
        encoding = f", encoding {item['encoding']}" if item.get("encoding") else ""
        lines.append(f"input: {item['path']} ({item['format']}{encoding}, {item['rows']} rows)")
        lines.extend(f"  {p['severity']}: {p['message']}" for p in item["problems"][:10])
        if len(item["problems"]) > 10:
            lines.append(f"  ... and {len(item['problems']) - 10} more problems (see report.json)")
    lines.append(
        f"rows read: {counts['rows_read']}  train: {counts['train']}  validation: {counts['validation']}  "
        f"rejected: {counts['rejected']}  duplicates: {counts['duplicates']}"
    )
    if report["reasons"]:
        lines.append("reasons: " + ", ".join(f"{code} {n}" for code, n in report["reasons"].items()))
    aws, script = report["tokens"]["aws"], report["tokens"]["script"]
    lines.append(
        f"tokens (characters/6): total {aws['total']}, max {aws['max']}, p50 {aws['p50']}, p95 {aws['p95']}"
    )
    lines.append(
        f"tokens (script-aware): total {script['total']}, max {script['max']}, p50 {script['p50']}, "
        f"p95 {script['p95']}; limit per record {report['tokens']['limit_per_record']}"
    )
    lines.extend(f"warning: {w['message']}" for w in report["warnings"])
    lines.extend(f"error: {e['message']}" for e in report["errors"])
    if out_dir:
        lines.append(f"output: {out_dir}")
    return "\n".join(lines)
