"""quotes.extract.cues: the reporting cue of a sentence and the mention it names as its source."""

from __future__ import annotations

import pytest

from tests.helpers.extraction import _covering


def _assert_speaker(text: str, words: str, name: str | None) -> None:
    q = _covering(text, words)
    assert q.speaker is not None and q.speaker.name == name


def test_the_subject_of_the_main_clause_speaks_a_participle_cue():
    text = "The mayor attacked the council’s budget on Monday, saying “it wastes money on consultants.”"
    q = _covering(text, "it wastes money")
    assert "mayor" in q.speaker.mention.text and "council" not in q.speaker.name


@pytest.mark.parametrize("text, words, name", [
    # after "…, X said," the participle is X's, not the reported clause's first name
    ("Dana Quill spoke on Thursday. Reyes and Berg will meet next week, Quill said, adding, “They need to talk.”",
     "They need to talk", "Dana Quill"),
    ("Tomas Berg left as soon as the vote was over, Dana Quill said Tuesday, adding, “He was not happy.”",
     "He was not happy", "Dana Quill"),
    # a noun that is also a verb's form is no cue: the subject of the clause speaks
    ("Dana Quill posted a Twitter comment of her own, saying, “We are so excited to meet him!”",
     "We are so excited", "Dana Quill"),
])
def test_a_participle_after_an_inverted_cue(text, words, name):
    _assert_speaker(text, words, name)


@pytest.mark.parametrize("text, words, name", [
    # a participle after a prepositional phrase: the main clause's subject speaks, not the medium
    ("Campaign spokesman Omar Reyes responded on Twitter, calling the charge “pathetic” and “dangerous.”",
     "pathetic", "Omar Reyes"),
    ("The mayor, Ruth Adler, hit back on Facebook, saying the budget was “a disgrace to the city.”",
     "a disgrace", "Ruth Adler"),
    # an appositive before the comma still leads back to its name
    ("Nordline, a shipping firm based in Oslo, said in a statement that “the delay is regrettable.”",
     "the delay", "Nordline"),
    # a possessor is not the head of the phrase
    ("The vote count will be slow and messy this year, Margaret Holloway’s old friend Tomas Berg said.",
     "The vote count", "Tomas Berg"),
    ("Margaret Holloway’s old friend Tomas Berg said the vote count would be slow and messy this year.",
     "the vote count", "Tomas Berg"),
    # a name inside the speaker's relative clause is not the speaker
    ("Police Chief Dana Morrow, who spent the morning in the streets near Union Square, described the march "
     "as “very calm.”", "very calm", "Dana Morrow"),
    ("Ruth Adler, who met Tomas Berg in Oslo, called the deal “a disgrace.”", "a disgrace", "Ruth Adler"),
])
def test_who_speaks_in_a_longer_subject(text, words, name):
    _assert_speaker(text, words, name)


@pytest.mark.parametrize("text, words, name", [
    # a name after a preposition is no subject of a participle's clause
    ("At a rally in Dunmore on Tuesday, Senator Ruth Adler endorsed the mayor, saying that he would make a fine governor.",
     "he would make", "Ruth Adler"),
    # the name after a participle is its object, and a name in another's title is no subject
    ("Ruth Adler said the count was rigged.\n\nAdler campaign spokesman Tomas Berg responded on Monday, calling Adler’s "
     "charge “pathetic.”", "pathetic", "Tomas Berg"),
    # a place after "in" before the verb is not its subject: the name before it is
    ("The Adler Policy Center in Dunmore maintains that the program “works well.”", "works well", "Adler Policy Center"),
    # control: the subject itself opens the sentence
    ("Ruth Adler endorsed the mayor in Dunmore on Tuesday, saying that he would make a fine governor.",
     "he would make", "Ruth Adler"),
    # a Title Case phrase the rules took for a name is no antecedent of "she"
    ("Maria Lopez, the treasurer, spoke on Monday. The report blamed the Long Recession for the losses.\n\n"
     "“We have to rebuild,” she said.", "We have to rebuild", "Maria Lopez"),
    # a city is no antecedent of "he", whatever its words (“Francisco” is also a surname)
    ("Maria Lopez spoke in San Francisco on Monday. The parade went through San Francisco.\n\n"
     "“I cried the whole parade,” he said.", "I cried", "he"),
    # control: a person named in full with a given name is one
    ("The report blamed Tomas Berg for the losses.\n\n“We have to rebuild,” he said.", "We have to rebuild", "Tomas Berg"),
    # controls: an organisation named "X of Y" stays whole
    ("“We will appeal,” the Bank of Northfield said.", "We will appeal", "Bank of Northfield"),
    # "a number of": no role noun, the group speaks
    ("A number of Democrats said the plan “would fail.”", "would fail", "Democrats"),
    # a name never runs on across a line break or a dateline's spaced dash
    ("The Crowd Does Not Like Ruth Adler\nDUNMORE, Pa. -- The Review hosts a party.\n\n“It is fine,” Adler said.",
     "It is fine", "Ruth Adler"),
    ("DUNMORE - Ruth Adler may have thought the worst was over.\n\n“We won,” Adler said.", "We won", "Ruth Adler"),
    ("DUNMORE - European leaders gathered Friday. “We must act,” the leaders said.", "We must act", "leaders"),
    # a name in the phrase that opens the sentence is no subject: the description after its comma is
    ("In an interview with Morning Joe hosts Joe Quill and Mika Brandt, the Democratic presidential candidate stated "
     "that the plan does not “add up.”", "add up", "the Democratic presidential candidate"),
])
def test_who_the_subject_is(text, words, name):
    _assert_speaker(text, words, name)


INVERTED_AMBIGUOUS = [
    # a form that is a noun as often as a verb is a cue right after a quotation's closing mark, its source next
    ("“We are excited about the tour,” comments Tom Johnston.", "Tom Johnston"),
    ("“We are excited,” notes Mary Stone in a statement, “and so are the fans.”", "Mary Stone"),
    # negative: a quoted title followed by a noun-like form and no source is no cue
    ('He read "The Annual Report" states nothing about it.', None),
]


@pytest.mark.parametrize(("text", "speaker"), INVERTED_AMBIGUOUS)
def test_ambiguous_form_after_a_closing_mark(text, speaker):
    from quotes.api import extract

    speakers = [s.name for q in extract(text) for s in q.speakers]
    assert (speakers[0] if speakers else None) == speaker

@pytest.mark.parametrize("text, words, name", [
    # a name's own post-modifier ("of Birkenhead") stands between it and the cue: the name speaks
    ('Lord Dana Quill of Dunmore, in his ruling, said: "Indefinite detention without trial is wrong in any free country."',
     "Indefinite detention", "Lord Dana Quill"),
    ('Lord Dana Quill of Dunmore said: "Indefinite detention without trial is wrong in any free country."',
     "Indefinite detention", "Lord Dana Quill"),
    ('Tomas Berg of Lakeside University said: "We are not sure about any of this at all."',
     "We are not sure", "Tomas Berg"),
    # control: a place after "in" is still skipped to the organisation before it
    ("The Adler Policy Center in Dunmore maintains that the program “works well.”", "works well", "Adler Policy Center"),
])
def test_a_name_with_its_post_modifier_before_the_cue(text, words, name):
    _assert_speaker(text, words, name)


@pytest.mark.parametrize("text, words, names", [
    # a coordinated subject speaks as all its conjuncts, groups as people, with their modifiers
    ("Critics in the opposition and civil rights activists are worried that the minister will act.",
     "the minister will act", ["critics", "activists"]),
    ('Analysts and diplomats said the deal was "a disaster for workers".', "a disaster", ["analysts", "diplomats"]),
    ('Analysts and diplomats said the deal was "a disaster for workers".', "the deal was", ["analysts", "diplomats"]),
    ('Ruth Adler, Tomas Berg and Dana Quill said the deal was "a disaster".', "a disaster",
     ["Ruth Adler", "Tomas Berg", "Dana Quill"]),
    ("Ruth Adler and many economists said the plan would fail.", "the plan would fail", ["Ruth Adler", "economists"]),
    # negatives: a comma alone joins nothing (an opening phrase), nor does the object of a preposition
    ('After meeting Ruth Adler, Tomas Berg said the deal was "a disaster".', "a disaster", ["Tomas Berg"]),
    ("A letter from Ruth Adler and Tomas Berg said the plan would fail.", "the plan would fail", ["unnamed letter"]),
    ("In May, Trade and Industry Secretary Ruth Adler said she would like longer paid leave.", "she would like",
     ["Ruth Adler"]),
    ("Tomas Berg and Senator Ruth Adler said the plan would fail.", "the plan would fail", ["Tomas Berg", "Ruth Adler"]),
])
def test_a_coordinated_subject_speaks_as_all_its_conjuncts(text, words, names):
    q = _covering(text, words)
    assert [s.name for s in q.speakers] == names


@pytest.mark.parametrize("text, words, name", [
    # a name inside a fronted prepositional phrase is no subject of the coordinated verb's clause
    ('Ruth Adler left the label. In a Quillbook post at the time she described this as the "worst case" and '
     'accused him of "bullying".', "bullying", "Ruth Adler"),
    ("In his first Quillbook announcement of the news, Tomas Berg spoke of the risk and noted there should be "
     "“no shame” involved.", "no shame", "Tomas Berg"),
    # negatives: a name after the phrase's own noun opens the clause ("at the time she", "in March Berg")
    ('In March Tomas Berg left and said he was "very sorry".', "very sorry", "Tomas Berg"),
    ('Ruth Adler left the label. At the time she quit and accused him of "bullying".', "bullying", "Ruth Adler"),
])
def test_a_name_in_a_fronted_phrase_is_no_subject(text, words, name):
    _assert_speaker(text, words, name)


@pytest.mark.parametrize("text, words, name, affiliation", [
    # an organisation owning the name after an inverted cue: the name speaks, employed by it
    ('"We are honoured to have won," said Quillnet Networks\' Ruth Adler.', "We are honoured", "Ruth Adler", "Quillnet Networks"),
    ('"We are honoured to have won," said Quillnet Networks’ Ruth Adler.', "We are honoured", "Ruth Adler", "Quillnet Networks"),
    ("Job cuts will be announced later this week, said The Quill Company's recently named executive chair Tomas Berg.",
     "Job cuts", "Tomas Berg", "Quill Company"),
    # negative: an organisation alone after the cue still speaks
    ('"We are honoured to have won," said Quillnet Networks.', "We are honoured", "Quillnet Networks", None),
])
def test_an_inverted_name_owned_by_an_organisation(text, words, name, affiliation):
    q = _covering(text, words)
    assert q.speaker is not None and (q.speaker.name, q.speaker.affiliation) == (name, affiliation)


@pytest.mark.parametrize("text, words, name", [
    # the head of a long subject phrase speaks, not a name in its prepositional phrases
    ('Dr Tomas Berg, of the Centre for Transport and Society at the University of the West of Dunmore in Oslo said: '
     '"It is a good idea for the city."', "It is a good idea", "Tomas Berg"),
    ("Ruth Adler, a spokesperson for Quill Resolve, the joint operation against Nordline in Oslo and Dunmore, told "
     "reporters that the claim “is patently false.”", "is patently false", "Ruth Adler"),
    ('Tomas Berg, Senior Vice President of Sales for Quillbase, Inc., says: "Alarm management matters a lot."',
     "Alarm management", "Tomas Berg"),
    # a name inside a relative clause: the antecedent speaks, or the name set off after it
    ("The company that runs the Quill Awards, Nordline Productions, denies that anything has been sorted.",
     "anything has been sorted", "Nordline Productions"),
    # a description of people heading the phrase is the speaker
    ('The authors of the research published in the journal Quill Psychiatry argued that the rise is "a concern".',
     "the rise is", "authors"),
    ("Officials at Quill Security Investigations, a division of Nordline Enforcement, said they were concerned.",
     "they were concerned", "officials"),
    ("The Committee for a Responsible Quill Budget reported that the plans would cost $150 billion.",
     "the plans would cost", "Committee for a Responsible Quill Budget"),
    # "afterwards" between the subject and its verb, like "later"
    ('Ruth Adler, who left in the fourth eviction with 5% of the public vote, afterwards said: "I am so glad I am out."',
     "I am so glad", "Ruth Adler"),
    # negatives: the subject of a relative clause is that clause's speaker; a quantity's "of" names the speakers
    ("It also mentions policies she backed that Tomas Berg argues allowed the group to spread.",
     "allowed the group", "Tomas Berg"),
    ("A chorus of prominent Republicans has said the same thing about the plan.", "the same thing", "Republicans"),
    ("Protesters in Dunmore said the plan was unfair to them.", "the plan was unfair", "protesters"),
])
def test_the_head_of_a_long_subject_speaks(text, words, name):
    _assert_speaker(text, words, name)


def test_an_organisation_set_off_after_the_opening_name_employs_it():
    q = _covering('Tomas Berg, Dunmore Hotel Association said: "We have tried very hard to keep them."', "We have tried")
    assert (q.speaker.name, q.speaker.affiliation) == ("Tomas Berg", "Dunmore Hotel Association")
    # negative: after an opening phrase's comma the organisation is the subject
    q = _covering("In Dunmore, Nordline Corp said that it was over for good.", "it was over")
    assert q.speaker.name == "Nordline Corp"


def test_a_persons_own_prepositional_phrase_names_the_employer():
    q = _covering('Dr Tomas Berg, of the Quill Centre for Transport at the University of Dunmore said: "It is a good idea '
                  'for the city."', "It is a good idea")
    assert (q.speaker.name, q.speaker.affiliation) == ("Tomas Berg", "Quill Centre for Transport")
    # negative: a person's stated employer stays
    q = _covering("Ruth Adler, a spokesperson for Quill Resolve, the joint operation in Oslo, told reporters that the "
                  "claim “is patently false.”", "is patently false")
    assert (q.speaker.name, q.speaker.affiliation) == ("Ruth Adler", "Quill Resolve")


@pytest.mark.parametrize("text, described", [
    ("The authors of the research argued that it was so.", "authors"),
    ("The man who met Ruth Adler said that it was over.", "unnamed man"),
    ("Officials at the ministry said that it was over.", "officials"),
    # negatives: a clause, a pronoun, a noun that names no one
    ("He said the man who met Ruth Adler said it was over.", None),
    ("The figures of the ministry show that it was over.", None),
])
def test_a_description_opening_the_clause(text, described):
    from quotes.extract.cues import opening_description
    from quotes.extract.document import read_document

    tokens = read_document(text, "case.txt").units[0].tokens
    found = opening_description(tokens, 0)
    assert (found.name if found else None) == described
