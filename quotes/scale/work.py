"""The unit of work every engine runs: a batch of articles in, their ArticleResults out.

It runs in worker processes (the local pool, dask workers). The stanza pipeline is
loaded once per process (quotes.nlp caches it) and torch is told once how many
threads it may use, so that N workers on N cores do not fight over them.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.connection
import os
import threading

from quotes import nlp
from quotes.api import extract_batch
from quotes.io.reader import Article
from quotes.types import ArticleResult

# Torch threads per worker process. Stanza's tokenizer is a small network that gains little from
# intra-op threads (one process alone: 2 threads 7% faster than 1), and OpenMP threads spin while
# they wait: 2 workers with 2 threads each on 2 cores ran at 1.8 articles/s, against 37.9 with one
# thread each (320 articles, bench/bench_extract.py's corpus). So: one thread per process, one process per core.
TORCH_THREADS = 1

_lock = threading.Lock()  # a dask worker may run tasks in threads; one stanza call at a time per process
_prepared: set[tuple[str | None, int | None]] = set()


def prepare_worker(models_dir: str | os.PathLike | None = None, torch_threads: int | None = None) -> None:
    """Set torch's threads and load the pipeline; a process initializer, and idempotent."""
    key = (None if models_dir is None else str(models_dir), torch_threads)
    if key in _prepared:
        return
    if torch_threads:
        nlp.set_threads(torch_threads)
    nlp.get_pipeline(models_dir)
    _prepared.add(key)


def pool_worker(models_dir: str | os.PathLike | None = None, torch_threads: int | None = None) -> None:
    """Initializer of a local pool's worker: die with the parent, then load the pipeline."""
    _exit_with_parent()
    prepare_worker(models_dir, torch_threads)


def _exit_with_parent() -> None:
    """End this worker as soon as the process that started it is gone.

    A parent killed outright (SIGKILL, the out-of-memory killer) runs no clean-up; its workers would
    otherwise block for ever writing results nobody reads, each holding a loaded pipeline.
    """
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        multiprocessing.connection.wait([parent.sentinel])
        os._exit(1)

    threading.Thread(target=watch, daemon=True, name="exit-with-parent").start()


def run_batch(
    articles: list[Article], models_dir: str | os.PathLike | None = None, torch_threads: int | None = None
) -> list[ArticleResult]:
    """What every engine runs on its workers: quotes.api.extract_batch, the pipeline ready first."""
    with _lock:
        prepare_worker(models_dir, torch_threads)
        return extract_batch(articles, models_dir)
