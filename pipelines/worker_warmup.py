"""Imported once by the worker pools' forkserver: every worker forked from it starts with the gazetteer, the
language model and trafilatura already loaded (about five seconds a worker would otherwise spend per stage)."""

from datetime import date

from pipelines.cleaning.article import clean_page
from pipelines.extraction.events import extract_events

_DAY = date(2024, 1, 5)
_SENTENCE = "A drone strike killed four people in Baghdad on Thursday, police said. "

extract_events(_SENTENCE, _DAY)
clean_page(f"<html><body><article><p>{_SENTENCE * 3}</p></article></body></html>", _DAY)
