"""Rules of session 18 (issue 22), each a table with negative rows:

- quotes.extract.coref: a country that owns a post in the lead's description ("Scotland's justice minister has
  warned … ¶ Cathy Jamieson said") is whom its holder serves, as it is before a name; a ranking among a place's
  people or firms ("Europe's biggest drugmaker") and a demonym's complement are no employer; the UK's constituent
  countries are countries (data/names/countries.txt);
- quotes.extract.sources: a qualifier before an employer's or a country's name before a role ("Former England
  captain Martin Johnson", "former France coach") stays on the role; a title won in competition ("Australian Open
  champion Marat Safin", "the European cross-country champion") is the whole title, its event or nation no
  affiliation;
- quotes.extract.parties: a person addressing a party's own people ("Mr Blair told Labour members …") is theirs; where
  one of the two parties that alternate at Westminster is shown in opposition and the article names the other, a
  government office holder is the other's; "New Labour" is Labour;
- quotes.extract.sources: a hyphenated surname the tokenizer splits ("Mansoor Mohi-Uddin, chief currency strategist
  at UBS, said") is one name, not the organisation of its appositive; a bare apostrophe after an acronym ending
  in "S" ("said PBS' Jacoba Atlas") makes it her employer, as "PBS's" does;
- quotes.extract.coref: a description in focus is the last speaker when no one is named since, across a quotation
  of its own sentences ("“…,” said Safin. “…” And the Russian revealed …");
- quotes.extract.speakers: a name in a phrase after the verb ("went the distance against Ivan Ljubicic") or one
  modifying a noun ("a recent Law Lords judgement", "an Alan Shearer strike") is no subject for a later "he";
  a doer's or a source's ("introduced by his son Nick", "heard from Lord Roberts") may be;
- quotes.extract.capacity: the person a lawyer or an agent acts for is no employer however the article sets the
  role ("Carlineo's attorney, Sonya Zoghlin,", "one of Ms Clarkson's lawyers", "Jaynes' lawyer David Oblon");
- quotes.extract.sources: "the Conservatives" (a party's plural name after "the") is the party, an organisation as
  "the Tories" is; "Iowa Republicans" stays a group of its people;
- quotes.extract.cues: an inverted cue's description set off before a name ("…”, said its chief executive, Sir
  Howard Newby.") is that person, for the marked words before it as for its clause;
- quotes.extract.sources: a region or a city before a member's title is the seat, part of the role ("East Midlands
  MEP Robert Kilroy-Silk"), no employer; the US "Transportation Secretary" holds a portfolio (found in the
  end-of-session read);
- quotes.extract.coref: a lead description may open the paragraph after a stand-first that names no one ("…, says
  research. ¶ A US researcher has suggested … Ravi Purushotma believes …"; found on round seventeen after its
  scoring), and a name opening its sentence is found to open it (``Registry._sentence_start`` had looked for the
  sentence's end without the capital after it);
- quotes.extract.units: a name written with an exclamation mark ("the Kerrang! poll", "OutRage! said") ends no
  sentence when the words after it open in lower case (found in the last read of unannotated stories);
- quotes.extract.coref: a name the article also writes as its last word alone ("Marat Safin … Safin won") is a
  person a "he" may mean, whatever the name lists hold.
"""

from __future__ import annotations

import pytest

import quotes
from tests.helpers.capacity import capacities

HEADLINE = "Story\n\n"
ANY = object()  # an affiliation the row does not test


_capacity = capacities  # speaker name -> the (role, affiliation) pairs over every quote of the text


def _speakers(text: str) -> dict[str, str]:
    """Quote text -> its first speaker's name."""
    return {q.text: q.speakers[0].name for q in quotes.extract(HEADLINE + text, "case.txt") if q.speakers}


@pytest.mark.parametrize("text, name, role, affiliation", [
    ("Scotland's justice minister has warned fans that she wants to hit them \"where it hurts most\".\n\n"
     "Cathy Jamieson said exclusion orders were being considered.", "Cathy Jamieson", "justice minister", "Scotland"),
    ("Austria's interior minister has said the border will stay open.\n\nWolfgang Peschorn said checks were "
     "being considered.", "Wolfgang Peschorn", "interior minister", "Austria"),
    # negatives: a ranking among a country's firms, and a demonym before a company noun, employ no one
    ("GlaxoSmithKline saw its profits fall, but Europe's biggest drugmaker says a recovery is on the way.\n\n"
     "Chief executive Jean-Pierre Garnier said it had been hard.", "Jean-Pierre Garnier", "Chief executive",
     "GlaxoSmithKline"),
])
def test_a_country_owning_the_leads_post(text, name, role, affiliation):
    assert _capacity(text)[name] == {(role, affiliation)}


@pytest.mark.parametrize("text, name, role, affiliation", [
    ("Former England captain Martin Johnson said he would retire.", "Martin Johnson", "former captain", "England"),
    ("The news came as former France coach Ian Roe said it was sad.", "Ian Roe", "former coach", "France"),
    ("Ex-England boss Jim Fee said it was bad.", "Jim Fee", "former boss", "England"),
    ("Acting Acme chairman Bob Lee said it was bad.", "Bob Lee", "acting chairman", "Acme"),
    # negatives: no qualifier, and a qualifier of the first of two callings
    ("England captain Martin Johnson said he would retire.", "Martin Johnson", "captain", "England"),
    ("In running, points out former Olympian and BBC pundit Steve Cram, it is hard. Cram said it was over.",
     "Steve Cram", "pundit", ANY),
])
def test_a_qualifier_before_the_employer_stays_on_the_role(text, name, role, affiliation):
    found = _capacity(text)[name]
    assert {r for r, _ in found} == {role}
    assert affiliation is ANY or {a for _, a in found} == {affiliation}


@pytest.mark.parametrize("text, name, role, affiliation", [
    ("Newly-crowned Australian Open champion Marat Safin said he was happy.", "Marat Safin",
     "Australian Open champion", None),
    ("European indoor champion Jo Fenn said it was a good run.", "Jo Fenn", "European indoor champion", None),
    ("Olympic pole vault champion Yelena Isinbayeva said it was high.", "Yelena Isinbayeva",
     "Olympic pole vault champion", None),
    ("Former Wimbledon champion Boris Becker said it was a good run.", "Boris Becker", "former Wimbledon champion", None),
    ('"It would be fantastic to have Paula in the team," said the European cross-country champion.',
     "the European cross-country champion", "European cross-country champion", None),
    # negatives: a team's post before a name keeps its team; words that are no title are no role
    ("On Sunday Arsenal captain Patrick Vieira said it was a good run.", "Patrick Vieira", "captain", "Arsenal"),
    ("Elena Dementieva swept aside defending champion Svetlana Kuznetsova. Kuznetsova said it was hard.",
     "Svetlana Kuznetsova", "defending champion", None),
])
def test_a_title_won_is_the_whole_title(text, name, role, affiliation):
    assert _capacity(text)[name] == {(role, affiliation)}


@pytest.mark.parametrize("text, name, party", [
    ('Fox attacks Blair. Tory co-chairman Liam Fox was speaking after Mr Blair told Labour members the Tories '
     'offered a "hard right agenda". Mr Blair said the vote would bring change.', "Blair", "Labour Party"),
    ("In his speech to Labour's spring conference, Gordon Brown said the economy was strong.", "Gordon Brown",
     "Labour Party"),
    ("Chancellor Gordon Brown outlined the key themes of New Labour's bid. Mr Brown said ensuring every child had "
     "the best start mattered. Mr Blair argued that under New Labour the country had changed.", "Gordon Brown",
     "Labour Party"),
    ("The government's new plan is designed to show how Labour would reform immigration. Prime Minister Tony Blair "
     "said the plans were fair. Conservative shadow home secretary David Davis said the government had failed.",
     "Tony Blair", "Labour Party"),
    # negatives: MPs anyone addresses; no party shown in opposition; a party the article never names
    ("Mr Blair told Tory MPs the plans were fair. Tony Blair said it was over.", "Tony Blair", None),
    ("The government's plan shows how Labour would reform immigration, the Tories say. Prime Minister Tony Blair "
     "said the plans were fair.", "Tony Blair", None),
    ("The vote is near. Prime Minister Tony Blair said the plans were fair. Shadow home secretary David Davis said "
     "the government had failed.", "Tony Blair", None),
])
def test_a_party_from_its_audience_and_from_the_opposition(text, name, party):
    affiliations = {affiliation for _, affiliation in _capacity(text)[name]}
    assert affiliations == {party}


@pytest.mark.parametrize("text, quote, speaker", [
    ('Marat Safin beat Mario Ancic in the final.\n\nSafin won the title on Sunday. He said: "I am very happy with '
     'the way I played."', "I am very happy with the way I played.", "Marat Safin"),
    # negative: a body's name written by its last word alone is no "he"
    ('The Scottish Executive has lost an appeal. The Executive said it would study the ruling. He said: "We will '
     'appeal again."', "We will appeal again.", "He"),
])
def test_a_name_shortened_to_its_last_word_is_a_person(text, quote, speaker):
    assert _speakers(text)[quote] == speaker


@pytest.mark.parametrize("text, name, role, affiliation", [
    ("Mansoor Mohi-Uddin, chief currency strategist at UBS, said that the euro was weak.", "Mansoor Mohi-Uddin",
     "chief currency strategist", "UBS"),
    ("Stelios Haji-Ioannou, founder of easyJet, said the case was weak.", "Stelios Haji-Ioannou", "founder", "easyJet"),
    ('It is not worth showing "non-essential" nude scenes, said PBS\' Jacoba Atlas.', "Jacoba Atlas", None, "PBS"),
    ("The rise was big, said Lloyds' Jim Reed.", "Jim Reed", None, "Lloyds"),
    # negative: an apostrophe that closes a single-quoted phrase is no possessive
    ("Fans sang 'Go PBS' Jim Reed said.", "Jim Reed", None, None),
])
def test_hyphenated_surnames_and_plural_possessives(text, name, role, affiliation):
    assert _capacity(text)[name] == {(role, affiliation)}


@pytest.mark.parametrize("text, quote, speaker", [
    ('"It turned around completely," said Marat Safin. "I was a little bit lucky." And the Russian revealed that '
     'the win had given him a boost.', "the win had given him a boost", "Marat Safin"),
    ("Roger Federer was not worried. The world number one was forced to go the distance against Ivan Ljubicic in the "
     'final. "I definitely had a slow start again," he said.', "I definitely had a slow start again,", "Roger Federer"),
    ("Boss Graeme Souness felt Newcastle were never in danger. An early own goal followed by an Alan Shearer strike "
     'earned them a win. "It gave us a great advantage," he said.', "It gave us a great advantage,", "Graeme Souness"),
    # negatives: a phrase opening the sentence, a passive's agent and a source keep their name for "he"
    ('After Tom Reed left the club, he said: "I am glad."', "I am glad.", "Tom Reed"),
    ("The speech had been introduced by his son Nick Vaughan, who praised his honesty. \"I always know where I am "
     'with him," he said.', "I always know where I am with him,", "Nick Vaughan"),
])
def test_subjects_for_a_later_he(text, quote, speaker):
    assert _speakers(text)[quote] == speaker


@pytest.mark.parametrize("text, name, role, affiliation", [
    ("Steven Carlineo was held. Carlineo's attorney, Sonya Zoghlin, said in an email that Carlineo never intended "
     "harm.", "Sonya Zoghlin", "attorney", None),
    ('Roderick Lindblom, one of Ms Clarkson\'s lawyers, said: "Our intent is to wait."', "Roderick Lindblom", "lawyer",
     None),
    ("The jury backed Jeremy Jaynes. But Jaynes' lawyer David Oblon said his client believed he was innocent.",
     "David Oblon", "lawyer", None),
    # negative: a company's lawyer speaks for the company
    ("Google's lawyer Jim Fee said the case was weak.", "Jim Fee", "lawyer", "Google"),
])
def test_a_client_is_no_employer(text, name, role, affiliation):
    assert _capacity(text)[name] == {(role, affiliation)}


@pytest.mark.parametrize("text, speaker, kind", [
    ("The Conservatives said the plan was wrong.", "Conservatives", "organisation"),
    ("But the Democrats said the plan was fine.", "Democrats", "organisation"),
    # negative: a party's people named by place
    ("Iowa Republicans said the plan was good.", "Iowa Republicans", "group"),
])
def test_a_partys_plural_name_after_the_is_the_party(text, speaker, kind):
    types = {s.name: s.type.value for q in quotes.extract(HEADLINE + text, "case.txt") for s in q.speakers}
    assert types[speaker] == kind


@pytest.mark.parametrize("text, quote, speaker", [
    ('The council said more people went. But the share of poorer students "hardly changed at all", said its chief '
     "executive, Sir Howard Newby.", "hardly changed at all", "Howard Newby"),
    ('The rate "fell sharply", said the chief executive, Tom Hale.', "fell sharply", "Tom Hale"),
])
def test_an_inverted_cues_set_off_description_is_the_name(text, quote, speaker):
    assert _speakers(text)[quote] == speaker


@pytest.mark.parametrize("text, name, role, affiliation", [
    ("East Midlands MEP Robert Kilroy-Silk said the party was dead.", "Robert Kilroy-Silk", "East Midlands MEP", None),
    ("Leeds North MP Jim Reed said it was bad.", "Jim Reed", "Leeds North MP", None),
    ("Transportation Secretary Norman Mineta said he was deeply concerned.", "Norman Mineta", "Transportation Secretary",
     None),
    # negatives: a party or a country before the title is whom the member sits for
    ("Labour MP Tom Hale said it was wrong.", "Tom Hale", "MP", "Labour Party"),
    ("Welsh MP Ann Lee said it was good.", "Ann Lee", "MP", "Wales"),
])
def test_a_members_seat_is_part_of_the_title(text, name, role, affiliation):
    assert _capacity(text)[name] == {(role, affiliation)}


def _lead_capacity(body: str) -> dict[str, set[tuple[str | None, str | None]]]:
    return _capacity(body, headline="Games help you learn\n\n")


@pytest.mark.parametrize("body, name, role", [
    ("The right games could be educational, says research.\n\nA US researcher has suggested that games such as The Sims could be a good way to teach languages. "
     "Ravi Purushotma believes that the world of The Sims can do a better job.", "Ravi Purushotma", "researcher"),
    # negative: a stand-first that names someone leaves the description unnamed (and "US" is where a researcher
    # comes from, no affiliation either way: data/names/origin_occupations.txt)
    ("Games could be educational, says Tom Reed.\n\nA US researcher has suggested that games such as The Sims could be a good way to teach languages. "
     "Ravi Purushotma believes that the world of The Sims can do a better job.", "Ravi Purushotma", None),
])
def test_a_lead_description_after_a_stand_first(body, name, role):
    assert _lead_capacity(body)[name] == {(role, None)}


@pytest.mark.parametrize("text, name, role, affiliation", [
    ("A US researcher, Tom Reed, said games could teach languages.", "Tom Reed", "researcher", None),
    # negative: a body the article writes after "from" stays the employer of its scientist
    ("Scientists from NASA met. NASA planetary scientist Lucas Paganini said the ice was old.", "Lucas Paganini",
     "planetary scientist", "NASA"),
])
def test_a_nationality_on_a_scholar_is_origin(text, name, role, affiliation):
    assert _capacity(text)[name] == {(role, affiliation)}


@pytest.mark.parametrize("text, quote, speaker", [
    ("Osbourne said the band's success in the Kerrang! poll was a triumph for British rock.",
     "the band's success in the Kerrang! poll was a triumph for British rock", "Osbourne"),
    ('The campaign will be dropped. Brett Lock of gay group OutRage! said they were "wiping the slate clean".',
     "wiping the slate clean", "Brett Lock"),
])
def test_a_name_written_with_an_exclamation_mark_ends_no_sentence(text, quote, speaker):
    assert _speakers(text)[quote] == speaker
