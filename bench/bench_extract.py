"""Benchmark `quotes extract` at scale: stanza alone, one worker, every core, dask; peak memory.

A corpus of N articles (default 1,000) is made from the fixtures by recombining runs of
their paragraphs (so every article has quotes, names and attributions in context) and
written as one JSONL export. On that one corpus, in one run, the script prints articles/s
and tokens/s for
  (a)  stanza tokenization alone, in bulk, as the pipeline calls it (and variants of it:
       the neural multi-word-token expander, bulk size, torch threads), the pipeline loaded first;
  (b)  the full extraction with 1 worker (in this process, pipeline already loaded);
  (b0) the same with the learned attribution stage off, and the ratio of (b) to it;
  (c)  the full extraction with every core (local worker processes, started by the run);
  (d)  the dask engine on a LocalCluster of one worker per core (started by the run);
and whether (b), (c) and (d) wrote byte-identical files. (c) and (d) are given as wall time
(start-up included) and as the steady rate after their first result.
Then, each in a fresh process running the full extraction on every core, the peak resident
memory for each size of --memory-sizes (default 1,000 and 10,000 articles).

    python bench/bench_extract.py                                   # about 12 minutes on 2 cores
    python bench/bench_extract.py --articles 200 --memory-sizes 200 2000

Tokens are stanza's tokens of the corpus as (a) counts them; (b)-(d) are divided by the same count.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from quotes import nlp
from quotes.api import BATCH, extract_batch
from quotes.extract.settings import DEFAULT_SETTINGS, ExtractSettings
from quotes.io.reader import InputOptions, read_inputs
from quotes.scale import EngineSettings, ExtractionRun
from quotes.scale.engines import cores

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


# ---------------------------------------------------------------- corpus


def _fixture_paragraphs() -> list[list[str]]:
    """Each fixture's paragraphs, in order (the title line is a paragraph too)."""
    return [
        [p.strip() for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
        for path in sorted(FIXTURES.glob("*.txt"))
    ]


def make_article(rng: random.Random, articles: list[list[str]]) -> str:
    """A title and 2-4 runs of 3-6 consecutive paragraphs: quotes stay beside their attributions."""
    title = rng.choice(articles)[0]
    body: list[str] = []
    for _ in range(rng.randint(2, 4)):
        source = rng.choice(articles)
        start = rng.randrange(1, len(source))
        body += source[start : start + rng.randint(3, 6)]
    return "\n\n".join([title, *body]) + "\n"


def write_corpus(path: Path, size: int, seed: int = 13) -> Path:
    rng = random.Random(seed)
    articles = _fixture_paragraphs()
    with path.open("w", encoding="utf-8") as out:
        for n in range(size):
            out.write(
                json.dumps({"id": f"bench{n:06d}", "text": make_article(rng, articles)}, ensure_ascii=False) + "\n"
            )
    return path


def corpus_texts(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line)["text"] for line in handle]


# ---------------------------------------------------------------- measurements


def tokenize_alone(
    texts: list[str], bulk: int = BATCH, neural_mwt: bool = False, threads: int = 1
) -> tuple[float, int]:
    """(seconds, tokens) for stanza's tokenize+mwt over the texts in bulk calls of ``bulk`` texts."""
    nlp.set_threads(threads)
    nlp.get_pipeline(neural_mwt=neural_mwt)  # loading is not timed: (b) finds it loaded too
    nlp.split_many(texts[:2], neural_mwt=neural_mwt)  # the first call warms torch up
    tokens = 0
    started = time.perf_counter()
    for i in range(0, len(texts), bulk):
        for sentences in nlp.split_many(texts[i : i + bulk], neural_mwt=neural_mwt):
            tokens += sum(len(s.tokens) for s in sentences)
    seconds = time.perf_counter() - started
    nlp.set_threads(1)
    return seconds, tokens


def full_run(corpus: Path, output: Path, settings: EngineSettings) -> tuple[float, float, int]:
    """(wall seconds, seconds to the first result, articles) of the extraction, as `quotes extract` runs it."""
    run = ExtractionRun(output, "csv", settings=settings)
    started = time.perf_counter()
    first = None
    count = 0
    for result in run.results(read_inputs([str(corpus)], InputOptions())):
        if first is None:
            first = time.perf_counter() - started
        if result.error:
            raise RuntimeError(result.error)
        count += 1
    return time.perf_counter() - started, first or 0.0, count


def library_run(corpus: Path, settings: ExtractSettings) -> float:
    """Wall seconds of extracting the corpus through the library (api.extract_batch, no output
    file) with these settings: the learned stage on and off compare like with like."""
    articles = list(read_inputs([str(corpus)], InputOptions()))
    started = time.perf_counter()
    for i in range(0, len(articles), BATCH):
        for result in extract_batch(articles[i:i + BATCH], settings=settings):
            if result.error:
                raise RuntimeError(result.error)
    return time.perf_counter() - started


def child_run(corpus: str, output: str, engine: str, workers: int, t0: float) -> None:
    """In a fresh process, as `quotes extract` runs: print timings (from ``t0``, the parent's clock
    before it started this process) and the peak RSS (KiB) of this process and its largest worker."""
    run_start = time.time()
    _, first, count = full_run(Path(corpus), Path(output), EngineSettings(engine=engine, workers=workers))
    done_at = time.time() - t0
    worker_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # the largest finished worker
    print(
        json.dumps(
            {
                "articles": count,
                "wall": done_at,
                "first": run_start - t0 + first,
                "main_kib": _own_peak_kib(),
                "worker_kib": worker_kib,
            }
        )
    )


def _own_peak_kib() -> int:
    """This process's peak RSS. Not ru_maxrss: after fork and exec it still holds the parent's peak."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def fresh_run(corpus: Path, output: Path, engine: str, workers: int) -> dict:
    """The extraction in a new process: start-up, imports and model loading all count."""
    t0 = time.time()
    done = subprocess.run(
        [
            sys.executable,
            __file__,
            "--child",
            str(corpus),
            str(output),
            "--engine",
            engine,
            "--workers",
            str(workers),
            "--t0",
            repr(t0),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


# ---------------------------------------------------------------- report


def _rate(label: str, seconds: float, articles: int, tokens: int, extra: str = "") -> None:
    print(f"  {label:<58} {articles / seconds:8.1f} art/s {tokens / seconds:9.0f} tok/s {seconds:7.1f} s {extra}")


def _timed(label: str, fn: Callable[[], tuple[float, int]], articles: int) -> float:
    seconds, tokens = fn()
    _rate(label, seconds, articles, tokens)
    return seconds


def _fresh_rows(label: str, run: dict, n: int, tokens: int, base: dict | None) -> None:
    steady = run["wall"] - run["first"]
    versus = f"/ (b) = {run['articles'] / run['wall'] / (base['articles'] / base['wall']):.2f}" if base else ""
    _rate(f"{label}: process start to last row", run["wall"], n, tokens, versus)
    versus = f"/ (b) = {(n - BATCH) / steady / ((n - BATCH) / (base['wall'] - base['first'])):.2f}" if base else ""
    _rate(f"     after its first result, at {run['first']:.1f} s", steady, n - BATCH, tokens * (n - BATCH) // n, versus)


def _memory_line(size: int, run: dict, workers: int) -> int:
    total = run["main_kib"] + workers * run["worker_kib"]
    print(
        f"  {size:>7} articles: main {run['main_kib'] / 1024:5.0f} MiB, largest worker {run['worker_kib'] / 1024:5.0f} MiB, "
        f"main + {workers} workers {total / 1024:6.0f} MiB ({run['articles'] / run['wall']:.1f} art/s end to end)"
    )
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000, help="corpus size for (a)-(d)")
    parser.add_argument("--memory-sizes", type=int, nargs="*", default=[10000], help="more sizes for peak memory")
    parser.add_argument("--workers", type=int, default=cores(), help="workers of (c), (d) and the memory runs")
    parser.add_argument("--variants", type=int, default=300, help="articles for the (a) variants (0: skip them)")
    parser.add_argument("--child", nargs=2, metavar=("CORPUS", "OUTPUT"), help=argparse.SUPPRESS)
    parser.add_argument("--engine", default="local", help=argparse.SUPPRESS)
    parser.add_argument("--t0", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child_run(*args.child, args.engine, args.workers, args.t0)
        return
    nlp.check_models()
    with tempfile.TemporaryDirectory(prefix="bench-extract-") as tmp:
        work = Path(tmp)
        corpus = write_corpus(work / "corpus.jsonl", args.articles)
        texts = corpus_texts(corpus)
        n = len(texts)
        print(
            f"corpus: {n} articles, {sum(len(t.split()) for t in texts) / n:.0f} words each on average; "
            f"{cores()} core(s), {args.workers} worker(s) for (c) and (d)"
        )

        a_seconds, tokens = tokenize_alone(texts)
        _rate("(a)  stanza tokenize+mwt alone, in bulk, pipeline loaded", a_seconds, n, tokens)
        own_seconds, _, _ = full_run(corpus, work / "own.csv", EngineSettings(workers=1))
        _rate(
            "(b)  quotes extract, 1 worker, pipeline loaded (library)",
            own_seconds,
            n,
            tokens,
            f"/ (a) = {a_seconds / own_seconds:.2f}",
        )
        library_seconds = library_run(corpus, DEFAULT_SETTINGS)
        rules_seconds = library_run(corpus, ExtractSettings(learned_stage=False))
        _rate(
            "(b0) the library's batches with the learned stage off (the rules alone, as before it)",
            rules_seconds,
            n,
            tokens,
            f"; with it on {library_seconds:.1f} s, on / off throughput = {rules_seconds / library_seconds:.2f}",
        )
        print("fresh processes, as a user runs `quotes extract` (start-up, imports and model loading count):")
        b = fresh_run(corpus, work / "b.csv", "local", 1)
        _fresh_rows("(b)  1 worker", b, n, tokens, None)
        c = fresh_run(corpus, work / "c.csv", "local", args.workers)
        _fresh_rows(f"(c)  {args.workers} workers", c, n, tokens, b)
        d = fresh_run(corpus, work / "d.csv", "dask", args.workers)
        _fresh_rows(f"(d)  dask LocalCluster of {args.workers}", d, n, tokens, b)
        outputs = [(work / name).read_bytes() for name in ("own.csv", "b.csv", "c.csv", "d.csv")]
        print(f"  the four runs wrote identical files: {all(o == outputs[0] for o in outputs)}")

        if args.variants:
            subset = texts[: args.variants]
            print(f"(a) variants on the first {len(subset)} articles (what makes stanza itself faster):")
            for label, kwargs in [
                ("neural mwt expander (before)", {"neural_mwt": True}),
                ("dictionary + clitic rules (now)", {}),
                ("dictionary + clitic rules, bulk of 64 articles", {"bulk": 64}),
                ("dictionary + clitic rules, 2 torch threads", {"threads": 2}),
            ]:
                _timed(f"     {label}", lambda kw=kwargs: tokenize_alone(subset, **kw), len(subset))

        print(f"peak memory of the full extraction with {args.workers} workers, each run in a fresh process:")
        peaks = {n: _memory_line(n, c, args.workers)}
        for size in args.memory_sizes:
            sized = write_corpus(work / f"memory-{size}.jsonl", size)
            peaks[size] = _memory_line(size, fresh_run(sized, work / "memory.csv", "local", args.workers), args.workers)
            sized.unlink()
        small, large = min(peaks), max(peaks)
        if large != small:
            print(f"  peak at {large} / peak at {small} articles: {peaks[large] / peaks[small]:.2f}")


if __name__ == "__main__":
    main()
