"""Issue 12, round 3: what lets a quote fill a cell, and with which stance. Table-driven, every
sentence invented (a dam, a council, a bakery); no model is loaded (a bag-of-words stand-in embeds).

- evidence: an utterance fills a claim's cell with one of the claim's keywords (in any regular
  inflection) or a denial/dismissal frame at `match`; without either, only at `unanchored`;
- keyword sense: a keyword that only the disputes examples use leans to disputes;
- a dismissal decides the claim its own sentence matches, not the whole utterance's best;
- a purpose or refusal cue ("to compare", "In an effort to clarify", "declined to") asserts nothing;
- whole frames: negation, denial, dismissal, someone else's claim rejected by its speaker.
"""

from __future__ import annotations

import re

import numpy as np
import pytest

from quotes.claims.assign import (
    ClaimScore,
    Stance,
    _choose,
    _frame_view,
    _keyword_pattern,
    _Views,
    assign_claims,
    disputing_keywords,
)
from quotes.claims.codebook import Claim, Codebook, Settings
from quotes.claims.frames import Frame, FrameCall, frame_of, undecided_cue
from quotes.claims.records import records_from_rows


@pytest.mark.parametrize(("keyword", "text", "found"), [
    ("prosecute", "several people have been prosecuted for less", True),
    ("prosecute", "there is no precedent for prosecuting her", True),
    ("indict", "if you read the report, it says indict", True),
    ("indict", "they indicted him in May", True),
    ("steal", "they would work overtime to steal the nomination", True),
    ("steal", "the stealing of the nomination", True),
    ("voter fraud", "concern about voter frauds", True),
    ("limits", "there are no limits", True),  # already inflected: as written
    ("limits", "a limited partnership", False),
    ("lie", "a lien on the house", False),  # short words stand as written
    ("prosecute", "the prosecutor declined", False),  # another word, not an inflection
    ("fail", "the dam failed", True),
    ("fail", "a failure of oversight", False),
    # a verb in -te and its noun; an adjective and its adverb
    ("prosecute", "there is precedent for prosecution", True),
    ("unfair", "a system that treated him unfairly", True),
    ("unfair", "unfairness", False),
])
def test_keywords_match_their_inflections(keyword, text, found):
    assert bool(_keyword_pattern(keyword).search(text)) == found


@pytest.mark.parametrize(("claim", "disputing"), [
    # "truthful" is used only by a disputes example: a quote saying "truthful" leans to disputes
    (Claim(id="misled", statement="Her statements were false.", keywords=("lied", "false", "truthful"),
           supports=("She lied about the email.",), disputes=("Her statements have been truthful.",)),
     {"truthful"}),
    # used by the supports side too, or only negated on the disputes side: the claim's own sense
    (Claim(id="safe", statement="The dam is safe.", keywords=("safe", "sound"),
           supports=("The dam is sound.",), disputes=("The dam is not safe.",)), set()),
    (Claim(id="x", statement="The dam will fail.", keywords=("fail",), disputes=("It will not fail.",)), set()),
])
def test_keyword_sense_comes_from_the_examples(claim, disputing):
    assert disputing_keywords(claim) == disputing


def _score(claim_id, match, keywords=(), fragment="f", cue=""):
    return ClaimScore(claim_id, match, match, 0.0, Stance.SUPPORTS, 0.2, "ex", keywords, (), fragment, cue=cue)


@pytest.mark.parametrize(("scores", "chosen"), [
    # no keyword, no frame: the embeddings alone must be sure (unanchored 0.48)
    ([_score("charge", 0.44)], []),
    ([_score("charge", 0.52)], ["charge"]),
    # a keyword of the claim, or a denial/dismissal, is evidence of its own: `match` (0.22) is enough
    ([_score("charge", 0.30, ("indict",))], ["charge"]),
    ([_score("charge", 0.30, cue="no basis")], ["charge"]),
    ([_score("charge", 0.23, ("indict",))], ["charge"]),
    ([_score("charge", 0.23)], []),  # the same similarity without the keyword: not enough
    ([_score("charge", 0.20, ("indict",))], []),
    # a second claim said in its own keywords by another sentence, however far behind
    ([_score("misled", 0.53, ("lie",), "Lie after lie."), _score("charge", 0.40, ("indict",), "It says indict.")],
     ["misled", "charge"]),
    # ... but not by the same sentence, and not without its keywords when far behind
    ([_score("misled", 0.53, ("lie",), "s"), _score("charge", 0.40, ("indict",), "s")], ["misled"]),
    ([_score("misled", 0.60, ("lie",), "a"), _score("charge", 0.50, (), "b")], ["misled"]),
])
def test_what_fills_a_cell(scores, chosen):
    assert [s.claim_id for s in _choose(scores, Settings())] == chosen


def test_a_dismissal_decides_the_claim_of_its_own_sentence():
    texts = ("She did nothing illegal. Which she has said many times.", "She did nothing illegal.",
             "Which she has said many times.")
    views = _Views(texts, np.eye(3, dtype=np.float32))
    kept = _frame_view(views, FrameCall(Frame.DISMISSES, "did nothing illegal"))
    assert kept.texts == ("She did nothing illegal.",) and kept.vectors.shape == (1, 3)
    # a writer's denial cue or no frame: every view stays
    assert _frame_view(views, FrameCall(Frame.DENIES, "denied")) is views
    assert _frame_view(views, FrameCall(Frame.NONE, "")) is views


@pytest.mark.parametrize(("cue", "frame"), [
    ("to compare", Frame.UNDECIDED),  # "... would allow lawmakers to compare what she told the FBI ..."
    ("In an effort to clarify", Frame.UNDECIDED),
    ("to continue his verbal assault on", Frame.UNDECIDED),
    ("declined to address", Frame.UNDECIDED),
    ("said", Frame.NONE),
    ("according to", Frame.NONE),  # a source frame, not an infinitive
    # a cue ending in "about" names what was talked about, not what the speaker holds of it
    ("closing with a song about", Frame.UNDECIDED),
    ("has recently made comments about", Frame.UNDECIDED),
    ("complained", Frame.NONE),
    ("talked about it and said", Frame.NONE),  # "about" inside the cue, the cue ends in a speech verb
])
def test_purpose_refusal_and_topic_cues_assert_nothing(cue, frame):
    assert undecided_cue(cue, "what she told the FBI", "indirect").frame is frame


def test_a_decision_against_is_a_denial():
    found = frame_of("recommending charges", "The board has decided against recommending charges.", "the board",
                     "indirect")
    assert found.frame is Frame.DENIES and found.cue == "decided against"


class BagOfWords:
    """A stand-in embedder: counts of a few words, so a claim and its denial look alike."""

    VOCAB = ("dam", "fail", "winter", "sound", "bakery", "june")

    def encode(self, texts):
        rows = [[len(re.findall(rf"\b{w}\w*", t.lower())) + 0.01 * (i + 1) for i, w in enumerate(self.VOCAB)]
                for t in texts]
        vectors = np.array(rows, dtype=np.float32)
        return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


DAM = Codebook(
    topic="whether the dam will fail this winter",
    claims=(Claim(id="dam-fails", statement="The dam will fail this winter.", keywords=("fail", "give way"),
                  supports=("The dam will give way and fail in winter.",),
                  disputes=("The dam is sound.",)),),
)

# (speaker, kind, quoted words, the writer's sentence, stance expected or None for no cell)
FRAMES = [
    ("Ana Silva", "direct", "The dam will fail this winter", "“The dam will fail this winter,” Silva said.",
     "supports"),
    # negation of the claim's keyword
    ("Ana Silva", "direct", "The dam will not fail this winter", "“The dam will not fail this winter,” Silva said.",
     "disputes"),
    # denial in the writer's sentence, its subject the speaker
    ("Ana Silva", "indirect", "the dam will fail this winter", "Silva denied that the dam will fail this winter.",
     "disputes"),
    # dismissal in the speaker's own words
    ("Ana Silva", "direct", "The talk that the dam will fail this winter is nonsense",
     "“The talk that the dam will fail this winter is nonsense,” Silva said.", "disputes"),
    ("Ana Silva", "direct", "There is no evidence the dam will fail this winter",
     "“There is no evidence the dam will fail this winter,” Silva said.", "disputes"),
    # someone else's claim rejected by its speaker: Reyes asserts it, Silva disputes it
    ("Tom Reyes", "indirect", "the dam will fail this winter",
     "Reyes said the dam will fail this winter, a warning Silva dismissed.", "supports"),
    ("Ana Silva", "indirect", "the dam will fail this winter",
     "Reyes said the dam will fail this winter, a warning Silva dismissed.", "disputes"),
    # off the topic: no cell
    ("Bo Kim", "direct", "The bakery opens in June", "“The bakery opens in June,” Kim said.", None),
]


# a quoted term that is the claim's keyword: its sense is the stance, whichever example repeats the word
TERM = Codebook(
    topic="whether the dam will fail this winter",
    claims=(Claim(id="dam-fails", statement="The dam will fail.", keywords=("fail",),
                  supports=("It will give way in June.",),
                  disputes=("Fail, fail, fail: that is winter talk.",)),),
)
TERMS = [
    ("Ana Silva", "partial", "fail", "Silva warned that the dam would “fail” this winter.", "supports"),
    ("Ana Silva", "partial", "fail", "Silva said the dam would not “fail” this winter.", "disputes"),
]


@pytest.mark.parametrize(("speaker", "kind", "quote", "sentence", "stance"), TERMS)
def test_a_quoted_term_takes_its_sense(speaker, kind, quote, sentence, stance):
    rows = [{"quote_id": "q-1", "doc_id": "a.txt", "quote": quote, "kind": kind, "speaker": speaker,
             "speaker_type": "person", "group_id": "g1", "sentence": sentence, "cue": "said"}]
    (assessment,) = assign_claims(records_from_rows(rows), TERM, BagOfWords())
    assert [s.stance.value for s in assessment.claims] == [stance]


@pytest.mark.parametrize(("speaker", "kind", "quote", "sentence", "stance"), FRAMES)
def test_stance_from_the_whole_frame(speaker, kind, quote, sentence, stance):
    rows = [{"quote_id": "q-1", "doc_id": "a.txt", "quote": quote, "kind": kind, "speaker": speaker,
             "speaker_type": "person", "group_id": "g1", "sentence": sentence, "cue": "said"}]
    (assessment,) = assign_claims(records_from_rows(rows), DAM, BagOfWords())
    got = [s.stance.value for s in assessment.claims]
    assert got == ([stance] if stance else [])


def test_a_worded_claim_shows_the_sentence_that_uses_its_keyword():
    from quotes.claims.assign import _fragment
    texts = ("It says indict. Lie after lie.", "It says indict.", "Lie after lie.")
    views = _Views(texts, np.eye(3, dtype=np.float32))
    nearest_is_lies = np.array([0.5, 0.2, 0.6])
    assert _fragment(views, nearest_is_lies) == "Lie after lie."
    assert _fragment(views, nearest_is_lies, [_keyword_pattern("indict")]) == "It says indict."
    # two sentences use the claim's keywords: the one that uses no other claim's comes first
    texts = ("It says indict. You use lies in a criminal trial.", "It says indict.", "You use lies in a criminal trial.")
    views = _Views(texts, np.eye(3, dtype=np.float32))
    charge = [_keyword_pattern("indict"), _keyword_pattern("criminal")]
    assert _fragment(views, nearest_is_lies, charge) == "You use lies in a criminal trial."
    assert _fragment(views, nearest_is_lies, charge, [_keyword_pattern("lies")]) == "It says indict."


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


def test_a_doubtful_speaker_fills_no_cell():
    rows = [{"quote_id": f"q-{n}", "doc_id": "a.txt", "quote": "The dam will fail this winter", "kind": "direct",
             "speaker": speaker, "speaker_type": "person", "group_id": f"g{n}", "speaker_mention": mention,
             "sentence": "“The dam will fail this winter,” one said.", "cue": "said"}
            for n, (speaker, mention) in enumerate([("Ana Silva", "Silva"), ("Ana Silva", "one Silva supporter")])]
    first, second = assign_claims(records_from_rows(rows), DAM, BagOfWords())
    assert [s.stance.value for s in first.claims] == ["supports"]
    assert second.on_topic and second.claims == ()
