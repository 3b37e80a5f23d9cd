"""quotes.naming: the one place that types a name, its word lists (package data with provenance) and its
predicates; and that no word list of it is written out again elsewhere in the package."""

from __future__ import annotations

import ast
from importlib import resources
from pathlib import Path
from types import MappingProxyType

import pytest

from quotes import lexicons, naming
from quotes.types import SpeakerType

PACKAGE = Path(naming.__file__).parent
DATA = resources.files("quotes.data").joinpath("names")
BIG_LIST = 20  # an inline word list longer than this belongs in quotes/data

# Inline word lists still written in extraction's modules: extract/ is being edited by other work, so the
# switch to quotes/data and quotes.naming is the lead's, after it lands (the report of issue 23's "names"
# step lists which goes where). Each entry must still exist: once a list moves, its entry goes.
PENDING_BIG = {
    ("extract/attribution.py", "NOT_A_HEAD_NOUN"),
    ("extract/coref.py", "AUXILIARIES"),
    ("extract/coref.py", "MEDIA_NAME_WORDS"),
    ("extract/coref.py", "SUBJECT_OPENERS"),
    ("extract/cues.py", "AMBIGUOUS_FORMS"),
    ("extract/cues.py", "AUXILIARIES"),
    ("extract/learned.py", "_DOCUMENT_NOUNS"),
    ("extract/paragraphs.py", "_TITLE_SMALL_WORDS"),
    ("extract/reported.py", "CLAUSE_LEMMAS"),
    ("extract/reported.py", "EMPTY_PIECE_WORDS"),
    ("extract/sources.py", "ROLE_STOP"),
}
# word lists outside extraction that are no name lists: the claim table's stance phrases, judgement cues and stopwords, the
# workbook's column widths, the brat reader's cue verbs
NOT_NAME_LISTS = {
    ("claims/discover.py", "STOPWORDS"),
    ("claims/draft.py", "JUDGEMENT_CUES"),
    ("claims/frames.py", "DENIAL_CUES"),
    ("claims/frames.py", "DISMISSALS"),
    ("claims/frames.py", "UNDECIDED_CUES"),
    ("claims/xlsx.py", "WIDTHS"),
    ("evaluate/brat.py", "SPEECH_WORDS"),
}
# small inline lists (and tables) equal to one of quotes.naming: extraction's, pending like PENDING_BIG; once
# extraction reads naming's, its entry goes (coref.ORG_HEADS's own words are naming.DESCRIPTION_ORG_HEADS's too)
PENDING_COPIES: dict[tuple[str, str], str] = {}  # extraction reads naming's lists since the switch


def _words(node: ast.AST) -> list[str] | None:
    """The words of a word-list literal: a set or a dict of strings, or frozenset/set of "…".split() or a
    literal; None for anything else."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("frozenset", "set") and node.args:
        arg = node.args[0]
        if (isinstance(arg, ast.Call) and isinstance(arg.func, ast.Attribute) and arg.func.attr == "split"
                and isinstance(arg.func.value, ast.Constant) and isinstance(arg.func.value.value, str)):
            return arg.func.value.value.split()
        return _words(arg) if isinstance(arg, (ast.Set, ast.List, ast.Tuple)) else None
    elements = node.keys if isinstance(node, ast.Dict) else node.elts if isinstance(node, (ast.Set, ast.List, ast.Tuple)) else None
    if elements and all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in elements):
        return [e.value for e in elements if e.value.strip()]
    return None


def _inline_lists() -> list[tuple[str, str, list[str]]]:
    """(module path, the name it is assigned to, words) of every word-list literal in quotes/, outside
    quotes/data and quotes/naming.py."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        if rel.startswith("data/") or rel == "naming.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None:
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                name = next((t.id for t in targets if isinstance(t, ast.Name)), "?")
                for sub in ast.walk(node.value):
                    words = _words(sub)
                    if words:
                        found.append((rel, name, words))
    return found


def _naming_lists() -> dict[str, frozenset[str]]:
    """naming's lists, and its tables as the set of their keys."""
    lists = {name: value for name, value in vars(naming).items() if name.isupper() and isinstance(value, frozenset)}
    tables = {name: frozenset(value) for name, value in vars(naming).items() if name.isupper() and isinstance(value, MappingProxyType)}
    return lists | tables


def test_no_long_word_list_is_written_inline_outside_the_data():
    long_lists = {(rel, name) for rel, name, words in _inline_lists() if len(words) > BIG_LIST}
    assert long_lists - PENDING_BIG - NOT_NAME_LISTS == set()
    assert PENDING_BIG - long_lists == set(), "a pending list moved: take it off PENDING_BIG"


def test_no_list_of_naming_is_written_again():
    lists = _naming_lists()
    copies = {(rel, name): other for rel, name, words in _inline_lists() if len(set(words)) >= 3
              for other, value in lists.items() if set(words) == value}
    assert copies == PENDING_COPIES


def test_no_two_inline_word_lists_are_the_same():
    seen: dict[frozenset[str], tuple[str, str]] = {}
    twice = []
    for rel, name, words in _inline_lists():
        key = frozenset(words)
        if len(key) >= 5 and key in seen and seen[key][0] != rel:
            twice.append((seen[key], (rel, name)))
        seen.setdefault(key, (rel, name))
    assert twice == []


def test_the_scan_finds_a_word_list_written_three_ways():
    code = 'A = frozenset("x y z".split())\nB = {"x", "y", "z"}\nC: dict = {"x": 1, "y": 2, "z": 3}\nD = ("x", 1)\n'
    found = [_words(node.value) for node in ast.parse(code).body]
    assert found == [["x", "y", "z"], ["x", "y", "z"], ["x", "y", "z"], None]


def test_every_name_list_file_says_its_source_and_is_documented():
    readme = resources.files("quotes.data").joinpath("README.md").read_text(encoding="utf-8")
    files = sorted(f.name for f in DATA.iterdir() if f.name.endswith((".txt", ".tsv")))
    assert len(files) >= 30
    for name in files:
        text = DATA.joinpath(name).read_text(encoding="utf-8")
        assert text.startswith("# "), name
        assert f"`{name}`" in readme, name
        entries = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
        assert entries and all(line == line.strip() for line in entries), name
        assert len(entries) == len(set(entries)), f"{name} lists a word twice"


def test_pyproject_ships_the_name_lists():
    pyproject = (PACKAGE.parent / "pyproject.toml").read_text(encoding="utf-8")
    assert '"names/*.txt"' in pyproject and '"names/*.tsv"' in pyproject


def test_the_claim_tables_unresolved_words_are_pronouns():
    assert naming.UNRESOLVED_SPEAKER_WORDS < naming.PRONOUNS
    assert naming.THIRD_PERSON_SUBJECTS < naming.SUBJECT_PRONOUNS < naming.PRONOUNS
    assert naming.ANNOTATED_SOURCE_PRONOUNS < naming.PRONOUNS
    assert {"himself", "nobody", "most"}.isdisjoint(naming.UNRESOLVED_SPEAKER_WORDS)


def test_lists_load_as_frozensets_once():
    assert lexicons.name_words("parties") is lexicons.name_words("parties")
    assert isinstance(naming.PARTIES, frozenset)
    assert naming.NICKNAMES["chuck"] == "charles"
    assert naming.PARTY_NAMES["GOP"] == "Republican Party" and naming.STATE_NAMES["Calif"] == "California"
    with pytest.raises(TypeError):
        naming.NICKNAMES["al"] = "albert"  # type: ignore[index]


@pytest.mark.parametrize(("predicate", "word", "expected"), [
    (naming.is_pronoun, "They", True), (naming.is_pronoun, "someone", True), (naming.is_pronoun, "Obama", False),
    (naming.is_party, "Republicans", True), (naming.is_party, "GOP", True), (naming.is_party, "Senate", False),
    (naming.is_state, "Vermont", True), (naming.is_state, "Fla.", True), (naming.is_state, "New Hampshire", True),
    (naming.is_state, "D.C.", True), (naming.is_state, "Paris", False),
    (naming.is_title, "Sen.", True), (naming.is_title, "nominee", True), (naming.is_title, "Gov", True),
    (naming.is_title, "Bernie", False),
    (naming.is_org_head, "Department", True), (naming.is_org_head, "PAC", True), (naming.is_org_head, "Sanders", False),
    (naming.is_group_head, "officials", True), (naming.is_group_head, "Iowans", True),
    (naming.is_group_head, "Yorkers", True), (naming.is_group_head, "Catholics", True), (naming.is_group_head, "Chinese", False),
    (naming.is_determiner, "the", True), (naming.is_determiner, "His", True), (naming.is_determiner, "other", False),
    (naming.is_demonym, "Vermonter", True), (naming.is_demonym, "German", True), (naming.is_demonym, "French", False),
    (naming.person_noun, "spokeswoman", True), (naming.person_noun, "voters", True), (naming.person_noun, "economist", True),
    (naming.person_noun, "poll", False), (naming.person_noun, "building", False),
    (naming.is_common_word, "meanwhile", True), (naming.is_common_word, "Joseph", False),
])
def test_naming_predicates(predicate, word, expected):
    assert predicate(word) is expected


@pytest.mark.parametrize(("name", "expected"), [
    ("White House", SpeakerType.ORGANISATION),
    ("Justice Department", SpeakerType.ORGANISATION),
    ("Bank of America", SpeakerType.ORGANISATION),
    ("Team Clinton", SpeakerType.ORGANISATION),
    ("ProPublica", SpeakerType.ORGANISATION),
    ("NAACP", SpeakerType.ORGANISATION),
    ("Twitter", SpeakerType.ORGANISATION),
    ("Pennsylvania Republicans", SpeakerType.GROUP),
    ("Iowans", SpeakerType.GROUP),
    ("New Yorkers", SpeakerType.GROUP),
    ("officials", SpeakerType.GROUP),
    ("Bernie Sanders", None),
    ("Mitch McConnell", None),  # a name prefix, no brand
    ("McConnell", None),
    ("I", None),  # a pronoun, no acronym
    ("House", None),  # a head word alone names nothing
    ("", None),
])
def test_name_type(name, expected):
    assert naming.name_type(name.split()) == expected
