"""quotes.claims.speakers: speaker categories, profiles and per-article group speakers."""

from __future__ import annotations

import pytest

from quotes.claims.assign import utterances
from quotes.claims.records import QuoteRecord, records_from_rows
from quotes.claims.speakers import Category, build_profiles, categorise, countable, speaker_key
from tests.helpers.claims import row


@pytest.mark.parametrize(("speaker", "counts"), [
    ("his", False), ("who", False), ("they", False), ("that", False), ("both", False), ("Another", False),
    ("Ana Silva", True), ("the engineer", True), ("analysts", True), ("U.S.", True), ("their lawyers", True),
])
def test_unresolved_speakers_are_no_one(speaker, counts):
    record = QuoteRecord(quote_id="q1", doc_id="a.txt", quote="The dam is safe", kind="indirect", speaker=speaker)
    assert countable(record) is counts
    assert len(utterances([record])) == (1 if counts else 0)


def test_a_speakers_name_comes_from_the_original_articles():
    rows = [QuoteRecord(quote_id="o1", doc_id="orig.txt", quote="x", kind="direct", speaker="United States", speaker_id="us"),
            QuoteRecord(quote_id="o2", doc_id="orig.txt", quote="y", kind="direct", speaker="U.S.", speaker_id="us"),
            QuoteRecord(quote_id="c1", doc_id="copy.txt", quote="x", kind="direct", speaker="U.S.", speaker_id="us"),
            QuoteRecord(quote_id="c2", doc_id="copy.txt", quote="y", kind="direct", speaker="U.S.", speaker_id="us")]
    assert build_profiles(rows)["id:us"].name == "U.S."  # the copy's name outvotes without the copy rule
    # one each in the original: the tie goes to the fuller name
    assert build_profiles(rows, copies={"copy.txt": "orig.txt"})["id:us"].name == "United States"


def test_group_labels_are_one_speaker_per_article_and_named_pairs_are_not():
    analysts = [QuoteRecord(f"q{i}", doc, "x", "direct", speaker="analysts", speaker_type="group", speaker_id="analysts")
                for i, doc in enumerate(["a.txt", "b.txt", "c.txt"])]
    assert len({speaker_key(r) for r in analysts}) == 3
    same_doc = QuoteRecord("q9", "a.txt", "y", "direct", speaker="analysts", speaker_type="group", speaker_id="analysts")
    assert speaker_key(same_doc) == speaker_key(analysts[0])
    pair = [QuoteRecord(f"p{i}", doc, "x", "direct", speaker="Ana Silva and Tom Reyes", speaker_type="group",
                        speaker_id="ana-silva+tom-reyes") for i, doc in enumerate(["a.txt", "b.txt"])]
    assert speaker_key(pair[0]) == speaker_key(pair[1])
    people = [QuoteRecord(f"s{i}", doc, "x", "direct", speaker="Ana Silva", speaker_type="person", speaker_id="ana-silva")
              for i, doc in enumerate(["a.txt", "b.txt"])]
    assert speaker_key(people[0]) == speaker_key(people[1])


@pytest.mark.parametrize(("one", "other", "same"), [
    ("Silva supporters", "Silva's most passionate supporters", True),
    ("some analysts", "analysts", True),
    ("many of the analysts", "analysts", True),
    ("Colorado Republican leaders", "Republican leaders", False),
    ("Silva supporters", "Reyes supporters", False),
    ("analysts", "experts", False),
])
def test_one_group_label_said_two_ways_in_one_article(one, other, same):
    a, b = (QuoteRecord(f"q{i}", "a.txt", "x", "direct", speaker=name, speaker_type="group") for i, name in enumerate((one, other)))
    assert (speaker_key(a) == speaker_key(b)) is same


@pytest.mark.parametrize(
    ("speaker_type", "roles", "affiliations", "name", "category"),
    [
        ("person", ["senior analyst"], ["Eurasia Group"], "Ali Wyne", Category.EXPERT),
        ("person", ["director"], ["Carnegie Russia Eurasia Center"], "Alexander Gabuev", Category.EXPERT),
        ("person", ["professor emeritus"], ["Harvard Kennedy School"], "Joseph Nye Jr.", Category.EXPERT),
        ("person", ["spokesperson"], ["Chinese Foreign Ministry"], "Mao Ning", Category.OFFICIAL),
        ("person", ["President"], ["Russia"], "Vladimir Putin", Category.OFFICIAL),
        ("person", ["president"], ["Brookings Institution"], "Jo Doe", Category.EXPERT),  # weak role word
        ("person", ["national security adviser"], ["U.S."], "Jake Sullivan", Category.OFFICIAL),
        ("organisation", [], [], "The Economist", Category.MEDIA),
        ("organisation", [], [], "Kremlin", Category.OFFICIAL),
        ("organisation", [], [], "China", Category.OFFICIAL),
        ("group", [], [], "China and Russia", Category.OFFICIAL),
        ("group", [], [], "analysts", Category.EXPERT),
        ("organisation", [], [], "Acme Widgets Ltd", Category.ORGANISATION),
        ("person", [], [], "Jane Roe", Category.OTHER),
        ("person", ["columnist"], ["The Guardian"], "Sam Poe", Category.MEDIA),
    ],
)
def test_speaker_categories(speaker_type, roles, affiliations, name, category):
    assert categorise(speaker_type, roles, affiliations, name) is category


def test_profiles_merge_initials_and_pairs_take_their_members_category():
    rows = [
        row(1, "a", speaker="Vladimir V. Putin", role="President", affiliation="Russia"),
        row(2, "b", speaker="Vladimir Putin"),
        row(3, "c", speaker="Xi Jinping", role="President", affiliation="China"),
        row(4, "d", speaker="Xi Jinping and Vladimir V. Putin", speaker_type="group"),
    ]
    profiles = build_profiles(records_from_rows(rows))
    putin = profiles[speaker_key(records_from_rows(rows)[1])]
    assert putin.quote_ids == ("dam-001", "dam-002") and putin.role == "President"
    assert profiles["name:xi jinping and vladimir putin"].category is Category.OFFICIAL
