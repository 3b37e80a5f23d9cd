"""A capacity the article states beside a mention of the speaker, often in another sentence than the
quote (session 8): every mention of a person contributes what it states of them. Invented sentences;
each rule has positive and negative rows, US-politics counter-examples among them."""

from __future__ import annotations

import pytest

from tests.helpers.extraction import speaker_at


def _check(text: str, words: str, name: str, role: str | None, affiliation: str | None) -> None:
    speaker = speaker_at(text, words)
    assert speaker.name == name
    assert (speaker.role or None) == role
    assert (speaker.affiliation or None) == affiliation


# A: a person named by one word whose capacity the article states only after the quote ("Suprnova
# administrator Sloncek"): the first pass keeps it, so the rows before the statement carry it too
LONE_NAME_STATED_LATER = [
    ("“The code is out,” Sloncek said on Monday. Critics say Ixtrom administrator Sloncek has left the site.",
     "The code", "Sloncek", "administrator", "Ixtrom"),
    ("“We saw bodies on the shore,” Morvendi wrote. In Sri Lanka, blogger Morvendi is recruiting others.",
     "We saw", "Morvendi", "blogger", None),
    ("“The deal is done,” Pelosi said. Later, House Speaker Pelosi met the president.",
     "The deal", "Pelosi", "Speaker", "House"),
    # negatives: a lone name no mention describes stays bare; another person's role is not lent to it
    ("“The code is out,” Sloncek said on Monday. Critics say the site has closed.",
     "The code", "Sloncek", None, None),
    ("“The deal is done,” Pelosi said. Later, House Speaker Ryan met the president.",
     "The deal", "Pelosi", None, None),
]


@pytest.mark.parametrize("text,words,name,role,affiliation", LONE_NAME_STATED_LATER)
def test_lone_name_capacity_stated_after_the_quote(text, words, name, role, affiliation):
    _check(text, words, name, role, affiliation)


# B: a person's possessive before the appositive's role names the person served, as a possessive before
# a role set before the name does ("Jones's manager Ann Lee"): the affiliation, the role without it
PERSON_SERVED = [
    ("But Sir Barry Ingle, Margaret Thatcher's former press secretary, took a harsher view: “It is silly.”",
     "It is silly", "Barry Ingle", "former press secretary", "Margaret Thatcher"),
    ("“We will appeal,” said Jane Roe, Sen. Tom Cole's spokeswoman.", "We will appeal", "Jane Roe", "spokeswoman", "Tom Cole"),
    ("Ann Bly, President Bill Clinton's chief of staff, said: “No deal.”", "No deal", "Ann Bly", "chief of staff", "Bill Clinton"),
    # negatives: a relative or one who acts for a client keeps the possessor in the role; a role
    # given in a relative clause of another person is that person's, not the possessor's
    ("Tom Begg was held. “He was a good boy,” said Ann Begg, Tom Begg's mother.", "He was", "Ann Begg", "Tom Begg's mother", None),
    ("Steven Carlow was charged. “He is innocent,” said Sonya Zell, Carlow's lawyer.", "He is", "Sonya Zell", "Carlow's lawyer", None),
    ("Tom Smith, whose lawyer Jane Doe spoke on Friday, said: “I am innocent.”", "I am", "Tom Smith", None, None),
    # a one-word name the article also writes as a noun in its possessive ("Lloyd's of London", "at
    # Sainsbury's.") is a firm's name, "'s" and all, not a person served
    ("“Seize the moment,” Mr Pratt, Lloyd's chief executive said. Lloyd's of London is a market.",
     "Seize the moment", "Pratt", "chief executive", "Lloyd's"),
    ("“Prices will fall,” said Ann Cole, Sainsbury's finance director. She has worked at Sainsbury's, a grocer, for years.",
     "Prices will fall", "Ann Cole", "finance director", "Sainsbury's"),
    # negatives: a one-word possessor the article never writes as a noun of its own stays the person's;
    # a client's lawyer keeps the possessor in the role, firm-shaped or not
    ("Anne Lloyd spoke. “It is wrong,” said Tom Pratt, Lloyd's press secretary.", "It is wrong", "Tom Pratt", "press secretary", "Lloyd"),
    ("Steven Carlow was charged. “He is innocent,” said Sonya Zell, Carlow's lawyer. She met Carlow's.", "He is", "Sonya Zell", "Carlow's lawyer", None),
]


@pytest.mark.parametrize("text,words,name,role,affiliation", PERSON_SERVED)
def test_person_served_is_the_affiliation(text, words, name, role, affiliation):
    _check(text, words, name, role, affiliation)


# C: a British spelling of a listed role noun is that role noun ("organiser" is the lists' "organizer")
BRITISH_ROLE_NOUNS = [
    ("“It is good,” said Cebit organiser Gabriele Dorries.", "It is good", "Gabriele Dorries", "organiser", "Cebit"),
    ("“We won,” said rally organiser Tom Hale.", "We won", "Tom Hale", "rally organiser", None),
    # negatives: an -iser word no list holds, in either spelling, is no role ("appetiser")
    ("Cebit appetiser Gabriele Dorries said: “It is good.”", "It is good", "Gabriele Dorries", None, None),
]


@pytest.mark.parametrize("text,words,name,role,affiliation", BRITISH_ROLE_NOUNS)
def test_british_spelling_of_a_role_noun(text, words, name, role, affiliation):
    _check(text, words, name, role, affiliation)


# D: an appositive without an article whose role noun takes a "to" complement ("former special envoy to
# Kyiv"), as one with an article does; a long appositive whose role takes a named complement ends its role
# where the next preposition opens what the person did ("… aide to Vice President Pence on Trump's call")
ROLE_COMPLEMENTS = [
    ("Later, Kurt Vollmer, former special envoy to Kyiv, testified. “It was wrong,” Vollmer said.",
     "It was wrong", "Kurt Vollmer", "former special envoy to Kyiv", None),
    ("Lawmakers grilled Jennifer Wills, a top national security aide to Vice President Pence on Trump's "
     "July 25 phone call with Ukrainian President Zelensky. “It was unusual,” Wills said.",
     "It was unusual", "Jennifer Wills", "top national security aide to Vice President Pence", None),
    # negatives: "close to", "next to" are no role's complement; a long appositive with no role noun
    # before its first preposition stays without a role
    ("Ben Rhodes, close to President Obama, said: “No deal.”", "No deal", "Ben Rhodes", None, None),
    ("Lawmakers grilled Jennifer Wills, a long-time friend of the family in Ohio during the July 25 phone "
     "call with Ukrainian President Zelensky. “It was unusual,” Wills said.", "It was unusual", "Jennifer Wills", None, None),
]


@pytest.mark.parametrize("text,words,name,role,affiliation", ROLE_COMPLEMENTS)
def test_role_with_a_complement(text, words, name, role, affiliation):
    _check(text, words, name, role, affiliation)


# E: a relative clause right after a name, without the comma, still describes it (a name already picks
# its person out, so the clause can only add to it); a plural name's bare apostrophe before a lowercase
# role is a possessive ("Veritas' deputy leader"), in a relative clause as in an appositive
RELATIVE_WITHOUT_COMMA = [
    ("He was joined by Damien Hockley who is now Veritas' deputy leader. “It is honest,” Hockley said.",
     "It is honest", "Damien Hockley", "deputy leader", "Veritas"),
    ("“We will win,” said Tom Lee, Veritas' deputy leader.", "We will win", "Tom Lee", "deputy leader", "Veritas"),
    ("“It is wrong,” said Ann Marsh who heads the Press Freedom Union.", "It is wrong", "Ann Marsh", "head", "Press Freedom Union"),
    # a party's possessive reads as in an appositive ("Sen. Jo Kerr, the Senate Democrats' whip,")
    ("Sen. Jo Kerr who is now the Senate Democrats' whip said: “We have the votes.”", "We have", "Jo Kerr",
     "Senate Democrats' whip", "Democratic Party"),
    # negatives: a relative clause that states no role; a bare apostrophe closing a quotation is no possessive
    ("“It is wrong,” said Ann Marsh who spoke on Friday.", "It is wrong", "Ann Marsh", None, None),
    ("Tom Lee called the plan 'a mess of bills' and left. “It is wrong,” Lee said.", "It is wrong", "Tom Lee", None, None),
]


@pytest.mark.parametrize("text,words,name,role,affiliation", RELATIVE_WITHOUT_COMMA)
def test_relative_clause_without_a_comma(text, words, name, role, affiliation):
    _check(text, words, name, role, affiliation)


# F: a name its owner writes lowercase, marked by a capital or a digit inside ("my6sense", "eBay"), is
# an organisation's name after an affiliation preposition or before a possessive, as a capitalised one is
LOWERCASE_BRANDS = [
    ("“It is strong,” said Ivan Braiker, my6sense’s chief strategy officer.", "It is strong", "Ivan Braiker",
     "chief strategy officer", "my6sense"),
    ("“It is strong,” said Tom Lee, head of eBay Europe.", "It is strong", "Tom Lee", "head", "eBay Europe"),
    # negatives: a lowercase word with a digit but no letters after it is no name ("mp3"); a brand as the
    # topic of an expert's role leaves the employer after "at"
    ("“It is strong,” said Tom Lee, an analyst of mp3 players.", "It is strong", "Tom Lee", "analyst of mp3 players", None),
    ("“It is strong,” said Tom Lee, an expert on iPhone sales at Gartner.", "It is strong", "Tom Lee",
     "expert on iPhone sales", "Gartner"),
]


@pytest.mark.parametrize("text,words,name,role,affiliation", LOWERCASE_BRANDS)
def test_lowercase_brand_names_an_employer(text, words, name, role, affiliation):
    _check(text, words, name, role, affiliation)


# G: of a person's mentions, one that states an office with where it is held says more than an epithet
# stated alone before it: it gives the role with the affiliation (the first one stated so stays)
OFFICE_OVER_EPITHET = [
    ("Ivan Brake, a veteran, joined in May. “We grow,” said Ivan Brake, Acme's chief strategy officer.",
     "We grow", "Ivan Brake", "chief strategy officer", "Acme"),
    ("Jo Kerr, a veteran, spoke first. Later Jo Kerr, the Senate Democrats' whip, said: “We have the votes.”",
     "We have", "Jo Kerr", "Senate Democrats' whip", "Democratic Party"),
    # negatives: an office stated with its employer first stays against a later epithet; a later role
    # stated alone never replaces an earlier one
    ("Ann Bly, Acme's chief executive, spoke first. “We grow,” said Ann Bly, a keen golfer.",
     "We grow", "Ann Bly", "chief executive", "Acme"),
    ("Ann Bly, a keen golfer, spoke first. “We grow,” said Ann Bly, the chief executive.",
     "We grow", "Ann Bly", "keen golfer", None),
]


@pytest.mark.parametrize("text,words,name,role,affiliation", OFFICE_OVER_EPITHET)
def test_office_with_employer_over_an_epithet(text, words, name, role, affiliation):
    _check(text, words, name, role, affiliation)


# H: a party of two words before a name is its affiliation, not part of the name ("Lib Dem Norman Baker"),
# also opening a sentence, where "Liberal" alone would be taken for a clause opener
TWO_WORD_PARTIES = [
    ("“Shredding is up,” said Lib Dem Norman Baker.", "Shredding is up", "Norman Baker", None, "Liberal Democrats"),
    ("Liberal Democrat Norman Baker said: “It is wrong.”", "It is wrong", "Norman Baker", None, "Liberal Democrats"),
    # negatives: a one-word party keeps its own reading; the party itself speaking is the organisation
    ("“It is wrong,” said Democrat Ann Lee.", "It is wrong", "Ann Lee", None, "Democratic Party"),
    ("Liberal Democrats said: “It is wrong.”", "It is wrong", "Liberal Democrats", None, None),
]


@pytest.mark.parametrize("text,words,name,role,affiliation", TWO_WORD_PARTIES)
def test_two_word_party_before_a_name(text, words, name, role, affiliation):
    _check(text, words, name, role, affiliation)


# I: a hyphenated lowercase premodifier before the employer's name after "for"/"at" is a premodifier like
# any other ("spokesman for anti-virus firm Trend Micro" -> spokesman, Trend Micro)
HYPHENATED_PREMODIFIERS = [
    ("“It is rare,” said Todd Thale, spokesman for anti-virus firm Trend Micro.", "It is rare", "Todd Thale", "spokesman", "Trend Micro"),
    ("“We are ready,” said Ann Lee, a spokeswoman for pro-democracy group Free Voice Now.", "We are ready", "Ann Lee",
     "spokeswoman", "Free Voice Now"),
    # negatives: no capitalised name after the premodifiers, no employer
    ("“It is rare,” said Ann Lee, a specialist in long-term care for elderly people.", "It is rare", "Ann Lee",
     "specialist in long-term care for elderly people", None),
]


@pytest.mark.parametrize("text,words,name,role,affiliation", HYPHENATED_PREMODIFIERS)
def test_hyphenated_premodifier_before_an_employer(text, words, name, role, affiliation):
    _check(text, words, name, role, affiliation)


# J: a station or channel is named by its word and a number ("Radio 1", "Channel 4", "BBC Radio 5 Live"):
# the number belongs to the name, which is an organisation's, not the bare word "Radio"
NUMBERED_STATIONS = [
    ("“We are delighted,” Radio 1 said.", "We are delighted", "Radio 1", None, None),
    ("“The match is off,” said BBC Radio 5 Live.", "The match is off", "BBC Radio 5 Live", None, None),
    ("“We will show it,” said Channel 4.", "We will show it", "Channel 4", None, None),
    # negatives: a number after a person's name is no part of it (a poll's figures); a year is no channel
    ("“It is close,” said Ann Radio, 45.", "It is close", "Ann Radio", None, None),
]


@pytest.mark.parametrize("text,words,name,role,affiliation", NUMBERED_STATIONS)
def test_numbered_station_names_an_organisation(text, words, name, role, affiliation):
    _check(text, words, name, role, affiliation)


# K: a nationality before an employer's lowercase premodifiers is one of them ("editor of Indian film journal
# Trade Guide" -> editor, Trade Guide; it gave the affiliation "Indian")
NATIONALITY_PREMODIFIERS = [
    ("“It has gone global,” says Taran Adley, editor of Indian film journal Trade Guide.", "It has gone global",
     "Taran Adley", "editor", "Trade Guide"),
    # negatives: a nationality inside a topic is no employer's premodifier; the employer after it stays
    ("“It is wrong,” said Ann Lee, a writer on Indian cinema at the BBC.", "It is wrong", "Ann Lee",
     "writer on Indian cinema", "BBC"),
]


@pytest.mark.parametrize("text,words,name,role,affiliation", NATIONALITY_PREMODIFIERS)
def test_nationality_before_an_employers_premodifiers(text, words, name, role, affiliation):
    _check(text, words, name, role, affiliation)
