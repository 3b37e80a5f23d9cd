"""stated_roles: a role the article states of a named person in a predicate ("as Y", "is the Y")."""

import pytest

import quotes


def roles_of(text: str) -> list[tuple[str, str | None]]:
    """(speaker, role) of every attributed quote, in text order."""
    return [(q.speakers[0].name, q.speakers[0].role) for q in quotes.extract(text, "case.txt") if q.speakers]


# (article, speaker, the role's head noun)
STATED = [
    # the complement of "as" after the subject
    ("Charles Clarke faces his first real test as home secretary on Monday.\n\n"
     "Mr Clarke said the bill was “a good idea”.",
     "Charles Clarke", "secretary"),
    # after the object, owned by a body
    ("Aides denied that Gordon Bruin wanted to oust Alan Milbury as Labour's election supremo.\n\n"
     "Mr Milbury said the campaign was “going well”.",
     "Alan Milbury", "supremo"),
    # a copula past a relative clause, the post owned by a place
    ("Dame Alicia Markova, who has died in Bath aged 94, was the UK's first prima ballerina.\n\n"
     "Markova once said leaving the company was an “instant decision”.",
     "Alicia Markova", "ballerina"),
    # a copula and a determiner
    ("Jean Oakes is the chief executive of Northline.\n\n“We are growing,” Ms Oakes said.",
     "Jean Oakes", "executive"),
]

# (article, speaker who must get no role)
NOT_STATED = [
    # the object of "described … as" is described, not the subject
    ("John Smyth described Bob Jones as the best manager in the league.\n\n“He is great,” Smyth said.", "John Smyth"),
    # a copula and an adjective
    ("Ana Ruiz was happy with the vote.\n\n“It is good,” Ms Ruiz said.", "Ana Ruiz"),
    # a verb whose object "as" describes; a name inside the sentence with words before "as" is not read
    # (whose complement it is would need the clause parsed: here it is hers, but "X told Y to stay on as" is rare)
    ("Ana Ruiz named her deputy as chief executive on Monday.\n\n“It is good,” Ms Ruiz said.", "Ana Ruiz"),
    ("On Monday the board told Ana Ruiz to stay on as chief executive.\n\n“It is good,” Ms Ruiz said.", "Ana Ruiz"),
    # "a" after the copula: a quality, not a post
    ("By any measure, Dick Morrow is a winner.\n\n“The party is split,” Morrow said.", "Dick Morrow"),
    # "as" opening a clause of time
    ("Ana Ruiz spoke as the president arrived.\n\n“It is good,” Ms Ruiz said.", "Ana Ruiz"),
    # "as well as", "such as"
    ("Ana Ruiz invited donors as well as the governor.\n\n“It is good,” Ms Ruiz said.", "Ana Ruiz"),
    # US politics: a comparison with another's post is no post
    ("Elizabeth Warren criticized Joe Biden on Monday. Warren is as tough as the president, aides said.\n\n"
     "“It is time,” Warren said.", "Elizabeth Warren"),
    # two different roles stated give none
    ("Ana Ruiz arrived on Monday. In 2001 Ana Ruiz was the chairman of Bolt. In 2004 Ana Ruiz was the "
     "director of Acme.\n\n“It is good,” Ms Ruiz said.", "Ana Ruiz"),
]


@pytest.mark.parametrize(("text", "speaker", "head"), STATED)
def test_predicate_states_the_role(text, speaker, head):
    rows = [r for r in roles_of(text) if r[0] == speaker]
    assert rows, roles_of(text)
    assert all(head in (r[1] or "") for r in rows), rows


@pytest.mark.parametrize(("text", "speaker"), NOT_STATED)
def test_no_role_where_none_is_stated(text, speaker):
    rows = [r for r in roles_of(text) if r[0] == speaker]
    assert rows, roles_of(text)
    assert all(not r[1] for r in rows), rows
