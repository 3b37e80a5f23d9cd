"""Assign utterances to the claims of a codebook, with a stance and the scores behind it.

An utterance is what one speaker said at one place: the rows of one group_id (the two halves of a
split quote, a reported clause and the marked words it runs into). Scare quotes and rows without
a speaker are never utterances, so they never get a stance.

Scores, all cosine similarities of sentence embeddings:
- the utterance vector mixes the quoted words with their sentence, because a partial quote
  ("walked back that language") means little without the writer's sentence around it;
- every vector has most of the mean of the codebook's texts subtracted before the cosine. All
  quotes on a topic share that direction (they all talk about China and Russia), and removing it lets the
  differences between claims decide instead of the shared subject;
- relevance: best similarity to the topic or any claim, plus a bonus for topic/claim keywords;
- match with a claim: best similarity to its statement or examples, plus a keyword bonus;
- stance: nearest `supports` example (the statement counts as one) against nearest `disputes`
  example, plus a small lean for each claim keyword the quote uses (keywords are written in the
  claim's sense: "over budget", "no limits" negated); the nearer side must win by the codebook's
  margin, else the stance is "mentions".
  Embeddings barely see negation, so a claim keyword that is negated in the quote ("not safe",
  "does not anticipate any serious rifts") but not in the example it matched ("the dam is safe"),
  or the reverse, sends the stance to the other side.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

import numpy as np

from quotes.claims.codebook import Claim, Codebook
from quotes.claims.frames import NO_FRAME, Frame, FrameCall, frame_of
from quotes.claims.records import QuoteRecord
from quotes.claims.speakers import countable, doubtful_speaker, own_outlet, speaker_key
from quotes.embed import Embedder

# share of the codebook's mean vector removed from every vector (see the module docstring); all of it
# also removes part of what the quotes say, none leaves the shared subject deciding
CENTERING = 0.7
# share of the quoted words (vs the sentence) in an utterance's vector, by quote kind: a direct
# quote is its own context; a partial quote is a few words whose sense is in the sentence
QUOTE_WEIGHT = {"direct": 0.75, "indirect": 0.7, "partial": 0.4}
KEYWORD_BONUS = 0.06  # per distinct keyword found in the quoted words
MAX_KEYWORD_BONUS = 0.12
KEYWORD_LEAN = 0.04  # stance score per keyword used in (+) or against (-) the claim's sense
MAX_KEYWORD_LEAN = 0.08
NEGATION_SHIFT = 0.2  # how far past the other side's line a negation flip puts the stance score
# a negation word reaches a few tokens ahead ("no limits", "does not anticipate any serious rifts");
# a verb of denial reaches its whole clause ("denied that BRI is at all in conflict with ...")
NEGATION_WINDOW = 4
NEGATIONS = frozenset({"not", "no", "never", "n't", "none", "nothing", "neither", "nor", "without", "cannot", "hardly"})
DENIALS = frozenset({"deny", "denies", "denied", "denying", "reject", "rejects", "rejected", "rejecting"})
# openers that deny a whole clause however far its keyword stands ("At no time was I aware of any
# quid pro quo", "I have never once seen a secret deal"); "no one"/"nobody" are left out: "no one
# doubts there was a deal" asserts it
CLAUSE_DENIALS = re.compile(
    r"\b(?:at no (?:time|point)|never|not once|in no way|by no means|there (?:was|were|is|are|has been|have been) no)\b")
TOKEN = re.compile(r"n't|[\w'’-]+")
# a closing ’ is not an apostrophe inside a word: ‘We’re not going to press charges.’ is one mention
NESTED_QUOTE = re.compile(r"‘[^‘]*?’(?![a-z])|“[^“”]*”|\"[^\"]*\"", re.IGNORECASE)
SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[\"“‘(\[]?[A-Z])")
MIN_FRAGMENT_WORDS = 3
FRAME_SHIFT = 0.05  # how far past the disputes line a frame puts the stance score
CHECK_FACTOR = 2.0  # a stance score within this many margins of zero is marked for checking
# the extraction's own confidence in an attribution (for reported speech, the cue tagger's probability):
# below an even chance the row is more likely not someone's utterance, so it fills no cell by itself
# (a file written without the column counts as sure)
MIN_CONFIDENCE = 0.5
CLAUSE_BREAK = re.compile(r"[.;:!?,()\u2014\u2013]|\bbut\b|\bhowever\b|\bwhile\b")
# a reply ("X said the system is rigged. Y called the charge “pathetic”.") follows what it answers within
# about two sentences of news copy (characters between the answered quote's end and the reply's start)
REPLY_WINDOW = 400


class Stance(StrEnum):
    SUPPORTS = "supports"
    DISPUTES = "disputes"
    MENTIONS = "mentions"


@dataclass(frozen=True)
class Utterance:
    id: str
    speaker_key: str
    speaker: str
    kind: str
    doc_id: str
    quote_ids: tuple[str, ...]
    pieces: tuple[str, ...]  # the quoted spans, in order
    sentence: str
    records: tuple[QuoteRecord, ...]

    @property
    def text(self) -> str:
        return " ".join(p.strip() for p in self.pieces)


@dataclass(frozen=True)
class ClaimScore:
    claim_id: str
    match: float  # similarity to the claim's statement or examples, with the keyword bonus
    support: float  # similarity to the nearest supports example (or the statement)
    dispute: float  # similarity to the nearest disputes example (-1 when the claim has none)
    stance: Stance
    stance_score: float  # support - dispute, keyword lean, negation flip: >= margin supports, <= -margin disputes
    nearest: str  # the example on the winning side, for a reader to judge the call
    keywords: tuple[str, ...]
    negated: tuple[str, ...]  # keywords negated in the quote and not in the matched example, or the reverse
    fragment: str  # the sentence or piece of the utterance nearest the deciding example
    cue: str = ""  # the denial or dismissal that decided the stance, when one did (quotes.claims.frames)
    check: bool = False  # the call rests on a small margin: a reader should check it


@dataclass(frozen=True)
class Assessment:
    utterance: Utterance
    relevance: float
    on_topic: bool
    claims: tuple[ClaimScore, ...]  # the claims it is assigned to, best match first
    scores: tuple[ClaimScore, ...] = ()  # every claim's scores, in codebook order
    topicality: float = 0.0  # similarity to the topic sentence alone, with the topic keywords' bonus
    # on the topic, a sure attribution, and an assertion (not a wish, plan, request or question): its
    # claims are the ones it reaches; quotes.claims.draft offers the nearer misses as candidates
    eligible: bool = False
    # the claims of another speaker's utterance just before that this one, a dismissal or denial off the
    # topic by itself, answers (replies()): what it waves away is what it answers, on the other side
    replies_to: tuple[ClaimScore, ...] = ()

    @property
    def quote_ids(self) -> tuple[str, ...]:
        return self.utterance.quote_ids


def utterances(records: Iterable[QuoteRecord]) -> list[Utterance]:
    """Speaking records grouped by (document, group_id, speaker), in input order; groups of one
    speaker that share a sentence are one utterance ("“Immunity deals should not be a requirement,”
    X said, adding that the agreements were handed out “like candy.”": two cues, one statement).
    A speaker the extraction left as a bare pronoun or relative ("his", "who") is no one a reader
    can count."""
    groups: dict[tuple[str, str, str], list[QuoteRecord]] = {}
    same: dict[tuple, tuple[str, str, str]] = {}  # (doc, speaker, sentence, doubtful) -> its first group
    for record in records:
        if record.speaks and countable(record):
            key = (record.doc_id, record.group_id or record.quote_id, speaker_key(record))
            # a mention that cannot be the named speaker ("one Silva supporter") stays apart
            sentence = (record.doc_id, key[2], record.sentence.strip(), bool(doubtful_speaker(record)))
            if key not in groups and record.sentence.strip():
                key = same.get(sentence, key)
            groups.setdefault(key, []).append(record)
            if record.sentence.strip():
                same.setdefault(sentence, key)
    result = []
    for (doc_id, group, key), rows in groups.items():
        kinds = {r.kind for r in rows}
        result.append(Utterance(
            id=f"{doc_id}#{group}", speaker_key=key, speaker=rows[0].speaker,
            kind="direct" if "direct" in kinds else "indirect" if "indirect" in kinds else "partial",
            doc_id=doc_id, quote_ids=tuple(r.quote_id for r in rows),
            pieces=tuple(r.quote for r in rows), sentence=_sentence(rows), records=tuple(rows),
        ))
    return result


def _sentence(rows: list[QuoteRecord]) -> str:
    return " ".join(dict.fromkeys(r.sentence.strip() for r in rows if r.sentence.strip()))


def fragments(utterance: Utterance) -> list[str]:
    """The sentences of the quoted words; a partial quote stays whole (its words need the
    writer's sentence), and bits of fewer than MIN_FRAGMENT_WORDS words ("China,") are dropped."""
    out = []
    for record in utterance.records:
        parts = [record.quote] if record.kind == "partial" else SENTENCE_END.split(record.quote)
        out += [p.strip() for p in parts if len(p.split()) >= MIN_FRAGMENT_WORDS]
    return out


def _tokens(text: str) -> list[str]:
    return [t.lower().replace("’", "'") for t in TOKEN.findall(text)]


def _inflections(word: str) -> str:
    """A pattern for the word and its regular inflections ("prosecute": prosecutes, prosecuted,
    prosecuting, and the noun of a verb in -te: prosecution; "indict": indicts, indicted, indicting;
    "unfair": unfairly). Words of fewer than four letters and words already inflected (-s, -ed, -ing)
    stand as written."""
    if len(word) < 4 or not word.isalpha() or word.endswith(("s", "ed", "ing")):
        return re.escape(word)
    if word.endswith("te"):  # and its noun: "prosecute", "prosecution"
        return rf"{re.escape(word[:-1])}(?:e|es|ed|ing|ion|ions)"
    if word.endswith("e"):
        return rf"{re.escape(word[:-1])}(?:e|es|ed|ing)"
    return rf"{re.escape(word)}(?:s|es|ed|ing|ly)?"


def keyword_pattern(keyword: str) -> re.Pattern:
    """A keyword as whole words, its last word in any regular inflection."""
    *head, last = keyword.lower().split(" ")
    body = "".join(re.escape(w) + " " for w in head) + _inflections(last)
    return re.compile(rf"(?<![\w-]){body}(?![\w-])")


def negation_context(record: QuoteRecord) -> tuple[str, int]:
    """The text in which a negation can reach the quoted words, and where those words start in
    it. A partial or reported quote is negated from the writer's sentence ("Radchenko does not
    anticipate "any serious rifts"", "Putin has denied that BRI is in conflict ..."); a direct
    quote only from inside itself."""
    if record.kind in ("partial", "indirect") and record.sentence:
        at = record.sentence.find(record.quote.strip())
        if at >= 0:
            return record.sentence[: at + len(record.quote.strip())], at
    return record.quote, 0


def negated(keyword: str, text: str, quote_start: int = 0, window: int | None = NEGATION_WINDOW) -> bool:
    """Whether an occurrence of keyword (at or after quote_start) has an odd number of negation
    cues before it in its clause. "would have no limits" is negated; "I don't think China wants to
    abandon its relationship with the West" does not negate "the West" (the cue is too far); and in
    "we no longer hear about a 'no limits' partnership" the term in nested marks is mentioned, not
    used, so only the words before its marks count and "limits" is not negated. window=None lets
    a negation anywhere earlier in the clause count ("no reasonable prosecutor would bring charges")."""
    lowered = text.lower()
    mentions = [m.span() for m in NESTED_QUOTE.finditer(lowered, quote_start)]
    for found in keyword_pattern(keyword).finditer(lowered, quote_start):
        # a term quoted inside the quote is mentioned, not used: only what precedes its marks counts
        at = next((start for start, end in mentions if start <= found.start() < end), found.start())
        clause = _tokens(CLAUSE_BREAK.split(lowered[:at])[-1])
        reach = clause[-window:] if window else clause  # window None: the whole clause
        cues = sum(1 for t in reach if t in NEGATIONS or t.endswith("n't"))
        cues += sum(1 for t in clause if t in DENIALS)
        # a clause-wide denial beyond the window counts once (inside the window it is counted above)
        opener = CLAUSE_DENIALS.search(CLAUSE_BREAK.split(lowered[:at])[-1])
        if opener and not any(t in NEGATIONS for t in reach):
            cues += 1
        if cues % 2 == 1:
            return True
    return False


@dataclass(frozen=True)
class _Views:
    texts: tuple[str, ...]  # the whole utterance, then its sentences when it has more than one
    vectors: np.ndarray


def _bonus(hits) -> float:
    return min(MAX_KEYWORD_BONUS, KEYWORD_BONUS * len(hits))


@dataclass(frozen=True)
class _ClaimVectors:
    claim: Claim
    support: np.ndarray  # rows: statement + supports examples
    dispute: np.ndarray  # rows: disputes examples (may be empty)
    keyword_patterns: tuple[tuple[str, re.Pattern], ...]
    negated_in_statement: frozenset[str]  # keywords the claim holds negated: "no limits", or a keyword of the disputes side


def attributed(utterance: Utterance) -> bool:
    """Whether the utterance is surely its speaker's: an attribution the extraction itself doubts is no
    evidence of a stance, nor is a row whose mention cannot be its named speaker ("one Sanders supporter"
    resolved to Bernie Sanders), nor the article's own outlet reporting (quotes.claims.speakers)."""
    sure = max((1.0 if r.confidence is None else r.confidence for r in utterance.records), default=1.0) >= MIN_CONFIDENCE
    return sure and not all(doubtful_speaker(r) or own_outlet(r) for r in utterance.records)


def _span(assessment: Assessment) -> tuple[int, int]:
    records = assessment.utterance.records
    return min((r.start or 0) for r in records), max((r.end or 0) for r in records)


def replies(assessments: Sequence[Assessment]) -> list[Assessment]:
    """The assessments, with a reply marked: a dismissal that is off the topic by itself
    ("Fallon called Trump's charge “pathetic”", "Democrats blasted Republicans for being sore losers")
    answers the on-topic utterance of another speaker just before it in the article (REPLY_WINDOW). It
    counts as on the topic (its speaker is a row) and keeps no claim of its own: what it answers is
    inferred from its neighbour, so quotes.claims.draft offers it as a candidate, never as a sure cell."""
    by_doc: dict[str, list[int]] = {}
    for i, assessment in enumerate(assessments):
        by_doc.setdefault(assessment.utterance.doc_id, []).append(i)
    out = list(assessments)
    for indices in by_doc.values():
        ordered = sorted(indices, key=lambda i: _span(assessments[i]))
        for at, i in enumerate(ordered):
            reply = assessments[i]
            # a dismissal waves away something said before; a denial ("X denied that BRI is in conflict with
            # Moscow's interests") denies its own content, which says what it is about
            dismisses = utterance_frame(reply.utterance).frame is Frame.DISMISSES
            if reply.on_topic or not dismisses or not attributed(reply.utterance):
                continue
            before = [assessments[j] for j in ordered[:at]
                      if assessments[j].claims and assessments[j].utterance.speaker_key != reply.utterance.speaker_key]
            if not before or _span(reply)[0] - _span(before[-1])[1] > REPLY_WINDOW:
                continue
            answered = tuple(s for s in before[-1].claims if s.stance is not Stance.MENTIONS)
            if answered:
                out[i] = replace(reply, on_topic=True, replies_to=answered)
    return out


class ClaimMatcher:
    """Scores utterances against one codebook with one embedder."""

    def __init__(self, codebook: Codebook, embedder):
        self.codebook = codebook
        self.settings = codebook.settings
        self.embedder = embedder
        texts = [codebook.topic]
        for claim in codebook.claims:
            texts += [claim.statement, *claim.supports, *claim.disputes]
        raw = embedder.encode(texts)
        self.center = CENTERING * raw.mean(axis=0)
        vectors = self._centred(raw)
        self.topic = vectors[:1]
        self.topic_keywords = tuple((k, keyword_pattern(k)) for k in codebook.topic_keywords)
        self.claims: list[_ClaimVectors] = []
        at = 1
        for claim in codebook.claims:
            n_support, n_dispute = 1 + len(claim.supports), len(claim.disputes)
            self.claims.append(_ClaimVectors(
                claim=claim,
                support=vectors[at : at + n_support],
                dispute=vectors[at + n_support : at + n_support + n_dispute],
                keyword_patterns=tuple((k, keyword_pattern(k)) for k in claim.keywords),
                negated_in_statement=frozenset(k for k in claim.keywords if negated(k, claim.statement))
                | disputing_keywords(claim),
            ))
            at += n_support + n_dispute

    def _centred(self, vectors: np.ndarray) -> np.ndarray:
        shifted = vectors - self.center
        norms = np.linalg.norm(shifted, axis=1, keepdims=True)
        return shifted / np.where(norms == 0, 1, norms)

    def _views(self, items: Sequence[Utterance]) -> list[_Views]:
        """Each utterance as a whole and as its sentences, every view mixed with the context."""
        texts = [[u.text, *fragments(u)] for u in items]
        texts = [t if len(t) > 2 else t[:1] for t in texts]  # one sentence: the whole is the view
        contexts = [u.sentence or u.text for u in items]
        encoded = self.embedder.encode([t for views in texts for t in views] + contexts)
        context_vectors = encoded[len(encoded) - len(items):]
        result, at = [], 0
        for u, views, context in zip(items, texts, context_vectors, strict=True):
            weight = QUOTE_WEIGHT.get(u.kind, 0.7)
            vectors = self._centred(weight * encoded[at : at + len(views)] + (1 - weight) * context)
            result.append(_Views(tuple(views), vectors))
            at += len(views)
        return result

    def assess(self, items: Sequence[Utterance]) -> list[Assessment]:
        if not items:
            return []
        return replies([self._assess_one(u, views) for u, views in zip(items, self._views(items), strict=True)])

    def _assess_one(self, utterance: Utterance, views: _Views) -> Assessment:
        quoted = utterance.text.lower()
        frame = utterance_frame(utterance)
        scores = [self._score(utterance, quoted, views, c, frame) for c in self.claims]
        topic_hits = [k for k, pattern in self.topic_keywords if pattern.search(quoted)]
        topicality = float((views.vectors @ self.topic[0]).max()) + _bonus(topic_hits)
        relevance = max(topicality, max(s.match for s in scores))
        on_topic = relevance >= self.settings.relevance
        # a wish, plan, request or question says nothing the speaker holds, and an attribution the
        # extraction itself doubts is no evidence of a stance: on the topic, in no cell
        eligible = on_topic and attributed(utterance) and not frame.undecided
        chosen = _choose(scores, self.settings) if eligible else []
        return Assessment(utterance, round(relevance, 4), on_topic, tuple(chosen), tuple(scores), round(topicality, 4),
                          eligible)

    def _score(
        self, utterance: Utterance, quoted: str, views: _Views, cv: _ClaimVectors, frame: FrameCall = NO_FRAME
    ) -> ClaimScore:
        claim = cv.claim
        hits = tuple(k for k, pattern in cv.keyword_patterns if pattern.search(quoted))
        if frame.about_self and not hits:  # a denial about the speaker, not in this claim's words
            frame = NO_FRAME
        views = _frame_view(views, frame)
        support_sims = views.vectors @ cv.support.T  # views x examples
        dispute_sims = views.vectors @ cv.dispute.T if len(cv.dispute) else np.full((len(views.texts), 1), -1.0)
        support, dispute = float(support_sims.max()), float(dispute_sims.max())
        stance_score, flips = self._stance_score(utterance, hits, support_sims, dispute_sims, cv)
        if frame.disputes:  # a denial or dismissal decides, however near the words are to supports
            stance_score = min(stance_score, -self.settings.margin - FRAME_SHIFT)
        stance = (
            Stance.MENTIONS if frame.undecided  # a wish, plan, request or question asserts no stance
            else Stance.SUPPORTS if stance_score >= self.settings.margin
            else Stance.DISPUTES if stance_score <= -self.settings.margin
            else Stance.MENTIONS
        )
        sims, examples = (
            (dispute_sims, claim.disputes) if stance is Stance.DISPUTES and len(cv.dispute)
            else (support_sims, (claim.statement, *claim.supports))
        )
        example = int(sims.max(axis=0).argmax())
        return ClaimScore(
            claim_id=claim.id, match=round(max(support, dispute) + _bonus(hits), 4), support=round(support, 4),
            dispute=round(dispute, 4), stance=stance, stance_score=round(stance_score, 4), nearest=examples[example],
            keywords=hits, negated=flips, fragment=_fragment(views, sims[:, example], [p for k, p in cv.keyword_patterns if k in hits],
                               [p for other in self.claims if other is not cv for _, p in other.keyword_patterns]), cue=frame.cue,
            check=not frame.disputes and not frame.undecided and abs(stance_score) < CHECK_FACTOR * self.settings.margin,
        )

    def _stance_score(self, utterance, hits, support_sims, dispute_sims, cv) -> tuple[float, tuple[str, ...]]:
        """support - dispute, flipped when a keyword's negation disagrees with the matched example,
        plus the keywords' lean; and the keywords that flipped it."""
        claim = cv.claim
        nearer_disputes = float(dispute_sims.max()) > float(support_sims.max())
        sims = dispute_sims if nearer_disputes else support_sims
        examples = claim.disputes if nearer_disputes else (claim.statement, *claim.supports)
        reference = examples[int(sims.max(axis=0).argmax())]
        contexts = [negation_context(r) for r in utterance.records]
        quote_negates = {k: any(negated(k, *c) for c in contexts) for k in hits}
        flips = []
        for k in hits:
            if quote_negates[k] == _implied_negation(k, reference, nearer_disputes, cv):
                continue
            # the example negates the keyword and the quote seems not to: a flip only when no negation
            # at all stands in the keyword's clause ("no reasonable prosecutor would bring charges")
            if quote_negates[k] or not any(negated(k, *c, window=None) for c in contexts):
                flips.append(k)
        flips = tuple(flips)
        score = float(support_sims.max()) - float(dispute_sims.max())
        # a negation in the quote flips only when it holds for most of its keywords: "they wouldn't get
        # an immunity deal, but everyone around her gets a different set of standards" negates one
        # keyword of two and keeps its sense; a quote that negates none flips on the example's negation
        negating = [k for k in flips if quote_negates[k]]
        if (negating and 2 * len(negating) > len(hits)) or (flips and not any(quote_negates.values())):
            score = -score + (NEGATION_SHIFT if nearer_disputes else -NEGATION_SHIFT)
        # keywords are written in the claim's sense: used as the claim uses them, they lean to supports
        agreeing = sum(1 if quote_negates[k] == (k in cv.negated_in_statement) else -1 for k in hits)
        if agreeing and _only_terms(utterance, cv):
            # the quoted words are the claim's own term ("complained that the contest had been
            # “rigged”", "crying “fraud”"): nothing for the embeddings to compare with the examples
            # (one word is nearest whichever example repeats it); the term's sense is the stance
            return (1 if agreeing > 0 else -1) * (self.settings.margin + FRAME_SHIFT), flips
        return score + max(-MAX_KEYWORD_LEAN, min(MAX_KEYWORD_LEAN, KEYWORD_LEAN * agreeing)), flips


TERM_FILLERS = frozenset({"a", "an", "the", "and", "or", "very", "so", "totally", "completely"})


def _only_terms(utterance: Utterance, cv: _ClaimVectors) -> bool:
    """Whether every quoted piece is nothing but the claim's keywords ("rigged", "a fraud"), give or
    take an article or an intensifier; "rigged, disgusting" is more than the term."""
    for piece in utterance.pieces:
        rest = piece.lower()
        for _, pattern in cv.keyword_patterns:
            rest = pattern.sub(" ", rest)
        if rest == piece.lower() or any(t not in TERM_FILLERS for t in _tokens(rest)):
            return False
    return bool(utterance.pieces)


def utterance_frame(utterance: Utterance) -> FrameCall:
    """The first disputing frame among the utterance's spans (quotes.claims.frames); else an
    undecided one when every span is reported by a wish, plan, request or question."""
    found = [frame_of(r.quote, r.sentence, r.speaker, r.kind, r.cue) for r in utterance.records]
    disputing = next((f for f in found if f.disputes), None)
    if disputing:
        return disputing
    if found and all(f.undecided for f in found):
        return found[0]
    return NO_FRAME


def _frame_view(views: _Views, frame: FrameCall) -> _Views:
    """A dismissal in the speaker's own words is about what its own sentence says: in "The FBI said
    that she did nothing illegal. ... Which she has said many, many times." the claim disputed is the
    one the first sentence matches, not whatever the whole utterance is nearest."""
    if frame.frame is not Frame.DISMISSES or len(views.texts) < 2:
        return views
    phrase = frame.cue.lower()
    found = [i for i, text in enumerate(views.texts[1:], start=1) if phrase in text.lower().replace("’", "'")]
    if not found:
        return views
    return _Views(tuple(views.texts[i] for i in found), views.vectors[found])


def _fragment(views: _Views, sims_to_example: np.ndarray, keywords: Sequence[re.Pattern] = (),
              others: Sequence[re.Pattern] = ()) -> str:
    """The decisive words: the sentence nearest the deciding example (the whole when it is one); when
    the claim's keywords are used, the sentence that uses one, first one that uses no other claim's
    keywords, then the nearest ("it says indict", not "Lie after lie" or "what you use lies for in a
    criminal trial" for *charge*), so that two claims said in two sentences show two fragments."""
    if len(views.texts) == 1:
        return views.texts[0]

    def uses(i: int, patterns) -> bool:
        return any(p.search(views.texts[i].lower()) for p in patterns)

    worded = [i for i in range(1, len(views.texts)) if uses(i, keywords)]
    if worded:
        return views.texts[max(worded, key=lambda i: (not uses(i, others), sims_to_example[i]))]
    return views.texts[1 + int(sims_to_example[1:].argmax())]


def _implied_negation(keyword: str, example: str, disputing: bool, cv: _ClaimVectors) -> bool:
    """Whether the keyword stands negated in the example a quote matched: as written when the
    example uses it, else as the claim uses it (keywords are in the claim's own sense, so on the
    disputes side they count as negated)."""
    if keyword_pattern(keyword).search(example.lower()):
        return negated(keyword, example)
    return (keyword in cv.negated_in_statement) != disputing


def disputing_keywords(claim: Claim) -> frozenset[str]:
    """Keywords written in the disputes sense: used un-negated in a disputes example and in neither the
    statement nor a supports example ("truthful" for *misled*: "her statements have been truthful").
    A quote using one as the example does leans to disputes, not supports."""
    def used(keyword: str, texts) -> bool:
        pattern = keyword_pattern(keyword)
        return any(pattern.search(t.lower()) and not negated(keyword, t) for t in texts)

    return frozenset(k for k in claim.keywords
                     if used(k, claim.disputes) and not any(keyword_pattern(k).search(t.lower())
                                                            for t in (claim.statement, *claim.supports)))


def anchored(score: ClaimScore) -> bool:
    """The utterance gives evidence of its own for the claim: one of its keywords, or a denial or
    dismissal that decided the stance. Without it, only a strong similarity fills the cell."""
    return bool(score.keywords) or bool(score.cue)


def _choose(scores: Sequence[ClaimScore], settings) -> list[ClaimScore]:
    """The best-matching claim, and more only when a different sentence of the utterance makes
    them: one sentence is read as one claim, since a sentence matching two claims is usually
    matching their shared words."""
    floor = {True: settings.match, False: settings.unanchored}
    ranked = sorted((s for s in scores if s.match >= floor[anchored(s)]), key=lambda s: s.match, reverse=True)
    if not ranked:
        return []
    # keywords are the words that assert a claim: when the best match uses none of its claim's and a
    # claim within `spread` of it is asserted in its own words, that claim is the one made
    if not ranked[0].keywords:
        worded = next((s for s in ranked[1:] if s.keywords and s.match >= ranked[0].match - settings.spread), None)
        if worded is not None:
            ranked.remove(worded)
            ranked.insert(0, worded)
    chosen = [ranked[0]]
    for score in ranked[1:]:
        if len(chosen) >= settings.max_claims:
            break
        # a second claim: as near as the first, or asserted in its own keywords ("it says indict. Lie
        # after lie") -- always by a different sentence of the utterance
        if (score.match >= ranked[0].match - settings.spread or score.keywords) and all(
                score.fragment != c.fragment for c in chosen):
            chosen.append(score)
    return chosen


def assign_claims(records: Iterable[QuoteRecord], codebook: Codebook, embedder=None) -> list[Assessment]:
    """Every utterance of the records, assessed against the codebook (loads the default model
    when no embedder is given)."""
    if embedder is None:
        embedder = Embedder()
    return ClaimMatcher(codebook, embedder).assess(utterances(records))
