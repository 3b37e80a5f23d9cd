"""Rules of session 17 (issue 22), each a table with negative rows:

- quotes.extract.sources: an employer named after a plural possessive ("chief economist at the manufacturers'
  organisation EEF"); a role held at an unnamed workplace ends before it ("a teacher at a school in Leeds" is a
  teacher); a place after "in" is where one works, not who employs ("a teacher in Leeds"; "a minister in
  Pakistan" holds an office of the place); a remit before "for" and the employer ("head of UK equities for Standard
  Life Investments") is the role's;
- quotes.extract.parties: a sentence opening with a party as its subject leads in the party's post holder the
  next sentence opens with ("The Lib Dems say … . Health spokesman Paul Burstow said"); a party description
  ("The Tory co-chairman") is the one person the article names in that office in that party;
- quotes.extract.capacity: a nationality before a producer, a presenter, a star of a named art or a match
  official says where they come from ("British producer Kevin Wallace", "South African referee Jonathan Kaplan":
  a country of two words too), not whom they speak for;
- quotes.extract.sources, titles: portfolios before a minister are the post's remit ("Economy and Labour
  Minister", "International Development Minister", "Europe Minister"), not a party, a body or a place; "Mr Justice
  Wood" is a judge, his "Mr" no body; a title after "The" set off before a set-off name is the name's ("The Health
  Secretary, John Reid, said", "The French Foreign Minister, Michel Barnier,");
- quotes.extract.sources: a relative clause "who is <Name> <role>" with no article gives the role and its employer
  ("Peter Nielson, who is UKIP Scotland chairman,"; found on round sixteen after its scoring);
- quotes.extract.capacity: "chairman of the organisation" names its employer as "the organisation's chairman"
  does (a generic kind of body only: "head of the union" is no company's);
- quotes.extract.capacity and kinds: the kind noun a sentence opens with ("Company spokesman Tom Hale said",
  "Union leader Bob Crow said") is no body's name, nor does it send the role to another body named before;
- quotes.extract.pipeline and fragments: a whole quotation after a colon is direct when the cue before the colon has
  a described subject ("The spokesman said: “We will look at the plans.”", "A spokesman at the club told the BBC:
  “…”"), not a partial or a scare quote;
- quotes.extract.reported: a described addressee of "told" ("told a radio station that …", "told the BBC's Politics
  Show that …") is no part of the clause;
- quotes.extract.cues: a participle after "<pronoun> <reporting verb>," has the pronoun as its subject, not the
  name the reported clause opens with ("Mr Blair has failed …, he claimed, saying …": found in the end-of-session read);
- quotes.extract.fragments: a passive naming verb with its agent before the mark ("was described by Jobs as the
  “most important Mac”") makes the marked words the agent's partial quote.
"""

from __future__ import annotations

import pytest

import quotes
from tests.helpers.capacity import capacities

HEADLINE = "Story\n\n"


_capacity = capacities  # speaker name -> the (role, affiliation) pairs over every quote of the text


@pytest.mark.parametrize("text, name, role, affiliation", [
    ("But Steve Radley, chief economist at the manufacturers' organisation EEF, said the figures were worrying.",
     "Steve Radley", "chief economist", "EEF"),
    ("Ann Lee, a spokeswoman for the farmers’ union NFU, said prices fell.", "Ann Lee", "spokeswoman", "NFU"),
    ("Ann Lee, a teacher at a school in Leeds, said prices fell.", "Ann Lee", "teacher", None),
    ("Naris Chaiyasoot, director general at the ministry's fiscal policy office, said visitors would return.",
     "Naris Chaiyasoot", "director general", None),
    ("Ann Lee, a teacher in Leeds, said prices fell.", "Ann Lee", "teacher", None),
    ("Ann Lee, a minister in Pakistan, said prices fell.", "Ann Lee", "minister", "Pakistan"),
    # negatives: one title ("editor in chief"), and a phrase after "in" is no workplace
    ("Kevin Krewell, the editor in chief of Microprocessor Report, said the chip was fast.",
     "Kevin Krewell", "editor in chief", "Microprocessor Report"),
    ("Ann Lee, a professor of geosciences at Princeton, said prices fell.", "Ann Lee", "professor of geosciences",
     "Princeton"),
])
def test_roles_with_plural_possessives_and_workplaces(text, name, role, affiliation):
    assert _capacity(text)[name] == {(role, affiliation)}


@pytest.mark.parametrize("text, name, party", [
    ('Plans were unveiled today. The Lib Dems say they would fund free care by a new tax. Health spokesman Paul '
     'Burstow said: "Promoting independence sounds good."', "Paul Burstow", "Liberal Democrats"),
    ("Ministers met. The Conservatives have called for an equal split. Theresa May, shadow secretary for the family, "
     'told BBC Radio 4\'s Today programme that the plans were "inadequate".', "Theresa May", "Conservative"),
    ("The Tories say plans to extend pub opening times should be put on hold. Spokesman David Davis said ministers "
     "had failed to warn them.", "David Davis", "Conservative Party"),
    # negatives: a government office, a post no party gives, a party word that is no subject, a stated employer
    ("The Tories say it is wrong. But Home Secretary Charles Clarke said the plan was right.", "Charles Clarke", None),
    ("The Tories say it is wrong. Economist John Smith said the plan was right.", "John Smith", None),
    ("Conservative family spokeswoman Theresa May said the law would go. Alastair McWhirter, the "
     "Association of Chief Police Officers' spokesman on rural policing, said the law would be enforced.",
     "Alastair McWhirter", "Association of Chief Police Officers"),
])
def test_a_party_subject_leads_in_its_post_holder(text, name, party):
    affiliations = {affiliation for _, affiliation in _capacity(text)[name]}
    assert affiliations == {party}


def _speakers(text: str) -> dict[str, str]:
    """Quote text -> its first speaker's name."""
    return {q.text: q.speakers[0].name for q in quotes.extract(HEADLINE + text, "case.txt") if q.speakers}


@pytest.mark.parametrize("text, quote, speaker", [
    ("Tory co-chairman Liam Fox was speaking after Mr Blair told Labour members the Tories offered a hard right "
     'agenda. Dr Fox accused Mr Blair and other Cabinet ministers of telling lies. The Tory co-chairman attacked '
     'Labour\'s six new pledges as "vacuous" and said Mr Blair was very worried.', "vacuous", "Liam Fox"),
    # negative: two people hold the office in that party, and the sentence before names two: no one is meant
    ("Tory co-chairman Liam Fox and Tory co-chairman Maurice Saatchi spoke. Dr Fox accused Mr Blair of telling "
     'lies. The Tory co-chairman attacked Labour\'s pledges as "vacuous".', "vacuous", "The Tory co-chairman"),
])
def test_a_party_description_is_the_one_holder_of_its_office(text, quote, speaker):
    assert _speakers(text)[quote] == speaker


@pytest.mark.parametrize("text, quote, kind, speaker", [
    ('Steve Jobs is Apple\'s boss. The Macintosh was described by Jobs as the "most important Mac" made by Apple.',
     "most important Mac", "partial", "Steve Jobs"),
    ('The plan was branded by critics as "a disaster".', "a disaster", "partial", "critics"),
    ('The plan was branded "a disaster" by MPs.', "a disaster", "partial", "MPs"),
    # negatives: no naming verb before "by", and no agent at all
    ('The plan was backed by critics as "a disaster" loomed.', "a disaster", "scare", None),
    ('The plan was described as "a disaster".', "a disaster", "scare", None),
])
def test_a_passive_agent_before_the_mark(text, quote, kind, speaker):
    row = next(q for q in quotes.extract(HEADLINE + text, "case.txt") if q.text == quote)
    assert (row.kind.value, row.speakers[0].name if row.speakers else None) == (kind, speaker)


@pytest.mark.parametrize("text, name, affiliation", [
    ("British producer Kevin Wallace said the show was ready.", "Kevin Wallace", None),
    ("US hip-hop star Kanye West said the show was ready.", "Kanye West", None),
    ("South African referee Jonathan Kaplan said the game was fair.", "Jonathan Kaplan", None),
    ("New Zealand author Jane Roe said the book was done.", "Jane Roe", None),
    # negatives: a national team's star and a state's office speak for the country
    ("England star Wayne Rooney said the game was fair.", "Wayne Rooney", "England"),
    ("French finance minister Nicolas Sarkozy said the euro was strong.", "Nicolas Sarkozy", "France"),
    ("South African finance minister Trevor Manuel said the economy grew.", "Trevor Manuel", "South Africa"),
])
def test_a_nationality_before_an_occupation_is_origin(text, name, affiliation):
    assert {aff for _, aff in _capacity(text)[name]} == {affiliation}


@pytest.mark.parametrize("text, quote, kind, speaker", [
    ('Officials met on Monday. The spokesman said: "We will look at the plans carefully and respond in due course."',
     "We will look at the plans carefully and respond in due course.", "direct", "The spokesman"),
    ('The trial ended. The judge said: "You have caused great harm to many people."',
     "You have caused great harm to many people.", "direct", "The judge"),
    ('A spokesman at the club told the BBC: "We are happy with the result today."',
     "We are happy with the result today.", "direct", "unnamed spokesman"),
    # negatives: words completing the writer's sentence stay partial; no cue before the colon, no speaker
    ('In a statement the company said it: "could not continue to contend with legal moves by rivals."',
     "could not continue to contend with legal moves by rivals.", "partial", None),
    ('The sign read: "No entry to the public beyond this point."', "No entry to the public beyond this point.",
     "scare", None),
])
def test_a_whole_quotation_after_a_colon(text, quote, kind, speaker):
    row = next(q for q in quotes.extract(HEADLINE + text, "case.txt") if q.text == quote)
    assert row.kind.value == kind
    if speaker is not None:
        assert row.speakers[0].name == speaker


@pytest.mark.parametrize("text, name, role, affiliation", [
    ("Jane Roe, head of UK equities for Standard Life Investments, said shares would rise.", "Jane Roe",
     "head of UK equities", "Standard Life Investments"),
    ("Jane Roe, head of European bonds for Harbour Fund Managers, said shares would rise.", "Jane Roe",
     "head of European bonds", "Harbour Fund Managers"),
    # negatives: a coordinated second post, and a title of state with its complement
    ("On Wednesday, Jacques Barrot, vice president of the European Commission and also Commissioner for Transport, "
     "said that the changes were necessary.", "Jacques Barrot", "vice president", "European Commission"),
    ("The firm was hit. Company spokesman Tom Hale said the plan was good.", "Tom Hale", "company spokesman", None),
    ("Acme Corp cut jobs. Union leader Bob Crow said the plan was bad.", "Bob Crow", "union leader", None),
])
def test_remits_and_sentence_opening_kinds(text, name, role, affiliation):
    assert _capacity(text)[name] == {(role, affiliation)}


@pytest.mark.parametrize("text, name, role, affiliation", [
    ("But Economy and Labour Minister Jose Roe said the plan was good.", "Jose Roe", "Economy and Labour Minister", None),
    ("But International Development Minister Gareth Thomas said the plan was good.", "Gareth Thomas",
     "International Development Minister", None),
    ("But Europe Minister Denis MacShane said the plan was good.", "Denis MacShane", "Europe Minister", None),
    ("Mr Justice Wood ruled that the law was clear.", "Wood", "judge", None),
    # negatives: a party before a portfolio, a country before a title
    ("But Labour Health Minister Jane Roe said the plan was good.", "Jane Roe", "Health Minister", "Labour Party"),
    ("But Russian President Vladimir Putin said the plan was good.", "Vladimir Putin", "President", "Russia"),
])
def test_portfolios_and_judges_styles(text, name, role, affiliation):
    assert _capacity(text)[name] == {(role, affiliation)}


@pytest.mark.parametrize("text, name, affiliation", [
    ("The Countryside Alliance held a rally. John Jackson, chairman of the organisation, said the ban was wrong.",
     "John Jackson", "Countryside Alliance"),
    # negative: a union is no company named before it
    ("Acme Corp cut jobs. John Jackson, head of the union, said the cuts were wrong.", "John Jackson", None),
])
def test_a_generic_body_after_the_role(text, name, affiliation):
    assert {aff for _, aff in _capacity(text)[name]} == {affiliation}


@pytest.mark.parametrize("text, content", [
    ("Jane Roe told a radio station that her bandmates respected her decision.", "her bandmates respected her decision"),
    ("Jane Roe told a local newspaper that her bandmates respected her decision.",
     "her bandmates respected her decision"),
    ("Jane Roe told her friends that she would leave.", "she would leave"),
    ("Lord Falconer told the BBC's Politics Show that the law was clear.", "the law was clear"),
])
def test_a_described_addressee_of_told(text, content):
    rows = [q for q in quotes.extract(HEADLINE + text, "case.txt") if q.kind.value == "indirect"]
    assert [q.text for q in rows] == [content]


@pytest.mark.parametrize("text, name, role, affiliation", [
    ("The Health Secretary, John Reid, said the plan was good.", "John Reid", "Health Secretary", None),
    ('The Higher Education Minister, Kim Howells, said: "We are working in schools to raise the attainment."',
     "Kim Howells", "Higher Education Minister", None),
    ("The French Foreign Minister, Michel Barnier, said the plan was good.", "Michel Barnier", "Foreign Minister",
     "France"),
    ("The Chancellor, Gordon Brown, said the plan was good.", "Gordon Brown", "Chancellor", None),
    # negative: a list after the title is no appositive
    ("The Health Secretary, John Reid and Tony Blair met. John Reid said the plan was good.", "John Reid", None, None),
])
def test_a_title_set_off_before_the_name(text, name, role, affiliation):
    assert _capacity(text)[name] == {(role, affiliation)}


@pytest.mark.parametrize("text, name, role, affiliation", [
    ("Peter Nielson, who is UKIP Scotland chairman, said he had suspended Mr Houston.", "Peter Nielson", "chairman",
     "UKIP Scotland"),
    # negatives: an adjective after the copula, and a role with its article (read as before)
    ("Peter Nielson, who is Scottish, said he had suspended Mr Houston.", "Peter Nielson", None, None),
    ("Peter Nielson, who is the party chairman, said he had suspended Mr Houston.", "Peter Nielson", "party chairman",
     None),
])
def test_a_named_post_in_a_relative_clause(text, name, role, affiliation):
    assert _capacity(text)[name] == {(role, affiliation)}


@pytest.mark.parametrize("text, quote, speaker", [
    ('Tom Hale has had the chance to fix the roads and has failed, Ann Roe has said.\n\n"The county is heading in the '
     'wrong direction," the council leader said. Ms Roe went on to reflect on the values of the town.\n\nMr Hale has '
     'failed to tackle these problems, she claimed, saying he has the "wrong solution" to them.',
     "Mr Hale has failed to tackle these problems", "Ann Roe"),
    ('Mr Ebbers rejected the allegations. Mr Sullivan "made accounting decisions," he told the federal court, saying '
     'his finance chief had a keen command of the numbers.', "his finance chief had a keen command of the numbers",
     "Ebbers"),
    # negative: a name right before the verb is the participle's subject as before
    ("Ryan and Trump will meet next week, Spicer said, adding that the talks would go well.",
     "the talks would go well", "Spicer"),
])
def test_a_participle_after_a_pronoun_cue(text, quote, speaker):
    row = next(q for q in quotes.extract(HEADLINE + text, "case.txt") if q.text.startswith(quote))
    assert row.speakers[0].name.endswith(speaker)
