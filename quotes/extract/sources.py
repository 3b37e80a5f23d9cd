"""Find the mentions that can be speakers, with their roles and affiliations.

Works on one sentence's tokens, skipping tokens inside quote marks (what a
quote says is never its own source). Without a tagger, names are runs of
capitalised tokens classified with lexicons: a run holding an organisation
word is an organisation, a country or capital is a place, a plural like
"experts" is a group, and a run of two to four name-shaped tokens, or one
introduced by a title ("spokesperson Mao Ning", "Mr. Xi"), is a person.
Roles and affiliations come from pre-modifiers ("U.S. national security
adviser Jake Sullivan") and appositives ("Ali Wyne, a senior analyst with
Eurasia Group").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from quotes import lexicons
from quotes.types import Span, Token

SUBJECT_PRONOUNS = {"he", "she", "they"}
CONNECTORS = {"of", "for", "on", "and", "&", "de", "van", "von", "der", "al", "bin"}
ORG_CONNECTORS = {"of", "for", "on", "and", "&"}
DETERMINERS = {"the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "some", "many", "several", "other"}
ROLE_STOP = {
    "the", "a", "an", "and", "or", "but", "to", "by", "with", "at", "in", "on", "of", "for", "from", "as",
    "that", "this", "who", "which", "was", "is", "has", "had", "have", "be", "been", "said", "says",
    "wrote", "told", "his", "her", "their", "its", "when", "while", "after", "before", "between", "also",
}
AFFILIATION_PREPS = {"with", "at", "of", "for", "from", "in"}
POSSESSIVE = {"’s", "'s", "’", "'"}
_NAME_SHAPE = re.compile(r"^[^\W\d_][^\W\d_’'\-]*\.?$")
_ACRONYM = re.compile(r"^[A-Z][A-Z.&]{1,}$")


class MentionKind(StrEnum):
    """What a mention names; coref turns each kind into a speaker its own way."""

    PERSON = "person"
    ORGANISATION = "organisation"
    GROUP = "group"  # "analysts", "experts"
    PLACE = "place"  # a country or capital speaking ("Beijing said")
    PRONOUN = "pronoun"
    PLURAL = "plural"  # "the two leaders": the last pair named together


@dataclass(frozen=True)
class Mention:
    """A possible source: a person, organisation, group, place or pronoun."""

    kind: MentionKind
    span: Span  # the words that name it (without title or appositive)
    name: str  # the name as written, honorifics removed
    first: int  # index of its first token in the sentence
    last: int  # index of its last token
    role: str | None = None
    affiliation: str | None = None
    honorific: str | None = None
    extent_end: int | None = None  # last token index including an appositive
    extent_start: int | None = None  # first token index including a title before the name
    anonymous: bool = False  # "a senior official": a person the article does not name

    @property
    def tokens(self) -> list[str]:
        return self.name.split()


def _is_cap(tok: Token) -> bool:
    t = tok.text
    return bool(t) and t[0].isupper()


def _is_titleword(word: str) -> bool:
    return word.lower().rstrip(".") in lexicons.words("titles")


def _is_orgword(word: str) -> bool:
    return word.lower().rstrip(".") in lexicons.words("org_words")


def _is_honorific(word: str) -> bool:
    return word.lower().rstrip(".") in lexicons.words("honorifics")


def _is_place(words: list[str]) -> bool:
    return " ".join(words) in lexicons.places()


def _is_media(words: list[str]) -> bool:
    return " ".join(words) in lexicons.media()


def _span(text: str, tokens: tuple[Token, ...], first: int, last: int) -> Span:
    return Span.of(text, tokens[first].start, tokens[last].end)


def _cap_runs(tokens: tuple[Token, ...], usable: list[bool]) -> list[tuple[int, int]]:
    """(first, last) of maximal runs of capitalised tokens, joined by connectors and hyphens."""
    runs, i, n = [], 0, len(tokens)
    while i < n:
        if not (usable[i] and _is_cap(tokens[i])):
            i += 1
            continue
        j = i
        while j + 1 < n and usable[j + 1]:
            nxt = tokens[j + 1]
            if _is_cap(nxt):
                j += 1
            elif (nxt.text in CONNECTORS or nxt.text == "-") and j + 2 < n and usable[j + 2] and _is_cap(tokens[j + 2]):
                j += 2
            else:
                break
        runs.append((i, j))
        i = j + 1
    return runs


def _split_run(tokens: tuple[Token, ...], first: int, last: int) -> list[tuple[int, int]]:
    """Split a run at connectors unless it names an organisation ("School of Advanced ...")."""
    words = [t.text for t in tokens[first : last + 1]]
    if any(_is_orgword(w) for w in words) or _is_place(words) or _is_media(words):
        return [(first, last)]
    parts, start = [], first
    for k in range(first, last + 1):
        if tokens[k].text in ORG_CONNECTORS and not (k > first and _is_titleword(tokens[k - 1].text)):
            if k - 1 >= start:
                parts.append((start, k - 1))
            start = k + 1
    if start <= last:
        parts.append((start, last))
    return parts


def _strip_leading(tokens, first: int, last: int) -> int:
    """Skip sentence-initial function words and determiners ("But Radchenko", "The Economist")."""
    while first <= last and (tokens[first].text in lexicons.non_names() or tokens[first].text.lower() in DETERMINERS):
        if first < last and _is_orgword(tokens[last].text) and tokens[first].text in ("The",):
            return first + 1
        first += 1
    return first


@dataclass(frozen=True)
class _Title:
    """Title words found at the front of a capitalised run ("Russian President")."""

    name_first: int
    role: str | None
    affiliation: str | None
    honorific: str | None


TITLE_COMPLEMENTS = {"State", "Defense", "Defence", "Foreign", "Affairs", "Commerce", "Finance", "Justice", "Staff"}


def _front_title(tokens, first: int, last: int) -> _Title:
    """Peel nationality, title and honorific off the front of a run.

    The title runs to the last title word that leaves a name after it, so any
    capitalised qualifier before it belongs to the title ("Foreign Minister",
    "Deputy Prime Minister", "Secretary of State").
    """
    k, affiliation, honorific = first, None, None
    # "China’s Foreign Minister": a place (possibly possessive) before a title
    if k < last and tokens[k].text in lexicons.places():
        nxt = tokens[k + 1].text
        if nxt in POSSESSIVE or any(_is_titleword(t.text) for t in tokens[k + 1 : last]):
            affiliation = lexicons.places()[tokens[k].text].name
            k += 2 if nxt in POSSESSIVE else 1
    title_end = None
    for t in range(k, last):
        if _is_titleword(tokens[t].text) and not _is_honorific(tokens[t].text):
            title_end = t
    role = None
    if title_end is not None:
        while title_end + 2 < last and tokens[title_end + 1].text == "of" and tokens[title_end + 2].text in TITLE_COMPLEMENTS:
            title_end += 2
        role = " ".join(t.text for t in tokens[k : title_end + 1])
        k = title_end + 1
    if k < last and _is_honorific(tokens[k].text):
        honorific = tokens[k].text
        k += 1
    return _Title(k, role, affiliation if role else None, honorific)


def _lower_role_before(text: str, tokens, first: int, usable: list[bool]) -> tuple[str | None, int]:
    """A lowercase title phrase right before a name ("military intelligence analyst")."""
    k = first - 1
    if k < 0 or not usable[k] or not _is_titleword(tokens[k].text) or tokens[k].text[0].isupper():
        return None, first
    start = k
    while start - 1 >= 0 and usable[start - 1] and len(tokens) > 0:
        prev = tokens[start - 1].text
        if prev.lower() in ROLE_STOP or prev.lower() in lexicons.reporting_verbs() or not prev.isalpha() or prev[0].isupper():
            break
        if first - start >= 4:
            break
        start -= 1
    return text[tokens[start].start : tokens[k].end], start


def _affiliation_before(tokens, role_first: int, usable: list[bool], runs_by_last: dict) -> str | None:
    """"Chinese Foreign Ministry spokesperson": the capitalised run just before a role."""
    k = role_first - 1
    run = runs_by_last.get(k)
    if run is None or not usable[k]:
        return None
    first, last = run
    first = _strip_leading(tokens, first, last)
    words = [t.text for t in tokens[first : last + 1]]
    if not words:
        return None
    if len(words) == 1 and words[0] in lexicons.places():
        return lexicons.places()[words[0]].name
    return " ".join(words).replace(" - ", "-")


def _place_before(tokens, first: int | None) -> str | None:
    """"Russian President ..." or "China’s Foreign Minister ...": the country of a title."""
    if first is None:
        return None
    if tokens[first].text in lexicons.places():
        return lexicons.places()[tokens[first].text].name
    if first >= 2 and tokens[first - 1].text in POSSESSIVE and tokens[first - 2].text in lexicons.places():
        return lexicons.places()[tokens[first - 2].text].name
    return None


def _clean_org(name: str) -> str:
    name = re.sub(r"^(the|The)\s+", "", name)
    if f"The {name}" in lexicons.media():
        name = f"The {name}"  # outlets whose name includes the article: The Economist
    name = re.sub(r"\s+(magazine|newspaper|news agency|news outlet|daily|website)$", "", name)
    return name.replace(" - ", "-").replace(" ’s", "’s").replace(" 's", "'s")


def _appositive(text: str, tokens, last: int, usable: list[bool]) -> tuple[str | None, str | None, int]:
    """", a senior analyst with Eurasia Group," or " of the Carnegie Russia Eurasia Center"."""
    n = len(tokens)
    k = last + 1
    if k < n and tokens[k].text in ("of", "at", "with") and k + 1 < n:
        org, end = _org_after(text, tokens, k + 1, usable)
        if org:
            return None, org, end
        return None, None, last
    if k >= n or tokens[k].text != ",":
        return None, None, last
    j = k + 1
    if j + 1 < n and tokens[j].text == "who":
        return _relative_clause(text, tokens, j + 1, usable, last)
    with_article = j < n and tokens[j].text.lower() in ("a", "an", "the")
    if with_article:
        j += 1
    # collect the appositive up to the next comma, full stop or quote
    end = j
    while end < n and usable[end] and tokens[end].text not in (",", ".", ";", ":", "(", ")"):
        end += 1
    body = list(range(j, end))
    titles = [b for b in body if _is_titleword(tokens[b].text)]
    if not titles or tokens[body[0]].text.lower() in lexicons.reporting_verbs():
        return None, None, last
    if not with_article and not all(tokens[b].text.islower() for b in range(j, titles[0] + 1)):
        # ", professor emeritus of …" is an appositive; ", hosts President Putin" and
        # ", Chinese Foreign Ministry spokesperson Mao Ning said" are not
        return None, None, last
    # split at the first affiliation preposition after the last title word
    # ("scholar at Johns Hopkins School of Advanced International Studies")
    last_title = max(b for b in body if _is_titleword(tokens[b].text))
    split = None
    for b in body:
        if b > last_title and tokens[b].text in AFFILIATION_PREPS and b + 1 < end and (
            _is_cap(tokens[b + 1]) or tokens[b + 1].text == "the"
        ):
            if any(_is_cap(t) for t in tokens[b + 1 : end]):
                split = b
                break
    if split is None:
        role = text[tokens[j].start : tokens[end - 1].end]
        return _clean_role(role), None, end - 1
    role = text[tokens[j].start : tokens[split - 1].end] if split > j else None
    org, _ = _org_after(text, tokens, split + 1, usable, limit=end)
    return _clean_role(role), org, end - 1


RELATIVE_ROLES = {"heads": "head", "leads": "leader", "runs": "head", "chairs": "chair", "directs": "director", "founded": "founder"}


def _relative_clause(text: str, tokens, k: int, usable, last: int) -> tuple[str | None, str | None, int]:
    """", who heads the Press Freedom Union," / ", who works at …" / ", who is a fellow at …"."""
    verb = tokens[k].text.lower()
    if verb in RELATIVE_ROLES:
        org, end = _org_after(text, tokens, k + 1, usable)
        return (RELATIVE_ROLES[verb], org, end) if org else (None, None, last)
    if verb in ("works", "worked") and k + 1 < len(tokens) and tokens[k + 1].text in ("at", "for", "with"):
        org, end = _org_after(text, tokens, k + 2, usable)
        return (None, org, end) if org else (None, None, last)
    if verb in ("is", "was") and k + 1 < len(tokens):
        role, org, end = _appositive(text, tokens, k - 2, usable) if tokens[k - 2].text == "," else (None, None, last)
        return role, org, end
    return None, None, last


def _role_before_comma(text: str, tokens, first: int, usable) -> str | None:
    """"The interior minister, Rafael Ortiz, …" / "Ortiz's deputy, Lucia Fernandez": a role set before the name."""
    k = first - 2
    if k < 0 or tokens[first - 1].text != "," or not usable[k] or not _is_titleword(tokens[k].text) or not tokens[k].text.islower():
        return None
    start = k
    while start - 1 >= 0 and usable[start - 1] and tokens[start - 1].text.isalpha() and tokens[start - 1].text.islower():
        if tokens[start - 1].text.lower() in ROLE_STOP:
            break
        start -= 1
    before = tokens[start - 1].text if start > 0 else ""
    if before.lower() not in ("the", "its", "his", "her", "their") and before not in POSSESSIVE:
        return None  # "…, said analyst, Jane Doe" is rare; require "The minister," or "Ortiz's deputy,"
    return text[tokens[start].start : tokens[k].end]


def _clean_role(role: str | None) -> str | None:
    if not role:
        return None
    role = role.replace(" - ", "-").strip()
    return role or None


def _org_after(text: str, tokens, k: int, usable: list[bool], limit: int | None = None) -> tuple[str | None, int]:
    """The organisation name starting at token k (a leading "the" skipped)."""
    n = len(tokens) if limit is None else limit
    if k < n and tokens[k].text.lower() == "the":
        k += 1
    if k >= n or not _is_cap(tokens[k]):
        return None, k
    j = k
    while j + 1 < n and usable[j + 1]:
        nxt = tokens[j + 1]
        if _is_cap(nxt) or nxt.text in POSSESSIVE or nxt.text == "-":
            j += 1
        elif nxt.text in ORG_CONNECTORS and j + 2 < n and _is_cap(tokens[j + 2]):
            j += 2
        else:
            break
    org = text[tokens[k].start : tokens[j].end]
    # "China's Jilin University": the country is context, the institution is the affiliation
    m = re.match(r"^([A-Z][\w.]*)(’s|'s)\s+(.+)$", org)
    if m and m.group(1) in lexicons.places():
        org = m.group(3)
    return _clean_org(org), j


def find_mentions(text: str, tokens: tuple[Token, ...], usable: list[bool]) -> list[Mention]:
    """All possible sources in one sentence, in order.

    ``usable[i]`` is False for tokens inside quote marks.
    """
    mentions: list[Mention] = []
    runs = _cap_runs(tokens, usable)
    runs_by_last = {last: (first, last) for first, last in runs}
    taken: set[int] = set()
    for run_first, run_last in runs:
        for first, last in _split_run(tokens, run_first, run_last):
            if first in taken:
                continue  # inside an earlier mention's appositive ("a spokesperson for Acme")
            mention = _classify_run(text, tokens, first, last, usable, runs_by_last)
            if mention is not None:
                mentions.append(mention)
                # an appositive ("…, a senior analyst with …") describes this mention, not a new one
                taken.update(range(mention.first, (mention.extent_end or mention.last) + 1))
    for i, tok in enumerate(tokens):
        if not usable[i] or i in taken:
            continue
        low = tok.text.lower()
        pair = _pair_reference(tokens, usable, i)
        if pair is not None:
            mentions.append(Mention(MentionKind.PLURAL, _span(text, tokens, i, pair), tokens[pair].text.lower(), i, pair))
            taken.update(range(i, pair + 1))
            continue
        if low in SUBJECT_PRONOUNS or (low in ("his", "her") and i + 1 < len(tokens) and tokens[i + 1].text == "words"):
            mentions.append(Mention(MentionKind.PRONOUN, _span(text, tokens, i, i), low, i, i))
        elif low in ("a", "an") and (anon := _anonymous(text, tokens, usable, i)) is not None:
            mentions.append(anon)
            taken.update(range(anon.first, anon.last + 1))
        elif low in lexicons.words("group_nouns") and low not in ("many", "some", "others", "people"):
            # "Western analysts", "many observers": the group noun heads the phrase
            mentions.append(Mention(MentionKind.GROUP, _span(text, tokens, i, i), low, i, i))
    mentions.sort(key=lambda m: m.first)
    return mentions


def _anonymous(text: str, tokens, usable, i: int) -> Mention | None:
    """"a senior official at the Atlas Council": an unnamed person known by role (and employer)."""
    k = i + 1
    while k < len(tokens) and k - i <= 4 and usable[k] and tokens[k].text.isalpha() and tokens[k].text.islower():
        if _is_titleword(tokens[k].text):
            org, end = None, k
            if k + 1 < len(tokens) and tokens[k + 1].text in ("at", "with", "of", "for", "from"):
                org, org_end = _org_after(text, tokens, k + 2, usable)
                end = org_end if org else k
            role = text[tokens[i + 1].start : tokens[k].end]
            return Mention(
                MentionKind.PERSON, _span(text, tokens, i, k), f"unnamed {role}", i, k,
                role=role, affiliation=org, extent_end=end, anonymous=True,
            )
        k += 1
    return None


PAIR_NOUNS = {
    "leaders": MentionKind.PERSON, "men": MentionKind.PERSON, "presidents": MentionKind.PERSON, "women": MentionKind.PERSON,
    "countries": MentionKind.PLACE, "nations": MentionKind.PLACE, "sides": MentionKind.PLACE, "governments": MentionKind.PLACE, "neighbours": MentionKind.PLACE,
    "neighbors": MentionKind.PLACE, "capitals": MentionKind.PLACE, "powers": MentionKind.PLACE,
}


def _pair_reference(tokens, usable, i: int) -> int | None:
    """"the two leaders", "both countries": the last token of a reference to a pair, if one starts at i."""
    words = [t.text.lower() for t in tokens[i : i + 3]]
    if words[:2] in (["the", "two"], ["both", "the"]) and len(words) == 3 and words[2] in PAIR_NOUNS:
        return i + 2 if all(usable[i : i + 3]) else None
    if words[:1] in (["both"], ["two"]) and len(words) >= 2 and words[1] in PAIR_NOUNS and (i == 0 or tokens[i - 1].text.lower() != "the"):
        return i + 1 if all(usable[i : i + 2]) else None
    return None


def _classify_run(text, tokens, first, last, usable, runs_by_last) -> Mention | None:
    first = _strip_leading(tokens, first, last)
    if first > last:
        return None
    # drop a trailing possessive-bearing word's clitic ("Putin ’s" is split by MWT already)
    words = [t.text for t in tokens[first : last + 1]]
    if all(w in POSSESSIVE or w == "-" for w in words):
        return None
    if any(_is_orgword(w) for w in words) or _is_media(words) or (len(words) == 1 and _ACRONYM.match(words[0]) and not _is_place(words)):
        name = _clean_org(text[tokens[first].start : tokens[last].end])
        if name.lower() in lexicons.words("group_nouns"):
            return None
        return Mention(MentionKind.ORGANISATION, _span(text, tokens, first, last), name, first, last)
    if _is_place(words):
        return Mention(MentionKind.PLACE, _span(text, tokens, first, last), lexicons.places()[" ".join(words)].name, first, last)
    title = _front_title(tokens, first, last)
    name_first = title.name_first
    name_words = [t.text for t in tokens[name_first : last + 1]]
    if not name_words or not all(_NAME_SHAPE.match(w) and w[0].isupper() for w in name_words) or len(name_words) > 5:
        return None
    if any(w in lexicons.places() or w.lower() in lexicons.words("group_nouns") for w in name_words):
        return None
    role, affiliation = title.role, title.affiliation
    extent_start = first
    if role is None:
        lower_role, role_first = _lower_role_before(text, tokens, name_first, usable)
        if lower_role:
            role = lower_role
            extent_start = role_first
            affiliation = _affiliation_before(tokens, role_first, usable, runs_by_last)
    if role is not None and affiliation is None:
        affiliation = _place_before(tokens, first if name_first > first else None)
    if role is None:
        role = _role_before_comma(text, tokens, first, usable)
    app_role, app_aff, extent = _appositive(text, tokens, last, usable)
    if app_role or app_aff:
        role = app_role or role
        affiliation = app_aff or affiliation
    return Mention(
        MentionKind.PERSON,
        _span(text, tokens, name_first, last),
        " ".join(name_words),
        name_first,
        last,
        role=role,
        affiliation=affiliation,
        honorific=title.honorific,
        extent_end=extent,
        extent_start=extent_start,
    )
