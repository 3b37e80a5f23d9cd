"""The linking pass on a constructed pile: annotated quotes, the three spreadsheets, and the `quotes link` command."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quotes.cli import app
from quotes.crossdoc.link import (
    ARTICLE_COLUMNS,
    SPEAKER_COLUMNS,
    VARIANT_COLUMNS,
    link_files,
    signatures_from_paths,
)
from quotes.io.export import COLUMNS, write_csv, write_jsonl
from quotes.io.records import read_quotes

SEED = sorted((Path(__file__).resolve().parent.parent / "fixtures").glob("000_*.txt"))[0]
QUOTE = "They’ll complain [about the U.S.], and they’ll stick to their talking points,"
SPUN = "They’re going to complain [about the U.S.], they usually’ll persist with their speaking factors,"
NYE = "The Chinese peace plan for Ukraine is not really an impartial peace plan,"
FORMULA = "-30% is what the sanctions cost them, and they know it"


def reword(text: str) -> str:
    count = iter(range(10**9))
    return re.sub(r"\b[a-z]+\b", lambda m: "zz" + m.group()[::-1] if next(count) % 2 else m.group(), text)


def read(path: Path) -> list[dict]:
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def quote_row(doc, n, text, speaker, kind="direct", role="", affiliation=""):
    return {c: "" for c in COLUMNS} | {
        "quote_id": f"{Path(doc).stem}-{n:03d}", "doc_id": doc, "quote": text, "kind": kind, "start": 10 * n,
        "end": 10 * n + len(text), "group_id": f"{Path(doc).stem}-g{n}", "speaker": speaker, "speaker_type": "person",
        "speaker_mention": speaker.split()[-1], "role": role, "affiliation": affiliation,
    }


@pytest.fixture
def pile(tmp_path):
    """An article, its machine-reworded copy and an unrelated one, with hand-made quote rows."""
    story = SEED.read_text(encoding="utf-8")
    articles = tmp_path / "articles"
    articles.mkdir()
    texts = {"a.txt": story, "b.txt": reword(story), "c.txt": "“Sanctions work,” Joe Nye said in Boston.\n\n" * 3}
    rows = [
        quote_row("a.txt", 1, QUOTE, "Sergey Radchenko", affiliation="Johns Hopkins School of Advanced International Studies"),
        quote_row("a.txt", 2, NYE, "Joseph Nye Jr.", affiliation="Harvard Kennedy School"),
        quote_row("a.txt", 3, FORMULA, "Joseph Nye Jr."),
        quote_row("a.txt", 4, "the meeting will be an opportunity", "Sergey Radchenko", kind="indirect"),
        quote_row("b.txt", 1, SPUN, "Sergey Radchenko", affiliation="Johns Hopkins Faculty of Superior Worldwide Research"),
        quote_row("b.txt", 2, NYE, "Nye", affiliation="Harvard Kennedy Faculty"),
        quote_row("b.txt", 3, FORMULA, "Nye"),
        quote_row("c.txt", 1, "not really an impartial peace plan", "Joseph Nye", kind="partial"),
    ]
    for row in rows:  # each quote where its offsets say, so `quotes link` finds the file fits the articles
        row["start"] = len(texts[row["doc_id"]]) + 2
        texts[row["doc_id"]] += "\n\n" + row["quote"]
        row["end"] = len(texts[row["doc_id"]])
    for name, text in texts.items():
        (articles / name).write_text(text, encoding="utf-8")
    quotes = tmp_path / "out" / "quotes.csv"
    write_csv(rows, quotes)
    sources = [(name, str(articles / name)) for name in ("a.txt", "b.txt", "c.txt")]
    return quotes, sources, articles


def by_id(rows):
    return {r["quote_id"]: r for r in rows}


def test_link_files_writes_three_spreadsheets_and_annotates_the_quotes(pile):
    quotes, sources, _ = pile
    summary = link_files(quotes, signatures_from_paths(sources))
    out = quotes.parent
    assert summary.relations == {"reworded copy": 1}
    assert summary.verdicts == {"altered wording": 1, "identical": 3}

    rows = by_id(read(out / "quotes.csv"))
    assert list(rows["a-001"]) == list(COLUMNS) and COLUMNS[18:21] == ("speaker_id", "variant_of", "integrity")
    assert {rows[q]["speaker_id"] for q in ("a-002", "b-002", "c-001")} == {"joseph-nye-jr"}
    assert (rows["b-001"]["variant_of"], rows["b-001"]["integrity"]) == ("a-001", "altered wording")
    assert (rows["b-002"]["variant_of"], rows["b-002"]["integrity"]) == ("a-002", "identical")
    assert (rows["c-001"]["variant_of"], rows["c-001"]["integrity"]) == ("a-002", "identical")  # a partial of it
    assert rows["a-001"]["integrity"] == "original" and rows["a-001"]["variant_of"] == ""
    assert rows["a-004"]["integrity"] == ""  # reported speech is the writer's words: not checked
    assert rows["a-003"]["quote"] == "'" + FORMULA  # still formula-safe after the rewrite
    assert [r.quote for r in read_quotes(out / "quotes.csv")][2] == FORMULA

    articles = {r["doc_id"]: r for r in read(out / "quotes.articles.csv")}
    assert list(articles["a.txt"]) == list(ARTICLE_COLUMNS)
    assert (articles["b.txt"]["duplicate_of"], articles["b.txt"]["relation"]) == ("a.txt", "reworded copy")
    assert articles["a.txt"]["copies"] == "b.txt" and articles["c.txt"]["relation"] == ""
    assert articles["a.txt"]["title"].startswith("Russian President Vladimir Putin")

    speakers = {r["speaker_id"]: r for r in read(out / "quotes.speakers.csv")}
    assert list(speakers["joseph-nye-jr"]) == list(SPEAKER_COLUMNS)
    nye = speakers["joseph-nye-jr"]
    assert (nye["quotes"], nye["articles"]) == ("5", "3")
    assert "Harvard Kennedy School [a.txt] vs Harvard Kennedy Faculty [b.txt]" in nye["conflicts"]
    assert "Johns Hopkins Faculty of Superior Worldwide Research" in speakers["sergey-radchenko"]["conflicts"]

    [altered] = [r for r in read(out / "quotes.quote_variants.csv") if r["verdict"] == "altered wording"]
    assert list(altered) == list(VARIANT_COLUMNS)
    assert altered["diff"].startswith("“They’ll complain” → “They’re going to complain”")
    assert (altered["original_doc_id"], altered["variant_doc_id"], altered["found_by"]) == ("a.txt", "b.txt", "aligned copy")
    assert (altered["original_quote"], altered["variant_quote"]) == (QUOTE, SPUN)


def test_jsonl_quotes_are_linked_in_their_own_format(pile, tmp_path):
    quotes, sources, _ = pile
    jsonl = tmp_path / "q.jsonl"
    write_jsonl((r.as_dict() for r in read_quotes(quotes)), jsonl)
    link_files(jsonl, signatures_from_paths(sources), out_dir=tmp_path / "linked")
    rows = {r.quote_id: r.as_dict() for r in read_quotes(jsonl)}
    assert rows["b-001"]["integrity"] == "altered wording" and rows["a-003"]["quote"] == FORMULA
    assert (tmp_path / "linked" / "q.speakers.csv").exists()


def test_an_article_that_cannot_be_read_again_is_left_out_with_a_warning(pile):
    quotes, sources, _ = pile
    warnings = []
    sigs = list(signatures_from_paths([*sources[:1], ("stdin", None), ("gone.txt", "/nonexistent/gone.txt")], warn=warnings.append))
    assert [s.doc_id for s in sigs] == ["a.txt"]
    assert len(warnings) == 2 and "stdin: text not kept" in warnings[0]


runner = CliRunner()


def test_link_command_writes_into_another_folder(pile, tmp_path):
    quotes, _, articles = pile
    before = quotes.read_bytes()
    result = runner.invoke(app, ["link", str(articles), "--quotes", str(quotes), "-o", str(tmp_path / "linked")])
    assert result.exit_code == 0, result.output
    assert "1 reworded copy" in result.output
    assert quotes.read_bytes() == before  # the input is left alone when the output goes elsewhere
    assert by_id(read(tmp_path / "linked" / "quotes.csv"))["b-001"]["integrity"] == "altered wording"


def test_link_command_errors(tmp_path, pile):
    _, _, articles = pile
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


def test_link_command_refuses_articles_the_quotes_were_not_extracted_from(pile, tmp_path):
    """Issue 11.8: the wrong ARTICLES used to be linked silently, computing something else."""
    quotes, _, articles = pile
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
