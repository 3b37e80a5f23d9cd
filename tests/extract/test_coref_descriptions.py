"""Role descriptions ("the chancellor", "the home secretary") linked to the person the article
names with that role, and pronouns after a fronted clause. Invented articles, written for these
tests; each rule has negative cases, US political copy among them."""

from __future__ import annotations

import pytest

import quotes


def speakers_of(text: str) -> list[tuple[str, str | None, str | None]]:
    """(speaker, role, affiliation) of every attributed quote, in text order."""
    return [(q.speakers[0].name, q.speakers[0].role, q.speakers[0].affiliation) for q in quotes.extract(text, "case.txt") if q.speakers]


# (article, the quote's words, speaker, a word its role must hold or None for no role)
DESCRIPTION_CASES = [
    # a definite role description after the one person without a role: that person, given the role
    ("Gordon Brown has issued a rallying cry to the party faithful in Brighton.\n\n"
     "“We will win the next election,” the chancellor said.",
     "Gordon Brown", "chancellor"),
    ("Mara Ilves spent the week touring the northern towns.\n\n"
     "The director said the film would open in March.",
     "Mara Ilves", "director"),
    # a lead description names the one person the next sentence names
    ("Suspects could face house arrest under new measures outlined by the home secretary.\n\n"
     "Charles Cobb's planned orders mean anyone suspected could be tagged.\n\n"
     "Mr Cobb said the courts would keep control.",
     "Charles Cobb", "home secretary"),
    # a former holder of the office ("ex-Conservative chancellor") is not "the chancellor"
    ("Former chancellor Ken Clarke backed the plan last year.\n\n"
     "Gordon Brown told MPs the rules would change.\n\n"
     "The chancellor said the pact was too rigid.",
     "Gordon Brown", "chancellor"),
    # a surname never given in full, after an honorific, is the person all the same
    ("Mr. Obama toured the museum on Saturday.\n\n"
     "The president said the building was a triumph.",
     "Obama", "president"),
    # a Title Case run the rules took for a name ("Fear Factor") is a weaker candidate than a
    # person named with a given name
    ("Austin Pell is taking action against NBC over its programme Fear Factor.\n\n"
     "The legal assistant said NBC was sending the wrong message to viewers.",
     "Austin Pell", "legal assistant"),
    # a surname before the full name: the role holder is found at its first mention
    ("Mr Brown spoke in London on Monday.\n\n"
     "The chancellor said the pact was too rigid.\n\n"
     "Michael Fallon asked Mr Brown about the figures.\n\n"
     "But the chancellor said the figures were sound.\n\n"
     "Gordon Brown has held the post since 1997.",
     "Gordon Brown", "chancellor"),
    # the role is already someone's: the description is theirs, not the nearer roleless person's
    ("Treasury Secretary Ann Vale met Tom Ruiz on Monday.\n\n"
     "Tom Ruiz left early.\n\n"
     "The secretary said the deal was close.",
     "Ann Vale", "Secretary"),
    # a name set only after an organisation noun ("company Scott Free") is an organisation: it
    # shares no surname with the one person the sentence names
    ("Ridley Scott is set to direct the film.\n\n"
     "Film studio Fox bought the rights for Scott's company Scott Free to develop. "
     "The director said he was thrilled with the project.",
     "Ridley Scott", "director"),
]

# (article, the speaker that must NOT be given, as name) — the description stays unlinked
DESCRIPTION_NEGATIVE = [
    # an unnamed source: "the official" continues "a White House official", never Donald Trump
    ("Donald Trump spoke in Ohio on Monday. A White House official said the visit went well.\n\n"
     "The official said the president was pleased.",
     "Donald Trump"),
    # two people without a role: no guess between them
    ("Hillary Clinton met Bernie Sanders in Ohio.\n\n"
     "The senator said the talks had gone well.",
     "Bernie Sanders"),
    ("Hillary Clinton met Bernie Sanders in Ohio.\n\n"
     "The senator said the talks had gone well.",
     "Hillary Clinton"),
    # a surname two registered names share: whom it means is a guess
    ("Ridley Scott is set to direct the film.\n\n"
     "Film studio Fox bought the rights for Scott's company Scott Free to develop. "
     "The director said he was thrilled with the project.",
     "Scott Free"),
    # two people share the surname, neither set after an organisation noun: still a guess
    ("Ridley Scott is set to direct the film.\n\n"
     "Film studio Fox bought the rights for Scott and his brother Tony Scott to develop. "
     "The director said he was thrilled with the project.",
     "Ridley Scott"),
    # a shadow chancellor is not what "the chancellor" means
    ("Shadow chancellor Oliver Letwin attacked the plans.\n\n"
     "The chancellor said the cuts would hurt schools.",
     "Oliver Letwin"),
]


# (article, a role no row may carry): a role noun that only modifies another noun is no role
NOT_A_ROLE = [
    ("Gordon Brown spoke ahead of the forthcoming general election.\n\n“We will win,” he said.", "general"),
    ("Ana Ruiz studied the secretary general report on Monday.\n\n“It is thin,” she said.", "secretary"),
]


@pytest.mark.parametrize(("text", "role"), NOT_A_ROLE)
def test_role_noun_modifier_gives_no_role(text, role):
    rows = speakers_of(text)
    assert rows, "no attributed quote"
    assert all(role not in (r[1] or "") for r in rows), rows


# (article, speaker, role, affiliation): a description that opens its sentence, in words no role
# list holds, after a sentence whose subject is a person without a role, is that person
SUBJECT_CASES = [
    # a coordinated description after a fronted clause; the sentence before names Title Case runs too
    ("Eliza Marsh teased the Anniversary Tour during the band's set at the Ryman Auditorium.\n\n"
     "After hitting “Take It To the Streets,” the singer and guitarist told the audience, “that’s really good.”",
     "Eliza Marsh", "singer and guitarist", None),
    # a street's name ("Toulouse Street") is nobody without a role, though its last word is a surname
    ("Eliza Marsh played songs from Toulouse Street.\n\n"
     "After hitting a song, the singer and guitarist told the audience, “that’s really good.”",
     "Eliza Marsh", "singer and guitarist", None),
    # a capitalised premodifier is whom the person plays or works for
    ("Johnny Kerr is determined to make an impression on his debut for Ireland against Scotland.\n\n"
     "The Wasps flanker replaces Denis Lane but Kerr knows the fight is on. “It's a selection for the "
     "conditions,” said Kerr.",
     "Johnny Kerr", "flanker", "Wasps"),
    # a qualifier or an age before the capitalised premodifier
    ("Kelvin Mack sat on the panel with the other judges.\n\n"
     "The former Sun editor dispensed insults. “I care about myself,” said Mr Mack.",
     "Kelvin Mack", "former editor", "Sun"),
    ("Tom Ardle signed a new contract on Monday.\n\n"
     "The 24-year-old Wales midfielder has played 20 games this season. “I am happy,” said Ardle.",
     "Tom Ardle", "midfielder", "Wales"),
    # titles joined by "and", after a sentence-opening "And": the titles won are no employer
    ("Jade Jonson won the title. Jonson, who finished seventh in last year's Olympic Games, has not competed since 2000. "
     "And the Commonwealth and European silver medallist believes her confidence is low. “It is the stress,” said Jonson.",
     "Jade Jonson", "silver medallist", None),
]

# (article, the speaker that must NOT be given)
SUBJECT_NEGATIVE = [
    # the person named before is not the subject of the sentence before: no guess
    ("Donald Trump spoke in Ohio on Monday. He said that Hillary Clinton's experience was thin.\n\n"
     "The FBI director chastised Hillary Clinton for the server. “It was careless,” he said.",
     "Hillary Clinton"),
    ("On Monday police arrested Tom Ruiz near the station.\n\n"
     "The crooner said he had done nothing wrong.",  # an agent noun no role list holds
     "Tom Ruiz"),
    # a premodifier naming the subject describes someone else ("the Sanders supporter")
    ("Bernie Sanders spoke in Iowa on Monday.\n\n"
     "The Sanders supporter said the rally was packed.",
     "Bernie Sanders"),
    # a generic or kin noun is no role ("the victim", "the mother")
    ("Tom Ruiz was arrested on Monday.\n\n"
     "The victim said he was attacked outside the station.",
     "Tom Ruiz"),
    # the sentence before brings in two people by their given names: a guess
    ("Hillary Clinton met Bernie Sanders in Ohio.\n\n"
     "The singer said the talks had gone well.",
     "Hillary Clinton"),
    # a premodified description after an object named in the sentence before: a guess
    ("Donald Trump met Kelvin Mack in Ohio.\n\n"
     "The former Fox executive said the talks had gone well.",
     "Kelvin Mack"),
    # a party epithet stays its holder's only
    ("Lawyers for both Donald and Ivana Trump filed legal papers opposing the unsealing.\n\n"
     "The GOP presidential nominee argued that the files were off-limits.",
     "Ivana Trump"),
]


@pytest.mark.parametrize(("text", "speaker", "role", "affiliation"), SUBJECT_CASES)
def test_subject_description_names_the_subject_before(text, speaker, role, affiliation):
    rows = speakers_of(text)
    match = [r for r in rows if r[0] == speaker]
    assert match, f"{speaker!r} not among {rows!r}"
    assert all(r[1] == role for r in match), rows
    if affiliation:
        assert all(r[2] == affiliation for r in match), rows


@pytest.mark.parametrize(("text", "wrong"), SUBJECT_NEGATIVE)
def test_subject_description_is_not_a_guess(text, wrong):
    rows = speakers_of(text)
    assert rows, "no attributed quote"
    assert all(r[0] != wrong for r in rows), rows


@pytest.mark.parametrize(("text", "speaker", "role"), DESCRIPTION_CASES)
def test_role_description_names_the_person(text, speaker, role):
    rows = speakers_of(text)
    match = [r for r in rows if r[0] == speaker]
    assert match, f"{speaker!r} not among {rows!r}"
    assert all(role.lower() in (r[1] or "").lower() for r in match), rows


@pytest.mark.parametrize(("text", "wrong"), DESCRIPTION_NEGATIVE)
def test_role_description_is_not_a_guess(text, wrong):
    rows = speakers_of(text)
    assert rows, "no attributed quote"
    assert all(r[0] != wrong for r in rows), rows


# (article, the pronoun quote's speaker it must get)
FRONTED_CASES = [
    ("Treasury Secretary Ann Vale spoke on Monday.\n\n"
     "When Finance Minister Tomas Berg announced the deal last week, he said the banks had agreed.",
     "Tomas Berg"),
    ("Senator Joan Hale spoke in Iowa.\n\n"
     "After Donald Trump left the stage, he told reporters that the polls were wrong.",
     "Donald Trump"),
]

# (article, the speaker the pronoun must NOT get): gender disagrees, or the clause names two people
FRONTED_NEGATIVE = [
    ("Tom Ruiz spoke on Monday.\n\nWhen Hillary Clinton arrived in Ohio, he said the rally was over.", "Hillary Clinton"),
    ("Tom Ruiz spoke on Monday.\n\nWhen Bernie Sanders met Joe Biden in Ohio, he said the talks had failed.", "Bernie Sanders"),
]


@pytest.mark.parametrize(("text", "speaker"), FRONTED_CASES)
def test_pronoun_after_fronted_clause_is_its_subject(text, speaker):
    rows = speakers_of(text)
    assert rows and rows[-1][0] == speaker, rows


@pytest.mark.parametrize(("text", "wrong"), FRONTED_NEGATIVE)
def test_pronoun_after_fronted_clause_no_guess(text, wrong):
    rows = speakers_of(text)
    assert rows, "no attributed quote"
    assert rows[-1][0] != wrong, rows


# (article, speaker of the lead's quote): an indefinite description that opens the article is
# the one new person the next sentence names as its subject
LEAD_CASES = [
    ("A close associate of former Yukos boss Mikhail Khodorkovsky has told a court that the charges are false.\n\n"
     "Platon Lebedev has been on trial alongside Mr Khodorkovsky since July.",
     "Platon Lebedev"),
]

# (article, the speaker the lead's quote must NOT get): an unnamed source stays unnamed; the
# name inside the description, or one the lead names, is not who it is
LEAD_NEGATIVE = [
    ("A senior White House official said the talks had failed.\n\nDonald Trump left for Florida on Friday.", "Donald Trump"),
    # the next sentence's subject already has a role of their own: someone else
    ("A close associate of the senator said the campaign was tired.\n\nSenator Joan Hale denied it on Friday.", "Joan Hale"),
]


@pytest.mark.parametrize(("text", "speaker"), LEAD_CASES)
def test_lead_description_is_the_next_subject(text, speaker):
    rows = speakers_of(text)
    assert rows and rows[0][0] == speaker, rows


@pytest.mark.parametrize(("text", "wrong"), LEAD_NEGATIVE)
def test_lead_description_no_guess(text, wrong):
    rows = speakers_of(text)
    assert rows, "no attributed quote"
    assert rows[0][0] != wrong, rows
