"""Runs of `quotes extract`: resume, overwrite, Ctrl-C and SIGTERM in real processes, workers, engines, the report."""

from __future__ import annotations

import csv
import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from quotes.cli import app
from quotes.io import reader
from quotes.io.reader import read_inputs
from quotes.io.records import read_quotes
from quotes.scale import EngineSettings, ExtractionRun, UnfinishedRun, dask_engine
from quotes.scale.output import side_files
from tests.helpers import read_csv_rows
from tests.helpers.runs import _pile, extract, runner, snapshot, workbook_rows, write_stories


def interrupted_run(out: Path, paths: list[Path], done: int, fmt: str = "csv") -> None:
    """Leave what a stopped run leaves: ``done`` articles in the partial file and its journal."""
    run = ExtractionRun(out, fmt, settings=EngineSettings(workers=1), batch_articles=1)
    results = run.results(read_inputs([str(p) for p in sorted(paths)]))  # in the order a folder is read
    for _ in range(done):
        next(results)
    results.close()  # the consumer stops, as a Ctrl-C would stop it
    partial, journal = side_files(out)
    assert partial.is_file() and journal.is_file() and not out.exists()


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


def _workers_importing_torch(pid: int) -> int:
    """Worker processes of ``pid`` that have begun loading torch: starting up, minutes from any article."""
    count = 0
    for child in _children(pid):
        try:
            command = Path(f"/proc/{child}/cmdline").read_bytes()
            maps = Path(f"/proc/{child}/maps").read_text()
        except OSError:
            continue
        count += b"spawn_main" in command and "torch" in maps
    return count


def _journalled(journal) -> int:
    try:
        return journal.read_bytes().count(b"\n") - 1  # minus the header line
    except FileNotFoundError:
        return 0


def _interrupt(command: list[str], ready) -> tuple[int, list[str], float]:
    """Start the command in a process group of its own, press Ctrl-C (SIGINT to the whole group, as a
    terminal does) once ``ready(pid)``; (exit status, stderr lines, seconds from the signal to the end)."""
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                               start_new_session=True)  # fmt: skip
    deadline = time.monotonic() + 300
    while not ready(process.pid) and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert process.poll() is None, "the run ended before it could be stopped: " + process.stderr.read()
    os.killpg(process.pid, signal.SIGINT)
    pressed = time.monotonic()
    _, errors = process.communicate(timeout=120)
    return process.returncode, errors.splitlines(), time.monotonic() - pressed




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
def test_extract_with_the_dask_engine_writes_the_local_engines_file(tmp_path, seed_paths):
    pytest.importorskip("distributed")  # the dask engine's own package
    pile = _pile(tmp_path / "pile", seed_paths, 5)
    outputs = []
    for engine in ("local", "dask"):
        out = tmp_path / f"{engine}.csv"
        args = ["extract", str(pile), "-o", str(out), "--engine", engine, "--workers", "2", "--batch-size", "2", "--no-link"]
        result = runner.invoke(app, args)
        assert result.exit_code == 0, result.output
        assert f"({engine}, 2 worker(s))" in result.output
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]


def test_an_unreachable_scheduler_is_one_clear_error(tmp_path, seed_paths, monkeypatch):
    pytest.importorskip("distributed")  # the dask engine's own package
    monkeypatch.setattr(dask_engine, "CONNECT_TIMEOUT", "1s")
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    out = tmp_path / "q.csv"
    args = ["extract", str(seed_paths[0]), "-o", str(out), "--engine", "dask", "--scheduler", f"tcp://127.0.0.1:{port}"]
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and f"127.0.0.1:{port}" in errors[0], result.output
    assert not out.exists() and "Traceback" not in result.output


def test_interrupted_run_keeps_finished_articles_and_resumes(tmp_path, monkeypatch):
    bad_inputs = tmp_path / "pile"
    bad_inputs.mkdir()
    for n, name in enumerate(["Ana Silva", "Paul Grant", "Mia Lund", "Ola Berg"]):
        (bad_inputs / f"{n}.txt").write_text(f"“Statement {n} is ready,” {name} said.\n", encoding="utf-8")
    clean = tmp_path / "clean.csv"
    assert runner.invoke(app, ["extract", str(bad_inputs), "-o", str(clean), "--workers", "1", "--no-link"]).exit_code == 0

    real_read_path = reader._read_path

    def ctrl_c_at_the_third(item, options, ids):
        if item.endswith("2.txt"):
            raise KeyboardInterrupt
        return real_read_path(item, options, ids)

    out = tmp_path / "q.csv"
    monkeypatch.setattr(reader, "_read_path", ctrl_c_at_the_third)
    stopped = runner.invoke(app, ["extract", str(bad_inputs), "-o", str(out), "--workers", "1", "--batch-size", "1", "--no-link"])
    assert stopped.exit_code == 130, stopped.output
    assert "interrupted" in stopped.output and "--resume" in stopped.output
    assert "Traceback" not in stopped.output
    assert not out.exists()  # never half-written: the finished rows wait beside it for --resume
    monkeypatch.setattr(reader, "_read_path", real_read_path)
    resumed = runner.invoke(app, ["extract", str(bad_inputs), "-o", str(out), "--workers", "1", "--resume", "--no-link"])
    assert resumed.exit_code == 0, resumed.output
    assert read_csv_rows(out) == read_csv_rows(clean)


@pytest.mark.slow
def test_real_ctrl_c_in_a_subprocess(tmp_path, seed_paths):
    bad_inputs = tmp_path / "pile"
    bad_inputs.mkdir()
    copies = 24  # enough work that the run is still going when the signal comes, on a loaded machine too
    for n in range(copies):
        for seed in seed_paths:
            (bad_inputs / f"{n:02d}-{seed.name}").write_bytes(seed.read_bytes())
    out = tmp_path / "q.csv"
    journal = tmp_path / ".q.csv.journal"
    command = [sys.executable, "-m", "quotes.cli", "extract", str(bad_inputs), "-o", str(out), "--workers", "1", "--batch-size", "1", "--no-link"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    started = time.monotonic()
    while time.monotonic() - started < 120 and process.poll() is None:  # wait for two finished articles
        if journal.exists() and journal.read_text(encoding="utf-8").count("\n") >= 3:
            break
        time.sleep(0.2)
    assert process.poll() is None, "the run ended before it could be interrupted"
    process.send_signal(signal.SIGINT)
    output, _ = process.communicate(timeout=120)
    assert process.returncode == 130, output
    assert "interrupted" in output and "Traceback" not in output
    resumed = subprocess.run([*command, "--resume"], capture_output=True, text=True, timeout=600)
    assert resumed.returncode == 0, resumed.stdout + resumed.stderr
    rows = read_csv_rows(out)
    assert len({r["doc_id"] for r in rows}) == copies * len(seed_paths)
    assert len({r["quote_id"] for r in rows}) == len(rows)


def test_a_plain_run_refuses_to_throw_away_an_interrupted_run(tmp_path):
    paths = write_stories(tmp_path / "in")
    out = tmp_path / "o" / "q.csv"
    interrupted_run(out, paths, done=2)
    before = snapshot(out.parent)

    result = extract(str(tmp_path / "in"), "-o", str(out))
    assert result.exit_code == 2, result.output
    assert result.output.count("\n") == 1  # one line
    assert "2 article(s)" in result.output and "--resume" in result.output and "--overwrite" in result.output
    assert snapshot(out.parent) == before  # the partial file and its journal untouched

    with pytest.raises(UnfinishedRun):  # the library refuses too
        list(ExtractionRun(out, settings=EngineSettings(workers=1)).results(read_inputs([str(paths[0])])))
    assert snapshot(out.parent) == before


def test_overwrite_starts_afresh_and_resume_continues(tmp_path):
    paths = write_stories(tmp_path / "in")
    fresh = tmp_path / "fresh.csv"
    assert extract(str(tmp_path / "in"), "-o", str(fresh), "--no-link").exit_code == 0
    for flag in ("--overwrite", "--resume"):
        out = tmp_path / flag.strip("-") / "q.csv"
        interrupted_run(out, paths, done=1)
        result = extract(str(tmp_path / "in"), "-o", str(out), "--no-link", flag)
        assert result.exit_code == 0, result.output
        assert out.read_bytes() == fresh.read_bytes()
        assert sorted(p.name for p in out.parent.iterdir()) == ["q.csv"]
    result = extract(str(tmp_path / "in"), "-o", str(tmp_path / "x.csv"), "--resume", "--overwrite")
    assert result.exit_code == 2 and "contradict" in result.output


def test_an_xlsx_run_resumes_from_its_csv_partial_file_and_from_a_finished_workbook(tmp_path):
    paths = write_stories(tmp_path / "in")
    fresh = tmp_path / "fresh.xlsx"
    assert extract(str(tmp_path / "in"), "-o", str(fresh), "--no-link").exit_code == 0
    out = tmp_path / "o" / "q.xlsx"
    interrupted_run(out, paths, done=1, fmt="xlsx")
    partial, _ = side_files(out)
    assert partial.read_bytes().startswith(b"\xef\xbb\xbfquote_id,")  # rows are kept as CSV until the end
    result = extract(str(tmp_path / "in"), "-o", str(out), "--no-link", "--resume")
    assert result.exit_code == 0, result.output
    assert workbook_rows(out) == workbook_rows(fresh)
    assert sorted(p.name for p in out.parent.iterdir()) == ["q.xlsx"]

    finished = tmp_path / "f" / "q.xlsx"
    assert extract(*map(str, paths[:2]), "-o", str(finished), "--no-link").exit_code == 0
    result = extract(str(tmp_path / "in"), "-o", str(finished), "--no-link", "--resume")
    assert result.exit_code == 0 and "2 skipped" in result.output, result.output
    by_id = lambda rows: sorted(rows, key=lambda r: r["quote_id"])  # noqa: E731 (the third article came last)
    assert by_id(workbook_rows(finished)) == by_id(workbook_rows(fresh))


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
@pytest.mark.parametrize("when", ["start-up", "mid-run"])
def test_ctrl_c_prints_one_line_and_the_run_resumes(tmp_path, seed_paths, when):
    pile = tmp_path / "pile"
    pile.mkdir()
    for i in range(4):
        for seed in seed_paths:
            (pile / f"{seed.stem}_{i}.txt").write_bytes(seed.read_bytes())
    out = tmp_path / "q.csv"
    _, journal = side_files(out)
    command = [sys.executable, "-m", "quotes.cli", "extract", str(pile), "-o", str(out), "--workers", "2",
               "--batch-size", "1", "--no-link"]  # fmt: skip
    if when == "start-up":  # the workers are starting (importing torch, then stanza): nothing done yet
        ready = lambda pid: _workers_importing_torch(pid) >= 2 and _journalled(journal) == 0  # noqa: E731
    else:
        ready = lambda pid: _journalled(journal) >= 3  # noqa: E731
    status, lines, seconds = _interrupt(command, ready)
    print(f"Ctrl-C at {when}: ended {seconds:.2f} s after the signal")  # measured, not asserted
    assert status == 130, lines
    assert lines == ["interrupted: the rows so far are kept; rerun with --resume to continue"]
    resumed = subprocess.run([*command, "--resume", "-q"], capture_output=True, text=True, timeout=600)
    assert resumed.returncode == 0, resumed.stderr
    assert {r.doc_id for r in read_quotes(out)} == {p.name for p in pile.iterdir()}
    assert not journal.exists()


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
