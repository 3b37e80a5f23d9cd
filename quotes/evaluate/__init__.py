"""Evaluation against hand-annotated gold: ``gold`` reads the annotation format, ``score`` matches
the extractor's rows to it and reports precision, recall and attribution accuracy."""

from quotes.evaluate.gold import GoldFormatError, GoldQuote, GoldSpan, load_gold
from quotes.evaluate.score import (
    Detection,
    ErrorRecord,
    EvaluationReport,
    Ratio,
    cue_match,
    evaluate,
    jaccard,
    lenient_match,
    load_predictions,
    match,
    normalise,
    speaker_match,
)

__all__ = [
    "Detection", "ErrorRecord", "EvaluationReport", "GoldFormatError", "GoldQuote", "GoldSpan", "Ratio", "cue_match",
    "evaluate", "jaccard", "lenient_match", "load_gold", "load_predictions", "match", "normalise", "speaker_match",
]
