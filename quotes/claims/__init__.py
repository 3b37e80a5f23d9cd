"""Claims: turn extracted quotes into a speaker-by-claim table (who says what about the claim
being checked).

    from quotes.claims import load_codebook, build_table, write_outputs
    from quotes.claims.records import read_rows

    table = build_table(read_rows("quotes.csv"), load_codebook("claims.toml"))
    write_outputs(table, ["table.xlsx", "table.csv"], article_places=["fixtures"])

Stages, one module each: codebook.py (the TOML claim list) -> records.py (quotes.csv rows) ->
speakers.py (one profile and category per speaker) -> quotes/embed.py (sentence embeddings, the
only module that imports sentence-transformers) -> assign.py (claim and stance per utterance) ->
table.py (cells, CSV) -> xlsx.py (workbook). discover.py drafts a codebook by clustering.

The names below are imported on first use: every `quotes` command imports this package (the
command line's claims_app lives in quotes.claims.cli), and most never build a table.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.lazy import lazy_names

if TYPE_CHECKING:  # what the names are, for readers and type checkers; at run time __getattr__ fetches them
    from quotes.claims.assign import Assessment, ClaimScore, Stance, assign_claims
    from quotes.claims.codebook import (
        Claim,
        Codebook,
        CodebookError,
        Settings,
        dump_codebook,
        load_codebook,
        parse_codebook,
    )
    from quotes.claims.outputs import write_outputs, write_table
    from quotes.claims.table import ClaimTable, build_table
    from quotes.embed import DEFAULT_MODEL, Embedder, EmbeddingModelError

# each public name and the module it comes from
_SOURCES = {
    **dict.fromkeys(("Assessment", "ClaimScore", "Stance", "assign_claims"), "quotes.claims.assign"),
    **dict.fromkeys(
        ("Claim", "Codebook", "CodebookError", "Settings", "dump_codebook", "load_codebook", "parse_codebook"),
        "quotes.claims.codebook",
    ),
    **dict.fromkeys(("write_outputs", "write_table"), "quotes.claims.outputs"),
    **dict.fromkeys(("ClaimTable", "build_table"), "quotes.claims.table"),
    **dict.fromkeys(("DEFAULT_MODEL", "Embedder", "EmbeddingModelError"), "quotes.embed"),
}
__all__ = [
    "DEFAULT_MODEL", "Assessment", "Claim", "ClaimScore", "ClaimTable", "Codebook", "CodebookError", "Embedder",
    "EmbeddingModelError", "Settings", "Stance", "assign_claims", "build_table", "dump_codebook", "load_codebook",
    "parse_codebook", "write_outputs", "write_table",
]


__getattr__, __dir__ = lazy_names(__name__, _SOURCES, globals())
