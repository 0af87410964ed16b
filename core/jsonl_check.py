"""Check an existing `.jsonl` training file against what Bedrock accepts for one base model.

`check_file` reads the file line by line and returns every problem with its line number,
a stable code (listed in `docs/validation-codes.md`), a message that names the line, the
key and what to do, and a severity. Errors make a customization job fail; warnings do not.
Problems about the file as a whole (record counts, extension, size) have `line = None`.

The rules follow AWS's record formats and its published dataset checkers. Llama 3.1 and
the retired Titan, Cohere and Llama 2 models take prompt/completion records. Claude 3 Haiku
takes its own chat records. Nova and Llama 3.2/3.3 take the Converse schema
`bedrock-conversation-2024`, and continued pre-training takes `{"input": ...}` records.

NOTE(validate): media blocks (images, video) are checked for shape only; formats, counts,
sizes and bucket ownership are not checked.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import orjson

from core.catalog import Lifecycle, ModelInfo, RecordFormat, TaskSpec
from core.errors import InputError
from core.progress import NEVER_CANCELLED, CancelToken, ProgressCallback, no_progress
from core.recipe import Task
from core.tokens import estimate_tokens_aws, estimate_tokens_script

log = logging.getLogger(__name__)

Severity = Literal["error", "warning"]

CONVERSE_SCHEMA_VERSION = "bedrock-conversation-2024"
UTF8_BOM = b"\xef\xbb\xbf"
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
NEAR_LIMIT_SHARE = 0.9
NOVA_SUGGESTED_RECORDS = 100
_PROGRESS_EVERY_LINES = 1000


@dataclass(frozen=True)
class Problem:
    """One finding: `line` is 1-based, or None for the file as a whole."""

    line: int | None
    code: str
    message: str
    severity: Severity = "error"

    def to_dict(self) -> dict[str, Any]:
        return {"line": self.line, "code": self.code, "message": self.message, "severity": self.severity}


@dataclass
class CheckResult:
    """The outcome of checking one file: `records` counts its non-blank lines."""

    file: str
    model: str
    task: str
    records: int
    problems: list[Problem] = field(default_factory=list)

    @property
    def valid(self) -> bool:
        """Return True when no problem is an error (warnings are allowed)."""
        return not any(problem.severity == "error" for problem in self.problems)

    @property
    def errors(self) -> list[Problem]:
        return [problem for problem in self.problems if problem.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [problem for problem in self.problems if problem.severity == "warning"]

    def to_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "model": self.model,
            "task": self.task,
            "records": self.records,
            "problems": [problem.to_dict() for problem in self.problems],
            "valid": self.valid,
        }


# ---------------------------------------------------------------- file level


def check_file(
    path: Path,
    model: ModelInfo,
    task: Task | str = Task.FINE_TUNING,
    *,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken = NEVER_CANCELLED,
) -> CheckResult:
    """Check every line of `path` as a training file for `model` and `task`.

    Raises:
        InputError: the file does not exist, is a folder, or cannot be read.
        CatalogError: the model does not support `task`.
        Cancelled: `cancel` was set.
    """
    spec = model.task(task)
    path = Path(path)
    size = _file_size(path)
    result = CheckResult(file=str(path), model=model.id, task=spec.task.value, records=0)
    problems = result.problems

    if path.suffix.lower() != ".jsonl":
        problems.append(Problem(
            None, "not_jsonl_extension",
            f"the file name ends in '{path.suffix or '(no extension)'}'; Bedrock expects a .jsonl file, "
            "so rename the file to end in .jsonl",
        ))

    first_seen: dict[bytes, int] = {}
    done = 0
    for number, raw in _read_lines(path):
        done += len(raw)
        if number % _PROGRESS_EVERY_LINES == 0:
            cancel.raise_if_cancelled()
            progress("validate", done, size)

        if number == 1 and raw.startswith(UTF16_BOMS):
            problems.append(Problem(
                None, "not_utf8",
                "the file is UTF-16 text; save it as UTF-8 (without BOM) and check it again",
            ))
            break

        if number == 1 and raw.startswith(UTF8_BOM):
            problems.append(Problem(
                1, "utf8_bom",
                "line 1: the file starts with a UTF-8 byte order mark (BOM); save it as UTF-8 without BOM",
            ))
            raw = raw[len(UTF8_BOM):]

        body = raw.rstrip(b"\r\n")
        if not body.strip():
            problems.append(Problem(
                number, "blank_line", f"line {number}: the line is blank; remove empty lines from the file",
            ))
            continue

        result.records += 1
        problems.extend(_check_line(body, number, model, spec))
        _check_duplicate(body, number, first_seen, problems)

    progress("validate", size, size)
    problems.extend(check_counts(result.records, model, spec))
    problems.extend(_check_file_size(size, model, spec))
    problems.extend(_check_model_state(model, spec))
    log.info("checked %s for %s: %d records, %d problems", path, model.id, result.records, len(problems))
    return result


def _file_size(path: Path) -> int:
    try:
        if path.is_dir():
            raise InputError(f"{path}: is a folder; give a .jsonl file", code="input_is_folder", path=str(path))
        return path.stat().st_size
    except FileNotFoundError as exc:
        raise InputError(
            f"{path}: file not found; check the path", code="file_not_found", path=str(path)
        ) from exc
    except OSError as exc:
        raise InputError(
            f"{path}: cannot be read ({exc.strerror})", code="input_unreadable", path=str(path)
        ) from exc


def _read_lines(path: Path) -> Iterator[tuple[int, bytes]]:
    try:
        with path.open("rb") as handle:
            yield from enumerate(handle, start=1)
    except OSError as exc:
        raise InputError(
            f"{path}: cannot be read ({exc.strerror})", code="input_unreadable", path=str(path)
        ) from exc


def _check_duplicate(body: bytes, number: int, first_seen: dict[bytes, int], problems: list[Problem]) -> None:
    digest = hashlib.blake2b(body.strip(), digest_size=16).digest()
    earlier = first_seen.setdefault(digest, number)
    if earlier != number:
        problems.append(Problem(
            number, "duplicate_record",
            f"line {number}: repeats line {earlier} exactly; remove one copy unless the repetition is intended",
            "warning",
        ))


def check_counts(records: int, model: ModelInfo, spec: TaskSpec) -> list[Problem]:
    """Check the number of records of one training file against the model's minimum and maximum."""
    problems: list[Problem] = []
    minimum = max(spec.min_records, spec.min_records_per_file or 0)
    maximum = spec.max_training_file_records

    if records == 0:
        problems.append(Problem(None, "no_records", "the file has no records; add one JSON object per line"))
    elif records < minimum:
        problems.append(Problem(
            None, "too_few_records",
            f"the file has {records:,} records; {model.name} needs at least {minimum:,} for "
            f"{spec.task.value}; add more examples",
        ))
    if maximum is not None and records > maximum:
        problems.append(Problem(
            None, "too_many_records",
            f"the file has {records:,} records; {model.name} accepts at most {maximum:,} for "
            f"{spec.task.value}; remove records or ask AWS to raise the quota",
        ))
    if model.family == "nova" and minimum <= records < NOVA_SUGGESTED_RECORDS:
        problems.append(Problem(
            None, "few_records",
            f"the file has {records:,} records; AWS suggests at least {NOVA_SUGGESTED_RECORDS} examples per task for Nova",
            "warning",
        ))
    return problems


def _check_file_size(size: int, model: ModelInfo, spec: TaskSpec) -> list[Problem]:
    limit = spec.max_train_file_bytes
    if limit is None or size <= limit:
        return []
    return [Problem(
        None, "file_too_large",
        f"the file is {size:,} bytes; {model.name} accepts training files up to {limit:,} bytes; "
        "remove records or split the data",
    )]


def _check_model_state(model: ModelInfo, spec: TaskSpec) -> list[Problem]:
    problems: list[Problem] = []
    if model.lifecycle != Lifecycle.ACTIVE:
        problems.append(Problem(
            None, "model_not_active",
            f"{model.name} is {model.lifecycle.value}. {model.lifecycle_note} Choose an active model to start a job",
            "warning",
        ))
    if not spec.available:
        problems.append(Problem(
            None, "task_unavailable",
            f"AWS no longer offers {spec.task.value} for {model.name}; the file can be checked but no job can use it",
            "warning",
        ))
    return problems


# ---------------------------------------------------------------- one line


def _check_line(body: bytes, number: int, model: ModelInfo, spec: TaskSpec) -> list[Problem]:
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        return [Problem(
            number, "invalid_utf8",
            f"line {number}: not valid UTF-8 (byte 0x{body[exc.start]:02x} at byte {exc.start + 1}); "
            "save the file as UTF-8",
        )]
    try:
        record = orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        return [Problem(
            number, "invalid_json",
            f"line {number}: not valid JSON ({exc.msg} at column {exc.colno}); "
            "each line must be one complete JSON object",
        )]
    return check_record(record, number, model, spec)


def check_record(record: Any, line: int, model: ModelInfo, spec: TaskSpec) -> list[Problem]:
    """Check one parsed record for the model's record format, reserved strings and token limits."""
    findings = _Findings(line)
    if not isinstance(record, dict):
        findings.error(
            "not_an_object",
            f"the line is a JSON {_type_name(record)}, not an object; write one {{...}} object per line",
        )
        return findings.problems

    if spec.record_format == RecordFormat.PROMPT_COMPLETION:
        texts = _check_flat_keys(record, ("prompt", "completion"), findings, extra_severity="warning")
    elif spec.record_format == RecordFormat.CPT_INPUT:
        texts = _check_flat_keys(record, ("input",), findings, extra_severity="warning")
    elif spec.record_format == RecordFormat.CLAUDE_CHAT:
        texts = _check_claude(record, findings, model)
    else:
        texts = _check_converse(record, findings, model)

    _check_reserved(texts, findings, model)
    _check_tokens(texts, findings, model, spec)
    return findings.problems


class _Findings:
    """The problems of one line; every message starts with 'line N: '."""

    def __init__(self, line: int) -> None:
        self.line = line
        self.problems: list[Problem] = []

    def error(self, code: str, message: str) -> None:
        self.problems.append(Problem(self.line, code, f"line {self.line}: {message}", "error"))

    def warning(self, code: str, message: str) -> None:
        self.problems.append(Problem(self.line, code, f"line {self.line}: {message}", "warning"))

    def add(self, severity: Severity, code: str, message: str) -> None:
        if severity == "error":
            self.error(code, message)
        else:
            self.warning(code, message)


def _type_name(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, list):
        return "list"
    if isinstance(value, dict):
        return "object"
    return "string"


def _describe(value: Any) -> str:
    """Describe a non-text JSON value for a message, e.g. 'a number (30)'."""
    kind = _type_name(value)
    if kind in ("number", "boolean"):
        return f"a {kind} ({orjson.dumps(value).decode()})"
    if kind == "null":
        return "null"
    return f"a {kind}"


def _check_keys(
    record: dict[str, Any],
    allowed: tuple[str, ...],
    findings: _Findings,
    *,
    extra_severity: Severity,
    where: str = "",
) -> None:
    """Report keys that differ from an allowed key only in case or spaces, and unknown extra keys."""
    allowed_by_folded = {key.lower(): key for key in allowed}
    extras = []
    for key in record:
        if key in allowed:
            continue
        expected = allowed_by_folded.get(key.strip().lower())
        if expected is not None and expected not in record:
            findings.error(
                "key_wrong_case",
                f"{where}found {key}; the key must be {_case_word(expected)} {expected}",
            )
        else:
            extras.append(key)
    if extras:
        names = ", ".join(extras)
        accepted = " and ".join(allowed)
        if extra_severity == "error":
            advice = f"only {accepted} are accepted; remove the others"
        else:
            advice = f"only {accepted} are used; the others are ignored"
        findings.add(extra_severity, "extra_key", f"{where}extra key{'s' if len(extras) > 1 else ''} {names}; {advice}")


def _case_word(key: str) -> str:
    return "lower-case" if key.islower() else "spelled exactly"


def _folded_variant_present(record: dict[str, Any], key: str) -> bool:
    return any(other != key and other.strip().lower() == key.lower() for other in record)


def _check_text_value(value: Any, label: str, findings: _Findings, fix: str = "") -> str | None:
    """Return `value` when it is non-empty text, else report it and return None."""
    if not isinstance(value, str):
        advice = fix or "put the value in quotes or convert it to text"
        findings.error("not_a_string", f"{label} is {_describe(value)}, not text; {advice}")
        return None
    if not value.strip():
        findings.error("empty_text", f"{label} is empty; write the text or remove the record")
        return None
    return value


# ---------------------------------------------------------------- formats


def _check_flat_keys(
    record: dict[str, Any], required: tuple[str, ...], findings: _Findings, *, extra_severity: Severity
) -> dict[str, str]:
    """Check a record of top-level text fields (prompt/completion or input); return the texts found."""
    _check_keys(record, required, findings, extra_severity=extra_severity)
    texts: dict[str, str] = {}
    for key in required:
        if key not in record:
            if not _folded_variant_present(record, key):
                needed = " and ".join(required)
                findings.error("missing_key", f"missing key {key}; each record needs {needed} as text")
            continue
        value = _check_text_value(record[key], key, findings)
        if value is not None:
            texts[key] = value
    return texts


def _check_claude(record: dict[str, Any], findings: _Findings, model: ModelInfo) -> dict[str, str]:
    _check_keys(record, ("system", "messages"), findings, extra_severity="error")
    texts: dict[str, str] = {}

    if "system" in record:
        system = record["system"]
        if not isinstance(system, str):
            findings.error("not_a_string", f"system is {_describe(system)}, not text; {model.name} needs system as a plain string")
        elif not system.strip():
            findings.warning("empty_text", "system is empty; write a system prompt or remove the key")
        else:
            texts["system"] = system

    messages = _messages_list(record, findings)
    if messages is None:
        return texts

    roles: list[tuple[int, str]] = []
    for index, message in enumerate(messages, start=1):
        role = _check_message_frame(message, index, findings, extra_severity="error")
        if role is None:
            continue
        roles.append((index, role))
        if "content" not in message:
            continue
        content = message["content"]
        label = f"message {index} content"
        if isinstance(content, list):
            findings.error(
                "content_not_string",
                f"{label} is a list of blocks; {model.name} needs content as a plain string",
            )
            continue
        value = _check_text_value(content, label, findings)
        if value is not None:
            texts[f"message {index}"] = value

    _check_turn_order(roles, findings)
    return texts


def _check_converse(record: dict[str, Any], findings: _Findings, model: ModelInfo) -> dict[str, str]:
    _check_keys(record, ("schemaVersion", "system", "messages"), findings, extra_severity="warning")
    texts: dict[str, str] = {}
    _check_schema_version(record, findings, model)

    if "system" in record:
        system_text = _check_converse_system(record["system"], findings)
        if system_text is not None:
            texts["system"] = system_text

    messages = _messages_list(record, findings)
    if messages is None:
        return texts

    roles: list[tuple[int, str]] = []
    for index, message in enumerate(messages, start=1):
        role = _check_message_frame(message, index, findings, extra_severity="warning")
        if role is None:
            continue
        roles.append((index, role))
        if "content" not in message:
            continue
        text = _check_converse_content(message["content"], index, role, findings, model)
        if text:
            texts[f"message {index}"] = text

    _check_turn_order(roles, findings)
    return texts


def _check_schema_version(record: dict[str, Any], findings: _Findings, model: ModelInfo) -> None:
    if "schemaVersion" not in record:
        if not _folded_variant_present(record, "schemaVersion"):
            findings.error(
                "missing_schema_version",
                f'missing key schemaVersion; add "schemaVersion": "{CONVERSE_SCHEMA_VERSION}"',
            )
        return
    version = record["schemaVersion"]
    if not isinstance(version, str):
        findings.error("not_a_string", f'schemaVersion is {_describe(version)}; write "{CONVERSE_SCHEMA_VERSION}"')
    elif version != CONVERSE_SCHEMA_VERSION:
        # Nova accepts any string here; the Llama checker wants this exact value.
        severity: Severity = "warning" if model.family == "nova" else "error"
        findings.add(
            severity, "wrong_schema_version",
            f'schemaVersion is "{version}"; write "{CONVERSE_SCHEMA_VERSION}"',
        )


def _check_converse_system(system: Any, findings: _Findings) -> str | None:
    """Check a Converse `system` value, which must be a list of exactly one {"text": ...} block."""
    if not isinstance(system, list):
        kind = "text" if isinstance(system, str) else _describe(system)
        findings.error(
            "system_not_list",
            f'system is {kind}; write it as a list with one block: [{{"text": "..."}}]',
        )
        return None
    if len(system) != 1:
        findings.error(
            "system_not_single_text",
            f'system has {len(system)} blocks; write exactly one {{"text": "..."}} block or remove the key',
        )
        return None
    block = system[0]
    if not isinstance(block, dict) or set(block) != {"text"}:
        findings.error(
            "system_not_single_text",
            'system must hold one block with only the key text: [{"text": "..."}]',
        )
        return None
    return _check_text_value(block["text"], "system text", findings)


def _messages_list(record: dict[str, Any], findings: _Findings) -> list[Any] | None:
    if "messages" not in record:
        if not _folded_variant_present(record, "messages"):
            findings.error("missing_key", "missing key messages; each record needs a list of user and assistant messages")
        return None
    messages = record["messages"]
    if not isinstance(messages, list):
        findings.error(
            "messages_not_list",
            f"messages is {_describe(messages) if not isinstance(messages, str) else 'text'}; "
            "write it as a list of {\"role\": ..., \"content\": ...} objects",
        )
        return None
    return messages


def _check_message_frame(message: Any, index: int, findings: _Findings, *, extra_severity: Severity) -> str | None:
    """Check a message's keys and role; return the role when it is user or assistant."""
    if not isinstance(message, dict):
        findings.error(
            "message_not_object",
            f"message {index} is {_describe(message) if not isinstance(message, str) else 'text'}; "
            'write it as {"role": ..., "content": ...}',
        )
        return None

    _check_keys(message, ("role", "content"), findings, extra_severity=extra_severity, where=f"message {index}: ")
    if "content" not in message and not _folded_variant_present(message, "content"):
        findings.error("missing_key", f"message {index} has no content key; add the message text as content")

    if "role" not in message:
        if not _folded_variant_present(message, "role"):
            findings.error("missing_key", f"message {index} has no role key; add \"role\": \"user\" or \"assistant\"")
        return None
    role = message["role"]
    if role == "system":
        findings.error(
            "system_role_in_messages",
            f'message {index} has role system; move its text to the top-level "system" field',
        )
        return None
    if role not in ("user", "assistant"):
        role_text = f'"{role}"' if isinstance(role, str) else _describe(role)
        findings.error("invalid_role", f"message {index} has role {role_text}; the role must be user or assistant")
        return None
    return role


def _check_converse_content(content: Any, index: int, role: str, findings: _Findings, model: ModelInfo) -> str:
    """Check a Converse content list; return its text blocks joined, for the reserved-string and token checks."""
    label = f"message {index} content"
    if not isinstance(content, list):
        kind = "text" if isinstance(content, str) else _describe(content)
        findings.error("content_not_list", f'{label} is {kind}; write it as a list of blocks: [{{"text": "..."}}]')
        return ""
    if not content:
        findings.error("empty_content", f"{label} is an empty list; add at least one {{\"text\": ...}} block")
        return ""

    texts: list[str] = []
    for position, block in enumerate(content, start=1):
        block_label = f"message {index} block {position}"
        kind = _block_kind(block)
        if kind == "text":
            value = _check_text_value(block["text"], f"{block_label} text", findings)
            if value is not None:
                texts.append(value)
        elif kind == "reasoningContent" and role == "assistant" and model.reasoning_content and position == 1:
            continue
        elif kind in ("image", "video") and role == "user":
            _check_media(block, kind, block_label, findings, model)
        elif role == "assistant" and kind in ("image", "video", "reasoningContent"):
            findings.error(
                "assistant_not_text",
                f"{block_label} is a {kind} block; assistant messages may hold text only",
            )
        else:
            block_text = kind or _describe(block)
            findings.error(
                "unknown_block",
                f'{block_label} is not a recognised block ({block_text}); write {{"text": "..."}}',
            )
    return "\n".join(texts)


def _block_kind(block: Any) -> str:
    if isinstance(block, dict) and len(block) == 1:
        return next(iter(block))
    if isinstance(block, dict):
        return "+".join(block)
    return ""


def _check_media(block: dict[str, Any], kind: str, label: str, findings: _Findings, model: ModelInfo) -> None:
    if model.text_only:
        findings.error(
            "media_not_supported",
            f"{label} is an {kind} block; {model.name} takes text only, so remove it or choose a model that accepts {kind}s",
        )
        return
    media = block[kind]
    uri = None
    if isinstance(media, dict):
        source = media.get("source")
        location = source.get("s3Location") if isinstance(source, dict) else None
        uri = location.get("uri") if isinstance(location, dict) else None
    if not isinstance(media, dict) or not isinstance(media.get("format"), str) or not isinstance(uri, str) or not uri.startswith("s3://"):
        findings.error(
            "invalid_media",
            f'{label}: an {kind} block needs "format" and "source": {{"s3Location": {{"uri": "s3://..."}}}}',
        )


def _check_turn_order(roles: list[tuple[int, str]], findings: _Findings) -> None:
    """Check that user and assistant messages alternate, starting with user and ending with assistant."""
    if len(roles) < 2:
        findings.error(
            "too_few_messages",
            f"the conversation has {len(roles)} user or assistant message{'s' if len(roles) != 1 else ''}; "
            "it needs at least a user message followed by an assistant message",
        )
    if roles and not any(role == "user" for _, role in roles):
        findings.error("no_user_message", "the conversation has no user message; add the user's question first")
    elif roles and roles[0][1] != "user":
        findings.error(
            "first_not_user",
            f"the first message (message {roles[0][0]}) has role {roles[0][1]}; the conversation must start with user",
        )
    if roles and roles[-1][1] != "assistant":
        findings.error(
            "last_not_assistant",
            f"the last message (message {roles[-1][0]}) has role {roles[-1][1]}; the conversation must end with assistant",
        )
    for (first_index, first_role), (second_index, second_role) in zip(roles, roles[1:]):
        if first_role == second_role:
            findings.error(
                "roles_not_alternating",
                f"messages {first_index} and {second_index} both have role {first_role}; user and assistant must alternate",
            )
            break


# ---------------------------------------------------------------- text content


def _reserved_display(reserved: str) -> str:
    if reserved.startswith("\n"):
        return f"a line break followed by '{reserved[1:]}'"
    return f"'{reserved}'"


def _check_reserved(texts: dict[str, str], findings: _Findings, model: ModelInfo) -> None:
    for label, text in texts.items():
        found = [reserved for reserved in model.reserved_strings if reserved in text]
        if found:
            found_text = ", ".join(_reserved_display(reserved) for reserved in found)
            findings.error(
                "reserved_string",
                f"{label} contains {found_text}, which {model.name} reserves and which makes the job fail; reword that text",
            )


def _check_tokens(texts: dict[str, str], findings: _Findings, model: ModelInfo, spec: TaskSpec) -> None:
    if not texts:
        return
    limit = spec.max_tokens_per_record
    total = _estimate("".join(texts.values()))
    if total[0] > limit:
        findings.error(
            "too_many_tokens",
            f"about {total[0]:,} tokens, over the limit of {limit:,} per record for {model.name} "
            f"({_explain(total)}); shorten or split the record",
        )
    elif total[0] >= NEAR_LIMIT_SHARE * limit:
        findings.warning(
            "near_token_limit",
            f"about {total[0]:,} tokens, close to the limit of {limit:,} per record for {model.name} "
            f"({_explain(total)}); the service may count more",
        )

    for key, field_limit, code in (
        ("prompt", spec.max_input_tokens, "too_many_input_tokens"),
        ("completion", spec.max_output_tokens, "too_many_output_tokens"),
    ):
        # A separate limit equal to the record limit adds nothing to the check above.
        if key not in texts or field_limit is None or field_limit >= limit:
            continue
        estimate = _estimate(texts[key])
        if estimate[0] > field_limit:
            findings.error(
                code,
                f"{key} has about {estimate[0]:,} tokens, over the limit of {field_limit:,} for {model.name} "
                f"({_explain(estimate)}); shorten the {key}",
            )


def _estimate(text: str) -> tuple[int, int, int]:
    """Return (checked estimate, AWS estimate, script-aware estimate) for `text`."""
    aws = estimate_tokens_aws(text)
    script = estimate_tokens_script(text)
    return max(aws, script), aws, script


def _explain(estimate: tuple[int, int, int]) -> str:
    _, aws, script = estimate
    return f"estimates: {script:,} by script, {aws:,} by characters ÷ 6"
