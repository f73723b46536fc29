"""The pipeline's stages as frame-to-frame functions, shared by the Dagster assets and `python -m pipelines inspect`.

Articles keep flowing through every stage with `rejected_stage` / `rejected_reason` set once something is wrong
with them, so the last stage can account for every landing file.
"""

import hashlib
import logging
import time
from collections.abc import Iterable, Iterator
from dataclasses import asdict
from datetime import date
from pathlib import Path

import polars as pl

from pipelines.cleaning.article import clean_page
from pipelines.cleaning.decode import decode_html, read_landing_bytes
from pipelines.cleaning.errors import RejectedPage
from pipelines.extraction.events import EXTRACTOR_VERSION, extract_events
from pipelines.incidents.duplicates import fingerprint
from pipelines.landing import article_id_for, declared_url
from pipelines.schemas import CleanArticles, ExtractedEvents, RawArticles
from pipelines.validation import split_by_schema

log = logging.getLogger(__name__)

_REJECTION = {"rejected_stage": pl.String, "rejected_reason": pl.String}
RAW_SCHEMA = pl.Schema(
    {
        "article_id": pl.String,
        "partition_date": pl.Date,
        "landing_path": pl.String,
        "source_url": pl.String,
        "size_bytes": pl.Int64,
        "charset": pl.String,
        "html": pl.String,
        **_REJECTION,
    }
)
CLEAN_SCHEMA = pl.Schema(
    {
        **{name: dtype for name, dtype in RAW_SCHEMA.items() if name not in ("html", *_REJECTION)},
        "title": pl.String,
        "text": pl.String,
        "published_date": pl.Date,
        "published_date_source": pl.String,
        "language": pl.String,
        "duplicate_of": pl.String,
        "minhash": pl.Binary,
        "exact_key": pl.String,
        **_REJECTION,
    }
)
EVENT_SCHEMA = pl.Schema(
    {
        "event_id": pl.String,
        "article_id": pl.String,
        "source_url": pl.String,
        "source_title": pl.String,
        "published_date": pl.Date,
        "event_date": pl.Date,
        "date_precision": pl.Int64,
        "country": pl.String,
        "country_iso3": pl.String,
        "admin1": pl.String,
        "location": pl.String,
        "latitude": pl.Float64,
        "longitude": pl.Float64,
        "geo_precision": pl.Int64,
        "event_type": pl.String,
        "sub_event_type": pl.String,
        "actor1": pl.String,
        "actor2": pl.String,
        "fatalities": pl.Int64,
        "fatalities_low": pl.Int64,
        "fatalities_high": pl.Int64,
        "injuries": pl.Int64,
        "evidence": pl.String,
        "partition_date": pl.Date,
        "extractor_version": pl.String,
        "rejected_reason": pl.String,
    }
)


# --- raw: landing files to decoded HTML -------------------------------------------------------------------------


def read_raw_page(path: Path, partition_date: date) -> dict:
    """One landing file as a raw row; a file that cannot be read or decoded keeps its row, with the reason."""
    resolved = path.resolve()
    where = (article_id_for(partition_date, path.name), partition_date, str(resolved), resolved.as_uri())
    try:
        data = read_landing_bytes(path)
    except RejectedPage as rejection:
        return _rejected_raw(_empty_raw_row(*where), rejection)
    return raw_row(*where, data)


def raw_row(article_id: str, partition_date: date, landing_path: str, fallback_url: str, data: bytes) -> dict:
    """A raw row from a page's bytes: decoded, with the URL the page declares (else `fallback_url`)."""
    row = {**_empty_raw_row(article_id, partition_date, landing_path, fallback_url), "size_bytes": len(data)}
    try:
        html, charset = decode_html(data)
    except RejectedPage as rejection:
        return _rejected_raw(row, rejection)
    return {**row, "html": html, "charset": charset, "source_url": declared_url(html) or fallback_url}


def _empty_raw_row(article_id: str, partition_date: date, landing_path: str, fallback_url: str) -> dict:
    return {
        "article_id": article_id,
        "partition_date": partition_date,
        "landing_path": landing_path,
        "source_url": fallback_url,
        "size_bytes": None,
        "charset": None,
        "html": None,
        "rejected_stage": None,
        "rejected_reason": None,
    }


def _rejected_raw(row: dict, rejection: RejectedPage) -> dict:
    return {**row, "rejected_stage": "raw", "rejected_reason": str(rejection)}


def raw_batch(paths: list[Path], partition_date: date) -> pl.DataFrame:
    """Raw rows of a batch of landing files, checked against RawArticles."""
    return _raw_articles([read_raw_page(path, partition_date) for path in paths])


def raw_frame(rows: Iterable[dict]) -> pl.DataFrame:
    """Raw rows as a frame, checked against RawArticles."""
    return _raw_articles(list(_with_progress(rows, "raw")))


def _raw_articles(rows: list[dict]) -> pl.DataFrame:
    # Column by column: three times faster than polars reading the row dicts, which shows on a day of HTML.
    columns = {name: [row[name] for row in rows] for name in RAW_SCHEMA.names()}
    return _checked(pl.DataFrame(columns, schema=RAW_SCHEMA), RawArticles, "raw")


# --- clean: HTML to article text --------------------------------------------------------------------------------


def clean_raw_row(row: dict) -> dict:
    """The clean article of one raw row; rows rejected earlier pass through untouched."""
    cleaned = {name: row.get(name) for name in CLEAN_SCHEMA.names()}
    if row["rejected_reason"] is not None:
        return cleaned
    try:
        article = clean_page(row["html"], row["partition_date"])
    except RejectedPage as rejection:
        return {**cleaned, "rejected_stage": "clean", "rejected_reason": str(rejection)}
    # Hashed here, in the cleaning workers, once per article: copy detection compares stored fingerprints.
    minhash, exact_key = fingerprint(article.text)
    return {**cleaned, **asdict(article), "minhash": minhash, "exact_key": exact_key}


def clean_batch(raw: pl.DataFrame) -> pl.DataFrame:
    """Clean articles of a batch of raw rows, checked against CleanArticles; duplicates are marked once the whole
    partition is written (`duplicate_marks`). Runs in worker processes."""
    return _clean_articles(clean_raw_row(row) for row in raw.iter_rows(named=True))


def clean_slice(raw: pl.LazyFrame) -> pl.DataFrame:
    """`clean_batch` of a slice of the raw day given as a lazy scan: the worker reads the pages itself, so the HTML
    never passes through the step's process."""
    return clean_batch(raw.collect())


def checked_clean_frame(rows: Iterable[dict]) -> pl.DataFrame:
    """Clean rows as a frame, checked against CleanArticles (no duplicate marking)."""
    return _clean_articles(_with_progress(rows, "clean"))


def _clean_articles(rows: Iterable[dict]) -> pl.DataFrame:
    return _checked(pl.DataFrame(rows, schema=CLEAN_SCHEMA), CleanArticles, "clean")


def duplicate_marks(articles: pl.DataFrame | pl.LazyFrame) -> pl.DataFrame:
    """`duplicate_of` for each article_id: the first page, in landing-file order, with the same URL or the same
    text (whitespace and case aside). Reads only the keys, so a big partition's texts need not be in memory."""
    keys = articles.select(
        "article_id",
        "source_url",
        "landing_path",
        usable=pl.col("rejected_reason").is_null(),
        text_key=pl.col("text").str.replace_all(r"\s+", " ").str.to_lowercase().hash(),
    )
    keys = (keys.collect() if isinstance(keys, pl.LazyFrame) else keys).sort("landing_path")
    first_by_url = pl.col("article_id").filter("usable").first().over("source_url")
    first_by_text = pl.col("article_id").filter("usable").first().over("text_key")
    original = pl.coalesce(
        pl.when(first_by_url != pl.col("article_id")).then(first_by_url),
        pl.when(first_by_text != pl.col("article_id")).then(first_by_text),
    )
    return keys.select("article_id", duplicate_of=pl.when("usable").then(original))


def with_duplicate_marks(articles: pl.LazyFrame, marks: pl.DataFrame) -> pl.LazyFrame:
    """The articles with `duplicate_of` from `marks`, in their own order."""
    joined = articles.drop("duplicate_of").join(marks.lazy(), on="article_id", how="left", maintain_order="left")
    return joined.select(CLEAN_SCHEMA.names())


# --- extract: article text to events ----------------------------------------------------------------------------


def event_id_for(article_id: str, ordinal: int) -> str:
    return hashlib.sha256(f"{article_id}#{ordinal}".encode()).hexdigest()[:16]


def article_events(article: dict) -> list[dict]:
    """The events of one clean article as rows of the `events` table."""
    events = extract_events(article["text"], article["published_date"], title=article["title"])
    return [
        {
            "event_id": event_id_for(article["article_id"], ordinal),
            "article_id": article["article_id"],
            "source_url": article["source_url"],
            "source_title": article["title"],
            "published_date": article["published_date"],
            **{k: v for k, v in asdict(event).items() if k != "place"},
            **asdict(event.place),
            "partition_date": article["partition_date"],
            "extractor_version": EXTRACTOR_VERSION,
            "rejected_reason": None,
        }
        for ordinal, event in enumerate(events)
    ]


def events_frame(clean: pl.DataFrame) -> pl.DataFrame:
    """The events of every usable article. An article the extractor crashes on becomes a row with no event_id
    and the error as `rejected_reason`; a crash on every article is a broken extractor and raises."""
    candidates = clean.filter(EXTRACTABLE)
    return checked_events(events_batch(candidates), candidates.height)


# The articles extraction reads: readable, and not a copy of an earlier page of the day.
EXTRACTABLE = pl.col("rejected_reason").is_null() & pl.col("duplicate_of").is_null()
EXTRACT_COLUMNS = ("article_id", "source_url", "title", "text", "published_date", "partition_date")


def events_batch(articles: pl.DataFrame) -> pl.DataFrame:
    """Event rows of a batch of clean articles, a row with only the error for an article the extractor crashed on.
    Runs in worker processes."""
    rows: list[dict] = []
    for article in articles.iter_rows(named=True):
        try:
            rows.extend(article_events(article))
        except Exception as error:  # noqa: BLE001 - one article's crash must not lose the partition
            log.exception("extractor failed on article %s", article["article_id"])
            reason = f"extractor_error: {error!r}"[:500]
            rows.append({"article_id": article["article_id"], "partition_date": article["partition_date"],
                         "rejected_reason": reason})
    return pl.DataFrame(rows, schema=EVENT_SCHEMA)


def checked_events(events: pl.DataFrame, articles_read: int) -> pl.DataFrame:
    """Event rows checked against ExtractedEvents; raises when the extractor failed on every article."""
    failures = events.filter(pl.col("event_id").is_null()).height
    if failures == articles_read and failures >= 3:
        raise RuntimeError(f"the extractor failed on all {failures} articles; see the log for the first error")
    return _checked_events(events)


def _checked_events(events: pl.DataFrame) -> pl.DataFrame:
    in_play = events.filter(pl.col("rejected_reason").is_null())
    split = split_by_schema(in_play.drop("rejected_reason"), ExtractedEvents)
    invalid = split.invalid.select(*in_play.columns[:-1], rejected_reason=pl.lit("schema: ") + pl.col("reason"))
    valid = split.valid.with_columns(rejected_reason=pl.lit(None, dtype=pl.String))
    failed = events.filter(pl.col("rejected_reason").is_not_null() & pl.col("event_id").is_null())
    return pl.concat([valid, invalid, failed]).sort("article_id", "event_id", nulls_last=True)


# --- helpers ----------------------------------------------------------------------------------------------------


def _checked(frame: pl.DataFrame, model, stage: str) -> pl.DataFrame:
    """Rows still in play are validated; those that fail the stage's contract are marked rejected at `stage`."""
    in_play = frame.filter(pl.col("rejected_reason").is_null())
    split = split_by_schema(in_play, model)
    if split.invalid.height == 0:
        return frame
    reasons = split.invalid.select("article_id", schema_reason=pl.lit("schema: ") + pl.col("reason"))
    failed_here = pl.when(pl.col("schema_reason").is_not_null()).then(pl.lit(stage))
    return frame.join(reasons, on="article_id", how="left", maintain_order="left").with_columns(
        rejected_stage=pl.coalesce("rejected_stage", failed_here),
        rejected_reason=pl.coalesce("rejected_reason", "schema_reason"),
    ).drop("schema_reason")


def batch_progress(batches: Iterable[pl.DataFrame], stage: str, every: int = 2000) -> Iterator[pl.DataFrame]:
    """Passes batches through, logging pages done and pages/s about every `every` pages."""
    started = time.monotonic()
    done = logged = 0
    for batch in batches:
        done += batch.height
        if done - logged >= every:
            log.info("%s: %d pages, %.1f pages/s", stage, done, done / (time.monotonic() - started))
            logged = done
        yield batch
    log.info("%s: done, %d pages in %.1f s", stage, done, time.monotonic() - started)


def _with_progress(rows: Iterable[dict], stage: str, every: int = 500) -> Iterable[dict]:
    started = time.monotonic()
    count = 0
    for count, row in enumerate(rows, start=1):
        if count % every == 0:
            log.info("%s: %d pages, %.1f pages/s", stage, count, count / (time.monotonic() - started))
        yield row
    log.info("%s: done, %d pages in %.1f s", stage, count, time.monotonic() - started)

