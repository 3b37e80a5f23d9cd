"""Groups and organisations that a "they" or a share of them stands for, read from the text around it.

Two shapes news writes for a body of people or firms that speaks:

- a quantified partitive, "Half of them argue …", "Only 42% of them say …", "Fifty percent of Europeans said …",
  "Nearly two-thirds of all firms polled …": the speaker is the group quantified (``partitive``), the
  plural after "of", or, for "of them"/"of those", what a "they" there would mean;
- a "they" after a sentence that a description of a group or of a body opens ("However, companies that
  decide to offshore … are driven …", "Major companies including Volkswagen … have spent …", "But a
  parliamentary commission has now ruled …"): that description (``subject_before``), a plural as a group,
  a body's singular noun as an organisation (British copy writes a body as "they").

Only text is read here (no coref), so coref and the learned stage may both ask.
"""

from __future__ import annotations

import re

from quotes import lexicons, naming
from quotes.types import SpeakerType

# a share or a number of a group: "half", "42%", "fifty percent", "two-thirds", "most", "the majority"
_SHARE_WORDS = (r"half|most|many|some|all|none|several|a few|few|a third|two[- ]thirds|a quarter|three[- ]quarters"
                r"|(?:the|a) majority|(?:the|a) minority|a number|a fifth")
_NUMBER = r"\d[\d.,]*\s*(?:%|percent|per cent)|[a-z]+(?:[- ][a-z]+)?\s+(?:percent|per cent)"
# "Only 42% of them", "Nearly two-thirds of all firms polled for the survey", "Fifty percent of Europeans"
_PARTITIVE = re.compile(
    r"(?:(?:only|just|nearly|almost|about|around|some|over|roughly|more than|less than|fewer than|at least)\s+)?"
    r"(?:" + _NUMBER + "|" + _SHARE_WORDS + r")\s+of\s+(?:(?:all|the|all the|its|their)\s+)?(.+)", re.IGNORECASE)
_PARTITIVE_OPENING = re.compile(r"(?:" + r"(?:However|But|And|Meanwhile|Now|Instead|Still|Yet|So|Overall)\b,?\s+" + r")?"
                                r"(?:(?:only|just|nearly|almost|about|around|some|over|roughly|more than|less than)\s+)?"
                                r"(?:" + _NUMBER + "|" + _SHARE_WORDS + r")\s+of\s+(?:(?:all|the|all the)\s+)?([a-z]+)\b",
                                re.IGNORECASE)
_BACK_POINTING = frozenset({"them", "those", "these"})
# a participle or preposition that ends the group's own words ("firms polled for the survey": "firms polled")
_GROUP_END = re.compile(r"\s+(?:for|in|by|at|on|from|who|which|that|with|across|around|to)\b.*$")


def plural_noun(word: str) -> bool:
    """A plural noun for people or firms: "voters", "analysts", "companies", "firms", "banks"."""
    word = word.lower()
    if not word.endswith("s") or word.endswith("ss"):
        return False
    if naming.person_noun(word) or word in naming.GROUP_HEADS or word in lexicons.words("group_nouns"):
        return True
    forms = {word[:-1], word[:-2], word[:-3] + "y" if word.endswith("ies") else word[:-1]}
    return bool(forms & (naming.COMPANY_NOUNS | naming.DESCRIPTION_ORG_HEADS))


def body_noun(word: str) -> bool:
    """A singular noun for a body that may speak as "they": "commission", "committee", "panel", "council"."""
    return word in naming.DESCRIPTION_ORG_HEADS or word in BODIES


# a body an indefinite description brings in ("a parliamentary commission", "an independent panel"); "the
# commission" points back to one the article named, which coref's descriptions answer


# bodies of people that sit and report, which the organisation heads leave out
BODIES = frozenset({"panel", "inquiry", "board", "jury", "tribunal"})


def partitive(words: str) -> str | None:
    """The group a quantified partitive names, or "they" when it points back ("Half of them"): None
    when the words are no partitive of a plural ("one of the officials" is one person; "most of the
    money" no one)."""
    found = _PARTITIVE.fullmatch(words.strip().rstrip(",;:"))
    if found is None:
        return None
    rest = found.group(1).strip()
    if rest.lower() in _BACK_POINTING:
        return "they"
    group = _GROUP_END.sub("", rest)
    tokens = group.split()
    if not tokens or len(tokens) > 4 or not plural_noun(tokens[0] if len(tokens) == 1 else _head(tokens)):
        return None
    return group


def _head(tokens: list[str]) -> str:
    """The head of a short group phrase: its last word, or the one before a participle ("firms polled")."""
    return tokens[-2] if tokens[-1].endswith("ed") and len(tokens) > 1 else tokens[-1]


_SENTENCE_END = re.compile(r"[.!?:][”\"’']?\s+(?=[“\"‘'(\-–]?\s*[A-Z])")
_CONNECTIVES = r"(?:However|But|And|Meanwhile|Now|Instead|Still|Yet|So|Overall|Elsewhere)\b,?\s+"
# an opening noun phrase: an article or quantifier, up to two modifiers, the head, then the clause's next word
_CLAUSE_WORDS = ("is was are were has have had will would could can may might must should did do does "
                 "that who which including such say says said")
_NOT_CLAUSE = r"(?!(?:" + _CLAUSE_WORDS.replace(" ", "|") + r"|[a-z]+ed|of|the|an?|in|for|to|and|or|on|at|by|with|from)\b)"
_OPENING = re.compile(r"(?:" + _CONNECTIVES + r")?(?:([Aa]n?|[Tt]he|[Mm]any|[Mm]ost|[Ss]ome|[Oo]ther)\s+)?"
                      r"((?:" + _NOT_CLAUSE + r"[A-Za-z][a-z-]*\s+){0,2}(" + _NOT_CLAUSE + r"[A-Za-z][a-z]+))\s+"
                      r"(?:(?:" + _CLAUSE_WORDS.replace(" ", "|") + r")\b|[a-z]+ed\b)")


def subject_before(text: str, offset: int, own: bool = False) -> tuple[str, SpeakerType] | None:
    """The description of a group or body opening the sentence before the one holding ``offset``, in
    its paragraph, as its subject: the words without their article, and the type. ``own``: the sentence
    holding ``offset`` instead, when the pronoun does not open it ("The TV display manufacturers want us to
    watch HD on big screens, they say")."""
    para = text.rfind("\n\n", 0, offset) + 1
    stops = [m.end() for m in _SENTENCE_END.finditer(text, para, min(len(text), offset + 2)) if m.end() <= offset]
    if own:
        opening, end = (stops[-1] if stops else para), offset
        if not text[opening:offset].strip():
            return None  # "They say …" opens its sentence: its subject is the pronoun
    elif not stops:
        return None
    else:
        opening, end = (stops[-2] if len(stops) > 1 else para), stops[-1]
    opening += len(text[opening:end]) - len(text[opening:end].lstrip())
    share = _PARTITIVE_OPENING.match(text, opening, end)
    if share is not None and plural_noun(share.group(1)):
        return share.group(1), SpeakerType.GROUP  # "Nearly two-thirds of all firms polled … have no plans"
    found = _OPENING.match(text, opening, end)
    if found is None:
        return None
    article, phrase, head = found.group(1), found.group(2), found.group(3)
    words = phrase.split()
    if any(w[:1].isupper() for w in words[1:]) or (words[0][:1].isupper() and found.start(2) != opening):
        return None  # a name's words ("Senate Republicans"), not a description
    if words[0][:1].isupper() and words[0].lower() not in naming.DEMONYMS:  # "Iranian authorities" keeps its capital
        phrase = phrase[0].lower() + phrase[1:]
    if head.islower() and plural_noun(head) and not naming.is_party(head):
        return phrase, SpeakerType.GROUP
    if head.islower() and body_noun(head) and article is not None and article.lower() in ("a", "an"):
        return phrase, SpeakerType.ORGANISATION
    if head[:1].isupper() and len(words) == 1 and plural_noun(head) and not naming.is_party(head):
        return phrase, SpeakerType.GROUP
    return None
