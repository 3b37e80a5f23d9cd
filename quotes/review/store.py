"""The review database: the machine's rows as read, and an append-only log of corrections.

Nothing is overwritten: every change (speaker, mention, role, affiliation, kind, accept, "not a
quote", split, merge, a claim stance) is one row of ``corrections`` with the old and new value,
when and who; an undo is a correction too (field ``undo``, new = the id it cancels, and an undo can
be undone). The current state is the machine rows with the log replayed, so two `quotes review`
processes on one database (WAL) never lose each other's corrections.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from quotes.io.export import COLUMNS
from quotes.review.load import Pile, article_texts, read_quotes, read_table

FIELDS = ("speaker", "speaker_type", "role", "affiliation", "kind", "mention", "checked", "split", "merge", "stance",
          "candidate", "undo")
EDITABLE = ("speaker", "speaker_type", "role", "affiliation", "kind")
KINDS = ("direct", "partial", "scare", "indirect")
ACCEPTED, NOT_A_QUOTE, CORRECTED = "accepted", "not a quote", "corrected"
CLAIM_PREFIX = "claim:"  # a claim cell (speaker, claim), or a candidate (speaker, claim, stance)
CONFIRMED, REJECTED = "confirmed", "rejected"  # a person's decision on a candidate
CANDIDATE, CONFIDENT = "candidate", "confident"  # the claims long file's status column
GONE_PREFIX = "gone:"  # a correction whose quote a re-import no longer found (kept in the log, applied to nothing)
_INT = {"start", "end", "speaker_start", "speaker_end"}

SCHEMA = f"""
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS quotes (ord INTEGER NOT NULL, {", ".join(f'"{c}" TEXT' for c in COLUMNS)},
    PRIMARY KEY (quote_id));
CREATE INDEX IF NOT EXISTS quotes_doc ON quotes (doc_id);
CREATE TABLE IF NOT EXISTS articles (doc_id TEXT PRIMARY KEY, title TEXT, date TEXT, outlet TEXT, url TEXT,
    source TEXT, text TEXT);
CREATE TABLE IF NOT EXISTS speakers (name TEXT PRIMARY KEY, speaker_id TEXT, speaker_type TEXT, roles TEXT,
    affiliations TEXT);
CREATE TABLE IF NOT EXISTS claims (ord INTEGER, speaker TEXT, category TEXT, claim TEXT, claim_label TEXT,
    stance TEXT, score TEXT, quote_id TEXT, doc_id TEXT, start TEXT, "end" TEXT, kind TEXT, quote TEXT,
    status TEXT, rank TEXT, evidence TEXT);
CREATE TABLE IF NOT EXISTS corrections (id INTEGER PRIMARY KEY AUTOINCREMENT, target TEXT NOT NULL,
    field TEXT NOT NULL, old TEXT, new TEXT, at TEXT NOT NULL, who TEXT NOT NULL);
"""


def connect(path: str | Path) -> sqlite3.Connection:
    """A connection in WAL mode (readers never block the writer; a second review works alongside)."""
    conn = sqlite3.connect(str(path), timeout=30, isolation_level=None, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA busy_timeout=30000")
    conn.executescript(SCHEMA)
    _add_claim_columns(conn)
    return conn


# columns the claims table gained with the draft table (issue 21); a database built before has none
CLAIM_DRAFT_COLUMNS = ("status", "rank", "evidence")


def _add_claim_columns(conn: sqlite3.Connection) -> None:
    have = {r[1] for r in conn.execute("PRAGMA table_info(claims)")}
    for column in CLAIM_DRAFT_COLUMNS:
        if column not in have:
            conn.execute(f"ALTER TABLE claims ADD COLUMN {column} TEXT")


def build(pile: Pile) -> Refresh:
    """Create the database beside the output from the quotes, articles, speakers (and claims) files.

    An existing database is kept (its corrections are the point), unless the quotes file changed
    since it was loaded (size, mtime, then a SHA-256 of its content, all kept in ``meta``): then it is
    re-imported, carrying every correction whose quote is still there (see ``refresh``). Article
    texts the database lacks are filled from ``pile.texts`` or the paths the output records."""
    conn = connect(pile.db)
    try:
        result = refresh(conn, pile)
        _fill_texts(conn, pile)
    finally:
        conn.close()
    return result


def sync(conn: sqlite3.Connection, pile: Pile) -> Refresh:
    """``refresh`` for a running app: cheap when nothing changed (a stat and one query)."""
    result = refresh(conn, pile)
    if result.state != "unchanged":
        _fill_texts(conn, pile)
    return result


def _fill_texts(conn: sqlite3.Connection, pile: Pile) -> None:
    missing = [r[0] for r in conn.execute("SELECT doc_id FROM articles WHERE text IS NULL")]
    if missing:
        texts = article_texts(pile, missing)
        conn.execute("BEGIN IMMEDIATE")
        for doc_id, (text, source) in texts.items():
            conn.execute("UPDATE articles SET text=?, source=? WHERE doc_id=? AND text IS NULL", (text, source, doc_id))
        conn.execute("COMMIT")


def _load(conn: sqlite3.Connection, pile: Pile) -> None:
    rows = read_quotes(pile.quotes)
    cols = ", ".join(f'"{c}"' for c in COLUMNS)
    conn.executemany(f"INSERT OR REPLACE INTO quotes (ord, {cols}) VALUES (?, {', '.join('?' * len(COLUMNS))})",
                     [(i, *(r.get(c, "") for c in COLUMNS)) for i, r in enumerate(rows)])
    meta = {r["doc_id"]: r for r in read_table(pile.articles)} if pile.articles else {}
    for doc_id in dict.fromkeys(r["doc_id"] for r in rows):
        info = meta.get(doc_id) or next(r for r in rows if r["doc_id"] == doc_id)
        conn.execute("INSERT OR IGNORE INTO articles (doc_id, title, date, outlet, url) VALUES (?, ?, ?, ?, ?)",
                     (doc_id, *(info.get(k, "") for k in ("title", "date", "outlet", "url"))))
    if pile.speakers:
        for r in read_table(pile.speakers):
            conn.execute("INSERT OR IGNORE INTO speakers VALUES (?, ?, ?, ?, ?)",
                         (r.get("name", ""), r.get("speaker_id", ""), r.get("speaker_type", ""), r.get("roles", ""),
                          r.get("affiliations", "")))
    if pile.claims:
        keys = ("speaker", "category", "claim", "claim_label", "stance", "score", "quote_id", "doc_id", "start", "end",
                "kind", "quote", *CLAIM_DRAFT_COLUMNS)
        columns = ", ".join(f'"{k}"' for k in keys)
        conn.executemany(f"INSERT INTO claims (ord, {columns}) VALUES (?{', ?' * len(keys)})",
                         [(i, *(r.get(k, "") for k in keys)) for i, r in enumerate(read_table(pile.claims))])
    for key, value in (("quotes", str(pile.quotes)), ("claims", str(pile.claims or "")),
                       ("built", datetime.now(UTC).isoformat(timespec="seconds"))):
        conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))


# ---- a quotes file that changed under the database: re-import it, carrying the corrections ----


@dataclass(frozen=True)
class Fingerprint:
    """What the database remembers of the quotes file it loaded."""

    size: int
    mtime_ns: int
    sha256: str

    @classmethod
    def stat(cls, path: Path) -> tuple[int, int]:
        info = path.stat()
        return info.st_size, info.st_mtime_ns

    @classmethod
    def of(cls, path: Path) -> Fingerprint:
        digest = hashlib.sha256()
        with path.open("rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
        return cls(*cls.stat(path), digest.hexdigest())

    @classmethod
    def stored(cls, conn: sqlite3.Connection) -> Fingerprint | None:
        meta = dict(conn.execute("SELECT key, value FROM meta WHERE key LIKE 'quotes_%'").fetchall())
        try:
            return cls(int(meta["quotes_size"]), int(meta["quotes_mtime_ns"]), meta["quotes_sha256"])
        except (KeyError, ValueError):
            return None

    def save(self, conn: sqlite3.Connection) -> None:
        for key, value in (("quotes_size", self.size), ("quotes_mtime_ns", self.mtime_ns), ("quotes_sha256", self.sha256)):
            conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, str(value)))


@dataclass(frozen=True)
class StaleCorrection:
    """A correction whose quote (same article, same offsets, same text) is not in the new quotes file."""

    id: int
    field: str
    new: str | None
    where: str  # "doc 120:180" or "claim cell"
    quote: str

    def describe(self) -> str:
        quote = self.quote if len(self.quote) <= 60 else self.quote[:59] + "…"
        return f"#{self.id} {self.field} -> {self.new!r} on {self.where} {quote!r}"


@dataclass(frozen=True)
class Refresh:
    """What ``build`` did with the database: created, unchanged, or re-imported (and what it carried)."""

    db: Path
    state: str  # created | unchanged | reimported
    quotes: Path | None = None
    rows: int = 0
    carried: int = 0
    stale: tuple[StaleCorrection, ...] = ()
    backup: Path | None = None

    def message(self) -> str | None:
        """One message for a re-import (None otherwise): what was carried, what no longer applies."""
        if self.state != "reimported":
            return None
        head = (f"{self.quotes} changed since the review database was built: re-imported its {self.rows} row(s); "
                f"{self.carried} correction(s) carried, {len(self.stale)} set aside as no longer applying (the quote is gone or moved)")
        lines = [head + (":" if self.stale else ""), *(f"  {s.describe()}" for s in self.stale)]
        lines.append(f"  the database as it was is kept in {self.backup}")
        return "\n".join(lines)


def refresh(conn: sqlite3.Connection, pile: Pile) -> Refresh:
    """Load the quotes file into a new database, or re-import it when it changed since it was loaded."""
    stored = Fingerprint.stored(conn)
    if stored is not None and (stored.size, stored.mtime_ns) == Fingerprint.stat(pile.quotes):
        return Refresh(pile.db, "unchanged", pile.quotes)
    now = Fingerprint.of(pile.quotes)
    loaded = conn.execute("SELECT value FROM meta WHERE key='quotes'").fetchone() is not None
    if not loaded or (stored is not None and stored.sha256 == now.sha256) or (stored is None and _same_rows(conn, pile)):
        with _transaction(conn):
            if not loaded:
                _load(conn, pile)
            now.save(conn)  # a touched but equal file, or a database of an older version: nothing to re-import
        return Refresh(pile.db, "unchanged" if loaded else "created", pile.quotes)
    return _reimport(conn, pile, now)


@contextmanager
def _transaction(conn: sqlite3.Connection):
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _same_rows(conn: sqlite3.Connection, pile: Pile) -> bool:
    held = [tuple(r[c] or "" for c in COLUMNS) for r in conn.execute("SELECT * FROM quotes ORDER BY ord")]
    return held == [tuple(r.get(c, "") for c in COLUMNS) for r in read_quotes(pile.quotes)]


def _backup(conn: sqlite3.Connection, db: Path) -> Path:
    """A copy of the whole database before a re-import changes it (nothing is lost)."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    target = db.with_name(f"{db.stem}.before-reimport-{stamp}{db.suffix}")
    n = 2
    while target.exists():
        target = db.with_name(f"{db.stem}.before-reimport-{stamp}-{n}{db.suffix}")
        n += 1
    copy = sqlite3.connect(str(target))
    try:
        conn.backup(copy)
    finally:
        copy.close()
    return target


def _reimport(conn: sqlite3.Connection, pile: Pile, now: Fingerprint) -> Refresh:
    new_rows = read_quotes(pile.quotes)  # read first: a bad file leaves the database as it was
    backup = _backup(conn, pile.db)
    with _transaction(conn):
        if Fingerprint.stored(conn) == now:  # another review process re-imported it meanwhile
            return Refresh(pile.db, "unchanged", pile.quotes)
        old = {r["quote_id"]: dict(r) for r in conn.execute("SELECT * FROM quotes")}
        texts = {r[0]: (r[1], r[2]) for r in conn.execute("SELECT doc_id, text, source FROM articles WHERE text IS NOT NULL")}
        for table in ("quotes", "articles", "speakers", "claims"):
            conn.execute(f"DELETE FROM {table}")
        _load(conn, pile)
        _keep_texts(conn, texts, new_rows)
        carried, stale = _carry(conn, old, new_rows)
        now.save(conn)
        conn.execute("INSERT OR REPLACE INTO meta VALUES ('reimported', ?)", (_now(),))
    return Refresh(pile.db, "reimported", pile.quotes, len(new_rows), carried, stale, backup)


def _keep_texts(conn: sqlite3.Connection, texts: dict[str, tuple[str, str]], rows: list[dict]) -> None:
    """Keep an article's text when every new quote of it still reads the same at its offsets."""
    for doc_id, (text, source) in texts.items():
        mine = [r for r in rows if r["doc_id"] == doc_id]
        if all(r["start"].isdigit() and r["end"].isdigit() and text[int(r["start"]):int(r["end"])] == r["quote"]
               for r in mine):
            conn.execute("UPDATE articles SET text=?, source=? WHERE doc_id=?", (text, source, doc_id))


def _carry(conn: sqlite3.Connection, old: dict[str, dict], new_rows: list[dict]) -> tuple[int, tuple[StaleCorrection, ...]]:
    """Point each correction at its quote's new id (same article, offsets and text); a correction whose
    quote is gone gets the target ``gone:<old id>`` (kept in the log, applied to nothing)."""
    new_id = {(r["doc_id"], r["start"], r["end"], r["quote"]): r["quote_id"] for r in new_rows}
    moved = {qid: new_id.get((r["doc_id"], r["start"], r["end"], r["quote"])) for qid, r in old.items()}
    cells = {claim_key(r[0], r[1]) for r in conn.execute("SELECT speaker, claim FROM claims")}
    carried_ids: set[int] = set()
    carried, stale = 0, []
    for c in corrections(conn):
        if c.target.startswith(GONE_PREFIX):
            continue  # listed when an earlier re-import set it aside
        base, _, piece = c.target.partition("~")
        if c.target.startswith(CLAIM_PREFIX):
            ok = c.target in cells  # a claim cell is named by its content: nothing to move
        else:
            target = moved.get(base)
            new = moved.get(c.new or "") if c.field == "merge" else c.new
            pieces_kept = all(p.isdigit() and int(p) in carried_ids for p in piece.split("~")) if piece else True
            ok = target is not None and (c.field != "merge" or new is not None) and pieces_kept
            target = (f"{target}~{piece}" if piece else target) if ok else GONE_PREFIX + c.target
            conn.execute("UPDATE corrections SET target=?, new=? WHERE id=?", (target, new if ok else c.new, c.id))
        if ok:
            carried_ids.add(c.id)
        if c.field == "undo" or c.undone:
            continue  # bookkeeping, or a correction with no effect: neither carried nor lost
        if ok:
            carried += 1
        else:
            stale.append(_stale(c, old.get(base)))
    return carried, tuple(stale)


def _stale(c: Correction, quote: dict | None) -> StaleCorrection:
    if c.target.startswith(CLAIM_PREFIX):
        speaker, claim = json.loads(c.target[len(CLAIM_PREFIX):])
        return StaleCorrection(c.id, c.field, c.new, f"the claim cell {speaker} / {claim}", "")
    if quote is None:
        return StaleCorrection(c.id, c.field, c.new, c.target, "")
    return StaleCorrection(c.id, c.field, c.new, f"{quote['doc_id']} {quote['start']}:{quote['end']}", quote["quote"] or "")


# ---- the current state: machine rows + the corrections log ----


@dataclass
class Correction:
    id: int
    target: str
    field: str
    old: str | None
    new: str | None
    at: str
    who: str
    undone: bool = False


def corrections(conn: sqlite3.Connection, target: str | None = None) -> list[Correction]:
    """Every correction in order, each marked undone when a live undo cancels it."""
    rows = [Correction(**dict(r)) for r in conn.execute("SELECT * FROM corrections ORDER BY id")]
    undone: set[int] = set()
    for c in reversed(rows):  # a later undo decides first: undoing an undo brings its target back
        if c.field == "undo" and c.id not in undone:
            undone.add(int(c.new))
    for c in rows:
        c.undone = c.id in undone
    return [c for c in rows if target is None or c.target == target]


def _row(r: sqlite3.Row) -> dict:
    row = {c: r[c] or "" for c in COLUMNS}
    for c in _INT:
        row[c] = int(row[c]) if str(row[c]).lstrip("-").isdigit() else ""
    try:
        row["confidence"] = float(row["confidence"]) if row["confidence"] != "" else ""
    except ValueError:
        row["confidence"] = ""
    row.update(ord=r["ord"], status="", corrected=False, merged_into="", fields=set())
    return row


def current(conn: sqlite3.Connection, doc_id: str | None = None, texts: dict[str, str] | None = None) -> list[dict]:
    """The quotes as corrected (of one article, or all), in text order; merged-away rows left out.

    Each row has the export columns plus ``status`` (accepted / not a quote / ""), ``corrected``,
    ``checked`` (the export's column) and ``fields`` (what was corrected)."""
    where, args = ("WHERE doc_id=?", (doc_id,)) if doc_id is not None else ("", ())
    rows = {r["quote_id"]: _row(r) for r in conn.execute(f"SELECT * FROM quotes {where} ORDER BY ord", args)}
    texts = dict(texts or {})
    for c in corrections(conn):
        row = rows.get(c.target)
        if c.undone or row is None or c.field in ("undo", "stance"):
            continue
        if c.field == "checked":
            row["status"] = c.new or ""
        elif c.field == "mention":
            m = json.loads(c.new) if c.new else {}
            row.update(speaker_mention=m.get("text", ""), speaker_start=m.get("start", ""), speaker_end=m.get("end", ""))
        elif c.field == "split":
            _split(rows, row, int(c.new), f"{row['quote_id']}~{c.id}")
        elif c.field == "merge":
            if row["doc_id"] not in texts:
                texts[row["doc_id"]] = article_text(conn, row["doc_id"])
            _merge(rows, row, rows.get(c.new), texts[row["doc_id"]])
        elif c.field in EDITABLE:
            row[c.field] = c.new or ""
            if c.field == "speaker" and not c.new:
                row.update(speaker_mention="", speaker_start="", speaker_end="")
        if c.field not in ("checked", "undo"):
            row["corrected"] = True
            row["fields"].add(c.field)
    out = [r for r in rows.values() if not r["merged_into"]]
    for r in out:
        r["checked"] = r["status"] if r["status"] == NOT_A_QUOTE else CORRECTED if r["corrected"] else r["status"]
    out.sort(key=lambda r: (r["ord"] if doc_id is None else 0, r["start"] if r["start"] != "" else 0))
    if doc_id is None:  # keep file order of articles, text order within each
        first = {}
        for r in out:
            first.setdefault(r["doc_id"], r["ord"])
        out.sort(key=lambda r: (first[r["doc_id"]], r["start"] if r["start"] != "" else 0))
    return out


def _split(rows: dict, row: dict, at: int, new_id: str) -> None:
    if not (isinstance(row["start"], int) and row["start"] < at < row["end"]):
        return
    cut = at - row["start"]
    piece = dict(row, quote_id=new_id, start=at, quote=row["quote"][cut:], fields=set(row["fields"]) | {"split"},
                 corrected=True, status="")
    row.update(end=at, quote=row["quote"][:cut])
    rows[new_id] = piece


def _merge(rows: dict, row: dict, other: dict | None, text: str | None) -> None:
    if other is None or other is row or other["doc_id"] != row["doc_id"] or other["merged_into"]:
        return
    first, last = sorted((row, other), key=lambda r: r["start"])
    start, end = first["start"], max(first["end"], last["end"])
    quote = text[start:end] if text else first["quote"] + " … " + last["quote"]
    row.update(start=start, end=end, quote=quote)
    other["merged_into"] = row["quote_id"]


def find(conn: sqlite3.Connection, quote_id: str) -> dict | None:
    doc = conn.execute("SELECT doc_id FROM quotes WHERE quote_id=?", (quote_id.split("~")[0],)).fetchone()
    if doc is None:
        return None
    return next((r for r in current(conn, doc[0], {doc[0]: article_text(conn, doc[0]) or ""}) if r["quote_id"] == quote_id), None)


def article_text(conn: sqlite3.Connection, doc_id: str) -> str | None:
    r = conn.execute("SELECT text FROM articles WHERE doc_id=?", (doc_id,)).fetchone()
    return r[0] if r else None


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def correct(conn: sqlite3.Connection, target: str, field: str, new: str | None, who: str,
            old: str | None = None) -> int | None:
    """Append one correction (old value taken from the current state); None when nothing changes."""
    if field not in FIELDS:
        raise ValueError(f"unknown field {field!r}")
    if not target.startswith(CLAIM_PREFIX) and field not in ("undo",):
        row = find(conn, target)
        if row is None:
            raise KeyError(target)
        if field == "mention":
            old = json.dumps({"start": row["speaker_start"], "end": row["speaker_end"], "text": row["speaker_mention"]})
        elif field == "checked":
            old = row["status"]
        elif field in EDITABLE:
            old = row[field]
            if (new or "") == (old or ""):
                return None
    if field == "kind" and new not in KINDS:
        raise ValueError(f"unknown kind {new!r}")
    conn.execute("BEGIN IMMEDIATE")
    try:
        cur = conn.execute("INSERT INTO corrections (target, field, old, new, at, who) VALUES (?, ?, ?, ?, ?, ?)",
                           (target, field, old, new, _now(), who))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return cur.lastrowid


def correct_many(conn: sqlite3.Connection, target: str, changes: Iterable[tuple[str, str | None]], who: str) -> list[int]:
    return [i for f, v in changes if (i := correct(conn, target, f, v, who)) is not None]


def undo(conn: sqlite3.Connection, correction_id: int, who: str) -> int:
    target = conn.execute("SELECT target FROM corrections WHERE id=?", (correction_id,)).fetchone()
    if target is None:
        raise KeyError(correction_id)
    return correct(conn, target[0], "undo", str(correction_id), who)


# ---- lookups for the pages ----


def speakers(conn: sqlite3.Connection, rows: list[dict] | None = None) -> list[str]:
    names = {r[0] for r in conn.execute("SELECT name FROM speakers WHERE name != ''")}
    names |= {r["speaker"] for r in (rows if rows is not None else current(conn)) if r["speaker"]}
    return sorted(names, key=str.casefold)


def articles(conn: sqlite3.Connection) -> list[dict]:
    return [dict(r) for r in conn.execute(
        "SELECT a.doc_id, a.title, a.outlet, a.date, a.text IS NOT NULL AS has_text, MIN(q.ord) AS o "
        "FROM articles a LEFT JOIN quotes q USING (doc_id) GROUP BY a.doc_id ORDER BY o")]


def claim_key(speaker: str, claim: str) -> str:
    return CLAIM_PREFIX + json.dumps([speaker, claim], ensure_ascii=False)


def candidate_key(speaker: str, claim: str, stance: str) -> str:
    return CLAIM_PREFIX + json.dumps([speaker, claim, stance], ensure_ascii=False)


def _claim_rows(conn: sqlite3.Connection) -> tuple[list[dict], list[dict]]:
    """The claims long file's rows: (the tool's cells' evidence, the candidates' evidence)."""
    rows = [dict(r) for r in conn.execute("SELECT * FROM claims ORDER BY ord")]
    return [r for r in rows if r.get("status") != CANDIDATE], [r for r in rows if r.get("status") == CANDIDATE]


def claim_candidates(conn: sqlite3.Connection) -> list[dict]:
    """The candidates, ranked per speaker and claim: each with its stance, rank, cited evidence, its
    evidence rows, and the person's live decision (confirmed, rejected or None) with who made it."""
    _, rows = _claim_rows(conn)
    found: dict[tuple[str, str, str], dict] = {}
    for r in rows:
        candidate = found.setdefault((r["speaker"], r["claim"], r["stance"]), {
            "speaker": r["speaker"], "claim": r["claim"], "claim_label": r["claim_label"], "stance": r["stance"],
            "rank": int(r["rank"]) if str(r.get("rank") or "").isdigit() else 1, "quote": r.get("evidence") or r["quote"],
            "key": candidate_key(r["speaker"], r["claim"], r["stance"]), "evidence": [], "decision": None, "by": None})
        candidate["evidence"].append(r)
    by_key = {v["key"]: v for v in found.values()}
    for c in corrections(conn):
        if c.field == "candidate" and not c.undone and c.target in by_key:
            by_key[c.target].update(decision=c.new, by=c)
    return sorted(found.values(), key=lambda c: (c["speaker"], c["claim"], c["rank"]))


def claim_matrix(conn: sqlite3.Connection) -> tuple[list[dict], list[str], dict]:
    """(claims [{id, label}], speakers, {(speaker, claim): cell}); a cell holds its machine stance, the
    stance as corrected, whether a person confirmed it, and its evidence rows."""
    rows, candidate_rows = _claim_rows(conn)
    claims = list({r["claim"]: {"id": r["claim"], "label": r["claim_label"]} for r in rows + candidate_rows}.values())
    speakers_ = list(dict.fromkeys(r["speaker"] for r in rows + candidate_rows))
    cells: dict = {}
    for r in rows:
        cell = cells.setdefault((r["speaker"], r["claim"]), {"evidence": [], "stances": []})
        cell["evidence"].append(r)
        cell["stances"].append(r["stance"])
    for (speaker, claim), cell in cells.items():
        stances = set(cell["stances"]) - {"mentions"} or set(cell["stances"])
        cell["machine"] = stances.pop() if len(stances) == 1 else "mixed"
        cell.update(stance=cell["machine"], confirmed=None, key=claim_key(speaker, claim), history=[])
    for c in corrections(conn):
        if c.field != "stance" or not c.target.startswith(CLAIM_PREFIX):
            continue
        speaker, claim = json.loads(c.target[len(CLAIM_PREFIX):])
        cell = cells.get((speaker, claim))
        if cell is None:
            continue
        cell["history"].append(c)
        if not c.undone:
            cell.update(stance=c.new, confirmed=c)
    # a confirmed candidate becomes a cell (the tool filled none there); the tool's own cell stays its own
    for candidate in claim_candidates(conn):
        pair = (candidate["speaker"], candidate["claim"])
        if candidate["decision"] == CONFIRMED and (pair not in cells or cells[pair].get("from_candidate")):
            cells[pair] = {"evidence": candidate["evidence"], "stances": [candidate["stance"]], "machine": "",
                           "stance": candidate["stance"], "confirmed": candidate["by"], "from_candidate": True,
                           "key": claim_key(*pair), "history": [candidate["by"]]}
    return claims, speakers_, cells
