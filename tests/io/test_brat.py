"""quotes.io.brat: brat standoff files read (both layouts, discontinuous spans, bad lines, not a brat folder)."""

from __future__ import annotations

import pytest

from quotes.io.brat import is_brat_folder, parse_ann, read_folder
from tests.helpers.evaluation import write_brat


@pytest.mark.parametrize("layout", ["polnear", "plain"])
def test_reads_both_layouts(tmp_path, layout):
    write_brat(tmp_path / "b", layout)
    assert is_brat_folder(tmp_path / "b")
    docs = {d.name: d for d in read_folder(tmp_path / "b")}
    assert set(docs) == {"a1", "a2"}
    a1 = docs["a1"]
    assert [a1.text[s:e] for a in a1.attributions for s, e in a.cue] == ["said", "told", "according to"]
    sources = [" ".join(a1.text[s:e] for s, e in a.source) for a in a1.attributions]
    assert sources == ["Mayor Ann Lee", "she", "its spokesman"]
    believed = docs["a2"].attributions[-1]
    assert believed.source == () and docs["a2"].text[slice(*believed.content[0])] == "the dam will hold"


def test_discontinuous_spans_and_bad_lines():
    ann = "T1\tCue 10 17;30 32\taccused of\nT2\tContent 40 50\tx\nT3\tSource 0 5\tSmith\nT9\tCue oops\n" \
          "E1\tAttribution:T4 Cue:T1 Content:T2 Source:T3\nE2\tAttribution:T5 Cue:T9 Content:T2\nE3\tbroken"
    (rel,) = parse_ann(ann)[:1]
    assert rel.cue == ((10, 17), (30, 32)) and rel.source == ((0, 5),)
    assert len(parse_ann(ann)) == 2  # E2 keeps its content though its cue line was malformed


def test_not_a_brat_folder(tmp_path):
    (tmp_path / "x.txt").write_text("no annotations", encoding="utf-8")
    assert not is_brat_folder(tmp_path)
    assert not is_brat_folder(tmp_path / "missing")
