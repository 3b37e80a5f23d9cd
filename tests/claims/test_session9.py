"""Session 9 (issue 21): rules read off the wrong sure cells of the claims checks, each with positive and
negative rows (invented sentences, US-politics counter-examples among them)."""

from __future__ import annotations

import re

import numpy as np
import pytest

from quotes.claims.assign import assign_claims
from quotes.claims.codebook import Claim, Codebook
from quotes.claims.frames import Frame, frame_of
from quotes.claims.records import records_from_rows


class Counts:
    """A stand-in embedder: counts of a few words, so only keywords and frames can decide."""

    VOCAB = ("dam", "fail", "winter", "taxes", "afraid", "soft")

    def encode(self, texts):
        rows = [[len(re.findall(rf"\b{w}\w*", t.lower())) + 0.01 * (i + 1) for i, w in enumerate(self.VOCAB)]
                for t in texts]
        vectors = np.array(rows, dtype=np.float32)
        return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


# (quoted words, the writer's sentence, speaker, a denial about the speaker themself?)
SELF_DENIALS = [
    # the denied clause's subject is the speaker: their own conduct or state
    ("he was afraid of looking soft", "He also denied he was afraid of looking soft on the issue.", "Tom Reyes", True),
    ("she would be accepting new speeches", "Clinton denied that she would be accepting new speeches.",
     "Hillary Clinton", True),
    ("they were on active duty", "The men denied that they were on active duty.", "the men", True),
    # the denied clause is about something else: a denial of the claim itself
    ("the dam was unsafe", "Silva denied that the dam was unsafe.", "Ana Silva", False),
    ("BRI is at all in conflict with Moscow's interests",
     "Putin has denied that BRI is at all in conflict with Moscow's interests.", "Vladimir Putin", False),
    # a denial of a charge, then the speaker's reason: the reason's subject is no denied clause
    ("they had been using the same system since 2004",
     "Trump complained the contest was rigged, a charge party leaders denied, noting that they had been using "
     "the same system since 2004.", "party leaders", False),
]


@pytest.mark.parametrize(("quote", "sentence", "speaker", "about_self"), SELF_DENIALS)
def test_a_denial_about_the_speaker_is_marked(quote, sentence, speaker, about_self):
    found = frame_of(quote, sentence, speaker, "indirect")
    assert found.frame is Frame.DENIES
    assert found.about_self is about_self


ABOUT_SELF = Codebook(
    topic="whether the dam will fail this winter, and taxes",
    claims=(Claim(id="dam-fails", statement="The dam will fail this winter.", keywords=("fail",),
                  supports=("The dam will fail in winter.",), disputes=("The dam is sound.",)),
            Claim(id="no-tax", statement="He paid no taxes for years.", keywords=("taxes",),
                  supports=("He avoided taxes.",), disputes=("He paid his taxes.",))),
)


@pytest.mark.parametrize(("speaker", "quote", "sentence", "claim", "stance"), [
    # a denial about the speaker in none of the claim's words decides nothing: the words alone are read
    ("Ana Silva", "he was afraid of the dam winter", "Silva denied he was afraid of the dam winter.", "dam-fails", None),
    # in the claim's own words it disputes it (a claim about the speaker: "denied he had avoided taxes")
    ("Donald Trump", "he had avoided taxes for years", "Trump denied he had avoided taxes for years.", "no-tax", "disputes"),
    ("Ana Silva", "she would let the dam fail this winter", "Silva denied she would let the dam fail this winter.",
     "dam-fails", "disputes"),
    # a denial of the claim itself, not about the speaker, decides as before
    ("Ana Silva", "the dam will fail this winter", "Silva denied that the dam will fail this winter.", "dam-fails", "disputes"),
])
def test_a_denial_about_the_speaker_disputes_only_a_claim_in_its_words(speaker, quote, sentence, claim, stance):
    rows = [{"quote_id": "q-1", "doc_id": "a.txt", "quote": quote, "kind": "indirect", "speaker": speaker,
             "speaker_type": "person", "group_id": "g1", "sentence": sentence, "cue": "denied"}]
    (assessment,) = assign_claims(records_from_rows(rows), ABOUT_SELF, Counts())
    got = {s.claim_id: s.stance.value for s in assessment.scores}
    decided = next(s for s in assessment.scores if s.claim_id == claim)
    if stance is None:
        assert decided.cue == "" and got[claim] != "disputes"
    else:
        assert decided.cue == "denied" and got[claim] == stance


# (quoted words, the writer's sentence, speaker, the row's cue, frame expected, its cue)
OWN_CUES = [
    # the row's own cue of denial decides, however far the speaker's name stands from it
    ("pause", "Mr Clarke, who took on the post on Thursday after David Blunkett quit, has rejected calls to "
     "\"pause\" on the bill.", "Charles Clarke", "has rejected", Frame.DENIES, "rejected"),
    ("rigged", "Mr Priebus, who spent the week in Florida meeting donors and state chairmen, dismissed talk that "
     "the process was \"rigged\".", "Reince Priebus", "dismissed", Frame.DENIES, "dismissed"),
    # negatives: a doubt about a measure's consequences is no denial of a claim without its subject in sight
    ("the human rights implications of the measure", "The Liberal Democrats say they also oppose house arrests "
     "and questioned the human rights implications of the measure.", "Liberal Democrats", "questioned",
     Frame.NONE, ""),
    # the denial is someone else's: the row's cue is a plain "said"
    ("the dam would fail", "Silva, who toured the site on Monday with the county engineers, said the dam would "
     "fail, a warning Reyes dismissed.", "Ana Silva", "said", Frame.NONE, ""),
    # a negated cue of the row denies nothing
    ("the deal was dead", "The senator, who met the president after the governor resigned, has not denied the "
     "deal was dead.", "the senator", "has not denied", Frame.NONE, ""),
]


@pytest.mark.parametrize(("quote", "sentence", "speaker", "cue", "frame", "word"), OWN_CUES)
def test_the_rows_own_cue_of_denial_is_the_speakers(quote, sentence, speaker, cue, frame, word):
    found = frame_of(quote, sentence, speaker, "partial", cue)
    assert (found.frame, found.cue) == (frame, word)


@pytest.mark.parametrize(("text", "speaker"), [
    # a learned source that closes a relative clause right before the cue names someone inside the clause:
    # the cue's subject is the name the clause describes
    ("Mr Clarke, who took on the post on Thursday after David Blunkett quit, has rejected calls to \"pause\" on "
     "the bill.", "Clarke"),
    # negatives: a plain subject, and a name that is the subject itself
    ("David Blunkett has rejected calls to \"pause\" on the bill.", "David Blunkett"),
    ("Ms Lee, whose brother met Mr Tan after the vote, said it was \"a farce\".", "Lee"),
])
def test_a_source_closing_a_relative_clause_is_the_clause_head(text, speaker):
    from quotes.api import extract
    speakers = [s.name for q in extract(text) for s in q.speakers]
    assert speakers and speakers[0] == speaker


def test_a_cue_naming_another_subject_is_not_the_speakers_denial():
    # the extraction's cue runs over another clause whose subject is someone else ("the FBI")
    found = frame_of("recommending charges against her in July", "Clinton has been unable to shake the email "
                     "controversy even after the FBI decided against recommending charges against her in July.",
                     "Hillary Clinton", "partial", "even after the FBI decided against")
    assert found.frame is Frame.NONE


@pytest.mark.parametrize(("text", "speaker"), [
    # a person's participle governs the words after it, never a quote before it: no speaker here
    ("Earlier Mr Hale, whose party opposes the ID cards plan as \"deeply flawed\" said with Christmas coming up "
     "the new home secretary had time to think again.", None),
    # negative: a quote after a plain speech verb keeps its speaker
    ("Senator Vance said with the recess coming up that the bill was \"dead on arrival\".", "Vance"),
])
def test_a_participle_after_a_quote_is_not_its_cue(text, speaker):
    from quotes.api import extract
    found = [q for q in extract(text) if "flawed" in text[q.spans[0].start:q.spans[0].end]
             or "dead" in text[q.spans[0].start:q.spans[0].end]]
    names = [s.name for q in found for s in q.speakers]
    if speaker is None:
        assert "Christmas" not in names
    else:
        assert names and names[0] == speaker
