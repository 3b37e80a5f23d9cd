"""Frozen records passed between the stages of the pipeline.

Offsets are always 0-based character offsets into the article text as
decoded, end exclusive, so ``text[span.start:span.end] == span.text``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum


class QuoteKind(StrEnum):
    DIRECT = "direct"  # a full utterance in quote marks
    PARTIAL = "partial"  # a fragment in marks inside the writer's sentence
    SCARE = "scare"  # a term in marks that is nobody's utterance here
    INDIRECT = "indirect"  # reported speech without marks


class SpeakerType(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"
    GROUP = "group"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str

    def __post_init__(self) -> None:
        if self.end - self.start != len(self.text):
            raise ValueError(f"span {self.start}:{self.end} does not match its text {self.text!r}")

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        return cls(start, end, text[start:end])


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    tokens: tuple[Token, ...]


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int
    text: str
    boilerplate: str | None = None  # why the paragraph is page furniture, if it is


@dataclass(frozen=True)
class MarkedSpan:
    """Text between a pair of quote marks (or an unclosed mark and the paragraph end)."""

    content: Span
    open_mark: str
    close_mark: str  # "" when the paragraph ended before a closing mark
    depth: int = 0  # 0 for outer quotes, 1 for a quote nested inside another


@dataclass(frozen=True)
class Cue:
    """The reporting expression: "said", "told VOA", "quoted ... as saying"."""

    text: str  # normalised cue, e.g. "said", "told", "quoted as saying"
    lemma: str
    span: Span
    medium: str | None = None


@dataclass(frozen=True)
class Speaker:
    name: str  # canonical name ("Joseph Nye Jr.", "Eurasia Group", "experts")
    type: SpeakerType
    mention: Span | None  # the mention that attributes the quote in its sentence
    role: str | None = None
    affiliation: str | None = None


class MentionKind(StrEnum):
    """What a mention names; coref turns each kind into a speaker its own way."""

    PERSON = "person"
    ORGANISATION = "organisation"
    GROUP = "group"  # "analysts", "experts"
    PLACE = "place"  # a country or capital speaking ("Beijing said")
    PRONOUN = "pronoun"
    PLURAL = "plural"  # "the two leaders": the last pair named together


@dataclass(frozen=True)
class Mention:
    """A possible source: a person, organisation, group, place or pronoun."""

    kind: MentionKind
    span: Span  # the words that name it (without title or appositive)
    name: str  # the name as written, honorifics removed
    first: int  # index of its first token in the sentence
    last: int  # index of its last token
    role: str | None = None
    affiliation: str | None = None
    honorific: str | None = None
    extent_end: int | None = None  # last token index including an appositive
    extent_start: int | None = None  # first token index including a title before the name
    anonymous: bool = False  # "a senior official": a person the article does not name

    @property
    def tokens(self) -> list[str]:
        return self.name.split()


@dataclass(frozen=True)
class Unit:
    """One attribution unit: a sentence, or the sentences a marked span crosses (extract/units.py)."""

    index: int  # position in the article, counting units
    paragraph: int  # index into the article's paragraphs
    start: int
    end: int
    tokens: tuple[Token, ...]
    usable: tuple[bool, ...]  # False for tokens inside quote marks
    quotes: tuple[MarkedSpan, ...]  # outermost marked spans starting in this unit
    text: str = ""  # the article text from start to end

    def text_before(self, span: MarkedSpan) -> str:
        """Unit text before the span's opening mark."""
        return self.text[: max(0, span.content.start - len(span.open_mark) - self.start)]

    def text_after(self, span: MarkedSpan) -> str:
        return self.text[span.content.end + len(span.close_mark) - self.start :]

    def token_after(self, offset: int) -> int | None:
        """Index of the first token starting at or after a character offset."""
        return next((i for i, t in enumerate(self.tokens) if t.start >= offset), None)

    def token_before(self, offset: int) -> int | None:
        """Index of the last token ending at or before a character offset."""
        return next((i for i in range(len(self.tokens) - 1, -1, -1) if self.tokens[i].end <= offset), None)


@dataclass(frozen=True)
class Quote:
    """One utterance: one cue, a list of content spans, a list of sources (citron's model)."""

    id: str
    doc_id: str
    kind: QuoteKind
    spans: tuple[Span, ...]
    sentence: Span
    cue: Cue | None = None
    speakers: tuple[Speaker, ...] = ()
    confidence: float = 0.0
    group_id: str = ""  # shared by the pieces of one split or multi-paragraph utterance
    notes: tuple[str, ...] = field(default=())

    @property
    def speaker(self) -> Speaker | None:
        return self.speakers[0] if self.speakers else None

    @property
    def text(self) -> str:
        return " … ".join(s.text for s in self.spans)


@dataclass(frozen=True)
class ArticleMeta:
    """What the source says about the article: a web page's metadata, an export's columns."""

    title: str | None = None
    date: str | None = None
    outlet: str | None = None
    url: str | None = None

    def as_dict(self) -> dict[str, str | None]:
        return asdict(self)


@dataclass(frozen=True)
class ArticleResult:
    """What extraction made of one input: its quotes, or why it was skipped."""

    doc_id: str
    path: str | None
    quotes: tuple[Quote, ...] = ()
    warnings: tuple[str, ...] = ()
    error: str | None = None
    meta: ArticleMeta = field(default_factory=ArticleMeta)  # title, date, outlet, url where the source gives them
    dropped: tuple[str, ...] = ()  # paragraphs taken for page furniture, one line each (never silently)

    @property
    def ok(self) -> bool:
        return self.error is None
