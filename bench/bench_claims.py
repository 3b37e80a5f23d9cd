"""Claim assignment throughput: quotes per second on 1,000 quotes synthesised from the fixtures'.

    python bench/bench_claims.py                      # extracts the fixtures first (not timed)
    python bench/bench_claims.py --quotes out/quotes.csv --n 1000

Each synthetic quote joins one extracted quote with the opening words of another, so every text is
new to the embedder's cache and the timing is of real encoding work. The model load is timed
apart; the figure is assign_claims (embedding + scoring) over the seed codebook.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from quotes.claims.assign import assign_claims, utterances  # noqa: E402
from quotes.claims.codebook import load_codebook  # noqa: E402
from quotes.claims.records import read_rows, records_from_rows  # noqa: E402
from quotes.embed import Embedder  # noqa: E402


def seed_rows(quotes: Path | None) -> list[dict]:
    if quotes:
        return read_rows(quotes)
    from quotes.api import extract_files
    from quotes.io.export import quote_rows

    return [row for result in extract_files(sorted((ROOT / "fixtures").glob("*.txt"))) for row in quote_rows(result.quotes)]


def synthesise(rows: list[dict], n: int) -> list[dict]:
    speaking = [r for r in rows if r["kind"] in ("direct", "partial", "indirect") and r["speaker"]]
    out = []
    for i in range(n):
        a, b = speaking[i % len(speaking)], speaking[(7 * i + 3) % len(speaking)]
        quote = f"{str(a['quote']).rstrip(' ,.')}, and {' '.join(str(b['quote']).split()[:8])}"
        out.append({**a, "quote_id": f"synthetic-{i:04d}", "group_id": f"synthetic-g{i}", "quote": quote,
                    "sentence": f"“{quote},” {a['speaker']} said in interview {i}."})
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quotes", type=Path, help="a quotes.csv to synthesise from (default: extract the fixtures)")
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--codebook", type=Path, default=ROOT / "fixtures" / "claims" / "no-limits.toml")
    parser.add_argument("--device", default=None, help="cpu, cuda … (default: what sentence-transformers picks)")
    args = parser.parse_args()

    rows = synthesise(seed_rows(args.quotes), args.n)
    records = records_from_rows(rows)
    codebook = load_codebook(args.codebook)
    started = time.perf_counter()
    embedder = Embedder(device=args.device)
    load_s = time.perf_counter() - started
    started = time.perf_counter()
    assessments = assign_claims(records, codebook, embedder)
    run_s = time.perf_counter() - started
    assigned = sum(1 for a in assessments if a.claims)
    print(f"model load: {load_s:.1f} s ({embedder.name}, device {embedder.device})")
    print(f"{len(records)} quotes, {len(utterances(records))} utterances, {assigned} assigned to a claim")
    print(f"claim assignment: {run_s:.2f} s = {len(records) / run_s:.0f} quotes/second")


if __name__ == "__main__":
    main()
