"""The claim table stage without the model: records read back from quotes.csv, speaker categories,
cells from hand-made assessments, and the CSV / XLSX files they are written to (opened and checked)."""

from __future__ import annotations

import csv
import json

import openpyxl
import pytest

from quotes.claims.assign import Assessment, ClaimScore, Stance, utterances
from quotes.claims.codebook import Claim, Codebook
from quotes.claims.draft import ALL_CALLS
from quotes.claims.outputs import write_outputs
from quotes.claims.records import QuotesFileError, read_rows, records_from_rows
from quotes.claims.speakers import Category, build_profiles, categorise, speaker_key
from quotes.claims.table import LONG_COLUMNS, matrix_header, table_from_assessments
from quotes.claims.xlsx import EXCEL_CELL_LIMIT, safe_value
from quotes.io.export import COLUMNS, write_csv

CODEBOOK = Codebook(
    topic="the dam's safety",
    claims=(
        Claim(id="dam-safe", label="Dam is safe", statement="The dam is structurally safe.",
              supports=("The dam is sound.",), disputes=("The dam could fail.",)),
        Claim(id="cost-overrun", label="Costs overrun", statement="The repairs cost far more than planned."),
    ),
)
LONG_QUOTE = "The dam is sound. " * 2500  # 45,000 characters: more than an Excel cell holds


def row(n, quote, kind="direct", speaker="Ana Silva", group=None, **extra):
    base = {
        "quote_id": f"dam-{n:03d}", "doc_id": "dam.txt", "quote": quote, "kind": kind, "start": 10 * n,
        "end": 10 * n + len(quote), "group_id": group or f"dam-g{n}", "speaker": speaker,
        "speaker_type": "person" if speaker else "", "role": "", "affiliation": "", "sentence": f"“{quote}” she said.",
        "confidence": 0.9,
    }
    return {**base, **extra}


ROWS = [
    row(1, "The dam is perfectly sound", role="structural engineer", affiliation="Delft University"),
    row(2, "and will stand for a century.", group="dam-g1", role="structural engineer"),
    row(3, "=HYPERLINK(\"http://evil\")", speaker="Tom Reyes", role="mayor"),
    row(4, "bottomless money pit", kind="partial", speaker="Tom Reyes"),
    row(5, "the dam", kind="scare", speaker=""),
    row(6, LONG_QUOTE, speaker="Lia Chen", role="spokesperson", affiliation="Water Ministry"),
    row(7, "The football team played well", speaker="Bo Kim"),
]


def score(claim_id, stance, value, fragment):
    return ClaimScore(claim_id, 0.6, 0.6, 0.2, stance, value, "an example", ("safe",), (), fragment)


@pytest.fixture
def table():
    records = records_from_rows(ROWS)
    plan = {  # utterance (by first quote id) -> (on topic, claims)
        "dam-001": (True, [score("dam-safe", Stance.SUPPORTS, 0.3, "The dam is perfectly sound")]),
        "dam-003": (True, [score("dam-safe", Stance.DISPUTES, -0.2, "=HYPERLINK(\"http://evil\")")]),
        "dam-004": (True, [score("dam-safe", Stance.SUPPORTS, 0.25, "bottomless money pit"),
                           score("cost-overrun", Stance.SUPPORTS, 0.4, "bottomless money pit")]),
        "dam-006": (True, [score("dam-safe", Stance.MENTIONS, 0.0, LONG_QUOTE)]),
        "dam-007": (False, []),
    }
    assessments = [
        Assessment(u, 0.5, plan[u.quote_ids[0]][0], tuple(plan[u.quote_ids[0]][1])) for u in utterances(records)
    ]
    return table_from_assessments(ROWS, records, assessments, CODEBOOK, sureness=ALL_CALLS)


def test_quotes_csv_round_trip_restores_neutralised_cells_and_keeps_unknown_columns(tmp_path):
    path = tmp_path / "quotes.csv"
    write_csv([{**r, "speaker_id": "ana"} for r in ROWS], path, columns=(*COLUMNS, "speaker_id", "future_column"))
    rows = read_rows(path)
    assert rows[2]["quote"] == "=HYPERLINK(\"http://evil\")"  # the apostrophe the export added is gone
    assert "future_column" in rows[0]
    records = records_from_rows(rows)
    assert records[0].speaker_id == "ana" and records[0].start == 10 and records[0].confidence == 0.9
    assert not records[4].speaks  # scare quote


def test_jsonl_and_bad_quote_files(tmp_path):
    path = tmp_path / "quotes.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in ROWS[:2]) + "\n", encoding="utf-8")
    assert [r["quote_id"] for r in read_rows(path)] == ["dam-001", "dam-002"]
    bad = tmp_path / "other.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(QuotesFileError, match="columns missing: quote_id"):
        read_rows(bad)
    with pytest.raises(QuotesFileError, match="cannot read"):
        read_rows(tmp_path / "none.csv")


def test_utterances_group_split_quotes_and_skip_scare_quotes():
    items = utterances(records_from_rows(ROWS))
    assert [u.quote_ids for u in items] == [("dam-001", "dam-002"), ("dam-003",), ("dam-004",), ("dam-006",),
                                            ("dam-007",)]
    assert items[0].text == "The dam is perfectly sound and will stand for a century."


@pytest.mark.parametrize(
    ("speaker_type", "roles", "affiliations", "name", "category"),
    [
        ("person", ["senior analyst"], ["Eurasia Group"], "Ali Wyne", Category.EXPERT),
        ("person", ["director"], ["Carnegie Russia Eurasia Center"], "Alexander Gabuev", Category.EXPERT),
        ("person", ["professor emeritus"], ["Harvard Kennedy School"], "Joseph Nye Jr.", Category.EXPERT),
        ("person", ["spokesperson"], ["Chinese Foreign Ministry"], "Mao Ning", Category.OFFICIAL),
        ("person", ["President"], ["Russia"], "Vladimir Putin", Category.OFFICIAL),
        ("person", ["president"], ["Brookings Institution"], "Jo Doe", Category.EXPERT),  # weak role word
        ("person", ["national security adviser"], ["U.S."], "Jake Sullivan", Category.OFFICIAL),
        ("organisation", [], [], "The Economist", Category.MEDIA),
        ("organisation", [], [], "Kremlin", Category.OFFICIAL),
        ("organisation", [], [], "China", Category.OFFICIAL),
        ("group", [], [], "China and Russia", Category.OFFICIAL),
        ("group", [], [], "analysts", Category.EXPERT),
        ("organisation", [], [], "Acme Widgets Ltd", Category.ORGANISATION),
        ("person", [], [], "Jane Roe", Category.OTHER),
        ("person", ["columnist"], ["The Guardian"], "Sam Poe", Category.MEDIA),
    ],
)
def test_speaker_categories(speaker_type, roles, affiliations, name, category):
    assert categorise(speaker_type, roles, affiliations, name) is category


def test_profiles_merge_initials_and_pairs_take_their_members_category():
    rows = [
        row(1, "a", speaker="Vladimir V. Putin", role="President", affiliation="Russia"),
        row(2, "b", speaker="Vladimir Putin"),
        row(3, "c", speaker="Xi Jinping", role="President", affiliation="China"),
        row(4, "d", speaker="Xi Jinping and Vladimir V. Putin", speaker_type="group"),
    ]
    profiles = build_profiles(records_from_rows(rows))
    putin = profiles[speaker_key(records_from_rows(rows)[1])]
    assert putin.quote_ids == ("dam-001", "dam-002") and putin.role == "President"
    assert profiles["name:xi jinping and vladimir putin"].category is Category.OFFICIAL


def test_cells_and_rows(table):
    assert [p.name for p in table.speakers] == ["Ana Silva", "Tom Reyes", "Lia Chen"]  # Bo Kim is off topic
    ana = table.cell("name:ana silva", "dam-safe")
    assert ana.stance == "supports" and ana.quote_ids == ("dam-001", "dam-002")
    assert ana.text.startswith("✔ supports: “The dam is perfectly sound”")
    tom = table.cell("name:tom reyes", "dam-safe")
    assert tom.stance == "mixed"  # one quote each way, of similar weight
    assert table.cell("name:tom reyes", "cost-overrun").stance == "supports"
    assert table.cell("name:ana silva", "cost-overrun") is None
    assert len(table.cell("name:lia chen", "dam-safe").fragment) < 200  # the shortest decisive words, cut
    assert all(e.record.kind != "scare" for e in table.evidence)


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


def test_workbook_content(table, tmp_path):
    article = tmp_path / "articles" / "dam.txt"
    article.parent.mkdir()
    article.write_text("text", encoding="utf-8")
    path = tmp_path / "out" / "table.xlsx"
    write_outputs(table, [path], article_places=[tmp_path / "articles"])
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Matrix", "Evidence", "Quotes", "Speakers", "Claims"]
    matrix = book["Matrix"]
    assert matrix.freeze_panes == "B2" and matrix.auto_filter.ref == "A1:G4"
    assert [c.value for c in matrix[1]] == ["speaker", "category", "role", "affiliation", "articles",
                                            "Dam is safe (dam-safe)", "Costs overrun (cost-overrun)"]
    assert matrix["A2"].value == "Ana Silva" and matrix["B2"].value == "expert" and matrix["E2"].value == "dam.txt"
    assert matrix["F2"].value.startswith("✔ supports") and matrix["F2"].fill.fgColor.rgb.endswith("C6EFCE")
    assert matrix["F3"].fill.fgColor.rgb.endswith("E4DFEC")  # mixed
    assert matrix["F2"].alignment.wrap_text and matrix.column_dimensions["F"].width > 30
    assert matrix["F1"].comment.text == "The dam is structurally safe."
    assert matrix["F2"].hyperlink.location.startswith("'Evidence'!A")
    evidence = book["Evidence"]
    header = [c.value for c in evidence[1]]
    assert evidence.freeze_panes == "B2" and evidence.auto_filter.ref
    rows = {r[header.index("quote_id")].value: r for r in evidence.iter_rows(min_row=2)}
    evil = rows["dam-003"]
    assert evil[header.index("quote")].value == "=HYPERLINK(\"http://evil\")"  # the quote, unchanged
    assert evil[header.index("quote")].data_type == "s"  # text, never a formula
    assert evil[header.index("stance")].fill.fgColor.rgb.endswith("FFC7CE")
    source = evil[header.index("source")]
    assert source.value == "dam.txt @ 30–55" and source.hyperlink.target == "../articles/dam.txt"
    quote_link = evil[header.index("quote_id")].hyperlink.location
    assert book["Quotes"][quote_link.split("!")[1]].value == "dam-003"  # the link lands on the quote's row
    assert evil[header.index("start")].value == 30  # numbers stay numbers
    long = rows["dam-006"][header.index("quote")].value
    assert len(long) == EXCEL_CELL_LIMIT and long.endswith("[cut: Excel cell limit]")
    quotes = book["Quotes"]
    quote_header = [c.value for c in quotes[1]]
    assert quotes.max_row == len(ROWS) + 1 and {"relevance", "on_topic", "claims"} <= set(quote_header)
    scare = next(r for r in quotes.iter_rows(min_row=2) if r[quote_header.index("kind")].value == "scare")
    assert scare[quote_header.index("claims")].value in (None, "")
    speakers = book["Speakers"]
    assert [c.value for c in speakers["A"]][1:] == ["Ana Silva", "Tom Reyes", "Lia Chen"]
    assert speakers["B4"].value == "official"


def test_safe_value():
    assert safe_value("=1+1") == "=1+1"  # text unchanged: the workbook types it as a string instead
    assert safe_value("bell\x07 and null\x00") == "bell and null"
    assert safe_value(3) == 3 and safe_value(None) is None


def test_xlsx_value_cannot_become_a_formula_after_cleaning(table, tmp_path):
    """A control character removed from a quote cannot uncover a formula: the cell is a string."""
    rows = [{**ROWS[0], "quote": "\x01=cmd|' /C calc'!A0", "speaker": "\x02@SUM(A1)"}]
    records = records_from_rows(rows)
    path = write_outputs(table_from_assessments(rows, records, [], CODEBOOK), [tmp_path / "t.xlsx"]).parent
    sheet = openpyxl.load_workbook(path / "t.xlsx")["Quotes"]
    header = [c.value for c in sheet[1]]
    quote, speaker = sheet.cell(2, header.index("quote") + 1), sheet.cell(2, header.index("speaker") + 1)
    assert (quote.value, quote.data_type, quote.quotePrefix) == ("=cmd|' /C calc'!A0", "s", True)
    assert (speaker.value, speaker.data_type, speaker.quotePrefix) == ("@SUM(A1)", "s", True)
