"""`quotes review`: the command (registered in quotes/cli.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def review(
    target: Annotated[Path, typer.Argument(help="output folder of `quotes extract` (holding quotes.csv), or the quotes file")],
    articles: Annotated[
        list[str] | None, typer.Argument(help="the articles (files, folders) the offsets index; default: the doc_ids as paths")
    ] = None,
    db: Annotated[Path | None, typer.Option("--db", help="review database (default: quotes.db beside the quotes file)")] = None,
    claims: Annotated[Path | None, typer.Option("--claims", help="claims long CSV (default: claims_long.csv beside the quotes)")] = None,
    user: Annotated[str | None, typer.Option("--user", help="name recorded with each correction (default: the OS user)")] = None,
    port: Annotated[int, typer.Option("--port", help="port on 127.0.0.1 (default: a free one)")] = 0,
    no_browser: Annotated[bool, typer.Option("--no-browser", help="print the URL but do not open a browser")] = False,
    export: Annotated[
        Path | None, typer.Option("--export", help="write the quotes with corrections applied (.csv or .xlsx) and exit")
    ] = None,
    export_claims: Annotated[
        Path | None, typer.Option("--export-claims", help="write the claims table as reviewed (.csv: who filled each cell, tool or person) and exit")
    ] = None,
) -> None:
    """Check and correct every attribution in the browser; corrections are kept in quotes.db.

    Starts a local web app on 127.0.0.1 (article view with highlighted quotes, a queue with
    keyboard keys j/k/a/e/x, the claims matrix). Every change is logged and can be undone.

    Example:

        quotes review out/ fixtures/*.txt --no-browser

    Export the claims table as reviewed (sure cells and confirmed candidates, each saying who filled it):

        quotes review out/ --export-claims out/claims_reviewed.csv

    Export the corrected quotes (a `checked` column added; usable as gold by `quotes evaluate`):

        quotes review out/ --export out/corrected.csv && quotes evaluate --gold out/corrected.csv out/quotes.csv
    """
    # here, not at the top: every `quotes` command imports this module, and the web app's (starlette,
    # uvicorn, jinja2) are wanted only by this one
    from quotes.review.export import export as write_export
    from quotes.review.load import locate
    from quotes.review.serve import default_user, serve
    from quotes.review.store import build

    try:
        pile = locate(target, db=db, claims=claims, texts=articles or ())
        notice = build(pile).message()  # a re-extracted quotes file is re-imported, corrections carried
    except (FileNotFoundError, OSError, ValueError, KeyError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    if notice:
        typer.echo(f"note: {notice}", err=True)
    if export_claims is not None:
        from quotes.review.export import export_claims as write_claims
        return _exported(write_claims, pile.db, export_claims, "claim cell(s)")
    if export is not None:
        return _exported(write_export, pile.db, export, "corrected row(s)")
    serve(pile.db, user or default_user(), port=port, browser=not no_browser, say=lambda m: typer.echo(m, err=True),
          pile=pile, notices=[notice] if notice else [])


def _exported(write, db, path, what: str) -> None:
    """Write an export of the review database; one line for the count, or for the error (exit 2)."""
    try:
        count = write(db, path)
    except (OSError, ValueError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    typer.echo(f"{count} {what} -> {path}", err=True)
