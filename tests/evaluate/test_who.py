"""quotes.evaluate.who: speaker, type, role and affiliation per beat, on invented gold and rows."""

from __future__ import annotations

import json

import pytest

from quotes.evaluate.gold import GoldQuote, GoldSpan, load_gold
from quotes.evaluate.who import read_beats, same_speaker, score_who
from quotes.io.records import QuoteRow


def gold_quote(start, end, speaker="Tom Hale", kind="direct", role=None, affiliation=None, stype="person", alt=()):
    return GoldQuote(doc_id="a.txt", id=f"q{start}", kind=kind, spans=(GoldSpan(start, end, "x" * (end - start)),),
                     speaker=speaker, speaker_type=stype, role=role, affiliation=affiliation, alt_speakers=alt)


def row(start, end, speaker="Tom Hale", kind="direct", role="", affiliation="", stype="person", doc="a.txt"):
    return QuoteRow(doc_id=doc, kind=kind, start=start, end=end, speaker=speaker, speaker_type=stype,
                    role=role, affiliation=affiliation)


def figures(gold, rows, beat="sport"):
    report = score_who({"a.txt": gold}, rows, {"a.txt": beat})
    return {name: (r.hits, r.total) for name, r in report.figures[beat].items()}


@pytest.mark.parametrize("predicted, gold, alt, expected", [
    ("Tom Hale", "Tom Hale", (), True),
    ("Mr Tom Hale", "Tom Hale", (), True),
    ("the FA", "FA", (), True),
    ("Football Association", "FA", ("Football Association",), True),
    ("Hale", "Tom Hale", (), False),          # a bare surname is not the canonical name
    ("Tom Hales", "Tom Hale", (), False),
    ("", "Tom Hale", (), False),
    # a joint speaker names the same people in any order, and only the same people
    ("Ann Lee and Tom Hale", "Tom Hale and Ann Lee", (), True),
    ("Ann Lee, Sam Poole and Tom Hale", "Tom Hale, Ann Lee and Sam Poole", (), True),
    ("Ann Lee and Tom Hale", "Tom Hale, Ann Lee and Sam Poole", (), False),
    ("Ann Lee and Tom Hale", "Tom Hale", (), False),
])
def test_same_speaker(predicted, gold, alt, expected):
    assert same_speaker(predicted, gold_quote(0, 5, speaker=gold, alt=alt)) is expected


def test_role_and_affiliation_count_only_where_the_gold_states_them():
    gold = [gold_quote(0, 10, role="coach", affiliation="Rangers"), gold_quote(20, 30)]
    rows = [row(0, 10, role="head coach", affiliation="Rangers FC"), row(20, 30, role="Representatives")]
    got = figures(gold, rows)
    assert got["speaker"] == (2, 2)
    assert got["role"] == (1, 1) and got["affiliation"] == (1, 1)
    assert got["role_unstated"] == (1, 1)            # junk role where the article states none
    assert got["affiliation_unstated"] == (0, 1)


def test_a_wrong_speaker_makes_role_and_type_wrong_or_unscored():
    gold = [gold_quote(0, 10, role="coach", affiliation="Rangers")]
    rows = [row(0, 10, speaker="Ann Lee", role="coach", affiliation="Rangers", stype="organisation")]
    got = figures(gold, rows)
    assert got["found"] == (1, 1) and got["speaker"] == (0, 1)
    assert got["role"] == (0, 1) and got["affiliation"] == (0, 1)
    assert got["type"] == (0, 0)                     # type is judged on right speakers only


def test_missed_quotes_count_against_every_figure_and_scare_quotes_are_left_out():
    gold = [gold_quote(0, 10, affiliation="Acme"), gold_quote(40, 50, speaker=None, kind="scare", stype=None)]
    got = figures(gold, [row(60, 70)])
    assert got["found"] == (0, 1) and got["speaker"] == (0, 1) and got["affiliation"] == (0, 1)


def test_marked_and_reported_pools_are_matched_apart():
    gold = [gold_quote(0, 10, kind="indirect")]
    got = figures(gold, [row(0, 10, kind="direct")])
    assert got["found"] == (0, 1)


def test_type_mismatch_and_per_beat_totals(tmp_path):
    for name, beat in (("a", "sport"), ("b", "business")):
        (tmp_path / f"{name}.json").write_text(json.dumps({"doc_id": f"{name}.txt", "beat": beat, "quotes": [
            {"id": "q1", "kind": "direct", "spans": [{"start": 0, "end": 4, "text": "abcd"}],
             "speaker": "Acme", "speaker_type": "organisation"}]}))
    gold = load_gold(tmp_path)
    rows = [row(0, 4, speaker="Acme", stype="person", doc="a.txt"),
            row(0, 4, speaker="Acme", stype="organisation", doc="b.txt")]
    report = score_who(gold, rows, read_beats(tmp_path))
    assert (report.figures["sport"]["type"].hits, report.figures["business"]["type"].hits) == (0, 1)
    assert report.figures["all"]["type"].total == 2 and report.documents == {"sport": 1, "business": 1, "all": 2}
    assert "business" in report.to_text() and report.to_dict()["all"]["documents"] == 2


@pytest.mark.parametrize("predicted, gold, expected", [
    ("unnamed agency spokesman", "spokesman", True),     # the tool's convention for an unnamed source
    ("an insurgent source", "insurgent source", True),
    ("analysts", "aviation analysts", True),             # a group label by its head noun
    ("multiple people familiar with the matter", "people familiar with the matter", True),
    ("economists", "mortgage lenders and economists", True),
    ("officials", "aviation analysts", False),           # another head noun
    ("Daily", "People’s Daily", False),                  # names are matched whole, never by their head
    ("the Shipside", "Miles Shipside", False),
])
def test_descriptions_match_by_head_noun_names_whole(predicted, gold, expected):
    stype = "group" if gold.endswith("s") else "person"
    assert same_speaker(predicted, gold_quote(0, 5, speaker=gold, stype=stype)) is expected


@pytest.mark.parametrize("predicted, gold, expected", [
    ("US", "US", True), ("U.S.", "United States|US", True), ("Rangers FC", "Rangers", True),
    ("Vice", "Venezuela|Venezuelan government", False), ("", "Labour", False),
])
def test_affiliation_matching(predicted, gold, expected):
    got = figures([gold_quote(0, 10, affiliation=gold)], [row(0, 10, affiliation=predicted)])["affiliation"]
    assert got == ((1, 1) if expected else (0, 1))
