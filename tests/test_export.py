"""CSV/JSONL output: the column contract, spreadsheet safety, atomic writes, round-tripping offsets."""

from __future__ import annotations

import csv
import json

import pytest

import quotes
from quotes.io.export import COLUMNS, neutralise, quote_rows, write_csv, write_jsonl

TEXT = (
    "“=SUM(A1:A9) is not a formula here,” Ana Silva said.\n\n"
    "“China,” Paul Grant, a fellow at the Atlas Council, said, “will wait.”"
)


@pytest.fixture(scope="module")
def rows():
    return list(quote_rows(quotes.extract(TEXT, "doc.txt")))


def test_contract_columns_start_the_header(rows, tmp_path):
    out = tmp_path / "q.csv"
    write_csv(rows, out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM for Excel
    header = raw.decode("utf-8-sig").splitlines()[0].split(",")
    contract = [
        "quote_id", "doc_id", "quote", "kind", "start", "end", "group_id", "speaker", "speaker_type",
        "speaker_mention", "speaker_start", "speaker_end", "role", "affiliation", "cue", "medium",
        "confidence", "sentence",
    ]
    assert header[: len(contract)] == contract
    assert list(COLUMNS[: len(contract)]) == contract


def test_offsets_round_trip_through_csv(rows, tmp_path):
    out = tmp_path / "q.csv"
    write_csv(rows, out)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        read = list(csv.DictReader(handle))
    assert len(read) == 3
    for row in read:
        quote = row["quote"][1:] if row["quote"].startswith("'=") else row["quote"]
        assert TEXT[int(row["start"]) : int(row["end"])] == quote
        if row["speaker_start"]:
            assert TEXT[int(row["speaker_start"]) : int(row["speaker_end"])] == row["speaker_mention"]


def test_split_quote_rows_share_group(rows):
    grant = [r for r in rows if r["speaker"] == "Paul Grant"]
    assert len(grant) == 2 and grant[0]["group_id"] == grant[1]["group_id"]
    assert grant[0]["quote_id"] != grant[1]["quote_id"]


def test_formula_cells_are_neutralised(rows, tmp_path):
    out = tmp_path / "q.csv"
    write_csv(rows, out)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        cells = [c for row in csv.reader(handle) for c in row]
    assert "'=SUM(A1:A9) is not a formula here," in cells
    assert not any(c.startswith(("=", "+", "@", "\t", "\r")) for c in cells)


@pytest.mark.parametrize(
    "value, expected",
    [("=1+1", "'=1+1"), ("+cmd", "'+cmd"), ("-2", "'-2"), ("@SUM(1)", "'@SUM(1)"), ("\tx", "'\tx"),
     ("\rx", "'\rx"), ("plain", "plain"), ("", ""), (None, "")],
)
def test_neutralise(value, expected):
    assert neutralise(value) == expected


def test_multiline_and_comma_cells_are_quoted(tmp_path):
    row = {c: "" for c in COLUMNS} | {"quote": 'a "b", c\nd', "start": 0, "end": 9}
    out = tmp_path / "q.csv"
    write_csv([row], out)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        read = list(csv.DictReader(handle))
    assert read[0]["quote"] == 'a "b", c\nd'


def test_jsonl_has_the_same_records(rows, tmp_path):
    out = tmp_path / "q.jsonl"
    assert write_jsonl(rows, out) == len(rows)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["quote"] for r in records] == [r["quote"] for r in rows]
    assert records[0]["start"] == rows[0]["start"]


def test_failed_write_leaves_no_partial_file(tmp_path):
    out = tmp_path / "q.csv"
    out.write_text("previous complete output")

    def broken_rows():
        yield {c: "x" for c in COLUMNS}
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        write_csv(broken_rows(), out)
    assert out.read_text() == "previous complete output"
    assert [p.name for p in tmp_path.iterdir()] == ["q.csv"]


def test_coordinated_sources_are_one_group_row_with_both_names():
    text = (
        "Ana Silva, a fellow at the Atlas Council, studies ports. Paul Grant is an economist.\n\n"
        "But the port deal still has its share of flaws, according to Silva and Grant."
    )
    [row] = [r for r in quote_rows(quotes.extract(text, "doc.txt")) if r["kind"] == "indirect"]
    assert (row["speaker"], row["speaker_type"]) == ("Ana Silva and Paul Grant", "group")
    assert row["speaker_mention"] == "Silva and Grant"
    assert text[row["speaker_start"] : row["speaker_end"]] == "Silva and Grant"
    assert row["role"] == row["affiliation"] == ""  # each member's role belongs to their own rows
