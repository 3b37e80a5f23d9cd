"""Writing a claim table: the matrix as .csv or .xlsx by extension, and the long form beside it.

Kept apart from ``table`` (which builds the table) so that ``xlsx`` can read the table's shapes
from ``table`` without ``table`` importing the workbook writer back.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from quotes.claims.table import LONG_NAME, ClaimTable, write_long_csv, write_matrix_csv
from quotes.claims.xlsx import write_workbook


def write_outputs(
    table: ClaimTable, outputs: Sequence[str | Path], long_path: str | Path | None = None, article_places=(),
) -> Path:
    """Write the table to every output (.csv / .xlsx) and the long form (default: claims_long.csv
    beside the first output). Returns the long form's path."""
    if not outputs:
        raise ValueError("no output given for the claim table")
    for output in outputs:
        write_table(table, output, article_places)
    long_path = Path(long_path) if long_path else Path(outputs[0]).with_name(LONG_NAME)
    write_long_csv(table, long_path)
    return long_path


def write_table(table: ClaimTable, path: str | Path, article_dirs: Sequence[str | Path] = ()) -> Path:
    """Write the matrix to path (.csv or .xlsx, by extension). Returns the path written."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        write_workbook(table, path, article_dirs)
    elif suffix == ".csv":
        write_matrix_csv(table, path)
    else:
        raise ValueError(f"{path}: the table is written as .csv or .xlsx, not {suffix or 'no extension'!r}")
    return path
