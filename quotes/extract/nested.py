"""Reported speech inside reported speech: "Mr Mubanga said the MI6 agent told him the passport had been found
…", "He said he was interrogated by a British man who said he was from MI6, shortly after …".

The outer clause is the first speaker's row (``reported.add_reported``); the clause that a plain speech verb
("say", "tell") inside it reports is a second row, spoken by that verb's subject: a description opening the outer
clause ("the minister had told him that …") or the one a relative "who" stands for ("a British man who said …").
The news gold annotates both (the outer clause keeps the inner one inside it); PolNeAR's never nests, but its
scorer takes the larger overlap, so the outer row still answers for it.
"""

from __future__ import annotations

from quotes import naming
from quotes.extract.cues import OBJECT_PRONOUNS, CueKind, CueMatch, before_adjuncts, find_cues
from quotes.extract.drafts import Attributed, Draft, Reading
from quotes.extract.learned import clause_like
from quotes.extract.sources import find_mentions
from quotes.extract.speakers import cue_record, cue_speakers
from quotes.lexicons import CueType
from quotes.types import MarkedSpan, Mention, MentionKind, QuoteKind, Span, Unit

# plain speech verbs: their clause is someone's words even inside another's ("believe", "find" are not)
NESTED_LEMMAS = frozenset({"say", "tell"})
# OBJECT_PRONOUNS (cues): the addressee of "told" before its clause ("told him the passport had been found")
MARKS = frozenset("“”\"‘’'")
# a clause opening with these is no reported clause ("told him to resign", "said so", "told her about it")
NOT_CLAUSE_OPENERS = frozenset({"to", "so", "about", "of", "for", "nothing", "that", "yes", "no"})
# words opening a subordinate clause whose subject may report speech inside another's clause
SUBORDINATORS = frozenset({"as", "because", "since", "after", "when", "while", "although", "though"})
EDGE = " \t\n,.;:—–-" + "".join(MARKS)


def add_nested(reading: Reading, unit: Unit) -> None:
    """A row for each plain speech verb inside a reported clause of this unit whose subject lies inside that
    clause; the outer clause runs on over it when it stopped at the inner verb ("… the minister had told him")."""
    tokens = unit.tokens
    outers = [d for d in reading.drafts[-reading.settings.coverage_window:]
              if d.unit.index == unit.index and d.kind == QuoteKind.INDIRECT]
    for cue in reading.doc.cues[unit.index]:
        if cue.lemma not in NESTED_LEMMAS or cue.inverted or tokens[cue.first].text.lower().endswith("ing"):
            continue
        at = tokens[cue.first].start
        outer = next((d for d in outers if any(s.start <= at < s.end for s in d.spans)), None)
        span = next((s for s in outer.spans if s.start <= at < s.end), None) if outer is not None else None
        # "a British man who said he was from MI6": a relative clause reports speech inside or outside one
        subject, relative = _inner_subject(reading.doc.mentions[unit.index], unit, cue.first, span, outer)
        start = _inner_clause_start(reading.doc.mentions[unit.index], tokens, cue)
        passive = _passive_agent(reading.doc.mentions[unit.index], unit, cue)
        if passive is not None:
            (subject, start), relative = passive, False
        if subject is None or start is None or (relative and cue.lemma != "say"):
            continue
        content = _clause(unit, start, relative)
        if passive is not None and content is not None and _reattribute(reading, unit, cue, subject, content):
            continue
        if content is None or not clause_like((content,), reading.settings.min_reported_words) or (
                span is None and reading.covered(unit, (content,))) \
                or any(s.start == content.start for d in reading.drafts if d.unit.index == unit.index for s in d.spans):
            continue
        inner = CueMatch(cue.text, cue.lemma, cue.type, cue.first, cue.last, subject, (subject,), complement=start)
        resolved = cue_speakers(reading.doc, reading.registry, unit, inner)
        if not resolved.speakers:
            continue
        if span is not None and span.end < content.end:  # the outer clause holds the inner one
            outer.spans[outer.spans.index(span)] = Span(span.start, content.end, reading.doc.text[span.start:content.end])
        draft = Draft(QuoteKind.INDIRECT, [content], unit, cue_record(reading.doc.text, unit, inner), resolved.speakers)
        draft.confidence = round(reading.settings.rules_reported * resolved.confidence, 2)
        draft.group = reading.new_group()
        reading.add(draft)


def _passive_agent(mentions: list[Mention], unit: Unit, cue: CueMatch) -> tuple[Mention, int] | None:
    """"he was told by the Senate Rules Committee that the tapes were stolen": the passive's agent tells, not
    its subject; the agent (a name, a description, a bare plural: "by doctors") and the clause after "that"."""
    tokens, i = unit.tokens, cue.first
    if cue.lemma != "tell" or i < 1 or tokens[i - 1].text.lower() not in ("was", "were", "been", "being") \
            or i + 3 >= len(tokens) or tokens[i + 1].text.lower() != "by":
        return None
    that = next((k for k in range(i + 3, min(i + 10, len(tokens))) if tokens[k].text.lower() == "that"), None)
    if that is None or that + 1 >= len(tokens) or not tokens[that + 1].text.isalnum() \
            or tokens[that + 1].text.lower() in NOT_CLAUSE_OPENERS:
        return None
    opens = i + 3 if naming.is_determiner(tokens[i + 2].text) else i + 2
    agent = next((m for m in mentions if m.first == opens and that - 1 in (m.last, m.extent_end)), None)
    if agent is None:
        agent = _description(unit, that - 1)
    if agent is None and that == i + 3 and naming.person_noun(tokens[i + 2].text.lower()):
        word = tokens[i + 2]
        agent = Mention(MentionKind.GROUP, Span(word.start, word.end, word.text), word.text.lower(), i + 2, i + 2)
    if agent is None or agent.kind in (MentionKind.PRONOUN, MentionKind.PLACE) or agent.first not in (i + 2, opens):
        return None
    return agent, that + 1


def _reattribute(reading: Reading, unit: Unit, cue: CueMatch, agent: Mention, content: Span) -> bool:
    """The row of the passive's clause, if one was made, now the agent's ("He was told by doctors that …" is the
    doctors' words, not his)."""
    row = next((d for d in reading.drafts if d.unit.index == unit.index and d.kind == QuoteKind.INDIRECT
                and any(s.start == content.start for s in d.spans)), None)
    if row is None:
        return False
    inner = CueMatch(cue.text, cue.lemma, cue.type, cue.first, cue.last, agent, (agent,))
    resolved = cue_speakers(reading.doc, reading.registry, unit, inner)
    if resolved.speakers:
        row.speakers = resolved.speakers
    return True


def _inner_subject(mentions: list[Mention], unit: Unit, verb: int, span: Span | None,
                   outer: Draft | None) -> tuple[Mention | None, bool]:
    """The subject of the verb at token ``verb``, and whether it is the antecedent of a relative "who": a name or
    a description ending before the verb (auxiliaries between), which opens the outer clause ``span`` or
    stands before "who" (then no outer clause is needed); pronouns are left to coreference (the outer speaker, mostly)."""
    tokens = unit.tokens
    k = before_adjuncts(tokens, verb)  # "Conte at first told her", "the minister had told him"
    relative = k >= 1 and tokens[k].text.lower() == "who"
    if relative:
        k -= 2 if tokens[k - 1].text == "," else 1  # "Mr Osric, who said …"
    elif span is None:
        return None, False
    named = next((m for m in mentions if k in (m.last, m.extent_end)), None)
    if named is not None:
        first = named.extent_start if named.extent_start is not None else named.first
        if named.honorific and first > 0 and tokens[first - 1].text.rstrip(".") == named.honorific.rstrip("."):
            first -= 1  # "Mr Osric": the clause opens at the honorific
        if named.kind in (MentionKind.PRONOUN, MentionKind.PLACE):
            return None, relative
        subject = named
    else:
        subject = _description(unit, k)
        if subject is None:
            return None, relative
        first = subject.first
    if relative:
        # the antecedent is an object ("interrogated by a British man who said …"), not the sentence's subject,
        # whose relative clause runs into the main verb ("The people who said it would close were wrong")
        before = tokens[first - 1].text if first > 0 else ""
        if not (before.isalpha() and before.islower() and before not in ("and", "but", "or")):
            return None, True
        return (subject, True) if span is None or tokens[first].start >= span.start else (None, True)
    lo = span.start
    # the subject opens the outer clause; or a partial quote inside it ("the “MI6 agent” told him") cut the
    # clause's first piece short, after the outer cue
    gap = unit.text[tokens[first].start - unit.start: lo - unit.start]
    # or follows a subordinator inside it ("support the plans as the police said they would help …")
    after_subordinator = first > 0 and tokens[first - 1].text.lower() in SUBORDINATORS and tokens[first - 1].start >= lo
    opens = tokens[first].start == lo or after_subordinator or (
        outer is not None and outer.cue is not None and outer.cue.span.end <= tokens[first].start and any(c in MARKS for c in gap))
    return (subject, False) if opens else (None, False)
    return subject, relative


def _description(unit: Unit, k: int) -> Mention | None:
    """"the minister", "her lawyer", "the “MI6 agent”", "a British man": a determiner, at most three words
    (quote marks around them allowed) and a noun of a person, people or an institution ending at token k."""
    tokens = unit.tokens
    end = k
    while end >= 0 and tokens[end].text in MARKS:
        end -= 1
    d0 = end
    while d0 >= 0 and end - d0 < 5 and not naming.is_determiner(tokens[d0].text):
        if not (tokens[d0].text.isalnum() or tokens[d0].text in MARKS):
            return None
        d0 -= 1
    if d0 < 0 or end <= d0:
        return None
    noun = tokens[end].text.lower()
    words = [t.text for t in tokens[d0 + 1: end + 1] if t.text not in MARKS]
    described = " ".join(words).lower()
    span = Span(tokens[d0].start, tokens[k].end, unit.text[tokens[d0].start - unit.start: tokens[k].end - unit.start])
    if noun in naming.DESCRIBED_ORGS:
        return Mention(MentionKind.ORGANISATION, span, span.text, d0, k, anonymous=True)
    if not noun.isalpha() or not naming.person_noun(noun):
        return None
    if noun.endswith("s") and not noun.endswith("ss") or noun in ("people", "police"):
        return Mention(MentionKind.GROUP, span, described, d0, k)
    return Mention(MentionKind.PERSON, span, f"unnamed {described}", d0, k, role=noun, anonymous=True)


def _inner_clause_start(mentions: list[Mention], tokens, cue: CueMatch) -> int | None:
    """The first token of the clause the verb reports: after "told" its addressee (a pronoun or a name), then an
    optional "that"; None when no clause follows ("told him to resign", "said so")."""
    j = cue.last + 1
    if cue.lemma == "tell" and cue.last == cue.first:
        # the addressee (the cue words hold it when it is a name): a pronoun, a name, or one word before "that" ("told parliament that"); not an object
        # before a result clause ("tells so many lies that Clinton could …")
        addressee = next((m for m in mentions if m.first == j), None)
        if j < len(tokens) and tokens[j].text.lower() in OBJECT_PRONOUNS:
            j += 1
        elif addressee is not None:
            j = addressee.last + 1
        elif j + 1 < len(tokens) and tokens[j].text.isalpha() and tokens[j + 1].text.lower() == "that":
            j += 1
        else:
            return None
    elif cue.complement is not None:
        j = cue.complement
    if j < len(tokens) and tokens[j].text.lower() == "that":
        j += 1
    if j >= len(tokens) or not tokens[j].text.isalnum() or tokens[j].text.lower() in NOT_CLAUSE_OPENERS:
        return None
    return j


def _clause(unit: Unit, start: int, relative: bool) -> Span | None:
    """From token ``start`` to the sentence's end, or a relative clause's comma; cut before a quote mark."""
    text = unit.text
    lo = unit.tokens[start].start - unit.start
    hi = len(text)
    for q in unit.quotes:
        opening = q.content.start - len(q.open_mark) - unit.start
        if lo <= opening < hi:
            hi = opening
    if relative and "," in text[lo:hi]:
        hi = text.index(",", lo)
    while hi > lo and text[hi - 1] in EDGE:
        hi -= 1
    if len(text[lo:hi].split()) < 3:
        return None
    return Span(unit.start + lo, unit.start + hi, text[lo:hi])


# words that may stand between a verb inside a quotation and the quotation it introduces ("He said to me, ‘go’",
# "replied that ‘…’", "will, quote, ‘…’")
INTRODUCING = frozenset({",", ":", "that", "quote", "to", "me", "us", "him", "her", "them"})
NESTED_REACH = 4  # such words at most between the verb and the inner quote's mark
FIRST_PERSON_SOURCES = frozenset({"i", "we"})
SPOKEN = frozenset({CueType.SPEECH, CueType.WRITING})  # verbs that give words, not a belief or an act


def other_voice(reading: Reading, unit: Unit, outer: Span, inner: MarkedSpan) -> Attributed | None:
    """Who speaks a quotation quoted inside another's when the outer speaker reports someone else saying it:
    "“I asked Henry ‘…’. He said ‘can I take it please?’”", "“Ambassador Sondland replied that ‘He’s going to do
    it’”", "“People around the world are saying: ‘I’m OK …’”". A careful reader takes the subject of the speech
    verb right before the inner quote, read inside the outer quotation as a sentence of its own; a pronoun there
    means the last person the outer quotation names before it (none named: left alone, not guessed)."""
    tokens = unit.tokens
    mark = inner.content.start - len(inner.open_mark)
    others = [m.content for m in reading.doc.marks.nested if m.content != inner.content]
    usable = [outer.start <= t.start and t.end <= mark and not any(o.start - 1 <= t.start < o.end + 1 for o in others)
              for t in tokens]
    if not any(usable):
        return None
    mentions = find_mentions(reading.doc.text, tokens, usable)
    near = [k for k, t in enumerate(tokens) if usable[k] and t.text.lower() not in INTRODUCING]
    if not near:
        return None
    cue = next((c for c in find_cues(tokens, usable, mentions) if c.last == near[-1] and c.source is not None
                and c.kind is CueKind.VERB and c.type in SPOKEN), None)  # not "wearing “Settle For Hillary” shirts"
    if cue is None or sum(1 for k in range(cue.last + 1, len(tokens)) if usable[k]) > NESTED_REACH \
            or cue.source.span.text.lower() in FIRST_PERSON_SOURCES:
        return None
    source = cue.source
    if source.kind == MentionKind.PRONOUN:
        source = next((m for m in reversed(mentions) if m.last < source.first and m.kind == MentionKind.PERSON), None)
        if source is None:
            return None
    inner_cue = CueMatch(cue.text, cue.lemma, cue.type, cue.first, cue.last, source, (source,))
    resolved = cue_speakers(reading.doc, reading.registry, unit, inner_cue)
    return Attributed(cue_record(reading.doc.text, unit, inner_cue), resolved.speakers, resolved.confidence) \
        if resolved.speakers else None
