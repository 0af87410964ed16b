"""Measure a streamed `tunedata convert` on a JSON Lines corpus larger than the memory it may use.

The script writes a seeded corpus of `{"text": ...}` lines in mixed Chinese and English,
at least 4 GiB by default. Each line joins six question/answer pairs of `faq_generator.py`.
Then it runs

    tunedata convert CORPUS --task continued-pretraining
        --model amazon.titan-text-express-v1:0:8k --streaming on

in a child process and prints the corpus size, the wall time and the child's peak
resident memory (as `bench_convert.py` measures it). Limiting the child's address space
instead is not reliable: Polars' allocator reserves far more address space than it uses.

The corpus is deleted at the end unless --keep is given.

With --redact the command also gets `--redact-pii --clean nfkc,html,mojibake,escape-reserved`,
and with --near-dedup it gets `--near-dedup`.

Usage: python benchmarks/bench_streaming.py [--gib 4] [--work DIR] [--keep] [--redact] [--near-dedup]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
from pathlib import Path

import polars as pl

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_convert import measure  # noqa: E402
from faq_generator import generate  # noqa: E402

MODEL = "amazon.titan-text-express-v1:0:8k"
PAIRS_PER_LINE = 6
"""Question/answer pairs joined into one line by default; --pairs-per-line changes it."""
ROWS_PER_CHUNK = 600_000


def write_corpus(path: Path, min_bytes: int, seed: int, pairs_per_line: int = PAIRS_PER_LINE) -> int:
    """Append seeded chunks of `{"text": ...}` lines to `path` until it reaches `min_bytes`; return its size."""
    with path.open("wb") as handle:
        chunk = 0
        while handle.tell() < min_bytes:
            frame = generate(ROWS_PER_CHUNK, seed + chunk)
            lines = (
                frame.with_row_index("__n")
                .group_by(pl.col("__n") // pairs_per_line, maintain_order=True)
                .agg(pl.concat_str("question", pl.lit("\n"), "answer").str.join("\n\n").alias("text"))
                .select("text")
            )
            lines.write_ndjson(handle)
            chunk += 1
    return path.stat().st_size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gib", type=float, default=4.0, help="minimum corpus size in GiB (default: 4)")
    parser.add_argument("--work", type=Path, default=HERE / "data", help="folder for the corpus and the output")
    parser.add_argument("--seed", type=int, default=11, help="seed of the generated text (default: 11)")
    parser.add_argument("--pairs-per-line", type=int, default=PAIRS_PER_LINE,
                        help=f"question/answer pairs per line; fewer gives more, shorter records (default: {PAIRS_PER_LINE})")
    parser.add_argument("--keep", action="store_true", help="keep the corpus and the output folder")
    parser.add_argument("--redact", action="store_true",
                        help="also redact personal data and run the cleaning rules that work row by row")
    parser.add_argument("--near-dedup", action="store_true", help="also remove near duplicates")
    args = parser.parse_args(argv)

    args.work.mkdir(parents=True, exist_ok=True)
    corpus = args.work / "cpt_corpus.jsonl"
    out = args.work / "cpt_streamed"
    try:
        started = time.perf_counter()
        size = write_corpus(corpus, int(args.gib * (1 << 30)), args.seed, args.pairs_per_line)
        print(f"corpus: {corpus} ({size / (1 << 30):.2f} GiB) written in {time.perf_counter() - started:.0f} s",
              flush=True)
        command = [
            sys.executable, "-m", "core", "convert", str(corpus), "--out", str(out),
            "--task", "continued-pretraining", "--model", MODEL, "--streaming", "on",
        ]
        if args.redact:
            command += ["--redact-pii", "--clean", "nfkc,html,mojibake,escape-reserved"]
        if args.near_dedup:
            command += ["--near-dedup"]
        elapsed, peak = measure(command)
        report = json.loads((out / "report.json").read_text(encoding="utf-8"))
        print("| corpus (GiB) | records | wall time (s) | peak memory (MiB) | peak memory / corpus size |")
        print("| --- | --- | --- | --- | --- |")
        print(f"| {size / (1 << 30):.2f} | {report['counts']['rows_read']:,} | {elapsed:.0f} | "
              f"{peak / (1 << 20):.0f} | {peak / size:.3f} |")
        print(f"counts: {report['counts']}; streamed: {report.get('streamed')}")
        if args.redact:
            print(f"personal data: {report['pii']}")
    finally:
        if not args.keep:
            corpus.unlink(missing_ok=True)
            shutil.rmtree(out, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
