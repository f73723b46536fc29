"""Whole articles give the events an analyst codes: background paragraphs, report dates and statistics add none."""

import pytest

from pipelines.extraction.corpus.articles import ARTICLES
from pipelines.extraction.events import extract_events


def _summary(events):
    return sorted((e.event_date, e.place.location, e.sub_event_type, e.fatalities, e.injuries) for e in events)


IDS = [text.split("\n")[0][:40] for _, text, _ in ARTICLES]


@pytest.mark.parametrize(("published", "text", "expected"), ARTICLES, ids=IDS)
def test_article_gives_the_events_an_analyst_codes(published, text, expected):
    assert _summary(extract_events(text, published)) == sorted(expected)


def test_background_figures_stay_out_of_the_evidence():
    published, text, _ = ARTICLES[1]
    (event,) = extract_events(text, published)
    assert "15,000" not in event.evidence and "30 dead" not in event.evidence
