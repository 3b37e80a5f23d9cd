"""An office's kind implies the kind of body it belongs to (capacity.by_reference): a minister given bare in a
story of a foreign government speaks for that country, a musician given bare in a story of a band plays in
that band; and the reverse, a place before an occupation that speaks for no place is where its holder comes
from, no affiliation. Each a table of invented sentences, positive and negative rows, US-politics
counter-examples among them."""

from __future__ import annotations

import pytest

from tests.helpers.extraction import speaker_at


def _capacity(text: str, words: str) -> tuple[str, str | None, str | None]:
    speaker = speaker_at(text, words)
    return speaker.name, speaker.role, speaker.affiliation


_RURITANIA = ("Peruvian authorities have seized 300 farms. Peru says the land is idle, and the "
              "Peruvian government plans more seizures. ")

# a minister given bare: the country the story is about, when the article writes it as a state
STATE_OFFICES = [
    (_RURITANIA + 'Agriculture minister Olek Varga said: "The farms are unused."', "The farms",
     ("Olek Varga", "Agriculture minister", "Peru")),
    (_RURITANIA + 'Vice president Luis Ortega said: "Owners have nothing to fear."', "Owners",
     ("Luis Ortega", "Vice president", "Peru")),
    # the country as the owner of a portfolio is a state ("Peru's interior minister said")
    ("The prison will close, Peru's interior minister said. Peru will build a new one in the north. "
     'Interior minister Olek Varga said: "It is too old."', "It is too old", ("Olek Varga", "Interior minister", "Peru")),
    # negative: the country only as the place the story happens in, never as a government
    ("Floods hit Peru on Monday. Peru's rivers burst their banks across Peru. "
     'Agriculture minister Olek Varga said: "The farms are ruined."', "The farms", ("Olek Varga", "Agriculture minister", None)),
    # negative: two countries met on equal terms do not say whose minister speaks
    ("Peruvian officials met Chilean officials. Peru and Chile signed a deal. "
     'Trade minister Olek Varga said: "It is a good deal."', "It is a good", ("Olek Varga", "Trade minister", None)),
    # negative: a head of government is read by party in domestic copy, never by the country
    (_RURITANIA + 'Prime minister Luis Ortega said: "Owners have nothing to fear."', "Owners",
     ("Luis Ortega", "prime minister", None)),
    # negative (US politics): a story that names a party three times is domestic politics
    ("US officials said the Democrats and the Republicans disagree. The US government and the Democrats "
     'met in the US capital. Agriculture minister Tom Vilsack said: "Farmers need help."', "Farmers",
     ("Tom Vilsack", "Agriculture minister", None)),
    # negative: an ambassador serves abroad, the country a story is about is the host's
    (_RURITANIA + 'Ambassador John Pell said: "We are watching closely."', "We are watching",
     ("John Pell", "ambassador", None)),
]


@pytest.mark.parametrize("text, words, expected", STATE_OFFICES)
def test_a_minister_given_bare_speaks_for_the_story_country(text, words, expected):
    name, role, affiliation = _capacity(text, words)
    assert (name, role.lower() if role else role, affiliation) == (expected[0], expected[1].lower(), expected[2])


_BAND = ("London rock band The Wardens have topped the poll. The Wardens beat 40 acts to the title, and "
         "The Wardens will tour in May. ")

# a musician given bare: the band the story is about, when the article writes it as a band
BAND_ROLES = [
    (_BAND + 'Drummer Pete Lyle said: "We are thrilled."', "We are thrilled", ("Pete Lyle", "drummer", "Wardens")),
    (_BAND + 'Singer Ana Ruiz said: "We are thrilled."', "We are thrilled", ("Ana Ruiz", "singer", "Wardens")),
    # negative: no name written as a band
    ("The Wardens have topped the poll. The Wardens beat 40 acts. "
     'Drummer Pete Lyle said: "We are thrilled."', "We are thrilled", ("Pete Lyle", "drummer", None)),
    # negative: two bands met on equal terms
    ("Rock band The Wardens and rock band Kestrel share the prize. The Wardens and Kestrel will tour. "
     'Drummer Pete Lyle said: "We are thrilled."', "We are thrilled", ("Pete Lyle", "drummer", None)),
    # negative: a genre before the role is no band
    (_BAND + '"They deserve it," said rock singer Ana Ruiz.', "They deserve", ("Ana Ruiz", "rock singer", None)),
    # negative (US politics): a campaign's singer at a rally, no band written
    ("Trump held a rally in Ohio. Trump spoke for an hour. "
     'Singer Kid Rock said: "He is my man."', "He is my man", ("Kid Rock", "singer", None)),
]


@pytest.mark.parametrize("text, words, expected", BAND_ROLES)
def test_a_musician_given_bare_plays_in_the_story_band(text, words, expected):
    name, role, affiliation = _capacity(text, words)
    assert (name, role.lower() if role else role, affiliation) == (expected[0], expected[1].lower(), expected[2])


# a player or a coach given bare: the team the story is about, when the article writes it before a team's role
TEAM_ROLES = [
    ("Hartley manager Tom Reid praised his side. Hartley go into the game on the back of a win, and Hartley "
     'are second. Striker Joe Cole said: "We played well."', "We played well", ("Joe Cole", "striker", "Hartley")),
    # negative: an opponent written as often as the story's team leaves the team unknown
    ("Hartley manager Tom Reid met Dunmore manager Al Pike. Hartley and Dunmore drew. "
     'Striker Joe Cole said: "We played well."', "We played well", ("Joe Cole", "striker", None)),
    # negative: a place the team plays at is no team
    ("The side travel to Hartley on Wednesday. Hartley is a small town, and Hartley has a new stadium. "
     'Striker Joe Cole said: "We will play well."', "We will play", ("Joe Cole", "striker", None)),
    # negative (US politics): a campaign's manager names no team
    ("Trump spoke in Ohio. Trump campaign manager Kellyanne Conway was there. Trump left at noon. "
     'Manager Bill Stepien said: "We are on track."', "We are on track", ("Bill Stepien", "manager", None)),
]


@pytest.mark.parametrize("text, words, expected", TEAM_ROLES)
def test_a_player_given_bare_plays_for_the_story_team(text, words, expected):
    name, role, affiliation = _capacity(text, words)
    assert (name, role.lower() if role else role, affiliation) == (expected[0], expected[1].lower(), expected[2])


# a place or a nationality before an occupation that speaks for no place: origin, no affiliation
ORIGIN_ONLY = [
    ('"It is a love story," said Indian film director Mira Patel.', "It is a love", ("Mira Patel", "film director", None)),
    ('"It is about women," said US playwright Eve Tanner.', "It is about", ("Eve Tanner", "playwright", None)),
    ('The singer grew up in Cornwall. "I love it here," said Cornwall singer Jo Penrose.', "I love it",
     ("Jo Penrose", "singer", None)),
    # negative: an office that speaks for its country keeps it
    ('"We will not sign," said Peruvian trade minister Olek Varga.', "We will not", ("Olek Varga", "trade minister", "Peru")),
    # negative: a band before a singer's role is the body he sings for
    ('"We are back," said Blur singer Damon Albarn.', "We are back", ("Damon Albarn", "singer", "Blur")),
    # negative (US politics): a state's senator keeps the state's party reading
    ('"We will fight this," said Texas Senator Ted Cruz.', "We will fight", ("Ted Cruz", "senator", "Texas")),
]


@pytest.mark.parametrize("text, words, expected", ORIGIN_ONLY)
def test_a_place_before_an_occupation_of_no_place_is_origin(text, words, expected):
    name, role, affiliation = _capacity(text, words)
    assert (name, role.lower() if role else role, affiliation) == (expected[0], expected[1].lower(), expected[2])
