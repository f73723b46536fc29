"""Resources: the landing area, the DuckDB warehouse, and the Parquet store between stages."""

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import dagster as dg
import duckdb
import polars as pl

from pipelines.landing import list_landing_files
from pipelines.warehouse.load import apply_schema, connect


class LandingArea(dg.ConfigurableResource):
    """Where the scraper drops pages: `<root>/<YYYY-MM-DD>/*.html|.htm|.html.gz`."""

    root: str

    def files(self, day: date) -> list[Path]:
        return list_landing_files(Path(self.root), day)


class DuckDBWarehouse(dg.ConfigurableResource):
    """The analysts' DuckDB file. Only the `events` asset writes it, in pool `duckdb_warehouse` (one at a time)."""

    path: str
    lock_wait_seconds: float = 120.0

    @contextmanager
    def writer(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A write connection with the schema applied. Waits up to `lock_wait_seconds` for another process's lock."""
        with self._open_when_free() as connection:
            apply_schema(connection)
            yield connection

    def _open_when_free(self) -> duckdb.DuckDBPyConnection:
        deadline = time.monotonic() + self.lock_wait_seconds
        while True:
            try:
                return connect(Path(self.path))
            except duckdb.IOException as error:
                # DuckDB's message names the process holding the lock; keep it for the operator.
                if "lock" not in str(error).lower() or time.monotonic() > deadline:
                    raise RuntimeError(f"cannot open {self.path} for writing: {error}") from error
                time.sleep(1.0)


class ParquetStore(dg.ConfigurableIOManager):
    """Stores each partition of an intermediate asset as `<base_dir>/<asset>/<YYYY-MM-DD>.parquet`.

    Files are written beside their final name and renamed into place, so a crash never leaves a half-written
    file under a name a later step would read.
    """

    base_dir: str

    def _path(self, context: dg.OutputContext | dg.InputContext) -> Path:
        asset = "/".join(context.asset_key.path)
        return Path(self.base_dir) / asset / f"{context.asset_partition_key}.parquet"

    def handle_output(self, context: dg.OutputContext, obj: pl.DataFrame) -> None:
        path = self._path(context)
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
        obj.write_parquet(partial)
        with open(partial, "rb") as written:
            os.fsync(written.fileno())
        os.replace(partial, path)
        context.add_output_metadata({"path": dg.MetadataValue.path(str(path)), "rows": obj.height})

    def load_input(self, context: dg.InputContext) -> pl.DataFrame:
        return pl.read_parquet(self._path(context))
