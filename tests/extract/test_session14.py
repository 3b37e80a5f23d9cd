"""Rules of session 14 (issue 22), each a table with negative rows:

- quotes.extract.coref: a definite description naming a club, team or firm ("said the Tottenham striker", "The
  United boss said") is the person a "he" would mean there when what the article states of them allows it, as a
  description naming no body already was; every quote one description attributes reads that one person; a
  coordinated description ("The Republican nominee and his aides") is never one person;
- quotes.extract.parties: a party description standing for the one person the sentence before names ("Michael
  Howard has denied … ¶ The Tory leader said") gives that person its own quotes, not only its party. This was
  kept from the speaker until now because PolNeAR's reference scorer reads the capitalised modifier as a name
  (PolNeAR dev: direct speaker 560 -> 558, the two rows right on reading); measured on PolNeAR train (840
  articles of two-party copy) it changed 11 rows, all right on reading, and no party went to its rival. The
  invented "Donald Trump said … The Democratic nominee said" (no Clinton named anywhere) now reads Trump: the
  risk this rule takes, as the party it lent to his other rows already did;
- the post a description states keeps its complement ("the former secretary of state"), and a demonym's first
  word ("The Northern Irishman") is no affiliation."""

from __future__ import annotations

import pytest

import quotes

HEADLINE = "Story\n\n"


def _speakers(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(s.name, s.role or None, s.affiliation or None)
            for q in quotes.extract(HEADLINE + text, "case.txt") for s in q.speakers]


@pytest.mark.parametrize("text, expected", [
    ('Michael Howard has denied his shadow cabinet was split over ID cards.\n\nThe Tory leader said his team had '
     'reached a "collective view" after holding a "good discussion", but admitted it was "not an easy issue".',
     {("Michael Howard", "leader", "Conservative Party")}),
    ('Robbie Keane took his record to 24 with a first-half goal. "It was great play from Damien," said the '
     'Tottenham striker. "I always try to be sniffing around."', {("Robbie Keane", "striker", "Tottenham")}),
    ('Sir Alex Ferguson has called on the FA to act. The United boss said the tackle was "terrible".',
     {("Alex Ferguson", "boss", "United")}),
    # negatives: a person the article puts in another party is not the epithet's; a demonym names no body
    ('James McIlroy won the 800m in Erfurt on Sunday.\n\nThe Northern Irishman said he was "delighted" with the time.',
     {("James McIlroy", None, None)}),
])
def test_a_party_or_club_epithet_is_the_person_in_focus_on_every_row(text, expected):
    assert set(_speakers(text)) == expected


@pytest.mark.parametrize("text, speaker", [
    # the subject of the sentence before, the only person in play ("she related to him": Patrick is the other)
    ("Deval Patrick toured the diner on Tuesday.\n\nMaya Lund didn't know Patrick was coming but saw his visit as a "
     "surprise. The Boston singer said she related to him.", "Maya Lund"),
    ("Hillary Clinton campaigned in Ohio on Monday.\n\n“We can win this state in November,” the Democratic nominee "
     "said.", "Hillary Clinton"),
    # negative: two people in the sentence before, the description stays its own
    ("Hillary Clinton met Bernie Sanders in Ohio.\n\nThe Vermont senator said the talks had gone “well”.",
     "The Vermont senator"),
])
def test_a_described_subject_is_the_person_before_it(text, speaker):
    assert speaker in {name for name, _, _ in _speakers(text)}


@pytest.mark.parametrize("text, speaker", [
    # negatives: a word for an unnamed source is someone else; a person named in passing is no antecedent
    ("Sources told the BBC Michael Howard has always backed the cards. The party had been “agnostic” until now, the "
     "Tory source said.", "Michael Howard"),
    ("The issue was a feature of the US election, where George Bush opposed it. But the Tory leader argued there "
     "was a “moral case” for it.", "George Bush"),
])
def test_a_party_description_keeps_its_quotes_from_a_bystander(text, speaker):
    rows = {q.spans[0].text: q.speakers[0].name for q in quotes.extract(HEADLINE + text, "case.txt") if q.speakers}
    assert rows and speaker not in {rows.get("agnostic"), rows.get("moral case")}


def test_a_club_description_that_says_nothing_is_no_one_in_focus():
    # negative: after a coach's quotes, a description of a player that no reporting verb governs ("moved") is
    # the player's, not the coach's: no role "milkman" nor affiliation "Dublin" for him
    text = ('Toulouse\'s former Irish international Trevor Bray could be one of Clive Hale\'s many surprises when the '
            'squad is announced.\n\nBray, who last played for Ireland in 2001, is held in high esteem by the former '
            'England coach. "If you speak to the players there\'s a huge amount of respect for the guy," Hale told the '
            'Sunday Independent. "Players tend to know better than most coaches. It\'s not just the Irish." The '
            '31-year-old former Dublin milkman moved from Leinster to Toulouse in 2003.\n\nHale is ensuring his '
            'preparations are thorough. "I\'ve spoken to quite a few players," he told the newspaper.')
    rows = _speakers_of(text, "Clive Hale")
    assert rows and all(s.role != "milkman" and s.affiliation != "Dublin" for s in rows)


def _speakers_of(text: str, name: str) -> list:
    return [s for q in quotes.extract(HEADLINE + text, "case.txt") for s in q.speakers if s.name == name]


def test_a_party_epithet_is_no_one_the_article_puts_in_another_party():
    text = 'Labour MP Tom Hale denied the report on Monday.\n\nThe Tory leader said the plan was "nonsense".'
    rows = {q.spans[0].text: q.speakers[0].name for q in quotes.extract(HEADLINE + text, "case.txt") if q.speakers}
    assert rows["nonsense"] == "The Tory leader"


@pytest.mark.parametrize("text, speaker", [
    ('Donald Trump spent the day in Ohio. The Republican nominee and his aides have not said how "ready" he is.',
     "The Republican nominee and his aides"),
    # negative: one person's coordinated posts are still that person
    ('Hillary Clinton spoke in Charlotte. The former secretary of state and current Democratic nominee said she was '
     '"heartbroken".', "Hillary Clinton"),
])
def test_a_coordinated_description_is_never_one_person(text, speaker):
    assert speaker in {name for name, _, _ in _speakers(text)}


@pytest.mark.parametrize("role, head, capacity", [
    ("former secretary of state", "state", "former secretary of state"),
    ("secretary of state for health", "health", "secretary of state for health"),
    # negatives: the writer's colour before a post still goes; a post without "of" is as before
    ("famously gruff senator", "senator", "senator"),
    ("feminist writer and broadcaster", "broadcaster", "writer and broadcaster"),
])
def test_the_post_a_description_states_keeps_its_complement(role, head, capacity):
    from quotes.extract.coref import _capacity

    assert _capacity(role, head) == capacity


@pytest.mark.parametrize("text, quote, speaker", [
    # an "it" opening its sentence goes on about the subject before it, through a chain of "it" sentences
    ("The FAO has urged the World Trade Organisation to conclude talks. It also criticised high tariffs. It recommends "
     "that poor countries cut their own tariffs.", "poor countries cut their own tariffs", "FAO"),
    ("US supermarket group Winn-Dixie has filed for bankruptcy protection.\n\nWinn-Dixie, once among the most "
     "profitable grocers, said Chapter 11 protection would help it. It said its 920 stores would remain open.", "its 920 stores would remain open", "Winn-Dixie"),
    ("The Muslim Council of Britain has complained to broadcasting watchdog Ofcom. It says the programme breaches "
     "editorial guidelines.", "the programme breaches editorial guidelines", "Muslim Council of Britain"),
    # negatives: no organisation opens the sentence before, the one named last speaks; a "However, it" still reads it
    ("The ONS said output fell. Manufacturers' organisation, the EEF, said it expected rates to hold. It also said "
     "there was evidence that confidence may be waning.", "there was evidence that confidence may be waning", "EEF"),
    ("Yukos said it would consider its options in light of the ruling. However, it claimed that the court had backed "
     "its argument.", "the court had backed its argument", "Yukos"),
])
def test_an_opening_it_is_the_subject_before_it(text, quote, speaker):
    rows = {q.spans[0].text: q.speakers[0].name for q in quotes.extract(HEADLINE + text, "case.txt") if q.speakers}
    assert rows.get(quote) == speaker, rows
