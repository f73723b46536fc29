"""events: the validated DuckDB table analysts query, with the partition's articles and rejected rows."""

import time

import dagster as dg
import polars as pl

from pipelines.assets._common import GROUP, OWNERS, partition_day
from pipelines.partitions import daily_partitions
from pipelines.resources import DuckDBWarehouse
from pipelines.warehouse.load import duplicate_event_ids, write_partition
from pipelines.warehouse.rows import partition_rows

WAREHOUSE_POOL = "duckdb_warehouse"
_PREVIEW_COLUMNS = ("event_date", "country", "location", "sub_event_type", "fatalities", "injuries", "source_title")


@dg.asset(
    partitions_def=daily_partitions,
    group_name=GROUP,
    owners=OWNERS,
    kinds={"duckdb"},
    pool=WAREHOUSE_POOL,
    check_specs=[
        dg.AssetCheckSpec("event_id_unique", asset="events", description="No event_id appears twice in the table."),
        dg.AssetCheckSpec("articles_accounted", asset="events",
                          description="Every landing file of the partition has exactly one `articles` row."),
    ],
)
def events(context: dg.AssetExecutionContext, warehouse: DuckDBWarehouse, clean_articles: pl.DataFrame,
           extracted_events: pl.DataFrame):
    """The `events` table in the DuckDB file (EVENTS_DUCKDB_PATH), with `articles` (one row per landing file and
    its status: events, no_event, rejected, duplicate) and `rejected` (stage and reason of everything refused).
    The partition's rows are replaced in one transaction, so a rerun replaces and never duplicates."""
    started = time.monotonic()
    day = partition_day(context)
    rows = partition_rows(clean_articles, extracted_events)
    with warehouse.writer() as connection:
        counts = write_partition(connection, day, rows.events, rows.articles, rows.rejected)
        duplicates = duplicate_event_ids(connection)
    statuses = dict(rows.articles.group_by("status").len().sort("status").iter_rows())
    yield dg.MaterializeResult(
        metadata={
            "events": counts.events,
            "articles": counts.articles,
            "rejected": counts.rejected,
            "articles by status": dg.MetadataValue.json(statuses),
            "fatalities": int(rows.events["fatalities"].sum() or 0),
            "seconds": round(time.monotonic() - started, 2),
            "first events": dg.MetadataValue.md(_preview(rows.events)),
        }
    )
    yield dg.AssetCheckResult(
        check_name="event_id_unique", passed=not duplicates, metadata={"duplicated ids": str(duplicates)}
    )
    yield dg.AssetCheckResult(
        check_name="articles_accounted",
        passed=counts.articles == clean_articles.height,
        metadata={"landing files": clean_articles.height, "articles rows": counts.articles},
    )


def _preview(frame: pl.DataFrame, limit: int = 10) -> str:
    if frame.height == 0:
        return "no events"
    head = frame.select(_PREVIEW_COLUMNS).head(limit)
    lines = ["| " + " | ".join(_PREVIEW_COLUMNS) + " |", "|" + "---|" * len(_PREVIEW_COLUMNS)]
    lines += ["| " + " | ".join(str(v).replace("|", "/") for v in row) + " |" for row in head.iter_rows()]
    return "\n".join(lines)
