"""quotes.claims.assign: utterances, keyword and embedding evidence, negation, stance and which claim fills a cell
(the tests marked slow load the packaged embedding model; the rest use hand-made scores)."""

from __future__ import annotations

import re

import numpy as np
import pytest

from quotes.claims.assign import (
    ClaimMatcher,
    ClaimScore,
    Stance,
    Utterance,
    _choose,
    _ClaimVectors,
    _Views,
    assign_claims,
    disputing_keywords,
    keyword_pattern,
    negated,
    utterances,
)
from quotes.claims.codebook import Claim, Codebook, Settings
from quotes.claims.records import QuoteRecord, records_from_rows
from quotes.embed import Embedder
from tests.helpers.claims import DAM, EXAMPLES, ROWS, _rows, _utterance_row


@pytest.fixture(scope="module")
def embedder():
    return Embedder()


CLAIM = Claim(id="dam-safe", statement="The dam is safe.", keywords=("safe", "sound"),
              supports=("The dam will hold.",), disputes=("The dam is not safe.",))


def _claim_vectors() -> _ClaimVectors:
    return _ClaimVectors(CLAIM, np.zeros((2, 2)), np.zeros((1, 2)),
                         tuple((k, keyword_pattern(k)) for k in CLAIM.keywords), frozenset())


def _score(claim_id, match, keywords=(), fragment="f", cue=""):
    return ClaimScore(claim_id, match, match, 0.0, Stance.SUPPORTS, 0.2, "ex", keywords, (), fragment, cue=cue)


class BagOfWords:
    """A stand-in embedder: counts of a few words, so a claim and its denial look alike."""

    VOCAB = ("dam", "fail", "winter", "sound", "bakery", "june")

    def encode(self, texts):
        rows = [[len(re.findall(rf"\b{w}\w*", t.lower())) + 0.01 * (i + 1) for i, w in enumerate(self.VOCAB)]
                for t in texts]
        vectors = np.array(rows, dtype=np.float32)
        return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


DAM_FAILS = Codebook(
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


SENTENCE = "“Bonuses should not be automatic,” Silva said, adding that the payments were handed out “like sweets.”"


@pytest.mark.slow  # the packaged embedding model
def test_assignment_and_stance_table(embedder):
    assessments = {a.quote_ids[0]: a for a in assign_claims(records_from_rows(_rows(EXAMPLES)), DAM, embedder)}
    failures = []
    for n, (_kind, quote, _sentence, claim, stance) in enumerate(EXAMPLES, start=1):
        a = assessments[f"t-{n}"]
        got = [(s.claim_id, s.stance.value) for s in a.claims]
        if claim is None:
            if got:
                failures.append(f"{quote!r}: off-topic but assigned {got}")
        elif not got or got[0] != (claim, stance):
            failures.append(f"{quote!r}: expected {(claim, stance)}, got {got} (relevance {a.relevance})")
    assert not failures, "\n".join(failures)


@pytest.mark.slow  # the packaged embedding model
def test_scores_are_kept_for_the_reader(embedder):
    [a] = assign_claims(records_from_rows(_rows(EXAMPLES[:1])), DAM, embedder)
    best = a.claims[0]
    assert best.support > best.dispute and best.stance_score == pytest.approx(best.support - best.dispute, abs=1e-3)
    assert best.nearest in DAM.claim("dam-safe").supports + (DAM.claim("dam-safe").statement,)
    assert len(a.scores) == len(DAM.claims)


@pytest.mark.slow  # the packaged embedding model
def test_scare_quotes_and_speakerless_rows_never_get_a_stance(embedder):
    rows = _rows(EXAMPLES[:2])
    rows[0] = {**rows[0], "kind": "scare", "speaker": "", "speaker_type": ""}
    rows[1] = {**rows[1], "speaker": ""}
    assert assign_claims(records_from_rows(rows), DAM, embedder) == []


@pytest.mark.slow  # the packaged embedding model
@pytest.mark.parametrize(("cue", "confidence", "fills"), [
    ("said", 0.9, True),
    ("believes", 0.9, True),  # a belief is a view held
    ("hopes", 0.9, False),  # a wish asserts nothing
    ("asked", 0.9, False),  # nor does a request
    ("said", 0.4, False),  # an attribution the extraction itself doubts is no evidence
])
def test_the_cue_and_the_attributions_confidence_decide_whether_a_quote_fills_a_cell(embedder, cue, confidence, fills):
    row = {**_rows(EXAMPLES[:1])[0], "kind": "indirect", "cue": cue, "confidence": confidence}
    [a] = assign_claims(records_from_rows([row]), DAM, embedder)
    assert a.on_topic  # still on the topic: the speaker is a row of the table
    assert bool(a.claims) is fills


@pytest.mark.slow
@pytest.mark.parametrize(
    ("keyword", "text", "quoted", "expected"),
    [  # quoted: where the speaker's words start in the writer's sentence
        ("limits", "its relationship with Russia would have “no limits.”", "no limits", True),
        ("limits", "We no longer hear about a ‘no limits’ partnership.", "", False),  # a mention of the term
        ("limits", "There are no limits to it.", "", True),
        ("limits", "which, in his words, proves “there actually are limits”", "there", False),
        ("rifts", "Radchenko does not anticipate “any serious rifts between Russia and China”", "any", True),
        ("conflict with", "Putin has denied that BRI is at all in conflict with Moscow’s interests", "BRI", True),
        ("the West", "I don’t think that China wants to abandon its relationship with the West", "", False),  # far
        ("safe", "The dam isn't safe", "", True),
        ("risk losing", "their relationship is not strong enough for China to risk losing its soft power", "", False),
        # a nested quote with an apostrophe inside is still one mention: the speaker quotes someone's "not"
        ("charges", "She was guilty. And then, ‘We’re not going to press charges.’ Amazing.", "", False),
        ("budget", "The mayor’s ‘over budget’ line was not true", "", False),
    ],
)
def test_negation_cues(keyword, text, quoted, expected):
    assert negated(keyword, text, text.index(quoted)) is expected


@pytest.mark.parametrize(("quote", "nearer", "flipped"), [
    # the quote negates every keyword it uses, the nearest example does not: the other side
    ("The dam is not safe at all", "supports", True),
    # one keyword negated, another used plainly: the sense stands, no flip
    ("It isn't safe to swim there, but the dam itself is sound", "supports", False),
    # the nearest example negates "safe", the quote uses it with no negation anywhere: the other side
    ("The dam is safe", "disputes", True),
    # ... but a negation earlier in the clause, however far, keeps the flip away
    ("No engineer we asked would call the old dam safe", "disputes", False),
])
def test_negation_flips_need_most_keywords_behind_them(quote, nearer, flipped):
    record = QuoteRecord(quote_id="q1", doc_id="a.txt", quote=quote, kind="direct", speaker="Ana Silva", sentence=quote)
    (utterance,) = utterances([record])
    cv = _claim_vectors()
    hits = tuple(k for k, pattern in cv.keyword_patterns if pattern.search(quote.lower()))
    near, far = np.array([[0.6]]), np.array([[0.2]])
    support, dispute = (near, far) if nearer == "supports" else (far, near)
    score, flips = ClaimMatcher._stance_score(None, utterance, hits, support, dispute, cv)
    unflipped = 0.4 if nearer == "supports" else -0.4
    assert bool(np.sign(score) != np.sign(unflipped)) is flipped, (score, flips)


def test_an_undecided_utterance_is_an_utterance():
    # the cue decides the stance, not whether the speaker said it: the row still counts as spoken
    records = records_from_rows([_utterance_row(5, "the council", "the dam will hold", "indirect", "hopes")])
    assert [type(u) for u in utterances(records)] == [Utterance]


@pytest.mark.parametrize(("scores", "chosen"), [
    # the best match uses none of its claim's keywords, a close second is said in its own words: the second
    ([_score("junior", 0.50), _score("frictions", 0.48, ("rifts",))], ["frictions"]),
    # too far behind to take over (its keywords still make it a second claim, from another sentence)
    ([_score("aids-war", 0.54), _score("junior", 0.30, ("dependent",), "g")], ["aids-war", "junior"]),
    # the best uses its own keywords: it stays first
    ([_score("junior", 0.38, ("junior",)), _score("frictions", 0.37, ("rifts",))], ["junior"]),
    # below the thresholds nothing is chosen: 0.22 with a keyword, 0.48 without (issue 12, round 4)
    ([_score("junior", 0.45), _score("frictions", 0.21, ("rifts",))], []),
])
def test_a_claim_said_in_its_own_words_comes_first(scores, chosen):
    settings = Settings()
    assert [s.claim_id for s in _choose(scores, settings)] == chosen


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
    assert bool(keyword_pattern(keyword).search(text)) == found


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
    (assessment,) = assign_claims(records_from_rows(rows), DAM_FAILS, BagOfWords())
    got = [s.stance.value for s in assessment.claims]
    assert got == ([stance] if stance else [])


def test_a_worded_claim_shows_the_sentence_that_uses_its_keyword():
    from quotes.claims.assign import _fragment
    texts = ("It says indict. Lie after lie.", "It says indict.", "Lie after lie.")
    views = _Views(texts, np.eye(3, dtype=np.float32))
    nearest_is_lies = np.array([0.5, 0.2, 0.6])
    assert _fragment(views, nearest_is_lies) == "Lie after lie."
    assert _fragment(views, nearest_is_lies, [keyword_pattern("indict")]) == "It says indict."
    # two sentences use the claim's keywords: the one that uses no other claim's comes first
    texts = ("It says indict. You use lies in a criminal trial.", "It says indict.", "You use lies in a criminal trial.")
    views = _Views(texts, np.eye(3, dtype=np.float32))
    charge = [keyword_pattern("indict"), keyword_pattern("criminal")]
    assert _fragment(views, nearest_is_lies, charge) == "You use lies in a criminal trial."
    assert _fragment(views, nearest_is_lies, charge, [keyword_pattern("lies")]) == "It says indict."


def test_a_doubtful_speaker_fills_no_cell():
    rows = [{"quote_id": f"q-{n}", "doc_id": "a.txt", "quote": "The dam will fail this winter", "kind": "direct",
             "speaker": speaker, "speaker_type": "person", "group_id": f"g{n}", "speaker_mention": mention,
             "sentence": "“The dam will fail this winter,” one said.", "cue": "said"}
            for n, (speaker, mention) in enumerate([("Ana Silva", "Silva"), ("Ana Silva", "one Silva supporter")])]
    first, second = assign_claims(records_from_rows(rows), DAM_FAILS, BagOfWords())
    assert [s.stance.value for s in first.claims] == ["supports"]
    assert second.on_topic and second.claims == ()


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


def test_utterances_group_split_quotes_and_skip_scare_quotes():
    items = utterances(records_from_rows(ROWS))
    assert [u.quote_ids for u in items] == [("dam-001", "dam-002"), ("dam-003",), ("dam-004",), ("dam-006",),
                                            ("dam-007",)]
    assert items[0].text == "The dam is perfectly sound and will stand for a century."
