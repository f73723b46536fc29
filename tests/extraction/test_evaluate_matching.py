"""The evaluator's place matching: spellings of one place count as one, different places do not."""

import pytest

from pipelines.evaluate import same_location


@pytest.mark.parametrize(
    ("expected", "got"),
    [
        ("Pul-e-Khumri", "Pul-e Khumri"),  # hyphens and spaces
        ("Tarmiyah", "At Tarmiyah"),  # a leading Arabic article
        ("Bogotá", "Bogota"),  # accents
        ("Helmand Province", "Helmand"),  # a generic word
    ],
)
def test_spellings_of_one_place_match(expected, got):
    assert same_location(expected, got)


@pytest.mark.parametrize(("expected", "got"), [("Mir Ali", "Bannu"), ("Kfar Roummane", "Beirut"), ("Goma", None)])
def test_different_places_do_not_match(expected, got):
    assert not same_location(expected, got)
