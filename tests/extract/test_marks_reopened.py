"""A quote reopened after a sentence end while it is still open (issue 22, class A).

Some corpora join paragraphs (the BBC's): a quote continued into the next paragraph then reads
`… part of rugby. "Denis has …` inside one paragraph, with no closing mark before the second opening
one. That mark is a reopening, not a quote nested in the quote (English nests with single marks): the
open quote ends at the sentence end and the mark opens the next piece of the same utterance.
Invented sentences, through the mark pairing, the units and the whole pipeline.
"""

from __future__ import annotations

import pytest

import quotes
from quotes import QuoteKind
from quotes.extract.document import read_document
from quotes.extract.marks import find_marks, pair_marks
from quotes.extract.paragraphs import split_paragraphs
from quotes.extract.settings import ExtractSettings


def _pieces(text: str) -> tuple[list[str], list[str], list[str]]:
    """(every depth-0 quote in text order, the pieces a reopening cut, unclosed openers' next words)."""
    found = pair_marks(text, 0, len(text))
    outer = sorted((s for s in found.spans + found.cut if s.depth == 0), key=lambda s: s.content.start)
    return [s.content.text for s in outer], [s.content.text for s in found.cut], [text[p + 1:p + 6] for p in found.unclosed]


# (text, depth-0 quotes in order, the pieces cut by a reopening mark, openers left open)
REOPENED = [
    # straight marks, the BBC shape: three pieces, the last one closed
    ('"I missed the game. "Denis played well. "It is a good side," he said.',
     ["I missed the game.", "Denis played well.", "It is a good side,"], ["I missed the game.", "Denis played well."], []),
    # curly marks
    ("“We will win the seat. “Our voters are back,” said Ann Lee.",
     ["We will win the seat.", "Our voters are back,"], ["We will win the seat."], []),
    # a question and an exclamation end the sentence too
    ('"Why would I leave? "I love this club!" "We go on," he said.',
     ["Why would I leave?", "I love this club!", "We go on,"], ["Why would I leave?"], []),
    # a single-quoted term closes the sentence: the piece keeps its closing mark (.' and ?')
    ("\"He said to me, 'go'. \"It looked strange,\" he said.",
     ["He said to me, 'go'.", "It looked strange,"], ["He said to me, 'go'."], []),
    ("\"Referees ask the player 'do you want a wall?' \"If they say 'quick', we move away.\"",
     ["Referees ask the player 'do you want a wall?'", "If they say 'quick', we move away."],
     ["Referees ask the player 'do you want a wall?'"], []),
    # a mistyped curly opener (” before a word) reopens as well
    ("“The tax plan is a fraud. ”It hides the debt,” Cole said.",
     ["The tax plan is a fraud.", "It hides the debt,"], ["The tax plan is a fraud."], []),
    # the last piece left open at the paragraph end stays open (the next paragraph may continue it)
    ('He said: "We will cut taxes. "Never again.', ["We will cut taxes."], ["We will cut taxes."], ["Never"]),
    # a line break is white space too (a paragraph per line in a block)
    ('"If this is not legitimate, how can anyone trust it.\n"I have been thinking," Jim Dale added.',
     ["If this is not legitimate, how can anyone trust it.", "I have been thinking,"],
     ["If this is not legitimate, how can anyone trust it."], []),
]


@pytest.mark.parametrize("text, quotes_, cut, unclosed", REOPENED)
def test_a_reopening_mark_cuts_the_open_quote_at_the_sentence_end(text, quotes_, cut, unclosed):
    assert _pieces(text) == (quotes_, cut, unclosed)


# (text, depth-0 quotes, quotes nested inside them): no reopening here, the pairing is as before
NOT_REOPENED = [
    # a quote inside a double quote takes single marks
    ("\"Trump told me: 'I want the wall built.' Then he left,\" Pence said.",
     ["Trump told me: 'I want the wall built.' Then he left,"], ["I want the wall built."]),
    ("“We no longer hear about a ‘no limits’ partnership. ‘Trust’ is gone,” she said.",
     ["We no longer hear about a ‘no limits’ partnership. ‘Trust’ is gone,"], ["no limits", "Trust"]),
    # a double mark after a word or a colon, not after a sentence end: a sloppy nested quote
    ('"He told them "no" and walked out," Clinton said.', ['He told them "no" and walked out,'], ["no"]),
    ('"The senator said: "Release the returns." Nobody did," Kaine said.',
     ['The senator said: "Release the returns." Nobody did,'], ["Release the returns."]),
    # a mark after a sentence end that is not followed by a word does not open anything
    ('"They see that. " This story was updated.', ["They see that. "], []),
    # nothing open: a new quote after a closed one is just the next quote
    ('Trump said "we will win." "It is rigged," Pence added.', ["we will win.", "It is rigged,"], []),
    # single marks are not reopened (the rule is for the double quote English opens with)
    ("‘We will win. ‘They know it,’ she said.", [], ["They know it,"]),
    # curly marks inside a straight quote: the page tells the levels apart by the marks' shapes
    ('"The raid was a success. “They have not done anything,” he quoted one analyst."',
     ["The raid was a success. “They have not done anything,” he quoted one analyst."], ["They have not done anything,"]),
]


@pytest.mark.parametrize("text, outer, nested", NOT_REOPENED)
def test_no_reopening_without_a_sentence_end_and_a_word_after_a_double_mark(text, outer, nested):
    found = pair_marks(text, 0, len(text))
    assert found.cut == () and found.reopening == ()
    assert [s.content.text for s in found.spans if s.depth == 0] == outer
    assert [s.content.text for s in found.spans if s.depth > 0] == nested


# (text, quotes): a closing mark the next word lost its space to closes; after a comma it may also open
GLUED = [
    ("“I think it is paranoia,”Clinton said. “Some of his comments are mean.”",
     ["I think it is paranoia,", "Some of his comments are mean."]),
    ('"This ad is shocking,"Katie Packer said in a statement. "More and more, he ducks the issues."',
     ["This ad is shocking,", "More and more, he ducks the issues."]),
    ('Sanders said,"We will win Iowa." Then he left.', ["We will win Iowa."]),
    # a mistyped opener after a space is still an opener
    ("“A fair deal. ”Fear is back,” he said.", ["A fair deal.", "Fear is back,"]),
]


@pytest.mark.parametrize("text, expected", GLUED)
def test_a_closing_mark_glued_to_the_next_word_closes(text, expected):
    assert _pieces(text)[0] == expected


def test_find_marks_marks_reopened_pieces_as_continued_and_warns_about_nothing():
    text = 'Intro line.\n\nHe said: "We will cut taxes. "Never again.\n\n"This is the dividing line," he said.'
    marks = find_marks(text, split_paragraphs(text))
    spans = [s for p in sorted(marks.by_paragraph) for s in marks.by_paragraph[p]]
    assert [s.content.text for s in spans] == ["We will cut taxes.", "Never again.", "This is the dividing line,"]
    first, reopened, next_paragraph = spans
    assert first.close_mark == "" and first.content.end in marks.cut
    assert reopened.content.start in marks.continued  # the reopened piece
    assert next_paragraph.content.start in marks.continued  # and the paragraph after it, as before
    assert first.content.start not in marks.continued
    assert marks.warnings == ()


def test_a_cut_piece_ends_its_unit_at_the_sentence_end():
    text = 'Senator Jim Cole spoke on Monday. "The bill will pass. "It has the votes," he said.'
    doc = read_document(text, settings=ExtractSettings(learned_stage=False))
    units = [[q.content.text for q in u.quotes] for u in doc.units]
    assert units == [[], ["The bill will pass."], ["It has the votes,"]]


def _rows(text: str) -> list[tuple[str, str, str, str]]:
    return [(s.text, q.kind.value, ",".join(p.name for p in q.speakers), q.group_id)
            for q in quotes.extract(text, "case.txt") if q.kind != QuoteKind.INDIRECT for s in q.spans]


# (article, [(quote, kind, speaker)]) — and every piece of one utterance in one group
UTTERANCES = [
    # the cue after the last piece attributes every piece before it
    ('The coach was happy on Saturday. "We played well in the first half. "The second half was harder. '
     '"We will be back next week," said Tom Baker. The club travels to Leeds.',
     [("We played well in the first half.", "direct", "Tom Baker"), ("The second half was harder.", "direct", "Tom Baker"),
      ("We will be back next week,", "direct", "Tom Baker")]),
    # the cue before the first piece
    ('Mayor Ann Lee spoke on Monday. She said: "The budget is balanced. "We cut no jobs." The council meets in May.',
     [("The budget is balanced.", "direct", "Ann Lee"), ("We cut no jobs.", "direct", "Ann Lee")]),
    # US political copy with curly marks
    ("Donald Trump spoke in Ohio on Friday. “We will build the wall. “Mexico will pay for it,” Trump said.",
     [("We will build the wall.", "direct", "Donald Trump"), ("Mexico will pay for it,", "direct", "Donald Trump")]),
]


@pytest.mark.parametrize("text, expected", UTTERANCES)
def test_reopened_pieces_are_one_utterance_of_one_speaker(text, expected):
    rows = _rows(text)
    assert [r[:3] for r in rows] == expected
    assert len({r[3] for r in rows}) == 1


def test_each_speaker_keeps_their_own_pieces():
    text = ('Mayor Ann Lee spoke first. "The budget is balanced. "We cut no jobs," Lee said. '
            'Senator Jim Cole disagreed. "The budget is a fraud. "It hides the debt," Cole said.')
    rows = _rows(text)
    assert [r[:3] for r in rows] == [
        ("The budget is balanced.", "direct", "Ann Lee"), ("We cut no jobs,", "direct", "Ann Lee"),
        ("The budget is a fraud.", "direct", "Jim Cole"), ("It hides the debt,", "direct", "Jim Cole")]
    assert rows[0][3] == rows[1][3] != rows[2][3] == rows[3][3]


def test_a_piece_whose_own_cue_names_someone_else_is_not_joined_to_the_quote_before():
    """A closing mark left out at a line end: the next line's quote is another speaker's."""
    text = ('Lawmakers spoke on Friday.\n\n'
            'Rep. Gwen Hall said Friday: "If this is not legitimate, how can anyone trust it.\n'
            '"I have been thinking about the country," Jim Dale added.')
    rows = _rows(text)
    assert [r[2] for r in rows] == ["Gwen Hall", "Jim Dale"]
    assert rows[0][3] != rows[1][3]


def test_a_transcript_turn_continues_no_quote():
    """"PENCE: …" after a turn left open is the next speaker's turn, not the quote reopened."""
    text = '"WALLACE: Will she be there tomorrow? "PENCE: Well, look, she will not be there."'
    marks = find_marks(text, split_paragraphs(text))
    spans = marks.by_paragraph[0]
    assert [s.content.text[:8] for s in spans] == ["WALLACE:", "PENCE: W"]
    assert spans[0].content.end in marks.cut  # the turn still ends at its sentence end
    assert not marks.continued


def test_a_term_quoted_inside_the_quote_is_not_the_piece_a_continuation_follows():
    """The next paragraph's piece continues the quote, not the 'rigged' term quoted inside it."""
    text = ('Governor Ann Lee spoke on Monday. She said: "The system is \'rigged\' against us.\n\n'
            '"We will fix it," said Jim Cole.')
    rows = {r[0]: r for r in _rows(text)}
    assert rows["rigged"][1:3] == ("scare", "")
