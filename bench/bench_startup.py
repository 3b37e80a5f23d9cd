"""Start-up cost of the command line: each command run several times, each in a fresh process (issue 23).

A command should import only what it runs: `quotes --version` must not load torch, stanza or pandas,
and extracting one short article should cost one pipeline load, not the whole package. Prints per
command the median wall seconds, CPU seconds and peak memory of the runs, and the median over its
target where it has one (below 1.00 is within target). Wall time on a shared machine measures the
other jobs too: compare figures taken on the same machine, close together.

    .venv/bin/python bench/bench_startup.py          # 5 runs of each command
    .venv/bin/python bench/bench_startup.py 9        # 9 runs of each

Run it with STANZA_RESOURCES_DIR unset to time the shipped models (the default), or set to time others.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ONE_LINE = "“We are ready,” Jane Doe, a spokesperson for Acme Corp, said.\n"


@dataclass(frozen=True)
class Command:
    name: str
    args: tuple[str, ...]
    target_s: float | None  # median wall seconds it should stay under; None: shown for reference only


def quotes_command() -> list[str]:
    """The installed console script beside this Python (what a user types), else `python -m quotes`."""
    script = Path(sys.executable).with_name("quotes")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "quotes"]


def commands(work: Path) -> list[Command]:
    article = work / "one-line.txt"
    article.write_text(ONE_LINE, encoding="utf-8")
    return [
        Command("quotes --version", ("--version",), 0.3),
        Command("quotes --help", ("--help",), None),
        Command("quotes claims --help", ("claims", "--help"), None),
        Command("quotes extract (one line)", ("extract", str(article), "-o", str(work / "out" / "quotes.csv"), "--quiet"), 4.0),
        Command("quotes extract --no-link", ("extract", str(article), "-o", str(work / "out-nolink" / "quotes.csv"), "--quiet", "--no-link"), None),
    ]


@dataclass(frozen=True)
class Run:
    wall_s: float
    cpu_s: float
    peak_mib: float


def run_once(argv: list[str]) -> Run:
    """One run in a fresh process; its CPU time and peak memory as wait4 reports them (Linux, macOS)."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    stderr = process.stderr.read().decode("utf-8", "replace") if process.stderr else ""
    process.stderr.close()
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed ({process.returncode}):\n{stderr}")
    peak_kib = usage.ru_maxrss  # KiB on Linux
    return Run(wall, usage.ru_utime + usage.ru_stime, peak_kib / 1024)


def main(repeats: int) -> None:
    base = quotes_command()
    print(f"{repeats} runs each; {os.cpu_count()} cores; STANZA_RESOURCES_DIR={os.environ.get('STANZA_RESOURCES_DIR', '(unset)')}")
    print(f"{'command':<28} {'wall s':>7} {'cpu s':>7} {'MiB':>6}  {'target s':>8} {'ratio':>6}")
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp:
        for command in commands(Path(tmp)):
            runs = [run_once([*base, *command.args]) for _ in range(repeats)]
            wall = statistics.median(r.wall_s for r in runs)
            cpu = statistics.median(r.cpu_s for r in runs)
            peak = statistics.median(r.peak_mib for r in runs)
            target = f"{command.target_s:8.1f} {wall / command.target_s:6.2f}" if command.target_s else f"{'-':>8} {'-':>6}"
            print(f"{command.name:<28} {wall:7.2f} {cpu:7.2f} {peak:6.0f}  {target}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
