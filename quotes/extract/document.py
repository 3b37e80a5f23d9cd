"""One article read once: the frozen document every attribution stage takes.

``read_document`` runs the stages that only look at the text (paragraphs, quote marks, units,
mentions, cues, the learned tagger) once per article and freezes what they found into an
``ArticleDoc``; the stages that decide who said what (``pipeline``, ``layout``, ``learned``,
``carry``, ``reported``) read it and never recompute any of it.
"""

from __future__ import annotations

import bisect
import os
import re
from dataclasses import dataclass
from functools import cached_property

from quotes import nlp
from quotes.extract.article_names import recheck_mentions
from quotes.extract.cues import CueMatch, find_cues, names_a_thing
from quotes.extract.marks import Marks, find_marks
from quotes.extract.paragraphs import is_heading, split_paragraphs
from quotes.extract.settings import DEFAULT_SETTINGS, ExtractSettings
from quotes.extract.sources import find_mentions, midsentence_caps
from quotes.extract.units import build_units
from quotes.learn.tagger import AttributionTagger, FoundAttribution, default_tagger
from quotes.types import Mention, Paragraph, Sentence, Unit


@dataclass(frozen=True)
class ArticleDoc:
    """What the text-reading stages found in one article; per-unit tuples are indexed by ``Unit.index``."""

    text: str
    doc_id: str
    paragraphs: tuple[Paragraph, ...]
    marks: Marks
    units: tuple[Unit, ...]
    mentions: tuple[tuple[Mention, ...], ...]  # the rules' possible sources, per unit
    cues: tuple[tuple[CueMatch, ...], ...]  # the rules' reporting cues, per unit
    learned: tuple[tuple[FoundAttribution, ...], ...]  # the tagger's attributions, per unit (empty when off)
    unit_paragraphs: tuple[int, ...]  # each unit's paragraph, for finding a paragraph's units by bisection

    def is_heading(self, unit: Unit) -> bool:
        return self._headings[unit.paragraph]

    @cached_property
    def _headings(self) -> tuple[bool, ...]:
        """Each paragraph's is_heading, worked out once: it is asked three times per sentence."""
        return tuple(is_heading(p) for p in self.paragraphs)

    def paragraph_units(self, paragraph: int) -> list[Unit]:
        """The units of one paragraph (units are in paragraph order)."""
        first = bisect.bisect_left(self.unit_paragraphs, paragraph)
        return list(self.units[first:bisect.bisect_right(self.unit_paragraphs, paragraph)])

    @property
    def warnings(self) -> tuple[str, ...]:
        return self.marks.warnings


_NOT_SPACE = re.compile(r"\S")
# "Let's hope this is the start of …": the writer urging the reader, whom the tagger takes for a source
EXHORTATIONS = frozenset({"let's", "let us"})


def masked_text(text: str, paragraphs: list[Paragraph] | tuple[Paragraph, ...]) -> str:
    """The text with boilerplate blanked out, so stanza skips it and offsets stay put."""
    pieces, done = [], 0  # slices, not a list of characters: a 30 MB text would take 240 MB
    for para in paragraphs:
        if para.boilerplate:
            pieces.append(text[done:para.start])
            pieces.append(_NOT_SPACE.sub(" ", text[para.start:para.end]))
            done = para.end
    pieces.append(text[done:])
    return "".join(pieces)


def read_document(
    text: str,
    doc_id: str = "article",
    *,
    sentences: list[Sentence] | None = None,
    paragraphs: list[Paragraph] | None = None,
    models_dir: str | os.PathLike | None = None,
    tagger: AttributionTagger | None = None,
    settings: ExtractSettings = DEFAULT_SETTINGS,
) -> ArticleDoc:
    """Read one article once. ``sentences`` and ``paragraphs`` when the caller has them already
    (api.extract_batch splits a batch in one stanza call); else stanza runs here on the masked text.
    ``tagger``: the learned stage's models (by default the shipped ones, unless settings turn it off)."""
    paragraphs = split_paragraphs(text) if paragraphs is None else paragraphs
    marks = find_marks(text, paragraphs)
    if sentences is None:
        sentences = nlp.split_sentences(masked_text(text, paragraphs), models_dir)
    units = tuple(build_units(text, paragraphs, sentences, marks.by_paragraph))
    caps = midsentence_caps(text)
    mentions = tuple(tuple(find_mentions(text, u.tokens, list(u.usable), caps)) for u in units)
    mentions = recheck_mentions(text, units, mentions)  # what the whole article shows each name to be
    cues = tuple(tuple(find_cues(u.tokens, list(u.usable), list(m))) for u, m in zip(units, mentions, strict=True))
    learned: list[list[FoundAttribution]] = [[] for _ in units]
    tagger = tagger or (default_tagger() if settings.learned_stage else None)
    for found in tagger.find(text, units, mentions) if tagger else ():
        if (found.source is None or found.source.text.lower().replace("’", "'") not in EXHORTATIONS) \
                and not _naming_cue(units[found.sentence], found):
            learned[found.sentence].append(found)
    return ArticleDoc(text, doc_id, tuple(paragraphs), marks, units, mentions, cues, tuple(map(tuple, learned)),
                      tuple(u.paragraph for u in units))


def _naming_cue(unit: Unit, found: FoundAttribution) -> bool:
    """The model's cue is a participle of naming ("A Windows virus called Bofra is …"), which the rules' cue
    finder reads as no cue (``cues.names_a_thing``): the model's reading of it is no attribution either."""
    return len(found.cue_tokens) == 1 and names_a_thing(unit.tokens, unit.usable, found.cue_tokens[0])
