"""The CLI's help and version: every command has a runnable example, help wraps at 80 columns."""

from __future__ import annotations

import csv
import os
import re
import shlex
import subprocess
import sys

import click
import typer.main

from quotes.cli import app
from tests.helpers import ROOT
from tests.helpers.runs import runner


def _commands(group: click.Group, prefix=()):
    for name, cmd in group.commands.items():
        yield prefix + (name,), cmd
        if isinstance(cmd, click.Group):
            yield from _commands(cmd, prefix + (name,))




def _help_text() -> str:
    result = subprocess.run([sys.executable, "-m", "quotes.cli", "extract", "--help"], capture_output=True, text=True,
                            env={**os.environ, "COLUMNS": "80", "TERM": "dumb"}, timeout=120)  # fmt: skip
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_every_command_has_a_runnable_example_in_its_help():
    root = typer.main.get_command(app)
    commands = list(_commands(root))
    assert {"extract", "evaluate", "models"} <= {path[0] for path, _ in commands}
    for path, _ in commands:
        result = runner.invoke(app, [*path, "--help"])
        assert result.exit_code == 0, path
        assert "Example" in result.output, f"`quotes {' '.join(path)} --help` has no example"
        assert "quotes " in result.output.split("Example", 1)[1], path


def test_version_and_flags():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output.startswith("quotes ")
    assert "<bool>" not in runner.invoke(app, ["extract", "--help"]).output


def test_extract_help_wraps_at_80_columns_without_short_lines():
    text = _help_text()
    assert max(len(line) for line in text.splitlines()) <= 80
    prose = text.split("╭")[0]
    for paragraph in re.split(r"\n\s*\n", prose):
        lines = [line.strip() for line in paragraph.splitlines()]
        if not lines or paragraph.lstrip("\n").startswith("     "):  # an example keeps its lines
            continue
        for line, following in zip(lines, lines[1:], strict=False):
            # a line is broken early only if the next word would not have fitted after it
            assert len(line) + 1 + len(following.split()[0]) > 78, f"short line: {line!r}"


def test_extract_help_example_runs(tmp_path):
    text = _help_text()
    example = text.split("Example:", 1)[1].strip().splitlines()[0].strip()
    words = shlex.split(example)
    assert words[:2] == ["quotes", "extract"]
    args = []
    for word in words[1:]:
        matched = sorted(ROOT.glob(word)) if "*" in word else []
        args += [str(p) for p in matched] if matched else [word]
    assert len(args) > 3, "the example's pattern matches no article"
    out = tmp_path / args[args.index("-o") + 1]
    args[args.index("-o") + 1] = str(out)
    result = runner.invoke(app, [*args, "--wording-only"])
    assert result.exit_code == 0, result.output
    with open(out, encoding="utf-8-sig", newline="") as handle:
        assert len(list(csv.DictReader(handle))) > 20
