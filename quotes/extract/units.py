"""Group sentences into attribution units and mark which tokens lie inside quotes.

Stanza splits sentences inside quotes ("… the Russians don’t. The Russians
can …,” Nye said.), so sentences that a quote crosses are merged into one
unit: the quote and its attribution are then always in the same unit.
"""

from __future__ import annotations

from dataclasses import dataclass

from quotes.types import MarkedSpan, Paragraph, Sentence, Token


@dataclass(frozen=True)
class Unit:
    index: int  # position in the article, counting units
    paragraph: int  # index into the article's paragraphs
    start: int
    end: int
    tokens: tuple[Token, ...]
    usable: tuple[bool, ...]  # False for tokens inside quote marks
    quotes: tuple[MarkedSpan, ...]  # outermost marked spans starting in this unit
    text: str = ""  # the article text from start to end

    def text_before(self, span: MarkedSpan) -> str:
        """Unit text before the span's opening mark."""
        return self.text[: max(0, span.content.start - len(span.open_mark) - self.start)]

    def text_after(self, span: MarkedSpan) -> str:
        return self.text[span.content.end + len(span.close_mark) - self.start :]

    def token_after(self, offset: int) -> int | None:
        """Index of the first token starting at or after a character offset."""
        return next((i for i, t in enumerate(self.tokens) if t.start >= offset), None)

    def token_before(self, offset: int) -> int | None:
        """Index of the last token ending at or before a character offset."""
        return next((i for i in range(len(self.tokens) - 1, -1, -1) if self.tokens[i].end <= offset), None)


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


def build_units(
    text: str, paragraphs: list[Paragraph], sentences: list[Sentence], marked: dict[int, list[MarkedSpan]]
) -> list[Unit]:
    """Units of each non-boilerplate paragraph; ``marked`` maps a paragraph index to its outer spans."""
    units: list[Unit] = []
    for pi, para in enumerate(paragraphs):
        in_para = [s for s in (_clip(s, para) for s in sentences if s.start < para.end and s.end > para.start) if s]
        if para.boilerplate or not in_para:
            continue
        spans = marked.get(pi, [])
        for group in _merge_crossed(in_para, spans):
            tokens = tuple(t for s in group for t in s.tokens)
            start, end = group[0].start, group[-1].end
            units.append(
                Unit(
                    index=len(units),
                    paragraph=pi,
                    start=start,
                    end=end,
                    tokens=tokens,
                    usable=tuple(not _inside(t, spans) for t in tokens),
                    quotes=tuple(s for s in spans if start <= s.content.start < end),
                    text=text[start:end],
                )
            )
    return units


def _merge_crossed(sentences: list[Sentence], spans: list[MarkedSpan]) -> list[list[Sentence]]:
    groups: list[list[Sentence]] = []
    for sent in sentences:
        crossed = groups and any(
            s.content.start < sent.start and s.content.end > groups[-1][-1].end - 1 for s in spans
        )
        if crossed:
            groups[-1].append(sent)
        else:
            groups.append([sent])
    return groups
