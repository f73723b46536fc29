"""Merging a loaded partition's events into the `incidents` table (copies of articles left out), in one transaction.

The partition's events (new mentions) meet the already clustered mentions near them in time and place; the
pure core (pipelines.incidents.merge) reclusters the mentions they can affect, and the touched incidents and
assignments are replaced. Because the core's clustering does not depend on arrival order, a backfill in any
order ends with the same incidents.
"""

from dataclasses import dataclass
from datetime import date

import duckdb
import polars as pl

from pipelines.incidents.merge import context_window, merge
from pipelines.warehouse.copies import mark_copies
from pipelines.warehouse.sql_files import statements

_WRITE = "incidents_write.sql"
_STAGED = ("staged_window", "staged_reloaded", "staged_assignment", "staged_incidents", "staged_retired")


@dataclass(frozen=True)
class IncidentUpdate:
    touched: int  # incidents written (new or changed)
    retired: int  # incidents that no longer exist
    mentions: int  # event rows reassigned


def merge_partition_reports(connection: duckdb.DuckDBPyConnection, partition_date: date) -> IncidentUpdate:
    """Mark copies around the partition, then recluster what its events affect, in one transaction: a crash
    leaves copies and incidents as they were, and a rerun redoes both."""
    connection.execute("BEGIN TRANSACTION")
    try:
        update = update_incidents(connection, partition_date, also_reloaded=mark_copies(connection, partition_date))
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    return update


def update_incidents(
    connection: duckdb.DuckDBPyConnection, partition_date: date, also_reloaded: list[str] = ()
) -> IncidentUpdate:
    """Recluster what the partition's events affect and replace those incidents (inside the caller's transaction).
    `also_reloaded`: articles of other partitions whose mentions changed (they became or stopped being copies)."""
    sql = statements(_WRITE)
    reloaded = connection.execute(sql["partition_article_ids"], {"partition_date": partition_date}).pl()
    reloaded = pl.concat([reloaded, pl.DataFrame({"article_id": list(also_reloaded)}, schema=reloaded.schema)])
    try:
        _register(connection, staged_reloaded=reloaded.unique())
        new = connection.execute(sql["reloaded_mentions"]).pl()
        _register(connection, staged_window=context_window(new))
        existing = connection.execute(sql["existing_mentions"]).pl()
        result = merge(existing, new, reloaded_article_ids=reloaded["article_id"].to_list())
        retired = pl.DataFrame({"incident_id": result.retired_incident_ids}, schema={"incident_id": pl.String})
        _register(connection, staged_assignment=result.assignment, staged_incidents=result.incidents,
                  staged_retired=retired)
        for name in ("delete_assignments", "insert_assignments", "delete_incidents", "insert_incidents"):
            connection.execute(sql[name])
    finally:
        for name in _STAGED:
            connection.unregister(name)
    return IncidentUpdate(result.incidents.height, len(result.retired_incident_ids), result.assignment.height)


def _register(connection: duckdb.DuckDBPyConnection, **frames: pl.DataFrame) -> None:
    for name, frame in frames.items():
        connection.register(name, frame.to_arrow())
