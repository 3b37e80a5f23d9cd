"""Roles, affiliations and names read from the words around a name (issue 22, classes B, D2, E, F
of the multi-beat error analysis). Invented sentences; each rule has negative cases, US political
copy among them."""

from __future__ import annotations

import pytest

import quotes
from quotes import lexicons
from tests.helpers.extraction import first_speaker


def _speakers(text: str):
    rows = [q for q in quotes.extract(text, "case.txt") if q.speakers]
    assert rows, f"no attributed quote in {text!r}"
    return rows[0].speakers


def _check(text: str, name: str, role: str | None, affiliation: str | None) -> None:
    speakers = _speakers(text)
    assert [s.name for s in speakers] == [name]
    speaker = speakers[0]
    if role is None:
        assert not speaker.role
    else:
        assert speaker.role and speaker.role.lower() == role.lower()
    if affiliation is None:
        assert not speaker.affiliation
    else:
        assert speaker.affiliation and affiliation.lower() in speaker.affiliation.lower()


# E: "ORG/Place ROLE Name": occupations from WordNet, coordinated roles, a role's complement
PREMODIFIER_CASES = [
    ("“We won,” Oklahoma City coach Billy Donovan said.", "Billy Donovan", "coach", "Oklahoma City"),
    ("“It works,” Globex investor Sam Poole said.", "Sam Poole", "investor", "Globex"),
    ("“It works,” Acme co-founder and chief executive Jane Roe said.", "Jane Roe", "co-founder and chief executive", "Acme"),
    ("“We are close,” Lakeside scientist and study co-author Ina Berg said.", "Ina Berg", "scientist and study co-author", "Lakeside"),
    ("Labour's deputy minister for women Jo Hart said “this is wrong.”", "Jo Hart", "deputy minister for women", "Labour"),
    ("China's ambassador to Britain Wei Lan said “this is wrong.”", "Wei Lan", "ambassador to Britain", "China"),
    # negatives: US political premodifiers keep working; a non-role before "and" is not taken
    ("“No,” said Clinton campaign chairman John Podesta.", "John Podesta", "campaign chairman", "Clinton"),
    ("“It is a fraud,” said Fox News host Sean Hannity.", "Sean Hannity", "host", "Fox News"),
    ("“We met,” said friends and Jane Roe.", "Jane Roe", None, None),
]


@pytest.mark.parametrize("text,name,role,affiliation", PREMODIFIER_CASES)
def test_role_before_the_name(text, name, role, affiliation):
    _check(text, name, role, affiliation)


# F: a capitalised title after the name ("Head of Research at …", "Director, IIFL")
TITLE_CASE_CASES = [
    ("“Markets will fall,” said Ravi Oza, Head of Fundamental Research at Kotak Securities.",
     "Ravi Oza", "Head of Fundamental Research", "Kotak Securities"),
    ("“Buy the dip,” said Sunil Rao, Director, Acme Capital.", "Sunil Rao", "Director", "Acme Capital"),
    ("Ana Ruiz, Managing Director, Harbor Capital, said “we are solvent.”", "Ana Ruiz", "Managing Director", "Harbor Capital"),
    ("Ravi Oza, Head of Research at Kotak Securities, pointed out that “margins are thin.”",
     "Ravi Oza", "Head of Research", "Kotak Securities"),
    # an organisation by its shape after the title's "of" is the employer, not a department
    ("“It is an ecosystem,” said Mia Sims, CEO and Founder of Ceres Robotics Inc.", "Mia Sims", "CEO and Founder", "Ceres Robotics Inc"),
    ("“It is big,” said Jane Roe, President of the Cato Institute.", "Jane Roe", "President", "Cato Institute"),
    ("“It is big,” said Jane Roe, Director of Public Health.", "Jane Roe", "Director of Public Health", None),
    ("“It is big,” said Jane Roe, Secretary of State.", "Jane Roe", "Secretary of State", None),
    # a department after "of", then the employer after "at"; an organisation after "of" stays the affiliation
    ("“We are going,” said Bo Reed, vice president of Advanced Development Programs at Blue Origin.",
     "Bo Reed", "vice president of Advanced Development Programs", "Blue Origin"),
    ("“We go,” said Rick Rev, director of the Institute for Policy Integrity at New York University.",
     "Rick Rev", "director", "Institute for Policy Integrity"),
    ("“We go,” said Ann Lee, professor of economics at Harvard University.", "Ann Lee", "professor of economics", "Harvard University"),
]


@pytest.mark.parametrize("text,name,role,affiliation", TITLE_CASE_CASES)
def test_capitalised_title_after_the_name(text, name, role, affiliation):
    _check(text, name, role, affiliation)


@pytest.mark.parametrize("text,names", [
    # a list of names is no appositive, titled or not
    ("“We agree,” said Tim Kaine, President Obama and Hillary Clinton.", ["Tim Kaine", "Obama", "Hillary Clinton"]),
    ("“We agree,” said Tim Kaine, Jon Tester and Hillary Clinton.", ["Tim Kaine", "Jon Tester", "Hillary Clinton"]),
])
def test_lists_of_names_stay_groups(text, names):
    assert [s.name for s in _speakers(text)] == names


# B: a sentence-initial given name that is also a common word
@pytest.mark.parametrize("text,name", [
    ("Miles Shipside, commercial director at Rightmove, said “prices are falling.”", "Miles Shipside"),
    ("Hope Hicks, a spokeswoman for Trump, said “no comment.”", "Hope Hicks"),
    ("Said Comey: “I was fired.”", "Comey"),
])
def test_sentence_initial_given_name(text, name):
    assert _speakers(text)[0].name == name


# D2: UK party labels and occupations capitalised before a name
PARTY_CASES = [
    ("But fellow Tory David Lane said “this is wrong.”", "David Lane", "Conservative Party"),
    ("Labour Ann Ward said “this is wrong.”", "Ann Ward", "Labour"),
    ("“We will win,” Republican Donald Trump said at the rally.", "Donald Trump", "Republican Party"),
    ("“It was good,” Conservative radio host Hugh Hewitt said.", "Hugh Hewitt", "Conservative"),
]


@pytest.mark.parametrize("text,name,affiliation", PARTY_CASES)
def test_party_label_before_the_name(text, name, affiliation):
    speaker = _speakers(text)[0]
    assert speaker.name == name
    assert speaker.affiliation and affiliation.lower() in speaker.affiliation.lower()


@pytest.mark.parametrize("text,name,role", [
    ("Referee Graham Poll said “it was a foul.”", "Graham Poll", "referee"),
    ("Coach Jane Hill said “we were tired.”", "Jane Hill", "coach"),
    # negative: before a one-word name the occupation word may be the given name; left as it is
    ("“It is over,” Nurse Ratched said.", "Nurse Ratched", None),
])
def test_occupation_capitalised_before_the_name(text, name, role):
    speaker = _speakers(text)[0]
    assert speaker.name == name
    assert (speaker.role or None) == role


def test_occupation_list_is_small_and_keeps_fans_out():
    occupations = lexicons.occupations()
    assert {"coach", "referee", "investor", "writer", "barrister", "broadcaster"} <= occupations
    assert not {"supporter", "fan", "mother", "voter", "player"} & occupations
    assert len(occupations) < 200  # a few hundred at most: no generic people nouns


# C: a sentence-initial capitalised qualifier belongs to the role, not the affiliation
@pytest.mark.parametrize("text,name,role,affiliation", [
    ("Vice president Jose Rangel has said “the land is ours.”", "Jose Rangel", "Vice president", None),
    ("General secretary Brendan Barber warned “this is wrong.”", "Brendan Barber", "General secretary", None),
    ("Founding member Geoff Barrow said “we are back.”", "Geoff Barrow", "Founding member", None),
    # negatives: a candidate's or a company's name before the role stays the affiliation
    ("Cruz spokeswoman Catherine Frazier said “no comment.”", "Catherine Frazier", "spokeswoman", "Cruz"),
    ("Nordbank chief executive Lena Holm said “profits fell.”", "Lena Holm", "chief executive", "Nordbank"),
])
def test_title_qualifier_is_part_of_the_role(text, name, role, affiliation):
    _check(text, name, role, affiliation)


# F: ", from ORG" and "from descriptor ORG" give the affiliation; a place does not
@pytest.mark.parametrize("text,name,affiliation", [
    ("“It is a virus,” said Graham Cluley from anti-virus firm Sophos.", "Graham Cluley", "Sophos"),
    ("Shami Chakrabarti, from human rights group Liberty, said “this is wrong.”", "Shami Chakrabarti", "Liberty"),
    ("“We came,” said Jane Doe from the Cato Institute.", "Jane Doe", "Cato Institute"),
    ("“We came,” said Jane Doe from Ohio.", "Jane Doe", None),
    ("“We came,” said Jane Doe from Phoenix.", "Jane Doe", None),
    # ", of the ORG," / ", at ORG,": set off by commas, only a name shaped like an organisation
    ("Mike Hobday, of the League Against Cruel Sports, said: “We hope most will stay within the law.”",
     "Mike Hobday", "League Against Cruel Sports"),
    ("Jane Doe, of the University of Leeds, said “this is wrong.”", "Jane Doe", "University of Leeds"),
    ("Jane Doe, at Globex Corp, said “this is wrong.”", "Jane Doe", "Globex Corp"),
    ("Jane Doe, of London, said “this is wrong.”", "Jane Doe", None),
    ("Jane Doe, at the time, said “this is wrong.”", "Jane Doe", None),
    ("Jane Doe, of the Countryside Alliance and the Cato Institute, said “this is wrong.”", "Jane Doe", None),
])
def test_affiliation_after_from(text, name, affiliation):
    _check(text, name, None, affiliation)


# I: organisations recognised by a company form or a collective head at the end of the name
@pytest.mark.parametrize("text,name", [
    ("“It is bad,” said Kotak Institutional Equities.", "Kotak Institutional Equities"),
    ("“It works,” said the Law Society.", "Law Society"),
    ("“We object,” said the WeWorkers Coalition.", "WeWorkers Coalition"),
    ("“The show goes on,” said Dick Clark Productions.", "Dick Clark Productions"),
    ("“We agree,” said Harbor Foods Plc.", "Harbor Foods Plc"),
    # an organisation word's plural in a name of several words
    ("“It is bad,” said the Centers for Disease Control.", "Centers for Disease Control"),
])
def test_organisation_by_its_ending(text, name):
    speaker = _speakers(text)[0]
    assert speaker.name == name
    assert speaker.type.value == "organisation"


@pytest.mark.parametrize("text,name", [
    # negatives: people whose names hold no such ending stay people
    ("“It works,” said Jane Partridge.", "Jane Partridge"),
    ("“It works,” said Dick Clark.", "Dick Clark"),
])
def test_people_stay_people(text, name):
    speaker = _speakers(text)[0]
    assert speaker.name == name and speaker.type.value == "person"


# F: relative "who owns", a front appositive with a complement, a possessive place, a second
# description after "and the", and a former party
@pytest.mark.parametrize("text,name,role,affiliation", [
    ("“It was good,” said Beth Ruffin, who owns a small consulting firm.", "Beth Ruffin", "owner", None),
    ("“It was good,” said Jane Doe, who owned the Acme Diner.", "Jane Doe", "owner", "Acme Diner"),
    ("A lawyer for the victims, Eduardo Contreras, said “this is a crime.”", "Eduardo Contreras", "lawyer", None),
    ("An attorney for Holcomb, Mark Delane, said his client “did nothing wrong.”", "Mark Delane", "attorney", "Holcomb"),
    ("Chris Tang, Hong Kong's new police commissioner, said “order will return.”", "Chris Tang", "new police commissioner", "Hong Kong"),
    ("“It is fine,” said Clare Dunn, chair of the judges and the Guardian literary editor.", "Clare Dunn", "chair of the judges", "Guardian"),
    ("“It is a disgrace,” ex-Conservative chancellor Ken Clarke said.", "Ken Clarke", "ex-Conservative chancellor", "Conservative"),
    # negatives: no role noun before the complement; a first description with its own employer wins
    ("“It ends,” a message for the people Jane Roe said.", "Jane Roe", None, None),
    ("“He is wrong,” said Ed Marr, an associate professor at Lakeside University and the editor of a blog.",
     "Ed Marr", "associate professor", "Lakeside University"),
    ("“It was good,” said Jane Doe, who heads a small firm.", "Jane Doe", None, None),
])
def test_appositive_and_relative_roles(text, name, role, affiliation):
    _check(text, name, role, affiliation)


# F: "Name, Title, ..." is no coordination even when the title is read as a one-word "person"
def _mentions_of(words: list[str], spans: list[tuple[int, int]]):
    from quotes.types import Mention, MentionKind, Span, Token

    tokens, at = [], 0
    for word in words:
        tokens.append(Token(word, at, at + len(word)))
        at += len(word) + 1
    text = " ".join(words)
    mentions = [
        Mention(MentionKind.PERSON, Span.of(text, tokens[a].start, tokens[b].end), " ".join(words[a : b + 1]), a, b)
        for a, b in spans
    ]
    return tokens, mentions


@pytest.mark.parametrize("words,spans,names", [
    (["Sanjiv", "Bhasin", ",", "Director", ",", "said"], [(0, 1), (3, 3)], ["Sanjiv Bhasin"]),
    # negatives: two names, a name and a title+name, stay coordinated
    (["Sanjiv", "Bhasin", ",", "Ravi", "Rao", "and", "Jo", "Ng"], [(0, 1), (3, 4), (6, 7)], ["Sanjiv Bhasin", "Ravi Rao", "Jo Ng"]),
    (["Tim", "Kaine", ",", "Obama", "and", "Jo", "Ng"], [(0, 1), (3, 3), (5, 6)], ["Tim Kaine", "Obama", "Jo Ng"]),
])
def test_title_after_comma_is_not_a_second_speaker(words, spans, names):
    from quotes.extract.cues import _with_coordinated

    tokens, mentions = _mentions_of(words, spans)
    assert [m.name for m in _with_coordinated(mentions, tuple(tokens), mentions[0])] == names


# I: an outlet named with a possessive is one organisation; a person after a possessive is not
@pytest.mark.parametrize("text,name,kind", [
    ("On Monday, the People’s Daily, the mouthpiece of the party, said “the protests must end.”", "People’s Daily", "organisation"),
    ("“No,” said Trump’s Herald Smith.", "Trump", "person"),
])
def test_possessive_outlet_name(text, name, kind):
    speaker = _speakers(text)[0]
    assert speaker.name == name and speaker.type.value == kind


# E: a role before an honorific ("Iris director Sir Richard Eyre")
@pytest.mark.parametrize("text,name,role,affiliation", [
    ("“It was moving,” Iris director Sir Richard Eyre said.", "Richard Eyre", "director", "Iris"),
    ("“It was moving,” said Sir Richard Eyre.", "Richard Eyre", None, None),
])
def test_role_before_an_honorific(text, name, role, affiliation):
    _check(text, name, role, affiliation)


def test_verb_before_an_honorific_is_no_role():
    # "state officials praised Mr. Clarke": the words before the honorific are the clause, not his role
    text = ("Nursing home owner Tom Clarke bought the bridge in 2014.\n\n"
            "Some state officials praised Mr. Clarke's work preserving the property but also had to give him more time.")
    rows = [q for q in quotes.extract(text, "case.txt") if q.speakers and "work" in q.text]
    assert [s.name for s in rows[0].speakers] == ["officials"]


# E (session 3): a role noun known by its shape between a capitalised premodifier and a full name,
# positions and "boss" from data/role_heads.txt, hyphenated roles; the role reaches the person even
# when the mention is no speaker's ("Arsenal striker Thierry Henry's free-kick")
@pytest.mark.parametrize("text,name,role,affiliation", [
    ("Poll allowed Arsenal striker Thierry Henry's free-kick. Henry said: “I asked him.”", "Thierry Henry", "striker", "Arsenal"),
    ("“It hurts,” Czech qualifier Tomas Zib said.", "Tomas Zib", "qualifier", "Czech"),
    ("Ferguson rested, with Rovers boss Mark Hughes saying it was “a difficult time.”", "Mark Hughes", "boss", "Rovers"),
    ("“We are ready,” Ireland full-back Geordan Murphy said.", "Geordan Murphy", "full-back", "Ireland"),
    ("Harbour Post editor-in-chief Ann Lee said the paper “will close.”", "Ann Lee", "editor-in-chief", "Harbour Post"),
    ("Republican vice-presidential nominee Mike Pence said “we will win.”", "Mike Pence", "vice-presidential nominee", "Republican"),
    # negatives: a verb or an adjective of that shape (common_words.txt) is no role; a position word
    # outside the premodifier slot is no role either
    ("Democrats consider Hillary Clinton “a strong candidate,” Jane Roe said.", "Jane Roe", None, None),
    ("Ed Schultz, a passionate defender of the network, said it “is fair.”", "Ed Schultz", None, None),
])
def test_role_by_shape_before_the_name(text, name, role, affiliation):
    speaker = next(s for q in quotes.extract(text, "case.txt") for s in q.speakers if s.name == name)
    if role is None:
        assert not speaker.role
    else:
        assert speaker.role == role
    if affiliation is None:
        assert not speaker.affiliation
    else:
        assert speaker.affiliation and affiliation.lower() in speaker.affiliation.lower()


# C (session 3): a sentence-initial word the article also writes lowercase qualifies the role;
# a function word opening the sentence never does
@pytest.mark.parametrize("text,name,role,affiliation", [
    ("Human rights lawyer Clive Smith said it was “a further abuse of human rights.”", "Clive Smith", "Human rights lawyer", None),
    ("But ex-Conservative chancellor Ken Clarke said it “will fail.”", "Ken Clarke", "ex-Conservative chancellor", "Conservative"),
    # negatives: a name the article never writes lowercase stays the affiliation
    ("Globex investor Sam Poole said the deal “was done.”", "Sam Poole", "investor", "Globex"),
    ("Cruz spokeswoman Catherine Frazier said “no comment.” The Cruz camp agreed.", "Catherine Frazier", "spokeswoman", "Cruz"),
])
def test_lowercase_elsewhere_qualifies_the_role(text, name, role, affiliation):
    _check(text, name, role, affiliation)


# titles: the gender-neutral "-person" form, a department after "of", an employer in a fronted "At ORG,"
@pytest.mark.parametrize("text,name,role,affiliation", [
    ("Chairperson Donna Brazile said the party “is united.”", "Donna Brazile", "Chairperson", None),
    ("DNC Chairperson Donna Brazile said the party “is united.”", "Donna Brazile", "Chairperson", "DNC"),
    ("Deputy Director of Public Health Eva Berg said that the risk to the public “is low.”", "Eva Berg", "Deputy Director of Public Health", None),
    ("The Director of National Intelligence James Clapper said that the threat “is growing.”", "James Clapper", "Director of National Intelligence", None),
    ("At Northwind Airlines, Tom Reed said the delays “were few.”", "Tom Reed", None, "Northwind Airlines"),
    ("At NASA, Tom Reed said the delays “were few.”", "Tom Reed", None, "NASA"),
    # negatives: a place or an event in the fronted phrase employs nobody; "of" + a name is no department
    ("At Wimbledon, Roger Federer said he “was tired.”", "Roger Federer", None, None),
    ("At a rally in Ohio, Donald Trump said the vote “was rigged.”", "Donald Trump", None, None),
])
def test_titles_departments_and_fronted_employers(text, name, role, affiliation):
    _check(text, name, role, affiliation)


# F (session 3): an appositive's capitalised premodifier is the employer; a plural possessive
# belongs to the role; "league" heads an organisation's name
@pytest.mark.parametrize("text,name,role,affiliation", [
    ("“It works,” said Ana Solis, a European Space Agency research fellow.", "Ana Solis", "research fellow", "European Space Agency"),
    ("“It works,” said Jane Roe, a Republican strategist.", "Jane Roe", "Republican strategist", "Republican"),
    ("Former referees' chief Philip Don said the kick “was right.”", "Philip Don", "Former referees' chief", None),
    # negative: a lowercase appositive keeps its role whole and names no employer
    ("“It works,” said Jane Roe, a senior research fellow.", "Jane Roe", "senior research fellow", None),
    # a place before an occupation says where they practise, no employer; before an office, whose office
    ("“It is bad,” said Lisa Boe, a San Diego clinical psychologist.", "Lisa Boe", "clinical psychologist", None),
    ("“It is bad,” said Ted Poe, a Texas congressman.", "Ted Poe", "congressman", "Texas"),
])
def test_appositive_premodifier_employer(text, name, role, affiliation):
    _check(text, name, role, affiliation)


def test_league_is_an_organisation_not_a_titled_person():
    text = "Don was head of the referees for the Premier League, and the Premier League said “we agree.”"
    speaker = _speakers(text)[0]
    assert speaker.name == "Premier League" and speaker.type.value == "organisation"


NATIONALITY_CASES = [
    ('American Andy Roddick said he was "happy with the win".', "Andy Roddick"),
    ('Americans Andy Roddick and Andre Agassi said they "played well".', "Andy Roddick"),
    # negative: an organisation whose name starts with a demonym keeps it
    ('American Unity Fund said the vote was "a step forward".', "American Unity Fund"),
    # negative: a party label stays the affiliation, not part of the name
    ('Republican Donald Trump said he was "happy".', "Donald Trump"),
]


@pytest.mark.parametrize(("text", "speaker"), NATIONALITY_CASES)
def test_nationality_before_a_name_is_no_name_word(text, speaker):
    from quotes.api import extract

    quotes = [q for q in extract(text) if q.speakers]
    assert quotes and quotes[-1].speakers[0].name == speaker


ORG_IN_ROLE = [
    # (text, speaker, role, affiliation): an organisation's name at the front of a role is the affiliation
    ("Tim Moss, a former National Security Council official, said he was “concerned.”", "Tim Moss",
     "former official", "National Security Council"),
    ("Former National Security Council official Tim Moss said he was “concerned.”", "Tim Moss",
     "former official", "National Security Council"),
    ("Edmunds' executive director of industry analysis Jess Cole said sales “are slowing.”", "Jess Cole",
     "executive director of industry analysis", "Edmunds"),
    # negatives: a compound adjective, a title word, a sentence-initial qualifier the rules kept in the role
    ("Ray Holt, the Ivy League-trained surgeon and daytime TV star, said the pills were “safe.”", "Ray Holt",
     "Ivy League-trained surgeon and daytime TV star", None),
    ("Founding member Geoff Barrow said “we are back.”", "Geoff Barrow", "Founding member", None),
]


@pytest.mark.parametrize(("text", "speaker", "role", "affiliation"), ORG_IN_ROLE)
def test_organisation_at_the_front_of_a_role(text, speaker, role, affiliation):
    from quotes.api import extract

    found = next(s for q in extract(text) for s in q.speakers if s.name == speaker)
    assert (found.role, found.affiliation) == (role, affiliation)


OCCUPATION_SHAPED = [
    # a capitalised agent noun before a two-word name is the occupation
    ('Farmer Geoff Brooks told BBC News people\'s lives "revolved around hunting".', "Geoff Brooks"),
    ('Filmmaker Ava Lee said the film was "a labour of love".', "Ava Lee"),
    # negatives: a given name that looks like one, a name particle after it
    ('Carter Page said he was "innocent".', "Carter Page"),
    ('Chandler Van Voorhis said the plan was "a curious one".', "Chandler Van Voorhis"),
]


@pytest.mark.parametrize(("text", "speaker"), OCCUPATION_SHAPED)
def test_capitalised_occupation_before_a_name(text, speaker):
    from quotes.api import extract

    assert [s.name for q in extract(text) for s in q.speakers][0] == speaker


ROLE_PLURALS = [
    # a bare plural of a role noun opening its clause is a group of people
    ('"We got her, we got her!" officers announced on their radios.', "officers"),
    ('Prosecutors said he "acted alone".', "prosecutors"),
    # negative: a modified plural is left to the phrase it heads ("His aides say …" is not just "aides")
    ('His aides said it was "too early" to discuss it.', "His aides"),
]


@pytest.mark.parametrize(("text", "speaker"), ROLE_PLURALS)
def test_bare_plural_role_noun_is_a_group(text, speaker):
    from quotes.api import extract

    names = [s.name for q in extract(text) for s in q.speakers]
    assert names and names[0].lower() == speaker.lower()


OWNERS_AND_LEGISLATORS = [
    # (text, speaker, role, affiliation)
    ('Labour MP John Smith said the plan was "wrong".', "John Smith", "MP", "Labour Party"),
    ('"It had been an ongoing issue," says Deutsche Bank\'s Simon Champion, an analyst.', "Simon Champion", "analyst",
     "Deutsche Bank"),
    ('IBM\'s Jane Roe said the results were "fine".', "Jane Roe", None, "IBM"),
    # negative: a person's possessive is no employer
    ('Trump\'s Michael Cohen said the payments were "legal".', "Michael Cohen", None, None),
]


@pytest.mark.parametrize(("text", "speaker", "role", "affiliation"), OWNERS_AND_LEGISLATORS)
def test_owning_organisation_and_legislator_titles(text, speaker, role, affiliation):
    from quotes.api import extract

    found = next(s for q in extract(text) for s in q.speakers)
    assert (found.name, found.role, found.affiliation) == (speaker, role, affiliation)


@pytest.mark.parametrize(("text", "affiliation"), [
    ('"Supply is slowing," said David Anders at Merrill Lynch on Thursday.', "Merrill Lynch"),
    # negative: "on" inside an organisation's name still joins it
    ('"It is fine," said Jane Roe of the Council on Foreign Relations.', "Council on Foreign Relations"),
])
def test_a_time_adjunct_ends_an_affiliation(text, affiliation):
    from quotes.api import extract

    assert next(s for q in extract(text) for s in q.speakers).affiliation == affiliation


# a sentence reporting speech in lowercase is no Title Case headline, however many capitals its
# names hold once the quotation is set aside
@pytest.mark.parametrize("text,speaker", [
    ("Mike Hobday, of the League Against Cruel Sports, said: “We hope most will stay within the law.”", "Mike Hobday"),
    ("Chris Christie Calls Hillary Clinton ‘A Disgrace’", None),
])
def test_a_reporting_sentence_is_no_headline(text, speaker):
    rows = [q for q in quotes.extract(text, "case.txt") if q.speakers]
    if speaker is None:
        assert all(q.speakers[0].name != "Calls Hillary Clinton" for q in rows)
    else:
        assert rows and rows[0].speakers[0].name == speaker


def test_a_plural_organisation_word_alone_is_a_group():
    # negative: "Unions" alone opening a sentence are people, not a body's name
    rows = [q for q in quotes.extract("Unions said the strike would go ahead.", "case.txt") if q.speakers]
    assert rows and rows[0].speakers[0].type.value == "group"


# ", ORG role,": an appositive without an article, an organisation's name then a lowercase role
@pytest.mark.parametrize("text,name,role,affiliation", [
    ("Julie Grant, Washington State Department of Health public information officer, said it was bad.",
     "Julie Grant", "public information officer", "Washington State Department of Health"),
    ("Julie Grant, Acme Corp chief executive, said it was bad.", "Julie Grant", "chief executive", "Acme Corp"),
    ("Julie Grant, Chelsea striker, said it was bad.", "Julie Grant", "striker", "Chelsea"),
    ("“It works,” said Julie Grant, BBC Sport correspondent.", "Julie Grant", "correspondent", "BBC Sport"),
    # negatives: a place is where they work; a list of people is no appositive
    ("Julie Grant, London lawyer, said it was bad.", "Julie Grant", "lawyer", None),
    ("“It was bad,” said Julie Grant, Tom Smith chairman.", "Julie Grant", None, None),
])
def test_organisation_then_role_appositive(text, name, role, affiliation):
    _check(text, name, role, affiliation)


# football copy names players by one name: "ORG role Name" holds for a single name the verb ends;
# a nationality after a club's possessive is no employer; a name capitalised mid-sentence elsewhere
# in the article is an organisation at the front of a role even when it opens the sentence
@pytest.mark.parametrize("text,name,role,affiliation", [
    ("“I am not sure,” said Chelsea striker Drogba.", "Drogba", "striker", "Chelsea"),
    ("Arsenal's Brazilian midfielder Edu said: “I am not sure.”", "Edu", "midfielder", "Arsenal"),
    ("Arsenal midfielder Edu said: “I am not sure.” The deal with Arsenal is off.", "Edu", "midfielder", "Arsenal"),
    # negatives: a sentence's first word capitalised only there stays in the role; a predicate adjective is no title
    ("Founding member Geoff Barrow said: “We are back.” The band played on.", "Geoff Barrow", "Founding member", None),
    ("“Yes,” said Dutch sports minister Clemence Ross.", "Clemence Ross", "sports minister", "Netherlands"),
])
def test_one_name_and_possessive_club_before_a_role(text, name, role, affiliation):
    _check(text, name, role, affiliation)


def test_a_predicate_adjective_before_a_name_is_no_role():
    rows = quotes.extract("Wenger said he was hopeful Edu would sign. Edu added that he was encouraged.", "case.txt")
    assert all(not (q.speakers and q.speakers[0].role) for q in rows)


# session 5: a possessor before the appositive's role is where the role is held; a person's possessor
# or a relative is no employer; a role opening the sentence before a comma and the name
@pytest.mark.parametrize("text,name,role,affiliation", [
    ("“No rain,” said Scott Hale, PG&E's principal meteorologist.", "Scott Hale", "principal meteorologist", "PG&E"),
    ("“It sounds great,” said Ria Kant, Sonica's European marketing manager, on Monday.", "Ria Kant", "European marketing manager", "Sonica"),
    ("Jane Roe, the BBC's business editor, said “costs will rise.”", "Jane Roe", "business editor", "BBC"),
    ("Tom Ray, Zenith's head of research, said “costs will rise.”", "Tom Ray", "head of research", "Zenith"),
    ("Ann Bly, Orbita's associate administrator of the Science Directorate, said “we fly.”", "Ann Bly", "associate administrator", "Orbita"),
    ("Director of the Lakeside Housing Trust, Ned Pole, said it was “a scandal.”", "Ned Pole", "director", "Lakeside Housing Trust"),
    ("But director of the Lakeside Housing Trust, Ned Pole, said it was “a scandal.”", "Ned Pole", "director", "Lakeside Housing Trust"),
    # negatives: a person's possessor stays in the role; a relative has no employer
    ("Steven Carlow was charged. “He is innocent,” said Sonya Zell, Carlow's attorney.", "Sonya Zell", "Carlow's attorney", None),
    ("“He was a good boy,” said Tom Begg, Mr Begg's father.", "Tom Begg", "Mr Begg's father", None),
    ("“It was a shock,” said Ann Lee, Acme's daughter.", "Ann Lee", "daughter", None),
])
def test_possessor_appositive_and_opening_role(text, name, role, affiliation):
    _check(text, name, role, affiliation)


# session 5: a possessor before a role set off before the name; an organisation's possessive after an
# article; occupations of British and non-political copy (WordNet roots widened, BBC common words)
@pytest.mark.parametrize("text,name,role,affiliation", [
    ("Argentina's President, Ivo Dan, said on Friday: “We started.”", "Ivo Dan", "President", "Argentina"),
    ("Sweden’s deputy director of public prosecutions, Eva Lind, said “the case is closed.”", "Eva Lind", "deputy director", "Sweden"),
    ("The BBC's Tom Hale in Rome says “the mood is grim.”", "Tom Hale", None, "BBC"),
    ("“It was bad,” said Jane Roe, a writer.", "Jane Roe", "writer", None),
    ("Barrister Tom Lee said “it was bad”.", "Tom Lee", "barrister", None),
    # negative: a person's possessive employs nobody
    ("Trump's Tom Hale says “the mood is grim.”", "Tom Hale", None, None),
])
def test_possessor_before_comma_and_occupations(text, name, role, affiliation):
    _check(text, name, role, affiliation)


# session 5: the possessor, not its possessive, after a role's preposition; a sentence-opening generic
# word is the role's, not an organisation
@pytest.mark.parametrize("text,name,role,affiliation", [
    ("“It is fast,” said Chris Hale, chief executive for BT's wireless broadband.", "Chris Hale", "chief executive", "BT"),
    ("But Rob Andrew, coach of Wilkinson's club side Newcastle, said “he is out”.", "Rob Andrew", "coach", "Newcastle"),
    ("Party chief executive Lord Rennard said the appointment was “a significant strengthening”.", "Lord Rennard", "party chief executive", None),
    ("Police chief Tom Cook said “we have him”.", "Tom Cook", "police chief", None),
    # negatives: a name the article capitalises mid-sentence stays the employer; a name ending in 's is whole
    ("Arsenal midfielder Edu said “we won”. He joined Arsenal in 2001.", "Edu", "midfielder", "Arsenal"),
    ("Kremlin spokesman Dmitry Peskov said “no”.", "Dmitry Peskov", "spokesman", "Kremlin"),
    ("“It is fast,” said Chris Hale, chief executive of McDonald's.", "Chris Hale", "chief executive", "McDonald's"),
])
def test_possessive_and_opening_word_affiliations(text, name, role, affiliation):
    _check(text, name, role, affiliation)


# session 5: British roles between a capitalised premodifier and a name, an honorific-led name included
@pytest.mark.parametrize("text,name,role,affiliation", [
    ("Labour peer Lord Tom Hale said “it was bad”.", "Lord Tom Hale", "peer", "Labour Party"),
    ("“He will not figure,” said Wales physio Mark Dane.", "Mark Dane", "physio", "Wales"),
    # negative: not after a premodifier ("his peer" is an equal)
    ("“It was bad,” said Tom Hale, a peer of mine.", "Tom Hale", None, None),
])
def test_british_role_heads(text, name, role, affiliation):
    _check(text, name, role, affiliation)


# session 5: a premodifying name with a connector inside it employs ("a University of Michigan
# librarian"), a participle clause after the role is no part of it; a title's "of" still names the employer
@pytest.mark.parametrize("text,name,role,affiliation", [
    ("“This is the day,” said Jon Wilk, a University of Michigan librarian working with Google.", "Jon Wilk", "librarian", "University of Michigan"),
    ("“It is fine,” said Jane Roe, a Bank of England economist.", "Jane Roe", "economist", "Bank of England"),
    ("“Be where the consumer is,” Sam Zell, CEO of Take-Two, adds.", "Sam Zell", "CEO", "Take-Two"),
    # negative: a department after the role noun is no name's connector
    ("“It is fine,” said Jane Roe, a professor of History at Yale.", "Jane Roe", "professor of History", "Yale"),
])
def test_premodifying_name_with_connector(text, name, role, affiliation):
    _check(text, name, role, affiliation)


# session 5, found reading unannotated BBC stories: a two-word demonym; a spaced dash ends the employer's
# name; an employer's possessive before what it owns; the last of two conjoined premodifiers; a home town
@pytest.mark.parametrize("text,name,role,affiliation", [
    ("South African president Tom Dube said “they were wrong”.", "Tom Dube", "president", "South Africa"),
    ("Paul Myer, chief executive of Wippit - a music service - said “it is time”.", "Paul Myer", "chief executive", "Wippit"),
    ("Bill Simm, general manager of TI's Voip business, said “it is time”.", "Bill Simm", "general manager", "TI"),
    ("Lord Gold met Home Office Minister Lord Fal and Downing Street adviser Baroness Morgan, who said “it is time”.",
     "Baroness Morgan", "adviser", "Downing Street"),
    ("Keith Poul, a business adviser from Swansea, said “it is time”.", "Keith Poul", "business adviser", None),
    # negatives: an organisation named after the possessive stays whole; an employer after "from" stays
    ("“It is time,” said Rosa Lope, a planetary geologist at NASA's Jet Propulsion Laboratory in Pasadena.",
     "Rosa Lope", "planetary geologist", "NASA's Jet Propulsion Laboratory"),
    ("Graham Clu from anti-virus firm Sophos said “it is time”.", "Graham Clu", None, "Sophos"),
])
def test_junk_affiliations_from_unseen_stories(text, name, role, affiliation):
    _check(text, name, role, affiliation)


# session 5: a noun for a company right before a name, or opening it, makes the name a company's
@pytest.mark.parametrize("text,name,type_", [
    ("Internet service provider Wanadoo said “it is launching”.", "Wanadoo", "organisation"),
    ("Car-maker Honda said “it is launching”.", "Honda", "organisation"),
    ("Research firm Capital Economics said “prices rose”.", "Capital Economics", "organisation"),
    ("Earlier, accountancy firm Ernst & Young said “the forecasts are too rosy”.", "Ernst & Young", "organisation"),
    # negatives: a person's role noun; a given name after the noun
    ("Firm boss John Smith said “prices rose”.", "John Smith", "person"),
    ("The firm John Smith founded said “prices rose”.", "John Smith", "person"),
])
def test_company_nouns_make_organisations(text, name, type_):
    speaker = _speakers(text)[0]
    assert (speaker.name, speaker.type.value) == (name, type_)


# session 5: record labels and "International" end organisations' names; a short mention drops only a
# company form or "International" from a name the article gave in full, never a person's name
@pytest.mark.parametrize("text,name,type_", [
    ("Taylor Swift left Big Machine Records last year. Big Machine Records said “we disagree”.", "Big Machine Records", "organisation"),
    ("Reports reached Amnesty International. “It is a crackdown,” said Amnesty.", "Amnesty International", "organisation"),
    # negatives: a person's surname stays the person's; "Sky" is no "Sky News"
    ("Hillary Clinton spoke. The Clinton Foundation was praised. “We won,” said Clinton.", "Hillary Clinton", "person"),
    ("Sky News reported the deal. “We won,” said Sky.", "Sky", "organisation"),
])
def test_organisation_names_and_short_mentions(text, name, type_):
    speaker = [q for q in quotes.extract(text, "case.txt") if q.speakers][-1].speakers[0]
    assert (speaker.name, speaker.type.value) == (name, type_)


@pytest.mark.parametrize("sentence, name, role, affiliation", [
    # a capitalised title phrase set off before a set-off name is the name's role; a proper complement its affiliation
    ("The Bishop of Durham, the Rt Rev Dr Tom Wright, described the novel as a thriller.", "Tom Wright", "Bishop of Durham", "Durham"),
    ("The Mayor of Leeds, Jane Hollis, opened the line.", "Jane Hollis", "Mayor of Leeds", "Leeds"),
    # the office's own common words are no affiliation
    ("Director of Public Prosecutions, Ken Marsh, who sits on the board, said no.", "Ken Marsh", "Director of Public Prosecutions", None),
    # negative: a list after the title phrase is no appositive
    ("The Mayor of Leeds, Jane Hollis and Tom Reed attended.", "Jane Hollis", None, None),
    # negative: a title phrase that is itself an appositive, before a company form, is no set-off title (its
    # employer after "for" is the company: the beats gold gives "Dräger" for "… of Sales for Dräger, Inc.,")
    ("Tomas Berg, Senior Vice President of Sales for Quillbase, Inc., says no.", "Tomas Berg", "Senior Vice President of Sales", "Quillbase"),
    # negative: an organisation's name before the comma is no title
    ("The Bank of Leeds, Mark Carney, said no.", "Mark Carney", None, None),
])
def test_set_off_title_phrase_before_a_name(sentence, name, role, affiliation):
    from quotes import nlp
    from quotes.extract.sources import find_mentions

    tokens = tuple(nlp.split_sentences(sentence)[0].tokens)
    mentions = find_mentions(sentence, tokens, [True] * len(tokens))
    found = [m for m in mentions if m.name == name]
    assert found and (found[0].role, found[0].affiliation) == (role, affiliation)
    if role:  # the title phrase names nobody of its own
        assert [m.name for m in mentions if m.kind.value == "person"][:1] == [name]


@pytest.mark.parametrize("sentence, name, role", [
    # "and" joining two qualifiers of one title before a name keeps the title whole
    ('"We are ready," said Economic and Fiscal Policy Minister Heizo Takenaka.', "Heizo Takenaka", "Economic and Fiscal Policy Minister"),
    ('Trade and Industry Secretary Patricia Hewitt said: "We are ready."', "Patricia Hewitt", "Trade and Industry Secretary"),
    # negative: two names joined by "and" stay two, the first the speaker
    ('Smith and Jones said: "We are ready."', "Smith", None),
    # negative: a company's name joined by "and" is no title
    ('Marks and Spencer boss Stuart Rose said: "We are ready."', "Stuart Rose", "boss"),
])
def test_and_inside_a_title(sentence, name, role):
    speaker = first_speaker(sentence)
    assert (speaker.name, speaker.role) == (name, role)


def test_a_full_name_ending_in_a_surname_stays_a_person():
    # "it" after the name ("calling it “…”") is no sign of an organisation when a surname closes the name
    text = ("Big-name holdouts include the party's 2012 nominee, Mitt Romney. Romney went after Trump on Wednesday, "
            "calling it “disqualifying”. “It is a bombshell,” Mitt Romney said.")
    speaker = [q for q in quotes.extract(text, "case.txt") if q.kind.value == "direct"][0].speakers[0]
    assert (speaker.name, speaker.type.value) == ("Mitt Romney", "person")


# session 6 (issue 22, roles): role nouns of news copy no derived list holds (data/role_nouns_hand.txt),
# two roles joined by a hyphen, and a person's possessive before a role held for a client
@pytest.mark.parametrize("text,name,role,affiliation", [
    ('Ann Fox will take on second seed Joachim Lund. "I am ready," Lund said.', "Joachim Lund", "second seed", None),
    ('Fox beat Germany\'s Tommy Haas, the third seed. "I lost," Haas said.', "Tommy Haas", "third seed", None),
    ('Lakshman Rao, a deportee, said: "It was hard."', "Lakshman Rao", "deportee", None),
    ('"We love it," said Alice Howe, producer of the show.', "Alice Howe", "producer of the show", None),
    ('The band has singer-guitarist Tom Jonson. "It is fun," Jonson said.', "Tom Jonson", "singer-guitarist", None),
    ('Inter striker Marco scored. Marco\'s agent Gilmar Ravi said: "No."', "Gilmar Ravi", "agent", None),
    ('Tom Jones won. Jones\'s lawyer Ann Lee said: "No."', "Ann Lee", "lawyer", None),
    # negatives: an organisation's lawyer keeps the employer, a person's manager keeps the possessor;
    # a hyphenated word of one role noun and a non-role is no role
    ('Google\'s lawyer Ann Lee said: "No."', "Ann Lee", "lawyer", "Google"),
    ('Jones\'s manager Ann Lee said: "No."', "Ann Lee", "manager", "Jones"),
    ('"It is fun," said Tom Jonson, a well-known figure.', "Tom Jonson", None, None),
])
def test_hand_role_nouns_and_client_roles(text, name, role, affiliation):
    _check(text, name, role, affiliation)


# session 6 (issue 22, roles): a plural role noun before a list of full names is each name's role
@pytest.mark.parametrize("text,name,role", [
    ('The film stars actors Tom Hanks and Meg Ryan. "It was long," Ryan said.', "Meg Ryan", "actor"),
    ('Singer-guitarists Tom Jonson and Pat Simms will tour. "It is fun," Jonson said.', "Tom Jonson", "singer-guitarist"),
    ('It was written by economists Ann Lee, Tom Dunn and Sam Poole. "It is hard," Dunn said.', "Tom Dunn", "economist"),
    # negatives: a plural that is no role noun; one name after a plural is no list
    ('The fans Tom Hanks and Meg Ryan cheered. "It was fun," Hanks said.', "Tom Hanks", None),
    ('The actors Tom Hanks said: "It was fun."', "Tom Hanks", None),
])
def test_plural_role_before_a_list_of_names(text, name, role):
    _check(text, name, role, None)


# session 6 (issue 22, roles): the subject is one of a plural of a role noun ("is the first of the four
# detainees", "is one of three economists", "is among the doctors"): the singular is the role
@pytest.mark.parametrize("text,name,role", [
    ('Martin Mubb is the first of the four detainees freed last month to speak. "I was beaten," Mubb said.', "Martin Mubb", "detainee"),
    ('Ann Lee is one of three economists who wrote it. "It is hard," Lee said.', "Ann Lee", "economist"),
    ('Ann Lee is among the doctors who signed. "It is hard," Lee said.', "Ann Lee", "doctor"),
    # negatives: a plural that is no role noun; a superlative of a group is no role
    ('Ann Lee is one of the few people who know. "It is hard," Lee said.', "Ann Lee", None),
    ('Ann Lee is the best of the bunch. "It is hard," Lee said.', "Ann Lee", None),
])
def test_one_of_a_plural_role(text, name, role):
    _check(text, name, role, None)
