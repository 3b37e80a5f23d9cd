"""quotes.extract.reported: reported speech without quote marks (told, according to, the medium)."""

from __future__ import annotations

import pytest

import quotes
from tests.helpers.extraction import marked


def only(text: str, kind: str | None = None):
    found = [q for q in quotes.extract(text, "case.txt") if kind is None or q.kind.value == kind]
    return found


def test_reported_speech_with_medium():
    text = "Paul Grant told VOA that the sanctions had not stopped the flow of weapons to the front."
    qs = only(text, "indirect")
    assert len(qs) == 1
    q = qs[0]
    assert q.spans[0].text == "the sanctions had not stopped the flow of weapons to the front"
    assert q.speaker.name == "Paul Grant" and q.cue.medium == "VOA"


def test_reported_speech_source_last_and_according_to():
    text = (
        "The region has become a battleground for influence, said Rosa Klein, a senior fellow at the Atlas Council.\n\n"
        "The alliance still has its share of contradictions, according to Klein and other analysts."
    )
    qs = only(text, "indirect")
    assert [q.speaker.name for q in qs] == ["Rosa Klein", "Rosa Klein"]
    assert qs[0].speaker.affiliation == "Atlas Council"
    assert qs[0].spans[0].text == "The region has become a battleground for influence"


def test_quote_inside_a_reported_clause_takes_that_cue():
    text = 'Kremlin spokesman Dmitry Peskov said the remarks were "deeply unhelpful" and accused leaders of "stoking hysteria."'
    qs = {q.spans[0].text: q for q in marked(text)}
    assert qs["deeply unhelpful"].cue.text == "said"
    assert qs["deeply unhelpful"].speaker.name == "Dmitry Peskov"
    assert qs["deeply unhelpful"].speaker.role == "spokesman"
    assert qs["stoking hysteria."].speaker.name == "Dmitry Peskov"


def test_told_reporters_is_not_reported_content():
    text = '"We cannot rely on others," Anna Berg told reporters in Oslo.'
    assert only(text, "indirect") == []
    assert marked(text)[0].cue.medium is None


def test_according_to_at_the_start():
    text = "According to a senior official at the Atlas Council, the alliance expects to meet the target next year."
    qs = only(text, "indirect")
    assert [q.spans[0].text for q in qs] == ["the alliance expects to meet the target next year"]


@pytest.mark.parametrize("text, content, speaker", [
    # a ruling is reported speech, by the institution a definite description opening the sentence names
    ("The men took their cases to the Dunmore Appeals Commission. The commission ruled on 30 July, 2002 that the act "
     "unjustly discriminated against foreign nationals.", "the act unjustly discriminated", "Dunmore Appeals Commission"),
    ("The court ruled that the law was unconstitutional and void.", "the law was unconstitutional", "The court"),
    ("Ruth Adler said on March 3, 2016, that the law was unconstitutional and void.", "the law was unconstitutional",
     "Ruth Adler"),
])
def test_a_ruling_and_an_institution_description_report_a_clause(text, content, speaker):
    qs = [q for q in only(text, "indirect") if content in q.spans[0].text]
    assert qs and qs[0].speaker.name == speaker


@pytest.mark.parametrize("text", [
    "Saddam Hussein ruled the country for decades.",  # "ruled" without a that-clause reports nothing
    "Judge Ruth Adler ruled the evidence inadmissible.",
    "Though typically party rules permit members to appoint proxies, few do.",  # "rules" is a noun
    "If they failed, the government could deny them mining permits until the work was completed.",
])
def test_rulings_and_descriptions_that_report_nothing(text):
    assert only(text, "indirect") == []


@pytest.mark.parametrize("text, content, speaker", [
    # a source closing the sentence after its determiner or lowercase premodifiers: the clause before the comma
    ("Dunmore will invite architects to submit plans. It will house the local police force's offices, the Interior "
     "Ministry said in a statement.", "It will house the local police force's offices", "Interior Ministry"),
    ("Such activities will help the agency develop the expertise, agency officials have stressed.",
     "Such activities will help the agency develop the expertise", "officials"),
    # "according to" a document: whoever issued or gathered it
    ("At least 106 protesters in 21 cities have been killed, according to credible reports received by Quillnesty.",
     "At least 106 protesters in 21 cities have been killed", "Quillnesty"),
    ("According to figures gathered by industry watchdog, Quillcom, the growth means that the city has surpassed Oslo.",
     "the growth means that the city has surpassed Oslo", "Quillcom"),
])
def test_a_source_after_its_clause_with_words_before_its_name(text, content, speaker):
    rows = [q for q in only(text, "indirect") if q.spans[0].text == content]
    assert rows and rows[0].speaker.name == speaker


def test_an_according_to_phrase_without_an_issuer_names_no_one():
    # negative: a document with no "by"/"from" gives no source of its own
    rows = only("The growth has slowed sharply, according to figures released on Monday.", "indirect")
    assert all(q.speaker is None or q.speaker.name != "Monday" for q in rows)
