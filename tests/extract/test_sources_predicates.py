"""Affiliations the article states about a named person in a clause or a predicate, not in a title before
the name (issue 22: who said it, in what capacity): a relative clause after an appositive's role noun, a
relative clause of office ("who heads …"), a predicate of its own sentence ("Mr Lebedev headed the Menatep
group."). Invented sentences; each rule has negative rows (a person, a place, a possessor, a clause about
someone else)."""

from __future__ import annotations

import pytest

import quotes
from quotes.extract.document import read_document
from quotes.types import MentionKind


def _facts(text: str, name: str) -> tuple[str | None, str | None]:
    """The role and the affiliation the article's mentions of ``name`` give, the first of each (as
    coreference's registry keeps them)."""
    doc = read_document(text, "case.txt")
    found = [m for ms in doc.mentions for m in ms if m.kind == MentionKind.PERSON and m.name.split()[-1] == name.split()[-1]]
    assert found, f"no mention of {name!r} in {text!r}"
    return next((m.role for m in found if m.role), None), next((m.affiliation for m in found if m.affiliation), None)


def _check(text: str, name: str, role: str | None, affiliation: str | None) -> None:
    got_role, got_affiliation = _facts(text, name)
    if role is not None:
        assert got_role and got_role.lower() == role.lower()
    assert got_affiliation == affiliation


# an appositive's role noun, then "who" and a clause of office: the clause's organisation employs the role
ROLE_RELATIVE_CASES = [
    ("Tina Vale, the music mogul who established the influential Nightjar Records in the 1980s, is back. "
     "“It is great,” Vale said.", "Tina Vale", "music mogul", "Nightjar Records"),
    ("Omar Reyes, an economist who is the director of the Harbor Economic Forecast, said “jobs will go.”",
     "Omar Reyes", "economist", "Harbor Economic Forecast"),
    ("Ted Marsh, a veteran newspaper editor who teaches journalism at the University of Idaho, said “facts matter.”",
     "Ted Marsh", "veteran newspaper editor", "University of Idaho"),
    # negatives: the clause is about a person, or the role already names its employer, or the verb states
    # no office and the object is no organisation, or the clause is about the "of" phrase's noun
    ("Jorge Ruiz, a former foreign minister who is a harsh critic of Mr. Peña Nieto, said “we must act.”",
     "Jorge Ruiz", "former foreign minister", None),
    ("Paul Pillar, a former C.I.A. analyst who teaches at Georgetown University, said “it is wrong.”",
     "Paul Pillar", None, "C.I.A."),
    ("Stan Green, a former pollster who recently conducted focus groups with African-American voters, said “it is close.”",
     "Stan Green", "former pollster", None),
    ("Tom Webb, the son of a man who founded Acme Corp, said “it is mine.”", "Tom Webb", None, None),
]


@pytest.mark.parametrize("text,name,role,affiliation", ROLE_RELATIVE_CASES)
def test_a_relative_clause_after_the_role_names_the_employer(text, name, role, affiliation):
    _check(text, name, role, affiliation)


# "who heads …", "who runs …", "who co-founded …": the office and the organisation, whatever its name's shape,
# never a person ("who leads Trump in the polls") nor a place
OFFICE_CLAUSE_CASES = [
    ("“We will win,” said Kate Parr, who runs Our Principles.", "Kate Parr", "head", "Our Principles"),
    ("“We will win,” said Dora Huerta, who co-founded the United Farm Workers.", "Dora Huerta", "co-founder", "United Farm Workers"),
    ("“Taxes are too high,” said Jason Firman, who leads Mr. Obama’s Council of Economic Advisers.",
     "Jason Firman", "leader", "Council of Economic Advisers"),
    ("“We are ready,” said Chris Cole, who runs the NRA’s lobbying arm.", "Chris Cole", "head", "NRA"),
    ("“We win,” said Ann Lee, who joined Acme Foods from Globex Corp.", "Ann Lee", None, "Acme Foods"),
    ("“We win,” said Ann Lee, who is signed to Parlophone Records.", "Ann Lee", None, "Parlophone Records"),
    ("“We win,” said Jon Dell, who worked for Trump for three years.", "Jon Dell", None, "Trump"),
    ("“We win,” said Ed Shultz, who works directly for RT.", "Ed Shultz", None, "RT"),
    # negatives
    ("“We win,” said Ann Lee, who joined Trump on stage.", "Ann Lee", None, None),
    ("“We win,” said Jon Dell, who worked with Ms. Brainard in the Obama administration.", "Jon Dell", None, None),
    ("“We win,” said Ed Snow, who worked with The Washington Post to expose it.", "Ed Snow", None, None),
    ("“We are ahead,” said Ben Carver, who leads Trump in the polls.", "Ben Carver", None, None),
    ("“We are ahead,” said Ben Carver, who leads Bernie Sanders by five points.", "Ben Carver", None, None),
    ("“We are ahead,” said Ben Carver, who leads in the polls in Iowa.", "Ben Carver", None, None),
]


@pytest.mark.parametrize("text,name,role,affiliation", OFFICE_CLAUSE_CASES)
def test_a_relative_clause_of_office(text, name, role, affiliation):
    _check(text, name, role, affiliation)


# a predicate of its own sentence, the person its subject: the affiliation only (a role stated there would
# keep coreference from giving the person a role description of the lead: "A close associate of …")
PREDICATE_CASES = [
    ("Platon Lebrov is on trial. Mr Lebrov headed the Menatep group, the parent company of Yukos. "
     "“It is absurd,” Mr Lebrov said.", "Platon Lebrov", None, "Menatep group"),
    ("Jane Roe is chief executive of Acme Corp. “Sales are up,” Ms Roe said.", "Jane Roe", None, "Acme Corp"),
    ("Philip Dunn was head of the referees for the Premier League. “Clubs knew,” Dunn said.",
     "Philip Dunn", None, "Premier League"),
    ("Johnny Byrne plays for Wasps. “I am ready,” Byrne said.", "Johnny Byrne", None, "Wasps"),
    ("Ann Lee is signed to Parlophone. “We win,” Lee said.", "Ann Lee", None, "Parlophone"),
    ("Paul Mara then founded DMP International, a business firm. “It grew,” Mara said.", "Paul Mara", None, "DMP International"),
    ("Morton Black founded the Leadership Institute in 1979. “We train,” Black said.", "Morton Black", None, "Leadership Institute"),
    # negatives: no office, a person, a place, a name modifying a noun, a clause about someone else, a
    # predicate that is no role noun phrase
    ("John Kasich is assuring voters he is tough in Worcester. “I am tough,” Kasich said.", "John Kasich", None, None),
    ("Bernie Sanders was projected as the winner of Wisconsin's Democratic primary. “We won,” Sanders said.",
     "Bernie Sanders", None, None),
    ("Hillary Clinton headed Bernie Sanders in Iowa. “We won,” Clinton said.", "Hillary Clinton", None, None),
    ("Dan Toll played for Ireland's sake. “We won,” Toll said.", "Dan Toll", None, None),
    ("Ana Reyes is a resident of Ohio. “We won,” Reyes said.", "Ana Reyes", None, None),
    ("Marine Leclerc is a candidate in April's election. “We will win,” Leclerc said.", "Marine Leclerc", None, None),
    ("Critics say Tom Hale headed the Menatep group. “It is false,” Hale said.", "Tom Hale", None, None),
    ("Tom Hale joined the protest. “It is false,” Hale said.", "Tom Hale", None, None),
]


@pytest.mark.parametrize("text,name,role,affiliation", PREDICATE_CASES)
def test_a_predicate_of_its_own_sentence_names_the_employer(text, name, role, affiliation):
    _check(text, name, role, affiliation)


def test_the_predicates_affiliation_reaches_the_speaker():
    text = ("Platon Lebrov is on trial. Mr Lebrov headed the Menatep group, the parent company of Yukos. "
            "“It is absurd,” Mr Lebrov said.")
    speakers = [s for q in quotes.extract(text, "case.txt") for s in q.speakers]
    assert [(s.name, s.affiliation) for s in speakers] == [("Platon Lebrov", "Menatep group")]


# a party label or a demonym inside a role: the party, the country (as the gold writes it, "Netherlands")
LABEL_CASES = [
    ("They heard the newest 2020 Democratic presidential hopeful, Deval Pace, would come. “I am here,” Pace said.",
     "Deval Pace", "presidential hopeful", "Democratic Party"),
    ("The Dutch sports minister, Clara Ross, said “he was the man.”", "Clara Ross", "sports minister", "Netherlands"),
    ("Dutch sports minister Clara Ross said: “He was the man.”", "Clara Ross", "sports minister", "Netherlands"),
    ("Jorge Ruiz, a former Mexican foreign minister, said “we must act.”", "Jorge Ruiz", "former foreign minister", "Mexico"),
    ("Russian President Vladimir Putin said “we must act.”", "Vladimir Putin", "President", "Russia"),
    # a UK nation's demonym serves that nation, as the gold writes it (Wales); a surname "Welsh" names no country
    ("Welsh Health Minister Jane Hutt said “no patient will wait a year.”", "Jane Hutt", "Health Minister", "Wales"),
    # a capital before a city's office is the city; before a national office it stands for the country
    ("London mayor Ken Livingstone said “I will not apologise.”", "Ken Livingstone", "mayor", "London"),
    ("Moscow spokesman Ivan Petrov said “we will not apologise.”", "Ivan Petrov", "spokesman", "Russia"),
    ("The writer Irvine Welsh said “the book is my best.”", "Irvine Welsh", None, None),
    # negatives: no determiner before the label, a label before no role noun, a possessor's demonym-like name
    ("He told Democratic voters, Deval Pace said, “I am here.”", "Deval Pace", None, None),
    ("The Democratic crowd, Deval Pace said, was “warm.”", "Deval Pace", None, None),
    ("Despite doubting the Republican majority leader, Ted Cole said “we can work together.”", "Ted Cole", None, None),
]


@pytest.mark.parametrize("text,name,role,affiliation", LABEL_CASES)
def test_a_label_inside_the_role_is_the_affiliation(text, name, role, affiliation):
    _check(text, name, role, affiliation)
