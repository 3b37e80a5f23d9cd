"""A progress bar on stderr for long runs: articles done, quotes found, articles/s, ETA.

Silent unless stderr is a terminal (logs and pipes get the run report only). The
total, needed for an ETA, is counted in a background thread while the run goes on,
so a large pile starts at once; until it is known the bar counts up without an ETA.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import TextIO

from tqdm import tqdm


def wanted(quiet: bool, stream: TextIO | None = None) -> bool:
    stream = stream or sys.stderr
    return not quiet and hasattr(stream, "isatty") and stream.isatty()


class ProgressBar:
    def __init__(
        self,
        enabled: bool,
        count_total: Callable[[], int] | None = None,
        stream: TextIO | None = None,
        delay: float = 1.0,  # runs shorter than this show no bar at all
    ):
        self._stream = stream or sys.stderr
        self._bar = tqdm(
            disable=not enabled,
            file=self._stream,
            unit=" articles",
            dynamic_ncols=True,
            mininterval=0.5,
            delay=delay,
        )
        self.counting: threading.Thread | None = None
        if enabled and count_total is not None:
            self.counting = threading.Thread(target=self._count, args=(count_total,), daemon=True, name="count-inputs")
            self.counting.start()

    def _count(self, count_total: Callable[[], int]) -> None:
        try:
            total = count_total()
        except Exception:  # counting is a nicety: an input that fails here fails properly in the run
            return
        self._bar.total = total

    @property
    def enabled(self) -> bool:
        return not self._bar.disable

    def write(self, message: str) -> None:
        """A line above the bar (warnings), without tearing it."""
        self._bar.write(message, file=self._stream)

    def advance(self, quotes_so_far: int) -> None:
        self._bar.set_postfix_str(f"{quotes_so_far} quotes", refresh=False)
        self._bar.update(1)

    def close(self) -> None:
        self._bar.close()

    def __enter__(self) -> ProgressBar:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
