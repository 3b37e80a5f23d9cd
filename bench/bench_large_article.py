"""Time and peak memory of one large article, without paragraph breaks and with them (issue 11).

Extraction must take time proportional to an article's size: it once grew with the square of a
paragraph's length (0.25 MB: 15 s, 1 MB: 2 min). Prints wall and CPU seconds, MB per CPU second and
peak memory per size, and each size's CPU time over the previous one's (x4 in size should be about
x4 in time). The ratio is taken on CPU time because wall time on a shared machine measures the
other jobs too; with one torch thread the two agree on an idle machine.

    .venv/bin/python bench/bench_large_article.py            # 1, 4 and 16 MB
    .venv/bin/python bench/bench_large_article.py 0.25 1 4   # other sizes, in MB
"""

from __future__ import annotations

import random
import resource
import sys
import time
from multiprocessing import get_context
from queue import Empty

WORDS = "the minister said that talks would continue and officials expected progress on the deal by friday".split()
SPEAKERS = ("Ann Lee", "Tomas Berg", "Elena Marsh", "Joseph Nye")


def article(megabytes: float, breaks: bool, seed: int = 11) -> str:
    rng = random.Random(seed)
    parts, size, i = [], 0, 0
    while size < megabytes * 1_000_000:
        if i % 5 == 0:
            piece = f"“We will {rng.choice(WORDS)} the {rng.choice(WORDS)},” said {rng.choice(SPEAKERS)}. "
        else:
            piece = " ".join(rng.choice(WORDS) for _ in range(14)).capitalize() + ". "
        if breaks and i % 4 == 3:
            piece += "\n\n"
        parts.append(piece)
        size += len(piece)
        i += 1
    return "".join(parts)


def _run(megabytes: float, breaks: bool, queue) -> None:
    from quotes import nlp
    from quotes.api import extract_batch
    from quotes.io.reader import read_bytes

    nlp.set_threads(1)  # as one worker of `quotes extract`: torch's own threads fight other jobs

    text = article(megabytes, breaks)
    doc = read_bytes(text.encode("utf-8"), "big.txt")
    extract_batch([read_bytes(b"\xe2\x80\x9cYes,\xe2\x80\x9d said Ann Lee.", "warm.txt")])  # load stanza first
    start, cpu_start = time.perf_counter(), time.process_time()
    [result] = extract_batch([doc])
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    queue.put((seconds, cpu, peak_mb, len(result.quotes)))


def measure(megabytes: float, breaks: bool) -> tuple[float, float, float, int]:
    """Each size in a fresh process, so peak memory is that size's."""
    ctx = get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=_run, args=(megabytes, breaks, queue))
    proc.start()
    while True:  # a child killed outright (out of memory) never answers: say so rather than wait
        try:
            result = queue.get(timeout=5)
            break
        except Empty:
            if not proc.is_alive():
                raise SystemExit(f"{megabytes} MB: the measuring process died (exit code {proc.exitcode})")
    proc.join()
    return result


def main(sizes: list[float]) -> None:
    for breaks in (False, True):
        label = "with paragraph breaks" if breaks else "one paragraph"
        previous: tuple[float, float] | None = None  # (CPU seconds, MB) of the size before
        for mb in sizes:
            seconds, cpu, peak, quotes = measure(mb, breaks)
            ratio = f"x{cpu / previous[0]:.1f} CPU time for x{mb / previous[1]:.1f} size" if previous else ""
            print(f"{label:>22}  {mb:6.2f} MB  wall {seconds:7.1f} s  CPU {cpu:7.1f} s  {mb / cpu:5.3f} MB/CPU-s  "
                  f"peak {peak:6.0f} MB  {quotes} quotes  {ratio}", flush=True)
            previous = (cpu, mb)


if __name__ == "__main__":
    main([float(a) for a in sys.argv[1:]] or [1.0, 4.0, 16.0])
