"""Speakers across articles: one speaker_id per person, and people who only share a name kept apart."""

from __future__ import annotations

import random

from quotes.crossdoc.speakers import parse_person, resolve_speakers


def row(doc, name, type_="person", role="", affiliation="", mention="", group=None):
    row.n = getattr(row, "n", 0) + 1
    return {
        "doc_id": doc, "quote_id": f"{doc}-{row.n:03d}", "group_id": group or f"{doc}-g{row.n}", "kind": "direct",
        "quote": "words", "speaker": name, "speaker_type": type_, "role": role, "affiliation": affiliation,
        "speaker_mention": mention or name,
    }


def ids(directory, rows):
    return [directory.speaker_id(r["doc_id"], r["speaker"], r["speaker_type"]) for r in rows]


def identity(directory, speaker_id):
    return next(s for s in directory.identities if s.speaker_id == speaker_id)


def test_name_parts():
    xi = parse_person("President Xi Jinping")
    assert (xi.first, xi.middles, xi.last, xi.title) == ("xi", (), "jinping", "president")
    assert parse_person("Mr. Xi").last == "xi" and not parse_person("Mr. Xi").full
    assert parse_person("Nye").last == "nye"
    assert parse_person("Joseph Nye Jr.").suffix == "jr"
    assert parse_person("Vladimir V. Putin").middles == ("v",)


def test_nye_in_three_forms_is_one_speaker():
    rows = [
        row("a.txt", "Joseph Nye Jr.", role="professor emeritus", affiliation="Harvard Kennedy School", mention="Nye"),
        row("b.txt", "Nye", role="professor"),
        row("c.txt", "Joseph Nye", affiliation="Harvard University"),
    ]
    directory = resolve_speakers(rows)
    assert set(ids(directory, rows)) == {"joseph-nye-jr"}
    nye = identity(directory, "joseph-nye-jr")
    assert nye.name == "Joseph Nye Jr." and {"Nye", "Joseph Nye"} <= set(nye.aliases)
    assert nye.articles == ("a.txt", "b.txt", "c.txt") and nye.quotes == 3


def test_xi_with_honorifics_and_chinese_name_order():
    rows = [
        row("a.txt", "Mr. Xi"), row("b.txt", "Xi"), row("c.txt", "Xi Jinping", role="President", affiliation="China"),
        row("d.txt", "President Xi Jinping"),
    ]
    directory = resolve_speakers(rows)
    assert set(ids(directory, rows)) == {"xi-jinping"}
    assert identity(directory, "xi-jinping").name == "Xi Jinping"


def test_two_people_named_wang_stay_apart_and_a_bare_wang_goes_by_role():
    wang_yi = row("a.txt", "Wang Yi", role="Foreign Minister", affiliation="China")
    wenbin = row("b.txt", "Wang Wenbin", role="spokesman", affiliation="Foreign Ministry")
    bare_spokesman = row("c.txt", "Wang", role="spokesman", affiliation="Chinese Foreign Ministry")
    bare_unknown = row("d.txt", "Wang")
    directory = resolve_speakers([wang_yi, wenbin, bare_spokesman, bare_unknown])
    a, b, c, d = ids(directory, [wang_yi, wenbin, bare_spokesman, bare_unknown])
    assert a == "wang-yi" and b == "wang-wenbin"
    assert c == b  # the spokesman's role picks Wang Wenbin
    assert d not in (a, b)  # nothing says which Wang: not merged with either


def test_different_first_names_or_conflicting_roles_are_different_people():
    rows = [
        row("a.txt", "John Smith", role="farmer", affiliation="Iowa Farm Bureau"),
        row("b.txt", "Mary Smith", role="senator"),
        row("c.txt", "J. Smith", role="farmer"),
        row("d.txt", "Smith", role="goalkeeper", affiliation="Arsenal"),
        row("e.txt", "John Smith Sr."),
        row("f.txt", "John Smith Jr."),
    ]
    directory = resolve_speakers(rows)
    john, mary, initial, goalkeeper, senior, junior = ids(directory, rows)
    assert len({john, mary, goalkeeper}) == 3
    assert initial == john  # the only Smith whose first name starts with J
    assert senior != junior


def test_affiliation_variants_are_listed_with_their_articles():
    rows = [
        row("000.txt", "Joseph Nye Jr.", affiliation="Harvard Kennedy School"),
        row("000.txt", "Joseph Nye Jr.", affiliation="Harvard Kennedy School"),
        row("001.txt", "Joseph Nye Jr.", affiliation="Harvard Kennedy Faculty"),
        row("002.txt", "Joseph Nye Jr.", affiliation="Kennedy School"),  # a shortening, not a conflict
    ]
    nye = resolve_speakers(rows).identities[0]
    assert dict(nye.affiliations) == {"Harvard Kennedy School": 1, "Harvard Kennedy Faculty": 1, "Kennedy School": 1}
    assert nye.conflicts == ("affiliation: Harvard Kennedy School [000.txt] vs Harvard Kennedy Faculty [001.txt]",
                             "affiliation: Harvard Kennedy Faculty [001.txt] vs Kennedy School [002.txt]")


def test_named_pair_resolves_to_its_members():
    rows = [
        row("a.txt", "Vladimir Putin", role="President"), row("b.txt", "Xi Jinping"),
        row("c.txt", "Xi Jinping and Vladimir V. Putin", type_="group", mention="The two leaders"),
        row("d.txt", "China and Russia", type_="group"),
    ]
    directory = resolve_speakers(rows)
    putin, xi, pair, countries = ids(directory, rows)
    assert pair == f"{xi}+{putin}"
    assert identity(directory, pair).members == (xi, putin)
    assert "Vladimir V. Putin" in identity(directory, putin).aliases
    assert countries == "china-and-russia"


def test_organisations_groups_and_unnamed_sources():
    rows = [
        row("a.txt", "the Kremlin", type_="organisation"), row("b.txt", "Kremlin", type_="organisation"),
        row("a.txt", "European Council on Foreign Relations", type_="organisation"),
        row("b.txt", "ECFR", type_="organisation"),
        row("a.txt", "U.S.", type_="organisation"), row("b.txt", "United States", type_="organisation"),
        row("a.txt", "unnamed senior official"), row("b.txt", "unnamed senior official"),
        row("a.txt", "analysts", type_="group"), row("b.txt", "analysts", type_="group"),
    ]
    got = ids(resolve_speakers(rows), rows)
    assert got[0] == got[1] and got[2] == got[3] and got[4] == got[5]
    assert got[6] != got[7]  # two articles' unnamed officials are not one person
    assert got[8] == got[9] == "analysts"
    assert len(set(got)) == 6


def test_speaker_ids_do_not_depend_on_row_order():
    rows = [
        row("a.txt", "Joseph Nye Jr."), row("b.txt", "Nye"), row("c.txt", "Wang Yi"), row("d.txt", "Wang Wenbin"),
        row("e.txt", "Wang"), row("f.txt", "Xi Jinping"), row("g.txt", "Xi"),
    ]
    expected = ids(resolve_speakers(rows), rows)
    shuffled = rows[:]
    random.Random(4).shuffle(shuffled)
    assert ids(resolve_speakers(shuffled), rows) == expected
