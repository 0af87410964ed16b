"""Time `tunedata convert` on a generated 1,000,000-row CSV next to Polars' raw read + write.

Three builds are timed: the default one, one with every cleaning rule, personal-data
redaction, and exact and near-duplicate removal switched on, and the same with
`--streaming on`, which reads the file twice and keeps no text in memory.

Each measurement runs in its own child process so that its peak memory (maximum resident
set size) can be read from the operating system. Results are printed as a Markdown table
to paste into docs/benchmarks.md.

Usage: python benchmarks/bench_convert.py [--rows N] [--work DIR] [--repeat K]
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
MODEL = "meta.llama3-1-8b-instruct-v1:0:128k"

RAW_POLARS = """
import sys, polars as pl
frame = pl.read_csv(sys.argv[1], infer_schema=False)
frame.write_ndjson(sys.argv[2])
print(frame.height)
"""


def measure(command: list[str]) -> tuple[float, int]:
    """Run `command` through a wrapper process that reports the peak RSS of its one child."""
    wrapper = (
        "import resource, subprocess, sys, time\n"
        "start = time.perf_counter()\n"
        "code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE).returncode\n"
        "elapsed = time.perf_counter() - start\n"
        "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
        "print(code, elapsed, peak)\n"
    )
    completed = subprocess.run([sys.executable, "-c", wrapper, *command], capture_output=True, text=True, check=True)
    code, elapsed, peak_kib = completed.stdout.split()
    if int(code) not in (0, 1):
        raise SystemExit(f"command failed with exit code {code}: {' '.join(command)}")
    return float(elapsed), int(peak_kib) * 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=1_000_000, help="rows in the generated CSV (default: 1,000,000)")
    parser.add_argument("--work", type=Path, default=HERE / "data", help="folder for the generated file and outputs")
    parser.add_argument("--repeat", type=int, default=2, help="runs of each measurement; the fastest is reported")
    args = parser.parse_args(argv)

    args.work.mkdir(parents=True, exist_ok=True)
    source = args.work / f"faq_{args.rows}.csv"
    if not source.exists():
        subprocess.run([sys.executable, str(HERE / "faq_generator.py"), str(source), "--rows", str(args.rows)], check=True)
    size = source.stat().st_size

    raw_command = [sys.executable, "-c", RAW_POLARS, str(source), str(args.work / "raw.jsonl")]
    convert_command = [
        sys.executable, "-m", "core", "convert", str(source), "--out", str(args.work / "out"),
        "--model", MODEL, "--prompt", "question", "--completion", "answer",
    ]
    everything_command = [
        *convert_command, "--clean", "nfkc,html,mojibake,boilerplate,escape-reserved",
        "--redact-pii", "--near-dedup",
    ]
    streamed_command = [*everything_command, "--streaming", "on"]
    raw = min((measure(raw_command) for _ in range(args.repeat)), key=lambda item: item[0])
    convert = min((measure(convert_command) for _ in range(args.repeat)), key=lambda item: item[0])
    everything = min((measure(everything_command) for _ in range(args.repeat)), key=lambda item: item[0])
    streamed = min((measure(streamed_command) for _ in range(args.repeat)), key=lambda item: item[0])

    mib = 1024 * 1024
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"input: {args.rows:,} rows, {size / mib:,.0f} MiB")
    print()
    print("| measurement | wall time (s) | peak memory (MiB) | peak memory / file size |")
    print("| --- | ---: | ---: | ---: |")
    print(f"| Polars read_csv + write_ndjson | {raw[0]:.1f} | {raw[1] / mib:,.0f} | {raw[1] / size:.2f} |")
    print(f"| tunedata convert (default settings) | {convert[0]:.1f} | {convert[1] / mib:,.0f} | {convert[1] / size:.2f} |")
    print(f"| tunedata convert (everything on) | {everything[0]:.1f} | {everything[1] / mib:,.0f} | {everything[1] / size:.2f} |")
    print(f"| tunedata convert (everything on, streamed) | {streamed[0]:.1f} | {streamed[1] / mib:,.0f} | "
          f"{streamed[1] / size:.2f} |")
    print()
    print(f"ratio to raw: default {convert[0] / raw[0]:.2f}; everything on {everything[0] / raw[0]:.2f}; "
          f"streamed {streamed[0] / raw[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
