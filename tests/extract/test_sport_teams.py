"""Who a sportsperson plays or works for (capacity.by_reference): a named player the article gives no team by
title takes the team their own sentence says they play for ("scored 31 points for the Thunder"); a club's
chief executive, whose club the rules type by its use rather than as an organisation's mention, takes the club
the story writes as a collective ("Blackburn have rejected a bid"); a bare team role takes the one team the
article writes before a team's role, even when written once. Tables of invented sentences, positive and
negative rows, US-politics counter-examples among them."""

from __future__ import annotations

import pytest

from tests.helpers.extraction import speaker_at


def _affiliation(text: str, words: str) -> tuple[str, str | None]:
    speaker = speaker_at(text, words)
    return speaker.name, speaker.affiliation


# a player's own sentence: what a player does, then the team it is done for
PLAYED_FOR = [
    ('Dan Pike scored 28 points for the Harbour Hawks on Friday. "We played hard," Pike said.', "We played hard",
     ("Dan Pike", "Harbour Hawks")),
    ('Tom Reed scored 30 points during the Falcons\' third straight win. "It felt good," Reed said.', "It felt good",
     ("Tom Reed", "Falcons")),
    # an epithet between "the" and the team's name ("the NBA-leading Lakers")
    ('Sam Cole had 12 rebounds for the league-leading Rovers. "We kept going," Cole said.', "We kept going",
     ("Sam Cole", "Rovers")),
    # negative: two teams (a player who moved) leave the team unknown
    ('Joe Bright played for Dunmore before he signed for Hartley in May. "I am happy," Bright said.', "I am happy",
     ("Joe Bright", None)),
    # negative: "during" a day's game names no team
    ('Tom Reed scored 30 points during Saturday\'s game. "It felt good," Reed said.', "It felt good",
     ("Tom Reed", None)),
    # negative (US politics): a poll's points "for" a candidate the article names as a person
    ('Hillary Clinton won. Homeowners support Clinton by 17 points, and renters go for Sanders. "We won," Clinton '
     'said. Bernie Sanders lost.', "We won", ("Hillary Clinton", None)),
    # negative (US politics): a campaign's volunteers sign up for a candidate, no team
    ('Amy Lane signed up for Trump in May. "He listens," Lane said. Donald Trump thanked her.', "He listens",
     ("Amy Lane", None)),
]


@pytest.mark.parametrize("text, words, expected", PLAYED_FOR)
def test_a_player_plays_for_the_team_their_sentence_names(text, words, expected):
    assert _affiliation(text, words) == expected


# a club's chief executive: the club the story writes most, a singular name with a plural verb counting
CLUB_OFFICIALS = [
    ("Hartley have rejected a second bid from Dunmore for their striker. Hartley want more money, and chief "
     'executive Ann Moss said talks go on. "We have no deal," Moss said.', "We have no deal", ("Ann Moss", "Hartley")),
    # negative: a common noun opening a sentence ("Shares have fallen") is no club
    ("Shares have fallen at the firm. Shares were lower again on Friday, and chief executive Ann Moss said: "
     '"We are calm."', "We are calm", ("Ann Moss", None)),
    # negative (US politics): a preposition's object is not the plural verb's subject
    ("Some members of Congress have backed free trade, chief executive Ann Moss said. "
     '"We back it," Moss said.', "We back it", ("Ann Moss", None)),
    # negative (US politics): a plural of people ("Democrats have") is no club
    ("Democrats have a plan. Democrats are united, and chief executive Ann Moss said: \"We back it.\"", "We back it",
     ("Ann Moss", None)),
]


@pytest.mark.parametrize("text, words, expected", CLUB_OFFICIALS)
def test_a_club_official_speaks_for_the_club_the_story_writes(text, words, expected):
    assert _affiliation(text, words) == expected


# a bare team role: the one team the article writes before a team's role, even once
SOLE_TEAM = [
    ('Hartley manager Tom Reid has told captain Joe Cole to stay calm. "We can win," Cole said.', "We can win",
     ("Joe Cole", "Hartley")),
    # an opponent written with a plural verb is no candidate: the team whose manager the story quotes is
    ('Dunmore are bottom of the table, and Dunmore have lost five games. Hartley manager Tom Reid is calm. '
     'Striker Joe Cole said: "We can win."', "We can win", ("Joe Cole", "Hartley")),
    # a team's role held for a time ("skipper for the night") is the team's role
    ('Hartley manager Tom Reid praised his side. Joe Cole, skipper for the night, said: "We can win."', "We can win",
     ("Joe Cole", "Hartley")),
    # negative (US politics): a manager "for" a campaign, no team written
    ('Trump campaign manager Kellyanne Conway was there. Bill Stepien, manager for the campaign, said: "We are on '
     'track."', "We are on track", ("Bill Stepien", None)),
    # negative: two teams written before a team's role
    ('Hartley manager Tom Reid met Dunmore boss Al Pike. Captain Joe Cole said: "We can win."', "We can win",
     ("Joe Cole", None)),
    # negative (US politics): a campaign's manager names no team
    ('Trump campaign manager Kellyanne Conway was there. Manager Bill Stepien said: "We are on track."',
     "We are on track", ("Bill Stepien", None)),
]


@pytest.mark.parametrize("text, words, expected", SOLE_TEAM)
def test_a_bare_team_role_takes_the_one_team_written(text, words, expected):
    assert _affiliation(text, words) == expected
