"""quotes.claims.records: quote records read back from quotes.csv / JSONL, and who a record's speaker is."""

from __future__ import annotations

import json

import pytest

from quotes.claims.records import QuotesFileError, read_rows, records_from_rows
from quotes.io.export import COLUMNS, write_csv
from tests.helpers.claims import ROWS


@pytest.mark.parametrize(("mention", "speaker", "speaker_type", "why"), [
    ("Sanders supporters", "Diane Russell", "person", "plural mention"),  # a plural mention is not one person
    ("Attorneys for Clinton", "Hillary Clinton", "person", "plural mention"),
    ("one Sanders supporter", "Bernie Sanders", "person", "indefinite mention"),  # someone unnamed
    ("a Cruz aide", "Ted Cruz", "person", "indefinite mention"),
    # a surname, a pronoun, a role noun, a pair, an unnamed speaker: the mention can be the speaker
    ("Sanders", "Bernie Sanders", "person", ""),
    ("she", "Nina Turner", "person", ""),
    ("The chairman", "Reince Priebus", "person", ""),
    ("Wyne mentioned,", "Ali Wyne", "person", ""),
    ("Nye and Radchenko", "Joseph Nye Jr. and Sergey Radchenko", "group", ""),
    ("A spokesman", "unnamed spokesman", "person", ""),
    ("Sanders supporters", "Sanders supporters", "group", ""),
])
def test_a_mention_that_cannot_be_its_named_speaker(mention, speaker, speaker_type, why):
    from quotes.claims.speakers import doubtful_speaker
    record = records_from_rows([{"quote_id": "q", "doc_id": "a.txt", "quote": "x", "kind": "direct",
                                 "speaker": speaker, "speaker_type": speaker_type,
                                 "speaker_mention": mention}])[0]
    assert doubtful_speaker(record) == why


@pytest.mark.parametrize(("doc_id", "outlet", "speaker", "own"), [
    ("politico_2016-07-06_lewandowski", "", "POLITICO", True),  # "as POLITICO has reported"
    ("a.txt", "The New York Times", "New York Times", True),
    ("wash-post_2016-08-06_clinton", "", "The Washington Post", False),  # another name: cited, a source
    ("politico_2016-07-06_lewandowski", "", "The New York Times", False),
    ("000_8f38b98b410e10c4", "", "Ali Wyne", False),
])
def test_the_articles_own_outlet_is_the_writer(doc_id, outlet, speaker, own):
    from quotes.claims.speakers import own_outlet
    record = records_from_rows([{"quote_id": "q", "doc_id": doc_id, "quote": "x", "kind": "direct",
                                 "speaker": speaker, "speaker_type": "organisation", "outlet": outlet}])[0]
    assert own_outlet(record) == own


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


@pytest.mark.parametrize(("speaker", "role", "affiliation", "expected", "expected_type"), [
    # an unnamed spokesperson states the organisation's position
    ("unnamed spokeswoman", "spokeswoman", "Human Rights Watch", "Human Rights Watch", "organisation"),
    ("unnamed company spokesman", "company spokesman", "Acme Corp", "Acme Corp", "organisation"),
    # negatives: a named spokesperson, an unnamed source of another role, no or a double affiliation
    ("Mark Oaten", "home affairs spokesman", "Liberal Democrats", "Mark Oaten", "person"),
    ("unnamed official", "official", "Pentagon", "unnamed official", "person"),
    ("unnamed spokeswoman", "spokeswoman", "", "unnamed spokeswoman", "person"),
    ("unnamed spokesman", "spokesman", "Acme; Labour Party", "unnamed spokesman", "person"),
])
def test_an_unnamed_spokesperson_speaks_for_the_organisation(speaker, role, affiliation, expected, expected_type):
    record = records_from_rows([{"quote_id": "q", "doc_id": "a.txt", "quote": "x", "kind": "indirect", "speaker": speaker,
                                 "speaker_type": "person", "role": role, "affiliation": affiliation}])[0]
    assert (record.speaker, record.speaker_type) == (expected, expected_type)
