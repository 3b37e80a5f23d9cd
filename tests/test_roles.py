"""Roles, affiliations and canonical names of speakers, and what descriptions and pronouns
refer to. Invented sentences, written for these tests; each failure class has negative cases."""

from __future__ import annotations

import pytest

import quotes
from quotes import lexicons
from quotes.evaluate.roles import affiliation_match, role_match
from quotes.extract.coref import Registry
from quotes.extract.sources import Mention, MentionKind
from quotes.types import Span


def first_speaker(text: str):
    rows = [q for q in quotes.extract(text, "case.txt") if q.speakers]
    assert rows, f"no attributed quote in {text!r}"
    return rows[0].speakers[0]


# (article, speaker, role (a word it must hold, or None for none), affiliation (a word it must hold, or None))
ROLE_CASES = [
    # appositives with a role noun in no list
    ("“The river is rising,” said Maria Lopez, a hydrologist at the University of Leeds.", "Maria Lopez", "hydrologist", "Leeds"),
    ("“We saw it early,” said Ben Okafor, who is now a virologist at the University of Lagos.", "Ben Okafor", "virologist", "Lagos"),
    ("“Rates will climb,” said Tom Reyes, who covers shipping for Deutsche Bank.", "Tom Reyes", None, "Deutsche Bank"),
    ("“The data are clear,” said Ines Moll, an analyst at the independent Harbor Institute.", "Ines Moll", "analyst", "Harbor Institute"),
    # organisation + title + name; label before a name
    ("“Profits fell,” Nordbank chief executive Lena Holm told reporters on Monday.", "Lena Holm", "chief executive", "Nordbank"),
    ("“No deal,” Vermont Sen. Bernie Sanders said on Tuesday.", "Bernie Sanders", "senator", "Vermont"),
    ("“We will win,” Republican Donald Trump said at the rally.", "Donald Trump", None, "Republican"),
    ("“It is wrong,” Rep. Jim Clyburn (D-S.C.) said on Friday.", "Jim Clyburn", "representative", "South Carolina"),
    ("“Subpoenas are not optional,” panel Chairman Rep. Jason Chaffetz (R-Utah) said.", "Jason Chaffetz", "Chairman", "Utah"),
    ("“It will pass,” Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday.", "Mitch McConnell", "Leader", "Kentucky"),
    ("“We failed them,” said 9/11 widow Terry Strada.", "Terry Strada", "widow", None),
    # a role set before the name, with a possessor
    ("Harbor Bank's chief financial officer, Ana Ruiz, said: “We are solvent.”", "Ana Ruiz", "chief financial officer", "Harbor Bank"),
    # an organisation's name, a capitalised title, then the name: the organisation is the affiliation
    ("“We are ready,” said Nordic Council President Ulla Berg.", "Ulla Berg", "President", "Nordic Council"),
    ("“No comment,” White House Press Secretary Dan Moss said.", "Dan Moss", "Press Secretary", "White House"),
    ("“No comment,” Associated Press Editor Dan Moss said.", "Dan Moss", "Editor", "Associated Press"),
    ("Ohio Green Party Chairman Sam Kerr called the ruling a “huge win.”", "Sam Kerr", "Chairman", "Ohio Green Party"),
    ("“The appeal fails,” wrote Bristol County Court Justice Ray Finch.", "Ray Finch", "Justice", "Bristol County Court"),
    ("“We disagree,” Senate Minority Leader Joan Hale (D-Ore.) said.", "Joan Hale", "Minority Leader", "Oregon"),
    ("“It was a bomb,” said Riverside Police Commissioner Al Dunn.", "Al Dunn", "Commissioner", "Riverside Police"),
    # appositives: a possessive pronoun for the article, a party member, capitalised modifiers,
    # an acronym title, a title's "of State", a second description after "and the"
    ("Tom Ward, her Republican opponent, called it “a sham.”", "Tom Ward", "opponent", "Republican"),
    ("“We must vote,” said Carl Moss, a prominent Ohio Democrat.", "Carl Moss", None, "Democrat"),
    ("“It is close,” said Dana Kay, House editor for the Plains Political Report.", "Dana Kay", "editor", "Plains Political Report"),
    ("“Help is slow,” says Ray Dole, founder and CEO of Veterans Forward.", "Ray Dole", "CEO", "Veterans Forward"),
    ("“It was a mistake,” said Ann Lee, the former secretary of State.", "Ann Lee", "secretary of State", None),
    ("“He is wrong,” said Ed Marr, an associate professor of surgery at Lakeside University and the editor of a blog.",
     "Ed Marr", "associate professor", "Lakeside University"),
    ("“The race is tight,” wrote Lia Brandt for Civic Polling.", "Lia Brandt", None, "Civic Polling"),
    # a role, a preposition and an organisation set before the name
    ("An attorney for Holcomb, Mark Delane, said his client “did nothing wrong.”", "Mark Delane", "attorney", "Holcomb"),
    ("His former business partner at Corvex, Ian Platt, called him “a master.”", "Ian Platt", "business partner", "Corvex"),
    # a possessor before a lowercase role: the possessor is the affiliation, the named person the speaker
    ("Jane Doe’s campaign manager Rob Hill said that the plan “will fail.”", "Rob Hill", "campaign manager", "Jane Doe"),
    # names with an apostrophe, initials, a lowercase hyphenated syllable; a plural honorific
    ("“The cause is unknown,” said Police Commissioner James O’Dell.", "James O’Dell", "Police Commissioner", None),
    ("“This is a sad day,” said Rep. J.T. Walsh (D-N.C.), head of the Rural Caucus.", "J.T. Walsh", "head", "Rural Caucus"),
    ("Korean Prime Minister Lee Min-ho said the test was “reckless.”", "Lee Min-ho", "Prime Minister", "Korea"),
    # "one of …" appositives: the singular role, a named possessor as affiliation
    ("“It is over,” said Ann Fox, one of Obama’s advisers.", "Ann Fox", "adviser", "Obama"),
    ("Ben Rhee, one of the mayor's closest aides, said the plan was “dead.”", "Ben Rhee", "aide", None),
    ("“It is over,” said Ann Fox, one of the first to arrive.", "Ann Fox", None, None),
    # "Title of the Organisation First Last"
    ("Speaker of the House Ned Gale said the bill was “dead.”", "Ned Gale", "Speaker", "House"),
    ("“We will act,” said Secretary of the Treasury Jo Lew.", "Jo Lew", "Secretary", "Treasury"),
    # a description set off by dashes; "who, as …, was …"; a long appositive's role before its first lowercase phrase
    ("Ray Holt — Yale-trained surgeon and daytime TV star — said the pills were “safe.”", "Ray Holt", "star", None),
    ("Dr. Ann Moss, who as a Navy captain was the White House physician in the administration of the former "
     "president and later retired from the service, said the clot was “serious.”", "Ann Moss", "physician", None),
    ("Ann Moss — and her allies — said the vote was “rigged.”", "Ann Moss", None, None),
    # negatives: no role invented
    ("“I am tired,” said Lena Park.", "Lena Park", None, None),
    ("“It is late,” said Ward Hill, his voice rising.", "Ward Hill", None, None),
    ("“We won,” said Cole Baker, for the first time in years.", "Cole Baker", None, None),
    ("Tom Reed said that Ada Reed would discuss whether Ada Reed had a visa, calling it “a fair question.”", "Tom Reed", None, None),
    ("Ben Cole said Monday “it is over,” adding the race was won.", "Ben Cole", None, None),
    ("The Bristol County Court ruled that the law was “void.”", "Bristol County Court", None, None),
    ("“It was cold,” said Omar Diaz, who arrived late.", "Omar Diaz", None, None),
]


@pytest.mark.parametrize("text,name,role,affiliation", ROLE_CASES)
def test_roles_and_affiliations(text, name, role, affiliation):
    speaker = first_speaker(text)
    assert speaker.name == name
    if role is None:
        assert not speaker.role
    else:
        assert speaker.role and role.lower() in speaker.role.lower()
    if affiliation is None:
        assert not speaker.affiliation
    else:
        assert speaker.affiliation and affiliation.lower() in speaker.affiliation.lower()


# (article, canonical speaker name, speaker type)
NAME_CASES = [
    ("Rival Hillary Clinton said the plan was “reckless.”", "Hillary Clinton", "person"),
    ("Meanwhile Trump said the poll was “fake.”", "Trump", "person"),
    ("What Mr. Obama said was “we can do better.”", "Obama", "person"),
    ("Senators Charles E. Grassley said the bill was “dead.”", "Charles E. Grassley", "person"),
    ("Speaking Jones said the game was “over.”", "Jones", "person"),
    ("Anna van der Berg said the tariff was “a mistake.”", "Anna van der Berg", "person"),
    ("Jean-Luc Moreau said the vote was “a disgrace.”", "Jean-Luc Moreau", "person"),
    ("Democrats said the bill was “cruel.”", "Democrats", "group"),
    ("Pennsylvania Republicans said the map was “fair.”", "Pennsylvania Republicans", "group"),
    ("The White House said the report was “false.”", "White House", "organisation"),
    ("Contractors said the deadline was “impossible.”", "contractors", "group"),
    ("Consultants said the plan was “sound.”", "consultants", "group"),
    # economist is a title before a name, not an organisation
    ("“Rates will stay high,” said Economist Jane Doe.", "Jane Doe", "person"),
    # "Obama-era" and "Clinton-backed" are modifiers, not a name with a lowercase syllable
    ("The Obama-era rule was “bad,” Clinton-backed groups said.", "Clinton-backed groups", "group"),
    # the name after "telling" is the addressee, not a source
    ("Trump had words for moderators, telling O’Reilly that “Cooper is unfair.”", "Trump", "person"),
    # a shared surname alone is the person introduced first, the article's subject
    ("Hillary Clinton will visit Tampa, and former President Bill Clinton will travel north. Clinton said the state was “close.”",
     "Hillary Clinton", "person"),
    ("Bill Clinton will travel north, and Hillary Clinton will visit Tampa. Clinton said the state was “close.”",
     "Bill Clinton", "person"),
    # negative: a surname that is also a common word stays a name where the article capitalises it mid-sentence
    ("The mayor met Anna Price on Monday. Price said the budget was “balanced.”", "Anna Price", "person"),
]


@pytest.mark.parametrize("text,name,kind", NAME_CASES)
def test_canonical_names(text, name, kind):
    speaker = first_speaker(text)
    assert (speaker.name, speaker.type.value) == (name, kind)


def test_headline_is_not_one_name():
    text = "Chris Christie Calls Hillary Clinton A Disgrace.\n\n“She is wrong,” Christie said on Monday."
    speaker = first_speaker(text)
    # a Title Case headline is a heading and names no one (pipeline): the speaker is the body's
    # "Christie", never the headline's run of capitalised words
    assert speaker.name in ("Chris Christie", "Christie")


@pytest.mark.parametrize(
    "sentence,not_names",
    [
        ("Once the vote ended, the mayor left.", {"Once"}),
        ("Correction: an earlier version misspelled a street.", {"Correction"}),
        ("However the council voted no.", {"However"}),
        ("Chris Christie Calls Hillary Clinton A Disgrace Over Police Comments", {"Chris Christie Calls Hillary Clinton A Disgrace"}),
    ],
)
def test_sentence_openers_are_not_names(sentence, not_names):
    from quotes import nlp
    from quotes.extract.sources import find_mentions

    names = set()
    for sent in nlp.split_sentences(sentence):
        tokens = tuple(sent.tokens)
        names |= {m.name for m in find_mentions(sentence, tokens, [True] * len(tokens))}
    assert not names & not_names


def test_plural_honorific_is_a_title_not_a_name():
    from quotes import nlp
    from quotes.extract.sources import find_mentions

    sentence = "Sens. Jo Reed (D-Mont.) and Al Vitt (R-La.) said the bank was reckless."
    tokens = tuple(nlp.split_sentences(sentence)[0].tokens)
    people = {m.name: m for m in find_mentions(sentence, tokens, [True] * len(tokens))}
    assert people["Jo Reed"].role == "senator" and "Montana" in people["Jo Reed"].affiliation
    assert "Louisiana" in people["Al Vitt"].affiliation


def test_unresolved_pronoun_is_unknown_not_a_name():
    speaker = first_speaker("“It is over,” she said.")
    assert speaker.type.value == "unknown"
    assert speaker.name == "she"


def _org(name: str, start: int) -> Mention:
    return Mention(MentionKind.ORGANISATION, Span(start, start + len(name), name), name, 0, 0)


def _person(name: str, start: int, role: str | None = None, affiliation: str | None = None) -> Mention:
    return Mention(MentionKind.PERSON, Span(start, start + len(name), name), name, 0, 1, role=role, affiliation=affiliation)


# (registered mentions, description, offset, expected entity name or None)
DESCRIPTION_CASES = [
    ([_org("Harbor Leaks", 10)], "the group", 100, "Harbor Leaks"),
    ([_org("The Washington Post", 10), _org("Harbor Leaks", 50)], "the newspaper", 100, "The Washington Post"),
    ([_org("Harbor Leaks", 10), _org("The Washington Post", 50)], "the group", 100, "Harbor Leaks"),
    ([_org("Oversight Committee", 10), _org("Harbor Leaks", 50)], "the committee", 100, "Oversight Committee"),
    ([_person("Hillary Clinton", 10, role="former first lady")], "the former first lady", 100, "Hillary Clinton"),
    ([_person("Bernie Sanders", 10, role="senator", affiliation="Vermont")], "the Vermont senator", 100, "Bernie Sanders"),
    # negatives: nothing named yet, or nothing of that kind
    ([_org("Harbor Leaks", 200)], "the group", 100, None),
    ([_person("Lena Park", 10, role="mayor")], "the senator", 100, None),
    ([_person("Bernie Sanders", 10, role="senator", affiliation="Vermont")], "the Ohio senator", 100, None),
    ([_person("Lena Park", 10)], "the newspaper", 100, None),
    ([_person("Dana Roe", 10, role="legislator and Sanders supporter")], "Sanders supporters", 100, None),
    # only a definite description points back: an indefinite one brings someone new in, a bare one is a name
    ([_org("Harbor Leaks", 10)], "A major civil rights group", 100, None),
    ([_org("The Washington Post", 10)], "a conservative website", 100, None),
    ([_org("The Washington Post", 10)], "Time magazine", 100, None),
    ([_org("Harbor Leaks", 10)], "His nonprofit group", 100, None),
]


@pytest.mark.parametrize("mentions,words,offset,expected", DESCRIPTION_CASES)
def test_resolve_description(mentions, words, offset, expected):
    registry = Registry()
    for m in mentions:
        registry.register(m)
    entity = registry.resolve_description(words, 0, 0, offset=offset)
    assert (entity.name if entity else None) == expected


@pytest.mark.parametrize(
    "text,pronoun_speaker",
    [
        # "she" skips the man named last and finds the woman
        ("Maria Lopez, a senior analyst, met Peter Hall, a banker, on Monday.\n\n“We disagree,” she said.", "Maria Lopez"),
        ("Peter Hall, a banker, met Maria Lopez, a senior analyst, on Monday.\n\n“We disagree,” he said.", "Peter Hall"),
        # the nearest agreeing person still wins
        ("Peter Hall, a banker, met Maria Lopez, a senior analyst, on Monday.\n\n“We disagree,” she said.", "Maria Lopez"),
    ],
)
def test_pronouns_agree_in_gender(text, pronoun_speaker):
    rows = [q for q in quotes.extract(text, "case.txt") if q.speakers]
    assert rows[-1].speakers[0].name == pronoun_speaker


def test_first_name_genders():
    assert lexicons.gender("Maria") == "f"
    assert lexicons.gender("Peter") == "m"
    assert lexicons.gender("Jordan") is None  # used for both


@pytest.mark.parametrize(
    "predicted,gold,ok",
    [("senior adviser", "adviser|aide", True), ("spokesman", "senator", False), ("", "senator", False)],
)
def test_role_match(predicted, gold, ok):
    assert role_match(predicted, gold) is ok


@pytest.mark.parametrize(
    "predicted,gold,ok",
    [("Democratic Party, South Carolina", "Democrat|South Carolina", True), ("Republican Party", "Democrat", False)],
)
def test_affiliation_match(predicted, gold, ok):
    assert affiliation_match(predicted, gold) is ok


# a description that names no one keeps its role and affiliation (the learned source "the Vermont
# senator" resolved to an entity, or left as the description)
DESCRIBE_CASES = [
    ("the Vermont senator", "senator", "Vermont"),
    ("The Republican presidential nominee", "presidential nominee", "Republican Party"),
    ("Obama's former campaign strategist", "former campaign strategist", "Obama"),
    ("Connecticut’s tax commissioner", "tax commissioner", "Connecticut"),
    ("French President Jean Dupont", "President", "France"),
    ("the former secretary of state and current Democratic presidential nominee", "former secretary of state", None),
    ("the senator", "senator", None),
    # negatives: no role noun at the head
    ("the joint statement", None, None),
    ("The Clinton campaign", None, None),
    ("Sixty-three percent", None, None),
    ("his advisers", None, None),
    ("both presidential candidates", None, None),
    ("Both Mr. King and Mr. Schultz", None, None),
    ("His lawyer", "lawyer", None),
    ("my mother", "mother", None),
    ("the ad’s narrator", None, None),
]


@pytest.mark.parametrize("words,role,affiliation", DESCRIBE_CASES)
def test_describe(words, role, affiliation):
    from quotes.extract.sources import describe

    assert describe(words) == (role, affiliation)


@pytest.mark.parametrize("sentence, name, role, affiliation", [
    # a topic after "on" is not the employer; the organisation after "at" is
    ("“It matters,” said Rosa Lind, an expert on Nordic energy policy at the Baltic Institute.",
     "Rosa Lind", "expert on Nordic energy policy", "Baltic Institute"),
    # negative: an appositive that names no person is no role ("a cautionary tale for …")
    ("For Ivo Brand, a cautionary tale for Europe's banks, the lesson was “never again.”", "Ivo Brand", None, None),
])
def test_topic_and_non_person_appositives(sentence, name, role, affiliation):
    from quotes.extract.sources import find_mentions
    from quotes.nlp import split_sentences

    (sent,) = split_sentences(sentence)[:1]
    mentions = [m for m in find_mentions(sentence, sent.tokens, [True] * len(sent.tokens)) if m.name == name]
    assert mentions and (mentions[0].role, mentions[0].affiliation) == (role, affiliation)
