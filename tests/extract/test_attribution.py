"""quotes.extract.attribution: which cue attributes a marked span, and the span's kind (direct, partial, scare),
on short constructed articles through the real stanza pipeline."""

from __future__ import annotations

import pytest

from quotes.types import QuoteKind
from tests.helpers.extraction import _covering, _rows, marked

# (article, quote text, kind, speaker, role, affiliation, cue, medium)
CASES = [
    (
        "“The talks went well,” Maria Lopez, a senior analyst with Harbor Group, told Reuters.",
        "The talks went well,", "direct", "Maria Lopez", "senior analyst", "Harbor Group", "told", "Reuters",
    ),
    (
        "“Prices will rise,” said Tom Hale, director of the Midland Policy Institute.",
        "Prices will rise,", "direct", "Tom Hale", "director", "Midland Policy Institute", "said", None,
    ),
    (
        "Finance Ministry spokesperson Li Wei said, “The budget is balanced.” Wei did not elaborate.",
        "The budget is balanced.", "direct", "Li Wei", "spokesperson", "Finance Ministry", "said", None,
    ),
    (
        "In a note, trade analyst Dana Cole wrote that week: “Tariffs hurt both sides.”",
        "Tariffs hurt both sides.", "direct", "Dana Cole", "trade analyst", None, "wrote", None,
    ),
    (
        "Omar Reyes, professor emeritus of Lakeside University, spoke first. Reyes described the plan as “a mixed bag” of promises.",
        "a mixed bag", "partial", "Omar Reyes", "professor emeritus", "Lakeside University", "described as", None,
    ),
    (
        "“We are fully in sync,” TASS, a state news agency, quoted Ivan Petrov as saying.",
        "We are fully in sync,", "direct", "Ivan Petrov", None, None, "quoted as saying", "TASS",
    ),
    (
        "“It is a turning point for the region,” experts said.",
        "It is a turning point for the region,", "direct", "experts", None, None, "said", None,
    ),
    (
        "“We will respond in kind,” the Defense Ministry said in a statement.",
        "We will respond in kind,", "direct", "Defense Ministry", None, None, "said", None,
    ),
]


PARTIALS = [
    ("Gov. Ray Holt said it would be “improper” to comment on the case.", "improper", "Holt"),
    ("The panel called the plan “a recipe for chaos” in its report.", "a recipe for chaos", "panel"),
    ("Sixty-three percent said the senator was “justified” in voting no.", "justified", "percent"),
    ("Critics dismissed the proposal as “a stunt” on Tuesday.", "a stunt", "Critics"),
]


NEGATIVES = [
    "The two sides signed a “boundless” partnership accord last year.",
    "The museum’s new wing, nicknamed “the glass box,” opens in May.",
]


@pytest.mark.parametrize("text, quote, kind, speaker, role, affiliation, cue, medium", CASES)
def test_attribution_table(text, quote, kind, speaker, role, affiliation, cue, medium):
    found = [q for q in marked(text) if q.spans[0].text == quote]
    assert found, f"quote {quote!r} not found in {[q.text for q in marked(text)]}"
    q = found[0]
    assert q.kind.value == kind
    assert q.speaker is not None and q.speaker.name == speaker
    assert q.speaker.role == role
    assert q.speaker.affiliation == affiliation
    assert q.cue is not None and q.cue.text == cue
    assert q.cue.medium == medium
    assert 0.5 <= q.confidence <= 1.0


def test_split_quote_is_two_spans_one_group_one_speaker():
    text = "“Beijing,” Ana Silva said, “recognizes that the longer the war drags on, the worse it gets.”"
    qs = marked(text)
    assert [q.spans[0].text for q in qs] == ["Beijing,", "recognizes that the longer the war drags on, the worse it gets."]
    assert {q.speaker.name for q in qs} == {"Ana Silva"}
    assert qs[0].group_id == qs[1].group_id


@pytest.mark.parametrize(
    "text",
    [
        "China said its relationship with Russia was strong, citing the “no limits” partnership.",
        "The two sides signed a “boundless” partnership accord last year.",
        "Her essay on the “new normal” in schools won a prize.",
        pytest.param("She read “War and Peace” on the train home.", marks=pytest.mark.xfail(
            strict=True, reason="known: the cue tagger takes 'read' for a cue (p 0.82) and the title for her words")),
    ],
)
def test_scare_quotes_get_no_speaker(text):
    qs = marked(text)
    assert len(qs) == 1
    assert qs[0].kind == QuoteKind.SCARE
    assert qs[0].speaker is None and qs[0].cue is None


def test_quote_in_a_headline_is_scare():
    text = "War tests ‘no limits’ relationship\n\nThe war continued into its third year."
    qs = marked(text)
    assert [(q.kind, q.spans[0].text) for q in qs] == [(QuoteKind.SCARE, "no limits")]


def test_multi_paragraph_quote_is_one_group():
    text = (
        "“The first part of a long statement runs to the end of this paragraph.\n\n"
        "“And the second paragraph finishes it,” said Ana Silva."
    )
    qs = marked(text)
    assert len(qs) == 2
    assert {q.speaker.name for q in qs} == {"Ana Silva"}
    assert qs[0].group_id == qs[1].group_id


@pytest.mark.parametrize("text, words, mention", PARTIALS)
def test_a_fragment_in_a_saying_clause_is_a_partial_quote(text, words, mention):
    q = _covering(text, words)
    assert q.kind in (QuoteKind.PARTIAL, QuoteKind.INDIRECT)
    assert mention in q.speaker.mention.text


@pytest.mark.parametrize("text", NEGATIVES)
def test_terms_nobody_says_stay_scare_quotes(text):
    rows = _rows(text)
    marked = [q for q in rows if q.kind != QuoteKind.INDIRECT]
    assert [q.kind for q in marked] == [QuoteKind.SCARE]
    assert marked[0].speaker is None


@pytest.mark.parametrize("text, name", [
    # stanza ends the sentence after “…?”; the next sentence says who asked it
    ("“Is that fair?” Laura Pike said to the crowd.", "Laura Pike"),
    ("“Who would have guessed we would win?” Omar Reyes said, looking at the screen.", "Omar Reyes"),
    # the same after two straight single marks, as some papers close a quotation
    ("''Why do the richest people pay less than you do?'' Mrs. Pike asked.", "Pike"),
    # and after a stop that closes a quote inside the quote
    ("“Her answer was, ‘Let’s see what is going on.’” Omar Reyes told reporters.", "Omar Reyes"),
])
def test_a_quote_ending_its_sentence_and_the_sentence_that_attributes_it(text, name):
    (quote,) = [q for q in _rows(text) if q.kind not in (QuoteKind.INDIRECT, QuoteKind.SCARE)]
    assert quote.speaker.name == name


@pytest.mark.parametrize("text, words, name", [
    ("Senator Hal Brooks spoke after the vote.\n\nBrooks continued:\n\n“We will keep fighting for these families.”",
     "We will keep", "Hal Brooks"),
    ("The city council met on Monday.\n\nIn a letter, the council wrote:\n\n“The plan cannot go ahead as drawn.”",
     "The plan cannot", "the council"),
])
def test_a_cue_ending_the_paragraph_before_attributes_the_quotation(text, words, name):
    q = _covering(text, words)
    assert q.speaker is not None and name.lower() in (q.speaker.name.lower(), q.speaker.mention.text.lower())
