"""extracted_events: the events each clean article reports."""

import dagster as dg
import polars as pl

from pipelines.assets._common import (
    GROUP,
    OWNERS,
    column_schema,
    events_preview,
    fatalities_per_day,
    rejected_by_reason,
    stage_check,
    stage_progress_in_run_log,
    timed,
)
from pipelines.extraction.events import EXTRACTOR_VERSION
from pipelines.partitions import daily_partitions
from pipelines.schemas import ExtractedEvents
from pipelines.stages import EVENT_SCHEMA, EXTRACT_COLUMNS, EXTRACTABLE, batch_progress, checked_events, events_batch
from pipelines.workers import BATCH_PAGES, parallel_map, stop_workers, worker_count


@dg.asset(
    partitions_def=daily_partitions,
    group_name=GROUP,
    owners=OWNERS,
    kinds={"python", "parquet"},
    io_manager_key="parquet_store",
    code_version=EXTRACTOR_VERSION,
    metadata={"dagster/column_schema": column_schema(ExtractedEvents)},
    check_specs=[dg.AssetCheckSpec("extracted_events_schema", asset="extracted_events",
                                   description="Counts >= 0 and low <= best <= high; event date not after "
                                   "publication; ACLED type and sub-type consistent; a real country.")],
)
def extracted_events(context: dg.AssetExecutionContext, clean_articles: pl.LazyFrame):
    """Zero or more events per usable article, from the rule-based extraction core: event date and precision,
    place from the offline gazetteer, ACLED event type and sub-type, actors, fatalities (best, low, high) and
    injuries, with the sentences they came from as evidence. Events that fail the pandera contract keep a
    `rejected_reason` and go to the `rejected` table."""
    candidates = clean_articles.filter(EXTRACTABLE).select(EXTRACT_COLUMNS)
    articles_read = candidates.select(pl.len()).collect().item()
    with timed() as clock, stage_progress_in_run_log(context):
        batches = candidates.collect_batches(chunk_size=BATCH_PAGES)
        found = parallel_map(events_batch, batches, worker_count(articles_read))
        found_events = pl.concat([pl.DataFrame(schema=EVENT_SCHEMA), *batch_progress(found, "extract")])
        stop_workers()
        frame = checked_events(found_events, articles_read)
    accepted = frame.filter(pl.col("rejected_reason").is_null())
    yield dg.Output(
        frame,
        metadata={
            "articles read": articles_read,
            "articles with events": accepted["article_id"].n_unique(),
            "events": accepted.height,
            "fatalities": int(accepted["fatalities"].sum() or 0),
            "injuries": int(accepted["injuries"].sum() or 0),
            "rejected": frame.height - accepted.height,
            "rejected by reason": rejected_by_reason(frame),
            "first events": events_preview(accepted),
            "fatalities per day": fatalities_per_day(accepted),
            "extractor_version": EXTRACTOR_VERSION,
            "seconds": clock["seconds"],
            "dagster/row_count": frame.height,
        },
    )
    yield stage_check("extracted_events_schema", frame, "extract")
