"""`tunedata run`: build a dataset from a recipe file."""

from __future__ import annotations

import argparse
from pathlib import Path

from core.cli.common import add_json_option, print_build_result, stderr_progress
from core.pipeline import build
from core.recipe import load_recipe


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "run",
        help="build a dataset from a recipe file saved by the window or by 'convert --save-recipe'",
        description="Run the build a recipe describes (see docs/recipe.md). Relative paths in the recipe "
        "are relative to the recipe file.",
    )
    parser.add_argument("recipe", metavar="RECIPE.toml", help="recipe file")
    parser.add_argument("--out", metavar="DIR", help="output folder, instead of the recipe's")
    add_json_option(parser)
    parser.set_defaults(handler=_run)


def _run(args: argparse.Namespace) -> int:
    recipe = load_recipe(Path(args.recipe))
    if args.out:
        recipe.output.folder = str(Path(args.out).resolve())
    result = build(recipe, progress=stderr_progress(args.verbose))
    return print_build_result(result, args.json)
