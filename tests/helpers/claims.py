"""Helpers shared by the claims tests: codebooks, rows, hand-made scores and assessments, the claim table fixture."""

from __future__ import annotations

import pytest

from quotes.claims.assign import Assessment, ClaimScore, Stance, utterances
from quotes.claims.codebook import Claim, Codebook, parse_codebook
from quotes.claims.draft import ALL_CALLS
from quotes.claims.records import records_from_rows
from quotes.claims.table import table_from_assessments
from tests.helpers import FIXTURES

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


def _rows(examples):
    rows = []
    for n, (kind, quote, sentence, *_rest) in enumerate(examples, start=1):
        rows.append({"quote_id": f"t-{n}", "doc_id": "t.txt", "quote": quote, "kind": kind, "group_id": f"g{n}",
                     "speaker": f"Speaker {n}", "speaker_type": "person", "sentence": sentence})
    return rows


SEED_CODEBOOK = FIXTURES / "claims" / "no-limits.toml"


GOOD = """\
topic = "the dam's safety"

[settings]
margin = 0.05

[[claims]]
id = "dam-safe"
label = "Dam is safe"
statement = "The dam is structurally safe."
keywords = ["safe"]
supports = ["The dam is sound."]
disputes = ["The dam could fail."]

[[claims]]
id = "cost-overrun"
statement = "The repairs cost far more than planned."
"""


def _utterance_row(n, speaker, quote, kind="direct", cue="said"):
    return {"quote_id": f"a-{n}", "doc_id": "a.txt", "quote": quote, "kind": kind, "speaker": speaker,
            "speaker_type": "person", "group_id": f"g{n}", "sentence": quote, "cue": cue}


def _row(n, doc, speaker, speaker_type="person", quote="The dam is sound", **extra):
    return {"quote_id": f"{doc}-{n:03d}", "doc_id": doc, "quote": quote, "kind": "direct", "speaker": speaker,
            "speaker_type": speaker_type, "group_id": f"{doc}-g{n}", "sentence": quote, **extra}


ONE_CLAIM_CODEBOOK = Codebook(topic="the dam's safety", claims=(Claim(id="dam-safe", statement="The dam is safe."),))


def _assessed(rows, stance=Stance.SUPPORTS, value=0.3):
    records = records_from_rows(rows)
    out = []
    for u in utterances(records):
        s = ClaimScore("dam-safe", 0.6, 0.6, 0.2, stance, value, "ex", (), (), u.text)
        out.append(Assessment(u, 0.6, True, (s,), (s,)))
    return records, out


def _sheet_rows(sheet) -> list[dict]:
    header = [c.value for c in sheet[1]]
    return [dict(zip(header, row, strict=True)) for row in sheet.iter_rows(min_row=2)]


PAGE = """<!DOCTYPE html><html><head><title>Cold snap ahead</title>
<meta property="og:title" content="Cold snap ahead"><meta property="og:site_name" content="The Daily Thermometer">
<meta property="article:published_time" content="2024-01-15"><link rel="canonical" href="https://example.com/cold">
</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Cold snap ahead</h1>
<p>The forecasters met on Monday to look at the charts for the week ahead of them.</p>
<p>“-30 degrees is what we expect on Thursday night,” said Ana Silva, a meteorologist at the national weather
service, who has tracked cold spells for twenty years.</p>
<p>Schools will stay open, the city said, though buses may run late on the coldest mornings of the week.</p>
</article><footer>Copyright 2024</footer></body></html>
"""


CODEBOOK = Codebook(
    topic="the dam's safety",
    claims=(
        Claim(id="dam-safe", label="Dam is safe", statement="The dam is structurally safe.",
              supports=("The dam is sound.",), disputes=("The dam could fail.",)),
        Claim(id="cost-overrun", label="Costs overrun", statement="The repairs cost far more than planned."),
    ),
)


LONG_QUOTE = "The dam is sound. " * 2500  # 45,000 characters: more than an Excel cell holds


def row(n, quote, kind="direct", speaker="Ana Silva", group=None, **extra):
    base = {
        "quote_id": f"dam-{n:03d}", "doc_id": "dam.txt", "quote": quote, "kind": kind, "start": 10 * n,
        "end": 10 * n + len(quote), "group_id": group or f"dam-g{n}", "speaker": speaker,
        "speaker_type": "person" if speaker else "", "role": "", "affiliation": "", "sentence": f"“{quote}” she said.",
        "confidence": 0.9,
    }
    return {**base, **extra}


ROWS = [
    row(1, "The dam is perfectly sound", role="structural engineer", affiliation="Delft University"),
    row(2, "and will stand for a century.", group="dam-g1", role="structural engineer"),
    row(3, "=HYPERLINK(\"http://evil\")", speaker="Tom Reyes", role="mayor"),
    row(4, "bottomless money pit", kind="partial", speaker="Tom Reyes"),
    row(5, "the dam", kind="scare", speaker=""),
    row(6, LONG_QUOTE, speaker="Lia Chen", role="spokesperson", affiliation="Water Ministry"),
    row(7, "The football team played well", speaker="Bo Kim"),
]


def claim_score(claim_id, stance, value, fragment):
    return ClaimScore(claim_id, 0.6, 0.6, 0.2, stance, value, "an example", ("safe",), (), fragment)


@pytest.fixture
def table():
    records = records_from_rows(ROWS)
    plan = {  # utterance (by first quote id) -> (on topic, claims)
        "dam-001": (True, [claim_score("dam-safe", Stance.SUPPORTS, 0.3, "The dam is perfectly sound")]),
        "dam-003": (True, [claim_score("dam-safe", Stance.DISPUTES, -0.2, "=HYPERLINK(\"http://evil\")")]),
        "dam-004": (True, [claim_score("dam-safe", Stance.SUPPORTS, 0.25, "bottomless money pit"),
                           claim_score("cost-overrun", Stance.SUPPORTS, 0.4, "bottomless money pit")]),
        "dam-006": (True, [claim_score("dam-safe", Stance.MENTIONS, 0.0, LONG_QUOTE)]),
        "dam-007": (False, []),
    }
    assessments = [
        Assessment(u, 0.5, plan[u.quote_ids[0]][0], tuple(plan[u.quote_ids[0]][1])) for u in utterances(records)
    ]
    return table_from_assessments(ROWS, records, assessments, CODEBOOK, sureness=ALL_CALLS)
