"""Run extraction over a stream of articles: batched, in parallel, in input order, into a resumable file.

Memory stays bounded whatever the corpus size: articles are read lazily, at most a
window of batches (twice the workers) is in flight, and each article's rows are written
as soon as it and every article before it are done.
"""

from __future__ import annotations

import os
import time
from collections import deque
from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from quotes.api import BATCH
from quotes.io.export import quote_rows
from quotes.io.reader import Article, ArticleError
from quotes.scale.engines import Engine, EngineSettings, open_engine
from quotes.scale.output import Annotate, PartialOutput
from quotes.scale.report import DroppedParagraphs, FailedArticle, RunReport
from quotes.types import ArticleResult

BATCH_CHARS = 250_000  # a batch also ends at this much text, so a few huge articles do not make a huge batch


@dataclass(frozen=True)
class AlreadyDone(ArticleResult):
    """An article skipped because its rows are already in the output (resume); it carries no quotes."""


@dataclass
class _Job:
    """A stretch of the input: the articles to extract as one batch, and everything in order."""

    items: list[Article | ArticleResult] = field(default_factory=list)  # ArticleResult: finished without work
    articles: list[Article] = field(default_factory=list)
    chars: int = 0


def _jobs(source: Iterable[Article | ArticleError], skip: Container[str], batch_articles: int, batch_chars: int) -> Iterator[_Job]:
    """The input cut into batches; the cut depends only on the input, never on the engine or workers."""
    job = _Job()
    for item in source:
        if isinstance(item, ArticleError):
            job.items.append(ArticleResult(item.name, None, error=str(item)))
        elif item.doc_id in skip:
            job.items.append(AlreadyDone(item.doc_id, item.path))
        else:
            if job.articles and job.chars + len(item.text) > batch_chars:
                yield job  # a huge article goes alone: the articles before it are written without waiting for it
                job = _Job()
            job.items.append(item)
            job.articles.append(item)
            job.chars += len(item.text)
        if len(job.articles) >= batch_articles or job.chars >= batch_chars or len(job.items) >= 4 * batch_articles:
            yield job
            job = _Job()
    if job.items:
        yield job


def _in_order(job: _Job, results: list[ArticleResult]) -> Iterator[ArticleResult]:
    done = iter(results)
    for item in job.items:
        yield next(done) if isinstance(item, Article) else item


def extract_stream(
    source: Iterable[Article | ArticleError],
    engine: Engine,
    *,
    skip: Container[str] = frozenset(),
    batch_articles: int = BATCH,
    batch_chars: int = BATCH_CHARS,
) -> Iterator[ArticleResult]:
    """One ArticleResult per item of ``source``, in the same order, as soon as it and those before it are done.

    ``source`` is what quotes.io.reader.read_inputs yields. Unreadable inputs come out with their error;
    articles whose doc_id is in ``skip`` come out as AlreadyDone, unextracted.
    """
    pending: deque[tuple[_Job, object]] = deque()
    for job in _jobs(source, skip, batch_articles, batch_chars):
        pending.append((job, engine.submit(job.articles) if job.articles else None))
        while len(pending) > engine.window:
            yield from _collect(*pending.popleft())
    while pending:
        yield from _collect(*pending.popleft())


def _collect(job: _Job, future) -> Iterator[ArticleResult]:
    return _in_order(job, future.result() if future is not None else [])


def _reason(result: ArticleResult) -> str:
    prefix = f"{result.doc_id}: "
    error = result.error or ""
    return error[len(prefix):] if error.startswith(prefix) else error


class ExtractionRun:
    """One `quotes extract`: articles in, the output file written as they finish, a RunReport at the end.

    >>> run = ExtractionRun("quotes.csv", resume=True, settings=EngineSettings(workers=4))  # doctest: +SKIP
    >>> for result in run.results(read_inputs(["articles/"])):  # doctest: +SKIP
    ...     pass  # every input, in order: quotes, error, or AlreadyDone
    >>> run.report.to_text()  # doctest: +SKIP

    The output (csv, jsonl or xlsx) is published only when some article could be read, and then
    with what ``annotate`` (e.g. the linking pass) writes beside it, as one set: a run that read
    nothing leaves an earlier output as it was. ``overwrite`` discards an interrupted run's partial
    file instead of refusing to start (UnfinishedRun).
    """

    def __init__(
        self,
        output: str | os.PathLike,
        fmt: str = "csv",
        *,
        resume: bool = False,
        overwrite: bool = False,
        settings: EngineSettings | None = None,
        batch_articles: int = BATCH,
        annotate: Annotate | None = None,
    ):
        self.output = Path(output)
        self.fmt = fmt
        self.resume = resume
        self.overwrite = overwrite
        self.annotate = annotate
        self.annotated: object = None  # what annotate returned, once the output is published
        self.settings = settings or EngineSettings()
        self.batch_articles = batch_articles
        self._counts = {"read": 0, "extracted": 0, "skipped": 0, "quotes": 0}
        self._failed: list[FailedArticle] = []
        self._dropped: list[DroppedParagraphs] = []
        self._rows = (0, 0)  # (written by this run, in the file)
        self._started = time.monotonic()
        self._finished: float | None = None
        self._completed = False
        self._resumed = False

    def results(self, source: Iterable[Article | ArticleError]) -> Iterator[ArticleResult]:
        """Every input's result in input order, each written to the output before it is yielded.

        The output is published when the source is exhausted and some article could be read. If
        the run stops early (an exception, a consumer that stops iterating) the partial output is
        kept for ``resume=True``. Raises OutputUnwritable, ResumeError (UnfinishedRun among them),
        OutputBusy, nlp.ModelError, DaskError before writing anything.
        """
        self._started = time.monotonic()
        try:
            output = PartialOutput(self.output, self.fmt, resume=self.resume, overwrite=self.overwrite)
            with output as out, open_engine(self.settings) as engine:
                self._resumed = out.resumed
                self._rows = (0, out.rows_total)
                for result in extract_stream(source, engine, skip=out.done, batch_articles=self.batch_articles):
                    self._count(result, out)
                    yield result
                if self._counts["extracted"] + self._counts["skipped"]:
                    self.annotated = out.commit(self.annotate)
                self._completed = True
        finally:
            self._finished = time.monotonic()

    def _count(self, result: ArticleResult, out: PartialOutput) -> None:
        self._counts["read"] += 1
        if isinstance(result, AlreadyDone):
            self._counts["skipped"] += 1
        elif result.error:
            self._failed.append(FailedArticle(result.doc_id, _reason(result)))
        else:
            self._counts["extracted"] += 1
            self._counts["quotes"] += len(result.quotes)
            if result.dropped:
                self._dropped.append(DroppedParagraphs(result.doc_id, len(result.dropped)))
            out.append(result.doc_id, quote_rows(result.quotes, result.meta))
            self._rows = (out.rows_written, out.rows_total)

    @property
    def report(self) -> RunReport:
        """The run so far; final once results() is exhausted."""
        end = self._finished if self._finished is not None else time.monotonic()
        return RunReport(
            output=str(self.output),
            engine=self.settings.engine,
            workers=self.settings.worker_count,
            read=self._counts["read"],
            extracted=self._counts["extracted"],
            skipped=self._counts["skipped"],
            failed=tuple(self._failed),
            quotes=self._counts["quotes"],
            rows=self._rows[0],
            rows_total=self._rows[1],
            elapsed_s=end - self._started,
            completed=self._completed,
            resumed=self._resumed,
            dropped=tuple(self._dropped),
        )
