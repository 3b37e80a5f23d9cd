"""Claim codebooks: the TOML file a fact-checker reads, edits and hands to `quotes claims table`.

    topic = "the China–Russia 'no limits' partnership"
    topic_keywords = ["no limits", "partnership"]      # optional

    [settings]                                         # optional, defaults below
    relevance = 0.22
    match = 0.30

    [[claims]]
    id = "has-limits"
    label = "Has limits"
    statement = "The partnership has real limits."
    keywords = ["limits"]                              # optional
    supports = ["There are limits to the relationship."]
    disputes = ["The partnership truly has no limits."]

A bad file raises `CodebookError` naming the file, the line and the key, because the person
fixing it is looking at the file in an editor, not at a Python traceback.
"""

from __future__ import annotations

import difflib
import json
import re
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path

CLAIM_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
TOML_HEADER = re.compile(r"^\s*(\[\[?)\s*([A-Za-z0-9_.-]+)\s*\]\]?")
TOML_KEY = re.compile(r"^\s*([A-Za-z0-9_-]+)\s*=")


class CodebookError(ValueError):
    """A codebook that cannot be used; the message names the file, line and key."""

    def __init__(self, message: str, source: str = "", line: int | None = None, key: str = ""):
        self.source, self.line, self.key = source, line, key
        where = source or "codebook"
        if line is not None:
            where += f", line {line}"
        super().__init__(f"{where}: {key + ': ' if key else ''}{message}")


@dataclass(frozen=True)
class Settings:
    """Thresholds of the assignment; see assign.py for what each one gates."""

    relevance: float = 0.22  # min similarity to the topic (or a claim) for a quote to be on-topic
    # min similarity to a claim's statement or examples (with the keyword bonus) for an utterance that
    # gives evidence of its own for the claim (one of its keywords, or a denial or dismissal)
    # (0.22: tuned on the email-decision check, confirmed on rigged and the seeds; README, round 4)
    match: float = 0.22
    # min similarity for an utterance with no such evidence: the embeddings alone must be sure
    unanchored: float = 0.48
    spread: float = 0.04  # a second claim is kept only if it scores within this of the best one
    margin: float = 0.04  # supports/disputes need the nearer side to win by this much, else "mentions"
    max_claims: int = 2  # most claims one utterance is assigned to


@dataclass(frozen=True)
class Claim:
    id: str
    statement: str
    label: str = ""
    keywords: tuple[str, ...] = ()
    supports: tuple[str, ...] = ()
    disputes: tuple[str, ...] = ()

    @property
    def title(self) -> str:
        return self.label or self.id


@dataclass(frozen=True)
class Codebook:
    topic: str
    claims: tuple[Claim, ...]
    topic_keywords: tuple[str, ...] = ()
    settings: Settings = field(default_factory=Settings)
    source: str = ""

    def claim(self, claim_id: str) -> Claim:
        for claim in self.claims:
            if claim.id == claim_id:
                return claim
        raise KeyError(claim_id)


CLAIM_KEYS = {f.name for f in fields(Claim)}
TOP_KEYS = {"topic", "topic_keywords", "settings", "claims"}
SETTING_KEYS = {f.name for f in fields(Settings)}


class _Locator:
    """Finds the line of a key in the TOML text, since tomllib does not report positions."""

    def __init__(self, text: str):
        self.lines = text.splitlines()

    def line(self, table: str = "", index: int | None = None, key: str = "") -> int | None:
        seen, current, header_line = -1, "", None
        for number, raw in enumerate(self.lines, start=1):
            header = TOML_HEADER.match(raw)
            if header:
                current = header.group(2)
                if not table and current == key:  # a top-level key written as a table: [setting]
                    return number
                if current == table:
                    seen += 1 if header.group(1) == "[[" else 0
                    if index is None or seen == index:
                        header_line = number
                continue
            in_place = current == table and (index is None or seen == index)
            keyed = TOML_KEY.match(raw)
            if in_place and keyed and keyed.group(1) == key:
                return number
            if not table and not current and keyed and keyed.group(1) == key:
                return number
        if table and header_line is None:  # inline form: claims = [{...}]
            return self.line("", None, table) if key else None
        return header_line


def _suggest(key: str, allowed: set[str]) -> str:
    close = difflib.get_close_matches(key, sorted(allowed), n=1)
    return f" (did you mean {close[0]!r}?)" if close else f" (allowed: {', '.join(sorted(allowed))})"


class _Parser:
    def __init__(self, text: str, source: str):
        self.source = source
        self.where = _Locator(text)

    def fail(self, message: str, key: str, table: str = "", index: int | None = None, name: str = "") -> None:
        line = self.where.line(table, index, name or key.rsplit(".", 1)[-1])
        raise CodebookError(message, self.source, line, key)

    def text(self, value, key: str, table="", index=None, required=True) -> str:
        if value is None:
            if required:
                self.fail("missing (a non-empty string is required)", key, table, index, name="\0")
            return ""
        if not isinstance(value, str) or not value.strip():
            self.fail(f"must be a non-empty string, not {value!r}", key, table, index)
        return value.strip()

    def texts(self, value, key: str, table="", index=None) -> tuple[str, ...]:
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            self.fail("must be a list of non-empty strings", key, table, index)
        return tuple(v.strip() for v in value)

    def unknown(self, data: dict, allowed: set[str], key_prefix: str, table="", index=None) -> None:
        for key in data:
            if key not in allowed:
                self.fail(f"unknown key{_suggest(key, allowed)}", f"{key_prefix}{key}", table, index, name=key)

    def settings(self, data) -> Settings:
        if data is None:
            return Settings()
        if not isinstance(data, dict):
            self.fail("must be a table: [settings]", "settings", name="settings")
        self.unknown(data, SETTING_KEYS, "settings.", "settings")
        values = {}
        for name, value in data.items():
            if name == "max_claims":
                if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                    self.fail(f"must be a whole number of at least 1, not {value!r}", f"settings.{name}", "settings")
            elif not isinstance(value, int | float) or isinstance(value, bool) or not -1.0 <= value <= 1.0:
                self.fail(f"must be a number between -1 and 1, not {value!r}", f"settings.{name}", "settings")
            values[name] = value
        return Settings(**values)

    def claim(self, data, index: int, seen: set[str]) -> Claim:
        prefix = f"claims[{index + 1}]"
        if not isinstance(data, dict):
            self.fail("each claim must be a table ([[claims]])", prefix, "claims", index, name="claims")
        self.unknown(data, CLAIM_KEYS, f"{prefix}.", "claims", index)
        claim_id = self.text(data.get("id"), f"{prefix}.id", "claims", index)
        if not CLAIM_ID.match(claim_id):
            self.fail("use letters, digits, '-', '_' or '.', starting with a letter or digit", f"{prefix}.id", "claims", index)
        if claim_id in seen:
            self.fail(f"duplicate claim id {claim_id!r}", f"{prefix}.id", "claims", index)
        seen.add(claim_id)
        return Claim(
            id=claim_id,
            statement=self.text(data.get("statement"), f"{prefix}.statement", "claims", index),
            label=self.text(data.get("label"), f"{prefix}.label", "claims", index, required=False) or claim_id,
            keywords=self.texts(data.get("keywords"), f"{prefix}.keywords", "claims", index),
            supports=self.texts(data.get("supports"), f"{prefix}.supports", "claims", index),
            disputes=self.texts(data.get("disputes"), f"{prefix}.disputes", "claims", index),
        )

    def codebook(self, data: dict) -> Codebook:
        self.unknown(data, TOP_KEYS, "")
        claims = data.get("claims")
        if not isinstance(claims, list) or not claims:
            self.fail("at least one [[claims]] table is required", "claims", name="claims")
        seen: set[str] = set()
        return Codebook(
            topic=self.text(data.get("topic"), "topic"),
            topic_keywords=self.texts(data.get("topic_keywords"), "topic_keywords"),
            settings=self.settings(data.get("settings")),
            claims=tuple(self.claim(item, i, seen) for i, item in enumerate(claims)),
            source=self.source,
        )


def parse_codebook(text: str, source: str = "<codebook>") -> Codebook:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"\(at line (\d+), column \d+\)", str(exc))
        message = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
        raise CodebookError(f"not valid TOML: {message}", source, int(found.group(1)) if found else None) from None
    return _Parser(text, source).codebook(data)


def load_codebook(path: str | Path) -> Codebook:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise CodebookError(f"cannot read the codebook: {exc}", str(path)) from None
    return parse_codebook(text, str(path))


# --- writing (for `quotes claims discover`) ---------------------------------------------


def _toml_string(value: str) -> str:
    # JSON string escapes are valid TOML basic-string escapes; TOML also forbids a raw DEL
    return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")


def _toml_list(values: tuple[str, ...], indent: str = "    ") -> str:
    if not values:
        return "[]"
    return "[\n" + "".join(f"{indent}{_toml_string(v)},\n" for v in values) + "]"


def dump_codebook(codebook: Codebook, header: str = "") -> str:
    """The codebook as TOML that `parse_codebook` reads back to an equal Codebook."""
    out = [f"# {line}".rstrip() for line in header.splitlines()]
    out += ["" if out else None, f"topic = {_toml_string(codebook.topic)}"]
    if codebook.topic_keywords:
        out.append(f"topic_keywords = {_toml_list(codebook.topic_keywords)}")
    defaults = Settings()
    changed = {f.name: getattr(codebook.settings, f.name) for f in fields(Settings)}
    changed = {k: v for k, v in changed.items() if v != getattr(defaults, k)}
    if changed:
        out += ["", "[settings]"] + [f"{k} = {v!r}" for k, v in changed.items()]
    for claim in codebook.claims:
        out += ["", "[[claims]]", f"id = {_toml_string(claim.id)}", f"label = {_toml_string(claim.title)}"]
        out.append(f"statement = {_toml_string(claim.statement)}")
        for key in ("keywords", "supports", "disputes"):
            out.append(f"{key} = {_toml_list(getattr(claim, key))}")
    return "\n".join(line for line in out if line is not None) + "\n"
