"""Speaker types (issue 22, session 7): a party speaking is an organisation, whatever form its name takes
("Labour says", "the Lib Dems said", "Tories said"); a name ending in a noun for a kind of organisation
("Forrester Research", "Digital Foundry") is no person's. Invented articles, written for these tests; each
rule has negative rows (people whose names are also nouns, plural people of a persuasion, US copy). A lone word
the article also writes opening an organisation's name ("Delta" of "Delta Airlines") is that organisation."""

from __future__ import annotations

import pytest

from quotes.extract.coref import party_label
from tests.helpers.extraction import speaker_at

# (article, the quote's words, expected speaker, expected type)
CASES = [
    # a party's label as the subject of a reporting verb: the party, an organisation
    ("The manifesto was published on Monday. Labour says the plan offers only \"a return to the past\".",
     "a return to the past", "Labour", "organisation"),
    ("Ministers defended the bill. The Lib Dems said the scheme would \"cost far too much\".",
     "cost far too much", "Lib Dems", "organisation"),
    ("The poll was held in May. Tories said the result was \"a clear warning\" to the government.",
     "a clear warning", "Tories", "organisation"),
    # a member's label of a persuasion, not a party's name: its people, a group
    ("The vote was close. Independents said they were \"tired of both parties\".",
     "tired of both parties", "independents", "group"),
    ("The debate ran late. Conservatives said the ruling was \"a scandal\".",
     "a scandal", "conservatives", "group"),
    # a name ending in a noun for a kind of organisation, even after a given name
    ("Online sales rose again. Continental Research said shoppers \"will never go back\" to the high street.",
     "will never go back", "Continental Research", "organisation"),
    ("Mobile games are growing fast. Juniper Research said revenues would \"double within five years\".",
     "double within five years", "Juniper Research", "organisation"),
    ("The port was released last week. Preliminary tests by Digital Foundry reveal that the game runs at \"an "
     "unstable frame rate\".", "an unstable frame rate", "Digital Foundry", "organisation"),
    ("The deal closed in June. Sequoia Capital said the start-up was \"a rare find\".",
     "a rare find", "Sequoia Capital", "organisation"),
    # a person whose surname is also a noun stays a person
    ("The bakery opened in March. Mary Baker said trade was \"better than we hoped\".",
     "better than we hoped", "Mary Baker", "person"),
    ("Sarah Mills runs the shop. Sarah Mills said trade was \"better than we hoped\".",
     "better than we hoped", "Sarah Mills", "person"),
    # a lone word the article also writes as the first word of an organisation's name: that organisation
    ("She was suspended by Delta Airlines in May. Delta has declined to say why. Delta said the rules were "
     "\"very clear\".", "very clear", "Delta", "organisation"),
    ("Spam sites were the target of Lycos Europe. Lycos said the plan was \"a way to fight back\".",
     "a way to fight back", "Lycos", "organisation"),
    ("Ford Foundation grants rose. Ford said the money was \"well spent\".", "well spent", "Ford", "organisation"),
    # ... but not a person the article names in full or titles, whatever body bears the name
    ("Gerald Ford opened the Ford Foundation library. Ford said it was \"a great day\".", "a great day",
     "Gerald Ford", "person"),
    ("Senator Warren Kane spoke at the Kane Institute. Kane said the bill was \"a disgrace\".", "a disgrace",
     "Warren Kane", "person"),
    # a common plural opening an association's name is still its people
    ("The Teachers Association met on Monday. Teachers said the pay offer was \"an insult\".", "an insult",
     "Teachers", "group"),
    ("The Hollis Harbor Authority approved the plan. Harbor said it would \"cut costs\".", "cut costs", "Harbor", "person"),
    # the article shows the name as a person's: an honorific, a relative "who"
    ("Jane Capital, who founded the shop in 1990, was there. Jane Capital said sales were \"very strong\".",
     "very strong", "Jane Capital", "person"),
]


@pytest.mark.parametrize("text,words,name,kind", CASES, ids=[c[2] + ":" + c[3] for c in CASES])
def test_speaker_type(text: str, words: str, name: str, kind: str) -> None:
    speaker = speaker_at(text, words)
    assert (speaker.name.lower(), speaker.type.value) == (name.lower(), kind)


# (name as written, whether it is a party's label or a member's plural)
LABELS = [
    ("Labour", True), ("the Liberal Democrats", True), ("Lib Dems", True), ("Tories", True), ("Democrats", True),
    ("Republicans", True), ("Conservatives", False), ("Independents", False), ("Conservative", False),
    ("D", False), ("Tony Blair", False), ("Labourers", False),
]


@pytest.mark.parametrize("name,expected", LABELS)
def test_party_label(name: str, expected: bool) -> None:
    assert party_label(name) is expected
