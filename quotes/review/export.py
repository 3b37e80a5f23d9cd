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
