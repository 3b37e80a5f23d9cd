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
]


@pytest.mark.parametrize("text,words,name,role,affiliation", PERSON_SERVED)
def test_person_served_is_the_affiliation(text, words, name, role, affiliation):
    _check(text, words, name, role, affiliation)
