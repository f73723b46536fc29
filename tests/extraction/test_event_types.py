"""Event sentences get the ACLED type the corpus states; ordinary news gets none."""

import pytest

from pipelines.extraction.corpus.event_types import EVENT_TYPES, NOT_EVENTS
from pipelines.extraction.event_types import classify
from pipelines.extraction.taxonomy import is_consistent

CASES = [(expected, text) for expected, texts in EVENT_TYPES for text in texts]


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_sentence_gets_acled_type(expected, text):
    assert classify(text) == expected
    assert is_consistent(*expected)


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_ordinary_news_gets_no_event_type(text):
    assert classify(text) is None


def test_drone_strike_that_kills_is_not_a_battle():
    assert classify("A drone strike killed three fighters at a militia base.")[0] == "Explosions/Remote violence"
