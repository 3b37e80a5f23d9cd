"""quotes.crossdoc.link on a constructed pile: annotated quotes and the three spreadsheets."""

from __future__ import annotations

from quotes.crossdoc.link import (
    ARTICLE_COLUMNS,
    SPEAKER_COLUMNS,
    VARIANT_COLUMNS,
    link_files,
    signatures_from_paths,
)
from quotes.io.export import COLUMNS, write_jsonl
from quotes.io.records import read_quotes
from tests.helpers.crossdoc import FORMULA, QUOTE, SPUN, by_id, read


def test_link_files_writes_three_spreadsheets_and_annotates_the_quotes(link_pile):
    quotes, sources, _ = link_pile
    summary = link_files(quotes, signatures_from_paths(sources))
    out = quotes.parent
    assert summary.relations == {"reworded copy": 1}
    assert summary.verdicts == {"altered wording": 1, "identical": 3}

    rows = by_id(read(out / "quotes.csv"))
    assert list(rows["a-001"]) == list(COLUMNS) and COLUMNS[18:21] == ("speaker_id", "variant_of", "integrity")
    assert {rows[q]["speaker_id"] for q in ("a-002", "b-002", "c-001")} == {"joseph-nye-jr"}
    assert (rows["b-001"]["variant_of"], rows["b-001"]["integrity"]) == ("a-001", "altered wording")
    assert (rows["b-002"]["variant_of"], rows["b-002"]["integrity"]) == ("a-002", "identical")
    assert (rows["c-001"]["variant_of"], rows["c-001"]["integrity"]) == ("a-002", "identical")  # a partial of it
    assert rows["a-001"]["integrity"] == "original" and rows["a-001"]["variant_of"] == ""
    assert rows["a-004"]["integrity"] == ""  # reported speech is the writer's words: not checked
    assert rows["a-003"]["quote"] == "'" + FORMULA  # still formula-safe after the rewrite
    assert [r.quote for r in read_quotes(out / "quotes.csv")][2] == FORMULA

    articles = {r["doc_id"]: r for r in read(out / "quotes.articles.csv")}
    assert list(articles["a.txt"]) == list(ARTICLE_COLUMNS)
    assert (articles["b.txt"]["duplicate_of"], articles["b.txt"]["relation"]) == ("a.txt", "reworded copy")
    assert articles["a.txt"]["copies"] == "b.txt" and articles["c.txt"]["relation"] == ""
    assert articles["a.txt"]["title"].startswith("Russian President Vladimir Putin")

    speakers = {r["speaker_id"]: r for r in read(out / "quotes.speakers.csv")}
    assert list(speakers["joseph-nye-jr"]) == list(SPEAKER_COLUMNS)
    nye = speakers["joseph-nye-jr"]
    assert (nye["quotes"], nye["articles"]) == ("5", "3")
    assert "Harvard Kennedy School [a.txt] vs Harvard Kennedy Faculty [b.txt]" in nye["conflicts"]
    assert "Johns Hopkins Faculty of Superior Worldwide Research" in speakers["sergey-radchenko"]["conflicts"]

    [altered] = [r for r in read(out / "quotes.quote_variants.csv") if r["verdict"] == "altered wording"]
    assert list(altered) == list(VARIANT_COLUMNS)
    assert altered["diff"].startswith("“They’ll complain” → “They’re going to complain”")
    assert (altered["original_doc_id"], altered["variant_doc_id"], altered["found_by"]) == ("a.txt", "b.txt", "aligned copy")
    assert (altered["original_quote"], altered["variant_quote"]) == (QUOTE, SPUN)


def test_jsonl_quotes_are_linked_in_their_own_format(link_pile, tmp_path):
    quotes, sources, _ = link_pile
    jsonl = tmp_path / "q.jsonl"
    write_jsonl((r.as_dict() for r in read_quotes(quotes)), jsonl)
    link_files(jsonl, signatures_from_paths(sources), out_dir=tmp_path / "linked")
    rows = {r.quote_id: r.as_dict() for r in read_quotes(jsonl)}
    assert rows["b-001"]["integrity"] == "altered wording" and rows["a-003"]["quote"] == FORMULA
    assert (tmp_path / "linked" / "q.speakers.csv").exists()


def test_an_article_that_cannot_be_read_again_is_left_out_with_a_warning(link_pile):
    quotes, sources, _ = link_pile
    warnings = []
    sigs = list(signatures_from_paths([*sources[:1], ("stdin", None), ("gone.txt", "/nonexistent/gone.txt")], warn=warnings.append))
    assert [s.doc_id for s in sigs] == ["a.txt"]
    assert len(warnings) == 2 and "stdin: text not kept" in warnings[0]
