"""quotes.scale.runner and output: ordered streaming, bounded reading, resumable byte-identical output, one writer."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from quotes.io.export import COLUMNS, write_rows
from quotes.io.reader import Article, ArticleError
from quotes.scale import AlreadyDone, OutputBusy, PartialOutput, ResumeError, extract_stream
from quotes.scale.output import side_files
from quotes.types import ArticleResult


def _fake_batch(articles: list[Article], delay: float) -> list[ArticleResult]:
    time.sleep(delay)
    return [ArticleResult(a.doc_id, a.path, warnings=(f"{len(a.text)} chars",)) for a in articles]


class ShuffledEngine:
    """Runs batches in threads, later batches faster, so they finish out of order."""

    window = 3

    def __init__(self):
        self.pool = ThreadPoolExecutor(4)
        self.batches: list[list[str]] = []
        self.in_flight = 0
        self.most_in_flight = 0

    def submit(self, articles):
        self.batches.append([a.doc_id for a in articles])
        self.in_flight += 1
        self.most_in_flight = max(self.most_in_flight, self.in_flight)
        future = self.pool.submit(_fake_batch, articles, 0.05 / len(self.batches))
        future.add_done_callback(lambda _: setattr(self, "in_flight", self.in_flight - 1))
        return future


def _source(n: int, pulled: list[int] | None = None):
    for i in range(n):
        if pulled is not None:
            pulled.append(i)
        if i % 7 == 3:
            yield ArticleError(f"bad{i}.txt", "empty file")
        else:
            yield Article(f"a{i}.txt", f"/x/a{i}.txt", "x" * (i + 1))


def _rows(doc: str, n: int) -> list[dict]:
    """Rows with what CSV must survive: formulas, quotes, commas, newlines, non-ASCII, numbers."""
    return [
        {
            **dict.fromkeys(COLUMNS, ""),
            "quote_id": f"{doc}-{i:03d}", "doc_id": doc, "quote": f'=SUM(A1) "Ça va", {doc}\nline {i}',
            "kind": "direct", "start": i * 10, "end": i * 10 + 5, "speaker": "Zoë Müller", "confidence": 0.75,
        }
        for i in range(n)
    ]


ARTICLES = [(f"doc{i}.txt", _rows(f"doc{i}.txt", i % 3)) for i in range(8)]  # doc0, doc3, doc6: no rows


def _reference(tmp_path, fmt: str) -> bytes:
    path = tmp_path / f"reference.{fmt}"
    write_rows((r for _, rows in ARTICLES for r in rows), path, fmt)
    return path.read_bytes()


def test_results_come_in_input_order_whatever_order_batches_finish():
    engine = ShuffledEngine()
    results = list(extract_stream(_source(40), engine, skip={"a5.txt", "a6.txt"}, batch_articles=4))
    assert [r.doc_id for r in results] == [f"bad{i}.txt" if i % 7 == 3 else f"a{i}.txt" for i in range(40)]
    by_id = {r.doc_id: r for r in results}
    assert by_id["bad3.txt"].error == "bad3.txt: empty file"
    assert isinstance(by_id["a5.txt"], AlreadyDone) and not isinstance(by_id["a4.txt"], AlreadyDone)
    assert by_id["a9.txt"].warnings == ("10 chars",)  # its own result, not a neighbour's
    # skipped articles and errors are never sent to the engine
    sent = [d for batch in engine.batches for d in batch]
    assert "a5.txt" not in sent and "bad3.txt" not in sent and len(sent) == len(set(sent))


def test_batches_depend_on_the_input_only():
    cuts = []
    for window in (1, 3, 8):
        engine = ShuffledEngine()
        engine.window = window
        list(extract_stream(_source(30), engine, batch_articles=4))
        cuts.append(engine.batches)
    assert cuts[0] == cuts[1] == cuts[2]
    assert all(len(b) <= 4 for b in cuts[0])


def test_the_input_is_read_lazily_with_a_bounded_window():
    pulled: list[int] = []
    engine = ShuffledEngine()
    stream = extract_stream(_source(10_000, pulled), engine, batch_articles=4)
    next(stream)
    # the first result arrives once the window is full, long before the input is read
    assert len(pulled) <= (engine.window + 2) * 4 * 4
    list(stream)
    assert len(pulled) == 10_000
    assert engine.most_in_flight <= engine.window + 1


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_streamed_output_is_byte_for_byte_what_export_writes(tmp_path, fmt):
    out = tmp_path / f"q.{fmt}"
    with PartialOutput(out, fmt) as partial:
        assert not out.exists()  # nothing at the output's name until the end
        for doc, rows in ARTICLES:
            partial.append(doc, rows)
        partial.commit()
    assert out.read_bytes() == _reference(tmp_path, fmt)
    assert not any(p.exists() for p in side_files(out))


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_a_killed_run_resumes_to_the_same_bytes(tmp_path, fmt):
    out = tmp_path / f"q.{fmt}"
    partial = PartialOutput(out, fmt)
    for doc, rows in ARTICLES[:5]:
        partial.append(doc, rows)
    # killed while writing doc5: half its rows made it to the file, its journal line was torn
    partial._partial.write(b'doc5-001,doc5.txt,"half a ro')
    partial._partial.flush()
    partial._journal.write(b'{"doc_id": "doc5.tx')
    partial._journal.flush()
    partial._partial.close()  # the kill: the files are closed by the OS, nothing is cleaned up
    partial._journal.close()
    partial_path, journal_path = side_files(out)
    assert partial_path.exists() and journal_path.exists() and not out.exists()

    resumed = PartialOutput(out, fmt, resume=True)
    assert resumed.done == {doc for doc, _ in ARTICLES[:5]}
    assert resumed.rows_before == sum(len(rows) for _, rows in ARTICLES[:5])
    for doc, rows in ARTICLES[5:]:
        resumed.append(doc, rows)
    resumed.commit()
    assert out.read_bytes() == _reference(tmp_path, fmt)


def test_resuming_a_finished_output_appends_to_a_copy(tmp_path):
    out = tmp_path / "q.csv"
    write_rows((r for _, rows in ARTICLES[:4] for r in rows), out, "csv")
    before = out.read_bytes()
    resumed = PartialOutput(out, "csv", resume=True)
    # doc0 and doc3 have no rows, so nothing in the file says they were done: they are redone
    assert resumed.done == {"doc1.txt", "doc2.txt"}
    assert out.read_bytes() == before  # untouched until the commit
    for doc, rows in ARTICLES[4:]:
        resumed.append(doc, rows)
    resumed.commit()
    assert out.read_bytes() == _reference(tmp_path, "csv")


def test_resume_refuses_another_format_and_foreign_files(tmp_path):
    out = tmp_path / "q.csv"
    partial = PartialOutput(out, "csv")
    partial.append("doc1.txt", _rows("doc1.txt", 2))
    partial.close()  # stopped early: kept for --resume
    with pytest.raises(ResumeError, match="same --format"):
        PartialOutput(out, "jsonl", resume=True)
    foreign = tmp_path / "other.csv"
    foreign.write_text("name,age\nAna,3\n", encoding="utf-8")
    with pytest.raises(ResumeError, match="columns"):
        PartialOutput(foreign, "csv", resume=True)


def test_two_runs_cannot_write_one_output(tmp_path):
    out = tmp_path / "q.csv"
    with PartialOutput(out, "csv"):
        with pytest.raises(OutputBusy):
            PartialOutput(out, "csv")


def test_a_run_that_wrote_nothing_leaves_nothing_behind(tmp_path):
    out = tmp_path / "q.csv"
    PartialOutput(out, "csv").close()
    assert list(tmp_path.iterdir()) == []
