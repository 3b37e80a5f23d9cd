"""Whom a pronoun, description or document means when the article's copy names it another way: an
unnamed source a "he" goes on with. Invented articles, written for these tests; each rule has
negative cases."""

from __future__ import annotations

import pytest

import quotes


def speakers_of(text: str) -> list[tuple[str, str | None, str]]:
    """(speaker, role, type) of every attributed quote, in text order."""
    return [(q.speakers[0].name, q.speakers[0].role, q.speakers[0].type.value)
            for q in quotes.extract(text, "case.txt") if q.speakers]


# (article, role the last quote's speaker holds, name it must not have): a "he" or "she" right after
# an unnamed source spoke is that source, not a person named before it
UNNAMED_CASES = [
    ("Peter Hain said the rules were clear.\n\n"
     "A Labour Party spokesman told the BBC the party avoided those lists. But that did not happen "
     "for some calls. “When we ask which party they will vote for, that is not marketing,” he said.",
     "spokesman", "Peter Hain"),
    ("Susan Wojcicki, a Google vice president, said the plan was good.\n\n"
     "Harvard is limiting its participation. A spokeswoman for Oxford University said the books "
     "would include novels. “Important works will be made available to everyone,” she said.",
     "spokeswoman", "Susan Wojcicki"),
]

# (article, speaker of the last quote): a person named after the unnamed source is the "he"
UNNAMED_NEGATIVE = [
    ("A Labour Party spokesman said the party avoided those lists. Later Peter Hain said the rules "
     "were clear. “It is not marketing,” he said.",
     "Peter Hain"),
    ("A Labour Party spokesman said the party avoided those lists.\n\n"
     "Peter Hain, the party chairman, disagreed. “It is marketing,” he said.",
     "Peter Hain"),
    # a description of someone named ("the 74-year-old comedian") is no unnamed source
    ("Tom Hale criticised quiz shows. “It is just laughing,” said the 74-year-old comedian. Last week "
     "actor Jim Cole criticised TV for being too safe. “We must be careful,” he said.",
     "Jim Cole"),
]


@pytest.mark.parametrize(("text", "role", "wrong"), UNNAMED_CASES)
def test_pronoun_after_an_unnamed_source_is_that_source(text, role, wrong):
    rows = speakers_of(text)
    assert rows and rows[-1][0] != wrong and rows[-1][1] == role, rows


@pytest.mark.parametrize(("text", "speaker"), UNNAMED_NEGATIVE)
def test_pronoun_after_an_unnamed_source_not_over_a_later_name(text, speaker):
    rows = speakers_of(text)
    assert rows and rows[-1][0] == speaker, rows
