"""quotes.extract.coref: one canonical identity per speaker in an article (surnames, pronouns, honorifics,
descriptions, lone names)."""

from __future__ import annotations

import pytest

import quotes
from quotes import nlp
from quotes.api import extract
from quotes.extract.coref import Registry, lone_name_type
from quotes.extract.sources import Mention, MentionKind, find_mentions
from quotes.types import QuoteKind, Span, SpeakerType
from tests.helpers.extraction import _covering, _rows, first_speaker, marked

# (article, canonical speaker name, speaker type)
NAME_CASES = [
    ("Rival Hillary Clinton said the plan was “reckless.”", "Hillary Clinton", "person"),
    ("Meanwhile Trump said the poll was “fake.”", "Trump", "person"),
    ("What Mr. Obama said was “we can do better.”", "Obama", "person"),
    ("Senators Charles E. Grassley said the bill was “dead.”", "Charles E. Grassley", "person"),
    ("Speaking Jones said the game was “over.”", "Jones", "person"),
    ("Anna van der Berg said the tariff was “a mistake.”", "Anna van der Berg", "person"),
    ("Jean-Luc Moreau said the vote was “a disgrace.”", "Jean-Luc Moreau", "person"),
    ("Democrats said the bill was “cruel.”", "Democrats", "organisation"),  # the party (beats gold: a party is an organisation)
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
    # a bare noun that ends an organisation's name named before is that organisation
    ([_org("Countryside Alliance", 10)], "The alliance", 100, "Countryside Alliance"),
    ([_org("Anti-Defamation League", 10), _org("Harbor Leaks", 50)], "the league", 100, "Anti-Defamation League"),
    ([_org("International Monetary Fund", 10)], "the fund", 100, "International Monetary Fund"),
    # negatives: the noun only inside the name, a modifier, a later name, a thing, another body
    ([_org("League Against Cruel Sports", 10)], "the league", 100, None),
    ([_org("Countryside Alliance", 10)], "the rival alliance", 100, None),
    ([_org("Countryside Alliance", 200)], "the alliance", 100, None),
    ([_org("Drudge Report", 10)], "the report", 100, None),
    ([_org("White House", 10)], "the House", 100, None),
]


PER, ORG, GRP = SpeakerType.PERSON, SpeakerType.ORGANISATION, SpeakerType.GROUP


CASES = [
    # an unknown word the article never shows as a person: a company, an outlet, a start-up
    ("Zorbify", "“We are growing,” Zorbify said in a statement.", ORG),
    ("Quillbase", "Quillbase reported that the campaign had spent more.", ORG),
    # an inner capital that no name prefix explains: a brand
    ("LeakHub", "“We stand by it,” LeakHub said.", ORG),
    # a plural that is no surname: a group
    ("Zorbifians", "“We want change,” Zorbifians said.", GRP),
    ("Hendersons", "The Hendersons said they were moving.", GRP),
    # controls: a common US surname, a given name, a person the article shows
    ("Reynolds", "“It was a mistake,” Reynolds said.", PER),
    ("Melanie", "“That’s right,” Melanie said.", PER),
    ("Kwarteng", "“It was a mistake,” said Mr. Kwarteng.", PER),
    ("Okonjo", "The shop of Grace Okonjo. “It was a mistake,” Okonjo said.", PER),
    ("Zelinsky", "“It was a mistake,” Judge Zelinsky said.", PER),
    ("Vantrell", "Vantrell, who runs the shop, said it was a mistake.", PER),
    ("Vantrell", "“It was a mistake,” Vantrell said. She left early.", PER),
    ("McQuorran", "“It was a mistake,” McQuorran said. He left early.", PER),
    # a name prefix is no brand's inner capital, but still needs the article to show a person
    ("McQuorran", "“It was a mistake,” McQuorran said.", ORG),
    # a place, an abbreviation or a common word is left as the rules typed it: the linking pass's
    # name rules read such fragments ("Vermont" is a label, "Aug." no name)
    ("Vermont", "The Vermont senator said it was a mistake.", PER),
    ("Aug.", "Aug. 24 (UPI) said it was a mistake.", PER),
]


def test_surname_and_pronoun_resolve_to_full_name():
    text = (
        "Karl Brandt, a fellow at the Nordic Institute, has studied the region for years.\n\n"
        "“The pact has limits,” Brandt said.\n\n"
        "Moscow, he said, “has become isolated in a way that Beijing is not.”"
    )
    qs = marked(text)
    assert [q.speaker.name for q in qs] == ["Karl Brandt", "Karl Brandt"]
    assert qs[0].speaker.affiliation == "Nordic Institute"
    assert qs[1].speaker.mention.text == "he"


def test_honorific_and_chinese_name_order():
    text = (
        "Chinese President Xi Jinping met the delegation.\n\n"
        "“We value this friendship,” Mr. Xi said.\n\n"
        "Ministry spokesperson Mao Ning said, “Relations are stable.” Ning added, “Talks continue.”"
    )
    names = [q.speaker.name for q in marked(text)]
    assert names == ["Xi Jinping", "Mao Ning", "Mao Ning"]


def test_pronoun_prefers_the_subject_of_the_paragraph_over_the_last_speaker():
    text = (
        '"Nobody is being silenced," Rafael Ortiz said.\n\n'
        'Maria Santos, however, was unconvinced. "They passed the bill at midnight," she said.'
    )
    assert [q.speaker.name for q in marked(text)] == ["Rafael Ortiz", "Maria Santos"]


def test_a_relative_pronoun_speaks_for_its_antecedent():
    text = "Senator Ruth Adler, who chairs the panel, said the hearing would be delayed until May."
    q = _covering(text, "the hearing would")
    assert q.speaker.name == "Ruth Adler"


def test_a_surname_the_article_named_in_full():
    # a reworded copy's "Wyne mentioned" (for "Wyne said"): the tagger's source runs into the verb
    text = ("Ali Wyne, a senior analyst with Eurasia Group, spoke on Monday.\n\n"
            "Wyne mentioned the summit would change little for either side in the coming year.")
    rows = [q for q in _rows(text) if q.kind == QuoteKind.INDIRECT]
    assert all(q.speaker.name == "Ali Wyne" for q in rows)


def test_both_standing_alone_is_the_pair_named_last():
    text = ("Ana Silva and Tomas Berg met in Lisbon on Thursday.\n\n"
            "Both have argued that the port must stay in public hands for another decade.")
    q = _covering(text, "the port must stay")
    assert (q.speaker.name, q.speaker.type.value) == ("Ana Silva and Tomas Berg", "group")


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

    names = set()
    for sent in nlp.split_sentences(sentence):
        tokens = tuple(sent.tokens)
        names |= {m.name for m in find_mentions(sentence, tokens, [True] * len(tokens))}
    assert not names & not_names


def test_plural_honorific_is_a_title_not_a_name():

    sentence = "Sens. Jo Reed (D-Mont.) and Al Vitt (R-La.) said the bank was reckless."
    tokens = tuple(nlp.split_sentences(sentence)[0].tokens)
    people = {m.name: m for m in find_mentions(sentence, tokens, [True] * len(tokens))}
    assert people["Jo Reed"].role == "senator" and "Montana" in people["Jo Reed"].affiliation
    assert "Louisiana" in people["Al Vitt"].affiliation


def test_unresolved_pronoun_is_unknown_not_a_name():
    speaker = first_speaker("“It is over,” she said.")
    assert speaker.type.value == "unknown"
    assert speaker.name == "she"


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


@pytest.mark.parametrize(("word", "text", "expected"), CASES)
def test_lone_name_type(word: str, text: str, expected: SpeakerType) -> None:
    assert lone_name_type(word, text) == expected


def test_extraction_types_a_lone_brand_as_organisation() -> None:
    text = "“It is a scandal,” Zorbify said in a statement.\n\n“It was a mistake,” Reynolds said.\n"
    speakers = {q.speakers[0].name: q.speakers[0].type for q in extract(text, "t")}
    assert speakers == {"Zorbify": ORG, "Reynolds": PER}


@pytest.mark.parametrize("text, name", [
    # a lone capitalised title is the one person named whose role opens with it
    ('The Bishop of Leeds, the Rt Rev Dr Tom Reed, spoke. "It is fun," the Bishop said.', "Tom Reed"),
    # negative: a lowercase role elsewhere is no title the lone word can match
    ('Jane Hollis, the mayor, spoke. "It is fun," the Mayor said.', "Mayor"),
    # negative: two people hold the title; neither is taken
    ('The Bishop of Leeds, Tom Reed, and the Bishop of York, Ann Cole, met. "It is fun," the Bishop said.', "Bishop"),
])
def test_lone_title_is_its_holder(text, name):
    rows = [q for q in extract(text, "t") if q.kind.value == "direct"]
    assert rows and rows[0].speakers[0].name == name
