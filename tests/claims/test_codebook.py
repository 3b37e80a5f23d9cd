"""Claim codebooks: the shipped seed codebook, clear errors (file, line, key) for bad files, writing."""

from __future__ import annotations

import pytest

from quotes.claims.codebook import (
    Claim,
    Codebook,
    CodebookError,
    Settings,
    dump_codebook,
    load_codebook,
    parse_codebook,
)
from tests.helpers.claims import GOOD, SEED_CODEBOOK


def test_seed_codebook_has_the_claims_of_the_issue():
    book = load_codebook(SEED_CODEBOOK)
    ids = [c.id for c in book.claims]
    assert {"has-limits", "russia-junior", "alliance", "china-balancing"} <= set(ids)
    assert "no limits" in book.topic
    for claim in book.claims:
        assert claim.statement and claim.label and claim.supports and claim.disputes, claim.id


def test_parse_good_codebook_with_defaults():
    book = parse_codebook(GOOD, "dam.toml")
    assert [c.id for c in book.claims] == ["dam-safe", "cost-overrun"]
    assert book.settings.margin == 0.05 and book.settings.match == Settings().match
    assert book.claim("cost-overrun").title == "cost-overrun"  # label defaults to the id
    assert book.claim("cost-overrun").supports == ()


@pytest.mark.parametrize(
    ("text", "line", "key", "says"),
    [
        (GOOD.replace('supports = ["The dam', 'support = ["The dam'), 11, "claims[1].support", "did you mean 'supports'"),
        (GOOD.replace('id = "cost-overrun"', 'id = "dam-safe"'), 15, "claims[2].id", "duplicate claim id"),
        (GOOD.replace('statement = "The repairs cost far more than planned."\n', ""), 14, "claims[2].statement", "missing"),
        (GOOD.replace('keywords = ["safe"]', 'keywords = ["safe", 3]'), 10, "claims[1].keywords", "list of non-empty strings"),
        (GOOD.replace("margin = 0.05", 'margin = "wide"'), 4, "settings.margin", "number between"),
        (GOOD.replace('id = "cost-overrun"', 'id = "cost overrun"'), 15, "claims[2].id", "letters, digits"),
        (GOOD.replace("[settings]", "[setting]"), 3, "setting", "did you mean 'settings'"),
        (GOOD.replace('topic = "the dam\'s safety"\n', ""), None, "topic", "missing"),
        (GOOD.replace('label = "Dam is safe"', "label = Dam is safe"), 8, "", "not valid TOML"),
        ('topic = "t"\n', None, "claims", "at least one [[claims]]"),
    ],
)
def test_bad_codebook_names_line_and_key(text, line, key, says):
    with pytest.raises(CodebookError) as caught:
        parse_codebook(text, "dam.toml")
    message = str(caught.value)
    assert message.startswith("dam.toml")
    assert says in message
    assert caught.value.line == line, message
    if line is not None:
        assert f"line {line}" in message
    if key:
        assert key in message and caught.value.key == key


def test_unreadable_codebook(tmp_path):
    with pytest.raises(CodebookError, match="cannot read"):
        load_codebook(tmp_path / "missing.toml")


def test_dump_reads_back_to_the_same_codebook():
    awkward = 'He said "no" \\ then\nleft\ttab — ünïcödé \x7f and = + - @'
    book = Codebook(
        topic=awkward,
        topic_keywords=("a", "b"),
        settings=Settings(margin=0.1, max_claims=1),
        claims=(
            Claim(id="x-1", statement=awkward, label="X", keywords=("k",), supports=(awkward, "s"), disputes=("d",)),
            Claim(id="y", statement="y", label="y"),
        ),
        source="draft.toml",
    )
    text = dump_codebook(book, header="a draft\nsecond line")
    assert text.startswith("# a draft\n# second line\n")
    assert parse_codebook(text, "draft.toml") == book
