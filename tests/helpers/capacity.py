"""The speakers' capacities over a short text, for the session rule tables (tests/extract/test_session*.py)."""

from __future__ import annotations

import quotes

HEADLINE = "Story\n\n"


def capacities(text: str, headline: str = HEADLINE) -> dict[str, set[tuple[str | None, str | None]]]:
    """Speaker name -> the (role, affiliation) pairs over every quote of the text, under a headline."""
    found: dict[str, set[tuple[str | None, str | None]]] = {}
    for q in quotes.extract(headline + text, "case.txt"):
        for s in q.speakers:
            found.setdefault(s.name, set()).add((s.role or None, s.affiliation or None))
    return found
