"""Who "he"/"she" and a lone surname are (issue 22, session 7): a person a clause opens with whom coref
cannot name ("The minister was asked …") is still the subject a later "he" goes back to, so it never
skips over it to a name before it."""

from __future__ import annotations

import pytest

from quotes.api import extract


def _speaker_of(text: str, words: str) -> str | None:
    """The first speaker of the quote whose text starts with ``words``."""
    for q in extract(text):
        if q.spans[0].text.startswith(words):
            return q.speakers[0].name if q.speakers else None
    raise AssertionError(f"no quote starts with {words!r}")


UNNAMED_SUBJECTS = [
    # "The minister was asked …" opens the paragraph's last sentence: "he" is not the film maker before it
    ('TV presenter Anne Robinson said he was "rather dashing".\n\nDocumentary maker Tom Hale was given access to '
     'Mr Brown for his film portrait. The minister was asked to respond to his critics.\n\nHe replies: "What is the '
     'inference of that?"', "What is the inference", "Brown"),
    ('Documentary maker Tom Hale was given access to Mr Brown for his film portrait. And the minister was asked '
     'to respond to his critics.\n\nHe replies: "What is the inference of that?"', "What is the inference", "Brown"),
    # negatives: the paragraph's subject stays when no description opens a later clause of it
    ('TV presenter Anne Robinson said he was "rather dashing".\n\nDocumentary maker Tom Hale was given access to '
     'Mr Brown for his film portrait.\n\nHe replies: "What is the inference of that?"', "What is the inference",
     "Tom Hale"),
    # ... nor a description set before the name it describes, nor one inside a fronted clause
    ('Tashfeen Malik posted online. On Wednesday, however, the director of the Federal Bureau of Investigation, '
     'James B. Comey, said that messages by Ms. Malik were private. His remarks indicated that the comments were '
     'not made in public posts.', "the comments were not", "James B. Comey"),
    ('Sarah Palin spoke in Iowa.\n\nTom Hale, producer of the show, booked the group after the presenter saw '
     'them.\n\n"They played like stars," he said.', "They played like", "Tom Hale"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), UNNAMED_SUBJECTS)
def test_he_does_not_skip_an_unnamed_subject(text, words, speaker):
    assert _speaker_of(text, words) == speaker
