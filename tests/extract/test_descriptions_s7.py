"""Definite descriptions as anaphors (issue 22, session 7): "“…,” the Dutchman said" after "Tottenham manager
Martin Jol", "The agent also stressed" after the agent spoke. A person description no role-holder answers goes
to the person a "he"/"she" would mean there, unless what the article states of that person contradicts it.
Invented articles, written for these tests; each rule has negative rows, US political copy among them."""

from __future__ import annotations

import pytest

import quotes
from quotes.types import SpeakerType
from tests.helpers.extraction import speaker_at

# (article, the quote's words, expected speaker, expected type, a word the role must hold or None)
PERSON_CASES = [
    # a demonym noun after "the" is the person named before, never a name or an organisation
    ("Rotterdam coach Piet Vos praised his squad after the win.\n\n“We were patient and we deserved it,” the Dutchman said.",
     "We were patient", "Piet Vos", "person", "coach"),
    ("Sean Boyle scored twice for the visitors on Saturday.\n\n“It was a hard game in the wind,” the Irishman said.",
     "It was a hard game", "Sean Boyle", "person", None),
    ("Carlos Mendes joined the club from Porto in the summer.\n\n“I want to stay here for years,” the Brazilian said.",
     "I want to stay", "Carlos Mendes", "person", None),
    # a role noun the person holds no stated role against: that person, given the description's role; here
    # the sentence before names two people, so only salience (the last speaker) tells which
    ("Brian Kessel says Tom Price wants to stay at the club.\n\n“Nothing has been agreed with anyone,” the agent said.",
     "Nothing has been agreed", "Brian Kessel", "person", "agent"),
    ("Gemma Hart told Anne Cole the show was over.\n\n“Television has changed for the worse,” the feminist writer and broadcaster said.",
     "Television has changed", "Gemma Hart", "person", "writer"),
    # a synonym of the stated role ("boss" for a manager) is no contradiction
    ("Leeds manager Tom Rudd watched from the stand.\n\n“We lacked a cutting edge all night,” the boss said.",
     "We lacked a cutting edge", "Tom Rudd", "person", "manager"),
]

# (article, the quote's words, the speaker it must not be)
NOT_RESOLVED = [
    # a head that brings a new person in is nobody named before
    ("Mark Ellis left the meeting early on Monday.\n\n“The talks will go on next week,” the spokesman said.",
     "The talks will go on", "Mark Ellis"),
    ("Mark Ellis left the meeting early on Monday.\n\n“He works far too hard for his age,” the friend said.",
     "He works far too hard", "Mark Ellis"),
    # an unnamed person the article brought in with that head before
    ("A man was arrested near the stadium on Friday. Tom Price watched the game from the stand.\n\n"
     "“I did nothing wrong at all,” the man said.",
     "I did nothing wrong", "Tom Price"),
    # a stated role of another head and no synonym: another person
    ("Senator Ann Cole spoke to reporters on Tuesday.\n\n“We will veto the bill next week,” the governor said.",
     "We will veto the bill", "Ann Cole"),
    # another office of the same head ("shadow chancellor" is no "chancellor")
    ("Shadow chancellor Oliver Lett spoke in Leeds on Monday.\n\n“The figures are sound and the books balance,” the chancellor said.",
     "The figures are sound", "Oliver Lett"),
    # "Scot" opening a name is a given name, not a demonym noun
    ("Scot Peterson spoke to the inquiry on Monday.\n\n“I did my job that day,” said Scot Peterson.",
     "I did my job", "the Scot"),
]


@pytest.mark.parametrize(("text", "words", "name", "kind", "role"), PERSON_CASES)
def test_person_description_goes_to_the_salient_person(text, words, name, kind, role):
    speaker = speaker_at(text, words)
    assert (speaker.name, speaker.type.value) == (name, kind)
    if role is not None:
        assert role in (speaker.role or "")


@pytest.mark.parametrize(("text", "words", "name"), NOT_RESOLVED)
def test_person_description_left_alone(text, words, name):
    assert speaker_at(text, words).name != name


def test_demonym_speaker_left_unresolved_is_a_person_description():
    # no one named before: "the Dutchman" stays a person described, never an organisation called "Dutchman"
    speaker = speaker_at("“We were patient and we deserved it,” the Dutchman said.", "We were patient")
    assert speaker.type == SpeakerType.PERSON
    assert speaker.name.lower() == "the dutchman"


# (article, the quote's words, expected speaker or None for left as the description's words)
ORGANISATION_CASES = [
    # an outlet the article calls by an organisation noun is what "the company" refers to
    ("Revenues at media group Reuters fell 5% last year. Costs rose by a tenth.\n\nThe company said it expected growth in the spring.",
     "it expected growth", "Reuters"),
    # a lone name the article sets before a spokesperson's noun and makes a subject: "the airline"
    ("A Vortex spokesperson confirmed the job cuts on Monday. Vortex has declined to say more. Fuel costs rose again.\n\n"
     "The airline said it would hire again in the spring.",
     "it would hire again", "Vortex"),
    # an outlet the article only names is no "company"
    ("The Washington Post reported the cuts on Monday. Fuel costs rose again.\n\nThe company said it would appeal the ruling.",
     "it would appeal", None),
    # two organisations subjects of one sentence: which one "the carrier" means is a guess
    ("Vortex rose 5% on Monday while Skyline fell 2% after the strike. Fuel costs rose again.\n\nThe carrier said it would cut fares soon.",
     "it would cut fares", None),
    # an organisation only an object of the sentence (US copy): no subject, no referent
    ("Senator Ann Cole met executives from Vortex on Monday in Ohio. She toured the site for an hour.\n\nThe carmaker said it would build a plant there.",
     "it would build a plant", None),
]


@pytest.mark.parametrize(("text", "words", "name"), ORGANISATION_CASES)
def test_organisation_description_goes_to_the_salient_organisation(text, words, name):
    speaker = speaker_at(text, words)
    if name is None:
        assert speaker.name.lower().startswith("the "), speaker.name
    else:
        assert (speaker.name, speaker.type) == (name, SpeakerType.ORGANISATION)


def test_the_capacity_a_description_states_is_the_persons_on_every_row():
    # the post without the writer's colour, on the rows before the description and after it
    text = ("Alex Vance told Anne Cole the plan was dead.\n\n“We will not stop,” the famously gruff senator said.\n\n"
            "“It is over for them,” Vance said.")
    rows = [q.speakers[0] for q in quotes.extract(text, "case.txt") if q.speakers]
    assert {(s.name, s.role) for s in rows} == {("Alex Vance", "senator")}


def test_a_demonym_states_no_capacity():
    text = "Piet Vos told Anne Cole the plan was dead.\n\n“We were patient and we deserved it,” the Dutchman said."
    assert speaker_at(text, "We were patient").role in (None, "")
