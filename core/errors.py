"""Exception tree of the core.

Every error a user can fix derives from `TuneDataError` and carries a plain English
message that names the file, row, column or value involved and says what to do next.
`code` is a stable identifier and `params` the values the message was built from, so
the window can show the message in the user's language (see `gui.i18n`).

Anything that is not a `TuneDataError` is a bug: the command line prints a traceback
hint and exits 3, and the window opens its crash dialog.

Cancelling is not an error: `Cancelled` derives from `Exception` directly, and callers
show no message for it.
"""

from __future__ import annotations

from typing import Any


class TuneDataError(Exception):
    """An error the user can fix; `exit_code` is what the command line exits with."""

    exit_code = 2

    def __init__(self, message: str, *, code: str = "error", **params: Any) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.params = params

    def __str__(self) -> str:
        return self.message


class InputError(TuneDataError):
    """An input file is missing, unreadable, undecodable or malformed as a whole."""


class UsageError(TuneDataError):
    """A command-line option, recipe value or template is invalid."""


class RecipeError(UsageError):
    """A recipe file cannot be read or does not match the recipe schema."""


class MappingError(UsageError):
    """A field template names a column that does not exist, or is empty."""


class CatalogError(TuneDataError):
    """The model catalog is missing, invalid, or does not know the requested model."""


class DataInvalidError(TuneDataError):
    """The data as a whole is not valid for the chosen model (exit code 1)."""

    exit_code = 1


class AwsError(TuneDataError):
    """An AWS call failed for a reason the user can act on (credentials, access, region)."""


class Cancelled(Exception):
    """The user cancelled a long operation; not an error, so no message is shown."""
