"""An employer named by its kind (extract/kinds.py): "agency officials", "from the company", "a spokeswoman
for the … bank", "a member of the group" speak for the organisation the article itself says is of that
kind. Invented sentences through the real pipeline; positive and negative rows, US-politics counter-examples
among them."""

from __future__ import annotations

import pytest

from tests.helpers.extraction import speaker_at


def _affiliation(text: str, words: str) -> str | None:
    return speaker_at(text, words).affiliation


@pytest.mark.parametrize("text,words,affiliation", [
    # the name written right after the kind noun
    ("The stand was built by trade magazine Gadget Weekly. “We wanted a real living room,” said Anna Berg "
     "from the magazine.", "We wanted", "Gadget Weekly"),
    ("The nurses, members of a new group Nurses for Safe Wards, wrote to ministers. “This is how outbreaks "
     "begin,” Maria Lopez, a member of the group and a signatory, told reporters.", "This is how", "Nurses for Safe Wards"),
    # the kind a word of the name itself
    ("The Bank of Ruritania has lost tapes holding customer records. Accounts are being watched and customers "
     "would be told of any theft, bank officials said.", "Accounts are", "Bank of Ruritania"),
    ("The Bank of Ruritania has lost tapes. “We are sorry,” Jane Ode, a spokeswoman for the Leeds-based bank, "
     "told reporters.", "We are sorry", "Bank of Ruritania"),
    # the body of that kind the source's own sentence names, before another the article names
    ("Commercial Bank director Al Gomes spoke on Monday. In the south, many customers of the state-owned "
     "Farmers' Bank were affected, bank officials said.", "many customers", "Farmers' Bank"),
    # the organisation opening the source's own sentence
    ("RSA plans to spend $2bn on its Lunar contracts by 2028, agency officials said.", "RSA plans",
     "RSA"),
    # the story's organisation, which the article calls "the company" where it names it
    ("Shares of retailer Home Haven fell after the company cut its forecast. Home Haven earned $2 a share. "
     "The results look fine. Company management said growth next year will be 3.5%.", "growth next year",
     "Home Haven"),
])
def test_kind_names_the_body(text, words, affiliation):
    assert _affiliation(text, words) == affiliation


@pytest.mark.parametrize("text,words", [
    # a government's or a campaign's side names no one body
    ("The White House met Senate leaders. The deal is off, administration officials said.", "The deal is off"),
    ("Senator Jones met donors in Iowa. The ads will run in March, campaign officials said.", "The ads will run"),
    # an organisation inside the sentence that does not open it is no subject of it
    ("Acme has struck a deal with its unions, according to the Labor Department, ending a strike that company "
     "executives said could hurt earnings.", "could hurt earnings"),
    # a state named as a union is no union
    ("The European Union set new rules for steel. Jobs will go, Ann Fry from the union said.", "Jobs will go"),
    # two bodies of the kind: which one is not said
    ("Bank of Ruritania and Bank of Freedonia lost tapes. Customers would be told, bank officials said.",
     "Customers would"),
    # a story's organisation the article never calls by that kind
    ("Acme Corporation cut 300 jobs. Acme Corporation is big. The town is angry. “The cuts were painful,” "
     "a spokesperson for the union said.", "The cuts were"),
    # an affiliation already stated stays
    ("Orbitex plans to spend $2bn, said Ann Lee, a spokeswoman for Globex, from the company.", "Orbitex plans"),
])
def test_kind_names_no_body(text, words):
    affiliation = _affiliation(text, words)
    assert affiliation in (None, "Globex"), affiliation
