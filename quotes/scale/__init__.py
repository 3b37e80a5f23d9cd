"""Extraction at scale: many articles over every core or a dask cluster, streamed, resumable.

``extract_stream`` is the engine-independent core (articles in, ArticleResults out in input
order); ``ExtractionRun`` adds the output file (streamed, atomic, resumable) and the run report.
"""

from quotes.scale.engines import EngineSettings, open_engine
from quotes.scale.output import OutputBusy, OutputUnwritable, PartialOutput, ResumeError, UnfinishedRun
from quotes.scale.report import FailedArticle, RunReport
from quotes.scale.runner import AlreadyDone, ExtractionRun, extract_stream

__all__ = [
    "AlreadyDone", "EngineSettings", "ExtractionRun", "FailedArticle", "OutputBusy", "OutputUnwritable",
    "PartialOutput", "ResumeError", "RunReport", "UnfinishedRun", "extract_stream", "open_engine",
]
