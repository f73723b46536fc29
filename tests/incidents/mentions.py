"""Mention rows for the incident tests: the events table's columns, a Baghdad drone strike unless overridden."""

from datetime import date

import polars as pl

from pipelines.incidents.labelled import MENTION_SCHEMA

DAY = date(2024, 1, 4)


def mention(event_id: str, **overrides) -> dict:
    row = {
        "event_id": event_id, "article_id": f"art-{event_id}", "source_url": f"https://news.example/{event_id}",
        "published_date": DAY, "event_date": DAY, "date_precision": 1, "country": "Iraq", "admin1": "Baghdad",
        "location": "Baghdad", "latitude": 33.34058, "longitude": 44.40088, "geo_precision": 1,
        "event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike",
        "fatalities": 4, "fatalities_low": 4, "fatalities_high": 4, "injuries": 6,
    }  # fmt: skip
    return {**row, **overrides}


def frame(*rows: dict) -> pl.DataFrame:
    return pl.DataFrame(list(rows), schema=MENTION_SCHEMA, orient="row")
