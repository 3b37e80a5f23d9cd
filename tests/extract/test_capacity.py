"""An employer named by reference (extract/capacity.py): real stanza, invented sentences."""

import pytest

import quotes


def _first_speaker(text: str):
    rows = [q for q in quotes.extract(text, "case.txt") if q.speakers]
    assert rows, f"no attributed quote in {text!r}"
    return rows[-1].speakers[0]


@pytest.mark.parametrize("text,affiliation", [
    # the organisation named in the sentence before
    ("Acme Corporation cut 300 jobs on Monday. A company spokesperson said “the cuts were painful”.", "Acme Corporation"),
    ("The Liberal Democrats launched their campaign. A party spokesman said it was courting female votes.", "Liberal Democrats"),
    ("The Liberal Democrats launched their campaign on Monday.\n\nPolls were mixed.\n\n"
     "A party spokesman said it was courting female votes.", "Liberal Democrats"),
    # negatives: a news outlet is no employer; a company named further back is a guess; a role with no
    # organisation noun; an affiliation already stated
    ("A company spokesman told NBC News that “it is done”.", None),
    ("Acme Corporation cut 300 jobs on Monday.\n\nThe town was shocked.\n\nShops closed early.\n\n"
     "A company spokesperson said “the cuts were painful”.", None),
    ("Acme Corporation cut 300 jobs on Monday. A spokesperson for the union said “the cuts were painful”.", None),
    ("Acme Corporation cut 300 jobs. A Globex Group spokesperson said “the cuts were painful”.", "Globex Group"),
])
def test_employer_by_reference(text, affiliation):
    assert _first_speaker(text).affiliation == affiliation


@pytest.mark.parametrize("text,affiliation", [
    ("House Republicans said “we will win”.", "Republican Party"),
    ("Senior Liberal Democrats said “we will win”.", None),  # the name is the party's already
])
def test_a_group_keeps_its_party(text, affiliation):
    assert _first_speaker(text).affiliation == affiliation


@pytest.mark.parametrize("text,affiliation", [
    ("White House advisers said “the deal is close”.", "White House"),
    ("Senior Conservative members said “he must stay”.", "Conservative"),
    ("China's commerce ministry said “tariffs must go”.", "China"),
    ("Sumitomo bosses said “the bid is fair”.", "Sumitomo"),
    # negatives: a person's possessive, a home or a region, a name that is the institution's own
    ("Trump's supporters said “he will win”.", None),
    ("Indiana protesters said “pay us more”.", None),
    ("European firms said “the rules are unfair”.", None),
    ("Some Twitter users said “the rules are unfair”.", None),
    ("Party leaders said “the rules are unfair”.", None),
    ("Sanders delegates said “the rules are unfair”.", None),
    ("The Jordanian government said “the camp is safe”.", None),
])
def test_affiliation_a_name_holds(text, affiliation):
    assert _first_speaker(text).affiliation == affiliation


@pytest.mark.parametrize("text,name,role", [
    # an age description is the person named in full just before
    ("Tom Hale joined Chelsea in May. The 27-year-old said he was “happy at the club”.", "Tom Hale", None),
    ("Ronnie Barker retired in 1987. The 74-year-old comedian said he was “very proud”.", "Ronnie Barker", "comedian"),
    # negative: the person named before has another age
    ("Police arrested Tom Ruiz, 45, on Monday. The 27-year-old said he was “happy”.", "The 27-year-old", None),
])
def test_age_descriptions(text, name, role):
    speaker = _first_speaker(text)
    assert (speaker.name, speaker.role) == (name, role)


@pytest.mark.parametrize("text,name,type_", [
    # a name the article writes only after "the" is a place or a thing: no "he" means it
    ("Marcel Desailly spoke on Monday. The French star played at the Nou Camp in 2000. “Things are different,” he told BBC Sport.",
     "Marcel Desailly", "person"),
    # film studios are organisations
    ("Paramount Pictures, the studio behind the film, said “it is a franchise”.", "Paramount Pictures", "organisation"),
])
def test_names_after_the_and_studios(text, name, type_):
    speaker = _first_speaker(text)
    assert (speaker.name, speaker.type.value) == (name, type_)


# session 6 (issue 22, roles): a person's quotes without a role take the one role their other quotes carry
def _quote(n: int, name: str, role: str | None, kind=None):
    from quotes.types import Quote, QuoteKind, Span, Speaker, SpeakerType

    mention = Span(0, len(name), name)
    speaker = Speaker(name, kind or SpeakerType.PERSON, mention, role=role)
    return Quote(id=f"q{n}", doc_id="d", kind=QuoteKind.DIRECT, spans=(Span(0, 1, "x"),), sentence=Span(0, 1, "x"), speakers=(speaker,))


@pytest.mark.parametrize("rows,expected", [
    ([("Sloncek", "administrator"), ("Sloncek", None)], ["administrator", "administrator"]),
    ([("Ann Lee", None), ("Ann Lee", "lawyer"), ("Ann Lee", "Lawyer")], ["lawyer", "lawyer", "Lawyer"]),
    # negatives: two different roles give none; another name's role is not hers; a group takes none
    ([("Ann Lee", "lawyer"), ("Ann Lee", "mayor"), ("Ann Lee", None)], ["lawyer", "mayor", None]),
    ([("Ann Lee", None), ("Tom Dunn", "lawyer")], [None, "lawyer"]),
])
def test_shared_roles(rows, expected):
    from quotes.extract.capacity import shared_roles

    quotes = [_quote(n, name, role) for n, (name, role) in enumerate(rows)]
    assert [q.speakers[0].role for q in shared_roles(quotes)] == expected


def test_shared_roles_leave_groups():
    from quotes.extract.capacity import shared_roles
    from quotes.types import SpeakerType

    quotes = [_quote(0, "officials", "officials", SpeakerType.GROUP), _quote(1, "officials", None, SpeakerType.GROUP)]
    assert [q.speakers[0].role for q in shared_roles(quotes)] == ["officials", None]
