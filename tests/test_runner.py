"""quotes.scale: ordered streaming over engines, the resumable output, the run report, the CLI options.

The stream and output tests use a stand-in engine and hand-made rows (no stanza: they are about
order, memory and bytes on disk); the CLI tests run the real pipeline, and the slow ones real
worker processes and a real SIGKILL.
"""

from __future__ import annotations

import csv
import io
import json
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quotes.cli import app
from quotes.io.export import COLUMNS, write_rows
from quotes.io.reader import Article, ArticleError
from quotes.scale import AlreadyDone, OutputBusy, PartialOutput, ResumeError, extract_stream
from quotes.scale.output import side_files
from quotes.scale.progress import ProgressBar, wanted
from quotes.types import ArticleResult

runner = CliRunner()


# ---- the stream, with a stand-in engine ------------------------------------------------------------


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


# ---- the output file: streamed, committed, resumed -------------------------------------------------


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


# ---- progress bar ------------------------------------------------------------------------------------


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal_and_not_when_quiet():
    assert wanted(False, FakeTerminal()) and not wanted(True, FakeTerminal()) and not wanted(False, io.StringIO())
    screen = FakeTerminal()
    with ProgressBar(True, count_total=lambda: 3, stream=screen, delay=0) as bar:
        bar.counting.join()
        for quotes in (2, 5, 9):
            bar.advance(quotes)
            time.sleep(0.02)
    assert "9 quotes" in screen.getvalue() and "3/3" in screen.getvalue()
    silent = io.StringIO()
    with ProgressBar(False, stream=silent) as bar:
        bar.advance(1)
    assert silent.getvalue() == ""


# ---- the command line, real pipeline -------------------------------------------------------------------


def _pile(folder, seed_paths, copies: int):
    """``copies`` articles named a000.txt, a001.txt, ... cycling through the seed articles."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(copies):
        (folder / f"a{i:03d}.txt").write_bytes(seed_paths[i % len(seed_paths)].read_bytes())
    return folder


def test_report_counts_and_failure_reasons(tmp_path, seed_paths):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    out, report = tmp_path / "q.csv", tmp_path / "run.json"
    args = ["extract", str(seed_paths[4]), str(empty), "-o", str(out), "--workers", "1", "--report", str(report)]
    result = runner.invoke(app, [*args, "--no-link"])
    assert result.exit_code == 3, result.output  # some articles failed (issue 11): not 0
    data = json.loads(report.read_text(encoding="utf-8"))
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = len(list(csv.DictReader(handle)))
    assert (data["read"], data["extracted"], data["skipped"]) == (2, 1, 0)
    assert data["failed"] == [{"doc_id": "empty.txt", "reason": "empty file"}]
    assert data["rows"] == rows > 0 and data["quotes"] > 0 and data["completed"] is True
    assert data["elapsed_s"] > 0 and data["engine"] == "local" and data["workers"] == 1
    assert "\r" not in result.output.replace("\r\n", "\n")  # not a terminal: no progress bar


def test_resume_skips_articles_already_in_the_output(tmp_path, seed_paths):
    pile = _pile(tmp_path / "pile", seed_paths, 3)
    first, fresh = tmp_path / "resumed" / "q.csv", tmp_path / "fresh" / "q.csv"
    for out in (first, fresh):
        out.parent.mkdir()
    # a first run over two articles, linked; then the third arrives
    result = runner.invoke(app, ["extract", str(pile / "a000.txt"), str(pile / "a001.txt"), "-o", str(first), "-w", "1"])
    assert result.exit_code == 0, result.output
    report = tmp_path / "run.json"
    result = runner.invoke(app, ["extract", str(pile), "-o", str(first), "-w", "1", "--resume", "--report", str(report)])
    assert result.exit_code == 0, result.output
    data = json.loads(report.read_text(encoding="utf-8"))
    assert (data["read"], data["extracted"], data["skipped"], data["resumed"]) == (3, 1, 2, True)
    assert "2 skipped (already in the output)" in result.output
    result = runner.invoke(app, ["extract", str(pile), "-o", str(fresh), "-w", "1"])
    assert result.exit_code == 0, result.output
    for name in ("q.csv", "q.speakers.csv", "q.articles.csv", "q.quote_variants.csv"):
        assert (first.parent / name).read_bytes() == (fresh.parent / name).read_bytes(), name


def test_bad_engine_options_are_usage_errors(tmp_path, seed_paths):
    out = tmp_path / "q.csv"
    for extra in (["--engine", "spark"], ["--scheduler", "tcp://127.0.0.1:1"], ["--workers", "0"]):
        result = runner.invoke(app, ["extract", str(seed_paths[0]), "-o", str(out), *extra])
        assert result.exit_code == 2, (extra, result.output)
    assert not out.exists()


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_one_worker_and_two_workers_write_the_same_bytes(tmp_path, seed_paths, fmt):
    pile = _pile(tmp_path / "pile", seed_paths, 7)
    outputs = []
    for workers in ("1", "2"):
        out = tmp_path / f"w{workers}.{fmt}"
        # batches of 2: four batches, so the two-worker run really starts its process pool
        args = ["extract", str(pile), "-o", str(out), "-f", fmt, "--workers", workers, "--batch-size", "2", "--no-link"]
        result = runner.invoke(app, args)
        assert result.exit_code == 0, result.output
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1] and len(outputs[0]) > 10_000


def _journalled(journal) -> int:
    try:
        return journal.read_bytes().count(b"\n") - 1  # minus the header line
    except FileNotFoundError:
        return 0


@pytest.mark.slow
def test_killed_run_resumes_to_the_uninterrupted_file(tmp_path, seed_paths):
    pile = _pile(tmp_path / "pile", seed_paths, 40)
    out = tmp_path / "killed" / "q.csv"
    partial, journal = side_files(out)
    command = [sys.executable, "-m", "quotes.cli", "extract", str(pile), "-o", str(out), "--workers", "1",
               "--batch-size", "1", "--no-link", "-q"]  # fmt: skip
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 300
    while _journalled(journal) < 3 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert process.poll() is None, "the run ended before it could be killed: " + process.stderr.read().decode()
    process.send_signal(signal.SIGKILL)
    process.wait()
    process.stderr.close()
    done_before = _journalled(journal)
    assert 3 <= done_before < 40 and partial.exists() and not out.exists()

    report = tmp_path / "run.json"
    args = ["extract", str(pile), "-o", str(out), "--workers", "1", "--no-link", "--resume", "--report", str(report)]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["skipped"] == done_before and data["extracted"] == 40 - done_before
    assert not partial.exists() and not journal.exists()

    fresh = tmp_path / "fresh.csv"
    result = runner.invoke(app, ["extract", str(pile), "-o", str(fresh), "--workers", "1", "--no-link"])
    assert result.exit_code == 0, result.output
    assert out.read_bytes() == fresh.read_bytes()


def _children(pid: int) -> list[int]:
    """Live processes whose parent is ``pid`` (Linux /proc)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid and fields[0] != "Z":
            found.append(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _start_two_worker_run(pile, out):
    command = [sys.executable, "-m", "quotes.cli", "extract", str(pile), "-o", str(out), "--workers", "2",
               "--batch-size", "1", "--no-link", "-q"]  # fmt: skip
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    _, journal = side_files(out)
    deadline = time.monotonic() + 300
    while _journalled(journal) < 3 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert process.poll() is None, "the run ended before it could be stopped: " + process.stderr.read()
    workers = _children(process.pid)
    assert len(workers) >= 2, workers
    return command, process, workers


def _gone(pids: list[int], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while any(_alive(p) for p in pids) and time.monotonic() < deadline:
        time.sleep(0.1)
    return not any(_alive(p) for p in pids)


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_sigterm_stops_like_ctrl_c_and_the_run_resumes(tmp_path, seed_paths):
    pile = _pile(tmp_path / "pile", seed_paths, 30)
    out = tmp_path / "q.csv"
    command, process, workers = _start_two_worker_run(pile, out)
    process.send_signal(signal.SIGTERM)
    _, errors = process.communicate(timeout=120)
    assert process.returncode == 130, errors
    assert "interrupted" in errors and "Traceback" not in errors
    assert _gone(workers, 30), "worker processes outlived the run"
    resumed = subprocess.run([*command, "--resume"], capture_output=True, text=True, timeout=600)
    assert resumed.returncode == 0, resumed.stderr
    fresh = tmp_path / "fresh.csv"
    assert runner.invoke(app, ["extract", str(pile), "-o", str(fresh), "--workers", "1", "--no-link"]).exit_code == 0
    assert out.read_bytes() == fresh.read_bytes()


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_workers_end_when_the_run_is_killed_outright(tmp_path, seed_paths):
    pile = _pile(tmp_path / "pile", seed_paths, 30)
    _, process, workers = _start_two_worker_run(pile, tmp_path / "q.csv")
    process.send_signal(signal.SIGKILL)
    process.wait()
    process.stderr.close()
    # no clean-up ran in the parent: the workers must notice on their own, not wait for ever on a pipe
    assert _gone(workers, 30), "worker processes outlived a killed run"
