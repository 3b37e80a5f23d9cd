"""One speaker, one identity across the pile: "Nye", "Joseph Nye" and "Joseph Nye Jr." get one speaker_id.

Within an article the extractor already gives each person one canonical name,
so the unit here is (article, name). Across articles:

* the same first and last name is the same person ("Vladimir V. Putin" =
  "Vladimir Putin"; titles and suffixes are dropped by nameparser), whatever
  roles the articles give them: the differing roles are listed, not hidden;
* an initial ("J. Nye") or a bare surname ("Nye", "Mr. Xi") joins the one
  full name it fits, using the family name in either place so Chinese order
  works ("Xi" -> "Xi Jinping"), unless the roles or affiliations conflict;
  when it fits several people ("Wang": Wang Yi, Wang Wenbin), roles,
  affiliations and shared articles must pick one, or it stays apart;
* two different first names are never merged, however alike the rest;
* organisations match on their folded name ("the Kremlin" = "Kremlin",
  "U.S." = "United States") or an acronym of it; a pair of named people
  ("Xi Jinping and Vladimir V. Putin") is a group whose members are resolved
  like any person; other groups ("analysts") are one entry per label, which
  names the label, not a claim that the people behind it are the same.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from nameparser import HumanName

from quotes.crossdoc.names import clean_name, common_noun_alone, is_common_word, person_noun
from quotes.crossdoc.textnorm import ascii_slug, content_stems, label_key, words
from quotes.io.records import QuoteRow, as_quote_rows
from quotes.naming import INNER_TITLES, NICKNAMES, PRONOUNS, TITLES
from quotes.types import SpeakerType

DOMINANT = 5  # a bare surname goes to the person in this many times the articles of all others with it
DOMINANT_MIN_ARTICLES = 5
PLAIN_OTHER = 3  # "X" in more than this many times the articles of "X Jr." is another person
MAX_LISTED = 50  # a spreadsheet cell holds 32,767 characters; a prolific speaker's article list is cut here


@dataclass(frozen=True)
class PersonName:
    first: str  # folded, dots removed; "" for a bare surname
    middles: tuple[str, ...]
    last: str  # the bare name's one token when first is ""
    suffix: str
    title: str

    @property
    def full(self) -> bool:
        return bool(self.first and self.last)

    @property
    def initial_only(self) -> bool:
        return len(self.first) == 1

    @property
    def tokens(self) -> frozenset[str]:
        return frozenset(t for t in (self.first, *self.middles, self.last) if t)


def _fold_part(part: str) -> str:
    return " ".join(words(part.replace(".", " ")))


@lru_cache(maxsize=65536)
def parse_person(name: str) -> PersonName:
    """'President Xi Jinping' -> first xi, last jinping, title president; 'Nye' -> last nye."""
    h = HumanName(name)
    first, last = _fold_part(h.first), _fold_part(h.last)
    middles = tuple(_fold_part(m) for m in h.middle.split())
    if first and not last:  # nameparser files a lone name as a first name; it is the family name in the news
        first, last = "", first
    first = NICKNAMES.get(first, first)  # "Joe Biden" and "Joseph R. Biden Jr." have one first name
    return PersonName(first, middles, last, _fold_part(h.suffix), _fold_part(h.title))


@dataclass(eq=False)
class _Record:
    """One name as one article uses it, with what the article says of that speaker."""

    doc_id: str
    name: str  # cleaned (names.clean_name): "Donald Trump" for "Republican Donald Trump"
    type: str
    utterances: set = field(default_factory=set)
    roles: Counter = field(default_factory=Counter)
    affiliations: Counter = field(default_factory=Counter)
    mentions: Counter = field(default_factory=Counter)
    labels: Counter = field(default_factory=Counter)  # label words dropped from the name ("Republican", "Sen.")
    raw_keys: set = field(default_factory=set)  # the (doc_id, speaker, type) of the rows as written
    cut: str = ""  # the function word a name cut short ends in (names.clean_name), "" once mended or whole

    @cached_property
    def role_context(self) -> _Context:
        return _Context.of(self.roles)

    @cached_property
    def affiliation_context(self) -> _Context:
        return _Context.of(self.affiliations)


@dataclass(frozen=True)
class _Context:
    """What is said of a speaker (roles, or affiliations), in the forms compared: word stems and folded labels."""

    stems: frozenset[str] = frozenset()
    keys: frozenset[str] = frozenset()

    @classmethod
    def of(cls, values: Iterable[str]) -> _Context:
        values = list(values)
        return cls(frozenset().union(*(content_stems(v) for v in values)), frozenset(label_key(v) for v in values) - {""})

    def __or__(self, other: _Context) -> _Context:
        return _Context(self.stems | other.stems, self.keys | other.keys)

    def shared(self, other: _Context) -> int:
        """How much the two have in common ("Foreign Ministry" and "Chinese Foreign Ministry" share two stems)."""
        return len(self.stems & other.stems) + len(self.keys & other.keys)

    def conflicts(self, other: _Context) -> bool:
        """Both say something and nothing of it agrees."""
        return bool(self.keys) and bool(other.keys) and not self.shared(other)


@dataclass
class _Cluster:
    type: str
    records: list[_Record] = field(default_factory=list)
    extra_aliases: set[str] = field(default_factory=set)
    members: tuple[int, ...] = ()  # member clusters, for a pair of named people
    # kept up to date as records join, so checking a bare name against a prolific speaker stays cheap
    roles: _Context = _Context()
    affiliations: _Context = _Context()
    docs: set[str] = field(default_factory=set)

    def add(self, record: _Record) -> None:
        self.records.append(record)
        self.roles = self.roles | record.role_context
        self.affiliations = self.affiliations | record.affiliation_context
        self.docs.add(record.doc_id)


@dataclass(frozen=True)
class SpeakerIdentity:
    speaker_id: str
    name: str
    type: str
    aliases: tuple[str, ...]
    roles: tuple[tuple[str, int], ...]  # value, number of articles giving it
    affiliations: tuple[tuple[str, int], ...]
    conflicts: tuple[str, ...]  # "affiliation: Harvard Kennedy School [000.txt] vs Harvard Kennedy Faculty [001.txt]"
    quotes: int
    articles: tuple[str, ...]
    members: tuple[str, ...] = ()


def _context_conflict(record: _Record, cluster: _Cluster) -> bool:
    return record.role_context.conflicts(cluster.roles) or record.affiliation_context.conflicts(cluster.affiliations)


def _context_score(record: _Record, cluster: _Cluster) -> int:
    roles = record.role_context.shared(cluster.roles)
    affiliations = record.affiliation_context.shared(cluster.affiliations)
    return roles + affiliations + (record.doc_id in cluster.docs)


def _choose(record: _Record, candidates: Iterable[int], clusters: list[_Cluster]) -> int | None:
    """The one candidate cluster the record fits; None when none or several fit equally."""
    if not record.roles and not record.affiliations:  # nothing to go on but a shared article
        candidates = list(candidates)
        if len(candidates) != 1:
            candidates = [i for i in candidates if record.doc_id in clusters[i].docs]
        return candidates[0] if len(candidates) == 1 else None
    fitting = [i for i in candidates if not _context_conflict(record, clusters[i])]
    if len(fitting) == 1:
        return fitting[0]
    scored = sorted(((_context_score(record, clusters[i]), i) for i in fitting), reverse=True)
    if len(scored) >= 2 and scored[0][0] > scored[1][0]:
        return scored[0][1]
    return None


_PAIR_SPLIT = re.compile(r"\s*(?:,\s*and\b|,|\band\b|&)\s*")


def _named_people(name: str) -> list[str] | None:
    """'Xi Jinping and Vladimir V. Putin' -> the two names; None for 'China and Russia', 'analysts'."""
    parts = [p for p in _PAIR_SPLIT.split(name) if p]
    if len(parts) < 2:
        return None
    for part in parts:
        capitalised = [w for w in part.split() if w[:1].isupper()]
        if len(capitalised) < 2 or len(capitalised) != len(part.split()) or not parse_person(part).full:
            return None
        if clean_name(part, SpeakerType.PERSON).type != SpeakerType.PERSON:  # "Harbor Widget Institute": an organisation, by its name
            return None
    return parts


class _Resolver:
    def __init__(self) -> None:
        self.clusters: list[_Cluster] = []
        self.of_record: dict[tuple[str, str, str], int] = {}  # (doc_id, name, type) -> cluster index
        self.by_full: dict[tuple[str, str], list[int]] = defaultdict(list)  # (first, last) -> clusters
        self.by_last: dict[str, set[int]] = defaultdict(set)  # last name -> clusters of full names
        self.by_token: dict[str, set[int]] = defaultdict(set)  # a first or last name -> clusters of full names
        # names that fitted no full name ("Wang" among two Wangs), by name form: they join each other when
        # nothing conflicts, and never enter the indexes above, so a pile of bare surnames costs no more per name
        self.unresolved: dict[tuple[str, str], list[int]] = defaultdict(list)
        self.by_members: dict[tuple[int, ...], int] = {}  # a pair of named people -> its group cluster

    def _new(self, type_: str, record: _Record | None = None) -> int:
        self.clusters.append(_Cluster(type_))
        index = len(self.clusters) - 1
        if record is not None:
            self._join(index, record)
        return index

    def _join(self, index: int, record: _Record) -> None:
        self.clusters[index].add(record)
        for key in record.raw_keys or {(record.doc_id, record.name, record.type)}:
            self.of_record[key] = index

    def _full_name_cluster(self, key: tuple[str, str]) -> int:
        index = self._new(SpeakerType.PERSON)
        self.by_full[key].append(index)
        self.by_last[key[1]].add(index)
        self.by_token[key[0]].add(index)
        self.by_token[key[1]].add(index)
        return index

    def people(self, records: list[_Record]) -> None:
        named = [r for r in records if not _unnamed(r.name)]
        for record in records:
            if _unnamed(record.name):  # "unnamed senior official": never the same person as another article's
                self._new(SpeakerType.PERSON, record)
        full = [r for r in named if parse_person(r.name).full and not parse_person(r.name).initial_only]
        for key, group in _group_by(full, lambda r: (parse_person(r.name).first, parse_person(r.name).last)).items():
            self._same_full_name(key, group)
        self._merge_variants()
        done = {id(r) for r in full}
        partial = [r for r in named if id(r) not in done]
        # an initial before a bare surname: the more of the name is known, the safer the match
        for record in sorted(partial, key=lambda r: (not parse_person(r.name).full, r.doc_id, r.name)):
            self._partial_name(record)

    def _same_full_name(self, key: tuple[str, str], group: list[_Record]) -> None:
        suffixes = {parse_person(r.name).suffix for r in group} - {""}
        if len(suffixes) == 1 and _plain_is_other(group):  # "Donald Trump" and "Donald Trump Jr.": two people
            by_suffix = {s: self._full_name_cluster(key) for s in ("", *suffixes)}
            for record in group:
                self._join(by_suffix[parse_person(record.name).suffix], record)
            return
        if len(suffixes) <= 1:  # "Joseph Nye" and "Joseph Nye Jr." are one person
            index = self._full_name_cluster(key)
            for record in group:
                self._join(index, record)
            return
        by_suffix = {s: self._full_name_cluster(key) for s in sorted(suffixes)}  # Jr. and Sr. are two people
        for record in sorted(group, key=lambda r: parse_person(r.name).suffix == ""):
            suffix = parse_person(record.name).suffix
            target = by_suffix.get(suffix)
            if target is None:
                target = _choose(record, by_suffix.values(), self.clusters)
                if target is None:  # a plain "John Smith" that fits neither Jr. nor Sr. better
                    target = by_suffix[""] = self._full_name_cluster(key)
            self._join(target, record)

    def _merge_variants(self) -> None:
        """One person's full name written two ways: a misspelt given name ("Hilary Clinton", one letter from
        Hillary, in one article) or an initialism of the given names ("Jeb Bush" = John Ellis Bush). The
        variant joins the other when that one is in DOMINANT times as many articles and no article names both."""
        by_last: dict[str, list[tuple[str, int]]] = defaultdict(list)
        for (first, last), indexes in self.by_full.items():
            for index in indexes:
                by_last[last].append((first, index))
        for last, named in by_last.items():
            if len(named) < 2:
                continue
            for first, index in named:
                variant = self.clusters[index]
                if not variant.records or parse_person(variant.records[0].name).suffix:
                    continue
                middles = parse_person(variant.records[0].name).middles
                initials = (first[:1] + "".join(m[:1] for m in middles) + last[:1]) if middles else ""
                for other_first, other in named:
                    target = self.clusters[other]
                    if other == index or not target.records or other_first == first or variant.docs & target.docs:
                        continue
                    if len(target.docs) < DOMINANT * len(variant.docs) or parse_person(target.records[0].name).suffix:
                        continue
                    typo = min(len(first), len(other_first)) >= 5 and _one_edit(first, other_first)
                    if typo or (initials and other_first == initials):
                        for record in variant.records:
                            self._join(other, record)
                        variant.records = []
                        self.by_full[(first, last)].remove(index)
                        self.by_last[last].discard(index)
                        self.by_token[first].discard(index)
                        if not any(index in v for v in (self.by_full.get((f, last), []) for f, _ in named)):
                            self.by_token[last].discard(index)
                        break

    def _partial_name(self, record: _Record) -> None:
        name = parse_person(record.name)
        if name.full:  # "J. Nye": same surname, a first name with that initial
            candidates = sorted(i for i in self.by_last.get(name.last, ()) if self._first_initial(i) == name.first)
        else:  # "Nye", "Mr. Xi": the family name may stand first (Xi Jinping) or last (Joseph Nye)
            candidates = sorted(self.by_token.get(name.last, ()))
        # "Trump Jr." is never Donald Trump; a plain "Trump" is the plain Trump where the pile has both
        candidates = self._same_suffix(name.suffix, candidates)
        chosen = self._in_article(record, candidates)
        if chosen is None:  # the famous one, unless the article gives the name another role; an affiliation
            # alone ("Sanders", Vatican) does not outweigh a hundred articles, nor does a namesake who says nothing
            chosen = self._dominant(record, candidates)
        if chosen is None:
            chosen = _choose(record, candidates, self.clusters)
        if chosen is None:
            form = (name.first, name.last)
            chosen = next((i for i in self.unresolved[form] if not _context_conflict(record, self.clusters[i])), None)
            if chosen is None:
                chosen = self._new(SpeakerType.PERSON)
                self.unresolved[form].append(chosen)
        self._join(chosen, record)

    def _suffix(self, index: int) -> str:
        return parse_person(self.clusters[index].records[0].name).suffix

    def _same_suffix(self, suffix: str, candidates: list[int]) -> list[int]:
        same = [i for i in candidates if self._suffix(i) == suffix]
        if suffix or same:
            return same
        # a plain surname may still join "Joseph Nye Jr." when no plain full name has that surname
        return candidates

    def _in_article(self, record: _Record, candidates: list[int]) -> int | None:
        """The one full name of the record's own article the bare name fits ("Obama" with Barack Obama)."""
        here = [i for i in candidates if record.doc_id in self.clusters[i].docs]
        if len(here) == 1:  # the article's own full name outweighs a differing role elsewhere in the pile
            return here[0]
        return None

    def _dominant(self, record: _Record, candidates: list[int]) -> int | None:
        """A bare name whose article names nobody it fits: the one person the pile quotes far more than the others.

        "Clinton" in an article naming neither Clinton goes to Hillary Clinton when she is in DOMINANT times
        as many articles as every other Clinton together; two people sharing the name in the article stay apart.
        """
        if not candidates:
            return None
        # a famous person's roles and affiliations are many: agreeing on one outweighs differing on another
        # a role that is no office ("idealist") describes, it does not tell one Obama from another
        if not any(_office(v) for v in record.roles):
            fitting = list(candidates)
        else:
            fitting = [i for i in candidates if not record.role_context.conflicts(self.clusters[i].roles)]
        if not fitting:
            return None
        spread = sorted(((len(self.clusters[i].docs), i) for i in candidates), reverse=True)
        top, index = spread[0]
        rest = sum(n for n, _ in spread[1:])
        if index in fitting and top >= DOMINANT_MIN_ARTICLES and top >= DOMINANT * max(rest, 1):
            return index
        return None

    def _first_initial(self, index: int) -> str:
        return parse_person(self.clusters[index].records[0].name).first[:1]

    def labels(self, records: list[_Record], type_: str) -> None:
        # an unnamed organisation ("an agency") is one per article, like an unnamed person; a group label is one
        key = (lambda r: label_key(r.name)) if type_ == SpeakerType.GROUP else (lambda r: (label_key(r.name), r.doc_id if not any(w[:1].isupper() for w in r.name.split()) else ""))
        for _, group in _group_by(records, key).items():
            index = self._new(type_)
            for record in group:
                self._join(index, record)
        if type_ == SpeakerType.ORGANISATION:
            self._merge_acronyms()

    def _merge_acronyms(self) -> None:
        orgs = [i for i, c in enumerate(self.clusters) if c.type == SpeakerType.ORGANISATION and c.records]
        by_initials: dict[str, list[int]] = defaultdict(list)
        for i in orgs:
            initials = "".join(w[0] for w in self.clusters[i].records[0].name.split() if w[:1].isupper())
            if len(initials) >= 2:
                by_initials[initials.lower()].append(i)
        for i in orgs:
            short = re.sub(r"[^A-Za-z]", "", self.clusters[i].records[0].name)
            if not (2 <= len(short) <= 6 and short.isupper()):
                continue
            targets = [t for t in by_initials.get(short.lower(), []) if t != i]
            if len(targets) > 1:  # "AP": "Associated Press" quoted far more than "Associated Press-GfK"
                weight = sorted(((len(self.clusters[t].docs), t) for t in targets), reverse=True)
                if weight[0][0] >= DOMINANT * sum(n for n, _ in weight[1:]):
                    targets = [weight[0][1]]
            if len(targets) == 1:  # "ECFR" = "European Council on Foreign Relations", when only one fits
                for record in self.clusters[i].records:
                    self._join(targets[0], record)
                self.clusters[i].records = []

    def pairs(self, records: list[_Record]) -> list[_Record]:
        """Groups that are named people resolve through their members; returns the other groups."""
        rest = []
        for record in records:
            names = _named_people(record.name)
            if names is None:
                rest.append(record)
                continue
            members = []
            for part in names:
                probe = _Record(record.doc_id, part, SpeakerType.PERSON)
                key = (parse_person(part).first, parse_person(part).last)
                candidates = self._same_suffix(parse_person(part).suffix, self.by_full.get(key, []))
                if not candidates:  # "Hilary Clinton and ...": a variant of a full name joined before
                    candidates = [i for (f, last), found in self.by_full.items() if last == key[1] and f != key[0]
                                  and min(len(f), len(key[0])) >= 5 and _one_edit(f, key[0]) for i in found]
                index = candidates[0] if len(candidates) == 1 else _choose(probe, candidates, self.clusters)
                if index is None:  # known only as one of the pair
                    index = self._full_name_cluster(key)
                    self._join(index, probe)
                self.clusters[index].extra_aliases.add(part)
                members.append(index)
            key = tuple(dict.fromkeys(members))
            if key not in self.by_members:
                self.by_members[key] = self._new(SpeakerType.GROUP)
                self.clusters[self.by_members[key]].members = key
            self._join(self.by_members[key], record)
        return rest


def _plain_is_other(group: list[_Record]) -> bool:
    """Whether the plain "Donald Trump" is another person than the one suffixed "Donald Trump Jr.".

    It is when one article names both, or when the plain name is in more than PLAIN_OTHER times as many
    articles as the suffixed one (a famous father) and no role or affiliation of the two agrees; otherwise a
    suffix left out is the same person ("Joseph Nye" = "Joseph Nye Jr.", "James Comey" = "James B. Comey Jr.,
    director").
    """
    plain_records = [r for r in group if not parse_person(r.name).suffix]
    suffixed_records = [r for r in group if parse_person(r.name).suffix]
    plain, suffixed = {r.doc_id for r in plain_records}, {r.doc_id for r in suffixed_records}
    if not plain or not suffixed:
        return False
    if plain & suffixed:
        return True
    if len(plain) <= PLAIN_OTHER * len(suffixed):
        return False
    # a famous plain name: the same person only when what the articles say of them agrees ("FBI Director" ~ "director")
    said = lambda records: _Context.of(v for r in records for v in (*r.roles, *r.affiliations))  # noqa: E731
    return not said(plain_records).shared(said(suffixed_records))


def _unnamed(name: str) -> bool:
    """The extractor's names for unnamed sources ("unnamed senior official") start in lower case."""
    return not name[:1].isupper()


def _group_by(records, key) -> dict:
    groups: dict = defaultdict(list)
    for r in records:
        groups[key(r)].append(r)
    return groups


class SpeakerDirectory:
    """Every speaker of a pile, resolved: ``speaker_id(doc_id, name, type)`` for each row."""

    def __init__(self, identities: list[SpeakerIdentity], ids: dict[tuple[str, str, str], str]):
        self.identities = identities
        self._ids = ids

    def speaker_id(self, doc_id: str, name: str, type_: str) -> str:
        return self._ids.get((doc_id, name, type_), "") if name else ""


def collect(rows: Iterable[QuoteRow | Mapping]) -> list[_Record]:
    """Fold quote rows into one record per (article, speaker name, type)."""
    records: dict[tuple[str, str, str], _Record] = {}
    for row in as_quote_rows(rows):
        if not row.speaker:
            continue
        clean = clean_name(row.speaker, row.speaker_type or SpeakerType.UNKNOWN)
        if not clean.resolved:  # a pronoun, an opener or a headline fragment: an unresolved speaker, no identity
            continue
        key = (row.doc_id, clean.name, clean.type)
        record = records.get(key)
        if record is None:
            record = records[key] = _Record(*key, cut=clean.cut)
        record.raw_keys.add((row.doc_id, row.speaker, row.speaker_type or SpeakerType.UNKNOWN))
        for label in clean.labels:
            record.labels[label] += 1
        record.utterances.add(row.group_id or row.quote_id)
        for value, counter in ((row.role, record.roles), (row.affiliation, record.affiliations)):
            if value:
                counter[value] += 1
        if row.speaker_mention:
            record.mentions[row.speaker_mention] += 1
    return list(records.values())


def _one_edit(a: str, b: str) -> bool:
    """Whether two words differ by one letter added, dropped, changed or two swapped ("Hilary", "Hillary")."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        diff = [k for k in range(len(a)) if a[k] != b[k]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = sorted((a, b), key=len)
    return any(long_[:k] + long_[k + 1 :] == short for k in range(len(long_)))


def _office(role: str) -> bool:
    """A role that is an office or title ("Senator", "pope"), not a description ("idealist")."""
    return any(w in TITLES or w in INNER_TITLES for w in re.findall(r"[a-z.-]+", role.lower()))


def _person_role(role: str) -> bool:
    words_ = [w for w in re.findall(r"[a-z-]+", role.lower())]
    return bool(words_) and person_noun(words_[-1])


def _named_somewhere(records: list[_Record]) -> list[_Record]:
    """A lone "person" name that is a common lower-case word, unless some full name of the pile holds it
    ("Sessions" of Jeff Sessions, "Hunt" of Lorna Hunt): people in the plural are a group ("Attorneys"),
    anything else no speaker identity ("Public", "Hours", "Video")."""
    in_names = {t for r in records if r.type == SpeakerType.PERSON for t in parse_person(r.name).tokens if parse_person(r.name).full}
    firsts_of: dict[str, set[str]] = defaultdict(set)
    for r in records:
        if r.type == SpeakerType.PERSON and parse_person(r.name).full:
            firsts_of[parse_person(r.name).last].add(parse_person(r.name).first)
    full_names = {(parse_person(r.name).first, parse_person(r.name).last) for r in records
                  if r.type == SpeakerType.PERSON and parse_person(r.name).full and len(r.name.split()) == 2}
    surnames_in: dict[str, set[str]] = defaultdict(set)
    for r in records:
        if r.type == SpeakerType.PERSON and parse_person(r.name).full:
            surnames_in[r.doc_id].add(parse_person(r.name).last)
    all_surnames = set().union(*surnames_in.values()) if surnames_in else set()
    kept = []
    for r in records:
        words_ = r.name.split()
        named_as = {m for m in r.mentions if m[:1].isupper() and m.split()[0].lower() not in PRONOUNS}
        if r.type == SpeakerType.PERSON and len(named_as) == 1 and len(words_) >= 2:
            said = next(iter(named_as)).split()
            if len(said) < len(words_) and words_[: len(said)] == said and all(is_common_word(w) for w in words_[len(said):]):
                r.name = " ".join(said)  # "Trump Train" where the article wrote "Trump": the mention is the name
                words_ = said
        if r.type == SpeakerType.ORGANISATION and len(words_) == 1 and r.name.lower() in surnames_in[r.doc_id]:
            r.type = SpeakerType.PERSON  # "Bloomberg" where the article names Michael Bloomberg: the person, not the outlet
        elif r.type == SpeakerType.ORGANISATION and len(words_) > 2 and r.mentions and (
                parse_person(" ".join(words_[:2])).first, parse_person(" ".join(words_[:2])).last) in full_names and all(
                set(m.split()) <= set(words_[:2]) for m in r.mentions):
            r.name, r.type = " ".join(words_[:2]), SpeakerType.PERSON  # "Hillary Clinton White House", said of her: Hillary Clinton
            words_ = words_[:2]
        if (r.type == SpeakerType.PERSON and len(words_) == 3 and words_[2].endswith("s") and words_[2].lower() not in {last for _, last in full_names}
                and (parse_person(" ".join(words_[:2])).first, parse_person(" ".join(words_[:2])).last) in full_names):
            r.name = " ".join(words_[:2])  # "Bernie Sanders Pins": a full name the pile knows, then a headline's verb
            words_ = words_[:2]
        if (r.type == SpeakerType.PERSON and len(words_) == 2 and is_common_word(words_[0]) and words_[0][:1].isupper()
                and firsts_of.get(parse_person(words_[1]).last, set()) - {words_[0].lower()}):
            r.labels[words_[0]] += 1  # "Young Sanders": a word that opened the sentence, before a known surname
            r.name = words_[1]
        if r.type == SpeakerType.ORGANISATION and re.fullmatch(r"[A-Z]{4,}", r.name) and r.name.lower() in in_names:
            r.name, r.type = r.name.title(), SpeakerType.PERSON  # "RUBIO", a transcript's speaker label: the surname
        if r.type == SpeakerType.UNKNOWN and r.name[:1].isupper() and (
                any(_person_role(v) for v in r.roles) or (len(words_) <= 2 and parse_person(r.name).last in all_surnames)):
            r.type = SpeakerType.PERSON  # "François Hollande", President; "Trump", a surname the pile knows
        kind = common_noun_alone(r.name) if r.type in (SpeakerType.PERSON, SpeakerType.UNKNOWN, SpeakerType.GROUP) and r.name[:1].isupper() and len(r.name.split()) == 1 else ""
        if kind and parse_person(r.name).last not in in_names:
            if kind == "thing":
                continue
            r.type = SpeakerType.GROUP
        kept.append(r)
    return kept


def _mend_cut(records: list[_Record]) -> list[_Record]:
    """A name cut short after a function word ("American Civil Liberties Union of") takes the one longer name or
    mention of its own article that continues it ("American Civil Liberties Union of Northern California"); with
    none or several, it stays as written and speakers.csv flags it (``conflicts``): nothing is made up."""
    if not any(r.cut for r in records):
        return records
    written: dict[str, set[str]] = defaultdict(set)
    for r in records:
        written[r.doc_id] |= {r.name} | set(r.mentions) | {speaker for _, speaker, _ in r.raw_keys}
    for r in records:
        if not r.cut:
            continue
        longer = set()
        for text in written[r.doc_id]:
            if text.startswith(r.name + " "):
                clean = clean_name(text, r.type)
                if clean.resolved and not clean.cut and clean.name.startswith(r.name + " "):
                    longer.add(clean.name)
        if len(longer) == 1:
            r.name, r.cut = longer.pop(), ""
    return records


def resolve_speakers(rows: Iterable[QuoteRow | Mapping]) -> SpeakerDirectory:
    """Resolve the speakers of quote rows (quotes.csv records) across articles."""
    records = _named_somewhere(_mend_cut(collect(rows)))
    by_type = _group_by(records, lambda r: r.type)
    resolver = _Resolver()
    resolver.people(by_type.pop(SpeakerType.PERSON, []))
    other_groups = resolver.pairs(by_type.pop(SpeakerType.GROUP, []))
    other_groups, group_pairs = _organisation_pairs(other_groups)
    by_type[SpeakerType.ORGANISATION], org_pairs = _organisation_pairs(by_type.get(SpeakerType.ORGANISATION, []))
    pairs = group_pairs + org_pairs
    by_type[SpeakerType.ORGANISATION] += [probe for _, probes in pairs for probe in probes]
    resolver.labels(other_groups, SpeakerType.GROUP)
    for type_, group in sorted(by_type.items()):
        resolver.labels(group, type_)
    for record, probes in pairs:  # "New York Times and Los Angeles Times": a pair of organisations, like one of people
        key = tuple(dict.fromkeys(resolver.of_record[(p.doc_id, p.name, p.type)] for p in probes))
        if key not in resolver.by_members:
            resolver.by_members[key] = resolver._new(SpeakerType.GROUP)
            resolver.clusters[resolver.by_members[key]].members = key
        resolver._join(resolver.by_members[key], record)
    return _directory(resolver)


def _organisation_pairs(records: list[_Record]) -> tuple[list[_Record], list[tuple[_Record, list[_Record]]]]:
    """Names of two or more organisations that each name tells to be one ("New York Times and Los Angeles Times"):
    each part is a member, as in a pair of named people; returns the other records and (record, members) pairs."""
    rest, pairs = [], []
    for record in records:
        parts = [p for p in _PAIR_SPLIT.split(record.name) if p] if record.name[:1].isupper() else []
        cleaned = [clean_name(p, SpeakerType.PERSON) for p in parts]
        if (len(parts) >= 2 and all(p[:1].isupper() for p in parts) and all(c.resolved and c.type == SpeakerType.ORGANISATION for c in cleaned)
                # no lower-case word inside: "Department of Health and Human Services" is one name
                and not any(w[:1].islower() and w != "and" for w in record.name.split())
                and len({label_key(c.name) for c in cleaned}) == len(cleaned)
                # each part a proper name, not common words ("Department of Health and Human Services" is one)
                and all(any(w[:1].isupper() and not is_common_word(w) for w in c.name.split()) for c in cleaned)):
            pairs.append((record, [_Record(record.doc_id, c.name, SpeakerType.ORGANISATION) for c in cleaned]))
        else:
            rest.append(record)
    return rest, pairs


def _directory(resolver: _Resolver) -> SpeakerDirectory:
    live = [i for i, c in enumerate(resolver.clusters) if c.records]
    names = {i: _canonical_name(resolver.clusters[i]) for i in live}
    slugs: dict[int, str] = {}
    taken: set[str] = set()
    # people and organisations first, then by name and first appearance: the same pile gives the same ids
    order = sorted(live, key=lambda i: (bool(resolver.clusters[i].members), names[i], min(resolver.clusters[i].docs)))
    for i in order:
        cluster = resolver.clusters[i]
        base = "+".join(slugs.get(m) or ascii_slug(names[m]) for m in cluster.members) if cluster.members else ascii_slug(names[i])
        slug, n = base or "speaker", 1
        while slug in taken:
            n += 1
            slug = f"{base}-{n}"
        taken.add(slug)
        slugs[i] = slug
    identities = [_identity(resolver.clusters[i], slugs, names, i) for i in order]
    ids = {key: slugs[i] for key, i in resolver.of_record.items() if i in slugs}
    return SpeakerDirectory(sorted(identities, key=lambda s: s.speaker_id), ids)


def _canonical_name(cluster: _Cluster) -> str:
    if cluster.members:
        return ""  # named after its members once they have names
    weight: Counter = Counter()
    for record in cluster.records:
        weight[record.name] += len(record.utterances)
    if cluster.type != SpeakerType.PERSON:
        return max(weight, key=lambda n: (weight[n], len(n), n))
    return max(weight, key=lambda n: (parse_person(n).full, not parse_person(n).title, weight[n], len(n), n))


def _aliases(cluster: _Cluster, name: str) -> list[str]:
    seen = {r.name for r in cluster.records} | cluster.extra_aliases
    if cluster.type == SpeakerType.PERSON:
        tokens = frozenset().union(*(parse_person(n).tokens for n in seen))
        suffixes = {parse_person(n).suffix for n in seen}
        fits = lambda m: (  # noqa: E731
            bool(parse_person(m).tokens) and parse_person(m).tokens <= tokens and parse_person(m).suffix in suffixes | {""}
            and clean_name(m).name == m
        )
    else:
        tokens = frozenset(w for n in seen for w in label_key(n).split())
        fits = lambda m: bool(label_key(m)) and set(label_key(m).split()) <= tokens  # noqa: E731
    mentions = {m for r in cluster.records for m in r.mentions if m[:1].isupper() and fits(m)}
    aliases = {a for a in seen | mentions if a.casefold() != name.casefold()}
    return sorted(aliases, key=lambda a: (a.casefold(), a))


def _counted(values: Counter) -> tuple[tuple[str, int], ...]:
    return tuple(sorted(values.items(), key=lambda kv: (-kv[1], kv[0])))


def _variants(field_name: str, per_doc: dict[str, set[str]]) -> list[str]:
    """Differing values of one field, when neither is a shortening of the other (School vs Faculty)."""
    out = []
    values = sorted(per_doc, key=lambda v: (min(per_doc[v]), v))
    for n, a in enumerate(values):
        for b in values[n + 1 :]:
            ka, kb = label_key(a), label_key(b)
            if ka == kb or ka in kb or kb in ka:
                continue
            out.append(f"{field_name}: {a} [{_docs(per_doc[a])}] vs {b} [{_docs(per_doc[b])}]")
    return out


def _docs(docs: set[str]) -> str:
    listed = sorted(docs)
    return ", ".join(listed[:3]) + (f" +{len(listed) - 3} more" if len(listed) > 3 else "")


def _identity(cluster: _Cluster, slugs: dict[int, str], names: dict[int, str], index: int) -> SpeakerIdentity:
    name = " and ".join(names[m] for m in cluster.members) if cluster.members else names[index]
    roles: Counter = Counter()
    affiliations: Counter = Counter()
    role_docs: dict[str, set[str]] = defaultdict(set)
    affiliation_docs: dict[str, set[str]] = defaultdict(set)
    for record in cluster.records:
        for value in record.roles:
            roles[value] += 1
            role_docs[value].add(record.doc_id)
        for value in record.labels:  # "Sen." dropped from "Vermont Sen. Bernie Sanders": listed, never a conflict
            if not any(label_key(value) in label_key(r) for r in record.roles):
                roles[value] += 1
        for value in record.affiliations:
            affiliations[value] += 1
            affiliation_docs[value].add(record.doc_id)
    cut = defaultdict(set)
    for record in cluster.records:
        if record.cut:
            cut[record.cut].add(record.doc_id)
    conflicts = [f"name: cut short after “{word}” as extracted [{_docs(docs)}]" for word, docs in sorted(cut.items())]
    conflicts += _variants("role", role_docs) + _variants("affiliation", affiliation_docs)
    return SpeakerIdentity(
        speaker_id=slugs[index],
        name=name,
        type=cluster.type,
        aliases=tuple(_aliases(cluster, name)[:MAX_LISTED]),
        roles=_counted(roles),
        affiliations=_counted(affiliations),
        conflicts=tuple(conflicts[:MAX_LISTED]),
        quotes=sum(len(r.utterances) for r in cluster.records),
        articles=tuple(sorted(cluster.docs)),
        members=tuple(slugs[m] for m in cluster.members),
    )
