"""Where a speaker works, said before the name or around it (session 12):

- quotes.extract.sources: a body in the possessive right before a person's full name employs them ("Microsoft's
  Mike Coleman"), unless it is a person, a place, a pronoun or a day ("Kidman's", "Britain's", "Saturday's");
- quotes.extract.sources: a comma and a conjunction open a clause, no description of the name before it ("…
  for Ray, while British actor Clive Owen took …" left Clive Owen no mention and Ray a role);
- quotes.extract.capacity: a group's name holds its body when that is an acronym ("US officials") or the group
  speaks for it without an office ("Russian authorities", "Senate sources"), and the capitalised words its
  mention left out count ("Labour sources said")."""

from __future__ import annotations

import pytest

import quotes


def _speakers(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(s.name, s.role, s.affiliation) for q in quotes.extract(text, "case.txt") for s in q.speakers]


@pytest.mark.parametrize("text, speaker", [
    ('Microsoft\'s Mike Coleman said: "It is a big day for us."', ("Mike Coleman", None, "Microsoft")),
    ('The event was opened by Oxfam\'s Barbara Stocking. Stocking said: "It is a big day."',
     ("Barbara Stocking", None, "Oxfam")),
    ("Labour's Paul Flynn said the plan was wrong.", ("Paul Flynn", None, "Labour")),
    ('The club signed Arsenal’s Patrick Vieira. "It is a big day," said Vieira.', ("Patrick Vieira", None, "Arsenal")),
    # negatives: a place's people may be its team or only its natives; a person's possessive is no employer;
    # a day in the possessive is a date; a name that opens with no given name is no person's
    ("Britain's Kelly Holmes said she was delighted.", ("Kelly Holmes", None, None)),
    ("Tom Smith's Mary Jones said it was wrong.", ("Mary Jones", None, None)),
    ("Sunday's Mary Jones said it was wrong.", ("Mary Jones", None, None)),
])
def test_a_body_in_the_possessive_before_a_full_name_employs_them(text, speaker):
    assert speaker in _speakers(text)


@pytest.mark.parametrize("text, speaker", [
    ('Jamie Foxx won best actor for Ray, while British actor Clive Owen took best supporting actor for Closer. '
     'Owen told reporters: "The whole award season is new to me."', ("Clive Owen", "actor", None)),
    # negative: a description after the comma still describes the name ("Tom Hale, the coach,")
    ('Tom Hale, the club coach, said: "We were poor today."', ("Tom Hale", "club coach", None)),
])
def test_a_conjunction_after_a_comma_opens_a_clause_not_a_description(text, speaker):
    assert speaker in _speakers(text)


@pytest.mark.parametrize("text, speaker", [
    ("US officials said American forces had launched a rescue mission.", ("US officials", None, "US")),
    ("Russian authorities argued they were imposing the law.", ("Russian authorities", None, "Russia")),
    ("Labour sources said the plan was wrong.", ("sources", None, "Labour Party")),
    ("Chinese authorities said the outbreak was under control.", ("Chinese authorities", None, "China")),
    # negatives: no body before the group; a group that speaks for no one it is named after
    ("Police sources said the man was arrested.", ("Police sources", None, None)),
    ("European firms said the rules were too strict.", ("European firms", None, None)),
])
def test_a_group_named_after_its_body_speaks_for_it(text, speaker):
    assert speaker in _speakers(text)


@pytest.mark.parametrize("text, speaker", [
    ('Simon Wheatley, from Goldman Sachs, said: "It is hard."', ("Simon Wheatley", None, "Goldman Sachs")),
    ('David Noone from Intervoice said: "It is hard."', ("David Noone", None, "Intervoice")),
    # negatives: a city, a county, a country or a name that is a surname after "from" is a home town
    ('Roy Tansley, from Derby, said: "It is hard."', ("Roy Tansley", None, None)),
    ('Neil Coppendale, from West Sussex, said: "It is hard."', ("Neil Coppendale", None, None)),
    ('Charles MacIntyre, from England, said: "It is hard."', ("Charles MacIntyre", None, None)),
    ('Malcolm Shipley, from Shipley, said: "It is hard."', ("Malcolm Shipley", None, None)),
])
def test_a_name_no_gazetteer_holds_after_from_is_the_employer(text, speaker):
    assert speaker in _speakers(text)


@pytest.mark.parametrize("text, speaker", [
    ('Elliott Wilson, editor-in-chief of hip-hop magazine XXL, said: "It is hard."', ("Elliott Wilson", "editor-in-chief", "XXL")),
    ('Niels Brinkman, co-founder of Amsterdam-based OneStat.com, said: "It is hard."',
     ("Niels Brinkman", "co-founder", "OneStat.com")),
    ('Radwan Hadi, deputy managing director of Aberdeen-based oil and gas consultancy Blackwatch Petroleum Services, said: '
     '"It is hard."', ("Radwan Hadi", "deputy managing director", "Blackwatch Petroleum Services")),
    ('Lord Currie, chairman of super-regulator Ofcom, said: "It is hard."', ("Lord Currie", "chairman", "Ofcom")),
    ('Ian Harris, deputy editor of UK magazine Mac Format, said: "It is hard."', ("Ian Harris", "deputy editor", "Mac Format")),
    # negative: a topic of study joined by "and" is no premodifier of a body
    ('Tom Hale, a scholar of politics and economics at Yale, said: "It is hard."',
     ("Tom Hale", "scholar of politics and economics", "Yale")),
])
def test_hyphenated_and_joined_premodifiers_before_an_employer(text, speaker):
    assert speaker in _speakers(text)


@pytest.mark.parametrize("text, speaker", [
    ('Karen Thomson, Chief Executive of AOL UK, said: "It is hard."', ("Karen Thomson", "Chief Executive", "AOL UK")),
    ('Ken Kutaragi, Chief Operating Officer of Sony, said: "It is hard." Sony makes games.',
     ("Ken Kutaragi", "Chief Operating Officer", "Sony")),
    # negatives: a department written once, an institution after "the", a country
    ('Tom Hale, Head of Fundamental Research, said: "It is hard."', ("Tom Hale", "Head of Fundamental Research", None)),
    ('Tom Hale, Leader of the Commons, said: "It is hard." The Commons sat late.', ("Tom Hale", "Leader", None)),
    ('Tom Hale, President of France, said: "It is hard."', ("Tom Hale", "President of France", None)),
])
def test_a_capitalised_titles_of_names_a_brand_employer(text, speaker):
    assert speaker in _speakers(text)


@pytest.mark.parametrize("text, speaker", [
    ('The club were boosted by the news that defender Sol Campbell is staying. Campbell said: "It means a lot to me."',
     ("Sol Campbell", "defender", None)),
    ('The club sacked its former boss Tom Hale in May. Hale said: "It means a lot to me."', ("Tom Hale", "former boss", None)),
    # negatives: a verb before the name takes it as object; an agent noun no list holds may name a company
    ('Federer will next play Roger Smith. Smith said: "I am very happy."', ("Roger Smith", None, None)),
    ('Shares in housebuilder George Wimpey rose. Wimpey said: "Sales are up."', ("George Wimpey", None, None)),
])
def test_a_listed_position_before_a_full_name_after_a_function_word_is_the_role(text, speaker):
    assert speaker in _speakers(text)


@pytest.mark.parametrize("text, speaker", [
    ("Economists at PricewaterhouseCoopers said growth would slow.", ("economists", None, "PricewaterhouseCoopers")),
    ("Researchers from Leeds University said the results were clear.", ("researchers", None, "Leeds University")),
    ("Analysts at BDO Stoy Hayward said growth would slow. The Bank of England agreed.",
     ("analysts", None, "BDO Stoy Hayward")),
    # negatives: a client, a region's people, a group that holds no job
    ("Lawyers for Mr Fawcett said he was innocent.", ("Lawyers for Mr Fawcett", "Lawyers", None)),
    ("Ministers from European countries said the plan was wrong.", ("Ministers", None, None)),
    ("Protesters at Downing Street said the plan was wrong.", ("protesters", None, None)),
])
def test_a_group_of_jobholders_named_with_its_body_after_it_works_for_it(text, speaker):
    assert speaker in _speakers(text)


@pytest.mark.parametrize("text", [
    "Representatives of Epstein's family suggested the financier may have been murdered.",
    "Analysts at Washington-based firms said the talks were stalled.",
])
def test_a_possessive_or_a_compound_after_a_group_names_no_body(text):
    assert all(s.affiliation is None for q in quotes.extract(text, "case.txt") for s in q.speakers)


def test_a_place_compound_before_a_group_names_no_body():
    text = "Washington-based analysts who have done the calculations say the deal is weak."
    assert all(s.affiliation is None for q in quotes.extract(text, "case.txt") for s in q.speakers)
