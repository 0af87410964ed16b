"""The `tunedata` command line.

Each command lives in its own module with a `register(subparsers)` function that adds its
parser and sets `handler`. Handlers return the exit code: 0 success, 1 the data is not
valid for the model, 2 usage or file errors. A `TuneDataError` is printed as its message;
anything else is a bug and exits 3 with the traceback.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
import traceback
from collections.abc import Sequence

from core import __version__
from core.errors import Cancelled, TuneDataError

_COMMAND_MODULES = (
    "core.cli.inspect_cmd",
    "core.cli.convert_cmd",
    "core.cli.run_cmd",
    "core.cli.validate_cmd",
    "core.cli.models_cmd",
    "core.cli.upload_cmd",
    "core.cli.jobs_cmd",
    "core.cli.kb_cmd",
)

EXIT_OK = 0
EXIT_INVALID_DATA = 1
EXIT_USAGE = 2
EXIT_BUG = 3
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, as shells report a command whose reader went away


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose usage errors exit with EXIT_USAGE and a hint to use --help."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\nRun '{self.prog} --help' for the options.\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="tunedata",
        description="Prepare training data for Amazon Bedrock model customization.",
    )
    parser.add_argument("--version", action="version", version=f"tunedata {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress to standard error")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    subparsers.required = True
    for module_name in _COMMAND_MODULES:
        importlib.import_module(module_name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    try:
        return int(args.handler(args))
    except TuneDataError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except Cancelled:
        print("cancelled", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader of our output (e.g. `| head`) closed the pipe; stop quietly. Pointing
        # stdout at /dev/null keeps Python's final flush from failing again at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    except Exception:  # noqa: BLE001 - a bug: show it in full so it can be reported
        traceback.print_exc()
        print("error: unexpected internal error; please report it with the lines above", file=sys.stderr)
        return EXIT_BUG


if __name__ == "__main__":
    sys.exit(main())
