"""Stance frames, per-article group speakers, the copy rule and the check scorer, without the model.
Every sentence is invented (a dam's safety, a mayor's budget), none comes from an article."""

from __future__ import annotations

import pytest

from quotes.claims.assign import Assessment, ClaimScore, Stance, utterances
from quotes.claims.check import KeyStance, names_match, score
from quotes.claims.codebook import Claim, Codebook
from quotes.claims.draft import ALL_CALLS
from quotes.claims.frames import Frame, frame_of
from quotes.claims.records import QuoteRecord, records_from_rows
from quotes.claims.speakers import speaker_key
from quotes.claims.table import table_from_assessments


@pytest.mark.parametrize(("quote", "sentence", "speaker", "frame", "cue"), [
    # dismissal in the speaker's own words
    ("This is some sort of nonsense", "“This is some sort of nonsense,” Ivanov said.", "Ivanov", Frame.DISMISSES, "nonsense"),
    ("The claims about the dam are baseless", "", "Ana Silva", Frame.DISMISSES, "baseless"),
    ("There is no evidence that the dam is cracking", "", "Ana Silva", Frame.DISMISSES, "no evidence"),
    ("No one can credibly state they have evidence that the dam will fail", "", "Ana Silva", Frame.DISMISSES,
     "no one can credibly"),
    ("I remain skeptical of the engineers' warning", "", "Tom Reyes", Frame.DISMISSES, "skeptical of"),
    # negated or quoted dismissal words dismiss nothing
    ("The warnings are not nonsense", "", "Tom Reyes", Frame.NONE, ""),
    ("They called our report ‘baseless’, but it holds", "", "Tom Reyes", Frame.NONE, ""),
    # outrage at a fact is not a dismissal of a claim
    ("It is absurd that the council hid the cracks", "", "Tom Reyes", Frame.NONE, ""),
    # the writer's cue, with the speaker as its subject
    ("the dam was unsafe", "Silva denied that the dam was unsafe.", "Ana Silva", Frame.DENIES, "denied"),
    ("the cracks", "The mayor dismissed the cracks as cosmetic.", "the mayor", Frame.DENIES, "dismissed"),
    ("the dam is failing", "She questioned whether the dam is failing at all.", "Ana Silva", Frame.DENIES, "questioned"),
    ("The dam is fine", "“The dam is fine,” Silva said, rejecting the report.", "Ana Silva", Frame.DENIES, "rejecting"),
    # a negated cue is no denial
    ("the dam was unsafe", "Silva never denied that the dam was unsafe.", "Ana Silva", Frame.NONE, ""),
    # a quoted claim rejected by someone else: the rejection is Reyes's frame, not Silva's
    ("the dam would fail", "Silva said the dam would fail, a warning Reyes dismissed.", "Ana Silva", Frame.NONE, ""),
    ("the dam would fail", "Silva said the dam would fail, a warning Reyes dismissed.", "Tom Reyes", Frame.DENIES,
     "dismissed"),
    # plain assertion: nothing decides, the embeddings keep the call
    ("The dam is safe and sound", "“The dam is safe and sound,” Silva said.", "Ana Silva", Frame.NONE, ""),
])
def test_stance_frames(quote, sentence, speaker, frame, cue):
    found = frame_of(quote, sentence, speaker, "direct")
    assert (found.frame, found.cue) == (frame, cue)
    assert found.disputes == (frame is not Frame.NONE)


def _row(n, doc, speaker, speaker_type="person", quote="The dam is sound", **extra):
    return {"quote_id": f"{doc}-{n:03d}", "doc_id": doc, "quote": quote, "kind": "direct", "speaker": speaker,
            "speaker_type": speaker_type, "group_id": f"{doc}-g{n}", "sentence": quote, **extra}


def test_group_labels_are_one_speaker_per_article_and_named_pairs_are_not():
    analysts = [QuoteRecord(f"q{i}", doc, "x", "direct", speaker="analysts", speaker_type="group", speaker_id="analysts")
                for i, doc in enumerate(["a.txt", "b.txt", "c.txt"])]
    assert len({speaker_key(r) for r in analysts}) == 3
    same_doc = QuoteRecord("q9", "a.txt", "y", "direct", speaker="analysts", speaker_type="group", speaker_id="analysts")
    assert speaker_key(same_doc) == speaker_key(analysts[0])
    pair = [QuoteRecord(f"p{i}", doc, "x", "direct", speaker="Ana Silva and Tom Reyes", speaker_type="group",
                        speaker_id="ana-silva+tom-reyes") for i, doc in enumerate(["a.txt", "b.txt"])]
    assert speaker_key(pair[0]) == speaker_key(pair[1])
    people = [QuoteRecord(f"s{i}", doc, "x", "direct", speaker="Ana Silva", speaker_type="person", speaker_id="ana-silva")
              for i, doc in enumerate(["a.txt", "b.txt"])]
    assert speaker_key(people[0]) == speaker_key(people[1])


@pytest.mark.parametrize(("one", "other", "same"), [
    ("Silva supporters", "Silva's most passionate supporters", True),
    ("some analysts", "analysts", True),
    ("many of the analysts", "analysts", True),
    ("Colorado Republican leaders", "Republican leaders", False),
    ("Silva supporters", "Reyes supporters", False),
    ("analysts", "experts", False),
])
def test_one_group_label_said_two_ways_in_one_article(one, other, same):
    a, b = (QuoteRecord(f"q{i}", "a.txt", "x", "direct", speaker=name, speaker_type="group") for i, name in enumerate((one, other)))
    assert (speaker_key(a) == speaker_key(b)) is same


CODEBOOK = Codebook(topic="the dam's safety", claims=(Claim(id="dam-safe", statement="The dam is safe."),))


def _assessed(rows, stance=Stance.SUPPORTS, value=0.3):
    records = records_from_rows(rows)
    out = []
    for u in utterances(records):
        s = ClaimScore("dam-safe", 0.6, 0.6, 0.2, stance, value, "ex", (), (), u.text)
        out.append(Assessment(u, 0.6, True, (s,), (s,)))
    return records, out


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
    table = table_from_assessments(rows, records, assessments, CODEBOOK, {"copy.txt": "orig.txt"}, ALL_CALLS)
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
    table = table_from_assessments(rows, records, [Assessment(u, 0.6, True, (s,), (s,))], CODEBOOK, sureness=ALL_CALLS)
    cell = table.cell(u.speaker_key, "dam-safe")
    assert cell.check and "(check)" in cell.text and "the engineer" in cell.text and "score +0.05" in cell.text


@pytest.mark.parametrize(("key", "row", "same"), [
    ("Comey", "James B. Comey", True),
    ("Sanders", "Sanders supporters", False),
    ("Colorado Republican leaders", "Colorado Republican", True),
    ("Republicans", "Republicans", True),
    ("Trump", "Ivana Trump", True),
    ("Sanders supporters", "Sanders's most passionate supporters", True),
    ("Sanders supporters", "Clinton supporters", False),
])
def test_key_names(key, row, same):
    assert names_match(key, row) is same


def test_check_score_counts_filled_cells_and_distinct_stances():
    rows = [_row(1, "a.txt", "Ana Silva"), _row(2, "a.txt", "Tom Reyes"), _row(3, "b.txt", "Ana Silva")]
    records, assessments = _assessed(rows)
    table = table_from_assessments(rows, records, assessments, CODEBOOK, sureness=ALL_CALLS)
    key = [KeyStance("a.txt", "Silva", "dam-safe", "supports"), KeyStance("b.txt", "Silva", "dam-safe", "supports"),
           KeyStance("a.txt", "Lee", "dam-safe", "disputes")]
    result = score(table, key)
    assert [c.right for c in result.cells] == [True, False]  # Reyes said nothing a reader found
    assert (len(result.found), len(result.missed)) == (1, 1)  # Silva's stance counts once, Lee is missed


SENTENCE = "“Bonuses should not be automatic,” Silva said, adding that the payments were handed out “like sweets.”"


@pytest.mark.parametrize(("rows", "groups"), [
    # one speaker, one sentence, two cues ("said", "adding"): one statement
    ([("Ana Silva", "g1", SENTENCE), ("Ana Silva", "g2", SENTENCE)], [["q1", "q2"]]),
    # two speakers in one sentence stay two utterances
    ([("Ana Silva", "g1", SENTENCE), ("Tom Reyes", "g2", SENTENCE)], [["q1"], ["q2"]]),
    # one speaker, two sentences, two groups: two utterances
    ([("Ana Silva", "g1", SENTENCE), ("Ana Silva", "g2", "Silva later said the fund was empty.")], [["q1"], ["q2"]]),
    # no sentence known: the groups decide
    ([("Ana Silva", "g1", ""), ("Ana Silva", "g2", "")], [["q1"], ["q2"]]),
])
def test_one_speakers_groups_in_one_sentence_are_one_utterance(rows, groups):
    records = records_from_rows([
        {"quote_id": f"q{n}", "doc_id": "a.txt", "quote": f"words {n}", "kind": "partial", "speaker": speaker,
         "speaker_type": "person", "group_id": group, "sentence": sentence}
        for n, (speaker, group, sentence) in enumerate(rows, start=1)])
    assert [list(u.quote_ids) for u in utterances(records)] == groups
