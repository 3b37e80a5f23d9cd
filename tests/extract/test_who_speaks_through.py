"""Who speaks when a document, a description or a pronoun stands for them (issue 22, session 6):
a document speaks for its writer ("Morquendi's message read"), a description of a role names the one
person the article names later in that role ("The home secretary said …. Home Secretary Charles
Clarke"), "it" is the organisation that spoke last, and "he" is not a name inside a quotation or an
organisation before a title ("Fair Trials director Stephen Jakobi"), nor a last speaker of unknown
gender when the paragraph before's subject has a name of the pronoun's."""

from __future__ import annotations

import pytest

from tests.helpers.extraction import speaker_named

DOCUMENT_SPEAKERS = [
    # a document owned by a name speaks for it, with "read" as its verb beside the quotation
    ('In one message, Osric wrote about a flood. "She was being swept away by the water," Osric\'s message read. "She grabbed a tree."',
     "She was being swept away", "Osric"),
    ('Tom Hale runs the site. "The water rose fast," Varden\'s letter read.', "The water rose fast", "Varden"),
    ('Acme Corp met on Monday. "Rents will rise next year," Acme\'s statement read.', "Rents will rise", "Acme Corp"),
    # negatives: a role noun a name owns is someone of theirs; a title read is no one's words
    ('Tom Hale, the mayor, spoke. "We regret the error," Hale\'s spokesman said.', "We regret the error", "Hale's spokesman"),
    ('He read "The Annual Report" states nothing about it.', "The Annual Report", None),
]


@pytest.mark.parametrize(("text", "words", "speaker"), DOCUMENT_SPEAKERS)
def test_a_document_speaks_for_its_writer(text, words, speaker):
    assert speaker_named(text, words) == speaker


LATER_HOLDERS = [
    ("Mr Tom Hale, 32, said he was beaten. The home secretary said he would not launch an inquiry. "
     "Mr Hale was freed in January. And Home Secretary Charles Clarke told the BBC: \"I am not organising it.\"",
     "he would not launch", "Charles Clarke"),
    ("Mr Tom Hale said he was beaten. The chancellor said the budget was safe. Mr Hale was freed. "
     "Chancellor Gordon Brown spoke later.", "the budget was safe", "Gordon Brown"),
    # negatives: a foreign holder, a former one, two holders of the role: the words stay
    ("Mr Tom Hale said he was beaten. The president said he would not launch an inquiry. Mr Hale was freed. "
     "Ukrainian President Volodymyr Zelensky told the BBC: \"I am not organising it.\"",
     "he would not launch", "The president"),
    ("Mr Tom Hale said he was beaten. The president said he would not launch an inquiry. Mr Hale was freed. "
     "Former President Bill Clinton told the BBC: \"I am not organising it.\"", "he would not launch", "The president"),
    ("Mr Tom Hale said he was beaten. The chancellor said the budget was safe. Mr Hale was freed. "
     "Chancellor Gordon Brown and Chancellor Ann Smith spoke later.", "the budget was safe", "The chancellor"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), LATER_HOLDERS)
def test_a_role_description_names_the_one_later_holder(text, words, speaker):
    assert speaker_named(text, words) == speaker


IT_SPEAKERS = [
    ('The US government denied the claims, saying it condemned torture. In a statement, it said: '
     '"The department has no doubt that he was properly detained."', "The department has no doubt", "US"),
    ('"We included only items that were mobile," said the magazine. "In the end, we tried to get to the heart '
     'of it," it concluded.', "In the end", "the magazine"),
    # negatives: a person spoke last, or the organisation spoke two paragraphs before
    ('Tom Hale spoke to reporters. "We are fine," he said. It said: "We regret nothing."', "We regret nothing", "It"),
    ('The US government denied the claims, saying it condemned torture.\n\nTom Hale was freed.\n\n'
     'Mr Hale went home.\n\nIt said: "We regret nothing."', "We regret nothing", "It"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), IT_SPEAKERS)
def test_it_is_the_organisation_that_spoke_last(text, words, speaker):
    assert speaker_named(text, words) == speaker


HE_SUBJECTS = [
    ('Mr Tom Hale said: "I lost three years." The Acme Corporation denied the claims. It said: "We have no doubt '
     'that Mr Hale was properly detained." But Fair Trials director Stephen Jakobi said there were similarities. '
     'He said: "The pattern is the same."', "The pattern is the same", "Stephen Jakobi"),
    ('Mr Tom Hale said he was angry. But Fair Trials director Stephen Jakobi said there were similarities. '
     '"The pattern is the same," he said.', "The pattern is the same", "Stephen Jakobi"),
    # the paragraph before's subject whose given name agrees, over a last speaker of unknown gender
    ('"The band are proof that the city is home to talent," Chris Hawkins said. Alison Howe, producer of the '
     'show, booked the group.\n\n"They played like they were headlining the main stage," she said.',
     "They played like", "Alison Howe"),
    ('"The band are proof that the city is home to talent," Chris Hawkins said. Alison Howe, producer of Later... '
     'With Jools Holland, booked the group.\n\n"They played like they were headlining the stage," she said.',
     "They played like", "Alison Howe"),
    # negatives: that subject's name does not say the gender; the last speaker's name agrees
    ('"The band are proof that the city is home to talent," Chris Hawkins said. Tom Hale, producer of the '
     'show, booked the group.\n\n"They played like they were headlining the main stage," she said.',
     "They played like", "Chris Hawkins"),
    ('"The band are proof that the city is home to talent," Mary Hawkins said. Alison Howe, producer of the '
     'show, booked the group.\n\n"They played like they were headlining the main stage," she said.',
     "They played like", "Mary Hawkins"),
    ('"Google offers an extension of the market," says Chris Early.\n\n"The groundwork is there," Jack Buser '
     'says.\n\nWhile the lineup is light, Early says there is a chance of '
     'more games. "Our objective is to make the best game," he says.', "Our objective", "Chris Early"),
    # negative: the sentence's own subject outside the quotation stays the one "he" means
    ('Mr Tom Hale said he was angry. "I blame Stephen Jakobi," Mr Hale said. "It is the same," he said.',
     "It is the same", "Tom Hale"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), HE_SUBJECTS)
def test_he_is_not_a_name_inside_a_quote_or_a_title(text, words, speaker):
    assert speaker_named(text, words) == speaker
