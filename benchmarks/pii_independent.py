"""Measure personal-data redaction on an independently generated, labelled support-ticket set.

The generator was written from the user-facing list of covered types in docs/cleaning.md
only, without reading the detector, so its formats follow how customers and agents write,
not the detector's patterns. It builds support messages in Simplified Chinese, Japanese and
English from many hand-written templates: greetings, complaints, order questions, pasted
log lines, configuration files, copied web forms and signatures. Templates embed:

- synthetic personal values of every covered type (e-mail, phone, ID number, card, IBAN,
  IP, URL with credentials, secret), in the formats people use, each with a valid check
  digit where the format has one;
- look-alikes that must stay: order, tracking and invoice numbers, dates, amounts, version
  numbers, postal codes, model numbers, hashes, and numbers that fail the ID, My Number,
  Luhn or IBAN check.

Every embedded string is recorded with its expected type (or look-alike kind), format and
position, and occurs exactly once in its message, so scoring needs no guessing. All values
are generated: e-mail domains are example domains, North American numbers use the
fictional 555-01xx range, UK numbers use Ofcom's drama ranges, and IP addresses come from
documentation, private and random public ranges.

A personal value is found when it no longer appears in the redacted text and a finding of
the expected type overlaps it. A look-alike is wrongly redacted when it no longer appears
intact. Formats the docs do not name (for example full-width digits or a Hong Kong number
without +852) are scored separately from the headline recall.

Usage: python benchmarks/pii_independent.py [--seed N] [--per-language N]
"""

from __future__ import annotations

import argparse
import base64
import ipaddress
import os
import platform
import random
import re
import string
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import polars as pl

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

LANGUAGES = ("zh", "ja", "en")
PERSONAL_TYPES = ("EMAIL", "PHONE", "ID_NUMBER", "CARD", "IBAN", "IP", "URL", "SECRET")

DIGITS = string.digits
HEX = "0123456789abcdef"
ALNUM = string.ascii_letters + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
BASE32_UPPER = string.ascii_uppercase + "234567"
BASE64URL = ALNUM + "-_"
AWS_SECRET_ALPHABET = ALNUM + "/+"


# ---------------------------------------------------------------------------
# Check digits
# ---------------------------------------------------------------------------

CNID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CNID_CHECK_CHARACTERS = "10X98765432"


def cnid_check_character(body: str) -> str:
    """Compute the ISO 7064 MOD 11-2 check character of a 17-digit resident ID body (GB 11643)."""
    total = sum(int(digit) * weight for digit, weight in zip(body, CNID_WEIGHTS))
    return CNID_CHECK_CHARACTERS[total % 11]


def my_number_check_digit(body: str) -> str:
    """Compute the My Number check digit of an 11-digit body.

    The digit at position n from the right is weighted n + 1 for n = 1..6 and n - 5 for
    n = 7..11. A remainder of 0 or 1 (mod 11) gives 0, any other r gives 11 - r.
    """
    total = sum(int(digit) * (n + 1 if n <= 6 else n - 5) for n, digit in enumerate(reversed(body), start=1))
    remainder = total % 11
    return "0" if remainder <= 1 else str(11 - remainder)


def corporate_number_check_digit(body: str) -> str:
    """Compute the leading check digit of a Japanese 13-digit corporate number from its 12-digit body."""
    total = sum(int(digit) * (1 if n % 2 else 2) for n, digit in enumerate(reversed(body), start=1))
    return str(9 - total % 9)


def luhn_check_digit(payload: str) -> str:
    total = 0
    for index, character in enumerate(reversed(payload)):
        digit = int(character)
        if index % 2 == 0:
            digit = digit * 2 - 9 if digit > 4 else digit * 2
        total += digit
    return str((10 - total % 10) % 10)


def luhn_valid(number: str) -> bool:
    return luhn_check_digit(number[:-1]) == number[-1]


def iban_check_digits(country: str, bban: str) -> str:
    """Compute the two ISO 13616 check digits: 98 minus (BBAN + country + "00" as digits) mod 97."""
    numeric = "".join(str(int(character, 36)) for character in bban + country + "00")
    return f"{98 - int(numeric) % 97:02d}"


def iban_valid(iban: str) -> bool:
    compact = iban.replace(" ", "")
    numeric = "".join(str(int(character, 36)) for character in compact[4:] + compact[:4])
    return int(numeric) % 97 == 1


CARD_NETWORK_PREFIXES = (
    # (first prefix, last prefix, lengths) of the major networks. It only keeps generated look-alikes
    # from being valid cards by chance.
    # NOTE: Maestro-style prefixes (50, 56-69) are left out, so a look-alike with those leading digits can pass Luhn.
    # The report marks such look-alikes with "digits pass Luhn".
    ("4", "4", (13, 16, 19)),
    ("51", "55", (16,)),
    ("2221", "2720", (16,)),
    ("34", "34", (15,)),
    ("37", "37", (15,)),
    ("3528", "3589", (16, 17, 18, 19)),
    ("62", "62", (16, 17, 18, 19)),
    ("6011", "6011", (16, 19)),
    ("644", "659", (16, 19)),
    ("36", "36", (14, 15, 16, 17, 18, 19)),
    ("38", "39", (16, 17, 18, 19)),
    ("300", "305", (14, 15, 16, 17, 18, 19)),
)


def looks_like_valid_card(digits: str) -> bool:
    if not 13 <= len(digits) <= 19 or not luhn_valid(digits):
        return False
    for low, high, lengths in CARD_NETWORK_PREFIXES:
        prefix = digits[: len(low)]
        if low <= prefix <= high and len(digits) in lengths:
            return True
    return False


DIGIT_RUN = re.compile(r"\d+")


def is_fair_lookalike(value: str) -> bool:
    """Reject a generated number that happens to satisfy a documented rule by chance.

    Such a number would be redacted by design, so it must not be scored as a look-alike.
    The rules checked are an 11-digit mainland mobile number, a Luhn-valid card number with
    a network prefix, and an 18-digit number with a valid ID check character.
    """
    for run in DIGIT_RUN.findall(value):
        if len(run) == 11 and run[0] == "1" and run[1] in "3456789":
            return False
        if looks_like_valid_card(run):
            return False
        if len(run) == 18 and cnid_check_character(run[:17]) == run[17]:
            return False
    compact = value.replace(" ", "").replace("-", "")
    if compact.isdigit() and looks_like_valid_card(compact):
        return False
    return True


# ---------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------


def random_digits(rng: random.Random, count: int, first_nonzero: bool = False) -> str:
    digits = [rng.choice(DIGITS) for _ in range(count)]
    if first_nonzero and digits:
        digits[0] = rng.choice("123456789")
    return "".join(digits)


def random_chars(rng: random.Random, alphabet: str, count: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(count))


def group_digits(digits: str, sizes: tuple[int, ...], separator: str) -> str:
    parts, position = [], 0
    for size in sizes:
        parts.append(digits[position:position + size])
        position += size
    if position < len(digits):
        parts.append(digits[position:])
    return separator.join(part for part in parts if part)


def group_fours(text: str, separator: str = " ") -> str:
    return separator.join(text[index:index + 4] for index in range(0, len(text), 4))


def to_fullwidth(text: str) -> str:
    """Convert printable ASCII to its full-width form, the way a Japanese or Chinese IME types it."""
    return "".join(chr(ord(character) + 0xFEE0) if "!" <= character <= "~" else character for character in text)


def random_day(rng: random.Random, start: date = date(2023, 1, 1), span_days: int = 730) -> date:
    return start + timedelta(days=rng.randrange(span_days))


@dataclass(frozen=True)
class Fill:
    """One generated string for a template slot.

    For a personal value, `label` is the expected finding type and `fmt` the written format.
    For a look-alike, `label` is its kind. `docs` records how docs/cleaning.md covers the format:
    "shown" (named or shown there, or any number with + and a country code), "variant" (a
    documented family written with other separators, such as 09012345678 for 090-1234-5678)
    or "no" (not listed). `detail` is context shown in examples, such as an IBAN's country.
    `before` and `after` are unrecorded text around the value (a port, a zone index). `core`
    is the part that must not survive when that is narrower than the value (the token of a
    URL). An empty `core` means the whole value.
    """

    value: str
    label: str
    fmt: str = ""
    docs: str = "shown"
    detail: str = ""
    before: str = ""
    after: str = ""
    core: str = ""


Variant = tuple[float, str, str, str]  # (weight, format name, docs coverage, value)


def pick_variant(rng: random.Random, label: str, variants: list[Variant], detail: str = "") -> Fill:
    weight_list = [variant[0] for variant in variants]
    _, fmt, docs, value = rng.choices(variants, weight_list)[0]
    return Fill(value, label, fmt, docs, detail)


# ---------------------------------------------------------------------------
# Personal values: phone numbers
# ---------------------------------------------------------------------------

CN_MOBILE_PREFIXES = ("130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "153",
                      "155", "156", "157", "158", "159", "166", "176", "177", "178", "180", "181", "182", "183",
                      "185", "186", "187", "188", "189", "191", "198", "199")
CN_AREA_CODES = (("010", 8), ("021", 8), ("022", 8), ("020", 8), ("023", 8), ("0755", 8), ("0571", 8),
                 ("0512", 8), ("028", 8), ("027", 8), ("025", 8), ("0532", 8), ("0591", 8), ("0911", 7))
JP_AREA_CODES = (("03", 4), ("06", 4), ("045", 3), ("052", 3), ("011", 3), ("092", 3), ("075", 3), ("0798", 2),
                 ("0467", 2))
NA_AREA_CODES = ("415", "212", "646", "312", "206", "512", "617", "303", "404", "416", "604", "713")


def phone_cn_mobile(rng: random.Random) -> Fill:
    number = rng.choice(CN_MOBILE_PREFIXES) + random_digits(rng, 8)
    spaced = group_digits(number, (3, 4, 4), " ")
    return pick_variant(rng, "PHONE", [
        (40, "CN mobile, 11 digits", "shown", number),
        (12, "CN mobile, 3-4-4 spaces", "variant", spaced),
        (12, "CN mobile, 3-4-4 dashes", "variant", group_digits(number, (3, 4, 4), "-")),
        (10, "CN mobile, +86 and 11 digits", "shown", f"+86 {number}"),
        (8, "CN mobile, +86 and 3-4-4 spaces", "shown", f"+86 {spaced}"),
        (5, "CN mobile, +86 without a space", "shown", f"+86{number}"),
        (5, "CN mobile, full-width digits", "no", to_fullwidth(number)),
    ])


def phone_cn_landline(rng: random.Random) -> Fill:
    area, local_length = rng.choice(CN_AREA_CODES)
    local = rng.choice("2345678") + random_digits(rng, local_length - 1)
    return pick_variant(rng, "PHONE", [
        (40, "CN landline, area-number", "shown", f"{area}-{local}"),
        (15, "CN landline, (area)number", "shown", f"({area}){local}"),
        (8, "CN landline, full-width parentheses", "variant", f"（{area}）{local}"),
        (10, "CN landline, area and number spaced", "variant", f"{area} {local}"),
        (8, "CN landline, no separator", "variant", f"{area}{local}"),
        (12, "CN landline, +86", "shown", f"+86 {area[1:]} {local}"),
    ])


def phone_hk(rng: random.Random) -> Fill:
    number = rng.choice("235679") + random_digits(rng, 7)
    spaced = f"{number[:4]} {number[4:]}"
    return pick_variant(rng, "PHONE", [
        (35, "HK, +852 4-4", "shown", f"+852 {spaced}"),
        (10, "HK, +852 dashes", "shown", f"+852-{number[:4]}-{number[4:]}"),
        (10, "HK, +852 without a space", "shown", f"+852{number}"),
        (10, "HK, +852 and 8 digits", "shown", f"+852 {number}"),
        (8, "HK, (852) without +", "no", f"(852) {spaced}"),
        (10, "HK, local 8 digits without country code", "no", spaced),
    ])


def phone_tw(rng: random.Random) -> Fill:
    number = "09" + random_digits(rng, 8)
    landline = "2" + random_digits(rng, 7)
    return pick_variant(rng, "PHONE", [
        (30, "TW mobile, 4-3-3 dashes", "shown", group_digits(number, (4, 3, 3), "-")),
        (10, "TW mobile, 4-3-3 spaces", "variant", group_digits(number, (4, 3, 3), " ")),
        (15, "TW mobile, 10 digits", "variant", number),
        (15, "TW mobile, +886 spaced", "shown", "+886 " + group_digits(number[1:], (3, 3, 3), " ")),
        (8, "TW mobile, +886 dashes", "shown", "+886-" + group_digits(number[1:], (3, 3, 3), "-")),
        (8, "TW mobile, +886 without a space", "shown", "+886" + number[1:]),
        (7, "TW landline, (02)XXXX-XXXX", "no", f"(02){landline[:4]}-{landline[4:]}"),
        (5, "TW landline, 02-XXXX-XXXX", "no", f"02-{landline[:4]}-{landline[4:]}"),
    ])


def phone_jp_mobile(rng: random.Random) -> Fill:
    number = "0" + rng.choice("789") + "0" + random_digits(rng, 8)
    dashed = group_digits(number, (3, 4, 4), "-")
    return pick_variant(rng, "PHONE", [
        (40, "JP mobile, 3-4-4 dashes", "shown", dashed),
        (15, "JP mobile, 11 digits", "variant", number),
        (8, "JP mobile, 3-4-4 spaces", "variant", group_digits(number, (3, 4, 4), " ")),
        (12, "JP mobile, +81 spaced", "shown", "+81 " + group_digits(number[1:], (2, 4, 4), " ")),
        (8, "JP mobile, +81 dashes", "shown", "+81-" + group_digits(number[1:], (2, 4, 4), "-")),
        (4, "JP mobile, +81 without a space", "shown", "+81" + number[1:]),
        (8, "JP mobile, full-width digits and dashes", "no", to_fullwidth(dashed)),
    ])


def phone_jp_landline(rng: random.Random) -> Fill:
    area, middle_length = rng.choice(JP_AREA_CODES)
    middle = rng.choice("2345678") + random_digits(rng, middle_length - 1)
    last = random_digits(rng, 4)
    dashed = f"{area}-{middle}-{last}"
    return pick_variant(rng, "PHONE", [
        (45, "JP landline, dashes", "shown", dashed),
        (12, "JP landline, +81 spaced", "shown", f"+81 {area[1:]} {middle} {last}"),
        (8, "JP landline, +81 dashes", "shown", f"+81-{area[1:]}-{middle}-{last}"),
        (8, "JP landline, 10 digits", "variant", f"{area}{middle}{last}"),
        (8, "JP landline, 03(1234)5678 style", "variant", f"{area}({middle}){last}"),
        (6, "JP landline, full-width digits and dashes", "no", to_fullwidth(dashed)),
    ])


def phone_north_america(rng: random.Random) -> Fill:
    area = rng.choice(NA_AREA_CODES)
    line = "01" + random_digits(rng, 2)
    return pick_variant(rng, "PHONE", [
        (35, "North American, (415) 555-0132", "shown", f"({area}) 555-{line}"),
        (25, "North American, 415-555-0132", "variant", f"{area}-555-{line}"),
        (10, "North American, +1 spaced", "shown", f"+1 {area} 555 {line}"),
        (10, "North American, +1 (415) 555-0132", "shown", f"+1 ({area}) 555-{line}"),
        (8, "North American, +1 dashes", "shown", f"+1-{area}-555-{line}"),
        (5, "North American, 415 555 0132", "variant", f"{area} 555 {line}"),
        (8, "North American, 415.555.0132", "variant", f"{area}.555.{line}"),
    ])


def phone_uk(rng: random.Random) -> Fill:
    london = "0" + random_digits(rng, 3)
    mobile = "900" + random_digits(rng, 3)
    return pick_variant(rng, "PHONE", [
        (30, "UK, +44 London", "shown", f"+44 20 7946 {london}"),
        (15, "UK, +44 (0)20", "shown", f"+44 (0)20 7946 {london}"),
        (20, "UK, +44 mobile", "shown", f"+44 7700 {mobile}"),
        (8, "UK, +44 without spaces", "shown", f"+447700{mobile}"),
        (12, "UK, national 020", "no", f"020 7946 {london}"),
        (10, "UK, national mobile 07700", "no", f"07700 {mobile}"),
    ])


def phone_other_country(rng: random.Random) -> Fill:
    country, value = rng.choice([
        ("Germany", f"+49 30 {random_digits(rng, 8, True)}"),
        ("Singapore", f"+65 {rng.choice('89')}{random_digits(rng, 3)} {random_digits(rng, 4)}"),
        ("Australia", f"+61 4{random_digits(rng, 2)} {random_digits(rng, 3)} {random_digits(rng, 3)}"),
        ("France", "+33 6 " + " ".join(random_digits(rng, 2) for _ in range(4))),
        ("Korea", f"+82 10-{random_digits(rng, 4)}-{random_digits(rng, 4)}"),
        ("India", f"+91 9{random_digits(rng, 4)} {random_digits(rng, 5)}"),
    ])
    return Fill(value, "PHONE", "other country, + and country code", "shown", country)


PHONE_FAMILIES = {
    "cn_mobile": phone_cn_mobile, "cn_landline": phone_cn_landline, "hk": phone_hk, "tw": phone_tw,
    "jp_mobile": phone_jp_mobile, "jp_landline": phone_jp_landline, "na": phone_north_america,
    "uk": phone_uk, "other": phone_other_country,
}
PHONE_FAMILY_WEIGHTS = {
    "zh": {"cn_mobile": 45, "cn_landline": 15, "hk": 12, "tw": 12, "jp_mobile": 3, "jp_landline": 2, "na": 4,
           "uk": 3, "other": 4},
    "ja": {"cn_mobile": 5, "cn_landline": 2, "hk": 4, "tw": 6, "jp_mobile": 40, "jp_landline": 25, "na": 6,
           "uk": 4, "other": 8},
    "en": {"cn_mobile": 8, "cn_landline": 3, "hk": 6, "tw": 4, "jp_mobile": 6, "jp_landline": 3, "na": 35,
           "uk": 20, "other": 15},
}


def phone_any(rng: random.Random, language: str) -> Fill:
    weights = PHONE_FAMILY_WEIGHTS[language]
    family = rng.choices(list(weights), list(weights.values()))[0]
    return PHONE_FAMILIES[family](rng)


# ---------------------------------------------------------------------------
# Personal values: e-mail, ID numbers, cards, IBANs
# ---------------------------------------------------------------------------

EMAIL_LOCAL_PARTS = {
    "zh": ("wangfang", "li.na", "zhangwei", "liu_yang", "chenjing", "yang.lei", "zhao.min", "huangli", "zhou.jie",
           "wu_xia", "xu.qiang", "sun.li", "ma.chao", "zhu.hong", "hu.bin", "guo.jing", "lin.yu", "he.ping"),
    "ja": ("t.yamada", "sato.hanako", "suzuki_ichiro", "takahashi.k", "tanaka-yui", "watanabe.s", "ito.kenta",
           "nakamura.m", "kobayashi", "kato.aya", "yoshida_r", "yamamoto.t", "sasaki.n", "inoue.h"),
    "en": ("john.smith", "emily.r", "mchen", "sarah_jones", "david.o", "priya.patel", "jgarcia", "alex.kim",
           "lauren.b", "tom.nguyen", "olivia.w", "ben.carter", "r.martinez", "kate_miller", "sam.lee"),
}
# example.com/.net/.org and the .example and .test TLDs are reserved by RFC 2606. The .jp names
# keep the shape of Japanese addresses. With generated local parts, none is a real person's address.
EMAIL_DOMAINS = {
    "zh": ("example.com", "example.net", "example.org", "mail.example.com", "qq.example.com", "163.example.net",
           "126.example.org", "corp.example.com", "shop.example"),
    "ja": ("example.co.jp", "example.jp", "example.ne.jp", "mail.example.co.jp", "docomo.example.ne.jp",
           "example.com", "ezweb.example.ne.jp"),
    "en": ("example.com", "example.net", "example.org", "mail.example.com", "billing.example.org",
           "company.example", "example.test"),
}
PLUS_TAGS = ("orders", "shop", "support", "2024", "news", "amazon", "work", "tickets")


def email_value(rng: random.Random, language: str, allow_carrier_dots: bool = True) -> Fill:
    local = rng.choice(EMAIL_LOCAL_PARTS[language])
    if rng.random() < 0.4:
        local += random_digits(rng, rng.randint(1, 4))
    domain = rng.choice(EMAIL_DOMAINS[language])
    subdomain = f"{rng.choice(('mail', 'mx', 'eu-west', 'corp', 'staff', 'cs'))}.{rng.choice(('corp', 'hq', 'dept', 'global'))}.{domain}"
    upper = ".".join(part.capitalize() for part in local.split(".")) + "@" + ".".join(
        part.upper() if index == len(domain.split(".")) - 1 else part.capitalize()
        for index, part in enumerate(domain.split(".")))
    variants: list[Variant] = [
        (40, "plain", "shown", f"{local}@{domain}"),
        (14, "plus-addressing", "shown", f"{local}+{rng.choice(PLUS_TAGS)}@{domain}"),
        (12, "deep subdomain", "shown", f"{local}@{subdomain}"),
        (10, "uppercase letters", "shown", upper),
        (10, "underscores, hyphens and digits", "shown",
         f"{local.replace('.', '_')}-{random_digits(rng, 2)}@{rng.choice(('shop', 'my', 'app'))}.{domain}"),
    ]
    if language == "zh":
        variants.append((18, "numeric local part", "shown",
                         f"{random_digits(rng, rng.randint(6, 11), True)}@{rng.choice(('qq.example.com', 'qq.example'))}"))
    if language == "ja" and allow_carrier_dots:
        variants.append((5, "consecutive dots before @ (Japanese carrier style)", "no",
                         f"{local.replace('.', '')}..{random_digits(rng, 4)}.@docomo.example.ne.jp"))
    return pick_variant(rng, "EMAIL", variants)


CN_REGION_CODES = ("110101", "110105", "110108", "310104", "310115", "440106", "440305", "330106", "320102",
                   "510107", "420106", "610113", "500103", "370202", "210102", "350203", "430104", "120101")


def cnid_body(rng: random.Random) -> str:
    birth = date(1950, 1, 1) + timedelta(days=rng.randrange(365 * 56))
    return rng.choice(CN_REGION_CODES) + birth.strftime("%Y%m%d") + random_digits(rng, 3)


def cnid_with_check(rng: random.Random, want_x: bool) -> str:
    while True:
        body = cnid_body(rng)
        check = cnid_check_character(body)
        if (check == "X") == want_x:
            return body + check


def cnid_value(rng: random.Random) -> Fill:
    kind = rng.choices(["digits", "X", "x", "spaced"], [60, 20, 8, 12])[0]
    if kind == "digits":
        return Fill(cnid_with_check(rng, False), "ID_NUMBER", "CN resident ID, 18 digits")
    if kind == "X":
        return Fill(cnid_with_check(rng, True), "ID_NUMBER", "CN resident ID, ending in X")
    if kind == "x":
        return Fill(cnid_with_check(rng, True).lower(), "ID_NUMBER", "CN resident ID, ending in lowercase x", "variant")
    number = cnid_with_check(rng, rng.random() < 0.2)
    return Fill(f"{number[:6]} {number[6:14]} {number[14:]}", "ID_NUMBER", "CN resident ID, 6-8-4 spaces", "variant")


def my_number(rng: random.Random) -> str:
    body = random_digits(rng, 11, first_nonzero=True)
    return body + my_number_check_digit(body)


def my_number_after_keyword(rng: random.Random) -> Fill:
    number = my_number(rng)
    return pick_variant(rng, "ID_NUMBER", [
        (45, "My Number after keyword, 12 digits", "shown", number),
        (20, "My Number after keyword, 4-4-4 spaces", "shown", group_fours(number)),
        (20, "My Number after keyword, 4-4-4 dashes", "shown", group_fours(number, "-")),
        (15, "My Number after keyword, full-width digits", "no", to_fullwidth(number)),
    ])


def my_number_grouped(rng: random.Random) -> Fill:
    number = my_number(rng)
    return pick_variant(rng, "ID_NUMBER", [
        (50, "My Number 4-4-4 spaces, no keyword", "shown", group_fours(number)),
        (50, "My Number 4-4-4 dashes, no keyword", "shown", group_fours(number, "-")),
    ])


def my_number_near_keyword(rng: random.Random) -> Fill:
    number = my_number(rng)
    return pick_variant(rng, "ID_NUMBER", [
        (60, "My Number, keyword a few words before, 12 digits", "shown", number),
        (40, "My Number, keyword a few words before, 4-4-4", "shown", group_fours(number)),
    ])


CARD_NETWORK_WEIGHTS = {
    "zh": {"Visa": 20, "Mastercard": 15, "Amex": 5, "JCB": 5, "UnionPay 16": 25, "UnionPay 19": 20},
    "ja": {"Visa": 30, "Mastercard": 20, "Amex": 10, "JCB": 30, "UnionPay 16": 5, "UnionPay 19": 3},
    "en": {"Visa": 40, "Mastercard": 30, "Amex": 20, "JCB": 4, "UnionPay 16": 4, "UnionPay 19": 2},
}


def card_payload(rng: random.Random, network: str) -> str:
    """Return the number without its check digit."""
    if network == "Visa":
        prefix, length = "4", 16
    elif network == "Mastercard":
        prefix, length = rng.choice(("51", "52", "53", "54", "55", str(rng.randint(2221, 2720)))), 16
    elif network == "Amex":
        prefix, length = rng.choice(("34", "37")), 15
    elif network == "JCB":
        prefix, length = str(rng.randint(3528, 3589)), 16
    elif network == "UnionPay 16":
        prefix, length = "62" + rng.choice(("22", "12", "17", "84", "59")), 16
    else:
        prefix, length = "62" + rng.choice(("22", "12", "17", "84", "59")), 19
    return prefix + random_digits(rng, length - 1 - len(prefix))


def format_card(rng: random.Random, number: str, network: str) -> tuple[str, str]:
    grouping = rng.choices(["spaces", "no separator", "dashes"], [45, 35, 20])[0]
    separator = {"spaces": " ", "no separator": "", "dashes": "-"}[grouping]
    sizes = (4, 6, 5) if network == "Amex" else (4, 4, 4, 4, 3)
    return group_digits(number, sizes, separator), grouping


def card_value(rng: random.Random, language: str) -> Fill:
    weights = CARD_NETWORK_WEIGHTS[language]
    network = rng.choices(list(weights), list(weights.values()))[0]
    payload = card_payload(rng, network)
    text, grouping = format_card(rng, payload + luhn_check_digit(payload), network)
    return Fill(text, "CARD", f"{network}, {grouping}")


IBAN_BBAN_BUILDERS = {
    "DE": lambda rng: random_digits(rng, 18),
    "GB": lambda rng: rng.choice(("NWBK", "BARC", "LOYD", "HBUK", "MIDL")) + random_digits(rng, 14),
    "FR": lambda rng: random_digits(rng, 23),
    "NL": lambda rng: rng.choice(("ABNA", "INGB", "RABO", "TRIO")) + random_digits(rng, 10),
    "ES": lambda rng: random_digits(rng, 20),
    "IT": lambda rng: rng.choice(string.ascii_uppercase) + random_digits(rng, 22),
    "CH": lambda rng: random_digits(rng, 17),
    "PL": lambda rng: random_digits(rng, 24),
    "BE": lambda rng: random_digits(rng, 12),
    "AE": lambda rng: random_digits(rng, 19),
}


def iban_compact(rng: random.Random) -> str:
    country = rng.choice(list(IBAN_BBAN_BUILDERS))
    bban = IBAN_BBAN_BUILDERS[country](rng)
    return country + iban_check_digits(country, bban) + bban


def iban_value(rng: random.Random) -> Fill:
    compact = iban_compact(rng)
    if rng.random() < 0.6:
        return Fill(group_fours(compact), "IBAN", "grouped in 4s", "shown", compact[:2])
    return Fill(compact, "IBAN", "no spaces", "shown", compact[:2])


# ---------------------------------------------------------------------------
# Personal values: IP addresses, URLs with credentials, secrets
# ---------------------------------------------------------------------------

PUBLIC_FIRST_OCTETS = (24, 36, 39, 42, 45, 50, 58, 61, 66, 73, 81, 86, 90, 93, 101, 104, 106, 110, 111, 112, 113,
                       114, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 133, 153, 180, 182, 183, 185,
                       210, 211, 212, 217, 218, 219, 220, 221, 222)


def ipv4_address(rng: random.Random) -> tuple[str, str]:
    kind = rng.choices(["documentation range", "private range", "public"], [30, 30, 40])[0]
    if kind == "documentation range":
        prefix = rng.choice(("192.0.2", "198.51.100", "203.0.113"))
        return f"{prefix}.{rng.randint(1, 254)}", kind
    if kind == "private range":
        return rng.choice((
            f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
        )), kind
    octets = [rng.choice(PUBLIC_FIRST_OCTETS), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)]
    return ".".join(map(str, octets)), kind


def ipv4_value(rng: random.Random, allow_port: bool = True) -> Fill:
    address, kind = ipv4_address(rng)
    if allow_port and rng.random() < 0.25:
        return Fill(address, "IP", f"IPv4, {kind}, followed by :port", after=f":{rng.randint(1024, 65535)}")
    return Fill(address, "IP", f"IPv4, {kind}")


def ipv6_groups(rng: random.Random) -> list[int]:
    first = rng.choice((0x2001, 0x240E, 0x2408, 0x2400, 0x2A02, 0x2600, 0x2404))
    second = 0x0DB8 if first == 0x2001 else rng.randrange(0x10000)
    groups = [first, second] + [rng.randrange(0x10000) for _ in range(6)]
    zero_start = rng.randint(2, 5)
    for index in range(zero_start, zero_start + rng.randint(2, 3)):
        groups[index] = 0
    return groups


def ipv6_value(rng: random.Random, allow_zone: bool = True) -> Fill:
    groups = ipv6_groups(rng)
    address = ipaddress.IPv6Address(int("".join(f"{group:04x}" for group in groups), 16))
    kinds: list[tuple[float, str]] = [(40, "compressed"), (15, "full form"), (12, "uppercase"), (10, "IPv4-mapped")]
    if allow_zone:
        kinds.append((15, "link-local with %zone"))
    kind = rng.choices([name for _, name in kinds], [weight for weight, _ in kinds])[0]
    if kind == "compressed":
        return Fill(address.compressed, "IP", "IPv6, compressed")
    if kind == "full form":
        return Fill(address.exploded, "IP", "IPv6, full form")
    if kind == "uppercase":
        return Fill(address.compressed.upper(), "IP", "IPv6, uppercase")
    if kind == "IPv4-mapped":
        mapped, _ = ipv4_address(rng)
        return Fill(f"::ffff:{mapped}", "IP", "IPv6, IPv4-mapped")
    interface = ":".join(f"{rng.randrange(0x10000):x}" for _ in range(4))
    zone = rng.choice(("eth0", "en0", "wlan0", "3"))
    return Fill(f"fe80::{interface}", "IP", "IPv6, link-local followed by %zone", after=f"%{zone}")


URL_HOSTS = ("files.example.com", "share.example.net", "api.example.org", "cdn.example.co.jp", "drive.example.com",
             "download.example.jp", "portal.example.com", "app.example.net")
FILE_NAMES = ("report_2024Q1.pdf", "invoice.pdf", "export.csv", "photo_0315.jpg", "dataset.jsonl", "backup.zip",
              "contract_signed.pdf", "training-data.jsonl")


def token_url_value(rng: random.Random) -> Fill:
    host = rng.choice(URL_HOSTS)
    file_name = rng.choice(FILE_NAMES)
    token = random_chars(rng, BASE64URL, rng.randint(24, 40))
    hex_token = random_chars(rng, HEX, 32)
    # "!" is allowed in the user-info part of a URL. A "#" or "@" would end it, so people percent-encode those.
    password = random_chars(rng, ALNUM, rng.randint(8, 14)) + rng.choice(("", "!", "2024", "_x"))
    user = rng.choice(("admin", "deploy", "lw", "tanaka", "ops", "backup"))
    bucket = rng.choice(("acme-exports", "tds-training-data", "shop-invoices", "ml-datasets-prod"))
    region = rng.choice(("us-east-1", "ap-northeast-1", "eu-west-1", "ap-southeast-1"))
    signature = random_chars(rng, HEX, 64)
    access_key = "AKIA" + random_chars(rng, BASE32_UPPER, 16)
    sas_signature = random_chars(rng, ALNUM, 30) + "%2B" + random_chars(rng, ALNUM, 8) + "%3D"
    code = random_chars(rng, ALNUM, 20)

    # (weight, format, docs coverage, URL, the part that must not survive)
    choices = [
        (14, "?token=", "shown", f"https://{host}/download?file={file_name}&token={token}", token),
        (8, "?token= first", "shown", f"https://{host}/d/{random_chars(rng, ALNUM, 8)}?token={hex_token}", hex_token),
        (10, "?access_token=", "shown", f"https://{host}/v1/me?access_token={token}", token),
        (8, "&sig= (Azure SAS)", "shown",
         f"https://{bucket.replace('-', '')}.blob.core.windows.net/exports/{file_name}?sv=2022-11-02&ss=b&srt=o"
         f"&sp=r&se=2024-12-31T23:59:59Z&spr=https&sig={sas_signature}", sas_signature),
        (10, "X-Amz-Signature (S3 presigned)", "shown",
         f"https://{bucket}.s3.{region}.amazonaws.com/{file_name}?X-Amz-Algorithm=AWS4-HMAC-SHA256"
         f"&X-Amz-Credential={access_key}%2F20240315%2F{region}%2Fs3%2Faws4_request&X-Amz-Date=20240315T010203Z"
         f"&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature={signature}", signature),
        (6, "?signature=", "shown", f"https://{host}/files/{file_name}?expires=1710460800&signature={hex_token}", hex_token),
        (7, "?key=", "shown", f"https://maps.example.com/api/geocode/json?address=Tokyo&key={token}", token),
        (6, "?api_key=", "shown", f"https://{host}/v2/orders?status=open&api_key={hex_token}", hex_token),
        (6, "?password=", "shown", f"https://{host}/login?user={user}&password={password}", password),
        (10, "user:password@host", "shown", f"https://{user}:{password}@{host}/repo.git", password),
        (4, "ftp user:password@host", "shown", f"ftp://{user}:{password}@ftp.example.com/upload/", password),
        (5, "database URL with password", "shown", f"postgres://{user}:{password}@db.example.com:5432/shop",
         password),
        (4, "#access_token= in the fragment", "shown",
         f"https://{host}/callback#access_token={token}&token_type=bearer", token),
        (4, "?session_id=", "no", f"https://{host}/cart?session_id={hex_token}", hex_token),
        (3, "?auth=", "no", f"https://{host}/export?auth={token}", token),
        (3, "?code= (OAuth)", "no", f"https://{host}/oauth/callback?code={code}&state=xyz", code),
    ]

    _, fmt, docs, url, core = rng.choices(choices, [choice[0] for choice in choices])[0]
    return Fill(url, "URL", fmt, docs, core=core)


def aws_key_id_value(rng: random.Random) -> Fill:
    if rng.random() < 0.15:
        return Fill("ASIA" + random_chars(rng, BASE32_UPPER, 16), "SECRET", "AWS access key ID, ASIA (temporary)")
    return Fill("AKIA" + random_chars(rng, BASE32_UPPER, 16), "SECRET", "AWS access key ID, AKIA")


def aws_secret_config(rng: random.Random) -> Fill:
    # About 3% of random keys end in "/" or "+". They are oversampled here and reported as their own format.
    if rng.random() < 0.25:
        key = random_chars(rng, AWS_SECRET_ALPHABET, 39) + rng.choice("/+")
        return Fill(key, "SECRET", "AWS secret key, configuration line, ending in / or +")
    key = random_chars(rng, AWS_SECRET_ALPHABET, 39) + rng.choice(ALNUM)
    return Fill(key, "SECRET", "AWS secret key, configuration line")


def aws_secret_prose(rng: random.Random) -> Fill:
    return Fill(random_chars(rng, AWS_SECRET_ALPHABET, 40), "SECRET", "AWS secret key, in a sentence")


def github_token_value(rng: random.Random) -> Fill:
    return pick_variant(rng, "SECRET", [
        (70, "GitHub ghp_", "shown", "ghp_" + random_chars(rng, ALNUM, 36)),
        (15, "GitHub github_pat_", "shown", "github_pat_" + random_chars(rng, ALNUM, 22) + "_" + random_chars(rng, ALNUM, 59)),
        (15, "GitHub gho_", "shown", "gho_" + random_chars(rng, ALNUM, 36)),
    ])


def slack_token_value(rng: random.Random) -> Fill:
    team, user = random_digits(rng, rng.randint(11, 13), True), random_digits(rng, rng.randint(11, 13), True)
    return pick_variant(rng, "SECRET", [
        (70, "Slack xoxb-", "shown", f"xoxb-{team}-{user}-{random_chars(rng, ALNUM, 24)}"),
        (30, "Slack xoxp-", "shown", f"xoxp-{team}-{user}-{random_digits(rng, 13, True)}-{random_chars(rng, HEX, 32)}"),
    ])


def stripe_key_value(rng: random.Random) -> Fill:
    return pick_variant(rng, "SECRET", [
        (50, "Stripe sk_live_, 24 characters", "shown", "sk_live_" + random_chars(rng, ALNUM, 24)),
        (30, "Stripe sk_live_, 99 characters", "shown", "sk_live_" + random_chars(rng, ALNUM, 99)),
        (20, "Stripe rk_live_", "shown", "rk_live_" + random_chars(rng, ALNUM, 24)),
    ])


def google_key_value(rng: random.Random) -> Fill:
    return Fill("AIza" + random_chars(rng, BASE64URL, 35), "SECRET", "Google API key")


def base64url_json(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def jwt_value(rng: random.Random) -> Fill:
    issued = 1710000000 + rng.randrange(10_000_000)
    subject = random_digits(rng, 8, True)
    payload = base64url_json(f'{{"sub":"{subject}","iat":{issued},"exp":{issued + 3600},"scope":"orders:read"}}')
    if rng.random() < 0.6:
        header = base64url_json('{"alg":"HS256","typ":"JWT"}')
        return Fill(f"{header}.{payload}.{random_chars(rng, BASE64URL, 43)}", "SECRET", "JWT, HS256")
    header = base64url_json(f'{{"alg":"RS256","kid":"{random_chars(rng, HEX, 16)}","typ":"JWT"}}')
    return Fill(f"{header}.{payload}.{random_chars(rng, BASE64URL, 342)}", "SECRET", "JWT, RS256")


# ---------------------------------------------------------------------------
# Look-alikes that must stay
# ---------------------------------------------------------------------------


def fair(rng: random.Random, build) -> Fill:
    """Call build until its value cannot be mistaken for a valid personal value by a documented rule."""
    for _ in range(200):
        fill = build(rng)
        if is_fair_lookalike(fill.value):
            return fill
    raise RuntimeError(f"could not generate a fair look-alike with {build.__name__}")


def order_number(rng: random.Random, language: str) -> Fill:
    day = random_day(rng)
    if language == "zh":
        detail, value = rng.choice([
            ("12 digits (JD style)", rng.choice("23") + random_digits(rng, 11)),
            ("19 digits (Taobao style)", rng.choice("123") + random_digits(rng, 18)),
            ("date-number (Pinduoduo style)", f"{day:%y%m%d}-{random_digits(rng, 15, True)}"),
            ("DD + date + serial", f"DD{day:%Y%m%d}{random_digits(rng, 6)}"),
        ])
    elif language == "ja":
        detail, value = rng.choice([
            ("3-7-7 (Amazon style)", f"{rng.choice(('249', '250', '503'))}-{random_digits(rng, 7)}-{random_digits(rng, 7)}"),
            ("shop-date-serial (Rakuten style)", f"{random_digits(rng, 6, True)}-{day:%Y%m%d}-{random_digits(rng, 10)}"),
            ("ORD-date-serial", f"ORD-{day:%Y%m%d}-{random_digits(rng, 4)}"),
            ("store-serial", f"store-{random_digits(rng, 8, True)}"),
        ])
    else:
        detail, value = rng.choice([
            ("3-7-7 (Amazon style)", f"{rng.choice(('111', '112', '113', '114'))}-{random_digits(rng, 7)}-{random_digits(rng, 7)}"),
            ("#number (Shopify style)", f"#{random_digits(rng, 4, True)}"),
            ("SO-year-serial", f"SO-{day:%Y}-{random_digits(rng, 5)}"),
            ("2-5-5 (eBay style)", f"{random_digits(rng, 2, True)}-{random_digits(rng, 5)}-{random_digits(rng, 5)}"),
        ])
    return Fill(value, "order number", detail=detail)


def yamato_tracking(rng: random.Random) -> Fill:
    body = random_digits(rng, 11, first_nonzero=True)
    number = body + str(int(body) % 7)
    passes = my_number_check_digit(number[:11]) == number[11]
    kind = "tracking number 4-4-4, passes My Number check" if passes else "tracking number 4-4-4, fails My Number check"
    return Fill(group_fours(number, "-"), kind, detail="Yamato style, mod-7 check digit")


def tracking_number(rng: random.Random, language: str) -> Fill:
    if language == "zh":
        detail, value = rng.choice([
            ("SF Express", "SF" + random_digits(rng, 13, True)),
            ("JD Logistics", "JDX" + random_digits(rng, 12)),
            ("YTO", "YT" + random_digits(rng, 13, True)),
            ("ZTO, 14 digits", rng.choice(("73", "75", "78")) + random_digits(rng, 12)),
            ("STO, 15 digits", "77" + random_digits(rng, 13)),
            ("EMS", "E" + rng.choice("ABCEM") + random_digits(rng, 9) + "CN"),
        ])
    elif language == "ja":
        if rng.random() < 0.5:
            return yamato_tracking(rng)
        detail, value = rng.choice([
            ("Sagawa, 12 digits", random_digits(rng, 12, True)),
            ("EMS", "EJ" + random_digits(rng, 9) + "JP"),
        ])
    else:
        detail, value = rng.choice([
            ("UPS 1Z", "1Z" + random_chars(rng, UPPER_ALNUM, 6) + random_digits(rng, 10)),
            ("USPS, 22 digits grouped", group_fours("9400" + random_digits(rng, 18))),
            ("FedEx, 12 digits", "7" + random_digits(rng, 11)),
            ("Royal Mail", rng.choice(("AB", "RR", "LX")) + random_digits(rng, 9) + "GB"),
        ])
    return Fill(value, "tracking number", detail=detail)


def invoice_number(rng: random.Random, language: str) -> Fill:
    day = random_day(rng)
    if language == "zh":
        detail, value = rng.choice([
            ("8-digit invoice number", random_digits(rng, 8)),
            ("12-digit invoice code", rng.choice(("0", "1")) + random_digits(rng, 11)),
            ("20-digit e-invoice number", f"{day:%y}" + random_digits(rng, 18)),
        ])
    elif language == "ja":
        detail, value = rng.choice([
            ("INV-date-serial", f"INV-{day:%Y%m%d}-{random_digits(rng, 3)}"),
            ("No.year-serial", f"No.{day:%Y}-{random_digits(rng, 4)}"),
            ("6 digits", random_digits(rng, 6)),
        ])
    else:
        detail, value = rng.choice([
            ("INV-year-serial", f"INV-{day:%Y}-{random_digits(rng, 6)}"),
            ("#number", f"#{random_digits(rng, 5, True)}"),
            ("INV/yyyy/mm/serial", f"INV/{day:%Y/%m}/{random_digits(rng, 4)}"),
        ])
    return Fill(value, "invoice number", detail=detail)


def date_value(rng: random.Random, language: str) -> Fill:
    day = random_day(rng)
    reiwa = day.year - 2018
    weekday_ja = "月火水木金土日"[day.weekday()]
    options = {
        "zh": [("ISO", f"{day:%Y-%m-%d}"), ("年月日", f"{day.year}年{day.month}月{day.day}日"),
               ("月日", f"{day.month}月{day.day}日"), ("slashes", f"{day.year}/{day.month}/{day.day}"),
               ("dots", f"{day:%Y.%m.%d}")],
        "ja": [("年月日", f"{day.year}年{day.month}月{day.day}日"), ("Reiwa era", f"令和{reiwa}年{day.month}月{day.day}日"),
               ("slashes", f"{day:%Y/%m/%d}"), ("month/day with weekday", f"{day.month}/{day.day}（{weekday_ja}）"),
               ("ISO", f"{day:%Y-%m-%d}")],
        "en": [("ISO", f"{day:%Y-%m-%d}"), ("Month D, YYYY", f"{day:%B} {day.day}, {day.year}"),
               ("D Month YYYY", f"{day.day} {day:%B %Y}"), ("MM/DD/YYYY", f"{day:%m/%d/%Y}"),
               ("DD/MM/YYYY", f"{day:%d/%m/%Y}"), ("Mon D", f"{day:%b} {day.day}")],
    }[language]
    detail, value = rng.choice(options)
    return Fill(value, "date", detail=detail)


def time_value(rng: random.Random, language: str) -> Fill:
    hour, minute = rng.randint(8, 21), rng.choice((0, 10, 15, 20, 30, 45))
    options = {
        "zh": [f"{hour}:{minute:02d}", f"{'下午' if hour >= 12 else '上午'}{(hour - 1) % 12 + 1}点" + (f"{minute}分" if minute else ""),
               f"{hour}:{minute:02d}-{hour + 2}:00"],
        "ja": [f"{hour}:{minute:02d}", f"{hour}時{minute}分", f"{hour}:00～{hour + 2}:00"],
        "en": [f"{hour}:{minute:02d}", f"{(hour - 1) % 12 + 1}:{minute:02d} {'PM' if hour >= 12 else 'AM'}",
               f"{hour}:00-{hour + 2}:00"],
    }[language]
    return Fill(rng.choice(options), "time")


def price_value(rng: random.Random, language: str) -> Fill:
    amount = rng.choice((rng.randint(9, 99), rng.randint(100, 999), rng.randint(1000, 99999)))
    cents = rng.randint(0, 99)
    options = {
        "zh": [f"¥{amount:,}", f"￥{amount}.{cents:02d}", f"{amount:,}.00 元", f"{amount}元", f"RMB {amount:,}",
               f"HK${amount:,}", f"NT${amount:,}"],
        "ja": [f"¥{amount:,}", f"{amount:,}円", f"税込{amount:,}円", to_fullwidth(f"{amount:,}") + "円", f"${amount}.{cents:02d}"],
        "en": [f"${amount}.{cents:02d}", f"USD {amount:,}.00", f"€{amount},{cents:02d}", f"£{amount}", f"${amount:,}",
               f"CAD {amount}.{cents:02d}"],
    }[language]
    return Fill(rng.choice(options), "price or amount")


def quantity_value(rng: random.Random, language: str) -> Fill:
    count = rng.randint(2, 12)
    options = {"zh": [f"{count}件", f"{count}个", f"x{count}", f"{count}箱"],
               "ja": [f"{count}個", f"{count}点", f"×{count}", f"{count}セット"],
               "en": [f"{count} units", f"x{count}", f"qty {count}", f"{count} pcs"]}[language]
    return Fill(rng.choice(options), "quantity")


def version_value(rng: random.Random) -> Fill:
    major, minor, patch = rng.randint(1, 17), rng.randint(0, 12), rng.randint(0, 30)
    detail, value = rng.choice([
        ("v-prefixed", f"v{major}.{minor}.{patch}"), ("three parts", f"{major}.{minor}.{patch}"),
        ("V-prefixed", f"V{major}.{minor}.{patch}"), ("release candidate", f"{major}.{minor}.{patch}-rc.{rng.randint(1, 4)}"),
        ("build number", f"{major}.{minor}.{patch}+build.{rng.randint(100, 9999)}"),
    ])
    return Fill(value, "version number", detail=detail)


def version4_value(rng: random.Random) -> Fill:
    if rng.random() < 0.6:
        value = f"{rng.randint(1, 9)}.{rng.randint(0, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 99)}"
        return Fill(value, "version number, 4 parts", detail="each part 0-255 (IPv4-shaped)")
    value = f"10.0.{rng.randint(19041, 22631)}.{rng.randint(1000, 4000)}"
    return Fill(value, "version number, 4 parts", detail="Windows build (not IPv4-shaped)")


def postal_code(rng: random.Random, language: str) -> Fill:
    if language == "zh":
        value = rng.choice(("100", "200", "201", "310", "518", "510", "610", "430")) + random_digits(rng, 3)
        return Fill(value, "postal code", detail="CN 6 digits")
    if language == "ja":
        return Fill(f"{random_digits(rng, 3, True)}-{random_digits(rng, 4)}", "postal code", detail="JP 3-4")
    detail, value = rng.choice([
        ("US ZIP", random_digits(rng, 5, True)), ("US ZIP+4", f"{random_digits(rng, 5, True)}-{random_digits(rng, 4)}"),
        ("UK postcode", rng.choice(("SW1A 1AA", "EC1A 1BB", "W1A 0AX", "M1 1AE", "B33 8TH", "CR2 6XH"))),
        ("Canadian postcode", rng.choice(("M5V 3L9", "H2Y 1C6", "V6B 4Y8", "K1A 0B1"))),
    ])
    return Fill(value, "postal code", detail=detail)


MODEL_NUMBERS = ("WH-1000XM5", "RT-AX88U", "SM-S9280", "MQ6T3CH/A", "A2849", "KJ-55X80K", "NP-FW50", "DCP-J987N",
                 "XQ-DQ44", "EW-BA320", "MX-4200", "KX-TG2510", "FX-991CN", "SJ-X501J-S", "NE-MS4A", "ES-LV9C",
                 "HD-CL1500", "AX3000", "GT-AX6000", "CX-5000B")


def model_number(rng: random.Random) -> Fill:
    return Fill(rng.choice(MODEL_NUMBERS), "product model number")


def bad_cnid(rng: random.Random) -> Fill:
    body = cnid_body(rng)
    right = cnid_check_character(body)
    wrong = rng.choice([character for character in "0123456789" if character != right])
    return Fill(body + wrong, "18 digits, wrong ID check character")


def bad_my_number_digits(rng: random.Random) -> str:
    body = random_digits(rng, 11, first_nonzero=True)
    right = my_number_check_digit(body)
    return body + rng.choice([digit for digit in DIGITS if digit != right])


def bad_my_number(rng: random.Random) -> Fill:
    return Fill(bad_my_number_digits(rng), "12 digits, wrong My Number check digit")


def bad_my_number_grouped(rng: random.Random) -> Fill:
    separator = rng.choice((" ", "-"))
    return Fill(group_fours(bad_my_number_digits(rng), separator), "12 digits 4-4-4, wrong My Number check digit")


def bad_card(rng: random.Random, language: str) -> Fill:
    weights = CARD_NETWORK_WEIGHTS[language]
    network = rng.choices(list(weights), list(weights.values()))[0]
    payload = card_payload(rng, network)
    right = luhn_check_digit(payload)
    wrong = rng.choice([digit for digit in DIGITS if digit != right])
    text, grouping = format_card(rng, payload + wrong, network)
    return Fill(text, "card-length number, Luhn check fails", detail=f"{network} prefix, {grouping}")


def bad_iban(rng: random.Random) -> Fill:
    compact = iban_compact(rng)
    right = compact[2:4]
    wrong = right
    while wrong == right or iban_valid(compact[:2] + wrong + compact[4:]):
        wrong = f"{rng.randint(2, 98):02d}"
    compact = compact[:2] + wrong + compact[4:]
    grouped = rng.random() < 0.6
    return Fill(group_fours(compact) if grouped else compact, "IBAN-shaped, mod-97 check fails",
                detail=f"{compact[:2]}, {'grouped' if grouped else 'no spaces'}")


PLAIN_URLS = ("https://example.com/help/returns", "https://www.example.com/faq#shipping",
              "https://shop.example.co.jp/faq?id=123", "https://example.com/orders/history?page=2",
              "https://docs.example.com/v2/api/errors#429", "https://example.net/search?q=bluetooth+speaker&sort=price",
              "https://help.example.org/article/refund-policy", "https://example.com/zh-cn/support/warranty",
              "https://www.example.jp/support/contact.html", "http://status.example.com/",
              "https://example.com/products/WH-1000XM5?color=black&size=m", "https://example.org/blog/2024/03/update")


def plain_url(rng: random.Random) -> Fill:
    return Fill(rng.choice(PLAIN_URLS), "plain URL without credentials")


def hash_value(rng: random.Random) -> Fill:
    detail, value = rng.choice([
        ("git commit SHA, 40 hex", random_chars(rng, HEX, 40)),
        ("short git SHA", random_chars(rng, HEX, 7)),
        ("SHA-256, 64 hex", random_chars(rng, HEX, 64)),
        ("UUID request ID", str(uuid_from(rng))),
        ("MD5, 32 hex", random_chars(rng, HEX, 32)),
    ])
    return Fill(value, "hash or request ID", detail=detail)


def git_sha(rng: random.Random) -> Fill:
    return Fill(random_chars(rng, HEX, 40), "hash or request ID", detail="git commit SHA, 40 hex")


def uuid_from(rng: random.Random) -> str:
    text = random_chars(rng, HEX, 32)
    return f"{text[:8]}-{text[8:12]}-4{text[13:16]}-{rng.choice('89ab')}{text[17:20]}-{text[20:]}"


def account_id(rng: random.Random) -> Fill:
    return Fill(random_digits(rng, 12, True), "AWS account ID, 12 digits")


def arn_value(rng: random.Random) -> Fill:
    region = rng.choice(("us-east-1", "us-west-2", "ap-northeast-1", "eu-central-1"))
    account = random_digits(rng, 12, True)
    return Fill(rng.choice((
        f"arn:aws:iam::{account}:role/BedrockCustomizationRole",
        f"arn:aws:bedrock:{region}:{account}:provisioned-model/{random_chars(rng, string.ascii_lowercase + DIGITS, 12)}",
        f"arn:aws:s3:::tds-training-{account}",
    )), "ARN with account ID")


def tax_id(rng: random.Random, language: str) -> Fill:
    if language == "ja" or (language == "en" and rng.random() < 0.5):
        body = random_digits(rng, 12, True)
        return Fill("T" + corporate_number_check_digit(body) + body, "company tax ID", detail="JP invoice registration number")
    organisation = "MA" + random_chars(rng, UPPER_ALNUM.replace("I", "").replace("O", ""), 7)
    return Fill(rng.choice(("91", "92", "12")) + rng.choice(CN_REGION_CODES) + organisation + rng.choice(UPPER_ALNUM),
                "company tax ID", detail="CN unified social credit code")


WORDS = {
    "zh": ("登录密码", "绑定手机号", "邮箱地址", "身份证信息", "银行卡", "收货地址", "实名认证", "支付密码", "API密钥",
           "访问令牌", "IP白名单", "验证码"),
    "ja": ("パスワード", "登録メールアドレス", "電話番号", "クレジットカード情報", "マイナンバーカード", "お届け先住所",
           "APIキー", "アクセストークン", "IPアドレス制限", "口座情報"),
    "en": ("password", "email address", "phone number", "card details", "billing address", "API key",
           "access token", "IP allowlist", "IBAN", "two-factor settings"),
}


def word_value(rng: random.Random, language: str) -> Fill:
    return Fill(rng.choice(WORDS[language]), "ordinary word")


def coupon_code(rng: random.Random) -> Fill:
    return Fill(rng.choice((
        f"SPRING{rng.randint(2023, 2025)}", f"WELCOME{rng.choice((5, 10, 15, 20))}",
        f"VIP-{random_chars(rng, UPPER_ALNUM, 4)}-{random_chars(rng, UPPER_ALNUM, 4)}",
        f"NEWUSER{rng.choice((30, 50, 100))}", random_chars(rng, string.ascii_uppercase, 4) + random_digits(rng, 4),
    )), "coupon code")


BEDROCK_MODEL_IDS = ("anthropic.claude-3-haiku-20240307-v1:0", "anthropic.claude-3-5-sonnet-20240620-v1:0",
                     "amazon.titan-text-express-v1", "meta.llama3-1-8b-instruct-v1:0",
                     "us.anthropic.claude-3-5-haiku-20241022-v1:0", "cohere.command-r-v1:0",
                     "amazon.nova-lite-v1:0", "meta.llama3-1-70b-instruct-v1:0:128k")


def model_id(rng: random.Random) -> Fill:
    return Fill(rng.choice(BEDROCK_MODEL_IDS), "Bedrock model ID")


def swift_code(rng: random.Random) -> Fill:
    return Fill(rng.choice(("DEUTDEFF", "COBADEFFXXX", "BNPAFRPP", "HSBCHKHH", "MUFGJPJT", "BKCHCNBJ", "CHASUS33",
                            "NWBKGB2L", "INGBNL2A", "UBSWCHZH80A")), "SWIFT/BIC code")


def timestamp_value(rng: random.Random) -> Fill:
    moment = random_day(rng)
    hour, minute, second, millis = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999)
    detail, value = rng.choice([
        ("ISO 8601 with Z", f"{moment:%Y-%m-%d}T{hour:02d}:{minute:02d}:{second:02d}.{millis:03d}Z"),
        ("ISO 8601 with offset", f"{moment:%Y-%m-%d}T{hour:02d}:{minute:02d}:{second:02d}+08:00"),
        ("Python logging", f"{moment:%Y-%m-%d} {hour:02d}:{minute:02d}:{second:02d},{millis:03d}"),
        ("slashes", f"{moment:%Y/%m/%d} {hour:02d}:{minute:02d}:{second:02d}"),
        ("syslog", f"{moment:%b} {moment.day:2d} {hour:02d}:{minute:02d}:{second:02d}"),
    ])
    return Fill(value, "log timestamp", detail=detail)


def timestamp_nginx(rng: random.Random) -> Fill:
    moment = random_day(rng)
    hour, minute, second = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    return Fill(f"{moment:%d/%b/%Y}:{hour:02d}:{minute:02d}:{second:02d} +0800", "log timestamp",
                detail="nginx access log")


# ---------------------------------------------------------------------------
# Unrecorded filler text (names and addresses are not a covered type)
# ---------------------------------------------------------------------------

ZH_SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭林何高罗"
ZH_GIVEN = ("伟", "芳", "娜", "敏", "静", "磊", "洋", "艳", "勇", "军", "杰", "娟", "涛", "明", "超", "秀英", "建国", "晓东")
JA_SURNAMES = ("山田", "佐藤", "鈴木", "高橋", "田中", "渡辺", "伊藤", "中村", "小林", "加藤")
JA_GIVEN = ("太郎", "花子", "一郎", "健", "優", "真理", "健太", "美咲", "翔", "彩")
JA_KANA = ("ヤマダ タロウ", "サトウ ハナコ", "スズキ イチロウ", "タナカ ユウ", "イトウ ケンタ")
EN_FIRST = ("John", "Emily", "Michael", "Sarah", "David", "Priya", "Carlos", "Alex", "Lauren", "Tom", "Olivia", "Ben")
EN_LAST = ("Smith", "Jones", "Chen", "Patel", "Garcia", "Kim", "Brown", "Nguyen", "Wilson", "Carter", "Miller", "Lee")


FILLERS = {
    "NAME_ZH": lambda rng: rng.choice(ZH_SURNAMES) + rng.choice(ZH_GIVEN),
    "SURNAME_ZH": lambda rng: rng.choice(ZH_SURNAMES),
    "NAME_JA": lambda rng: f"{rng.choice(JA_SURNAMES)} {rng.choice(JA_GIVEN)}",
    "SURNAME_JA": lambda rng: rng.choice(JA_SURNAMES),
    "NAME_JA_KANA": lambda rng: rng.choice(JA_KANA),
    "NAME_EN": lambda rng: f"{rng.choice(EN_FIRST)} {rng.choice(EN_LAST)}",
    "COMPANY_ZH": lambda rng: rng.choice(("上海星辰贸易有限公司", "深圳云帆科技有限公司", "北京华信电子有限公司",
                                          "杭州青禾网络科技有限公司")),
    "COMPANY_JA": lambda rng: rng.choice(("サンプル商事", "みどり電機", "あおば物産", "ひかりテック")),
    "COMPANY_EN": lambda rng: rng.choice(("Northwind Traders", "Contoso Ltd", "Fabrikam Inc.", "Acme Supplies")),
    "ADDRESS_ZH": lambda rng: rng.choice(("上海市浦东新区张江路", "北京市朝阳区建国路", "深圳市南山区科技园南路",
                                          "杭州市西湖区文三路"))
    + f"{rng.randint(1, 999)}号{rng.randint(1, 30)}栋{rng.randint(101, 2505)}室",
    "ADDRESS_JA": lambda rng: rng.choice(("東京都千代田区丸の内", "大阪府大阪市北区梅田", "神奈川県横浜市西区みなとみらい",
                                          "福岡県福岡市中央区天神"))
    + f"{rng.randint(1, 4)}-{rng.randint(1, 20)}-{rng.randint(1, 30)}",
    "REGION": lambda rng: rng.choice(("us-east-1", "us-west-2", "ap-northeast-1", "eu-central-1", "ap-southeast-1")),
    "EXT": lambda rng: random_digits(rng, rng.choice((3, 4)), True),
    "PORT": lambda rng: str(rng.choice((22, 443, 3389, rng.randint(1024, 65535)))),
    "EXPIRY": lambda rng: f"{rng.randint(1, 12):02d}/{rng.randint(25, 30)}",
    "STATUS": lambda rng: str(rng.choice((400, 401, 403, 404, 429, 500, 502, 503))),
    "BANK_JA": lambda rng: rng.choice(("みずほ銀行", "三菱UFJ銀行", "三井住友銀行", "ゆうちょ銀行")),
}


# ---------------------------------------------------------------------------
# Slot registry: slot name -> (group used to pick templates, generator)
# ---------------------------------------------------------------------------

def _fixed(function):
    return lambda rng, language: function(rng)


SLOTS = {
    # Personal values.
    "EMAIL": ("EMAIL", email_value),
    "EMAIL_RAW": ("EMAIL", lambda rng, language: email_value(rng, language, allow_carrier_dots=False)),
    "PHONE": ("PHONE", phone_any),
    "PHONE_CN_MOBILE": ("PHONE", _fixed(phone_cn_mobile)),
    "PHONE_CN_LANDLINE": ("PHONE", _fixed(phone_cn_landline)),
    "PHONE_HK": ("PHONE", _fixed(phone_hk)),
    "PHONE_TW": ("PHONE", _fixed(phone_tw)),
    "PHONE_JP_MOBILE": ("PHONE", _fixed(phone_jp_mobile)),
    "PHONE_JP_LANDLINE": ("PHONE", _fixed(phone_jp_landline)),
    "PHONE_NA": ("PHONE", _fixed(phone_north_america)),
    "PHONE_UK": ("PHONE", _fixed(phone_uk)),
    "PHONE_INTL": ("PHONE", _fixed(phone_other_country)),
    "CNID": ("CNID", _fixed(cnid_value)),
    "MYNUM_KW": ("MYNUM", _fixed(my_number_after_keyword)),
    "MYNUM": ("MYNUM", _fixed(my_number_grouped)),
    "MYNUM_NEAR": ("MYNUM", _fixed(my_number_near_keyword)),
    "CARD": ("CARD", card_value),
    "IBAN": ("IBAN", _fixed(iban_value)),
    "IPV4": ("IP", _fixed(ipv4_value)),
    "IPV4_PLAIN": ("IP", lambda rng, language: ipv4_value(rng, allow_port=False)),
    "IPV6": ("IP", _fixed(ipv6_value)),
    "IPV6_PLAIN": ("IP", lambda rng, language: ipv6_value(rng, allow_zone=False)),
    "TOKEN_URL": ("URL", _fixed(token_url_value)),
    "AWS_KEY_ID": ("AWS_KEY", _fixed(aws_key_id_value)),
    "AWS_SECRET": ("AWS_SECRET", _fixed(aws_secret_config)),
    "AWS_SECRET_PROSE": ("AWS_SECRET", _fixed(aws_secret_prose)),
    "GITHUB_TOKEN": ("GITHUB", _fixed(github_token_value)),
    "SLACK_TOKEN": ("SLACK", _fixed(slack_token_value)),
    "STRIPE_KEY": ("STRIPE", _fixed(stripe_key_value)),
    "GOOGLE_KEY": ("GOOGLE", _fixed(google_key_value)),
    "JWT": ("JWT", _fixed(jwt_value)),
    # Look-alikes.
    "ORDER": ("ORDER", lambda rng, language: fair(rng, lambda r: order_number(r, language))),
    "TRACKING": ("TRACKING", lambda rng, language: fair(rng, lambda r: tracking_number(r, language))),
    "TRACKING_444": ("TRACKING", lambda rng, language: yamato_tracking(rng)),
    "INVOICE": ("INVOICE", lambda rng, language: fair(rng, lambda r: invoice_number(r, language))),
    "DATE": ("DATE", date_value),
    "TIME": ("TIME", time_value),
    "PRICE": ("PRICE", price_value),
    "QTY": ("QTY", quantity_value),
    "VERSION": ("VERSION", _fixed(version_value)),
    "VERSION4": ("VERSION4", _fixed(version4_value)),
    "POSTAL": ("POSTAL", postal_code),
    "MODEL": ("MODEL", _fixed(model_number)),
    "BAD_CNID": ("BAD_CNID", _fixed(bad_cnid)),
    "BAD_MYNUM": ("BAD_MYNUM", _fixed(bad_my_number)),
    "BAD_MYNUM_GROUPED": ("BAD_MYNUM", _fixed(bad_my_number_grouped)),
    "BAD_CARD": ("BAD_CARD", bad_card),
    "BAD_IBAN": ("BAD_IBAN", _fixed(bad_iban)),
    "PLAIN_URL": ("PLAIN_URL", _fixed(plain_url)),
    "HASH": ("HASH", _fixed(hash_value)),
    "GIT_SHA": ("HASH", _fixed(git_sha)),
    "ACCOUNT_ID": ("ACCOUNT_ID", _fixed(account_id)),
    "ARN": ("ACCOUNT_ID", _fixed(arn_value)),
    "TAX_ID": ("TAX_ID", tax_id),
    "WORD": ("WORD", word_value),
    "COUPON": ("COUPON", _fixed(coupon_code)),
    "MODEL_ID": ("MODEL_ID", _fixed(model_id)),
    "SWIFT": ("SWIFT", _fixed(swift_code)),
    "TIMESTAMP": ("TIMESTAMP", _fixed(timestamp_value)),
    "TIMESTAMP_NGINX": ("TIMESTAMP", _fixed(timestamp_nginx)),
}
PERSONAL_GROUPS = ("EMAIL", "PHONE", "CNID", "MYNUM", "CARD", "IBAN", "IP", "URL", "AWS_KEY", "AWS_SECRET", "GITHUB",
                   "SLACK", "STRIPE", "GOOGLE", "JWT")


# ---------------------------------------------------------------------------
# Templates. A {SLOT} marks a slot, and any other braces are literal text.
# ---------------------------------------------------------------------------

ZH_GREETINGS = ("您好，", "你好！", "客服你好，", "在吗？", "亲，在吗？", "您好，打扰一下。", "Hi 客服，", "你好，我是老客户了。",
                "客服小姐姐你好～", "您好：")
ZH_OPENERS = ("东西收到了，但是有问题。", "我已经联系过三次了，一直没人处理。", "你们这个售后也太慢了吧！",
              "上周买的东西到现在还没到。", "想咨询一下退货的流程。", "App一直登录不上去。", "发票开错了，需要重开。",
              "快递显示签收了，但我根本没收到。")
ZH_CLOSINGS = ("谢谢！", "麻烦尽快处理，谢谢。", "辛苦了。", "急！！！", "等你们回复。", "谢谢配合～", "有问题随时联系我。",
               "在线等，挺急的。")
ZH_SENTENCES = (
    "我的手机号{PHONE_CN_MOBILE}，有问题直接打给我。",
    "我的手机号{PHONE_CN_MOBILE}谢谢",
    "联系电话：{PHONE}",
    "收件人电话（{PHONE}）一直打不通，快递员说联系不上我，但这就是我的号码啊。",
    "麻烦回电{PHONE}，白天都在。",
    "{PHONE}",
    "{PHONE_CN_MOBILE} 这个号码是我本人的，验证码一直收不到。",
    "订单{ORDER}的收货电话填错了，正确的是{PHONE_CN_MOBILE}，麻烦改一下。",
    "公司座机{PHONE_CN_LANDLINE}转{EXT}，找财务{SURNAME_ZH}小姐。",
    "香港那边的同事电话是{PHONE_HK}，也可以联系他。",
    "我在台湾，手机{PHONE_TW}，请用这个号码联系。",
    "座机：{PHONE_CN_LANDLINE}（工作日{TIME}）",
    "紧急联系人：我老公，电话{PHONE_CN_MOBILE}",
    "手机号码换了，原来的停机了，新号{PHONE}。",
    "如需核实请致电{PHONE}或发邮件到{EMAIL}。",
    "我的邮箱是{EMAIL}，发票请发到这个邮箱。",
    "邮箱{EMAIL}谢谢",
    "注册邮箱：{EMAIL}",
    "退订链接点了没用：https://mail.example.com/unsubscribe?email={EMAIL_RAW}",
    "请把电子发票发送至{EMAIL}，抬头：{COMPANY_ZH}，税号：{TAX_ID}。",
    "之前用{EMAIL}注册的账号登不上了，提示“账号不存在”。",
    "抄送：{EMAIL}",
    "身份证号：{CNID}",
    "实名认证一直失败，身份证号码{CNID}，姓名{NAME_ZH}，麻烦人工审核。",
    "清关需要身份证，我的是{CNID}，收件人{NAME_ZH}。",
    "证件号码（{CNID}）已经核对过，没有填错。",
    "我帮我妈买的，她的身份证{CNID}，手机{PHONE_CN_MOBILE}。",
    "昨天用信用卡{CARD}付款，扣了两次钱，金额{PRICE}。",
    "退款请退回原卡，卡号：{CARD}",
    "银行卡{CARD}绑定失败，提示“卡号无效”。",
    "我的卡号是{CARD}，有效期{EXPIRY}，这张卡被重复扣费了。",
    "请退款到我的欧洲账户，IBAN：{IBAN}，户名{NAME_ZH}。",
    "供应商的收款账号是{IBAN}（德国），请核对。",
    "我这边的出口IP是{IPV4}，能帮忙加一下白名单吗？",
    "登录提示异地登录，IP地址{IPV4}不是我。",
    "后台http://{IPV4_PLAIN}:8080/admin打不开，一直转圈。",
    "服务器IPv6地址{IPV6}，ping不通。",
    "日志里看到来源IP {IPV4_PLAIN}，端口{PORT}，请帮忙查一下。",
    "文件下载链接：{TOKEN_URL} ，点开提示已过期。",
    "这是分享链接{TOKEN_URL}你们看一下",
    "点这个链接{TOKEN_URL} 打开是空白页。",
    "下载地址：{TOKEN_URL}打不开，显示403。",
    "客服发给我的链接（{TOKEN_URL}）打不开。",
    "我们配置了 aws_access_key_id = {AWS_KEY_ID}，调用Bedrock一直报AccessDenied。",
    "secret key是{AWS_SECRET_PROSE}，已经确认没有多空格。",
    "GitHub Actions里的GITHUB_TOKEN={GITHUB_TOKEN}，推送时报403。",
    "Slack机器人token：{SLACK_TOKEN}，发消息提示invalid_auth。",
    "支付接口用的是{STRIPE_KEY}，回调一直失败。",
    "地图API key {GOOGLE_KEY} 调用超额了，帮忙看看。",
    "请求头 Authorization: Bearer {JWT}，返回{STATUS}。",
    "我在日本工作，个人番号（マイナンバー）：{MYNUM_KW}",
    "订单号{ORDER}，{DATE}下单的，到现在还没发货。",
    "快递单号：{TRACKING}，物流三天没更新了。",
    "{DATE} {TIME}收到的货，外包装破了，{MODEL}屏幕有划痕。",
    "实付{PRICE}，但是页面上写的是{PRICE}，差价什么时候退？",
    "发票号码{INVOICE}，金额{PRICE}，抬头开错了。",
    "App版本{VERSION}，更新后一直闪退。",
    "收货地址：{ADDRESS_ZH}，邮编{POSTAL}。",
    "交易流水号：{BAD_CNID}，银行说款已经退回。",
    "退款参考号{BAD_CARD}，到账了吗？",
    "帮助页面{PLAIN_URL}上写的七天无理由，为什么不给退？",
    "数量{QTY}，型号{MODEL}，只收到一件。",
    "报错信息里的request id是{HASH}。",
    "我们的AWS账号ID是{ACCOUNT_ID}，申请提高Bedrock配额。",
    "角色ARN：{ARN}，创建微调任务时报权限不足。",
    "公司税号{TAX_ID}，请开增值税专用发票。",
    "我想修改{WORD}，请问在哪里操作？",
    "{WORD}改不了怎么办？",
    "优惠码{COUPON}用不了，提示已失效。",
    "固件版本{VERSION4}，路由器重启后连不上网。",
    "银行说这个账号{BAD_IBAN}校验不通过，请重新确认。",
    "包裹上贴的这个编号{BAD_MYNUM}是什么意思？",
    "模型ID用的是{MODEL_ID}，调用报ValidationException。",
    "从{TIMESTAMP}开始一直超时。",
    "对方银行SWIFT代码{SWIFT}，汇款被退回了。",
    "会员编号{BAD_MYNUM_GROUPED}，积分少了{QTY}的量。",
)
ZH_BLOCKS = (
    "姓名：{NAME_ZH}\n手机：{PHONE_CN_MOBILE}\n邮箱：{EMAIL}\n身份证号：{CNID}\n收货地址：{ADDRESS_ZH}\n订单号：{ORDER}",
    "{TIMESTAMP} ERROR [gateway] client={IPV4_PLAIN} user={EMAIL_RAW} request_id={HASH} status={STATUS}\n"
    "{TIMESTAMP} WARN retry url={TOKEN_URL}",
    "[default]\naws_access_key_id = {AWS_KEY_ID}\naws_secret_access_key = {AWS_SECRET}\nregion = {REGION}",
    "export GITHUB_TOKEN={GITHUB_TOKEN}\nexport SLACK_BOT_TOKEN={SLACK_TOKEN}\nexport APP_VERSION={VERSION}",
    '{"modelId": "{MODEL_ID}", "api_key": "{GOOGLE_KEY}", "timeout": 30}',
    "-------- 转发的邮件 --------\n发件人：{NAME_ZH} <{EMAIL_RAW}>\n日期：{DATE}\n主题：订单{ORDER}退款",
    "收款人：{NAME_ZH}\nIBAN：{IBAN}\nSWIFT：{SWIFT}\n金额：{PRICE}",
    '{IPV4_PLAIN} - - [{TIMESTAMP_NGINX}] "GET /api/orders?page=2 HTTP/1.1" {STATUS} 153 "-" "Mozilla/5.0"',
    "sshd[2231]: Failed password for root from {IPV6_PLAIN} port {PORT} ssh2",
    "【退款信息】\n开户名：{NAME_ZH}\n卡号：{CARD}\n预留手机：{PHONE_CN_MOBILE}",
    "STRIPE_SECRET_KEY={STRIPE_KEY}\nSTRIPE_WEBHOOK_URL={PLAIN_URL}",
)
ZH_SIGNATURES = (
    "--\n{NAME_ZH}\n{COMPANY_ZH} 采购部\n电话：{PHONE_CN_LANDLINE}\n手机：{PHONE_CN_MOBILE}\n邮箱：{EMAIL}",
    "{NAME_ZH}\n{PHONE}",
    "——{NAME_ZH}（{PHONE_CN_MOBILE}）",
    "{COMPANY_ZH}\n地址：{ADDRESS_ZH}\nTel：{PHONE_CN_LANDLINE}\nE-mail：{EMAIL}",
)

JA_GREETINGS = ("お世話になっております。", "いつもお世話になっております。", "こんにちは。", "お疲れ様です。",
                "突然のご連絡失礼いたします。", "はじめまして。", "サポートご担当者様\n", "お問い合わせいたします。")
JA_OPENERS = ("商品は届いたのですが、問題がありました。", "何度か問い合わせていますが、まだ回答がありません。",
              "アプリにログインできなくなりました。", "返品の手続きについて教えてください。",
              "請求内容に誤りがあるようです。", "配達済みになっていますが、受け取っていません。")
JA_CLOSINGS = ("よろしくお願いいたします。", "ご確認のほどよろしくお願いします。", "至急ご対応ください。",
               "お手数ですがよろしくお願いします。", "ご回答をお待ちしております。", "以上、よろしくお願いします。")
JA_SENTENCES = (
    "電話番号：{PHONE_JP_MOBILE}",
    "日中は{PHONE_JP_MOBILE}までご連絡ください。",
    "電話{PHONE}まで折り返しお願いします",
    "会社の代表番号は{PHONE_JP_LANDLINE}（内線{EXT}）です。",
    "配達員さんから{PHONE_JP_MOBILE}に電話があったのですが、出られませんでした。",
    "{PHONE_JP_MOBILE}",
    "海外出張中のため、現地の番号{PHONE_INTL}にご連絡ください。",
    "登録している携帯番号（{PHONE_JP_MOBILE}）にSMSが届きません。",
    "TEL：{PHONE_JP_LANDLINE}　FAX：{PHONE_JP_LANDLINE}",
    "台湾の取引先の担当者の携帯は{PHONE_TW}です。",
    "香港支社：{PHONE_HK}",
    "日本国外からは{PHONE}へお電話ください。",
    "上海の工場の電話は{PHONE_CN_LANDLINE}です。",
    "メールアドレス：{EMAIL}",
    "{EMAIL}宛に領収書を送ってください。",
    "登録メールアドレスを{EMAIL}から{EMAIL}に変更したいです。",
    "確認メールが{EMAIL}に届いていません。迷惑メールフォルダも見ました。",
    "返信は{EMAIL}までお願いします",
    "マイナンバー：{MYNUM_KW}",
    "個人番号は{MYNUM_KW}です。",
    "年末調整の書類に記入したマイナンバー（{MYNUM_KW}）が間違っていないか確認したいです。",
    "マイナンバーカードの裏面の番号{MYNUM_NEAR}を入力してもエラーになります。",
    "番号は{MYNUM}で間違いありません。",
    "本人確認書類として、個人番号 {MYNUM_KW} を送ります。",
    "中国の身分証番号は{CNID}です。",
    "クレジットカード（{CARD}）で二重に請求されています。",
    "カード番号{CARD}の決済が失敗しました。",
    "返金先のカード：{CARD}　有効期限 {EXPIRY}",
    "ドイツの口座への返金を希望します。IBAN：{IBAN}",
    "海外送金先（IBAN {IBAN}）に誤りがないかご確認ください。",
    "送金先 IBAN {IBAN} BIC {SWIFT} でお願いします。",
    "接続元IPアドレスは{IPV4}です。許可リストに追加してください。",
    "管理画面 http://{IPV4_PLAIN}/login にアクセスできません。",
    "IPv6（{IPV6}）からのアクセスだけ失敗します。",
    "ルーターのWAN側アドレスは{IPV4}になっています。",
    "共有リンク：{TOKEN_URL}",
    "このリンク{TOKEN_URL} をクリックしても開きません。",
    "ダウンロードURL：{TOKEN_URL}が開けません。",
    "{TOKEN_URL} を開くと「期限切れ」と表示されます。",
    "こちらのURL（{TOKEN_URL}）からダウンロードできませんでした。",
    "設定ファイルに aws_secret_access_key = {AWS_SECRET} と書いています。",
    "シークレットキーは{AWS_SECRET_PROSE}です。無効化してください。",
    "アクセスキーID {AWS_KEY_ID} で認証エラーが出ます。",
    "GitHubのトークン（{GITHUB_TOKEN}）を再発行したほうがいいですか？",
    "Slackのボットトークンは{SLACK_TOKEN}です。",
    "Stripeのシークレットキー {STRIPE_KEY} で決済APIを呼んでいます。",
    "Google Maps APIキー：{GOOGLE_KEY}",
    "IDトークン {JWT} の有効期限が切れているようです。",
    "注文番号：{ORDER}（{DATE}注文）の商品がまだ届きません。",
    "お問い合わせ番号{TRACKING}で追跡すると「持戻」になっています。",
    "伝票番号：{TRACKING_444}",
    "{DATE}の{TIME}頃に配達予定と表示されていました。",
    "請求金額が{PRICE}になっていますが、見積もりでは{PRICE}でした。",
    "請求書番号{INVOICE}の宛名を変更してください。",
    "アプリのバージョンは{VERSION}です。",
    "〒{POSTAL}　{ADDRESS_JA}",
    "型番{MODEL}の交換部品はありますか。",
    "数量を{QTY}に変更したいです。",
    "参照番号 {BAD_MYNUM} について確認させてください。",
    "会員番号{BAD_MYNUM_GROUPED}でログインできません。",
    "取引ID：{BAD_CARD}",
    "よくある質問（{PLAIN_URL}）を読みましたが解決しません。",
    "エラーのリクエストIDは{HASH}です。",
    "登録番号{TAX_ID}の記載がある適格請求書をお願いします。",
    "{WORD}を変更したいのですが、どこから手続きできますか。",
    "{WORD}の登録方法が分かりません。",
    "クーポンコード「{COUPON}」が使えません。",
    "ファームウェア{VERSION4}にアップデートしてから不安定です。",
    "AWSアカウント{ACCOUNT_ID}でBedrockのモデルアクセスを申請しました。",
    "ロール {ARN} でジョブを作成すると AccessDenied になります。",
    "モデルID {MODEL_ID} を指定すると ValidationException になります。",
    "銀行から「{BAD_IBAN}は存在しない口座番号」と言われました。",
    "送金先のBICコードは{SWIFT}で合っていますか。",
    "{TIMESTAMP}以降、タイムアウトが続いています。",
    "18桁の番号{BAD_CNID}が明細に載っていますが、何の番号でしょうか。",
)
JA_BLOCKS = (
    "【お名前】{NAME_JA}\n【電話番号】{PHONE_JP_MOBILE}\n【メールアドレス】{EMAIL}\n【注文番号】{ORDER}\n"
    "【お問い合わせ内容】{DATE}に届いた商品が破損していました。",
    "{TIMESTAMP} [ERROR] AuthFailure src={IPV4_PLAIN} key={AWS_KEY_ID} req={HASH}",
    "[default]\naws_access_key_id={AWS_KEY_ID}\naws_secret_access_key={AWS_SECRET}\nregion={REGION}",
    "SLACK_BOT_TOKEN={SLACK_TOKEN}\nSTRIPE_SECRET_KEY={STRIPE_KEY}\nDEBUG=false",
    "github:\n  token: {GITHUB_TOKEN}\n  repo: example-org/app\n  branch: release/{VERSION}",
    "振込先\n銀行名：{BANK_JA}\n口座名義：{NAME_JA_KANA}\nIBAN：{IBAN}\nBIC：{SWIFT}",
    "----- Original Message -----\nFrom: {NAME_JA} <{EMAIL_RAW}>\nSent: {DATE}\nSubject: Re: 注文{ORDER}について",
    "【氏名】{NAME_JA}\n【個人番号】{MYNUM_KW}\n【生年月日】{DATE}",
    '{IPV4_PLAIN} - - [{TIMESTAMP_NGINX}] "POST /api/login HTTP/1.1" {STATUS} 512',
    'curl -H "Authorization: Bearer {JWT}" {PLAIN_URL}',
    "【カード情報】\nカード番号：{CARD}\n名義：{NAME_JA_KANA}\n電話：{PHONE}",
)
JA_SIGNATURES = (
    "━━━━━━━━━━━━━━\n株式会社{COMPANY_JA}\n営業部　{NAME_JA}\nTEL：{PHONE_JP_LANDLINE}\nMobile：{PHONE_JP_MOBILE}\n"
    "Mail：{EMAIL}\n━━━━━━━━━━━━━━",
    "{NAME_JA}\n{PHONE_JP_MOBILE}",
    "――――――\n{SURNAME_JA}（{EMAIL}）",
    "{COMPANY_JA}　{NAME_JA}\n〒{POSTAL} {ADDRESS_JA}\n電話 {PHONE_JP_LANDLINE}",
)

EN_GREETINGS = ("Hi,", "Hello team,", "Hi there,", "Dear Support,", "Good morning,", "Hey,", "Hello,", "To whom it may concern,")
EN_OPENERS = ("I received the package but something is wrong.", "This is my third message about this issue.",
              "Your app keeps logging me out.", "I'd like to know how returns work.",
              "The invoice I got looks wrong.", "The tracking page says delivered but nothing arrived.")
EN_CLOSINGS = ("Thanks!", "Thanks in advance.", "Regards,", "Please advise.", "Looking forward to your reply.", "Cheers",
               "Appreciate the help.")
EN_SENTENCES = (
    "You can reach me at {PHONE_NA} any time after 5pm.",
    "My number is {PHONE}.",
    "Phone: {PHONE}",
    "Please call me back on {PHONE_UK}, I'm in London this week.",
    "The courier tried to call {PHONE} but I never got a call.",
    "{PHONE}",
    "(mobile: {PHONE_NA})",
    "Our office line is {PHONE_NA} ext. {EXT}.",
    "For urgent matters, text {PHONE_INTL}.",
    "I updated my phone number to {PHONE} but the SMS code still goes to the old one.",
    "Our Hong Kong office can be reached on {PHONE_HK}.",
    "My colleague in Taipei is on {PHONE_TW}.",
    "The Osaka warehouse number is {PHONE_JP_LANDLINE}.",
    "My email is {EMAIL}.",
    "Please send the invoice to {EMAIL} (not my personal one).",
    "Email: {EMAIL}",
    "I signed up with {EMAIL} but I can't reset the password.",
    "Contact {NAME_EN} <{EMAIL_RAW}> in our finance team.",
    "The unsubscribe link https://news.example.com/unsubscribe?email={EMAIL_RAW} doesn't work.",
    "cc {EMAIL}",
    "My Chinese ID card number is {CNID}, as shown on the customs form.",
    "Customs in Shanghai asked for the recipient's ID ({CNID}).",
    "Individual Number (My Number): {MYNUM_KW}",
    "I live in Japan and the tax form asks for my My Number, which is {MYNUM_KW}.",
    "The number on the back of my card is {MYNUM}.",
    "I was charged twice on my card {CARD}.",
    "Card number: {CARD}, exp {EXPIRY}",
    "Please refund to the original card ({CARD}) instead of store credit.",
    "The payment with {CARD} failed with error code 51.",
    "Please wire the refund to IBAN {IBAN} (account holder {NAME_EN}).",
    "Our supplier's IBAN is {IBAN}, BIC {SWIFT}.",
    "IBAN:{IBAN}",
    "Bank details: IBAN {IBAN} BIC {SWIFT} Ref {INVOICE}",
    "Our office IP is {IPV4}, can you whitelist it?",
    "The login alert says someone signed in from {IPV4} - that wasn't me.",
    "The admin panel at http://{IPV4_PLAIN}:8080/ keeps timing out.",
    "Our server's IPv6 address is {IPV6} and it can't reach your API.",
    "Traffic comes from [{IPV6_PLAIN}]:443 behind the load balancer.",
    "Here's the download link you sent: {TOKEN_URL} - it says expired.",
    "I clicked {TOKEN_URL} and got a {STATUS}.",
    "Link (valid 24h): {TOKEN_URL}",
    "We set AWS_ACCESS_KEY_ID={AWS_KEY_ID} in the container and still get AccessDenied.",
    "Our secret access key is {AWS_SECRET_PROSE}, is it still active?",
    "I accidentally pasted my GitHub token {GITHUB_TOKEN} in the last ticket, please delete it.",
    "The Slack bot token {SLACK_TOKEN} returns invalid_auth.",
    "Using the live key {STRIPE_KEY} all webhooks fail with signature errors.",
    "Maps API key: {GOOGLE_KEY}",
    "The API returns {STATUS} for this token: {JWT}",
    "Order {ORDER} placed on {DATE} still hasn't shipped.",
    "Tracking number {TRACKING} has shown 'label created' for a week.",
    "I was charged {PRICE} instead of {PRICE}.",
    "Invoice {INVOICE} has the wrong billing address.",
    "I'm on version {VERSION} of the iOS app.",
    "Ship to ZIP {POSTAL}.",
    "The {MODEL} stopped charging after the update.",
    "I ordered {QTY} but received one.",
    "Reference number {BAD_CARD} from the bank statement.",
    "Transaction ID {BAD_CNID}",
    "The help page {PLAIN_URL} says returns are free.",
    "Request ID: {HASH}",
    "Our AWS account ID is {ACCOUNT_ID}.",
    "The job fails with role {ARN}.",
    "How do I change the {WORD} on my account?",
    "Where can I update my {WORD}?",
    "Promo code {COUPON} is rejected at checkout.",
    "Firmware {VERSION4} broke the Wi-Fi.",
    "Calling {MODEL_ID} returns ValidationException.",
    "Our bank says {BAD_IBAN} is not a valid account.",
    "Since {TIMESTAMP} every request times out.",
    "The parcel label shows {BAD_MYNUM}, what is that?",
    "Delivery window: {DATE} {TIME}",
    "Commit {GIT_SHA} introduced the regression.",
    "Our VAT registration is {TAX_ID}.",
    "Membership no. {BAD_MYNUM_GROUPED} doesn't show my points.",
)
EN_BLOCKS = (
    "{TIMESTAMP} ERROR api.auth - invalid token for user={EMAIL_RAW} ip={IPV4_PLAIN} request_id={HASH}",
    "[default]\naws_access_key_id = {AWS_KEY_ID}\naws_secret_access_key = {AWS_SECRET}\nregion = {REGION}",
    '{"aws_access_key_id": "{AWS_KEY_ID}", "aws_secret_access_key": "{AWS_SECRET}", "region": "{REGION}"}',
    "GITHUB_TOKEN={GITHUB_TOKEN}\nSLACK_BOT_TOKEN={SLACK_TOKEN}\nNODE_ENV=production",
    "Name: {NAME_EN}\nPhone: {PHONE}\nEmail: {EMAIL}\nOrder #: {ORDER}\nMessage: package arrived damaged",
    "---------- Forwarded message ---------\nFrom: {NAME_EN} <{EMAIL_RAW}>\nDate: {DATE}\nSubject: Refund for order {ORDER}",
    'curl -H "Authorization: Bearer {JWT}" "{PLAIN_URL}"',
    '{IPV4_PLAIN} - - [{TIMESTAMP_NGINX}] "GET /checkout HTTP/1.1" {STATUS} 2048 "-" "curl/8.4.0"',
    "sshd[4120]: Accepted publickey for deploy from {IPV6_PLAIN} port {PORT} ssh2",
    "commit {GIT_SHA}\nAuthor: {NAME_EN} <{EMAIL_RAW}>\nDate:   {DATE}",
    "stripe:\n  secret_key: {STRIPE_KEY}\n  api_version: {DATE}",
    "Beneficiary: {NAME_EN}\nIBAN: {IBAN}\nBIC: {SWIFT}\nAmount: {PRICE}",
    "maps:\n  api_key: {GOOGLE_KEY}\n  region: {REGION}",
)
EN_SIGNATURES = (
    "--\n{NAME_EN}\nSenior Buyer, {COMPANY_EN}\nT: {PHONE_NA}\nM: {PHONE}\nE: {EMAIL}",
    "Kind regards,\n{NAME_EN}\nTel: {PHONE_UK}\n{EMAIL}",
    "{NAME_EN} | {COMPANY_EN} | {PHONE}",
    "Sent from my iPhone\n{NAME_EN}\n{PHONE_NA}",
)

TEMPLATES = {
    "zh": {"greetings": ZH_GREETINGS, "openers": ZH_OPENERS, "closings": ZH_CLOSINGS, "sentences": ZH_SENTENCES,
           "blocks": ZH_BLOCKS, "signatures": ZH_SIGNATURES},
    "ja": {"greetings": JA_GREETINGS, "openers": JA_OPENERS, "closings": JA_CLOSINGS, "sentences": JA_SENTENCES,
           "blocks": JA_BLOCKS, "signatures": JA_SIGNATURES},
    "en": {"greetings": EN_GREETINGS, "openers": EN_OPENERS, "closings": EN_CLOSINGS, "sentences": EN_SENTENCES,
           "blocks": EN_BLOCKS, "signatures": EN_SIGNATURES},
}

_COMMON_TOPICS = {"AWS_KEY": 2, "AWS_SECRET": 2, "GITHUB": 2, "SLACK": 1.5, "STRIPE": 1.5, "GOOGLE": 1.5, "JWT": 2,
                  "ORDER": 6, "TRACKING": 4, "INVOICE": 3, "DATE": 2, "TIME": 1, "PRICE": 2, "QTY": 1, "VERSION": 2,
                  "VERSION4": 1, "POSTAL": 1.5, "MODEL": 1.5, "BAD_CARD": 3, "PLAIN_URL": 3, "HASH": 2,
                  "ACCOUNT_ID": 1.5, "TAX_ID": 1.5, "WORD": 2.5, "COUPON": 1, "MODEL_ID": 1, "SWIFT": 0.5,
                  "TIMESTAMP": 1, "EMAIL": 10, "PHONE": 20, "CARD": 8, "IP": 8, "URL": 6}
TOPIC_WEIGHTS = {
    "zh": {**_COMMON_TOPICS, "CNID": 10, "MYNUM": 1, "IBAN": 3, "BAD_CNID": 4, "BAD_MYNUM": 1.5, "BAD_IBAN": 1.5},
    "ja": {**_COMMON_TOPICS, "CNID": 2, "MYNUM": 9, "IBAN": 3, "BAD_CNID": 1.5, "BAD_MYNUM": 4, "BAD_IBAN": 1.5},
    "en": {**_COMMON_TOPICS, "CNID": 3, "MYNUM": 2, "IBAN": 7, "BAD_CNID": 2, "BAD_MYNUM": 2, "BAD_IBAN": 3},
}
# Sentence separators as people type them. Chinese and Japanese writers use none or a newline,
# some an ideographic space or an ASCII space. English writers use a space or a newline.
SEPARATORS = {"zh": ("", "", "\n", " "), "ja": ("", "\n", "　"), "en": (" ", " ", "\n")}

SLOT_PATTERN = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")


def template_slots(template: str) -> list[str]:
    return SLOT_PATTERN.findall(template)


def index_templates() -> dict[str, dict[str, list[str]]]:
    """Map each language and slot group to the sentence templates that contain a slot of that group."""
    index: dict[str, dict[str, list[str]]] = {}
    for language, sets in TEMPLATES.items():
        by_group: dict[str, list[str]] = defaultdict(list)
        for template in sets["sentences"]:
            for slot in template_slots(template):
                if slot in FILLERS:
                    continue
                group = SLOTS[slot][0]
                if template not in by_group[group]:
                    by_group[group].append(template)
        for group, weight in TOPIC_WEIGHTS[language].items():
            if weight > 0 and not by_group.get(group):
                raise ValueError(f"no {language} sentence template has a slot of group {group}")
        index[language] = dict(by_group)
    for sets in TEMPLATES.values():
        for key in ("sentences", "blocks", "signatures"):
            for template in sets[key]:
                unknown = [slot for slot in template_slots(template) if slot not in SLOTS and slot not in FILLERS]
                if unknown:
                    raise ValueError(f"unknown slot {unknown} in template {template!r}")
    return index


# ---------------------------------------------------------------------------
# Message generation
# ---------------------------------------------------------------------------


@dataclass
class Embedded:
    """One recorded string in a generated message, with its position in the message text."""

    row: int
    language: str
    personal: bool
    label: str
    fmt: str
    docs: str
    detail: str
    value: str
    start: int
    core_start: int
    core_end: int

    @property
    def end(self) -> int:
        return self.start + len(self.value)


@dataclass
class Message:
    language: str
    text: str
    embedded: list[Embedded]


class MessageBuilder:
    def __init__(self, language: str, rng: random.Random, literal_style: dict[str, str]) -> None:
        self.language = language
        self.rng = rng
        self.literal_style = literal_style
        self.parts: list[str] = []
        self.length = 0
        self.embedded: list[Embedded] = []

    def add_literal(self, text: str) -> None:
        for old, new in self.literal_style.items():
            text = text.replace(old, new)
        self.parts.append(text)
        self.length += len(text)

    def _append_raw(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def add_template(self, template: str) -> None:
        position = 0
        for match in SLOT_PATTERN.finditer(template):
            self.add_literal(template[position:match.start()])
            self.add_slot(match.group(1))
            position = match.end()
        self.add_literal(template[position:])

    def add_slot(self, slot: str) -> None:
        if slot in FILLERS:
            self._append_raw(FILLERS[slot](self.rng))
            return
        group, generate = SLOTS[slot]
        fill: Fill = generate(self.rng, self.language)
        self._append_raw(fill.before)
        start = self.length
        core = fill.core or fill.value
        core_offset = fill.value.index(core)
        self.embedded.append(Embedded(
            row=-1, language=self.language, personal=group in PERSONAL_GROUPS, label=fill.label, fmt=fill.fmt,
            docs=fill.docs, detail=fill.detail, value=fill.value, start=start,
            core_start=start + core_offset, core_end=start + core_offset + len(core),
        ))
        self._append_raw(fill.value)
        self._append_raw(fill.after)

    def text(self) -> str:
        return "".join(self.parts)

    def last_character(self) -> str:
        for part in reversed(self.parts):
            if part:
                return part[-1]
        return ""


def literal_style(rng: random.Random, language: str) -> dict[str, str]:
    """Pick how one writer mixes full-width and half-width punctuation in Chinese or Japanese text."""
    if language == "en":
        return {}
    style = {}
    if rng.random() < 0.3:
        style["："] = ":"
    if rng.random() < 0.2:
        style["（"] = "("
        style["）"] = ")"
    if rng.random() < 0.15:
        style["("] = "（"
        style[")"] = "）"
    return style


def sentence_separator(rng: random.Random, separator: str, previous: str, template: str) -> str:
    """Return the separator to put before the next sentence template.

    Chinese and Japanese writers often run sentences together, and a value may touch the
    next CJK character. Writers do not run two Latin runs together (an e-mail address straight
    into "GitHub"), so such a join gets a space or a newline.
    """
    next_is_ascii = template.startswith("{") or template[:1].isascii()
    previous_is_latin = (previous.isascii() and previous.strip() != "") or (
        previous.isalnum() and neighbour_class(previous) != "CJK or kana")
    if separator == "" and previous_is_latin and next_is_ascii:
        return rng.choice((" ", "\n"))
    return separator


def build_message(rng: random.Random, language: str, index: dict[str, list[str]]) -> Message:
    sets = TEMPLATES[language]
    builder = MessageBuilder(language, rng, literal_style(rng, language))
    separator = rng.choice(SEPARATORS[language])
    weights = TOPIC_WEIGHTS[language]

    pieces: list[str] = []
    if rng.random() < 0.6:
        pieces.append(rng.choice(sets["greetings"]))
    if rng.random() < 0.35:
        pieces.append(rng.choice(sets["openers"]))
    topic_count = rng.choices([0, 1, 2, 3], [5, 35, 42, 18])[0]
    for group in rng.choices(list(weights), list(weights.values()), k=topic_count):
        pieces.append(rng.choice(index[group]))
    if rng.random() < 0.2:
        pieces.append("\n" + rng.choice(sets["blocks"]) + "\n")
    if rng.random() < 0.5:
        pieces.append(rng.choice(sets["closings"]))
    if rng.random() < 0.3:
        pieces.append("\n" + rng.choice(sets["signatures"]))

    for position, piece in enumerate(pieces):
        if position and not piece.startswith("\n") and not pieces[position - 1].endswith("\n"):
            builder.add_literal(sentence_separator(rng, separator, builder.last_character(), piece))
        builder.add_template(piece)
    text = builder.text().strip("\n")
    shift = len(builder.text()) - len(builder.text().lstrip("\n"))
    for item in builder.embedded:
        item.start -= shift
        item.core_start -= shift
        item.core_end -= shift
    return Message(language, text, builder.embedded)


def is_unambiguous(message: Message) -> bool:
    """Return True when every recorded string occurs exactly once, so that its presence after
    redaction says whether it was redacted."""
    for item in message.embedded:
        if message.text.count(item.value) != 1 or message.text[item.start:item.end] != item.value:
            return False
    return True


def generate_messages(seed: int, per_language: int) -> list[Message]:
    rng = random.Random(seed)
    index = index_templates()
    messages: list[Message] = []
    for language in LANGUAGES:
        for _ in range(per_language):
            for _attempt in range(50):
                message = build_message(rng, language, index[language])
                if is_unambiguous(message):
                    break
            else:
                raise RuntimeError(f"could not build an unambiguous {language} message in 50 attempts")
            row = len(messages)
            for item in message.embedded:
                item.row = row
            messages.append(message)
    return messages


# ---------------------------------------------------------------------------
# Scoring
# ---------------------------------------------------------------------------

# Characters from the Unicode private-use areas. The generated input never contains them, but a
# finding's `original` did when one value sat inside another (an AWS key ID inside a presigned
# URL), so they are matched as a wildcard to place that finding in the message.
PRIVATE_USE = re.compile("[\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd]+")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    type: str
    original: str


@dataclass
class Outcome:
    item: Embedded
    removed: bool  # the value no longer appears intact in the redacted text
    types: list[str]
    core_left: bool = False
    wider: str = ""

    @property
    def status(self) -> str:
        """Return "found", "wrong type" or "missed" for a personal value, and "redacted" or "kept" for a look-alike."""
        if not self.item.personal:
            return "redacted" if self.removed else "kept"
        if not self.removed:
            return "missed"
        return "found" if self.item.label in self.types else "wrong type"


@dataclass
class Scores:
    outcomes: list[Outcome]
    stray_findings: list[tuple[int, Span]]
    unlocated: list[tuple[int, dict]]
    private_use: list[tuple[int, dict]]
    finding_count: int


def finding_spans(text: str, finding: dict) -> list[Span]:
    """Place a finding at every occurrence of its original text, because one value gets one placeholder."""
    original = finding["original"] or ""
    if not original:
        return []
    if PRIVATE_USE.search(original):
        pattern = re.compile(".+?".join(re.escape(piece) for piece in PRIVATE_USE.split(original)), re.S)
        return [Span(match.start(), match.end(), finding["type"], original) for match in pattern.finditer(text)]
    spans = []
    position = text.find(original)
    while position >= 0:
        spans.append(Span(position, position + len(original), finding["type"], original))
        position = text.find(original, position + 1)
    return spans


def score_item(item: Embedded, redacted_text: str, spans: list[Span], text: str) -> Outcome:
    overlapping = [span for span in spans if span.start < item.end and span.end > item.start]
    outcome = Outcome(item, item.value not in redacted_text, sorted({span.type for span in overlapping}))
    if not (outcome.removed and item.personal):
        return outcome
    covered: set[int] = set()
    for span in overlapping:
        covered.update(range(span.start, span.end))
    outcome.core_left = any(position not in covered and text[position].isalnum()
                            for position in range(item.core_start, item.core_end))
    outside = "".join(text[position] for position in sorted(covered) if not item.start <= position < item.end)
    if any(character.isalnum() for character in outside):
        outcome.wider = outside
    return outcome


def score(messages: list[Message], redacted_texts: list[str], findings: list[list[dict]]) -> Scores:
    outcomes: list[Outcome] = []
    stray: list[tuple[int, Span]] = []
    unlocated: list[tuple[int, dict]] = []
    private_use: list[tuple[int, dict]] = []
    finding_count = 0
    for row, message in enumerate(messages):
        spans: list[Span] = []
        for finding in findings[row] or []:
            if finding["column"] != "text":
                continue
            finding_count += 1
            if PRIVATE_USE.search(finding["original"] or ""):
                private_use.append((row, finding))
            located = finding_spans(message.text, finding)
            if not located:
                unlocated.append((row, finding))
            spans.extend(located)
        for item in message.embedded:
            outcomes.append(score_item(item, redacted_texts[row], spans, message.text))
        for span in spans:
            if not any(span.start < item.end and span.end > item.start for item in message.embedded):
                stray.append((row, span))
    return Scores(outcomes, stray, unlocated, private_use, finding_count)


# ---------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------

DOCS_SCOPES = (
    ("as documented", ("shown",)),
    ("documented + separator variants", ("shown", "variant")),
    ("all formats", ("shown", "variant", "no")),
)


def cell(text: str, limit: int = 160) -> str:
    text = text.replace("\n", " ⏎ ")
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return text.replace("|", "\\|")


def code(text: str, limit: int = 80) -> str:
    text = cell(text, limit)
    return f"`{text}`" if "`" not in text else text


def percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "–"


def markdown_table(headers: list[str], rows: list[list[str]], align: str = "") -> str:
    align = align or "l" * len(headers)
    rule = ["---:" if side == "r" else "---" for side in align]
    lines = ["| " + " | ".join(headers) + " |", "| " + " | ".join(rule) + " |"]
    lines += ["| " + " | ".join(str(value) for value in row) + " |" for row in rows]
    return "\n".join(lines)


def line_window(text: str, start: int, end: int, width: int = 160) -> str:
    """Return the line that contains [start, end), cut to about `width` characters around it."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end]
    if len(line) <= width:
        return line
    left = max(0, start - line_start - width // 3)
    return ("…" if left else "") + line[left:left + width] + "…"


def redacted_line(original: str, redacted: str, start: int) -> str:
    """Return the redacted line with the line number of `start` in the original, when the line counts agree."""
    line_number = original.count("\n", 0, start)
    original_lines, redacted_lines = original.split("\n"), redacted.split("\n")
    if len(original_lines) == len(redacted_lines):
        return redacted_lines[line_number]
    return redacted


def recall_cell(outcomes: list[Outcome]) -> str:
    if not outcomes:
        return "–"
    found = sum(outcome.status == "found" for outcome in outcomes)
    return f"{percent(found, len(outcomes))} ({len(outcomes)})"


def chance_notes(value: str) -> str:
    """Name the checks that a look-alike's digits pass by chance, which explain some redactions."""
    compact = re.sub(r"[\s-]", "", value)
    notes = []
    if compact.isdigit() and 12 <= len(compact) <= 19 and luhn_valid(compact):
        notes.append("digits pass Luhn")
    if compact.isdigit() and len(compact) == 12 and my_number_check_digit(compact[:11]) == compact[11]:
        notes.append("digits pass the My Number check")
    if re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", compact) and iban_valid(compact):
        notes.append("passes the IBAN mod-97 check")
    return ", ".join(notes)


def pick_examples(outcomes: list[Outcome], limit: int) -> list[Outcome]:
    """Pick up to `limit` outcomes, taking formats in turn so that one format does not fill the list."""
    by_format: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        by_format[outcome.item.fmt or outcome.item.detail].append(outcome)
    queues = [list(queue) for queue in by_format.values()]
    picked: list[Outcome] = []
    while len(picked) < limit and any(queues):
        for queue in queues:
            if queue and len(picked) < limit:
                picked.append(queue.pop(0))
    return picked


def print_dataset_summary(messages: list[Message]) -> None:
    rows = []
    for language in LANGUAGES:
        subset = [message for message in messages if message.language == language]
        personal = sum(item.personal for message in subset for item in message.embedded)
        lookalikes = sum(not item.personal for message in subset for item in message.embedded)
        mean_length = sum(len(message.text) for message in subset) / max(1, len(subset))
        rows.append([language, str(len(subset)), str(personal), str(lookalikes), f"{mean_length:.0f}"])
    print(markdown_table(["language", "messages", "personal values", "look-alikes", "mean characters"], rows, "lrrrr"))


def print_recall_per_type(outcomes: list[Outcome]) -> None:
    personal = [outcome for outcome in outcomes if outcome.item.personal]
    rows = []
    for scope_name, levels in DOCS_SCOPES:
        scope = [outcome for outcome in personal if outcome.item.docs in levels]
        for type_name in PERSONAL_TYPES + ("all",):
            of_type = [outcome for outcome in scope if type_name in ("all", outcome.item.label)]
            statuses = Counter(outcome.status for outcome in of_type)
            per_language = [recall_cell([outcome for outcome in of_type if outcome.item.language == language])
                            for language in LANGUAGES]
            rows.append([scope_name, f"**{type_name}**" if type_name == "all" else type_name, str(len(of_type)),
                         str(statuses["found"]), str(statuses["wrong type"]), str(statuses["missed"]),
                         f"**{percent(statuses['found'], len(of_type))}**", *per_language])
    print(markdown_table(["docs coverage", "type", "values", "found", "wrong type", "missed", "recall",
                          "zh recall (n)", "ja recall (n)", "en recall (n)"], rows, "llrrrrrrrr"))


def print_recall_per_format(outcomes: list[Outcome]) -> None:
    groups: dict[tuple[str, str, str], list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        if outcome.item.personal:
            groups[(outcome.item.label, outcome.item.fmt, outcome.item.docs)].append(outcome)
    rows = []
    ordered = sorted(groups.items(), key=lambda entry: (PERSONAL_TYPES.index(entry[0][0]), entry[0][1]))
    for (type_name, fmt, docs), group in ordered:
        statuses = Counter(outcome.status for outcome in group)
        recall = percent(statuses["found"], len(group))
        rows.append([type_name, fmt, docs, str(len(group)), str(statuses["found"]), str(statuses["wrong type"]),
                     str(statuses["missed"]), f"**{recall}**" if statuses["found"] < len(group) else recall])
    print(markdown_table(["type", "format", "docs", "values", "found", "wrong type", "missed", "recall"],
                         rows, "lllrrrrr"))


def neighbour_class(character: str) -> str:
    if not character or character == "\n":
        return "line start or end"
    if character in " \t\u3000":
        return "space"
    if character.isascii():
        return "ASCII letter or digit" if character.isalnum() else "ASCII punctuation"
    if "\u3040" <= character <= "\u30ff" or "\u4e00" <= character <= "\u9fff":
        return "CJK or kana"
    return "full-width punctuation"


NEIGHBOUR_CLASSES = ("line start or end", "space", "ASCII punctuation", "full-width punctuation", "CJK or kana",
                     "ASCII letter or digit")


def print_recall_by_neighbour(outcomes: list[Outcome], messages: list[Message]) -> None:
    """Print recall by the class of the character right before and right after each value."""
    for side in ("before", "after"):
        rows = []
        for type_name in PERSONAL_TYPES:
            by_class: dict[str, list[Outcome]] = defaultdict(list)
            for outcome in outcomes:
                item = outcome.item
                if not item.personal or item.label != type_name or item.docs == "no":
                    continue
                text = messages[item.row].text
                character = text[item.start - 1] if side == "before" and item.start else ""
                if side == "after":
                    character = text[item.end] if item.end < len(text) else ""
                by_class[neighbour_class(character)].append(outcome)
            rows.append([type_name, *[recall_cell(by_class[name]) for name in NEIGHBOUR_CLASSES]])
        print(f"Character right {side} the value (documented formats and their separator variants):\n")
        print(markdown_table(["type", *NEIGHBOUR_CLASSES], rows, "lrrrrrr"))
        print()


def print_type_mismatches(outcomes: list[Outcome]) -> None:
    mismatched = [outcome for outcome in outcomes if outcome.status == "wrong type"]
    if not mismatched:
        print("No value was redacted under another type.")
        return
    groups: dict[tuple[str, str, str], list[Outcome]] = defaultdict(list)
    for outcome in mismatched:
        became = "+".join(outcome.types) if outcome.types else "(no finding overlaps the value)"
        groups[(outcome.item.label, outcome.item.fmt, became)].append(outcome)
    rows = [[expected, fmt, became, str(len(group)), str(sum(outcome.core_left for outcome in group)),
             code(group[0].item.value)]
            for (expected, fmt, became), group in sorted(groups.items(), key=lambda entry: -len(entry[1]))]
    print(markdown_table(["expected", "format", "finding type", "count", "sensitive part left in text",
                          "example value"], rows, "lllrrl"))


def print_partial_and_wide(outcomes: list[Outcome], messages: list[Message], redacted: list[str]) -> None:
    partial = [outcome for outcome in outcomes if outcome.status == "found" and outcome.core_left]
    wide = [outcome for outcome in outcomes if outcome.removed and outcome.item.personal and outcome.wider]
    print(f"Values found, but with letters or digits of their sensitive part left in the text: {len(partial)}.")
    if partial:
        rows = []
        for outcome in pick_examples(partial, 10):
            message = messages[outcome.item.row]
            rows.append([outcome.item.label, outcome.item.fmt, code(outcome.item.value),
                         cell(redacted_line(message.text, redacted[outcome.item.row], outcome.item.start))])
        print()
        print(markdown_table(["type", "format", "value", "after redaction"], rows))
    print()
    print(f"Values whose redaction also removed letters or digits outside the value: {len(wide)}.")
    if wide:
        rows = []
        for outcome in pick_examples(wide, 10):
            message = messages[outcome.item.row]
            rows.append([outcome.item.label, code(outcome.item.value), code(outcome.wider, 40),
                         cell(line_window(message.text, outcome.item.start, outcome.item.end)),
                         cell(redacted_line(message.text, redacted[outcome.item.row], outcome.item.start))])
        print()
        print(markdown_table(["type", "value", "extra text removed", "sentence", "after redaction"], rows))


def print_lookalikes(outcomes: list[Outcome]) -> None:
    groups: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        if not outcome.item.personal:
            groups[outcome.item.label].append(outcome)
    rows = []
    for kind, group in sorted(groups.items()):
        redacted = [outcome for outcome in group if outcome.removed]
        as_types = Counter("+".join(outcome.types) or "(no finding)" for outcome in redacted)
        per_language = []
        for language in LANGUAGES:
            subset = [outcome for outcome in group if outcome.item.language == language]
            per_language.append(f"{sum(outcome.removed for outcome in subset)}/{len(subset)}")
        share = percent(len(redacted), len(group))
        rows.append([kind, str(len(group)), str(len(redacted)), f"**{share}**" if redacted else share,
                     ", ".join(f"{name} {count}" for name, count in as_types.most_common()) or "–", *per_language])
    total = sum(len(group) for group in groups.values())
    total_redacted = sum(outcome.removed for group in groups.values() for outcome in group)
    rows.append(["**all**", str(total), str(total_redacted), f"**{percent(total_redacted, total)}**", "", "", "", ""])
    print(markdown_table(["kind", "look-alikes", "wrongly redacted", "share", "redacted as", "zh", "ja", "en"], rows,
                         "lrrrllll"))


def print_findings_check(scores: Scores, messages: list[Message]) -> None:
    on_lookalike = []
    elsewhere = []
    for row, span in scores.stray_findings:
        lookalikes = [item for item in messages[row].embedded if not item.personal]
        if any(span.start < item.end and span.end > item.start for item in lookalikes):
            on_lookalike.append((row, span))
        else:
            elsewhere.append((row, span))
    print(f"Findings: {scores.finding_count} in total. {len(scores.stray_findings)} lie on no personal value "
          f"({len(on_lookalike)} on a look-alike, {len(elsewhere)} on other template text). "
          f"{len(scores.private_use)} have an `original` that contains Unicode private-use characters, "
          f"which never occur in the input. {len(scores.unlocated)} could not be placed in their message.")
    if elsewhere:
        print()
        rows = [[messages[row].language, span.type, code(span.original),
                 cell(line_window(messages[row].text, span.start, span.end))] for row, span in elsewhere[:10]]
        print(markdown_table(["lang", "type", "redacted text", "sentence"], rows))
    examples = scores.private_use[:3] + scores.unlocated[:3]
    if examples:
        print()
        rows = [[messages[row].language, finding["type"],
                 code(PRIVATE_USE.sub(lambda match: "".join(f"<U+{ord(c):X}>" for c in match.group()),
                                      finding["original"] or ""), 200)] for row, finding in examples]
        print(markdown_table(["lang", "type", "finding original (private-use characters shown as <U+…>)"], rows))


def print_examples(outcomes: list[Outcome], messages: list[Message], redacted: list[str]) -> None:
    print("### Missed personal values (up to 10 per type)")
    for type_name in PERSONAL_TYPES:
        misses = [outcome for outcome in outcomes
                  if outcome.item.personal and outcome.item.label == type_name and outcome.status != "found"]
        if not misses:
            continue
        print(f"\n#### {type_name}: {len(misses)} not found\n")
        rows = []
        for outcome in pick_examples(misses, 10):
            item = outcome.item
            message = messages[item.row]
            result = "missed" if outcome.status == "missed" else "as " + ("+".join(outcome.types) or "?")
            rows.append([item.language, cell(item.fmt + (f" ({item.detail})" if item.detail else ""), 60),
                         code(item.value), cell(line_window(message.text, item.start, item.end)), result,
                         cell(redacted_line(message.text, redacted[item.row], item.start))])
        print(markdown_table(["lang", "format", "value", "sentence", "result", "after redaction"], rows))

    print("\n### Look-alikes wrongly redacted (up to 10 per kind)")
    kinds = sorted({outcome.item.label for outcome in outcomes if not outcome.item.personal and outcome.removed})
    for kind in kinds:
        wrong = [outcome for outcome in outcomes
                 if not outcome.item.personal and outcome.item.label == kind and outcome.removed]
        print(f"\n#### {kind}: {len(wrong)} redacted\n")
        rows = []
        for outcome in pick_examples(wrong, 10):
            item = outcome.item
            message = messages[item.row]
            detail = "; ".join(part for part in (item.detail, chance_notes(item.value)) if part) or "–"
            rows.append([item.language, cell(detail, 60), code(item.value),
                         cell(line_window(message.text, item.start, item.end)), "+".join(outcome.types) or "?",
                         cell(redacted_line(message.text, redacted[item.row], item.start))])
        print(markdown_table(["lang", "detail", "look-alike", "sentence", "redacted as", "after redaction"], rows))


def count_templates() -> str:
    counts = []
    for language, sets in TEMPLATES.items():
        count = sum(len(sets[key]) for key in ("sentences", "blocks", "signatures"))
        counts.append(f"{language} {count}")
    return ", ".join(counts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=20240315, help="random seed for the generated messages")
    parser.add_argument("--per-language", type=int, default=1000, help="messages generated per language (zh, ja, en)")
    arguments = parser.parse_args()
    if arguments.per_language < 1:
        parser.error(f"--per-language must be at least 1, got {arguments.per_language}")

    # Imported only here, so that nothing in the generator above can depend on the detector.
    from core.pii import redact_pii
    from core.recipe import PiiSpec

    started = time.perf_counter()
    messages = generate_messages(arguments.seed, arguments.per_language)
    generated = time.perf_counter()
    frame = pl.DataFrame({"text": [message.text for message in messages]})
    redacted_frame, result = redact_pii(frame, ["text"], PiiSpec(enabled=True))
    redacted_at = time.perf_counter()
    redacted = redacted_frame["text"].to_list()
    scores = score(messages, redacted, result.findings.to_list())
    scored = time.perf_counter()

    print("# Personal-data redaction on an independent generated set\n")
    print(f"Seed {arguments.seed}, {arguments.per_language} messages per language; "
          f"templates with slots (sentences, pasted blocks, signatures): {count_templates()}.\n")
    print_dataset_summary(messages)
    print("\n## Recall per type\n")
    print("A value counts as found when it no longer appears in the redacted text and a finding of the expected "
          "type overlaps it. Docs coverage: \"as documented\" formats are named or shown in docs/cleaning.md "
          "(any number with + and a country code counts); \"separator variants\" write a documented family "
          "with other separators (09012345678 for 090-1234-5678); \"all formats\" adds formats the docs do "
          "not list, such as full-width digits.\n")
    print_recall_per_type(scores.outcomes)
    print("\n## Recall per format\n")
    print_recall_per_format(scores.outcomes)
    print("\n## Recall by what touches the value\n")
    print_recall_by_neighbour(scores.outcomes, messages)
    print("## Type mismatches\n")
    print_type_mismatches(scores.outcomes)
    print("\n## Partial and over-wide redactions\n")
    print_partial_and_wide(scores.outcomes, messages, redacted)
    print("\n## Look-alikes wrongly redacted\n")
    print_lookalikes(scores.outcomes)
    print("\n## Findings check\n")
    print_findings_check(scores, messages)
    print("\n## Examples\n")
    print_examples(scores.outcomes, messages, redacted)
    print("\n## Run time\n")
    characters = sum(len(message.text) for message in messages)
    print(markdown_table(["step", "seconds"], [
        ["generate messages", f"{generated - started:.2f}"],
        [f"redact_pii on {len(messages)} messages ({characters:,} characters)", f"{redacted_at - generated:.2f}"],
        ["score", f"{scored - redacted_at:.2f}"],
        ["total", f"{scored - started:.2f}"],
    ], "lr"))
    print(f"\nPython {platform.python_version()}, Polars {pl.__version__}, {os.cpu_count()} CPUs, "
          f"{platform.machine()}, load average {os.getloadavg()[0]:.1f}.")


if __name__ == "__main__":
    main()
