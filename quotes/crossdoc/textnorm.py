"""Text normalisation shared by the cross-article stages: quote words, name slugs, affiliations.

Typography differs between outlets (’ or ', “ or ", … or ...) without the words
being different, so every comparison here goes through ``fold``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

_TYPOGRAPHY = str.maketrans({
    "’": "'", "‘": "'", "‛": "'", "`": "'", "´": "'",
    "“": '"', "”": '"', "„": '"', "«": '"', "»": '"',
    "–": "-", "—": "-", "‐": "-", "‑": "-",
    "\u00a0": " ",
})
WORD = re.compile(r"\w+(?:['’]\w+)*")
ELLIPSIS = re.compile(r"…|\.\.\.+")
# a quote's surface pieces: a bracketed insertion (with punctuation glued to it), an ellipsis, or a word
_PIECE = re.compile(r"[\[(][^\])]*[\])]\S*|…|\.\.\.+|(?:(?!\.\.\.)[^\s…])+")
_EDGE_PUNCT = " \t\r\n.,;:!?\"'“”‘’-–—"
_BRACKETED_LETTER = re.compile(r"\[(\w)\](?=\w)")


def fold(text: str) -> str:
    """Lower case, plain quote marks and dashes, one space between words."""
    return " ".join(text.translate(_TYPOGRAPHY).casefold().split())


@lru_cache(maxsize=131072)
def fold_quote(text: str) -> str:
    """``fold`` with the punctuation a writer adds around a quote ("limits." / "limits,") dropped."""
    return fold(text).strip(_EDGE_PUNCT)


def words(text: str) -> list[str]:
    """The folded words of ``text`` (punctuation dropped, contractions kept whole)."""
    return WORD.findall(fold(text))


@dataclass(frozen=True)
class Piece:
    """One word of a quote as written, with the key it is compared by."""

    surface: str
    key: str  # folded word(s); "" for a piece that is only punctuation
    editorial: bool = False  # inside [brackets] or (parentheses): the writer's words, not the speaker's
    ellipsis: bool = False  # "…" or "...": words left out, marked as such


@lru_cache(maxsize=131072)  # a quote is compared with many others: split it once
def pieces(text: str) -> tuple[Piece, ...]:
    """Split a quote into comparable pieces; a bracketed insertion is one piece."""
    out: list[Piece] = []
    for match in _PIECE.finditer(text):
        surface = match.group()
        if ELLIPSIS.fullmatch(surface.rstrip(",;:")):
            out.append(Piece(surface, "…", ellipsis=True))
            continue
        # "[t]he": a bracketed capital changed to lower case is the same word
        plain = _BRACKETED_LETTER.sub(r"\1", surface) if "[" in surface else surface
        editorial = plain.startswith(("[", "("))
        key = " ".join(WORD.findall(plain.translate(_TYPOGRAPHY).casefold()))
        if editorial:
            key = "[" + key + "]"
        if key:
            out.append(Piece(surface, key, editorial=editorial))
        elif out:  # a stray mark ("–", "-"): glue it to the piece before, for the diff only
            last = out[-1]
            out[-1] = Piece(last.surface + " " + surface, last.key, last.editorial, last.ellipsis)
    return tuple(out)


_NOT_ALNUM = re.compile(r"[\W_]+")
_DECIMAL_POINT = re.compile(r"(?<=\d)\.(?=\d)")


@lru_cache(maxsize=131072)
def squash(text: str) -> str:
    """Letters and digits only, folded: two texts that differ only in typography and spacing are equal.

    "2.6million" = "2.6 million", “curly” = "straight", "well–known" = "well - known" = "well-known".
    """
    plain = unicodedata.normalize("NFKC", text).translate(_TYPOGRAPHY).casefold()
    plain = _DECIMAL_POINT.sub("\x00", plain)  # "2.6" is not "26"
    return _NOT_ALNUM.sub("", plain.replace("\x00", "d"))


@lru_cache(maxsize=131072)
def piece_keys(text: str) -> tuple[str, ...]:
    return tuple(p.key for p in pieces(text))


def ascii_slug(text: str) -> str:
    """'Zoë Müller' -> 'zoe-muller'; used for readable, stable speaker ids."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")


_STOP = {"the", "of", "and", "for", "at", "in", "on", "a", "an", "to", "with", "de", "du", "la", "le"}


@lru_cache(maxsize=65536)
def content_stems(text: str) -> frozenset[str]:
    """Rough stems of the content words of a role or affiliation ("Foreign Ministry" ~ "Foreign Minister")."""
    return frozenset(w[:6] for w in words(text.replace(".", "")) if len(w) > 2 and w not in _STOP)


@lru_cache(maxsize=65536)
def label_key(text: str) -> str:
    """An organisation or group label for comparison: folded, no dots, no leading 'the'."""
    s = fold(text).replace(".", "")
    s = " ".join(re.sub(r"[^\w\s&]", " ", s).replace("&", " and ").split())
    s = re.sub(r"\b(united states( of america)?|usa)\b", "us", s)
    return s[4:] if s.startswith("the ") else s
