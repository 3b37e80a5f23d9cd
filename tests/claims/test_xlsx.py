"""quotes.claims.xlsx: the claim workbook's content, and cells that can never become formulas."""

from __future__ import annotations

import openpyxl

from quotes.claims.outputs import write_outputs
from quotes.claims.records import records_from_rows
from quotes.claims.table import table_from_assessments
from quotes.claims.xlsx import EXCEL_CELL_LIMIT, safe_value
from tests.helpers.claims import CODEBOOK, ROWS


def test_workbook_content(table, tmp_path):
    article = tmp_path / "articles" / "dam.txt"
    article.parent.mkdir()
    article.write_text("text", encoding="utf-8")
    path = tmp_path / "out" / "table.xlsx"
    write_outputs(table, [path], article_places=[tmp_path / "articles"])
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Matrix", "Evidence", "Quotes", "Speakers", "Claims"]
    matrix = book["Matrix"]
    assert matrix.freeze_panes == "B2" and matrix.auto_filter.ref == "A1:G4"
    assert [c.value for c in matrix[1]] == ["speaker", "category", "role", "affiliation", "articles",
                                            "Dam is safe (dam-safe)", "Costs overrun (cost-overrun)"]
    assert matrix["A2"].value == "Ana Silva" and matrix["B2"].value == "expert" and matrix["E2"].value == "dam.txt"
    assert matrix["F2"].value.startswith("✔ supports") and matrix["F2"].fill.fgColor.rgb.endswith("C6EFCE")
    assert matrix["F3"].fill.fgColor.rgb.endswith("E4DFEC")  # mixed
    assert matrix["F2"].alignment.wrap_text and matrix.column_dimensions["F"].width > 30
    assert matrix["F1"].comment.text == "The dam is structurally safe."
    assert matrix["F2"].hyperlink.location.startswith("'Evidence'!A")
    evidence = book["Evidence"]
    header = [c.value for c in evidence[1]]
    assert evidence.freeze_panes == "B2" and evidence.auto_filter.ref
    rows = {r[header.index("quote_id")].value: r for r in evidence.iter_rows(min_row=2)}
    evil = rows["dam-003"]
    assert evil[header.index("quote")].value == "=HYPERLINK(\"http://evil\")"  # the quote, unchanged
    assert evil[header.index("quote")].data_type == "s"  # text, never a formula
    assert evil[header.index("stance")].fill.fgColor.rgb.endswith("FFC7CE")
    source = evil[header.index("source")]
    assert source.value == "dam.txt @ 30–55" and source.hyperlink.target == "../articles/dam.txt"
    quote_link = evil[header.index("quote_id")].hyperlink.location
    assert book["Quotes"][quote_link.split("!")[1]].value == "dam-003"  # the link lands on the quote's row
    assert evil[header.index("start")].value == 30  # numbers stay numbers
    long = rows["dam-006"][header.index("quote")].value
    assert len(long) == EXCEL_CELL_LIMIT and long.endswith("[cut: Excel cell limit]")
    quotes = book["Quotes"]
    quote_header = [c.value for c in quotes[1]]
    assert quotes.max_row == len(ROWS) + 1 and {"relevance", "on_topic", "claims"} <= set(quote_header)
    scare = next(r for r in quotes.iter_rows(min_row=2) if r[quote_header.index("kind")].value == "scare")
    assert scare[quote_header.index("claims")].value in (None, "")
    speakers = book["Speakers"]
    assert [c.value for c in speakers["A"]][1:] == ["Ana Silva", "Tom Reyes", "Lia Chen"]
    assert speakers["B4"].value == "official"


def test_safe_value():
    assert safe_value("=1+1") == "=1+1"  # text unchanged: the workbook types it as a string instead
    assert safe_value("bell\x07 and null\x00") == "bell and null"
    assert safe_value(3) == 3 and safe_value(None) is None


def test_xlsx_value_cannot_become_a_formula_after_cleaning(table, tmp_path):
    """A control character removed from a quote cannot uncover a formula: the cell is a string."""
    rows = [{**ROWS[0], "quote": "\x01=cmd|' /C calc'!A0", "speaker": "\x02@SUM(A1)"}]
    records = records_from_rows(rows)
    path = write_outputs(table_from_assessments(rows, records, [], CODEBOOK), [tmp_path / "t.xlsx"]).parent
    sheet = openpyxl.load_workbook(path / "t.xlsx")["Quotes"]
    header = [c.value for c in sheet[1]]
    quote, speaker = sheet.cell(2, header.index("quote") + 1), sheet.cell(2, header.index("speaker") + 1)
    assert (quote.value, quote.data_type, quote.quotePrefix) == ("=cmd|' /C calc'!A0", "s", True)
    assert (speaker.value, speaker.data_type, speaker.quotePrefix) == ("@SUM(A1)", "s", True)
