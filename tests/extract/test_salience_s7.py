"""Who "he"/"she" and a lone surname are (issue 22, session 7): a person a clause opens with whom coref
cannot name ("The minister was asked …") is still the subject a later "he" goes back to, so it never
skips over it to a name before it."""

from __future__ import annotations

import pytest

from tests.helpers.extraction import speaker_named

UNNAMED_SUBJECTS = [
    # "The minister was asked …" opens the paragraph's last sentence: "he" is not the film maker before it
    ('TV presenter Anne Robinson said he was "rather dashing".\n\nDocumentary maker Tom Hale was given access to '
     'Mr Brown for his film portrait. The minister was asked to respond to his critics.\n\nHe replies: "What is the '
     'inference of that?"', "What is the inference", "Brown"),
    ('Documentary maker Tom Hale was given access to Mr Brown for his film portrait. And the minister was asked '
     'to respond to his critics.\n\nHe replies: "What is the inference of that?"', "What is the inference", "Brown"),
    # negatives: the paragraph's subject stays when no description opens a later clause of it
    ('TV presenter Anne Robinson said he was "rather dashing".\n\nDocumentary maker Tom Hale was given access to '
     'Mr Brown for his film portrait.\n\nHe replies: "What is the inference of that?"', "What is the inference",
     "Tom Hale"),
    # ... nor a description set before the name it describes, nor one inside a fronted clause
    ('Tashfeen Malik posted online. On Wednesday, however, the director of the Federal Bureau of Investigation, '
     'James B. Comey, said that messages by Ms. Malik were private. His remarks indicated that the comments were '
     'not made in public posts.', "the comments were not", "James B. Comey"),
    ('Sarah Palin spoke in Iowa.\n\nTom Hale, producer of the show, booked the group after the presenter saw '
     'them.\n\n"They played like stars," he said.', "They played like", "Tom Hale"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), UNNAMED_SUBJECTS)
def test_he_does_not_skip_an_unnamed_subject(text, words, speaker):
    assert speaker_named(text, words) == speaker


MISSPELT_SURNAMES = [
    # a lone surname one letter off the surname of the one person named in full before it
    ('Brian Hassell says no approach has been made. "I know there is interest," said Hassel.', "I know there is",
     "Brian Hassell"),
    ('Brian Hassell says no approach has been made. Hassall made it clear that a move was possible. "It was a '
     'thought," he said.', "It was a thought", "Brian Hassell"),
    ('Lindsay Davenport lost in the final. "We will be able to change minds," said Daveport.', "We will be able",
     "Lindsay Davenport"),
    # negatives: a plural, a short name, two candidates, a surname with a given name or title of its own
    ('Hillary Clinton spoke on Monday. "We are proud of her," said the Clintons.', "We are proud", "Clintons"),
    ('Bill Bush spoke on Monday. "We are proud of him," said Busch.', "We are proud", "Busch"),
    ('Shane Horgan scored twice. "We are proud of him," said Horan.', "We are proud", "Horan"),
    ('Boris Johnson and Tom Johnsen spoke on Monday. "We are proud of him," said Johnson.', "We are proud",
     "Boris Johnson"),
    ('Boris Johnson and Tom Johnsen spoke on Monday. "We are proud of him," said Johnsan.', "We are proud",
     "Johnsan"),
    ('Boris Johnson spoke on Monday. Mr Johnston was not there. "We are proud of him," said Johnston.',
     "We are proud", "Johnston"),
    # ... nor a name written before the full name it would misspell
    ('"We are proud of him," said Johnston. Boris Johnson spoke on Monday.', "We are proud", "Johnston"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), MISSPELT_SURNAMES)
def test_a_misspelt_surname_is_the_person_named_in_full(text, words, speaker):
    assert speaker_named(text, words) == speaker


NOT_SUBJECTS = [
    # the organisation or party before another person's title premodifies it
    ('Campaign coordinator Alan Milburn accused the Tories. Lib Dem president Simon Hughes said his party was '
     'ready. "We will ask the people for support," he said.', "We will ask", "Simon Hughes"),
    ('"This is a momentous day," said sufferer Bernie Banton. James Hardie chairwoman, Meredith Hellicar, said '
     'the deal was fair. "We are dealing with people who are ill," she said.', "We are dealing", "Meredith Hellicar"),
    # a name in the possessive is no subject
    ('Mr Smith was to leave. Alan Johnson said so. Asked about Mr Smith\'s position Mr Johnson told the BBC it was '
     'a non-story. He added: "The major issue is the agency."', "The major issue", "Alan Johnson"),
    # nor a name in a fronted phrase
    ('Vincent Cable spoke first. Speaking to the BBC\'s Westminster Hour on Sunday, Mr Kennedy said the election '
     'was open. And he brushed off Labour claims. "We can win," he said.', "We can win", "Kennedy"),
    ('Palaniappan Chidambaram, India\'s finance minister, argued for reform. At a conference hosted by finance minister Gordon Brown on '
     'Friday, he said rates should float. "A flexible rate helps," he told the conference.', "A flexible rate",
     "Palaniappan Chidambaram"),
    # negatives: a fronted subordinate clause's subject is whom "he" means; a name heading the title is the subject
    ('Tom Hale spoke first. When Afghan President Ashraf Ghani announced the talks, he said peace was near. '
     '"We are ready," he said.', "We are ready", "Ashraf Ghani"),
    ('Mary Smith spoke first. Speaking to the press, Senator Tom Hale said the bill was dead. "It is over," he '
     'said.', "It is over", "Tom Hale"),
    ('Joe Biden spoke first. Tom Hale told reporter Mary Smith the bill was dead. "It is over," he said.',
     "It is over", "Tom Hale"),
    # "for" names whose view it is; a possessor opening the sentence, or with no one else named, is its topic
    ('Writers are reveling in the piece. For Jonathan Chait, Kevin Williamson is exposing a moral logic. "The '
     'market has not failed the class," he mocks.', "The market has not", "Jonathan Chait"),
    ('"We should build bridges," the Vatican spokesman, Federico Lombardi, told Vatican Radio.\n\nIndeed, Pope '
     "Francis' message is to call on all members of the Roman Catholic Church. He has challenged his bishops to be "
     '"more compassionate".', "more compassionate", "Francis"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), NOT_SUBJECTS)
def test_he_is_the_subject_not_a_name_beside_it(text, words, speaker):
    assert speaker_named(text, words) == speaker
