"""`tunedata kb-export`: prepare documents for an Amazon Bedrock Knowledge Base."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from core.errors import UsageError


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "kb-export",
        help="write cleaned documents with metadata sidecars for a Bedrock Knowledge Base",
        description="Write each document as cleaned text plus a <file>.metadata.json sidecar with the "
        "attributes you give, within the Knowledge Base's file-type and size limits. Use this instead of "
        "training data when the answers must come from private documents that change.",
    )
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="documents (PDF, DOCX, HTML, Markdown, text) or folders of them")
    parser.add_argument("--out", required=True, metavar="DIR", help="output folder (created if missing)")
    parser.add_argument("--attribute", action="append", default=[], metavar="KEY=VALUE",
                        help="metadata attribute for every file; numbers are stored as numbers, "
                        "true/false as booleans (repeatable)")
    parser.add_argument("--json", action="store_true", help="print the result as one JSON object")
    parser.set_defaults(handler=_run)


def parse_attributes(items: list[str]) -> dict[str, object]:
    """Turn KEY=VALUE options into attribute values: numbers, booleans or text."""
    attributes: dict[str, object] = {}
    for item in items:
        key, separator, value = item.partition("=")
        if not separator or not key.strip():
            raise UsageError(
                f"--attribute {item!r} is not KEY=VALUE; write for example --attribute department=legal",
                code="bad_option", option="--attribute", value=item,
            )
        attributes[key.strip()] = _typed(value.strip())
    return attributes


def _typed(value: str) -> object:
    if value.lower() in ("true", "false"):
        return value.lower() == "true"
    try:
        return int(value)
    except ValueError:
        pass
    try:
        return float(value)
    except ValueError:
        return value


def _run(args: argparse.Namespace) -> int:
    from core.cli.convert_cmd import expand_inputs
    from core.kb_export import export_knowledge_base

    result = export_knowledge_base(expand_inputs(args.inputs), Path(args.out).resolve(), parse_attributes(args.attribute))
    if args.json:
        print(json.dumps({
            "written": [str(path) for path in result.written],
            "skipped": [{"path": str(path), "reason": reason} for path, reason in result.skipped],
        }, ensure_ascii=False, indent=2))
    else:
        for path in result.written:
            print(f"wrote {path}")
        for path, reason in result.skipped:
            print(f"skipped {path}: {reason}")
    return 0 if result.written else 2
