"""Every stage's data contract as a pandera (polars) model: raw pages, clean articles, events, the events table."""

from datetime import date

import pandera.polars as pa
import polars as pl
from pandera.api.polars.types import PolarsData

from pipelines.cleaning.decode import MAX_PAGE_BYTES
from pipelines.extraction.places import country_names
from pipelines.extraction.taxonomy import EVENT_TYPES, PARENT_OF_SUB_EVENT_TYPE, SUB_EVENT_TYPES

EARLIEST_DATE = date(1900, 1, 1)
MAX_FATALITIES = 100_000  # above the largest single-event tolls ACLED and UCDP record: a parsing error, not a war


class _Contract(pa.DataFrameModel):
    class Config:
        strict = False  # a stage may carry extra bookkeeping columns along
        coerce = False  # a wrong dtype is a broken stage, not a bad page


class RawArticles(_Contract):
    """One row per landing file that could be read: the decoded HTML and where it came from."""

    article_id: str = pa.Field(unique=True, str_length={"min_value": 8})
    partition_date: date
    landing_path: str = pa.Field(str_length={"min_value": 1})
    source_url: str = pa.Field(str_length={"min_value": 1})
    size_bytes: int = pa.Field(gt=0, le=MAX_PAGE_BYTES)
    charset: str
    html: str = pa.Field(str_length={"min_value": 1})


class CleanArticles(_Contract):
    """One row per article with main text: title, text without boilerplate, publication date, language."""

    article_id: str = pa.Field(unique=True)
    partition_date: date
    source_url: str
    title: str | None = pa.Field(nullable=True)
    text: str = pa.Field(str_length={"min_value": 1})
    published_date: date = pa.Field(ge=EARLIEST_DATE)
    published_date_source: str = pa.Field(isin=["meta", "url", "dateline", "collected"])
    language: str | None = pa.Field(nullable=True)

    @pa.dataframe_check(name="published_date not after the day the page was collected")
    def published_not_after_collection(cls, data: PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(pl.col("published_date") <= pl.col("partition_date"))


class ExtractedEvents(_Contract):
    """One row per event an article reports, with the `events` table's columns."""

    event_id: str
    article_id: str
    partition_date: date
    published_date: date
    event_date: date = pa.Field(ge=EARLIEST_DATE)
    date_precision: int = pa.Field(isin=[1, 2, 3])
    country: str | None = pa.Field(nullable=True, isin=sorted(country_names()))
    country_iso3: str | None = pa.Field(nullable=True, str_length={"min_value": 3, "max_value": 3})
    admin1: str | None = pa.Field(nullable=True)
    location: str | None = pa.Field(nullable=True)
    latitude: float | None = pa.Field(nullable=True, ge=-90, le=90)
    longitude: float | None = pa.Field(nullable=True, ge=-180, le=180)
    geo_precision: int | None = pa.Field(nullable=True, isin=[1, 2, 3, 4])
    event_type: str = pa.Field(isin=sorted(EVENT_TYPES))
    sub_event_type: str = pa.Field(isin=sorted(SUB_EVENT_TYPES))
    actor1: str | None = pa.Field(nullable=True)
    actor2: str | None = pa.Field(nullable=True)
    fatalities: int = pa.Field(ge=0, le=MAX_FATALITIES)
    fatalities_low: int = pa.Field(ge=0)
    fatalities_high: int = pa.Field(ge=0)
    injuries: int = pa.Field(ge=0)
    evidence: str

    @pa.dataframe_check(name="fatalities_low <= fatalities <= fatalities_high")
    def fatalities_within_range(cls, data: PolarsData) -> pl.LazyFrame:
        best = pl.col("fatalities")
        return data.lazyframe.select((pl.col("fatalities_low") <= best) & (best <= pl.col("fatalities_high")))

    @pa.dataframe_check(name="event_date not after published_date")
    def event_not_after_publication(cls, data: PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(pl.col("event_date") <= pl.col("published_date"))

    @pa.dataframe_check(name="sub_event_type belongs to event_type")
    def sub_type_matches_type(cls, data: PolarsData) -> pl.LazyFrame:
        parent = pl.col("sub_event_type").replace_strict(PARENT_OF_SUB_EVENT_TYPE, default=None)
        return data.lazyframe.select((parent == pl.col("event_type")).fill_null(False))


class EventsTable(ExtractedEvents):
    """The rows loaded into the warehouse's `events` table for one partition."""

    event_id: str = pa.Field(unique=True)
