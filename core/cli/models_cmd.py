"""`tunedata models` (not implemented yet)."""

from __future__ import annotations

import argparse

from core.errors import UsageError


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("models", help="(not implemented yet)")
    parser.set_defaults(handler=_run)


def _run(args: argparse.Namespace) -> int:
    raise UsageError("'tunedata models' is not implemented yet", code="not_implemented")
