"""Actors come from claims, attributions and the lede's agent and target, normalised; nobody is named when the text
names nobody."""

import pytest

from pipelines.extraction.actors import find_actors, normalize_actor, protest_actors
from pipelines.extraction.corpus.actors import ACTORS

CASES = [(expected, text) for expected, texts in ACTORS for text in texts]


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_text_gives_actors(expected, text):
    assert find_actors(text, lede=text) == expected


def test_lede_agent_is_not_read_outside_the_lede():
    text = "Armed separatists kidnapped four nurses from a clinic on Monday."
    assert find_actors(text) == (None, None)


def test_normalisation_drops_articles_and_keeps_acronyms():
    assert normalize_actor("the US-led international coalition") == "US-led International Coalition"
    assert normalize_actor("the Islamic State") == "Islamic State"


def test_demonstration_has_the_demonstrators_as_actor1_and_the_force_as_actor2():
    lede = "Riot police fired tear gas at protesters outside parliament on Sunday."
    assert protest_actors("Riot Police", None, lede) == ("Protesters", "Riot Police")
    assert protest_actors("Farmers", "Police", "Farmers marched to the ministry.") == ("Farmers", "Police")
