"""Quote integrity: verdicts on pairs of quotes, word-level diffs, and finding the pairs in a pile."""

from __future__ import annotations

import pytest

from quotes.crossdoc.integrity import CheckedQuote, Verdict, compare, match_quotes, similarity, verdict, word_diff

ORIGINAL = "They’ll complain [about the U.S.], and they’ll stick to their talking points,"
SPUN = "They’re going to complain [about the U.S.], they usually’ll persist with their speaking factors,"
NYE = ("The Chinese peace plan for Ukraine is not really an impartial peace plan, it is a way to appear "
       "to be a peacemaker in the eyes of the Europeans.")


@pytest.mark.parametrize(
    "original, variant, expected",
    [
        # typography and the writer's closing punctuation are not the speaker's words
        ("We don’t want war,", "We don't want war.", Verdict.IDENTICAL),
        # a partial quote that is an exact stretch of the longer one
        (NYE, "not really an impartial peace plan", Verdict.IDENTICAL),
        ("not really an impartial peace plan", NYE, Verdict.IDENTICAL),
        # shortened with an ellipsis where words were left out
        (NYE, "The Chinese peace plan … is not really an impartial peace plan", Verdict.EDITED),
        (NYE, "The Chinese peace plan for Ukraine ... is a way to appear to be a peacemaker", Verdict.EDITED),
        # an editorial bracket standing for words, or added to explain them
        ("It is happy to see projects that weaken the Americans,",
         "[Moscow is] happy to see projects that weaken the Americans,", Verdict.EDITED),
        ("there actually are limits.", "there actually are limits [to China-Russia relations].", Verdict.IDENTICAL),
        ("there actually are limits, he said.", "there actually are limits [to China-Russia relations]", Verdict.EDITED),
        ("The (Russian) delegation's presence is important", "The delegation's presence is important", Verdict.EDITED),
        # words cut at the start, with the capital bracketed
        ("Frankly, the plan is not impartial", "[t]he plan is not impartial", Verdict.EDITED),
        # changed words are altered wording, however small
        (ORIGINAL, SPUN, Verdict.ALTERED),
        ("walked back that language,", "walked again that language,", Verdict.ALTERED),
        # words silently dropped from the middle (no ellipsis) change what was said
        ("We are not ready to sign this deal", "We are ready to sign this deal", Verdict.ALTERED),
        # a bracket changed along with the words around it is still altered
        ("[Moscow is] happy to see [BRI] projects", "[Moscow is] pleased to see [BRI] initiatives", Verdict.ALTERED),
    ],
)
def test_verdicts(original, variant, expected):
    assert verdict(original, variant) == expected


def test_word_diff_shows_the_changed_words_in_context():
    diff = word_diff(ORIGINAL, SPUN)
    assert diff.startswith("“They’ll complain” → “They’re going to complain”")
    assert "“their talking points,” → “their speaking factors,”" in diff
    assert word_diff("a mixed bag", "a mixed bag") == ""


def test_similarity_is_high_for_small_edits_and_low_for_different_quotes():
    assert similarity("walked back that language,", "walked again that language,") > 0.75
    assert similarity(NYE, "not really an impartial peace plan") == 1.0
    other = "The Chinese have money to spend, and the Russians don’t."
    assert similarity(NYE, other) < 0.45
    assert compare(ORIGINAL, SPUN).verdict is Verdict.ALTERED


def rec(doc, n, text, speaker_id, doc_index, kind="direct", start=None):
    return CheckedQuote(f"{doc}-{n:03d}", doc, doc_index, kind, text, start if start is not None else n * 100,
                       (start if start is not None else n * 100) + len(text), speaker_id, speaker_id)


def test_a_shortened_quote_in_another_article_is_found_and_identical():
    pile = [rec("a", 1, NYE, "joseph-nye-jr", 0), rec("b", 1, "not really an impartial peace plan", "joseph-nye-jr", 1, "partial")]
    [variant] = match_quotes(pile)
    assert (variant.original.doc_id, variant.variant.doc_id) == ("a", "b")
    assert variant.verdict is Verdict.IDENTICAL and variant.found_by == "same speaker"


def test_two_different_quotes_by_one_speaker_are_not_variants():
    pile = [
        rec("a", 1, NYE, "joseph-nye-jr", 0),
        rec("b", 1, "The Chinese have money to spend, and the Russians don’t. The Russians can support mercenaries.",
            "joseph-nye-jr", 1),
        rec("b", 2, "The Chinese peace plan is a serious proposal that Europe should study with care.", "joseph-nye-jr", 1),
    ]
    assert match_quotes(pile) == []


def test_same_words_from_two_people_named_wang_are_not_variants():
    words = "China will never accept interference in its internal affairs"
    pile = [rec("a", 1, words, "wang-yi", 0), rec("b", 1, words + " by anyone", "wang-wenbin", 1)]
    assert match_quotes(pile) == []


def test_a_reworded_quote_is_found_through_the_copy_alignment_only():
    original = [
        rec("a", 1, ORIGINAL, "sergey-radchenko", 0),
        rec("a", 2, "The leaders of China and Russia maintain close strategic communication.", "mao-ning", 0),
        rec("a", 3, "Russia needs China far more than the other way around,", "ali-wyne", 0),
    ]
    copy = [
        rec("b", 1, SPUN, "sergey-radchenko", 1),
        rec("b", 2, "The leaders of China and Russia preserve shut strategic communication.", "mao-ning", 1),
        rec("b", 3, "Russia wants China excess of the opposite approach round,", "ali-wyne", 1),
    ]
    assert {v.variant.quote_id for v in match_quotes(original + copy)} == {"b-002"}  # close enough without help
    variants = match_quotes(original + copy, copies=[("a", "b")])
    assert [(v.original.quote_id, v.variant.quote_id) for v in variants] == [("a-001", "b-001"), ("a-002", "b-002"), ("a-003", "b-003")]
    assert all(v.verdict is Verdict.ALTERED and v.found_by == "aligned copy" for v in variants)


@pytest.fixture(scope="module")
def embed():
    from quotes.crossdoc.link import sentence_embedder

    return sentence_embedder()


def test_a_reworded_quote_outside_a_copy_is_found_by_its_meaning(embed):
    pile = [
        rec("a", 1, ORIGINAL, "sergey-radchenko", 0),
        rec("a", 3, "Russia needs China far more than the other way around,", "ali-wyne", 0),
        rec("b", 1, SPUN, "sergey-radchenko", 1),
        rec("b", 3, "Russia wants China excess of the opposite approach round,", "ali-wyne", 1),
    ]
    assert match_quotes(pile) == []  # too reworded for the wording alone
    variants = match_quotes(pile, embed=embed)
    assert [(v.original.quote_id, v.variant.quote_id) for v in variants] == [("a-001", "b-001"), ("a-003", "b-003")]
    assert all(v.verdict is Verdict.ALTERED and v.found_by.startswith("same speaker, same meaning") for v in variants)


def test_meaning_never_pairs_different_quotes_or_different_speakers(embed):
    pile = [
        rec("a", 1, NYE, "joseph-nye-jr", 0),
        # one speaker, same topic, another statement (cosine 0.66)
        rec("b", 1, "The Chinese peace plan is a serious proposal that Europe should study with care.", "joseph-nye-jr", 1),
        rec("b", 2, "The Chinese have money to spend, and the Russians don’t.", "joseph-nye-jr", 1),
        # the same words from someone else
        rec("c", 1, NYE.replace("really", "truly"), "wang-yi", 2),
    ]
    assert match_quotes(pile, embed=embed) == []


def test_an_embedding_model_that_cannot_load_leaves_the_wording_match():
    pile = [rec("a", 1, ORIGINAL, "x", 0), rec("b", 1, SPUN, "x", 1), rec("b", 2, ORIGINAL.replace("’", "'"), "x", 1)]
    unavailable = lambda texts: None  # noqa: E731
    assert [v.variant.quote_id for v in match_quotes(pile, embed=unavailable)] == ["b-002"]


def test_the_earliest_article_holds_the_original():
    words = "We will defend every inch of our territory, whatever it costs."
    pile = [rec("c", 1, words, "x", 2), rec("a", 1, words, "x", 0), rec("b", 1, words.replace("every", "each"), "x", 1)]
    by_variant = {v.variant.doc_id: v for v in match_quotes(pile)}
    assert set(by_variant) == {"b", "c"}
    assert by_variant["b"].original.doc_id == "a" and by_variant["b"].verdict is Verdict.ALTERED
    assert by_variant["c"].original.doc_id == "a" and by_variant["c"].verdict is Verdict.IDENTICAL


def test_reported_speech_and_scare_quotes_are_not_checked():
    pile = [rec("a", 1, "the talks were useful and frank", "x", 0, kind="indirect"),
            rec("b", 1, "the talks were useful and honest", "x", 1, kind="indirect")]
    assert match_quotes(pile) == []


def test_a_pile_with_each_verdict_and_the_traps():
    long_quote = ("It is happy to see projects that weaken the Americans, but the Russians are not all that keen on "
                  "projects in Central Asia, which they regard as their own backyard.")
    pile = [
        rec("a", 1, long_quote, "joseph-nye-jr", 0),
        rec("a", 2, "Russia needs China far more than the other way around.", "wang-yi", 0),
        rec("b", 1, "the Russians are not all that keen on projects in Central Asia", "joseph-nye-jr", 1, "partial"),
        rec("c", 1, "It is happy to see projects that weaken the Americans … which they regard as their own backyard.",
            "joseph-nye-jr", 2),
        rec("d", 1, "[Moscow is] happy to see projects that weaken the Americans, but the Russians are not all that "
            "keen on projects in Central Asia, which they regard as their own backyard.", "joseph-nye-jr", 3),
        rec("e", 1, "It is happy to see projects that weaken the Americans, but the Russians are not at all keen on "
            "projects in Central Asia, which they regard as their own backyard.", "joseph-nye-jr", 4),
        # traps: the other Wang says Wang Yi's words; Nye says something else entirely
        rec("f", 1, "Russia needs China far more than the other way around.", "wang-wenbin", 5),
        rec("f", 2, "The Chinese have money to spend, and the Russians don't.", "joseph-nye-jr", 5),
    ]
    verdicts = {v.variant.doc_id: (v.original.quote_id, v.verdict) for v in match_quotes(pile)}
    assert verdicts == {
        "b": ("a-001", Verdict.IDENTICAL),
        "c": ("a-001", Verdict.EDITED),
        "d": ("a-001", Verdict.EDITED),
        "e": ("a-001", Verdict.ALTERED),
    }


TYPOGRAPHY_ONLY = [
    ("it cost 2.6million dollars", "it cost 2.6 million dollars"),
    ("“We will win,” he said", '"We will win," he said'),
    ("it’s a well-known fact", "it's a well – known fact"),
    ("the U.S. economy—and jobs", "the US economy -- and jobs"),
    ("$2,600 a year", "$2600 a year"),
]


REAL_CHANGES = [
    ("it cost 26 million", "it cost 2.6 million"),
    ("it cost 2.6 million", "it cost 2.7 million"),
    ("They will complain", "They are going to complain"),
    ("we can win", "we can't win"),
    ("what we can", "what we can't"),
    ("we will win it", "we will winter"),
]


@pytest.mark.parametrize(("original", "variant"), TYPOGRAPHY_ONLY)
def test_typography_and_spacing_are_not_altered_wording(original, variant):
    assert verdict(original, variant) == Verdict.IDENTICAL
    assert word_diff(original, variant) == ""


@pytest.mark.parametrize(("original", "variant"), REAL_CHANGES)
def test_changed_words_and_numbers_are_still_altered(original, variant):
    assert verdict(original, variant) == Verdict.ALTERED


def test_typography_inside_a_trimmed_quote_is_still_a_trim():
    assert verdict("the plan costs 2.6million and more", "plan costs 2.6 million") == Verdict.EDITED
