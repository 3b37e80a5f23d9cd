"""Partial quotes the first reading took for scare quotes: a fragment in marks inside a clause that someone in
the sentence is reported to have said ("The select committee found that those responsible had been caught up in
the “general atmosphere of enthusiasm” surrounding the internet.").

A marked span is classified before the unit's reported speech is read (extract/attribution.py), so a fragment
whose cue only the reported-speech stage finds (a described subject, the model's clause) was left a scare
quote. Once the unit's clauses are known, ``speak_clause_scares`` gives such a fragment the clause's utterance.
A noun modifier ("the “one country, two systems” formula") and a name or title (every word capitalised) stay
scare quotes, as the gold has them.
"""

from __future__ import annotations

import re

from quotes.extract.attribution import is_noun_modifier
from quotes.extract.drafts import Draft, Reading
from quotes.types import MarkedSpan, QuoteKind, Unit

# what may stand between a reported clause's last piece and the opening mark it ran into
CLAUSE_TO_MARK = " \t\n"


def speak_clause_scares(reading: Reading, unit: Unit) -> None:
    """Each scare quote of the unit that a reported clause runs into (the clause's piece ends at its opening
    mark: "… had been caught up in the “general atmosphere of enthusiasm”") becomes a partial quote of that
    clause's utterance: its speakers, cue and group (the gold's convention: "Nye told VOA that … proves “there
    actually are limits …”" is an indirect piece and a partial, one group)."""
    drafts = [d for d in reading.drafts if d.unit.index == unit.index]
    clauses = [d for d in drafts if d.kind == QuoteKind.INDIRECT and d.speakers]
    for scare in drafts:
        if scare.kind != QuoteKind.SCARE or scare.speakers:
            continue
        span = next((q for q in unit.quotes if q.content.start == scare.spans[0].start), None)
        if span is None or _stays_scare(unit, span):
            continue
        clause = next((d for d in clauses if _runs_into(reading.doc.text, d, span)), None)
        if clause is not None:
            scare.kind, scare.speakers, scare.cue = QuoteKind.PARTIAL, clause.speakers, clause.cue
            scare.group, scare.confidence = clause.group, clause.confidence
            scare.notes.append("inside a reported clause: that utterance's words")


def _stays_scare(unit: Unit, span: MarkedSpan) -> bool:
    """A noun modifier or a marked name or title is nobody's words, wherever it stands; a word in -ing after the
    marks is a participle the quoted noun phrase governs, no head noun ("caught up in the “general atmosphere of
    enthusiasm” surrounding the internet")."""
    if _title_words(span.content.text):
        return True
    after = unit.token_after(span.content.end + len(span.close_mark))
    participle = after is not None and unit.tokens[after].text.endswith("ing") and len(span.content.text.split()) > 1
    return is_noun_modifier(unit, span) and not participle


def _title_words(text: str) -> bool:
    """"the “Hanoi Hilton”", "the “Forum”": every word capitalised, no words said."""
    words = re.findall(r"[^\W\d_][\w’'-]*", text)
    return bool(words) and all(w[:1].isupper() for w in words)


def _runs_into(text: str, clause: Draft, span: MarkedSpan) -> bool:
    """The clause's last piece ends where the span's opening mark begins (spaces between)."""
    opening = span.content.start - len(span.open_mark)
    end = clause.spans[-1].end
    return end <= opening and not text[end:opening].strip(CLAUSE_TO_MARK)
