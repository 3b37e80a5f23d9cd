"""Whom a direct quote goes to when its cue's source is a pronoun, a name modifying a role noun, or a
second clause's description (session 10): never a person the quotation itself names, never the team
a role noun's modifier names, never a first clause's noun phrase."""

from __future__ import annotations

import pytest

from tests.helpers.extraction import _covering

NAMED_INSIDE = [
    # (text, words of the quote, its speaker)
    ("Ray Dale was a famous singer. He died in June.\n\n"
     "Among the tributes when Dale died was one from his friend, the producer Quinn Hart. "
     "\"There will never be another musician like Ray Dale,\" he said.",
     "There will never be", "Quinn Hart"),
    ("Senator Mary Vance met Governor John Bell on Monday. Later Bell spoke to reporters.\n\n"
     "\"Senator Vance is wrong about the budget,\" she said.",
     "Senator Vance is wrong", "Mary Vance"),
    # negative: the quotation names someone else; the pronoun keeps its antecedent
    ("Ray Dale was a famous singer.\n\n\"There will never be another musician like Otis Hale,\" he said.",
     "There will never be", "Ray Dale"),
    # negative (US politics): no other person before the sentence, the pronoun stays as coref resolved it
    ("President Joe Biden spoke on Tuesday. \"Biden has a plan, and I will carry it out,\" he said.",
     "Biden has a plan", "Joe Biden"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), NAMED_INSIDE)
def test_a_person_the_quote_names_is_not_its_he(text, words, speaker):
    row = _covering(text, words)
    assert row.speakers and row.speakers[0].name == speaker


POSTPOSED_CLAUSE = [
    # ", said X was …": X is the reported clause's subject; the sentence's subject stays the first name
    ("Former singer Paul Lane, who sang on many hits, said Dale was one of his heroes. "
     "\"My writing was influenced by him,\" he told reporters.", "My writing", "Paul Lane"),
    # negative: ", said Greer." closes the sentence: Greer is whom the next "she" means
    ("The plan was a mistake, said Anna Greer. \"We should never have done it,\" she told reporters.",
     "We should never", "Anna Greer"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), POSTPOSED_CLAUSE)
def test_a_name_after_said_with_a_verb_is_the_clause_subject(text, words, speaker):
    row = _covering(text, words)
    assert row.speakers and row.speakers[0].name == speaker


ROLE_MODIFIER = [
    ("Newcastle coach Alan Parr says he is unlikely to change.\n\n"
     "\"I think it is fine,\" said Parr. \"Their performance was simply awesome,\" said the Newcastle coach.",
     "Their performance", "Alan Parr"),
    ("British and Irish Lions coach Clive Wood says he will wait.\n\n"
     "\"It is an open book,\" said Wood. \"Their pack is a very powerful unit,\" said the Lions coach.",
     "Their pack", "Clive Wood"),
    # negative: a name the role noun does not follow is the speaker
    ("\"We will win the league,\" said Alan Parr, the Newcastle coach.", "We will win", "Alan Parr"),
    # negative (US politics): a person's name and a title after a comma
    ("\"The bill is dead,\" said Chuck Schumer, the majority leader.", "The bill is dead", "Chuck Schumer"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), ROLE_MODIFIER)
def test_a_name_modifying_a_role_noun_is_not_the_speaker(text, words, speaker):
    row = _covering(text, words)
    assert row.speakers and row.speakers[0].name == speaker


def test_a_second_clause_description_speaks_not_the_first_clause():
    text = ("Richard Dunne is ready to commit his future to Manchester City.\n\n"
            "He was once threatened with the sack. Early talks have taken place and the defender said: "
            "\"Hopefully something will be sorted out soon.\"")
    row = _covering(text, "Hopefully something")
    assert row.speakers and row.speakers[0].name != "Early talks"


LONE_SURNAME = [
    # (text, words of the row, its speaker)
    ("US hip-hop star Kanye West rose to fame producing songs for other artists.\n\n"
     "As their success grew, West announced plans for a solo album. He was then hurt in a crash. "
     "\"I just thank God that I'm still here,\" he later said.", "I just thank God", "Kanye West"),
    ("Prime Minister Theresa Hale met the unions on Monday. \"We will not give way,\" said May.",
     "We will not give way", None),
    # negative: "He" is no surname because a "Henman" holds its letters
    ("British number one Tim Henman has retired from the Davis Cup.\n\nHe said: \"The time was right for me.\"",
     "The time was right", "Tim Henman"),
    # negative: the month after "in" is no subject, whoever the article named May
    ("The talks went on for a long time, and Theresa May spoke on Monday.\n\nIn May the company said the deal was bad.",
     "the deal was bad", "not Theresa May"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), LONE_SURNAME)
def test_a_common_word_the_article_wrote_as_a_surname_is_that_person(text, words, speaker):
    row = _covering(text, words)
    name = row.speakers[0].name if row.speakers else None
    if speaker == "not Theresa May":
        assert name != "Theresa May"
    elif speaker is None:
        assert name != "May"
    else:
        assert name == speaker


PRONOUN_OWNED = [
    # (text, words of the row, its speaker)
    ("Donna Clarkson sued the firm in May. \"The case is strong,\" her lawyers said.", "The case is strong",
     "Donna Clarkson's lawyers"),
    ("Senator Tom Akin left the hall early. His spokesman said the senator was ill.", "the senator was ill",
     "Tom Akin's spokesman"),
    # negative: a relative is no one acting for the person; the words stay
    ("Donna Clarkson sued the firm in May. Her mother said the case was good.", "the case was good", "Her mother"),
    # negative: "his" where the article names only a woman: no one to own the phrase
    ("Donna Clarkson sued the firm in May. \"We will win,\" his lawyer said.", "We will win", "his lawyer"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), PRONOUN_OWNED)
def test_people_a_possessive_pronoun_owns_are_that_persons(text, words, speaker):
    row = _covering(text, words)
    assert row.speakers and row.speakers[0].name == speaker
