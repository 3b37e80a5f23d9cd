"""An employer the article states with a verb in a sentence of its own (extract/links.py): "X edits a blog
called Y", "X left the Y", "She was suspended by Y" (the sentence before opening with X), "Y sacked Mr X",
"X, who works for Y". Invented sentences, positive and negative rows, US-politics counter-examples among
them (a person joined, a place left, a date)."""

from __future__ import annotations

import pytest

from tests.helpers.extraction import speaker_at


def _capacity(text: str, words: str) -> tuple[str, str | None]:
    speaker = speaker_at(text, words)
    return speaker.name, speaker.affiliation


VERB_LINKS = [
    ("Ann Lee edits a group blog called Harbour Notes. \"It is busy,\" Ms Lee said.", "It is busy",
     ("Ann Lee", "Harbour Notes")),
    ("Ann Lee is a Welsh blogger who is helping with the newly created Valley Flood Blog. "
     "\"It is busy,\" Ms Lee said.", "It is busy", ("Ann Lee", "Valley Flood Blog")),
    ("After Tom Hale left the Harbour Trust, prices rose. \"It was hard,\" Hale said.", "It was hard",
     ("Tom Hale", "Harbour Trust")),
    ("Tom Hale, who works for Globex Corp, was in Leeds. \"It was hard,\" Hale said.", "It was hard",
     ("Tom Hale", "Globex Corp")),
    # the pronoun that opens the next sentence is the person the sentence before opened with
    ("Jane Roe wrote a diary of her life. She was suspended by Northwind in May. "
     "\"I will fight,\" Ms Roe said.", "I will fight", ("Jane Roe", "Northwind")),
    ("Globex sacked Mr Poole in 2003. \"I regret nothing,\" Mr Poole said.", "I regret nothing",
     ("Poole", "Globex")),
    # negative (US politics): the one joined is a person the article names in full
    ("Donald Trump, who joined Mike Pence on stage, spoke. \"We will win,\" Trump said.", "We will win",
     ("Donald Trump", None)),
    # negative: a place left is no employer; nor a month after "in"
    ("Tom Hale left Ohio on Monday. \"It was hard,\" Hale said.", "It was hard", ("Tom Hale", None)),
    ("Kim Ford joined the club in January. \"It is good,\" Ford said.", "It is good", ("Kim Ford", None)),
    # negative: two employers (one left, one joined) say nothing of which one the speaker speaks for
    ("Tom Hale left Globex Corp in 2001 and joined Acme Holdings. \"It was hard,\" Hale said.", "It was hard",
     ("Tom Hale", None)),
    # a club signed for is one; a second after "before he" makes two
    ("Joe Bright signed for Hartley Rovers in May. \"I am happy,\" Bright said.", "I am happy",
     ("Joe Bright", "Hartley Rovers")),
    ("Tom Hale edited Harbour Notes before he joined Globex Corp. \"I am happy,\" Hale said.",
     "I am happy", ("Tom Hale", None)),
    # negative: a verb phrase of work, not of employment ("heads development of")
    ("Tom Hale, who heads development of tools for Xbox, spoke. \"It works,\" Hale said.", "It works",
     ("Tom Hale", None)),
    # negative: "She" opens a sentence after one about someone else
    ("Jane Roe met Ann Lee. Ann Lee smiled. She was sacked by Northwind in May. "
     "\"I will fight,\" Ms Roe said.", "I will fight", ("Jane Roe", None)),
]


@pytest.mark.parametrize("text, words, expected", VERB_LINKS)
def test_verb_link_employer(text, words, expected):
    assert _capacity(text, words) == expected


PARTY_AND_OWNER_ROWS = [
    # negative (US politics): a bare plural of a party's members is people joined in an act, no membership
    ("Marco Rubio joined Democrats in writing a bill. \"It is fair,\" Rubio said.", "It is fair",
     ("Marco Rubio", None)),
    # the owner of a unit the person runs is their employer ("runs the NRA's lobbying arm")
    ("Chris Cox, who runs the Rifle Association's lobbying arm, spoke. \"We will fight,\" Cox said.", "We will fight",
     ("Chris Cox", "Rifle Association")),
]


@pytest.mark.parametrize("text, words, expected", PARTY_AND_OWNER_ROWS)
def test_party_and_owner(text, words, expected):
    assert _capacity(text, words) == expected


# "the show's co-producer", "The film's director X", "the rapper's spokesman": the name the article wrote
# right after that noun (a work's nouns stand for one another) is whose office it is
POSSESSIVE_OWNERS = [
    ("Harry Lee is to star in a revival of hit musical The Pajama Game. Jeffrey Richards, the show's "
     'co-producer, said Lee was "an actor of enormous charisma".', "an actor of enormous",
     ("Jeffrey Richards", "The Pajama Game")),
    ("Jane Roe dropped out of the promotion of the film Shall We Dance? and her album. The film's director "
     'Peter Chelsom said he was "disappointed".', "disappointed", ("Peter Chelsom", "Shall We Dance?")),
    ('US rapper Snoop Dogg has been sued. The rapper\'s spokesman said the claims were "untrue and wrong".',
     "untrue and wrong", ("The rapper's spokesman", "Snoop Dogg")),
    # negative: no name written after the noun ("the show" only)
    ("The show opened in May. Jeffrey Richards, the show's co-producer, said it was \"a triumph\".", "a triumph",
     ("Jeffrey Richards", None)),
    # negative (US politics): the senator's name is written with a title, not after the noun
    ('Senator Ted Cruz spoke in Iowa. The senator\'s spokesman said the claims were "untrue and wrong".',
     "untrue and wrong", ("The senator's spokesman", None)),
    # negative: a place written after the noun is no owner ("the state Ohio")
    ("Voters in the state Ohio were polled. The state's governor John Kasich said it was \"a good day\".",
     "a good day", ("John Kasich", None)),
]


@pytest.mark.parametrize("text, words, expected", POSSESSIVE_OWNERS)
def test_possessive_owner(text, words, expected):
    assert _capacity(text, words) == expected


# what the PolNeAR train texts showed the links must not read
LINK_NEGATIVES = [
    # a name modifying a noun is no employer's own name
    ("Matt Braynard also worked for veteran GOP pollster Frank Luntz. \"It works,\" Braynard said.", "It works",
     ("Matt Braynard", None)),
    # the object does not run past a preposition
    ("Jane Roe spoke in Leeds. On Monday Ms Roe joined the march against Globex Corp. \"It works,\" Ms Roe said.",
     "It works", ("Jane Roe", None)),
    # two people of one surname: the surname alone is neither's
    ("Bill Clinton spoke. Hillary Clinton left the State Department in 2013. \"It was fine,\" Bill Clinton said.",
     "It was fine", ("Bill Clinton", None)),
]


@pytest.mark.parametrize("text, words, expected", LINK_NEGATIVES)
def test_link_negatives(text, words, expected):
    assert _capacity(text, words) == expected


# negative (US politics): the object is the verb's own, not a phrase after a dash ("left office - the State
# Department told …")
DASH_ROWS = [
    ("Four months after Hillary Clinton left office - the State Department told CREW it had no records. "
     "\"It is fine,\" Clinton said.", "It is fine", ("Hillary Clinton", None)),
]


@pytest.mark.parametrize("text, words, expected", DASH_ROWS)
def test_dash_is_no_object(text, words, expected):
    assert _capacity(text, words) == expected
