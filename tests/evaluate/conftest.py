"""Fixtures shared by the evaluation tests."""

from tests.helpers.evaluation import workdir  # noqa: F401  (a fixture)
