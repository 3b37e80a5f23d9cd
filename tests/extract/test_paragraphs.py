"""quotes.extract.paragraphs: paragraphs, headlines and page furniture, and article text that only looks like it."""

from __future__ import annotations

import pytest

import quotes
from quotes.extract.paragraphs import boilerplate_reason, split_paragraphs
from quotes.types import QuoteKind
from tests.helpers.extraction import _rows


@pytest.mark.parametrize(
    "boilerplate",
    [
        "FILE - President Ruiz speaks at the summit, “a historic day,” in Lima, May 3, 2023. (AP Photo/AFP)",
        "scroll to top",
        "Share.",
        "A crowd gathers at the “peace” rally in the capital. (VOA)A crowd gathers at the “peace” rally in the capital. (VOA)",
    ],
)
def test_boilerplate_gives_no_quotes(boilerplate):
    text = f"“Talks resume Monday,” Ana Silva said.\n\n{boilerplate}\n\nThe meeting ended early."
    qs = quotes.extract(text, "case.txt")
    assert [q.spans[0].text for q in qs] == ["Talks resume Monday,"]


@pytest.mark.parametrize("headline, is_one", [
    ("Senator Grills Bank Chief: ‘You Should Resign Today.’", True),
    ("Mayor Says City Will Rebuild the Old Bridge by Spring.", True),
    ("Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow.", False),
    ("The council voted on Tuesday to close the library.", False),
])
def test_title_case_headlines(headline, is_one):
    from quotes.extract.paragraphs import is_title_case
    assert is_title_case(headline.split()) is is_one


def test_a_headline_names_nobody():
    text = ("Dana Cole Slams Budget Office Over Missing Funds\n\n"
            "Senator Dana Cole questioned the director on Tuesday.\n\n"
            "“This just isn’t right,” Cole said.")
    (q,) = [q for q in _rows(text) if q.kind == QuoteKind.DIRECT]
    assert q.speaker.name == "Dana Cole"


def test_a_sentence_naming_getty_images_is_article_text():
    text = '"The merger is good for photographers," said Craig Peters, chief executive of Getty Images.'
    assert boilerplate_reason(text) is None
    assert boilerplate_reason('"Yes," said Ann Lee. "Yes," said Ann Lee.') is None
    assert boilerplate_reason("Xi Jinping in Beijing on Monday. Photograph: Reuters") == "image credit"
    assert boilerplate_reason("Protesters in Kyiv (Photo by Jane Roe/AFP) Protesters in Kyiv (Photo by Jane Roe/AFP)")


def test_an_article_without_breaks_mentioning_afp_keeps_its_paragraph():
    text = " ".join(["“Talks go on,” the minister said (Reuters/AFP)."] + ["The talks went on all night."] * 30)
    assert boilerplate_reason("Talks in Lima (Photo by Jane Roe/AFP) " + "The talks went on all night. " * 30) is None
    assert [p.boilerplate for p in split_paragraphs(text)] == [None]
