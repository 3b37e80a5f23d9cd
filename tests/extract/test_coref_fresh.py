"""Speaker and pronoun resolution (coref) found open by the error analysis of the seven beats splits
(session 8): tables of invented sentences, positive and negative rows, US-politics counter-examples among them."""

from __future__ import annotations

import pytest

from quotes.extract.coref import Entity, Registry
from quotes.types import SpeakerType
from tests.helpers.extraction import speaker_at

# A "she" that salience alone would give to the latest person named, whose gender nothing states, means the
# person just named whose gender the article states as a woman's (a "her" in a sentence naming only her).
STATED_GENDER = [
    # (text, words of the quote, speaker)
    ("A row involving Rowan Pike, her former label and two politicians is ending.\n\n"
     "Rowan Pike's first albums came out through Big Vale, which was bought by a firm owned by talent agent Corin Blaske.\n\n"
     "In a post she said it was \"the worst case\" for her.", "the worst case", "Rowan Pike"),
    ("A dispute involving Quinn Okafor, her campaign staff and a donor has ended.\n\n"
     "Quinn Okafor's adverts were paid for by Rally PAC, which was funded by businessman Jordan Teague.\n\n"
     "In a post she said it was \"a smear\" against her.", "a smear", "Quinn Okafor"),
    # negative: the article states no gender of hers (no "her" in a sentence naming only her): the latest named stays
    ("A row involving Rowan Pike and two politicians is ending.\n\n"
     "Rowan Pike's first albums came out through Big Vale, which was bought by a firm owned by talent agent Corin Blaske.\n\n"
     "In a post she said it was \"the worst case\" for her.", "the worst case", "Corin Blaske"),
    # negative: a "he" keeps the latest named, whose gender nothing states
    ("A dispute involving Quinn Okafor, her campaign staff and a donor has ended.\n\n"
     "Quinn Okafor's adverts were paid for by Rally PAC, which was funded by businessman Jordan Teague.\n\n"
     "In a post he said it was \"a smear\" against the campaign.", "a smear", "Jordan Teague"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), STATED_GENDER)
def test_she_means_the_person_stated_a_woman(text, words, speaker):
    assert speaker_at(text, words).name == speaker


GENDER_SENTENCES = [
    # (text, name, stated gender)
    ("A row involving Rowan Pike, her label and two politicians is ending.", "Rowan Pike", "f"),
    ("Senator Robin Vale said his bill would pass.", "Robin Vale", "m"),
    # negative: a possessor's pronoun is the possessed person's ("Vale's wife said she")
    ("Robin Vale's wife said she would vote.", "Robin Vale", None),
    # negative: two people named in the sentence: whose pronoun it is is a guess
    ("Robin Vale met Casey Ward and said his plan was ready.", "Robin Vale", None),
    # negative: both genders in the sentence
    ("Robin Vale said he had asked her to stay.", "Robin Vale", None),
    # negative: the pronoun is inside a quotation, the speaker's words
    ("Robin Vale said: \"He is wrong.\"", "Robin Vale", None),
]


@pytest.mark.parametrize(("text", "name", "gender"), GENDER_SENTENCES)
def test_stated_gender(text, name, gender):
    registry = Registry(text)
    entity = Entity(name, SpeakerType.PERSON, tuple(name.split()), offsets=[text.index(name)])
    registry.people.append(entity)
    if "Casey Ward" in text:
        registry.people.append(Entity("Casey Ward", SpeakerType.PERSON, ("Casey", "Ward"), offsets=[text.index("Casey")]))
    assert registry.stated_gender(entity) == gender


# Two people joined by "and" who open a sentence are its subject: a "they" opening the next sentence means them.
PAIR_SUBJECT = [
    # (text, words of the quote, speaker)
    ("The Tories are pressing on. Michael Hale and frontbencher John Reddick on Thursday launched plans to cut "
     "quangos. They say government is spending too much.", "government is spending", "Michael Hale and John Reddick"),
    ("Hillary Clinton and Bernie Sanders met voters in Ohio. They said the trade deal was a mistake.",
     "the trade deal was", "Hillary Clinton and Bernie Sanders"),
    # negative: the pair is a preposition's object, not the subject
    ("Critics of Hillary Clinton and Bernie Sanders met in Ohio. They said the trade deal was a mistake.",
     "the trade deal was", "They"),
    # negative: the pair does not open the sentence ("Voters cheered …"): the "they" is not the pair but the
    # group that opens it (collective.subject_before)
    ("Voters cheered Hillary Clinton and Bernie Sanders in Ohio. They said the trade deal was a mistake.",
     "the trade deal was", "voters"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), PAIR_SUBJECT)
def test_they_means_the_pair_opening_the_sentence_before(text, words, speaker):
    assert speaker_at(text, words).name == speaker


# "It" opening a sentence after one whose subject is a lone name the article shows to be an organisation's (by
# writing it in full, "Delta Airlines"; by a brand's shape, "Fizzbook") means that organisation: a person is never "it".
IT_LONE_ORGANISATION = [
    # (text, words of the quote, speaker)
    ("She was suspended by Delta Airlines in September. Delta has been hit by rising fuel costs. "
     "It has said it needs to cut 6,000 jobs.", "it needs to cut", "Delta"),
    ("Staff at Fizzbook were told on Monday. Fizzbook has been hit by falling advertising. "
     "It has said it needs to cut 6,000 jobs.", "it needs to cut", "Fizzbook"),
    # negative: a person's surname is never "it"
    ("Hillary Clinton spoke in Ohio. Clinton has been hit by bad polls. It has said it needs to cut 6,000 jobs.",
     "it needs to cut", "It"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), IT_LONE_ORGANISATION)
def test_it_means_the_lone_organisation_named_before(text, words, speaker):
    assert speaker_at(text, words).name.startswith(speaker)
