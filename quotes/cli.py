"""The command line: a thin layer over the library. Only this module prints and picks exit codes."""

from __future__ import annotations

import inspect
import json
import signal
import sys
import tempfile
import threading
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

# Only what every command needs is imported here: a command imports the rest of what it runs
# inside its own body, so `quotes --version` loads no torch, stanza, pandas or datasketch
# (tests/test_startup.py::test_importing_the_cli_loads_no_heavy_library, bench/bench_startup.py).
from quotes import nlp
from quotes.claims.cli import claims_app, codebook_for_extract, table_after_extract
from quotes.config import remember_models_dir
from quotes.io.reader import (
    DEFAULT_MAX_BYTES,
    InputOptions,
    count_inputs,
    read_inputs,
    saved_text_path,
    saving_texts,
)
from quotes.nlp import BATCH
from quotes.review.cli import review as review_command

if TYPE_CHECKING:
    from quotes.evaluate.coverage import Coverage
    from quotes.scale import EngineSettings, ExtractionRun

# exit status of `quotes extract` (also in the README): every input read, none, or some failed
EXIT_OK, EXIT_NOTHING_READ, EXIT_USAGE, EXIT_SOME_FAILED = 0, 1, 2, 3

app = typer.Typer(
    help=(
        "Find every quotation in news articles, attribute it to its speaker, and export it for spreadsheets.\n\n"
        "Exit status: 0 every article read, 1 none could be read, 2 a usage or setup error, "
        "3 some articles failed (the others are in the output)."
    ),
    no_args_is_help=True,
    add_completion=False,
)
models_app = typer.Typer(add_completion=False)  # help comes from models_show's docstring
app.add_typer(models_app, name="models")
app.add_typer(claims_app, name="claims")
app.command("review")(review_command)  # quotes/review/cli.py: the browser check of every attribution

def flag(*names: str, help: str, **kwargs) -> typer.models.OptionInfo:  # noqa: A002 (typer's own name)
    """A boolean option that takes no value."""
    return typer.Option(*names, help=help, **kwargs)


_option_type = typer.core.TyperOption.display_type_rich


def _flag_type(self, ctx):
    """typer 0.29 on click 8.5 shows every flag as "--quiet <bool>", as if it took a value: show none."""
    return None if self.is_flag else _option_type(self, ctx)


typer.core.TyperOption.display_type_rich = _flag_type


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version

        try:
            typer.echo(f"quotes {version('quotes')}")
        except PackageNotFoundError:
            typer.echo("quotes (not installed)")
        raise typer.Exit()


@app.callback()
def _main(
    show_version: Annotated[
        bool, flag("--version", callback=_version, is_eager=True, help="print the version and exit")
    ] = False,
) -> None:
    """The app's help is Typer(help=...) above; this callback only adds --version."""


MODELS_OPTION = typer.Option(
    "--models",
    help=(
        "stanza resources directory (default: $STANZA_RESOURCES_DIR, else the folder `quotes models use` "
        "remembered, else the English models shipped with quotes)"
    ),
)
DOWNLOAD_OPTION = typer.Option(
    "--models",
    help="folder to download into (default: $STANZA_RESOURCES_DIR, else the remembered folder, else ~/stanza_resources)",
)


# input options shared by `extract` and `link` (link must read the articles as extract did)
MaxBytes = Annotated[int, typer.Option("--max-bytes", help="skip articles larger than this")]
InputFormat = Annotated[str, typer.Option("--input-format", help="auto (by suffix, then content), text, html, jsonl or csv")]
IdField = Annotated[str, typer.Option("--id-field", help="JSONL field / CSV column of each article's id")]
TextField = Annotated[str, typer.Option("--text-field", "--text-column", help="JSONL field / CSV column of each article's text")]
Quiet = Annotated[bool, flag("--quiet", "-q", help="print only warnings and errors")]
Verbose = Annotated[
    bool, flag("--verbose", "-v", help="also list each paragraph dropped as page furniture")
]
WordingOnly = Annotated[
    bool,
    flag("--wording-only", help="match one speaker's reworded quotes by wording only, without the embedding model"),
]

# the options of `quotes extract`, named so its signature reads as a list
Articles = Annotated[
    list[str], typer.Argument(help="article files, folders, quoted glob patterns ('news/**/*.txt'), or - for stdin")
]
Output = Annotated[  # str, not Path: a trailing slash ("-o out/") says a folder, and Path drops it
    str, typer.Option("--output", "-o", help="where to write the quotes: a .csv, .jsonl or .xlsx file, or a folder to write quotes.csv in")
]
Format = Annotated[str | None, typer.Option("--format", "-f", help="csv, jsonl or xlsx (default: the output's suffix, else csv)")]
SaveText = Annotated[
    Path | None, typer.Option("--save-text", help="folder to keep each article's text in (<doc_id>.txt): what offsets index")
]
NoLink = Annotated[
    bool, flag("--no-link", help="skip the cross-article pass (<output>.speakers.csv, .articles.csv, .quote_variants.csv)")
]
Claims = Annotated[Path | None, typer.Option("--claims", help="claim codebook (TOML): also build the speaker-by-claim table")]
Tables = Annotated[
    list[Path] | None, typer.Option("--table", help="claim table to write, .xlsx or .csv (repeatable; with --claims)")
]
Workers = Annotated[int | None, typer.Option("--workers", "-w", min=1, help="worker processes (default: one per core)")]
Resume = Annotated[bool, flag("--resume", help="continue a stopped run: skip the articles already in the output")]
Overwrite = Annotated[bool, flag("--overwrite", help="start afresh, throwing away a stopped run's rows (instead of --resume)")]
Report = Annotated[Path | None, typer.Option("--report", help="also write the run report (counts, failures, time) as JSON")]
Engine = Annotated[str, typer.Option("--engine", help="local (processes on this machine) or dask")]
Scheduler = Annotated[str | None, typer.Option("--scheduler", help="dask scheduler, tcp://HOST:PORT (default: a local cluster)")]
BatchSize = Annotated[int, typer.Option("--batch-size", min=1, help="articles per stanza bulk call")]


def _err(message: str) -> None:
    typer.echo(message, err=True)


def _reflowed(command):
    """Join each prose paragraph of a command's docstring into one line, for the terminal to wrap:
    typer keeps the docstring's line breaks, and at 80 columns each one left a short line behind.
    Indented paragraphs (examples) keep their lines."""
    paragraphs = inspect.cleandoc(command.__doc__ or "").split("\n\n")
    command.__doc__ = "\n\n".join(
        p if p.startswith("    ") else " ".join(line.strip() for line in p.splitlines()) for p in paragraphs
    )
    return command


@contextmanager
def _terminate_as_interrupt():
    """SIGTERM (a job scheduler's, `kill`'s) stops the run as Ctrl-C does: finished rows kept for
    --resume, workers shut down. Python's default would end the process at once, with no clean-up."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(signum, frame):
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _run_extraction(
    run: ExtractionRun,
    articles: list[str],
    inputs: InputOptions,
    quiet: bool,
    report_path: Path | None,
    text_dir: Path | None = None,
    verbose: bool = False,
    sources: list[tuple[str, str | None]] | None = None,
) -> list[tuple[str, str | None]]:
    """Run it with a progress bar, print each article's warnings; (doc_id, path) of the articles in the
    output, in ``sources`` as they come (the linking pass, run before the output is published, reads it)."""
    from concurrent.futures.process import BrokenProcessPool

    from quotes.io.export import atomic_write
    from quotes.scale import OutputBusy, OutputUnwritable, ResumeError
    from quotes.scale.dask_engine import DaskError
    from quotes.scale.progress import ProgressBar, wanted

    sources = [] if sources is None else sources
    count = None if "-" in articles else (lambda: count_inputs(articles, inputs))
    failure: tuple[str, int] | None = None
    quotes = 0
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.default_int_handler)  # from here a Ctrl-C keeps the rows for --resume
    try:
        with _terminate_as_interrupt(), ProgressBar(wanted(quiet), count) as bar:
            say = bar.write if bar.enabled else _err
            for result in run.results(saving_texts(read_inputs(articles, inputs), text_dir)):
                for warning in result.warnings:
                    say(f"warning: {warning}")
                if verbose:
                    for line in result.dropped:
                        say(f"dropped: {result.doc_id}: {line}")
                if result.error:
                    say(f"warning: skipped {result.error}")
                else:
                    # the saved text is exactly what the offsets index, whatever the input's format
                    sources.append((result.doc_id, result.path if text_dir is None else str(saved_text_path(text_dir, result.doc_id))))
                    quotes += len(result.quotes)
                bar.advance(quotes)
    except (nlp.ModelError, ResumeError, OutputBusy, OutputUnwritable, DaskError) as exc:
        failure = (f"error: {exc}", 2)
    except BrokenProcessPool:
        failure = ("error: a worker process died (out of memory?); the rows so far are kept: rerun with --resume", 1)
    except KeyboardInterrupt:
        failure = ("interrupted: the rows so far are kept; rerun with --resume to continue", 130)
    except OSError as exc:  # publishing the output set (disk full, a file in the way): the rows stay for --resume
        failure = (f"error: cannot write {run.output}: {exc}; the rows so far are kept: rerun with --resume", 2)
    if report_path is not None:
        try:
            with atomic_write(report_path) as handle:
                json.dump(run.report.to_dict(), handle, indent=2, ensure_ascii=False)
        except OSError as exc:
            failure = failure or (f"error: cannot write {report_path}: {exc.strerror or exc}", 2)
    if failure:
        _err(failure[0])
        raise typer.Exit(failure[1])
    return sources


@app.command()
@_reflowed
def extract(
    articles: Articles,
    output: Output = "quotes.csv",
    fmt: Format = None,
    models: Annotated[Path | None, MODELS_OPTION] = None,
    max_bytes: MaxBytes = DEFAULT_MAX_BYTES,
    input_format: InputFormat = "auto",
    id_field: IdField = "id",
    text_field: TextField = "text",
    save_text: SaveText = None,
    quiet: Quiet = False,
    verbose: Verbose = False,
    no_link: NoLink = False,
    wording_only: WordingOnly = False,
    claims: Claims = None,
    tables: Tables = None,
    workers: Workers = None,
    resume: Resume = False,
    overwrite: Overwrite = False,
    report_path: Report = None,
    engine: Engine = "local",
    scheduler: Scheduler = None,
    batch_size: BatchSize = BATCH,
) -> None:
    """Extract and attribute the quotations of ARTICLES into one CSV, JSONL or XLSX file.

    Example:

        quotes extract fixtures/*.txt -o out/quotes.csv

    The output's suffix picks the format (.csv, .jsonl, .xlsx: one row per quoted span, the same columns). Then the articles are linked (unless --no-link): one speaker_id per speaker, copied articles, altered quotes, in quotes.speakers.csv, quotes.articles.csv and quotes.quote_variants.csv beside it. The output and these files are replaced together, and only by a run that read some article.

    Rows are written as articles finish, in input order, on every core (--workers). A stopped run keeps its rows: continue it with --resume, or start over with --overwrite; a run given neither refuses to start over it. --engine dask runs on a dask cluster (docs/scale.md):

        quotes extract 'archive/**/*.txt' -o quotes.xlsx --workers 8 \\
            --resume --report run.json

    Saved web pages and JSONL/CSV exports are read too; --save-text keeps the text every offset points into:

        quotes extract export.jsonl pages/ -o quotes.csv \\
            --text-field body --save-text texts/

    With --claims and --table it also builds the speaker-by-claim table (see `quotes claims table`):

        quotes extract fixtures/*.txt -o out/quotes.csv \\
            --claims fixtures/claims/no-limits.toml --table out/table.xlsx

    Exit status: 0 every article read, 1 none could be read, 2 a usage or setup error (an output that cannot be written, a stopped run neither resumed nor overwritten), 3 some articles failed (the others are in the output; the warnings and --report say which), 130 interrupted (the rows so far are kept for --resume).
    """
    from quotes.scale import ExtractionRun

    codebook = codebook_for_extract(claims, tables)  # checked before the slow extraction; exits 2 if bad
    others = [*([report_path] if report_path else []), *(tables or [])]
    inputs = _input_options(input_format, id_field, text_field, max_bytes, save_text)
    output, fmt = _checked_output(output, fmt, resume, overwrite, inputs, articles, others, save_text)
    settings = _engine_settings(engine, workers, scheduler, models)
    # the linking pass reads each article's text again: keep it (stdin and exports have no file to re-read)
    scratch = None if save_text or no_link else tempfile.TemporaryDirectory(prefix="quotes-texts-")
    text_dir = save_text or (Path(scratch.name) if scratch else None)
    sources: list[tuple[str, str | None]] = []  # every article whose rows are in the output, as they come
    annotate = None if no_link else _linker(output, sources, max_bytes, wording_only)
    run = ExtractionRun(output, fmt, resume=resume, overwrite=overwrite, settings=settings,
                        batch_articles=batch_size, annotate=annotate)  # fmt: skip
    try:
        _run_extraction(run, articles, inputs, quiet, report_path, text_dir, verbose, sources)
    finally:
        if scratch is not None:
            scratch.cleanup()
    _finish_extraction(run, quiet)
    if codebook is not None:
        # the workbook links each quote to the text its offsets index: the --save-text copy first
        table_after_extract(output, codebook, tables, [*([str(save_text)] if save_text else []), *articles], quiet)
    if run.report.failed:
        _err(f"error: {len(run.report.failed)} article(s) failed; the others are in {output}")
        raise typer.Exit(EXIT_SOME_FAILED)


def _checked_output(output: str, fmt: str | None, resume: bool, overwrite: bool, inputs: InputOptions,
                    articles: list[str], others: list[Path], save_text: Path | None) -> tuple[Path, str]:
    """The output file and its format, once the options agree and every output can be written where
    no input is (exit 2 otherwise, before anything is read); the --save-text folder is made."""
    from quotes.io.targets import OutputClash, check_outputs, output_file, output_format

    try:
        if resume and overwrite:
            raise ValueError("--resume and --overwrite contradict each other: give one")
        fmt = output_format(output, fmt)
        path = output_file(output, fmt)
        check_outputs([path, *others], articles, inputs)
        if save_text is not None:
            save_text.mkdir(parents=True, exist_ok=True)
    except (OutputClash, ValueError, OSError) as exc:
        _err(f"error: {exc}")
        raise typer.Exit(EXIT_USAGE) from None
    return path, fmt


def _input_options(input_format: str, id_field: str, text_field: str, max_bytes: int, save_text: Path | None) -> InputOptions:
    """How the inputs are read (exit 2 for an unknown input format); the --save-text folder is never walked."""
    try:
        return InputOptions(input_format, id_field, text_field, max_bytes, (str(save_text),) if save_text else ())
    except ValueError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(EXIT_USAGE) from None


def _engine_settings(engine: str, workers: int | None, scheduler: str | None, models: Path | None) -> EngineSettings:
    """Where and how the run goes (exit 2 for an unknown engine or a bad combination)."""
    from quotes.scale import EngineSettings

    try:
        return EngineSettings(engine, workers, scheduler, None if models is None else str(models))
    except ValueError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(EXIT_USAGE) from None


def _finish_extraction(run: ExtractionRun, quiet: bool) -> None:
    """The run's summary lines; exit 1 when it read nothing (the earlier output is left as it was)."""
    report = run.report
    if report.extracted + report.skipped == 0:
        kept = f"; {run.output} is left as it was" if run.output.exists() else ""
        _err(f"error: no article could be read{kept}")
        raise typer.Exit(EXIT_NOTHING_READ)
    if not quiet:
        _err(report.to_text())
        if run.annotated is not None:
            _err(f"linked: {run.annotated.to_text()}")


def _linker(output: Path, sources: list[tuple[str, str | None]], max_bytes: int, wording_only: bool):
    """The linking pass, as ExtractionRun's annotate: run on the finished quotes file staged beside the
    output, its side tables written beside it there (so all are published together). Its summary
    names the files where they are published."""
    from quotes.crossdoc.link import link_files, sentence_embedder, signatures_from_paths  # --no-link: not loaded

    def annotate(quotes_file: Path):
        warn = lambda message: _err(f"warning: {message}")  # noqa: E731
        embed = None if wording_only else sentence_embedder(warn)
        summary = link_files(quotes_file, signatures_from_paths(sources, max_bytes, warn), embed=embed)
        published = {kind: output if kind == "quotes" else output.with_name(path.name) for kind, path in summary.paths.items()}
        return replace(summary, paths=published)

    return annotate


@app.command()
def link(
    articles: Annotated[list[str], typer.Argument(help="the article files or folders the quotes were extracted from")],
    quotes_file: Annotated[Path, typer.Option("--quotes", help="quotes.csv or .jsonl written by `quotes extract`")] = Path(
        "quotes.csv"
    ),
    out_dir: Annotated[
        Path | None, typer.Option("--output-dir", "-o", help="folder for the CSVs (default: the quotes file's folder)")
    ] = None,
    max_bytes: MaxBytes = DEFAULT_MAX_BYTES,
    input_format: InputFormat = "auto",
    id_field: IdField = "id",
    text_field: TextField = "text",
    wording_only: WordingOnly = False,
    quiet: Quiet = False,
) -> None:
    """Link extracted quotes across ARTICLES: speakers, copied or reworded articles, altered quotes.

    Writes speakers.csv, articles.csv and quote_variants.csv into the output folder, and the quotes
    file there again with its speaker_id, variant_of and integrity columns filled (in place when the
    folder is the quotes file's own). `quotes extract` does this itself unless given --no-link.

    Example:

        quotes extract fixtures/*.txt -o out/quotes.csv --no-link && quotes link fixtures/*.txt --quotes out/quotes.csv
    """
    from quotes.crossdoc.link import QuoteFit, link_files, sentence_embedder, signatures_from_inputs
    from quotes.io.records import read_quotes

    if not quotes_file.is_file():
        _err(f"error: {quotes_file}: no such quotes file (write one with `quotes extract`)")
        raise typer.Exit(2)
    try:
        inputs = InputOptions(input_format, id_field, text_field, max_bytes)
    except ValueError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(2) from None
    target = None if out_dir is None else out_dir / quotes_file.name
    warn = lambda message: _err(f"warning: {message}")  # noqa: E731
    try:
        embed = None if wording_only else sentence_embedder(warn)
        fit = QuoteFit(read_quotes(quotes_file))  # the quotes must come from these ARTICLES: checked as they are read
        signatures = signatures_from_inputs(articles, inputs, warn, fit)
        summary = link_files(quotes_file, signatures, out_dir, target, embed, fit)
    except (OSError, ValueError) as exc:  # QuotesMismatch and QuotesFileError are ValueErrors
        _err(f"error: cannot link: {exc}")
        raise typer.Exit(1) from None
    if not quiet:
        _err(f"linked: {summary.to_text()}")


@app.command()
def evaluate(
    predictions: Annotated[Path, typer.Argument(help="quotes.csv or .jsonl written by `quotes extract`")],
    gold: Annotated[Path, typer.Option("--gold", help="gold annotation folder or file, or a corrected export of `quotes review` (.csv)")] = Path("fixtures/gold"),
    texts: Annotated[Path | None, typer.Option("--texts", help="folder of the articles, to check gold offsets")] = None,
    as_json: Annotated[bool, flag("--json", help="print the report as JSON")] = False,
) -> None:
    """Score extracted quotes against gold annotations: precision, recall, speaker and affiliation accuracy.

    The gold is the project's JSON (fixtures/gold), a corrected export of `quotes review`, or a
    brat/PolNeAR folder (text/ + attributions/, or NAME.txt beside NAME.ann): then the figures are
    PolNeAR's reference scorer's, plus cue, source and content precision/recall per stage. With the
    project's gold the report ends with who, in what capacity: speaker, speaker type, role and
    affiliation per beat (the gold files' `beat`, as in fixtures/beats).

    Exit status: 0 scored (a note on stderr when some predicted documents are not in the gold),
    1 nothing to score (no predicted document is in the gold), 2 unreadable gold or predictions.

    Example:

        quotes extract fixtures/*.txt -o quotes.csv && quotes evaluate --gold fixtures/gold quotes.csv
    """
    from quotes import evaluate as scoring
    from quotes.evaluate.brat import evaluate_brat
    from quotes.evaluate.coverage import NothingToScore
    from quotes.evaluate.who import read_beats, score_who
    from quotes.io.brat import is_brat_folder

    if is_brat_folder(gold):
        try:
            brat_report = evaluate_brat(gold, predictions)
        except NothingToScore as exc:
            _err(str(exc))
            raise typer.Exit(EXIT_NOTHING_READ) from None
        except (OSError, ValueError) as exc:
            _err(f"error: {exc}")
            raise typer.Exit(2) from None
        _coverage_notes(brat_report.coverage)
        typer.echo(json.dumps(brat_report.to_dict(), indent=2) if as_json else brat_report.to_text())
        return
    try:
        gold_quotes = scoring.load_gold(gold, texts_dir=texts)
        rows = scoring.load_predictions(predictions)
        report = scoring.evaluate(gold_quotes, rows, gold_name=str(gold))
    except NothingToScore as exc:
        _err(str(exc))
        raise typer.Exit(EXIT_NOTHING_READ) from None
    except (scoring.GoldFormatError, OSError, ValueError) as exc:
        _err(f"error: {exc}")
        raise typer.Exit(2) from None
    _coverage_notes(report.coverage)
    who = score_who(gold_quotes, rows, read_beats(gold))
    if as_json:
        typer.echo(json.dumps({**report.to_dict(), "who": who.to_dict()}, indent=2))
    else:
        typer.echo(f"{report.to_text()}\n\n{who.to_text()}")


def _coverage_notes(coverage: Coverage | None) -> None:
    """What the figures leave out (documents not in the gold, gold documents with no row), on stderr."""
    for note in coverage.notes() if coverage else ():
        _err(f"note: {note}")


@models_app.callback(invoke_without_command=True)
def models_show(
    ctx: typer.Context,
    models: Annotated[Path | None, MODELS_OPTION] = None,
) -> None:
    """Show which stanza models are installed, and where; `download` fetches others.

    The English models ship with quotes; --models, $STANZA_RESOURCES_DIR or `quotes models use`
    choose another stanza resources folder (in that order).

    Example:

        quotes models
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
def models_download(models: Annotated[Path | None, DOWNLOAD_OPTION] = None) -> None:
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


@models_app.command("use")
def models_use(folder: Annotated[Path, typer.Argument(help="a stanza resources folder (holding resources.json)")]) -> None:
    """Remember FOLDER as the stanza models for every later run (after --models and $STANZA_RESOURCES_DIR).

    Example:

        quotes models use ~/stanza_resources
    """
    try:
        nlp.check_models(folder)
        written = remember_models_dir(folder)
    except (nlp.ModelError, OSError) as exc:
        _err(f"error: {exc}")
        raise typer.Exit(1) from None
    typer.echo(f"models: {folder.resolve()} (remembered in {written})")


def _interrupted(signum, frame):
    """Ctrl-C before a command handles its own (while it imports what it runs, loads the models): one line
    and exit status 130, as during a run (a KeyboardInterrupt there ended the process silently). SystemExit
    passes through click untouched; finally blocks still run."""
    _err("interrupted")
    raise SystemExit(130)


def main() -> None:  # console-script entry point
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, _interrupted)
    app()


if __name__ == "__main__":
    sys.exit(main())
