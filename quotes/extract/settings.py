"""Every threshold and confidence extraction uses, in one frozen settings object.

A stage takes the settings it is given (``DEFAULT_SETTINGS`` unless the caller passes others: the
benchmark switches the learned stage off this way); nothing here is changed while a run goes on.
A confidence says how sure an attribution is before the speaker's own factor (how sure coref is
of the person a cue's source names) multiplies it; the figures were set on the seeds and PolNeAR dev.
"""

from __future__ import annotations

from dataclasses import dataclass

from quotes.extract.attribution import ChosenBy


@dataclass(frozen=True)
class ExtractSettings:
    """What extraction decides by number. Change one only with a dev and seeds run to show why."""

    # the learned stage (learn/tagger): off measures what it costs and adds (bench/bench_extract.py)
    learned_stage: bool = True
    # the cue tagger's probability above which a learned cue may overrule the rules' scare quote
    # (dev: 0.5 keeps 22 more right speakers than 0.9)
    sure_cue: float = 0.5

    # a quote attributed by a rules' cue, by how the cue was found: adjacent cues are the surest
    after_cue: float = 0.95  # "“…,” Nye said"
    before_cue: float = 0.9  # "Nye said: “…”"
    complement_cue: float = 0.85  # "Nye said that the sanctions were “…”"
    nearest_cue: float = 0.6  # the nearest cue of the unit, neither beside the quote nor its complement

    # a quote attributed by the learned stage, and reported speech
    learned_quote: float = 0.9  # a marked quote inside a learned attribution with a source
    learned_reported: float = 0.85  # learned content outside quote marks (times the cue's probability)
    rules_reported: float = 0.75  # the rules' reported clause ("Nye told VOA that …")
    min_reported_words: int = 4  # shorter reported content is a non-speech cue's object ("his arrest")

    # scare quotes
    scare_sure: float = 0.8  # in a heading, or a quoted term modifying a noun ("a “no limits” partnership")
    scare: float = 0.6  # any other quoted term with no attribution
    nested_scare: float = 0.7  # a short term quoted inside a quote
    nested_scare_words: int = 6  # a longer quotation inside a quotation is the outer speaker's words
    nested_own_words: float = 0.8  # "I said ‘yes’" inside a quote: the outer speaker's words, times the outer confidence
    nested_other_voice: float = 0.7  # “He said ‘go’” inside a quote: that person's words, times the coref factor

    # attributions the page's layout makes (extract/layout.py)
    layout_direct: float = 0.8  # a tagline ("“…” ― Sonya Herridge") or a transcript turn ("PENCE: …")
    headline_lead: float = 0.7  # a headline led by a name and a colon ("Rush Limbaugh: … ‘Reeks of Fear’")

    # carry-over between quotes (extract/carry.py)
    lead_in: float = 0.8  # "Caddell continued:" closing the paragraph before a quotation
    continued_cap: float = 0.9  # a continued quote is never surer than this before its discount
    continued: float = 0.8  # the discount on the previous quote's confidence for a continuation
    unattributed: float = 0.2  # a quote nobody could be found for
    coverage_window: int = 20  # how many recent quotes are checked for overlap with a new reported clause

    # how sure coref is of the speaker a mention names (extract/coref.speaker_for): a factor
    # on the attribution's confidence
    named_person: float = 1.0  # a person the article names
    anonymous_person: float = 0.7  # "a senior official": never merged with anyone
    group_mention: float = 0.9  # "analysts", "House Democrats"
    organisation_mention: float = 0.9  # an organisation, or a country or capital for its government
    pair_named: float = 0.7  # "the two leaders", "Both have invoked …": the pair named together last
    unresolved_pair: float = 0.4  # "the two leaders" with no pair named before
    unresolved_pronoun: float = 0.3  # "he", "both", "his" with nobody to resolve to
    pronoun_subject: float = 0.8  # "he": an earlier sentence's subject in the same paragraph
    pronoun_last_speaker: float = 0.8  # "he": the one who spoke last, within two paragraphs
    pronoun_recent_person: float = 0.6  # "he": a person named within three paragraphs
    pronoun_organisation: float = 0.6  # "it": the organisation named last, in its paragraph or the one before

    # how sure a learned source's speakers are (extract/learned.py), a factor like coref's
    learned_overlap: float = 0.5  # a learned content piece holds a marked span sharing this share of the shorter
    relative_antecedent: float = 0.9  # "Sanders, who lost …": the antecedent's factor times this
    joined_people: float = 0.9  # "Clinton and Sanders said": two people joined by "and"
    owned_phrase: float = 0.9  # "Sanders supporters", "Cameron’s spokesman", "Trump’s campaign"
    resolved_description: float = 0.7  # "the group" -> WikiLeaks; a lone surname of someone named in full
    bare_description: float = 0.6  # "the joint statement", "63 percent": the words as written

    # an employer named by reference (extract/capacity.py): "a company spokesperson" works for the company
    # named last within this many paragraphs before the quote's
    reference_paragraphs: int = 2

    def by_choice(self, how: ChosenBy) -> float:
        """The confidence of a rules' attribution by how its cue was chosen."""
        return {ChosenBy.AFTER: self.after_cue, ChosenBy.BEFORE: self.before_cue,
                ChosenBy.COMPLEMENT: self.complement_cue, ChosenBy.NEAREST: self.nearest_cue}[how]


DEFAULT_SETTINGS = ExtractSettings()
