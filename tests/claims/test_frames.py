"""quotes.claims.frames: the stance frames a cue and its sentence make (undecided, purpose, refusal, denial)."""

from __future__ import annotations

import numpy as np
import pytest

from quotes.claims.assign import _frame_view, _Views
from quotes.claims.frames import Frame, FrameCall, frame_of, undecided_cue


@pytest.mark.parametrize(("cue", "content", "kind", "frame", "word"), [
    # a wish, plan, request or question: nothing the speaker holds is asserted
    ("hopes", "the council will repair the spillway", "indirect", Frame.UNDECIDED, "hopes"),
    ("will seek", "more money from the state", "indirect", Frame.UNDECIDED, "seek"),
    ("vowed", "not to raise the water rates", "indirect", Frame.UNDECIDED, "vowed"),
    ("asked", "the engineers to inspect the dam again", "indirect", Frame.UNDECIDED, "asked"),
    ("sent a letter, urging", "the board to close the road", "indirect", Frame.UNDECIDED, "urging"),
    ("said", "whether the dam could hold another winter", "indirect", Frame.UNDECIDED, "whether"),
    # assertions and beliefs decide nothing here: the embeddings and denial frames do
    ("said", "the dam is safe", "indirect", Frame.NONE, ""),
    ("believes", "the dam is safe", "indirect", Frame.NONE, ""),
    ("is convinced", "the repairs ran over budget", "indirect", Frame.NONE, ""),
    # a direct quote opening with "If" is the speaker's conditional, not a reported question
    ("said", "If the dam fails, the valley floods", "direct", Frame.NONE, ""),
    ("said", "what the engineers found last spring", "indirect", Frame.NONE, ""),  # a free relative
    # a reported "if X, <modal> Y" asserts the consequence; an "if" with no such clause is a question
    ("argued", "if the spillway were widened, the dam could hold another winter", "indirect", Frame.NONE, ""),
    ("warned", "if the repairs stop, the valley will flood", "indirect", Frame.NONE, ""),
    ("asked", "if the spillway could be widened", "indirect", Frame.UNDECIDED, "asked"),
    ("said", "if the spillway could be widened", "indirect", Frame.UNDECIDED, "if"),
    ("did not say", "if the board had, in the end, approved it", "indirect", Frame.UNDECIDED, "if"),
    ("wondered", "if, as engineers say, the dam could hold", "indirect", Frame.UNDECIDED, "wondered"),
])
def test_undecided_cues(cue, content, kind, frame, word):
    found = undecided_cue(cue, content, kind)
    assert (found.frame, found.cue) == (frame, word)
    assert found.undecided == (frame is Frame.UNDECIDED) and not found.disputes


@pytest.mark.parametrize(("quote", "sentence", "cue", "frame"), [
    # the speaker's own dismissal outranks the cue; a wish outranks a denial verb elsewhere in the sentence
    ("There is no evidence the dam is cracking", "", "hopes", Frame.DISMISSES),
    ("the inspectors will clear the dam", "Silva hopes the inspectors will clear the dam.", "hopes", Frame.UNDECIDED),
    ("the dam was unsafe", "Silva denied that the dam was unsafe.", "denied", Frame.DENIES),
])
def test_frame_reads_the_cue(quote, sentence, cue, frame):
    assert frame_of(quote, sentence, "Ana Silva", "indirect", cue).frame is frame


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
    # a denial of a report of someone's words (who said what) is no frame on the claim those words make
    ("Reyes said the repairs were a waste", "Silva denied Reyes said the repairs were a waste.", "Ana Silva",
     Frame.NONE, ""),
    ("Reyes had called the repairs a waste", "Silva denied that Reyes had called the repairs a waste.", "Ana Silva",
     Frame.NONE, ""),
    ("the repairs were a waste", "Silva denied that the repairs were a waste.", "Ana Silva", Frame.DENIES, "denied"),
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
