"""events: the validated DuckDB table analysts query, with the partition's articles and rejected rows."""

import dagster as dg
import polars as pl

from pipelines.assets._common import (
    GROUP,
    OWNERS,
    TRANSIENT_RETRY,
    column_schema,
    events_preview,
    fatalities_per_day,
    partition_day,
    rejected_by_reason,
    timed,
)
from pipelines.fulltext import index_on_load, rebuild_article_index
from pipelines.partitions import daily_partitions
from pipelines.resources import DuckDBWarehouse
from pipelines.schemas import EventsTable
from pipelines.warehouse.incidents import merge_partition_reports
from pipelines.warehouse.load import duplicate_event_ids, write_partition
from pipelines.warehouse.rows import partition_rows

WAREHOUSE_POOL = "duckdb_warehouse"


@dg.asset(
    partitions_def=daily_partitions,
    group_name=GROUP,
    owners=OWNERS,
    kinds={"duckdb"},
    pool=WAREHOUSE_POOL,
    retry_policy=TRANSIENT_RETRY,
    metadata={"dagster/column_schema": column_schema(EventsTable), "dagster/table_name": "events"},
    check_specs=[
        dg.AssetCheckSpec("event_id_unique", asset="events", description="No event_id appears twice in the table."),
        dg.AssetCheckSpec("articles_accounted", asset="events",
                          description="Every landing file of the partition has exactly one `articles` row."),
    ],
)
def events(context: dg.AssetExecutionContext, warehouse: DuckDBWarehouse, clean_articles: pl.LazyFrame,
           extracted_events: pl.LazyFrame):
    """The `events` table in the DuckDB file (EVENTS_DUCKDB_PATH), with `articles` (one row per landing file and
    its status: events, no_event, rejected, duplicate) and `rejected` (stage and reason of everything refused).
    The partition's rows are replaced in one transaction, so a rerun replaces and never duplicates. Then the
    partition's events are merged with other articles' reports of the same happenings into `incidents` (one row
    per incident, its sources and a reconciled toll), and the full-text index over the articles is rebuilt
    (EVENTS_SEARCH_INDEX=off skips it)."""
    day = partition_day(context)
    index_seconds = None
    with timed() as clock:
        clean = clean_articles.collect()
        rows = partition_rows(clean, extracted_events.collect())
        with warehouse.writer() as connection:
            counts = write_partition(connection, day, rows.events, rows.articles, rows.rejected, rows.signatures)
            duplicates = duplicate_event_ids(connection)
            incidents = merge_partition_reports(connection, day)
            if index_on_load():
                index_seconds = _rebuild_search_index(context, connection)
    statuses = dict(rows.articles.group_by("status").len().sort("status").iter_rows())
    yield dg.MaterializeResult(
        metadata={
            "pages in": clean.height,
            "events": counts.events,
            "articles": counts.articles,
            "rejected": counts.rejected,
            "duplicates": statuses.get("duplicate", 0),
            "articles by status": dg.MetadataValue.json(statuses),
            "rejected by reason": rejected_by_reason(rows.rejected, "reason"),
            "fatalities": int(rows.events["fatalities"].sum() or 0),
            "incidents written": incidents.touched,
            "incidents retired": incidents.retired,
            "seconds": clock["seconds"],
            "search index seconds": index_seconds,
            "first events": events_preview(rows.events),
            "fatalities per day": fatalities_per_day(rows.events),
            "dagster/row_count": counts.events,
        }
    )
    yield dg.AssetCheckResult(
        check_name="event_id_unique", passed=not duplicates, metadata={"duplicated ids": str(duplicates)}
    )
    yield dg.AssetCheckResult(
        check_name="articles_accounted",
        passed=counts.articles == clean.height,
        metadata={"landing files": clean.height, "articles rows": counts.articles},
    )


def _rebuild_search_index(context: dg.AssetExecutionContext, connection) -> float | None:
    """The partition is committed before this runs; a failed rebuild leaves search stale but must not fail the load
    (a retry would only rewrite the same rows), so it is a warning with the way to redo it."""
    try:
        seconds = rebuild_article_index(connection)
    except Exception as error:  # noqa: BLE001 - see the docstring
        context.log.warning(f"search index not rebuilt ({error!r}); run `python -m pipelines search --reindex`")
        return None
    context.log.info(f"search index over articles rebuilt in {seconds} s")
    return seconds
