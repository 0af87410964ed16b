"""Measure PII redaction recall per type and look-alike safety, and time one large run.

Generates support messages in Chinese, Japanese and English. Each message carries one
or two made-up personal values of a known type (valid checksums where the type has one)
and one or two look-alikes that must stay: order numbers, dates, amounts, invoice ids,
18-digit numbers failing the resident-ID checksum, 16-digit numbers failing Luhn, and
IBANs with wrong check digits. Recall counts a value as found when the record's findings
list it under its type; a look-alike counts as redacted when it no longer appears
verbatim in the output.

Usage: python benchmarks/pii_quality.py [--records 20000] [--timing 1000000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import resource
import string
import sys
import time
from collections import Counter
from pathlib import Path

import polars as pl

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.pii import luhn_valid, redact_pii  # noqa: E402
from core.recipe import PiiSpec  # noqa: E402

# --- Valid personal values ------------------------------------------------------------


def email(rng: random.Random) -> str:
    local = "".join(rng.choices(string.ascii_lowercase, k=rng.randint(3, 9))) + rng.choice(["", ".", "_", "+"]) + str(rng.randint(1, 999))
    domain = rng.choice(["example.com", "example.com.cn", "example.co.jp", "mail.example.org"])
    return f"{local.strip('.+_')}@{domain}"


def digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choices(string.digits, k=count))


def phone(rng: random.Random) -> str:
    kind = rng.randrange(10)
    if kind == 0:
        return f"+86 1{rng.choice('3456789')}{digits(rng, 1)} {digits(rng, 4)} {digits(rng, 4)}"
    if kind == 1:
        return f"1{rng.choice('3456789')}{digits(rng, 9)}"
    if kind == 2:
        return f"0{rng.choice(['10', '21', '755', '571'])}-{digits(rng, 8)}"
    if kind == 3:
        return f"0{rng.choice('789')}0-{digits(rng, 4)}-{digits(rng, 4)}"
    if kind == 4:
        return f"0{rng.choice('3456')}-{digits(rng, 4)}-{digits(rng, 4)}"
    if kind == 5:
        return f"+81 {rng.choice('789')}0-{digits(rng, 4)}-{digits(rng, 4)}"
    if kind == 6:
        return f"+852 {rng.choice('569')}{digits(rng, 3)} {digits(rng, 4)}"
    if kind == 7:
        return f"09{digits(rng, 2)}-{digits(rng, 3)}-{digits(rng, 3)}"
    if kind == 8:
        return f"+886 9{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}"
    return f"({rng.randint(201, 989)}) {rng.randint(200, 999)}-{digits(rng, 4)}"


def china_id(rng: random.Random) -> str:
    region = rng.choice(["110105", "310115", "440305", "330106", "510107", "420111"])
    birth = dt.date(1950, 1, 1) + dt.timedelta(days=rng.randrange(365 * 55))
    body = f"{region}{birth:%Y%m%d}{digits(rng, 3)}"
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    return body + "10X98765432"[sum(int(d) * w for d, w in zip(body, weights)) % 11]


def my_number(rng: random.Random) -> str:
    body = digits(rng, 11)
    total = sum(int(char) * (n + 1 if n <= 6 else n - 5) for n, char in enumerate(reversed(body), start=1))
    remainder = total % 11
    number = body + str(0 if remainder <= 1 else 11 - remainder)
    if rng.random() < 0.5:
        return f"{number[:4]} {number[4:8]} {number[8:]}"
    return number


def luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + digits(rng, length - len(prefix) - 1)
    for check in string.digits:
        if luhn_valid(body + check):
            return body + check
    raise AssertionError("no Luhn digit")


def card(rng: random.Random) -> str:
    prefix, length = rng.choice([("4", 16), ("51", 16), ("55", 16), ("37", 15), ("62", 16), ("35", 16), ("6011", 16)])
    number = luhn_complete(prefix, length, rng)
    separator = rng.choice(["", " ", "-"])
    if length == 15:
        return separator.join([number[:4], number[4:10], number[10:]])
    return separator.join(number[i:i + 4] for i in range(0, 16, 4))


def iban(rng: random.Random, valid: bool = True) -> str:
    country, bban = rng.choice([
        ("GB", "WEST" + digits(rng, 14)), ("DE", digits(rng, 18)), ("FR", digits(rng, 23)), ("NL", "ABNA" + digits(rng, 10)),
    ])
    numeric = "".join(str(int(char, 36)) for char in bban + country + "00")
    check = 98 - int(numeric) % 97
    if not valid:
        check = (check + rng.randint(1, 90)) % 97 + 2
    compact = f"{country}{check:02d}{bban}"
    return " ".join(compact[i:i + 4] for i in range(0, len(compact), 4)) if rng.random() < 0.5 else compact


def ip(rng: random.Random) -> str:
    if rng.random() < 0.7:
        return ".".join(str(rng.randint(1, 254)) for _ in range(4))
    groups = [f"{rng.randrange(65536):x}" for _ in range(6)]
    if rng.random() < 0.5:
        return "2001:db8:" + ":".join(groups)
    return "2001:db8::" + ":".join(groups[: rng.randint(1, 4)])


def token(rng: random.Random, count: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(rng.choices(alphabet, k=count))


def url(rng: random.Random) -> str:
    if rng.random() < 0.3:
        return f"https://{token(rng, 6).lower()}:{token(rng, 10)}@files.example.com/export"
    parameter = rng.choice(["token", "access_token", "api_key", "sig", "X-Amz-Signature", "password"])
    return f"https://portal.example.com/download/{rng.randint(1, 9999)}?{parameter}={token(rng, 24)}&lang=zh"


def secret(rng: random.Random) -> str:
    kind = rng.randrange(7)
    upper = string.ascii_uppercase + string.digits
    if kind == 0:
        return rng.choice(["AKIA", "ASIA"]) + token(rng, 16, upper)
    if kind == 1:
        return "ghp_" + token(rng, 36)
    if kind == 2:
        return "xoxb-" + digits(rng, 12) + "-" + token(rng, 24)
    if kind == 3:
        return "sk_live_" + token(rng, 24)
    if kind == 4:
        return "AIza" + token(rng, 35)
    if kind == 5:
        return "eyJhbGciOiJIUzI1NiJ9.eyJ" + token(rng, 30) + "." + token(rng, 43)
    return token(rng, 20) + "/" + token(rng, 19)  # an AWS secret access key; the caller names it


VALUE_MAKERS = {
    "EMAIL": email, "PHONE": phone, "ID_NUMBER": lambda rng: china_id(rng) if rng.random() < 0.6 else my_number(rng),
    "CARD": card, "IBAN": iban, "IP": ip, "URL": url, "SECRET": secret,
}

# --- Look-alikes ----------------------------------------------------------------------


def wrong_china_id(rng: random.Random) -> str:
    valid = china_id(rng)
    return valid[:17] + rng.choice([char for char in "0123456789X" if char != valid[17]])


def non_luhn_16(rng: random.Random) -> str:
    while True:
        number = rng.choice("456") + digits(rng, 15)
        if not luhn_valid(number):
            return " ".join(number[i:i + 4] for i in range(0, 16, 4)) if rng.random() < 0.5 else number


LOOKALIKE_MAKERS = {
    "order": lambda rng: rng.choice([f"ORD-{rng.randint(2019, 2025)}-{digits(rng, 6)}", digits(rng, 10), f"#{digits(rng, 8)}"]),
    "date": lambda rng: rng.choice(["2024-03-15", "2024/03/15", "2024年3月15日", "15.03.2024", "2023-12-01 14:30:00"]),
    "amount": lambda rng: rng.choice([f"¥{rng.randint(1, 99)},{digits(rng, 3)}", f"${rng.randint(1, 9)},{digits(rng, 3)}.{digits(rng, 2)}", f"{rng.randint(100, 9999)}.50 元"]),
    "invoice": lambda rng: f"INV-{rng.randint(2019, 2025)}-{digits(rng, 5)}",
    "wrong_id": wrong_china_id,
    "non_luhn": non_luhn_16,
    "wrong_iban": lambda rng: iban(rng, valid=False),
}

TEMPLATES = {
    "zh": ("您好，我的{label}是 {value}，请帮忙核实。", "订单 {lookalike} 的问题还没解决，联系方式：{value}。", "{value} 是我提供的信息，参考号 {lookalike}。"),
    "ja": ("お世話になります。{label}は {value} です。", "注文 {lookalike} について、連絡先は {value} です。", "{value} をご確認ください（参照 {lookalike}）。"),
    "en": ("Hi, my {label} is {value}, please check.", "About order {lookalike}, reach me at {value}.", "Details: {value} (reference {lookalike})."),
}
LABELS = {"EMAIL": "e-mail", "PHONE": "phone", "ID_NUMBER": "ID", "CARD": "card", "IBAN": "IBAN", "IP": "IP", "URL": "link", "SECRET": "key"}


def record(rng: random.Random) -> tuple[str, list[tuple[str, str]], list[tuple[str, str]]]:
    language = rng.choice(("zh", "ja", "en"))
    values, lookalikes, parts = [], [], []
    for _ in range(rng.randint(1, 2)):
        kind = rng.choice(list(VALUE_MAKERS))
        value = VALUE_MAKERS[kind](rng)
        shown = value
        if kind == "SECRET" and "/" in value:
            shown = f"aws_secret_access_key = {value}"
        if kind == "ID_NUMBER" and len(value.replace(" ", "")) == 12 and " " not in value:
            shown = f"マイナンバー {value}"
        lookalike_kind = rng.choice(list(LOOKALIKE_MAKERS))
        lookalike = LOOKALIKE_MAKERS[lookalike_kind](rng)
        template = rng.choice(TEMPLATES[language])
        parts.append(template.format(label=LABELS[kind], value=shown, lookalike=lookalike))
        values.append((kind, value))
        if "{lookalike}" in template:
            lookalikes.append((lookalike_kind, lookalike))
    return " ".join(parts), values, lookalikes


def run_quality(records: int, seed: int) -> None:
    rng = random.Random(seed)
    generated = [record(rng) for _ in range(records)]
    frame = pl.DataFrame({"text": [text for text, _, _ in generated]})
    started = time.perf_counter()
    redacted, result = redact_pii(frame, ["text"], PiiSpec(enabled=True))
    elapsed = time.perf_counter() - started

    expected: Counter[str] = Counter()
    found: Counter[str] = Counter()
    lookalike_total: Counter[str] = Counter()
    lookalike_hit: Counter[str] = Counter()
    for (_, values, lookalikes), findings, output in zip(generated, result.findings.to_list(), redacted["text"].to_list()):
        seen = {(entry["type"], entry["original"]) for entry in findings}
        for kind, value in values:
            expected[kind] += 1
            if (kind, value) in seen and value not in output:
                found[kind] += 1
        for kind, lookalike in lookalikes:
            lookalike_total[kind] += 1
            if lookalike not in output:
                lookalike_hit[kind] += 1

    print(f"quality set: {records} records, redact_pii {elapsed:.2f} s")
    print("| type | values | recall |")
    print("|---|---:|---:|")
    for kind in VALUE_MAKERS:
        print(f"| {kind} | {expected[kind]} | {found[kind] / expected[kind]:.4f} |")
    print("| look-alike | count | redacted |")
    print("|---|---:|---:|")
    for kind in LOOKALIKE_MAKERS:
        print(f"| {kind} | {lookalike_total[kind]} | {lookalike_hit[kind]} |")


def run_timing(records: int, seed: int) -> None:
    rng = random.Random(seed)
    started = time.perf_counter()
    texts = [record(rng)[0] if rng.random() < 0.3 else "您好，请问这个商品什么时候发货？订单已经付款三天了。" for _ in range(records)]
    frame = pl.DataFrame({"text": texts})
    generated = time.perf_counter() - started
    load_before = os.getloadavg()
    started = time.perf_counter()
    _, result = redact_pii(frame, ["text"], PiiSpec(enabled=True))
    elapsed = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"timing: {records} records (30% with personal data, generated in {generated:.0f} s): redact_pii "
        f"{elapsed:.1f} s, {result.records} records changed, peak RSS {peak:.0f} MiB, load average before "
        f"{load_before[0]:.2f} after {os.getloadavg()[0]:.2f}, {os.cpu_count()} CPUs"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--records", type=int, default=20_000, help="records in the quality set")
    parser.add_argument("--timing", type=int, default=1_000_000, help="records in the timing run; 0 skips it")
    parser.add_argument("--seed", type=int, default=11)
    arguments = parser.parse_args()
    run_quality(arguments.records, arguments.seed)
    if arguments.timing:
        run_timing(arguments.timing, arguments.seed)


if __name__ == "__main__":
    main()
