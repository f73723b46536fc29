"""Casualty statements give the counts the corpus states, with restatements counted once and sums added."""

import pytest

from pipelines.extraction.casualties import combine, find_mentions
from pipelines.extraction.corpus.casualties import CASUALTIES, FOREIGN_FIGURES
from pipelines.extraction.events import split_sentences

CASES = [(expected, text) for expected, texts in CASUALTIES for text in texts]


def _counts(text: str) -> dict[str, int]:
    sentences = [(i, find_mentions(s)) for i, (_, s) in enumerate(split_sentences(text))]
    return {kind: q.best for kind, q in combine(sentences).counts.items()}


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_report_gives_stated_counts(expected, text):
    assert _counts(text) == expected


def test_unnumbered_deaths_carry_a_note_for_the_evidence():
    sentences = [(0, find_mentions("Civilians were killed in the raid."))]
    result = combine(sentences)
    assert result.get("killed").best == 10
    assert result.notes and "not reported" in result.notes[0]


def test_attackers_named_only_in_the_headline_are_the_bodys_dead():
    sentences = [
        (0, find_mentions("Soldiers kill four gunmen in clash")),
        (1, find_mentions("Four armed men were killed and a soldier was wounded during a clash with troops.")),
    ]
    assert combine(sentences, frozenset({0, 1}), lede=1).get("killed").best == 4


def test_seized_weapons_are_no_abduction():
    assert _counts("Troops seized four rifles and two vehicles.") == {}


def test_death_toll_update_replaces_earlier_figure():
    assert _counts("Eight people were killed. The death toll rose to 12.") == {"killed": 12}
    assert _counts("The death toll rose to 12 after eight were first reported killed.")["killed"] == 12


def test_another_source_in_the_same_sentence_widens_the_bounds_only():
    sentences = [(0, find_mentions("Officials said four people were killed, while a local group said six died."))]
    killed = combine(sentences).get("killed")
    assert (killed.low, killed.best, killed.high) == (4, 4, 6)
    replaced = [(0, find_mentions("The ministry said four had died, revising an earlier statement that two died."))]
    killed = combine(replaced).get("killed")
    assert (killed.low, killed.best, killed.high) == (2, 4, 4)


def test_lede_figure_stays_best_when_the_next_sentence_quotes_another_source():
    sentences = [
        (0, find_mentions("Shelling killed nine people on Monday, the ministry said.")),
        (1, find_mentions("A charity had earlier said 15 people were killed.")),
    ]
    killed = combine(sentences, lead=frozenset({0, 1}), lede=0).get("killed")
    assert (killed.best, killed.high) == (9, 15)


FOREIGN = [(expected, text) for expected, texts in FOREIGN_FIGURES for text in texts]


@pytest.mark.parametrize(("expected", "text"), FOREIGN)
def test_figures_about_earlier_events_are_ignored(expected, text):
    from datetime import date

    from pipelines.extraction.events import extract_events

    assert sum(e.fatalities for e in extract_events(text, date(2024, 5, 2))) == expected
