"""The quotes with corrections applied, for spreadsheets: CSV (the export's conventions) or XLSX.

The columns are quotes/export.py's plus ``checked``: accepted, corrected, not a quote, or empty
(not checked yet). Rows marked "not a quote" are kept, so the sheet shows every decision.
"""

from __future__ import annotations

import os
from pathlib import Path

from quotes.io.export import COLUMNS, NUMERIC, write_csv, xlsx_cells
from quotes.review import store

EXPORT_COLUMNS = (*COLUMNS, "checked")
# the claims table as reviewed: one row per cell; filled_by says who put it there
CLAIM_EXPORT_COLUMNS = ("speaker", "claim", "claim_label", "stance", "filled_by", "tool_stance", "decided_by",
                        "decided_at", "evidence", "quote_ids")
TOOL, PERSON = "tool", "person"


def corrected_rows(db: str | Path) -> list[dict]:
    conn = store.connect(db)
    try:
        texts = {r[0]: r[1] or "" for r in conn.execute("SELECT doc_id, text FROM articles")}
        return store.current(conn, texts=texts)
    finally:
        conn.close()


def export(db: str | Path, path: str | Path) -> int:
    """Write the corrected quotes to ``path`` (.csv or .xlsx); returns how many rows."""
    rows = corrected_rows(db)
    path = Path(path)
    if path.suffix.lower() == ".xlsx":
        return _write_xlsx(rows, path)
    if path.suffix.lower() != ".csv":
        raise ValueError(f"{path}: export writes .csv or .xlsx")
    return write_csv(rows, path, columns=EXPORT_COLUMNS)


def _write_xlsx(rows: list[dict], path: Path) -> int:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "quotes"
    sheet.append(EXPORT_COLUMNS)
    for row in rows:
        cells, overflow = [], []
        for c in EXPORT_COLUMNS:
            value = row.get(c, "")
            if c in NUMERIC and isinstance(value, int | float):
                cells.append(value)
                continue
            pieces = xlsx_cells(value)
            cells.append(pieces[0])
            overflow += pieces[1:]  # text past Excel's cell limit continues after the last column
        sheet.append(cells + overflow)
    sheet.freeze_panes = "A2"
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")  # written whole, then renamed into place
    try:
        book.save(tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return len(rows)


def reviewed_claims(db: str | Path) -> list[dict]:
    """The claims table as reviewed: the tool's sure cells (filled_by "tool", or "person" when a
    person changed or confirmed the stance) and the candidates a person confirmed (filled_by
    "person"). Rejected and undecided candidates are in no row."""
    conn = store.connect(db)
    try:
        claims, speakers, cells = store.claim_matrix(conn)
    finally:
        conn.close()
    labels = {c["id"]: c["label"] for c in claims}
    rows = []
    for (speaker, claim), cell in cells.items():
        by = cell.get("confirmed")
        rows.append({
            "speaker": speaker, "claim": claim, "claim_label": labels.get(claim, ""), "stance": cell["stance"],
            "filled_by": PERSON if by else TOOL, "tool_stance": cell["machine"], "decided_by": by.who if by else "",
            "decided_at": by.at if by else "",
            "evidence": next((e.get("evidence") or e["quote"] for e in cell["evidence"]), ""),
            "quote_ids": " ".join(dict.fromkeys(e["quote_id"] for e in cell["evidence"])),
        })
    order = {s: i for i, s in enumerate(speakers)}
    return sorted(rows, key=lambda r: (order.get(r["speaker"], len(order)), r["claim"]))


def export_claims(db: str | Path, path: str | Path) -> int:
    """Write the reviewed claims table to ``path`` (.csv); returns how many cells."""
    path = Path(path)
    if path.suffix.lower() != ".csv":
        raise ValueError(f"{path}: the reviewed claims table is written as .csv")
    return write_csv(reviewed_claims(db), path, columns=CLAIM_EXPORT_COLUMNS)
