"""A load killed with SIGKILL loses nothing: the analysts' file keeps its last snapshot, and a rerun gives the rows
a clean run gives. A half-written Parquet file never sits under the name the next step reads."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import polars as pl
import pytest

from pipelines.warehouse.crash_points import PAUSE_AT
from pipelines.warehouse.publish import WarehouseFiles
from tests.guarantees.pages import write_good_day
from tests.guarantees.processes import REPO, Site, materialize_here, run_partition, start_partition, warehouse_rows

DAY = "2024-01-04"


def kill_at(site: Site, point: str, signal_file: Path) -> None:
    """Start a load of DAY that freezes at `point`, and SIGKILL it there."""
    run = start_partition(site, DAY, **{PAUSE_AT: f"{point}:{signal_file}"})
    deadline = time.monotonic() + 600
    while not signal_file.exists():
        assert run.poll() is None, f"the load ended before reaching {point}: {run.stderr.read()[-3000:]}"
        assert time.monotonic() < deadline, f"the load never reached {point}"
        time.sleep(0.1)
    os.kill(run.pid, signal.SIGKILL)
    assert run.wait(timeout=60) == -signal.SIGKILL


@pytest.mark.parametrize("point", ["before_commit", "mid_publish"])
def test_kill_during_a_load_then_rerun_equals_a_clean_run(tmp_path, point):
    site = Site(tmp_path)
    write_good_day(site.landing, "2024-01-03")
    write_good_day(site.landing, DAY)
    materialize_here(site, "2024-01-03")
    materialize_here(site, DAY)
    clean = warehouse_rows(site.warehouse)
    (site.landing / DAY / "late_arrival.html").write_bytes((site.landing / DAY / "report_0.html").read_bytes())

    kill_at(site, point, tmp_path / "paused")
    assert warehouse_rows(site.warehouse) == clean  # analysts still see the last good snapshot, readable
    (site.landing / DAY / "late_arrival.html").unlink()
    run_partition(site, DAY)

    assert warehouse_rows(site.warehouse) == clean
    assert WarehouseFiles.beside(site.warehouse).stale_partials() == []


_WRITE_INTO_FIFO = """
import sys, polars as pl, dagster as dg
from pipelines.resources import ParquetStore
frame = pl.DataFrame({"n": range(2_000_000)})
context = dg.build_output_context(asset_key=dg.AssetKey("raw_articles"), partition_key="2024-01-04")
ParquetStore(base_dir=sys.argv[1]).handle_output(context, frame)
"""


def test_killed_parquet_write_leaves_the_previous_file_whole(tmp_path):
    store_dir = tmp_path / "staging"
    final = store_dir / "raw_articles" / "2024-01-04.parquet"
    final.parent.mkdir(parents=True)
    pl.DataFrame({"n": [1, 2, 3]}).write_parquet(final)
    writer = subprocess.Popen([sys.executable, "-c", _WRITE_INTO_FIFO, str(store_dir)], cwd=REPO,
                              stdin=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip
    # The writer's temporary file is a FIFO we made: its write blocks mid-file until we read, so we kill it there.
    partial = final.with_name(f".{final.name}.{writer.pid}.partial")
    os.mkfifo(partial)
    assert first_bytes_written(partial, writer) == b"PAR1"  # the writer has started the file, beside the final name
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait(timeout=60)
    assert pl.read_parquet(final)["n"].to_list() == [1, 2, 3]  # the next step still reads the last whole file


def first_bytes_written(fifo: Path, writer: subprocess.Popen, timeout: float = 300) -> bytes:
    """The first 4 bytes a process writes into `fifo`; fails if it exits or times out without writing there."""
    descriptor = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    try:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                if data := os.read(descriptor, 4):
                    return data
            except BlockingIOError:  # the writer has opened the FIFO and not written yet
                pass
            assert writer.poll() is None, f"the store never wrote beside the final name: {writer.stderr.read()!r}"
            time.sleep(0.05)
        raise AssertionError("the store wrote nothing within the timeout")
    finally:
        os.close(descriptor)
