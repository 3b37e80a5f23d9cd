"""Issue 11: nothing a user gives is lost or overwritten without a word. One test per numbered defect."""

from __future__ import annotations

import csv
import json
import os
import stat

from typer.testing import CliRunner

from quotes.api import capped_warnings
from quotes.cli import app
from quotes.extract.paragraphs import boilerplate_reason, split_paragraphs
from quotes.io.decoding import decode_bytes
from quotes.io.export import quote_rows, write_csv
from quotes.io.records import read_quotes
from quotes.nlp import chunks
from quotes.types import Quote, QuoteKind, Span

runner = CliRunner()
STORY = "“We signed the deal,” said Elena Marsh, the port's director.\n\n“It took a year,” she said.\n"


def rows_of(path):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


# 1. paragraphs dropped silently


def test_a_sentence_naming_getty_images_is_article_text():
    text = '"The merger is good for photographers," said Craig Peters, chief executive of Getty Images.'
    assert boilerplate_reason(text) is None
    assert boilerplate_reason('"Yes," said Ann Lee. "Yes," said Ann Lee.') is None
    assert boilerplate_reason("Xi Jinping in Beijing on Monday. Photograph: Reuters") == "image credit"
    assert boilerplate_reason("Protesters in Kyiv (Photo by Jane Roe/AFP) Protesters in Kyiv (Photo by Jane Roe/AFP)")


def test_an_article_without_breaks_mentioning_afp_keeps_its_paragraph():
    text = " ".join(["“Talks go on,” the minister said (Reuters/AFP)."] + ["The talks went on all night."] * 30)
    assert boilerplate_reason("Talks in Lima (Photo by Jane Roe/AFP) " + "The talks went on all night. " * 30) is None
    assert [p.boilerplate for p in split_paragraphs(text)] == [None]


def test_dropped_paragraphs_are_counted_and_listed(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(STORY + "\nThe port at night. Photograph: Jane Roe/Reuters\n", encoding="utf-8")
    out, report = tmp_path / "q.csv", tmp_path / "run.json"
    result = runner.invoke(app, ["extract", str(article), "-o", str(out), "--no-link", "--verbose", "--report", str(report)])
    assert result.exit_code == 0, result.output
    assert "dropped: a.txt: offsets" in result.output and "image credit" in result.output
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["dropped"] == [{"doc_id": "a.txt", "paragraphs": 1}] and data["dropped_paragraphs"] == 1


# 2. and 3. -o over an input, -o a folder


def test_output_equal_to_an_input_is_refused_before_any_work(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(story), "-o", str(story)])
    assert result.exit_code == 2 and "would overwrite it" in result.output
    assert story.read_text(encoding="utf-8") == STORY
    export = tmp_path / "export.csv"
    export.write_text("id,text\n1,\"“Yes,” said Ann Lee.\"\n", encoding="utf-8")
    before = export.read_bytes()
    result = runner.invoke(app, ["extract", str(export), "-o", str(export)])
    assert result.exit_code == 2 and export.read_bytes() == before
    result = runner.invoke(app, ["extract", str(tmp_path), "-o", str(story)])  # found by walking the folder
    assert result.exit_code == 2 and story.read_text(encoding="utf-8") == STORY


def test_a_folder_as_output_gets_quotes_csv_inside(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    out = tmp_path / "adir"
    out.mkdir()
    result = runner.invoke(app, ["extract", str(story), "-o", str(out), "--no-link"])
    assert result.exit_code == 0, result.output
    assert rows_of(out / "quotes.csv")
    assert sorted(p.name for p in out.iterdir()) == ["quotes.csv"]  # no .partial or .journal left
    assert not list(tmp_path.glob(".adir*"))


# 4. side files of two outputs in one folder


def test_two_outputs_in_one_folder_keep_their_own_side_files(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(STORY, encoding="utf-8")
    b.write_text("“Prices will rise,” said Tomas Berg.\n", encoding="utf-8")
    out = tmp_path / "out"
    for name, article in (("first.csv", a), ("second.csv", b)):
        result = runner.invoke(app, ["extract", str(article), "-o", str(out / name), "--wording-only"])
        assert result.exit_code == 0, result.output
    first_ids = {r["speaker_id"] for r in rows_of(out / "first.csv") if r["speaker_id"]}
    assert first_ids and first_ids <= {r["speaker_id"] for r in rows_of(out / "first.speakers.csv")}
    assert (out / "second.articles.csv").is_file() and not (out / "speakers.csv").exists()


def test_old_side_file_names_are_still_read(tmp_path):
    from quotes.claims.cli import copies_beside

    quotes = tmp_path / "quotes.csv"
    write_csv([], quotes)
    write_csv([{"doc_id": "b.txt", "duplicate_of": "a.txt"}], tmp_path / "articles.csv", columns=("doc_id", "duplicate_of"))
    assert copies_beside(quotes) == {"b.txt": "a.txt"}


# 5. same file name in two folders


def _quote(doc_id: str) -> Quote:
    return Quote(id="q1", doc_id=doc_id, kind=QuoteKind.DIRECT, spans=(Span(1, 4, "Yes"),), sentence=Span(0, 20, "“Yes,” said Ann Lee."),
                 confidence=0.9, group_id="g1")  # fmt: skip


def test_same_named_files_in_three_folders_get_unique_ids():
    doc_ids = ["index.html.txt", "arch/2026-01-02/index.html.txt", "arch/2026-01-03/index.html.txt"]
    rows = [r for d in doc_ids for r in quote_rows([_quote(d)])]
    assert len({r["quote_id"] for r in rows}) == 3 and len({r["group_id"] for r in rows}) == 3
    assert next(quote_rows([_quote("story.txt")]))["quote_id"] == "story-001"  # the simple case stays readable
    assert next(quote_rows([_quote("2024.001")]))["quote_id"] == "2024.001-001"


def test_same_named_files_through_extract_get_unique_ids(tmp_path):
    for day in ("01", "02", "03"):
        folder = tmp_path / "arch" / f"2026-01-{day}"
        folder.mkdir(parents=True)
        (folder / "index.html.txt").write_text(STORY, encoding="utf-8")
    out = tmp_path / "q.csv"
    result = runner.invoke(app, ["extract", str(tmp_path / "arch"), "-o", str(out), "--no-link"])
    assert result.exit_code == 0, result.output
    rows = rows_of(out)
    assert len(rows) == len({r["quote_id"] for r in rows}) == 6
    assert len({r["group_id"] for r in rows}) == 6


# 6. mixed encodings


def test_mixed_encodings_are_decoded_paragraph_by_paragraph():
    data = ("“Hola,” said José García.\n\n".encode() + "“Oui,” said Hélène Dupré.\n\n".encode("cp1252")
            + "\"Ja,\" said Jürgen Müller.\n".encode("latin-1"))  # fmt: skip
    text = decode_bytes(data).text
    assert "José García" in text and "Hélène Dupré" in text and "Jürgen Müller" in text


def test_a_utf16_fragment_among_utf8_paragraphs_is_read():
    utf8 = "“Hola,” said José García, the minister of ports, on a long day of talks in the capital.\n\n".encode() * 3
    data = utf8 + "\"Yes,\" said Ann Lee.\n\n".encode("utf-16-le") + b"The end.\n"
    decoded = decode_bytes(data)
    assert "said Ann Lee" in decoded.text and "José García" in decoded.text and "\x00" not in decoded.text


# 7. one big article: stanza reads it in bounded chunks, cut at breaks


def test_a_long_paragraph_goes_to_stanza_in_chunks_cut_after_sentences():
    text = "The talks went on all night. " * 2000
    pieces = chunks(text, 1000)
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text) and all(a[1] == b[0] for a, b in zip(pieces, pieces[1:], strict=False))
    assert all(e - s <= 1000 for s, e in pieces) and all(text[e - 1] == " " and text[e - 2] == "." for s, e in pieces[:-1])


# 9. JSONL keeps number types through the linking pass


def test_jsonl_numbers_stay_numbers_after_linking(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    out = tmp_path / "q.jsonl"
    result = runner.invoke(app, ["extract", str(story), "-o", str(out), "-f", "jsonl", "--wording-only"])
    assert result.exit_code == 0, result.output
    record = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    assert isinstance(record["start"], int) and isinstance(record["confidence"], float)
    assert record["speaker_id"]  # the linking pass ran


# 10. outputs follow the umask


def test_outputs_are_written_with_the_users_umask(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    old = os.umask(0o022)
    try:
        result = runner.invoke(app, ["extract", str(story), "-o", str(tmp_path / "q.csv"), "--wording-only"])
    finally:
        os.umask(old)
    assert result.exit_code == 0, result.output
    for name in ("q.csv", "q.speakers.csv", "q.articles.csv", "q.quote_variants.csv"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o644, name


# also: warnings capped and in order, exit status, --version, flags, evaluate's message, models use


def test_warnings_are_capped_and_in_offset_order():
    warnings = [f"unbalanced quote mark at offset {n}" for n in range(100, 0, -1)]
    capped = capped_warnings(warnings)
    assert len(capped) == 21 and capped[0].endswith("offset 1") and capped[-1].startswith("… and 80 more")


def test_exit_status_3_when_some_articles_failed(tmp_path):
    story, empty = tmp_path / "story.txt", tmp_path / "empty.txt"
    story.write_text(STORY, encoding="utf-8")
    empty.write_bytes(b"")
    result = runner.invoke(app, ["extract", str(story), str(empty), "-o", str(tmp_path / "q.csv"), "--no-link"])
    assert result.exit_code == 3
    assert runner.invoke(app, ["extract", str(empty), "-o", str(tmp_path / "n.csv"), "--no-link"]).exit_code == 1


def test_version_and_flags():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output.startswith("quotes ")
    assert "<bool>" not in runner.invoke(app, ["extract", "--help"]).output


def test_evaluate_names_the_missing_columns(tmp_path):
    other = tmp_path / "other.csv"
    other.write_text("a,b\n1,2\n", encoding="utf-8")
    result = runner.invoke(app, ["evaluate", str(other)])
    assert result.exit_code == 2 and "columns missing: quote_id, doc_id, quote, kind" in result.output


def test_models_use_remembers_the_folder(tmp_path, monkeypatch):
    from quotes import nlp

    models = os.environ["STANZA_RESOURCES_DIR"]
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    result = runner.invoke(app, ["models", "use", models])
    assert result.exit_code == 0, result.output
    monkeypatch.delenv("STANZA_RESOURCES_DIR")
    assert nlp.default_models_dir() == nlp.Path(models).resolve()


def test_read_quotes_keeps_types(tmp_path):
    out = tmp_path / "q.jsonl"
    out.write_text(json.dumps({"quote_id": "a-001", "doc_id": "a", "quote": "x", "kind": "direct", "start": 3}) + "\n")
    assert next(read_quotes(out)).start == 3
