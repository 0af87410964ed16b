"""S3 URIs and object keys in the form Bedrock accepts.

Bedrock reads training data only from keys whose segments use letters, digits and
`- ! _ * ' ( ) .` (CreateModelCustomizationJob's S3 URI pattern). Spaces, `+ = & %` and
non-ASCII letters are not allowed, so file names are rewritten before upload.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

from core.errors import UsageError

_KEY_CHAR_FORBIDDEN = re.compile(r"[^A-Za-z0-9\-!_*'().]")
_UNDERSCORE_RUN = re.compile(r"_{2,}")
# Bucket names: 3-63 characters, lowercase letters, digits, dots and hyphens, starting and
# ending with a letter or digit (S3 general purpose bucket naming rules).
_BUCKET_NAME = re.compile(r"^[a-z0-9][a-z0-9.\-]{1,61}[a-z0-9]$")


@dataclass(frozen=True)
class S3Uri:
    """A bucket and a key or key prefix."""

    bucket: str
    key: str = ""

    def __str__(self) -> str:
        return f"s3://{self.bucket}/{self.key}"

    def child(self, name: str) -> S3Uri:
        """Return the URI of `name` below this prefix."""
        prefix = self.key if not self.key or self.key.endswith("/") else self.key + "/"
        return S3Uri(self.bucket, prefix + name)

    @property
    def prefix(self) -> str:
        """Return the key as a folder prefix: empty, or ending with '/'."""
        return self.key if not self.key or self.key.endswith("/") else self.key + "/"


def parse_s3_uri(text: str, *, what: str = "S3 location") -> S3Uri:
    """Parse `s3://bucket/key`, raising `UsageError` with the expected form when invalid."""
    value = text.strip()
    if not value.startswith("s3://"):
        raise UsageError(
            f"{what} '{text}' is not an S3 URI; write it as s3://BUCKET/PREFIX",
            code="s3_uri_invalid", value=text,
        )
    bucket, _, key = value[len("s3://"):].partition("/")
    check_bucket_name(bucket)
    return S3Uri(bucket, key)


def check_bucket_name(bucket: str) -> None:
    """Raise `UsageError` unless `bucket` follows the S3 naming rules."""
    if not _BUCKET_NAME.match(bucket) or ".." in bucket:
        raise UsageError(
            f"'{bucket}' is not a valid S3 bucket name: use 3-63 lowercase letters, digits, dots or "
            "hyphens, starting and ending with a letter or digit",
            code="s3_bucket_name_invalid", value=bucket,
        )


def sanitize_key_segment(name: str) -> str:
    """Return `name` rewritten with only the characters Bedrock accepts in S3 keys.

    Accented Latin letters lose their accents, every other forbidden character becomes
    `_`, and a name left without letters or digits (for example an all-Chinese file name)
    becomes `file-` plus a short hash of the original, so that different names stay apart.
    """
    decomposed = unicodedata.normalize("NFKD", name)
    without_marks = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    cleaned = _UNDERSCORE_RUN.sub("_", _KEY_CHAR_FORBIDDEN.sub("_", without_marks))
    stem, dot, extension = cleaned.rpartition(".")
    if not dot:
        stem, extension = cleaned, ""
    if not re.search(r"[A-Za-z0-9]", stem.strip("_")):
        digest = hashlib.sha1(name.encode("utf-8")).hexdigest()[:8]
        stem = f"file-{digest}"
    result = f"{stem}.{extension}" if dot else stem
    if result in {".", ".."}:
        result = result.replace(".", "_")
    return result


def sanitize_prefix(prefix: str) -> str:
    """Return a key prefix with every segment sanitised and a trailing '/' (or empty)."""
    segments = [sanitize_key_segment(part) for part in prefix.split("/") if part]
    return "".join(f"{segment}/" for segment in segments)


def unique_keys(prefix: str, names: list[str]) -> dict[str, str]:
    """Map each file name to a sanitised key below `prefix`, numbering clashes (`a-2.jsonl`)."""
    clean_prefix = sanitize_prefix(prefix)
    keys: dict[str, str] = {}
    used: set[str] = set()
    for name in names:
        segment = sanitize_key_segment(name)
        candidate = segment
        number = 2
        while candidate in used:
            stem, dot, extension = segment.rpartition(".")
            candidate = f"{stem}-{number}.{extension}" if dot else f"{segment}-{number}"
            number += 1
        used.add(candidate)
        keys[name] = clean_prefix + candidate
    return keys
