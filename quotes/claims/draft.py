"""The claim table as a draft a fact-checker confirms: sure cells, and ranked candidates for the rest.

The tool's call on a (speaker, claim) pair is *sure* -- it goes in the matrix as it is -- only when
the scores behind it leave little doubt (``is_sure``). Every other likely stance becomes a
*candidate*: at most ``Sureness.per_pair`` per speaker and claim, ranked (1 first), and no more
candidates in all than ``Sureness.budget`` times the sure cells, so that the list a person works
through stays short. A candidate is the stance and the utterance that would fill the cell.

How the sureness rule was chosen (fixtures/claims/score_check.py; docs/claims.md has the table): on
the email-decision and tax-returns checks the wrong filled cells were, in turn, calls within two
margins of zero, calls a negation flip made against the embeddings (“no illegal disclosure by
anyone” scored *supports* release), calls on a few words in marks whose sense is in the writer's
sentence, calls without any keyword of the claim, and news outlets reporting a finding (“The Times”
on taxes), which is reporting, not a stance. The rule below leaves each of those to a person; a
denial or dismissal in the speaker's own words or cue (quotes.claims.frames) stays sure. It was then
confirmed, unchanged, on rigged, terror-detention and the seeds. One rule came later, from reading the
wrong sure cells of tax-returns and terror-detention: words reported by a cue of judgement ("mocked
Romney for not releasing", "defended measures to allow house arrest without trial") are the object
judged, and their side of the claim is the object's, so those calls go to a person too.

Session 3 (issue 21, all five checks read together; docs/claims.md has the figures): the wrong sure cells
left were a speaker the extraction left as a singular description ("The GOP front-runner" for Trump, "an
FBI investigation"), a poll's finding ("a Quinnipiac release found 74 percent of likely voters said ..."),
and a second claim of an utterance far below its first ("all computers can be rigged" in a quote on
voting-machine fraud): each now goes to a person. Two rules were loosened where every call they held back
was right: a call with no keyword of its claim but a stance score of 0.40 or more, and a few words in
marks with twice the usual lean. Later (issue 21, a second pass): a call whose utterance uses two distinct
keywords of its claim stands on them though the embeddings lean the other way or barely lean (keyword_evidence).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from quotes.claims.assign import Assessment, ClaimScore, Stance, anchored, keyword_pattern
from quotes.claims.speakers import Category, SpeakerProfile
from quotes.types import SpeakerType


class Status(StrEnum):
    CONFIDENT = "confident"  # the tool is sure: a cell of the matrix
    CANDIDATE = "candidate"  # a likely stance for a person to confirm or reject
    CONFIRMED = "confirmed"  # a candidate a person confirmed: a cell of the matrix
    REJECTED = "rejected"  # a candidate a person rejected: in no output but the review


@dataclass(frozen=True)
class Sureness:
    """What makes a call sure, and how many candidates a table offers."""

    # |stance score| a call needs to be sure without a denial or dismissal: three times the default
    # stance margin (0.04). Below it, the embeddings' lean is too slight to publish unchecked.
    stance_score: float = 0.12
    # |stance score| a call needs to be sure with no keyword of the claim and no denial or dismissal:
    # ten margins. The embeddings alone decide both the claim and the side, so only a lean far past the
    # margin stands (on the five checks every such call at 0.36-0.45 and above was right; below, 3 of 5 were wrong)
    unanchored_stance_score: float = 0.40
    # a second claim of one utterance (quotes.claims.assign._choose) is sure only when it matches at
    # least this share of the first one's match: far below it, it is what the utterance touches on
    # ("all computers can be rigged" in a quote about voting-machine fraud), not what it says
    second_claim_share: float = 0.75
    # |stance score| a call made only of a few words in marks needs ("a money pit", "old dear"): twice the
    # usual, because their sense is partly the writer's sentence around them
    partial_stance_score: float = 0.24
    # distinct keywords of its claim (distinct_keywords) an utterance must use for them to decide its side
    # on their own: such a call stands when the embeddings lean the other way (a keyword flip) or barely
    # lean at all (within the check band). One keyword is one word a quote may use in another sense
    # ("no illegal disclosure by anyone", "already subject to a sunset clause"); two distinct ones used in
    # the claim's sense ("a further abuse of human rights", "voter fraud ... election fraud") were right
    # 4 times in 4 on the five checks (issue 21), where one keyword was right 16 times in 26
    keyword_evidence: int = 2
    # min similarity to a claim for an utterance the tool did not assign to it to become a candidate
    candidate_match: float = 0.30
    per_pair: int = 2  # most candidates per speaker and claim
    budget: float = 2.0  # most candidates in all, as a multiple of the sure cells (at least per_pair)
    # every call of the tool is a cell, as before the draft: the raw calls, for a reader who wants
    # them all and for tests of the table's shape
    every_call: bool = False


SURENESS = Sureness()
ALL_CALLS = Sureness(every_call=True)
NEWS_CATEGORIES = frozenset({Category.MEDIA})  # an outlet reporting a finding is not taking a stance
# cues of judgement: what follows is the object judged, not the speaker's words ("X has defended measures
# to allow house arrest without trial", "X attacked the ruling that detention without trial breaks human
# rights laws", "X mocked Romney for not releasing his returns"): which side of the claim the speaker is
# on turns on the object's, which the embeddings read the wrong way round as often as not
JUDGEMENT_CUES = frozenset("""
attack attacks attacked attacking defend defends defended defending mock mocks mocked mocking criticise
criticises criticised criticising criticize criticizes criticized criticizing condemn condemns condemned
condemning praise praises praised praising welcome welcomes welcomed welcoming slam slams slammed slamming
hail hails hailed hailing blast blasts blasted blasting applaud applauds applauded applauding
""".split())
# cues of a finding: a poll, survey or study reports a result ("a Quinnipiac release found 74 percent of
# likely voters said ..."); the stance is that of the people counted, not of the instrument counting them
FINDING_CUES = frozenset("find finds found show shows showed shown reveal reveals revealed".split())
# the speaker is a description the extraction left unresolved ("The GOP front-runner", "an FBI
# investigation", "the report"): the person behind it is for a reader to name before the cell stands.
# A plural description is a group a reader counts as it is ("the committee chairmen")
DETERMINERS = frozenset({"the", "a", "an", "one", "another"})
# "unnamed spokesman": the extraction's name for "a spokesman" the article does not name (one who speaks for
# a named organisation is the organisation already: quotes.claims.records); a reader names them first
UNNAMED = "unnamed"
DESCRIPTION_ENDS = frozenset({"for", "of", "by", "in", "on", "at", "from", "with", "who", "that", "to"})
PLURAL_ENDINGS = ("men", "people")  # plural nouns without an -s: "chairmen", "people"
SIDES = (Stance.SUPPORTS, Stance.DISPUTES)
STEM_LETTERS = 5  # a shared stem shorter than this is chance ("jud-ge", "jud-icial" stay two words)


def distinct_keywords(keywords: Sequence[str]) -> tuple[str, ...]:
    """The claim keywords an utterance uses, counting once a keyword inside a longer one it used
    ("fraud" in "voter fraud", "sunset" in "sunset clause") or an inflection of one ("loophole",
    "loopholes"; "disclose", "disclosure"): the same word twice is one piece of evidence."""
    kept: list[str] = []
    for keyword in sorted(dict.fromkeys(k.lower() for k in keywords), key=len, reverse=True):
        if not any(_same_word(keyword, longer) for longer in kept):
            kept.append(keyword)
    return tuple(kept)


def _same_word(shorter: str, longer: str) -> bool:
    """Whether a keyword is inside a longer one, as itself or an inflection, or shares its stem (all but
    its last letter: "disclos-e", "disclos-ure")."""
    if keyword_pattern(shorter).search(longer):
        return True
    stem = shorter[:-1]
    return " " not in shorter and len(stem) >= STEM_LETTERS and any(w.startswith(stem) for w in longer.split())


def flipped(score: ClaimScore) -> bool:
    """Whether the stance goes against the embeddings' own lean (support - dispute): a negation flip
    or the keywords' lean decided it, and those misread often enough to need a person."""
    raw = score.support - score.dispute
    return (raw > 0 and score.stance is Stance.DISPUTES) or (raw < 0 and score.stance is Stance.SUPPORTS)


def quoted_words_only(assessment: Assessment) -> bool:
    """Every span is a partial quote: a few words in marks whose sense the writer's sentence carries."""
    return all(r.kind == "partial" for r in assessment.utterance.records)


def judged(assessment: Assessment) -> bool:
    """Whether a span is reported by a cue of judgement (JUDGEMENT_CUES): the words are its object."""
    return any(w in JUDGEMENT_CUES for r in assessment.utterance.records for w in r.cue.lower().split())


def reports_finding(assessment: Assessment) -> bool:
    """Whether a span is reported by a cue of a finding (FINDING_CUES): a result counted, not a view."""
    return any(w in FINDING_CUES for r in assessment.utterance.records for w in r.cue.lower().split())


def described(profile: SpeakerProfile | None) -> bool:
    """Whether the speaker is a singular description, not a name ("The GOP front-runner", "an FBI
    investigation"); organisations ("the government") and plural descriptions ("the committee
    chairmen") are sources as they stand."""
    if profile is None:
        return False
    if titled_role(profile.name):  # whatever type the extraction guessed for it
        return True
    if profile.speaker_type in (SpeakerType.ORGANISATION, SpeakerType.GROUP):
        return False
    words = profile.name.lower().split()
    if len(words) >= 2 and words[0] == UNNAMED:  # the extraction's own name for a source the article leaves unnamed
        return True
    if len(words) < 2 or words[0] not in DETERMINERS:
        return False
    head = next((i for i, w in enumerate(words[1:], start=1) if w in DESCRIPTION_ENDS), len(words))
    return head > 1 and not _plural(words[head - 1].strip(",."))


def titled_role(name: str) -> bool:
    """Whether a capitalised name is a role with no person in it ("Conservative Party Co-Chairman",
    "Home Secretary", "Senate Majority Leader"): its last word is a role noun (quotes.extract.sources), no
    word of it is a first name, and it does not open with an article. Typed as whatever the extraction guessed (an organisation, a person),
    it is a description a reader names first; "Mitch McConnell", "Ali Wyne" end in no role."""
    from quotes import lexicons
    from quotes.extract.sources import is_rolenoun
    words = name.split()
    # "The Economist", "The Guardian": a name with its article is a title, and "the home secretary" is read above
    if len(words) < 2 or not words[0][:1].isupper() or words[0].lower() in DETERMINERS:
        return False
    last = words[-1].lower().split("-")[-1]
    if _plural(last):  # "Colorado Republican leaders": a group a reader counts as it stands
        return False
    return is_rolenoun(last) and not any(w.lower() in lexicons.first_names() for w in words)


def _plural(noun: str) -> bool:
    return (noun.endswith("s") and not noun.endswith(("ss", "us", "is"))) or noun.endswith(PLURAL_ENDINGS)


def secondary(assessment: Assessment, score: ClaimScore, settings: Sureness) -> bool:
    """Whether the claim is a second claim of its utterance, well below the first one's match."""
    first = assessment.claims[0] if assessment.claims else score
    return first.claim_id != score.claim_id and score.match < settings.second_claim_share * first.match


def is_sure(stance: str, decisive: tuple[Assessment, ClaimScore], profile: SpeakerProfile | None,
            settings: Sureness = SURENESS) -> bool:
    """Whether the tool's call on a pair can stand unchecked (see the module docstring)."""
    assessment, score = decisive
    if settings.every_call:
        return True
    if stance not in SIDES:
        return False
    if profile is not None and profile.category in NEWS_CATEGORIES:
        return False
    if judged(assessment) or reports_finding(assessment) or described(profile) or secondary(assessment, score, settings):
        return False
    if score.cue:  # a denial or dismissal in the speaker's words or cue decided it
        return True
    partial = settings.partial_stance_score if quoted_words_only(assessment) else 0.0
    if len(distinct_keywords(score.keywords)) >= settings.keyword_evidence:  # the keywords decide the side
        return abs(score.stance_score) >= partial
    needed = settings.stance_score if anchored(score) else settings.unanchored_stance_score
    return not score.check and not flipped(score) and abs(score.stance_score) >= max(needed, partial)


def offered(proposal: Proposal, profile: SpeakerProfile | None) -> bool:
    """Whether a proposal is worth a person's time: a news outlet reporting, or a poll or study's
    finding, is no one's stance (is_sure), so it is not offered as a candidate either."""
    if profile is not None and profile.category in NEWS_CATEGORIES:
        return False
    return not reports_finding(proposal.assessment)


@dataclass(frozen=True)
class Proposal:
    """A candidate before ranking: a stance for a pair, the utterance behind it, and how likely it is."""

    speaker_key: str
    claim_id: str
    stance: Stance
    assessment: Assessment
    score: ClaimScore
    # 0: the tool's own call, not sure; 1: a claim the tool did not assign; 2: the other side of a call in
    # doubt about its side; 3: the other side of any other proposal (other_sides); 4: a reply's answer to
    # the claim of the utterance it replies to (reply_proposals)
    tier: int


def _side(score: ClaimScore) -> Stance:
    """The side a score leans to, "mentions" included (a positive stance score leans to supports)."""
    if score.stance in SIDES:
        return score.stance
    return Stance.SUPPORTS if score.stance_score >= 0 else Stance.DISPUTES


def _other(side: Stance) -> Stance:
    return Stance.DISPUTES if side is Stance.SUPPORTS else Stance.SUPPORTS


def call_proposals(pair: tuple[str, str], stance: str, items: Sequence[tuple[Assessment, ClaimScore]],
                   decisive: tuple[Assessment, ClaimScore]) -> list[Proposal]:
    """The candidates of a call that is not sure: its side first, then the other side when the call
    itself is in doubt about the direction (mixed, mentions, a flipped call, words reported by a cue of
    judgement)."""
    first = Stance(stance) if stance in SIDES else _side(decisive[1])
    out = [Proposal(*pair, first, *decisive, tier=0)]
    score = decisive[1]
    # a close call (check) that no flip or judgement cue made is in doubt about being a stance at all, not
    # about its side: its keywords, used in their sense, lean it already (on the five checks the side of
    # such calls was right 5 times in 6 and the other side never), so its other side waits in tier 3
    if stance not in SIDES or flipped(score) or judged(decisive[0]):
        other = [item for item in items if item[1].stance is _other(first)]
        assessment, best = max(other, key=lambda i: i[1].match) if other else decisive
        out.append(Proposal(*pair, _other(first), assessment, best, tier=2))
    return out


def unassigned_proposals(assessments: Sequence[Assessment], taken: set[tuple[str, str]],
                         settings: Sureness = SURENESS) -> list[Proposal]:
    """Claims an on-topic utterance is near but the tool did not assign it to (below the match floor,
    or second to another claim): the best utterance per pair, on its side."""
    best: dict[tuple[str, str], tuple[Assessment, ClaimScore]] = {}
    for assessment in assessments:
        if not assessment.eligible:  # a wish or question, a doubtful attribution: no stance to offer
            continue
        chosen = {s.claim_id for s in assessment.claims}
        for score in assessment.scores:
            pair = (assessment.utterance.speaker_key, score.claim_id)
            if score.claim_id in chosen or pair in taken or score.match < settings.candidate_match:
                continue
            if pair not in best or score.match > best[pair][1].match:
                best[pair] = (assessment, score)
    return [Proposal(*pair, _side(score), assessment, score, tier=1) for pair, (assessment, score) in best.items()]


def reply_proposals(assessments: Sequence[Assessment], taken: set[tuple[str, str]]) -> list[Proposal]:
    """A reply (quotes.claims.assign.replies: a dismissal answering the utterance just before it) on the
    other side of each claim that utterance makes ("Trump said the system is rigged. Fallon called the
    charge “pathetic”": Fallon disputes *rigged*), with the reply's own words as evidence."""
    out = []
    for assessment in assessments:
        own = {s.claim_id: s for s in assessment.scores}
        for answered in assessment.replies_to:
            pair = (assessment.utterance.speaker_key, answered.claim_id)
            if pair not in taken and answered.claim_id in own:
                out.append(Proposal(*pair, _other(answered.stance), assessment, own[answered.claim_id], tier=4))
    return out


def other_sides(proposals: Sequence[Proposal]) -> list[Proposal]:
    """The proposals, and the other side of each one whose other side is not proposed (tier 3): when a
    quote is tied to a claim, its side is the uncertain part (the embeddings read "one of the most
    successful businessmen we've seen" as near a claim of bad business, and rank disagreeing text
    above agreeing at chance), so both stances of one relevant quote are worth a person's look."""
    have = {(p.speaker_key, p.claim_id, p.stance) for p in proposals}
    out = list(proposals)
    for proposal in proposals:
        other = _other(proposal.stance)
        if (proposal.speaker_key, proposal.claim_id, other) not in have:
            have.add((proposal.speaker_key, proposal.claim_id, other))
            out.append(Proposal(proposal.speaker_key, proposal.claim_id, other, proposal.assessment, proposal.score,
                                tier=3))
    return out


def unlikely(proposal: Proposal, profile: SpeakerProfile | None) -> bool:
    """Whether a proposal goes to the end of the queue: its speaker is a description a reader must name
    first ("the report", "The GOP front-runner") or one the extraction could not type ("Hill"), or it is
    the tool's own call on words reported by a cue of judgement (their side is the object's: the call's
    other side is as likely). On the five checks none of the 31 such proposals (both sides counted) was a
    stance the readers listed, against one in five of the rest (66/311)."""
    if profile is not None and (described(profile) or profile.speaker_type in ("", SpeakerType.UNKNOWN)):
        return True
    return proposal.tier == 0 and judged(proposal.assessment)


# the order of the tiers in the queue: the tool's calls, replies, the other sides of its doubtful calls, the
# claims it did not make, then the other side of everything else. A reply comes right after the tool's
# calls: it is a dismissal, whose side is sure, tied to its claim by the quote it answers (right for 2 of
# the 4 proposals on the five checks, against one in five of the claims an utterance merely came near)
TIER_ORDER = {0: 0, 4: 1, 2: 2, 1: 3, 3: 4}


def ranked(proposals: Sequence[Proposal], sure_cells: int, settings: Sureness = SURENESS,
           profiles: Mapping[str, SpeakerProfile] | None = None) -> list[tuple[Proposal, int]]:
    """The proposals kept, each with its rank within its pair: the tool's own calls first, then the
    other sides of its doubtful calls, then the nearest claims, then the other sides of the rest; the
    unlikely ones (unlikely()) after all of those; at most per_pair per pair and budget x sure cells in all."""
    limit = max(settings.per_pair, int(settings.budget * sure_cells))
    profiles = profiles or {}
    # both sides of a call the tool made (tiers 0 and 2) before the claims it did not make (tier 1): a
    # doubtful call's other side (a negation flip, a cue of judgement) is right about as often as the
    # call, and far more often than a claim an utterance merely came near
    order = sorted(proposals, key=lambda p: (unlikely(p, profiles.get(p.speaker_key)), TIER_ORDER[p.tier],
                                             -p.score.match))
    kept: dict[tuple[str, str], list[Proposal]] = {}
    total = 0
    for proposal in order:
        pair = (proposal.speaker_key, proposal.claim_id)
        same = kept.setdefault(pair, [])
        if total >= limit or len(same) >= settings.per_pair or any(p.stance is proposal.stance for p in same):
            continue
        same.append(proposal)
        total += 1
    return [(p, rank) for pairs in kept.values() for rank, p in enumerate(pairs, start=1)]
