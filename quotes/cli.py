"""The command line: a thin layer over the library. Only this module prints and picks exit codes."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from quotes import nlp
from quotes.api import extract_files
from quotes.export import quote_rows, write_rows
from quotes.reader import DEFAULT_MAX_BYTES

app = typer.Typer(
    help="Find every quotation in news articles, attribute it to its speaker, and export it for spreadsheets.",
    no_args_is_help=True,
    add_completion=False,
)
models_app = typer.Typer(add_completion=False)  # help comes from models_show's docstring
app.add_typer(models_app, name="models")

MODELS_OPTION = typer.Option(
    "--models",
    help="stanza resources directory (default: $STANZA_RESOURCES_DIR, else ~/stanza_resources)",
)


def _err(message: str) -> None:
    typer.echo(message, err=True)


@app.command()
def extract(
    articles: Annotated[list[str], typer.Argument(help="article files, folders, or - for stdin")],
    output: Annotated[Path, typer.Option("--output", "-o", help="where to write the quotes")] = Path("quotes.csv"),
    fmt: Annotated[str, typer.Option("--format", "-f", help="csv or jsonl")] = "csv",
    models: Annotated[Path | None, MODELS_OPTION] = None,
    max_bytes: Annotated[int, typer.Option("--max-bytes", help="skip articles larger than this")] = DEFAULT_MAX_BYTES,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="print only warnings and errors")] = False,
) -> None:
    """Extract and attribute the quotations of ARTICLES into one CSV (or JSONL) file.

    Example:

        quotes extract fixtures/*.txt -o quotes.csv
    """
    if fmt not in ("csv", "jsonl"):
        _err(f"error: --format must be csv or jsonl, not {fmt!r}")
        raise typer.Exit(2)
    stats = {"read": 0, "skipped": 0, "quotes": 0}

    def rows():
        for result in extract_files(articles, models_dir=models, max_bytes=max_bytes):
            for warning in result.warnings:
                _err(f"warning: {warning}")
            if result.error:
                stats["skipped"] += 1
                _err(f"warning: skipped {result.error}")
                continue
            stats["read"] += 1
            stats["quotes"] += len(result.quotes)
            yield from quote_rows(result.quotes)

    try:
        written = write_rows(rows(), output, fmt)
    except nlp.ModelError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(2) from None
    if stats["read"] == 0:
        _err("error: no article could be read")
        raise typer.Exit(1)
    if not quiet:
        _err(
            f"{stats['read']} article(s) read, {stats['skipped']} skipped, "
            f"{stats['quotes']} quote(s) in {written} row(s) -> {output}"
        )


@app.command()
def evaluate(
    predictions: Annotated[Path, typer.Argument(help="quotes.csv or .jsonl written by `quotes extract`")],
    gold: Annotated[Path, typer.Option("--gold", help="gold annotation folder or file")] = Path("fixtures/gold"),
    texts: Annotated[Path | None, typer.Option("--texts", help="folder of the articles, to check gold offsets")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="print the report as JSON")] = False,
) -> None:
    """Score extracted quotes against gold annotations: precision, recall, speaker and affiliation accuracy.

    Example:

        quotes extract fixtures/*.txt -o quotes.csv && quotes evaluate --gold fixtures/gold quotes.csv
    """
    from quotes import evaluate as scoring

    try:
        gold_quotes = scoring.load_gold(gold, texts_dir=texts)
        rows = scoring.load_predictions(predictions)
    except (scoring.GoldFormatError, OSError, ValueError) as exc:
        _err(f"error: {exc}")
        raise typer.Exit(2) from None
    report = scoring.evaluate(gold_quotes, rows)
    typer.echo(json.dumps(report.to_dict(), indent=2) if as_json else report.to_text())


@models_app.callback(invoke_without_command=True)
def models_show(
    ctx: typer.Context,
    models: Annotated[Path | None, MODELS_OPTION] = None,
) -> None:
    """Show which stanza models are installed, and where; `download` fetches them.

    Example:

        quotes models --models ../shared/models/stanza
    """
    if ctx.invoked_subcommand is not None:
        return
    root = nlp.resolve_models_dir(models)
    typer.echo(f"stanza resources: {root}")
    ok = True
    for status in nlp.model_status(root):
        mark = "installed" if status.installed else "MISSING"
        ok &= status.installed
        typer.echo(f"  {nlp.LANG}/{status.processor}/{status.package}.pt  {mark}")
    if not ok:
        typer.echo("run `quotes models download` on a machine with network access", err=True)
        raise typer.Exit(1)


@models_app.command("download")
def models_download(models: Annotated[Path | None, MODELS_OPTION] = None) -> None:
    """Download the English tokenize and mwt models with stanza (needs network access).

    Example:

        quotes models download --models ~/stanza_resources
    """
    try:
        root = nlp.download_models(models)
    except nlp.ModelError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(1) from None
    typer.echo(f"models installed in {root}")


def main() -> None:  # console-script entry point
    app()


if __name__ == "__main__":
    sys.exit(main())
