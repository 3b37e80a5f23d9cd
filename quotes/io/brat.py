"""Brat standoff attributions (PolNeAR and any brat export): read the .ann beside its text.

A relation ties a Cue to its Content and (usually) a Source; each part may be discontinuous
("accused … of"), so every part is a tuple of (start, end) character offsets into the text.
Malformed lines are skipped, never fatal: one bad line must not lose an article's other
relations.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

Offsets = tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class Attribution:
    """One annotated attribution relation."""

    id: str
    cue: Offsets  # empty where the annotator marked no cue
    content: Offsets
    source: Offsets = ()  # empty: an attribution with no source ("it is believed that …")

    @property
    def start(self) -> int:
        return min(s for s, _ in self.cue + self.content + self.source)


@dataclass(frozen=True)
class BratDoc:
    name: str
    text: str
    attributions: tuple[Attribution, ...]
    annotator: str = ""


def _offsets(field: str) -> Offsets:
    pairs = []
    for piece in field.split(";"):
        start, end = piece.split()
        pairs.append((int(start), int(end)))
    return tuple(pairs)


def parse_ann(ann: str) -> tuple[Attribution, ...]:
    """The attribution relations of one .ann file's text."""
    spans: dict[str, tuple[str, Offsets]] = {}
    events: list[tuple[str, dict[str, str]]] = []
    for line in ann.splitlines():
        fields = line.split("\t")
        if len(fields) < 2:
            continue
        if line.startswith("T"):
            kind, _, where = fields[1].partition(" ")
            try:
                spans[fields[0]] = (kind, _offsets(where))
            except ValueError:
                continue
        elif line.startswith("E"):
            try:
                roles = dict(part.split(":", 1) for part in fields[1].split())
            except ValueError:
                continue
            events.append((fields[0], roles))
    found = []
    for eid, roles in events:
        parts = {role: spans[tid][1] for role, tid in roles.items() if tid in spans}
        if "Content" not in parts:
            continue
        found.append(Attribution(eid, parts.get("Cue", ()), parts["Content"], parts.get("Source", ())))
    return tuple(sorted(found, key=lambda a: a.start))


def _pairs(folder: Path) -> Iterator[tuple[str, Path, Path, str]]:
    """(name, text path, ann path, annotator) in either layout: PolNeAR's text/ + attributions/
    NAME_ANNOTATOR.ann, or plain brat NAME.txt beside NAME.ann."""
    if (folder / "attributions").is_dir() and (folder / "text").is_dir():
        for ann in sorted((folder / "attributions").glob("*.ann")):
            name, _, annotator = ann.stem.rpartition("_")
            if (folder / "text" / f"{name}.txt").exists():
                yield name, folder / "text" / f"{name}.txt", ann, annotator
            elif (folder / "text" / f"{ann.stem}.txt").exists():
                yield ann.stem, folder / "text" / f"{ann.stem}.txt", ann, ""
        return
    for ann in sorted(folder.glob("*.ann")):
        text = ann.with_suffix(".txt")
        if text.exists():
            yield ann.stem, text, ann, ""


def read_folder(folder: str | os.PathLike, *, one_per_article: bool = True) -> Iterator[BratDoc]:
    """Every annotated article of a brat folder. PolNeAR annotated a few articles twice: by default
    the first annotator's file (in name order) is kept, as the reference scorer does."""
    seen: set[str] = set()
    for name, text_path, ann_path, annotator in _pairs(Path(folder)):
        if one_per_article and name in seen:
            continue
        seen.add(name)
        text = text_path.read_text(encoding="utf-8")
        ann = ann_path.read_text(encoding="utf-8")
        yield BratDoc(name, text, parse_ann(ann), annotator)


def is_brat_folder(folder: str | os.PathLike) -> bool:
    folder = Path(folder)
    return folder.is_dir() and (
        (folder / "attributions").is_dir() or any(folder.glob("*.ann"))
    )
