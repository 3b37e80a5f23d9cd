"""`quotes link` through the real CLI: another folder, errors, exports, wrong articles refused, XLSX and JSONL outputs."""

from __future__ import annotations

import json

from quotes.cli import app
from quotes.io.export import write_csv
from tests.helpers.crossdoc import QUOTE, SEED, SPUN, by_id, quote_row, read, reword
from tests.helpers.runs import STORY, extract, runner, workbook_rows, write_stories


def test_link_command_writes_into_another_folder(link_pile, tmp_path):
    quotes, _, articles = link_pile
    before = quotes.read_bytes()
    result = runner.invoke(app, ["link", str(articles), "--quotes", str(quotes), "-o", str(tmp_path / "linked")])
    assert result.exit_code == 0, result.output
    assert "1 reworded copy" in result.output
    assert quotes.read_bytes() == before  # the input is left alone when the output goes elsewhere
    assert by_id(read(tmp_path / "linked" / "quotes.csv"))["b-001"]["integrity"] == "altered wording"


def test_link_command_errors(tmp_path, link_pile):
    _, _, articles = link_pile
    missing = runner.invoke(app, ["link", str(articles), "--quotes", str(tmp_path / "none.csv")])
    assert missing.exit_code == 2 and "no such quotes file" in missing.output
    other = tmp_path / "other.csv"
    other.write_text("a,b\n1,2\n", encoding="utf-8")
    wrong = runner.invoke(app, ["link", str(articles), "--quotes", str(other)])
    assert wrong.exit_code == 1 and "not a quotes file" in wrong.output and "Traceback" not in wrong.output


def test_link_command_reads_an_export_with_the_extract_options(tmp_path):
    import json

    story = SEED.read_text(encoding="utf-8")
    export = tmp_path / "export.jsonl"
    texts = (story + "\n\n" + QUOTE, reword(story) + "\n\n" + SPUN)  # each quote where its offsets say
    export.write_text("".join(json.dumps({"id": i, "body": t}) + "\n" for i, t in zip("ab", texts, strict=True)), encoding="utf-8")
    quotes = tmp_path / "quotes.csv"
    rows = [quote_row("a", 1, QUOTE, "Sergey Radchenko"), quote_row("b", 1, SPUN, "Sergey Radchenko")]
    for row, text in zip(rows, texts, strict=True):
        row["start"] = text.rindex(row["quote"])
        row["end"] = row["start"] + len(row["quote"])
    write_csv(rows, quotes)
    result = runner.invoke(app, ["link", str(export), "--quotes", str(quotes), "--text-field", "body"])
    assert result.exit_code == 0, result.output
    articles = {r["doc_id"]: r for r in read(tmp_path / "quotes.articles.csv")}
    assert (articles["b"]["duplicate_of"], articles["b"]["relation"]) == ("a", "reworded copy")
    assert by_id(read(quotes))["b-001"]["integrity"] == "altered wording"
    bad = runner.invoke(app, ["link", str(export), "--quotes", str(quotes), "--input-format", "pdf"])
    assert bad.exit_code == 2 and "unknown input format" in bad.output


def test_link_command_refuses_articles_the_quotes_were_not_extracted_from(link_pile, tmp_path):
    """Issue 11.8: the wrong ARTICLES used to be linked silently, computing something else."""
    quotes, _, articles = link_pile
    other = tmp_path / "other"
    other.mkdir()
    (other / "a.txt").write_text((articles / "a.txt").read_text(encoding="utf-8")[::-1], encoding="utf-8")
    (other / "b.txt").write_text((articles / "b.txt").read_text(encoding="utf-8"), encoding="utf-8")
    before = quotes.read_bytes()
    result = runner.invoke(app, ["link", str(other), "--quotes", str(quotes)])
    assert result.exit_code == 1
    assert "does not match the articles given" in result.output
    assert "c.txt" in result.output and "a.txt: 4 of 4 quote(s)" in result.output
    assert quotes.read_bytes() == before and not (quotes.parent / "quotes.speakers.csv").exists()


def test_jsonl_numbers_stay_numbers_after_linking(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    out = tmp_path / "q.jsonl"
    result = runner.invoke(app, ["extract", str(story), "-o", str(out), "-f", "jsonl", "--wording-only"])
    assert result.exit_code == 0, result.output
    record = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    assert isinstance(record["start"], int) and isinstance(record["confidence"], float)
    assert record["speaker_id"]  # the linking pass ran


def test_linking_an_xlsx_output_again_keeps_it_a_workbook(tmp_path):
    write_stories(tmp_path / "in")
    out = tmp_path / "q.xlsx"
    assert extract(str(tmp_path / "in"), "-o", str(out), "--no-link").exit_code == 0
    result = runner.invoke(app, ["link", str(tmp_path / "in"), "--quotes", str(out), "--wording-only"])
    assert result.exit_code == 0, result.output
    assert all(r["speaker_id"] for r in workbook_rows(out) if r["speaker"])
    assert (tmp_path / "q.speakers.csv").is_file()
