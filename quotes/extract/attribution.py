"""Pick the cue that attributes each marked span, and decide the span's kind.

Order of preference, after GGT and CoreNLP's quote-attribution sieves:
1. a cue right after the closing mark (“…,” Nye said / “…,” said Ali Wyne),
2. a cue right before the opening mark (Mao Ning said, “…” / described BRI as “…”),
3. the nearest cue in the same unit (rebuked China for “…”),
4. none: a whole-sentence quote continues the previous speaker (a floating
   quote), a short term is a scare quote.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from quotes.extract.cues import AUXILIARIES, CueKind, CueMatch
from quotes.extract.sources import Mention
from quotes.extract.units import Unit
from quotes.types import MarkedSpan, QuoteKind

PUNCT = {",", ":", "—", "–", "-", "“", "”", '"', "‘", "’", "'", "«", "»", "(", ")"}
MODIFIER_BEFORE = {"a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "so-called", "these", "those"}
NOT_A_HEAD_NOUN = {
    "as", "of", "from", "in", "for", "during", "on", "to", "and", "or", "that", "which", "with", "between",
    "about", "by", "at", "but", "is", "are", "was", "were", "has", "have", "had", "will", "would", "could",
    "can", "may", "might", "should", "must", "said", "says", "told", "while", "when", "after", "before",
    "since", "because", "if", "than", "into", "against", "toward", "towards", "over", "under", "amid",
}
# cues that may stand a few words before the opening mark ("described BRI as “…”")
DISTANT_CUE_VERBS = {"put", "describe", "refer", "call", "praise", "criticize", "rebuke", "accuse", "condemn", "proclaim", "dub"}
DISTANT_CUE_KINDS = {CueKind.PARTICIPLE, CueKind.IN_THEIR_WORDS}


class ChosenBy(StrEnum):
    """How the cue of a marked span was chosen: the sieve that found it."""

    AFTER = "after"  # right after the closing mark
    BEFORE = "before"  # right before the opening mark
    COMPLEMENT = "complement"  # the span is (in) the reported clause of a cue before it
    NEAREST = "nearest"  # the nearest cue with a source in the unit
    NONE = "none"


@dataclass(frozen=True)
class Choice:
    cue: CueMatch | None
    how: ChosenBy


def _only_between(unit: Unit, lo: int, hi: int, allowed: set[int]) -> bool:
    """True when tokens lo..hi-1 are punctuation, auxiliaries, or in ``allowed``."""
    for k in range(lo, hi):
        text = unit.tokens[k].text
        if k in allowed or text in PUNCT or text.lower() in AUXILIARIES:
            continue
        return False
    return True


def _source_tokens(cue: CueMatch) -> set[int]:
    out: set[int] = set()
    for m in cue.sources or ((cue.source,) if cue.source else ()):
        first = m.extent_start if m.extent_start is not None else m.first
        out.update(range(first, (m.extent_end if m.extent_end is not None else m.last) + 1))
    if cue.frame_first is not None:
        out.update(range(cue.frame_first, cue.first))
    return out


def cue_beside(unit: Unit, span: MarkedSpan, first: int, last: int, source: set[int]) -> bool:
    """Whether a cue (tokens ``first``..``last``) stands right after the span's closing mark, only its
    source's tokens (``source``) between ("“…,” the statement read"), or right before its opening mark."""
    after_i = unit.token_after(span.content.end)
    before_i = unit.token_before(span.content.start)
    if after_i is not None and first >= after_i and _only_between(unit, after_i, first, source):
        return True
    return before_i is not None and last <= before_i and _only_between(unit, last + 1, before_i + 1, set())


def choose_cue(unit: Unit, span: MarkedSpan, cues: list[CueMatch]) -> Choice:
    after_i = unit.token_after(span.content.end)
    before_i = unit.token_before(span.content.start)
    # a person's participle governs the words after it ("Putin cherishing his “reliable partner”"), never a
    # quote before it ("… as “deeply flawed” said with Christmas coming up …")
    with_source = [c for c in cues if c.source is not None
                   and not (c.kind is CueKind.PARTICIPLE and unit.tokens[c.first].start >= span.content.end)]
    if after_i is not None:
        for cue in with_source:
            if cue.first >= after_i and _only_between(unit, after_i, cue.first, _source_tokens(cue)):
                return Choice(cue, ChosenBy.AFTER)
    if before_i is not None:
        for cue in reversed(with_source):
            if cue.last > before_i:
                continue
            gap_ok = _only_between(unit, cue.last + 1, before_i + 1, {k for k in range(cue.last + 1, before_i + 1) if unit.tokens[k].text.lower() == "that"})
            reach = 4 if cue.kind is CueKind.PARTICIPLE else 10
            if gap_ok or ((cue.lemma in DISTANT_CUE_VERBS or cue.kind in DISTANT_CUE_KINDS) and before_i - cue.last <= reach):
                return Choice(cue, ChosenBy.BEFORE)
    if before_i is not None:
        # "Peskov said the remarks were “deeply unhelpful”": the quote sits in the cue's reported clause
        preceding = [c for c in with_source if c.complement is not None and c.complement <= before_i + 1]
        if preceding:
            return Choice(preceding[-1], ChosenBy.COMPLEMENT)
    if with_source:
        centre = (span.content.start + span.content.end) // 2

        def distance(c: CueMatch) -> int:
            return abs(unit.tokens[c.first].start - centre)

        return Choice(min(with_source, key=distance), ChosenBy.NEAREST)
    return Choice(None, ChosenBy.NONE)


def is_noun_modifier(unit: Unit, span: MarkedSpan) -> bool:
    """the “no limits” partnership: a short marked term used as a modifier of a noun."""
    if len(span.content.text.split()) > 4:
        return False
    after_i = unit.token_after(span.content.end + len(span.close_mark))
    before_i = unit.token_before(span.content.start - len(span.open_mark))
    if after_i is None or before_i is None:
        return False
    nxt, prev = unit.tokens[after_i].text, unit.tokens[before_i].text.lower()
    if not nxt.isalpha() or not nxt.islower() or nxt in NOT_A_HEAD_NOUN:
        return False
    return prev in MODIFIER_BEFORE or prev.endswith("’s") or prev.endswith("'s")


def starts_unit(unit: Unit, span: MarkedSpan) -> bool:
    """Nothing but the opening mark (and maybe a dash) before the span in its unit."""
    return unit.text_before(span).strip(" \t\n—–-") == ""


def _continues_split_quote(unit: Unit, span: MarkedSpan) -> bool:
    """“China,” Wyne said, “recognizes …”: an earlier span of the unit, then only the attribution."""
    return any(q.content.end < span.content.start for q in unit.quotes)


def is_whole_utterance(unit: Unit, span: MarkedSpan, choice: Choice) -> bool:
    """Direct rather than partial: the quote is a whole clause, not a piece of the writer's sentence."""
    before = unit.text_before(span).rstrip()
    text = span.content.text.lstrip("[(")
    if before.endswith(":"):
        return True  # a colon introduces a whole quotation
    if choice.how is ChosenBy.BEFORE and before.endswith(","):
        # "Mao Ning said, “…”" is direct; "Putin, he wrote, “has become toxic …”" completes
        # the writer's sentence (a subject stands before the parenthetical cue)
        return _continues_split_quote(unit, span) or not _parenthetical_cue(unit, choice.cue)
    if choice.how is ChosenBy.AFTER:
        # “…,” Radchenko said: a whole clause if it opens the sentence after an adverbial
        # or reads as a sentence of its own
        return before.endswith(",") or (text[:1].isupper() and len(text.split()) >= 6)
    return False


def _parenthetical_cue(unit: Unit, cue: CueMatch | None) -> bool:
    if cue is None or cue.source is None:
        return False
    first = min(cue.source.first, cue.first)
    return first > 0 and unit.tokens[first - 1].text == ","


def looks_like_utterance(span: MarkedSpan) -> bool:
    """A full sentence rather than a term: several words, capitalised or ending in punctuation."""
    words = span.content.text.split()
    text = span.content.text.strip()
    return len(words) >= 5 and (text[:1].isupper() or text[:1] in "[(") or text.endswith((".", "?", "!", ".”"))


def learned_kind(unit: Unit, span: MarkedSpan) -> QuoteKind:
    """The kind of a quote the rules took for a scare quote and the model put in an attribution: a whole
    utterance after a colon is direct ("The spokesman said: “We will look at the plans carefully.”", a cue the
    rules found no source for), anything else a partial quote."""
    return QuoteKind.DIRECT if whole_after_colon(unit, span) else QuoteKind.PARTIAL


def whole_after_colon(unit: Unit, span: MarkedSpan) -> bool:
    """A colon introduces the span, and the span reads as a whole sentence of its own (not 'said it: "could not …"',
    whose words complete the writer's sentence)."""
    return unit.text_before(span).rstrip().endswith(":") and looks_like_utterance(span) \
        and not span.content.text[:1].islower()


def classify(unit: Unit, span: MarkedSpan, choice: Choice, heading: bool) -> QuoteKind:
    if heading or is_noun_modifier(unit, span):
        return QuoteKind.SCARE
    if choice.cue is None:
        return QuoteKind.DIRECT if looks_like_utterance(span) and starts_unit(unit, span) else QuoteKind.SCARE
    if starts_unit(unit, span) or is_whole_utterance(unit, span, choice):
        return QuoteKind.DIRECT
    return QuoteKind.PARTIAL


def source_mentions(choice: Choice) -> tuple[Mention, ...]:
    if choice.cue is None:
        return ()
    return choice.cue.sources or ((choice.cue.source,) if choice.cue.source else ())
