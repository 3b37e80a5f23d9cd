"""Rules of session 15 (issue 22), each a table with negative rows:

- quotes.extract.article_names: a single capitalised word the article uses as a body, an employer written before a
  role and a name ("Nationwide economist Alex Bannister") or a subject of a plural verb ("Chelsea have sacked"),
  speaks as an organisation, not a person; a common surname ("Bush spokesman"), a place ("Florida state
  archivist"), a demonym ("the Dutch are"), a possessive ("Edu's brother"), a plural acronym ("CSOs are") and a
  word only a sentence opens ("Revenues were") stay as they were;
- quotes.extract.sources: a month's word before a surname after a role noun is a given name ("Police Federation
  chairman Jan Berry"); a portfolio after a party label is the post's remit ("Lib Dem Treasury spokesman"); a
  capitalised role head opening a sentence before a full name is the post ("Boss Steve
  Bruce said");
- quotes.extract.cues, coref, learned: a description and its restrictive "who" clause ("The barrister who had
  represented Mr Martin had said") is an unnamed person, never the person its clause names;
- quotes.extract.polarity: a cue the article negates keeps its negation ("did not say", "is not convinced"), so no
  row reads as the speaker asserting what they did not;
- quotes.extract.capacity: a post "with" adds to a body's sentence is held there ("Labour hit back, with election
  coordinator Alan Milburn saying"); a spokesperson "for the company" speaks for the organisation the sentence, or the one
  before, opens with, as a "company spokesperson" speaks for the one the article named last.
"""

from __future__ import annotations

import pytest

import quotes

HEADLINE = "Story\n\n"


def _speakers(text: str) -> dict[str, tuple[str, str | None]]:
    """Speaker name -> (type, affiliation) over every quote of the text."""
    return {s.name: (s.type.value, s.affiliation or None)
            for q in quotes.extract(HEADLINE + text, "case.txt") for s in q.speakers}


@pytest.mark.parametrize("text, name, kind", [
    ("Chelsea have sacked Adrian Mutu after he failed a drugs test. Chelsea said the decision was final.",
     "Chelsea", "organisation"),
    ('"We are not seeing the market collapsing," said Nationwide economist Alex Bannister. Nationwide said that '
     "prices went up by 0.4% in January.", "Nationwide", "organisation"),
    ('Analysts expect a bid. "It is a good fit," said Euronext chief Jean-Francois Theodore. Euronext said it was '
     "ready to talk.", "Euronext", "organisation"),
    # negatives: a common surname before a role is a person's; a possessive is as often a person's
    ("Bush spokesman Scott McClellan spoke on Monday. Bush said the war was going well.", "Bush", "person"),
])
def test_a_word_used_as_a_body_speaks_as_an_organisation(text, name, kind):
    assert _speakers(text)[name][0] == kind


@pytest.mark.parametrize("text, word", [
    # a place says where one is from; a word only a sentence opens is any noun; a plural acronym is people
    ('Historians in Florida have discovered a film. "He was clean cut," said Florida state archivist Jody Norman. '
     "Florida said it would show the film.", "Florida"),
    ("WPP had a good year. Revenues were pounds 4.3bn, the firm said.", "Revenues"),
    ("Police welcomed the plan. CSOs are to get new powers, the Home Office said.", "CSOs"),
    ("The Dutch are angry. Dutch said the plan was wrong.", "Dutch"),
    ("Edu's brother and representative Amadeo Fensao met the club. Edu said he wanted to stay.", "Edu"),
])
def test_no_body_from_a_place_a_sentence_opening_or_people(text, word):
    from quotes.extract.article_names import _body_by_use
    from quotes.types import Mention, MentionKind, Span

    body = HEADLINE + text
    start = body.rindex(word)
    mention = Mention(MentionKind.PERSON, Span(start, start + len(word), word), word, 0, 0)
    assert not _body_by_use(mention, body)


@pytest.mark.parametrize("text, affiliation", [
    ('NTL said it had not ruled out offering a PVR. "PVR is a recording mechanism," said a spokesman for the '
     "company.", "NTL"),
    ('Cable firm Telewest will launch the service in May. "It is a big step," a spokeswoman for the firm said.', "Telewest"),
    # negatives: a union or a party is not the story's subject company; nothing opens the sentence before
    ('NTL said it had not ruled out offering a PVR. "It is bad for staff," said a spokesman for the union.', None),
    ('Last year it made profits of pounds 21m. "We will wait," said a spokesman for the firm.', None),
])
def test_a_spokesperson_for_the_company_speaks_for_the_subject_organisation(text, affiliation):
    speakers = _speakers(text)
    spokes = [aff for name, (_kind, aff) in speakers.items() if name.startswith("unnamed ")]
    assert spokes == [affiliation]


@pytest.mark.parametrize("text, name, affiliation", [
    ('Civil rights group Liberty said it was "delighted".\n\nDirector Shami Chakrabarti called on the government to '
     '"practise what it preaches".', "Shami Chakrabarti", "Liberty"),
    ("The Electoral Commission says individual registration could cut errors. Chairman Sam Younger told MPs care "
     "was needed to keep people on the register.", "Sam Younger", "Electoral Commission"),
    # negatives: a person opens the sentence before; the office is a state's ("President")
    ('Tony Blair said the film would open in May. Director Peter Jackson said the film was "nearly done".',
     "Peter Jackson", None),
    ('The White House said the talks had failed. President George Bush said the plan was "dead".',
     "George Bush", None),
])
def test_a_bare_office_opening_its_sentence_is_of_the_body_before(text, name, affiliation):
    assert _speakers(text)[name][1] == affiliation


def _people(text: str) -> set[tuple[str, str | None, str | None]]:
    return {(s.name, s.role or None, s.affiliation or None)
            for q in quotes.extract(HEADLINE + text, "case.txt") for s in q.speakers}


@pytest.mark.parametrize("text, expected", [
    ('Police Federation chairman Jan Berry said the plan was "a joke".', ("Jan Berry", "chairman", "Police Federation")),
    ('Boss Steve Bruce said the deal was "fantastic".', ("Steve Bruce", "boss", None)),
    ('Defender John Terry said the result was "fair".', ("John Terry", "defender", None)),
    # negatives: a month before a date stays a date; a common word opening a sentence is no post
    ('On 12 Jan Smith said the plan was "a joke".', ("Smith", None, None)),
    ('Forward planning is key, Tom Smith said of the "plan".', ("Tom Smith", None, None)),
])
def test_given_names_and_posts_the_lists_keep_out(text, expected):
    assert expected in _people(text)


@pytest.mark.parametrize("text, cue", [
    ("Mr Myers did not say that the market would grow.", "did not say"),
    ("Mr Myers didn't say that the market would grow.", "didn't say"),
    ("Mr Myers has never said that the market would grow.", "has never said"),
    ("Mr Myers is not convinced that the market will grow.", "is not convinced"),
    ("Mr Myers does not believe the market will grow.", "does not believe"),
    # negatives: a negation inside the words reported, or in another clause, is no negation of the cue
    ("Mr Myers said that the market would not grow.", "said"),
    ("It is not clear, Mr Myers said, whether the market will grow.", "said"),
])
def test_a_negated_cue_keeps_its_negation(text, cue):
    assert [q.cue.text for q in quotes.extract(text)] == [cue]


@pytest.mark.parametrize("text, name, affiliation", [
    ('The Liberal Democrats launched their poster campaign, with leader Charles Kennedy saying they were the '
     '"authentic opposition".', "Charles Kennedy", "Liberal Democrats"),
    ('Labour hit back at the Tories, with election coordinator Alan Milburn saying the plans were "a con".',
     "Alan Milburn", "Labour Party"),
    # negative: a person's adviser is no body's
    ('Tony Blair toured the north, with adviser Jo Ray saying the trip was "a success".', "Jo Ray", None),
])
def test_a_post_with_adds_is_held_at_the_sentence_subject(text, name, affiliation):
    assert _speakers(text)[name][1] == affiliation


@pytest.mark.parametrize("text, speaker", [
    ('Farmer Tony Martin was jailed in 2000. The barrister who had represented Mr Martin had said the rules were '
     '"weighted overwhelmingly" against householders.', "unnamed barrister"),
    ("The lawyer who represented Mr Martin said the rules were unfair.", "unnamed lawyer"),
    # negative: the name opens the relative clause (its subject), and the description stays as it was written
    ("Tony Martin was jailed. Mr Martin, who is a farmer, said the rules were unfair.", "Tony Martin"),
])
def test_a_description_with_a_restrictive_clause_is_not_the_name_inside_it(text, speaker):
    assert speaker in _speakers(text)



@pytest.mark.parametrize("text, names_another", [
    ("The barrister who had represented Mr Martin had said", True),
    ("The lawyer who acts for Ms Lee said", True),
    # negatives: the clause is the description's own report, or names no one
    ("a sheriff who says he was tricked into letting TV crews in", False),
    ("a union leader who said conflict between himself and Tony Blair was harming", False),
    ("The man who found the body said", False),
])
def test_a_restrictive_clause_names_another(text, names_another):
    from quotes.extract.coref import _names_another

    end = text.index(" who")
    assert _names_another(text, end) is names_another


@pytest.mark.parametrize("text, name, affiliation", [
    ('The Berlin Film Festival opens on Thursday. Festival director Dieter Kosslick said the line-up was "strong".',
     "Dieter Kosslick", "Berlin Film Festival"),
    ('Patients were moved from the Royal Free Hospital. A hospital spokesman said the ward was "safe".',
     "unnamed hospital spokesman", "Royal Free Hospital"),
])
def test_an_institution_noun_before_a_post_names_the_institution(text, name, affiliation):
    assert _speakers(text)[name][1] == affiliation


def test_a_field_before_a_post_names_no_venue():
    # "theatre impresario" is a field, not a post at the theatre the article names
    text = ('The musical opened at the Prince Edward Theatre. Later, theatre impresario Cameron Mackintosh said it was '
            '"a blend".')
    assert _speakers(text)["Cameron Mackintosh"][1] != "Prince Edward Theatre"


@pytest.mark.parametrize("text, expected", [
    ('Lib Dem Treasury spokesman Vince Cable said the plan was "a con".', ("Vince Cable", "spokesman", "Liberal Democrats")),
    ('Tory Health spokesman Andrew Lansley said the plan was "a con".', ("Andrew Lansley", "spokesman", "Conservative Party")),
    # negative: a body after the party is a second body, not the post's remit
    ('Democratic Senate leader Harry Reid said the plan was "a con".', ("Harry Reid", "leader", "Democratic Party; Senate")),
])
def test_a_portfolio_after_a_party_is_the_posts_remit(text, expected):
    assert expected in _people(text)


@pytest.mark.parametrize("text, name", [
    # an initial is part of a name; a plural is people, never a team
    ("Sen. Benjamin L. Cardin of Maryland said the bill was weak. Cardin said the administration would be tough.",
     "Cardin"),
    ("Millennials are drawn to the idea. Millennials say government should play a role.", "Millennials"),
])
def test_no_body_from_a_name_after_an_initial_or_a_plural(text, name):
    from quotes.extract.article_names import _used_as_body

    assert not _used_as_body(name, HEADLINE + text)


@pytest.mark.parametrize("text, affiliation", [
    # a kind noun the article also writes as a company's own name stays that company ("at Carrier")
    ('Carrier will move 1,400 jobs to Mexico. Workers at Carrier were told on Tuesday. Carrier spokesman Ross Ray '
     'said the move was "strictly a business decision".', "Carrier"),
])
def test_a_company_named_by_a_kind_noun_keeps_its_name(text, affiliation):
    assert _speakers(text)["Ross Ray"][1] == affiliation


def test_a_name_opening_its_sentence_with_its_post_after_is_no_bare_office():
    # after round fourteen was scored: "James Cosgrave, one of the company's directors," opens with the name, and
    # the company is the one the sentence before named second (Montrose Secam), not its subject (IBM)
    text = ("IBM said it would partner with a small UK-based electronics firm, Montrose Secam. James Cosgrave, one of "
            "the company's directors, said it would make a big difference.")
    assert _speakers(text)["James Cosgrave"][1] != "IBM"


@pytest.mark.parametrize("text, rows", [
    # a participle of naming after an indefinite noun names a thing; nobody speaks
    ("A Windows virus called Bofra is turning infected machines into distributors of its code.", 0),
    ("Alarm bells were rung by a research note called Approve, published in May.", 0),
    # negative: a person's or a definite subject's "called" is still a speech act
    ('His aide called Blair "a disgrace".', 1),
])
def test_a_naming_participle_is_no_cue(text, rows):
    attributed = [q for q in quotes.extract(text) if q.speakers]
    assert len(attributed) == rows


@pytest.mark.parametrize("text, expected", [
    ('Madrid midfielder Guti told Cadena Ser: "I have never seen this before."', ("Guti", "midfielder", "Madrid")),
    # negatives: a city's own office is the city's; a nationality stays a country
    ('Madrid mayor Alberto Ruiz-Gallardon said: "It was a hoax."', ("Alberto Ruiz-Gallardon", "mayor", "Madrid")),
    ('Spanish midfielder Xabi Alonso said: "It was a hoax."', ("Xabi Alonso", "midfielder", "Spain")),
])
def test_a_capital_before_a_players_post_is_the_club(text, expected):
    assert expected in _people(text)
