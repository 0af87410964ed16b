"""Detect a text file's encoding and give Polars a UTF-8 view of it.

Polars reads UTF-8 only. `utf8_view` returns the original path when the file already is
UTF-8, with or without a byte order mark (Polars skips it). Any other file is transcoded
in one streaming pass into a temporary UTF-8 file, chunk by chunk through an incremental
decoder, so a large file is never held as one Python string.

Detection order:

1. A byte order mark decides UTF-8, UTF-16 or UTF-32.
2. A sample that decodes as strict UTF-8 is UTF-8.
3. Otherwise charset-normalizer ranks the legacy code pages it can decode the sample
   with. Its mess ratio alone mistakes short CP932 text full of symbols (①, ㈱, ㎝) for
   GB18030, so each CJK candidate is also scored by the share of its decoded characters
   that lie in the common block of that code page (for example GB2312 level 1 for
   GB18030, Big5 level 1 for CP950, kana and JIS level 1 for CP932). Garbled text, such
   as Big5 bytes read as GB18030, lands mostly outside those blocks.

Codecs are always the superset a Windows desktop writes: gb18030 for GBK and GB2312,
cp932 for Shift_JIS, cp950 for Big5 and cp949 for EUC-KR.
"""

from __future__ import annotations

import codecs
import contextlib
import logging
import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import charset_normalizer

from core.errors import InputError
from core.progress import NEVER_CANCELLED, CancelToken, ProgressCallback, no_progress

log = logging.getLogger(__name__)

SAMPLE_BYTES = 1 << 20
"""Bytes read from the start of a file to check whether it is UTF-8."""

LEGACY_SAMPLE_BYTES = 256 << 10
"""Bytes of that sample ranked among legacy code pages; ranking costs time per character."""

CHUNK_BYTES = 4 << 20
"""Bytes decoded per step when transcoding."""

LOW_CONFIDENCE = 0.6
"""A detection scoring below this is reported as uncertain so the user is asked."""

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf_32_le"),
    (codecs.BOM_UTF32_BE, "utf_32_be"),
    (codecs.BOM_UTF8, "utf_8_sig"),
    (codecs.BOM_UTF16_LE, "utf_16_le"),
    (codecs.BOM_UTF16_BE, "utf_16_be"),
)

# Python codec names (as codecs.lookup spells them) mapped to the superset a desktop writes.
_SUPERSETS = {
    "gbk": "gb18030",
    "gb2312": "gb18030",
    "hz": "gb18030",
    "shift_jis": "cp932",
    "shift_jis_2004": "cp932",
    "shift_jisx0213": "cp932",
    "big5": "cp950",
    "euc_kr": "cp949",
    "johab": "cp949",
    "ascii": "utf-8",
}

_LABELS = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 with BOM",
    "utf-16": "UTF-16",
    "utf-16-le": "UTF-16 LE",
    "utf-16-be": "UTF-16 BE",
    "utf-32": "UTF-32",
    "utf-32-le": "UTF-32 LE",
    "utf-32-be": "UTF-32 BE",
    "gb18030": "GB18030 (GBK)",
    "cp950": "Big5 (CP950)",
    "big5hkscs": "Big5-HKSCS",
    "cp932": "Shift_JIS (CP932)",
    "euc_jp": "EUC-JP",
    "cp949": "EUC-KR (CP949)",
    "cp1252": "Windows-1252 (Latin-1)",
    "latin-1": "Latin-1 (ISO-8859-1)",
    "iso8859-1": "Latin-1 (ISO-8859-1)",
}

# Code pages charset-normalizer may choose from when a file is not UTF-8.
_CANDIDATES = [
    "gb18030", "cp950", "big5hkscs", "cp932", "euc_jp", "cp949",
    "cp1252", "latin_1", "cp1250", "cp1251", "koi8_r", "cp1253", "cp1254",
    "cp1255", "cp1256", "cp1257", "cp874", "cp1258",
]


def _two_byte_lead(low: int, high: int) -> Callable[[bytes], bool]:
    return lambda encoded: len(encoded) == 2 and low <= encoded[0] <= high


# The common block of each CJK code page, tested on a character's encoded bytes.
_COMMON_BLOCK: dict[str, Callable[[bytes], bool]] = {
    # GB2312 punctuation and full-width forms (lead 0xA1-0xA3), level-1 hanzi (0xB0-0xD7).
    "gb18030": lambda b: len(b) == 2 and (0xA1 <= b[0] <= 0xA3 or 0xB0 <= b[0] <= 0xD7),
    # Big5 symbols (0xA1-0xA3) and level-1 hanzi (0xA4-0xC6).
    "cp950": _two_byte_lead(0xA1, 0xC6),
    "big5hkscs": _two_byte_lead(0xA1, 0xC6),
    # Half-width kana; JIS X 0208 symbols, kana, full-width letters (0x81-0x83) and level-1 kanji (0x88-0x98).
    "cp932": lambda b: (len(b) == 1 and 0xA1 <= b[0] <= 0xDF)
    or (len(b) == 2 and (0x81 <= b[0] <= 0x83 or 0x88 <= b[0] <= 0x98)),
    # EUC-JP kana rows (0xA4-0xA5), symbols (0xA1) and level-1 kanji (0xB0-0xCF).
    "euc_jp": lambda b: len(b) == 2 and (b[0] in (0xA1, 0xA4, 0xA5) or 0xB0 <= b[0] <= 0xCF),
    # KS X 1001 symbols (0xA1) and precomposed Hangul (0xB0-0xC8).
    "cp949": lambda b: len(b) == 2 and (b[0] == 0xA1 or 0xB0 <= b[0] <= 0xC8),
}


@dataclass(frozen=True)
class EncodingGuess:
    """An encoding chosen for a file, how sure the choice is, and what else was possible."""

    codec: str
    """Python codec name used to decode, e.g. "cp932"."""
    confidence: float
    """From 0 to 1; below `LOW_CONFIDENCE` the user should confirm."""
    alternatives: tuple[str, ...] = ()
    """Other codecs that decoded the sample, best first."""

    @property
    def label(self) -> str:
        return encoding_label(self.codec)

    @property
    def uncertain(self) -> bool:
        return self.confidence < LOW_CONFIDENCE


@dataclass
class Utf8View:
    """A UTF-8 file Polars can read for a source file, and how it was obtained."""

    path: Path
    """The original file when it was UTF-8, otherwise a temporary transcoded copy."""
    codec: str
    label: str
    transcoded: bool
    had_bom: bool
    uncertain: bool = False
    alternatives: tuple[str, ...] = ()
    tried: list[str] = field(default_factory=list)


def encoding_label(codec: str) -> str:
    """Return the name a user knows for a Python codec, e.g. "Shift_JIS (CP932)"."""
    name = _canonical(codec)
    return _LABELS.get(name, name.upper())


def _canonical(codec: str) -> str:
    return codecs.lookup(codec).name


def resolve_codec(name: str) -> str:
    """Return the Python codec to decode with for an encoding a user typed.

    Legacy names map to the superset a Windows desktop writes: "shift_jis" gives cp932,
    "gbk" gives gb18030, "big5" gives cp950 and "euc-kr" gives cp949.

    Raises:
        InputError: Python has no such text encoding.
    """
    try:
        info = codecs.lookup(name.strip())
    except LookupError:
        info = None
    if info is None or not getattr(info, "_is_text_encoding", True):
        raise InputError(
            f"encoding {name!r} is not known; use a name such as utf-8, gb18030, cp932, big5, "
            "euc-kr, utf-16 or latin-1",
            code="encoding_unknown", encoding=name,
        )
    return _SUPERSETS.get(info.name, info.name)


def detect_encoding(path: Path, *, sample_bytes: int = SAMPLE_BYTES) -> EncodingGuess:
    """Guess the encoding of a text file from its first `sample_bytes` bytes.

    Raises:
        InputError: the file cannot be read.
    """
    sample, whole = _read_sample(path, sample_bytes)
    for bom, codec in _BOMS:
        if sample.startswith(bom):
            return EncodingGuess(_canonical(codec), 1.0)

    if _is_utf8(sample, final=whole):
        return EncodingGuess("utf-8", 1.0)

    # A sample cut inside a multibyte character would count against the right codec.
    if len(sample) > LEGACY_SAMPLE_BYTES:
        sample = sample[:LEGACY_SAMPLE_BYTES]
        whole = False
    if not whole and b"\n" in sample:
        sample = sample[: sample.rindex(b"\n") + 1]
    return _rank_legacy(sample)


def _read_sample(path: Path, size: int) -> tuple[bytes, bool]:
    try:
        with open(path, "rb") as handle:
            sample = handle.read(size + 1)
    except OSError as exc:
        raise InputError(
            f"{path}: cannot be read ({exc.strerror}); check that the file exists and you may open it",
            code="file_unreadable", path=str(path),
        ) from exc
    return sample[:size], len(sample) <= size


def _is_utf8(sample: bytes, *, final: bool) -> bool:
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=final)
    except UnicodeDecodeError:
        return False
    return True


def _rank_legacy(sample: bytes) -> EncodingGuess:
    matches = charset_normalizer.from_bytes(sample, cp_isolation=_CANDIDATES, threshold=1.0)
    chaos: dict[str, float] = {}
    for match in matches:
        for name in match.could_be_from_charset:
            codec = resolve_codec(name)
            chaos[codec] = min(match.chaos, chaos.get(codec, 1.0))

    # Codecs that read the sample identically (cp950 and big5hkscs, say) are one reading;
    # the one listed first in _CANDIDATES names it.
    scored: dict[str, float] = {}
    readings: set[str] = set()
    for codec in (resolve_codec(name) for name in _CANDIDATES):
        if codec not in chaos or codec in scored:
            continue
        try:
            text = sample.decode(codec)
        except UnicodeDecodeError:
            continue
        if text in readings:
            continue
        readings.add(text)
        scored[codec] = _common_share(text, codec) - chaos[codec]

    if not scored:
        # latin-1 decodes every byte, so this only happens for an empty candidate list.
        return EncodingGuess("latin-1", 0.0)

    ranked = sorted(scored.items(), key=lambda item: item[1], reverse=True)
    best_codec, best_score = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else -1.0
    # A close runner-up halves the confidence: the two readings are nearly as plausible.
    confidence = max(0.0, min(1.0, best_score)) * (1.0 if best_score - runner_up >= 0.2 else 0.5)
    log.debug("encoding candidates %s", ranked[:4])
    return EncodingGuess(best_codec, round(confidence, 3), tuple(codec for codec, _ in ranked[1:4]))


def _common_share(text: str, codec: str) -> float:
    """Return the share of non-ASCII characters that are common ones in `codec`'s script.

    Code pages without a table here (the single-byte ones) count letters as common.
    """
    non_ascii = [char for char in text if ord(char) > 127]
    if not non_ascii:
        return 1.0
    in_block = _COMMON_BLOCK.get(codec)
    if in_block is None:
        common = sum(char.isalpha() for char in non_ascii)
    else:
        common = sum(in_block(char.encode(codec)) for char in non_ascii)
    return common / len(non_ascii)


@contextlib.contextmanager
def utf8_view(
    path: Path,
    encoding: str = "auto",
    *,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken = NEVER_CANCELLED,
) -> Iterator[Utf8View]:
    """Yield a UTF-8 version of a text file, transcoding it only when it is not UTF-8.

    `encoding` is "auto" or a codec name the user chose. The temporary copy, if any, is
    deleted when the context exits.

    Raises:
        InputError: the file cannot be read, or no candidate encoding decodes all of it
            (the message names the byte offset and the encodings tried).
        Cancelled: `cancel` was set between chunks.
    """
    if encoding == "auto":
        guess = detect_encoding(path)
        candidates = [guess.codec, *guess.alternatives] if guess.uncertain else [guess.codec]
    else:
        guess = EncodingGuess(resolve_codec(encoding), 1.0)
        candidates = [guess.codec]

    if guess.codec in ("utf-8", "utf-8-sig"):
        # Polars skips a UTF-8 byte order mark itself, so UTF-8 needs no copy.
        codec = "utf-8-sig" if _starts_with_bom(path) else "utf-8"
        yield Utf8View(path, codec, encoding_label(codec), False, codec == "utf-8-sig", tried=[codec])
        return

    view = _transcode_first_fitting(path, candidates, guess, progress=progress, cancel=cancel)
    try:
        yield view
    finally:
        with contextlib.suppress(OSError):
            os.unlink(view.path)


def _starts_with_bom(path: Path) -> bool:
    with open(path, "rb") as handle:
        return handle.read(3) == codecs.BOM_UTF8


def _transcode_first_fitting(
    path: Path,
    candidates: list[str],
    guess: EncodingGuess,
    *,
    progress: ProgressCallback,
    cancel: CancelToken,
) -> Utf8View:
    failures: list[tuple[str, int]] = []
    for codec in candidates:
        handle, temp_name = tempfile.mkstemp(prefix="tunedata-", suffix=".utf8" + path.suffix)
        os.close(handle)
        temp_path = Path(temp_name)
        try:
            transcode_to_utf8(path, codec, temp_path, progress=progress, cancel=cancel)
        except _DecodeFailure as failure:
            failures.append((codec, failure.offset))
            temp_path.unlink(missing_ok=True)
            continue
        except BaseException:
            temp_path.unlink(missing_ok=True)
            raise
        return Utf8View(
            temp_path, codec, encoding_label(codec), True, False,
            # A fallback codec is at best a guess, even when it decoded the whole file.
            uncertain=guess.uncertain or codec != guess.codec,
            alternatives=tuple(c for c in candidates if c != codec),
            tried=[c for c, _ in failures] + [codec],
        )

    first_offset = failures[0][1]
    tried = ", ".join(f"{encoding_label(codec)} (fails at byte {offset})" for codec, offset in failures)
    raise InputError(
        f"{path}: cannot be decoded: invalid byte sequence at byte offset {first_offset}; tried {tried}. "
        "Choose the file's encoding, or save it as UTF-8 and add it again",
        code="encoding_undecodable", path=str(path), offset=first_offset,
        encodings=[codec for codec, _ in failures],
    )


class _DecodeFailure(Exception):
    def __init__(self, offset: int) -> None:
        super().__init__(offset)
        self.offset = offset


def transcode_to_utf8(
    source: Path,
    codec: str,
    destination: Path,
    *,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken = NEVER_CANCELLED,
) -> None:
    """Write `source`, decoded with `codec`, to `destination` as UTF-8 without a BOM.

    Decodes in chunks of `CHUNK_BYTES` with an incremental decoder, reporting progress as
    stage "read" and checking `cancel` between chunks.

    Raises:
        _DecodeFailure: a byte sequence is invalid in `codec`; `offset` is its position.
        Cancelled: `cancel` was set.
    """
    total = source.stat().st_size
    decoder = codecs.getincrementaldecoder(codec)("strict")
    done = 0
    with open(source, "rb") as reader, open(destination, "w", encoding="utf-8", newline="") as writer:
        while True:
            chunk = reader.read(CHUNK_BYTES)
            pending = decoder.getstate()[0]
            try:
                text = decoder.decode(chunk, final=not chunk)
            except UnicodeDecodeError as exc:
                raise _DecodeFailure(_error_offset(pending + chunk, codec, done - len(pending), exc)) from exc
            if done == 0:
                text = text.removeprefix("\ufeff")
            writer.write(text)
            done += len(chunk)
            progress("read", done, total)
            cancel.raise_if_cancelled()
            if not chunk:
                return


def _error_offset(data: bytes, codec: str, data_start: int, exc: UnicodeDecodeError) -> int:
    """Return the file offset of the first invalid byte in `data`, which starts at `data_start`."""
    try:
        data.decode(codec)
    except UnicodeDecodeError as plain:
        return data_start + plain.start
    return data_start + exc.start
