"""Background sentences are told apart from the incident's own: periods, wars, earlier incidents and statistics."""

import pytest

from pipelines.extraction.background import PLAUSIBLE_DEATHS, is_background, links_to_incident, recalls_month
from pipelines.extraction.corpus.background import BACKGROUND, MONTH_ONLY

CASES = [(expected, text) for expected, texts in BACKGROUND for text in texts]
MONTHS = [(expected, text) for expected, texts in MONTH_ONLY for text in texts]


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_sentence_about_a_period_or_a_war_is_background(expected, text):
    assert is_background(text) is expected


@pytest.mark.parametrize(("expected", "text"), MONTHS)
def test_sentence_dated_only_by_a_month_recalls_an_earlier_event(expected, text):
    assert recalls_month(text) is expected


def test_large_figure_needs_a_sentence_naming_the_incident():
    assert PLAUSIBLE_DEATHS <= 200
    assert links_to_incident("The toll from Sunday's bombing rose to 130, officials said.")
    assert not links_to_incident("More than 6,000 people have been killed, according to a monitoring group.")
