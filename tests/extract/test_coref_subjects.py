"""Whom a later pronoun, description or unnamed source means: the sentence's subject, the
organisation an anaphor names, the issuer of a statement. Invented articles, written for these
tests; each rule has negative cases."""

from __future__ import annotations

import pytest

import quotes


def speakers_of(text: str) -> list[tuple[str, str | None, str]]:
    """(speaker, role, type) of every attributed quote, in text order."""
    return [(q.speakers[0].name, q.speakers[0].role, q.speakers[0].type.value)
            for q in quotes.extract(text, "case.txt") if q.speakers]


# (article, speaker of the last quote): the subject of the sentence before is the first person
# it names or describes; a bare capitalised word ("Gateshead's") is too weak to be that subject
SUBJECT_CASES = [
    ("Gordon Brown has issued a rallying cry.\n\n"
     "To a packed audience at Gateshead's Sage Centre, the chancellor said the cuts proposed by "
     "shadow chancellor Oliver Letwin were reckless. Laying into the record he said: “Never again.”",
     "Gordon Brown"),
    # a person named in full before the description stays the subject
    ("Gordon Brown has issued a rallying cry.\n\n"
     "At the conference, Oliver Letwin said the chancellor was wrong. Later he said: “Never again.”",
     "Oliver Letwin"),
    # a sentence whose subject is "he" is about the person "he" means, not the first name after it
    ("Tom Hale is to launch a new label. He pointed out that Franz Ferdinand and Jack White were "
     "signed to indies. “I think that is a reflection of how useful the indie philosophy is,” he said.",
     "Tom Hale"),
    ("Ann Lee met the band. But she said Tom Hale was wrong. “It is over,” she said.", "Ann Lee"),
    # negative: a name before the pronoun is the subject ("Tom Hale said he …")
    ("Ann Lee met the band. Later Tom Hale said he was ready. “It is over,” he said.", "Tom Hale"),
    # negative: "his" is no subject ("His label signed Jack White")
    ("Tom Hale is to launch a new label. His manager Jack White said the deal was done. "
     "“It is over,” he said.", "Jack White"),
]


@pytest.mark.parametrize(("text", "speaker"), SUBJECT_CASES)
def test_pronoun_takes_the_first_person_named_or_described(text, speaker):
    rows = speakers_of(text)
    assert rows and rows[-1][0] == speaker, rows


# (article, speaker of the last quote): an organisation description means the organisation whose
# name holds its noun, the one the article set beside it, a lone brand for "the company", else the
# one organisation the sentence before names whose name is no description
ORG_CASES = [
    ("The European Space Agency says hibernation could help.\n\n"
     "The agency said Monday that its researchers examined the design of a mission.",
     "European Space Agency"),
    ("Next Friday's strike action by the PCS is the biggest since 1993. "
     "The union says it is concerned about pensions and sick pay.",
     "PCS"),
    ("“We remain sceptical of a quick recovery,” said Kotak Institutional Equities.\n\n"
     "An extended slowdown could hurt demand, the brokerage said.",
     "Kotak Institutional Equities"),
    ("Maintenance workers will lose their jobs, according to a group of employees. The group, "
     "Tenant Workers Coalition, formed in recent weeks.\n\n"
     "The group announced that the landlord had reached an agreement with JLL.\n\n"
     "The group said on Twitter that the contract had confused employees.",
     "Tenant Workers Coalition"),
    ("Zorbify first introduced business accounts in 2016. There are now 140 million businesses "
     "across Zorbify’s platforms, according to the company.",
     "Zorbify"),
    # "the agency": a public body named by its initials as well as a news agency, whichever came last
    ("The doctors told NBC News that they would help. In August, CBP announced that it would not "
     "vaccinate families. At the time, the agency said in a statement that stays were short.",
     "CBP"),
    ("The FDA approved the drug. The trial was criticised, Reuters reported. The agency said the "
     "trial was sound.",
     "Reuters"),
]

# (article, the speaker the last quote must NOT get)
ORG_NEGATIVE = [
    # two sentences back is a guess
    ("The ad then references FBI criticism of the senator. It also mentions her policies.\n\n"
     "The campaign says the ad will air nationally.",
     "FBI"),
    # a modifier says whose campaign it is
    ("The GOP met in Ohio. The Clinton campaign said the ad would air nationally.", "GOP"),
    # only ever opening a sentence: no organisation's name
    ("Unsurprisingly, opening an account is a gateway to ads. The company said the accounts were growing.",
     "Unsurprisingly"),
]


@pytest.mark.parametrize(("text", "speaker"), ORG_CASES)
def test_organisation_description_names_the_organisation(text, speaker):
    rows = speakers_of(text)
    assert rows and rows[-1][0] == speaker, rows


@pytest.mark.parametrize(("text", "wrong"), ORG_NEGATIVE)
def test_organisation_description_no_guess(text, wrong):
    rows = speakers_of(text)
    assert rows, "no attributed quote"
    assert rows[-1][0] != wrong, rows


# (word, article, type): a lone name is a person when a he or she follows a sentence it is the subject of
LONE_TYPE_CASES = [
    ("Zorbify", "Minga switched to a professional Zorbify account. He learned that 75 people view it.", "organisation"),
    ("Vantrell", "“It was a mistake,” Vantrell said. She left early.", "person"),
    ("Vantrell", "Vantrell runs the shop. He left early.", "person"),
]


@pytest.mark.parametrize(("word", "text", "kind"), LONE_TYPE_CASES)
def test_lone_name_is_a_person_only_as_a_subject(word, text, kind):
    from quotes.extract.coref import lone_name_type
    assert lone_name_type(word, text).value == kind


# (article, speaker of the last quote): a relative clause's cue speaks for its antecedent
RELATIVE_CASES = [
    # a name before "which" is the antecedent, not a noun's modifier
    ("Sales fell in May. The figures come hot on the heels of new data from property website "
     "Zorbify which suggested owners must indulge in a “winter sale” and slash prices.",
     "Zorbify"),
    # no name before "who": the antecedent's own words
    ("One e-mail sent out in early January came from someone who claimed that he had lost his "
     "parents in the disaster.",
     "someone"),
    # a name before "who" stays the antecedent
    ("Ana Ruiz, who runs the shop, said that the rent had doubled.", "Ana Ruiz"),
]


@pytest.mark.parametrize(("text", "speaker"), RELATIVE_CASES)
def test_relative_clause_speaks_for_its_antecedent(text, speaker):
    rows = speakers_of(text)
    assert rows and rows[-1][0] == speaker, rows


# (article, speaker of the first quote): a pronoun before anyone is named (an article whose first
# lines were cut) means the first person its paragraph names after it
CATAPHOR_CASES = [
    ("Budget rules 'will not stop spending'\n\n"
     "But he denied that he was ruling out membership of the euro. Mr Brown said that it was vital "
     "to invest. Gordon Brown spoke to MPs.",
     "Gordon Brown"),
]

# (article, the speaker the first quote must NOT get)
CATAPHOR_NEGATIVE = [
    # the gender disagrees
    ("But she denied that the plan had failed. Gordon Brown said that it was vital to invest.", "Gordon Brown"),
    # the name is in the next paragraph: no guess
    ("But he denied that the plan had failed.\n\nGordon Brown said that it was vital to invest.", "Gordon Brown"),
    # someone is named before the pronoun, in its own sentence: not a cataphor
    ("Retired Gen. Norman Ham is speaking out about why he believes nominee Donald Trump has the best plan.",
     "Donald Trump"),
]


@pytest.mark.parametrize(("text", "speaker"), CATAPHOR_CASES)
def test_pronoun_before_any_name_is_the_next_person(text, speaker):
    rows = speakers_of(text)
    assert rows and rows[0][0] == speaker, rows


@pytest.mark.parametrize(("text", "wrong"), CATAPHOR_NEGATIVE)
def test_pronoun_before_any_name_no_guess(text, wrong):
    rows = speakers_of(text)
    assert rows and rows[0][0] != wrong, rows


# (article, speaker of the first quote): a title the article gives before a person's name
# elsewhere, standing alone, is that person
TITLE_CASES = [
    ("Ruritania’s ambassador to Britain accused the UK of meddling and warned that the government "
     "“will not sit on our hands”.\n\n"
     "Ruritania’s ambassador to Britain Tomas Berg has said that the army could end the unrest.",
     "Tomas Berg"),
]

# (article, the speaker the first quote must NOT get)
TITLE_NEGATIVE = [
    # the same title before another name is that other person's
    ("Acme’s chief executive officer Tom Ruiz left in May.\n\n"
     "Acme’s chief executive officer Ana Vale said that “profits will rise”.",
     "Tom Ruiz"),
]


@pytest.mark.parametrize(("text", "speaker"), TITLE_CASES)
def test_title_alone_is_its_holder(text, speaker):
    rows = speakers_of(text)
    assert rows and rows[0][0] == speaker, rows


@pytest.mark.parametrize(("text", "wrong"), TITLE_NEGATIVE)
def test_title_alone_no_guess(text, wrong):
    rows = [r for r in speakers_of(text) if r[0] != "Acme"]
    assert rows and rows[-1][0] != wrong, rows


# (description, type) — a description no one names is typed by its head noun; None: the words say nothing
HEAD_TYPE_CASES = [
    ("A person familiar with the matter", "person"),
    ("multiple people familiar with the matter", "group"),
    ("an insurgent source", "person"),
    ("the patient", "person"),
    ("someone", "person"),
    ("the city’s police", "organisation"),
    ("people", "group"),
    # negatives: a document, a quantity, a thing
    ("the statement", None),
    ("some", None),
    ("a review of records", None),
    ("Those and even older returns", None),
]


@pytest.mark.parametrize(("words", "kind"), HEAD_TYPE_CASES)
def test_description_type_by_head(words, kind):
    from quotes.extract.learned import _head_type
    found = _head_type(words)
    assert (found.value if found else None) == kind


def test_unnamed_source_is_typed_a_person():
    rows = speakers_of("A person familiar with the matter said that the deal was close to being signed.")
    assert rows and rows[-1][2] == "person", rows


IT_CASES = [
    # "it" as a source: the organisation named last before it, as its subject
    ("The European Commission has fined the company. It said the fine was \"proportionate\" and would be paid.",
     "European Commission"),
    ("The Countryside Alliance opposes the ban. It says the law is unworkable and will fail in the courts.",
     "Countryside Alliance"),
    # negatives: a report, plan or video between them is the "it"; an organisation after a preposition
    ("The Countryside Alliance published a report on Monday. It says the law is unworkable and will fail.", None),
    ("Lawyers released the video to The Washington Post on Friday. It shows an officer aiming a gun at the man.", None),
]


@pytest.mark.parametrize(("text", "speaker"), IT_CASES)
def test_it_speaking_is_the_organisation_named_before(text, speaker):
    from quotes.api import extract

    names = [s.name for q in extract(text) for s in q.speakers]
    if speaker is None:
        assert all(n.lower() != "countryside alliance" and "post" not in n.lower() for n in names), names
    else:
        assert speaker in names


# "the pair", "the two" standing alone name the last two people named together
@pytest.mark.parametrize(("text", "speaker"), [
    ("Platon Lebedev has been on trial alongside Mikhail Khodorkovsky since June. The pair claim they "
     "are being punished for the ambitions of Mr Khodorkovsky.", "Platon Lebedev and Mikhail Khodorkovsky"),
    ("Tom Hale and Ann Lee met on Monday. The two said they had agreed a deal.", "Tom Hale and Ann Lee"),
    # negative: a noun after it ("the pair of shoes") is no reference to two people
    ("Tom Hale and Ann Lee met on Monday. The pair of shoes said to be theirs was sold, officials said.", "officials"),
])
def test_a_pair_standing_alone(text, speaker):
    rows = speakers_of(text)
    assert rows and rows[-1][0] == speaker, rows


# a lone name ending in "s" is a group ("Millennials") unless it speaks of itself as "it" or "which"
@pytest.mark.parametrize(("text", "kind"), [
    ("Yukos has been fighting the tax bill. Yukos said it would appeal against the ruling.", "organisation"),
    ("Yukos said its shares would fall.", "organisation"),
    ("Yukos, which owns the field, said the bill was unfair.", "organisation"),
    # negative: an impersonal "it" says nothing of the speaker
    ("The Millennials said it was unfair.", "group"),
    ("Millennials said the rent was too high.", "group"),
])
def test_a_plural_looking_name_that_says_it_is_an_organisation(text, kind):
    rows = speakers_of(text)
    assert rows and rows[0][2] == kind, rows


# "they" is the group that opened the sentence right before, in its paragraph
@pytest.mark.parametrize(("text", "speaker"), [
    ("Critics say the law would favour large companies. They say it could hurt open source.", "critics"),
    ("Although malfunctions remain common, data recovery experts say human error is to blame. They say "
     "that users panic.", "experts"),
    # negative: a group that is no subject (an object, a fronted clause's) is nobody's "they"
    ("After meeting the critics, Tom Hale said the club was fine. They said the club was in trouble.", "They"),
    # negative: another paragraph
    ("Critics say the law would favour large companies.\n\nThey say it could hurt open source.", "They"),
])
def test_they_is_the_group_opening_the_sentence_before(text, speaker):
    rows = speakers_of(text)
    assert rows and rows[-1][0] == speaker, rows
