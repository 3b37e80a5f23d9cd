"""Near-duplicate articles from signatures: exact copies, syndicated copies, reworded copies, and none."""

from __future__ import annotations

import re

import pytest

from quotes.crossdoc.duplicates import DuplicateFinder, Relation, classify, find_duplicates
from quotes.crossdoc.signatures import article_signature
from tests.helpers import FIXTURES

SEEDS = sorted((FIXTURES).glob("*.txt"))


def text_of(prefix: str) -> str:
    return next(p for p in SEEDS if p.name.startswith(prefix)).read_text(encoding="utf-8")


def reword(text: str) -> str:
    """A crude spinner: every second lower-case word replaced, names, numbers and places kept."""
    count = iter(range(10**9))
    return re.sub(r"\b[a-z]+\b", lambda m: "zz" + m.group()[::-1] if next(count) % 2 else m.group(), text)


@pytest.fixture(scope="module")
def story() -> str:
    return text_of("000")


def test_exact_duplicate_up_to_typography_and_spacing(story):
    copy = story.replace("’", "'").replace("\n\n", "\n  \n")
    match = classify(article_signature("a", story), article_signature("b", copy))
    assert match.relation is Relation.EXACT and match.similarity == 1.0


def test_a_trimmed_wire_copy_is_syndicated(story):
    paragraphs = story.split("\n\n")
    copy = "By Wire Staff\n\n" + "\n\n".join(paragraphs[: len(paragraphs) * 2 // 3]) + "\n\nCopyright 2023."
    match = classify(article_signature("a", story), article_signature("b", copy))
    assert match.relation is Relation.SYNDICATED and match.similarity >= 0.6


def test_a_reworded_copy_keeps_its_skeleton(story):
    match = classify(article_signature("a", story), article_signature("b", reword(story)))
    assert match.relation is Relation.REWORDED
    assert match.text_similarity < 0.3 and match.structure_similarity >= 0.25


def test_quotes_that_do_not_correspond_veto_a_reworded_copy(story):
    a, b = article_signature("a", story), article_signature("b", reword(story))
    assert classify(a, b, lambda x, y: 0.1) is None
    assert classify(a, b, lambda x, y: 0.9).quotes_aligned == 0.9


def test_other_outlets_on_the_same_story_are_not_copies():
    signatures = [article_signature(p.name, p.read_text(encoding="utf-8")) for p in SEEDS if not p.name.startswith("001")]
    assert [m for _, m in find_duplicates(signatures) if m] == []


def test_the_finder_points_each_copy_at_its_original(story):
    other = text_of("002")
    pile = [("orig", story), ("other", other), ("spun", reword(story)), ("again", story), ("other-copy", other + "\n\nMore.")]
    found = {s.doc_id: m for s, m in find_duplicates(article_signature(d, t) for d, t in pile)}
    assert found["orig"] is None and found["other"] is None
    assert (found["spun"].original, found["spun"].relation) == ("orig", Relation.REWORDED)
    assert (found["again"].original, found["again"].relation) == ("orig", Relation.EXACT)
    assert (found["other-copy"].original, found["other-copy"].relation) == ("other", Relation.EXACT)


def test_a_short_note_is_nobodys_copy():
    finder = DuplicateFinder()
    assert finder.add(article_signature("a", "Putin met Xi.")) is None
    assert finder.add(article_signature("b", "Putin met Xi in Beijing.")) is None
