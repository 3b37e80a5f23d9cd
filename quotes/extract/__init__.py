"""Extraction: the rule-based stages that turn one article's text into attributed quotes.

In pipeline order (``pipeline.py`` wires them; ``quotes.nlp`` gives sentences and tokens):

1. ``paragraphs`` - paragraphs, headings and page furniture that is never searched
2. ``marks`` - quote marks paired per paragraph into marked spans
3. ``units`` - the sentences a marked span crosses merged into one unit
4. ``sources`` - mentions: names, organisations, groups, pronouns, roles and affiliations
5. ``coref`` - one canonical speaker per entity; pronouns resolved
6. ``cues`` - reporting cues (verbs, "according to", "quoted ... as saying") and their sources
7. ``attribution`` - which cue governs each marked span, and the span's kind
8. ``reported`` - reported speech without marks ("Nye told VOA that ...")

Note: ``quotes.extract`` the *function* (``quotes/api.py``) is what ``import quotes`` binds; import
the stages by their full names (``from quotes.extract.cues import find_cues``).
"""
