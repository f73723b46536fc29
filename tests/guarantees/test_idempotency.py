"""Rerunning a partition gives the same rows and the same event_ids, and touches no other partition."""

from tests.guarantees.pages import write_good_day
from tests.guarantees.processes import warehouse_rows


def test_rerun_of_a_partition_gives_identical_rows_and_event_ids(pipeline):
    write_good_day(pipeline.landing, "2024-01-03")
    write_good_day(pipeline.landing, "2024-01-04")
    assert pipeline.materialize("2024-01-03").success
    assert pipeline.materialize("2024-01-04").success
    first = warehouse_rows(pipeline.warehouse)

    assert pipeline.materialize("2024-01-04").success
    assert pipeline.materialize("2024-01-04").success

    again = warehouse_rows(pipeline.warehouse)
    assert again == first
    assert len(first["events"]) == 6 and len({row[0] for row in first["events"]}) == 6
