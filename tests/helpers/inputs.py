"""Helpers shared by the input tests: hostile and skipped files (PDF, PNG, pages, exports) and the folders made of them."""

from __future__ import annotations

import json
import os
import struct
import zlib
from pathlib import Path

import pytest

from quotes.io.reader import Article, read_inputs

GOOD = "“We are ready,” Ana Silva said.\n\n“So are we,” Paul Grant said.\n"


PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"


def png_bytes() -> bytes:
    """A real one-pixel PNG."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00")) + chunk(b"IEND", b"")




@pytest.fixture
def bad_inputs(tmp_path) -> dict[str, Path]:
    """A folder of every kind of bad input, and two good articles."""
    d = tmp_path / "pile"
    d.mkdir()
    files = {
        "good": d / "good.txt",
        "empty": d / "empty.txt",
        "blank": d / "blank.txt",
        "pdf": d / "report.pdf.txt",
        "png": d / "photo.txt",
        "huge": d / "huge.txt",
        "unbalanced": d / "unbalanced.txt",
        "nosentences": d / "numbers.txt",
        "nul": d / "nul.txt",
        "binary": d / "controls.txt",
        "loop": d / "loop-a.txt",
    }
    files["good"].write_text(GOOD, encoding="utf-8")
    files["empty"].write_bytes(b"")
    files["blank"].write_bytes(b" \r\n\t\n")
    files["pdf"].write_bytes(PDF)
    files["png"].write_bytes(png_bytes())
    with open(files["huge"], "wb") as handle:  # 200 MB without writing 200 MB: a sparse file
        handle.truncate(200 * 1024 * 1024)
    files["unbalanced"].write_text("“This never closes.\n\nAnd ” this closes nothing. “Nor does this.\n", encoding="utf-8")
    files["nosentences"].write_text("12345 67890\n\n---- ... !!!\n\n2024-01-01 12:00\n", encoding="utf-8")
    files["nul"].write_bytes("“We are\x00 ready,” Zoe Kent said.\n".encode())
    files["binary"].write_bytes(bytes(range(32)) * 40)
    os.symlink(d / "loop-b.txt", files["loop"])
    os.symlink(files["loop"], d / "loop-b.txt")
    os.symlink(d, d / "back-up")  # a folder link pointing at its own parent
    (d / "second.txt").write_text("“Not yet,” Mia Lund said.\n", encoding="utf-8")
    return files


FORMULA_TEXTS = ["=1+2 is the answer", "+44 is the code", "-5 degrees is cold", "@everyone should vote", "\tIndented words"]


ARTICLE = "“We are ready,” Ana Silva said on Monday.\n"


PAGE = "<!DOCTYPE html><html><head><title>T</title></head><body><article><p>“Go,” Ben Ode said.</p></article></body></html>"


@pytest.fixture
def skipped_pile(tmp_path):
    d = tmp_path / "pile"
    (d / "sub").mkdir(parents=True)
    (d / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (d / "report.pdf").write_bytes(PDF)
    (d / "sub" / "photo.png").write_bytes(png_bytes())
    (d / "empty.txt").write_bytes(b"")
    (d / "notes.json").write_text('{"not": "an article"}\n', encoding="utf-8")  # text of another kind: left out
    (d / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1" + bytes(range(256)))
    (d / ".git").mkdir()
    (d / ".git" / "index.pdf").write_bytes(PDF)
    (d / "page.html").write_text(PAGE, encoding="utf-8")
    (d / "page_files").mkdir()
    (d / "page_files" / "logo.png").write_bytes(png_bytes())
    return d


NEWS_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Port deal signed after night of talks | The Harbour Gazette</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta property="og:title" content="Port deal signed after night of talks">
  <meta property="og:site_name" content="The Harbour Gazette">
  <meta property="og:type" content="article">
  <meta property="article:published_time" content="2024-03-05T07:45:00+00:00">
  <meta name="author" content="Mira Kowalski">
  <link rel="canonical" href="https://gazette.example/business/2024/03/05/port-deal">
  <script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
   "headline": "Port deal signed after night of talks", "datePublished": "2024-03-05T07:45:00+00:00",
   "publisher": {"@type": "Organization", "name": "The Harbour Gazette"}}</script>
  <script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}</script>
  <style>.share-bar{display:flex}.scroll-top{position:fixed}</style>
</head>
<body class="article-page">
  <div class="cookie-banner">We use cookies to improve your experience. <button>Accept all</button></div>
  <header class="site-header">
    <a class="logo" href="/">The Harbour Gazette</a>
    <nav class="main-nav" aria-label="Sections">
      <ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/business">Business</a></li>
      <li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li></ul>
    </nav>
    <form class="search"><input type="search" placeholder="Search"></form>
  </header>
  <main id="content">
    <article class="story">
      <header class="story-header">
        <p class="kicker"><a href="/business">Business</a></p>
        <h1 class="headline">Port deal signed after night of talks</h1>
        <p class="byline">By <a href="/authors/mira">Mira Kowalski</a> · <time datetime="2024-03-05">March 5, 2024</time></p>
        <div class="share-bar">
          <a class="share facebook" href="#">Share on Facebook</a>
          <a class="share x" href="#">Share on X</a>
          <a class="share email" href="#">Email</a>
          <button class="copy-link">Copy link</button>
        </div>
      </header>
      <figure class="lead-image">
        <img src="/img/port.jpg" alt="Cranes at the container terminal">
        <figcaption>Cranes at the container terminal on Monday. (Photo: Gazette archive)</figcaption>
      </figure>
      <div class="story-body">
        <p>The city and the shipping group Northline signed a twenty-year lease for the container
        terminal early on Tuesday, ending months of uncertainty for the port's 2,000 workers.</p>
        <p>&ldquo;This secures the port for a generation,&rdquo; said Elena Marsh, the city's deputy mayor
        for the economy. &ldquo;Nobody will lose their job.&rdquo;</p>
        <aside class="related-inline"><h3>Read more</h3><ul><li><a href="/b/1">Port strike called off</a></li>
        <li><a href="/b/2">What the lease means for rents</a></li></ul></aside>
        <p>Northline's chief executive, Tomas Berg, told reporters the company would invest in electric
        cranes. &ldquo;We are here for the long run,&rdquo; he said.</p>
        <p>Union representatives were more cautious. Sam Okoro, who leads the dockworkers' union, said
        the deal was &ldquo;a good start&rdquo; but that pay talks were still open.</p>
        <div class="newsletter-signup"><p>Get the Business briefing every morning.</p>
        <form><input type="email" placeholder="Your email"><button>Sign up</button></form></div>
      </div>
    </article>
  </main>
  <aside class="most-read"><h2>Most read</h2><ol><li><a href="/n/1">Storm closes coast road</a></li>
    <li><a href="/n/2">Council approves budget</a></li><li><a href="/n/3">Ferry timetable changes</a></li></ol></aside>
  <footer class="site-footer">
    <a href="#top" class="scroll-top">Scroll to top</a>
    <ul><li><a href="/about">About us</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/contact">Contact</a></li></ul>
    <p>&copy; 2024 The Harbour Gazette. All rights reserved.</p>
  </footer>
</body>
</html>
"""


def items(inputs, options=None):
    return list(read_inputs([str(i) for i in inputs], options))


def only_article(inputs, options=None) -> Article:
    found = items(inputs, options)
    assert len(found) == 1 and isinstance(found[0], Article), found
    return found[0]


def write_jsonl(path, records, extra_lines=()):
    with open(path, "w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        for line in extra_lines:
            handle.write(line + "\n")
