"""Field templates: how source columns become prompt, completion, system or input text.

A template is free text with `{column}` placeholders, for example `请把句子分类：{text}`.
A template that is exactly a column name means that column. `{{` and `}}` stand for
literal braces. Missing values count as empty text.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

import polars as pl

from core.errors import MappingError

_PLACEHOLDER = re.compile(r"\{\{|\}\}|\{([^{}]+)\}")


@dataclass(frozen=True)
class Template:
    """A parsed template: literal text and column references, in order."""

    field: str
    text: str
    parts: tuple[str | tuple[str], ...]
    """Each part is a literal string or a 1-tuple holding a column name."""

    @property
    def columns(self) -> list[str]:
        return [part[0] for part in self.parts if isinstance(part, tuple)]

    @property
    def is_empty(self) -> bool:
        return not self.text.strip()


def parse_template(field: str, text: str, columns: list[str], *, allow_constant: bool = False) -> Template:
    """Parse `text` for the output field `field`, checking every name against `columns`.

    `allow_constant` permits text without placeholders, as a system prompt usually is.

    Raises:
        MappingError: a placeholder names a column that does not exist, a brace is
            unmatched, or a non-constant field names no column.
    """
    if text in columns:
        return Template(field, text, ((text,),))

    parts: list[str | tuple[str]] = []
    position = 0
    for match in _PLACEHOLDER.finditer(text):
        literal = text[position:match.start()]
        if "{" in literal or "}" in literal:
            _raise_unmatched_brace(field, text)
        if literal:
            parts.append(literal)
        token = match.group(0)
        if token in ("{{", "}}"):
            parts.append(token[0])
        else:
            name = match.group(1)
            if name not in columns:
                close = difflib.get_close_matches(name, columns, n=1)
                hint = f" Did you mean {{{close[0]}}}?" if close else ""
                raise MappingError(
                    f"the {field} template refers to column {{{name}}}, which does not exist; "
                    f"available columns: {', '.join(columns) or '(none)'}.{hint}",
                    code="unknown_column", field=field, column=name, columns=columns,
                )
            parts.append((name,))
        position = match.end()
    tail = text[position:]
    if "{" in tail or "}" in tail:
        _raise_unmatched_brace(field, text)
    if tail:
        parts.append(tail)

    if text.strip() and not allow_constant and not any(isinstance(part, tuple) for part in parts):
        close = [name for name in columns if name.casefold() == text.strip().casefold()]
        close = close or difflib.get_close_matches(text.strip(), columns, n=1)
        hint = f" Did you mean the column {close[0]!r}?" if close else " Use {column} to insert a column."
        raise MappingError(
            f"the {field} template {text!r} names no column, so every record would get the same text.{hint} "
            f"Available columns: {', '.join(columns) or '(none)'}",
            code="template_without_column", field=field, template=text, columns=columns,
        )
    return Template(field, text, tuple(parts))


def _raise_unmatched_brace(field: str, text: str) -> None:
    raise MappingError(
        f"the {field} template {text!r} has an unmatched brace; write {{column}} to insert a column "
        "and {{{{ or }}}} for a literal brace",
        code="template_brace", field=field, template=text,
    )


def template_expr(template: Template) -> pl.Expr:
    """Return a String expression that fills the template row by row (nulls become empty text)."""
    if not template.parts:
        return pl.lit("", dtype=pl.String)
    pieces = [
        pl.col(part[0]).cast(pl.String).fill_null("") if isinstance(part, tuple) else pl.lit(part, dtype=pl.String)
        for part in template.parts
    ]
    if len(pieces) == 1:
        return pieces[0]
    return pl.concat_str(pieces)


def referenced_values_empty_expr(template: Template) -> pl.Expr:
    """Return a Boolean expression: True where every column the template uses is empty or null.

    A template such as `Question: {ask}` is never empty as text, but a record whose `ask`
    is empty carries no data and must be rejected.
    """
    checks = [
        pl.col(name).cast(pl.String).fill_null("").str.strip_chars() == "" for name in template.columns
    ]
    if not checks:
        return pl.lit(False)
    return pl.all_horizontal(checks)
