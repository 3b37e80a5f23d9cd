"""Build the attribution models from a brat corpus (PolNeAR train):

    python -m quotes.learn.train ../shared/polnear/data/train -o quotes/learn/models

Tokenises every article with stanza (quotes.nlp), turns each sentence into a cue-tagging
instance and each annotated attribution into a span-tagging instance, and fits the two CRFs.
About 25 minutes on two CPU cores (it built the shipped models so).
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from quotes import nlp
from quotes.extract.marks import find_marks
from quotes.extract.paragraphs import split_paragraphs
from quotes.extract.sources import find_mentions, midsentence_caps
from quotes.extract.units import Unit, build_units
from quotes.io.brat import Attribution, BratDoc, read_folder
from quotes.learn.features import cue_relative_features, token_features
from quotes.learn.tagger import CONTENT, CUE, CUE_MODEL, SOURCE, SPAN_MODEL, train_crf
from quotes.types import Sentence

Offsets = tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class TokenisedDoc:
    """An annotated article cut into the units the pipeline reads (sentences, merged where a
    quote crosses them), so that the models learn on what they will see."""

    doc: BratDoc
    sentences: tuple[Unit, ...]

    @property
    def quoted(self) -> list[list[bool]]:
        return [[not u for u in unit.usable] for unit in self.sentences]


def units_of(text: str, sentences: Sequence[Sentence]) -> tuple[Unit, ...]:
    paragraphs = split_paragraphs(text)
    marks = find_marks(text, paragraphs)
    return tuple(build_units(text, paragraphs, list(sentences), marks.by_paragraph))


def tokenise(docs: Sequence[BratDoc], models_dir=None) -> list[TokenisedDoc]:
    all_sentences = nlp.split_many([d.text for d in docs], models_dir)
    return [TokenisedDoc(doc, units_of(doc.text, sentences)) for doc, sentences in zip(docs, all_sentences, strict=True)]


def _overlaps(start: int, end: int, offsets: Offsets) -> bool:
    return any(start < e and end > s for s, e in offsets)


def bio(sentence: Sentence | Unit, parts: Sequence[tuple[str, Offsets]]) -> list[str]:
    """BIO labels; earlier parts win where parts overlap (a cue inside a content stays a cue)."""
    labels = []
    previous = None
    for tok in sentence.tokens:
        label = "O"
        for kind, offsets in parts:
            if _overlaps(tok.start, tok.end, offsets):
                label = kind
                break
        labels.append("O" if label == "O" else ("I-" if previous == label else "B-") + label)
        previous = label if label != "O" else None
    return labels


def sentence_of(sentences: Sequence[Sentence | Unit], offset: int) -> int | None:
    for i, s in enumerate(sentences):
        if s.start <= offset < s.end:
            return i
    return None


def cue_instances(tdocs: Sequence[TokenisedDoc]) -> Iterator[tuple[list[list[bytes]], list[str]]]:
    for td in tdocs:
        cues = tuple(piece for a in td.doc.attributions for piece in a.cue)
        for sentence, quoted in zip(td.sentences, td.quoted, strict=True):
            yield token_features(sentence.tokens, quoted), bio(sentence, [(CUE, cues)])


def cue_token_set(sentence: Sentence | Unit, attribution: Attribution) -> set[int]:
    return {i for i, t in enumerate(sentence.tokens) if _overlaps(t.start, t.end, attribution.cue)}


def span_instances(tdocs: Sequence[TokenisedDoc]) -> Iterator[tuple[list[list[bytes]], list[str]]]:
    for td in tdocs:
        caps = midsentence_caps(td.doc.text)
        for a in td.doc.attributions:
            if not a.cue:
                continue
            si = sentence_of(td.sentences, a.cue[0][0])
            if si is None:
                continue
            sentence = td.sentences[si]
            cue = cue_token_set(sentence, a)
            if not cue:
                continue
            base = token_features(sentence.tokens, td.quoted[si])
            mentions = find_mentions(td.doc.text, sentence.tokens, list(sentence.usable), caps)
            labels = bio(sentence, [("O", a.cue), (SOURCE, a.source), (CONTENT, a.content)])
            yield cue_relative_features(base, sentence.tokens, cue, mentions), labels


def build_models(corpus: str | Path, out: str | Path, models_dir=None, log=print) -> dict:
    """Train both CRFs on a brat corpus and write them, with a provenance record, to ``out``."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    started = time.time()
    docs = list(read_folder(corpus))
    log(f"{len(docs)} articles, {sum(len(d.attributions) for d in docs)} attributions; tokenising")
    tdocs = tokenise(docs, models_dir)
    log(f"tokenised in {time.time() - started:.0f} s; training the cue tagger")
    train_crf(cue_instances(tdocs), out / CUE_MODEL)
    log(f"cue tagger done at {time.time() - started:.0f} s; training the span tagger")
    train_crf(span_instances(tdocs), out / SPAN_MODEL)
    info = {
        "corpus": str(corpus),
        "articles": len(docs),
        "attributions": sum(len(d.attributions) for d in docs),
        "seconds": round(time.time() - started),
    }
    (out / "training.json").write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
    log(f"done in {info['seconds']} s")
    return info


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", help="brat folder (PolNeAR's data/train, or NAME.txt beside NAME.ann)")
    parser.add_argument("-o", "--out", default=str(Path(__file__).parent / "models"))
    parser.add_argument("--models", default=None, help="stanza models folder")
    args = parser.parse_args(argv)
    build_models(args.corpus, args.out, args.models)


if __name__ == "__main__":
    main()
