"""Resources: the landing area, the DuckDB warehouse, and the Parquet store between stages."""

import os
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import dagster as dg
import duckdb
import polars as pl
import pyarrow.parquet as pq

from pipelines.landing import list_landing_files
from pipelines.streams import FrameStream
from pipelines.warehouse.publish import open_writer


class LandingArea(dg.ConfigurableResource):
    """Where the scraper drops pages: `<root>/<YYYY-MM-DD>/*.html|.htm|.html.gz`."""

    root: str

    def files(self, day: date) -> list[Path]:
        return list_landing_files(Path(self.root), day)


class DuckDBWarehouse(dg.ConfigurableResource):
    """The analysts' DuckDB file (`path`, EVENTS_DUCKDB_PATH) and the pipeline's private writer file beside it.

    Loads write `.<name>.writer`, one process at a time (a lock file; Dagster's pool `duckdb_warehouse` also queues
    them), then publish it over `path` with an atomic rename. Analysts open `path` read-only and never block a load;
    an open session keeps the snapshot it opened until it reconnects. See pipelines/warehouse/publish.py.
    """

    path: str
    lock_wait_seconds: float = 600.0

    @contextmanager
    def writer(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A write connection to the writer file, schema applied; on a clean exit the file is published."""
        with open_writer(Path(self.path), self.lock_wait_seconds, dg.get_dagster_logger().info) as connection:
            yield connection


def pipeline_resources(landing: Path, warehouse: Path, staging: Path, lock_wait_seconds: float = 600.0) -> dict:
    """The resources the assets need, pointed at these folders (the code location, the demo, the benchmark and the
    tests all wire them here)."""
    return {
        "landing": LandingArea(root=str(landing)),
        "warehouse": DuckDBWarehouse(path=str(warehouse), lock_wait_seconds=lock_wait_seconds),
        "parquet_store": ParquetStore(base_dir=str(staging)),
    }


class ParquetStore(dg.ConfigurableIOManager):
    """Stores each partition of an intermediate asset as `<base_dir>/<asset>/<YYYY-MM-DD>.parquet`.

    An asset hands over a frame, or a FrameStream written one row group per batch so a day of any size passes
    through in bounded memory. Files are written beside their final name and renamed into place, so a crash never
    leaves a half-written file under a name a later step would read. Inputs come back as lazy scans of the file:
    the next step reads the columns and batches it needs.
    """

    base_dir: str

    def _path(self, context: dg.OutputContext | dg.InputContext) -> Path:
        asset = "/".join(context.asset_key.path)
        return Path(self.base_dir) / asset / f"{context.asset_partition_key}.parquet"

    def handle_output(self, context: dg.OutputContext, obj: pl.DataFrame | FrameStream) -> None:
        path = self._path(context)
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
        if isinstance(obj, FrameStream):
            rows = _write_stream(obj, partial)
            context.add_output_metadata(obj.metadata())
        else:
            obj.write_parquet(partial)
            rows = obj.height
        with open(partial, "rb") as written:
            os.fsync(written.fileno())
        os.replace(partial, path)
        context.add_output_metadata({"path": dg.MetadataValue.path(str(path)), "rows": rows})

    def load_input(self, context: dg.InputContext) -> pl.LazyFrame:
        return pl.scan_parquet(self._path(context))


def _write_stream(stream: FrameStream, partial: Path) -> int:
    """Writes the stream's frames as row groups of `partial` (through a spool file when a finishing pass follows).

    Each row group is compressed and written on a thread while the next frame is produced: pyarrow releases the
    GIL for that work, so it overlaps the producing stage instead of adding to it.
    """
    target = partial.with_name(partial.name + ".spool") if stream.finish else partial
    schema = pl.DataFrame(schema=stream.schema).to_arrow().schema
    rows = 0
    try:
        # lz4: for a day of HTML, writing and reading back cost half of zstd's time (the files are 1.9x larger)
        with pq.ParquetWriter(target, schema, compression="lz4") as writer, ThreadPoolExecutor(1) as thread:
            writing: Future | None = None
            for frame in stream.frames:
                table = frame.select(stream.schema.names()).to_arrow().cast(schema)
                if writing is not None:
                    writing.result()  # one row group in flight: memory stays at a batch or two, order is kept
                writing = thread.submit(writer.write_table, table)
                rows += frame.height
            if writing is not None:
                writing.result()
        if stream.finish:
            stream.finish(pl.scan_parquet(target)).sink_parquet(partial)
    finally:
        if stream.finish:
            target.unlink(missing_ok=True)
    return rows
