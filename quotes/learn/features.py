"""Token features for the attribution taggers (CRF): the word, its shape and its neighbours,
whether it stands inside quote marks, and, for the span tagger, where it stands from the cue.

No part-of-speech tags: stanza's tagger is not part of what ships, so the features are
lexical and positional; 840 annotated articles are enough for the model to learn which words
cue attributions and where their sources and contents lie.

Features are UTF-8 bytes, not str: pycrfsuite encodes each str feature it is given, every time
(a fifth of its tagging time); a word's features are encoded once, when they are cached.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from quotes.types import Mention, Token

QUOTE_CHARS = set("\"“”‘’«»„")
PUNCT = re.compile(r"^[^\w\s]+$")
_SHAPE_RUNS = re.compile(r"(.)\1+")


@lru_cache(maxsize=1 << 16)
def shape(word: str) -> str:
    """Xxxx -> Xx, McCain -> XxXx, 2016 -> d, U.S. -> X.X (cached: words repeat, and this runs
    seven times per token)."""
    mapped = re.sub(r"[A-Z]", "X", re.sub(r"[a-z]", "x", re.sub(r"\d", "d", word)))
    return _SHAPE_RUNS.sub(r"\1", mapped)[:6]


def stem(word: str) -> str:
    """A crude lemma so that says/said/saying share evidence: enough for a CRF feature."""
    w = word.lower()
    for suffix in ("ing", "ed", "es", "s"):
        if len(w) > len(suffix) + 2 and w.endswith(suffix):
            return w[: -len(suffix)]
    return w


_OFFSETS = (-3, -2, -1, 1, 2, 3)


@lru_cache(maxsize=1 << 16)
def lower_bytes(word: str) -> bytes:
    """The word in lower case, encoded: the piece of the features built per token."""
    return word.lower().encode()


@lru_cache(maxsize=1 << 16)
def _own_features(word: str) -> tuple[bytes, ...]:
    """A word's features that depend on the word alone, in token_features' order (cached: the CRF
    stage was a fifth of extraction, and most of it was building these strings again per token)."""
    lw = word.lower()
    f = ["bias", f"w={lw}", f"stem={stem(word)}", f"suf3={lw[-3:]}", f"suf2={lw[-2:]}", f"pre2={lw[:2]}",
         f"shape={shape(word)}"]
    if word[:1].isupper():
        f.append("cap")
    if word.isupper() and len(word) > 1:
        f.append("upper")
    if any(c.isdigit() for c in word):
        f.append("digit")
    if PUNCT.match(word):
        f.append("punct")
    if any(c in QUOTE_CHARS for c in word):
        f.append("qmark")
    return tuple(x.encode() for x in f)


@lru_cache(maxsize=1 << 16)
def _neighbour_features(word: str) -> tuple[tuple[bytes, ...], ...]:
    """What a word tells its neighbour at each of _OFFSETS (its word, shape, capital), cached per word."""
    lw, sh, cap = word.lower(), shape(word), word[:1].isupper()
    return tuple(tuple(x.encode() for x in ((f"{d}:w={lw}", f"{d}:shape={sh}", f"{d}:cap") if cap
                                            else (f"{d}:w={lw}", f"{d}:shape={sh}")))
                 for d in _OFFSETS)


_QSWITCH = tuple(f"{d}:qswitch".encode() for d in _OFFSETS)
_PAD = tuple(f"{d}:pad".encode() for d in _OFFSETS)


def token_features(tokens: Sequence[Token], quoted: Sequence[bool]) -> list[list[bytes]]:
    """One feature list per token of a sentence; ``quoted`` marks tokens inside quote marks."""
    n = len(tokens)
    words = [t.text for t in tokens]
    lower = [lower_bytes(w) for w in words]
    pairs = [lower[i] + b"|" + lower[i + 1] for i in range(n - 1)]  # the bigram between tokens i and i + 1
    neighbours = [_neighbour_features(w) for w in words]
    # switches[j]: how many times quoting changes between tokens 0..j, so that a token whose whole
    # window is on one side of a quote mark (most are) takes its neighbours' features without a check each
    switches = [0] * n
    for j in range(1, n):
        switches[j] = switches[j - 1] + (quoted[j] != quoted[j - 1])
    out = []
    for i, w in enumerate(words):
        f = list(_own_features(w))
        if quoted[i]:
            f.append(b"inquote")
        if i == 0:
            f.append(b"BOS")
        if i == n - 1:
            f.append(b"EOS")
        if 3 <= i < n - 3 and switches[i + 3] == switches[i - 3]:
            f += neighbours[i - 3][0]
            f += neighbours[i - 2][1]
            f += neighbours[i - 1][2]
            f += neighbours[i + 1][3]
            f += neighbours[i + 2][4]
            f += neighbours[i + 3][5]
        else:
            _edge_neighbours(f, i, n, quoted, neighbours)
        if i > 0:
            f.append(b"bi-1=" + pairs[i - 1])
        if i + 1 < n:
            f.append(b"bi+1=" + pairs[i])
        out.append(f)
    return out


def _edge_neighbours(f: list[bytes], i: int, n: int, quoted: Sequence[bool], neighbours: list) -> None:
    """Token i's neighbour features where its window runs off the sentence or across a quote mark."""
    for k, d in enumerate(_OFFSETS):
        j = i + d
        if 0 <= j < n:
            f.extend(neighbours[j][k])
            if quoted[j] != quoted[i]:
                f.append(_QSWITCH[k])
        else:
            f.append(_PAD[k])


def _bucket(d: int) -> str:
    d = abs(d)
    if d <= 3:
        return str(d)
    if d <= 6:
        return "4-6"
    if d <= 12:
        return "7-12"
    return "13+"


@lru_cache(maxsize=64)
def _mention_kind(kind: str, where: str) -> tuple[bytes, bytes]:
    """A mention's features for one of its tokens (``where``: B, I or L)."""
    return f"mk={kind}".encode(), f"mk={kind}|{where}".encode()


def mention_features(n: int, mentions: Sequence[Mention]) -> list[list[bytes]]:
    """What the rules (quotes.extract.sources) take each token for: inside a person, organisation,
    group, place or pronoun mention, its first or last word. The span tagger learns how far to
    trust them; they mark where a source can start and end."""
    out: list[list[bytes]] = [[] for _ in range(n)]
    for m in mentions:
        first = m.extent_start if m.extent_start is not None else m.first
        for i in range(max(first, 0), min(m.last + 1, n)):
            where = "B" if i == first else ("L" if i == m.last else "I")
            out[i].extend(_mention_kind(m.kind.value, where))
    return out


# where a token lies from the cue (cue, before, after, inside: CUE_RELATIONS's order), and the features that
# say so with its distance bucket and the clause breaks between, made once here, not per token per cue
CUE_RELATIONS = ("cue", "before", "after", "inside")
_RELATION_KINDS = tuple(f"rel={rel}" for rel in CUE_RELATIONS)
_KIND_FEATURES = tuple(kind.encode() for kind in _RELATION_KINDS)
_KIND_WORD = tuple(f"{kind}|w=".encode() for kind in _RELATION_KINDS)  # + the token's word
_KIND_MENTION = tuple(f"{kind}|".encode() for kind in _RELATION_KINDS)  # + its first mention feature
_DISTANCE_FEATURES = tuple(tuple(f"{kind}|d={_bucket(d)}".encode() for d in range(14))
                           for kind in _RELATION_KINDS)  # 13: "13+"
_BREAK_FEATURES = tuple(tuple(f"{kind}|br={b}".encode() for b in range(4))
                        for kind in _RELATION_KINDS)  # 3: three or more
_BREAKS = frozenset({",", ";", ":", "—", "–"})


def cue_relative_features(base: list[list[bytes]], tokens: Sequence[Token], cue: set[int],
                          mentions: Sequence[Mention] = ()) -> list[list[bytes]]:
    """The span tagger's features: the token features and the rules' mentions, plus where each
    token lies from this cue, conjoined with the cue's words ("said" takes its source before it,
    "according to" after)."""
    marked = mention_features(len(tokens), mentions)
    first, last = min(cue), max(cue)
    cue_words = "_".join(tokens[i].text.lower() for i in sorted(cue))[:40]
    cue_stem = stem(tokens[first].text)
    # the features that depend only on where a token lies from the cue, once per cue, not per token
    fixed = [(f"{kind}|cue={cue_words}".encode(), f"{kind}|cstem={cue_stem}".encode()) for kind in _RELATION_KINDS]
    out = []
    # count punctuation between each token and the cue: a source rarely lies across a clause break
    prefix = [0]
    for token in tokens:
        prefix.append(prefix[-1] + (token.text in _BREAKS))
    for i, feats in enumerate(base):
        if i in cue:
            rel, dist, breaks = 0, 0, 0
        elif i < first:
            rel, dist, breaks = 1, first - i, prefix[first] - prefix[i + 1]
        elif i > last:
            rel, dist, breaks = 2, i - last, prefix[i] - prefix[last + 1]
        else:  # inside a cue in pieces: no break counted (a "before" token's count, 0 at the cue, was kept)
            rel, dist, breaks = 3, 0, 0
        with_cue, with_stem = fixed[rel]
        f = feats + marked[i]
        f += (_KIND_FEATURES[rel], _DISTANCE_FEATURES[rel][min(dist, 13)], with_cue, with_stem,
              _KIND_WORD[rel] + lower_bytes(tokens[i].text), _BREAK_FEATURES[rel][min(breaks, 3)])
        if marked[i]:
            f.append(_KIND_MENTION[rel] + marked[i][0])
        out.append(f)
    return out
