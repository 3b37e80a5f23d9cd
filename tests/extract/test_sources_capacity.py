"""In what capacity a speaker talks (issue 22, session 6 affiliation analysis, /work/s6/aff/analysis.md):
the shapes of news copy that gave a wrong affiliation or none. Invented sentences; each rule has
positive and negative rows."""

from __future__ import annotations

import pytest

import quotes


def _check(text: str, name: str, role: str | None, affiliation: str | None) -> None:
    rows = [q for q in quotes.extract(text, "case.txt") if q.speakers]
    assert rows, f"no attributed quote in {text!r}"
    speakers = rows[0].speakers
    assert [s.name for s in speakers] == [name]
    speaker = speakers[0]
    if role is None:
        assert not speaker.role
    else:
        assert speaker.role and speaker.role.lower() == role.lower()
    if affiliation is None:
        assert not speaker.affiliation
    else:
        assert speaker.affiliation == affiliation


# A: an organisation's possessive before a place or nationality premodifier: the organisation employs
POSSESSIVE_BEFORE_PLACE = [
    ("Granta Weekly's US editor Mike Dale thinks films are weak. “It is poor,” Dale said.", "Mike Dale", "editor", "Granta Weekly"),
    ("Velco's French sales director Anne Morel said “prices will rise.”", "Anne Morel", "sales director", "Velco"),
    ("Arsenal's Brazilian midfielder Edu said “we will win.”", "Edu", "midfielder", "Arsenal"),
    # negatives: a place's possessive keeps the place premodifier; no possessive, the place stays
    ("Britain's US ambassador Mike Dale said “ties are strong.”", "Mike Dale", "ambassador", "US"),
    ("US editor Mike Dale said “films are weak.”", "Mike Dale", "editor", "US"),
]


@pytest.mark.parametrize("text,name,role,affiliation", POSSESSIVE_BEFORE_PLACE)
def test_possessor_employs_before_a_place_premodifier(text, name, role, affiliation):
    _check(text, name, role, affiliation)


# B: lowercase descriptor words between "at" and the employer's name
EMPLOYER_DESCRIPTORS = [
    ("“Demand is weak,” said Paul Fenner, research director of gaming at tech market research firm Kantor.",
     "Paul Fenner", "research director of gaming", "Kantor"),
    ("“Demand is weak,” said Paul Fenner, research director of gaming VR/AR at tech market research firm Kantor.",
     "Paul Fenner", "research director of gaming VR/AR", "Kantor"),
    ("“Demand is weak,” said Ann Bell, a fellow at the libertarian Cato Institute.", "Ann Bell", "fellow", "Cato Institute"),
    # negative: five lowercase words are too many for a name's premodifiers
    ("“Demand is weak,” said Paul Fenner, an analyst at a big new tech research firm Kantor.",
     "Paul Fenner", "analyst at a big new tech research firm Kantor", None),
]


@pytest.mark.parametrize("text,name,role,affiliation", EMPLOYER_DESCRIPTORS)
def test_descriptors_before_the_employer(text, name, role, affiliation):
    _check(text, name, role, affiliation)


# C: a place in a compound adjective ("North Carolina-based") names no employer
COMPOUND_PLACE = [
    ("“It was stolen,” said Alexandra Tate, a spokeswoman for the North Carolina-based bank.", "Alexandra Tate", "spokeswoman", None),
    ("“It was stolen,” said Alexandra Tate, a spokeswoman for the Ohio-owned utility.", "Alexandra Tate", "spokeswoman", None),
    # negatives: a hyphenated name is still a name
    ("“It was stolen,” said Alexandra Tate, a spokeswoman for Rolls-Royce.", "Alexandra Tate", "spokeswoman", "Rolls-Royce"),
    ("“It was stolen,” said Alexandra Tate, a spokeswoman for Bank of America.", "Alexandra Tate", "spokeswoman", "Bank of America"),
]


@pytest.mark.parametrize("text,name,role,affiliation", COMPOUND_PLACE)
def test_compound_adjective_place_is_no_employer(text, name, role, affiliation):
    _check(text, name, role, affiliation)


# D: a common word the article only ever writes capitalised, more than once, is a name there
CAPITALISED_ONLY = [
    ("Arsenal manager Arsene Wenger is at a loss. Arsenal go into the game in form. “We are poor,” said Wenger.",
     "Arsene Wenger", "manager", "Arsenal"),
    ("Shell spokesman Tom Hale said the plant was shut. Shell expects to reopen it. “It is safe,” said Hale.",
     "Tom Hale", "spokesman", "Shell"),
    # negatives: once only (a sentence-opening common word), written lowercase elsewhere, a generic body
    ("Founding member Geoff Barr left the band. “We split,” said Barr.", "Geoff Barr", "Founding member", None),
    ("Human rights lawyer Ann Cole spoke. Human rights are at stake, and human rights groups agree. “It is wrong,” said Cole.",
     "Ann Cole", "Human rights lawyer", None),
    ("Police chief John Hale said the road was shut. Police closed the road. “We are poor,” said Hale.",
     "John Hale", "Police chief", None),
    ("Party chief executive Lord Rennard said the vote was close. Party members were angry. “We are poor,” said Rennard.",
     "Lord Rennard", "party chief executive", None),
]


@pytest.mark.parametrize("text,name,role,affiliation", CAPITALISED_ONLY)
def test_common_word_written_only_as_a_name(text, name, role, affiliation):
    _check(text, name, role, affiliation)


# E: a government portfolio before a title is the post's remit, never the employer
PORTFOLIO_CASES = [
    ("Agriculture Minister Adamu Kelo said “output will triple.”", "Adamu Kelo", "Agriculture Minister", None),
    ("Agriculture minister Adamu Kelo said “output will triple.”", "Adamu Kelo", "Agriculture minister", None),
    ("“Output will triple,” said Agriculture Minister Adamu Kelo.", "Adamu Kelo", "Agriculture Minister", None),
    ("Former Cabinet minister Douglas Hale said “the Bill is unnecessary.”", "Douglas Hale", "minister", None),
    ("Nigerian Agriculture Minister Adamu Kelo said “output will triple.”", "Adamu Kelo", "Agriculture Minister", "Nigeria"),
    # negatives: an organisation before the title stays the affiliation
    ("Former Pentagon official Douglas Hale said “the Bill is unnecessary.”", "Douglas Hale", "former official", "Pentagon"),
    ("“Output will triple,” said Home Office minister Adamu Kelo.", "Adamu Kelo", "minister", "Home Office"),
    ("Chelsea manager Jose Marino said “we are poor.”", "Jose Marino", "manager", "Chelsea"),
    ("“Hackers are busy,” said Homeland Security Secretary Jeh Jonson.", "Jeh Jonson", "Secretary", "Homeland Security"),
]


@pytest.mark.parametrize("text,name,role,affiliation", PORTFOLIO_CASES)
def test_portfolio_is_the_remit_not_the_employer(text, name, role, affiliation):
    _check(text, name, role, affiliation)


# F: a long appositive's role stops at its first complement; an "at <organisation>" further on still employs
LONG_APPOSITIVES = [
    ("“Use rose,” said Ann Bell, an expert in drug use and mental health at the Department of Health Sciences at Harwell University.",
     "Ann Bell", "expert", "Department of Health Sciences"),
    ("“Use rose,” said Ann Bell, an expert in drug use at the Department of Health Sciences at the University of York.",
     "Ann Bell", "expert", "Department of Health Sciences"),
    ("“Claims are false,” said Carl Simms, program administrator for the Refugees in Towns Project at Harwell University’s Fenton Center.",
     "Carl Simms", "program administrator", "Refugees in Towns Project"),
    # negatives: a place or an event after "at" is no employer; a short appositive keeps its own reading
    ("“Use rose,” said Ann Bell, a coach in charge of junior players of all ages for the reserve squad at Wimbledon.",
     "Ann Bell", "coach", None),
    ("“Use rose,” said Ann Bell, an expert in drug use.", "Ann Bell", "expert in drug use", None),
]


@pytest.mark.parametrize("text,name,role,affiliation", LONG_APPOSITIVES)
def test_employer_past_a_long_role(text, name, role, affiliation):
    _check(text, name, role, affiliation)


# G: predicates that give the subject a post, and membership ("who sits on …")
PREDICATE_POSTS = [
    ("Sergio Marco has replaced Hugo Demel as chief executive of Fiat Auto. “It is good,” Mr Marco said.",
     "Sergio Marco", "chief executive", "Fiat Auto"),
    ("Jane Roe was appointed chief executive of Acme Corp last year. “It is good,” Roe said.", "Jane Roe", "chief executive", "Acme Corp"),
    ("“It is good,” said Ken Mace QC, who sits on the SGC.", "Ken Mace", None, "SGC"),
    ("“It is good,” said Ken Mace, who sits on the Senate Armed Services Committee.", "Ken Mace", None, "Senate Armed Services Committee"),
    # negatives: active "named" gives someone else the post; a thing replaced; sitting on no body
    ("Jane Roe named John Smith as chief executive of Acme Corp. “It is good,” Roe said.", "Jane Roe", None, None),
    ("Jane Roe replaced the old system as head of the unit. “It is good,” Roe said.", "Jane Roe", None, None),
    ("“It is good,” said Ken Mace, who sat on the bench for years.", "Ken Mace", None, None),
]


@pytest.mark.parametrize("text,name,role,affiliation", PREDICATE_POSTS)
def test_post_given_by_the_predicate(text, name, role, affiliation):
    _check(text, name, role, affiliation)


# H: the corporate officer abbreviations are titles as "CEO" is
OFFICER_ABBREVIATIONS = [
    ("“Stadia is a risk,” says Chris Earl, senior VP at Ubisoft.", "Chris Earl", "senior VP", "Ubisoft"),
    ("“Stadia is a risk,” says Ubisoft CFO Chris Earl.", "Chris Earl", "CFO", "Ubisoft"),
    # negative: a lowercase common word before the name is no title
    ("“Stadia is a risk,” says rival Chris Earl.", "Chris Earl", "rival", None),
]


@pytest.mark.parametrize("text,name,role,affiliation", OFFICER_ABBREVIATIONS)
def test_officer_abbreviations(text, name, role, affiliation):
    _check(text, name, role, affiliation)


# I: a party adjective a few lowercase words before the title
PARTY_BEFORE_ROLE = [
    ("Republican state schools Superintendent Jenna Mack said “we need more.”", "Jenna Mack", "Superintendent", "Republican Party"),
    ("Democratic state Sen. Jane Roe said “we need more.”", "Jane Roe", "senator", "Democratic Party"),
    # negatives: a plural party noun is the subject; a verb or a preposition stands between
    ("Republican candidates attacked Chief Justice John Robb, who said “we need more.”", "John Robb", "Chief Justice", None),
]


@pytest.mark.parametrize("text,name,role,affiliation", PARTY_BEFORE_ROLE)
def test_party_adjective_before_the_role(text, name, role, affiliation):
    _check(text, name, role, affiliation)


# J: a lowercase organisation noun before a capitalised title stays in the role, so the company the
# article named just before employs the holder (capacity.by_reference)
ORG_NOUN_BEFORE_TITLE = [
    ("Acme Corp is cutting jobs. “We won’t roll the dice,” company CEO Andy Vey said.", "Andy Vey", "company CEO", "Acme Corp"),
    # no organisation noun: the company the story opens with and names alone (session 16); a name owns the title
    ("Acme Corp is cutting jobs. “We won’t roll the dice,” CEO Andy Vey said.", "Andy Vey", "CEO", "Acme Corp"),
    ("Acme Corp and Globex are cutting jobs. “We won’t roll the dice,” CEO Andy Vey said.", "Andy Vey", "CEO", None),
    ("Acme Corp is cutting jobs. “We won’t roll the dice,” Globex CEO Andy Vey said.", "Andy Vey", "CEO", "Globex"),
]


@pytest.mark.parametrize("text,name,role,affiliation", ORG_NOUN_BEFORE_TITLE)
def test_organisation_noun_before_a_title(text, name, role, affiliation):
    _check(text, name, role, affiliation)


# K: a sentence-opening word the article capitalises elsewhere only as the first word of a longer name
OPENER_INSIDE_A_NAME = [
    ("High school math teacher Angela Moore said “pay is low.” She teaches at Gibson Southern High School.",
     "Angela Moore", "High school math teacher", None),
    # negatives: the word stands alone elsewhere, so it is a name
    ("Arsenal midfielder Tom Hale said “it is wrong.” He joined from Arsenal in May.", "Tom Hale", "midfielder", "Arsenal"),
    ("Kremlin spokesman Dmitry Pesk said “it is wrong.” The statement came from the Kremlin on Monday.",
     "Dmitry Pesk", "spokesman", "Kremlin"),
]


@pytest.mark.parametrize("text,name,role,affiliation", OPENER_INSIDE_A_NAME)
def test_opener_capitalised_only_inside_a_name(text, name, role, affiliation):
    _check(text, name, role, affiliation)


@pytest.mark.parametrize("sentence,name,affiliation", [
    ("Democratic state Sen. Al Kane rallied.", "Al Kane", "Democratic Party"),
    ("Democratic supporters of Sen. Al Kane rallied.", "Al Kane", None),  # a preposition between
    ("Republicans attacked state Sen. Al Kane on Monday.", "Al Kane", None),  # a plural, then a verb
])
def test_party_adjective_on_the_mention(sentence, name, affiliation):
    from quotes.extract.sources import find_mentions
    from quotes.nlp import split_sentences

    (sent,) = split_sentences(sentence)[:1]
    mentions = [m for m in find_mentions(sentence, sent.tokens, [True] * len(sent.tokens)) if m.name == name]
    assert mentions and mentions[0].affiliation == affiliation


# L: a lowercase title then the remit it covers, before "at <employer>"
TITLED_REMITS = [
    ("“Stadia is a risk,” says Chris Earl, senior vp partnerships and revenue at Ubisoft.",
     "Chris Earl", "senior vp partnerships and revenue", "Ubisoft"),
    ("“Stadia is a risk,” says Chris Earl, vice president sales and marketing at Ubisoft.",
     "Chris Earl", "vice president sales and marketing", "Ubisoft"),
    # negatives: no title word; a verb after the title
    ("“Stadia is a risk,” says Chris Earl, partnerships and revenue at Ubisoft.", "Chris Earl", None, None),
]


@pytest.mark.parametrize("text,name,role,affiliation", TITLED_REMITS)
def test_title_then_its_remit(text, name, role, affiliation):
    _check(text, name, role, affiliation)


# M: "ORG, led by / chaired by NAME": the organisation set off before is the person's, in that office
LED_BY = [
    ("The Harwell Commission, chaired by Sir John Hale, reported on Monday. Sir John said: “I have no doubt.”",
     "John Hale", None, "Harwell Commission"),
    ("The Sentencing Guidelines Council - led by Lord Wolf - published its plan. Lord Wolf said: “I have no doubt.”",
     "Lord Wolf", None, "Sentencing Guidelines Council"),
    # negatives: another participle; no organisation before; not set off
    ("The Harwell Commission, praised by Sir John Hale, reported on Monday. Sir John said: “I have no doubt.”", "John Hale", None, None),
    ("The attack was led by John Hale, who said: “I have no doubt.”", "John Hale", None, None),
]


@pytest.mark.parametrize("text,name,role,affiliation", LED_BY)
def test_organisation_led_by_the_person(text, name, role, affiliation):
    _check(text, name, role, affiliation)


# N: any country's possessive opens an institution's name (not only the gazetteer's places)
COUNTRY_OWNERS = [
    ("Bolivia’s public defender’s office said “30 people were hurt.”", "Bolivia’s public defender’s office", None, "Bolivia"),
    ("China’s commerce ministry said “30 people were hurt.”", "China’s commerce ministry", None, "China"),
    # negative: a person's possessive owns no institution
    ("Smith’s office said “30 people were hurt.”", "Smith’s office", None, None),
]


@pytest.mark.parametrize("text,name,role,affiliation", COUNTRY_OWNERS)
def test_country_possessive_before_an_institution(text, name, role, affiliation):
    _check(text, name, role, affiliation)


# O: "NAME is a/an ROLE" opening a sentence gives the role; with an employer the role comes too
COPULA_ROLES = [
    ("Dina Mehr is an Indian blogger who is helping with the site. “It is good,” said Ms Mehr.", "Dina Mehr", "blogger", None),
    ("Dina Mehr was a senior analyst at Acme Corp. “It is good,” said Ms Mehr.", "Dina Mehr", "senior analyst", "Acme Corp"),
    ("Florent Grob is a former Army captain. “It is bad,” Grob said.", "Florent Grob", "former Army captain", None),
    # negatives: no role noun; a definite or plural description; a long phrase
    ("Dina Mehr is a fan of the team. “It is good,” said Ms Mehr.", "Dina Mehr", None, None),
    ("Dina Mehr was a close second. “It is good,” said Ms Mehr.", "Dina Mehr", None, None),
    ("Dina Mehr is a liar and a cheat. “It is good,” said Ms Mehr.", "Dina Mehr", None, None),
]


@pytest.mark.parametrize("text,name,role,affiliation", COPULA_ROLES)
def test_role_stated_by_a_copula(text, name, role, affiliation):
    _check(text, name, role, affiliation)


# P: "in" inside an organisation's name: the words after it end in an organisation word, those before have none
IN_INSIDE_A_NAME = [
    ("“It is false,” said Carl Simms, director of Women in Film Foundation.", "Carl Simms", "director", "Women in Film Foundation"),
    # negatives: after an organisation's own name (or any name without one after "in") "in" says where it is
    ("“It is false,” said Carl Simms, a fellow at the Brookings Institution in Washington.", "Carl Simms", "fellow", "Brookings Institution"),
    ("“It is false,” said Carl Simms, a partner at Acme in New York.", "Carl Simms", "partner", "Acme"),
]


@pytest.mark.parametrize("text,name,role,affiliation", IN_INSIDE_A_NAME)
def test_in_inside_an_organisation_name(text, name, role, affiliation):
    _check(text, name, role, affiliation)


# a compound adjective's tail ("-born", "-based") after the place that opens it is no part of the role
COMPOUND_BEFORE_ROLE = [
    ("He joined Cardiff-born actor-director Tom Hale. “It is great,” Hale said.", "Tom Hale", "actor-director", None),
    ("She met Leeds-based singer Ann Lee. “It is fine,” Lee said.", "Ann Lee", "singer", None),
    # negatives: a hyphenated role keeps its prefix; a premodifying club stays the affiliation
    ("Rovers co-founder Jane Roe said “it is fine.”", "Jane Roe", "co-founder", "Rovers"),
    ("“It is fine,” said singer-songwriter Ann Lee.", "Ann Lee", "singer-songwriter", None),
]


@pytest.mark.parametrize("text,name,role,affiliation", COMPOUND_BEFORE_ROLE)
def test_compound_adjective_tail_is_no_role(text, name, role, affiliation):
    _check(text, name, role, affiliation)
