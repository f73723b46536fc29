"""raw_articles: the day's landing files, decoded."""

import time

import dagster as dg

from pipelines.assets._common import (
    GROUP,
    OWNERS,
    TRANSIENT_RETRY,
    column_schema,
    partition_day,
    rejected_by_reason,
    stage_check,
    stage_progress_in_run_log,
)
from pipelines.partitions import daily_partitions
from pipelines.resources import LandingArea
from pipelines.schemas import RawArticles
from pipelines.stages import RAW_SCHEMA, batch_progress, raw_batch
from pipelines.streams import FrameStream, Tally
from pipelines.workers import batched, warm_up_workers


@dg.asset(
    partitions_def=daily_partitions,
    group_name=GROUP,
    owners=OWNERS,
    kinds={"html", "parquet"},
    io_manager_key="parquet_store",
    retry_policy=TRANSIENT_RETRY,
    metadata={"dagster/column_schema": column_schema(RawArticles)},
    check_specs=[dg.AssetCheckSpec("raw_articles_schema", asset="raw_articles",
                                   description="Every readable page meets the RawArticles contract (pandera).")],
)
def raw_articles(context: dg.AssetExecutionContext, landing: LandingArea):
    """Every `.html`, `.htm` and `.html.gz` file collected on the partition's day, one row per file: a stable
    `article_id`, the landing path, the page's canonical URL (or og:url, else the file's URI), its size and its HTML
    decoded with the declared or detected charset. Unreadable, empty, binary or oversized files keep their row with
    a `rejected_reason`, so every file is accounted for downstream."""
    day = partition_day(context)
    paths = landing.files(day)
    warm_up_workers(len(paths))  # the clean stage's workers, when this process runs it too (one-process runs)
    tally = Tally(total_of="size_bytes")
    started = time.monotonic()
    # Reading and decoding runs at well over 1,000 pages/s in this process; shipping the HTML back from workers
    # measured slower than doing it here.
    read = (raw_batch(batch, day) for batch in batched(paths))

    def metadata() -> dict:
        return {
            "pages in": tally.rows,
            "bytes": tally.total,
            "rejected": tally.refused.height,
            "rejected by reason": rejected_by_reason(tally.refused),
            "seconds": round(time.monotonic() - started, 2),
            "dagster/row_count": tally.rows,
        }

    with stage_progress_in_run_log(context):
        yield dg.Output(FrameStream(tally.passing(batch_progress(read, "raw")), RAW_SCHEMA, metadata=metadata))
    yield stage_check("raw_articles_schema", tally.refused, "raw", rows_checked=tally.rows)
