"""Bedrock record formats: from normalised fields to the exact JSON line a model accepts.

Every fine-tuning record is first held as `__turns`, a list of {role, content} structs
(user first), plus an optional `__system` text. Continued pre-training records are held
as `__input`. `record_json_expr` turns those columns into one JSON string per record in
the chosen model's shape:

- prompt-completion: {"prompt": str, "completion": str}
- claude-chat: {"system": str (optional), "messages": [{"role", "content": str}, ...]}
- bedrock-conversation-2024: {"schemaVersion": "bedrock-conversation-2024",
  "system": [{"text": str}] (optional), "messages": [{"role", "content": [{"text": str}]}, ...]}
- cpt-input: {"input": str}
"""

from __future__ import annotations

from typing import Any

import orjson
import polars as pl

TURN_DTYPE = pl.List(pl.Struct({"role": pl.String, "content": pl.String}))
CONVERSE_SCHEMA_VERSION = "bedrock-conversation-2024"

# Role names found in common chat exports, mapped to Bedrock's two roles.
_ROLE_ALIASES = {
    "user": "user", "human": "user", "customer": "user", "usr": "user",
    "assistant": "assistant", "gpt": "assistant", "bot": "assistant", "agent": "assistant",
    "sys": "assistant", "model": "assistant",
    "system": "system",
}


def decode_conversations(values: pl.Series) -> tuple[pl.Series, pl.Series, pl.Series]:
    """Parse a column of JSON conversations into turns, system text and an error per row.

    Each value is a JSON list of messages with `role` and `content`, where content is a
    string or a list of `{"text": ...}` blocks; a `{"messages": [...]}` object is accepted
    too. System messages are moved to the system text. Role aliases such as human/gpt
    and customer/agent are mapped to user/assistant.

    This parses row by row in Python, because one malformed value must reject only its
    own record; conversation sources (ticket threads, chat exports) are far smaller than
    the CSV tables the vectorised path is built for.
    """
    turns: list[list[dict[str, str]] | None] = []
    systems: list[str | None] = []
    errors: list[str | None] = []
    for value in values.to_list():
        parsed, system, error = _decode_one(value)
        turns.append(parsed)
        systems.append(system)
        errors.append(error)
    return (
        pl.Series("__turns", turns, dtype=TURN_DTYPE),
        pl.Series("__conv_system", systems, dtype=pl.String),
        pl.Series("__conv_error", errors, dtype=pl.String),
    )


def decode_system_column(values: pl.Series) -> pl.Series:
    """Read a chat file's top-level `system` column: plain text, or a JSON list of `{"text"}` blocks.

    Bedrock's conversation files keep the system prompt beside `messages` as a list of
    text blocks, which the JSON reader stores as JSON text; other chat files use a string.
    """
    texts: list[str | None] = []
    for value in values.cast(pl.String).to_list():
        text = value
        if value is not None and value.lstrip().startswith("["):
            try:
                text = _content_text(orjson.loads(value))
            except orjson.JSONDecodeError:
                text = value
        texts.append(text if text and text.strip() else None)
    return pl.Series("__file_system", texts, dtype=pl.String)


def _decode_one(value: str | None) -> tuple[list[dict[str, str]] | None, str | None, str | None]:
    if value is None or not value.strip():
        return None, None, "the conversation is empty"
    try:
        data: Any = orjson.loads(value)
    except orjson.JSONDecodeError as exc:
        return None, None, f"the conversation is not valid JSON ({exc})"
    if isinstance(data, dict) and isinstance(data.get("messages"), list):
        data = data["messages"]
    if not isinstance(data, list):
        return None, None, "the conversation is not a list of messages"

    turns: list[dict[str, str]] = []
    system_parts: list[str] = []
    for index, message in enumerate(data, start=1):
        if not isinstance(message, dict):
            return None, None, f"message {index} is not an object with role and content"
        raw_role = message.get("role", message.get("from"))
        role = _ROLE_ALIASES.get(str(raw_role).strip().lower()) if raw_role is not None else None
        if role is None:
            return None, None, f"message {index} has role {raw_role!r}; expected user or assistant"
        content = _content_text(message.get("content", message.get("value")))
        if content is None:
            return None, None, f"message {index} has no text content"
        if role == "system":
            system_parts.append(content)
        else:
            turns.append({"role": role, "content": content})
    return turns, ("\n".join(system_parts) if system_parts else None), None


def _content_text(content: Any) -> str | None:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        texts = [block.get("text") for block in content if isinstance(block, dict)]
        if texts and all(isinstance(text, str) for text in texts):
            return "\n".join(texts)
    return None


def conversation_problem_expr() -> pl.Expr:
    """Return a String expression naming what is wrong with `__turns`, or null when it is fine.

    Rules shared by every chat format: at least two turns, user first, assistant last,
    strictly alternating.
    """
    roles = pl.col("__turns").list.eval(pl.element().struct.field("role"))
    expected = pl.when(pl.int_range(pl.len()) % 2 == 0).then(pl.lit("user")).otherwise(pl.lit("assistant"))
    alternating = roles.list.eval((pl.element() == expected).all()).list.first()
    count = pl.col("__turns").list.len()
    return (
        pl.when(count < 2).then(pl.lit("needs at least one user turn followed by an assistant turn"))
        .when(roles.list.first() != "user").then(pl.lit("the first turn must be the user's"))
        .when(roles.list.last() != "assistant").then(pl.lit("the last turn must be the assistant's"))
        .when(~alternating).then(pl.lit("user and assistant turns must alternate"))
        .otherwise(pl.lit(None, dtype=pl.String))
    )


def record_json_expr(
    record_format: str, *, system_as_prompt_prefix: bool = False, from_fields: bool = False
) -> pl.Expr:
    """Return a String expression with the JSON record for each row, in `record_format`.

    Reads `__turns` and `__system` (null or empty means no system prompt), or `__input`
    for continued pre-training. With `from_fields` the single user and assistant turn are
    read from `__prompt` and `__completion` instead of `__turns`, which avoids building a
    list column for the common one-question-one-answer case. For prompt-completion, the
    first user and last assistant turn are used; with `system_as_prompt_prefix` the system
    text is put before the prompt, because that format has no system field.
    """
    if record_format == "cpt-input":
        return pl.struct(input=pl.col("__input")).struct.json_encode()

    has_system = pl.col("__system").is_not_null() & (pl.col("__system") != "")

    if record_format == "prompt-completion":
        if from_fields:
            prompt, completion = pl.col("__prompt"), pl.col("__completion")
        else:
            prompt = pl.col("__turns").list.first().struct.field("content")
            completion = pl.col("__turns").list.last().struct.field("content")
        if system_as_prompt_prefix:
            prompt = pl.when(has_system).then(pl.concat_str(pl.col("__system"), pl.lit("\n\n"), prompt)).otherwise(prompt)
        return pl.struct(prompt=prompt, completion=completion).struct.json_encode()

    if record_format == "claude-chat":
        if from_fields:
            messages = pl.concat_list(
                pl.struct(role=pl.lit("user"), content=pl.col("__prompt")),
                pl.struct(role=pl.lit("assistant"), content=pl.col("__completion")),
            )
        else:
            messages = pl.col("__turns")
        with_system = pl.struct(system=pl.col("__system"), messages=messages).struct.json_encode()
        without_system = pl.struct(messages=messages).struct.json_encode()
        return pl.when(has_system).then(with_system).otherwise(without_system)

    if record_format == CONVERSE_SCHEMA_VERSION:
        if from_fields:
            messages = pl.concat_list(
                pl.struct(role=pl.lit("user"), content=pl.concat_list(pl.struct(text=pl.col("__prompt")))),
                pl.struct(role=pl.lit("assistant"), content=pl.concat_list(pl.struct(text=pl.col("__completion")))),
            )
        else:
            messages = pl.col("__turns").list.eval(
                pl.struct(
                    role=pl.element().struct.field("role"),
                    content=pl.concat_list(pl.struct(text=pl.element().struct.field("content"))),
                )
            )
        schema = pl.lit(CONVERSE_SCHEMA_VERSION)
        system_list = pl.concat_list(pl.struct(text=pl.col("__system")))
        with_system = pl.struct(schemaVersion=schema, system=system_list, messages=messages).struct.json_encode()
        without_system = pl.struct(schemaVersion=schema, messages=messages).struct.json_encode()
        return pl.when(has_system).then(with_system).otherwise(without_system)

    raise ValueError(f"unknown record format {record_format!r}")
