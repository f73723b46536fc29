"""Writing a partition into the DuckDB file: delete its rows and insert the new ones, in one transaction."""

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import duckdb
import polars as pl

from pipelines.warehouse.crash_points import pause_point
from pipelines.warehouse.sql_files import script, statements

_WRITE = "partition_write.sql"
_TABLES = ("events", "articles", "rejected", "signatures")
SIGNATURE_SCHEMA = pl.Schema({"article_id": pl.String, "partition_date": pl.Date, "minhash": pl.Binary,
                              "exact_key": pl.String})


@dataclass(frozen=True)
class PartitionCounts:
    events: int
    articles: int
    rejected: int


def connect(path: Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """A connection to the warehouse file (use it in a `with` block to close it). Writers create the folder."""
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    return duckdb.connect(str(path), read_only=read_only)


def apply_schema(connection: duckdb.DuckDBPyConnection) -> None:
    """Create the tables and (re)create the views; idempotent."""
    connection.execute(script("schema.sql"))
    connection.execute(script("incidents_schema.sql"))
    connection.execute(script("views.sql"))


def write_partition(
    connection: duckdb.DuckDBPyConnection,
    partition_date: date,
    events: pl.DataFrame,
    articles: pl.DataFrame,
    rejected: pl.DataFrame,
    signatures: pl.DataFrame | None = None,
) -> PartitionCounts:
    """Replace the partition's events, articles, rejected rows and article signatures (article_id, partition_date,
    minhash, exact_key). All or nothing: a crash leaves the old rows."""
    sql = statements(_WRITE)
    day = {"partition_date": partition_date}
    if signatures is None:
        signatures = pl.DataFrame(schema=SIGNATURE_SCHEMA)
    connection.register("staged_events", events.to_arrow())
    connection.register("staged_articles", articles.to_arrow())
    connection.register("staged_rejected", rejected.to_arrow())
    connection.register("staged_signatures", signatures.to_arrow())
    try:
        connection.execute("BEGIN TRANSACTION")
        for table in _TABLES:
            connection.execute(sql[f"delete_{table}"], day)
        for table in _TABLES:
            connection.execute(sql[f"insert_{table}"])
        pause_point("before_commit")
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    finally:
        for table in _TABLES:
            connection.unregister(f"staged_{table}")
    return partition_counts(connection, partition_date)


def partition_counts(connection: duckdb.DuckDBPyConnection, partition_date: date) -> PartitionCounts:
    row = connection.execute(statements(_WRITE)["count_partition"], {"partition_date": partition_date}).fetchone()
    return PartitionCounts(events=row[0], articles=row[1], rejected=row[2])


def duplicate_event_ids(connection: duckdb.DuckDBPyConnection) -> list[tuple[str, int]]:
    return connection.execute(statements(_WRITE)["duplicate_event_ids"]).fetchall()
