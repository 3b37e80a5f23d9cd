"""Saved web pages: the article body of an HTML page, and its title, date and outlet.

trafilatura finds the main text and leaves out what a news page wraps around
it: navigation, share buttons, photo captions, related links, "scroll to top",
cookie notices. Its plain-text output, one paragraph or heading per line, with
a blank line put between them, is the article text from then on: every offset
points into it, which is why ``quotes extract --save-text DIR`` stores it
beside the results.
"""

from __future__ import annotations

import codecs
import logging
import re
from dataclasses import dataclass

from quotes.io.decoding import Decoded, NotText, bom_encoding, decode_bytes

_HTML_START = re.compile(rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", re.I | re.S)
_HTML_FRAGMENT = re.compile(r"^\s*<(!doctype\s+html|html|head|body|article|main|section|div|p|h[1-6])\b[^>]*>", re.I)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


class PageError(ValueError):
    """The page has no article text that could be found."""


@dataclass(frozen=True)
class Page:
    text: str
    title: str | None = None
    date: str | None = None  # ISO date, as the page's metadata gives it
    outlet: str | None = None  # the site's name
    url: str | None = None


def looks_like_html_bytes(head: bytes) -> bool:
    """Does a file start like a web page (doctype, <html>, <head> or <body>)?"""
    bom = bom_encoding(head)
    if bom and bom[0] != "utf-8":
        head = head[bom[1] :].decode(bom[0], errors="ignore").encode("utf-8")
    elif bom:
        head = head[bom[1] :]
    return bool(_HTML_START.match(head[:4096]))


def looks_like_html_text(text: str) -> bool:
    """Is a text field of an export HTML markup rather than plain text?"""
    return bool(_HTML_FRAGMENT.match(text[:2048]))


def declared_charset(head: bytes) -> str | None:
    """The charset of a <meta charset> or http-equiv Content-Type, if Python knows it."""
    match = _META_CHARSET.search(head[:8192])
    if not match:
        return None
    name = match.group(1).decode("ascii", errors="ignore").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_page(data: bytes) -> Decoded:
    """The page's bytes as text: a byte-order mark, else its declared charset, else detection.

    Browsers read pages declared as latin-1 as cp1252, and so does this.
    """
    declared = declared_charset(data) if bom_encoding(data) is None else None
    if declared and declared not in ("utf-8", "utf-16", "utf-32"):
        declared = "cp1252" if declared in ("iso8859-1", "ascii") else declared
        return Decoded(data.decode(declared, errors="replace"), declared)
    return decode_bytes(data)


def extract_page(html: str) -> Page:
    """The article text and metadata of a page; PageError when no article text is found."""
    # trafilatura (and lxml under it) takes a second to import; only runs with web pages pay for it
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)  # it logs every page it cannot parse
    try:
        document = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_images=False, output_format="python"
        )
    except Exception as exc:  # a parser failure on one broken page must not stop a run
        raise PageError(f"the HTML could not be parsed ({type(exc).__name__}: {exc})") from None
    text = getattr(document, "text", None) if document is not None else None
    if not text or not text.strip():
        raise PageError("no article text found in the HTML page")
    return Page(
        text=_paragraphs(text),
        title=_clean(document.title),
        date=_clean(document.date),
        outlet=_clean(document.sitename),
        url=_clean(document.url),
    )


def read_page(data: bytes) -> tuple[Page, tuple[str, ...]]:
    """A saved page's bytes to its article; raises NotText or PageError."""
    decoded = decode_page(data)
    if not decoded.text.strip():
        raise NotText("empty page")
    return extract_page(decoded.text), decoded.notes


def _paragraphs(text: str) -> str:
    """trafilatura's lines, one blank line between them, as in a plain-text article.

    With a single newline, stanza runs a headline into the paragraph after it and
    the quote opening that paragraph is lost; a blank line is an unmistakable break.
    """
    return "\n\n".join(line.strip() for line in text.splitlines() if line.strip())


def _clean(value) -> str | None:
    if value is None:
        return None
    value = " ".join(str(value).split())
    return value or None
