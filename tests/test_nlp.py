"""The stanza layer: clitics split by rule give the neural expander's tokens and offsets."""

import pytest

from quotes import nlp
from quotes.nlp import chunks

CLITICS = [
    ("China’s", ["China", "’s"]),
    ("Putin's", ["Putin", "'s"]),
    ("didn’t", ["did", "n’t"]),
    ("won't", ["wo", "n't"]),
    ("They’ll", ["They", "’ll"]),
    ("we’re", ["we", "’re"]),
    ("you've", ["you", "'ve"]),
    ("I'm", ["I", "'m"]),
    ("she'd", ["she", "'d"]),
    ("limits’", ["limits", "’"]),  # a closing single mark glued to the word it closes
    ("Joneses'", ["Joneses", "'"]),
    ("O'Neill's", ["O'Neill", "'s"]),
    # negatives: no clitic at the end
    ("O'Neill", ["O'Neill"]),
    ("rock'n'roll", ["rock'n'roll"]),
    ("y'all", ["y'all"]),
    ("o'clock", ["o'clock"]),
    ("'90s", ["'90s"]),
    ("''", ["''"]),  # two marks: no word to split off
    ("’s", ["’s"]),
    ("said", ["said"]),
]


@pytest.mark.parametrize(("token", "words"), CLITICS)
def test_split_clitic(token, words):
    tokens = nlp.split_clitic(token, 10)
    assert [t.text for t in tokens] == words
    assert tokens[0].start == 10 and tokens[-1].end == 10 + len(token)
    assert all(a.end == b.start for a, b in zip(tokens, tokens[1:], strict=False))


def test_dictionary_and_rules_give_the_neural_expanders_tokens():
    text = (
        "I won't go, you can't stay, we cannot wait. O'Neill's book, the '90s, Jones' car, I'm here. "
        "“China’s partner,” he said, “didn’t ask.” The ‘no limits’ pact isn’t Côte d'Ivoire's; they’ll see."
    )
    fast = nlp.split_many([text])[0]
    neural = nlp.split_many([text], neural_mwt=True)[0]
    as_tuples = lambda sentences: [(t.text, t.start, t.end) for s in sentences for t in s.tokens]  # noqa: E731
    assert as_tuples(fast) == as_tuples(neural)
    assert all(text[t.start : t.end] == t.text for s in fast for t in s.tokens)


def test_a_long_paragraph_goes_to_stanza_in_chunks_cut_after_sentences():
    text = "The talks went on all night. " * 2000
    pieces = chunks(text, 1000)
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text) and all(a[1] == b[0] for a, b in zip(pieces, pieces[1:], strict=False))
    assert all(e - s <= 1000 for s, e in pieces) and all(text[e - 1] == " " and text[e - 2] == "." for s, e in pieces[:-1])


def _pending(texts: list[str]) -> list[tuple[int, int, str]]:
    return [(i, s, t[s:e]) for i, t in enumerate(texts) for s, e in chunks(t) if t[s:e].strip()]


def test_the_tokenizer_read_without_documents_gives_stanzas_sentences_and_tokens():
    texts = [
        "  I won't go, we cannot wait and you gonna see. O'Neill's book, Jones' car, I'm here.\n\n"
        "“China’s partner,” he said, “didn’t ask.” CANNOT. Cannot! The ‘no limits’ pact isn’t Côte d'Ivoire's.",
        "Short one.",
        ("The talks went on all night, he said. " * 60 + "\n\n") * 3,  # several chunks, cut mid-paragraph too
        "   \n  Leading space; a URL www.example.com and e-mail a.b@example.org, $5.3 billion (U.S.)   ",
    ]
    pipeline = nlp.get_pipeline()
    direct = nlp._direct(pipeline)
    assert direct is not None  # the tool's configuration: dictionary mwt
    pending = _pending(texts)
    assert direct(pending) == nlp._through_documents(pipeline, pending)


def test_the_neural_expander_goes_through_stanzas_documents():
    assert nlp._direct(nlp.get_pipeline(neural_mwt=True)) is None


def test_the_tokenizers_input_and_output_read_in_bulk_are_stanzas_own():
    texts = [
        "Odd\x85 whitespace \u0097 here,\t\ttabs   and    runs of spaces.\n \n\nDigits 1,000.5 and ٣; ÉCOLE said.",
        "x",
        "A" * 1500,  # a chunk of 1,000 characters: stanza's predict slides its window over it
        "Mail a.b@example.org or see www.example.com/a_b, he said.\n\n\n\nNext paragraph.",
    ]
    pipeline = nlp.get_pipeline()
    tokenizer = pipeline.processors["tokenize"]
    assert nlp._reads_fast(tokenizer.trainer.args, tokenizer.vocab)  # the tool's model is read in bulk
    pending = _pending(texts)
    assert nlp._direct(pipeline)(pending) == nlp._through_documents(pipeline, pending)
