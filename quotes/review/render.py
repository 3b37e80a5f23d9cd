"""The article text cut into segments for highlighting: quotes, speaker mentions, cues."""

from __future__ import annotations

import hashlib
import re


def colour(speaker: str) -> str:
    """One stable colour per speaker (a hue from the name); grey for no speaker."""
    if not speaker:
        return "hsl(0 0% 88%)"
    hue = int(hashlib.md5(speaker.casefold().encode()).hexdigest()[:6], 16) % 360
    return f"hsl({hue} 75% 84%)"


def _cue_span(text: str, row: dict) -> tuple[int, int] | None:
    """Where the row's cue is written: the occurrence nearest its mention (or quote), outside the quote."""
    cue, start, end = row.get("cue") or "", row["start"], row["end"]
    if not cue or not isinstance(start, int):
        return None
    lo, hi = max(0, start - 400), min(len(text), end + 400)
    anchor = row["speaker_start"] if isinstance(row.get("speaker_start"), int) else start
    best = None
    for m in re.finditer(r"(?<!\w)" + re.escape(cue) + r"(?!\w)", text[lo:hi]):
        s, e = lo + m.start(), lo + m.end()
        if s < end and start < e:
            continue
        if best is None or abs(s - anchor) < abs(best[0] - anchor):
            best = (s, e)
    return best


def segments(text: str, rows: list[dict]) -> list[dict]:
    """The text as consecutive segments; each says which quote covers it (the innermost), whether it
    is a speaker mention or a cue, and for which quotes. Rows marked "not a quote" are styled apart."""
    n = len(text)
    marks: list[tuple[int, int, str, dict]] = []
    for r in rows:
        if not (isinstance(r["start"], int) and isinstance(r["end"], int)) or not 0 <= r["start"] < r["end"] <= n:
            continue
        marks.append((r["start"], r["end"], "quote", r))
        if isinstance(r.get("speaker_start"), int) and isinstance(r.get("speaker_end"), int) \
                and 0 <= r["speaker_start"] < r["speaker_end"] <= n:
            marks.append((r["speaker_start"], r["speaker_end"], "mention", r))
        cue = _cue_span(text, r)
        if cue:
            marks.append((*cue, "cue", r))
    cuts = sorted({0, n, *(m[0] for m in marks), *(m[1] for m in marks)})
    out, anchored = [], set()
    for a, b in zip(cuts, cuts[1:], strict=False):
        if a >= b:
            continue
        covering = [m for m in marks if m[0] <= a and b <= m[1]]
        quotes = sorted((m for m in covering if m[2] == "quote"), key=lambda m: m[1] - m[0])
        seg = {"text": text[a:b], "start": a, "quote": None, "mention": [], "cue": [], "anchor": None, "classes": []}
        if quotes:
            row = quotes[0][3]
            seg["quote"] = row
            seg["classes"] += ["q", f"k-{row['kind'] or 'direct'}"]
            if row.get("status") == "not a quote":
                seg["classes"].append("notq")
            if row.get("checked"):
                seg["classes"].append("checked")
            if row["quote_id"] not in anchored:
                anchored.add(row["quote_id"])
                seg["anchor"] = row["quote_id"]
            seg["colour"] = colour(row["speaker"])
        seg["mention"] = [m[3]["quote_id"] for m in covering if m[2] == "mention"]
        seg["cue"] = [m[3]["quote_id"] for m in covering if m[2] == "cue"]
        if seg["mention"]:
            seg["classes"].append("mention")
            seg["mention_colour"] = colour(next(m[3]["speaker"] for m in covering if m[2] == "mention"))
        if seg["cue"]:
            seg["classes"].append("cue")
        seg["style"] = "; ".join(f"{k}: {seg[v]}" for k, v in (("--c", "colour"), ("--m", "mention_colour")) if v in seg)
        out.append(seg)
    return out
