"""Rules of session 19 (issue 22), each a table with negative rows:

- quotes.data role_heads.txt: the rugby union positions World Rugby names that no derived list holds (prop, hooker,
  lock, flanker, wing) are a role between a team and a name ("Ireland and Munster lock Paul O'Connell");
- quotes.extract.sources: a work's maker ("Simpsons creator Matt Groening", "Harry Potter author JK Rowling") is
  read with the work, which employs no one; a field of work written as a common acronym ("A PR expert", "The TV
  host") stays on the role, no body;
- quotes.extract.capacity: "its" in a role set off before a name ("…”, said its chief executive, Sir Howard Newby.")
  is the body the sentence before opens with, however long its name ("The Higher Education Funding Council for
  England said …");
- quotes.extract.sources: an appositive's employer may follow a working participle, past where one is from ("a
  graduate student from Hong Kong studying at Cornell University");
- quotes.extract.parties: a shadow post's holder belongs to the party the article shows in opposition, or, where
  it shows one of the two alternating parties in government and names the other, that other; a government
  the article writes with "a" ("A Tory government would …") is no party's in office.
"""

from __future__ import annotations

import pytest

import quotes
from tests.helpers.capacity import capacities

HEADLINE = "Story\n\n"


_capacity = capacities  # speaker name -> the (role, affiliation) pairs over every quote of the text


@pytest.mark.parametrize("text, name, role, affiliation", [
    ("Ireland and Munster lock Paul O'Connell said the side was ready.", "Paul O'Connell", "lock",
     "Ireland and Munster"),
    ("Wales prop Adam Jones said the pack would be tested.", "Adam Jones", "prop", "Wales"),
    ("Munster wing Anthony Horgan said it was a great win.", "Anthony Horgan", "wing", "Munster"),
    ("Leicester hooker George Chuter said the scrum was strong.", "George Chuter", "hooker", "Leicester"),
    # negatives: the same words as no position, with no team before them
    ("The lock Paul Smith fitted was broken, Jane Doe said.", "Jane Doe", None, None),
    ("Officials said the wing Tom Lee built would open in May.", "officials", None, None),
])
def test_rugby_positions_are_roles(text, name, role, affiliation):
    assert _capacity(text)[name] == {(role, affiliation)}


@pytest.mark.parametrize("text, name, role, affiliation", [
    ('Simpsons creator Matt Groening said the show would "go on for ever".', "Matt Groening", "Simpsons creator", None),
    ('Harry Potter author JK Rowling said she was "thrilled".', "JK Rowling", "Harry Potter author", None),
    ('A PR expert has told the trial that the film was an "absolute disaster".\n\nAnn Kite told the court she was '
     'hired to manage the fallout.', "Ann Kite", "expert", None),
    ("Talk show host Jerry Springer has said he would not have written it.\n\nThe TV host said he understood how "
     "people could have thought it had gone too far.", "Jerry Springer", "host", None),
    # negatives: a broadcaster or a company before a role employs; a nationality is no part of a maker's work
    ("BBC producer Jane Roe said the film was finished.", "Jane Roe", "producer", "BBC"),
    ('A BBC reporter has said the vote was "chaotic".\n\nTom Hale said the count had been delayed.', "Tom Hale",
     "reporter", "BBC"),
    ('US author Dan Brown said the book was "fiction".', "Dan Brown", "author", None),
])
def test_a_work_or_a_field_before_the_role_employs_no_one(text, name, role, affiliation):
    assert _capacity(text)[name] == {(role, affiliation)}


@pytest.mark.parametrize("text, name, affiliation", [
    ("The Higher Education Funding Council for England said more people went to university. But the share of poorer "
     'students "hardly changed at all", said its chief executive, Sir Howard Newby.', "Howard Newby",
     "Higher Education Funding Council for England"),
    ('Acme Corp reported higher profits. Its chief executive, John Smith, said the results were "excellent".',
     "John Smith", "Acme Corp"),
    # negative: a person opening the sentence before owns no "its"
    ('Tom Reed said profits were up. "It was a good year," said its chief executive, Sir John Hale.', "John Hale", None),
])
def test_its_post_is_held_at_the_body_the_sentence_before_opens_with(text, name, affiliation):
    assert {a for _, a in _capacity(text)[name]} == {affiliation}


@pytest.mark.parametrize("text, name, role, affiliation", [
    ('Victor Wong, a graduate student from Hong Kong studying at Cornell University in New York State, said the maps '
     'were "hard to read".', "Victor Wong", "graduate student", "Cornell University"),
    ('Jane Doe, a student studying at Leeds University, said the fees were "too high".', "Jane Doe", "student",
     "Leeds University"),
    ('Tom Lee, a volunteer from Leeds working with the Red Cross, said aid was "slow".', "Tom Lee", "volunteer",
     "Red Cross"),
    # negatives: where one is from, with no workplace after it, employs no one
    ('Victor Wong, a graduate student from Hong Kong, said the maps were "hard to read".', "Victor Wong",
     "graduate student", None),
    ('Ann Lee, a nurse from Leeds living in London, said the ward was "full".', "Ann Lee", "nurse", None),
])
def test_an_employer_after_a_working_participle(text, name, role, affiliation):
    assert _capacity(text)[name] == {(role, affiliation)}


@pytest.mark.parametrize("text, name, party", [
    ("The Labour government has raised taxes again. Shadow chancellor Oliver Letwin said the Conservatives would cut "
     "them.", "Oliver Letwin", "Conservative Party"),
    ("The opposition Tories say taxes are too high. Shadow chancellor Oliver Letwin said they would cut them.",
     "Oliver Letwin", "Conservative Party"),
    # negatives: no side shown; a government the article only imagines ("A Tory government would …") is no one's
    ("Taxes are high, the Tories and Labour agree. Shadow chancellor Oliver Letwin said they would cut them.",
     "Oliver Letwin", None),
    ("A Tory government would cut taxes, Labour's critics say. Shadow chancellor Oliver Letwin said they would cut "
     "them.", "Oliver Letwin", None),
    ("A Tory government would cut taxes, Labour's critics say. Prime Minister Tony Blair said they would not.",
     "Tony Blair", None),
])
def test_a_shadow_post_is_the_oppositions(text, name, party):
    assert {a for _, a in _capacity(text)[name]} == {party}


@pytest.mark.parametrize("text, name, role, affiliation", [
    ('"It is about real people," says Adam Curry, former MTV VJ and the Pied Piper of podcasting.', "Adam Curry",
     "former VJ", "MTV"),
    ('"It is good," said Tom Lee, the BBC DJ.', "Tom Lee", "DJ", "BBC"),
    ('"It is about real people," says Jane Roe, former Acme CEO and a writer.', "Jane Roe", "former CEO", "Acme"),
    ("Virgin Radio DJ Pete Mitchell said the year had been amazing.", "Pete Mitchell", "DJ", "Virgin Radio"),
    # negative: a member's title keeps its seat
    ("East Midlands MEP Robert Kilroy-Silk said he would stand.", "Robert Kilroy-Silk", "East Midlands MEP", None),
])
def test_a_title_written_in_capitals_heads_the_role(text, name, role, affiliation):
    assert _capacity(text)[name] == {(role, affiliation)}


@pytest.mark.parametrize("text, name, affiliation", [
    ("Apple has unveiled a new, low-cost Macintosh computer, billed as the Mac mini. Apple hopes it will sell."
     "\n\nChief executive Steve Jobs "
     "showed off the new machine at his annual MacWorld speech. It was described by Jobs as the \"most important "
     "Mac\" made by Apple.", "Steve Jobs", "Apple"),
    # negatives: a possessive-only name ("McDonald's") is no bare name; a person's surname is none
    ("Charlie Bell, the former head of fast-food giant McDonald's, has died. McDonald's shares fell.\n\nChief "
     "executive Jim Skinner said the loss was \"terrible\".", "Jim Skinner", None),
    ("Wilson has quit the board.\n\nChief executive Tom Lee said the loss of Mr Wilson was \"terrible\".", "Tom Lee",
     None),
    # a demonym is no company ("a flood of Asian imports")
    ("Factories were battered by a flood of Asian imports. Asian rivals grew.\n\nIn nearby Decatur, a steel plant is "
     "hanging on, but it is under pressure, said chief executive John Ferriola.", "John Ferriola", None),
])
def test_a_bare_name_as_the_storys_company(text, name, affiliation):
    assert {a for _, a in _capacity(text)[name]} == {affiliation}


@pytest.mark.parametrize("text, name, affiliation", [
    ("Venezuela is to review all foreign mining deals. Venezuela wants more from its mines.\n\nAnnouncing the "
     "review, minister Victor Alvarez said the state would seek technology from partners.", "Victor Alvarez",
     "Venezuela"),
    ("The South African government has cut taxes. South Africa's economy grew by 3.7% last year, and South Africa "
     "expects more.\n\nFinance minister Trevor Manuel said the focus was on growth.", "Trevor Manuel", "South Africa"),
    # negative: British copy writing its own country as the actor gives no foreign government
    ("The UK is to lead Europe in e-commerce, a report says. UK firms are using broadband.\n\nE-commerce minister "
     "Mike Brown said UK businesses were sprinting forward.", "Mike Brown", None),
])
def test_a_ministers_country_written_as_a_state(text, name, affiliation):
    assert {a for _, a in _capacity(text)[name]} == {affiliation}


@pytest.mark.parametrize("text, name, affiliation", [
    ("England lost to Wales, and England coach Andy Robinson made changes. England want a win in Rome.\n\n"
     '"We will bounce back," said centre Jamie Noon.',
     "Jamie Noon", "England"),
    ("Leicester beat Bath, said Leicester coach John Wells. Leicester top the table.\n\nLock Ben Kay said the pack "
     "had been strong.", "Ben Kay",
     "Leicester"),
])
def test_a_rugby_position_given_bare_is_the_storys_teams(text, name, affiliation):
    assert {a for _, a in _capacity(text)[name]} == {affiliation}


@pytest.mark.parametrize("text", [
    '“we will act,” said finance minister Trevor Manuel.',  # no capitalised word before the minister
    "Story\n\n“we will act,” said South Africa's finance minister Trevor Manuel.",
])
def test_a_ministers_country_reading_survives_any_text(text):
    assert any(q.speakers for q in quotes.extract(text, "case.txt"))


@pytest.mark.parametrize("text, quote, speaker", [
    ('Paul O\'Connell has hit back at critics.\n\n"The only thing that annoys me is the talk," he told BBC Sport. He '
     'added: "I can just imagine them saying it."', "I can just imagine them saying it.", "Paul O'Connell"),
    ('Roger Federer won again.\n\n"You guys are funny," he told Tim Henman. He said: "I like the tour."',
     "I like the tour.", "Roger Federer"),
    # negative: a name that is the subject of "told" stays one
    ('Roger Federer won again. Tim Henman told reporters the final was hard. He said: "I was tired."',
     "I was tired.", "Tim Henman"),
])
def test_the_one_a_person_tells_is_no_later_he(text, quote, speaker):
    found = {q.text: q.speakers[0].name for q in quotes.extract(HEADLINE + text, "case.txt") if q.speakers}
    assert found[quote] == speaker


@pytest.mark.parametrize("text, speaker, kind", [
    ("Australian brewer Fosters said it was not looking to expand.", "Fosters", "organisation"),
    ("The rise came as winemaker Southcorp said sales were up.", "Southcorp", "organisation"),
    ("Insurance broker Marsh & McLennan said it would settle the case.", "Marsh & McLennan", "organisation"),
    ("Procter & Gamble said sales rose in the quarter.", "Procter & Gamble", "organisation"),
    # negatives: a person's job before a name, and two people joined by "and"
    ("Farmer Geoff Brooks said the harvest was poor.", "Geoff Brooks", "person"),
    ("Tom Smith and Ann Jones said the harvest was poor.", "Tom Smith", "person"),
])
def test_a_trade_noun_or_an_ampersand_names_a_company(text, speaker, kind):
    rows = quotes.extract(HEADLINE + text, "case.txt")
    assert (rows[0].speakers[0].name, rows[0].speakers[0].type.value) == (speaker, kind)


@pytest.mark.parametrize("text, speaker, role, affiliation", [
    ("Lib Dem spokesman Ed Davey meanwhile said the plan had failed.", "Ed Davey", "spokesman", "Liberal Democrats"),
    ("Lib Dem home affairs spokesman Mark Oaten said the plan had failed.", "Mark Oaten", "home affairs spokesman",
     "Liberal Democrats"),
    # negatives: a party's label that is the subject, alone or in a pair, stays the speaker
    ("Plaid Cymru said the plan had failed.", "Plaid Cymru", None, None),
    ("The Lib Dems said the plan had failed.", "Lib Dems", None, None),
])
def test_a_party_label_on_a_role_is_no_name(text, speaker, role, affiliation):
    s = quotes.extract(HEADLINE + text, "case.txt")[-1].speakers[0]
    assert (s.name, s.role or None, s.affiliation or None) == (speaker, role, affiliation)


@pytest.mark.parametrize("text, speaker", [
    ('"We will cut them," the Tories said. Lib Dem spokesman Ed Davey meanwhile said instead of the "bonfire" there '
     'had been an "explosion" of them.', "Ed Davey"),
    # negative: a set-off "meanwhile" keeps the subject before its comma
    ("Wine makers, meanwhile, claimed the support did not go far enough.", "Wine makers"),
])
def test_meanwhile_between_subject_and_verb(text, speaker):
    assert quotes.extract(HEADLINE + text, "case.txt")[-1].speakers[0].name == speaker


@pytest.mark.parametrize("text, name, role, affiliation", [
    ('Florian Mueller, campaign manager at nosoftwarepatents.com, said the pledge was "a trick".', "Florian Mueller",
     "campaign manager", "nosoftwarepatents.com"),
    ('Jane Roe, a researcher at eBay, said sales were "strong".', "Jane Roe", "researcher", "eBay"),
    # negative: a web address the clause names is no employer of the speaker
    ('Jane Roe, a researcher, said sales at shopping.com were "strong".', "Jane Roe", "researcher", None),
])
def test_a_web_address_as_an_employer(text, name, role, affiliation):
    assert _capacity(text)[name] == {(role, affiliation)}


@pytest.mark.parametrize("text, quote, speaker", [
    ('A cross-party committee said it was "not convinced" councils would cope with the new law.\n\nCouncils lacked '
     "trained staff, said the Local Services Select Committee. The Home Office said it would act.", "not convinced",
     "Local Services Select Committee"),
    # negative: a body named later under another noun is no "committee"
    ('A cross-party committee said it was "not convinced" councils would cope with the new law.\n\nCouncils lacked '
     "trained staff, said the Home Office.", "not convinced", "A cross-party committee"),
])
def test_a_lead_bodys_description_is_the_body_named_with_its_noun(text, quote, speaker):
    found = {q.text: q.speakers[0].name for q in quotes.extract(HEADLINE + text, "case.txt") if q.speakers}
    assert found[quote] == speaker
