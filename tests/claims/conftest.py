"""Fixtures shared by the claims tests."""

from tests.helpers.claims import table  # noqa: F401  (a fixture)
