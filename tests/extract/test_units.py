"""quotes.extract.units: attribution units, and a sentence stanza split after a word without a stop mended."""

from __future__ import annotations

from quotes.types import QuoteKind
from tests.helpers.extraction import _rows


def test_a_sentence_split_after_a_word_without_a_stop_is_mended():
    # stanza may end a sentence after an all-capitals title ("… CEO | Lena Holm was asked …")
    from quotes.extract.units import _runs_on
    from quotes.types import Sentence, Token

    text = "Investors grilled Nordbank CEO Lena Holm on Tuesday."
    a = Sentence(0, 30, (Token("Investors", 0, 9), Token("CEO", 27, 30)))
    b = Sentence(31, 52, (Token("Lena", 31, 35), Token(".", 51, 52)))
    assert _runs_on(a, b, text)
    headline = "Bank Chief Quits\nShe left on Tuesday."
    c = Sentence(0, 16, (Token("Quits", 11, 16),))
    d = Sentence(17, 36, (Token("She", 17, 20),))
    assert not _runs_on(c, d, headline)  # a line break ends a headline
    text = "Investors grilled Nordbank CEO Lena Holm on Tuesday.\n\n“We are fine,” Holm said."
    (q,) = [q for q in _rows(text) if q.kind == QuoteKind.DIRECT]
    assert (q.speaker.name, q.speaker.role, q.speaker.affiliation) == ("Lena Holm", "CEO", "Nordbank")
