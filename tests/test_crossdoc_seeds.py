"""The issue's done-when conditions on the five seed articles, through the real extractor and `quotes extract`."""

from __future__ import annotations

import csv
from collections import defaultdict

import pytest
from typer.testing import CliRunner

from quotes.cli import app
from quotes.crossdoc.textnorm import fold_quote
from quotes.naming import PRONOUNS

pytestmark = pytest.mark.slow
runner = CliRunner()


def read(path):
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def unguarded(text: str) -> str:
    return text[1:] if text[:2] in ("'=", "'+", "'-", "'@") else text


@pytest.fixture(scope="module")
def linked(seed_paths, tmp_path_factory):
    out = tmp_path_factory.mktemp("seeds") / "quotes.csv"
    result = runner.invoke(app, ["extract", *map(str, seed_paths), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "linked:" in result.output
    return out.parent


def test_every_speaker_has_one_id_across_the_five_articles(linked):
    rows = read(linked / "quotes.csv")
    ids_by_name = defaultdict(set)
    for row in rows:
        if row["speaker"] and not (row["speaker_type"] == "unknown" and row["speaker"].lower() in PRONOUNS):
            ids_by_name[row["speaker"]].add(row["speaker_id"])
        else:
            assert row["speaker_id"] == ""  # no speaker, or an unresolved pronoun: no identity
    assert all(len(ids) == 1 and "" not in ids for ids in ids_by_name.values()), ids_by_name
    speakers = {r["speaker_id"]: r for r in read(linked / "quotes.speakers.csv")}
    assert {i for ids in ids_by_name.values() for i in ids} <= set(speakers)
    putin = speakers["vladimir-putin"]
    assert int(putin["articles"]) >= 3 and "Vladimir V. Putin" in putin["aliases"]
    # 004 quotes the two leaders together: the pair resolves to the same two people as everywhere else
    groups = {s["name"]: set(s["members"].split("; ")) for s in speakers.values() if s["members"]}
    pair = next(members for name, members in groups.items() if name.startswith("Xi Jinping and"))
    assert pair == {"xi-jinping", "vladimir-putin"}
    # "according to Nye and Radchenko": a joint source, resolved to the two experts quoted elsewhere
    assert groups.get("Joseph Nye Jr. and Sergey Radchenko") == {"joseph-nye-jr", "sergey-radchenko"}
    assert {"Nye"} <= set(speakers["joseph-nye-jr"]["aliases"].split("; "))


def test_only_001_is_a_copy_of_000(linked):
    related = [(r["doc_id"][:3], r["duplicate_of"][:3], r["relation"]) for r in read(linked / "quotes.articles.csv") if r["relation"]]
    assert related == [("001", "000", "reworded copy")]


def test_every_changed_quote_of_001_is_flagged_and_no_identical_one(linked):
    rows = read(linked / "quotes.csv")
    originals = {fold_quote(unguarded(r["quote"])) for r in rows if r["doc_id"].startswith("000")}
    by_id = {r["quote_id"]: r for r in rows}
    checked = [r for r in rows if r["doc_id"].startswith("001") and r["kind"] in ("direct", "partial")]
    assert len(checked) >= 15
    for row in checked:
        words_in_000 = fold_quote(unguarded(row["quote"])) in originals
        if words_in_000:
            assert row["integrity"] != "altered wording", row
        else:
            assert row["integrity"] == "altered wording", row
            assert by_id[row["variant_of"]]["doc_id"].startswith("000")
    assert sum(r["integrity"] == "altered wording" for r in checked) >= 15
    variants = read(linked / "quotes.quote_variants.csv")
    assert any(v["diff"].startswith("“They’ll complain” → “They’re going to complain”") for v in variants)
    assert {v["variant_doc_id"][:3] for v in variants} == {"001"}


def test_affiliation_conflicts_are_listed(linked):
    speakers = {r["speaker_id"]: r for r in read(linked / "quotes.speakers.csv")}
    conflicts = speakers["joseph-nye-jr"]["conflicts"]
    assert "Harvard Kennedy School" in conflicts and "Harvard Kennedy Faculty" in conflicts
    assert "Johns Hopkins Faculty of Superior Worldwide Research" in speakers["sergey-radchenko"]["conflicts"]


def test_linking_again_standalone_gives_the_same_files(linked, seed_paths, tmp_path):
    result = runner.invoke(app, ["link", *map(str, seed_paths), "--quotes", str(linked / "quotes.csv"), "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    for name in ("quotes.csv", "quotes.speakers.csv", "quotes.articles.csv", "quotes.quote_variants.csv"):
        assert (tmp_path / name).read_bytes() == (linked / name).read_bytes(), name


def test_no_link_leaves_the_columns_empty_and_writes_nothing_else(seed_paths, tmp_path):
    out = tmp_path / "q.csv"
    result = runner.invoke(app, ["extract", str(seed_paths[4]), "-o", str(out), "--no-link"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["q.csv"]
    rows = read(out)
    assert rows and all(r["speaker_id"] == r["variant_of"] == r["integrity"] == "" for r in rows)


def test_without_the_copy_alignment_meaning_still_pairs_001_with_000(linked):
    """Were 001 not recognised as a copy, one speaker's reworded quotes would still meet their originals."""
    from quotes.crossdoc.integrity import CheckedQuote, match_quotes
    from quotes.crossdoc.link import sentence_embedder

    rows = [r for r in read(linked / "quotes.csv") if r["doc_id"][:3] in ("000", "001")]
    records = [
        CheckedQuote(r["quote_id"], r["doc_id"], int(r["doc_id"][:3]), r["kind"], unguarded(r["quote"]),
                    int(r["start"]), int(r["end"]), r["speaker_id"], r["speaker"])
        for r in rows
    ]  # fmt: skip
    speaker = {r["quote_id"]: r["speaker_id"] for r in rows}
    # the 001 quotes the copy alignment paired with a 000 quote of the same speaker
    aligned = {r["quote_id"] for r in rows if r["doc_id"].startswith("001") and r["variant_of"]
               and speaker[r["variant_of"]] == r["speaker_id"]}  # fmt: skip
    by_wording = {v.variant.quote_id for v in match_quotes(records)}
    by_meaning = {v.variant.quote_id: v for v in match_quotes(records, embed=sentence_embedder())}
    assert len(aligned) >= 15
    assert len(by_wording & aligned) < len(aligned)  # wording alone misses some rewordings
    assert aligned <= set(by_meaning)  # meaning finds every one
    assert set(by_meaning) <= aligned  # and pairs nothing the alignment would not
    assert all(by_meaning[q].original.doc_id.startswith("000") for q in aligned)
