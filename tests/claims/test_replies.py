"""A dismissal off the topic by itself answers the quote just before it (quotes.claims.assign.replies), and is
offered as a candidate on the other side of what it answers (quotes.claims.draft.reply_proposals). Every
sentence is invented (a dam's safety); no model is loaded: the assessments are built by hand."""

from __future__ import annotations

import pytest

from quotes.claims.assign import REPLY_WINDOW, Assessment, ClaimScore, Stance, replies, utterances
from quotes.claims.draft import reply_proposals
from quotes.claims.records import records_from_rows

CLAIM = ClaimScore("dam-safe", 0.5, 0.6, 0.2, Stance.SUPPORTS, 0.3, "The dam is safe.", ("safe",), (), "The dam is safe")
MENTION = ClaimScore("dam-safe", 0.5, 0.4, 0.4, Stance.MENTIONS, 0.0, "The dam is safe.", ("safe",), (), "The dam")
OWN = ClaimScore("dam-safe", 0.1, 0.1, 0.1, Stance.MENTIONS, 0.0, "The dam is safe.", (), (), "")


def _row(n: int, speaker: str, quote: str, start: int, cue: str = "said", kind: str = "direct") -> dict:
    sentence = f"“{quote}” {speaker} {cue}." if kind == "direct" else f"{speaker} {cue} {quote}."
    return {"quote_id": f"d-{n}", "doc_id": "d", "quote": quote, "kind": kind, "start": start, "end": start + len(quote),
            "speaker": speaker, "speaker_type": "person", "group_id": f"g{n}", "sentence": sentence, "cue": cue}


def _assess(rows: list[dict], first=CLAIM, second_on_topic=False) -> list[Assessment]:
    """d-1 makes the claim (`first`); d-2 is the would-be reply, off the topic unless second_on_topic."""
    made = {u.quote_ids[0]: u for u in utterances(records_from_rows(rows))}
    return [Assessment(made["d-1"], 0.5, True, (first,), (first,), eligible=True),
            Assessment(made["d-2"], 0.5 if second_on_topic else 0.1, second_on_topic, (), (OWN,), eligible=second_on_topic)]


CLAIMED = _row(1, "Ana Silva", "The dam is safe and will stand for a century", 0)
NONSENSE = "That is nonsense, and everyone in the valley knows it"


@pytest.mark.parametrize(("case", "rows", "kwargs", "answers"), [
    ("a dismissal right after the claim answers it", [CLAIMED, _row(2, "Tom Reyes", NONSENSE, 80)], {}, True),
    ("a dismissal in reported words", [CLAIMED, _row(2, "Tom Reyes", "the warning was baseless", 80, kind="indirect")],
     {}, True),
    # negative rows
    ("a denial denies its own content, which says what it is about",
     [CLAIMED, _row(2, "Tom Reyes", "the spillway was in any danger", 80, cue="denied", kind="indirect")], {}, False),
    ("too far after the claim: another part of the story",
     [CLAIMED, _row(2, "Tom Reyes", NONSENSE, 60 + REPLY_WINDOW)], {}, False),
    ("no dismissal: an off-topic remark answers nothing",
     [CLAIMED, _row(2, "Tom Reyes", "The weather in the valley was fine all week", 80)], {}, False),
    ("the same speaker dismissing is not a reply to himself",
     [CLAIMED, _row(2, "Ana Silva", NONSENSE, 80)], {}, False),
    ("a dismissal on the topic by itself is read on its own", [CLAIMED, _row(2, "Tom Reyes", NONSENSE, 80)],
     {"second_on_topic": True}, False),
    ("the quote before takes no side: nothing to answer", [CLAIMED, _row(2, "Tom Reyes", NONSENSE, 80)],
     {"first": MENTION}, False),
    ("a dismissal before the claim does not answer it", [_row(2, "Tom Reyes", NONSENSE, 0),
                                                         _row(1, "Ana Silva", CLAIMED["quote"], 80)], {}, False),
])
def test_a_dismissal_answers_the_quote_just_before(case, rows, kwargs, answers):
    assessed = _assess(rows, **kwargs)
    reply = next(a for a in replies(assessed) if a.quote_ids == ("d-2",))
    assert bool(reply.replies_to) is answers, case
    assert reply.on_topic is (answers or kwargs.get("second_on_topic", False)), case
    assert not reply.claims and reply.eligible is kwargs.get("second_on_topic", False), case  # never a cell of its own


def test_a_reply_is_a_candidate_on_the_other_side_unless_the_pair_has_a_call():
    assessed = replies(_assess([CLAIMED, _row(2, "Tom Reyes", NONSENSE, 80)]))
    proposals = reply_proposals(assessed, set())
    assert [(p.speaker_key, p.claim_id, p.stance, p.tier) for p in proposals] == [
        ("name:tom reyes", "dam-safe", Stance.DISPUTES, 4)]
    assert proposals[0].assessment.utterance.speaker == "Tom Reyes"  # the evidence is the reply's own words
    assert reply_proposals(assessed, {("name:tom reyes", "dam-safe")}) == []
