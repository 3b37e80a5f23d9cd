"""Split an article into paragraphs and recognise the page furniture of scraped pages.

Boilerplate paragraphs ("scroll to top", "Share.", photo captions such as
"FILE - Russian President ...", image credits, slugs like "20231017 xi putin")
keep their offsets but are never searched for quotes or speakers.

A paragraph is furniture only when the whole of it is: a credit or caption pattern inside
article text ("said Craig Peters, chief executive of Getty Images") must not cost the
paragraph, and an article without paragraph breaks is one paragraph. So the caption and
credit rules apply only to short paragraphs without a quotation mark in them; every
paragraph dropped is reported (``dropped_paragraphs``).
"""

from __future__ import annotations

import re

from quotes import lexicons
from quotes.types import Paragraph

# a line ends with LF, CRLF or a lone CR (old Mac files, some exports)
_LINE_BREAK = re.compile(r"\r\n|\n|\r")
_BLANK_LINE = re.compile(r"(?:\r\n|\n|\r(?!\n))[ \t\f\v]*(?:\r\n|\n|\r(?!\n))")
_CAPTION_START = re.compile(r"^(FILE|PHOTO|IMAGE|VIDEO)\s*[-–—:]\s")
_CREDIT = re.compile(r"(Image Credit:|Photo credit:|Photograph:|\(Photo by |Getty Images|/AFP\)|/Reuters\))", re.I)
_TRAILING_CREDIT = re.compile(r"\((VOA|AFP|AP|Reuters|Getty Images|EPA|Xinhua|TASS|Sputnik)\)\s*$")
_SLUG = re.compile(r"^\d{6,8}\s+\S")
# a quotation opens here: double marks of any style, a single opening curly mark, or a straight
# single mark at a word start (apostrophes inside words do not count)
_QUOTE_MARK = re.compile(r"[\"“”«»„‘‹›]|(?:^|\s)'")
HEADING_CHARS = 1000  # 14 words never take more
_SPEECH = re.compile(r"\b(said|says|say|told|tells|asked|added|according to|wrote|writes)\b", re.I)
CAPTION_WORDS = 60  # longer than any credit line or caption: article text


def _spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each block of text between blank lines, whitespace trimmed.

    A text without blank lines uses one line per paragraph.
    """
    splitter = _BLANK_LINE if _BLANK_LINE.search(text) else _LINE_BREAK
    spans, pos = [], 0
    for match in splitter.finditer(text):
        spans.append((pos, match.start()))
        pos = match.end()
    spans.append((pos, len(text)))
    trimmed = []
    for start, end in spans:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            trimmed.append((start, end))
    return trimmed


def _repeats_itself(block: str) -> bool:
    """Captions are often scraped twice in a row: "X. X." or "X (VOA)X (VOA)"."""
    flat = " ".join(block.split())
    n = len(flat)
    if n < 40:
        return False
    for cut in range(n // 2 - 2, n // 2 + 3):
        left, right = flat[:cut].strip(), flat[cut:].strip()
        if left and left == right:
            return True
    return False


def _may_be_caption(block: str) -> bool:
    """Short and quoting no one: a credit line or caption could be all of it. A caption may hold a
    scare-quoted term (the “peace” rally); a quote mark with a reporting verb is someone speaking."""
    quotes_someone = _QUOTE_MARK.search(block) and _SPEECH.search(block)
    return not quotes_someone and len(block.split()) <= CAPTION_WORDS


def boilerplate_reason(block: str) -> str | None:
    """Why the paragraph is page furniture, or None when it is article text."""
    stripped = block.strip()
    bare = stripped.rstrip(".!:").strip().lower()
    if bare in lexicons.words("boilerplate"):
        return "page furniture"
    if _SLUG.match(stripped) and len(stripped.split()) <= 8:
        return "slug"
    if not _may_be_caption(stripped):
        return None
    if _CAPTION_START.match(stripped):
        return "photo caption"
    if _CREDIT.search(stripped) or _TRAILING_CREDIT.search(stripped):
        return "image credit"
    if _repeats_itself(stripped):
        return "repeated caption"
    return None


def split_paragraphs(text: str) -> list[Paragraph]:
    paragraphs = []
    for start, end in _spans(text):
        block = text[start:end]
        paragraphs.append(Paragraph(start, end, block, boilerplate_reason(block)))
    return paragraphs


def dropped_paragraphs(paragraphs: list[Paragraph], preview: int = 80) -> tuple[str, ...]:
    """One line per paragraph taken for page furniture: where, why, and how it begins."""
    lines = []
    for para in paragraphs:
        if para.boilerplate:
            text = " ".join(para.text.split())
            shown = text if len(text) <= preview else text[: preview - 1] + "…"
            lines.append(f"offsets {para.start}-{para.end} ({para.boilerplate}): {shown!r}")
    return tuple(lines)


def is_heading(paragraph: Paragraph) -> bool:
    """A short line without closing punctuation: a headline or section title."""
    if len(paragraph.text) > HEADING_CHARS:
        return False  # asked once per sentence: splitting a huge paragraph each time was quadratic
    words = paragraph.text.split()
    if len(words) <= 14 and not paragraph.text.rstrip("”’\"'»)").endswith((".", "!", ":", ";", ",")):
        return True
    return is_title_case(words)


_TITLE_SMALL_WORDS = frozenset("a an the of in on at to for and or but nor by with as from vs vs. via per".split())


def is_title_case(words: list[str]) -> bool:
    """"Warren Hammers Wells Fargo CEO: ‘You Should Be Criminally Investigated.’": every word but
    the small ones capitalised, as headlines are written and sentences never are (a sentence has
    a lowercase verb)."""
    content = [w.strip("“”‘’\"'«»()[]:;,.!?—–-") for w in words]
    content = [w for w in content if w and w[0].isalpha() and w.lower() not in _TITLE_SMALL_WORDS]
    return 4 <= len(content) <= 30 and len(words) <= 40 and all(w[0].isupper() for w in content)
