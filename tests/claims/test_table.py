"""quotes.claims.table: the cells and rows of the claim table, the copy rule, why a cell holds what it does."""

from __future__ import annotations

from quotes.claims.assign import Assessment, ClaimScore, Stance, utterances
from quotes.claims.draft import ALL_CALLS
from quotes.claims.records import records_from_rows
from quotes.claims.table import table_from_assessments
from tests.helpers.claims import ONE_CLAIM_CODEBOOK, _assessed, _row


def test_a_copy_is_not_a_second_source():
    rows = [
        _row(1, "orig.txt", "Chinese Ministry of Foreign Affairs", "organisation"),
        _row(2, "orig.txt", "analysts", "group", quote="The dam will hold"),
        _row(1, "copy.txt", "Ministry of International Affairs", "organisation", quote="The dam is sturdy",
             variant_of="orig.txt-001"),
        _row(2, "copy.txt", "consultants", "group", quote="The dam shall hold", variant_of="orig.txt-002"),
        _row(3, "copy.txt", "Ana Silva", quote="The dam is sound and safe"),
    ]
    records, assessments = _assessed(rows)
    table = table_from_assessments(rows, records, assessments, ONE_CLAIM_CODEBOOK, {"copy.txt": "orig.txt"}, ALL_CALLS)
    names = [p.name for p in table.speakers]
    # one organisation under two names in the copy pair is one speaker: the original's name
    assert sorted(names) == ["Chinese Ministry of Foreign Affairs", "analysts"]
    cells = [table.cell(p.key, "dam-safe") for p in table.speakers]
    assert all(c.also_in == ("copy.txt",) for c in cells)
    assert sorted(c.quote_ids for c in cells) == [("orig.txt-001",), ("orig.txt-002",)]  # no copy quote counts
    assert all("also in copy.txt" in c.text for c in cells)
    assert all(e.record.doc_id == "orig.txt" for e in table.evidence)


def test_cells_show_why_and_mark_small_margins():
    rows = [_row(1, "a.txt", "Ana Silva", speaker_mention="the engineer")]
    records = records_from_rows(rows)
    (u,) = utterances(records)
    s = ClaimScore("dam-safe", 0.6, 0.6, 0.55, Stance.SUPPORTS, 0.05, "ex", (), (), u.text, cue="", check=True)
    table = table_from_assessments(rows, records, [Assessment(u, 0.6, True, (s,), (s,))], ONE_CLAIM_CODEBOOK, sureness=ALL_CALLS)
    cell = table.cell(u.speaker_key, "dam-safe")
    assert cell.check and "(check)" in cell.text and "the engineer" in cell.text and "score +0.05" in cell.text


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
