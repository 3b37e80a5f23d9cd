"""quotes.extract.sources: the mentions that can be speakers, with their roles and affiliations
(descriptions, appositives, places, names no list knows)."""

from __future__ import annotations

import pytest

from quotes import nlp
from quotes.api import extract
from quotes.extract.sources import find_mentions
from quotes.types import QuoteKind, Span
from tests.helpers.extraction import _covering, _rows, first_speaker, marked

# (sentence, words of the quote or reported clause, the speaker mention that must attribute it)
DESCRIPTIONS = [
    ("The commission says on its website that the filing deadline has passed.", "the filing deadline", "The commission"),
    ("The Ohio governor said the state would not comply with the order.", "the state would not", "The Ohio governor"),
    ("The joint statement said the two sides had agreed to resume talks.", "the two sides", "The joint statement"),
    ("Her campaign said the report was false and misleading from start to finish.", "the report was false", "Her campaign"),
    ("“We will appeal the ruling,” the company said in a statement on Monday.", "We will appeal", "the company"),
    ("A spokeswoman for the agency said the review would take several months.", "the review would", "A spokeswoman"),
]


NAMES = [
    ("“The water rose in minutes,” said flood survivor Dana Whitfield.", "The water rose", "Whitfield"),
    ("Rep. Lena Ortiz (D-N.M.) said the bill would not pass the Senate this year.", "the bill would", "Ortiz"),
    ("Anna van der Berg said the harbour expansion had been delayed again.", "the harbour expansion", "van der Berg"),
    ("“Nobody asked us,” Jean-Luc Moreau told reporters after the meeting.", "Nobody asked us", "Jean-Luc Moreau"),
]


OPENERS = [
    ("Once, in my early twenties, I laughed and said, “That will never happen.”", "That will never", "Once"),
    ("Meanwhile, Carla Diaz said the strike would continue until Friday.", "the strike would", "Meanwhile"),
]


# a name that modifies a noun inside the source is not the speaker: the phrase is ("A NATO official",
# not "NATO"); a group named with its modifiers keeps them ("Senate Democratic leaders"); an
# organisation speaking through its document, or alone, still speaks
MODIFIERS = [
    ("A NATO official said the drills would go ahead in May.", "the drills would go ahead", "A NATO official"),
    ("Several former BBC reporters have complained they were not given a free hand.", "they were not given",
     "Several former BBC reporters"),
    ("The Senate Democratic leaders strongly denied the charge, noting that the rules had not changed since 2008.",
     "the rules had not changed", "Senate Democratic leaders"),
    ("Reuters reported that the paper mill would close in March.", "the paper mill would close", "Reuters"),
    ("A Reuters poll found that most voters backed the plan.", "most voters backed", "Reuters"),
    # a person the article named in full, as the modifier of a plural: the group, not that person
    ("Senator Dana Holloway spoke in Reno on Friday. Holloway supporters are crying \"fraud\" over the count.",
     "fraud", "Holloway supporters"),
    ("Senator Dana Holloway spoke in Reno on Friday. Holloway aides acknowledged a close relationship with the mayor.",
     "a close relationship", "Holloway aides"),
    # a name modifying a singular head: the organisation or person the noun names, not the named person
    ("Senator Dana Holloway spoke in Reno on Friday. The Holloway campaign has pointed out that the tax breaks "
     "allowed him to hire thousands.", "the tax breaks", "The Holloway campaign"),
    ("Senator Dana Holloway spoke in Reno on Friday. \"Nobody even cares anymore,\" wrote one Holloway supporter.",
     "Nobody even cares", "one Holloway supporter"),
    ("House Oversight Committee Chairman Dana Holloway asked for an inquiry. In the letter, the Utah Republican asks for "
     "an investigation into whether the secretary \"violated statutes\". Republican legislators have questioned that "
     "determination, waging an aggressive campaign to get the FBI to release more files.", "an aggressive campaign",
     "Republican legislators"),
    # negative: a surname the source runs on from into its verb is still that person
    ("Senator Dana Holloway spoke in Reno on Friday. “He performed well, he was at the top of his game,” Holloway "
     "recalled, suggesting that the second debate erased his first.", "the second debate", "Dana Holloway"),
    ("Senator Dana Holloway spoke in Reno on Friday. Increasingly, Holloway's most passionate supporters claim "
     "that the primary has been rigged.", "the primary has been rigged", "Holloway's most passionate supporters"),
    # a singular head: the person's organisation, or someone in a role for that person, never the person
    ("Senator Dana Holloway spoke in Reno on Friday. Holloway's campaign said that the count was wrong.",
     "the count was wrong", "Holloway's campaign"),
    ("Senator Dana Holloway spoke in Reno on Friday. Holloway’s spokesman said the senator stood by her comments.",
     "the senator stood by", "Holloway’s spokesman"),
    # control: the person herself
    ("Senator Dana Holloway spoke in Reno on Friday. Holloway said that the count was wrong.",
     "the count was wrong", "Dana Holloway"),
]


# (article, speaker, role (a word it must hold, or None for none), affiliation (a word it must hold, or None))
ROLE_CASES = [
    # appositives with a role noun in no list
    ("“The river is rising,” said Maria Lopez, a hydrologist at the University of Leeds.", "Maria Lopez", "hydrologist", "Leeds"),
    ("“We saw it early,” said Ben Okafor, who is now a virologist at the University of Lagos.", "Ben Okafor", "virologist", "Lagos"),
    ("“Rates will climb,” said Tom Reyes, who covers shipping for Deutsche Bank.", "Tom Reyes", None, "Deutsche Bank"),
    ("“The data are clear,” said Ines Moll, an analyst at the independent Harbor Institute.", "Ines Moll", "analyst", "Harbor Institute"),
    # organisation + title + name; label before a name
    ("“Profits fell,” Nordbank chief executive Lena Holm told reporters on Monday.", "Lena Holm", "chief executive", "Nordbank"),
    ("“No deal,” Vermont Sen. Bernie Sanders said on Tuesday.", "Bernie Sanders", "senator", "Vermont"),
    ("“We will win,” Republican Donald Trump said at the rally.", "Donald Trump", None, "Republican"),
    ("“It is wrong,” Rep. Jim Clyburn (D-S.C.) said on Friday.", "Jim Clyburn", "representative", "South Carolina"),
    ("“Subpoenas are not optional,” panel Chairman Rep. Jason Chaffetz (R-Utah) said.", "Jason Chaffetz", "Chairman", "Utah"),
    ("“It will pass,” Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday.", "Mitch McConnell", "Leader", "Kentucky"),
    ("“We failed them,” said 9/11 widow Terry Strada.", "Terry Strada", "widow", None),
    # a role set before the name, with a possessor
    ("Harbor Bank's chief financial officer, Ana Ruiz, said: “We are solvent.”", "Ana Ruiz", "chief financial officer", "Harbor Bank"),
    # an organisation's name, a capitalised title, then the name: the organisation is the affiliation
    ("“We are ready,” said Nordic Council President Ulla Berg.", "Ulla Berg", "President", "Nordic Council"),
    ("“No comment,” White House Press Secretary Dan Moss said.", "Dan Moss", "Press Secretary", "White House"),
    ("“No comment,” Associated Press Editor Dan Moss said.", "Dan Moss", "Editor", "Associated Press"),
    ("Ohio Green Party Chairman Sam Kerr called the ruling a “huge win.”", "Sam Kerr", "Chairman", "Ohio Green Party"),
    ("“The appeal fails,” wrote Bristol County Court Justice Ray Finch.", "Ray Finch", "Justice", "Bristol County Court"),
    ("“We disagree,” Senate Minority Leader Joan Hale (D-Ore.) said.", "Joan Hale", "Minority Leader", "Oregon"),
    ("“It was a bomb,” said Riverside Police Commissioner Al Dunn.", "Al Dunn", "Commissioner", "Riverside Police"),
    # appositives: a possessive pronoun for the article, a party member, capitalised modifiers,
    # an acronym title, a title's "of State", a second description after "and the"
    ("Tom Ward, her Republican opponent, called it “a sham.”", "Tom Ward", "opponent", "Republican"),
    ("“We must vote,” said Carl Moss, a prominent Ohio Democrat.", "Carl Moss", None, "Democrat"),
    ("“It is close,” said Dana Kay, House editor for the Plains Political Report.", "Dana Kay", "editor", "Plains Political Report"),
    ("“Help is slow,” says Ray Dole, founder and CEO of Veterans Forward.", "Ray Dole", "CEO", "Veterans Forward"),
    ("“It was a mistake,” said Ann Lee, the former secretary of State.", "Ann Lee", "secretary of State", None),
    ("“He is wrong,” said Ed Marr, an associate professor of surgery at Lakeside University and the editor of a blog.",
     "Ed Marr", "associate professor", "Lakeside University"),
    ("“The race is tight,” wrote Lia Brandt for Civic Polling.", "Lia Brandt", None, "Civic Polling"),
    # a role, a preposition and an organisation set before the name
    ("An attorney for Holcomb, Mark Delane, said his client “did nothing wrong.”", "Mark Delane", "attorney", "Holcomb"),
    ("His former business partner at Corvex, Ian Platt, called him “a master.”", "Ian Platt", "business partner", "Corvex"),
    # a possessor before a lowercase role: the possessor is the affiliation, the named person the speaker
    ("Jane Doe’s campaign manager Rob Hill said that the plan “will fail.”", "Rob Hill", "campaign manager", "Jane Doe"),
    # names with an apostrophe, initials, a lowercase hyphenated syllable; a plural honorific
    ("“The cause is unknown,” said Police Commissioner James O’Dell.", "James O’Dell", "Police Commissioner", None),
    ("“This is a sad day,” said Rep. J.T. Walsh (D-N.C.), head of the Rural Caucus.", "J.T. Walsh", "head", "Rural Caucus"),
    ("Korean Prime Minister Lee Min-ho said the test was “reckless.”", "Lee Min-ho", "Prime Minister", "Korea"),
    # "one of …" appositives: the singular role, a named possessor as affiliation
    ("“It is over,” said Ann Fox, one of Obama’s advisers.", "Ann Fox", "adviser", "Obama"),
    ("Ben Rhee, one of the mayor's closest aides, said the plan was “dead.”", "Ben Rhee", "aide", None),
    ("“It is over,” said Ann Fox, one of the first to arrive.", "Ann Fox", None, None),
    # "Title of the Organisation First Last"
    ("Speaker of the House Ned Gale said the bill was “dead.”", "Ned Gale", "Speaker", "House"),
    ("“We will act,” said Secretary of the Treasury Jo Lew.", "Jo Lew", "Secretary", "Treasury"),
    # a description set off by dashes; "who, as …, was …"; a long appositive's role before its first lowercase phrase
    ("Ray Holt — Yale-trained surgeon and daytime TV star — said the pills were “safe.”", "Ray Holt", "star", None),
    ("Dr. Ann Moss, who as a Navy captain was the White House physician in the administration of the former "
     "president and later retired from the service, said the clot was “serious.”", "Ann Moss", "physician", "White House"),
    ("Ann Moss — and her allies — said the vote was “rigged.”", "Ann Moss", None, None),
    # negatives: no role invented
    ("“I am tired,” said Lena Park.", "Lena Park", None, None),
    ("“It is late,” said Ward Hill, his voice rising.", "Ward Hill", None, None),
    ("“We won,” said Cole Baker, for the first time in years.", "Cole Baker", None, None),
    ("Tom Reed said that Ada Reed would discuss whether Ada Reed had a visa, calling it “a fair question.”", "Tom Reed", None, None),
    ("Ben Cole said Monday “it is over,” adding the race was won.", "Ben Cole", None, None),
    ("The Bristol County Court ruled that the law was “void.”", "Bristol County Court", None, None),
    ("“It was cold,” said Omar Diaz, who arrived late.", "Omar Diaz", None, None),
]


# a description that names no one keeps its role and affiliation (the learned source "the Vermont
# senator" resolved to an entity, or left as the description)
DESCRIBE_CASES = [
    ("the Vermont senator", "senator", "Vermont"),
    ("The Republican presidential nominee", "presidential nominee", "Republican Party"),
    ("Obama's former campaign strategist", "former campaign strategist", "Obama"),
    ("Connecticut’s tax commissioner", "tax commissioner", "Connecticut"),
    ("French President Jean Dupont", "President", "France"),
    ("the former secretary of state and current Democratic presidential nominee", "former secretary of state", None),
    ("the senator", "senator", None),
    # negatives: no role noun at the head
    ("the joint statement", None, None),
    ("The Clinton campaign", None, None),
    ("Sixty-three percent", None, None),
    ("his advisers", None, None),
    ("both presidential candidates", None, None),
    ("Both Mr. King and Mr. Schultz", None, None),
    ("His lawyer", "lawyer", None),
    ("my mother", "mother", None),
    ("the ad’s narrator", None, None),
]


def test_role_before_the_name_and_relative_clause():
    text = (
        "'This law will silence journalists,' said Maria Santos, who heads the Press Freedom Union.\n\n"
        'The interior minister, Rafael Ortiz, defended the measure. "Nobody is being silenced," Ortiz said.'
    )
    qs = marked(text)
    assert [(q.speaker.name, q.speaker.role, q.speaker.affiliation) for q in qs] == [
        ("Maria Santos", "head", "Press Freedom Union"),
        ("Rafael Ortiz", "interior minister", None),
    ]


@pytest.mark.parametrize(
    "text, speaker, role, affiliation",
    [
        ("“We are ready,” Ana Silva, a spokesperson for Acme, said.", "Ana Silva", "spokesperson", "Acme"),
        (
            "Northline's chief executive, Tomas Berg, told reporters about the plan. “We are here for the long run,” he said.",
            "Tomas Berg", "chief executive", "Northline",  # the possessor is the affiliation
        ),
        ("Leaders meet in Beijing\n“We are ready to work together,” said Ana Lima, a spokesperson.", "Ana Lima", "spokesperson", None),
        (
            "When the top leader, Li Ming, hosts President Ivan Petrov of Borovia this week, “We will be ready,” Petrov said.",
            "Ivan Petrov", "President", "Borovia",
        ),
    ],
)
def test_appositives_do_not_swallow_names(text, speaker, role, affiliation):
    qs = marked(text)
    assert [(q.speaker.name, q.speaker.role, q.speaker.affiliation) for q in qs] == [(speaker, role, affiliation)]


@pytest.mark.parametrize("text, words, mention", DESCRIPTIONS)
def test_descriptions_are_speakers(text, words, mention):
    q = _covering(text, words)
    assert q.kind != QuoteKind.SCARE and q.speaker is not None
    assert mention in q.speaker.mention.text or q.speaker.mention.text in mention


@pytest.mark.parametrize("text, words, surname", NAMES)
def test_names_no_list_knows(text, words, surname):
    q = _covering(text, words)
    assert q.speaker is not None and q.speaker.name.endswith(surname)


@pytest.mark.parametrize("text, words, opener", OPENERS)
def test_sentence_openers_are_not_people(text, words, opener):
    q = _covering(text, words)
    assert q.speaker is None or opener not in q.speaker.name


def test_a_stray_function_word_is_no_source():
    from quotes.extract.learned import names_someone as _names_someone

    assert not _names_someone(Span(0, 2, "as"))
    assert not _names_someone(None)
    assert _names_someone(Span(0, 2, "he")) and _names_someone(Span(0, 4, "that"))  # coref resolves these
    assert _names_someone(Span(0, 19, "The joint statement"))


@pytest.mark.parametrize("text, name, kind, role", [
    ("Economist Jane Doe said prices would rise again next year.", "Jane Doe", "person", "Economist"),
    ("Contractors said the work would take two more years to finish.", "contractors", "group", None),
    ("Consultants said the work would take two more years to finish.", "consultants", "group", None),
    ("“Prices will rise,” The Economist wrote in its leader.", "The Economist", "organisation", None),
])
def test_lexicon_words_that_once_fitted_the_seeds(text, name, kind, role):
    (q,) = _rows(text)
    assert (q.speaker.name.lower(), q.speaker.type.value, q.speaker.role) == (name.lower(), kind, role)


@pytest.mark.parametrize("text, words, name", MODIFIERS)
def test_a_name_modifying_the_speakers_noun_is_not_the_speaker(text, words, name):
    q = _covering(text, words)
    assert q.speaker.name == name


@pytest.mark.parametrize("text, words, name, kind, role, affiliation", [
    # a country's adjective or a US place before a noun modifies it: the described one speaks
    ("Growth was slow, a Chinese official said, adding that the cost was hard to estimate.", "the cost was hard",
     "a Chinese official", "person", "official", "China"),
    ("A New York judge has rejected the request, saying the courts have no business deciding it.",
     "the courts have no business", "A New York judge", "person", "judge", "New York"),
    ("After the vote, the Turkish government declared the result was final.", "the result was final",
     "the Turkish government", "organisation", None, None),
    # control: the country itself speaking
    ("China said the result was final.", "the result was final", "China", "organisation", None, None),
])
def test_a_place_modifying_the_speakers_noun(text, words, name, kind, role, affiliation):
    speaker = _covering(text, words).speaker
    assert (speaker.name, speaker.type.value, speaker.role, speaker.affiliation) == (name, kind, role, affiliation)


def test_someone_in_a_role_for_a_person_is_typed_with_it():
    text = "Senator Dana Holloway spoke in Reno on Friday. Holloway’s longtime spokesman said the senator stood by her comments."
    speaker = _covering(text, "the senator stood by").speaker
    assert (speaker.type.value, speaker.role, speaker.affiliation) == ("person", "longtime spokesman", "Dana Holloway")
    campaign = _covering("Senator Dana Holloway spoke in Reno. Holloway's campaign said that the count was wrong.",
                         "the count was wrong").speaker
    assert campaign.type.value == "organisation"


@pytest.mark.parametrize("text, words, names", [
    # an appositive after a comma is no second speaker
    ("Tomas Berg spoke on Monday.\n\n“It has changed our town,” said Berg, an Adler backer.", "It has changed", ["Tomas Berg"]),
    ("Tomas Berg spoke on Monday.\n\n“It has changed our town,” said Berg, the Acme founder.", "It has changed", ["Tomas Berg"]),
    ("Tomas Berg spoke on Monday.\n\n“It has changed our town,” said Berg, Adler’s campaign director.", "It has changed", ["Tomas Berg"]),
    # an outlet and a beat before a role and a name: the person speaks
    ("“The mayor did not pick a side,” wrote Northfield Times bureau chief Dana Morrow, citing aides.",
     "The mayor did not", ["Dana Morrow"]),
    ("“I can't vote for him,” said Dunmore resident Dana Morrow.", "I can't vote", ["Dana Morrow"]),
    # control: a list of speakers joined by commas and "and"
    ("Tomas Berg, Ruth Adler and Dana Morrow spoke on Monday.\n\n“It has changed our town,” said Tomas Berg, Ruth Adler "
     "and Dana Morrow.", "It has changed", ["Tomas Berg", "Ruth Adler", "Dana Morrow"]),
])
def test_an_appositive_after_a_comma_is_no_second_speaker(text, words, names):
    q = _covering(text, words)
    assert [s.name for s in q.speakers] == names


@pytest.mark.parametrize("text, words, name, role, affiliation", [
    # an unnamed person known by a role noun no list holds, with an employer after it
    ("A producer for Quillbase Studios told reporters that the host “walked out” of the taping.", "walked out",
     "unnamed producer", "producer", "Quillbase Studios"),
    # a person's name before "of" and an organisation: the organisation is the affiliation
    ("Tomas Berg of Northfield University suggested that “wages will stall.”", "wages will stall",
     "Tomas Berg", None, "Northfield University"),
    # an appositive left open runs up to the main verb, not into it
    # a verb inside a compound or a participle is no main verb
    ("Tomas Berg, a senator from the state of Vermont and self-described socialist, said the plan “would fail.”",
     "would fail", "Tomas Berg", "senator from the state", "Vermont"),
])
def test_who_a_person_works_for(text, words, name, role, affiliation):
    q = _covering(text, words)
    assert (q.speaker.name, q.speaker.role, q.speaker.affiliation) == (name, role, affiliation)


@pytest.mark.parametrize("text,name,role,affiliation", ROLE_CASES)
def test_roles_and_affiliations(text, name, role, affiliation):
    speaker = first_speaker(text)
    assert speaker.name == name
    if role is None:
        assert not speaker.role
    else:
        assert speaker.role and role.lower() in speaker.role.lower()
    if affiliation is None:
        assert not speaker.affiliation
    else:
        assert speaker.affiliation and affiliation.lower() in speaker.affiliation.lower()


@pytest.mark.parametrize("words,role,affiliation", DESCRIBE_CASES)
def test_describe(words, role, affiliation):
    from quotes.extract.sources import describe

    assert describe(words) == (role, affiliation)


@pytest.mark.parametrize("sentence, name, role, affiliation", [
    # a topic after "on" is not the employer; the organisation after "at" is
    ("“It matters,” said Rosa Lind, an expert on Nordic energy policy at the Baltic Institute.",
     "Rosa Lind", "expert on Nordic energy policy", "Baltic Institute"),
    # negative: an appositive that names no person is no role ("a cautionary tale for …")
    ("For Ivo Brand, a cautionary tale for Europe's banks, the lesson was “never again.”", "Ivo Brand", None, None),
])
def test_topic_and_non_person_appositives(sentence, name, role, affiliation):
    from quotes.extract.sources import find_mentions
    from quotes.nlp import split_sentences

    (sent,) = split_sentences(sentence)[:1]
    mentions = [m for m in find_mentions(sentence, sent.tokens, [True] * len(sent.tokens)) if m.name == name]
    assert mentions and (mentions[0].role, mentions[0].affiliation) == (role, affiliation)


def test_a_us_place_before_a_noun_is_no_speaker() -> None:
    quote = extract("A New York judge rejected the request, saying the file would stay sealed.", "t")[0]
    assert quote.speakers[0].name == "A New York judge"


@pytest.mark.parametrize(("sentence", "kind", "name"), [
    # a US place of two words is one place, even when its first word alone opens nothing ("South")
    ("Dean Quill, a salesman from Sumter, South Carolina, says the plan will work.", "place", "South Carolina"),
    ("West Virginia officials felt comfortable with the plan.", "place", "West Virginia"),
])
def test_a_two_word_us_place_is_one_place(sentence: str, kind: str, name: str) -> None:
    tokens = tuple(nlp.split_sentences(sentence)[0].tokens)
    assert (kind, name) in [(m.kind.value, m.name) for m in find_mentions(sentence, tokens, [True] * len(tokens))]


def test_as_a_role_describes_the_subject_not_a_new_speaker() -> None:
    sentence = "As a summer associate at a North Carolina law firm, she was asked to give a presentation."
    tokens = tuple(nlp.split_sentences(sentence)[0].tokens)
    assert not any(m.anonymous for m in find_mentions(sentence, tokens, [True] * len(tokens)))


@pytest.mark.parametrize("text, words, name", [
    # a day or month after "on" opens a time adjunct: the name ends before it
    ("House Oversight Committee Chairman Tomas Berg on Tuesday said the contract was signed in secret.", "the contract was", "Tomas Berg"),
    ("Senator Ruth Adler on March 3 said the contract was signed in secret.", "the contract was", "Ruth Adler"),
    # negatives: "on" inside an organisation's name, before no calendar word
    ("The Council on Foreign Relations said the contract was signed in secret.", "the contract was", "Council on Foreign Relations"),
])
def test_a_time_adjunct_after_a_name_is_not_part_of_it(text, words, name):
    assert _covering(text, words).speaker.name == name


@pytest.mark.parametrize("text, words, name, role, affiliation", [
    # a name between "a" and a role noun employs an unnamed person; it is not the speaker
    ('"We are cooperating," said a Quillwork spokesperson when contacted.', "We are cooperating",
     "unnamed Quillwork spokesperson", "spokesperson", "Quillwork"),
    ("It should expand over time, said a Quillnet spokesperson.", "It should expand",
     "unnamed Quillnet spokesperson", "spokesperson", "Quillnet"),
    ("A senior Quillnet Council official said the talks had stalled.", "the talks had stalled",
     "unnamed senior Quillnet Council official", "senior official", "Quillnet Council"),
    # negatives: a place's official keeps its reading; the title of a name after it is that name's
    ('"We are cooperating," said a Quillwork spokesman Tomas Berg.', "We are cooperating", "Tomas Berg", None, None),
])
def test_an_employer_between_article_and_role(text, words, name, role, affiliation):
    q = _covering(text, words)
    s = q.speaker
    assert s is not None and s.name == name
    if role is not None:
        assert (s.role, s.affiliation) == (role, affiliation)


@pytest.mark.parametrize("sentence, name", [
    # post-nominal letters after a full name are no part of it
    ("Ken Marsh QC said the case was closed.", "Ken Marsh"),
    ("Jane Hollis MP said the case was closed.", "Jane Hollis"),
    # negative: a generational suffix is part of the name
    ("The case was closed, said Larry Mullen Jr, the drummer.", "Larry Mullen Jr"),
    # negative: lone letters name no one's post-nominal ("QC" alone after one word stays)
    ("Marsh QC said the case was closed.", "Marsh QC"),
])
def test_post_nominal_letters_leave_the_name(sentence: str, name: str) -> None:
    tokens = tuple(nlp.split_sentences(sentence)[0].tokens)
    assert name in [m.name for m in find_mentions(sentence, tokens, [True] * len(tokens))]


@pytest.mark.parametrize("sentence, kind, name", [
    # a definite capitalised run, a preposition and a number, then an organisation head: one body
    ("The Votes at 16 alliance said it was a good thing.", "organisation", "Votes at 16 alliance"),
    ("Members of the Class of 2020 group said it was a good thing.", "organisation", "Class of 2020 group"),
    # negative: no organisation head after the number
    ("Smith at 16 joined the club.", "person", "Smith"),
])
def test_a_number_inside_a_body_name(sentence: str, kind: str, name: str) -> None:
    tokens = tuple(nlp.split_sentences(sentence)[0].tokens)
    assert (kind, name) in [(m.kind.value, m.name) for m in find_mentions(sentence, tokens, [True] * len(tokens))]
