"""Group sentences into attribution units and mark which tokens lie inside quotes.

Stanza splits sentences inside quotes ("… the Russians don’t. The Russians
can …,” Nye said.), so sentences that a quote crosses are merged into one
unit: the quote and its attribution are then always in the same unit.
"""

from __future__ import annotations

import bisect

from quotes import lexicons, naming
from quotes.types import MarkedSpan, Paragraph, Sentence, Token, Unit  # Unit lives below extract and learn


def _clip(sentence: Sentence, para: Paragraph) -> Sentence | None:
    """The part of a sentence inside a paragraph: stanza may run a headline on a single
    newline into the next line's sentence, but a paragraph break always ends a sentence."""
    tokens = tuple(t for t in sentence.tokens if t.start >= para.start and t.end <= para.end)
    if not tokens:
        return None
    if len(tokens) == len(sentence.tokens):
        return sentence
    return Sentence(tokens[0].start, tokens[-1].end, tokens)


def _inside(token: Token, spans: list[MarkedSpan]) -> bool:
    return any(token.start < s.content.end and token.end > s.content.start for s in spans)


def _usable(tokens: tuple[Token, ...], spans: list[MarkedSpan]) -> tuple[bool, ...]:
    """For each token, whether it lies outside every span: one walk over both, both in text order
    (testing every token against every span took time quadratic in a long paragraph)."""
    if not spans:
        return (True,) * len(tokens)  # most sentences hold no quotation
    ordered = sorted((s.content.start, s.content.end) for s in spans)
    flags, j = [], 0
    for token in tokens:
        while j < len(ordered) and ordered[j][1] <= token.start:
            j += 1
        inside = any(start < token.end and token.start < end for start, end in ordered[j : j + 2])
        flags.append(not inside)
    return tuple(flags)


def _in_paragraph(sentences: list[Sentence], starts: list[int], para: Paragraph) -> list[Sentence]:
    """The sentences overlapping a paragraph, found by bisection (sentences are in text order)."""
    first = max(bisect.bisect_right(starts, para.start) - 1, 0)
    found = []
    for sentence in sentences[first:]:
        if sentence.start >= para.end:
            break
        if sentence.end > para.start:
            found.append(sentence)
    return found


def build_units(
    text: str, paragraphs: list[Paragraph], sentences: list[Sentence], marked: dict[int, list[MarkedSpan]]
) -> list[Unit]:
    """Units of each non-boilerplate paragraph; ``marked`` maps a paragraph index to its outer spans."""
    units: list[Unit] = []
    starts = [s.start for s in sentences]
    for pi, para in enumerate(paragraphs):
        in_para = [s for s in (_clip(s, para) for s in _in_paragraph(sentences, starts, para)) if s]
        if para.boilerplate or not in_para:
            continue
        spans = marked.get(pi, [])
        span_starts = [s.content.start for s in spans]  # spans come in text order
        for group in _merge_crossed(in_para, spans, text):
            tokens = tuple(t for s in group for t in s.tokens)
            start, end = group[0].start, group[-1].end
            units.append(
                Unit(
                    index=len(units),
                    paragraph=pi,
                    start=start,
                    end=end,
                    tokens=tokens,
                    usable=_usable(tokens, spans),
                    quotes=tuple(spans[bisect.bisect_left(span_starts, start) : bisect.bisect_left(span_starts, end)]),
                    text=text[start:end],
                )
            )
    return units


def _merge_crossed(sentences: list[Sentence], spans: list[MarkedSpan], text: str = "") -> list[list[Sentence]]:
    """Sentences grouped so that no span crosses a group's end. A span crosses into ``sent`` when it
    opens before it and closes after the previous group's end: the furthest end of the spans opened
    so far says that, kept as the sentences advance (linear, not sentences times spans). A span's end
    is its closing mark's: stanza may end a sentence before the mark ("… don’t. | ” Nye said"), while
    a quote cut at a sentence end without a mark (a reopened quote, marks.py) crosses nothing."""
    groups: list[list[Sentence]] = []
    ordered = sorted((s.content.start, s.content.end + len(s.close_mark)) for s in spans)
    furthest, j = -1, 0
    for sent in sentences:
        while j < len(ordered) and ordered[j][0] < sent.start:
            furthest = max(furthest, ordered[j][1])
            j += 1
        crossed = groups and furthest > groups[-1][-1].end
        if crossed or (groups and _ends_with_question_quote(groups[-1][-1]) and _is_attribution_tail(sent)) or (
            groups and _runs_on(groups[-1][-1], sent, text)
        ):
            groups[-1].append(sent)
        else:
            groups.append([sent])
    return groups


def _runs_on(before: Sentence, sentence: Sentence, text: str) -> bool:
    """Stanza sometimes ends a sentence after a capitalised word with no stop ("… grilled Wells
    Fargo CEO | John Stumpf on Tuesday …"): on one line, a sentence ending in a word goes on. It also
    ends one inside a web address ("… told Polygraph. | info that …"): a sentence that opens in lower
    case right where the one before ends, with no space, is the same word going on; and after a name written with an
    exclamation mark ("Kerrang! | editor Ashley Bird said")."""
    if not text:
        return False
    last = before.tokens[-1].text
    if before.end == sentence.start and text[sentence.start:sentence.start + 1].islower():
        return True
    if "\n" in text[before.end:sentence.start]:
        return False
    # a name that ends in "!" ("Kerrang! editor Ashley Bird said", "in the Kerrang! poll"): the mark is the name's,
    # written onto its last word, when the sentence after it opens in lower case
    named = last == "!" and len(before.tokens) > 1 and before.tokens[-2].end == before.tokens[-1].start \
        and before.tokens[-2].text[:1].isupper()
    return last[-1:].isalnum() or named and text[sentence.start:sentence.start + 1].islower()


_CLOSING = {"”", '"', "’", "»", "''"}  # "''": the two straight single marks some papers close with
_SUBJECT_PRONOUNS = naming.SUBJECT_PRONOUNS


def _ends_with_question_quote(sentence: Sentence) -> bool:
    """“… 14 million votes?” — stanza ends a sentence after a quoted question or exclamation,
    sometimes a word or two into the name that follows it (“Is that fair?” Laura | Pike said), and
    after a stop inside a quote that closes a quote inside it (“… ‘Let’s see what’s going on.’”)."""
    tokens = sentence.tokens
    for k in range(len(tokens) - 1, max(len(tokens) - 5, 0), -1):
        if tokens[k].text in _CLOSING:
            inner = k - 1
            while inner > 0 and tokens[inner].text in _CLOSING:
                inner -= 1  # a closing mark of a quote inside the quote
            ends = ("?", "!", ".") if inner < k - 1 else ("?", "!")
            if tokens[inner].text in ends:
                return all(t.text[:1].isupper() for t in tokens[k + 1:])
    return False


def _is_attribution_tail(sentence: Sentence) -> bool:
    """"Trump said, looking out on the crowd.": a name or pronoun and a reporting verb open the
    sentence, so it attributes the quote that ended the sentence before."""
    forms = lexicons.reporting_verbs()
    for i, tok in enumerate(sentence.tokens[:6]):
        if tok.text.lower() in forms:
            before = sentence.tokens[:i]
            return bool(before) and all(t.text[:1].isupper() or t.text.lower() in _SUBJECT_PRONOUNS
                                        or t.text in (".", "-") for t in before)
    return False
