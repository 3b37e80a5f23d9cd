"""Fuzz the quote detector with hypothesis: random unicode text full of quote marks.

Two targets:

* ``marks`` (default): paragraphs -> quote-mark pairing -> unclosed and continued quotes, the
  stages that find quotations (quotes.extract.paragraphs, quotes.extract.marks, quotes.extract.marks.find_marks).
  No stanza: thousands of texts a second.
* ``pipeline``: the whole extraction with the real stanza models (quotes.extract), slower.

Each text must be handled without an exception, and everything found must hold: contents sit
between their marks, offsets round-trip (text[start:end] == the span's text), pairs nest or stay
apart, never half-overlap. A failure prints the smallest text hypothesis could shrink it to.

Run it for three minutes (from the project root):

    python fuzz/fuzz_marks.py --minutes 3
    python fuzz/fuzz_marks.py --target pipeline --minutes 3

tests/test_properties.py imports ``news_like_text`` and ``check_pairing`` from here and runs a
short version of the same properties with the test suite.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout without installing

from quotes.extract.marks import ALL_MARKS, find_marks, opens_with_mark, pair_marks, unclosed_span  # noqa: E402
from quotes.extract.paragraphs import split_paragraphs  # noqa: E402

WORDS = (
    "Ana", "Silva", "said", "told", "VOA", "“We", "are", "ready", "Putin’s", "don't", "’90s", "rock ’n’ roll",
    "countries’", "leaders'", "Mr.", "U.S.", "a", "the", "spokesperson", "according to", "Xi‘s", "“no limits”",
    "«Nous»", "„Ja“", "‘single’", "'straight'", '"double"', "FILE -", "Share.", "Scroll to top", "😀", "ﬁ", "İ",
    "\u200b", "\u202e", "\ufeff", "\u0301",
)
SEPARATORS = (" ", " ", " ", "\n", "\n\n", "\r\n", "\r\n\r\n", "\t", "\u00a0", "\u2028", "\r", "\x0c")
PUNCTUATION = tuple(".,;:!?—–-()[]{}…/")


def news_like_text(max_pieces: int = 80) -> st.SearchStrategy[str]:
    """Words, marks, line breaks and punctuation of news text, with arbitrary unicode mixed in."""
    piece = st.one_of(
        st.sampled_from(WORDS),
        st.sampled_from(sorted(ALL_MARKS)),
        st.sampled_from(SEPARATORS),
        st.sampled_from(PUNCTUATION),
        st.text(max_size=6),
    )
    return st.lists(piece, max_size=max_pieces).map("".join)


def _nest_or_apart(spans) -> None:
    bounds = sorted((s.content.start, s.content.end) for s in spans)
    for i, (s1, e1) in enumerate(bounds):
        for s2, e2 in bounds[i + 1 :]:
            assert not (s2 < e1 < e2), f"spans {s1}:{e1} and {s2}:{e2} half-overlap"


def check_pairing(text: str) -> None:
    """Every property of the mark stages on one text; raises AssertionError (or the bug's own error)."""
    paragraphs = split_paragraphs(text)
    for para in paragraphs:
        assert 0 <= para.start < para.end <= len(text) and text[para.start : para.end] == para.text
        found = pair_marks(text, para.start, para.end)
        starts = [s.content.start for s in found.spans]
        assert starts == sorted(starts)
        for span in found.spans:
            content = span.content
            assert para.start < content.start <= content.end < para.end
            assert text[content.start : content.end] == content.text
            assert text[content.start - 1] == span.open_mark and text[content.end] == span.close_mark
            assert span.open_mark in ALL_MARKS and span.close_mark in ALL_MARKS and span.depth >= 0
        _nest_or_apart(found.spans)
        for pos in found.unclosed + found.stray_closers:
            assert para.start <= pos < para.end and text[pos] in ALL_MARKS
        for pos in found.unclosed:
            rest = unclosed_span(text, pos, para.end)
            assert text[rest.content.start : rest.content.end] == rest.content.text
            assert rest.content.end <= para.end
        assert opens_with_mark(text, para.start, para.end) in (True, False)
    marks = find_marks(text, paragraphs)
    for spans in marks.by_paragraph.values():
        for span in spans:
            assert text[span.content.start : span.content.end] == span.content.text
    for span in marks.nested:
        assert text[span.content.start : span.content.end] == span.content.text
    assert all(isinstance(w, str) and "\n" not in w for w in marks.warnings)


def check_pipeline(text: str) -> None:
    from quotes import extract
    from quotes.io.export import quote_rows

    rows = list(quote_rows(extract(text, "fuzz.txt")))
    for row in rows:
        assert text[row["start"] : row["end"]] == row["quote"]
        if row["speaker_start"] != "":
            assert text[row["speaker_start"] : row["speaker_end"]] == row["speaker_mention"]
    marked = sorted((r["start"], r["end"]) for r in rows if r["kind"] != "indirect")
    for i, (s1, e1) in enumerate(marked):
        for s2, e2 in marked[i + 1 :]:
            assert not (s2 < e1 < e2), f"rows {s1}:{e1} and {s2}:{e2} half-overlap"


def run(target: str, minutes: float, max_pieces: int) -> int:
    """Fuzz ``target`` for ``minutes``, in rounds of fresh random texts; how many texts were tried.

    Raises on the first failure, after hypothesis has shrunk the text to its smallest form.
    """
    check = check_pairing if target == "marks" else check_pipeline
    if target == "pipeline":
        check_pipeline("Load the models first.")  # stanza raises the recursion limit as it loads
    tried = 0

    @settings(
        max_examples=2000 if target == "marks" else 100,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(news_like_text(max_pieces))
    def fuzz(text: str) -> None:
        nonlocal tried
        tried += 1
        check(text)

    deadline = time.monotonic() + 60 * minutes
    while time.monotonic() < deadline:
        fuzz()
    return tried


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--target", choices=("marks", "pipeline"), default="marks")
    parser.add_argument("--minutes", type=float, default=3.0)
    parser.add_argument("--max-pieces", type=int, default=120, help="words, marks and breaks per text")
    args = parser.parse_args(argv)
    started = time.monotonic()
    tried = run(args.target, args.minutes, args.max_pieces)
    seconds = time.monotonic() - started
    print(f"{args.target}: {tried:,} texts in {seconds:.0f} s ({tried / max(seconds, 1e-9):,.0f}/s), no failure")
    return 0


if __name__ == "__main__":
    sys.exit(main())
