"""Issue 11, item 7: a very long article is read section by section, with offsets and ids that
still index the whole text, and the articles around it are not held up."""

from __future__ import annotations

import pytest

from quotes.api import extract_batch
from quotes.extract import segments as seg
from quotes.extract.pipeline import extract_article
from quotes.io.reader import read_bytes

PARAGRAPHS = [
    "“We will reopen the port on Monday,” said Elena Marsh, the port's director.",
    "“The council has not seen the plan,” said Tomas Berg, a councillor.",
    "Officials expected progress. “Nothing is agreed yet,” Ann Lee said.",
    "“Talks will continue,” said Joseph Nye, a professor at Harvard University.",
]


def long_text(repeats: int, sep: str) -> str:
    return sep.join(PARAGRAPHS * repeats)


@pytest.mark.parametrize(
    "text, limit",
    [
        (long_text(3, "\n\n"), 200),  # paragraph breaks
        (long_text(3, " "), 200),  # one paragraph: cut at sentence ends outside quotations
        ("word " * 300, 100),  # no sentence end at all: cut at spaces
        ("x" * 1000, 100),  # no space at all: cut anyway
    ],
)
def test_sections_cover_the_text_in_order_within_the_limit(text, limit):
    pieces = seg.segments(text, limit)
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(pieces, pieces[1:], strict=False))
    assert all(0 < end - start <= 4 * limit for start, end in pieces)


def test_a_one_paragraph_text_is_never_cut_inside_a_quotation():
    text = long_text(5, " ")
    for start, end in seg.segments(text, 300)[:-1]:
        before = text[start:end]
        assert before.count("“") == before.count("”"), before


@pytest.mark.parametrize("sep", ["\n\n", " "])
def test_a_sectioned_article_gives_the_quotes_of_its_parts_at_whole_text_offsets(monkeypatch, sep):
    text = long_text(3, sep)
    monkeypatch.setattr(seg, "SEGMENT_CHARS", 320)
    quotes, _ = seg.extract_long_article(text, "big")
    whole, _ = extract_article(text, "big")
    assert len(seg.segments(text)) >= 3
    assert [q.id for q in quotes] == [f"q{n}" for n in range(1, len(quotes) + 1)]
    for q in quotes:  # every span indexes the whole text
        for span in (*q.spans, q.sentence, q.cue.span, q.speaker.mention):
            assert text[span.start:span.end] == span.text
    # each paragraph names its speaker in full, so sections lose nothing here
    assert [(q.spans[0].start, q.speaker.name) for q in quotes] == [(q.spans[0].start, q.speaker.name) for q in whole]
    assert {q.speaker.name for q in quotes} == {"Elena Marsh", "Tomas Berg", "Ann Lee", "Joseph Nye"}


def test_group_ids_stay_unique_across_sections(monkeypatch):
    split = "“We will reopen the port,” said Elena Marsh, “and we will do it on Monday.”"
    text = "\n\n".join([split, PARAGRAPHS[1]] * 4)
    monkeypatch.setattr(seg, "SEGMENT_CHARS", 200)
    quotes, _ = seg.extract_long_article(text, "big")
    by_group: dict[str, set[str]] = {}
    for q in quotes:
        by_group.setdefault(q.group_id, set()).add(q.sentence.text)
    assert len(by_group) == 8  # four split quotes (two pieces each) and four single ones
    assert all(len(sentences) == 1 for sentences in by_group.values())


def test_warning_offsets_index_the_whole_text(monkeypatch):
    text = "\n\n".join([PARAGRAPHS[0]] * 4 + ["He said “it was wrong and nobody came back."])
    monkeypatch.setattr(seg, "SEGMENT_CHARS", 200)
    _, warnings = seg.extract_long_article(text, "big")
    [warning] = [w for w in warnings if "unbalanced" in w]
    offset = int(warning.split("offset ")[1].split(":")[0])
    assert text[offset] == "“"


def test_a_long_article_in_a_batch_leaves_its_neighbours_as_they_were(monkeypatch):
    small = read_bytes(PARAGRAPHS[1].encode(), "small.txt")
    alone = extract_batch([small])[0]
    monkeypatch.setattr(seg, "SEGMENT_CHARS", 300)
    monkeypatch.setattr("quotes.api.SEGMENT_CHARS", 300)
    big = read_bytes(long_text(3, "\n\n").encode(), "big.txt")
    first, middle, last = extract_batch([small, big, small])
    assert first.quotes == alone.quotes == last.quotes
    assert len(middle.quotes) == 12 and not middle.error


def test_a_quotation_longer_than_a_section_is_not_cut():
    quote = "All work and no play makes a long quote. " * 30
    text = f"“{quote.strip()}” Ana Silva said. Then she left the room and the meeting went on."
    pieces = seg.segments(text, 400)
    first = text[pieces[0][0]:pieces[0][1]]
    assert first.count("“") == first.count("”") == 1
    assert all(end - start <= 4 * 400 for start, end in pieces)
