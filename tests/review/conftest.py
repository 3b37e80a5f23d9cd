"""Fixtures shared by the review tests: a built review pile and a client of its app."""

from tests.helpers.review import client, pile  # noqa: F401  (fixtures)
