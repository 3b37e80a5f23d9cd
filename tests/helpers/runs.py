"""Helpers shared by the tests of runs of `quotes extract`: the CLI runner, story folders, outputs read back."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

from quotes.cli import app

runner = CliRunner()


def _pile(folder, seed_paths, copies: int):
    """``copies`` articles named a000.txt, a001.txt, ... cycling through the seed articles."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(copies):
        (folder / f"a{i:03d}.txt").write_bytes(seed_paths[i % len(seed_paths)].read_bytes())
    return folder


STORY = "“We signed the deal,” said Elena Marsh, the port's director.\n\n“It took a year,” she said.\n"




STORIES = {
    "port.txt": "“We signed the deal,” said Elena Marsh, the port's director.\n\n“It took a year,” she said.\n",
    "cold.txt": "“-30 degrees is nothing to us,” said Anna Berg, the harbour master.\n\n“=It works,” she said.\n",
    "mill.txt": "“The mill will reopen in May,” said Tom Ruiz, the mayor.\n\n“We owe it to the town,” he added.\n",
}


def write_stories(folder: Path, names=tuple(STORIES)) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name in names:
        (folder / name).write_text(STORIES[name], encoding="utf-8")
        paths.append(folder / name)
    return paths


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file in the folder, hidden ones included, with its bytes."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def extract(*args: str):
    return runner.invoke(app, ["extract", *args, "--workers", "1", "--wording-only"])


def workbook_rows(path: Path) -> list[dict]:
    sheet = load_workbook(path).worksheets[0]
    header = [c.value for c in sheet[1]]
    return [dict(zip(header, [c.value for c in row], strict=False)) for row in sheet.iter_rows(min_row=2)]
