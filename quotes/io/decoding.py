"""Bytes to text: find the encoding, never fail on a bad byte, refuse what is not text.

The order of the checks matters. Magic numbers first (a PDF or an image is
refused whatever its name). Then byte-order marks, then UTF-16 without a mark
(recognised by its NUL byte in every other position), then UTF-8. A file that
is UTF-8 but for a few stray bytes (a cp1252 quote mark pasted into it) keeps
its UTF-8 and reads only the stray bytes as cp1252; a file with no UTF-8 in it
at all gets the encoding charset-normalizer finds most likely. Whatever the
encoding, a byte that cannot be decoded becomes U+FFFD instead of an error.

A file with no one encoding (paragraphs pasted from several sources: UTF-8, cp1252, a UTF-16
fragment) is decoded piece by piece: runs of UTF-16 text as UTF-16, lines that are valid UTF-8
as UTF-8, the other lines in one legacy encoding. Guessing one encoding for such a file picks
an exotic code page (a short mixed file came out as Thai) and garbles every paragraph.

Line endings are kept as they are ("\\r\\n" stays two characters), so offsets
computed on the decoded text round-trip on it.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from charset_normalizer import from_bytes

SAMPLE_BYTES = 256 * 1024  # enough to recognise an encoding; detection time grows with the sample
HEAD_CHARS = 8192  # how much of the decoded text the binary check looks at
MAX_CONTROL_SHARE = 0.10  # above this share of control characters the "text" is binary data
FALLBACK = "cp1252"  # what most legacy western news text is saved in

MAGIC = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"II*\x00": "a TIFF image",
    b"MM\x00*": "a TIFF image",
    b"PK\x03\x04": "a ZIP archive (or an Office document)",
    b"\xd0\xcf\x11\xe0": "an old Office document",
    b"\x1f\x8b": "a gzip archive",
    b"BZh": "a bzip2 archive",
    b"\xfd7zXZ": "an xz archive",
    b"7z\xbc\xaf": "a 7-Zip archive",
    b"Rar!": "a RAR archive",
    b"\x7fELF": "an executable",
    b"MZ\x90\x00": "a Windows executable",
    b"ID3": "an MP3 file",
    b"OggS": "an Ogg media file",
    b"\x1aE\xdf\xa3": "a Matroska/WebM video",
    b"SQLite format 3\x00": "an SQLite database",
}
BOMS = (  # UTF-32's marks first: the UTF-16 LE mark is a prefix of the UTF-32 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# On a tie, charset-normalizer's order is arbitrary (it prefers cp1250 for short western text);
# ties go to the Windows code pages, in which most legacy news text is saved.
CHAOS_TIE, COHERENCE_TIE = 0.01, 0.1  # a short text's language scores differ by noise
PREFERRED = ("cp1252", "cp1251", "cp1250", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp932", "gb18030", "cp949", "big5")
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_HIGH_BYTES = bytes(range(0x80, 0x100))
_SURROGATE = re.compile("[\ud800-\udfff]")
_ALLOWED_CONTROLS = set("\t\n\r\f\v\x1a")  # \x1a: the end-of-file mark of old DOS text
# a run of ASCII text in UTF-16 (a NUL beside every character) inside other bytes: 8 characters at least
_UTF16_LE_RUN = re.compile(rb"(?:[\t\n\r\x20-\x7e]\x00){8,}")
_UTF16_BE_RUN = re.compile(rb"(?:\x00[\t\n\r\x20-\x7e]){8,}")
MIXED_GUESS_BYTES = 1024  # fewer non-UTF-8 bytes than this are too few to guess their code page: cp1252


class NotText(ValueError):
    """The bytes are not text; the message says what they look like."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    notes: tuple[str, ...] = ()  # what was done to the bytes, for a warning


def _utf8_stray_bytes_as_cp1252(exc: UnicodeDecodeError) -> tuple[str, int]:
    return exc.object[exc.start : exc.end].decode(FALLBACK, errors="replace"), exc.end


codecs.register_error("quotes-cp1252", _utf8_stray_bytes_as_cp1252)


def binary_kind(head: bytes) -> str | None:
    """What a file's first bytes say it is, when that is not text."""
    for magic, kind in MAGIC.items():
        if head.startswith(magic):
            return kind
    if head[4:8] == b"ftyp":
        return "an MP4/MOV/HEIC media file"
    if head.startswith(b"RIFF") and head[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return "a RIFF media file"
    return None


def bom_encoding(data: bytes) -> tuple[str, int] | None:
    """The encoding a byte-order mark names, and the mark's length."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return encoding, len(bom)
    return None


def _utf16_without_bom(head: bytes) -> str | None:
    """ASCII-heavy UTF-16 has a NUL in every other byte; which half says the byte order."""
    pairs = len(head) // 2
    if pairs < 4:
        return None
    nul_even = head[0 : 2 * pairs : 2].count(0)
    nul_odd = head[1 : 2 * pairs : 2].count(0)
    if nul_odd > 0.4 * pairs and nul_even < 0.05 * pairs:
        return "utf-16-le"
    if nul_even > 0.4 * pairs and nul_odd < 0.05 * pairs:
        return "utf-16-be"
    return None


def _sample(data: bytes) -> bytes:
    """The start of the data, cut at a line end so no multi-byte character is split."""
    if len(data) <= SAMPLE_BYTES:
        return data
    sample = data[:SAMPLE_BYTES]
    cut = sample.rfind(b"\n")
    return sample[: cut + 1] if cut > 0 else sample


def mostly_utf8(data: bytes) -> bool:
    """UTF-8 with stray bytes: at least as many valid multi-byte characters as bytes that fit none?"""
    sample = _sample(data)
    matches = _UTF8_MULTIBYTE.findall(sample)
    if not matches:
        return False
    non_ascii = len(sample) - len(sample.translate(None, _HIGH_BYTES))
    stray = non_ascii - sum(len(m) for m in matches)
    return len(matches) >= stray


def guess_legacy_encoding(data: bytes) -> str:
    """The most likely non-Unicode encoding (charset-normalizer), ties to the common Windows code pages."""
    matches = [m for m in from_bytes(_sample(data)) if not m.encoding.startswith(("utf_16", "utf_32", "utf_7"))]
    if not matches:
        return FALLBACK
    best = min(matches, key=lambda m: (m.chaos, -m.coherence))
    tied = [m for m in matches if m.chaos <= best.chaos + CHAOS_TIE and m.coherence >= best.coherence - COHERENCE_TIE]
    candidates = {name for m in tied for name in (m.encoding, *m.could_be_from_charset)}
    for name in PREFERRED:
        if name in candidates:
            return name
    return best.encoding


def _control_share(text: str) -> float:
    head = text[:HEAD_CHARS]
    controls = sum(1 for ch in head if ch < " " and ch not in _ALLOWED_CONTROLS)
    return controls / max(len(head), 1)


def without_surrogates(text: str) -> str:
    """Lone surrogates (a file name's undecodable bytes, a JSON "\\ud800") as U+FFFD; same length.

    They cannot be written as UTF-8, so one of them would crash every writer of the output.
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)
    return text


def check_text(text: str, what: str = "byte") -> tuple[str, tuple[str, ...]]:
    """Refuse binary data posing as text; turn NUL characters into spaces, saying how many.

    Spaces rather than nothing, so the offsets of everything else stay where they were.
    """
    share = _control_share(text)
    if share > MAX_CONTROL_SHARE:
        raise NotText(f"binary data: {share:.0%} of its first characters are NUL bytes or control characters")
    nuls = text.count("\x00")
    if nuls:
        return text.replace("\x00", " "), (f"{nuls} NUL {what}(s) replaced by spaces",)
    return text, ()


def decode_bytes(data: bytes) -> Decoded:
    """Decode article bytes; raise NotText for binary data."""
    kind = binary_kind(data[:32])
    if kind:
        raise NotText(f"binary file, looks like {kind}")
    decoded = _decode(data)
    text, notes = check_text(decoded.text)
    return Decoded(text, decoded.encoding, decoded.notes + notes)


def _decode(data: bytes) -> Decoded:
    bom = bom_encoding(data)
    if bom and bom[0] != "utf-8":
        encoding, skip = bom
        text = data[skip:].decode(encoding, errors="replace")
        bad = text.count("\ufffd")
        return Decoded(text, encoding, (f"{bad} undecodable character(s) in {encoding} became U+FFFD",) if bad else ())
    if bom:
        data = data[bom[1] :]
    encoding = _utf16_without_bom(data[:4096])
    if encoding:
        text = data.decode(encoding, errors="replace")
        return Decoded(text, encoding, (f"no byte-order mark; read as {encoding}",))
    if b"\x00" in data and _utf16_runs(data):  # UTF-16 text among other bytes: NULs are valid UTF-8 too
        return _decode_mixed(data)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        where = exc.start
    mixed = _decode_mixed(data)
    if mixed is not None:
        return mixed
    if mostly_utf8(data):
        text = data.decode("utf-8", errors="quotes-cp1252")
        return Decoded(text, "utf-8", (f"not valid UTF-8 (first bad byte at {where}); the stray bytes read as {FALLBACK}",))
    encoding = guess_legacy_encoding(data)
    text = data.decode(encoding, errors="replace")
    return Decoded(text, encoding, (f"not valid UTF-8 (first bad byte at {where}); decoded as {encoding}",))


def _utf16_runs(data: bytes) -> list[tuple[int, int, str]]:
    """(start, end, encoding) of the stretches of UTF-16 text inside bytes that are not UTF-16."""
    runs = []
    for encoding, pattern in (("utf-16-le", _UTF16_LE_RUN), ("utf-16-be", _UTF16_BE_RUN)):
        runs.extend((m.start(), m.end(), encoding) for m in pattern.finditer(data))
    runs.sort()
    kept, end = [], 0
    for start, stop, encoding in runs:
        if start >= end:
            kept.append((start, stop, encoding))
            end = stop
    return kept


def _pieces(data: bytes) -> list[tuple[bytes, str | None]]:
    """The bytes cut into UTF-16 runs (with their encoding) and the lines between them (None)."""
    pieces: list[tuple[bytes, str | None]] = []
    pos = 0
    for start, stop, encoding in _utf16_runs(data):
        pieces.extend((line, None) for line in data[pos:start].splitlines(keepends=True))
        pieces.append((data[start:stop], encoding))
        pos = stop
    pieces.extend((line, None) for line in data[pos:].splitlines(keepends=True))
    return pieces


def _is_utf8(line: bytes) -> bool:
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _decode_mixed(data: bytes) -> Decoded | None:
    """Piece-by-piece decoding of a file with no one encoding; None when the file has one.

    Mixed means: UTF-16 runs among other bytes, or both lines of valid multi-byte UTF-8 and lines
    that are not UTF-8. The non-UTF-8 lines share one legacy encoding, guessed from them alone when
    there are enough of them, else cp1252 (a few lines give charset-normalizer too little to go on).
    """
    pieces = _pieces(data)
    utf16 = [p for p, enc in pieces if enc]
    legacy = [p for p, enc in pieces if enc is None and not _is_utf8(p)]
    utf8 = [p for p, enc in pieces if enc is None and not p.isascii() and _is_utf8(p)]
    if not utf16 and not (utf8 and legacy):
        return None
    joined = b"".join(legacy)
    encoding = guess_legacy_encoding(joined) if len(joined) >= MIXED_GUESS_BYTES else FALLBACK
    parts = []
    for piece, enc in pieces:
        if enc:
            parts.append(piece.decode(enc, errors="replace"))
        elif _is_utf8(piece):
            parts.append(piece.decode("utf-8"))
        elif mostly_utf8(piece):  # a UTF-8 line with a stray cp1252 quote mark pasted in
            parts.append(piece.decode("utf-8", errors="quotes-cp1252"))
        else:
            parts.append(piece.decode(encoding, errors="replace"))
    notes = [f"mixed encodings: {len(utf8)} UTF-8 line(s), {len(legacy)} line(s) read as {encoding}"]
    if utf16:
        notes.append(f"{len(utf16)} stretch(es) of UTF-16 text read as UTF-16")
    return Decoded("".join(parts), "mixed", tuple(notes))


def decode_line(data: bytes) -> tuple[str, str | None]:
    """One line of a JSONL or CSV export: UTF-8 (stray bytes as cp1252), and a note if it was not clean UTF-8."""
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        return data.decode("utf-8", errors="quotes-cp1252"), f"not valid UTF-8 (bad byte at {exc.start} of the line); read as {FALLBACK}"
