"""A name the article writes after "the" is no person's: "the Nationwide said", "the Land Registry said",
"The Scottish Executive has insisted", "The Observer reported".

People's names take no article; organisations' often do. A speaker the extraction typed as a person whose
mention is its name as written, right after "the", is an organisation -- unless the name ends in a title or a
person noun ("the Culture Secretary", "the Salford MP", "The Cardinal"), is a demonym ("the American", which
coreference resolves to the player), or modifies a person noun or a document after it ("the Old Trafford
boss", "The Kok report": the boss, the report's author). Counted on 1,934 unannotated BBC stories (session
11): 69 speakers were such names typed as people, about 20 of them bodies (Land Registry, Nationwide, Beige
Book, National Hi-Tech Crime Unit …); on 300 of those stories this retypes 3 speakers, 2 rightly (the Commons, the
National Hi-Tech Crime Unit) and one wrongly ("The All Black", a player); film titles taken for speakers ("The
Sea Inside") stay wrong either way. The gold: one speaker type more right (round three), none less.
"""

from __future__ import annotations

import re
from dataclasses import replace

from quotes import lexicons, naming
from quotes.extract.coref import ISSUED_DOCUMENTS
from quotes.extract.document import ArticleDoc
from quotes.extract.sources import is_rolenoun
from quotes.types import Quote, Speaker, SpeakerType

_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_NEXT_WORD = re.compile(r"[\s-]*([\w’'-]+)")
PERSON_ENDS = naming.TITLES | lexicons.words("titles") | lexicons.words("honorifics") | naming.DEMONYMS


def definite_names(doc: ArticleDoc, quotes: list[Quote]) -> list[Quote]:
    """The quotes, each person speaker named as written after "the" typed an organisation."""

    def retyped(speaker: Speaker) -> Speaker:
        return replace(speaker, type=SpeakerType.ORGANISATION) if _a_body(doc.text, speaker) else speaker

    return [replace(q, speakers=tuple(retyped(s) for s in q.speakers)) if q.speakers else q for q in quotes]


def _a_body(text: str, speaker: Speaker) -> bool:
    mention = speaker.mention
    if speaker.type != SpeakerType.PERSON or mention is None or mention.text != speaker.name:
        return False
    words = speaker.name.split()
    last = words[-1].lower()
    if not words[0][:1].isupper() or last in PERSON_ENDS or naming.person_noun(last) or last in naming.PEOPLE_NOUNS:
        return False
    if not _THE_BEFORE.search(text[max(0, mention.start - 5):mention.start]):
        return False
    if text[mention.end:mention.end + 1] == "-":
        return False  # "the Newport-based athlete": the name is part of a modifier
    after = _NEXT_WORD.match(text, mention.end)
    following = after.group(1).lower() if after else ""
    # "the Old Trafford boss", "The Kok report": the name modifies a person or a document
    return not (naming.person_noun(following) or following in naming.PEOPLE_NOUNS or is_rolenoun(following)
                or following in ("boss", "bosses") or following.removesuffix("s") in ISSUED_DOCUMENTS)
