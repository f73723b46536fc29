"""Regression guard: the extractor's accuracy on our own labelled set must not drop below these floors."""

import pytest

from pipelines.evaluate import score_own_set

# A few points below what the extractor reached when the floor was set; raise them as it improves.
FLOORS = {
    "fatalities": 0.83,
    "fatalities_in_range": 0.83,
    "injuries": 0.93,
    "event_date": 0.90,
    "event_date_within_1_day": 0.91,
    "country": 0.86,
    "location": 0.85,
    "event_type": 0.81,
    "sub_event_type": 0.79,
    "event_found": 0.93,
    "no_event": 0.66,
}


@pytest.fixture(scope="module")
def accuracy() -> dict[str, float]:
    return score_own_set()


@pytest.mark.parametrize("field", FLOORS)
def test_own_set_accuracy_stays_above_floor(accuracy, field):
    assert accuracy[field] >= FLOORS[field], f"{field}: {accuracy[field]:.3f} < floor {FLOORS[field]}"
