"""raw_articles: the day's landing files, decoded."""

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
    timed,
)
from pipelines.partitions import daily_partitions
from pipelines.resources import LandingArea
from pipelines.schemas import RawArticles
from pipelines.stages import raw_frame, read_raw_page


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
    with timed() as clock, stage_progress_in_run_log(context):
        frame = raw_frame(read_raw_page(path, day) for path in landing.files(day))
    yield dg.Output(
        frame,
        metadata={
            "pages in": frame.height,
            "bytes": int(frame["size_bytes"].sum() or 0),
            "rejected": frame["rejected_reason"].is_not_null().sum(),
            "rejected by reason": rejected_by_reason(frame),
            "seconds": clock["seconds"],
            "dagster/row_count": frame.height,
        },
    )
    yield stage_check("raw_articles_schema", frame, "raw")
