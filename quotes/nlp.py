"""The stanza layer: the only module that imports stanza.

Stanza gives sentences, tokens and character offsets; everything after that
is the project's own code. The pipeline is built once per process and per
models directory, because loading it costs seconds and memory.
"""

from __future__ import annotations

import logging
import os
import re
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache, partial
from pathlib import Path

from quotes.config import remembered_models_dir
from quotes.types import Sentence, Token

LANG = "en"
PROCESSORS = ("tokenize", "mwt")
PACKAGE = "combined"
# articles per stanza bulk call: enough to amortise its overhead, small in memory (the default of
# `quotes extract --batch-size`: here, so that the command line gets it without importing the stages)
BATCH = 16

# Multi-word tokens. The mwt model's neural expander was a third of stanza's time on news text, and
# in English the tokens it expands are clitics ("China’s", "didn’t", "they’ll", a closing mark glued
# to a word: "limits’") whose words are plain pieces of the token. So by default the mwt processor
# uses only its dictionary, and a token left whole is split here by CLITIC. On the fixtures and the
# benchmark corpus this gives the same tokens and offsets as the neural expander, about 40% faster
# (bench/bench_extract.py, README "Scale"). neural_mwt=True brings the neural expander back.
CLITIC = re.compile(r"^(.*[^\W_])(n['’]t|['’](?:s|ll|re|ve|d|m)|['’])$", re.IGNORECASE)


class ModelError(RuntimeError):
    """A stanza model is missing or unreadable; the message says how to get it."""


@dataclass(frozen=True)
class ModelStatus:
    processor: str
    package: str
    path: Path
    installed: bool


# The English tokenize and mwt models ship inside the package (1.3 MB, Apache-2.0; provenance and
# checksums in quotes/models/stanza/PROVENANCE.md), so a fresh install or clone extracts offline.
SHIPPED_MODELS = Path(__file__).resolve().parent / "models" / "stanza"
STANZA_DEFAULT_DIR = Path.home() / "stanza_resources"  # where stanza itself downloads to


def chosen_models_dir() -> Path | None:
    """A models folder the user chose without --models: ``$STANZA_RESOURCES_DIR`` if set, else the
    folder `quotes models use` remembered; None when neither is set."""
    env = os.environ.get("STANZA_RESOURCES_DIR")
    return Path(env) if env else remembered_models_dir()


def default_models_dir() -> Path:
    """``STANZA_RESOURCES_DIR`` if set, else the folder `quotes models use` remembered, else the shipped models."""
    return chosen_models_dir() or SHIPPED_MODELS


def resolve_models_dir(models_dir: str | os.PathLike | None) -> Path:
    """--models if given, else default_models_dir()."""
    return Path(models_dir) if models_dir else default_models_dir()


def model_status(models_dir: str | os.PathLike | None = None) -> list[ModelStatus]:
    """Which of the models the pipeline needs are present in ``models_dir``."""
    root = resolve_models_dir(models_dir)
    return [
        ModelStatus(proc, PACKAGE, path, path.is_file())
        for proc in PROCESSORS
        for path in [root / LANG / proc / f"{PACKAGE}.pt"]
    ]


def check_models(models_dir: str | os.PathLike | None = None) -> Path:
    """Raise ModelError naming what is missing; return the resolved directory."""
    root = resolve_models_dir(models_dir)
    if not (root / "resources.json").is_file():
        raise ModelError(
            f"stanza resources.json not found in {root}: point --models or STANZA_RESOURCES_DIR at a "
            "stanza resources directory, remember one with `quotes models use DIR`, or run `quotes models download`"
        )
    missing = [s for s in model_status(root) if not s.installed]
    if missing:
        names = ", ".join(f"{LANG}/{s.processor}/{s.package}.pt" for s in missing)
        raise ModelError(
            f"stanza model missing in {root}: {names}; run `quotes models download --models {root}` "
            "on a machine with network access"
        )
    return root


def download_models(models_dir: str | os.PathLike | None = None) -> Path:
    """Fetch the English tokenize and mwt models with stanza.download (needs a network).

    Into --models, else the folder the user chose, else stanza's own ~/stanza_resources: never into
    the shipped models inside the installed package."""
    stanza = _import_stanza()  # stanza (and torch under it) take seconds to import: only commands that tokenize pay

    root = Path(models_dir) if models_dir else (chosen_models_dir() or STANZA_DEFAULT_DIR)
    try:
        stanza.download(LANG, model_dir=str(root), processors=",".join(PROCESSORS), package=PACKAGE)
    except Exception as exc:  # stanza raises many kinds on network failure
        raise ModelError(f"could not download stanza models into {root}: {exc}") from exc
    return root


def _import_stanza():
    """The stanza module, imported the first time without transformers.

    stanza's depparse trainer imports transformers at module level, in a try and for nothing: every
    use of it in stanza imports transformers again where it is needed (BERT-based models). That
    import is half a second of CPU, a sixth of extracting one short article, and the tokenizer never
    needs it. So while stanza is first imported, ``import transformers`` fails as if it were not
    installed; right after, it imports as usual (the claim table's sentence-transformers needs it).
    A stanza that cannot be imported that way is imported as usual.
    """
    if "stanza" in sys.modules or "transformers" in sys.modules:
        import stanza

        return stanza
    sys.modules["transformers"] = None  # makes `import transformers` raise ImportError
    try:
        import stanza
    except ImportError:
        stanza = None
    finally:
        if "transformers" in sys.modules and sys.modules["transformers"] is None:
            del sys.modules["transformers"]
    if stanza is None:
        import stanza
    return stanza


def _no_optimizer(*args, **kwargs) -> None:
    return None


_building = threading.Lock()  # _no_training_optimizer swaps a stanza function: one build at a time


@contextmanager
def _no_training_optimizer() -> Iterator[None]:
    """Build stanza's models without their training optimizer.

    stanza's tokenize trainer (and the neural mwt one) makes an Adam optimizer even when it only
    tags text, and torch 2 imports torch._dynamo the first time an optimizer is made: a second or
    more on 2 cores, a third of extracting one short article. The pipeline only tags; the trainers
    use the optimizer only to train or save. So while the pipeline is built, stanza's get_optimizer
    gives None; a stanza without that function is left as it is.
    """
    _import_stanza()
    from stanza.models.common import utils as stanza_utils

    original = getattr(stanza_utils, "get_optimizer", None)
    if original is None:
        yield
        return
    with _building:
        stanza_utils.get_optimizer = _no_optimizer
        try:
            yield
        finally:
            stanza_utils.get_optimizer = original


@lru_cache(maxsize=4)
def _pipeline(root: str, neural_mwt: bool = False):
    stanza = _import_stanza()  # see download_models: imported when a pipeline is first needed

    logging.getLogger("stanza").setLevel(logging.WARNING)
    try:
        with _no_training_optimizer():
            return stanza.Pipeline(
                LANG,
                dir=root,
                processors=",".join(PROCESSORS),
                package=PACKAGE,
                download_method=None,
                logging_level="WARN",
                use_gpu=False,
                mwt_dict_only=not neural_mwt,
            )
    except Exception as exc:
        raise ModelError(f"could not load the stanza pipeline from {root}: {exc}") from exc


def get_pipeline(models_dir: str | os.PathLike | None = None, *, neural_mwt: bool = False):
    return _pipeline(str(check_models(models_dir)), neural_mwt)


def set_threads(threads: int) -> None:
    """Torch's intra-op threads in this process: N worker processes on N cores each want one,
    or they oversubscribe the cores and run slower than one process would."""
    import torch  # as stanza: seconds to import, so only when threads are set

    torch.set_num_threads(max(1, threads))


def split_clitic(text: str, start: int) -> list[Token]:
    """A token as its words: "China’s" -> "China", "’s"; "didn’t" -> "did", "n’t"; "limits’" -> "limits", "’"."""
    # every clitic holds an apostrophe: most tokens have none and skip the pattern
    match = CLITIC.match(text) if "'" in text or "’" in text else None
    if match is None:
        return [Token(text, start, start + len(text))]
    cut = start + len(match.group(1))
    return [Token(match.group(1), start, cut), Token(match.group(2), cut, start + len(text))]


def _words(token, shift: int = 0) -> list[Token]:
    """MWT words with offsets ("China’s" -> "China", "’s"), else the token split at a clitic;
    offsets moved by ``shift``."""
    words = token.words
    if len(words) > 1 and all(w.start_char is not None for w in words):
        return [Token(w.text, w.start_char + shift, w.end_char + shift) for w in words]
    return split_clitic(token.text, token.start_char + shift)


def _convert(doc, shift: int = 0) -> list[Sentence]:
    """The doc's sentences, offsets moved by ``shift`` (where its chunk starts in the article)."""
    sentences = []
    for sent in doc.sentences:
        tokens = tuple(w for tok in sent.tokens for w in _words(tok, shift))  # each Token made once, shifted
        if tokens:
            sentences.append(Sentence(tokens[0].start, tokens[-1].end, tokens))
    return sentences


# Stanza's tokenizer takes time that grows with the square of a paragraph's length (it re-reads
# the paragraph as it advances its window), and holds the whole document's tensors at once:
# 0.25 MB without a paragraph break took 15 s, 1 MB over 2 minutes, 30 MB ran out of memory.
# So a text goes to stanza in chunks of at most CHUNK_CHARS, cut at a paragraph break where
# there is one, else after a sentence end, else at a space; STANZA_CHARS of chunks per call.
CHUNK_CHARS = 1_000  # stanza's own window (max_seqlen): longer pieces it re-reads as it slides
STANZA_CHARS = 200_000
# where a text may be cut, best first: a paragraph break, a line break, after a sentence end, a space
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
LINE_BREAK = re.compile(r"\n")
SENTENCE_END = re.compile(r"[.!?][”’\"')\]]*\s+(?=[“‘\"'(\[]?[A-Z0-9])")
SPACE = re.compile(r"\s+")
_CUTS = (PARAGRAPH_BREAK, LINE_BREAK, SENTENCE_END, SPACE)


def last_match(pattern: re.Pattern, text: str, start: int, end: int) -> re.Match | None:
    """The last match of ``pattern`` in text[start:end], or None."""
    last = None
    for match in pattern.finditer(text, start, end):
        last = match
    return last


def _cut(text: str, start: int, limit: int) -> int:
    """Where a chunk starting at ``start`` ends: the last good break before ``start + limit``."""
    end = start + limit
    if end >= len(text):
        return len(text)
    for pattern in _CUTS:
        last = last_match(pattern, text, start + limit // 2, end)
        if last is not None:
            return last.end()
    return end  # no space in 5,000 characters: not prose; cut anyway


def chunks(text: str, limit: int | None = None, cut: Callable[[str, int, int], int] = _cut) -> list[tuple[int, int]]:
    """(start, end) of the pieces of ``text``, in order, covering it: stanza's chunks of at most
    ``limit`` characters, or whatever pieces ``cut(text, start, limit)`` says end where."""
    limit = limit or CHUNK_CHARS
    pieces, start = [], 0
    while start < len(text):
        end = cut(text, start, limit)
        pieces.append((start, end))
        start = end
    return pieces


def split_sentences(text: str, models_dir: str | os.PathLike | None = None) -> list[Sentence]:
    """Sentences and tokens of ``text`` with offsets into ``text``."""
    if not text.strip():
        return []
    return split_many([text], models_dir)[0]  # in chunks, as the batch path reads it


def split_many(
    texts: list[str], models_dir: str | os.PathLike | None = None, *, neural_mwt: bool = False
) -> list[list[Sentence]]:
    """Bulk version of split_sentences: stanza processes the documents together."""
    nlp = get_pipeline(models_dir, neural_mwt=neural_mwt)
    split = _direct(nlp) or partial(_through_documents, nlp)
    out: list[list[Sentence]] = [[] for _ in texts]
    pending: list[tuple[int, int, str]] = []  # (text index, chunk start, chunk)
    size = 0

    def flush() -> None:
        for (i, _, _), sentences in zip(pending, split(pending), strict=True):
            out[i].extend(sentences)
        pending.clear()

    for i, text in enumerate(texts):
        for start, end in chunks(text):
            chunk = text[start:end]
            if not chunk.strip():
                continue
            pending.append((i, start, chunk))
            size += len(chunk)
            if size >= STANZA_CHARS:
                flush()
                size = 0
    if pending:
        flush()
    return out


def _through_documents(nlp, pending: list[tuple[int, int, str]]) -> list[list[Sentence]]:
    """Each (text index, start, chunk)'s sentences, through stanza's pipeline and its Documents."""
    stanza = _import_stanza()  # see download_models
    docs = nlp.bulk_process([stanza.Document([], text=chunk) for _, _, chunk in pending])
    return [_convert(doc, start) for (_, start, _), doc in zip(pending, docs, strict=True)]


# Stanza's Documents (and its mwt step walking them) were a sixth of its time on news text, and the
# tool reads only each token's text and offsets. So when the pipeline is as the tool configures it
# (stanza's own tokenizer, the mwt dictionary only), split_many runs the tokenize model as stanza's
# TokenizeProcessor.bulk_process does and expands multi-word tokens as its mwt step does, from the
# same model and dictionary, but on the tokenizer's plain output: the same sentences and tokens,
# without the Documents (tests/test_nlp.py compares both ways).
def _direct(nlp) -> Callable[[list[tuple[int, int, str]]], list[list[Sentence]]] | None:
    """split_many's stanza call without Documents, or None where the pipeline is not one it reproduces."""
    try:  # the stanza internals it calls (stanza 1.15); another stanza without them goes through Documents
        from stanza.models.tokenization.data import TokenizationDataset  # noqa: F401
        from stanza.models.tokenization.utils import output_predictions  # noqa: F401
    except ImportError:
        return None
    tokenizer, mwt = nlp.processors.get("tokenize"), nlp.processors.get("mwt")
    if tokenizer is None or mwt is None or not mwt.config.get("dict_only"):
        return None  # the neural expander works on Documents
    if hasattr(tokenizer, "_variant") or tokenizer.config.get("pretokenized") or tokenizer.config.get("no_ssplit"):
        return None  # another tokenizer, or options the tool never sets
    if getattr(tokenizer, "_postprocessor", None) or getattr(tokenizer, "_speaker_opener", None) is not None:
        return None
    return partial(_tokenize_direct, tokenizer, mwt.trainer.dict_expansion)


def _raw_sentences(tokenizer, text: str) -> list[list[dict]]:
    """stanza's tokenizer on ``text`` as its TokenizeProcessor.process runs it, before the Document:
    per sentence, its tokens as dicts (text, start_char, end_char, and misc "MWT=Yes" on a token the
    model marks as several words)."""
    import torch  # all three are loaded with stanza's pipeline already (_direct checked the last two)
    from stanza.models.tokenization.data import TokenizationDataset
    from stanza.models.tokenization.utils import output_predictions, predict

    config, vocab, trainer = tokenizer.config, tokenizer.vocab, tokenizer.trainer
    max_seq_len = config.get("max_seqlen", tokenizer.MAX_SEQ_LENGTH_DEFAULT)
    with torch.inference_mode():  # no autograd bookkeeping at all (no_grad keeps some): 8% less CPU here
        if _reads_fast(trainer.args, vocab):
            preds, raw = predict(trainer, _Paragraphs(text, vocab, trainer.args["feat_funcs"]),
                                 trainer.args["batch_size"], max(1000, max_seq_len), True, config.get("num_workers", 0))
            sentences = _decoded(text, raw, preds, vocab)
        else:
            batches = TokenizationDataset(config, input_text=text, vocab=vocab, evaluation=True,
                                          dictionary=trainer.dictionary)
            _, _, _, sentences = output_predictions(
                None, trainer, batches, vocab, None, max_seq_len, orig_text=text, no_ssplit=False,
                num_workers=config.get("num_workers", 0), postprocessor=None,
            )
    for sentence in sentences:  # as stanza does, for its later processors' memory
        for token in sentence:
            if len(token["text"]) > max_seq_len:
                token["text"] = TOKEN_TOO_LONG
    return sentences


# Stanza prepares the tokenize model's input and reads its output one character at a time in Python
# (a feature function call, a vocabulary look-up, a tuple and a string concatenation per character):
# a sixth of its CPU time on news text, more than the tool's own token work. _Paragraphs and _decoded
# do the same with whole strings and arrays, for the configuration the tool loads (the English
# model: per-character features, no dictionary features, no newline skipping); tests/test_nlp.py
# compares them with stanza's own on the same text, and any other configuration goes through stanza's.
_FAST_FEATURES = {"space_before", "capitalized", "numeric", "end_of_para", "start_of_para"}


def _reads_fast(args: dict, vocab) -> bool:
    """Whether _Paragraphs and _decoded reproduce stanza's dataset and decoding for this model."""
    return (set(args.get("feat_funcs", ())) <= _FAST_FEATURES and not args.get("use_dictionary")
            and not args.get("skip_newline") and args.get("shorthand") != "la_ittb"
            and not getattr(vocab, "lang_replaces_spaces", True) and not getattr(vocab, "lower", True))


class _Paragraphs:
    """What stanza's tokenization ``predict`` reads from a TokenizationDataset at evaluation time
    (``data``, ``vocab``, ``para_to_sentences``, ``advance_old_batch``), each paragraph a string."""

    def __init__(self, text: str, vocab, feat_funcs: list[str]) -> None:
        from stanza.models.tokenization.data import NEWLINE_WHITESPACE_RE, WHITESPACE_RE

        self.vocab, self.feat_funcs = vocab, feat_funcs
        self.rows: dict[str, list[int]] = {}  # a character's unit id and per-character features, once a call
        # TokenizationDataset: blank-line paragraphs, stripped on the right, odd whitespace made a
        # space, a run of spaces one space
        pieces = (piece.rstrip() for piece in NEWLINE_WHITESPACE_RE.split(text))
        self.data = [_SPACES.sub(" ", WHITESPACE_RE.sub(" ", piece)) for piece in pieces if piece]

    def para_to_sentences(self, para: str) -> list[tuple]:
        """TokenizationDataset.para_to_sentences at evaluation time: the paragraph as one sequence of
        unit ids, labels (0), features and characters; each distinct character's id and features once."""
        import numpy as np
        from stanza.models.tokenization.data import PER_CHAR_FEAT_FUNCS

        codes = np.fromiter(map(ord, para), dtype=np.int64, count=len(para))
        distinct, where = np.unique(codes, return_inverse=True)
        per_char = [f for f in self.feat_funcs if f in PER_CHAR_FEAT_FUNCS]
        rows = self.rows
        for c in map(chr, distinct.tolist()):
            if c not in rows:
                rows[c] = [self.vocab.unit2id(c)] + [PER_CHAR_FEAT_FUNCS[f](c) for f in per_char]
        table = np.array([rows[chr(code)] for code in distinct.tolist()], dtype=np.int64)
        feats = np.zeros((len(para), len(self.feat_funcs)), dtype=np.int64)
        feats[:, :len(per_char)] = table[where, 1:]
        column = len(per_char)
        for position, index in (("end_of_para", -1), ("start_of_para", 0)):  # stanza's order
            if position in self.feat_funcs:
                feats[index, column] = 1
                column += 1
        return [(table[where, 0], np.zeros(len(para), dtype=np.int64), feats, list(para))]

    def advance_old_batch(self, eval_offsets, old_batch):
        from stanza.models.tokenization.data import TokenizationDataset

        return TokenizationDataset.advance_old_batch(self, eval_offsets, old_batch)


_SPACES = re.compile(" {2,}")


def _decoded(text: str, all_raw: list[list[str]], all_preds: list, vocab) -> list[list[dict]]:
    """stanza's decode_predictions (no multi-word dictionary, sentences split) read a token at a
    time, not a character at a time: per sentence, its tokens as dicts (text, start_char, end_char,
    misc "MWT=Yes" where the model marks several words)."""
    import numpy as np
    from stanza.models.tokenization.data import WHITESPACE_RE
    from stanza.models.tokenization.utils import SPACE_SPLIT_RE

    text = WHITESPACE_RE.sub(" ", text)
    doc: list[list[dict]] = []
    offset = 0  # where the next token is looked for in text
    for raw, pred in zip(all_raw, all_preds, strict=True):
        para, sentence, start = "".join(raw), [], 0
        for end in np.flatnonzero(pred >= 1).tolist():  # a token (or sentence) ends at each
            piece, start = para[start:end + 1], end + 1
            token = vocab.normalize_token(piece)
            if not token:
                continue
            if " " not in token:  # most tokens: one part, the piece itself (_Paragraphs made all whitespace " ")
                skipped = text.index(piece, offset) - offset
                first = offset + skipped + len(piece) - len(token)
                offset += skipped + len(piece)
            else:
                first, offset = _found_parts(text, piece, offset, SPACE_SPLIT_RE)
            label = int(pred[end])
            entry = {"text": token, "start_char": first, "end_char": offset}
            if label in (3, 4):
                entry["misc"] = "MWT=Yes"
            sentence.append(entry)
            if label in (2, 4):
                doc.append(sentence)
                sentence = []
        if start < len(para):
            raise ValueError("Finished processing tokens, but there is still text left!")
        if sentence:
            doc.append(sentence)
    return doc


def _found_parts(text: str, piece: str, offset: int, space_split: re.Pattern) -> tuple[int, int]:
    """Where a token with spaces in it starts in ``text`` and where its last part ends, each part
    looked for after the last, as stanza's decode_predictions finds them."""
    first = -1
    for part in space_split.split(piece):
        if part:
            skipped = text.index(part, offset) - offset
            if first < 0:
                first = offset + skipped + len(part) - len(part.lstrip())
            offset += skipped + len(part)
    return first, offset


TOKEN_TOO_LONG = "<UNK>"  # stanza's tokenize_processor.TOKEN_TOO_LONG_REPLACEMENT


def _tokenize_direct(tokenizer, expand, pending: list[tuple[int, int, str]]) -> list[list[Sentence]]:
    """Each (text index, start, chunk)'s sentences: the chunks joined by a blank line and tokenized at
    once, then handed back to their chunks as stanza's TokenizeProcessor.bulk_process does."""
    sentences = _raw_sentences(tokenizer, "\n\n".join(chunk for _, _, chunk in pending))
    out, k, offset = [], 0, 0
    for _, start, chunk in pending:
        mine = []
        while k < len(sentences) and sentences[k][-1]["end_char"] - offset <= len(chunk):
            tokens = _sentence_tokens(sentences[k], expand, start - offset)
            if tokens:
                mine.append(Sentence(tokens[0].start, tokens[-1].end, tokens))
            k += 1
        out.append(mine)
        offset += len(chunk) + 2
    return out


def _sentence_tokens(raw: list[dict], expand: Callable[[str], str | None], shift: int) -> tuple[Token, ...]:
    """A sentence's tokens from the tokenizer as words (``_expanded``), offsets moved by ``shift``.
    Most tokens are one word as they stand (no multi-word mark, no apostrophe): those are made
    here, not through _expanded and split_clitic (two calls and a list per token, a twentieth of
    the extraction's own time)."""
    out: list[Token] = []
    for token in raw:
        text = token["text"]
        if "misc" in token or "'" in text or "’" in text:
            out.extend(_expanded(token, expand, shift))
        else:
            start = token["start_char"] + shift
            out.append(Token(text, start, start + len(text)))
    return tuple(out)


def _expanded(token: dict, expand: Callable[[str], str | None], shift: int) -> list[Token]:
    """A token from the tokenizer as its words, offsets moved by ``shift``: as stanza's dictionary mwt
    step expands a marked token, and _words reads the result (its words where their offsets are found
    in the token, else the token split at a clitic)."""
    text, start = token["text"], token["start_char"] + shift
    if token.get("misc") == "MWT=Yes":
        words = [w for w in (expand(text) or text).split(" ") if w]
        if len(words) > 1:
            pattern = r"\s*".join(f"({re.escape(w)})" for w in words)  # stanza's, in set_mwt_expansions
            match = re.match(f"^{pattern}$", text)
            if match:
                return [Token(w, start + match.start(i), start + match.end(i)) for i, w in enumerate(words, 1)]
    return split_clitic(text, start)
