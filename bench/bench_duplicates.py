"""Benchmark near-duplicate detection (quotes.crossdoc) on synthetic piles of 2,500 to 10,000 articles.

Synthetic articles are made from the seed fixtures' paragraphs: each picks a
handful of paragraphs, shuffles the words inside each and swaps some names for
invented ones, so they read like a pile on one topic that share vocabulary
but not passages. Into the pile go planted copies of earlier articles: 5%
exact, 5% syndicated (trimmed, with a new byline), 5% reworded (every second
ordinary word changed). The benchmark prints, per pile size, articles/second
for sketching and for detection, how many candidates the LSH indexes handed
over per article, the planted copies found, and the peak memory; and the
growth of the detection time from the smallest pile to the largest, which is
about the ratio of pile sizes when the cost is linear and its square when
quadratic.

    python bench/bench_duplicates.py                 # 2,500 / 5,000 / 10,000 articles
    python bench/bench_duplicates.py --sizes 1000 4000
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import time
import tracemalloc
from collections import Counter, deque
from collections.abc import Iterator
from pathlib import Path

from quotes.crossdoc.duplicates import DuplicateFinder, Relation
from quotes.crossdoc.signatures import article_signature

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
PLANTED = {"exact": 0.05, "syndicated": 0.05, "reworded": 0.05}
# a syndicated copy of a short article keeps >= 90% of its word 3-grams and is rightly called an exact duplicate
EXPECTED = {"exact": {Relation.EXACT}, "syndicated": {Relation.SYNDICATED, Relation.EXACT}, "reworded": {Relation.REWORDED}}
SYLLABLES = ["ka", "lo", "mer", "vi", "an", "dro", "sel", "ta", "ri", "gon", "bel", "us", "ni", "cor", "pa", "ez"]


def _paragraphs() -> list[str]:
    paras = []
    for path in sorted(FIXTURES.glob("*.txt")):
        paras += [p.strip() for p in path.read_text(encoding="utf-8").split("\n\n") if len(p.split()) >= 12]
    return paras


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def _base_article(rng: random.Random, paras: list[str], names: list[str]) -> str:
    chosen = rng.sample(paras, rng.randint(6, 14))
    out = []
    for para in chosen:
        words = para.split()
        rng.shuffle(words)
        out.append(" ".join(rng.choice(names) if w[:1].isupper() and rng.random() < 0.5 else w for w in words))
    return _name(rng) + " " + _name(rng) + " meets " + _name(rng) + "\n\n" + "\n\n".join(out)


def _syndicated(text: str, rng: random.Random) -> str:
    paras = text.split("\n\n")
    keep = paras[: max(3, len(paras) * 3 // 4)]
    return f"By {_name(rng)} {_name(rng)}, Wire Service\n\n" + "\n\n".join(keep) + "\n\n(Reporting by the desk.)"


def _reworded(text: str) -> str:
    count = iter(range(10**9))
    return re.sub(r"\b[a-z]+\b", lambda m: m.group()[::-1] + "s" if next(count) % 2 else m.group(), text)


def synthetic_pile(size: int, seed: int = 7) -> Iterator[tuple[str, str, str | None]]:
    """(doc_id, text, planted kind or None) for ``size`` articles, made one at a time."""
    rng = random.Random(seed)
    paras = _paragraphs()
    names = [_name(rng) for _ in range(5000)]
    recent: deque[tuple[str, str]] = deque(maxlen=500)  # copies are of recent articles, as in a news pile
    for n in range(size):
        roll, kind, acc = rng.random(), None, 0.0
        for planted, share in PLANTED.items():
            acc += share
            if roll < acc and recent:
                kind = planted
                break
        doc_id = f"syn{n:06d}.txt"
        if kind is None:
            text = _base_article(rng, paras, names)
            recent.append((doc_id, text))
            yield doc_id, text, None
            continue
        source_id, source = rng.choice(recent)
        text = {"exact": source, "syndicated": _syndicated(source, rng), "reworded": _reworded(source)}[kind]
        yield doc_id, text, kind


def run(size: int, trace_memory: bool) -> dict:
    finder = DuplicateFinder()
    sketch_s = detect_s = 0.0
    found = Counter()
    planted = Counter()
    false_matches = 0
    candidates = 0
    quarters = [0.0] * 4  # detection seconds in each quarter of the pile: flat when each article costs the same
    if trace_memory:
        tracemalloc.start()
    for n, (doc_id, text, kind) in enumerate(synthetic_pile(size)):
        t0 = time.perf_counter()
        signature = article_signature(doc_id, text)
        t1 = time.perf_counter()
        match = finder.add(signature)
        spent = time.perf_counter() - t1
        detect_s += spent
        quarters[4 * n // size] += spent
        sketch_s += t1 - t0
        candidates += finder.last_candidates
        if kind:
            planted[kind] += 1
            # an earlier identical copy (the same source reworded twice) is as good a find as the source
            found[kind] += bool(match and (match.relation in EXPECTED[kind] or match.similarity == 1.0))
        elif match:
            false_matches += 1
    peak = tracemalloc.get_traced_memory()[1] if trace_memory else None
    if trace_memory:
        tracemalloc.stop()
    return {
        "size": size, "sketch_s": sketch_s, "detect_s": detect_s, "candidates": candidates / size,
        "found": found, "planted": planted, "false": false_matches, "peak": peak, "quarters": quarters,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2500, 5000, 10000])
    parser.add_argument("--no-memory", action="store_true", help="skip the (slower) tracemalloc run")
    args = parser.parse_args()
    print(f"{'articles':>8} {'sketch/s':>9} {'detect/s':>9} {'both/s':>8} {'cand/art':>8} "
          f"{'exact':>9} {'syndic.':>9} {'reworded':>9} {'false':>5} {'peak MiB':>9}")
    results = []
    for size in args.sizes:
        r = run(size, trace_memory=False)
        r["peak"] = None if args.no_memory else run(size, trace_memory=True)["peak"]
        results.append(r)
        recall = {k: f"{r['found'][k]}/{r['planted'][k]}" for k in PLANTED}
        peak = "-" if r["peak"] is None else f"{r['peak'] / 2**20:.1f}"
        print(f"{size:>8} {size / r['sketch_s']:>9.0f} {size / r['detect_s']:>9.0f} "
              f"{size / (r['sketch_s'] + r['detect_s']):>8.0f} {r['candidates']:>8.2f} {recall['exact']:>9} "
              f"{recall['syndicated']:>9} {recall['reworded']:>9} {r['false']:>5} {peak:>9}", flush=True)
    first, last = results[0], results[-1]
    if len(results) > 1:
        print(f"\npile grew {last['size'] / first['size']:.1f}x; detection time grew "
              f"{last['detect_s'] / first['detect_s']:.1f}x, sketching {last['sketch_s'] / first['sketch_s']:.1f}x "
              f"(linear: ~{last['size'] / first['size']:.0f}x, quadratic: ~{(last['size'] / first['size']) ** 2:.0f}x)")
    by_quarter = ", ".join(f"{last['size'] / 4 / q:.0f}" for q in last["quarters"])
    print(f"detection articles/s in each quarter of the {last['size']:,}-article pile: {by_quarter}")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"process peak RSS: {rss:.0f} MiB (tracemalloc peak above: signatures + LSH indexes of the largest pile)")


if __name__ == "__main__":
    main()
