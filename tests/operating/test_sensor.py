"""The landing sensor: a new or changed day folder requests that day's run once; unchanged folders never again."""

import json
import os
import time

import dagster as dg
import pytest

from pipelines.sensors import MAX_RUNS_PER_TICK, landing_folder_sensor
from tests.conftest import FIXTURE_PAGES

PAGE = (FIXTURE_PAGES / "baghdad_drone_strike.html").read_bytes()


@pytest.fixture
def landing(tmp_path, monkeypatch):
    root = tmp_path / "landing"
    root.mkdir()
    monkeypatch.setenv("EVENTS_LANDING_DIR", str(root))
    return root


def land(root, day: str, name: str, age_seconds: float = 600.0, content: bytes = PAGE):
    folder = root / day
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_bytes(content)
    settled = time.time() - age_seconds
    os.utime(path, (settled, settled))
    return path


def tick(cursor: str | None = None):
    return landing_folder_sensor(dg.build_sensor_context(cursor=cursor))


def test_a_new_day_folder_requests_its_partition_once(landing):
    land(landing, "2024-01-04", "strike.html")
    first = tick()
    (request,) = first.run_requests
    assert request.partition_key == "2024-01-04"
    assert request.run_key.startswith("2024-01-04@")
    again = tick(first.cursor)
    assert isinstance(again, dg.SkipReason)


def test_a_file_added_to_a_loaded_day_requests_a_new_run_with_a_new_run_key(landing):
    land(landing, "2024-01-04", "strike.html")
    first = tick()
    land(landing, "2024-01-04", "late-page.html")
    second = tick(first.cursor)
    (request,) = second.run_requests
    assert request.partition_key == "2024-01-04"
    assert request.run_key != first.run_requests[0].run_key
    assert json.loads(second.cursor)["2024-01-04"] == request.run_key.split("@")[1]


def test_a_rewritten_page_counts_as_a_change(landing):
    page = land(landing, "2024-01-04", "strike.html")
    first = tick()
    page.write_bytes(PAGE + b"<!-- corrected -->")
    os.utime(page, (time.time() - 300, time.time() - 300))
    assert len(tick(first.cursor).run_requests) == 1


def test_a_folder_still_being_written_waits_for_a_later_tick(landing):
    land(landing, "2024-01-04", "strike.html", age_seconds=5)
    assert isinstance(tick(), dg.SkipReason)


def test_folders_that_are_not_past_days_or_hold_no_pages_are_ignored(landing):
    land(landing, "2999-01-01", "future.html")
    land(landing, "misc", "notes.html")
    land(landing, "20240104", "page.html")  # parses as a date, but is not the folder the pipeline reads
    land(landing, "2024-01-05", "notes.txt")
    assert isinstance(tick(), dg.SkipReason)


def test_a_mass_arrival_is_taken_a_bounded_number_of_days_per_tick(landing):
    days = [f"2023-{month:02d}-{day:02d}" for month in (1, 2) for day in range(1, 21)]
    for day in days:
        land(landing, day, "page.html")
    first = tick()
    assert len(first.run_requests) == MAX_RUNS_PER_TICK
    second = tick(first.cursor)
    taken = {request.partition_key for request in first.run_requests + second.run_requests}
    assert taken == set(days)


def test_emptying_a_loaded_day_requests_a_run_that_clears_it(landing):
    page = land(landing, "2024-01-04", "strike.html")
    first = tick()
    page.unlink()
    (request,) = tick(first.cursor).run_requests
    assert request.partition_key == "2024-01-04"
