"""The context stage: an affiliation the headline states, given to a speaker the rules left without one
(real stanza, the whole pipeline). Invented articles; each negative row is a frame that must add nothing."""

import pytest

from quotes.api import extract
from quotes.extract.settings import ExtractSettings

CASES = [
    # (article, speaker, affiliation it should end with)
    ("Chancellor rallies Ruritanian Labour voters\n\nGordon Brown has told Ruritanian Labour activists the stakes "
     "are high. \"We will not stop,\" Mr Brown said.", "Gordon Brown", "Ruritanian Labour"),
    ("Job cuts a false economy, says Fennick Union\n\nThe Fennick Union says the plans will fail. General secretary "
     "Brenda Barlow warned the \"costs could easily outweigh the benefits\".", "Brenda Barlow", "Fennick Union"),
    ("Glenmore reject third bid for striker\n\nGlenmore have rejected a third bid for their striker. Chief executive "
     "John Willis said: \"We are still talking.\"", "John Willis", "Glenmore"),
    # an unnamed spokesman of the party the headline names
    ("Lib Dems unveil new manifesto\n\nThe Lib Dems are courting older voters. A party spokesman said it was "
     "\"about fairness\".", "party spokesman", "Lib Dems"),
    # negative: two organisations in the headline, both beside the speaker: no guess
    ("Glenmore and Dunmore agree player swap\n\nGlenmore and Dunmore met on Monday. John Willis said: \"It is done.\"",
     "John Willis", None),
    # negative: a Title Case headline's capitals name nothing
    ("A Curious Plan To Fight Floods: Sell Sand\n\nThe plan to Sell Sand is new. \"It works,\" said Tom Clarke, "
     "a farmer.", "Tom Clarke", None),
    # negative: the headline's organisation is never named where the speaker is
    ("Fennick Union calls strike\n\nThe Fennick Union called a strike on Monday.\n\nIn another town, "
     "\"We are open,\" said Mary Stone, who runs a bakery.", "Mary Stone", None),
    # negative: the headline names the speaker, not an organisation
    ("Obama on climate change\n\nBarack Obama spoke in Hawaii. \"We must act,\" Obama said, with Obama aides beside him.",
     "Barack Obama", None),
    # negative: the rules' own affiliation is kept
    ("Fennick Union calls strike\n\nThe Fennick Union called a strike. \"We are ready,\" said Ann Lee, a director "
     "of Acme Corp, who backed the Fennick Union.", "Ann Lee", "Acme Corp"),
    # negative: a group of many is tied to no organisation
    ("Fennick Union calls strike\n\nThe Fennick Union called a strike. Analysts said the strike \"will be short\".",
     "analysts", None),
]


def _speaker(quotes, name):
    found = [s for q in quotes for s in q.speakers if s.name.lower().endswith(name.lower())]
    assert found, f"no quote of {name}: {[(q.kind, [s.name for s in q.speakers]) for q in quotes]}"
    return found[0]


@pytest.mark.parametrize(("text", "speaker", "affiliation"), CASES)
def test_context_affiliation(text, speaker, affiliation):
    assert _speaker(extract(text), speaker).affiliation == affiliation


def test_the_setting_turns_the_stage_off():
    text, speaker, _ = CASES[0]
    off = ExtractSettings(context_affiliation=False)
    assert _speaker(extract(text, settings=off), speaker).affiliation is None
