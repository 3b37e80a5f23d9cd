"""What `quotes extract` reads, through the real CLI: hostile files, web pages, exports, skipped files."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys

from quotes.cli import app
from quotes.io.reader import read_article, saved_text_path
from tests.helpers import read_csv_rows
from tests.helpers.inputs import GOOD, NEWS_PAGE, write_jsonl
from tests.helpers.runs import runner


def warnings_of(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith("warning:")]


def run_extract(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "quotes.cli", "extract", *args, "--no-link", "--workers", "1"],
                          capture_output=True, text=True, timeout=600)




def test_every_bad_input_is_one_warning_and_the_run_goes_on(bad_inputs, tmp_path):
    out = tmp_path / "out" / "q.csv"
    export = tmp_path / "export.jsonl"
    export.write_text('{"id": "j1", "text": "“Fine,” Ola Berg said."}\n{not json\n\n["a list"]\n{"id": "j4"}\n', encoding="utf-8")
    table = tmp_path / "table.csv"
    table.write_text("id,body\n1,“Hello,” Ana said.\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(bad_inputs["good"].parent), str(export), str(table), "-o", str(out), "--workers", "1"])
    assert result.exit_code == 3, result.output  # some failed (issue 11)
    assert "Traceback" not in result.output
    warned = warnings_of(result.output)
    expected = {
        "empty.txt": "empty file",
        "blank.txt": "empty file",
        "report.pdf.txt": "binary file, looks like a PDF document",
        "photo.txt": "binary file, looks like a PNG image",
        "huge.txt": "209,715,200 bytes is over the size limit of 52,428,800 (raise it with --max-bytes)",
        "numbers.txt": "no sentences",
        "controls.txt": "binary",
        "loop-a.txt": "symlink loop",
        "loop-b.txt": "symlink loop",
        "back-up": "symlink loop",
        "export.jsonl:2": "invalid JSON",
        "export.jsonl:4": "not an object",
        "export.jsonl:5": "no 'text' field",
        "table.csv": "no 'text' column (columns: id, body)",
        "unbalanced.txt": "unbalanced quote mark",
        "nul.txt": "NUL byte(s) replaced by spaces",
    }
    for name, reason in expected.items():
        lines = [w for w in warned if f"{name}: " in w and reason in w]
        assert lines, f"no warning for {name} ({reason}) in:\n" + "\n".join(warned)
    speakers = {r["speaker"] for r in read_csv_rows(out)}
    assert {"Ana Silva", "Paul Grant", "Mia Lund", "Ola Berg", "Zoe Kent"} <= speakers


def test_size_limit_is_raisable(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(GOOD, encoding="utf-8")
    out = tmp_path / "q.csv"
    small = runner.invoke(app, ["extract", str(article), "-o", str(out), "--max-bytes", "20", "--no-link"])
    assert small.exit_code == 1 and "over the size limit of 20 (raise it with --max-bytes)" in small.output
    raised = runner.invoke(app, ["extract", str(article), "-o", str(out), "--max-bytes", "100000", "--no-link"])
    assert raised.exit_code == 0 and len(read_csv_rows(out)) == 2


def test_nul_bytes_keep_offsets(tmp_path):
    path = tmp_path / "nul.txt"
    path.write_bytes(b"Intro\x00\x00 line.\n\n\xe2\x80\x9cWe are ready,\xe2\x80\x9d Ana Silva said.\n")
    out, texts = tmp_path / "q.csv", tmp_path / "texts"
    result = runner.invoke(app, ["extract", str(path), "-o", str(out), "--save-text", str(texts), "--no-link"])
    assert result.exit_code == 0, result.output
    assert "nul.txt: 2 NUL byte(s) replaced by spaces" in result.output
    [row] = read_csv_rows(out)
    raw = path.read_bytes().decode("utf-8")
    assert raw[int(row["start"]) : int(row["end"])] == row["quote"] == "We are ready,"  # NUL -> space: nothing moved


def test_unbalanced_marks_still_give_their_quotes(tmp_path):
    path = tmp_path / "u.txt"
    path.write_text("“We are ready, Ana Silva said.\n\nPaul Grant said: “Not yet.”\n", encoding="utf-8")
    out = tmp_path / "q.csv"
    result = runner.invoke(app, ["extract", str(path), "-o", str(out), "--no-link"])
    assert result.exit_code == 0
    assert any("u.txt: unbalanced quote mark" in w for w in warnings_of(result.output))
    assert "Not yet." in {r["quote"] for r in read_csv_rows(out)}


def test_undecodable_file_names_and_lone_surrogates_are_written_safely(tmp_path):
    bad_inputs = tmp_path / "pile"
    bad_inputs.mkdir()
    with open(os.path.join(os.fsencode(bad_inputs), b"caf\xe9.txt"), "wb") as handle:  # a latin-1 file name
        handle.write("“We are ready,” Ana Silva said.".encode())
    export = tmp_path / "s.jsonl"
    export.write_text('{"id": "s\\ud800", "text": "\\u201cHi \\udc00 there,\\u201d Bob Stone said."}\n', encoding="utf-8")
    out, texts = tmp_path / "q.csv", tmp_path / "texts"
    result = runner.invoke(app, ["extract", str(bad_inputs), str(export), "-o", str(out), "--save-text", str(texts), "--workers", "1"])
    assert result.exit_code == 0, result.output
    rows = read_csv_rows(out)
    assert [(r["doc_id"], r["quote"]) for r in rows] == [("caf\ufffd.txt", "We are ready,"), ("s\ufffd", "Hi \ufffd there,")]
    assert len(list(texts.glob("*.txt"))) == 2


def test_cli_warns_and_counts_by_kind(skipped_pile, tmp_path):
    done = run_extract(str(skipped_pile), "-o", str(tmp_path / "q.csv"))
    assert done.returncode == 3, done.stderr  # some inputs failed, as when they are named
    err = done.stderr
    assert "warning: skipped report.pdf: binary file, looks like a PDF document" in err
    assert "warning: skipped photo.png: binary file, looks like a PNG image" in err
    assert "skipped 3 file(s): 2 binary (PDF document, PNG image), 1 empty" in err
    for unsaid in (".DS_Store", "index.pdf", "logo.png", "notes.json"):
        assert unsaid not in err
    named = run_extract(str(skipped_pile / "report.pdf"), str(skipped_pile / "a.txt"), "-o", str(tmp_path / "q2.csv"))
    assert "warning: skipped report.pdf: binary file, looks like a PDF document" in named.stderr
    assert "skipped 1 file(s): 1 binary (PDF document)" in named.stderr


def test_news_page_quotes_and_offsets_point_into_the_saved_text(tmp_path):
    (tmp_path / "port-deal.html").write_text(NEWS_PAGE, encoding="utf-8")
    out, texts = tmp_path / "out" / "quotes.csv", tmp_path / "texts"
    result = runner.invoke(app, ["extract", str(tmp_path / "port-deal.html"), "-o", str(out), "--save-text", str(texts), "--no-link"])
    assert result.exit_code == 0, result.output
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    saved = saved_text_path(texts, "port-deal.html")
    text = open(saved, encoding="utf-8", newline="").read()
    quotes = {r["quote"]: r["speaker"] for r in rows}
    assert quotes["This secures the port for a generation,"] == "Elena Marsh"
    assert {"Nobody will lose their job.", "We are here for the long run,", "a good start"} <= set(quotes)
    for row in rows:
        assert text[int(row["start"]) : int(row["end"])] == row["quote"]
    meta = json.loads(saved.with_suffix(".json").read_text(encoding="utf-8"))
    assert meta["title"] == "Port deal signed after night of talks" and meta["outlet"] == "The Harbour Gazette"
    assert meta["format"] == "html" and meta["date"] == "2024-03-05"
    assert read_article(saved).text == text  # what link and resume read back


def test_title_date_and_outlet_reach_quotes_csv_and_articles_csv(tmp_path):
    (tmp_path / "port-deal.html").write_text(NEWS_PAGE, encoding="utf-8")
    (tmp_path / "plain.txt").write_text("Harbour talks\n\n“We signed,” Elena Marsh said.\n", encoding="utf-8")
    export = tmp_path / "feed.jsonl"
    write_jsonl(export, [{"id": "w1", "text": "“We wait,” Tom Reyes said.", "title": "=Wire story", "date": "2024-03-06",
                          "outlet": "Wire Service", "url": "https://wire.example/1"}])  # fmt: skip
    out = tmp_path / "out" / "quotes.csv"
    inputs = [str(tmp_path / n) for n in ("port-deal.html", "plain.txt", "feed.jsonl")]
    result = runner.invoke(app, ["extract", *inputs, "-o", str(out)])
    assert result.exit_code == 0, result.output
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = {r["doc_id"]: r for r in csv.DictReader(handle)}
    page, plain, wire = rows["port-deal.html"], rows["plain.txt"], rows["w1"]
    assert (page["title"], page["date"], page["outlet"]) == ("Port deal signed after night of talks", "2024-03-05", "The Harbour Gazette")
    assert (plain["title"], plain["date"], plain["outlet"], plain["url"]) == ("", "", "", "")  # a text file says nothing
    assert (wire["title"], wire["outlet"], wire["url"]) == ("'=Wire story", "Wire Service", "https://wire.example/1")
    with open(out.parent / "quotes.articles.csv", encoding="utf-8-sig", newline="") as handle:
        articles = {r["doc_id"]: r for r in csv.DictReader(handle)}
    assert articles["port-deal.html"]["outlet"] == "The Harbour Gazette" and articles["port-deal.html"]["date"] == "2024-03-05"
    assert articles["plain.txt"]["title"] == "Harbour talks"  # no metadata: the first line
    assert articles["w1"]["title"] == "'=Wire story" and articles["w1"]["url"] == "https://wire.example/1"


def test_cli_reads_exports_with_its_options(tmp_path):
    path = tmp_path / "feed.jsonl"
    write_jsonl(path, [{"uid": "a1", "content": "“We are ready,” Ana Silva said."},
                       {"uid": "a2", "content": "“Not yet,” Paul Grant said."}])
    out, texts = tmp_path / "q.csv", tmp_path / "texts"
    result = runner.invoke(app, ["extract", str(path), "-o", str(out), "--id-field", "uid", "--text-column", "content",
                                 "--save-text", str(texts)])
    assert result.exit_code == 0, result.output
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["doc_id"], r["speaker"]) for r in rows] == [("a1", "Ana Silva"), ("a2", "Paul Grant")]
    for row in rows:
        text = open(saved_text_path(texts, row["doc_id"]), encoding="utf-8", newline="").read()
        assert text[int(row["start"]) : int(row["end"])] == row["quote"]
    assert "not compared" not in result.output  # linked through the saved texts though no file holds them


def test_unknown_input_format_is_a_usage_error(tmp_path):
    (tmp_path / "a.txt").write_text("Hello.", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path / "a.txt"), "-o", str(tmp_path / "q.csv"), "--input-format", "pdf"])
    assert result.exit_code == 2 and "unknown input format" in result.output
