"""Personal-data redaction with typed placeholders such as [EMAIL] and [PHONE_2].

Each type runs as one pass over every column: a Polars regex (`str.extract_all`) finds
the candidates, a Python check validates the distinct candidates (checksums, dates,
lengths, context words), and a vectorized literal replacement swaps the validated values
for placeholders. Types run in a fixed order so that a value inside a longer one (an
e-mail or an access key inside a URL, digits inside an IBAN) is taken by the longer one
first.

Within a scope (a record, or a group such as a ticket when `group_column` is given) the
same value always gets the same placeholder. A type is numbered ([EMAIL_1], [EMAIL_2])
only when the scope contains several distinct values of it.

The original values are returned in memory only, so the window can undo a redaction.
Counts never contain them and nothing here logs them.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import polars as pl

from core.errors import UsageError
from core.recipe import PiiSpec

log = logging.getLogger(__name__)

PII_TYPES = ("URL", "SECRET", "EMAIL", "IBAN", "ID_NUMBER", "CARD", "IP", "PHONE", "TERM", "CUSTOM")
"""Every placeholder type, in the order the passes run."""

FINDING_DTYPE = pl.List(
    pl.Struct({"column": pl.String, "type": pl.String, "placeholder": pl.String, "original": pl.String})
)

_ROW = "__pii_row"
_SCOPE = "__pii_scope"
_B = r"(?-u:\b)"  # ASCII word boundary, so "电话13812345678" still has one before the digits.


@dataclass
class PiiResult:
    """Summary of the values `redact_pii` replaced.

    `counts` contains, per type, the number of values replaced (each distinct value counted
    once per record and column). `records` is the number of records changed. `findings`
    is a List[Struct{column, type, placeholder, original}] Series with one entry per row.
    It contains the original values and must stay in memory.
    """

    counts: dict[str, int] = field(default_factory=dict)
    records: int = 0
    findings: pl.Series = field(default_factory=lambda: pl.Series("pii", [], dtype=FINDING_DTYPE))


# --- Validators (run on the distinct candidates only) ----------------------------------


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def luhn_valid(number: str) -> bool:
    """Return True when a digit string passes the Luhn check used by payment cards."""
    total = 0
    for position, char in enumerate(reversed(number)):
        digit = ord(char) - 48
        if position % 2 == 1:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return total % 10 == 0


def china_id_valid(value: str) -> bool:
    """Return True for an 18-character resident ID whose birth date and ISO 7064 MOD 11-2
    check character are valid."""
    value = value.upper()
    if len(value) != 18 or not value[:17].isdigit() or value[0] == "0" or value[0] == "9":
        return False
    try:
        birth = dt.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    if birth.year < 1900 or birth > dt.date.today():
        return False
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    total = sum(int(digit) * weight for digit, weight in zip(value[:17], weights))
    return "10X98765432"[total % 11] == value[17]


def my_number_valid(digits: str) -> bool:
    """Return True for a 12-digit Japanese individual number with a correct check digit."""
    if len(digits) != 12 or not digits.isdigit():
        return False
    body = digits[:11]
    total = 0
    for n, char in enumerate(reversed(body), start=1):
        weight = n + 1 if n <= 6 else n - 5
        total += int(char) * weight
    remainder = total % 11
    check = 0 if remainder <= 1 else 11 - remainder
    return check == int(digits[11])


def iban_valid(value: str) -> bool:
    """Return True when an IBAN (spaces allowed) passes the ISO 13616 mod-97 check."""
    compact = value.replace(" ", "").upper()
    if not 15 <= len(compact) <= 34 or not compact[:2].isalpha() or not compact[2:4].isdigit():
        return False
    rearranged = compact[4:] + compact[:4]
    numeric = "".join(str(int(char, 36)) for char in rearranged)
    return int(numeric) % 97 == 1


# Issuer prefixes and number lengths of the major card networks: Visa, Mastercard,
# American Express, Diners Club, Discover, JCB, UnionPay, Maestro.
_CARD_NETWORKS = (
    (re.compile(r"^4"), (13, 16, 19)),
    (re.compile(r"^(?:5[1-5]|2[2-7])"), (16,)),
    (re.compile(r"^3[47]"), (15,)),
    (re.compile(r"^3(?:0[0-5]|[68])"), (14, 15, 16)),
    (re.compile(r"^(?:6011|64[4-9]|65)"), (16, 17, 18, 19)),
    (re.compile(r"^35"), (16, 17, 18, 19)),
    (re.compile(r"^62"), (16, 17, 18, 19)),
    (re.compile(r"^(?:5[06-8]|6[37])"), (13, 14, 15, 16, 17, 18, 19)),
)


def _looks_like_resident_id(digits: str) -> bool:
    """Return True for 18 digits with a birth date at positions 7-14, as a Chinese
    resident ID has, even when its check digit is wrong."""
    if len(digits) != 18:
        return False
    try:
        birth = dt.date(int(digits[6:10]), int(digits[10:12]), int(digits[12:14]))
    except ValueError:
        return False
    return 1900 <= birth.year <= dt.date.today().year


def _validate_card(candidate: str) -> str | None:
    if candidate[:1].isalpha():
        return None  # the digits follow an IBAN-like "FR18 " and belong to it
    digits = _digits(candidate)
    if len(set(re.sub(r"\d", "", candidate))) > 1 or _looks_like_resident_id(digits):
        return None
    lengths = next((allowed for prefix, allowed in _CARD_NETWORKS if prefix.match(digits)), ())
    if len(digits) not in lengths or not luhn_valid(digits) or not _card_grouping(candidate):
        return None
    return candidate


def _card_grouping(candidate: str) -> bool:
    """Return True when a number is written as cards are: ungrouped, in groups of four
    (the last may be shorter), or 4-6-5 and 4-6-4 (American Express, Diners Club).
    An order number such as 503-0143748-8289823 is not, even when it passes Luhn."""
    groups = [len(group) for group in re.split(r"[ \-]", candidate)]
    if len(groups) == 1:
        return True
    if groups in ([4, 6, 5], [4, 6, 4]):
        return True
    return all(size == 4 for size in groups[:-1]) and 1 <= groups[-1] <= 4


def _validate_id_number(candidate: str) -> str | None:
    compact = candidate.replace(" ", "").replace("-", "")
    if len(compact) == 18:
        return candidate if china_id_valid(compact) else None
    return candidate if my_number_valid(compact) else None


# Words before a parcel tracking number, which Japanese carriers print 4-4-4 like a My Number.
_TRACKING_WORD = (
    r"(?:伝票番号|追跡番号|送り状番号|お問い合わせ番号|問い合わせ番号|运单号|快递单号|物流单号"
    r"|(?i:tracking)(?:\s*(?i:no\.?|number|#))?)[:：\s]*"
)
_MY_NUMBER_CONTEXT = re.compile(r"(?i)(マイナンバー|個人番号|my\s*number)")


def _validate_id_candidate(candidate: str) -> str | None:
    """Validate an ID_NUMBER match. A match that starts with a word is a My Number only
    after a word such as マイナンバー; an IBAN start or a tracking word rejects it."""
    if not candidate[:1].isdigit() and not _MY_NUMBER_CONTEXT.match(candidate):
        return None
    return _validate_id_number(_strip_context(candidate))


def _validate_phone(candidate: str) -> str | None:
    if not candidate[0].isdigit() and candidate[0] not in "+(（":
        # A phone word and the number after it: the number alone is replaced, and only
        # when it is not a slice of a longer spaced number. The word has no digits.
        first_digit = re.search(r"\d", candidate)
        number = candidate[first_digit.start():] if first_digit else ""
        return number if _NUMBER_AFTER_PHONE_WORD.fullmatch(number) else None
    digits = _digits(candidate)
    if " " in candidate and candidate[0].isdigit() and "-" not in candidate:
        # A spaced number must be one of the shapes whole, not a slice of a longer number.
        return candidate if _SPACED_SHAPES.fullmatch(candidate) else None
    if candidate[0].isdigit() and candidate.count("-") > 2:
        return None
    if candidate.startswith("+"):
        return candidate if 8 <= len(digits) <= 15 else None
    if candidate.startswith("("):
        return candidate if len(digits) in (10, 11, 12) else None
    return candidate if 9 <= len(digits) <= 12 else None


def _validate_ip(candidate: str) -> str | None:
    try:
        address = ipaddress.ip_address(candidate)
    except ValueError:
        return None
    if address.version == 6 and candidate.count(":") < 2:
        return None
    return candidate


_URL_TRAILING = ".,;:!?)]}'\"。，、；：！？）」』】"
_URL_SECRET_PARAM = re.compile(
    r"(?i)[?&#](?:[a-z0-9_.\-]*(?:token|key|sig|signature|password|passwd|pwd|secret|auth|credential|session)"
    r"[a-z0-9_.\-]*)="
)
_URL_OAUTH_CODE = re.compile(r"(?i)[?&#]code=")
_URL_USERINFO = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.\-]*://[^/?#\s@]+:[^/?#\s@]*@")


def _validate_url(candidate: str) -> str | None:
    url = candidate.rstrip(_URL_TRAILING)
    if _URL_USERINFO.match(url) or _URL_SECRET_PARAM.search(url) or _URL_OAUTH_CODE.search(url):
        return url
    return None


_AWS_SECRET_VALUE = re.compile(r"[A-Za-z0-9/+]{40,}")


_SECRET_WORD = r"(?:secret|シークレット|密[钥鑰]|秘[钥鑰]|秘密(?:鍵|キー))"
_SECRET_WORD_START = re.compile("(?i)" + _SECRET_WORD)


def _validate_secret(candidate: str) -> str | None:
    word = _SECRET_WORD_START.match(candidate)
    if word:
        # A word such as "secret" or シークレット followed by a 40-character AWS secret key:
        # only the key itself is replaced, so the name stays readable. A longer run is
        # something else, and lowercase hexadecimal is a commit or a checksum.
        match = _AWS_SECRET_VALUE.search(candidate, word.end())
        if match is None or len(match.group()) != 40:
            # The run after the word may be another kind of key (シークレットキー sk_live_…),
            # which this match took along before its own pattern could match it.
            token = _TOKEN_SECRET.search(candidate, word.end())
            return token.group() if token else None
        value = match.group()
        if not re.search(r"[0-9]", value) or not re.search(r"[A-Za-z]", value) or re.fullmatch(r"[0-9a-f]+", value):
            return None
        return value
    return candidate


def _validate_iban(candidate: str) -> str | None:
    """Return the IBAN in `candidate`, which may end with a word the pattern took along
    ("BE96 4491 8714 6836 BIC"). Only a final group of letters is dropped, because trying
    shorter digit prefixes would pass mod-97 by chance once in 97 tries."""
    if iban_valid(candidate):
        return candidate
    head, _, last = candidate.rpartition(" ")
    if head and last.isalpha() and iban_valid(head):
        return head
    return None


# --- Patterns -------------------------------------------------------------------------

# A word before a version number, which looks like an IPv4 address when it has four parts.
_VERSION_WORD = r"(?:版本|バージョン|ファームウェア|固件)\s*|" + _B + r"(?i:version|ver\.?|firmware|fw|v)\s*"
_URL_SCHEMES = r"(?:https?|s?ftp|wss?|ssh|smb|(?:jdbc:)?(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?))"
_URL_PATTERN = (
    r"(?i)" + _B + _URL_SCHEMES
    + r"://[^\s<>\"'`\p{Han}\p{Hiragana}\p{Katakana}\x{3000}-\x{303F}\x{FF00}-\x{FFEF}]+"
)

# Phone numbers written with spaces: 090 1234 5678 and 03 1234 5678 (Japan), 138 0013 8000 and 021 66827285
# (mainland China), 020 7946 0958 and 07700 900123 (United Kingdom), 0988 771 413 (Taiwan),
# 415 555 0132 (North America).
_SPACED_SHAPES = re.compile(
    r"0[789]0 \d{4} \d{4}|1[3-9]\d \d{4} \d{4}|0\d{2,3} \d{7,8}|0\d{1,4} \d{3,4} \d{4}|07\d{3} \d{6}"
    r"|09\d{2} \d{3} \d{3}|[2-9]\d{2} [2-9]\d{2} \d{4}"
)

# Words right before a phone number. After one of them, numbers that read as order
# numbers elsewhere are phone numbers: 10 to 12 digits from a leading 0 without separators
# (02735797919, 0312345678, 0968779103) and local 8-digit numbers (Hong Kong 9170 9045).
_PHONE_WORD = (
    r"(?:電話番号|电话号码|電話|电话|手机号码|手机号|手機|手机|携帯番号|携帯|代表番号|致电|致電|回电|回電|来电|來電"
    r"|联系电话|聯絡電話|联系方式|聯絡方式|連絡先|座机|座機|固定電話|" + _B + r"(?i:tel|fax|phone|mobile|whatsapp))"
    r"(?:[:：#.\s(（]|是|為|为|は|(?i:no\.?|number))*"
)
_NUMBER_AFTER_PHONE_WORD = re.compile(r"0\d{9,11}|0\d{1,4}[ \-]\d{2,4}[ \-]?\d{4}|[2-9]\d{3}[ \-]?\d{4}")

_PHONE_PATTERNS = (
    # A phone word, then a number of `_NUMBER_AFTER_PHONE_WORD`. A digit group after it
    # is matched too, so that `_validate_phone` can reject a slice of a longer number.
    _PHONE_WORD + r"(?:0\d{9,11}|(?:0\d{1,4}[ \-]\d{2,4}[ \-]?|[2-9]\d{3}[ \-]?)\d{4}(?:[ \-]\d{1,5})?)" + _B,
    # International: +CC then digit groups, e.g. +86 138 0013 8000, +1 (415) 555-0132.
    r"\+\d{1,3}(?:[ .\-]?\(\d{1,4}\))?(?:[ .\-]?\d{1,5}){1,5}" + _B,
    # Mainland China mobile, 11 digits, optionally 3-4-4.
    _B + r"1[3-9]\d(?:[ \-]?\d{4}){2}" + _B,
    # Landlines with an area code in brackets: (010) 6552-9988, (977) 625-2661, （0591）72712825.
    r"[(（]0?\d{2,4}[)）][ \-]?\d{3,4}[ \-]?\d{4}" + _B,
    # Japanese landlines with the local exchange in brackets: 03(1234)5678.
    _B + r"0\d{1,4}\(\d{1,4}\)\d{4}" + _B,
    # Japanese mobiles 070/080/090 with hyphens or none: 090-1234-5678, 09012345678.
    _B + r"0[789]0-?\d{4}-?\d{4}" + _B,
    # Numbers written with spaces (`_SPACED_SHAPES`). A digit group before or after is
    # matched too, so that `_validate_phone` can reject a slice of a longer number.
    _B + r"(?:\d{1,5} )?(?:" + _SPACED_SHAPES.pattern + r")(?: \d{1,5})?" + _B,
    # Landlines and mobiles written 0X-XXXX-XXXX, 0XX-XXXX-XXXX, 090-1234-5678 (Japan,
    # Taiwan), and 010-65529988 or 0755-2678123 (mainland China).
    # A group before or after is matched too, so that a slice of a longer number such as
    # 5300-0197-5828-8713 has too many groups and is rejected.
    _B + r"(?:\d{1,5}-)?0\d{1,4}-\d{1,4}-\d{3,4}(?:-\d{1,5})?" + _B,
    _B + r"0\d{2,3}-\d{7,8}" + _B,
    # Taiwan mobile 09XX-XXX-XXX (without separators it reads as an order number) and
    # North American 415-555-0132 or 415.555.0132.
    _B + r"09\d{2}-\d{3}-\d{3}" + _B,
    _B + r"[2-9]\d{2}(?:-[2-9]\d{2}-|\.[2-9]\d{2}\.)\d{4}" + _B,
)

_SECRET_PATTERNS = (
    _B + r"(?:AKIA|ASIA)[A-Z0-9]{16}" + _B,
    # A word such as secret or シークレット in a key name or a sentence, then the key after =,
    # :, 是, は or a space. The run is matched whole and its length checked afterwards,
    # because a key may end in / or +.
    r"(?i)" + _SECRET_WORD + r"[A-Za-z_\-\p{Katakana}\x{30FC} ]{0,25}[\"']?\s*(?:[:=：]|是|为|為|は)?\s*[\"']?[A-Za-z0-9/+]{40,}",
    _B + r"gh[pousr]_[A-Za-z0-9]{36,}",
    _B + r"github_pat_[A-Za-z0-9_]{22,}",
    _B + r"xox[abprs]-[A-Za-z0-9\-]{10,}",
    _B + r"[sr]k_live_[A-Za-z0-9]{20,}",
    _B + r"AIza[0-9A-Za-z_\-]{35}",
    _B + r"eyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{10,}",
)


# The key patterns of `_SECRET_PATTERNS` without the one that starts with a secret word,
# for Python's `re` (with an ASCII word boundary, as `_B` is).
_TOKEN_SECRET = re.compile("|".join(_SECRET_PATTERNS[:1] + _SECRET_PATTERNS[2:]).replace(_B, r"\b"), re.ASCII)


@dataclass(frozen=True)
class _PiiType:
    name: str
    pattern: str
    validate: Callable[[str], str | None]
    case_insensitive: bool = False


def _builtin_types() -> list[_PiiType]:
    return [
        # A URL ends at a space, a quote or CJK text, which often follows it with no space.
        # The ASCII word boundary lets CJK text come right before it (链接https://…).
        _PiiType("URL", _URL_PATTERN, _validate_url),
        _PiiType("SECRET", "|".join(_SECRET_PATTERNS), _validate_secret),
        _PiiType(
            "EMAIL", r"[A-Za-z0-9][A-Za-z0-9._%+\-]*@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}" + _B,
            lambda value: value, case_insensitive=True,
        ),
        _PiiType("IBAN", _B + r"[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?" + _B, _validate_iban),
        _PiiType(
            "ID_NUMBER",
            # Chinese resident ID, or a Japanese individual number written 4-4-4 or
            # after a context word such as マイナンバー.
            # A fourth digit group is matched too, so that a card number written 4-4-4-4 is
            # rejected here and left whole for the CARD pass.
            # An IBAN start or a tracking-number word before the 4-4-4 digits is matched
            # too, so that the number can be rejected.
            _B + r"\d{17}[\dXx]" + _B + r"|" + _B + r"\d{6} \d{8} \d{3}[\dXx]" + _B
            + r"|(?:" + _TRACKING_WORD + r"|" + _B + r"(?:[A-Z]{2}\d{2} )?)\d{4}[ \-]\d{4}[ \-]\d{4}(?:[ \-]\d{1,7})?" + _B
            + r"|(?i:マイナンバー|個人番号|my\s*number)\D{0,12}\d{12}" + _B,
            _validate_id_candidate,
        ),
        # An IBAN-like prefix ("FR18 ", "GB24 WEST ") is matched too, so that the digits
        # of an IBAN with a wrong checksum are rejected here instead of read as a card.
        _PiiType("CARD", r"(?:[A-Z]{2}\d{2} ?(?:[A-Z]{4} ?)?)?" + _B + r"\d(?:[ \-]?\d){12,18}" + _B, _validate_card),
        _PiiType(
            "IP",
            # A version word right before four numbers is matched too, so that
            # `_validate_ip` rejects "版本9.0.7.92" or "v2.3.10.4" as a version, not an address.
            # So is a dot and a character right after them, which makes "2.3.4.5.阳性" (a list
            # of items) or "6.8.5.8.7.1" no address, while "10.0.0.1." ending a sentence is one.
            r"(?:" + _VERSION_WORD + r"|" + _B + r")(?:\d{1,3}\.){3}\d{1,3}" + _B + r"(?:\.\S)?|(?i:(?:[0-9a-f]{1,4}:|::)(?:[0-9a-f]{0,4}:){1,6}(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9a-f]{0,4}))",
            _validate_ip,
        ),
        _PiiType("PHONE", "|".join(_PHONE_PATTERNS), _validate_phone),
    ]


def _strip_context(value: str) -> str:
    match = _MY_NUMBER_CONTEXT.match(value)
    if match is None:
        return value
    return re.sub(r"^\D*", "", value[match.end():])


def _user_types(spec: PiiSpec) -> list[_PiiType]:
    types: list[_PiiType] = []
    terms = [term for term in spec.terms if term.strip()]
    if terms:
        ordered = sorted(terms, key=len, reverse=True)
        pattern = "(?i)" + "|".join(re.escape(term) for term in ordered)
        types.append(_PiiType("TERM", pattern, lambda value: value, case_insensitive=True))
    patterns = [pattern for pattern in spec.patterns if pattern]
    for pattern in patterns:
        _check_user_pattern(pattern)
    if patterns:
        types.append(_PiiType("CUSTOM", "|".join(f"(?:{pattern})" for pattern in patterns), lambda value: value or None))
    return types


def _check_user_pattern(pattern: str) -> None:
    try:
        pl.Series([""]).str.contains(pattern)
    except pl.exceptions.ComputeError as exc:
        raise UsageError(
            f"PII pattern {pattern!r} is not a valid regular expression ({exc}); "
            "correct it in the cleaning settings (look-ahead and back-references are not supported)",
            code="pii_pattern_invalid", pattern=pattern,
        ) from exc


def active_types(spec: PiiSpec) -> list[_PiiType]:
    """Return the passes `spec` switches on, in run order."""
    wanted = {name.upper() for name in spec.types}
    unknown = wanted - set(PII_TYPES)
    if unknown:
        raise UsageError(
            f"unknown PII type(s) {', '.join(sorted(unknown))}; use any of {', '.join(PII_TYPES)}",
            code="pii_type_unknown", types=sorted(unknown),
        )
    chosen = [kind for kind in _builtin_types() if not wanted or kind.name in wanted]
    chosen += [kind for kind in _user_types(spec) if not wanted or kind.name in wanted]
    return chosen


# --- Redaction ------------------------------------------------------------------------


def _candidate_queries(frame: pl.DataFrame, columns: list[str], kind: _PiiType) -> list[pl.LazyFrame]:
    """Return one query per column that finds the regex matches of `kind`."""
    return [
        frame.lazy()
        .select(
            _ROW, _SCOPE,
            pl.lit(column_index, dtype=pl.Int32).alias("column_index"),
            pl.col(column).str.extract_all(kind.pattern).alias("value"),
        )
        .filter(pl.col("value").list.len() > 0)
        .explode("value")
        .with_columns(pl.int_range(pl.len(), dtype=pl.Int32).over(_ROW).alias("position"))
        for column_index, column in enumerate(columns)
    ]


def _candidates(frame: pl.DataFrame, columns: list[str], kind: _PiiType) -> pl.DataFrame:
    """Return one row per regex match: row, scope, column, position, value."""
    return pl.concat(pl.collect_all(_candidate_queries(frame, columns, kind)))


def _first_candidates(frame: pl.DataFrame, columns: list[str], kinds: list[_PiiType]) -> list[pl.DataFrame]:
    """Return `_candidates` of every type in one parallel run over the unredacted text."""
    queries = [_candidate_queries(frame, columns, kind) for kind in kinds]
    results = iter(pl.collect_all([query for per_kind in queries for query in per_kind]))
    return [pl.concat([next(results) for _ in per_kind]) for per_kind in queries]


def _validated(candidates: pl.DataFrame, kind: _PiiType) -> pl.DataFrame:
    distinct = candidates["value"].unique().to_list()
    mapping = {value: kind.validate(value) for value in distinct}
    valid = candidates.with_columns(
        pl.col("value").replace_strict(mapping, return_dtype=pl.String).alias("value")
    ).drop_nulls("value")
    key = pl.col("value").str.to_lowercase() if kind.case_insensitive else pl.col("value")
    return valid.with_columns(key.alias("key"))


# While the passes run, a value is replaced by a marker of Unicode private-use characters
# (plane 15) in place of its placeholder, so no later regex or term can match inside an
# earlier placeholder ("Ma" inside "[EMAIL]"). The markers become placeholders at the end.
_MARK_OPEN = "\U000F0000"
_MARK_CLOSE = "\U000F0001"


def _marker(type_index: int, ordinal: int) -> str:
    """Return the marker of placeholder `ordinal` (0 when unnumbered) of a type."""
    high, low = divmod(ordinal, 0x1000)
    return _MARK_OPEN + chr(0xF0100 + type_index) + chr(0xF1000 + high) + chr(0xF2000 + low) + _MARK_CLOSE


def _placeholders(valid: pl.DataFrame, kind: _PiiType, type_index: int) -> tuple[pl.DataFrame, dict[str, str]]:
    """Number the distinct values of each scope in order of appearance.

    Returns the matches with `placeholder` and `marker` columns, and the mapping from
    each marker used to its placeholder.
    """
    ordered = valid.sort(_ROW, "column_index", "position")
    distinct = ordered.unique([_SCOPE, "key"], keep="first", maintain_order=True).select(_SCOPE, "key")
    numbered = distinct.with_columns(
        pl.when(pl.len().over(_SCOPE) == 1).then(0).otherwise(pl.int_range(1, pl.len() + 1).over(_SCOPE)).alias("ordinal")
    )
    ordinals = numbered["ordinal"].unique().to_list()
    placeholders = {n: f"[{kind.name}_{n}]" if n else f"[{kind.name}]" for n in ordinals}
    markers = {n: _marker(type_index, n) for n in ordinals}
    numbered = numbered.with_columns(
        pl.col("ordinal").replace_strict(placeholders, return_dtype=pl.String).alias("placeholder"),
        pl.col("ordinal").replace_strict(markers, return_dtype=pl.String).alias("marker"),
    )
    matches = ordered.join(numbered.select(_SCOPE, "key", "placeholder", "marker"), on=[_SCOPE, "key"])
    return matches, {markers[n]: placeholders[n] for n in ordinals}


def _replace_literal(frame: pl.DataFrame, column: str, pairs: pl.DataFrame) -> pl.DataFrame:
    """Replace, per row, each value in `pairs` (row, value, placeholder) by its placeholder.

    Polars has no per-row literal `replace_all`, so each replacement is a split on the value
    followed by a join with the placeholder, one round per list position. Longer values
    go first so a value that contains another is replaced whole.
    """
    if pairs.is_empty():
        return frame
    lists = (
        pairs.unique([_ROW, "value"])
        .sort(_ROW, pl.col("value").str.len_chars(), descending=[False, True])
        .group_by(_ROW, maintain_order=True)
        .agg("value", "placeholder")
    )
    rounds = int(lists["value"].list.len().max())
    joined = frame.join(lists, on=_ROW, how="left")
    text = pl.col(column)
    for index in range(rounds):
        value = pl.col("value").list.get(index, null_on_oob=True)
        placeholder = pl.col("placeholder").list.get(index, null_on_oob=True)
        text = pl.when(value.is_not_null()).then(text.str.split(value).list.join(placeholder)).otherwise(text)
    return joined.with_columns(text.alias(column)).drop("value", "placeholder")


# Full-width digits and the punctuation written around them, as Japanese and Chinese input
# methods type them (０９０－１２３４－５６７８). Each maps to one ASCII character, so a
# match in the narrowed text has the same position in the original.
_NARROW = {chr(0xFF10 + digit): str(digit) for digit in range(10)} | {
    "－": "-", "（": "(", "）": ")", "＋": "+", "．": ".", "＠": "@", "\u3000": " ",
}
_NARROW_TABLE = str.maketrans(_NARROW)
# Brackets and the ideographic space are common in CJK text without any full-width number,
# so only these characters make a column worth narrowing.
_WIDE_SIGNS = [chr(0xFF10 + digit) for digit in range(10)] + ["－", "＋", "＠", "．"]


def _has_wide_forms(frame: pl.DataFrame, columns: list[str]) -> list[bool]:
    """Return, per column, whether any value contains a full-width digit or sign."""
    found = frame.select(pl.col(name).str.contains_any(_WIDE_SIGNS).any() for name in columns).row(0)
    return [bool(value) for value in found]


def _narrowed(frame: pl.DataFrame, columns: list[str], wide: list[bool]) -> pl.DataFrame:
    """Return `frame` with the `_NARROW` characters of the flagged columns made ASCII."""
    keys, values = list(_NARROW), list(_NARROW.values())
    return frame.with_columns(
        pl.col(name).str.replace_many(keys, values) for name, flag in zip(columns, wide, strict=True) if flag
    )


def _written_forms(valid: pl.DataFrame, work: pl.DataFrame, columns: list[str], wide: list[bool]) -> pl.DataFrame:
    """Replace each match found in narrowed text by the form written in the original text.

    A value found as 090-1234-5678 may be written ０９０－１２３４－５６７８. Every written
    form of it in the row becomes a match of its own, with the same key, so all of them
    get one placeholder and undo restores what was written.
    """
    rows_with_wide = pl.concat([
        work.filter(pl.col(name).str.contains_any(list(_NARROW))).select(
            _ROW, pl.lit(index, dtype=pl.Int32).alias("column_index"), pl.col(name).alias("__text")
        )
        for index, (name, flag) in enumerate(zip(columns, wide, strict=True)) if flag
    ])
    joined = valid.join(rows_with_wide, on=[_ROW, "column_index"], how="left")
    plain = joined.filter(pl.col("__text").is_null()).drop("__text")
    expanded = []
    for record in joined.filter(pl.col("__text").is_not_null()).iter_rows(named=True):
        text, value = record.pop("__text"), record["value"]
        narrow = text.translate(_NARROW_TABLE)
        forms = []
        start = narrow.find(value)
        while start >= 0:
            form = text[start:start + len(value)]
            if form not in forms:
                forms.append(form)
            start = narrow.find(value, start + 1)
        expanded.extend({**record, "value": form} for form in forms)
    if not expanded:
        return plain
    return pl.concat([plain, pl.DataFrame(expanded, schema=plain.schema)])


def redact_pii(
    frame: pl.DataFrame, columns: list[str], spec: PiiSpec, group_column: str | None = None
) -> tuple[pl.DataFrame, PiiResult]:
    """Replace personal data in `columns` with typed placeholders.

    Returns the frame with the same rows and columns, and a `PiiResult` whose `findings`
    lists what each row lost. Raises `UsageError` for an unknown type in `spec.types`
    or an invalid pattern in `spec.patterns`.
    """
    kinds = active_types(spec)
    scope = pl.col(group_column).cast(pl.String) if group_column else pl.lit(None, dtype=pl.String)
    work = frame.with_row_index(_ROW).with_columns(
        pl.coalesce(scope, pl.format("row:{}", pl.col(_ROW))).alias(_SCOPE)
    ).select(_ROW, _SCOPE, *columns)

    found: list[pl.DataFrame] = []
    marker_text: dict[str, str] = {}
    wide = _has_wide_forms(work, columns)
    # Every type is searched at once in the original text. Only rows an earlier type has
    # already redacted are searched again, because their text has changed since.
    first_candidates = _first_candidates(_narrowed(work, columns, wide), columns, kinds)
    redacted_rows = pl.Series(_ROW, [], dtype=work.schema[_ROW])
    for type_index, kind in enumerate(kinds):
        candidates = first_candidates[type_index]
        if redacted_rows.len():
            changed = pl.col(_ROW).is_in(redacted_rows.implode())
            again = _narrowed(work.filter(changed), columns, wide)
            candidates = pl.concat([candidates.filter(~changed), _candidates(again, columns, kind)])
        if candidates.is_empty():
            continue
        valid = _validated(candidates, kind)
        if valid.is_empty():
            continue
        if any(wide):
            valid = _written_forms(valid, work, columns, wide)
        numbered, markers = _placeholders(valid, kind, type_index)
        marker_text.update(markers)
        for column_index, column in enumerate(columns):
            pairs = numbered.filter(pl.col("column_index") == column_index).select(
                _ROW, "value", pl.col("marker").alias("placeholder")
            )
            work = _replace_literal(work, column, pairs)
        redacted_rows = pl.concat([redacted_rows, numbered[_ROW]]).unique()
        found.append(
            numbered.unique([_ROW, "column_index", "value"], maintain_order=True)
            .select(_ROW, "column_index", pl.lit(kind.name).alias("type"), "placeholder", "value")
        )

    counts = {kind.name: 0 for kind in kinds}
    for part in found:
        counts[part["type"][0]] = part.height
    names = dict(enumerate(columns))
    entries = [
        part.select(
            _ROW, pl.col("column_index").replace_strict(names, return_dtype=pl.String).alias("column"),
            "type", "placeholder", pl.col("value").alias("original"),
        )
        for part in found
    ]
    findings = _regroup(entries, frame.height)
    records = int((findings.list.len() > 0).sum())
    log.info("PII redaction replaced values in %d records: %s", records, counts)
    if marker_text:
        work = work.with_columns(pl.col(column).str.replace_many(marker_text) for column in columns)
    redacted = frame.with_columns(work[column] for column in columns)
    return redacted, PiiResult(counts=counts, records=records, findings=findings)


# --- Undo -----------------------------------------------------------------------------


def parse_kept(entries: Iterable[str]) -> tuple[set[str], set[tuple[str, str]]]:
    """Split review entries into whole types (`*:EMAIL`) and single redactions
    (`source_file:source_row:[EMAIL_2]`, returned as (key, placeholder))."""
    types: set[str] = set()
    single: set[tuple[str, str]] = set()
    for entry in entries:
        if entry.startswith("*:"):
            types.add(entry[2:].upper())
            continue
        key, separator, placeholder = entry.rpartition(":[")
        if separator:
            single.add((key, "[" + placeholder))
    return types, single


def undo_redactions(
    frame: pl.DataFrame,
    findings: pl.Series,
    keep: Iterable[str],
    row_keys: pl.Series | None = None,
) -> tuple[pl.DataFrame, pl.Series]:
    """Put original values back for the redactions named in `keep`.

    `keep` uses the review list format: `*:TYPE` undoes a whole type, `KEY:[PLACEHOLDER]`
    undoes one placeholder in the record whose key (from `row_keys`, aligned with
    `frame`) is KEY. Returns the frame and the findings that are still redacted.
    """
    types, single = parse_kept(keep)
    keys = row_keys if row_keys is not None else pl.Series([None] * frame.height, dtype=pl.String)
    entries = (
        pl.DataFrame({_ROW: pl.arange(0, frame.height, dtype=pl.UInt32, eager=True), "key": keys, "pii": findings})
        .explode("pii")
        .drop_nulls("pii")
        .unnest("pii")
    )
    single_frame = pl.DataFrame(
        {"key": [key for key, _ in single], "placeholder": [ph for _, ph in single]},
        schema={"key": pl.String, "placeholder": pl.String},
    )
    undone = entries.filter(pl.col("type").is_in(list(types))).vstack(
        entries.join(single_frame, on=["key", "placeholder"], how="semi").filter(~pl.col("type").is_in(list(types)))
    )

    work = frame.with_row_index(_ROW)
    for column in undone["column"].unique().to_list():
        pairs = undone.filter(pl.col("column") == column).select(
            _ROW, pl.col("placeholder").alias("value"), pl.col("original").alias("placeholder")
        )
        work = _replace_literal(work, column, pairs)

    remaining = entries.join(undone.select(_ROW, "column", "placeholder"), on=[_ROW, "column", "placeholder"], how="anti")
    return work.drop(_ROW), _regroup([remaining], frame.height)


def _regroup(entries: list[pl.DataFrame], height: int) -> pl.Series:
    """Return a findings Series of `height` rows from frames of (row, column, type,
    placeholder, original), keeping each row's entries in their given order."""
    rows = pl.DataFrame({_ROW: pl.arange(0, height, dtype=pl.UInt32, eager=True)})
    if not entries:
        # Built by Polars: a Python list of a million empty lists takes seconds to convert.
        return pl.select(pl.repeat(pl.lit([], dtype=FINDING_DTYPE), height)).to_series().alias("pii")
    grouped = (
        pl.concat(entries)
        .sort(_ROW, maintain_order=True)
        .select(_ROW, pl.struct("column", "type", "placeholder", "original").alias("pii"))
        .group_by(_ROW, maintain_order=True)
        .agg("pii")
    )
    joined = rows.join(grouped, on=_ROW, how="left", maintain_order="left")
    return joined.select(pl.col("pii").fill_null([])).to_series().cast(FINDING_DTYPE)
