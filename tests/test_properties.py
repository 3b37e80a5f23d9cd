"""Property-based tests: random unicode text with random quote marks, random bytes, random exports.

The mark pairing (no stanza) runs on thousands of examples; the whole pipeline, with the real
stanza models, on a few dozen, which is enough to catch a crash or an offset that does not
round-trip without making the suite slow. fuzz/fuzz_marks.py runs the same properties for minutes.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from quotes.api import extract
from quotes.extract.marks import ALL_MARKS, pair_marks
from quotes.io import export
from quotes.io.decoding import NotText, decode_bytes
from quotes.io.export import quote_rows, xlsx_cells
from quotes.io.reader import Article, ArticleError, read_inputs
from quotes.types import QuoteKind

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "fuzz"))
from fuzz_marks import check_pairing, news_like_text  # noqa: E402  (the fuzz script's own properties)


@pytest.fixture(scope="module", autouse=True)
def _pipeline_loaded():
    """Load stanza before hypothesis starts timing and watching the recursion limit (stanza raises it)."""
    extract("Warm up.", "warm.txt")


MARKED = {QuoteKind.DIRECT.value, QuoteKind.PARTIAL.value, QuoteKind.SCARE.value}
SHORT = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@settings(max_examples=600, deadline=None)
@given(news_like_text())
def test_mark_pairing_invariants(text):
    check_pairing(text)


@pytest.mark.slow
@settings(max_examples=20000, deadline=None)
@given(news_like_text(max_pieces=200))
def test_mark_pairing_invariants_many(text):
    check_pairing(text)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(sorted(ALL_MARKS) + list(" a.\n")), max_size=60))
def test_mark_pairing_on_marks_alone(text):
    check_pairing(text)


def _partially_overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    (s1, e1), (s2, e2) = sorted([a, b])
    return s2 < e1 and e2 > e1  # they share characters and neither contains the other


@SHORT
@given(news_like_text(), st.booleans())
def test_extraction_never_raises_and_every_row_round_trips(text, windows):
    if windows:  # Windows line endings: nothing is normalised, offsets still index the text as given
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    quotes = extract(text, "random.txt")
    rows = list(quote_rows(quotes))
    for row in rows:
        assert text[row["start"] : row["end"]] == row["quote"]
        if row["speaker_start"] != "":
            assert text[row["speaker_start"] : row["speaker_end"]] == row["speaker_mention"]
    marked = [(r["start"], r["end"]) for r in rows if r["kind"] in MARKED]
    for i, a in enumerate(marked):
        for b in marked[i + 1 :]:
            assert not _partially_overlap(a, b), (a, b)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=600))
def test_any_bytes_decode_or_are_refused_as_binary(data):
    try:
        decoded = decode_bytes(data)
    except NotText:
        return
    assert "\x00" not in decoded.text


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=400))
def test_any_file_gives_exactly_one_article_or_reason(tmp_path, data):
    path = tmp_path / "random.txt"
    path.write_bytes(data)
    found = list(read_inputs([str(path)]))
    assert len(found) == 1 and isinstance(found[0], Article | ArticleError)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=st.lists(st.one_of(st.text(max_size=40), st.builds(lambda t: json.dumps({"id": 1, "text": t}), st.text(max_size=40))), max_size=8))
def test_any_jsonl_lines_give_one_item_per_line_and_never_raise(tmp_path, lines):
    path = tmp_path / "random.jsonl"
    path.write_text("\n".join(line.replace("\n", " ").replace("\r", " ") for line in lines), encoding="utf-8", newline="")
    found = list(read_inputs([str(path)]))
    assert all(isinstance(item, Article | ArticleError) for item in found)
    assert len(found) <= max(len(lines), 1)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400), st.integers(min_value=60, max_value=120))
def test_xlsx_pieces_fit_a_cell_and_join_to_the_text(text, limit):
    assume("'" not in text)  # an apostrophe of the text and one neutralise added would look alike
    with mock.patch.object(export, "XLSX_CELL_LIMIT", limit):
        cells = xlsx_cells(text)
        clean = export._XML_ILLEGAL.sub("", text)
        if len(cells) == 1:
            assert cells[0] in (clean, "'" + clean)
            return
        pieces = []
        for n, cell in enumerate(cells, 1):
            assert export._utf16_units(cell) <= limit
            assert not cell.startswith(export.FORMULA_START)
            body = cell[: cell.rindex(" [part ")]
            pieces.append(body[1:] if body.startswith("'") else body)
            assert cell.endswith(f" [part {n} of {len(cells)}]" if n == len(cells) else "continued in the next cell]")
        assert "".join(pieces) == clean


def test_mark_pairing_handles_a_long_paragraph_of_marks_quickly():
    text = "“a ‘b « c » d’ e” " * 5000 + "“" * 2000
    found = pair_marks(text, 0, len(text))
    assert len(found.spans) >= 15000
