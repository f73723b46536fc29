"""One row per incident from its mentions: where, when, what, how many, and who reported it.

Fatalities (the same rule for injuries): a report is credible when it gives a number above zero (a report that
names no dead usually has not counted them yet), or when no report does. The best estimate is the most recent
credible report's number, because tolls are revised as the wounded die and the rubble is searched; when several
credible reports came out on that latest day, the lowest of them, the conservative choice ACLED makes between
conflicting sources. Low and high span the reports: the lowest credible low and the highest high, widened to
include the best. Every mention keeps its own numbers in the events table for audit.
"""

from collections import Counter
from collections.abc import Callable, Sequence
from typing import TypeVar

import polars as pl

INCIDENT_SCHEMA = {
    "incident_id": pl.String,
    "event_date": pl.Date,
    "date_precision": pl.Int8,
    "country": pl.String,
    "admin1": pl.String,
    "location": pl.String,
    "latitude": pl.Float64,
    "longitude": pl.Float64,
    "event_type": pl.String,
    "sub_event_type": pl.String,
    "fatalities": pl.Int32,
    "fatalities_low": pl.Int32,
    "fatalities_high": pl.Int32,
    "injuries": pl.Int32,
    "source_count": pl.Int32,
    "mention_count": pl.Int32,
    "source_urls": pl.List(pl.String),
    "event_ids": pl.List(pl.String),
    "first_published": pl.Date,
    "last_published": pl.Date,
}

T = TypeVar("T")


def _most_common(rows: Sequence[dict], key: Callable[[dict], T]) -> T:
    """The most frequent value; ties go to the value of the earliest report (rows come in report order)."""
    counts = Counter(key(r) for r in rows)
    top = max(counts.values())
    return next(key(r) for r in rows if counts[key(r)] == top)


def _geo_precision(row: dict) -> int:
    return row.get("geo_precision") or 1  # a mention without geo_precision came with a named place


def latest_credible(rows: Sequence[dict], column: str) -> int:
    """The most recent credible report's number (the lowest of that day's credible reports)."""
    credible = [r for r in rows if r[column] > 0] or list(rows)
    latest = max(r["published_date"] for r in credible)
    return min(r[column] for r in credible if r["published_date"] == latest)


def fatality_range(rows: Sequence[dict], best: int) -> tuple[int, int]:
    credible = [r for r in rows if r["fatalities"] > 0] or list(rows)
    low = min(min(r["fatalities_low"] for r in credible), best)
    high = max(max(r["fatalities_high"] for r in rows), best)
    return low, high


def incident_row(incident_id: str, rows: Sequence[dict]) -> dict:
    """The incident's summary from its mentions (dicts with the events table's columns)."""
    rows = sorted(rows, key=lambda r: (r["published_date"], r["event_id"]))
    precise = min(r["date_precision"] for r in rows)
    dated = [r for r in rows if r["date_precision"] == precise]
    best_geo = min(_geo_precision(r) for r in rows)
    best_placed = [r for r in rows if _geo_precision(r) == best_geo]
    location = _most_common(best_placed, lambda r: r["location"])
    where = next(r for r in best_placed if r["location"] == location)
    event_type, sub_event_type = _most_common(rows, lambda r: (r["event_type"], r["sub_event_type"]))
    fatalities = latest_credible(rows, "fatalities")
    low, high = fatality_range(rows, fatalities)
    urls = list(dict.fromkeys(r["source_url"] for r in rows))
    return {
        "incident_id": incident_id,
        "event_date": _most_common(dated, lambda r: r["event_date"]),
        "date_precision": precise,
        "country": rows[0]["country"],
        "admin1": where.get("admin1"),
        "location": location,
        "latitude": where["latitude"],
        "longitude": where["longitude"],
        "event_type": event_type,
        "sub_event_type": sub_event_type,
        "fatalities": fatalities,
        "fatalities_low": low,
        "fatalities_high": high,
        "injuries": latest_credible(rows, "injuries"),
        "source_count": len({r["article_id"] for r in rows}),
        "mention_count": len(rows),
        "source_urls": urls,
        "event_ids": [r["event_id"] for r in rows],
        "first_published": rows[0]["published_date"],
        "last_published": rows[-1]["published_date"],
    }


def incidents_frame(mentions: pl.DataFrame, assignment: pl.DataFrame) -> pl.DataFrame:
    """One row per incident of `assignment` (event_id, incident_id), summarising its mentions."""
    joined = mentions.join(assignment, on="event_id", how="inner")
    groups: dict[str, list[dict]] = {}
    for row in joined.iter_rows(named=True):
        groups.setdefault(row["incident_id"], []).append(row)
    rows = [incident_row(incident_id, groups[incident_id]) for incident_id in sorted(groups)]
    return pl.DataFrame(rows, schema=INCIDENT_SCHEMA, orient="row") if rows else pl.DataFrame(schema=INCIDENT_SCHEMA)
