"""clean_articles: main text, title, publication date and language of each page."""

import time

import dagster as dg
import polars as pl

from pipelines.assets._common import (
    GROUP,
    OWNERS,
    column_schema,
    rejected_by_reason,
    stage_check,
    stage_progress_in_run_log,
)
from pipelines.partitions import daily_partitions
from pipelines.schemas import CleanArticles
from pipelines.stages import CLEAN_SCHEMA, batch_progress, clean_slice, duplicate_marks, with_duplicate_marks
from pipelines.streams import FrameStream, Tally, slices
from pipelines.workers import BATCH_PAGES, parallel_map, worker_count


@dg.asset(
    partitions_def=daily_partitions,
    group_name=GROUP,
    owners=OWNERS,
    kinds={"python", "parquet"},
    io_manager_key="parquet_store",
    metadata={"dagster/column_schema": column_schema(CleanArticles)},
    check_specs=[dg.AssetCheckSpec("clean_articles_schema", asset="clean_articles",
                                   description="Text present; publication date from 1900 to the collection day.")],
)
def clean_articles(context: dg.AssetExecutionContext, raw_articles: pl.LazyFrame):
    """The article in each page: main text without boilerplate (trafilatura, then our filter for view counters,
    share prompts, ad-blocker notices, related-article lists and footers), title, language and publication date
    (meta tags first, then the dateline resolved against the collection day, else the collection day itself, as
    `published_date_source` records). Pages of the same URL or text as an earlier page are marked `duplicate_of`."""
    pages = raw_articles.select(pl.len()).collect().item()
    tally = Tally(count_by="published_date_source")
    duplicates = {}
    started = time.monotonic()
    cleaned = parallel_map(clean_slice, slices(raw_articles, BATCH_PAGES), worker_count(pages))

    def mark(written: pl.LazyFrame) -> pl.LazyFrame:
        marks = duplicate_marks(written)
        duplicates["count"] = marks["duplicate_of"].is_not_null().sum()
        return with_duplicate_marks(written, marks)

    def metadata() -> dict:
        return {
            "pages in": pages,
            "articles": tally.rows - tally.refused.height,
            "duplicates": duplicates["count"],
            "rejected": tally.refused.height,
            "rejected by reason": rejected_by_reason(tally.refused),
            "dated by": dg.MetadataValue.json(dict(tally.counts)),
            "seconds": round(time.monotonic() - started, 2),
            "dagster/row_count": tally.rows,
        }

    with stage_progress_in_run_log(context):
        stream = FrameStream(tally.passing(batch_progress(cleaned, "clean")), CLEAN_SCHEMA, finish=mark,
                             metadata=metadata)
        yield dg.Output(stream)
    yield stage_check("clean_articles_schema", tally.refused, "clean", rows_checked=tally.rows)
