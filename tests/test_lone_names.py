"""A lone capitalised word taken for a speaker: person, organisation or group (issue 14).

News introduces a person by full name or title; a lone word the article never shows as a person
is typed from the word itself. Invented articles; the controls are real-looking people the article
does show as such, or whose name is a common US surname or given name."""

from __future__ import annotations

import pytest

from quotes import lexicons, nlp
from quotes.api import extract
from quotes.extract.coref import lone_name_type
from quotes.extract.sources import find_mentions
from quotes.types import SpeakerType

PER, ORG, GRP = SpeakerType.PERSON, SpeakerType.ORGANISATION, SpeakerType.GROUP

CASES = [
    # an unknown word the article never shows as a person: a company, an outlet, a start-up
    ("Zorbify", "“We are growing,” Zorbify said in a statement.", ORG),
    ("Quillbase", "Quillbase reported that the campaign had spent more.", ORG),
    # an inner capital that no name prefix explains: a brand
    ("LeakHub", "“We stand by it,” LeakHub said.", ORG),
    # a plural that is no surname: a group
    ("Zorbifians", "“We want change,” Zorbifians said.", GRP),
    ("Hendersons", "The Hendersons said they were moving.", GRP),
    # controls: a common US surname, a given name, a person the article shows
    ("Reynolds", "“It was a mistake,” Reynolds said.", PER),
    ("Melanie", "“That’s right,” Melanie said.", PER),
    ("Kwarteng", "“It was a mistake,” said Mr. Kwarteng.", PER),
    ("Okonjo", "The shop of Grace Okonjo. “It was a mistake,” Okonjo said.", PER),
    ("Zelinsky", "“It was a mistake,” Judge Zelinsky said.", PER),
    ("Vantrell", "Vantrell, who runs the shop, said it was a mistake.", PER),
    ("Vantrell", "“It was a mistake,” Vantrell said. She left early.", PER),
    ("McQuorran", "“It was a mistake,” McQuorran said. He left early.", PER),
    # a name prefix is no brand's inner capital, but still needs the article to show a person
    ("McQuorran", "“It was a mistake,” McQuorran said.", ORG),
    # a place, an abbreviation or a common word is left as the rules typed it: the linking pass's
    # name rules read such fragments ("Vermont" is a label, "Aug." no name)
    ("Vermont", "The Vermont senator said it was a mistake.", PER),
    ("Aug.", "Aug. 24 (UPI) said it was a mistake.", PER),
]


@pytest.mark.parametrize(("word", "text", "expected"), CASES)
def test_lone_name_type(word: str, text: str, expected: SpeakerType) -> None:
    assert lone_name_type(word, text) == expected


def test_extraction_types_a_lone_brand_as_organisation() -> None:
    text = "“It is a scandal,” Zorbify said in a statement.\n\n“It was a mistake,” Reynolds said.\n"
    speakers = {q.speakers[0].name: q.speakers[0].type for q in extract(text, "t")}
    assert speakers == {"Zorbify": ORG, "Reynolds": PER}


@pytest.mark.parametrize(("words", "place"), [
    (["New", "York"], True), (["South", "Carolina"], True),  # a whole multi-word name
    (["Phoenix"], True), (["Sacramento"], True),  # a lone city, no given name, its surname rare (rank over 5,000)
    (["Dallas"], False), (["Washington"], False), (["Warren"], False),  # a common surname wins
    (["Madison"], False),  # a given name wins
    (["York"], False), (["Springfield", "Mall"], False),  # part of a name, or more than one
])
def test_which_words_name_a_us_place(words: list[str], place: bool) -> None:
    assert lexicons.is_us_place(words) is place


def test_a_us_place_before_a_noun_is_no_speaker() -> None:
    quote = extract("A New York judge rejected the request, saying the file would stay sealed.", "t")[0]
    assert quote.speakers[0].name == "A New York judge"


@pytest.mark.parametrize(("sentence", "kind", "name"), [
    # a US place of two words is one place, even when its first word alone opens nothing ("South")
    ("Dean Quill, a salesman from Sumter, South Carolina, says the plan will work.", "place", "South Carolina"),
    ("West Virginia officials felt comfortable with the plan.", "place", "West Virginia"),
])
def test_a_two_word_us_place_is_one_place(sentence: str, kind: str, name: str) -> None:
    tokens = tuple(nlp.split_sentences(sentence)[0].tokens)
    assert (kind, name) in [(m.kind.value, m.name) for m in find_mentions(sentence, tokens, [True] * len(tokens))]


def test_as_a_role_describes_the_subject_not_a_new_speaker() -> None:
    sentence = "As a summer associate at a North Carolina law firm, she was asked to give a presentation."
    tokens = tuple(nlp.split_sentences(sentence)[0].tokens)
    assert not any(m.anonymous for m in find_mentions(sentence, tokens, [True] * len(tokens)))
