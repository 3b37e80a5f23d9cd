"""quotes.scale.progress: the bar only on a terminal and not when quiet."""

from __future__ import annotations

import io
import time

from quotes.scale.progress import ProgressBar, wanted


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal_and_not_when_quiet():
    assert wanted(False, FakeTerminal()) and not wanted(True, FakeTerminal()) and not wanted(False, io.StringIO())
    screen = FakeTerminal()
    with ProgressBar(True, count_total=lambda: 3, stream=screen, delay=0) as bar:
        bar.counting.join()
        for quotes in (2, 5, 9):
            bar.advance(quotes)
            time.sleep(0.02)
    assert "9 quotes" in screen.getvalue() and "3/3" in screen.getvalue()
    silent = io.StringIO()
    with ProgressBar(False, stream=silent) as bar:
        bar.advance(1)
    assert silent.getvalue() == ""
