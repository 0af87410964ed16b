"""Help-desk ticket exports as sources: Zendesk, Jira, Freshdesk and one-message-per-row tables.

Every export is first rebuilt into threads: one per ticket, its messages in time order, each
with the role "user" (the customer) or "assistant" (the agent). Then:

1. internal notes and automatic replies are dropped and counted;
2. HTML bodies become text, and quoted earlier messages ("On … wrote:", "发件人：",
   "差出人:", "> " lines) and signatures ("-- ", "Best regards", "此致",
   "よろしくお願いいたします。", "Sent from my iPhone") are cut and counted;
3. consecutive messages of one role are merged into one turn.

What a thread becomes depends on `SourceSpec.ticket_output`:

- "pairs": one row per customer question followed by an agent answer, with `prompt` and
  `completion`;
- "conversation": one row per thread. Its `conversation` column is the JSON text of
  `[{"role": "user"|"assistant", "content": …}]`, alternating, starting with the customer
  and ending with the agent. Trailing customer turns are dropped and counted;
- "classification": one row per thread, `prompt` the subject plus the first customer
  message and `completion` the ticket field named by `SourceSpec.ticket_label`.

Every row also has `ticket_id` and the ticket's fields (subject, status, type, category,
priority, created_at, tags where the export has them). A thread that yields nothing is
still one row, with `__reject` saying why ("ticket 123: no agent reply"), so the pipeline
counts it. `__source_row` numbers the rows from 1; `ticket_id` (and `pair`, for pairs)
find a row in the export.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import orjson
import polars as pl

from core.errors import InputError
from core.progress import NEVER_CANCELLED, CancelToken, ProgressCallback, no_progress
from core.readers import NONTEXT, REJECT, SOURCE_FILE, SOURCE_ROW, Problem, SourceTable
from core.recipe import SourceSpec

USER = "user"
ASSISTANT = "assistant"
TICKET_FORMATS = ("zendesk", "jira", "freshdesk", "messages-table")
# Ticket fields shown as columns next to prompt and completion, when the export has them.
FIELD_COLUMNS = ("subject", "status", "type", "category", "priority", "created_at", "tags")
_THREADS_PER_CHECK = 500


@dataclass
class Message:
    role: str
    """USER, ASSISTANT, or "" when the export gives no role."""
    body: str
    time: datetime | None = None
    internal: bool = False
    auto: bool = False


@dataclass
class Thread:
    ticket_id: str
    fields: dict[str, str] = field(default_factory=dict)
    messages: list[Message] = field(default_factory=list)
    note: str = ""
    """Known reason for a missing agent reply (e.g. no Comment columns), added to the reject reason."""


@dataclass
class _Counts:
    counter: Counter[str] = field(default_factory=Counter)

    def add(self, name: str, amount: int = 1) -> None:
        self.counter[name] += amount


def read_tickets(
    path: Path,
    spec: SourceSpec,
    *,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken = NEVER_CANCELLED,
) -> SourceTable:
    """Read a ticket export into rows of pairs, conversations or labelled tickets.

    Raises:
        InputError: the file is empty or not the export `spec.format` names, a required
            column is missing, or `ticket_label` names no field of the tickets.
        Cancelled: `cancel` was set.
    """
    path = Path(path)
    fmt = spec.format if spec.format in TICKET_FORMATS else "messages-table"
    problems: list[Problem] = []
    if fmt == "zendesk":
        threads = _zendesk_threads(path, spec, problems)
    elif fmt == "jira":
        threads = _jira_threads(path, spec, problems, progress=progress, cancel=cancel)
    elif fmt == "freshdesk":
        threads = _freshdesk_threads(path, spec, problems, progress=progress, cancel=cancel)
    else:
        threads = _table_threads(path, spec, problems, progress=progress, cancel=cancel)

    counts = _Counts()
    counts.add("messages", sum(len(thread.messages) for thread in threads))
    turns_by_thread = []
    for index, thread in enumerate(threads):
        if index % _THREADS_PER_CHECK == 0:
            cancel.raise_if_cancelled()
            progress("tickets", index, len(threads))
        turns_by_thread.append(_turns(thread, counts))
    progress("tickets", len(threads), len(threads))

    if spec.ticket_output == "classification":
        rows = _classification_rows(path, threads, turns_by_thread, spec.ticket_label, counts)
    elif spec.ticket_output == "conversation":
        rows = _conversation_rows(threads, turns_by_thread, counts)
    else:
        rows = _pair_rows(threads, turns_by_thread, counts)

    frame = _frame(rows, path, spec.ticket_output, threads)
    rejected = frame[REJECT].is_not_null().sum()
    details: dict[str, object] = {
        "kind": "tickets",
        "format": fmt,
        "output": spec.ticket_output,
        "threads": len(threads),
        "messages": counts.counter["messages"],
        "dropped_internal_notes": counts.counter["internal_notes"],
        "dropped_auto_replies": counts.counter["auto_replies"],
        "signatures_removed": counts.counter["signatures"],
        "quotes_removed": counts.counter["quotes"],
        "empty_messages": counts.counter["empty"],
        "merged_messages": counts.counter["merged"],
        "unknown_role_messages": counts.counter["unknown_role"],
        "leading_agent_messages": counts.counter["leading_agent"],
        "dropped_trailing_customer_messages": counts.counter["trailing_customer"],
        "rows": frame.height,
        "rejected_threads": int(rejected),
    }
    if counts.counter["unknown_role"]:
        problems.append(Problem(
            "ticket_role_unknown",
            f"{path}: {counts.counter['unknown_role']} messages have an author role that is neither customer "
            "nor agent and were left out; use roles such as customer, agent, note or system",
        ))
    return SourceTable(path=path, format=fmt, frame=frame, problems=problems, details=details)


# ---------------------------------------------------------------- message cleaning

_HTML_HINT = re.compile(r"<(?:p|br|div|span|a|b|i|u|strong|em|ul|ol|li|table|tr|td|blockquote|html|body|font|h\d)\b[^>]*>", re.I)
_QUOTE_HEADERS = [
    re.compile(r"^\s*On\b.{0,300}\bwrote:\s*$", re.I),
    re.compile(r"^\s*-{2,}\s*Original Message\s*-{2,}\s*$", re.I),
    re.compile(r"^\s*-{2,}\s*(?:原始邮件|原始郵件|元のメッセージ)\s*-{2,}\s*$"),
    re.compile(r"^\s*(?:发件人|寄件者|差出人|送信者)\s*[:：]"),
    re.compile(r"^\s*在.{1,200}写道\s*[:：]\s*$"),
    re.compile(r"^\s*.{1,200}に.{0,200}(?:が|は)?書きました\s*[:：]\s*$"),
    re.compile(r"^\s*_{10,}\s*$"),
]
_OUTLOOK_FROM = re.compile(r"^\s*From:\s*\S", re.I)
_OUTLOOK_NEXT = re.compile(r"^\s*(?:Sent|Date|To|Subject|Cc):", re.I)
_QUOTED_LINE = re.compile(r"^\s*>")
_MOBILE = re.compile(
    r"^\s*(?:Sent from my \w+|Sent from (?:Mail|Outlook) for \w+|Get Outlook for \w+|发自我的\s*\w+|从我的\s*\w+\s*发送"
    r"|\w+から送信)\s*$",
    re.I,
)
_DELIMITER = re.compile(r"^\s*(?:--\s?|—|[-=_━─＿＝*~]{4,})\s*$")
_CLOSINGS = re.compile(
    r"^\s*(?:best regards|kind regards|warm regards|regards|best wishes|best|cheers|sincerely|yours sincerely"
    r"|yours truly|many thanks|thanks|thank you|br"
    r"|此致|此致敬礼|敬礼|祝好|顺祝商祺|顺颂商祺|谢谢|多谢"
    r"|よろしくお願いいたします|よろしくお願いします|よろしくお願い致します|宜しくお願いいたします|宜しくお願い致します"
    r"|以上、?よろしくお願いいたします|以上です|以上)\s*[,，.。!！]*\s*$",
    re.I,
)
_THANKS = re.compile(r"^\s*(?:thanks|thank you|many thanks|谢谢|多谢|ありがとうございました|ありがとうございます)\s*[,，.。!！]*\s*$", re.I)
# A signature is at most this many lines after its closing, each at most this long.
_SIGNATURE_MAX_LINES = 6
_SIGNATURE_MAX_CHARS = 80
# Automatic replies are recognised by how they open, or by phrases people do not write by hand.
_AUTO_REPLY_OPENING = re.compile(
    r"^\s*[\[【(（]?\s*(?:auto(?:matic)?[- ]?(?:reply|response)|out of (?:the )?office|自动回复|自動返信|自動応答)",
    re.I,
)
_AUTO_REPLY_PHRASE = re.compile(
    r"this is an automated (?:message|response|reply|notification)|do not reply to this (?:e-?mail|message)"
    r"|此邮件为系统自动|系统自动(?:发送|回复)|请勿直接回复|このメールは(?:送信専用|自動)|本メールは(?:送信専用|自動)",
    re.I,
)
# Receipt notices count as automatic only when the agent side sent them.
_RECEIPT_NOTICE = re.compile(
    r"^\s*(?:we(?: have|'ve)? received your (?:request|ticket|message|e-?mail)"
    r"|your (?:request|ticket)\b.{0,20}\bhas been (?:received|created)"
    r"|我们已收到您的|已收到您的(?:请求|工单|留言)|お問い合わせを受け付けました)",
    re.I,
)


def html_to_text(html: str) -> str:
    """Turn an HTML message body into text, dropping quoted `<blockquote>` parts."""
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (etree.ParserError, ValueError):
        return re.sub(r"<[^>]+>", " ", html)
    for element in list(root.iter()):
        if not isinstance(element.tag, str) or element.getparent() is None:
            continue
        classes = element.get("class") or ""
        if element.tag in ("blockquote", "script", "style") or "gmail_quote" in classes or "yahoo_quoted" in classes:
            element.drop_tree()
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag == "br":
            element.tail = "\n" + (element.tail or "")
        elif element.tag in ("p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol"):
            element.tail = "\n" + (element.tail or "")
        elif element.tag in ("td", "th"):
            element.tail = "\t" + (element.tail or "")
    return root.text_content()


def clean_message(body: str) -> tuple[str, bool, bool]:
    """Return the message text without HTML, quoted earlier messages and signature.

    Also return whether a signature and whether a quote were removed.
    """
    if _HTML_HINT.search(body):
        body = html_to_text(body)
    body = body.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").replace("\u200b", "")
    lines = [line.rstrip() for line in body.split("\n")]

    quoted = False
    cut = _quote_start(lines)
    if cut is not None:
        lines, quoted = lines[:cut], True
    kept = [line for line in lines if not _QUOTED_LINE.match(line)]
    if len(kept) != len(lines):
        lines, quoted = kept, True

    lines, signed = _cut_signature(lines)
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return text, signed, quoted


def _quote_start(lines: list[str]) -> int | None:
    for index, line in enumerate(lines):
        if any(pattern.match(line) for pattern in _QUOTE_HEADERS):
            return index
        if _OUTLOOK_FROM.match(line) and any(_OUTLOOK_NEXT.match(next_line) for next_line in lines[index + 1:index + 4]):
            return index
        # "On Mon, 1 Jan 2024, Jane <jane@example.com>" with "wrote:" wrapped to the next line.
        if index + 1 < len(lines) and re.match(r"^\s*On\b", line, re.I) and re.match(r"^\s*.{0,80}wrote:\s*$", lines[index + 1], re.I):
            return index
    return None


def _cut_signature(lines: list[str]) -> tuple[list[str], bool]:
    """Cut a trailing signature: a mobile footer, a "-- " block or a closing and the lines after it."""
    while lines and not lines[-1].strip():
        lines = lines[:-1]
    for index, line in enumerate(lines):
        if _MOBILE.match(line) and all(len(rest) <= _SIGNATURE_MAX_CHARS for rest in lines[index + 1:]):
            return _keep_before(lines, index)
    last = len(lines)
    for index in range(max(0, last - _SIGNATURE_MAX_LINES - 1), last):
        line = lines[index]
        rest = [item for item in lines[index + 1:] if item.strip()]
        short = len(rest) <= _SIGNATURE_MAX_LINES and all(len(item) <= _SIGNATURE_MAX_CHARS for item in rest)
        if not short:
            continue
        if _DELIMITER.match(line):
            start = index
            previous = _previous_filled(lines, index)
            if previous is not None and _THANKS.match(lines[previous]):
                start = previous
            return _keep_before(lines, start)
        if _CLOSINGS.match(line) and index > 0:
            return _keep_before(lines, index)
    return lines, False


def _previous_filled(lines: list[str], index: int) -> int | None:
    for position in range(index - 1, -1, -1):
        if lines[position].strip():
            return position
    return None


def _keep_before(lines: list[str], index: int) -> tuple[list[str], bool]:
    kept = lines[:index]
    if not any(line.strip() for line in kept):
        return lines, False
    return kept, True


def is_auto_reply(text: str, role: str = "") -> bool:
    """Tell whether a message reads as an automatic reply (out of office, or a receipt notice from the agent side)."""
    if _AUTO_REPLY_OPENING.match(text) or _AUTO_REPLY_PHRASE.search(text):
        return True
    return role == ASSISTANT and bool(_RECEIPT_NOTICE.match(text))


def _turns(thread: Thread, counts: _Counts) -> list[dict[str, str]]:
    """Clean a thread's messages and merge consecutive ones of one role into turns."""
    ordered = thread.messages
    if ordered and all(message.time is not None for message in ordered):
        ordered = sorted(ordered, key=lambda message: message.time)

    turns: list[dict[str, str]] = []
    for message in ordered:
        if message.internal:
            counts.add("internal_notes")
            continue
        if message.auto or is_auto_reply(message.body, message.role):
            counts.add("auto_replies")
            continue
        if message.role not in (USER, ASSISTANT):
            counts.add("unknown_role")
            continue
        text, signed, quoted = clean_message(message.body or "")
        counts.add("signatures", int(signed))
        counts.add("quotes", int(quoted))
        if not text:
            counts.add("empty")
            continue
        if turns and turns[-1]["role"] == message.role:
            turns[-1]["content"] += "\n\n" + text
            counts.add("merged")
        else:
            turns.append({"role": message.role, "content": text})
    return turns


# ---------------------------------------------------------------- rows per output


def _fields(thread: Thread) -> dict[str, str]:
    return {name: thread.fields.get(name, "") for name in FIELD_COLUMNS}


def _no_answer_reason(thread: Thread, turns: list[dict[str, str]]) -> str:
    if not thread.messages:
        reason = "no messages"
    elif not turns:
        reason = "no customer or agent message left after dropping internal notes and automatic replies"
    elif not any(turn["role"] == USER for turn in turns):
        reason = "no customer message"
    else:
        reason = "no agent reply"
    note = f" ({thread.note})" if thread.note else ""
    return f"ticket {thread.ticket_id}: {reason}{note}"


def _trim(turns: list[dict[str, str]], counts: _Counts) -> list[dict[str, str]]:
    """Drop leading agent turns and trailing customer turns, counting them."""
    start = 0
    while start < len(turns) and turns[start]["role"] != USER:
        start += 1
    end = len(turns)
    while end > start and turns[end - 1]["role"] != ASSISTANT:
        end -= 1
    counts.add("leading_agent", start)
    counts.add("trailing_customer", len(turns) - end if end > start else len(turns) - start)
    return turns[start:end]


def _pair_rows(threads: list[Thread], turns_by_thread, counts: _Counts) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for thread, turns in zip(threads, turns_by_thread, strict=True):
        trimmed = _trim(turns, counts)
        base = {"ticket_id": thread.ticket_id, **_fields(thread)}
        if not trimmed:
            rows.append({**base, "pair": "", "prompt": "", "completion": "", REJECT: _no_answer_reason(thread, turns)})
            continue
        number = 0
        for index in range(0, len(trimmed) - 1, 2):
            number += 1
            rows.append({**base, "pair": str(number), "prompt": trimmed[index]["content"],
                         "completion": trimmed[index + 1]["content"], REJECT: None})
    return rows


def _conversation_rows(threads: list[Thread], turns_by_thread, counts: _Counts) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for thread, turns in zip(threads, turns_by_thread, strict=True):
        trimmed = _trim(turns, counts)
        base = {"ticket_id": thread.ticket_id, **_fields(thread)}
        if not trimmed:
            rows.append({**base, "conversation": "", "turns": "0", REJECT: _no_answer_reason(thread, turns)})
            continue
        text = orjson.dumps(trimmed).decode("utf-8")
        rows.append({**base, "conversation": text, "turns": str(len(trimmed)), REJECT: None})
    return rows


def _classification_rows(path: Path, threads: list[Thread], turns_by_thread, label: str, counts: _Counts):
    available = sorted({name for thread in threads for name in thread.fields})
    if not label or label not in available:
        shown = ", ".join(available) or "(none)"
        raise InputError(
            f"{path}: ticket field {label!r} for the classification label was not found; "
            f"choose one of: {shown}",
            code="ticket_label_missing", path=str(path), label=label, available=shown,
        )
    rows: list[dict[str, object]] = []
    for thread, turns in zip(threads, turns_by_thread, strict=True):
        subject = thread.fields.get("subject", "").strip()
        first = next((turn["content"] for turn in turns if turn["role"] == USER), "")
        prompt = "\n\n".join(part for part in (subject, first) if part)
        value = thread.fields.get(label, "").strip()
        reject = None
        if not prompt:
            reject = f"ticket {thread.ticket_id}: no subject and no customer message"
        elif not value:
            reject = f"ticket {thread.ticket_id}: field {label} is empty"
        rows.append({"ticket_id": thread.ticket_id, **_fields(thread), "prompt": prompt, "completion": value,
                     REJECT: reject})
    return rows


def _frame(rows: list[dict[str, object]], path: Path, output: str, threads: list[Thread]) -> pl.DataFrame:
    present = [name for name in FIELD_COLUMNS if any(thread.fields.get(name) for thread in threads)]
    if output == "pairs":
        own = ["ticket_id", "pair", "prompt", "completion", *present]
    elif output == "conversation":
        own = ["ticket_id", "conversation", "turns", *present]
    else:
        own = ["ticket_id", "prompt", "completion", *present]
    data: dict[str, list] = {name: [str(row.get(name, "") or "") for row in rows] for name in own}
    count = len(rows)
    data[SOURCE_FILE] = [str(path)] * count
    data[SOURCE_ROW] = list(range(1, count + 1))
    data[REJECT] = [row.get(REJECT) for row in rows]
    data[NONTEXT] = [[] for _ in range(count)]
    schema = {name: pl.String for name in own}
    schema.update({SOURCE_FILE: pl.String, SOURCE_ROW: pl.Int64, REJECT: pl.String, NONTEXT: pl.List(pl.String)})
    return pl.DataFrame(data, schema=schema)


# ---------------------------------------------------------------- shared parsing helpers

_TIME_FORMATS = (
    "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y/%m/%d %H:%M:%S", "%Y/%m/%d %H:%M", "%Y-%m-%d", "%Y/%m/%d",
    "%d/%b/%y %I:%M %p", "%d/%b/%y %H:%M", "%d/%b/%Y %I:%M %p", "%d/%b/%Y %H:%M", "%m/%d/%Y %H:%M",
    "%d.%m.%Y %H:%M", "%Y年%m月%d日 %H:%M", "%Y年%m月%d日 %H:%M:%S", "%Y年%m月%d日",
)


def parse_time(value: object) -> datetime | None:
    """Parse the timestamps help desks export (ISO 8601, Jira's 25/Jun/20 12:44, epoch seconds)."""
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        seconds = value / 1000 if value > 1e11 else value
        return datetime.fromtimestamp(seconds, tz=UTC).replace(tzinfo=None)
    text = str(value).strip()
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        parsed = None
        for pattern in _TIME_FORMATS:
            try:
                parsed = datetime.strptime(text, pattern)
                break
            except ValueError:
                continue
    if parsed is None:
        return None
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(UTC).replace(tzinfo=None)
    return parsed


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ", ".join(_text(item) for item in value)
    if isinstance(value, dict):
        return orjson.dumps(value).decode("utf-8")
    return str(value)


def _truthy(value: object) -> bool:
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() in ("true", "1", "yes", "y", "t", "是", "はい")


def _load_json(path: Path, spec: SourceSpec) -> object:
    from core.readers.doc_markup import decode_file

    decoded = decode_file(path, spec.encoding)
    try:
        return orjson.loads(decoded.text)
    except orjson.JSONDecodeError:
        lines = [line for line in decoded.text.splitlines() if line.strip()]
        try:
            return [orjson.loads(line) for line in lines]
        except orjson.JSONDecodeError as exc:
            raise InputError(
                f"{path}: not valid JSON ({exc}); export the tickets again as JSON",
                code="json_invalid", path=str(path), detail=str(exc),
            ) from exc


def _ticket_list(document: object, path: Path, kind: str) -> list[dict]:
    if isinstance(document, dict):
        for key in ("tickets", "results", "data", "items"):
            if isinstance(document.get(key), list):
                document = document[key]
                break
        else:
            document = [document.get("ticket", document)]
    if not isinstance(document, list) or not all(isinstance(item, dict) for item in document):
        raise InputError(
            f"{path}: expected a {kind} export (a list of ticket objects, or an object with a \"tickets\" list)",
            code="tickets_shape_invalid", path=str(path), kind=kind,
        )
    return document


def _scalar_fields(ticket: dict, skip: set[str]) -> dict[str, str]:
    fields: dict[str, str] = {}
    for key, value in ticket.items():
        if key in skip or isinstance(value, dict):
            continue
        if isinstance(value, list) and not all(isinstance(item, (str, int, float)) for item in value):
            continue
        text = _text(value)
        if text:
            fields[key] = text
    return fields


# ---------------------------------------------------------------- Zendesk

_ZENDESK_COMMENT_FILES = ("{stem}_comments.json", "comments.json", "ticket_comments.json")
_AUTO_CHANNELS = {"rule", "system", "automation"}


def _zendesk_threads(path: Path, spec: SourceSpec, problems: list[Problem]) -> list[Thread]:
    document = _load_json(path, spec)
    tickets = _ticket_list(document, path, "Zendesk")
    users = {}
    if isinstance(document, dict) and isinstance(document.get("users"), list):
        users = {user.get("id"): str(user.get("role", "")) for user in document["users"] if isinstance(user, dict)}
    sibling = None
    if not any(isinstance(ticket.get("comments"), list) for ticket in tickets):
        sibling = _zendesk_sibling_comments(path, spec, tickets, problems)

    threads = []
    for ticket in tickets:
        ticket_id = _text(ticket.get("id") or ticket.get("ticket_id"))
        fields = _scalar_fields(ticket, {"comments", "description", "url", "raw_subject"})
        comments = ticket.get("comments")
        if not isinstance(comments, list):
            comments = (sibling or {}).get(ticket_id)
        thread = Thread(ticket_id, fields)
        requester = ticket.get("requester_id")
        if isinstance(comments, list):
            for comment in comments:
                thread.messages.append(_zendesk_message(comment, requester, users))
        elif ticket.get("description"):
            thread.messages.append(Message(USER, _text(ticket["description"]), parse_time(ticket.get("created_at"))))
            thread.note = "the export has the description but no comments"
        threads.append(thread)
    return threads


def _zendesk_message(comment: dict, requester: object, users: dict) -> Message:
    author = comment.get("author_id")
    role_name = users.get(author, "")
    if isinstance(comment.get("author"), dict):
        role_name = role_name or str(comment["author"].get("role", ""))
    if role_name:
        role = USER if role_name in ("end-user", "end_user", "user", "customer") else ASSISTANT
    elif requester is not None:
        role = USER if author == requester else ASSISTANT
    else:
        role = ""
    via = comment.get("via") if isinstance(comment.get("via"), dict) else {}
    source = via.get("source") if isinstance(via.get("source"), dict) else {}
    auto = via.get("channel") in _AUTO_CHANNELS or source.get("rel") in ("trigger", "automation")
    body = comment.get("plain_body") or comment.get("body") or comment.get("html_body") or ""
    public = comment.get("public", True)
    return Message(role, _text(body), parse_time(comment.get("created_at")), internal=public is False, auto=auto)


def _zendesk_sibling_comments(path: Path, spec: SourceSpec, tickets: list[dict], problems: list[Problem]):
    """Find comments for a tickets file in a sibling file; return {ticket id: [comments]}."""
    candidates = [path.parent / name.format(stem=path.stem) for name in _ZENDESK_COMMENT_FILES]
    found = next((candidate for candidate in candidates if candidate.is_file() and candidate != path), None)
    if found is None:
        return None
    document = _load_json(found, spec)
    comments = document.get("comments") if isinstance(document, dict) else document
    if isinstance(document, dict) and comments is None:
        return {str(key): value for key, value in document.items() if isinstance(value, list)}
    if not isinstance(comments, list):
        problems.append(Problem("zendesk_comments_invalid", f"{found}: no \"comments\" list; comments were not read"))
        return None
    by_ticket: dict[str, list] = {}
    unassigned = [comment for comment in comments if isinstance(comment, dict) and comment.get("ticket_id") is None]
    for comment in comments:
        if isinstance(comment, dict) and comment.get("ticket_id") is not None:
            by_ticket.setdefault(_text(comment["ticket_id"]), []).append(comment)
    if unassigned and len(tickets) == 1:
        by_ticket.setdefault(_text(tickets[0].get("id")), []).extend(unassigned)
    elif unassigned:
        problems.append(Problem(
            "zendesk_comments_unassigned",
            f"{found}: {len(unassigned)} comments have no ticket_id and {path.name} has {len(tickets)} tickets, "
            "so they could not be matched; export comments with their ticket_id, or one ticket per file",
        ))
    return by_ticket


# ---------------------------------------------------------------- Jira

_JIRA_COMMENT = re.compile(r"^Comment(?:_\d+)?$")


def _jira_threads(path: Path, spec: SourceSpec, problems: list[Problem], *, progress, cancel) -> list[Thread]:
    from core.readers.delimited import read_delimited

    table = read_delimited(path, spec.model_copy(update={"format": "csv"}), progress=progress, cancel=cancel)
    problems += table.problems
    frame = table.frame
    key_column = _first_present(frame.columns, ("Issue key", "Issue id", "Key"))
    if key_column is None or "Summary" not in frame.columns:
        raise InputError(
            f"{path}: not a Jira CSV export: the columns Issue key and Summary are missing; "
            "export from Jira with \"Export CSV (all fields)\"",
            code="jira_columns_missing", path=str(path), columns=", ".join(table.columns),
        )
    comment_columns = [name for name in frame.columns if _JIRA_COMMENT.match(name)]
    curated = {"Summary": "subject", "Status": "status", "Issue Type": "type", "Priority": "priority",
               "Created": "created_at", "Labels": "tags", "Component/s": "category"}
    threads = []
    for row in frame.iter_rows(named=True):
        ticket_id = row.get(key_column) or f"row {row[SOURCE_ROW]}"
        fields = {name: value for name, value in row.items() if value and not name.startswith("__")}
        for source, target in curated.items():
            if row.get(source):
                fields[target] = row[source]
        thread = Thread(ticket_id, fields)
        reporter = (row.get("Reporter") or "").strip()
        if row.get("Description"):
            thread.messages.append(Message(USER, row["Description"], parse_time(row.get("Created"))))
        for name in comment_columns:
            value = row.get(name) or ""
            if not value.strip():
                continue
            parts = value.split(";", 2)
            if len(parts) == 3:
                when, author, body = parts
                role = USER if reporter and author.strip() == reporter else ASSISTANT
                thread.messages.append(Message(role, body, parse_time(when.strip())))
            else:
                thread.messages.append(Message(ASSISTANT, value))
        if not comment_columns:
            thread.note = "the export has no Comment columns"
        threads.append(thread)
    return threads


def _first_present(columns: list[str], names: tuple[str, ...]) -> str | None:
    return next((name for name in names if name in columns), None)


# ---------------------------------------------------------------- Freshdesk

_FRESHDESK_STATUS = {"2": "Open", "3": "Pending", "4": "Resolved", "5": "Closed"}
_FRESHDESK_PRIORITY = {"1": "Low", "2": "Medium", "3": "High", "4": "Urgent"}
_FRESHDESK_NOTE_SOURCE = 2


def _freshdesk_threads(path: Path, spec: SourceSpec, problems: list[Problem], *, progress, cancel) -> list[Thread]:
    if path.suffix.lower() in (".json", ".jsonl", ".ndjson"):
        return _freshdesk_json_threads(path, spec)
    return _table_threads(path, spec, problems, progress=progress, cancel=cancel, freshdesk=True)


def _freshdesk_fields(ticket: dict) -> dict[str, str]:
    fields = _scalar_fields(ticket, {"conversations", "description", "description_text"})
    status = fields.get("status", "")
    fields["status"] = _FRESHDESK_STATUS.get(status, status)
    priority = fields.get("priority", "")
    fields["priority"] = _FRESHDESK_PRIORITY.get(priority, priority)
    if "type" in fields:
        fields.setdefault("category", fields["type"])
    return fields


def _freshdesk_json_threads(path: Path, spec: SourceSpec) -> list[Thread]:
    tickets = _ticket_list(_load_json(path, spec), path, "Freshdesk")
    threads = []
    for ticket in tickets:
        thread = Thread(_text(ticket.get("id")), _freshdesk_fields(ticket))
        requester = ticket.get("requester_id")
        description = ticket.get("description_text") or ticket.get("description")
        if description:
            thread.messages.append(Message(USER, _text(description), parse_time(ticket.get("created_at"))))
        conversations = ticket.get("conversations")
        if not isinstance(conversations, list):
            thread.note = "the export has no conversations"
            conversations = []
        for entry in conversations:
            if not isinstance(entry, dict):
                continue
            thread.messages.append(_freshdesk_message(entry, requester))
        threads.append(thread)
    return threads


def _freshdesk_message(entry: dict, requester: object) -> Message:
    incoming = entry.get("incoming")
    if incoming is not None:
        role = USER if _truthy(incoming) else ASSISTANT
    else:
        role = USER if requester is not None and entry.get("user_id") == requester else ASSISTANT
    source = entry.get("source")
    internal = _truthy(entry.get("private", False)) or str(source) == str(_FRESHDESK_NOTE_SOURCE)
    body = entry.get("body_text") or entry.get("body") or ""
    return Message(role, _text(body), parse_time(entry.get("created_at")), internal=internal)


# ---------------------------------------------------------------- one message per row


def _normalize_name(name: str) -> str:
    return re.sub(r"[\s_\-./]+", "", name).casefold()


_TICKET_NAMES = (
    "ticketid", "ticket", "ticketnumber", "ticketno", "threadid", "thread", "conversationid", "conversation",
    "caseid", "case", "casenumber", "chatid", "sessionid", "dialogid", "dialogueid", "issueid", "issuekey", "id",
    "工单号", "工单编号", "工单id", "会话id", "对话id", "案件id", "チケットid", "チケット番号", "問い合わせ番号",
    "問合せ番号", "スレッドid", "会話id",
)
_TIME_NAMES = (
    "createdat", "created", "timestamp", "time", "datetime", "date", "sentat", "postedat", "messagetime",
    "时间", "发送时间", "创建时间", "日時", "送信日時", "作成日時", "日付",
)
_ROLE_NAMES = (
    "role", "authorrole", "authortype", "sendertype", "senderrole", "speaker", "usertype", "direction", "from",
    "sender", "author", "角色", "发送方", "发送者", "身份", "送信者", "話者", "役割", "発信者",
)
_BODY_NAMES = (
    "body", "bodytext", "plainbody", "message", "messagebody", "text", "content", "comment",
    "内容", "消息", "消息内容", "回复内容", "本文", "メッセージ", "コメント",
)
_FIELD_NAMES = {
    "subject": ("subject", "title", "summary", "主题", "标题", "件名", "タイトル"),
    "status": ("status", "state", "状态", "ステータス", "状態"),
    "type": ("type", "tickettype", "类型", "種別", "タイプ"),
    "category": ("category", "categories", "分类", "类别", "カテゴリ", "カテゴリー", "分類"),
    "priority": ("priority", "优先级", "優先度"),
    "tags": ("tags", "labels", "标签", "タグ"),
}

_USER_ROLES = {
    "user", "customer", "client", "requester", "enduser", "visitor", "contact", "consumer", "human", "buyer",
    "incoming", "inbound", "in", "客户", "用户", "顾客", "客人", "买家", "お客様", "顧客", "ユーザー", "利用者", "依頼者",
}
_AGENT_ROLES = {
    "agent", "assistant", "support", "staff", "admin", "operator", "representative", "rep", "csr", "helpdesk",
    "service", "advisor", "outgoing", "outbound", "out", "客服", "坐席", "客服人员", "工作人员", "管理员",
    "担当者", "オペレーター", "サポート", "スタッフ",
}
_NOTE_ROLES = {"note", "internal", "internalnote", "private", "privatenote", "备注", "内部备注", "内部メモ", "メモ", "社内メモ"}
_AUTO_ROLES = {
    "system", "bot", "auto", "automation", "automatic", "trigger", "autoreply", "机器人", "系统", "自动回复",
    "システム", "ボット", "自動返信",
}


def _pick(columns: list[str], names: tuple[str, ...], taken: set[str]) -> str | None:
    by_name = {_normalize_name(column): column for column in columns if column not in taken}
    return next((by_name[name] for name in names if name in by_name), None)


def _read_table(path: Path, spec: SourceSpec, *, progress, cancel) -> SourceTable:
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        from core.readers.excel import read_excel

        return read_excel(path, spec.model_copy(update={"format": "xlsx"}), progress=progress, cancel=cancel)
    if suffix in (".jsonl", ".ndjson"):
        from core.readers.jsonfile import read_jsonl

        return read_jsonl(path, spec.model_copy(update={"format": "jsonl"}), progress=progress, cancel=cancel)
    if suffix == ".json":
        from core.readers.jsonfile import read_json

        return read_json(path, spec.model_copy(update={"format": "json"}), progress=progress, cancel=cancel)
    from core.readers.delimited import read_delimited

    fmt = "tsv" if suffix in (".tsv", ".tab") else "csv"
    return read_delimited(path, spec.model_copy(update={"format": fmt}), progress=progress, cancel=cancel)


def _table_threads(
    path: Path, spec: SourceSpec, problems: list[Problem], *, progress, cancel, freshdesk: bool = False
) -> list[Thread]:
    table = _read_table(path, spec, progress=progress, cancel=cancel)
    problems += table.problems
    columns = table.columns
    taken: set[str] = set()
    ticket_column = _pick(columns, _TICKET_NAMES, taken)
    taken.add(ticket_column or "")
    body_column = _pick(columns, ("bodytext", "description", *_BODY_NAMES) if freshdesk else _BODY_NAMES, taken)
    taken.add(body_column or "")
    time_column = _pick(columns, _TIME_NAMES, taken)
    taken.add(time_column or "")
    incoming_column = _pick(columns, ("incoming",), taken)
    private_column = _pick(columns, ("private", "isprivate", "internal", "isinternal", "note", "isnote"), taken)
    public_column = _pick(columns, ("public", "ispublic", "visibility"), taken)
    source_column = _pick(columns, ("source",), taken) if freshdesk else None
    role_column = None if incoming_column else _pick(columns, _ROLE_NAMES, taken)

    missing = [label for label, column in (("ticket id", ticket_column), ("message body", body_column)) if column is None]
    if role_column is None and incoming_column is None and not (freshdesk and body_column):
        missing.append("author role")
    if missing:
        raise InputError(
            f"{path}: no column found for the {' and '.join(missing)}; the file has: {', '.join(columns)}. "
            "Name the columns e.g. ticket_id, created_at, role (customer or agent) and body",
            code="ticket_columns_missing", path=str(path), missing=", ".join(missing), columns=", ".join(columns),
        )
    field_columns = {name: _pick(columns, names, taken | {ticket_column, body_column}) for name, names in _FIELD_NAMES.items()}

    threads: dict[str, Thread] = {}
    for row in table.frame.iter_rows(named=True):
        if row.get(REJECT):
            problems.append(Problem("ticket_row_unreadable", f"{path}: row {row[SOURCE_ROW]}: {row[REJECT]}", row=row[SOURCE_ROW]))
            continue
        ticket_id = (row.get(ticket_column) or "").strip() or f"row {row[SOURCE_ROW]}"
        thread = threads.get(ticket_id)
        if thread is None:
            fields = {name: value for name, value in row.items() if value and not name.startswith("__")
                      and name not in (body_column, role_column, time_column)}
            for name, column in field_columns.items():
                if column and row.get(column):
                    fields[name] = row[column]
            if time_column and row.get(time_column):
                fields.setdefault("created_at", row[time_column])
            thread = threads[ticket_id] = Thread(ticket_id, fields)
        thread.messages.append(_row_message(row, body_column, time_column, role_column, incoming_column,
                                            private_column, public_column, source_column))
    if freshdesk and incoming_column is None and role_column is None:
        for thread in threads.values():
            thread.note = "the export has the description but no conversations"
    return list(threads.values())


def _row_message(row, body_column, time_column, role_column, incoming_column, private_column, public_column,
                 source_column) -> Message:
    body = row.get(body_column) or ""
    when = parse_time(row.get(time_column)) if time_column else None
    internal = bool(private_column and _truthy(row.get(private_column) or ""))
    if public_column and (row.get(public_column) or "").strip():
        value = (row.get(public_column) or "").strip().lower()
        internal = internal or value in ("false", "0", "no", "n", "internal", "private")
    if source_column and (row.get(source_column) or "").strip() == str(_FRESHDESK_NOTE_SOURCE):
        internal = True
    auto = False
    if incoming_column:
        role = USER if _truthy(row.get(incoming_column) or "") else ASSISTANT
    elif role_column:
        value = _normalize_name(row.get(role_column) or "")
        if value in _NOTE_ROLES:
            role, internal = ASSISTANT, True
        elif value in _AUTO_ROLES:
            role, auto = ASSISTANT, True
        elif value in _USER_ROLES:
            role = USER
        elif value in _AGENT_ROLES:
            role = ASSISTANT
        else:
            role = ""
    else:
        role = USER  # a Freshdesk ticket export without conversations: the description is the question
    return Message(role, body, when, internal=internal, auto=auto)
