"""`tunedata convert`: build Bedrock training files from input files and options."""

from __future__ import annotations

import argparse
from pathlib import Path

from core.cli.common import add_json_option, print_build_result, stderr_progress
from core.pipeline import build
from core.readers import supported_formats
from core.recipe import CleaningSpec, MappingSpec, ModelSpec, OutputSpec, Recipe, SourceSpec, SplitSpec, Task

_SOURCE_KINDS = ["auto", *supported_formats()]

CLEAN_RULES = {
    "nfkc": {"nfkc": True},
    "html": {"html_to_text": True},
    "mojibake": {"repair_mojibake": True},
    "t2s": {"chinese_script": "t2s"},
    "s2t": {"chinese_script": "s2t"},
    "boilerplate": {"remove_boilerplate_lines": True},
    "escape-reserved": {"reserved_strings": "escape"},
    "keep-zero-width": {"remove_zero_width": False},
}
"""Names accepted by --clean and the recipe settings each one sets."""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "convert",
        help="turn CSV, Excel, JSON, documents or ticket exports into Bedrock .jsonl files",
        description="Read the input files, map their columns to the model's record format, clean, "
        "deduplicate, check every record against the model's limits, split, and write train.jsonl, "
        "validation.jsonl, rejected.jsonl and report.json to --out.",
    )
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="input files (CSV, TSV, XLSX, JSON, JSONL, "
                        "PDF, DOCX, HTML, Markdown, text, ticket exports), or folders whose supported files are all read")
    parser.add_argument("--out", required=True, metavar="DIR", help="output folder (created if missing)")
    parser.add_argument("--model", required=True, metavar="MODEL_ID",
                        help="base model identifier, e.g. meta.llama3-1-8b-instruct-v1:0:128k (see 'tunedata models')")
    parser.add_argument("--task", choices=[t.value for t in Task], default=Task.FINE_TUNING.value,
                        help="customization type (default: fine-tuning)")
    parser.add_argument("--prompt", default="", metavar="T",
                        help="prompt template: a column name or text with {column} placeholders; "
                        "\\n is a line break and \\t a tab")
    parser.add_argument("--completion", default="", metavar="T", help="completion template, as --prompt")
    parser.add_argument("--system", default="", metavar="T", help="optional system prompt template (may be plain text)")
    parser.add_argument("--input", default="", metavar="T", help="input template for continued pre-training (default: column 'text')")
    parser.add_argument("--conversation", default="", metavar="COLUMN",
                        help="column holding whole conversations as JSON lists of role/content messages")
    parser.add_argument("--encoding", default="auto", metavar="E", help="text encoding of the inputs, e.g. gb18030, cp932, big5 (default: detect)")
    parser.add_argument("--sheet", default="", metavar="NAME", help="Excel sheet to read (default: the first)")
    parser.add_argument("--source-kind", choices=_SOURCE_KINDS, default="auto",
                        help="force the input format instead of detecting it (e.g. zendesk, jira, markdown)")
    parser.add_argument("--ticket-output", choices=["pairs", "conversation", "classification"], default="pairs",
                        help="what ticket exports become (default: question/answer pairs)")
    parser.add_argument("--ticket-label", default="", metavar="FIELD", help="ticket field used as the label for --ticket-output classification")
    parser.add_argument("--validation-fraction", type=float, default=0.1, metavar="F",
                        help="share of records held out for validation, 0 to 0.5 (default: 0.1)")
    parser.add_argument("--seed", type=int, default=42, metavar="N", help="seed for the random selection and split (default: 42)")
    parser.add_argument("--max-records", type=int, default=None, metavar="N", help="export at most N records (default: the model's maximum)")
    parser.add_argument("--stratify-by", default="", metavar="COLUMN", help="keep each value's share of this column when a subset is selected")
    parser.add_argument("--nfkc", action="store_true", help="normalise text with Unicode NFKC (full-width letters and digits to half-width)")
    parser.add_argument("--clean", default="", metavar="RULE,...",
                        help="extra cleaning rules to switch on, comma-separated: " + ", ".join(CLEAN_RULES))
    parser.add_argument("--min-chars", type=int, default=0, metavar="N", help="reject records with fewer characters (default: off)")
    parser.add_argument("--max-chars", type=int, default=0, metavar="N", help="reject records with more characters (default: off)")
    parser.add_argument("--redact-pii", action="store_true",
                        help="replace personal data (e-mail, phone, ID and card numbers, keys, ...) with typed placeholders")
    parser.add_argument("--pii-types", default="", metavar="TYPE,...",
                        help="only these types, e.g. email,phone,id_number,card,iban,ip,url,secret (default: all)")
    parser.add_argument("--near-dedup", action="store_true", help="also remove near duplicates (MinHash)")
    parser.add_argument("--near-dedup-keep", choices=["first", "longest", "most_recent"], default="first",
                        help="which record of a near-duplicate cluster is kept (default: first)")
    parser.add_argument("--near-dedup-time", default="", metavar="COLUMN",
                        help="column with the time that --near-dedup-keep most_recent compares")
    parser.add_argument("--near-dedup-threshold", type=float, default=0.8, metavar="J",
                        help="estimated Jaccard similarity from which records count as near duplicates, 0.5 to 1 (default: 0.8)")
    parser.add_argument("--no-dedup", action="store_true", help="keep exact duplicates")
    parser.add_argument("--numbers-as-text", action="store_true", help="accept JSON numbers and true/false as text")
    parser.add_argument("--streaming", choices=["auto", "on", "off"], default="auto",
                        help="stream JSON Lines and CSV inputs larger than memory: auto streams inputs over 1 GiB "
                        "when the settings allow it, on always streams or refuses, off never (default: auto)")
    parser.add_argument("--save-recipe", metavar="FILE.toml", help="also save these settings as a recipe file")
    add_json_option(parser)
    parser.set_defaults(handler=_run)


def expand_inputs(inputs: list[str]) -> list[Path]:
    """Resolve the input paths, replacing a folder by the supported files directly inside it.

    Raises:
        InputError: a folder holds no supported file.
    """
    from core.errors import InputError
    from core.readers.detect import supported_extensions

    extensions = set(supported_extensions())
    paths: list[Path] = []
    for given in inputs:
        path = Path(given).resolve()
        if not path.is_dir():
            paths.append(path)
            continue
        found = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in extensions)
        if not found:
            raise InputError(
                f"{path} is a folder with no supported files; supported types: {', '.join(sorted(extensions))}",
                code="folder_empty", path=str(path),
            )
        paths.extend(found)
    return paths


def unescape_template(text: str) -> str:
    r"""Turn the escapes a shell user types (
, 	, \) into the characters they stand for.

    A shell passes `"{title}
{ask}"` with a backslash and an n, not a line break, but a
    user writing it means a line break, as the window and the recipe file give.
    """
    result: list[str] = []
    index = 0
    while index < len(text):
        char = text[index]
        if char == "\\" and index + 1 < len(text) and text[index + 1] in "nt\\":
            result.append({"n": "\n", "t": "\t", "\\": "\\"}[text[index + 1]])
            index += 2
            continue
        result.append(char)
        index += 1
    return "".join(result)


def recipe_from_args(args: argparse.Namespace) -> Recipe:
    """Build the recipe that `convert`'s options describe."""
    from core.errors import UsageError

    if not 0.5 <= args.near_dedup_threshold <= 1:
        raise UsageError(
            f"--near-dedup-threshold {args.near_dedup_threshold} is outside 0.5 to 1",
            code="bad_option", option="--near-dedup-threshold",
        )
    if not 0 <= args.validation_fraction <= 0.5:
        raise UsageError(
            f"--validation-fraction {args.validation_fraction} is outside 0 to 0.5",
            code="bad_option", option="--validation-fraction",
        )
    sources = [
        SourceSpec(
            path=str(path), format=args.source_kind, encoding=args.encoding, sheet=args.sheet,
            ticket_output=args.ticket_output, ticket_label=args.ticket_label,
        )
        for path in expand_inputs(args.inputs)
    ]
    recipe = Recipe(
        sources=sources,
        mapping=MappingSpec(
            task=Task(args.task), prompt=unescape_template(args.prompt),
            completion=unescape_template(args.completion), system=unescape_template(args.system),
            input=unescape_template(args.input), conversation=args.conversation,
        ),
        cleaning=_cleaning_from_args(args),
        split=SplitSpec(validation_fraction=args.validation_fraction, seed=args.seed,
                        max_records=args.max_records, stratify_by=args.stratify_by),
        model=ModelSpec(id=args.model),
        output=OutputSpec(folder=str(Path(args.out).resolve())),
    )
    recipe.performance.streaming = args.streaming
    recipe.dedup.exact = not args.no_dedup
    recipe.dedup.near = args.near_dedup
    recipe.dedup.near_threshold = args.near_dedup_threshold
    recipe.dedup.near_keep = args.near_dedup_keep
    recipe.dedup.near_time_column = args.near_dedup_time
    return recipe


def _cleaning_from_args(args: argparse.Namespace) -> CleaningSpec:
    from core.errors import UsageError

    settings: dict[str, object] = {
        "nfkc": args.nfkc, "coerce_non_text": args.numbers_as_text,
        "min_chars": args.min_chars, "max_chars": args.max_chars,
    }
    for name in filter(None, (part.strip() for part in args.clean.split(","))):
        if name not in CLEAN_RULES:
            raise UsageError(
                f"--clean: unknown rule {name!r}; choose from {', '.join(CLEAN_RULES)}",
                code="bad_option", option="--clean", value=name,
            )
        settings.update(CLEAN_RULES[name])
    spec = CleaningSpec.model_validate(settings)
    spec.pii.enabled = args.redact_pii or bool(args.pii_types)
    spec.pii.types = [t.strip() for t in args.pii_types.split(",") if t.strip()]
    return spec


def _run(args: argparse.Namespace) -> int:
    recipe = recipe_from_args(args)
    if args.save_recipe:
        from core.recipe import save_recipe

        save_recipe(recipe, Path(args.save_recipe).resolve())
    result = build(recipe, progress=stderr_progress(args.verbose))
    return print_build_result(result, args.json)
