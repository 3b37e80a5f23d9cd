"""quotes.claims.outputs: the claim CSVs and web pages, read back exactly, with links to the saved texts."""

from __future__ import annotations

import csv

import openpyxl
import pytest

from quotes.claims.assign import Assessment, ClaimScore, Stance, utterances
from quotes.claims.codebook import Claim, Codebook
from quotes.claims.draft import ALL_CALLS
from quotes.claims.outputs import write_outputs
from quotes.claims.records import records_from_rows
from quotes.claims.table import LONG_COLUMNS, matrix_header, table_from_assessments
from quotes.io.reader import read_article, save_article_text
from quotes.io.records import FORMULA_START, restore
from tests.helpers import read_csv_rows
from tests.helpers.claims import CODEBOOK, PAGE, _sheet_rows

COLD_SNAP_CODEBOOK = Codebook(
    topic="the cold snap",
    claims=(Claim(id="cold", label="It will be cold", statement="Temperatures will fall far below zero."),),
)


# the texts of issue 20 item 9: quotes that start like a formula, or with an apostrophe
TEXTS = ["=1+1", "-30 degrees is what we expect", "+44 is the code", "@user said so", "\ttabbed", "\rreturned",
         "'quoted'", "''", "'=x", "'", "plain words"]


def _cold_row(n: int, quote: str, doc_id: str = "cold.txt", speaker: str = "Ana Silva", **extra) -> dict:
    return {
        "quote_id": f"{doc_id.split('.')[0]}-{n:03d}", "doc_id": doc_id, "quote": quote, "kind": "direct",
        "start": 10 * n, "end": 10 * n + len(quote), "group_id": f"{doc_id}-g{n}", "speaker": speaker,
        "speaker_type": "person", "role": "", "affiliation": "", "sentence": f"“{quote}” she said.",
        "confidence": 0.9, **extra,
    }


def _table(rows: list[dict]):
    """Every utterance on topic, supporting the one claim, its whole quote the fragment."""
    records = records_from_rows(rows)
    assessments = [
        Assessment(u, 0.5, True, (ClaimScore("cold", 0.6, 0.6, 0.2, Stance.SUPPORTS, 0.3, "an example", (), (),
                                             u.text),))
        for u in utterances(records)
    ]
    return table_from_assessments(rows, records, assessments, COLD_SNAP_CODEBOOK, sureness=ALL_CALLS)




@pytest.fixture(scope="module")
def guarded(tmp_path_factory):
    out = tmp_path_factory.mktemp("guarded")
    rows = [_cold_row(n, text, speaker=f"Speaker {n}") for n, text in enumerate(TEXTS, 1)]
    table = _table(rows)
    long_path = write_outputs(table, [out / "table.xlsx", out / "table.csv"])
    return out, long_path


QUOTE = "-30 degrees is what we expect on Thursday night,"


@pytest.fixture
def web_pile(tmp_path):
    """A saved web page, its text as `quotes extract --save-text` keeps it, and its quote's row."""
    pages, texts = tmp_path / "pages", tmp_path / "texts"
    pages.mkdir()
    (pages / "cold.html").write_text(PAGE, encoding="utf-8")
    article = read_article(pages / "cold.html")
    assert article.format == "html" and QUOTE in article.text
    save_article_text(article, texts)
    start = article.text.index(QUOTE)
    assert PAGE.find(QUOTE) != start  # the raw file's offsets are not the text's
    meta = {k: v or "" for k, v in article.meta.as_dict().items()}
    row = _cold_row(1, QUOTE, doc_id=article.doc_id, start=start, end=start + len(QUOTE), **meta)
    return tmp_path, article, row


@pytest.mark.parametrize("text", TEXTS)
def test_workbook_cells_hold_the_quote_as_typed_text(guarded, text):
    out, _ = guarded
    book = openpyxl.load_workbook(out / "table.xlsx")
    [evidence] = [r for r in _sheet_rows(book["Evidence"]) if r["quote"].value == text]
    [quote] = [r for r in _sheet_rows(book["Quotes"]) if r["quote"].value == text]
    for cell in (evidence["quote"], quote["quote"], evidence["sentence"]):
        assert cell.data_type == "s", (text, cell.data_type)  # a string: never a formula
    for cell in (evidence["quote"], quote["quote"]):
        assert cell.quotePrefix == text.startswith(FORMULA_START)  # Excel keeps it text when edited
    assert evidence["sentence"].value == f"“{text}” she said."
    assert evidence["start"].value == quote["start"].value  # numbers stay numbers
    matrix = {r["speaker"].value: r for r in _sheet_rows(book["Matrix"])}
    assert f"“{text.strip()}”" in matrix[quote["speaker"].value]["It will be cold (cold)"].value


@pytest.mark.parametrize("text", TEXTS)
def test_claim_csvs_keep_the_guard_and_read_back_exactly(guarded, text):
    _, long_path = guarded
    [cell] = [r["quote"] for r in read_csv_rows(long_path) if restore(r["quote"]) == text]
    assert not cell.startswith(FORMULA_START)  # a spreadsheet opening the CSV runs nothing


def test_a_web_page_links_to_its_saved_text_and_shows_its_article(web_pile):
    folder, article, row = web_pile
    path = folder / "out" / "table.xlsx"
    long_path = write_outputs(_table([row]), [path], article_places=[folder / "pages", folder / "texts"])
    [evidence] = _sheet_rows(openpyxl.load_workbook(path)["Evidence"])
    link = evidence["source"].hyperlink.target
    assert link == "../texts/cold.html.txt"  # not ../pages/cold.html, whose offsets are the HTML's
    text = (path.parent / link).read_bytes().decode("utf-8")
    assert text[evidence["start"].value : evidence["end"].value] == evidence["quote"].value == QUOTE
    assert evidence["doc_id"].value == article.doc_id
    for column in ("title", "outlet", "date", "url"):
        assert evidence[column].value == row[column] != "", column
    assert evidence["url"].hyperlink.target == "https://example.com/cold"
    [long] = read_csv_rows(long_path)
    assert {c: long[c] for c in ("title", "outlet", "date", "url")} == {c: row[c] for c in ("title", "outlet", "date", "url")}
    assert list(long) == list(LONG_COLUMNS)


def test_a_web_page_without_its_saved_text_gets_no_link_to_the_html(web_pile):
    folder, _, row = web_pile
    path = folder / "out" / "table.xlsx"
    write_outputs(_table([row]), [path], article_places=[folder / "pages"])
    sheet = openpyxl.load_workbook(path)["Evidence"]
    [evidence] = _sheet_rows(sheet)
    assert evidence["source"].hyperlink is None  # the raw page would open at the wrong place
    assert evidence["source"].value == f"cold.html @ {row['start']}–{row['end']}"
    header = [c.value for c in sheet[1]]
    assert "--save-text" in sheet.cell(1, header.index("source") + 1).comment.text  # says how to get a link


def test_a_plain_text_article_links_to_itself(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    text = "Ana Silva said: “-30 degrees is what we expect.”\n"
    (articles / "cold.txt").write_text(text, encoding="utf-8")
    start = text.index("-30")
    row = _cold_row(1, "-30 degrees is what we expect.", start=start, end=start + 30)
    path = tmp_path / "table.xlsx"
    write_outputs(_table([row]), [path], article_places=[articles])
    [evidence] = _sheet_rows(openpyxl.load_workbook(path)["Evidence"])
    assert evidence["source"].hyperlink.target == "articles/cold.txt"


def test_group_rows_say_which_article_they_stand_for(tmp_path):
    rows = [
        _cold_row(1, "It will be bitterly cold", doc_id="a.txt", speaker="analysts"),
        _cold_row(1, "Expect the coldest week in years", doc_id="b.txt", speaker="analysts"),
        _cold_row(2, "Thirty below, at least", doc_id="a.txt", speaker="Ana Silva"),
        _cold_row(2, "Colder than last year", doc_id="b.txt", speaker="Ana Silva"),
    ]
    for row in rows:
        row["speaker_type"] = "group" if row["speaker"] == "analysts" else "person"
    long_path = write_outputs(_table(rows), [tmp_path / "table.csv", tmp_path / "table.xlsx"])
    matrix = read_csv_rows(tmp_path / "table.csv")
    assert sorted((r["speaker"], r["articles"]) for r in matrix) == [
        ("Ana Silva", "a.txt; b.txt"), ("analysts", "a.txt"), ("analysts", "b.txt"),
    ]
    sheet = _sheet_rows(openpyxl.load_workbook(tmp_path / "table.xlsx")["Matrix"])
    assert sorted((r["speaker"].value, r["articles"].value) for r in sheet) == sorted(
        (r["speaker"], r["articles"]) for r in matrix
    )
    long = read_csv_rows(long_path)
    assert sorted((r["speaker"], r["speaker_articles"], r["doc_id"]) for r in long) == [
        ("Ana Silva", "a.txt; b.txt", "a.txt"), ("Ana Silva", "a.txt; b.txt", "b.txt"),
        ("analysts", "a.txt", "a.txt"), ("analysts", "b.txt", "b.txt"),
    ]


def test_csv_outputs(table, tmp_path):
    long_path = write_outputs(table, [tmp_path / "table.csv"])
    assert long_path == tmp_path / "claims_long.csv"
    with open(tmp_path / "table.csv", encoding="utf-8-sig", newline="") as handle:
        matrix = list(csv.reader(handle))
    assert matrix[0] == matrix_header(CODEBOOK)
    assert matrix[2][0] == "Tom Reyes" and matrix[2][4] == "dam.txt" and matrix[2][5].startswith("± mixed")
    with open(long_path, encoding="utf-8-sig", newline="") as handle:
        long = list(csv.DictReader(handle))
    assert list(long[0]) == list(LONG_COLUMNS)
    evil = next(r for r in long if r["quote_id"] == "dam-003")
    assert evil["quote"].startswith("'=")  # neutralised for spreadsheets
    assert {r["quote_id"] for r in long} == {"dam-001", "dam-002", "dam-003", "dam-004", "dam-006"}
