"""Actors come from claims and attributions, normalised; nobody is named when the text names nobody."""

import pytest

from pipelines.extraction.actors import find_actors, normalize_actor
from pipelines.extraction.corpus.actors import ACTORS

CASES = [(expected, text) for expected, texts in ACTORS for text in texts]


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_text_gives_actors(expected, text):
    assert find_actors(text) == expected


def test_normalisation_drops_articles_and_keeps_acronyms():
    assert normalize_actor("the US-led international coalition") == "US-led International Coalition"
    assert normalize_actor("the Islamic State") == "Islamic State"
