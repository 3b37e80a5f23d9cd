"""quotes.learn.train: training the attribution taggers on a tiny brat corpus made here."""

from __future__ import annotations

import json
from pathlib import Path

from quotes.extract.document import read_document
from quotes.learn.tagger import AttributionTagger
from quotes.learn.train import build_models

PEOPLE = ["Ann Lee", "Tom Reyes", "Maria Lopez", "Omar Haddad", "Lena Holm", "Jorge Falcon", "Sara Kim", "Paul Grant"]


VERBS = ["said", "argued", "warned", "insisted"]


CLAIMS = ["the budget was balanced", "the river would flood", "taxes would rise", "the plan had failed"]


def _corpus(folder: Path) -> None:
    (folder / "text").mkdir(parents=True)
    (folder / "attributions").mkdir()
    for n in range(12):
        person, verb, claim = PEOPLE[n % 8], VERBS[n % 4], CLAIMS[(n + 1) % 4]
        first = f"{person} {verb} that {claim}."
        second = f"The weather was mild on the day of the vote in district {n}."
        text = f"{first}\n\n{second}\n"
        cue_start = len(person) + 1
        content_start = cue_start + len(verb) + len(" that ")
        ann = (f"T1\tSource 0 {len(person)}\t{person}\n"
               f"T2\tCue {cue_start} {cue_start + len(verb)}\t{verb}\n"
               f"T3\tContent {content_start} {content_start + len(claim)}\t{claim}\n"
               f"T4\tAttribution {cue_start} {cue_start + len(verb)}\t{verb}\n"
               "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n")
        (folder / "text" / f"d{n}.txt").write_text(text, encoding="utf-8")
        (folder / "attributions" / f"d{n}_x.ann").write_text(ann, encoding="utf-8")


def test_trains_on_a_tiny_corpus_and_finds_attributions(tmp_path):
    _corpus(tmp_path / "corpus")
    info = build_models(tmp_path / "corpus", tmp_path / "models", log=lambda *_: None)
    assert info["articles"] == 12 and info["attributions"] == 12
    assert json.loads((tmp_path / "models" / "training.json").read_text())["articles"] == 12
    tagger = AttributionTagger.load(tmp_path / "models")
    text = "Nadia Brook argued that the bridge was unsafe.\n\nThe weather was mild on the day.\n"
    doc = read_document(text, "t", tagger=tagger)
    found = tagger.find(text, doc.units, doc.mentions)
    assert [f.cue[0].text for f in found] == ["argued"]
    assert found[0].source.text == "Nadia Brook"
    assert [c.text for c in found[0].content] == ["the bridge was unsafe"]
