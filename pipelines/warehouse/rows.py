"""The warehouse tables' rows for one partition, built from the clean articles and the extracted events."""

from dataclasses import dataclass

import polars as pl

from pipelines.schemas import EventsTable

ARTICLE_COLUMNS = (
    "article_id", "partition_date", "landing_path", "source_url", "size_bytes", "charset", "title",
    "published_date", "published_date_source", "language", "text", "status", "reason", "duplicate_of", "event_count",
)  # fmt: skip
REJECTED_SCHEMA = pl.Schema(
    {
        "partition_date": pl.Date,
        "stage": pl.String,
        "article_id": pl.String,
        "event_id": pl.String,
        "reason": pl.String,
        "record": pl.String,
    }
)


@dataclass(frozen=True)
class PartitionRows:
    events: pl.DataFrame
    articles: pl.DataFrame
    rejected: pl.DataFrame
    signatures: pl.DataFrame


def partition_rows(clean: pl.DataFrame, extracted: pl.DataFrame) -> PartitionRows:
    """Accepted events, one `articles` row per landing file with its status, and every rejection with its stage."""
    accepted = extracted.filter(pl.col("rejected_reason").is_null()).drop("rejected_reason")
    EventsTable.validate(accepted)  # a duplicate event_id here is a bug in the pipeline: fail the run loudly
    refused = extracted.filter(pl.col("rejected_reason").is_not_null())
    return PartitionRows(
        events=accepted,
        articles=_articles(clean, accepted, refused),
        rejected=pl.concat([_rejected_articles(clean), _rejected_events(refused)]),
        signatures=clean.filter(pl.col("minhash").is_not_null()).select(
            "article_id", "partition_date", "minhash", "exact_key"
        ),
    )


def _articles(clean: pl.DataFrame, accepted: pl.DataFrame, refused: pl.DataFrame) -> pl.DataFrame:
    accepted_counts = accepted.group_by("article_id").agg(event_count=pl.len())
    refusals = refused.group_by("article_id").agg(
        refused_count=pl.len(), refused_reason=pl.col("rejected_reason").unique().sort().str.join("; ")
    )
    joined = (
        clean.join(accepted_counts, on="article_id", how="left", maintain_order="left")
        .join(refusals, on="article_id", how="left", maintain_order="left")
        .with_columns(pl.col("event_count").fill_null(0))
    )
    status = (
        pl.when(pl.col("rejected_reason").is_not_null()).then(pl.lit("rejected"))
        .when(pl.col("duplicate_of").is_not_null()).then(pl.lit("duplicate"))
        .when(pl.col("event_count") > 0).then(pl.lit("events"))
        .when(pl.col("refused_count") > 0).then(pl.lit("rejected"))
        .otherwise(pl.lit("no_event"))
    )  # fmt: skip
    reason = (
        pl.when(pl.col("rejected_reason").is_not_null())
        .then(pl.col("rejected_stage") + ": " + pl.col("rejected_reason"))
        .when(pl.col("duplicate_of").is_not_null()).then(pl.lit("same URL or text as ") + pl.col("duplicate_of"))
        .when(pl.col("refused_count") > 0).then(pl.lit("extract: ") + pl.col("refused_reason"))
    )  # fmt: skip
    return joined.with_columns(status=status, reason=reason).select(ARTICLE_COLUMNS)


def _rejected_articles(clean: pl.DataFrame) -> pl.DataFrame:
    return clean.filter(pl.col("rejected_reason").is_not_null()).select(
        "partition_date",
        stage=pl.col("rejected_stage"),
        article_id="article_id",
        event_id=pl.lit(None, dtype=pl.String),
        reason="rejected_reason",
        record=pl.lit(None, dtype=pl.String),
    )


def _rejected_events(refused: pl.DataFrame) -> pl.DataFrame:
    record = pl.struct(pl.exclude("rejected_reason")).struct.json_encode()
    return refused.select(
        "partition_date",
        stage=pl.lit("extract"),
        article_id="article_id",
        event_id="event_id",
        reason="rejected_reason",
        record=pl.when(pl.col("event_id").is_not_null()).then(record),
    ).cast(REJECTED_SCHEMA)
