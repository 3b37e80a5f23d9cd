"""Stance frames: what the whole attribution does to the claim its words match.

Sentence embeddings tell what a quote is about, not whether its speaker asserts it. "Kremlin
spokesman: this is some sort of nonsense" is near the claim it waves away; "X dismissed reports
that Russia was behind it" quotes the claim word for word. A frame reads the cue and the
speaker's own words for the moves that turn a quoted claim into a dispute:

- a dismissal inside the speaker's words ("nonsense", "baseless", "no evidence that", "skeptical
  of", "no one can credibly state"), unless it is negated or quoted as a mention;
- a cue of denial or doubt in the writer's sentence (denied that, dismissed … as, rejected,
  questioned, pushed back on) whose subject is this speaker: the speaker's name or a pronoun just
  before it, or a participle right after the quote ("…," she said, dismissing the reports). A cue
  whose subject is someone else ("X said Russia did it, which Y called absurd") is Y's frame, not
  X's: X's words keep their own stance.

Only what is found here can make a stance *disputes* against the embeddings; anything else keeps
the similarity-based call.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from quotes.naming import THIRD_PERSON_SUBJECTS

# words that wave away what they refer to; kept to words that do so in any topic ("phony" or
# "fraud" are left out: "a phony system" asserts a rigging claim rather than dismissing one)
DISMISSALS = (
    "nonsense", "baseless", "absurd", "absurdity", "ridiculous", "preposterous", "ludicrous", "hoax",
    "bogus", "groundless", "unfounded", "pathetic", "laughable", "conspiracy theory", "conspiracy theories",
    "no evidence", "no proof", "no basis", "not a shred", "sore losers", "an excuse", "myth", "fantasy",
    "skeptical of", "sceptical of", "doubtful", "debunked", "debunking", "nothing to protest",
    "no one can credibly", "nobody can credibly", "cannot prove", "can't prove", "did nothing illegal",
    "done nothing wrong", "nothing wrong", "resolved all of this",
)
# dismissals that carry their own negation: only a further one ("not no evidence") would undo them
SELF_NEGATING = frozenset({"no", "nobody", "nothing", "not", "cannot", "can't", "did", "done"})
# evaluative words that, followed by "that", judge a fact rather than dismiss a claim
OUTRAGE = frozenset({"absurd", "ridiculous", "preposterous", "ludicrous", "laughable", "pathetic"})
# cues of denial, dismissal and doubt in the writer's sentence
DENIAL_CUES = (
    "denied", "denies", "deny", "denying", "dismissed", "dismisses", "dismissing", "rejected", "rejects",
    "rejecting", "refuted", "refutes", "disputed", "disputes", "questioned", "questions whether", "doubted",
    "doubts", "pushed back", "pushing back", "scoffed", "ridiculed", "mocked", "brushed aside", "waved away",
    "skeptical", "sceptical", "called it absurd", "called the claim", "rebuffed", "debunked",
    "decided against", "argued against", "ruled out",
)
# cues of doubt whose object is as often a measure's consequences ("questioned the human rights implications of
# the measure": a concern that sides with the critics) as a claim: they decide only with their subject in sight
# (SUBJECT_WINDOW), not as a row's own cue far from its speaker's name (denial_cue)
DOUBT_CUES = frozenset({"questioned", "doubted", "doubts", "skeptical", "sceptical"})
NEGATORS = frozenset({"not", "no", "never", "n't", "hardly"})
# verbs of speech inside denied words: "X denied Y said the plans stink" denies a report of Y's words (who
# said what), not the claim those words make, so it is no frame of X's
REPORTED_SPEECH = frozenset({"said", "says", "told", "claimed", "called", "described", "stated"})
SUBJECT_WINDOW = 6  # tokens between the speaker's mention and the cue it governs
# a subject pronoun before the cue (naming.THIRD_PERSON_SUBJECTS) is the speaker's; "which"/"who" are not:
# in "X said it, which Y called absurd" the relative clause is Y's
# a closing ’ is not an apostrophe inside a word: ‘We’re not going to press charges.’ is one mention
NESTED = re.compile(r"‘[^‘]*?’(?![a-z])|“[^“”]*”|\"[^\"]*\"", re.IGNORECASE)
TOKEN = re.compile(r"n't|[\w'’-]+")


class Frame(StrEnum):
    NONE = "none"
    DISMISSES = "dismisses"  # the speaker's words wave the claim away
    DENIES = "denies"  # the writer's cue: the speaker denies, dismisses or doubts it
    UNDECIDED = "undecided"  # the cue reports a wish, a plan, a request or a question: no stance asserted


# Cues that report something other than an assertion. "The U.S. hopes Xi will ...", "Putin will seek
# more help", "asked the department to investigate whether ...": the reported words are a wish, a plan,
# a request or a question, so what the speaker holds about a claim is unsaid, whatever the words match.
# Belief cues ("believes", "thinks", "is convinced") stay assertions: a belief is a view held.
# Matched as words of the cue (its inflected forms listed), so "asked" in "asked" and "to ask".
UNDECIDED_CUES = frozenset("""
hope hopes hoped hoping want wants wanted wanting wish wishes wished seek seeks sought seeking vow vows vowed
vowing pledge pledges pledged pledging promise promises promised promising plan plans planned planning intend
intends intended intending aim aims aimed aiming ask asks asked asking urge urges urged urging request
requests requested requesting demand demands demanded demanding wonder wonders wondered wondering inquire inquired
""".split())
# cues that report a purpose or a refusal, not a statement: an infinitive ("would allow lawmakers to
# compare what she told the FBI with ...", "took to Twitter to continue his assault on ..."), an effort
# ("In an effort to clarify ...") or a refusal ("declined to address ...")
PURPOSE_OPENINGS = ("to ", "in an effort to ", "in order to ", "declined to ", "refused to ", "declines to ", "refuses to ")
# a cue that ends in "about" reports what the speaker talked about, not what they said of it:
# "closing with a poem about how the party would try to steal the vote", "made comments about the
# possibility of voter fraud" name a subject; the speaker's view of it is unsaid
TOPIC_ENDINGS = frozenset({"about"})
# reported content that opens as a question or a request's object
# ("what she told" is as often a free relative as a question, so only these)
QUESTION_OPENINGS = ("whether ", "if ", "why ")
# a reported "if" clause followed by a comma and a clause with a modal is a condition the speaker
# asserts a consequence of ("argued that if intercept evidence could be heard, these detainees could be
# brought to trial"), not an embedded question ("asked if she had, in fact, kept them")
CONDITIONAL = re.compile(r"^if\b[^,]+,(?P<rest>.+)$", re.IGNORECASE | re.DOTALL)
CONSEQUENCE_MODALS = frozenset("would could will might should can may must".split())


@dataclass(frozen=True)
class FrameCall:
    frame: Frame
    cue: str  # the word or phrase that decided, for the reader of the cell
    # the denied words are about the speaker themself ("He denied he was afraid of looking "soft""): a
    # denial of the speaker's own conduct or state disputes a claim only when it uses the claim's words
    # (quotes.claims.assign: "She denied she had misled investigators" disputes *misled*)
    about_self: bool = False

    @property
    def disputes(self) -> bool:
        return self.frame in (Frame.DISMISSES, Frame.DENIES)

    @property
    def undecided(self) -> bool:
        return self.frame is Frame.UNDECIDED


NO_FRAME = FrameCall(Frame.NONE, "")


def _pattern(phrase: str) -> re.Pattern:
    return re.compile(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])")


_DISMISSAL_PATTERNS = tuple((p, _pattern(p)) for p in DISMISSALS)
_CUE_PATTERNS = tuple((p, _pattern(p)) for p in DENIAL_CUES)


def _tokens(text: str) -> list[str]:
    return [t.lower().replace("’", "'") for t in TOKEN.findall(text)]


def _negated_before(text: str, at: int) -> bool:
    """A negator in the three tokens before position at ("not nonsense", "no one doubted")."""
    before = _tokens(text[:at])[-3:]
    return any(t in NEGATORS or t.endswith("n't") for t in before)


def dismissal_in_words(words: str) -> FrameCall:
    """The speaker's own words wave something away: "This is some sort of nonsense"."""
    # spans of nested marks first: the apostrophe fold below would erase a closing ’ (one char for one)
    quoted = [m.span() for m in NESTED.finditer(words.lower())]
    lowered = words.lower().replace("’", "'")
    for phrase, pattern in _DISMISSAL_PATTERNS:
        for found in pattern.finditer(lowered):
            inside_mention = any(s < found.start() < e for s, e in quoted)
            # "it is absurd that X" is outrage at a fact X, not the dismissal of a claim
            if phrase in OUTRAGE and lowered[found.end():].lstrip().startswith("that "):
                continue
            if not inside_mention and (phrase.split()[0] in SELF_NEGATING or not _negated_before(lowered, found.start())):
                return FrameCall(Frame.DISMISSES, phrase)
    return NO_FRAME


def _names(speaker: str) -> set[str]:
    return {w for w in _tokens(speaker) if len(w) > 2}


def denial_cue(sentence: str, quote: str, speaker: str, cue: str = "") -> FrameCall:
    """A cue of denial in the writer's sentence whose subject is the speaker: the speaker's name
    (any word of it) or a pronoun within SUBJECT_WINDOW tokens before the cue, a participle cue
    right after the quoted words, or the row's own cue (the extraction already made the speaker its
    subject: "Mr Clarke, who took on the post after David Blunkett quit, has rejected calls to "pause""
    puts the name far from the cue); not when the words denied report someone's speech (REPORTED_SPEECH)."""
    if not sentence or not quote.strip():
        return NO_FRAME
    lowered = sentence.lower().replace("’", "'")
    at = lowered.find(quote.strip().lower().replace("’", "'"))
    if at < 0:
        return NO_FRAME
    end = at + len(quote.strip())
    if REPORTED_SPEECH & set(_tokens(quote)):
        return NO_FRAME
    names = _names(speaker)
    for phrase, pattern in _CUE_PATTERNS:
        for found in pattern.finditer(lowered):
            if at <= found.start() < end:  # inside the quoted words: the speaker's own, read above
                continue
            if _negated_before(lowered, found.start()):
                continue
            before = _tokens(lowered[:found.start()])[-SUBJECT_WINDOW:]
            # "…," Silva said, rejecting the report: a participle just after the quote and its speech verb
            right_after = (found.start() >= end and phrase.endswith("ing")
                           and len(_tokens(lowered[end:found.start()])) <= 3)
            own_cue = phrase not in DOUBT_CUES and _cue_opens_with(cue, pattern)
            if names & set(before) or (THIRD_PERSON_SUBJECTS & set(before[-3:])) or right_after or own_cue:
                return FrameCall(Frame.DENIES, phrase, _denies_self(lowered[found.end():], names))
    return NO_FRAME


# what may stand before the verb in a row's cue: auxiliaries and adverbs of manner ("has rejected", "were
# rejected", "also flatly denied"); anything else ("even after the FBI decided against") is another clause
CUE_LEAD_INS = frozenset("has have had was were is are be been also strongly flatly firmly swiftly quickly".split())


def _cue_opens_with(cue: str, pattern: re.Pattern) -> bool:
    """Whether the row's cue is the cue of denial itself, give or take auxiliaries and adverbs before it."""
    words = cue.lower().replace("’", "'").split()
    while words and words[0] in CUE_LEAD_INS:
        words.pop(0)
    found = pattern.match(" ".join(words))
    return found is not None


# the subject of a denied clause that is the speaker themself: a personal pronoun ("denied he was afraid",
# "rejected suggestions they had ...") or a word of the speaker's name ("Howard denied Howard ...")
SELF_SUBJECTS = THIRD_PERSON_SUBJECTS | {"i", "we"}
_DENIED_CLAUSE = re.compile(r"\s*(?:that\s+)?([\w'’-]+)\s+(?:was|were|is|are|had|has|have|would|will|did|does|do|could|"
                            r"should|might|wanted|wants|planned|plans|intended|intends|knew|knows)\b")


def _denies_self(after: str, names: set[str]) -> bool:
    """Whether the words right after a cue of denial are a clause whose subject is the speaker
    ("denied he was afraid of looking soft"); "denied, noting that they had ..." and "denied the
    charge" are not: the first denies something unnamed, the second the charge."""
    found = _DENIED_CLAUSE.match(after)
    return bool(found) and (found.group(1) in SELF_SUBJECTS or found.group(1) in names)


def undecided_cue(cue: str, content: str = "", kind: str = "indirect") -> FrameCall:
    """A cue (the row's `cue` column) that reports a wish, plan, request or question, a purpose or
    refusal, a subject talked about ("made comments about ..."), or reported content that is itself
    a question ("questioned whether ..."): no stance is asserted. A direct
    quote opening with "If" is the speaker's conditional, not a reported question."""
    words = [w for w in _tokens(cue) if w in UNDECIDED_CUES]
    if words:
        return FrameCall(Frame.UNDECIDED, words[-1])
    opening = " ".join(cue.lower().split()) + " "
    last = _tokens(cue)[-1:]
    if last and last[0] in TOPIC_ENDINGS:
        return FrameCall(Frame.UNDECIDED, cue.strip())
    if opening.startswith(PURPOSE_OPENINGS):
        return FrameCall(Frame.UNDECIDED, cue.strip())
    if kind == "indirect" and content.lstrip().lower().startswith(QUESTION_OPENINGS) and not conditional(content):
        return FrameCall(Frame.UNDECIDED, content.split()[0].lower())
    return NO_FRAME


def conditional(content: str) -> bool:
    """Whether reported content is "if X, Y" with a modal in Y: a consequence asserted, not a question."""
    found = CONDITIONAL.match(content.strip())
    return bool(found) and bool(CONSEQUENCE_MODALS & set(_tokens(found.group("rest"))))


def frame_of(quote: str, sentence: str, speaker: str, kind: str, cue: str = "") -> FrameCall:
    """The frame of one quoted span: the speaker's words first, then the row's cue (a wish, plan,
    request or question decides nothing), then a cue of denial in the writer's sentence. A partial
    quote's words are a few of the speaker's words inside the writer's sentence, so the
    sentence's cue is read for every kind."""
    found = dismissal_in_words(quote)
    if found.disputes:
        return found
    found = undecided_cue(cue, quote, kind)
    if found.undecided:
        return found
    return denial_cue(sentence, quote, speaker, cue)
