"""Issue 20, "Nothing lost, round two": what `quotes extract` does to its output. One block per item.

1. a run that reads nothing leaves the earlier output set as it was; the set is replaced whole
2. a plain run refuses to throw away an interrupted run (--resume or --overwrite)
3. the output's suffix picks its format; a real XLSX workbook
5. an output that cannot be written: one line, exit 2, nothing written
7. Ctrl-C at start-up and mid-run: one line, the run resumable
12. `quotes extract --help` at 80 columns
"""

from __future__ import annotations

import csv
import errno
import json
import os
import re
import shlex
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from quotes.cli import app
from quotes.io.export import write_xlsx
from quotes.io.reader import read_inputs
from quotes.io.records import COLUMNS, read_quotes
from quotes.scale import EngineSettings, ExtractionRun, OutputUnwritable, UnfinishedRun
from quotes.scale import output as output_module
from quotes.scale.output import side_files

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()
STORIES = {
    "port.txt": "“We signed the deal,” said Elena Marsh, the port's director.\n\n“It took a year,” she said.\n",
    "cold.txt": "“-30 degrees is nothing to us,” said Anna Berg, the harbour master.\n\n“=It works,” she said.\n",
    "mill.txt": "“The mill will reopen in May,” said Tom Ruiz, the mayor.\n\n“We owe it to the town,” he added.\n",
}
SIDE = ("speakers.csv", "articles.csv", "quote_variants.csv")


def write_stories(folder: Path, names=tuple(STORIES)) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name in names:
        (folder / name).write_text(STORIES[name], encoding="utf-8")
        paths.append(folder / name)
    return paths


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file in the folder, hidden ones included, with its bytes."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def extract(*args: str):
    return runner.invoke(app, ["extract", *args, "--workers", "1", "--wording-only"])


def interrupted_run(out: Path, paths: list[Path], done: int, fmt: str = "csv") -> None:
    """Leave what a stopped run leaves: ``done`` articles in the partial file and its journal."""
    run = ExtractionRun(out, fmt, settings=EngineSettings(workers=1), batch_articles=1)
    results = run.results(read_inputs([str(p) for p in sorted(paths)]))  # in the order a folder is read
    for _ in range(done):
        next(results)
    results.close()  # the consumer stops, as a Ctrl-C would stop it
    partial, journal = side_files(out)
    assert partial.is_file() and journal.is_file() and not out.exists()


def workbook_rows(path: Path) -> list[dict]:
    sheet = load_workbook(path).worksheets[0]
    header = [c.value for c in sheet[1]]
    return [dict(zip(header, [c.value for c in row], strict=False)) for row in sheet.iter_rows(min_row=2)]


# 1. a failed run wiped the previous results


def test_a_run_that_reads_nothing_leaves_the_earlier_output_set_as_it_was(tmp_path):
    (story,) = write_stories(tmp_path / "in", ["port.txt"])
    out = tmp_path / "out"
    assert extract(str(story), "-o", f"{out}/").exit_code == 0
    before = snapshot(out)
    assert sorted(before) == sorted(["quotes.csv", *(f"quotes.{s}" for s in SIDE)])

    result = extract(str(tmp_path / "typo.txt"), "-o", f"{out}/")
    assert result.exit_code == 1, result.output
    assert "no article could be read" in result.output and "left as it was" in result.output
    assert snapshot(out) == before  # not a header-only quotes.csv beside stale side tables


def test_the_output_set_is_replaced_whole(tmp_path):
    port, mill = write_stories(tmp_path / "in", ["port.txt", "mill.txt"])
    out = tmp_path / "out" / "q.csv"
    assert extract(str(port), "-o", str(out)).exit_code == 0
    assert all((out.parent / f"q.{s}").is_file() for s in SIDE)

    result = extract(str(mill), "-o", str(out), "--no-link")
    assert result.exit_code == 0, result.output
    assert {r.doc_id for r in read_quotes(out)} == {"mill.txt"}
    # the old side tables described port.txt's rows, which are gone: they went with them
    assert sorted(p.name for p in out.parent.iterdir()) == ["q.csv"]


def test_a_failing_linking_pass_publishes_nothing_and_keeps_the_rows_for_resume(tmp_path):
    port, mill = write_stories(tmp_path / "in", ["port.txt", "mill.txt"])
    out = tmp_path / "out" / "q.csv"
    assert extract(str(port), "-o", str(out), "--no-link").exit_code == 0
    before = snapshot(out.parent)

    def failing_pass(quotes_file: Path):
        (quotes_file.parent / "q.speakers.csv").write_text("half a table", encoding="utf-8")
        raise OSError(errno.ENOSPC, "No space left on device")

    run = ExtractionRun(out, settings=EngineSettings(workers=1), annotate=failing_pass)
    with pytest.raises(OSError):
        list(run.results(read_inputs([str(mill)])))
    partial, journal = side_files(out)
    assert {p: b for p, b in snapshot(out.parent).items() if not p.startswith(".")} == before
    assert partial.is_file() and journal.is_file()  # the finished rows wait for --resume
    assert not list(out.parent.glob("*.staging"))


# 2. forgetting --resume threw away an interrupted run


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


# 3. the output suffix was ignored


@pytest.mark.parametrize(
    ("name", "fmt", "check"),
    [
        ("q.csv", None, lambda p: p.read_bytes().startswith(b"\xef\xbb\xbfquote_id,")),
        ("q.jsonl", None, lambda p: json.loads(p.read_text(encoding="utf-8").splitlines()[0])["doc_id"] == "port.txt"),
        ("q.xlsx", None, lambda p: load_workbook(p).worksheets[0]["A1"].value == "quote_id"),
        ("q.xlsx", "xlsx", lambda p: p.read_bytes()[:2] == b"PK"),
        ("quotes.out", "jsonl", lambda p: json.loads(p.read_text(encoding="utf-8").splitlines()[0])["kind"]),
        ("folder/", "xlsx", lambda p: p.name == "quotes.xlsx" and p.read_bytes()[:2] == b"PK"),
    ],
)
def test_the_output_format_follows_the_suffix(tmp_path, name, fmt, check):
    (story,) = write_stories(tmp_path / "in", ["port.txt"])
    target = f"{tmp_path}/{name}"
    result = extract(str(story), "-o", target, *(["--format", fmt] if fmt else []), "--no-link")
    assert result.exit_code == 0, result.output
    path = Path(target) / "quotes.xlsx" if name.endswith("/") else Path(target)
    assert check(path)
    assert [r.doc_id for r in read_quotes(path, "jsonl" if fmt == "jsonl" else None)][0] == "port.txt"


@pytest.mark.parametrize(("name", "fmt"), [("q.xlsx", "csv"), ("q.jsonl", "csv"), ("q.csv", "xlsx"), ("q.csv", "parquet")])
def test_a_suffix_that_disagrees_with_format_is_a_usage_error(tmp_path, name, fmt):
    (story,) = write_stories(tmp_path / "in", ["port.txt"])
    result = extract(str(story), "-o", str(tmp_path / name), "--format", fmt)
    assert result.exit_code == 2, result.output
    assert result.output.startswith("error: ") and result.output.count("\n") == 1
    assert not (tmp_path / name).exists() and sorted(p.name for p in tmp_path.iterdir()) == ["in"]


def test_xlsx_cells_are_typed_strings_kept_exactly(tmp_path):
    texts = ["-30 degrees", "=SUM(A1:A9)", "+1 555", "@mention", "'quoted", "plain", "a" * 40_000 + " end"]
    rows = [{"quote_id": f"d-{i:03d}", "doc_id": "d.txt", "quote": t, "kind": "direct", "start": i, "end": i + len(t),
             "sentence": t, "confidence": 0.5} for i, t in enumerate(texts)]  # fmt: skip
    path = tmp_path / "q.xlsx"
    assert write_xlsx(rows, path) == len(texts)
    sheet = load_workbook(path).worksheets[0]
    assert [c.value for c in sheet[1]][: len(COLUMNS)] == list(COLUMNS)
    quote = COLUMNS.index("quote") + 1
    for n, text in enumerate(texts[:-1], 2):
        cell = sheet.cell(n, quote)
        assert (cell.value, cell.data_type) == (text, "s")  # no formula, no apostrophe
        assert sheet.cell(n, COLUMNS.index("start") + 1).data_type == "n"
    long_row = [c.value for c in sheet[len(texts) + 1] if isinstance(c.value, str)]
    parts = [v for v in long_row if " [part " in v]
    assert len(parts) == 4 and max(map(len, long_row)) <= 32_767  # quote and sentence, two cells each
    assert long_row[-2:] == parts[2:] and all("part 2 of 2" in v for v in parts[2:])  # after the last column
    back = list(read_quotes(path))
    assert [r.quote for r in back] == texts and [r.sentence for r in back] == texts  # split cells joined again
    assert back[0].start == 0 and back[0].confidence == 0.5


def test_xlsx_offsets_round_trip(tmp_path):
    paths = write_stories(tmp_path / "in")
    out = tmp_path / "q.xlsx"
    assert extract(str(tmp_path / "in"), "-o", str(out)).exit_code == 0
    rows = workbook_rows(out)
    texts = {p.name: p.read_text(encoding="utf-8") for p in paths}
    assert {r["doc_id"] for r in rows} == set(texts)
    for row in rows:
        assert texts[row["doc_id"]][row["start"] : row["end"]] == row["quote"]
    assert any(r["quote"].startswith("=") for r in rows)  # "=It works," stays text
    assert all(r["speaker_id"] for r in rows if r["speaker"])  # linked before the workbook was made
    assert (tmp_path / "q.speakers.csv").is_file() and not (tmp_path / "q.csv").exists()


def test_linking_an_xlsx_output_again_keeps_it_a_workbook(tmp_path):
    write_stories(tmp_path / "in")
    out = tmp_path / "q.xlsx"
    assert extract(str(tmp_path / "in"), "-o", str(out), "--no-link").exit_code == 0
    result = runner.invoke(app, ["link", str(tmp_path / "in"), "--quotes", str(out), "--wording-only"])
    assert result.exit_code == 0, result.output
    assert all(r["speaker_id"] for r in workbook_rows(out) if r["speaker"])
    assert (tmp_path / "q.speakers.csv").is_file()


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


# 5. output-path errors printed tracebacks


def _quotes(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "quotes.cli", "extract", *args], capture_output=True, text=True,
                          timeout=300, **kwargs)  # fmt: skip


@pytest.mark.parametrize(
    ("target", "reason"),
    [
        ("notes.txt/quotes.csv", "notes.txt is a file, not a folder"),
        ("notes.txt/deeper/quotes.csv", "notes.txt is a file, not a folder"),
        ("/sys/quotes.csv", "Permission denied"),  # sysfs takes no new files, even from root
    ],
)
def test_an_output_that_cannot_be_written_is_one_line_and_exit_2(tmp_path, target, reason):
    if target.startswith("/sys") and not Path("/sys/kernel").is_dir():
        pytest.skip("no sysfs here")
    (story,) = write_stories(tmp_path / "in", ["port.txt"])
    (tmp_path / "notes.txt").write_text("my notes\n", encoding="utf-8")
    done = _quotes(str(story), "-o", target, "--workers", "1", cwd=tmp_path)
    assert done.returncode == 2, done.stderr
    assert done.stderr.splitlines() == [f"error: cannot write {target}: {reason}"]
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "my notes\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "notes.txt"]


def test_a_read_only_place_is_one_line_and_exit_2(tmp_path, monkeypatch):
    (story,) = write_stories(tmp_path / "in", ["port.txt"])
    out = tmp_path / "ro" / "quotes.csv"

    def read_only(path, *args, **kwargs):
        raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))

    monkeypatch.setattr(output_module, "open", read_only, raising=False)  # as a read-only mount answers
    with pytest.raises(OutputUnwritable, match="Read-only file system"):
        list(ExtractionRun(out, settings=EngineSettings(workers=1)).results(read_inputs([str(story)])))
    result = extract(str(story), "-o", str(out))
    assert result.exit_code == 2
    assert result.output == f"error: cannot write {out}: Read-only file system\n"
    assert not out.exists() and not list(out.parent.iterdir())


def test_an_unwritable_report_is_one_line(tmp_path):
    (story,) = write_stories(tmp_path / "in", ["port.txt"])
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    result = extract(str(story), "-o", str(tmp_path / "q.csv"), "--report", str(tmp_path / "notes.txt" / "r.json"))
    assert result.exit_code == 2 and result.output.count("\n") == 1, result.output
    assert not (tmp_path / "q.csv").exists()


# 7. Ctrl-C during start-up printed worker tracebacks


def _children(pid: int) -> list[int]:
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


def _journalled(journal: Path) -> int:
    try:
        return journal.read_bytes().count(b"\n") - 1
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


# 12. the help at 80 columns


def _help_text() -> str:
    result = subprocess.run([sys.executable, "-m", "quotes.cli", "extract", "--help"], capture_output=True, text=True,
                            env={**os.environ, "COLUMNS": "80", "TERM": "dumb"}, timeout=120)  # fmt: skip
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_extract_help_wraps_at_80_columns_without_short_lines():
    text = _help_text()
    assert max(len(line) for line in text.splitlines()) <= 80
    prose = text.split("╭")[0]
    for paragraph in re.split(r"\n\s*\n", prose):
        lines = [line.strip() for line in paragraph.splitlines()]
        if not lines or paragraph.lstrip("\n").startswith("     "):  # an example keeps its lines
            continue
        for line, following in zip(lines, lines[1:], strict=False):
            # a line is broken early only if the next word would not have fitted after it
            assert len(line) + 1 + len(following.split()[0]) > 78, f"short line: {line!r}"


def test_extract_help_example_runs(tmp_path):
    text = _help_text()
    example = text.split("Example:", 1)[1].strip().splitlines()[0].strip()
    words = shlex.split(example)
    assert words[:2] == ["quotes", "extract"]
    args = []
    for word in words[1:]:
        matched = sorted(ROOT.glob(word)) if "*" in word else []
        args += [str(p) for p in matched] if matched else [word]
    assert len(args) > 3, "the example's pattern matches no article"
    out = tmp_path / args[args.index("-o") + 1]
    args[args.index("-o") + 1] = str(out)
    result = runner.invoke(app, [*args, "--wording-only"])
    assert result.exit_code == 0, result.output
    with open(out, encoding="utf-8-sig", newline="") as handle:
        assert len(list(csv.DictReader(handle))) > 20
