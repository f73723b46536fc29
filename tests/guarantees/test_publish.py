"""The writer file and its published snapshot: upgrades keep old rows, a busy warehouse says who holds it."""

import os

import pytest

from pipelines.warehouse.load import apply_schema, connect, write_partition
from pipelines.warehouse.publish import WarehouseBusy, WarehouseFiles, exclusive_writer_lock, open_writer
from tests.factories import DAY
from tests.test_warehouse import frames


def test_first_load_keeps_the_rows_of_a_warehouse_written_before_the_writer_file(tmp_path):
    published = tmp_path / "events.duckdb"
    with connect(published) as old_layout:  # how the pipeline wrote the warehouse before snapshots
        apply_schema(old_layout)
        write_partition(old_layout, DAY, *frames("old"))
    other_day = DAY.replace(day=DAY.day + 1)
    with open_writer(published, wait_seconds=5) as connection:
        write_partition(connection, other_day, *frames("new", day=other_day))
    with connect(published, read_only=True) as analyst:
        assert sorted(r[0] for r in analyst.sql("SELECT event_id FROM events").fetchall()) == ["new", "old"]


def test_failed_load_publishes_nothing(tmp_path):
    published = tmp_path / "events.duckdb"
    with open_writer(published, wait_seconds=5) as connection:
        write_partition(connection, DAY, *frames("a"))
    before = published.stat().st_ino
    with pytest.raises(RuntimeError), open_writer(published, wait_seconds=5) as connection:
        write_partition(connection, DAY, *frames("b"))
        raise RuntimeError("the load broke after writing")
    assert published.stat().st_ino == before


def test_a_load_that_waits_too_long_names_the_process_holding_the_warehouse(tmp_path):
    files = WarehouseFiles.beside(tmp_path / "events.duckdb")
    holder = exclusive_writer_lock(files, wait_seconds=1)
    second = exclusive_writer_lock(files, wait_seconds=0.3)
    with holder, pytest.raises(WarehouseBusy, match=f"pid {os.getpid()}"), second:
        pass
