"""clean_articles: main text, title, publication date and language of each page."""

import dagster as dg
import polars as pl

from pipelines.assets._common import (
    GROUP,
    OWNERS,
    column_schema,
    rejected_by_reason,
    stage_check,
    stage_progress_in_run_log,
    timed,
)
from pipelines.partitions import daily_partitions
from pipelines.schemas import CleanArticles
from pipelines.stages import clean_frame


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
def clean_articles(context: dg.AssetExecutionContext, raw_articles: pl.DataFrame):
    """The article in each page: main text without boilerplate (trafilatura, then our filter for view counters,
    share prompts, ad-blocker notices, related-article lists and footers), title, language and publication date
    (meta tags first, then the dateline resolved against the collection day, else the collection day itself, as
    `published_date_source` records). Pages of the same URL or text as an earlier page are marked `duplicate_of`."""
    with timed() as clock, stage_progress_in_run_log(context):
        frame = clean_frame(raw_articles)
    usable = frame.filter(pl.col("rejected_reason").is_null())
    yield dg.Output(
        frame,
        metadata={
            "pages in": raw_articles.height,
            "articles": usable.height,
            "duplicates": frame["duplicate_of"].is_not_null().sum(),
            "rejected": frame.height - usable.height,
            "rejected by reason": rejected_by_reason(frame),
            "dated by": dg.MetadataValue.json(
                dict(usable.group_by("published_date_source").len().iter_rows())
            ),
            "seconds": clock["seconds"],
            "dagster/row_count": frame.height,
        },
    )
    yield stage_check("clean_articles_schema", frame, "clean")
