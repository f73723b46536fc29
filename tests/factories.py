"""Rows for tests, built with the pipeline's own frame schemas so a schema change shows up here too."""

from datetime import date

import polars as pl

from pipelines.stages import EVENT_SCHEMA

DAY = date(2024, 1, 4)


def event_row(**overrides) -> dict:
    row = {
        "event_id": "ev-1", "article_id": "art-1", "source_url": "https://news.example/a", "source_title": "A",
        "published_date": DAY, "event_date": DAY, "date_precision": 1, "country": "Iraq", "country_iso3": "IRQ",
        "admin1": "Baghdad", "location": "Baghdad", "latitude": 33.34, "longitude": 44.40, "geo_precision": 1,
        "event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike", "actor1": None,
        "actor2": None, "fatalities": 4, "fatalities_low": 4, "fatalities_high": 4, "injuries": 6,
        "evidence": "A drone strike killed four.", "partition_date": DAY, "extractor_version": "test",
        "rejected_reason": None,
    }  # fmt: skip
    return {**row, **overrides}


def events(*rows: dict) -> pl.DataFrame:
    return pl.DataFrame(list(rows), schema=EVENT_SCHEMA)
