"""Worker processes: the same rows as the step's own process, in the same order, and errors that surface."""

import shutil
from datetime import date
from functools import partial

import polars as pl
import pytest

import pipelines.workers
from pipelines.stages import clean_batch, raw_batch
from pipelines.workers import batched, parallel_map, stop_workers
from tests.conftest import SAMPLE_LANDING, Pipeline

DAY = "2024-01-04"


@pytest.fixture(scope="module")
def sample_raw() -> pl.DataFrame:
    paths = sorted(p for folder in sorted(SAMPLE_LANDING.iterdir()) for p in sorted(folder.iterdir()))
    return raw_batch(paths, date(2024, 1, 9))


def test_workers_return_each_batch_in_input_order_with_the_same_rows(sample_raw):
    batches = [sample_raw.slice(offset, 4) for offset in range(0, sample_raw.height, 4)]
    in_process = pl.concat(list(parallel_map(clean_batch, batches, workers=1)))
    in_workers = pl.concat(list(parallel_map(clean_batch, batches, workers=2)))
    assert in_workers["article_id"].to_list() == sample_raw["article_id"].to_list()
    assert in_workers.equals(in_process)


def test_an_error_inside_a_worker_fails_the_caller():
    read = partial(raw_batch, partition_date=date(2024, 1, 4))
    with pytest.raises(AttributeError):  # a stage handed something that is not a path is broken: fail loudly
        list(parallel_map(read, [[42], [43]], workers=2))


def test_batched_keeps_every_item_once_in_order():
    items = list(range(450))
    batches = list(batched(items, 200))
    assert [len(batch) for batch in batches] == [200, 200, 50]
    assert [item for batch in batches for item in batch] == items


def test_a_partition_loaded_with_workers_equals_one_loaded_without(tmp_path, monkeypatch):
    landing = tmp_path / "landing"
    shutil.copytree(SAMPLE_LANDING / DAY, landing / DAY)
    tables = {}
    for workers in (1, 2):
        monkeypatch.setenv("EVENTS_WORKERS", str(workers))
        monkeypatch.setattr(pipelines.workers, "MIN_PAGES_FOR_WORKERS", 1)
        run = Pipeline(landing=landing, warehouse=tmp_path / f"wh{workers}" / "events.duckdb",
                       staging=tmp_path / f"staging{workers}")
        assert run.materialize(DAY).success
        tables[workers] = (
            run.query("SELECT * EXCLUDE (loaded_at) FROM events ORDER BY event_id"),
            run.query("SELECT * EXCLUDE (loaded_at) FROM articles ORDER BY article_id"),
        )
    events, articles = tables[2]
    assert events and articles
    assert tables[2] == tables[1]


def test_workers_start_again_after_the_server_was_stopped(sample_raw):
    batches = [sample_raw.slice(0, 3), sample_raw.slice(3, 3)]
    first = pl.concat(list(parallel_map(clean_batch, batches, workers=2)))
    stop_workers()
    again = pl.concat(list(parallel_map(clean_batch, batches, workers=2)))
    assert again.equals(first)
