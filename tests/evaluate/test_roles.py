"""quotes.evaluate.roles: when a predicted role or affiliation matches the gold."""

from __future__ import annotations

import pytest

from quotes.evaluate.roles import affiliation_match, role_match


@pytest.mark.parametrize(
    "predicted,gold,ok",
    [("senior adviser", "adviser|aide", True), ("spokesman", "senator", False), ("", "senator", False),
     # a gold role's head stands before the phrase that follows it
     ("MEP member", "member of the European Parliament", True), ("deputy director", "deputy director of public prosecutions", True),
     ("parliament", "member of the European Parliament", False), ("minister", "minister for Europe", True),
     ("secretary", "secretary of state", True), ("state", "secretary of state", False)],
)
def test_role_match(predicted, gold, ok):
    assert role_match(predicted, gold) is ok


@pytest.mark.parametrize(
    "predicted,gold,ok",
    [("Democratic Party, South Carolina", "Democrat|South Carolina", True), ("Republican Party", "Democrat", False),
     ("Conservative Party", "Tory", True), ("Conservative Party", "Tories", True), ("Labour Party", "Tory", False)],
)
def test_affiliation_match(predicted, gold, ok):
    assert affiliation_match(predicted, gold) is ok
