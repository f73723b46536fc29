"""`python -m pipelines export`: the ACLED-style events since a date, as CSV or Parquet, from a read-only connection."""

import os
import sys
from datetime import date
from pathlib import Path

import polars as pl

from pipelines.warehouse.load import connect
from pipelines.warehouse.sql_files import statements

FORMATS = ("csv", "parquet")
STDOUT = "-"


def export_frame(warehouse: Path, since: date) -> pl.DataFrame:
    """The `acled_export` view's rows with event_date >= since, oldest first (opens the file read-only)."""
    with connect(warehouse, read_only=True) as connection:
        return connection.execute(statements("export.sql")["acled_export_since"], {"since": since}).pl()


def default_output(since: date, file_format: str) -> Path:
    return Path(f"acled_export_since_{since.isoformat()}.{file_format}")


def write_export(frame: pl.DataFrame, out: str, file_format: str) -> None:
    """Write to `out` through a temporary file renamed into place (a reader never sees half a file); CSV may go to
    standard output with `-`."""
    if out == STDOUT:
        if file_format != "csv":
            raise ValueError("only csv can be written to standard output")
        sys.stdout.write(frame.write_csv())
        return
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    if file_format == "csv":
        frame.write_csv(partial)
    else:
        frame.write_parquet(partial)
    os.replace(partial, path)


def run_export(warehouse: Path, since: date, file_format: str, out: str | None) -> str:
    """Export and return a one-line summary for the terminal."""
    if file_format not in FORMATS:
        raise ValueError(f"format must be one of {FORMATS}")
    frame = export_frame(warehouse, since)
    target = out or str(default_output(since, file_format))
    write_export(frame, target, file_format)
    return f"{frame.height} events since {since.isoformat()} -> {'stdout' if target == STDOUT else target}"
