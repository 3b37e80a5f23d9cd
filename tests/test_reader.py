"""Reading real-world input: encodings, Windows line endings, saved web pages, JSONL and CSV exports.

Every file is written by the test itself, with real bytes (cp1252 and latin-1 encoded text, UTF-16
with and without a byte-order mark, a saved page marked up like a news site).
"""

from __future__ import annotations

import csv
import io
import json
import sys

import pytest
from typer.testing import CliRunner

from quotes.api import extract, extract_files
from quotes.cli import app
from quotes.io.reader import (
    Article,
    ArticleError,
    InputOptions,
    count_inputs,
    read_article,
    read_inputs,
    save_article_text,
    saved_text_path,
    text_file_stem,
)

runner = CliRunner()

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
PAGE_FURNITURE = (
    "Share on Facebook", "Share on X", "Copy link", "Scroll to top", "Most read", "Storm closes coast road",
    "We use cookies", "Cranes at the container terminal", "Sign up", "All rights reserved", "Privacy", "Sport",
)


def items(inputs, options=None):
    return list(read_inputs([str(i) for i in inputs], options))


def only_article(inputs, options=None) -> Article:
    found = items(inputs, options)
    assert len(found) == 1 and isinstance(found[0], Article), found
    return found[0]


# ---- encodings ----


def test_cp1252_bytes_are_decoded_and_warned_about(tmp_path):
    text = "“We will not back down,” said Zoë Müller, the café owner’s lawyer — naïve or not.\n"
    path = tmp_path / "cp1252.txt"
    path.write_bytes(text.encode("cp1252"))
    assert b"\x93" in path.read_bytes()  # a real cp1252 left double quotation mark
    article = only_article([path])
    assert article.text == text
    assert any("not valid UTF-8" in w and "cp1252" in w for w in article.warnings)


def test_latin1_bytes_are_decoded(tmp_path):
    text = "«Nous sommes prêts», a déclaré Hélène Dubois, porte-parole du ministère.\n"
    path = tmp_path / "latin1.txt"
    path.write_bytes(text.encode("latin-1"))
    assert b"\xab" in path.read_bytes() and b"\xea" in path.read_bytes()
    assert only_article([path]).text == text


def test_short_latin1_file_is_not_mistaken_for_another_code_page(tmp_path):
    path = tmp_path / "short.txt"
    path.write_bytes("Zoë said “no”.".encode("cp1252"))
    assert only_article([path]).text == "Zoë said “no”."


def test_utf8_with_a_stray_cp1252_byte_keeps_its_utf8(tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_bytes("“Ça va,” said Zoë, then ".encode() + b"\x93pasted\x94 from Word.")
    article = only_article([path])
    assert article.text == "“Ça va,” said Zoë, then “pasted” from Word."
    assert any("stray bytes read as cp1252" in w for w in article.warnings)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-32", "utf-8-sig"])
def test_unicode_encodings_with_and_without_byte_order_mark(tmp_path, encoding):
    text = "“We are ready,” Ana Silva said.\r\nThe talks went on.\r\n"
    path = tmp_path / "u.txt"
    path.write_bytes(text.encode(encoding))
    assert only_article([path]).text == text


def test_undecodable_bytes_never_raise(tmp_path):
    path = tmp_path / "garbled.txt"
    path.write_bytes(b"Good words here. " + bytes(range(0x80, 0x100)) + b" and \x81\x8d\x8f\x90\x9d more words.")
    article = only_article([path])
    assert article.text.startswith("Good words here.") and article.text.endswith("more words.")


@pytest.mark.parametrize("newline", ["\r\n", "\r"], ids=["windows", "old-mac"])
def test_windows_and_old_mac_line_endings_round_trip_through_extraction(tmp_path, newline):
    lf = "“We are ready,” Ana Silva, a spokesperson for Acme, said.\n\nThe talks went on.\n\n“Not yet,” Paul Grant said.\n"
    crlf = lf.replace("\n", newline)
    (tmp_path / "crlf.txt").write_bytes(crlf.encode("utf-8"))
    article = only_article([tmp_path / "crlf.txt"])
    assert article.text == crlf  # nothing normalised: offsets index the text as decoded
    [result] = list(extract_files([str(tmp_path / "crlf.txt")]))
    spans = [span for quote in result.quotes for span in quote.spans]
    assert [s.text for s in spans] == ["We are ready,", "Not yet,"]
    assert all(crlf[s.start : s.end] == s.text for s in spans)
    assert [(q.kind, q.speaker.name) for q in result.quotes] == [(q.kind, q.speaker.name) for q in extract(lf)]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_quote_on_the_line_after_a_headline(newline):
    text = f"Leaders meet in Beijing{newline}“We are ready to work together,” said Ana Lima, a spokesperson."
    assert [s.text for q in extract(text) for s in q.spans] == ["We are ready to work together,"]


# ---- web pages ----


def test_news_page_gives_the_article_body_without_furniture(tmp_path):
    path = tmp_path / "port-deal.html"
    path.write_text(NEWS_PAGE, encoding="utf-8")
    article = only_article([path])
    assert article.format == "html"
    assert "This secures the port for a generation" in article.text
    assert "We are here for the long run" in article.text
    assert "“a good start”" in article.text  # entities decoded
    for furniture in PAGE_FURNITURE:
        assert furniture not in article.text, furniture
    assert article.meta.title == "Port deal signed after night of talks"
    assert article.meta.date == "2024-03-05"
    assert article.meta.outlet == "The Harbour Gazette"
    assert article.meta.url == "https://gazette.example/business/2024/03/05/port-deal"


def test_news_page_quotes_and_offsets_point_into_the_saved_text(tmp_path):
    (tmp_path / "port-deal.html").write_text(NEWS_PAGE, encoding="utf-8")
    out, texts = tmp_path / "out" / "quotes.csv", tmp_path / "texts"
    result = runner.invoke(app, ["extract", str(tmp_path / "port-deal.html"), "-o", str(out), "--save-text", str(texts), "--no-link"])
    assert result.exit_code == 0, result.output
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    saved = saved_text_path(texts, "port-deal.html")
    text = open(saved, encoding="utf-8", newline="").read()
    quotes = {r["quote"]: r["speaker"] for r in rows}
    assert quotes["This secures the port for a generation,"] == "Elena Marsh"
    assert {"Nobody will lose their job.", "We are here for the long run,", "a good start"} <= set(quotes)
    for row in rows:
        assert text[int(row["start"]) : int(row["end"])] == row["quote"]
    meta = json.loads(saved.with_suffix(".json").read_text(encoding="utf-8"))
    assert meta["title"] == "Port deal signed after night of talks" and meta["outlet"] == "The Harbour Gazette"
    assert meta["format"] == "html" and meta["date"] == "2024-03-05"
    assert read_article(saved).text == text  # what link and resume read back


def test_title_date_and_outlet_reach_quotes_csv_and_articles_csv(tmp_path):
    (tmp_path / "port-deal.html").write_text(NEWS_PAGE, encoding="utf-8")
    (tmp_path / "plain.txt").write_text("Harbour talks\n\n“We signed,” Elena Marsh said.\n", encoding="utf-8")
    export = tmp_path / "feed.jsonl"
    write_jsonl(export, [{"id": "w1", "text": "“We wait,” Tom Reyes said.", "title": "=Wire story", "date": "2024-03-06",
                          "outlet": "Wire Service", "url": "https://wire.example/1"}])  # fmt: skip
    out = tmp_path / "out" / "quotes.csv"
    inputs = [str(tmp_path / n) for n in ("port-deal.html", "plain.txt", "feed.jsonl")]
    result = runner.invoke(app, ["extract", *inputs, "-o", str(out)])
    assert result.exit_code == 0, result.output
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = {r["doc_id"]: r for r in csv.DictReader(handle)}
    page, plain, wire = rows["port-deal.html"], rows["plain.txt"], rows["w1"]
    assert (page["title"], page["date"], page["outlet"]) == ("Port deal signed after night of talks", "2024-03-05", "The Harbour Gazette")
    assert (plain["title"], plain["date"], plain["outlet"], plain["url"]) == ("", "", "", "")  # a text file says nothing
    assert (wire["title"], wire["outlet"], wire["url"]) == ("'=Wire story", "Wire Service", "https://wire.example/1")
    with open(out.parent / "quotes.articles.csv", encoding="utf-8-sig", newline="") as handle:
        articles = {r["doc_id"]: r for r in csv.DictReader(handle)}
    assert articles["port-deal.html"]["outlet"] == "The Harbour Gazette" and articles["port-deal.html"]["date"] == "2024-03-05"
    assert articles["plain.txt"]["title"] == "Harbour talks"  # no metadata: the first line
    assert articles["w1"]["title"] == "'=Wire story" and articles["w1"]["url"] == "https://wire.example/1"


def test_page_in_a_declared_legacy_charset(tmp_path):
    page = NEWS_PAGE.replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">')
    page = page.replace("Elena Marsh", "Zoë Müller").replace("’", "'")
    path = tmp_path / "latin.htm"
    path.write_bytes(page.encode("cp1252"))
    article = only_article([path])
    assert "said Zoë Müller" in article.text


def test_web_page_is_recognised_by_content_in_a_txt_file_and_on_stdin(tmp_path, monkeypatch):
    path = tmp_path / "saved-page.txt"
    path.write_text(NEWS_PAGE, encoding="utf-8")
    assert only_article([path]).format == "html"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(NEWS_PAGE.encode("utf-8"))))
    article = only_article(["-"])
    assert article.doc_id == "stdin" and article.format == "html" and "Scroll to top" not in article.text


def test_format_option_overrides_the_suffix(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(NEWS_PAGE, encoding="utf-8")
    raw = only_article([path], InputOptions(format="text"))
    assert raw.text == NEWS_PAGE and raw.format == "text"


def test_page_without_an_article_is_skipped_with_a_reason(tmp_path):
    path = tmp_path / "empty-page.html"
    path.write_text("<!DOCTYPE html><html><head><title>x</title></head><body><nav></nav></body></html>", encoding="utf-8")
    [error] = items([path])
    assert isinstance(error, ArticleError) and "no article text" in error.reason


# ---- exports ----


def write_jsonl(path, records, extra_lines=()):
    with open(path, "w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        for line in extra_lines:
            handle.write(line + "\n")


def test_jsonl_export_one_article_per_line(tmp_path):
    path = tmp_path / "export.jsonl"
    write_jsonl(path, [
        {"id": "AP-1", "text": "“We are ready,” Ana Silva said.", "title": "Ready", "date": "2024-01-02", "outlet": "AP"},
        {"id": 2, "text": "“Not yet,” Paul Grant said.\r\nMore.", "url": "https://x.example/2"},
        {"text": "No id here, “quoted” all the same."},
    ])
    found = items([path])
    assert [a.doc_id for a in found] == ["AP-1", "2", "export-3"]
    assert found[0].meta.title == "Ready" and found[0].meta.outlet == "AP" and found[0].meta.date == "2024-01-02"
    assert found[1].text == "“Not yet,” Paul Grant said.\r\nMore." and found[1].meta.url == "https://x.example/2"
    assert all(a.path is None and a.format == "jsonl" for a in found)
    assert found[0].source == "export.jsonl:1"


def test_jsonl_field_names_are_configurable(tmp_path):
    path = tmp_path / "db.ndjson"
    write_jsonl(path, [{"guid": "g-7", "Body": "“Hello,” Ana Silva said."}])
    article = only_article([path], InputOptions(id_field="guid", text_field="body"))
    assert article.doc_id == "g-7" and article.text == "“Hello,” Ana Silva said."


def test_jsonl_field_that_holds_html_is_extracted(tmp_path):
    path = tmp_path / "pages.jsonl"
    write_jsonl(path, [{"id": "p1", "text": NEWS_PAGE}])
    article = only_article([path])
    assert article.format == "html" and "Scroll to top" not in article.text
    assert article.meta.outlet == "The Harbour Gazette"


def test_repeated_ids_are_kept_apart(tmp_path):
    path = tmp_path / "dups.jsonl"
    write_jsonl(path, [{"id": "a", "text": "One text."}, {"id": "a", "text": "Another text."}])
    first, second = items([path])
    assert (first.doc_id, second.doc_id) == ("a", "a#2")
    assert any("used more than once" in w for w in second.warnings)


def test_jsonl_is_streamed_not_read_whole(tmp_path):
    path = tmp_path / "growing.jsonl"
    write_jsonl(path, [{"id": "1", "text": "First text."}])
    stream = read_inputs([str(path)])
    assert next(stream).doc_id == "1"
    with open(path, "a", encoding="utf-8") as handle:  # written after the first record was read
        handle.write(json.dumps({"id": "2", "text": "Second text."}) + "\n")
    assert [a.doc_id for a in stream] == ["2"]


def test_csv_export_with_a_named_text_column(tmp_path):
    path = tmp_path / "export.csv"
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["story_id", "headline", "Body", "title"])
        writer.writerow(["s1", "h", "“We are ready,” Ana Silva said.\n\nSecond paragraph, with a comma.", "T"])
        writer.writerow(["s2", "h", "“Not yet,” Paul Grant said.", ""])
    found = items([path], InputOptions(id_field="story_id", text_field="body"))
    assert [a.doc_id for a in found] == ["s1", "s2"]
    assert found[0].text == "“We are ready,” Ana Silva said.\n\nSecond paragraph, with a comma."
    assert found[0].meta.title == "T" and found[1].meta.title is None
    assert found[1].source == "export.csv:5"  # the record starts on line 5: the first one spans three


def test_csv_with_semicolons_and_cp1252_bytes(tmp_path):
    path = tmp_path / "excel.csv"
    path.write_bytes("id;text\r\n1;“Ça va,” Zoë Müller said.\r\n".encode("cp1252"))
    article = only_article([path])
    assert article.text == "“Ça va,” Zoë Müller said."
    assert any("not valid UTF-8" in w for w in article.warnings)


def test_tsv_and_csv_is_streamed(tmp_path):
    path = tmp_path / "export.tsv"
    path.write_text("id\ttext\n1\tFirst text.\n", encoding="utf-8")
    stream = read_inputs([str(path)])
    assert next(stream).doc_id == "1"
    with open(path, "a", encoding="utf-8") as handle:
        handle.write("2\tSecond text.\n")
    assert [a.text for a in stream] == ["Second text."]


class _Stdin:
    """Stands in for sys.stdin; counts the bytes read from it."""

    def __init__(self, data: bytes):
        self.buffer = _CountingReader(data)


class _CountingReader(io.BytesIO):
    def __init__(self, data: bytes):
        super().__init__(data)
        self.consumed = 0

    def read(self, size=-1):
        chunk = super().read(size)
        self.consumed += len(chunk)
        return chunk

    def readline(self, size=-1):
        chunk = super().readline(size)
        self.consumed += len(chunk)
        return chunk


def test_jsonl_on_stdin_is_recognised_and_streamed(monkeypatch):
    lines = [json.dumps({"id": f"n{i}", "text": f"Text number {i}, “quoted”. " * 20}) for i in range(500)]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    fake = _Stdin(data)
    monkeypatch.setattr(sys, "stdin", fake)
    stream = read_inputs(["-"])
    first = next(stream)
    assert first.doc_id == "n0" and first.format == "jsonl"
    assert fake.buffer.consumed < len(data) / 20  # one record read, not the whole export
    assert sum(1 for _ in stream) == 499


def test_csv_on_stdin_with_the_format_named(monkeypatch):
    monkeypatch.setattr(sys, "stdin", _Stdin(b"id,text\nx,\"\xe2\x80\x9cHi,\xe2\x80\x9d Ana said.\"\n"))
    article = only_article(["-"], InputOptions(format="csv"))
    assert (article.doc_id, article.text) == ("x", "“Hi,” Ana said.")


def test_cli_reads_exports_with_its_options(tmp_path):
    path = tmp_path / "feed.jsonl"
    write_jsonl(path, [{"uid": "a1", "content": "“We are ready,” Ana Silva said."},
                       {"uid": "a2", "content": "“Not yet,” Paul Grant said."}])
    out, texts = tmp_path / "q.csv", tmp_path / "texts"
    result = runner.invoke(app, ["extract", str(path), "-o", str(out), "--id-field", "uid", "--text-column", "content",
                                 "--save-text", str(texts)])
    assert result.exit_code == 0, result.output
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["doc_id"], r["speaker"]) for r in rows] == [("a1", "Ana Silva"), ("a2", "Paul Grant")]
    for row in rows:
        text = open(saved_text_path(texts, row["doc_id"]), encoding="utf-8", newline="").read()
        assert text[int(row["start"]) : int(row["end"])] == row["quote"]
    assert "not compared" not in result.output  # linked through the saved texts though no file holds them


def test_unknown_input_format_is_a_usage_error(tmp_path):
    (tmp_path / "a.txt").write_text("Hello.", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path / "a.txt"), "-o", str(tmp_path / "q.csv"), "--input-format", "pdf"])
    assert result.exit_code == 2 and "unknown input format" in result.output


# ---- options, the old entry points, folders ----


def test_input_options_are_checked():
    with pytest.raises(ValueError):
        InputOptions(format="xml")
    with pytest.raises(ValueError):
        InputOptions(max_bytes=0)
    with pytest.raises(ValueError):
        InputOptions(text_field=" ")


def test_old_max_bytes_argument_still_works(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("A short article, long enough.", encoding="utf-8")
    [error] = list(read_inputs([str(path)], 10))
    assert isinstance(error, ArticleError) and "size limit of 10" in error.reason
    assert isinstance(next(read_inputs([str(path)], max_bytes=1000)), Article)
    with pytest.raises(ArticleError, match="size limit"):
        read_article(path, None, 10)


def test_read_article_refuses_an_export(tmp_path):
    path = tmp_path / "x.jsonl"
    write_jsonl(path, [{"id": 1, "text": "t"}])
    with pytest.raises(ArticleError, match="read it with read_inputs"):
        read_article(path)


def test_folders_are_walked_for_text_and_pages_but_not_the_saved_texts(tmp_path):
    pile = tmp_path / "pile"
    (pile / "sub").mkdir(parents=True)
    (pile / "a.txt").write_text("“Hi,” Ana said.", encoding="utf-8")
    (pile / "sub" / "b.html").write_text(NEWS_PAGE, encoding="utf-8")
    (pile / "c.jsonl").write_text('{"id": 1, "text": "x"}\n', encoding="utf-8")  # exports only when the format says so
    (pile / "texts").mkdir()
    (pile / "texts" / "a.txt.txt").write_text("“Hi,” Ana said.", encoding="utf-8")
    found = items([pile], InputOptions(skip_folders=(str(pile / "texts"),)))
    assert [a.doc_id for a in found] == ["a.txt", "b.html"]
    assert [a.doc_id for a in items([pile], InputOptions(format="jsonl"))] == ["1"]
    assert count_inputs([str(pile)], InputOptions(skip_folders=(str(pile / "texts"),))) == 2


def test_glob_patterns_match_files_at_any_depth_in_sorted_order(tmp_path):
    (tmp_path / "2026" / "11").mkdir(parents=True)
    (tmp_path / "2026" / "b.txt").write_text("“Hi,” Ana said.", encoding="utf-8")
    (tmp_path / "2026" / "11" / "a.txt").write_text("“Bye,” Ben said.", encoding="utf-8")
    (tmp_path / "2026" / "11" / "notes.md").write_text("not matched", encoding="utf-8")
    found = list(read_inputs([str(tmp_path / "**" / "*.txt")]))
    assert [a.path for a in found] == [str(tmp_path / "2026" / "11" / "a.txt"), str(tmp_path / "2026" / "b.txt")]
    assert count_inputs([str(tmp_path / "**" / "*.txt")]) == 2
    # a pattern that matches nothing is one error, and the other inputs are still read
    missed = list(read_inputs([str(tmp_path / "*.xml"), str(tmp_path / "2026" / "b.txt")]))
    assert isinstance(missed[0], ArticleError) and "no file matches" in str(missed[0])
    assert [a.doc_id for a in missed[1:]] == ["b.txt"]


def test_a_file_whose_name_looks_like_a_pattern_is_read_as_itself(tmp_path):
    odd = tmp_path / "report[1].txt"
    odd.write_text("“Hi,” Ana said.", encoding="utf-8")
    assert [a.doc_id for a in read_inputs([str(odd)])] == ["report[1].txt"]


def test_count_inputs_counts_records_without_reading_them(tmp_path):
    write_jsonl(tmp_path / "e.jsonl", [{"id": i, "text": "t"} for i in range(7)])
    (tmp_path / "e.csv").write_text('id,text\n1,"a\nb"\n2,c\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    assert count_inputs([str(tmp_path / n) for n in ("e.jsonl", "e.csv", "a.txt")]) == 7 + 2 + 1


def test_saved_text_reads_back_identical(tmp_path):
    for doc_id, text in [("crlf.txt", "“A,” B said.\r\n\r\nMore.\r\n"), ("bom/odd id?", "\ufeffStarts with a BOM character.")]:
        article = Article(doc_id, None, text)
        path = save_article_text(article, tmp_path / "texts")
        assert path == saved_text_path(tmp_path / "texts", doc_id) and path.parent == tmp_path / "texts"
        assert read_article(path).text == text


def test_text_file_names_are_safe_and_distinct():
    assert text_file_stem("story.txt") == "story.txt"
    unsafe = ["../../etc/passwd", "a/b", "a\\b", ".hidden", "", "x" * 300, "con:1"]
    stems = [text_file_stem(d) for d in unsafe]
    assert len(set(stems)) == len(stems)
    assert all("/" not in s and "\\" not in s and not s.startswith(".") and len(s) < 160 for s in stems)
