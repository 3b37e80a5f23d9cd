"""CSV/JSONL output: the column contract, spreadsheet safety, atomic writes, round-tripping offsets."""

from __future__ import annotations

import csv
import json

import pytest
from openpyxl import Workbook, load_workbook

import quotes
from quotes.io.export import (
    COLUMNS,
    FORMULA_START,
    XLSX_CELL_LIMIT,
    neutralise,
    quote_rows,
    write_csv,
    write_jsonl,
    write_rows,
    xlsx_cells,
)
from quotes.io.records import read_quotes, restore
from quotes.types import Quote, QuoteKind, Span, Speaker, SpeakerType
from tests.helpers.inputs import FORMULA_TEXTS

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


# ---- the formula guard: CSV cells are guarded, every reader takes the guard off again ----------------

GUARD_CASES = [
    # (real text, as the CSV cell holds it)
    ("=1+1", "'=1+1"),
    ("-30 degrees", "'-30 degrees"),
    ("+44 20 7946 0000", "'+44 20 7946 0000"),
    ("@user", "'@user"),
    ("\tindented", "'\tindented"),
    ("\rreturn", "'\rreturn"),
    ("'quoted'", "''quoted'"),  # an apostrophe is guarded too: the reader cannot mistake it for the guard
    ("''", "'''"),
    ("'", "''"),
    ("'=x", "''=x"),
    ("'-30", "''-30"),
    ("don't -30", "don't -30"),
    ("plain text", "plain text"),
    ("", ""),
]


def _guard_rows() -> list[dict]:
    return [
        {**dict.fromkeys(COLUMNS, ""), "quote_id": f"d-{n:03d}", "doc_id": f"{text}.txt", "quote": text, "kind": "direct",
         "start": n, "end": n + len(text), "speaker": text, "sentence": f"{text} she said.", "confidence": 0.5}
        for n, (text, _) in enumerate(GUARD_CASES)
    ]


@pytest.mark.parametrize("text, cell", GUARD_CASES)
def test_neutralise_guards_every_ambiguous_start(text, cell):
    assert neutralise(text) == cell
    assert restore(cell) == text


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_every_text_reads_back_exactly(tmp_path, fmt):
    """Written with the real writer, read with read_quotes: every text cell as it was."""
    rows = _guard_rows()
    path = tmp_path / f"q.{fmt}"
    write_rows(rows, path, fmt)
    read = list(read_quotes(path))
    assert [(r.doc_id, r.quote, r.speaker, r.sentence) for r in read] == [
        (r["doc_id"], r["quote"], r["speaker"], r["sentence"]) for r in rows
    ]


def test_the_csv_cells_are_guarded(tmp_path):
    path = tmp_path / "q.csv"
    write_csv(_guard_rows(), path)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        cells = [row["quote"] for row in csv.DictReader(handle)]
    assert cells == [cell for _, cell in GUARD_CASES]


def test_every_reader_of_the_project_reads_the_text_back(tmp_path):
    """The claim table's, the review app's and resume's readers all see the text, not the guard."""
    from quotes.claims.records import read_rows, records_from_rows
    from quotes.review.load import read_quotes as review_rows
    from quotes.scale import PartialOutput

    rows = _guard_rows()
    path = tmp_path / "q.csv"
    write_csv(rows, path)
    texts = [text for text, _ in GUARD_CASES]
    assert [r.quote for r in records_from_rows(read_rows(path))] == texts  # guard taken off once, not twice
    assert [r["quote"] for r in review_rows(path)] == texts
    resumed = PartialOutput(path, "csv", resume=True)  # continues a finished output: skips what it holds
    try:
        assert resumed.done == {f"{text}.txt" for text in texts}
    finally:
        resumed.close()


def test_quotes_starting_with_a_guarded_character_keep_their_offsets(tmp_path):
    text = "Ana Silva said: “-30 degrees is what we expect tonight.” She added: “'Tis the season to stay in.”"
    rows = list(quote_rows(quotes.extract(text, "cold.txt")))
    assert [r["quote"][:3] for r in rows] == ["-30", "'Ti"]
    path = tmp_path / "q.csv"
    write_csv(rows, path)
    read = list(read_quotes(path))
    assert len(read) == len(rows)
    for row in read:
        assert text[row.start : row.end] == row.quote


@pytest.mark.parametrize("killed", [False, True])
def test_resume_over_guarded_cells_gives_the_uninterrupted_bytes(tmp_path, killed):
    """Resume re-reads the output (a finished one) or its journal (a killed run's) and appends: the
    articles whose doc_id or text starts with a guarded character are neither lost nor written twice."""
    from quotes.scale import PartialOutput

    rows = _guard_rows()[::-1]  # the apostrophe cases in the first half, the part read back
    articles = [(r["doc_id"], [r]) for r in rows]
    reference = tmp_path / "reference.csv"
    write_csv(rows, reference)
    out = tmp_path / "q.csv"
    half = len(articles) // 2
    if killed:
        first = PartialOutput(out, "csv")
        for doc_id, its_rows in articles[:half]:
            first.append(doc_id, its_rows)
        first.close()  # stopped early: the partial file and its journal are kept for --resume
    else:
        write_csv([r for _, its_rows in articles[:half] for r in its_rows], out)
    resumed = PartialOutput(out, "csv", resume=True)
    assert resumed.done == {doc_id for doc_id, _ in articles[:half]}
    for doc_id, its_rows in articles:
        if doc_id not in resumed.done:
            resumed.append(doc_id, its_rows)
    resumed.commit()
    assert out.read_bytes() == reference.read_bytes()


def _hostile_row() -> dict:
    text = "=cmd|' /C calc'!A0 said @someone"
    quote = Quote(
        id="q1", doc_id="x.txt", kind=QuoteKind.DIRECT, spans=(Span(0, 18, text[:18]),), sentence=Span(0, len(text), text),
        speakers=(Speaker("=cmd|' /C calc'!A0", SpeakerType.PERSON, Span(0, 4, "=cmd"), role="+role", affiliation="-aff"),),
    )
    return next(quote_rows([quote]))


def _quote(doc_id: str) -> Quote:
    return Quote(id="q1", doc_id=doc_id, kind=QuoteKind.DIRECT, spans=(Span(1, 4, "Yes"),), sentence=Span(0, 20, "“Yes,” said Ann Lee."),
                 confidence=0.9, group_id="g1")  # fmt: skip


def test_every_text_column_is_neutralised(tmp_path):
    row = _hostile_row() | {"cue": "@cue", "medium": "\rmedium", "speaker_id": "=id", "variant_of": "+v", "integrity": "-i"}
    out = tmp_path / "h.csv"
    write_csv([row], out)
    raw = out.read_bytes().decode("utf-8-sig")
    with open(out, encoding="utf-8-sig", newline="") as handle:
        [header, cells] = list(csv.reader(handle))
    for column, cell in zip(header, cells, strict=True):
        assert not cell.startswith(FORMULA_START), (column, cell)
    assert "'=cmd|' /C calc'!A0" in raw


def test_xlsx_cells_are_data_not_formulas(tmp_path):
    workbook = Workbook()
    sheet = workbook.active
    values = [*FORMULA_TEXTS, "\x01=hidden behind a control character", "=SUM(A1:A9)", "plain"]
    for n, value in enumerate(values, 1):
        [cell] = xlsx_cells(value)
        sheet.cell(n, 1, cell)
    path = tmp_path / "cells.xlsx"
    workbook.save(path)
    sheet = load_workbook(path).active
    for n in range(1, len(values) + 1):
        cell = sheet.cell(n, 1)
        assert cell.data_type == "s" and not str(cell.value).startswith(FORMULA_START), cell.value


def test_astral_characters_count_twice_against_the_xlsx_limit():
    cells = xlsx_cells("😀" * 20000)  # 40,000 UTF-16 units: over the limit though 20,000 characters
    assert len(cells) == 2
    assert all(len(c.encode("utf-16-le")) // 2 <= XLSX_CELL_LIMIT for c in cells)


def test_old_side_file_names_are_still_read(tmp_path):
    from quotes.claims.cli import copies_beside

    quotes = tmp_path / "quotes.csv"
    write_csv([], quotes)
    write_csv([{"doc_id": "b.txt", "duplicate_of": "a.txt"}], tmp_path / "articles.csv", columns=("doc_id", "duplicate_of"))
    assert copies_beside(quotes) == {"b.txt": "a.txt"}


def test_same_named_files_in_three_folders_get_unique_ids():
    doc_ids = ["index.html.txt", "arch/2026-01-02/index.html.txt", "arch/2026-01-03/index.html.txt"]
    rows = [r for d in doc_ids for r in quote_rows([_quote(d)])]
    assert len({r["quote_id"] for r in rows}) == 3 and len({r["group_id"] for r in rows}) == 3
    assert next(quote_rows([_quote("story.txt")]))["quote_id"] == "story-001"  # the simple case stays readable
    assert next(quote_rows([_quote("2024.001")]))["quote_id"] == "2024.001-001"
