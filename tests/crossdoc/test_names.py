"""quotes.crossdoc.names: what part of a written speaker is the name, and its type (cases from a real pile, issue 14)."""

from __future__ import annotations

import pytest

from quotes.crossdoc.names import Why, clean_name

LABELLED = [  # written name, clean name, labels kept
    ("Republican Donald Trump", "Donald Trump", ("Republican",)),
    ("Democrat Hillary Clinton", "Hillary Clinton", ("Democrat",)),
    ("Rival Hillary Clinton", "Hillary Clinton", ("Rival",)),
    ("Vermont Sen. Bernie Sanders", "Bernie Sanders", ("Vermont", "Sen.")),
    ("Former Florida Gov. Jeb Bush", "Jeb Bush", ("Florida", "Gov.")),
    ("New Jersey Gov. Chris Christie", "Chris Christie", ("New Jersey", "Gov.")),
    ("South Carolina Gov. Nikki Haley", "Nikki Haley", ("South Carolina", "Gov.")),
    ("House Speaker Paul Ryan", "Paul Ryan", ("House", "Speaker")),
    ("Senators Charles E. Grassley", "Charles E. Grassley", ("Senators",)),
    ("Republican Donor Adelson", "Adelson", ("Republican", "Donor")),
    ("Fla. Sen. Marco Rubio", "Marco Rubio", ("Fla.", "Sen.")),
    ("Actor Clint Howard", "Clint Howard", ("Actor",)),
    ("Vermonter Bernie Sanders", "Bernie Sanders", ("Vermonter",)),
    ("Vice President Joe Biden", "Joe Biden", ("Vice", "President")),
    ("Impeach AG Lynch", "Lynch", ("AG",)),
    ("UN Ambassador John Bolton", "John Bolton", ("UN Ambassador",)),
    ("Fr. Frank Pavone", "Frank Pavone", ("Fr.",)),
    ("DJ Beverly Bond", "Beverly Bond", ("DJ",)),
    ("Bishop Eddie Long", "Eddie Long", ("Bishop",)),
]


OPENED = [  # a sentence opener dragged in by its capital letter
    ("Meanwhile Trump", "Trump"),
    ("Now Brazile", "Brazile"),
    ("What Mr. Obama", "Obama"),
    ("Neither Donald J. Trump", "Donald J. Trump"),
    ("Injecting Clinton", "Clinton"),
    ("Also Mike Pence", "Mike Pence"),
    ("Trump Wednesday", "Trump"),
    ("Using Ted Cruz", "Ted Cruz"),
    ("Beyond Trump", "Trump"), ("Besides Clinton", "Clinton"), ("Year Barack Obama", "Barack Obama"),
    ("Sanders Iowa", "Sanders"),
]


KEPT = [  # negative cases: names that look labelled or opened but are names
    "Virginia Foxx",  # a state that is also a given name
    "Georgia Ruth",
    "Bill Clinton",
    "Irving Kristol",  # a given name ending in -ing
    "Xi Jinping",
    "Donald Trump Jr.",
    "Martin Luther King Jr.",
    "Norbert Leo Butz",
    "Hillary Rodham Clinton",
    "George W. Bush",
    "Rand Paul",
    "Mark Warner",
    "Dean Baquet",  # a title that is also a given name
    "Madison", "Warren",  # a US city that is also a given name or a common surname
    "Will Hurd", "Rich Lowry",  # an opener that is also a given name, before one more word
    "Major Garrett",
    "Mitch McConnell", "McConnell", "DeSantis", "MacArthur", "O'Rourke", "LaHood",  # not brands
    "Patrick Ewing",
    "Baron Hill",
    "George Washington", "Joe Montana",  # a state as a surname  # a nameparser title before a lone surname is a given name
]


NO_IDENTITY = [  # pronouns, openers and labels alone, headline fragments
    ("The party's", Why.THING), ("the Senate candidates’", Why.THING), ("nonprofit's", Why.THING),  # a possessor whose noun was cut off
    ("D-Calif", Why.OPENER), ("R-S.C.", Why.OPENER),  # a party and a state cut off the name before them
    ("they", Why.PRONOUN), ("They", Why.PRONOUN), ("he", Why.PRONOUN), ("She", Why.PRONOUN), ("we", Why.PRONOUN),
    ("So", Why.OPENER), ("Once", Why.OPENER), ("Also", Why.OPENER), ("Democratic", Why.OPENER),
    ("Republican", Why.OPENER), ("Florida", Why.OPENER), ("Sarasota Republican", Why.OPENER),
    ("One California", Why.OPENER), ("Eleven", Why.OPENER),
    ("Chris Christie Calls Hillary Clinton", Why.HEADLINE), ("Experience Of Serving Under Obama", Why.HEADLINE),
    ("Chuck Grassley Compares Trump", Why.HEADLINE), ("Obama Sees", Why.HEADLINE),
    ("Ted Cruz Refuses", Why.HEADLINE),
]


RETYPED = [  # typed as a person by the extractor
    ("White House", "organisation"), ("State Department", "organisation"), ("Twitter", "organisation"),
    ("FBI", "organisation"), ("White House Saturday", "organisation"), ("Human Rights Watch", "organisation"),
    ("Democrats", "group"), ("Pennsylvania Republicans", "group"), ("Republicans", "group"), ("Team Clinton", "organisation"),
    ("ProPublica", "organisation"), ("LinkedIn", "organisation"), ("HuffPo", "organisation"), ("Saudis", "group"), ("Air Force One", "person"),
    ("USA TODAY", "person"),  # an outlet, but no longer cut to "USA" = the United States
]


HEADLINES_OF_ANY_TYPE = [  # a headline verb inside a name of any type: no speaker identity
    ("Dana Whitfield Reassures Senate Democrats", "group"),
    ("Acme Holdings Slams Regulators", "organisation"),
    ("Marta Quill Rejects Union Offer", "person"),
]


COMMON_WORDS_ONLY = ["Raise Taxes", "Lose Majority", "Outcome Matters"]  # words news writes in lower case


PLACES = [  # a building or a place is no speaker, whatever type it came with
    ("Quill Tower", "person"), ("Quill Tower", "organisation"), ("Ohio Statehouse", "person"),
    ("Riverside Mall", "person"), ("Harbor Bridge", "unknown"), ("Lakeside Village", "person"),
    ("Sacramento", "person"), ("San Jose", "person"), ("Ohio", "unknown"),  # a US state or large city typed a person
]


GROUPS_TYPED_PERSON = [  # demonyms in the plural are groups
    "Nebraskans", "Norwegians", "New Yorkers", "Vermonters",
]


PAIRS = [  # written pair, type, the one speaker it is
    ("Marta Quill and Ohio Republican", "group", "Marta Quill", "person"),
    ("Oren Vasquez and Nevada", "group", "Oren Vasquez", "person"),
    ("Lena Brandt and Democratic National Committeewoman", "group", "Lena Brandt", "person"),
    ("United States and U.S.", "group", "United States", "organisation"),
]


PAIRS_KEPT = [("Marta Quill and Oren Vasquez", "group"), ("Ohio and Nevada", "group"), ("Johnson & Johnson", "organisation")]


MORE_RETYPED = [  # written, type it came with, type it gets
    ("Ethiopia", "person", "organisation"), ("Guardian", "person", "organisation"), ("Example.com", "unknown", "organisation"),
    ("Sharon Lee Porter", "unknown", "person"), ("Chad", "person", "person"),
]


DESCRIPTIONS = [  # written, type, (clean name, type) or the reason it has no identity
    ("the governor", "unknown", Why.ANAPHOR), ("his sister", "person", Why.ANAPHOR), ("the agency", "unknown", Why.ANAPHOR),
    ("The survey", "unknown", Why.THING), ("a memo", "unknown", Why.THING), ("23 percent", "unknown", Why.THING),
    ("the letter sent Tuesday", "unknown", Why.THING), ("Some of you", "unknown", Why.PRONOUN),
    ("a Senate aide", "unknown", ("a Senate aide", "person")), ("A caller", "unknown", ("a caller", "person")),
    ("one listener", "unknown", ("one listener", "person")),
    ("31 percent of likely voters", "group", ("31 percent of likely voters", "group")),
    ("many teachers", "unknown", ("many teachers", "group")), ("The candidates", "unknown", ("the candidates", "group")),
    ("the Walker campaign", "unknown", ("the Walker campaign", "organisation")), ("a state agency", "unknown", ("a state agency", "organisation")),
    ("The Daily Ledger", "organisation", ("The Daily Ledger", "organisation")), ("the Kremlin", "organisation", ("the Kremlin", "organisation")),
]


ADJECTIVES_ALONE = [("Slovenian", "person"), ("Hindu", "person"), ("Lutheran", "unknown"), ("Romanian", "group")]


CUT_SHORT = [  # written, type, clean name, the function word it was cut after ("" when whole)
    ("Harbor Widget Institute of", "organisation", "Harbor Widget Institute of", "of"),
    ("Coalition for", "organisation", "Coalition for", "for"),
    ("Marla Quentin of", "person", "Marla Quentin", ""),  # a person's name is whole before "of"
    ("Midland College of Iowa", "organisation", "Midland College of Iowa", ""),  # a state after "of" is the name's
    ("Harbor Widget Union of Texas", "person", "Harbor Widget Union of Texas", ""),
]


RETYPED_BY_HEAD = [  # written, type, clean name, clean type
    ("Commonwealth Bank of Avalon", "person", "Commonwealth Bank of Avalon", "organisation"),  # the head before "of"
    ("Morning Consult", "person", "Morning Consult", "organisation"),  # pollsters (FiveThirtyEight's ratings)
    ("Ipsos", "person", "Ipsos", "organisation"),
    ("Mason-Dixon", "unknown", "Mason-Dixon", "organisation"),
    ("Fox News Marta Ellison", "organisation", "Marta Ellison", "person"),  # an outlet before a full name
]


CLEANED_DESCRIPTIONS = [  # written, type, clean name ("" for no identity), clean type
    ("the congressman's", "group", "", "unknown"),  # a definite singular person refers back, whatever its type
    ("the councilwoman", "group", "", "unknown"),
    ("even her fellow band members", "group", "her fellow band members", "group"),  # a lower-case opener goes
    ("also the campaign staff", "group", "the campaign staff", "group"),
    ("one of those aides, who spoke on condition of anonymity", "person", "one of those aides", "person"),
    ("a city councilman who asked not to be named", "person", "a city councilman", "person"),
    ("each senator", "person", "each senator", "group"),  # distributive: several people
    ("every delegate", "person", "every delegate", "group"),
    # kept as they were
    ("the government in Kyiv and its allies", "group", "the government in Kyiv and its allies", "group"),
    ("a Treasury official", "person", "a Treasury official", "person"),
    ("the candidate and his wife", "group", "the candidate and his wife", "group"),
]


@pytest.mark.parametrize(("written", "clean", "labels"), LABELLED)
def test_label_words_before_a_name_are_not_the_name(written, clean, labels):
    name = clean_name(written)
    assert (name.name, name.type, name.labels) == (clean, "person", labels)


@pytest.mark.parametrize(("written", "clean"), OPENED)
def test_sentence_openers_are_not_the_name(written, clean):
    assert clean_name(written).name == clean


@pytest.mark.parametrize("written", KEPT)
def test_names_that_only_look_labelled_are_kept_whole(written):
    assert clean_name(written).name == written and clean_name(written).type == "person"


@pytest.mark.parametrize(("written", "why"), NO_IDENTITY)
def test_pronouns_openers_and_headlines_are_no_speaker_identity(written, why):
    name = clean_name(written)
    assert not name.resolved and name.why == why


@pytest.mark.parametrize(("written", "type_"), RETYPED)
def test_organisations_and_groups_typed_as_persons_are_retyped(written, type_):
    assert clean_name(written, "person").type == type_


def test_an_outlet_named_today_is_not_the_united_states():
    assert clean_name("USA TODAY", "organisation").name == "USA TODAY"


def test_a_title_word_inside_a_name_of_a_thing_is_kept():
    assert clean_name("Air Force One").name == "Air Force One"
    assert clean_name("National Rifle Association").name == "National Rifle Association"


@pytest.mark.parametrize(("written", "type_", "clean"), [
    ("White House Press Secretary Josh Earnest", "organisation", "Josh Earnest"),
    ("Senate Minority Leader Harry M. Reid", "organisation", "Harry M. Reid"),
    ("Clinton Foundation President Donna Shalala", "organisation", "Donna Shalala"),
])
def test_a_person_after_a_title_inside_an_organisation_name_is_a_person(written, type_, clean):
    name = clean_name(written, type_)
    assert (name.name, name.type) == (clean, "person")


@pytest.mark.parametrize("written", ["Federal Election Commission", "Hillary Clinton White House", "Speaker of the House"])
def test_an_organisation_without_a_person_after_a_title_stays_one(written):
    assert clean_name(written, "organisation").type == "organisation"


def test_lower_case_descriptions_of_unnamed_sources_pass_through():
    assert clean_name("unnamed senior official").name == "unnamed senior official"


@pytest.mark.parametrize(("written", "type_"), HEADLINES_OF_ANY_TYPE)
def test_a_headline_is_no_speaker_whatever_its_type(written, type_):
    name = clean_name(written, type_)
    assert not name.resolved and name.why == Why.HEADLINE


@pytest.mark.parametrize("written", COMMON_WORDS_ONLY)
def test_a_name_of_common_words_only_is_no_name(written):
    name = clean_name(written)
    assert not name.resolved and name.why == Why.COMMON


@pytest.mark.parametrize("written", ["Khin Maung Win", "Hope Short", "Tobias Small"])  # a given name or a name word inside
def test_names_with_some_common_words_are_kept(written):
    assert clean_name(written).name == written


@pytest.mark.parametrize(("written", "type_"), PLACES)
def test_places_and_buildings_are_no_speakers(written, type_):
    name = clean_name(written, type_)
    assert not name.resolved and name.why == Why.PLACE


@pytest.mark.parametrize("written", GROUPS_TYPED_PERSON)
def test_demonyms_and_plural_nouns_typed_person_are_groups(written):
    assert clean_name(written, "person") == clean_name(written, "person").__class__(written, "group")


@pytest.mark.parametrize(("written", "type_", "clean", "clean_type"), PAIRS)
def test_a_pair_with_a_label_or_a_place_or_the_same_name_is_one_speaker(written, type_, clean, clean_type):
    name = clean_name(written, type_)
    assert (name.name, name.type) == (clean, clean_type)


@pytest.mark.parametrize(("written", "type_"), PAIRS_KEPT)
def test_pairs_of_two_names_stay_pairs(written, type_):
    assert clean_name(written, type_).name == written


@pytest.mark.parametrize(("written", "clean", "labels"), [
    ("Canadian Prime Minister Ellen Novak", "Ellen Novak", ("Canadian", "Prime", "Minister")),
    ("Norwegian Activist Per Lund", "Per Lund", ("Norwegian", "Activist")),
])
def test_a_demonym_before_a_name_is_a_label(written, clean, labels):
    name = clean_name(written)
    assert (name.name, name.labels) == (clean, labels)


@pytest.mark.parametrize(("written", "type_"), [("SusanHarlow", "organisation"), ("MarkQuill", "person")])
def test_a_handle_of_a_given_name_and_a_surname_is_the_person(written, type_):
    name = clean_name(written, type_)
    assert (name.name, name.type) == (written[:-6 if written.startswith("Susan") else -5] + " " + written[-6 if written.startswith("Susan") else -5:], "person")


@pytest.mark.parametrize("written", ["YouTube", "LinkedIn", "MacArthur", "DeSantis"])
def test_brands_and_name_prefixes_are_no_handles(written):
    assert clean_name(written).name == written


@pytest.mark.parametrize(("written", "type_", "expected"), MORE_RETYPED)
def test_countries_outlets_websites_and_given_names_are_typed(written, type_, expected):
    assert clean_name(written, type_).type == expected


@pytest.mark.parametrize(("written", "type_", "expected"), [
    ("whose members", "group", Why.PRONOUN), ("no terrorist organization", "organisation", Why.THING),
    ("Harbor County Survey", "person", Why.THING), ("Kent Island", "person", Why.PLACE),
])
def test_relatives_negations_documents_and_places_are_no_speakers(written, type_, expected):
    name = clean_name(written, type_)
    assert not name.resolved and name.why == expected


def test_a_capitalised_description_is_judged_by_its_lower_case_head():
    assert clean_name("Democratic donors and their friends in the unions", "organisation").type == "group"
    assert clean_name("Fellow Democrats", "group").name == "Democrats"


@pytest.mark.parametrize(("written", "type_", "expected"), DESCRIPTIONS)
def test_a_description_is_judged_by_its_head_noun(written, type_, expected):
    name = clean_name(written, type_)
    if isinstance(expected, str):
        assert not name.resolved and name.why == expected
    else:
        assert (name.name, name.type) == expected


@pytest.mark.parametrize(("written", "clean"), [
    ("DENVER-Marta Quill", "Marta Quill"), ("Marta Quill DENVER", "Marta Quill"), ("ST. LOUIS-Oren Vasquez", "Oren Vasquez"),
])
def test_a_dateline_run_into_a_name_is_not_the_name(written, clean):
    assert clean_name(written).name == clean


@pytest.mark.parametrize("written", ["New Hampshire", "New Mexico", "North Dakota"])
def test_a_two_word_state_is_no_speaker_and_not_cut_to_its_first_word(written):
    assert not clean_name(written).resolved


@pytest.mark.parametrize(("written", "type_", "clean", "clean_type"), [
    ("JosÃ© Alvarez", "person", "José Alvarez", "person"), ("JosA\u0303\u00a9 Alvarez", "person", "José Alvarez", "person"), ("Latinos", "person", "Latinos", "group"),
    ("Hispanics", "unknown", "Hispanics", "group"),
])
def test_mangled_encoding_and_ethnic_groups(written, type_, clean, clean_type):
    name = clean_name(written, type_)
    assert (name.name, name.type) == (clean, clean_type)


@pytest.mark.parametrize("written", ["Gulf War", "Clean Water Act", "K", "Harbor County Survey"])
def test_events_laws_and_single_letters_are_no_speakers(written):
    assert not clean_name(written).resolved


@pytest.mark.parametrize(("written", "type_", "expected"), [
    ("AMOren Vasquez", "person", "Oren Vasquez"), ("Even Republican county chairmen", "group", "Republican county chairmen"),
    ("No one in the room", "group", ""), ("no terrorist group", "organisation", ""),
])
def test_glued_capitals_openers_and_negations(written, type_, expected):
    assert clean_name(written, type_).name == expected


@pytest.mark.parametrize(("written", "type_", "clean", "clean_type"), [
    ("Pollster Dana Whitfield", "person", "Dana Whitfield", "person"), ("Mormons", "person", "Mormons", "group"),
    ("one of the senator's aides", "group", "one of the senator's aides", "person"),
])
def test_role_nouns_religious_groups_and_one_of_many(written, type_, clean, clean_type):
    name = clean_name(written, type_)
    assert (name.name, name.type) == (clean, clean_type)


@pytest.mark.parametrize(("written", "type_"), ADJECTIVES_ALONE)
def test_a_nationality_or_religious_adjective_alone_is_no_speaker(written, type_):
    name = clean_name(written, type_)
    assert not name.resolved and name.why == Why.ADJECTIVE


# real people whose name is also a word of those classes, or a common word: kept as they are
@pytest.mark.parametrize("written", ["Christian", "German", "Cuban", "Diane Black", "Mark Cuban", "Steve King", "Tim Scott"])
def test_surnames_and_given_names_that_are_also_adjectives_are_kept(written):
    name = clean_name(written, "person")
    assert (name.name, name.type) == (written, "person")


@pytest.mark.parametrize(("written", "type_", "clean", "cut"), CUT_SHORT)
def test_a_name_ending_in_a_function_word_is_cut_short(written, type_, clean, cut):
    name = clean_name(written, type_)
    assert (name.name, name.cut) == (clean, cut)


@pytest.mark.parametrize(("written", "type_", "clean", "clean_type"), RETYPED_BY_HEAD)
def test_organisation_heads_pollsters_and_outlets_before_a_name_retype(written, type_, clean, clean_type):
    name = clean_name(written, type_)
    assert (name.name, name.type) == (clean, clean_type)


@pytest.mark.parametrize(("written", "type_"), [("Fox News Channel", "organisation"), ("Ann Selzer", "person"),
                                                ("John Zogby", "person"), ("Duke of Avalon", "person")])
def test_outlets_and_pollsters_people_stay_what_they_are(written, type_):
    name = clean_name(written, type_)
    assert (name.name, name.type) == (written, type_)


@pytest.mark.parametrize("written", ["Hong Kong", "Middle East", "Crimea"])
def test_places_that_never_speak_are_no_speakers(written):  # quotes/data/places.txt, listed without a capital
    name = clean_name(written, "person")
    assert not name.resolved and name.why == Why.PLACE


@pytest.mark.parametrize(("written", "type_", "clean", "clean_type"), CLEANED_DESCRIPTIONS)
def test_descriptions_lose_openers_and_clauses_and_are_typed_by_their_determiner(written, type_, clean, clean_type):
    name = clean_name(written, type_)
    assert (name.name, name.type if name.resolved else "unknown") == (clean, clean_type)


@pytest.mark.parametrize(("written", "type_", "clean", "clean_type"), [
    ("MAYORS DEMAND RECOUNT IN FIVE COUNTIES The Harbor Widget Council", "organisation", "The Harbor Widget Council", "organisation"),
    ("TARIFFS-Marla Quentin and Otis Brennan", "group", "Marla Quentin and Otis Brennan", "group"),  # a dateline, any type
    ("BELGIAN ROWING TEAM", "unknown", "BELGIAN ROWING TEAM", "organisation"),  # a team: the demonym is its name's
    ("AFL-CIO", "organisation", "AFL-CIO", "organisation"),
    ("NAACP LDF President Marla Quentin", "organisation", "Marla Quentin", "person"),  # capitals, then a title
])
def test_headline_capitals_before_a_name_go_and_a_team_is_an_organisation(written, type_, clean, clean_type):
    name = clean_name(written, type_)
    assert (name.name, name.type) == (clean, clean_type)


@pytest.mark.parametrize(("written", "clean"), [("One Harbor Widget Network", "One Harbor Widget Network"),
                                                ("Also Harbor Widget Network", "Harbor Widget Network")])
def test_a_number_word_opens_an_organisation_name_not_a_sentence(written, clean):
    assert clean_name(written, "organisation").name == clean


@pytest.mark.parametrize(("written", "type_", "clean"), [
    ("Harbor Rising, a conservative political action committee", "organisation", "Harbor Rising"),
    ("Marla Quentin, a lawyer for the city", "person", "Marla Quentin"),
    ("Quentin, Brennan and Hale", "organisation", "Quentin, Brennan and Hale"),  # a firm of names: no appositive
])
def test_an_appositive_after_a_name_is_not_the_name(written, type_, clean):
    assert clean_name(written, type_).name == clean


@pytest.mark.parametrize(("written", "type_", "clean"), [
    ("candidate", "unknown", ""),  # a role noun without its determiner refers back, like "the candidate"
    ("Harbor Times on Saturday", "organisation", "Harbor Times"),  # a weekday goes with its preposition
    ("Florida Latino", "person", ""),  # a label, then an adjective: no name left
    ("Florida Latino Caucus", "organisation", "Florida Latino Caucus"),
    # a group label loses its aside and its participle's clause, not its place
    ("People (mostly men, but also some women)", "group", "People"),
    ("the progressives underwhelmed by the last seven years", "group", "the progressives"),
    ("Democratic voters in all five states", "group", "Democratic voters in all five states"),
    ("registered voters", "group", "registered voters"),
])
def test_a_bare_role_noun_a_dated_name_and_a_labelled_adjective(written, type_, clean):
    assert clean_name(written, type_).name == clean


@pytest.mark.parametrize(("written", "clean", "type_"), [
    ("Police", "police", "group"),  # "Police said": a sentence's capital on a common noun, one per article
    ("Newspaper", "newspaper", "organisation"),
    # controls: an outlet, an acronym and a proper name stay as written
    ("Time", "Time", "organisation"), ("ICE", "ICE", "organisation"), ("Congress", "Congress", "organisation"),
])
def test_a_capitalised_common_noun_alone_is_its_description(written, clean, type_):
    name = clean_name(written, "organisation")
    assert (name.name, name.type) == (clean, type_)
