"""`quotes claims …`: the speaker-by-claim table and codebook discovery. Parses options, prints,
picks exit codes; the work is in the library modules of quotes.claims."""

from __future__ import annotations

import csv
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

# Every `quotes` command imports this module (for claims_app), so it imports only typer here: each
# command imports the claim modules (numpy, scikit-learn, openpyxl, the embedder) in its own body.
from quotes.embed import DEFAULT_MODEL

if TYPE_CHECKING:
    from quotes.claims.codebook import Codebook

# quotes.claims.table.LONG_NAME, written out: importing the table module would load numpy for a help text
# (tests/test_startup.py::test_claims_long_name_agrees_with_the_table_module checks the two agree)
LONG_NAME = "claims_long.csv"

TEXTS_HELP = ("the --save-text folder of `quotes extract` (or the folder of plain-text articles): what the workbook's "
              "evidence links open (repeatable)")
claims_app = typer.Typer(no_args_is_help=True, add_completion=False)  # help: claims_main's docstring

MODEL_OPTION = typer.Option(
    "--model", help=f"sentence-transformers model name or folder (default: {DEFAULT_MODEL}, packaged offline)"
)


def _err(message: str) -> None:
    typer.echo(message, err=True)


def _fail(message: str, code: int = 2) -> typer.Exit:
    _err(f"error: {message}")
    return typer.Exit(code)


def _check_outputs(outputs: Sequence[Path]) -> None:
    for output in outputs:
        if output.suffix.lower() not in (".csv", ".xlsx"):
            raise _fail(f"{output}: the table is written as .csv or .xlsx")


def copies_beside(quotes_file: Path) -> dict[str, str]:
    """copy doc_id -> original doc_id, from the articles.csv the linking pass wrote beside
    quotes_file (copies, reworded copies, syndicated versions); empty when there is none."""
    from quotes.crossdoc.link import find_side_file
    from quotes.io.records import restore

    path = find_side_file(quotes_file, "articles")
    if path is None:
        return {}
    with open(path, encoding="utf-8-sig", newline="") as handle:
        # written with the formula guard of quotes.io.export: restore takes it off ("'-1.txt" was "-1.txt")
        return {restore(row["doc_id"]): restore(row["duplicate_of"]) for row in csv.DictReader(handle)
                if row.get("duplicate_of")}


def make_tables(
    rows: Sequence[Mapping], codebook: Codebook, outputs: Sequence[Path], *, long_path: Path | None = None,
    articles: Sequence[str | os.PathLike] | Mapping[str, Path] = (), model: str | None = None,
    copies: Mapping[str, str] | None = None,
) -> str:
    """Build the table once, write it to every output and the long form; returns what to print.
    Shared by `quotes claims table` and `quotes extract --claims`."""
    from quotes.claims.outputs import write_outputs
    from quotes.claims.table import build_table
    from quotes.embed import Embedder

    table = build_table(rows, codebook, Embedder(model), copies=copies)
    written_long = write_outputs(table, outputs, long_path, articles)
    return (
        f"{len(table.speakers)} speaker(s) x {len(codebook.claims)} claim(s), {len(table.cells)} sure cell(s), "
        f"{len(table.candidates)} candidate(s) to confirm (quotes review), {len(table.evidence)} evidence row(s) -> {', '.join(map(str, outputs))} and {written_long}"
    )


@claims_app.callback()
def claims_main() -> None:
    """Speaker-by-claim tables: who says what about the claim being checked.

    Example:

        quotes claims table quotes.csv --codebook fixtures/claims/no-limits.toml -o table.xlsx
    """


@claims_app.command("table")
def table_command(
    quotes_file: Annotated[Path, typer.Argument(help="quotes.csv or .jsonl written by `quotes extract`")],
    codebook: Annotated[Path, typer.Option("--codebook", "-c", help="claim codebook (TOML)")],
    outputs: Annotated[list[Path], typer.Option("--output", "-o", help="table.csv or table.xlsx (repeatable)")],
    long_path: Annotated[Path | None, typer.Option("--long", help=f"long-form CSV (default: {LONG_NAME} beside the first output)")] = None,
    texts: Annotated[list[Path] | None, typer.Option("--texts", help=TEXTS_HELP)] = None,
    model: Annotated[str | None, MODEL_OPTION] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="print only errors")] = False,
) -> None:
    """Build the speaker-by-claim table of QUOTES_FILE against a claim codebook.

    Rows are speakers with at least one on-topic quote; columns are the codebook's claims; a cell
    holds the stance (supports / disputes / mentions / mixed), the decisive quoted words and the
    quote ids behind it. A long-form CSV with every score is written beside it.

    Example:

        quotes claims table quotes.csv --codebook fixtures/claims/no-limits.toml -o table.xlsx --texts fixtures
    """
    from quotes.claims.codebook import CodebookError, load_codebook
    from quotes.claims.records import QuotesFileError, read_rows
    from quotes.embed import EmbeddingModelError

    _check_outputs(outputs)
    try:
        book = load_codebook(codebook)
        rows = read_rows(quotes_file)
        summary = make_tables(rows, book, outputs, long_path=long_path, articles=texts or (), model=model,
                              copies=copies_beside(quotes_file))
    except (CodebookError, QuotesFileError, EmbeddingModelError, OSError) as exc:
        raise _fail(str(exc)) from None
    if not quiet:
        _err(summary)


@claims_app.command("discover")
def discover_command(
    quotes_file: Annotated[Path, typer.Argument(help="quotes.csv or .jsonl written by `quotes extract`")],
    topic: Annotated[str, typer.Option("--topic", "-t", help="the claim at stake, as a sentence")],
    output: Annotated[Path, typer.Option("--output", "-o", help="where to write the draft codebook")] = Path("claims.toml"),
    relevance: Annotated[float, typer.Option("--relevance", help="min similarity to the topic for a quote to count")] = 0.45,
    distance: Annotated[float, typer.Option("--distance", help="clustering distance threshold; lower gives more, tighter clusters")] = 0.85,
    min_size: Annotated[int, typer.Option("--min-size", help="smallest cluster that becomes a claim")] = 2,
    model: Annotated[str | None, MODEL_OPTION] = None,
) -> None:
    """Draft a claim codebook by clustering the on-topic quotes: one claim per cluster, to edit.

    Example:

        quotes claims discover quotes.csv --topic "the China-Russia 'no limits' partnership" -o claims.toml
    """
    from quotes.claims.codebook import dump_codebook
    from quotes.claims.discover import discover_codebook, draft_header
    from quotes.claims.records import QuotesFileError, read_rows
    from quotes.embed import Embedder, EmbeddingModelError
    from quotes.io.export import atomic_write

    if not topic.strip():
        raise _fail("--topic must say what the claim at stake is")
    try:
        rows = read_rows(quotes_file)
        discovery = discover_codebook(
            rows, topic.strip(), Embedder(model), relevance=relevance, distance=distance, min_size=min_size,
        )
    except (QuotesFileError, EmbeddingModelError, OSError) as exc:
        raise _fail(str(exc)) from None
    if not discovery.codebook.claims:
        raise _fail(
            f"no cluster of {min_size}+ on-topic quotes in {quotes_file} ({discovery.on_topic} on-topic): "
            "try a broader --topic, a lower --relevance or a higher --distance", 1,
        )
    with atomic_write(output, encoding="utf-8", newline="\n") as handle:
        handle.write(dump_codebook(discovery.codebook, draft_header(discovery, quotes_file.name)))
    _err(f"{len(discovery.codebook.claims)} draft claim(s) from {discovery.on_topic} on-topic quote(s) -> {output}")


@claims_app.command("check")
def check_command(
    codebook: Annotated[Path, typer.Argument(help="claim codebook (TOML)")],
) -> None:
    """Check a claim codebook and list its claims (no model is loaded).

    Example:

        quotes claims check fixtures/claims/no-limits.toml
    """
    from quotes.claims.codebook import CodebookError, load_codebook

    try:
        book = load_codebook(codebook)
    except CodebookError as exc:
        raise _fail(str(exc)) from None
    typer.echo(f"topic: {book.topic}")
    for claim in book.claims:
        typer.echo(f"  {claim.id}: {claim.title} ({len(claim.supports)} supports, {len(claim.disputes)} disputes, "
                   f"{len(claim.keywords)} keywords)")


# --- `quotes extract --claims CODEBOOK --table PATH` -------------------------------------


def codebook_for_extract(claims: Path | None, tables: Sequence[Path] | None) -> Codebook | None:
    """Check the claim options of `quotes extract` before the (slow) extraction starts."""
    from quotes.claims.codebook import CodebookError, load_codebook

    if claims is None and not tables:
        return None
    if claims is None or not tables:
        raise _fail("--claims CODEBOOK and --table PATH go together")
    _check_outputs(tables)
    try:
        return load_codebook(claims)
    except CodebookError as exc:
        raise _fail(str(exc)) from None


def table_after_extract(
    quotes_file: Path, codebook: Codebook, tables: Sequence[Path], articles: Sequence[str], quiet: bool = False
) -> None:
    """Build the claim table from the quotes just written (after the linking pass, so speaker_id
    is used when it is there)."""
    from quotes.claims.records import QuotesFileError, read_rows
    from quotes.embed import EmbeddingModelError

    try:
        rows = read_rows(quotes_file)
        summary = make_tables(rows, codebook, tables, articles=[a for a in articles if a != "-"],
                              copies=copies_beside(quotes_file))
    except (QuotesFileError, EmbeddingModelError, OSError) as exc:
        raise _fail(f"claim table: {exc}") from None
    if not quiet:
        _err(f"claims: {summary}")
