"""Reported speech without quote marks: "Nye told VOA that China has not …".

Three shapes, each needing a source bound to a clause-taking cue:
- source first: "Wyne said Xi could ask for assurances …" (the content is the
  cue's complement clause, cut before any quote mark);
- source last: "…, Beijing has played an outsize role …, said Joseph Nye Jr., professor
  emeritus of Harvard Kennedy School." / "…, according to Nye and Radchenko.";
- parenthetical: "China’s European partners are important bargaining chips, experts said,
  especially ahead of …".

``add_reported`` makes the rows: the learned stage's reported content first (content outside
quote marks with a source), then the rules' clauses the model did not cover. A clause that runs
around a partial quote is the pieces before, between and after its marks ("the club are still
“in dialogue” with Rangers" -> "the club are still", "with Rangers"), in the partial's group
when the same cue attributes both (``clause_pieces``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from quotes import lexicons, naming
from quotes.extract.cues import AUXILIARIES, CueKind, CueMatch
from quotes.extract.drafts import Draft, Reading, Resolved
from quotes.extract.learned import LEADING_SUBORDINATORS, clause_like, learned_cue, learned_speaker, names_someone
from quotes.extract.sources import MODALS, PREPOSITIONS
from quotes.extract.speakers import cue_record, cue_speakers
from quotes.learn.tagger import FoundAttribution
from quotes.lexicons import Where
from quotes.types import Cue, Mention, MentionKind, QuoteKind, Span, SpeakerType, Unit

# lemmas whose complement is a reported clause (not "urged X to", "vowed to"); "according to X" has one too
CLAUSE_LEMMAS = {
    "say", "tell", "add", "mention", "advise", "state", "note", "explain", "claim", "insist", "argue",
    "assert", "contend", "maintain", "acknowledge", "admit", "concede", "deny", "confirm", "warn",
    "stress", "emphasize", "suggest", "predict", "announce", "declare", "write", "report", "believe",
    "think", "estimate", "reply", "respond", "recall",
    # VerbNet 3.4 say-37.7 and complain-37.8 members that take a that-clause (data/README.md)
    "allege", "disclose", "reveal", "reiterate", "confess", "retort", "complain", "boast", "remark",
    "rule",  # a court's or commission's ruling is reported speech ("The commission ruled that …"; data/README.md)
    "testify", "recognize", "indicate", "find", "show",  # session 5 (data/README.md); all but the first before "that" only
    "conclude", "joke", "quip", "lament", "muse", "exclaim",  # session 5: "conclude" and "lament" before "that" only
    "point", "speculate", "hint", "accept",  # session 8: "pointed out", the rest before "that" only (data/README.md)
    "promise", "vow", "pledge",  # session 8: only before "that" (THAT_CLAUSE_LEMMAS)
    "feel",  # session 10: "felt that …" of a named person (a thinking verb, COGNITIVE)
}
# verbs of commitment whose complement is an infinitive far more often ("vowed to fight", "pledged $1bn"): they
# report a clause only after "that" ("He pledged that he would get the unemployment rate down")
THAT_CLAUSE_LEMMAS = frozenset({"promise", "vow", "pledge"})
COGNITIVE = {"believe", "think", "estimate", "expect", "anticipate", "fear", "hope", "feel"}
TRAILING = " \t\n,.;:—–-"
# the words that open a second speaker's clause inside one sentence ("… but his lawyer told …")
CLAUSE_COORDINATORS = frozenset({"but", "and", "while", "whereas", "yet"})
MARK_CHARS = set("“”\"‘’'«»")
# a piece beside a partial quote made of these words alone says nothing: "telling supporters
# the "stakes are too high"", "they "will not sit on our hands"" (the gold gives them no piece)
EMPTY_PIECE_WORDS = frozenset("""
a an the this that these those to of and or but nor as he she it they we i you his her its their our
""".split())
# what may follow a source-last attribution before the sentence ends: where or when it was said,
# or to whom ("…, the army said in a statement on Wednesday.", "…, the institute has told Reuters.")
ADJUNCT = re.compile(r"(?:(?:in|on|at|during|after|before|to|from|via|through|over|late|early|earlier|last|this|"
                     r"yesterday|today|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|(?:the\s+)?[A-Z])")
# a time or place adverbial may stand between a cue and "that": "announced over the weekend
# that", "announced early last year that"
ADVERBIAL_WORDS = frozenset({"in", "at", "on", "over", "during", "after", "before", "earlier", "early", "late",
                             "later", "last", "this", "previously", "recently", "repeatedly", "publicly"})
# a second content clause coordinated with the first, each with its own "that": "said Yukos may have to declare
# itself bankrupt, and that legal action would be taken" is two clauses, two pieces of one utterance
THAT_COORDINATION = re.compile(r"(?:^|,?\s+)(?:and|but)\s+(?:also\s+)?that\s+(?P<next>[\w’'-]+)")
# "… but that meant …", "and that was all": a demonstrative subject, not a complementiser, before these
DEMONSTRATIVE_VERBS = frozenset({"means", "meant", "seems", "seemed", "made", "makes", "remains", "remained"})
# where the writer's own words follow a reported clause the model cut short: a participle set off by a comma, of
# the clause's speaker ("…, warning of sanctions", "…, having given up his ambition": the gold stops there), a
# sentence adverb (", however"), a relative after a preposition (", for whom …"), a last dash ("… - an even more
# opaque process"; a pair of dashes sets off an aside inside the clause: "… — typically loyal partisans — to cast …")
RUN_ON_STOP = re.compile(r",\s+(?:however\b|[a-z]+\s+(?:whom|which)\b|[a-z]{2,}ing\b)")
DASH = re.compile(r"\s[-–—]\s")
# a wh-word right before a source opens a noun phrase the cue's clause lies in ("what Trump says his plan would do")
FREE_RELATIVES = frozenset({"what", "how", "why", "where", "whatever"})
# after a partial quote the reported clause goes on until the writer's own clause begins
TAIL_STOP = re.compile(r",\s+(?:but|though|although|while|whereas|which|who|as)\b|;|[.!?](?=\s)")


def _trim(unit: Unit, start: int, end: int) -> Span | None:
    text = unit.text
    lo, hi = start - unit.start, end - unit.start
    while lo < hi and text[lo] in TRAILING:
        lo += 1
    while hi > lo and text[hi - 1] in TRAILING:
        hi -= 1
    if hi - lo < 8 or len(text[lo:hi].split()) < 2:
        return None
    return Span(unit.start + lo, unit.start + hi, text[lo:hi])


def _cut_at_mark(unit: Unit, start: int, end: int) -> int:
    """Content stops where a marked quote begins (the marked span is its own quote)."""
    for q in unit.quotes:
        opening = q.content.start - len(q.open_mark)
        if start <= opening < end:
            end = opening
    return end


def _piece(unit: Unit, start: int, end: int, marks: tuple[bool, bool]) -> Span | None:
    """A piece beside a partial quote, however short ("he was", "with Rangers"), unless it is
    punctuation or function words alone, or set off from its mark by
    punctuation ("As for cost, “…”": the writer's lead-in, not the clause). ``marks``: whether a
    mark closes just before ``start`` / opens just after ``end``."""
    text = unit.text
    lo, hi = start - unit.start, end - unit.start
    while lo < hi and (text[lo] in TRAILING or text[lo] in MARK_CHARS):
        lo += 1
    while hi > lo and (text[hi - 1] in TRAILING or text[hi - 1] in MARK_CHARS):
        hi -= 1
    # between two quotes the comma before the second is the clause's own ("“terribly disruptive” and PG&E is
    # taking steps …, “we won’t …,” Vesey said")
    if (marks[0] and text[start - unit.start:lo].strip()) or (
            marks[1] and not marks[0] and text[hi:end - unit.start].strip()):
        return None
    words = re.findall(r"[\w’'-]+", text[lo:hi])
    if not words or all(w.lower() in EMPTY_PIECE_WORDS for w in words):
        return None
    return Span(unit.start + lo, unit.start + hi, text[lo:hi])


def _tail_end(unit: Unit, start: int, end: int) -> int:
    """Where the clause after a partial quote ends: a sentence end, ", but", ", which", ";"."""
    stop = TAIL_STOP.search(unit.text, start - unit.start, end - unit.start)
    return unit.start + stop.start() if stop else end


def clause_pieces(unit: Unit, start: int, end: int, partials: frozenset[int]) -> tuple[Span, ...] | None:
    """A reported clause from ``start`` to ``end`` without the partial quotes in it: the pieces
    before, between and after them ("the club are still "in dialogue" with Rangers" -> "the club
    are still", "with Rangers"). ``partials`` holds the content starts of the unit's marked quotes
    that are partial quotes; None when the clause runs into another marked quote (a
    direct quote is its own row: the caller keeps the clause as it was)."""
    pieces: list[Span | None] = []
    cursor, resumed = start, False
    for q in sorted(unit.quotes, key=lambda q: q.content.start):
        opening = q.content.start - len(q.open_mark)
        closing = q.content.end + len(q.close_mark)
        if closing <= cursor or opening >= end:
            continue
        if q.content.start not in partials or opening < cursor:
            return None
        pieces.append(_piece(unit, cursor, opening, (resumed, True)))
        cursor, resumed = closing, True
    if not resumed:
        piece = _trim(unit, start, end)
        return (piece,) if piece else ()
    pieces.append(_piece(unit, cursor, _tail_end(unit, cursor, end), (True, False)))
    return tuple(p for p in pieces if p is not None)


def coordinated_clauses(unit: Unit, spans: tuple[Span, ...]) -> tuple[Span, ...]:
    """Each content piece cut where a second that-clause is coordinated with the first ("confirmed Mr Smith was
    still in post and that he would stay on" -> "Mr Smith was still in post", "he would stay on"), as the gold
    gives a clause and its coordinate; not "but that was all" (a demonstrative subject before its verb)."""
    out: list[Span] = []
    for span in spans:
        lo = span.start
        for match in THAT_COORDINATION.finditer(span.text):
            following = match.group("next")
            if following.lower() in AUXILIARIES or following.lower() in DEMONSTRATIVE_VERBS or following.endswith("ed"):
                continue
            first = _trim(unit, lo, span.start + match.start())
            if first is not None:
                out.append(first)
            elif match.start() > 0:
                continue
            lo = span.start + match.start("next")  # a piece after a partial quote loses its "and that" too
        rest = _trim(unit, lo, span.end) if lo > span.start else span
        out.extend([rest] if rest is not None else [])
    return tuple(out)


def adjunct_tail(text: str) -> bool:
    """The words after a source-last attribution are an adjunct or the addressee, not a clause:
    "in a statement on Wednesday", "Reuters", nothing at all."""
    words = text.strip(" \t\n.!?”\")").strip()
    if not words:
        return True
    if len(words.split()) > 10 or re.search(r"[,;:“”\"‘]|\bthat\b", words):
        return False
    return ADJUNCT.match(words) is not None


def _eligible(cue: CueMatch, source_is_person: bool) -> bool:
    if cue.source is None or cue.lemma not in CLAUSE_LEMMAS and cue.kind not in (CueKind.ACCORDING_TO, CueKind.STANCE):
        return False
    if cue.lemma in COGNITIVE and not source_is_person:
        return False  # "many observers believe" is the writer's survey, not reported speech
    return True


def reported_content(unit: Unit, cue: CueMatch, source_is_person: bool,
                     partials: frozenset[int] = frozenset()) -> tuple[Span, ...]:
    """The content spans of one reported-speech cue in a unit, or () if it reports nothing;
    ``partials``: the content starts of the unit's partial quotes, which the clause runs around."""
    if not _eligible(cue, source_is_person):
        return ()
    tokens = unit.tokens
    if cue.lemma in THAT_CLAUSE_LEMMAS and (cue.complement is None or tokens[cue.complement - 1].text.lower() != "that"):
        return ()
    src = cue.source
    src_first = min(src.first, cue.first)
    src_last = max(src.extent_end if src.extent_end is not None else src.last, cue.last)
    for m in cue.sources:
        src_last = max(src_last, m.extent_end if m.extent_end is not None else m.last)
    tail_tokens = [t.text for t in tokens[src_last + 1 :]]
    ends_sentence = all(t in (".", "!", "?", "”", '"', ")") for t in tail_tokens) or (
        bool(tail_tokens) and tokens[src_last + 1].text.lower() in PREPOSITIONS
        and adjunct_tail(unit.text[tokens[src_last + 1].start - unit.start:]))
    before_comma = src_first > 0 and tokens[_premodifiers_back(tokens, src_first) - 1].text == ","
    if before_comma:
        src_first = _premodifiers_back(tokens, src_first)
    if cue.kind is CueKind.ACCORDING_TO and src_first <= 1:
        # "According to a NATO official …, the alliance expects …": the content follows the comma
        comma = next((k for k in range(src_last + 1, len(tokens)) if tokens[k].text == ","), None)
        if comma is None:
            return ()
        content = _trim(unit, tokens[comma].end, _cut_at_mark(unit, tokens[comma].end, unit.end))
        return (content,) if content else ()
    # "…, Tory leader Michael Howard has claimed in a heated prime minister's questions.": a cue whose words
    # after it are an adjunct to the sentence's end reports the clause before the comma
    source_last = cue.inverted or cue.kind is CueKind.ACCORDING_TO or (before_comma and (cue.complement is None or ends_sentence))
    if source_last and src_first > 0:
        if not before_comma:
            verb_first = cue.first == src_first and cue.complement is None  # "said Roger Bennett", not "says she …"
            return _before_closing_partial(unit, tokens[src_first - 1].end, partials) if verb_first else ()
        before_end = tokens[src_first - 1].start
        pieces = clause_pieces(unit, unit.start, before_end, partials)
        if pieces is None:  # a direct quote before ", he said" is the quote's own row
            whole = _trim(unit, unit.start, before_end)
            pieces = (whole,) if whole else ()
        if ends_sentence or cue.kind is CueKind.ACCORDING_TO:  # "…, according to Nye and other analysts."
            return pieces
        if src_last + 1 < len(tokens) and tokens[src_last + 1].text == ",":
            resume = tokens[src_last + 1].end
            # "…bargaining chips, experts said, especially ahead of …": both sides are the content; after
            # the cue, around a partial quote ("…, Mayer said, and “patched” the software as …"); not the
            # writer's own clause ("…, said Mr Richards, who added that …")
            if _writers_clause(unit, resume):
                return pieces
            around = clause_pieces(unit, resume, unit.end, partials)
            after = tuple(s for s in around or (_trim(unit, resume, _cut_at_mark(unit, resume, unit.end)),) if s)
            if after and not any(pieces):
                # "Then, says Mr Osric, the board found out": one word before the cue opens the clause too
                pieces = (_piece(unit, unit.start, before_end, (False, False)),)
            return tuple(s for s in (*pieces, *after) if s)
        return ()
    if cue.complement is None:
        return ()
    start = tokens[cue.complement].start
    if cue.first > 0 and tokens[cue.first - 1].text == "," and _inverted_source_phrase(unit.text[start - unit.start:].rstrip(TRAILING + "”\"")):
        return ()  # "…, remain defendants in the lawsuit, said the newspaper.": the source, inverted, not what it said
    pieces = clause_pieces(unit, start, unit.end, partials)
    if pieces is not None:
        return pieces
    content = _trim(unit, start, _cut_at_mark(unit, start, unit.end))
    return (content,) if content else ()


def _before_closing_partial(unit: Unit, end: int, partials: frozenset[int]) -> tuple[Span, ...]:
    """'2004 was a "stellar year" said Roger Bennett': a cue right after the closing mark of a partial quote
    (no comma between) reports the clause that the partial ends, as the pieces before and between its marks."""
    closing = next((q for q in unit.quotes if q.content.end + len(q.close_mark) == end and q.close_mark), None)
    if closing is None or closing.content.start not in partials or closing.content.text.rstrip()[-1:] in ",.;:!?":
        return ()  # 'Humphrey, who calls Trump a “sociopath,” said he …': the comma sets the quote off, no clause ends
    return clause_pieces(unit, unit.start, end, partials) or ()


def _premodifiers_back(tokens, first: int) -> int:
    """"…, the Interior Ministry said", "…, agency officials have stressed", "…, marketing magazine New Media Age
    reported", "…, Tory leader Michael Howard has claimed": the source's determiner and premodifiers (at most three
    words, lowercase or an employer's capitalised name before a lowercase one) before its name."""
    k = first
    while k > 0 and first - k < 3 and tokens[k - 1].text.isalpha() and (
            tokens[k - 1].text.islower() or tokens[k - 1].text.istitle() and k < first and tokens[k].text.islower()) \
            and tokens[k - 1].text not in NOT_PREMODIFIERS and tokens[k - 1].text not in lexicons.reporting_verbs():
        k -= 1
    return k if k > 0 and tokens[k - 1].text == "," else first


# words that end a source's premodifiers walking back: links, subordinators and prepositions
NOT_PREMODIFIERS = PREPOSITIONS | {"and", "but", "or", "while", "as", "because", "although", "though", "when", "if", "which", "who", "that"}


def add_reported(reading: Reading, unit: Unit, used: dict[int, int]) -> None:
    """Reported-speech rows of one unit; ``used`` maps a cue's first token to its utterance group
    (a cue that attributes a marked quote adds a clause to that quote's group)."""
    partials = _partial_drafts(reading, unit)
    starts = frozenset(partials)
    _add_learned(reading, unit, used, partials)
    for cue in reading.doc.cues[unit.index]:
        if cue.source is None and _add_fronted(reading, unit, cue, used, starts):
            continue
        described = described_cue(unit, cue) if cue.source is None else None
        if described is not None:
            cue = described
        if cue.source is None:
            continue
        if cue.first in used and cue.complement is None and not starts:
            continue  # the cue only attributes a marked quote (a clause may run around a partial one)
        is_person = cue.source.kind in (MentionKind.PERSON, MentionKind.PRONOUN)
        scares = _closed_scares(reading, unit, cue) if described is not None else {}
        spans = coordinated_clauses(unit, reported_content(unit, cue, is_person or described is not None,
                                                           starts | frozenset(scares)))
        spans = _before_second_speech_act(unit, cue.last, _before_next_speaker(unit, reading, cue.last, spans))
        lo = unit.tokens[min(cue.first, cue.source.first)].start
        if not spans or (spans[0].start > unit.tokens[cue.last].end and adjunct_after(unit, lo, spans)):
            continue
        if reading.covered(unit, spans):
            if described is None:  # the model's clause of a described subject stays as the model cut it
                _run_on_to_partial(reading, unit, cue, spans, partials)
            continue  # the learned stage has this clause already
        resolved = description_speakers(reading, unit, cue, spans) if described is not None else \
            cue_speakers(reading.doc, reading.registry, unit, cue)
        if not resolved.speakers:
            continue
        draft = Draft(QuoteKind.INDIRECT, list(spans), unit, cue_record(reading.doc.text, unit, cue), resolved.speakers)
        draft.confidence = round(reading.settings.rules_reported * resolved.confidence, 2)
        # "China announced that its relationship … would have “no limits.”": the reported
        # clause and the marked words it runs into are one utterance
        draft.group = used.get(cue.first) or reading.new_group()
        _join_partial(draft, partials, reading.doc.text)
        _speak_scares(draft, list(scares.values()))
        used[cue.first] = draft.group
        reading.add(draft)
        reading.remember_speaker(resolved.speakers, unit)


def _fronted_participle(unit: Unit, cue: CueMatch, cues) -> tuple[CueMatch, int] | None:
    """"Saying Britain must change direction, Mr Howard argues …", "Arguing that voters are just now beginning to tune
    in, Patrick has said …": a participle opening the sentence reports the clause up to its comma, spoken by the
    source of the main clause's reporting verb, named right after that comma; the cue with that source, and the
    comma's token index."""
    tokens = unit.tokens
    opening = all(t.text.lower() in SUBJECT_OPENERS for t in tokens[:cue.first])
    if not opening or not tokens[cue.first].text.lower().endswith("ing") or cue.complement is None \
            or cue.lemma not in CLAUSE_LEMMAS:
        return None
    main = next((c for c in cues if c.first > cue.last and c.source is not None), None)  # "a hydrocarbon called …"
    if main is None or main.inverted or main.kind is not CueKind.VERB or main.source.kind is MentionKind.PRONOUN:
        return None
    comma = next((k for k in range(main.source.first - 1, max(cue.complement, main.source.first - 4), -1)
                  if tokens[k].text == ","), None)
    clause = [t.text.lower() for t in tokens[cue.complement - 1:comma or 0]]
    if comma is None or any(w in (";", ":") or w in MARK_CHARS for w in clause) \
            or not any(w == "that" or w in MODALS or w in BE_FORMS or w in FINITE_AUXILIARIES for w in clause):
        return None  # "Writing his Christmas message in the Northern Echo, the Bishop said": an object, no clause
    return replace(cue, source=main.source, sources=main.sources or (main.source,)), comma


FINITE_AUXILIARIES = frozenset({"has", "have", "had", "does", "did", "do"})


def _add_fronted(reading: Reading, unit: Unit, cue: CueMatch, used: dict[int, int], partials: frozenset[int]) -> bool:
    """The row of a fronted participle's clause (``_fronted_participle``); whether one was made."""
    found = _fronted_participle(unit, cue, reading.doc.cues[unit.index])
    if found is None:
        return False
    cue, comma = found
    tokens = unit.tokens
    spans = clause_pieces(unit, tokens[cue.complement].start, tokens[comma].start, partials)
    if not spans or reading.covered(unit, spans):
        return False
    resolved = cue_speakers(reading.doc, reading.registry, unit, cue)
    if not resolved.speakers:
        return False
    draft = Draft(QuoteKind.INDIRECT, list(spans), unit, cue_record(reading.doc.text, unit, cue), resolved.speakers)
    draft.confidence = round(reading.settings.rules_reported * resolved.confidence, 2)
    draft.group = used.get(cue.first) or reading.new_group()
    used[cue.first] = draft.group
    reading.add(draft)
    return True


def _closed_scares(reading: Reading, unit: Unit, cue: CueMatch) -> dict[int, Draft]:
    """The scare quotes, by content start, of a clause that a described source closes ("The plot is “laughable”,
    a clergyman has said.", "The “best person for the job” should be appointed …, the courts minister has told
    MPs."): every word before ", a clergyman has said" is the clergyman's, the marked ones quoted as he said them.
    The marked span was read before the description was known to speak, so no cue stood beside it."""
    tokens = unit.tokens
    first = _premodifiers_back(tokens, min(cue.first, cue.source.first))
    if first == 0 or tokens[first - 1].text != "," or (cue.complement is not None and not cue.inverted):
        return {}
    end = tokens[first - 1].start
    return {d.spans[0].start: d for d in reading.drafts if d.unit.index == unit.index and d.kind == QuoteKind.SCARE
            and not d.speakers and d.spans[-1].end <= end and not _title_words(d.spans[0].text)}


def _title_words(text: str) -> bool:
    """A marked name or title ("the “Forum”", "“Hanoi Hilton”"): every word capitalised, no words said."""
    words = re.findall(r"[^\W\d_][\w’'-]*", text)
    return bool(words) and all(w[:1].isupper() for w in words)


def _speak_scares(draft: Draft, scares: list[Draft]) -> None:
    """The scare quotes inside a closed clause become partial quotes of its utterance (``_closed_scares``)."""
    for scare in scares:
        scare.kind, scare.speakers, scare.cue = QuoteKind.PARTIAL, draft.speakers, draft.cue
        scare.group, scare.confidence = draft.group, draft.confidence


# what may stand between a described subject and its reporting verb: perfect and modal auxiliaries and adverbs, never
# a form of "be" ("It is said that …", "It was reported that …" name no source) nor a negation ("did not say that")
SUBJECT_GAP = frozenset(AUXILIARIES) - {"was", "were", "is", "are", "been", "since", "not", "never", "n’t", "n't"} \
    | {"now", "always"}  # "a parliamentary commission has now ruled that", "Labour has always maintained"
# a modal puts the verb in a hypothetical ("the government could deny them mining permits", "the specialist would
# assert his Fifth Amendment rights"): no one reported anything
# a sentence adverb a subject may be set off by, between commas ("Wine makers, however, claimed …")
COMMA_ADVERBS = frozenset({"however", "though", "meanwhile", "too", "instead", "moreover"})
# what a described subject opens after: the sentence's start (after a linking word), a comma, or a subordinator
# ("It comes after law lords ruled that …", "… when the Appeal Court ruled the Hunting Act was lawful")
SUBJECT_OPENERS = frozenset({"but", "and", "yet", "so", "now", "however", "still"})
NOT_IN_SUBJECT = frozenset(PREPOSITIONS) - {"of", "for", "in", "at", "from", "on", "with"} | frozenset(
    LEADING_SUBORDINATORS) | {"and", "but", "or", "nor", "who", "which", "that", "whom", "whose", "what", "where", "than"}
SUBJECT_PRONOUNS = frozenset({"it", "they", "he", "she", "we"})
# reporting verbs that news copy gives a noun object as often as a clause ("added another facet", "announced a
# plan", "confirmed the deal"): after a described subject, without "that", only a subject pronoun opens a clause
OBJECT_TAKING = frozenset({"add", "announce", "report", "reveal", "confirm", "disclose", "note", "mention",
                           "estimate", "predict", "recall", "deny", "admit", "acknowledge", "explain", "indicate"})
BE_FORMS = frozenset({"be", "is", "are", "was", "were", "been", "being", "am"})
MAX_SUBJECT_WORDS = 10


def described_cue(unit: Unit, cue: CueMatch) -> CueMatch | None:
    """A clause-taking reporting verb whose subject the rules named no one in: a description ("The Caribbean island's
    government said Disney planned …", "…, police chiefs have told MPs.", "…, claims his agent.") or a pronoun ("It
    added it was planning …"); the cue with that phrase as its source (a group mention, resolved as the learned stage
    resolves a description), or None where the verb has no such subject (a participle, an infinitive, a passive, a
    relative clause: "led the manufacturer to announce …", "the government which claims …")."""
    word = unit.tokens[cue.first].text
    if cue.kind is not CueKind.VERB or cue.lemma not in CLAUSE_LEMMAS or word.endswith("ing") or (
            cue.first > 0 and not word.islower()):
        return None  # a participle; a capitalised word inside the sentence is a name ("the United States")
    verb = lexicons.reporting_verbs().get(word.lower())
    that = _that_follows(unit, unit.tokens[cue.last].end)
    if verb is not None and verb.where is Where.THAT and not that:
        return None  # "an hourlong show aired", "the study found": a verb that takes a clause only with "that"
    if cue.lemma in OBJECT_TAKING and not that and cue.complement is not None \
            and unit.tokens[cue.complement].text.lower() not in SUBJECT_PRONOUNS:
        return None  # "The admiral added another facet to his job": an object, not a clause
    found = _subject_before(unit, cue.first) or _coordinated_subject(unit, cue.first)
    inverted = False
    if found is None and cue.first > 0 and unit.tokens[cue.first - 1].text == ",":
        found, inverted = _subject_after(unit, cue.last), True
    if found is None:
        return None
    first, last = found
    tokens = unit.tokens
    if first > 0 and tokens[first - 1].text == "," and cue.complement is None and _lead_in(unit):
        return None  # "As a phone rang, the announcer said, “…”": the writer's lead-in, not a reported clause
    span = Span(tokens[first].start, tokens[last].end, unit.text[tokens[first].start - unit.start:tokens[last].end - unit.start])
    mention = Mention(MentionKind.GROUP, span, span.text, first, last)
    if inverted:
        return replace(cue, source=mention, sources=(mention,), inverted=True, complement=None)
    return replace(cue, source=mention, sources=(mention,))


def _subject_before(unit: Unit, verb: int) -> tuple[int, int] | None:
    """The token range of the noun phrase that is the subject of the verb at ``verb``, else None (see described_cue)."""
    tokens = unit.tokens
    k = verb - 1
    while k >= 0:
        word = tokens[k].text.lower()
        if word in MODALS and not _that_follows(unit, tokens[verb].end):
            return None
        if word in SUBJECT_GAP:
            k -= 1
        elif word in COMMA_ADVERBS and k >= 1 and tokens[k - 1].text == "," and k + 1 < verb and tokens[k + 1].text == ",":
            k -= 2
        elif word == "," and k >= 1 and tokens[k - 1].text.lower() in COMMA_ADVERBS:
            k -= 1
        else:
            break
    last = k
    while k >= 0 and (_phrase_word(tokens[k].text) or _joining_hyphen(tokens, k, last)) \
            and tokens[k].text.lower() not in NOT_IN_SUBJECT \
            and (tokens[k].text.lower() not in lexicons.reporting_verbs() or _determined_noun(tokens, k)):
        k -= 1
    first = k + 1
    if last < first or last - first >= MAX_SUBJECT_WORDS or not _opens_subject(tokens, first):
        return None
    return (first, last) if subject_phrase([t.text for t in tokens[first:last + 1]]) else None


def _coordinated_subject(unit: Unit, verb: int) -> tuple[int, int] | None:
    """"It did not reveal the crash location and said it was …", "The Conservatives are yet to unveil their plans but
    said in November they would …": a verb coordinated by "and"/"but" with the sentence's first verb phrase has its
    subject, the phrase before that first verb (an auxiliary or a lowercase past form)."""
    tokens = unit.tokens
    k = verb - 1
    while k >= 0 and tokens[k].text.lower() in SUBJECT_GAP:
        k -= 1
    if k < 1 or tokens[k].text.lower() not in ("and", "but"):
        return None
    first_verb = next((j for j in range(1, k) if _finite_word(tokens[j].text)), None)
    if first_verb is None or any(t.text in (",", ";", ":") for t in tokens[first_verb:k - 1]):
        return None  # "After Smith was arrested, police …": the first verb is a fronted clause's
    found = _subject_before(unit, first_verb)
    if found is None or any(t.text.lower() not in SUBJECT_OPENERS and t.text != "," for t in tokens[:found[0]]):
        return None
    return found


def _finite_word(word: str) -> bool:
    """An auxiliary, a copula or a lowercase past form: where a subject's verb phrase begins."""
    low = word.lower()
    return low in SUBJECT_GAP or low in BE_FORMS or low in MODALS or (word.islower() and low.endswith("ed"))


HYPHENS = frozenset({"-", "‐", "‑"})
DETERMINED_BY = naming.DETERMINERS | {"'s", "’s"}


def _joining_hyphen(tokens, k: int, last: int) -> bool:
    """A hyphen the tokenizer split out of one word ("One Washington-based trade expert said", "The 27-year-old
    believes"): no space on either side, a word on both."""
    return tokens[k].text in HYPHENS and 0 < k < last and tokens[k - 1].end == tokens[k].start \
        and tokens[k].end == tokens[k + 1].start


def _determined_noun(tokens, k: int) -> bool:
    """A reporting verb's form right after a determiner or a possessive is a noun ("The report says …", "Its
    estimate showed …", "the agency's report found …"), a word of the subject, not a second verb."""
    if k == 0:
        return False
    return tokens[k - 1].text.lower() in DETERMINED_BY


def _opens_subject(tokens, first: int) -> bool:
    """The words before ``first`` let a subject open there: nothing, a linking word, a comma, a subordinator."""
    before = [t.text.lower() for t in tokens[:first]]
    if not before or before[-1] in (",", ";") or before[-1] in LEADING_SUBORDINATORS:
        return True
    return all(w in SUBJECT_OPENERS for w in before)


def _subject_after(unit: Unit, verb: int) -> tuple[int, int] | None:
    """"…, claims his agent.", "…, say officials.": the noun phrase after a sentence-final verb set off by a comma."""
    tokens = unit.tokens
    k = verb + 1
    while k < len(tokens) and _phrase_word(tokens[k].text):
        k += 1
    if k == verb + 1 or k - verb - 1 > MAX_SUBJECT_WORDS or any(t.text not in ".!?”\"" for t in tokens[k:]):
        return None
    words = [t.text for t in tokens[verb + 1:k]]
    if any(w.lower() in NOT_IN_SUBJECT for w in words):
        return None
    return (verb + 1, k - 1) if subject_phrase(words) else None


def _phrase_word(word: str) -> bool:
    """A word of a noun phrase: letters or digits first, or a possessive ending ("the island's government")."""
    return word[:1].isalnum() or word.lower() in ("'s", "’s", "'", "’")


def subject_phrase(words: list[str]) -> bool:
    """Words that can be a described subject: a pronoun alone, or a phrase opening with a determiner, a number or a
    capital, or a plural noun alone or with modifiers ("police chiefs", "law lords"), that ends in a noun-like word."""
    lower = [w.lower() for w in words]
    if lower[0] in SUBJECT_PRONOUNS or lower[0] in ("i", "you"):
        return len(words) == 1 and lower[0] in SUBJECT_PRONOUNS  # "I", "you": the writer or the reader
    if any(w in naming.DETERMINERS and lower[k - 1] not in PREPOSITIONS for k, w in enumerate(lower) if k):
        return False  # "The two taped an hourlong show", "Last week the bank": a verb or an adjunct before a noun phrase
    if any(w in AUXILIARIES or w in BE_FORMS for w in lower):
        return False  # "It is said …", "The deal has been reported …": a verb phrase, not a subject
    head = lower[-1]
    if not head.isalpha() or head in naming.DETERMINERS or head in SUBJECT_PRONOUNS or head.endswith("ly") \
            or (head in lexicons.reporting_verbs() and (len(lower) < 2 or not _determines(lower[-2]))):
        return False  # "The report says" has a noun for its head; "Then told …" has none
    return lower[0] in naming.DETERMINERS or words[0][:1].isupper() or words[0][:1].isdigit() or head.endswith("s")


# a count before a noun that is also a verb's form makes it a noun: "…, say two reports", "three studies show"
COUNT_WORDS = frozenset({"two", "three", "four", "five", "several", "both", "many", "some", "new", "recent"})


def _determines(word: str) -> bool:
    """A word after which a reporting verb's form is a noun: a determiner, a possessive, a count."""
    return word in DETERMINED_BY or word in COUNT_WORDS or word.isdigit()


def description_speakers(reading: Reading, unit: Unit, cue: CueMatch, spans: tuple[Span, ...]) -> Resolved:
    """The speakers of a described subject (``described_cue``), as the learned stage resolves a source phrase; a
    thinking verb ("believes", "expects") reports only a person the description names ("The 27-year-old believes
    …", not "Many observers believe …")."""
    tokens = unit.tokens
    cue_span = Span(tokens[cue.first].start, tokens[cue.last].end, reading.doc.text[tokens[cue.first].start:tokens[cue.last].end])
    found = FoundAttribution(unit.index, (cue_span,), cue.source.span, spans, tuple(range(cue.first, cue.last + 1)))
    resolved = learned_speaker(reading, unit, found)
    if cue.source.span.text.lower() in SUBJECT_PRONOUNS and (resolved.confidence <= reading.settings.bare_description
                                                            or any(s.name.lower() in SUBJECT_PRONOUNS for s in resolved.speakers)):
        return Resolved((), 0.0)  # a pronoun nothing before it resolves is no speaker ("It added …" as "It")
    if cue.lemma in COGNITIVE and (resolved.confidence <= reading.settings.bare_description
                                   or any(s.type is not SpeakerType.PERSON for s in resolved.speakers)):
        return Resolved((), 0.0)
    return resolved


def _run_on_to_partial(reading: Reading, unit: Unit, cue: CueMatch, spans: tuple[Span, ...],
                       partials: dict[int, Draft]) -> None:
    """The model's clause stopped short of a partial quote that the rules' clause runs around ("He warned
    that unless ministers backed down …, the government would have “great difficulty” in getting the Bill
    through": the model stopped at the comma), or took one side of a parenthetical cue only ("The engineers
    isolated the problem, Berg said, and “patched” the software as …"): the rules' pieces, up to the marks and
    on after them, are the clause (the gold's convention), when they hold all the model's clause of the same cue
    and the partial quote is this cue's too (not "…, while stressing the efforts are to “…”": another cue's)."""
    record = cue_record(reading.doc.text, unit, cue)
    first = min((start for start in partials if spans[0].start < start < max(s.end for s in spans)), default=None)
    if len(spans) < 2 or first is None or not _same_cue(partials[first].cue, record):
        return
    learned = next((d for d in reversed(reading.drafts) if d.unit.index == unit.index and d.kind == QuoteKind.INDIRECT
                    and _same_cue(d.cue, record) and any(a.start < b.end and b.start < a.end for a in d.spans for b in spans)), None)
    if learned is None or not all(any(r.start <= piece.start and piece.end <= r.end for r in spans) for piece in learned.spans):
        return
    if sum(r.end - r.start for r in spans) > sum(piece.end - piece.start for piece in learned.spans):
        learned.spans = list(spans)
        _join_partial(learned, partials, reading.doc.text)


def _partial_drafts(reading: Reading, unit: Unit) -> dict[int, Draft]:
    """The unit's partial quotes, by content start: a reported clause runs around them (a scare
    quote still ends the clause: "stressed her support during a “Forum” sponsored by …")."""
    return {d.spans[0].start: d for d in reading.drafts if d.unit.index == unit.index and d.kind == QuoteKind.PARTIAL}


def _join_partial(draft: Draft, partials: dict[int, Draft], text: str) -> None:
    """Pieces right beside a partial quote that the same cue attributes are that utterance's: its
    group ("the club are still “in dialogue” with Rangers" is one thing John Williams said); a
    partial another cue attributes ("recalled Obama talking about “…”") is not. The clause keeps
    the speaker its own cue resolved ("An attorney for Holcomb, Mark Delane, said his client
    “…”": Mark Delane, where the model made the partial's speaker the unnamed attorney)."""
    gap = TRAILING + "".join(MARK_CHARS)
    for piece in draft.spans:
        for start, partial in sorted(partials.items()):
            end = partial.spans[0].end
            if partial.kind != QuoteKind.PARTIAL or not partial.speakers or not _same_cue(partial.cue, draft.cue):
                continue
            if (piece.end <= start and not text[piece.end:start].strip(gap)) or (
                    end <= piece.start and not text[end:piece.start].strip(gap)):
                draft.group = partial.group
                if not draft.speakers:
                    draft.speakers = partial.speakers
                return


def _same_cue(a: Cue | None, b: Cue | None) -> bool:
    return a is not None and b is not None and a.span.start < b.span.end and b.span.start < a.span.end


def _add_learned(reading: Reading, unit: Unit, used: dict[int, int], partials: dict[int, Draft]) -> None:
    """Reported speech the model found: content outside quote marks, with its source."""
    starts = frozenset(partials)
    earlier: list[FoundAttribution] = []
    for found in reading.doc.learned[unit.index]:
        found = with_governing_source(unit, found, earlier)
        found = _source_last_content(unit, _inverted_source(unit, found), starts)
        found = _parenthetical_content(unit, found, starts, reading)
        found = _parenthetical_rest(unit, found, reading)
        found = _according_to_opening(unit, found)
        earlier.append(found)
        if not names_someone(found.source) or not found.content or _holds_speech_cue(unit, found, reading.doc.learned[unit.index]) \
                or _inside_closing_attribution(unit, found, reading.doc.cues[unit.index]):
            continue
        content = _run_on_to_clause_end(unit, found, reading)
        whole = _before_coordinated_cue(unit, found, _after_adverbial(unit, found, content), reading)
        whole = _before_next_speaker(unit, reading, found.cue_tokens[-1], whole) if found.cue_tokens else whole
        if not clause_like(whole, reading.settings.min_reported_words) or _writers_adjunct(unit, found, whole):
            continue
        # only a clause-taking cue's clause runs around a partial quote ("The plan, called a “job
        # killer” by Park, passed the House", "criticized governments that view … in terms of
        # “…”": an object, not a reported clause)
        clause_cue = found_clause_lemma(found, unit) is not None or _according_to(found)
        content = coordinated_clauses(unit, _learned_pieces(unit, whole, starts if clause_cue else frozenset()))
        if not content or reading.covered(unit, content):
            continue  # a marked quote of this attribution already has its row
        resolved = learned_speaker(reading, unit, found)
        rules_cue = _rules_cue_with_source(reading, unit, found) if content != whole else None
        if rules_cue is not None:
            # pieces around a partial: the rules' cue resolves the speaker, as it would for the
            # clause cut at the mark ("An attorney for Holcomb, Mark Delane, said his client “…”")
            by_rules = cue_speakers(reading.doc, reading.registry, unit, rules_cue)
            resolved = by_rules if by_rules.speakers else resolved
        draft = Draft(QuoteKind.INDIRECT, list(content), unit, learned_cue(reading, unit, found), resolved.speakers)
        draft.confidence = round(reading.settings.learned_reported * found.cue_probability * resolved.confidence, 2)
        first = found.cue_tokens[0]
        draft.group = used.get(first) or reading.new_group()
        _join_partial(draft, partials, reading.doc.text)
        used[first] = draft.group
        reading.add(draft)
        reading.remember_speaker(draft.speakers, unit)


# what opens the writer's own words after an attribution that closes what came before: a subordinate clause of
# time or reason ("“…,” Eric Garner said before he died", "…, said Liz Wahl, when she resigned from the network")
# or a time adjunct ("Michael Flynn said Thursday morning on Fox News")
ADJUNCT_OPENERS = frozenset({"when", "before", "after", "until", "while", "since", "because", "as", "once"})
TIME_ADJUNCT = re.compile(r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight|last|earlier|later)"
                          r"(?:\s+(?:morning|afternoon|evening|night|week|month|year))?\b", re.IGNORECASE)


def _writers_adjunct(unit: Unit, found: FoundAttribution, content: tuple[Span, ...]) -> bool:
    """The model's content after its cue is the writer's adjunct (``adjunct_after``)."""
    if not content or not found.cue or content[0].start < found.cue[-1].end:
        return False
    return adjunct_after(unit, min(found.cue[0].start, found.source.start if found.source is not None else found.cue[0].start),
                         content)


def adjunct_after(unit: Unit, lo: int, content: tuple[Span, ...]) -> bool:
    """Content after a cue is the writer's adjunct, not a reported clause: the source and cue (from ``lo``) close a
    quotation or clause before them (words stand before them in the sentence) and the content opens with a
    subordinator of time or reason or is a time adjunct of a few words (see ADJUNCT_OPENERS); never after "that"
    ("admitting that after fighting off the child's mother, he drove …")."""
    before = re.findall(r"[\w’'-]+", unit.text[:content[0].start - unit.start])
    if before and before[-1].lower() == "that":
        return False
    if len(re.findall(r"[\w’'-]+", unit.text[:lo - unit.start])) < 3:
        return False  # "He said when he arrived the door was open": the clause is the whole report
    text = " ".join(piece.text for piece in content)
    first = _first_word(unit, content[0].start)
    return first in ADJUNCT_OPENERS or (TIME_ADJUNCT.match(text) is not None and len(text.split()) <= 6)


def _run_on_to_clause_end(unit: Unit, found: FoundAttribution, reading: Reading) -> tuple[Span, ...]:
    """"The woman said she was assaulted after a recording of the show", "It has said it needs to cut 6,000 jobs
    and reduce costs": the model's content after a finite clause-taking cue stopped inside the clause; a reader
    takes the clause on to its end: the sentence's end, a quote mark or the writer's own words (``RUN_ON_STOP``),
    when no other cue stands in the words between (", warning of …", "but Russian authorities argued …") and the
    cue is no participle ("voters saying they want a ban … is as high as …") nor in a fronted subordinate clause
    ("When Clinton said she would debate on that day, he looked …": that clause ends at its comma)."""
    content = found.content
    if not content or not found.cue or content[0].start < found.cue[-1].end or found_clause_lemma(found, unit) is None \
            or found.cue[-1].text.lower().endswith("ing") or _in_free_relative(unit, found):
        return content
    last = content[-1]
    end = last.start + len(last.text.rstrip(TRAILING))
    stop = _tail_end(unit, end, _cut_at_mark(unit, end, unit.end))
    gap = unit.text[end - unit.start:stop - unit.start]
    dashes = list(DASH.finditer(gap))
    paired = len(dashes) + len(DASH.findall(unit.text[last.start - unit.start:end - unit.start])) > 1
    cut = RUN_ON_STOP.search(gap) or (dashes[0] if dashes and not paired else None)
    opening = re.match(r"\s*(?:(?:but|and|yet)\s+)?([\w’'-]+)", unit.text, re.IGNORECASE)
    if cut is None and opening is not None and opening.group(1).lower() in LEADING_SUBORDINATORS:
        cut = re.search(",", gap)
    if cut is not None:
        stop, gap = end + cut.start(), gap[:cut.start()]
    if not gap.strip(TRAILING + ")") or gap.count("(") != gap.count(")") or gap.find(")") < gap.find("(") \
            or any(c in gap for c in "[]"):
        return content  # a parenthesis the clause stands in closes here ("(44 percent say they want …), but …")
    tokens = unit.tokens
    firsts = {c.first for c in reading.doc.cues[unit.index]}
    firsts |= {k for f in reading.doc.learned[unit.index] for k in f.cue_tokens}
    inside = [k for k in firsts if end <= tokens[k].start < stop]
    if inside:
        stop = _next_speaker_opens(unit, reading, end, min(inside))
        if stop is None:
            return content
    longer = _trim(unit, last.start, stop)
    return (*content[:-1], longer) if longer is not None else content


def _before_next_speaker(unit: Unit, reading: Reading, cue_last: int, spans: tuple[Span, ...]) -> tuple[Span, ...]:
    """"Police said the man was armed while his family insists he was innocent": a clause ends where a coordinator
    opens another speaker's cue inside it (the later cue reports its own clause); ``cue_last``: the last token of
    the clause's own cue."""
    if not spans:
        return spans
    last = spans[-1]
    firsts = {c.first for c in reading.doc.cues[unit.index]} | {f.cue_tokens[0] for f in reading.doc.learned[unit.index]
                                                               if f.cue_tokens}
    for first in sorted(firsts):
        if first <= cue_last or not last.start <= unit.tokens[first].start < last.end:
            continue
        stop = _next_speaker_opens(unit, reading, last.start, first)
        if stop is not None:
            shorter = _trim(unit, last.start, stop)
            return (*spans[:-1], shorter) if shorter is not None else spans[:-1]
    return spans


def _next_speaker_opens(unit: Unit, reading: Reading, end: int, cue_first: int) -> int | None:
    """"US Customs claimed Mr Griffiths was one of the leaders but his lawyer … told …": where the clause the model
    cut short meets another speaker's cue, it ends at the coordinator that opens that speaker's clause, when the
    next cue's source (the rules' or the model's) starts right after it; None when no such coordinator stands."""
    tokens = unit.tokens
    sources = [c.source.first for c in reading.doc.cues[unit.index] if c.first == cue_first and c.source is not None]
    sources += [k for f in reading.doc.learned[unit.index] if cue_first in f.cue_tokens and f.source is not None
                for k, tok in enumerate(tokens) if tok.start == f.source.start]
    for k in sources:
        if 0 < k and tokens[k - 1].text.lower() in CLAUSE_COORDINATORS and tokens[k - 1].start > end \
                and "," not in unit.text[end - unit.start:tokens[k - 1].start - unit.start]:
            return tokens[k - 1].start
    return None


def _in_free_relative(unit: Unit, found: FoundAttribution) -> bool:
    """"The gap between what Trump says his plan would do, and what it would do, began …": the cue and its clause
    are inside a noun phrase that a wh-word opens right before the source; the clause ends where the model ended it."""
    lo = min(found.source.start, found.cue[0].start) if found.source is not None else found.cue[0].start
    before = re.findall(r"[\w’'-]+", unit.text[:lo - unit.start])
    return bool(before) and before[-1].lower() in FREE_RELATIVES


def _holds_speech_cue(unit: Unit, found: FoundAttribution, founds) -> bool:
    """"Jennifer Lopez cancelled an appearance at the premiere saying she was too ill to fly": the model's
    content of a verb that takes no reported clause ("cancelled") runs over a participle of its attributions whose
    cue does ("saying"); that one is the speech, and this one would cover it. Not a finite verb inside ("seized on
    a report that Trump had …", "we need to know what … Mr Trump claims to be": PolNeAR keeps the outer content)."""
    if found_clause_lemma(found, unit) is not None or _according_to(found):
        return False
    return any(other is not found and found_clause_lemma(other, unit) is not None and other.cue[0].text.endswith("ing")
               and any(c.start <= other.cue[0].start < c.end for c in found.content)
               for other in founds if other.cue)


def _inside_closing_attribution(unit: Unit, found: FoundAttribution, cues) -> bool:
    """"A New York man pleaded guilty Monday to threatening …, prosecutors said.": the model's cue takes no reported
    clause ("pleaded guilty", "wants") and lies inside the clause that a speech cue set after it closes ("…,
    prosecutors said."): what the closing source said, its subject a word of it, not a speaker. A reporting verb
    inside ("Smith said the plant would close, the paper reported") is an attribution of its own and stays."""
    if not found.cue or found_clause_lemma(found, unit) is not None or _according_to(found):
        return False
    cue_start = found.cue[0].start
    for cue in cues:
        cue = described_cue(unit, cue) if cue.source is None else cue  # "…, her spokesman said."
        if cue is None or cue.source is None or cue.kind is not CueKind.VERB or cue.lemma not in CLAUSE_LEMMAS:
            continue
        before = unit.tokens[min(cue.first, cue.source.first)].start
        if cue_start >= before:
            continue
        spans = reported_content(unit, cue, cue.source.kind in (MentionKind.PERSON, MentionKind.PRONOUN))
        if spans and spans[-1].end <= before and any(s.start <= cue_start < s.end for s in spans):
            return True
    return False


def _rules_cue_with_source(reading: Reading, unit: Unit, found: FoundAttribution) -> CueMatch | None:
    """The rules' clause-taking cue with a source among the model's cue words, if any."""
    return next((c for c in reading.doc.cues[unit.index]
                 if c.first in found.cue_tokens and c.source is not None and c.lemma in CLAUSE_LEMMAS), None)


def _learned_pieces(unit: Unit, content: tuple[Span, ...], partials: frozenset[int]) -> tuple[Span, ...]:
    """The model's content runs through partial quotes (PolNeAR's convention): the pieces around
    them; content holding a direct quote stays whole (that quote's row covers it). Content that
    stops at a partial's opening mark goes on after it ("believes the plans to use the money
    saved from not introducing “illiberal” ID cards to boost police numbers would appeal …")."""
    pieces: list[Span] = []
    for n, span in enumerate(content):
        # on to the next piece the model found, else to the sentence's end
        end = (content[n + 1].start if n + 1 < len(content) else unit.end) if _partial_opens_at(unit, span.end, partials) else span.end
        around = clause_pieces(unit, span.start, end, partials)
        if around is None or not any(span.start <= start < end for start in partials):
            pieces.append(span)
        else:
            pieces.extend(around)
    return tuple(pieces)


def _partial_opens_at(unit: Unit, offset: int, partials: frozenset[int]) -> bool:
    """A partial quote's opening mark follows ``offset`` across spaces only, or ``offset`` lies
    inside the partial quote (the model's content stopped in the marked words)."""
    for q in unit.quotes:
        opening = q.content.start - len(q.open_mark)
        closing = q.content.end + len(q.close_mark)
        if q.content.start not in partials:
            continue
        if opening < offset < closing:
            return True
        if offset <= opening and not unit.text[offset - unit.start:opening - unit.start].strip():
            return True
    return False


def with_governing_source(unit: Unit, found: FoundAttribution, earlier: list[FoundAttribution]) -> FoundAttribution:
    """"It did not reveal the location and said it was withholding …", "…, saying the hostages
    …": a coordinated or participial cue the model found without a source has the source of the
    clause it hangs on, the model's last attribution before it in the sentence that has one."""
    if names_someone(found.source) or not found.cue_tokens:
        return found
    first = found.cue_tokens[0]
    tokens = unit.tokens
    before = [t.text.lower() for t in tokens[max(0, first - 2):first]]
    coordinated = bool(before) and before[-1] in ("and", "but")
    participle = bool(before) and before[-1] == "," and tokens[first].text.lower().endswith("ing")
    if not (coordinated or participle) or _clause_lemma(tokens[first].text) is None:
        return found  # "and considered the only country", "proposing new limits": no reported clause
    if first + 1 < len(tokens) and tokens[first + 1].text.lower() in PREPOSITIONS:
        return found  # "…, warning of secondary sanctions": an object, not a clause
    governing = next((f for f in reversed(earlier) if names_someone(f.source) and f.cue_tokens
                      and f.cue_tokens[-1] < first and f.source.end <= tokens[first].start), None)
    if governing is None:
        return found
    after = tuple(piece for piece in found.content if piece.start >= tokens[first].end)
    return replace(found, source=governing.source, content=after)


def found_clause_lemma(found: FoundAttribution, unit: Unit) -> str | None:
    """The clause-taking reporting verb among the model's cue words ("said in a statement"), if any; a
    that-only verb (data/reporting_verbs.tsv) only before its "that" ("The results showed the weakness of
    “establishment” as a label" reports no clause)."""
    for span in found.cue:
        for word in re.finditer(r"[\w’'-]+", span.text):
            lemma = _clause_lemma(word.group())
            if lemma is not None and _clause_here(unit, lemma, word.group(), span.start + word.end()):
                return lemma
    return None


def _clause_here(unit: Unit, lemma: str, word: str, offset: int) -> bool:
    """Whether a clause-taking verb ending at ``offset`` takes a clause there: a that-only verb and a verb of
    commitment only before "that" ("promising lower taxes", "accepted the request" report no clause), "pointed"
    only as "pointed out" ("pointed to reports")."""
    if lemma == "point":
        return unit.text[offset - unit.start:].split()[:1] == ["out"]
    if lexicons.reporting_verbs()[word.lower()].where is Where.THAT or lemma in THAT_CLAUSE_LEMMAS:
        return _that_follows(unit, offset)
    return True


def _that_follows(unit: Unit, offset: int) -> bool:
    """"that" right after ``offset``, or after a short adverbial ("found on Monday that")."""
    words = unit.text[offset - unit.start:].split()[:6]
    return bool(words) and (words[0].lower() == "that" or (words[0].lower() in ADVERBIAL_WORDS and "that" in words))


def _clause_lemma(word: str) -> str | None:
    """The lemma of a reporting verb form whose complement is a reported clause, else None."""
    verb = lexicons.reporting_verbs().get(word.lower())
    return verb.lemma if verb is not None and verb.lemma in CLAUSE_LEMMAS else None


def _source_last_content(unit: Unit, found: FoundAttribution, partials: frozenset[int]) -> FoundAttribution:
    """"…, the army said in a statement on Wednesday.", "…, said study co-author Ana Solis, a
    research fellow.": a source and cue closing the sentence after a comma, where the model
    found no content, report the clause before the comma."""
    if not names_someone(found.source) or not found.cue or found.content and not _prepositional_tail(unit, found):
        return found
    lo = min(found.source.start, found.cue[0].start)
    hi = max(found.source.end, found.cue[-1].end)
    text = unit.text
    comma = text[:lo - unit.start].rstrip()
    if not comma.endswith(",") or not adjunct_tail(text[hi - unit.start:]):
        return found
    if not _source_reports(unit, found):
        return found
    pieces = clause_pieces(unit, unit.start, unit.start + len(comma) - 1, partials)
    return replace(found, content=pieces) if pieces else found


_INVERTED_SOURCE_SHAPE = re.compile(r"(?:the|a|an|his|her|its|their)(?: [\w-]+){1,3}", re.IGNORECASE)


def _inverted_source_phrase(text: str) -> bool:
    """A determiner and at most three words ending in a noun for a person, an outlet or a body ("the newspaper", "a
    spokesman", "the ministry"): a source, not a clause ("the device was popular")."""
    if not _INVERTED_SOURCE_SHAPE.fullmatch(text):
        return False
    head = text.split()[-1].lower()
    return naming.person_noun(head) or head in naming.MEDIA_HEADS or head in naming.DESCRIPTION_ORG_HEADS


def _inverted_source(unit: Unit, found: FoundAttribution) -> FoundAttribution:
    """"Two directors, Bert Roberts and Francesco Galesi, remain defendants, said the newspaper.": where the model took
    the sentence before the cue for its source and the noun phrase closing the sentence after it for its content, the
    phrase is the source (an inverted "said the newspaper") and the clause before the comma what it said."""
    if len(found.content) != 1 or not found.cue or found.source is None or found.source.end > found.cue[0].start:
        return found
    content = found.content[0]
    if not _inverted_source_phrase(content.text) or unit.text[content.end - unit.start:].strip(TRAILING) \
            or not found.source.text.rstrip().endswith(",") or len(found.source.text.split()) < 4:
        return found
    return replace(found, source=content, content=())


_TAIL_PREPOSITIONS = frozenset({"in", "on", "at", "during", "over", "via", "through"})


def _prepositional_tail(unit: Unit, found: FoundAttribution) -> bool:
    """The model's content is the prepositional adjunct closing the sentence after its cue ("…, Tory leader Michael
    Howard has claimed in a heated prime minister's questions."), not a clause."""
    content = found.content
    if content[0].start < found.cue[-1].end or content[0].start < found.source.end:
        return False
    first = re.search(r"[\w’'-]+", unit.text[max(found.cue[-1].end, found.source.end) - unit.start:])
    return first is not None and first.group(0).lower() in _TAIL_PREPOSITIONS


def _source_reports(unit: Unit, found: FoundAttribution) -> bool:
    """The model's cue holds a clause-taking reporting verb, after auxiliaries only, whose subject is the source."""
    words = [w for span in found.cue for w in re.findall(r"[\w’'-]+", span.text)]
    verb = next((k for k, w in enumerate(words) if _clause_lemma(w) is not None), None)
    if verb is None or any(w.lower() not in AUXILIARIES for w in words[:verb]):
        # "…, the losing side could be expected to take the case …": no reporting verb;
        # "…, Patriot failed as predicted.": the verb is not the source's
        return False
    between = unit.text[found.source.end - unit.start:found.cue[0].start - unit.start].split()
    # "…, the plan, critics fear, predicted …": the source is not the verb's subject
    return found.source.end > found.cue[0].start or all(w.lower() in AUXILIARIES for w in between)


def _before_coordinated_cue(unit: Unit, found: FoundAttribution, content: tuple[Span, ...],
                            reading: Reading) -> tuple[Span, ...]:
    """"Park said the bill was dead and added that she would …": a clause ends before "and" or
    "but" and the next reporting verb or its subject (that verb's clause is its own attribution), and nothing
    after that verb is this cue's."""
    tokens = unit.tokens
    firsts = {c.first for c in reading.doc.cues[unit.index]}
    firsts |= {f.cue_tokens[0] for f in reading.doc.learned[unit.index] if f.cue_tokens}
    # "… insisted the sale was theft but Russian authorities argued they …": a clause of its own, whose subject
    # and cue follow the link (the rules' cue with its source right after "and" or "but")
    firsts |= {c.source.first for c in reading.doc.cues[unit.index] if c.source is not None and not c.inverted
               and c.lemma in CLAUSE_LEMMAS and c.source.first < c.first and c.complement is not None}
    firsts |= {k for f in reading.doc.learned[unit.index] if f is not found and f.source is not None and f.cue
               and f.source.end <= f.cue[0].start and found_clause_lemma(f, unit) is not None
               for k, t in enumerate(tokens) if t.start == f.source.start}
    own = found.cue[-1].end if found.cue else unit.start
    coordinated = [k for k in sorted(firsts) if k >= 1 and tokens[k - 1].text.lower() in ("and", "but")
                   and tokens[k - 1].start >= own]
    plural = bool(found.cue) and _base_form(found.cue[-1].text)
    coordinated = sorted(set(coordinated) | set(_second_speech_acts(tokens, own, plural)))
    cut: list[Span] = []
    for piece in content:
        k = next((k for k in coordinated if tokens[k - 1].start < piece.end), None)
        if k is None:
            cut.append(piece)
        elif tokens[k - 1].start > piece.start:
            trimmed = _trim(unit, piece.start, min(piece.end, tokens[k - 1].start))
            if trimmed is not None:
                cut.append(trimmed)
    return tuple(cut)


# adverbs that may stand between the link and the speaker's second verb ("and later added", "but also warned")
LINK_ADVERBS = frozenset({"also", "later", "then", "subsequently", "again"})


def _second_speech_acts(tokens, own: int, plural_cue: bool = False) -> list[int]:
    """"He said intimidation seemed to have been widespread and called on hunts to do more": a finite reporting
    verb right after "and" or "but" (an adverb between) has no subject of its own, so it is the speaker's
    second act and the clause before it has ended; the index after which the cut falls (as for a coordinated
    cue: the link is the token before it). In the multi-beat gold, 30 reported clauses end so and 3 run on
    over such a verb ("… and told"). Only after the cue (``own``: its end offset); only a verb that reports in any
    frame, or in its own one (not "continued", said so only beside a quotation; "showed" only before "that"); its
    base form only after a cue in its base form, a plural's ("Critics say … and claim …", not "… asked them to
    click and answer …")."""
    verbs = lexicons.reporting_verbs()
    out = []
    for k in range(1, len(tokens)):
        word = tokens[k].text.lower()
        verb = verbs.get(word)
        that_next = k + 1 < len(tokens) and tokens[k + 1].text.lower() == "that"
        if verb is None or verb.where is Where.QUOTE or (verb.where is Where.THAT and not that_next) \
                or word.endswith("ing") or tokens[k].start < own \
                or (word == verb.lemma and not plural_cue):
            continue
        link = k - 1
        if tokens[link].text.lower() in LINK_ADVERBS and link >= 1:
            link -= 1
        if tokens[link].text.lower() in ("and", "but") and tokens[link].start >= own:
            out.append(link + 1)
    return out


def _base_form(word: str) -> bool:
    """A reporting verb written in its base form ("say", "claim"): a plural subject's present tense."""
    verb = lexicons.reporting_verbs().get(word.lower())
    return verb is not None and verb.lemma == word.lower()


def _before_second_speech_act(unit: Unit, cue_last: int, spans: tuple[Span, ...]) -> tuple[Span, ...]:
    """The rules' clause cut before the speaker's second reporting verb (``_second_speech_acts``); a piece after
    the cut is dropped (it is that verb's, not this cue's)."""
    cue_word = unit.tokens[cue_last]
    links = [unit.tokens[k - 1].start for k in _second_speech_acts(unit.tokens, cue_word.end, _base_form(cue_word.text))]
    if not spans or not links:
        return spans
    kept: list[Span] = []
    for piece in spans:
        stop = next((at for at in links if piece.start < at < piece.end), None)
        if stop is None and all(at >= piece.end for at in links):
            kept.append(piece)
            continue
        if stop is not None and (shorter := _trim(unit, piece.start, stop)) is not None:
            kept.append(shorter)
        break
    return tuple(kept)


def _after_adverbial(unit: Unit, found: FoundAttribution, content: tuple[Span, ...]) -> tuple[Span, ...]:
    """"announced in the Budget that he would …", "over the weekend that it had …": the clause is
    what follows "that", not the adverbial before it (not "criticized for policies that …")."""
    lemma = found_clause_lemma(found, unit) if content and found.cue else None
    if lemma is None:
        return content
    first = content[0]
    match = re.match(r"((?:[a-z0-9]+\s+){1,5})that\s+", first.text)
    if match is None or match.group(1).split()[0] not in ADVERBIAL_WORDS:
        # "told Business Insider in October 2018 that MaT was …", "told BBC's Breakfast with Frost programme that
        # …": the model's clause opened at the addressee, which the clause after "that" is told to
        match = (ADDRESSEE_THAT.match(first.text) or _described_addressee(first.text)) if lemma == "tell" else None
    if match is None and lemma == "tell":
        # "told Radio 4 the response had been too slow", "told BBC Radio 4's Today programme the …": an
        # addressee the article names, then the clause told with no "that"; or a gathering ("told a press
        # conference in Cannes the device was popular")
        match = ADDRESSEE_CLAUSE.match(first.text) or GATHERING_CLAUSE.match(first.text)
    if match is None:
        return content
    rest = _trim(unit, first.start + match.end(), first.end)
    return (rest, *content[1:]) if rest else content[1:]


# an addressee (a name, a title, a date after it) up to "that": a capitalised word first ("the" before it: "told the
# BBC's Politics Show that …"), no punctuation but an
# apostrophe ("BBC's") and no determiner after it ("told Jorvik Radio the plan that he drew up was dead" has an
# object); the model's clause of "told" may open there
ADDRESSEE_THAT = re.compile(r"((?:the\s+)?(?:[A-Z][\w’'.-]*|['’]?s)\s+(?:(?!(?:the|a|an|his|her|its|their)\s)[\w’'.-]+\s+){0,7})that\s+")


# an addressee described, up to "that" and a subject after it: "told a radio station that his bandmates …", "told the
# local paper that she …" (never "told a story that was untrue": the head must be someone told, below)
DESCRIBED_ADDRESSEE_THAT = re.compile(r"(?:a|an|the|his|her|its|their)\s+(?:[a-z-]+\s+){0,3}([a-z-]+)\s+that\s+"
                                      r"(?=(?:the|a|an|he|she|it|they|there|we|his|her|its|their|this|these|those|[A-Z]\w*)\s)")
_TOLD_BODIES = naming.MEDIA_HEADS | {"station", "programme", "show", "committee", "court", "jury", "inquiry", "hearing",
                                     "conference", "meeting", "audience", "rally", "briefing", "parliament", "assembly"}


def _described_addressee(text: str) -> re.Match | None:
    """DESCRIBED_ADDRESSEE_THAT where its head is a person noun or a body one tells things to."""
    match = DESCRIBED_ADDRESSEE_THAT.match(text)
    return match if match is not None and (naming.person_noun(match.group(1)) or match.group(1) in _TOLD_BODIES) else None


# an addressee by name (capitalised words, a number, a possessive, a programme) before a clause that opens with a
# determiner or a pronoun, "that" left out: "told Radio 4 the response had been …", "told Newsnight he would …"
ADDRESSEE_CLAUSE = re.compile(r"(?:the\s+)?(?:(?:[A-Z][\w’'.-]*|\d+(?:['’]s)?|['’]s)\s+){1,6}(?:(?:programme|show)\s+)?"
                              r"(?=(?:the|a|an|he|she|it|they|there|we|his|her|its|their|this|these|those)\s)")


# a gathering one tells something to, before a clause that opens with a determiner or a pronoun, "that" left out:
# "told a press conference the device was popular", "told delegates in Brighton the party would win"
GATHERING_CLAUSE = re.compile(r"(?:(?:a|an|the)\s+)?(?:[a-z]+\s+){0,2}(?:conference|meeting|audience|rally|briefing|summit|"
                              r"hearing|gathering|seminar|convention|delegates)\s+(?:(?:in|at)\s+(?:[A-Z][\w’'.-]*\s+){1,3})?"
                              r"(?=(?:the|a|an|he|she|it|they|there|we|his|her|its|their|this|these|those)\s)")


# a word opening the writer's own clause after a cue set off mid-sentence, not the rest of the reported
# one: "…, Fiat said this week, as it exits …", "…, said Mr Richards, who added …" (an -ing participle may be
# either: "…, the paper said, taking into account …" is the paper's, "…, he said, implying that …" the writer's)
WRITERS_CLAUSE = frozenset({"as", "which", "who", "whose", "whom", "while", "whereas", "though", "although"})


def _parenthesis_close(unit: Unit, offset: int) -> int | None:
    """Where a cue set off by commas in mid-sentence closes: after its second comma, with at most a short
    adjunct of time, place or addressee before it ("…, Fiat said this week, as …", "…, the agency said in a
    June report, and …"); None when the sentence ends there or something else follows the cue."""
    match = re.match(r"([^,;:.!?“”\"]{0,40}?),\s*", unit.text[offset - unit.start:])
    if match is None:
        return None
    adjunct = match.group(1).strip()
    words = adjunct.lower().split()
    if words and (len(words) > 5 or ADJUNCT.match(adjunct) is None or words[0] in ("to", "from")
                  or any(w in AUXILIARIES or w == "that" for w in words) or _clause_after_name(adjunct)):
        # "…, Fiat said in 2005 sales would fall, …", "who said Clinton raped her in 1978, …": a clause;
        # "confessed to the kidnapping": the verb's object
        return None
    close = offset + match.end()
    return close if unit.text[close - unit.start:].strip(TRAILING + ")") else None


def _clause_after_name(adjunct: str) -> bool:
    """An adjunct that opens with a capital is a name alone ("told the BBC", "told Time magazine" aside: a
    lowercase word after the name opens a clause, "said Clinton raped her")."""
    words = adjunct.split()
    if words[0].lower() == "the":
        words = words[1:]
    return bool(words) and words[0][:1].isupper() and not all(
        w[:1].isupper() or w in ("of", "and", "magazine", "newspaper", "radio", "television") for w in words)


def _writers_clause(unit: Unit, offset: int) -> bool:
    """The words at ``offset`` open the writer's own clause (see WRITERS_CLAUSE)."""
    return _first_word(unit, offset) in WRITERS_CLAUSE


def _parenthetical_content(unit: Unit, found: FoundAttribution, partials: frozenset[int],
                           reading: Reading) -> FoundAttribution:
    """"Sales are expected to fall in 2005, Fiat said this week, as it exits …", "The latest test, the
    agency said, was its biggest yet": a source and its cue set off by commas in mid-sentence report the
    clause before them, and the rest of that clause after them, where the model took the words after the
    cue only. The clause before runs from the sentence start and holds no other cue; the words after are
    the model's, from the closing comma on, unless they open the writer's own clause ("as …") or an adjunct."""
    if not found.content or not names_someone(found.source) or not found.cue or any(
            piece.start <= start < piece.end for piece in found.content for start in partials):
        return found  # a clause running around a partial quote: the rules' pieces (clause_pieces)
    lo = min(found.source.start, found.cue[0].start)
    hi = max(found.source.end, found.cue[-1].end)
    if found.source.start > found.cue[0].start or any(piece.end <= lo for piece in found.content) \
            or found.source.text.lower() in ("who", "which", "that"):
        # "…, who said …": a relative clause on the name before, not a cue over the sentence
        # "…, says Mr Osric, …": an appositive may follow the name; or the model has the clause before
        return found
    head = unit.text[:lo - unit.start].rstrip()
    close = _parenthesis_close(unit, hi)
    if not head.endswith(",") or close is None or unit.text[close - unit.start] in MARK_CHARS \
            or _lead_in(unit) or _cue_within(reading, unit, lo):
        return found  # "Asked about the plan, Mr Osric said, “…”": a lead-in, not the clause
    if not _source_reports(unit, found):
        return found
    before = clause_pieces(unit, unit.start, unit.start + len(head) - 1, partials)
    if not before:
        return found  # a direct quote before the cue is the quote's own row
    after: tuple[Span, ...] = ()
    # "…, the minister said on Tuesday, after years of …": the writer's adjunct, as clause_like has it
    if not _writers_clause(unit, close) and _first_word(unit, close) not in PREPOSITIONS:
        after = tuple(s for s in (_trim(unit, max(piece.start, close), piece.end) for piece in found.content
                                  if piece.end > close) if s)
    return replace(found, content=(*before, *after))


def _parenthetical_rest(unit: Unit, found: FoundAttribution,
                        reading: Reading) -> FoundAttribution:
    """"One possible reason for the lack in patience, Ms Diemont says, is the fact that …": a source and its cue set
    off by commas in mid-sentence, where the model took the clause before them only (from the sentence's start): the
    rest of that clause after them is a further piece, unless the writer's own clause, an adjunct, a participle or
    a coordinated clause opens there (``_parenthetical_content`` has the other side)."""
    if not found.content or not names_someone(found.source) or not found.cue \
            or found.source.text.lower() in ("who", "which", "that"):
        return found
    lo = min(found.source.start, found.cue[0].start)
    if any(piece.end > lo for piece in found.content) or len(unit.text[:found.content[0].start - unit.start].split()) > 1:
        return found
    close = _parenthesis_close(unit, max(found.source.end, found.cue[-1].end))
    if not unit.text[:lo - unit.start].rstrip().endswith(",") or close is None or unit.text[close - unit.start] in MARK_CHARS \
            or _lead_in(unit) or _cue_within(reading, unit, lo) or not _source_reports(unit, found):
        return found
    word = _first_word(unit, close)
    if _writers_clause(unit, close) or word in PREPOSITIONS or word in ("and", "but", "or", "so") or word.endswith("ing"):
        return found
    piece = _trim(unit, close, _tail_end(unit, close, _cut_at_mark(unit, close, unit.end)))  # on past a partial later
    return replace(found, content=(*found.content, piece)) if piece else found


def _first_word(unit: Unit, offset: int) -> str:
    word = re.match(r"[\w’'-]+", unit.text[offset - unit.start:].lstrip())
    return word.group().lower() if word else ""


def _lead_in(unit: Unit) -> bool:
    """The sentence opens with the cue's own lead-in, not a reported clause: "In an interview, …", "Speaking
    to reporters, …", "Asked about the plan, …"."""
    words = re.findall(r"[\w’'-]+", unit.text[:80].lower())
    return not words or words[0] in PREPOSITIONS or _writers_clause(unit, unit.start) or (
        words[0].endswith("ing") and len(words[0]) >= 6) or (
        words[0].endswith("ed") and len(words) > 1 and words[1] in PREPOSITIONS)


def _cue_within(reading: Reading, unit: Unit, end: int) -> bool:
    """Another cue of the sentence, the rules' or the model's, before ``end``."""
    tokens = unit.tokens
    firsts = {c.first for c in reading.doc.cues[unit.index]
              if c.lemma in CLAUSE_LEMMAS or c.kind is CueKind.ACCORDING_TO}
    firsts |= {f.cue_tokens[0] for f in reading.doc.learned[unit.index] if f.cue_tokens}
    return any(tokens[k].end <= end for k in firsts)


def _according_to(found: FoundAttribution) -> bool:
    """The model's cue is "according to", whose complement is a reported clause as a verb's is."""
    return bool(found.cue) and " ".join(found.cue[0].text.lower().split()) == "according to"


def _according_to_opening(unit: Unit, found: FoundAttribution) -> FoundAttribution:
    """"According to reports, this bar is offering oxygen …": where the model ran the source of an opening
    "according to" on past its comma into the clause, the source ends at the comma and the clause after it
    (up to a marked quote) is the content."""
    if not _according_to(found) or found.source is None or found.cue[0].start != unit.start:
        return found
    comma = unit.text.find(",", found.source.start - unit.start, found.source.end - unit.start)
    if comma < 0 or found.content:
        return found
    words = unit.text[found.source.start - unit.start:comma].rstrip()
    source = Span(found.source.start, found.source.start + len(words), words)
    start = unit.start + comma + 1
    content = _trim(unit, start, _cut_at_mark(unit, start, unit.end))
    return replace(found, source=source, content=(content,)) if content else found
