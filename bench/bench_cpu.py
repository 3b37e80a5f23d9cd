"""CPU time of `quotes extract --workers 1` against stanza's tokenizer alone on the same articles.

The speed target (issue 22): the extraction with one worker costs at most 1.3x the CPU time of
stanza's tokenizer (tokenize + mwt, the processors and models the tool loads, configured as the
tool configures them: dictionary mwt, CPU, one torch thread) run alone over the same article texts.
Both figures and their ratio come from one run of this script, each measured ``--repeat`` times
(interleaved, in alternating order, so a machine getting busier charges both) and given as the
median; the ratio is given of the medians and as the median of each run's own ratio.

  steady, in this process, pipeline loaded first (what an article costs once running):
    (a) stanza alone: ``Pipeline.bulk_process`` on the raw article texts, BATCH articles a call
        (no chunking, no conversion of its tokens: those are the tool's own work, counted in (b));
    (b) ``quotes extract --workers 1 --no-link`` as the command runs it (ExtractionRun, serial
        engine, the CSV written), the learned stage on as by default.
  fresh processes, as a user runs them (imports, model loading and start-up count on both sides):
    (A) a new Python process that imports stanza, loads the same pipeline and does (a);
    (B) `quotes extract FILES -o out.csv --workers 1 --quiet --no-link`, and (B+) the same with
        the cross-article linking pass on (the command's default).

CPU time is user + system seconds of the process (all its threads; children for A and B).

    python bench/bench_cpu.py /path/to/articles/*.txt        # any inputs `quotes extract` reads
    python bench/bench_cpu.py --articles 200                 # no inputs: the fixtures recombined
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_extract import write_corpus  # noqa: E402

from quotes import nlp  # noqa: E402
from quotes.api import BATCH  # noqa: E402
from quotes.io.reader import InputOptions, read_inputs  # noqa: E402
from quotes.scale import EngineSettings, ExtractionRun  # noqa: E402
from quotes.scale.work import TORCH_THREADS  # noqa: E402


def article_texts(inputs: list[str]) -> list[str]:
    """The texts `quotes extract` reads from these inputs (errors skipped, as they cost no stanza time)."""
    return [a.text for a in read_inputs(inputs, InputOptions()) if hasattr(a, "text")]


def stanza_alone(texts: list[str]) -> None:
    """Stanza's tokenize + mwt over the texts, BATCH documents per bulk call, nothing else."""
    stanza = nlp._import_stanza()
    pipeline = nlp.get_pipeline()
    for i in range(0, len(texts), BATCH):
        pipeline.bulk_process([stanza.Document([], text=t) for t in texts[i:i + BATCH]])


def extract_serial(inputs: list[str], output: Path) -> None:
    """`quotes extract INPUTS -o OUTPUT --workers 1 --no-link` in this process."""
    run = ExtractionRun(output, "csv", settings=EngineSettings(workers=1))
    for result in run.results(read_inputs(inputs, InputOptions())):
        if result.error:
            raise RuntimeError(result.error)


def cpu_seconds(fn) -> float:
    """CPU seconds (user + system, every thread of this process) that fn() takes."""
    started = time.process_time()
    fn()
    return time.process_time() - started


def child_cpu_seconds(command: list[str]) -> float:
    """CPU seconds (user + system) of a child process run to its end."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _line(label: str, seconds: list[float], base: list[float] | None = None) -> list[float]:
    """Print the median of ``seconds`` and, against ``base`` (stanza alone, measured beside each
    run), the ratio of the medians and the median of the runs' own ratios (steadier on a busy machine)."""
    median = statistics.median(seconds)
    versus = ""
    if base:
        paired = statistics.median(s / b for s, b in zip(seconds, base, strict=True))
        versus = f"  ratio to stanza alone {median / statistics.median(base):.2f} (run by run: {paired:.2f})"
    runs = ", ".join(f"{s:.1f}" for s in seconds)
    print(f"  {label:<58} {median:7.2f} s CPU (runs: {runs}){versus}", flush=True)
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", nargs="*", help="files, folders or exports, as `quotes extract` takes them")
    parser.add_argument("--articles", type=int, default=200, help="without inputs: a corpus this big from the fixtures")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each measurement (the median is reported)")
    parser.add_argument("--no-fresh", action="store_true", help="skip the fresh-process measurements (A, B, B+)")
    parser.add_argument("--stanza-child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    nlp.check_models()
    if args.stanza_child:  # (A): this process is the fresh one
        nlp.set_threads(TORCH_THREADS)
        stanza_alone(article_texts(args.inputs))
        return
    with tempfile.TemporaryDirectory(prefix="bench-cpu-") as tmp:
        work = Path(tmp)
        inputs = args.inputs or [str(write_corpus(work / "corpus.jsonl", args.articles))]
        texts = article_texts(inputs)
        print(f"{len(texts)} articles, {sum(len(t) for t in texts):,} characters; "
              f"{os.cpu_count()} core(s); medians of {args.repeat} runs")
        nlp.set_threads(TORCH_THREADS)  # as the serial engine sets it
        stanza_alone(texts[:2])  # load the pipeline and warm torch up: neither side is charged for it
        a, b = [], []
        for run in range(args.repeat):  # each pair in turn order, so that a machine getting busier charges both
            pair = [lambda: a.append(cpu_seconds(lambda: stanza_alone(texts))),
                    lambda: b.append(cpu_seconds(lambda: extract_serial(inputs, work / "b.csv")))]
            for measure in pair if run % 2 == 0 else pair[::-1]:
                measure()
        print("steady, in one process, the pipeline loaded:")
        _line("(a) stanza tokenize+mwt alone", a)
        _line("(b) quotes extract --workers 1 --no-link", b, a)
        if args.no_fresh:
            return
        quotes = str(Path(sys.executable).with_name("quotes"))
        stanza_cmd = [sys.executable, __file__, "--stanza-child", *inputs]
        extract_cmd = [quotes, "extract", *inputs, "-o", str(work / "B.csv"), "--workers", "1", "--quiet"]
        fresh: dict[str, list[float]] = {"A": [], "B": [], "B+": []}
        commands = {"A": stanza_cmd, "B": [*extract_cmd, "--no-link"], "B+": extract_cmd}
        for run in range(args.repeat):
            for key in commands if run % 2 == 0 else reversed(commands):
                fresh[key].append(child_cpu_seconds(commands[key]))
        print("fresh processes (imports, model loading, start-up and exit count):")
        _line("(A) python: import stanza, load the pipeline, (a)", fresh["A"])
        _line("(B) quotes extract --workers 1 --no-link", fresh["B"], fresh["A"])
        _line("(B+) quotes extract --workers 1 (linking on, the default)", fresh["B+"], fresh["A"])


if __name__ == "__main__":
    main()
