"""Extraction: the stages that turn one article's text into attributed quotes.

Reading the article once (``document.read_document`` -> a frozen ``ArticleDoc``):

1. ``paragraphs`` - paragraphs, headings and page furniture that is never searched
2. ``marks`` - quote marks paired per paragraph into marked spans
3. ``units`` - the sentences (``quotes.nlp``) a marked span crosses merged into one unit
4. ``sources`` - mentions: names, organisations, groups, pronouns, roles and affiliations
5. ``cues`` - reporting cues (verbs, "according to", "quoted ... as saying") and their sources
6. ``quotes.learn.tagger`` - the learned attributions (cue, source, content)

Attributing (``pipeline.attribute`` orders the stages; ``drafts.Reading`` is one article's state):

- ``coref`` - one canonical speaker per entity; pronouns resolved (``speakers`` feeds it)
- ``attribution`` - which cue governs each marked span, and the span's kind
- ``layout`` - attributions the page's layout makes (taglines, transcript turns, headline leads)
- ``learned`` - a learned source made a speaker
- ``speakers`` - a rules' cue's speakers
- ``carry`` - quotes no cue attributes: lead-ins, continued speakers, multi-paragraph quotes
- ``reported`` - reported speech without marks ("Nye told VOA that ...")

Every number: ``settings.ExtractSettings``. Long articles: ``segments``.

Note: ``quotes.extract`` the *function* (``quotes/api.py``) is what ``import quotes`` binds; import
the stages by their full names (``from quotes.extract.cues import find_cues``).
"""
