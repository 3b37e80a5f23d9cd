"""Find reporting cues in a sentence and the mention each one names as its source.

A cue is a reporting verb from the lexicon ("said", "told", "wrote",
"mentioned") or a fixed construction ("according to X", "quoted X as
saying", "as X put it", "in his words", "described ... as"). Its source is
the subject before it (skipping an appositive and auxiliaries: "Sergey
Radchenko, a China-Russia scholar at ..., told VOA"), or the mention after
it when the order is inverted (", said Ali Wyne"). "told X" and
"X ... quoted Y as saying" also give the medium.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from enum import StrEnum

from quotes import lexicons, naming
from quotes.extract.sources import (
    DETERMINERS,
    NAME_JOINERS,
    POSSESSIVE_S,
    PREPOSITIONS,
    Mention,
    MentionKind,
    finite_reporting_verb,
    is_rolenoun,
    modifies_noun,
    relative_head,
)
from quotes.lexicons import CueType, Where
from quotes.types import Span, Token

# forms that are nouns as often as verbs ("requests for comment", "calls to condemn")
# forms of that-only verbs that are nouns as often ("the show", "TV shows", "the findings"): a cue only
# before their that-clause or after the quotation they close, never before a colon
NOUN_LIKE_THAT_FORMS = frozenset({"show", "shows", "find", "finds", "rule", "rules"})
AMBIGUOUS_FORMS = {
    "state", "states", "note", "notes", "report", "reports", "comment", "comments", "call", "calls",
    "claim", "claims", "answer", "post", "posted", "quote", "quotes", "fears", "hopes", "promise",
    "estimate", "tweet", "tweets", "remark", "remarks", "warning", "praise", "add", "ask", "reply",
    "stress", "pledge", "vow", "cite", "maintain", "maintains", "expects", "expected", "hope",
    "think", "believe", "fear", "dub", "recall",
}
CLOSING_MARKS = frozenset({"”", '"', "’", "'"})
OPENING_MARKS = frozenset({"“", '"', "‘", "'", "«"})
# what may open an adverbial between a that-only verb and its "that" ("ruled on 30 July, 2002 that")
THAT_ADVERBIAL_OPENERS = frozenset({"on", "in", "at", "over", "during", "last", "this", "earlier", "early", "late", "later",
                                    "previously", "recently", "publicly", "repeatedly", "yesterday", "today"})
# verbs and adjectives before "to" whose subject is the infinitive's ("goes on to criticise", "was quick to add")
GO_FORMS = frozenset({"go", "goes", "went", "going"})
CONTROL_HEADS = frozenset({"quick", "appeared", "appears", "seemed", "seems", "hastened", "moved", "sought", "tried", "rushed"})
QUOTE_REACH = 6
CLAUSE_SUBJECT_OPENERS = frozenset({"the", "a", "an", "their", "his", "her", "its", "our", "it", "he", "she", "they",
                                    "we", "i", "there", "this", "these", "those"})
CLAUSE_OPENERS = frozenset({"as", "and", "but", "or", "that", "which", "who", "when", "while", "because", "if", "after", "before"})  # words of a subject ("an officer"), or of an object or place before a colon ("echoed those sentiments:")
AUXILIARIES = {
    "has", "have", "had", "also", "then", "later", "previously", "recently", "once", "not", "does",
    "did", "do", "will", "would", "could", "may", "might", "was", "were", "is", "are", "since",
    "further", "again", "repeatedly", "publicly", "privately", "flatly", "reportedly", "never",
    "often", "earlier", "separately", "first", "been", "n’t", "n't", "already", "even", "still", "afterwards",
}
# a time adjunct between a subject and its verb ("Mr Howard last week said", "Smith on Monday told"):
# its opener and its noun (or a day or month of naming.CALENDAR_WORDS), and the one-word ones
TIME_OPENERS = frozenset({"on", "last", "this", "next", "earlier", "late", "early"})
TIME_NOUNS = frozenset({"week", "weekend", "month", "year", "night", "morning", "afternoon", "evening"})
TIME_WORDS = frozenset({"yesterday", "today", "tonight"})
DESCRIPTORS = {"magazine", "newspaper", "daily", "agency", "outlet", "website", "broadcaster", "network"}
ADDRESSEE_VERBS = {"tell", "advise", "warn", "remind", "assure", "inform"}
SOURCE_KINDS = {MentionKind.PERSON, MentionKind.ORGANISATION, MentionKind.GROUP, MentionKind.PRONOUN, MentionKind.PLACE, MentionKind.PLURAL}


class CueKind(StrEnum):
    """Which construction a cue is: a reporting verb of the lexicon, or one of the fixed frames."""

    VERB = "verb"  # "said", "told", "quoted ... as saying", "as X put it", "described ... as"
    ACCORDING_TO = "according to"  # the source follows: "according to Nye"
    IN_THEIR_WORDS = "in their words"  # "in his words": the possessive names the source
    PARTICIPLE = "participle"  # "Putin cherishing his “reliable partner”": a person with an -ing verb
    STANCE = "stance"  # "Warren is confident that …": a copula and a stance adjective with a clause


@dataclass(frozen=True)
class CueMatch:
    """A cue found in a sentence with the mention it names as source (if any)."""

    text: str  # normalised: "said", "told", "quoted as saying", "according to"
    lemma: str  # the verb's lemma; for the fixed frames, the frame's words (CueKind value)
    type: CueType
    first: int  # token index range of the cue words
    last: int
    source: Mention | None
    sources: tuple[Mention, ...] = ()  # all coordinated sources ("Nye and Radchenko")
    medium: str | None = None
    inverted: bool = False  # source after the verb (", said Ali Wyne")
    complement: int | None = None  # first token of a reported clause ("that ..."), if any
    frame_first: int | None = None  # first token of the whole attribution ("TASS, a … outlet, quoted")
    kind: CueKind = CueKind.VERB


def _next_usable(usable: list[bool], k: int, step: int = 1) -> int | None:
    while 0 <= k < len(usable):
        if usable[k]:
            return k
        k += step
    return None


def _mention_at(mentions: list[Mention], k: int) -> Mention | None:
    return next((m for m in mentions if m.first <= k <= m.last and m.kind in SOURCE_KINDS), None)


def _mention_starting(mentions: list[Mention], tokens, k: int) -> Mention | None:
    """The mention starting at token k, skipping a determiner ("the Kremlin") or a title
    ("analyst Dimitar Bechev")."""
    starts = {k}
    if k < len(tokens) and tokens[k].text.lower() in ("the", "a", "an"):
        starts.add(k + 1)
    found = next((m for m in mentions if m.kind in SOURCE_KINDS and (m.first in starts or m.extent_start in starts)), None)
    if found is None:
        found = _named_after_description(mentions, tokens, k)
    if found is not None and not found.anonymous:
        # "wrote Post White House bureau chief Juliet Eilperin", "said Concord resident Whit Symms", "says
        # Deutsche Bank's Simon Champion": the person whose title or owner the name is
        titled = next((m for m in mentions if m.kind == MentionKind.PERSON and not m.anonymous and m.first > found.last + 1
                       and (m.extent_start == found.last + 1 or (m.first == found.last + 2 and (
                           modifies_noun(tokens[found.last + 1].text) or _possessive_end(tokens, found.last)))
                            # "said The We Company’s recently named executive chair Marcelo Claure": the
                            # name whose title holds the organisation
                            or (m.extent_start is not None and m.extent_start <= found.first))), None)
        if titled is not None and titled.affiliation is None and found.kind == MentionKind.ORGANISATION \
                and _possessive_end(tokens, found.last):
            # "said Sky Networks’ Sophie Turner Laing": the organisation owning the name employs her
            titled = replace(titled, affiliation=found.name)
        return titled or found
    return found


SET_OFF_DESCRIPTION_WORDS = 6  # words of "the firm's chief executive," before the name it sets off


def _named_after_description(mentions: list[Mention], tokens, k: int) -> Mention | None:
    """"said its chief executive, Sir Howard Newby", "said the chief executive, Tom Hale": a definite or possessed
    description starting at token k, set off by a comma before a person's name, is that person."""
    if k >= len(tokens) or tokens[k].text.lower() not in ("the", "its", "his", "her", "their"):
        return None
    j = k + 1
    while j < len(tokens) and j - k <= SET_OFF_DESCRIPTION_WORDS and tokens[j].text not in (",", ".", ";", ":", "and"):
        j += 1
    if j >= len(tokens) or tokens[j].text != "," or not is_rolenoun(tokens[j - 1].text):
        return None
    return next((m for m in mentions if m.kind == MentionKind.PERSON and not m.anonymous
                 and (m.first == j + 1 or m.honorific and m.first == j + 2)), None)  # "Sir Howard Newby"


def _possessive_end(tokens, k: int) -> bool:
    """Token k is followed by a possessive: "’s", or a bare apostrophe after a plural ("Sky Networks’")."""
    after = tokens[k + 1].text if k + 1 < len(tokens) else ""
    return after in POSSESSIVE_S or (after in ("'", "’") and tokens[k].text.endswith(("s", "S")))


def _with_coordinated(mentions: list[Mention], tokens, first: Mention) -> tuple[Mention, ...]:
    """"Nye and Radchenko": the first mention and those joined to it by "and" or commas."""
    found = [first]
    k = first.last + 1
    while k + 1 < len(tokens) and tokens[k].text in ("and", ","):
        nxt = _mention_starting(mentions, tokens, k + 1)
        if nxt is None or nxt.kind not in (MentionKind.PERSON, MentionKind.ORGANISATION):
            break
        after = tokens[nxt.last + 1].text if nxt.last + 1 < len(tokens) else ""
        if tokens[k].text == "," and (tokens[k + 1].text.lower() in ("a", "an", "the") or after in ("’s", "'s", "’", "'")
                                      or modifies_noun(after)):
            break  # "Griffin, an Obama backer", "Formas, Clinton’s director": an appositive, not a second speaker
        if tokens[k].text == "," and nxt.kind == MentionKind.PERSON and nxt.name.lower().rstrip(".") in lexicons.words("titles"):
            break  # "Sanjiv Bhasin, Director, IIFL": a lone title word after a comma describes the name before it
        found.append(nxt)
        k = nxt.last + 1
    return tuple(found)


def _postmodified_at(mentions: list[Mention], tokens, j: int) -> Mention | None:
    """"Lord Nicholls of Birkenhead said", "John Smith of Oxford University said": a name whose own
    post-modifier (its extent, as sources read it) ends at token j is the subject, not the place or
    organisation the modifier names."""
    if not tokens[j].text.isalnum():
        return None  # "Mehmet Oz — … star — has been called": a parenthesis, not a post-modifier
    return next((m for m in mentions if m.kind in (MentionKind.PERSON, MentionKind.ORGANISATION, MentionKind.GROUP)
                 and m.last < j and m.extent_end == j and not m.anonymous), None)


_JOINED_KINDS = (MentionKind.PERSON, MentionKind.ORGANISATION, MentionKind.GROUP)
# not a conjunct's modifier: the link itself, and a possessive ("Trump and his … remarks", "Abu-Laban and his wife X")
_NOT_MODIFIERS = frozenset({"and", "his", "her", "their", "its", "our", "my"})


def _plain_words(tokens, lo: int, hi: int, limit: int) -> bool:
    """Tokens lo..hi-1 are at most ``limit`` lowercase words, none a reporting verb: a conjunct's
    modifiers ("civil rights activists", "many MPs") or its prepositional phrase ("in the opposition")."""
    words = [tokens[k].text for k in range(lo, hi)]
    return len(words) <= limit and all(w.isalpha() and w.islower() and w not in lexicons.reporting_verbs() for w in words)


def _conjunct_before(mentions: list[Mention], tokens, m: Mention, link: int) -> Mention | None:
    """The mention that ends just before the link token ("and" or a comma), maybe followed by a short
    prepositional phrase of its own ("Critics in the opposition and …"); never a place, and never one
    that is itself the object of a preposition."""
    for prev in reversed(mentions):
        end = prev.extent_end if prev.extent_end is not None else prev.last
        if prev is m or end >= link or prev.kind not in _JOINED_KINDS or prev.anonymous:
            continue
        gap_ok = end == link - 1 or (tokens[end + 1].text.lower() in PREPOSITIONS and _plain_words(tokens, end + 1, link, 4))
        start = prev.extent_start if prev.extent_start is not None else prev.first
        after_prep = start > 0 and tokens[start - 1].text.lower() in PREPOSITIONS
        return prev if gap_ok and not after_prep else None
    return None


def coordinated_before(mentions: list[Mention], tokens, last: Mention) -> tuple[Mention, ...]:
    """"Critics in the opposition and civil rights activists are worried", "Clinton, Sanders and many
    Democrats said": a subject joined by "and" (and commas before it) to the mentions before it speaks
    with them; the last conjunct alone is what _subject_before finds. The first link must be "and"
    ("A, B said" is no coordination: an appositive or an opening phrase)."""
    found = [last]
    current, joined, serial = last, False, False
    if last.anonymous:
        return found  # "Burman, director of …, and a professor at …": a second appositive, not a second speaker
    while True:
        start = current.extent_start if current.extent_start is not None else current.first
        k = start - 1
        while k >= 0 and start - k <= 3 and tokens[k].text.isalpha() and tokens[k].text.islower() \
                and tokens[k].text not in PREPOSITIONS and tokens[k].text not in _NOT_MODIFIERS:
            k -= 1  # the conjunct's own modifiers ("civil rights activists"; not "supporters in Congress")
        if k < 1 or not _plain_words(tokens, k + 1, start, 3):
            break
        link = k
        if tokens[link].text == "and":
            if tokens[link - 1].text == ",":
                link -= 1  # the serial comma
                serial = serial or not joined
        elif tokens[link].text != "," or not joined:
            break
        after = tokens[k + 1]
        if after.text[:1].isupper() and after.text.lower().rstrip(".") not in lexicons.words("titles") and start < current.first:
            break  # "Trade and Industry Secretary Patricia Hewitt": the "and" is inside her title
        prev = _conjunct_before(mentions, tokens, current, link)
        if prev is None or any(f.span == prev.span for f in found) or prev.name.lower().rstrip(".") in lexicons.words("titles"):
            break  # a lone title word ("Vice President for news and talk Dave Gorab") is part of a title
        found.insert(0, prev)
        current, joined = prev, True
    if serial and len(found) == 2:
        # ", and" ends a list of three or more; before two names it opens a new clause ("… since replacing Hughes,
        # and Giggs said"): the last name speaks alone
        return (last,)
    return tuple(found) if joined else (last,)


_PHRASE_HEADS = (MentionKind.PERSON, MentionKind.ORGANISATION, MentionKind.GROUP)
_ATTACHING = PREPOSITIONS | {"against", "inside", "near", "outside"}
_RELATIVES = naming.RELATIVES
_DESCRIPTION_WALK = 8  # words a lowercase description (or a relative clause) may run back over


def _start(m: Mention) -> int:
    return m.extent_start if m.extent_start is not None else m.first


def _ending_at(mentions: list[Mention], k: int) -> Mention | None:
    """The mention whose name or appositive ends at token k; the widest (a person whose appositive
    holds an organisation, not the organisation)."""
    found = [m for m in mentions if m.kind in SOURCE_KINDS and k in (m.last, m.extent_end)]
    return min(found, key=_start) if found else None


def _name_words_back(tokens, p: int) -> int:
    """Back from p over a lowercase word or two right before a name ("the journal JAMA Psychiatry"),
    a name's words that no mention took ("the West of"), determiners and "and" between names ("Iraq
    and Syria"), to the word that links the name to the phrase before it."""
    lower = 0
    while p >= 0 and lower < 2 and tokens[p].text.isalpha() and tokens[p].text.islower() and not (
            tokens[p].text in _ATTACHING or tokens[p].text in _RELATIVES or tokens[p].text in _NOT_PHRASE_WORDS
            or tokens[p].text in AUXILIARIES or tokens[p].text in lexicons.reporting_verbs() or naming.is_determiner(tokens[p].text)):
        p, lower = p - 1, lower + 1
    while p >= 0 and tokens[p].text.lower() not in _RELATIVES:
        word = tokens[p].text
        if not (word[:1].isupper() or word in ("and", "&") or (word.islower() and naming.is_determiner(word)) or word in POSSESSIVE_S):
            break
        p -= 1
    return p


def _description_back(tokens, p: int) -> int:
    """Back from p over a lowercase description or a relative clause ("the U.S. military operation",
    "which is essentially China’s version") to the comma or relative pronoun before it; -1 at the
    sentence start, -2 when it runs too long or into a clause mark."""
    for q in range(p, max(-1, p - _DESCRIPTION_WALK), -1):
        word = tokens[q].text
        if word == "," or word.lower() in _RELATIVES and q < p:
            return q
        if not (word.isalnum() or word in POSSESSIVE_S or "." in word or "-" in word):
            return -2
    return -1 if p - _DESCRIPTION_WALK < 0 else -2


def _fronted(tokens, host: Mention) -> bool:
    """The name is the object of a sentence-opening preposition ("According to AFP,", "In London,")."""
    if not object_of_preposition(tokens, host) or _start(host) != host.first:
        return False
    pp = next(k for k in range(host.first - 1, -1, -1) if tokens[k].text.lower() in PREPOSITIONS)
    return pp == 0 or (pp == 1 and tokens[0].text.lower().endswith("ing"))


def _relative_before(tokens, p: int) -> int | None:
    """The relative pronoun a few lowercase words before token p ("that runs the AMAs"), if any."""
    for r in range(p, max(0, p - 4), -1):
        word = tokens[r].text
        if word.lower() in _RELATIVES:
            return r
        if not (word.isalpha() and word.islower()) or word in _ATTACHING:
            return None
    return None


def _employing(host: Mention, obj: Mention) -> Mention:
    """"Dr Erel Avineri, of the Centre for Transport and Society": the organisation a person's own
    prepositional phrase names employs them, when nothing else does."""
    if host.kind == MentionKind.PERSON and not host.anonymous and host.affiliation is None and obj.kind == MentionKind.ORGANISATION \
            and not obj.anonymous:
        return replace(host, affiliation=obj.name)
    return host


def _one_name(tokens, host: Mention, p: int, m: Mention) -> bool:
    """An organisation's name, "for" or "of" (maybe "a"/"the") and a capitalised name right after it
    ("Committee for a Responsible Federal Budget"): one name, not a name and its postmodifier."""
    return host.kind == MentionKind.ORGANISATION and host.last == p - 1 and tokens[p].text in ("for", "of") \
        and m.kind in (MentionKind.ORGANISATION, MentionKind.PERSON) and all(
            tokens[k].text in ("a", "the") for k in range(p + 1, m.first))


def _joined(tokens, first: int, last: int) -> str:
    text = tokens[first].text
    for prev, tok in zip(tokens[first:last], tokens[first + 1 : last + 1], strict=True):
        text += " " * (tok.start - prev.end) + tok.text
    return text


def phrase_head(mentions: list[Mention], tokens, m: Mention) -> Mention:
    """The head of the subject phrase a mention ends: "Dr Erel Avineri, of the Centre for Transport at
    the University of the West of England in Bristol" -> Avineri; "Sean Robertson, a spokesperson for
    Inherent Resolve, the … operation against Islamic State in Iraq and Syria" -> Robertson. A
    name after a preposition or inside a relative clause belongs to the phrase before it; a
    description after a comma to the name before that comma; a description of a person, people or
    an institution opening the clause is the head itself ("The authors of the research …"). A
    pronoun, or a phrase whose head is none of these ("A chorus of Republicans"), keeps m."""
    if m.kind == MentionKind.PRONOUN:
        return m
    head, start = m, _start(m)
    while True:
        p = _name_words_back(tokens, start - 1)
        r = _relative_before(tokens, p) if p >= 0 else None
        if r is not None and r < start - 1:
            p = r
        if p >= 1 and tokens[p].text.lower() in _RELATIVES and p < start - 1 and tokens[p - 1].text != ",":
            # "The company that runs the AMAs": an object inside a relative clause (not its subject:
            # "reports that Trump called"); its antecedent heads the phrase
            host = _ending_at(mentions, p - 1)
            if host is None or host.kind not in _PHRASE_HEADS:
                return opening_description(tokens, 0) or m
            head, start = host, _start(host)
            continue
        if p < 0 or tokens[p].text.lower() not in _ATTACHING:
            return head
        e = p - 1
        if e >= 0 and tokens[e].text == ",":
            e -= 1  # "Avineri, of the Centre"
        host = _ending_at(mentions, e) if e >= 0 else None
        if host is not None and head is m and _one_name(tokens, host, p, m):
            # "The Committee for a Responsible Federal Budget": one organisation's name, read in two
            name = _joined(tokens, host.first, m.last)
            head = replace(host, name=name, span=Span(tokens[host.first].start, tokens[m.last].end, name), last=m.last)
            start = _start(host)
            continue
        if host is not None:
            head, start = _employing(host, head), _start(host)
            continue
        if e >= 0 and tokens[e].text[:1].isupper():
            start = e + 1  # a name's words no mention took: walk on from there
            continue
        # a lowercase noun heads the phrase: a description, itself maybe set off after a name
        q = _description_back(tokens, e) if e >= 0 else -1
        if q < 1 or tokens[q].text != "," and tokens[q].text.lower() not in _RELATIVES:
            return (opening_description(tokens, 0) if q == -1 else None) or m
        c = q - 2 if tokens[q].text != "," and tokens[q - 1].text == "," else q - 1  # "Weibo, which"
        host = _ending_at(mentions, c)
        if host is None or host.kind not in _PHRASE_HEADS:
            return m
        if tokens[q].text == "," and _fronted(tokens, host):
            # "According to AFP, one user on Weibo": the description opens the clause after a fronted phrase
            return opening_description(tokens, q + 1) or m
        head, start = host, _start(host)


def time_adjunct_start(words: list[str], j: int) -> int:
    """Where a time adjunct ending at word j starts ("yesterday", "last week", "on Monday", "on 3
    March"); j + 1 when none ends there."""
    low = [w.lower() for w in words]
    if j < 0:
        return j + 1
    if low[j] in TIME_WORDS:
        return j
    if low[j] in TIME_NOUNS or low[j] in naming.CALENDAR_WORDS:
        k = j - 1
        if k >= 0 and low[k].isdigit() and low[j] in naming.CALENDAR_WORDS:
            k -= 1  # "on 3 March"
        if k >= 0 and low[k] in TIME_OPENERS:
            return k
    if low[j].isdigit() and j >= 2 and low[j - 1] in naming.CALENDAR_WORDS and low[j - 2] == "on":
        return j - 2  # "on March 3"
    return j + 1


# a sentence adverb set between a subject and its verb without commas ("Lib Dem spokesman Ed Davey meanwhile said")
_SUBJECT_ADVERBS = frozenset({"meanwhile"})


def before_adjuncts(tokens, k: int) -> int:
    """The last token before k that is no auxiliary, adverb or time adjunct ("Mr Howard last week has also said")."""
    words = [t.text for t in tokens[:k]]
    j = k - 1
    while j >= 0:
        if words[j].lower() in AUXILIARIES or words[j].lower() in _SUBJECT_ADVERBS and j > 0 and words[j - 1] != ",":
            j -= 1
            continue
        start = time_adjunct_start(words, j)
        if start > j:
            return j
        j = start - 1
    return j


def _subject_before(mentions: list[Mention], tokens, usable, k: int) -> Mention | None:
    """The mention that ends right before token k, across auxiliaries, time adjuncts ("Mr Howard last
    week said") and one appositive; the head of a longer subject phrase (``phrase_head``)."""
    j = before_adjuncts(tokens, k)
    if j >= 3 and tokens[j].text == ")" and tokens[j - 2].text == "(" and tokens[j - 1].text.isupper() \
            and _mention_at(mentions, j - 3) is not None:
        j -= 3  # "The National Institute of Economic and Social Research (NIESR) claims": the name's initials in brackets
    if j >= 0 and tokens[j].text == "," and (opening := relative_clause_before(tokens, j)) is not None \
            and _mention_at(mentions, opening - 1) is None and (described := _definite_description(tokens, opening)):
        return described  # "The Oscar-nominated actor, whose films include … The Phantom Menace, said": no name of the clause
    if j >= 0 and tokens[j].text == ",":
        # "TASS, a Russian state-run news outlet, quoted": skip back over the appositive
        # before a participle an appositive there must be: "responded on Twitter, calling …" has none
        participle = k < len(tokens) and tokens[k].text.lower().endswith("ing")
        for m in reversed(mentions):
            if m.last < j and m.extent_end is not None and m.extent_end >= j - 1 and not (participle and m.extent_end == m.last):
                return _head_or(mentions, tokens, relative_head(m, mentions, tokens))
        comma = next((c for c in range(j - 1, -1, -1) if tokens[c].text == ","), None)
        if comma is not None:
            m = _postmodified_at(mentions, tokens, comma - 1) or _mention_at(mentions, comma - 1)
            if m is not None and comma - 1 in (m.last, m.extent_end) and m.kind != MentionKind.PLACE:
                return _appositive_name(mentions, tokens, m, comma, j)
        return None
    m = _postmodified_at(mentions, tokens, j) or _mention_at(mentions, j)
    if m is not None and j in (m.last, m.extent_end) and (described := _restrictive_head(tokens, m)) is not None:
        return described  # "The barrister who had represented Mr Martin had said": the name is the clause's object
    if m is not None and j in (m.last, m.extent_end):
        if m.first >= 2 and tokens[m.first - 1].text.lower() in ("in", "at", "from", "near"):
            # "The George W. Bush Presidential Center in Dallas maintains": the name before the place
            head = _mention_at(mentions, m.first - 2)
            if head is not None and head.last == m.first - 2:
                return _head_or(mentions, tokens, head)
        return _employed_person(mentions, tokens, _head_or(mentions, tokens, m))
    if j >= 1 and tokens[j].text.lower() in DESCRIPTORS:
        # "the Economist magazine put it": a lowercase descriptor after the name
        m = _mention_at(mentions, j - 1)
        if m is not None and m.last == j - 1 and m.kind == MentionKind.ORGANISATION:
            return m
    return None


_RELATIVE_OPENERS = frozenset({"who", "whose", "whom", "which"})
RELATIVE_REACH = 40  # tokens back from a verb's comma to the comma that opens a set-off relative clause


def relative_clause_before(tokens, j: int) -> int | None:
    """The comma that opens a set-off relative clause closed by the comma at token ``j`` ("The Oscar-nominated
    actor, whose films include Schindler's List, …, said"), commas of a list inside it allowed; None when no
    "who", "whose", "whom" or "which" opens one before a sentence mark or a quotation mark."""
    for q in range(j - 1, max(0, j - RELATIVE_REACH), -1):
        word = tokens[q].text
        if word in (".", "!", "?", ";", "“", "”", '"') or word.lower() in lexicons.reporting_verbs():
            return None
        if word.lower() in _RELATIVE_OPENERS and tokens[q - 1].text == ",":
            return q - 1 if q + 1 < j else None
    return None


_RESTRICTIVE_REACH = 6  # tokens from a restrictive "who" to the name its clause ends with


def _restrictive_head(tokens, m: Mention) -> Mention | None:
    """"The barrister who had represented Mr Martin", "The lawyer who acts for Ms Lee": a definite description
    of a person opening the clause, a restrictive "who" and a clause ending in the name; the description is
    the subject, the name its verb's object. None when the name opens the relative clause itself ("The man
    who Smith hired" names no subject) or no verb stands between."""
    start = m.extent_start if m.extent_start is not None else m.first
    for q in range(start - 2, max(-1, start - 2 - _RESTRICTIVE_REACH), -1):
        word = tokens[q].text
        if word in (",", ".", ";", ":", "“", "”", '"'):
            return None
        if word.lower() == "who":
            between = [t.text for t in tokens[q + 1 : start]]
            if not any(w.isalpha() and w.islower() and w not in DETERMINERS for w in between) \
                    or any(w.lower() in lexicons.reporting_verbs() for w in between):
                return None  # "a sheriff who says Smith lied": the description is the clause's own speaker
            return _described_person(tokens, q)
    return None


def _described_person(tokens, end: int) -> Mention | None:
    """"The barrister", "A lawyer" opening the clause before token ``end``: a determiner, at most three
    modifiers and a person's or a role's noun, as an unnamed person (coref must not read it as anyone the
    clause after it names)."""
    d0 = 0
    while d0 < end and tokens[d0].text.lower() in _CLAUSE_OPENERS:
        d0 += 1
    words = [t.text for t in tokens[d0:end]]
    if not 2 <= len(words) <= 5 or words[0].lower() not in ("the", "a", "an"):
        return None
    noun = words[-1]
    if not noun.isalpha() or not noun.islower() or noun.endswith("s") or not (naming.person_noun(noun) or is_rolenoun(noun)) \
            or not all(w.replace("-", "").isalnum() for w in words[1:]):
        return None
    text = _joined(tokens, d0, end - 1)
    described = " ".join(words[1:]).lower()
    return Mention(MentionKind.PERSON, Span(tokens[d0].start, tokens[end - 1].end, text), f"unnamed {described}", d0, end - 1,
                   role=noun, anonymous=True)


def _definite_description(tokens, end: int) -> Mention | None:
    """"The Oscar-nominated actor" of "The Oscar-nominated actor, whose …, said": a definite description of
    a person opening the clause and ending before token ``end`` (a determiner, at most three modifiers, a
    lowercase person noun), as a phrase for coref to resolve (``Registry.resolve_description``)."""
    d0 = 0
    while d0 < end and tokens[d0].text.lower() in _CLAUSE_OPENERS:
        d0 += 1
    noun = tokens[end - 1].text if end >= 1 else ""
    if end - d0 < 2 or end - d0 > 7 or tokens[d0].text.lower() != "the" or not noun.isalpha() or not noun.islower() \
            or not naming.person_noun(noun) or noun.endswith("s") or not all(
            t.text.replace("-", "").isalnum() or t.text in ("-", "‐", "‑") for t in tokens[d0 + 1:end]):
        return None
    text = _joined(tokens, d0, end - 1)
    return Mention(MentionKind.GROUP, Span(tokens[d0].start, tokens[end - 1].end, text), text, d0, end - 1)


def _head_or(mentions: list[Mention], tokens, m: Mention) -> Mention:
    """The head of the phrase m ends (``phrase_head``); m itself when that head is a place."""
    head = phrase_head(mentions, tokens, m)
    return m if head.kind == MentionKind.PLACE else head


def _employed_person(mentions: list[Mention], tokens, m: Mention) -> Mention:
    """"Colin Asplin, Blackpool Hotel Association said": an organisation set off after the name opening
    the clause is that person's employer, not a second speaker (a list would join them with "and")."""
    if m.kind != MentionKind.ORGANISATION or m.first < 2 or tokens[m.first - 1].text != ",":
        return m
    person = _ending_at(mentions, m.first - 2)
    if person is None or person.kind != MentionKind.PERSON or person.anonymous or any(
            t.text.lower() not in _CLAUSE_OPENERS for t in tokens[: _start(person)]):
        return m
    return replace(person, affiliation=person.affiliation or m.name)


def _appositive_name(mentions: list[Mention], tokens, m: Mention, comma: int, j: int) -> Mention:
    """"X, Y, said": the mention before the first comma, or its phrase's head; when that head is a
    description no mention names ("The company that runs the AMAs, Dick Clark Productions, denies"),
    the name set off between the commas, if a name is all there is."""
    head = _head_or(mentions, tokens, m)
    named = _mention_at(mentions, comma + 1)
    if named is None or named.first != comma + 1 or j - 1 not in (named.last, named.extent_end) or named.anonymous:
        return head
    if head.anonymous and head.kind == MentionKind.PERSON and named.kind == MentionKind.PERSON and not named.role:
        # "A spokesman for the company, Dean Boyd, said": the name the description is set off with, in its capacity
        # (a name with a title of its own describes the phrase's object: "a spokesman for the prosecutor, New York
        # State Comptroller Alan Hevesi, said")
        return replace(named, role=head.role, affiliation=named.affiliation or head.affiliation)
    if head not in mentions and named.kind in (MentionKind.PERSON, MentionKind.ORGANISATION):
        return named
    return head


def _complement_after_that(tokens, usable, k: int) -> bool:
    start = _complement_start(tokens, usable, k)
    return start is not None and tokens[start - 1].text.lower() == "that"


_CLAUSE_OPENERS = frozenset({"but", "and", "“", '"', "("})


def opening_description(tokens, clause: int) -> Mention | None:
    """"The authors" of "The authors of the research … argued", "Officials" of "Officials at …": a
    description of a person, people or an institution opening the clause at token ``clause`` (after
    "But" or a mark), a determiner and at most three words up to a preposition, a relative pronoun
    or a comma; else None."""
    d0 = clause
    while d0 < len(tokens) and tokens[d0].text.lower() in _CLAUSE_OPENERS:
        d0 += 1
    end = d0 + 1 if d0 < len(tokens) and naming.is_determiner(tokens[d0].text) else d0
    while end < len(tokens) and end - d0 < 4 and tokens[end].text.isalpha() and tokens[end].text.lower() not in _ATTACHING \
            and tokens[end].text.lower() not in _RELATIVES and (tokens[end].text.islower() or end == d0):
        end += 1
    if end >= len(tokens) or end == d0 or not (tokens[end].text == "," or tokens[end].text.lower() in _ATTACHING | _RELATIVES):
        return None
    end -= 1
    words = [t.text for t in tokens[d0 : end + 1]]
    if naming.is_determiner(words[0]):
        words = words[1:]
    noun = words[-1].lower() if words else ""
    if not noun.isalpha() or any(w.lower() in AUXILIARIES or w.lower() in lexicons.reporting_verbs()
                                 or w.lower() in naming.PRONOUNS for w in words):
        return None  # "He said the man who …": a clause, not a description
    text = _joined(tokens, d0, end)
    span = Span(tokens[d0].start, tokens[end].end, text)
    described = " ".join(words).lower()
    if noun in naming.DESCRIBED_ORGS:
        return Mention(MentionKind.ORGANISATION, span, text, d0, end, anonymous=True)
    if not naming.person_noun(noun):
        return None
    if noun.endswith("s") and not noun.endswith("ss") or noun in ("people", "police"):
        return Mention(MentionKind.GROUP, span, described, d0, end)
    return Mention(MentionKind.PERSON, span, f"unnamed {described}", d0, end, role=noun, anonymous=True)


def _institution_subject(tokens, k: int) -> Mention | None:
    """"The commission ruled that …", "the court said …": a definite institution noun opening the clause
    right before the cue is its subject, a description (speakers.cue_speakers resolves it to the
    institution the article named, as the learned stage does)."""
    j = k - 1
    while j >= 0 and tokens[j].text.lower() in AUXILIARIES:
        j -= 1
    if j < 1 or tokens[j].text.lower() not in naming.DESCRIBED_ORGS or tokens[j - 1].text.lower() != "the":
        return None
    if j >= 2 and tokens[j - 2].text.lower() not in ("but", "and", "“", '"', "("):
        return None  # only a description opening its sentence: not "of the court", nor "…, the group said"
    det, noun = tokens[j - 1], tokens[j]
    text = det.text + " " * (noun.start - det.end) + noun.text
    return Mention(MentionKind.ORGANISATION, Span(det.start, noun.end, text), text, j - 1, j, anonymous=True)


def _described_subject(tokens, k: int) -> Mention | None:
    """"A woman said …", "A Delta spokesperson confirmed on Wednesday that …": an indefinite description of a person
    or people ("a", at most three modifiers, a person noun) opening the clause right before the cue, across
    auxiliaries and a time adjunct, is its subject, an unnamed source (coref may resolve it, as it does the learned
    stage's descriptions); only for a cue of a clause ("said", or before "that"), as ``_institution_subject``."""
    j = before_adjuncts(tokens, k)
    if j < 1 or not tokens[j].text.isalpha() or not tokens[j].text.islower() or not naming.person_noun(tokens[j].text):
        return None
    d0 = j - 1
    while d0 >= 0 and j - d0 <= 4 and not naming.is_determiner(tokens[d0].text):
        word = tokens[d0].text
        if not word.replace("-", "").isalpha() or word.lower() in _ATTACHING | _RELATIVES | _NOT_PHRASE_WORDS \
                or word.lower() in AUXILIARIES or word.lower() in lexicons.reporting_verbs() or word.lower() in naming.PRONOUNS:
            return None
        d0 -= 1
    if d0 < 0 or tokens[d0].text.lower() not in ("a", "an") or (d0 > 0 and tokens[d0 - 1].text.lower() not in _CLAUSE_OPENERS):
        # only an indefinite description opening its clause, someone new: "the chancellor said" refers back (coref
        # links it to the person named), nor "… of a woman said"
        return None
    noun = tokens[j].text
    text = _joined(tokens, d0, j)
    described = " ".join(t.text for t in tokens[d0 + 1 : j + 1])
    span = Span(tokens[d0].start, tokens[j].end, text)
    if noun.endswith("s") and not noun.endswith("ss") or noun in ("people", "police"):
        return Mention(MentionKind.GROUP, span, described.lower(), d0, j)
    # "A Globex Group spokesperson": the capitalised words before the noun name the employer
    employer = " ".join(t.text for t in tokens[d0 + 1 : j] if t.text[:1].isupper()) or None
    return Mention(MentionKind.PERSON, span, f"unnamed {described}", d0, j, role=noun, affiliation=employer,
                   anonymous=True)


def _speaker_of_cue_before(mentions: list[Mention], tokens, k: int) -> Mention | None:
    """"Ryan and Trump will meet next week, Spicer said, adding, …": a participle right after a
    reporting verb and its comma has that verb's subject, the name just before it, not the first
    name of the sentence (which belongs to the reported clause)."""
    j = k - 1
    while j >= 0 and tokens[j].text == ",":
        j -= 1
    words = 0
    while j >= 0 and tokens[j].text.lower() not in lexicons.reporting_verbs() and words < 3:
        if not tokens[j].text.isalnum():
            return None  # "said Tuesday, adding": a word or two may stand between, no punctuation
        j, words = j - 1, words + 1
    if j < 1 or not finite_reporting_verb(tokens[j].text.lower()):
        return None
    subject = _mention_at(mentions, j - 1)
    if subject is not None and subject.last == j - 1 and subject.kind in (
            MentionKind.PERSON, MentionKind.ORGANISATION, MentionKind.GROUP, MentionKind.PRONOUN):
        return subject  # "Mr Blair has failed …, he claimed, saying …": the pronoun, not the clause's Blair
    return None


def object_of_preposition(tokens, m: Mention) -> bool:
    """The mention is the object of a preposition, maybe past its determiner and a few lowercase
    modifiers ("In a Tumblr post", "In his initial Instagram announcement", "at Gateshead"): a name
    inside a phrase, not a clause's subject."""
    k, modified = m.first - 1, False
    while k >= 0 and m.first - k <= 3 and tokens[k].text.isalpha() and tokens[k].text.islower() \
            and tokens[k].text not in PREPOSITIONS and tokens[k].text not in _NOT_PHRASE_WORDS \
            and tokens[k].text not in lexicons.reporting_verbs():
        modified = modified or not naming.is_determiner(tokens[k].text)
        k -= 1  # "his", "a", "initial"
    if k < 0 or tokens[k].text.lower() not in PREPOSITIONS:
        return False
    if not modified:
        return True
    # past a lowercase word the name must modify a noun of the same phrase ("In a Tumblr post"), not
    # open a clause after the phrase's own noun ("at the time she described", "in March Smith said")
    nxt = tokens[m.last + 1].text if m.last + 1 < len(tokens) else ""
    return m.kind != MentionKind.PRONOUN and nxt.isalpha() and nxt.islower() and not nxt.endswith("ed") \
        and nxt not in AUXILIARIES and nxt not in lexicons.reporting_verbs() and nxt not in NAME_JOINERS


# words that end a noun phrase walking back from its name: a link or a clause's opening
_NOT_PHRASE_WORDS = frozenset({"and", "or", "but", "nor", "that", "who", "which", "whom", "whose"})


def _clause_subject(mentions: list[Mention], k: int, tokens=None) -> Mention | None:
    """For participles and coordinated verbs ("Blinken visited Beijing and rebuked …",
    "Putin praised …, calling them …"): the first person before the verb, else the
    closest organisation or group; never a name after a preposition ("At a rally in
    Portsmouth, …, Sanders endorsed her, saying …")."""
    inverted = _speaker_of_cue_before(mentions, tokens, k) if tokens is not None else None
    if inverted is not None:
        return inverted
    before = [m for m in mentions if m.last < k and not (
        tokens is not None and object_of_preposition(tokens, m)) and not any(
        o is not m and o.kind == MentionKind.PERSON and o.extent_start is not None and o.extent_start <= m.last + 1 and m.last < o.first
        for o in mentions)]  # nor the name in another's title ("Clinton campaign spokesman Brian Fallon")
    people = [m for m in before if m.kind in (MentionKind.PERSON, MentionKind.PRONOUN)]
    if people:
        return people[0]
    others = [m for m in before if m.kind in (MentionKind.ORGANISATION, MentionKind.GROUP, MentionKind.PLURAL)]
    if others:
        return others[-1]
    # "The US welcomed the exchange, saying …": a country opening the sentence is its government
    opening = next((m for m in before if m.kind == MentionKind.PLACE and (m.first == 0 or (
        m.first == 1 and tokens is not None and tokens[0].text.lower() == "the"))), None)
    return opening


def _medium_after(mentions: list[Mention], tokens, k: int) -> str | None:
    m = _mention_starting(mentions, tokens, k)
    if m is not None and m.kind in (MentionKind.ORGANISATION,):
        return m.name
    words = [t.text for t in tokens[k : k + 3]]
    for outlet in lexicons.media():
        parts = outlet.split()
        if words[: len(parts)] == parts:
            return outlet
    return None


def _venue_after(mentions: list[Mention], tokens, k: int) -> str | None:
    """"wrote in a commentary this week for the Center for …": where the words appeared."""
    for j in range(k, min(k + 8, len(tokens))):
        if tokens[j].text in (",", ".", ";", ":", "“", '"'):
            return None
        if tokens[j].text.lower() in ("for", "in", "on") and j > k:
            m = _mention_starting(mentions, tokens, j + 1)
            if m is not None and m.kind == MentionKind.ORGANISATION:
                return m.name
    return None


def _date_comma(tokens, t: int) -> bool:
    """The comma of a written date ("30 July, 2002", "March 3, 2016"): a day or month before, a year after."""
    return (tokens[t].text == "," and 0 < t < len(tokens) - 1 and tokens[t + 1].text.isdigit()
            and (tokens[t - 1].text.isdigit() or tokens[t - 1].text.lower() in naming.CALENDAR_WORDS))


def _date_before(tokens, j: int, that: int) -> bool:
    """"ruled on 30 July, 2002 that …": the words before "that" are a date, however many tokens it takes."""
    return tokens[j].text.lower() == "on" and any(tokens[t].text.lower() in naming.CALENDAR_WORDS for t in range(j, that))


def _opens_clause_subject(word: str) -> bool:
    """A word that may begin the subject of a that-clause: a name, a number, a determiner or a pronoun."""
    return word[:1].isupper() or word[:1].isdigit() or word.lower() in CLAUSE_SUBJECT_OPENERS


def _that_after_place(tokens, usable, j: int) -> int:
    """"said in an Oct. 26 letter to communications companies that …": where a longer phrase of place or
    medium opened by a preposition is followed by "that" and a clause's subject, the "that" (not a relative
    pronoun: "said in a letter that was sent …"); else j."""
    if j >= len(tokens) or tokens[j].text.lower() not in ("in", "on", "at", "during"):
        return j
    that = next((t for t in range(j + 1, min(j + 12, len(tokens))) if tokens[t].text.lower() == "that"), None)
    if that is None or that + 1 >= len(tokens) or not _opens_clause_subject(tokens[that + 1].text):
        return j  # "reported 20 victims at a center that works with …": a relative clause
    if all(usable[t] and _wordlike(tokens[t].text) and tokens[t].text.lower() not in ("and", "but") for t in range(j, that)):
        return that
    return j


# an addressee that is a pronoun (a subject pronoun after it opens the clause: naming.SUBJECT_PRONOUNS)
OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "you"})


def _after_addressee(tokens, usable, j: int) -> int | None:
    """"told reporters he would …", "told the BBC he is happy in Spain", "assured them it would …": a clause without
    "that" after the addressee (a name, a person noun, an object pronoun) opens with its subject pronoun, which a
    lowercase word follows; not an object ("told the story he had heard": "story" names no one)."""
    k = next((t for t in range(j, min(j + 6, len(tokens))) if tokens[t].text.lower() in naming.SUBJECT_PRONOUNS), None)
    if k is None or k == j or k + 1 >= len(tokens) or not usable[k] or not tokens[k + 1].text.islower():
        return None
    words = [t.text for t in tokens[j:k]]
    if len(words) == 1 and words[0].lower() in OBJECT_PRONOUNS:
        return k
    if not all(w[:1].isalnum() or w in ("'s", "’s") for w in words):
        return None
    if all(w[:1].isupper() or w in ("the", "'s", "’s") for w in words) and words[-1][:1].isupper():
        return k  # "the BBC", "Radio Four", "MPs"
    if all(w.islower() for w in words) and naming.person_noun(words[-1]):
        return k  # "reporters", "his friends"
    return None


def _complement_start(tokens, usable, k: int) -> int | None:
    """Where a reported clause begins after the cue words ending at k ("said that ...")."""
    j = k + 1
    # "announced early last year that …": a short adverbial before "that"
    that = next((t for t in range(j, min(j + 7, len(tokens))) if tokens[t].text.lower() == "that"), None)
    if that is not None and (that - j < 5 or _date_before(tokens, j, that)) and all(
            (tokens[t].text.isalnum() or _date_comma(tokens, t)) and tokens[t].text.lower() not in ("and", "but")
            for t in range(j, that)):
        j = that
    else:
        j = _that_after_place(tokens, usable, j)
    if j < len(tokens) and tokens[j].text.lower() == "that":
        j += 1
        while j < len(tokens) and tokens[j].text in (",", "—", "–"):
            j += 1  # "acknowledge that, at least for the moment, Russia has …"
    if j >= len(tokens) or not usable[j]:
        return None
    t = tokens[j].text
    if t in (",", ".", ":", ";", "“", "”", '"', "‘", "’", "'", "«", "»", "?", "!", "(", ")", "-", "–", "—"):
        return None
    if tokens[j - 1].text.lower() == "that" or tokens[j - 1].text in (",", "—", "–"):
        return j  # "acknowledge that, at least for the moment, …": "that" already opened a clause
    if t.lower() in ("to", "not", "by", "for", "in", "on", "at", "of", "as", "with", "about", "from", "after", "last", "this", "yesterday", "earlier", "later", "on"):
        return _subject_after_adjunct(tokens, j) if t.lower() in ADJUNCT_OPENERS else None
    return j


# a short adverbial between a cue and its clause's subject: "said in November they would …", "said on Twitter it was …"
ADJUNCT_OPENERS = frozenset({"in", "on", "at", "after", "last", "this", "earlier", "later"})
FINITE_AFTER_NAME = frozenset({"had", "has", "have", "would", "will", "was", "were", "is", "are", "could", "can"})


def _subject_after_adjunct(tokens, j: int) -> int | None:
    """The subject opening a clause one to three plain words after the adverbial's first word at j: a subject
    pronoun, or a capitalised name before an auxiliary ("said after seven years Labour had transformed …")."""
    for s in range(j + 1, min(j + 4, len(tokens) - 1)):
        word = tokens[s].text
        if word.lower() in naming.SUBJECT_PRONOUNS:
            return s
        if word[:1].isupper() and tokens[s + 1].text.lower() in FINITE_AFTER_NAME:
            return s
        if not word.isalnum():
            return None
    return None


def find_cues(tokens: tuple[Token, ...], usable: list[bool], mentions: list[Mention]) -> Iterator[CueMatch]:
    verbs = lexicons.reporting_verbs()
    n = len(tokens)
    earlier: CueMatch | None = None  # the last verb cue with a source before its verb
    for i, tok in enumerate(tokens):
        if not usable[i]:
            continue
        low = tok.text.lower()
        if low == "according" and i + 1 < n and tokens[i + 1].text.lower() == "to":
            src = _mention_starting(mentions, tokens, i + 2) or _document_agent(mentions, tokens, i + 2) \
                or _premodified_person(mentions, tokens, i + 2)
            sources = _with_coordinated(mentions, tokens, src) if src else ()
            yield CueMatch(
                "according to", CueKind.ACCORDING_TO, CueType.SPEECH, i, i + 1, src, sources, inverted=True,
                kind=CueKind.ACCORDING_TO,
            )
        elif low == "in" and i + 2 < n and tokens[i + 1].text.lower() in ("his", "her", "their") and tokens[i + 2].text.lower() == "words":
            src = _mention_at(mentions, i + 1)
            yield CueMatch(
                "in his words", "words", CueType.SPEECH, i, i + 2, src, (src,) if src else (), kind=CueKind.IN_THEIR_WORDS
            )
        elif low == "put" and i + 1 < n and tokens[i + 1].text.lower() == "it":
            src = _subject_before(mentions, tokens, usable, i)
            yield CueMatch("put it", "put", CueType.SPEECH, i, i + 1, src, (src,) if src else ())
        elif low in lexicons.words("stance_adjectives") and (stance := _stance_cue(tokens, usable, mentions, i)):
            yield stance
        elif low in verbs and not names_a_thing(tokens, usable, i):
            match = _verb_cue(tokens, usable, mentions, i, verbs[low], earlier)
            if match is not None:
                earlier = match if match.source is not None and not match.inverted else earlier
                yield match
        elif _is_participle_after_person(tokens, mentions, i):
            # "Xi calling … and Putin cherishing his “reliable partner”": a person with a participle
            src = _mention_at(mentions, i - 1)
            yield CueMatch(low, CueKind.PARTICIPLE, CueType.ACT, i, i, src, (src,), kind=CueKind.PARTICIPLE)


_NAMING_PARTICIPLES = frozenset({"called", "named", "dubbed", "entitled", "titled"})
_NAMED_OPENERS = frozenset({"a", "an", "its", "their"})


def names_a_thing(tokens, usable, i: int) -> bool:
    """"A Windows virus called Bofra is …", "a research note called Approve", "a new report called Rags To Riches":
    a participle of naming right after a common noun and before a capitalised name gives the thing its name; no
    one speaks ("Smith called Jones a liar", "he called for", "has called on" keep their reading)."""
    if tokens[i].text.lower() not in _NAMING_PARTICIPLES or i == 0 or i + 1 >= len(tokens) or not usable[i + 1]:
        return False
    before, after = tokens[i - 1].text, tokens[i + 1]
    if after.text == "the" and i + 2 < len(tokens):
        after = tokens[i + 2]
    if not (before.isalpha() and before.islower() and before not in AUXILIARIES and before not in naming.PRONOUNS
            and not before.endswith("ly") and after.text[:1].isupper() and after.text.isalpha()):
        return False
    # an indefinite noun phrase, or one a thing possesses, is named ("a research note called", "their annual reports
    # called"); a definite one or a person's may be the verb's subject ("The minister called …", "his aide called …")
    start = i - 1
    while start > 0 and i - start < 5 and tokens[start - 1].text.replace("-", "").isalpha() \
            and tokens[start - 1].text.lower() not in _NAMED_OPENERS and tokens[start - 1].text.lower() not in DETERMINERS:
        start -= 1
    return start > 0 and tokens[start - 1].text.lower() in _NAMED_OPENERS


# the copulas a stance adjective follows ("is confident", "remained hopeful", "seemed convinced") and the
# adverbs between ("is not convinced", "was acutely aware", "remains very optimistic")
BE_COPULAS = frozenset({"is", "was", "are", "were", "am", "be", "been", "being", "'s", "’s", "'re", "’re"})
LINKING_VERBS = frozenset({"remain", "remains", "remained", "seem", "seems", "seemed", "appear", "appears", "appeared"})
STANCE_COPULAS = BE_COPULAS | LINKING_VERBS
STANCE_ADVERBS = frozenset({"not", "also", "still", "so", "very", "now", "quite", "more", "less", "increasingly", "n't", "n’t"})
# a clause with no "that" after a stance adjective shows a finite verb within a few words ("concerned
# thousands of residents may not be able to vote"); "confident of victory" and "aware of the risks" have none
FINITE_MARKERS = frozenset({"will", "would", "could", "can", "may", "might", "should", "must", "is", "are", "was",
                            "were", "has", "have", "had", "does", "did"})
STANCE_NOT_SUBJECTS = frozenset({"that", "enough", "and", "but", "or", "again", "too", "then", "now", "still", "so"})
STANCE_MODALS = frozenset({"might", "may", "could", "would", "should", "must", "can"})
STANCE_SOURCES = (MentionKind.PERSON, MentionKind.PRONOUN, MentionKind.ORGANISATION)


def _stance_clause(tokens, usable, i: int) -> int | None:
    """The first token of the clause a stance adjective at i holds: after "that", or a clause with no "that" whose
    subject opens it (a name, a pronoun, a determiner) or a finite verb follows within six words."""
    start = _complement_start(tokens, usable, i)
    if start is None or tokens[start - 1].text.lower() == "that":
        return start
    word = tokens[start].text.lower()
    if word in STANCE_NOT_SUBJECTS or word.endswith("ly"):
        return None  # "confident enough to run", "hopeful again after the vote was counted"
    ahead = [t.text.lower() for t in tokens[start + 1:start + 7]]
    finite = next((k for k, w in enumerate(ahead) if w in FINITE_MARKERS or not w.isalpha()), None)
    if _opens_clause_subject(tokens[start].text) or (finite is not None and ahead[finite] in FINITE_MARKERS):
        return start
    return None


def _stance_cue(tokens, usable, mentions: list[Mention], i: int) -> CueMatch | None:
    """"Senator Warren is confident that the bill will pass", "The Green Party is concerned thousands may not vote":
    a copula, a stance adjective (data/stance_adjectives.txt) and the clause it holds, its subject a named person, a
    pronoun or an organisation (PolNeAR annotates these as attributions; the beats gold, like "believe", only with a
    named source: "some historians are concerned that …" is the writer's survey). "confident of victory" holds no
    clause; "it is clear that" is in no list; an adjective before a noun ("a confident speech") has no copula."""
    c = i - 1
    while c >= 0 and (tokens[c].text.lower() in STANCE_ADVERBS or tokens[c].text.lower().endswith("ly")):
        c -= 1
    if c < 0 or tokens[c].text.lower() not in STANCE_COPULAS or not usable[c]:
        return None
    complement = _stance_clause(tokens, usable, i)
    if complement is None:
        return None
    src = _subject_before(mentions, tokens, usable, c)
    if src is None or src.kind not in STANCE_SOURCES or (src.kind == MentionKind.PRONOUN and src.name.lower() in ("it", "i", "we", "you")):
        return None
    opener = _start(src) - 1
    if opener >= 0 and tokens[opener].text.lower() in ("if", "whether"):
        return None  # "It's unclear if Cruz is aware that …", "Asked whether he was concerned that …": a question, not a stance
    if any(t.text.lower() in STANCE_MODALS for t in tokens[src.last + 1:c]):
        return None  # "the campaign might be worried that …": a guess at a stance, not one held
    text = f"{tokens[c].text.lower()} {tokens[i].text.lower()}"
    return CueMatch(text, tokens[i].text.lower(), CueType.COGNITIVE, c, i, src, (src,), complement=complement, kind=CueKind.STANCE)


# what a report is made of: "according to figures gathered by Ofcom", "a new report by …"
_DOCUMENTS = frozenset({"report", "reports", "figures", "data", "statement", "statements", "study", "survey",
                        "poll", "analysis", "accounts", "estimates", "documents", "records", "findings", "release"})


def _premodified_person(mentions: list[Mention], tokens, k: int) -> Mention | None:
    """"according to former British team member Chris Bailey": a person named after a few plain words of description
    (no preposition, "of" or "and" among them: "according to the head of Acme" names no one here)."""
    found = None  # the last of the run: "former Dunmore team member Chris Bailey" is Chris Bailey
    for m in sorted(mentions, key=lambda m: m.first):
        if m.kind == MentionKind.PERSON and not m.anonymous and k < m.first <= k + PREMODIFIER_WORDS:
            between = [t.text for t in tokens[k:m.first]]
            if not all(w.isalpha() and w.lower() not in PREPOSITIONS and w.lower() not in ("and", "or", "of") for w in between):
                break
            found = m
    return found


PREMODIFIER_WORDS = 5


def _document_agent(mentions: list[Mention], tokens, k: int) -> Mention | None:
    """"according to credible reports received by Amnesty", "according to figures gathered by industry
    watchdog, Ofcom": the body that issued or gathered the document speaks (a determiner and a few
    lowercase words, a document noun or a participle, "by" or "from", maybe a descriptor and a comma)."""
    j = k
    while j < len(tokens) and j - k < 5 and tokens[j].text.isalpha() and tokens[j].text.islower() \
            and tokens[j].text not in ("by", "from"):
        j += 1
    if j == k or j + 1 >= len(tokens) or tokens[j].text not in ("by", "from"):
        return None
    before = tokens[j - 1].text
    if before not in _DOCUMENTS and not (before.endswith("ed") and any(t.text in _DOCUMENTS for t in tokens[k:j])):
        return None
    m = j + 1
    while m < len(tokens) and m - j <= 3 and tokens[m].text.isalpha() and tokens[m].text.islower():
        m += 1  # "industry watchdog"
    if m < len(tokens) and tokens[m].text == "," and m > j + 1:
        m += 1  # "industry watchdog, Ofcom"
    agent = _mention_starting(mentions, tokens, m)
    if agent is None or agent.kind not in (MentionKind.PERSON, MentionKind.ORGANISATION, MentionKind.GROUP):
        return None
    return agent


def _is_participle_after_person(tokens, mentions: list[Mention], i: int) -> bool:
    word = tokens[i].text
    if not (word.endswith("ing") and word.isalpha() and word.islower() and len(word) >= 6):
        return False
    m = _mention_at(mentions, i - 1) if i > 0 else None
    return m is not None and m.last == i - 1 and m.kind == MentionKind.PERSON


def _agent_after_marked_name(tokens, usable, mentions: list[Mention], i: int) -> Mention | None:
    """"dubbed the “Hanoi Hilton” by American servicemen", "called a “job killer” by Senator
    Park": the passive's agent after the quoted name, "by" right after the closing mark."""
    k = i + 1
    while k < len(tokens) and k <= i + 3 and usable[k]:
        k += 1  # "the", "a" before the opening mark
    if k >= len(tokens) or usable[k]:
        return None
    while k < len(tokens) and not usable[k]:
        k += 1  # the marked words
    while k < len(tokens) and tokens[k].text in ("”", '"', "’", "'", ","):
        k += 1
    if k >= len(tokens) or tokens[k].text.lower() != "by":
        return None
    agent = _mention_starting(mentions, tokens, k + 1)
    if agent is None or agent.kind not in (MentionKind.PERSON, MentionKind.ORGANISATION, MentionKind.GROUP, MentionKind.PLURAL):
        return None
    return agent


def _verb_subject(tokens, usable, mentions: list[Mention], i: int, lemma: str, last: int) -> Mention | None:
    """The verb's subject before it ("it" is none), else a sentence-opening institution description,
    for a cue that reports a clause only ("the government could deny them permits" reports nothing)."""
    subject = _subject_before(mentions, tokens, usable, i)
    if subject is not None and subject.kind == MentionKind.PRONOUN and subject.name == "it":
        subject = None
    nxt = tokens[i + 1].text.lower() if i + 1 < len(tokens) else ""
    if subject is None and (lemma == "say" or nxt == "that" or _complement_after_that(tokens, usable, last)):
        subject = _institution_subject(tokens, i) or _described_subject(tokens, i)
    if subject is None and _clause_follows(tokens, usable, last):
        subject = _definite_subject(tokens, i)
    return subject


def _clause_follows(tokens, usable, last: int) -> bool:
    """A reported clause, not an object, after the cue ending at ``last``: "that" opens it, or its subject does (a
    subject pronoun or a name: "admitted Cardiff was …"; not "would assert his rights")."""
    start = _complement_start(tokens, usable, last)
    if start is None:
        return False
    word = tokens[start].text
    return tokens[start - 1].text.lower() == "that" or word.lower() in naming.SUBJECT_PRONOUNS or word[:1].isupper()


# words after which a clause opens mid-sentence, its subject first
# ("and" only after a comma: "Giuliani and the president still believed" joins two subjects)
SUBJECT_CLAUSE_OPENERS = frozenset({",", "but", "while", "whereas", "although", "though", "as", "when", "if",
                                    "because", "since", "after"})


def _definite_subject(tokens, k: int) -> Mention | None:
    """"… received praise from Robinson afterwards, even if the coach admitted Cardiff was …": a definite description
    of one person (the, at most two lowercase modifiers, a singular person noun) opening a clause mid-sentence right
    before a cue of a clause is its subject, a description for coref to resolve to the person the article named
    (``Registry.resolve_description``), as ``_definite_description`` is at the start of a sentence."""
    j = before_adjuncts(tokens, k)
    if j < 2 or not tokens[j].text.isalpha() or not tokens[j].text.islower() or not naming.person_noun(tokens[j].text) \
            or (tokens[j].text.endswith("s") and not tokens[j].text.endswith("ss")):
        return None
    d0 = j - 1
    while d0 > 0 and j - d0 <= 3 and tokens[d0].text.lower() != "the":
        if not tokens[d0].text.isalpha() or not tokens[d0].text.islower() or tokens[d0].text in _NOT_PHRASE_WORDS \
                or tokens[d0].text in AUXILIARIES or tokens[d0].text in lexicons.reporting_verbs():
            return None
        d0 -= 1
    opener = tokens[d0 - 1].text.lower() if d0 >= 1 else ""
    comma_and = opener == "and" and d0 >= 2 and tokens[d0 - 2].text == ","
    if tokens[d0].text.lower() != "the" or not (opener in SUBJECT_CLAUSE_OPENERS or comma_and):
        return None
    text = _joined(tokens, d0, j)
    return Mention(MentionKind.GROUP, Span(tokens[d0].start, tokens[j].end, text), text, d0, j)


def _used_as_verb(mentions, i: int, prev: str, nxt: str) -> bool:
    """Whether a form that is a noun as often as a verb ("comments", "claims") is a verb here: after its
    source or an auxiliary, before "that", after a comma, or "“…,” comments Johnston" (right after a
    quotation's closing mark, with its source next)."""
    prev_is_source = _mention_at(mentions, i - 1) is not None or prev in AUXILIARIES
    inverted = prev in CLOSING_MARKS and _mention_at(mentions, i + 1) is not None
    return prev_is_source or nxt == "that" or prev == "," or inverted


def _closing_after_set_off_phrase(tokens, i: int) -> bool:
    """"…, a new study reports.", "…, the newspaper reported.": the verb ends the sentence right after a short phrase
    (two to four words) set off by a comma, its subject: a source-last attribution, the verb no noun."""
    if i + 1 >= len(tokens) or tokens[i + 1].text not in (".", "!", "?"):
        return False
    comma = next((k for k in range(i - 2, max(i - 6, -1), -1) if tokens[k].text == ","), None)
    return comma is not None and all(t.text.isalpha() or t.text in ("'s", "’s") for t in tokens[comma + 1:i])


def _after_coordinator(tokens, i: int, nxt: str) -> bool:
    """"… reached a “collective view”, but admitted it was …", "… and has indicated that …": a verb
    coordinated with the clause before it, with no subject of its own; auxiliaries may stand between
    only before a that-clause ("and had confirmed 68 nominees" reports nothing)."""
    j = i - 1
    while j >= 0 and tokens[j].text.lower() in AUXILIARIES and nxt == "that":
        j -= 1
    return j >= 0 and tokens[j].text.lower() in ("and", "but")


def _same_clause(tokens, usable, earlier: CueMatch | None, i: int) -> bool:
    """An earlier cue of the same sentence (no stop between) that has a source."""
    return earlier is not None and earlier.source is not None and not any(
        usable[k] and tokens[k].text in (".", "?", "!", ";") for k in range(earlier.last + 1, i))


def _control_subject(mentions, tokens, usable, i: int) -> Mention | None:
    """"Corbett goes on to criticise “…”", "Adler was quick to add", "Berg appeared to suggest that": the
    subject of a verb whose subject also does what follows "to" speaks (not "Trump took to Twitter overnight
    to accuse": a name stands before "overnight"; nor "declined to say", which reports nothing said)."""
    if i >= 3 and tokens[i - 2].text.lower() == "on" and tokens[i - 3].text.lower() in GO_FORMS:
        return _subject_before(mentions, tokens, usable, i - 3)
    if i >= 2 and tokens[i - 2].text.lower() in CONTROL_HEADS:
        return _subject_before(mentions, tokens, usable, i - 2)
    return None


def _wordlike(text: str) -> bool:
    return any(c.isalnum() for c in text)


def _quote_closes_before(tokens, usable, i: int) -> bool:
    """"“…,” Holmes testified", "“… come in!” an officer shouts", "“…,” continued Mandic": a quotation
    closes right before the verb, or before its subject of a few words (a comma may follow the mark)."""
    j = i - 1
    while j >= 0 and i - j <= QUOTE_REACH and usable[j] and _wordlike(tokens[j].text) and tokens[j].text not in CLOSING_MARKS:
        if tokens[j].text.lower() in CLAUSE_OPENERS:
            return False  # "“patched” the software as the company continued to sign up …": a clause of its own
        j -= 1
    if j >= 1 and tokens[j].text == "," and tokens[j - 1].text in CLOSING_MARKS:
        j -= 1  # "“…”, he continued"
    return j >= 1 and tokens[j].text in CLOSING_MARKS and not usable[j - 1]


def _quote_opens_after(tokens, usable, i: int) -> int | None:
    """The last word of the cue when a quotation opens right after it ("Teachers chanted, “Fund our
    schools”"), or after a colon that ends its object or place ("Mullen echoed those sentiments: “…”",
    "Mandic continued in the Sydney Morning Herald: “…”"); else None."""
    j = i + 1
    while j < len(tokens) and j - i <= QUOTE_REACH and usable[j] and _wordlike(tokens[j].text) and tokens[j].text not in OPENING_MARKS:
        j += 1
    if j < len(tokens) and (tokens[j].text == ":" or (j == i + 1 and tokens[j].text == ",")):
        j += 1
    elif j > i + 1:
        return None  # words, then no colon: "ordered the release of “political prisoners”"
    opens = j + 1 < len(tokens) and tokens[j].text in OPENING_MARKS and not usable[j + 1]
    return (j - 2 if tokens[j - 1].text in (":", ",") and j - 2 > i else i) if opens else None


_NO_CUE = -1  # _placed_complement: the verb is no cue where it stands


def _placed_complement(tokens, usable, i: int, where: Where, complement: int | None) -> int | None:
    """The complement of a verb that is a cue only in some places (data/reporting_verbs.tsv's fourth column),
    None when it has none, or _NO_CUE when it is no cue there. A that-only verb ("ruled", "found") reports its
    that-clause, or the quotation that closes right before it ("“…,” the report found") or opens right after it
    ("He concluded: “…”"); "recognized how absurd that would be" has no that-clause, "ruled on 30 July, 2002
    that" has one."""
    that = complement is not None and tokens[complement - 1].text.lower() == "that" \
        and tokens[complement - 2].text.lower() not in PREPOSITIONS  # "hinted at that in a news conference": a pronoun
    if that and (complement - 1 == i + 1 or tokens[i + 1].text.lower() in THAT_ADVERBIAL_OPENERS):
        return complement
    if where is Where.THAT and not _quote_closes_before(tokens, usable, i) and _quote_opens_after(tokens, usable, i) != i:
        return _NO_CUE
    return None  # "“Hands up!” an officer ordered the men": beside its quotation, it reports no clause


def _verb_source(tokens, usable, mentions, i: int, lemma: str, last: int, earlier: CueMatch | None):
    """The source of a reporting verb, whether it comes after the verb, and the verb's subject."""
    low = tokens[i].text.lower()
    prev = tokens[i - 1].text.lower() if i > 0 else ""
    nxt = tokens[i + 1].text.lower() if i + 1 < len(tokens) else ""
    inverted_src = None
    if (prev in (",", "”", '"', "’", "'", "»") or i == 0) and lemma not in ("tell", "advise") and not low.endswith("ing"):
        # the name after "told"/"telling" is the addressee (", telling O'Reilly that …"), never an inverted
        # source; nor is the name after a participle (", calling Trump’s charge “pathetic”")
        inverted_src = _mention_starting(mentions, tokens, i + 1)
        if inverted_src is not None and inverted_src.kind == MentionKind.PLACE:
            inverted_src = None
    if _passive(tokens, i):
        # "Five has been criticised for sending …": the subject is the one spoken of, the speaker the agent if any;
        # a verb that reports only in its own frame reports nothing in the passive ("the generosity shown by Britons")
        verb = lexicons.reporting_verbs().get(low)
        speaks = verb is not None and verb.where is Where.ANY
        return (_passive_agent(tokens, mentions, i) if speaks else None), False, None
    subject = _verb_subject(tokens, usable, mentions, i, lemma, last)
    if low.endswith("ing") and subject is not None and _object_of_verb(tokens, subject):
        # "Mr Hockney also left UKIP saying …": the participle's subject is the clause's, not the object
        subject = _clause_subject(mentions, subject.first, tokens) or subject
    if inverted_src is not None and (subject is None or prev in ("”", '"', "’", "»")
                                     or (prev == "," and _ends_sentence_after(tokens, inverted_src))):
        src, inverted = inverted_src, True
    elif subject is not None:
        src, inverted = subject, False
    elif prev == "to" and (controller := _control_subject(mentions, tokens, usable, i)) is not None:
        src, inverted = controller, False
    elif prev == "but" and _same_clause(tokens, usable, earlier, i):
        # "Bush referred to Rubio as “…” but described his skills as …": the verb it is coordinated with speaks
        src, inverted = earlier.source, False
    elif low.endswith("ing") or _after_coordinator(tokens, i, nxt):
        src, inverted = _clause_subject(mentions, i, tokens), False
    else:
        src, inverted = None, False
    return src, inverted, subject


# irregular past participles of reporting verbs (the regular ones end in "-ed")
_IRREGULAR_PARTICIPLES = frozenset({"told", "said", "heard", "shown", "written", "spoken", "taught", "sworn", "forbidden"})


def _passive(tokens, i: int) -> bool:
    """A reporting verb in the passive, a past participle after a form of "be" (adverbs between: "has been widely
    criticised", "was asked"): its subject is the one spoken of or to. Not a raising frame ("is said to have",
    "was reported to be"), whose subject is the one who spoke."""
    low = tokens[i].text.lower()
    if not (low.endswith("ed") or low in _IRREGULAR_PARTICIPLES):
        return False
    if i + 1 < len(tokens) and tokens[i + 1].text.lower() == "to":
        return False
    k = i - 1
    while k >= 0 and (tokens[k].text.lower().endswith("ly") or tokens[k].text.lower() in ("also", "not", "never", "since")):
        k -= 1
    return k >= 0 and tokens[k].text.lower() in BE_COPULAS - {"'s", "’s"}


def _passive_agent(tokens, mentions, i: int) -> Mention | None:
    """The agent of a passive reporting verb: the mention after a "by" within the next few words ("was criticised by
    MPs", "has been condemned this week by the union"), else None."""
    for k in range(i + 1, min(len(tokens) - 1, i + 5)):
        if tokens[k].text.lower() == "by":
            return _mention_starting(mentions, tokens, k + 1)
        if tokens[k].text in (",", ".", ";", ":"):
            break
    return None


def _ends_sentence_after(tokens, m: Mention) -> bool:
    """"…, say officials.": the source after a verb set off by a comma closes the sentence; the name before the comma
    ("the disease dubbed the Black Death, say officials") ends the clause they report, not their subject."""
    last = m.extent_end if m.extent_end is not None else m.last
    return last + 1 < len(tokens) and all(t.text in (".", "!", "?", "”", '"', ")") for t in tokens[last + 1:])


# verbs whose object a participle after it describes as speaking ("quoted officials saying", "heard
# protesters chanting"): there the object speaks, not the verb's subject
OBJECT_SPEAKS = frozenset({"quoted", "quotes", "quote", "cited", "cites", "cite", "heard", "hear", "hears", "saw",
                           "see", "sees", "showed", "shows", "shown", "show", "overheard", "recorded", "filmed"})


def _object_of_verb(tokens, m: Mention) -> bool:
    """"… left UKIP saying", "… thanked the council saying": the mention right before a participle is
    the object of a finite verb (a lowercase word that is no preposition, conjunction, auxiliary or
    verb of quoting or perceiving), not the participle's subject ("with officials saying", "a letter
    from UKIP saying", "quoted officials saying" keep theirs)."""
    p = (m.extent_start if m.extent_start is not None else m.first) - 1
    while p >= 0 and naming.is_determiner(tokens[p].text):
        p -= 1
    if p < 1:
        return False
    word = tokens[p].text
    return (word.isalpha() and word.islower() and word not in PREPOSITIONS and word not in AUXILIARIES
            and word not in CLAUSE_OPENERS and word not in OBJECT_SPEAKS and word not in ("or", "nor", "than"))


def _pointed_out(tokens, usable, mentions, i: int, verb, earlier: CueMatch | None) -> CueMatch | None:
    """"pointed out that …": the phrasal verb only ("pointed to the polls" reports nothing), its particle part of the
    cue; a clause without "that" only after a subject pronoun ("pointed out it is difficult …"), not an object
    ("points out a couple of reasons")."""
    if i + 1 >= len(tokens) or tokens[i + 1].text.lower() != "out":
        return None
    src, inverted, subject = _verb_source(tokens, usable, mentions, i, verb.lemma, i + 1, earlier)
    sources = () if src is None else _with_coordinated(mentions, tokens, src) if inverted else (
        coordinated_before(mentions, tokens, src) if src is subject else (src,))
    complement = None if inverted else _complement_start(tokens, usable, i + 1)
    if complement is not None and tokens[complement - 1].text.lower() != "that" \
            and tokens[complement].text.lower() not in naming.SUBJECT_PRONOUNS:
        complement = None
    text = f"{tokens[i].text.lower()} out"
    return CueMatch(text, verb.lemma, verb.type, i, i + 1, src, sources, None, inverted, complement)


def _verb_cue(tokens, usable, mentions, i: int, verb, earlier: CueMatch | None = None) -> CueMatch | None:
    n = len(tokens)
    low = tokens[i].text.lower()
    prev = tokens[i - 1].text.lower() if i > 0 else ""
    nxt = tokens[i + 1].text.lower() if i + 1 < n else ""
    if nxt in ("-", "–") or prev in ("-", "–") or "-" in low:
        return None  # "state-run", "so-called"
    if low == "saying" and prev == "as":
        return None  # part of "quoted X as saying"
    set_off = _closing_after_set_off_phrase(tokens, i)
    if low in AMBIGUOUS_FORMS and not low.endswith("ing") and not _used_as_verb(mentions, i, prev, nxt) and not set_off:
        return None
    if verb.where is Where.THAT and low in NOUN_LIKE_THAT_FORMS and nxt != "that" and not _quote_closes_before(tokens, usable, i):
        return None  # "told Five's Wright Stuff show: “…”": a noun before the colon, not "the figures show that"
    # a verb that is speech only beside a quotation ("“Hands up!” an officer ordered", "Mandic
    # continued: “…”"; not "ordered a review", "prices continued to rise")
    quoted_last = _quote_opens_after(tokens, usable, i) if verb.where is Where.QUOTE else None
    if verb.where is Where.QUOTE and quoted_last is None and not _quote_closes_before(tokens, usable, i):
        return None
    if verb.lemma == "point":
        return _pointed_out(tokens, usable, mentions, i, verb, earlier)
    if verb.lemma == "read" and quoted_last == i and tokens[i + 1].text in OPENING_MARKS:
        return None  # "He read “The Annual Report”": a title read, not words; "The sign read: “…”" keeps its colon
    if verb.lemma == "quote" and low == "quoted":
        # "TASS ... quoted Putin as saying": Putin speaks, TASS is the medium
        src = _mention_starting(mentions, tokens, i + 1)
        if src is not None:
            medium_m = _subject_before(mentions, tokens, usable, i)
            medium = medium_m.name if medium_m is not None else None
            as_saying = src.last + 1 < n and tokens[src.last + 1].text == "as"
            last = src.last + 2 if as_saying and src.last + 2 < n and tokens[src.last + 2].text == "saying" else i
            return CueMatch(
                "quoted as saying" if as_saying else "quoted", "quote", CueType.MEDIA, i, last, src, (src,),
                medium=medium, frame_first=medium_m.first if medium_m is not None else None,
            )
        return None
    if verb.lemma == "describe" and low == "described" and nxt in ("by", "in"):
        # "described by analysts", "as described in a Chinese Ministry of Foreign Affairs readout"
        # the first organisation or person within a few words ("in a Chinese … Ministry … readout"),
        # else whatever source comes first
        near = [m for m in mentions if i + 2 <= m.first <= i + 7 and m.kind in SOURCE_KINDS]
        src = next((m for m in near if m.kind in (MentionKind.ORGANISATION, MentionKind.PERSON, MentionKind.GROUP)), near[0] if near else None)
        if src is not None:
            return CueMatch("described", "describe", CueType.SPEECH, i, i, src, (src,), inverted=True)
        return None
    if verb.lemma in ("dub", "call") and low in ("dubbed", "called"):
        by_agent = _agent_after_marked_name(tokens, usable, mentions, i)
        if by_agent is not None:
            # "the prison dubbed the “Hanoi Hilton” by American servicemen": the name is theirs
            return CueMatch(low, verb.lemma, verb.type, i, i, by_agent, (by_agent,), inverted=True)
    if verb.lemma in ("report", "quote", "cite") and low != "quoted":
        if not (prev in AUXILIARIES or _mention_at(mentions, i - 1) is not None or prev == "," or set_off):
            return None
    medium = None
    last = i if quoted_last is None else quoted_last
    if verb.lemma in ("tell", "advise"):
        medium = _medium_after(mentions, tokens, i + 1)
        m = _mention_starting(mentions, tokens, i + 1)
        if m is not None:
            last = m.last
    if medium is None and verb.type is CueType.WRITING:
        medium = _venue_after(mentions, tokens, i + 1)
    text = tokens[i].text.lower()
    if verb.lemma == "describe":
        text = f"{text} as" if any(t.text == "as" for t in tokens[i + 1 : i + 8]) else text
    src, inverted, subject = _verb_source(tokens, usable, mentions, i, verb.lemma, last, earlier)
    sources = () if src is None else _with_coordinated(mentions, tokens, src) if inverted else (
        coordinated_before(mentions, tokens, src) if src is subject else (src,))
    complement = None if inverted else _complement_start(tokens, usable, last)
    if complement is not None and verb.lemma in ADDRESSEE_VERBS and tokens[complement - 1].text.lower() != "that":
        complement = None  # "told reporters in Berlin": an addressee, not what was said
    if complement is None and not inverted and verb.lemma in ADDRESSEE_VERBS:
        complement = _after_addressee(tokens, usable, i + 1)
    if verb.where is not Where.ANY:
        complement = _placed_complement(tokens, usable, i, verb.where, complement)
        if complement is _NO_CUE:
            return None
    return CueMatch(text, verb.lemma, verb.type, i, last, src, sources, medium, inverted, complement)
