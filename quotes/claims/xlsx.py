"""The claim table as an Excel workbook (openpyxl): sheets Matrix, Evidence, Quotes, Speakers and
Claims, each with a frozen header, an autofilter, wrapped text and set column widths.

Every text cell is written as a typed string, never a formula, with its text unchanged ("-30
degrees" stays "-30 degrees": no apostrophe is added, unlike the CSV files); one that starts with
= + - @ tab or CR is also marked quote-prefixed, so that Excel keeps it text when it is edited. Text
is cut to Excel's 32,767-character cell limit. Matrix cells link to their first Evidence row;
Evidence rows link to their row in Quotes and to the text the start/end offsets index (the
``quotes extract --save-text`` copy, or the article file itself when it is that text).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from quotes.claims.draft import Status
from quotes.claims.table import (
    LONG_COLUMNS,
    MATRIX_SPEAKER_COLUMNS,
    MIXED,
    SPEAKER_COLUMNS,
    ClaimTable,
    long_rows,
    matrix_header,
    matrix_rows,
    speaker_rows,
)
from quotes.io.reader import ArticleError, read_article, saved_text_path
from quotes.io.records import FORMULA_START

EXCEL_CELL_LIMIT = 32_767
TRUNCATED = " … [cut: Excel cell limit]"
# the usual spreadsheet conditional-format colours: green good, red bad, yellow neutral
STANCE_FILLS = {
    "supports": PatternFill("solid", fgColor="C6EFCE"),
    "disputes": PatternFill("solid", fgColor="FFC7CE"),
    "mentions": PatternFill("solid", fgColor="FFEB9C"),
    MIXED: PatternFill("solid", fgColor="E4DFEC"),
}
HEADER_FILL = PatternFill("solid", fgColor="D9D9D9")
HEADER_FONT = Font(bold=True)
LINK_FONT = Font(color="0563C1", underline="single")
WRAP = Alignment(wrap_text=True, vertical="top")
WIDTHS = {
    "speaker": 24, "category": 12, "role": 26, "affiliation": 30, "speaker_type": 13, "on_topic_quotes": 10,
    "docs": 30, "claim": 16, "claim_label": 22, "stance": 10, "score": 8, "match": 8, "quote_id": 26,
    "group_id": 24, "quote": 60, "doc_id": 26, "start": 8, "end": 8, "kind": 9, "sentence": 70,
    "nearest_example": 45, "keywords": 18, "negated_keywords": 14, "source": 30, "statement": 50, "supports": 60, "disputes": 60,
    "id": 16, "label": 22, "status": 11, "rank": 6, "evidence": 60, "articles": 26, "speaker_articles": 26, "title": 40, "outlet": 18, "date": 12, "url": 30,
}
CLAIM_WIDTH = 48
QUOTE_EXTRA_COLUMNS = ("relevance", "on_topic", "claims")
FIRST_CLAIM_COLUMN = len(MATRIX_SPEAKER_COLUMNS) + 1
SOURCE_NOTE = (
    "Opens the text that start and end index: the copy `quotes extract --save-text` kept (<doc_id>.txt), "
    "or the article file itself where it is plain text. A web page or an export record has a link only "
    "when --texts names the --save-text folder; url opens the page on the web."
)
WEB_SCHEMES = ("http://", "https://")


def safe_value(value):
    """A value openpyxl stores as plain data: numbers as they are, text unchanged but for the
    characters XML cannot hold, cut to the cell limit. Write text with ``_as_text`` (or ``_append``):
    openpyxl would make a text starting with "=" a formula."""
    if value is None:
        return None
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int | float):
        return value
    text = ILLEGAL_CHARACTERS_RE.sub("", str(value))
    if len(text) > EXCEL_CELL_LIMIT:
        text = text[: EXCEL_CELL_LIMIT - len(TRUNCATED)] + TRUNCATED
    return text


def _as_text(cell) -> None:
    """Store a text cell as a string, whatever it starts with: never a formula ("=1+1") nor an error
    code ("#N/A"). A start a spreadsheet would run gets the quote prefix (Excel's own leading
    apostrophe, kept in the style, not in the text), so editing the cell keeps it text too."""
    if isinstance(cell.value, str):
        cell.data_type = "s"
        if cell.value.startswith(FORMULA_START):
            cell.quotePrefix = True


def _append(sheet: Worksheet, values: Iterable) -> None:
    sheet.append([safe_value(v) for v in values])
    for cell in sheet[sheet.max_row]:
        _as_text(cell)


def _set_text(sheet: Worksheet, row: int, column: int, value):
    cell = sheet.cell(row, column, safe_value(value))
    _as_text(cell)
    return cell


def find_articles(doc_ids: Iterable[str], places: Sequence[str | os.PathLike] = ()) -> dict[str, Path]:
    """doc_id -> the file holding the text its offsets index, looked up among places (files and
    folders): the copy ``quotes extract --save-text`` kept (``<doc_id>.txt``) first, else the article
    file itself where reading it gives its own content (plain text). A web page's raw HTML is never
    taken: its offsets index the text extracted from it, not the file."""
    found: dict[str, Path] = {}
    files = [Path(p) for p in places if Path(p).is_file()]
    folders = [Path(p) for p in places if Path(p).is_dir()]
    for doc_id in doc_ids:
        saved = [saved_text_path(d, doc_id) for d in folders]
        named = [f for f in files if f.name == Path(doc_id).name or str(f) == doc_id]
        beside = [d / doc_id for d in folders]
        # an article found deeper in a folder given on the command line
        deeper = (f for d in folders for f in d.rglob(Path(doc_id).name))
        match = next((f for f in (*saved, *named, *beside, *deeper) if _holds_indexed_text(f, doc_id)), None)
        if match:
            found[doc_id] = match.resolve()
    return found


def _holds_indexed_text(path: Path, doc_id: str) -> bool:
    """Whether ``path`` shows, opened as it is, the very text ``quotes extract`` read from it."""
    if not path.is_file():
        return False
    try:
        article = read_article(path, doc_id)
        content = path.read_bytes().decode("utf-8-sig")
    except (ArticleError, OSError, UnicodeDecodeError):
        return False
    return article.format == "text" and article.text == content


def _link_target(article: Path, workbook: Path) -> str:
    """A link relative to the workbook (so the two can move together), else an absolute file URI."""
    try:
        return Path(os.path.relpath(article, workbook.resolve().parent)).as_posix()
    except ValueError:  # another drive on Windows
        return article.as_uri()


def _sheet(workbook: Workbook, title: str, header: Sequence[str], rows: Iterable[Sequence], widths=None) -> Worksheet:
    sheet = workbook.create_sheet(title)
    _append(sheet, header)
    for cell in sheet[1]:
        cell.font, cell.fill, cell.alignment = HEADER_FONT, HEADER_FILL, WRAP
    for row in rows:
        _append(sheet, row)
    for index, name in enumerate(header, start=1):
        width = (widths or {}).get(name) or WIDTHS.get(name, 14)
        sheet.column_dimensions[get_column_letter(index)].width = width
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = WRAP
    sheet.freeze_panes = "B2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(max(1, len(header)))}{max(1, sheet.max_row)}"
    return sheet


def write_workbook(
    table: ClaimTable, path: str | Path, article_places: Sequence[str | os.PathLike] | Mapping[str, Path] = ()
) -> Path:
    """Write the workbook atomically (temporary file, then rename). article_places: folders or
    files holding the articles (or a doc_id -> path mapping), for the Evidence links."""
    path = Path(path)
    doc_ids = {str(r.get("doc_id", "")) for r in table.rows}
    articles = dict(article_places) if isinstance(article_places, Mapping) else find_articles(doc_ids, article_places)
    workbook = Workbook()
    workbook.remove(workbook.active)
    matrix = _matrix_sheet(workbook, table)
    quote_rows_at = {str(row.get("quote_id")): index for index, row in enumerate(table.rows, start=2)}
    evidence_rows_at = _evidence_sheet(workbook, table, articles, path, quote_rows_at)
    _link_matrix(matrix, table, evidence_rows_at)
    _quotes_sheet(workbook, table)
    _sheet(workbook, "Speakers", SPEAKER_COLUMNS, speaker_rows(table))
    _claims_sheet(workbook, table)
    workbook.active = 0
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        workbook.save(tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


def _matrix_sheet(workbook: Workbook, table: ClaimTable) -> Worksheet:
    header = matrix_header(table.codebook)
    claims = table.codebook.claims
    first = FIRST_CLAIM_COLUMN - 1
    titles = [*header[:first], *(f"{c.title} ({c.id})" for c in claims)]
    sheet = _sheet(workbook, "Matrix", titles, matrix_rows(table), {t: CLAIM_WIDTH for t in titles[first:]})
    for column, claim in enumerate(claims, start=FIRST_CLAIM_COLUMN):
        sheet.cell(1, column).comment = Comment(safe_value(claim.statement), "quotes claims")
    for row, profile in enumerate(table.speakers, start=2):
        for column, claim in enumerate(claims, start=FIRST_CLAIM_COLUMN):
            cell = table.cell(profile.key, claim.id)
            if cell:
                sheet.cell(row, column).fill = STANCE_FILLS[cell.stance]
    return sheet


def _quotes_sheet(workbook: Workbook, table: ClaimTable) -> None:
    """The full extract in its order (row n+2 is table.rows[n]), every column as read, plus each
    utterance's relevance and claims."""
    columns = list(dict.fromkeys(k for row in table.rows for k in row))
    by_quote: dict[str, tuple] = {}
    for assessment in table.assessments:
        claims = "; ".join(f"{s.claim_id}: {s.stance.value} ({s.stance_score:+.2f})" for s in assessment.claims)
        for quote_id in assessment.quote_ids:
            by_quote[quote_id] = (assessment.relevance, "yes" if assessment.on_topic else "no", claims)
    rows = [[row.get(c, "") for c in columns] + list(by_quote.get(str(row.get("quote_id")), ("", "", "")))
            for row in table.rows]
    _sheet(workbook, "Quotes", [*columns, *QUOTE_EXTRA_COLUMNS], rows)


def _evidence_sheet(
    workbook: Workbook, table: ClaimTable, articles: Mapping[str, Path], path: Path, quote_rows_at: Mapping[str, int]
) -> dict[tuple[str, str], int]:
    """One row per quoted span and claim; returns (speaker key, claim) -> its first row."""
    long = long_rows(table)
    header = [*LONG_COLUMNS, "source"]
    rows = [[r[c] if r[c] is not None else "" for c in LONG_COLUMNS] + [f"{r['doc_id']} @ {r['start']}–{r['end']}"]
            for r in long]
    sheet = _sheet(workbook, "Evidence", header, rows)
    stance_col, quote_col, source_col, url_col = (header.index(c) + 1 for c in ("stance", "quote_id", "source", "url"))
    sheet.cell(1, source_col).comment = Comment(SOURCE_NOTE, "quotes claims")
    first_rows: dict[tuple[str, str], int] = {}
    for row, (evidence, record) in enumerate(zip(table.evidence, long, strict=True), start=2):
        if evidence.status is not Status.CANDIDATE:  # a matrix cell links to its own evidence, not a candidate's
            first_rows.setdefault((evidence.speaker_key, evidence.claim_id), row)
        sheet.cell(row, stance_col).fill = STANCE_FILLS[record["stance"]]
        if record["quote_id"] in quote_rows_at:
            _link(sheet.cell(row, quote_col), f"#'Quotes'!A{quote_rows_at[record['quote_id']]}")
        article = articles.get(record["doc_id"])
        if article is not None:
            _link(sheet.cell(row, source_col), _link_target(article, path))
        if str(record["url"]).lower().startswith(WEB_SCHEMES):
            _link(sheet.cell(row, url_col), record["url"])
    return first_rows


def _link(cell, target: str, styled: bool = True) -> None:
    if target.startswith("#"):  # a place in this workbook: stored as the link's location
        cell.hyperlink = target
        cell.hyperlink.location, cell.hyperlink.target = target[1:], None
    else:
        cell.hyperlink = target
    if styled:
        cell.font = LINK_FONT


def _link_matrix(sheet: Worksheet, table: ClaimTable, evidence_rows_at: Mapping[tuple[str, str], int]) -> None:
    for row, profile in enumerate(table.speakers, start=2):
        for column, claim in enumerate(table.codebook.claims, start=FIRST_CLAIM_COLUMN):
            at = evidence_rows_at.get((profile.key, claim.id))
            if at:
                _link(sheet.cell(row, column), f"#'Evidence'!A{at}", styled=False)  # keeps the stance colour


def _claims_sheet(workbook: Workbook, table: ClaimTable) -> None:
    counts = {c.id: {s: 0 for s in STANCE_FILLS} for c in table.codebook.claims}
    for cell in table.cells.values():
        counts[cell.claim_id][cell.stance] += 1
    header = ["id", "label", "statement", "keywords", "supports", "disputes", *(f"speakers {s}" for s in STANCE_FILLS)]
    rows = [
        [c.id, c.title, c.statement, "; ".join(c.keywords), "\n".join(c.supports), "\n".join(c.disputes),
         *(counts[c.id][s] for s in STANCE_FILLS)]
        for c in table.codebook.claims
    ]
    sheet = _sheet(workbook, "Claims", header, rows)
    sheet.insert_rows(1)
    _set_text(sheet, 1, 1, f"Topic: {table.codebook.topic}").font = HEADER_FONT
    sheet.freeze_panes = "B3"
    sheet.auto_filter.ref = f"A2:{get_column_letter(len(header))}{sheet.max_row}"
