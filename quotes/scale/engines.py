"""Where batches run: in this process, in a pool of local processes, or on a dask cluster.

Every engine runs the same function (quotes.scale.work.run_batch) and hands back
futures; the caller collects them in submission order, so the output order never
depends on the engine or on how many workers it has.
"""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from multiprocessing.context import SpawnContext, SpawnProcess
from typing import Protocol

from quotes import nlp
from quotes.io.reader import Article
from quotes.scale.dask_engine import DaskEngine
from quotes.scale.work import TORCH_THREADS, pool_worker, run_batch
from quotes.types import ArticleResult

ENGINES = ("local", "dask")


def cores() -> int:
    """The cores this process may run on (a container's CPU set, not the host's)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS, Windows
        return os.cpu_count() or 1




@dataclass(frozen=True)
class EngineSettings:
    engine: str = "local"  # local or dask
    workers: int | None = None  # processes; None: one per core
    scheduler: str | None = None  # dask: tcp://host:port of a running scheduler; None starts a LocalCluster
    models_dir: str | None = None  # None: each worker's $STANZA_RESOURCES_DIR, else ~/stanza_resources

    def __post_init__(self) -> None:
        if self.engine not in ENGINES:
            raise ValueError(f"unknown engine {self.engine!r}: use {' or '.join(ENGINES)}")
        if self.workers is not None and self.workers < 1:
            raise ValueError(f"workers must be at least 1, not {self.workers}")
        if self.scheduler and self.engine != "dask":
            raise ValueError("a scheduler address needs the dask engine (--engine dask)")

    @property
    def worker_count(self) -> int:
        return self.workers or cores()


class Engine(Protocol):
    window: int  # batches worth keeping in flight: enough to keep every worker busy, few enough to bound memory

    def submit(self, articles: list[Article]) -> Future: ...

    def close(self) -> None: ...

    def abort(self) -> None: ...  # stop now, unfinished work dropped (Ctrl-C, an error)


class _QuietProcess(SpawnProcess):
    """A worker process that ignores Ctrl-C from its first instruction.

    A terminal sends Ctrl-C to every process of the run: each worker still importing torch printed a
    traceback ("Exception in initializer ... KeyboardInterrupt"), each busy one finished its batch
    first. The parent alone handles it, and stops the workers (PoolEngine.abort). An ignored signal
    stays ignored across the exec that starts a spawned process, so it is ignored here for the few
    milliseconds of the spawn: in Python code the worker would run it too late, after importing the
    command's main module. (A Ctrl-C in those milliseconds is lost: pressed again, it stops the run.)
    """

    def start(self) -> None:
        if threading.current_thread() is not threading.main_thread():  # signal.signal works there only
            super().start()
            return
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
        try:
            super().start()
        finally:
            signal.signal(signal.SIGINT, previous)


class _QuietSpawnContext(SpawnContext):
    Process = _QuietProcess


def _done(articles: list[Article], models_dir: str | None, threads: int | None = None) -> Future:
    future: Future = Future()
    try:
        future.set_result(run_batch(articles, models_dir, threads))
    except Exception as exc:  # delivered where the caller collects results, as a pool's would be
        future.set_exception(exc)
    return future


class SerialEngine:
    """This process, one batch after the other (--workers 1)."""

    window = 1

    def __init__(self, models_dir: str | None = None):
        nlp.check_models(models_dir)
        self.models_dir = models_dir

    def submit(self, articles: list[Article]) -> Future:
        return _done(articles, self.models_dir, TORCH_THREADS)

    def close(self) -> None:
        pass

    def abort(self) -> None:
        pass


class PoolEngine:
    """A pool of local worker processes, each with its own pipeline.

    Workers are spawned, not forked: forking a process whose torch has started its thread pool can hang.
    They ignore Ctrl-C (_QuietProcess); the parent stops them (abort).
    """

    def __init__(self, workers: int, models_dir: str | None = None):
        nlp.check_models(models_dir)
        self.models_dir = models_dir
        self.threads = TORCH_THREADS
        self.window = 2 * workers
        self._pool = ProcessPoolExecutor(
            workers,
            mp_context=_QuietSpawnContext(),
            initializer=pool_worker,
            initargs=(models_dir, self.threads),
        )

    def submit(self, articles: list[Article]) -> Future:
        return self._pool.submit(run_batch, articles, self.models_dir, self.threads)

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)

    def abort(self) -> None:
        """Stop the workers now rather than after their batches (a Ctrl-C waited seconds for them)."""
        for process in list((self._pool._processes or {}).values()):  # no public way before Python 3.14
            process.terminate()
        self._pool.shutdown(wait=True, cancel_futures=True)


class _Deferred:
    """The first batch of an AutoEngine: run here, unless a pool has started by the time it is wanted."""

    def __init__(self, articles: list[Article], models_dir: str | None):
        self.articles = articles
        self.models_dir = models_dir
        self.future: Future | None = None

    def result(self) -> list[ArticleResult]:
        if self.future is None:
            self.future = _done(self.articles, self.models_dir, TORCH_THREADS)
        return self.future.result()


class AutoEngine:
    """A process pool started only when a second batch arrives: a handful of articles is done
    sooner in this process than it takes to start workers and load a pipeline in each."""

    def __init__(self, workers: int, models_dir: str | None = None):
        nlp.check_models(models_dir)
        self.workers = workers
        self.models_dir = models_dir
        self._first: _Deferred | None = None
        self._pool: PoolEngine | None = None

    @property
    def window(self) -> int:
        return self._pool.window if self._pool else 1

    @property
    def started(self) -> bool:
        return self._pool is not None

    def submit(self, articles: list[Article]):
        if self._pool is None and self._first is None:
            self._first = _Deferred(articles, self.models_dir)
            return self._first
        if self._pool is None:
            self._pool = PoolEngine(self.workers, self.models_dir)
            if self._first.future is None:
                self._first.future = self._pool.submit(self._first.articles)
        return self._pool.submit(articles)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()

    def abort(self) -> None:
        if self._pool is not None:
            self._pool.abort()


@contextmanager
def open_engine(settings: EngineSettings) -> Iterator[Engine]:
    """The engine the settings ask for, closed (workers stopped, cluster shut down) on exit.

    Raises nlp.ModelError before starting anything when the models are missing here
    (or, for a remote dask cluster, on a worker).
    """
    if settings.engine == "dask":
        engine = DaskEngine(settings.scheduler, settings.worker_count, settings.models_dir)
    elif settings.worker_count == 1:
        engine = SerialEngine(settings.models_dir)
    else:
        engine = AutoEngine(settings.worker_count, settings.models_dir)
    try:
        yield engine
    except BaseException:
        engine.abort()
        raise
    else:
        engine.close()
