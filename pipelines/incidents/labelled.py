"""The labelled reports in corpus/reports.jsonl, their labelled events as mentions, and pairwise scoring."""

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from itertools import combinations
from pathlib import Path

import polars as pl

REPORTS_PATH = Path(__file__).parent / "corpus" / "reports.jsonl"

MENTION_SCHEMA = {
    "event_id": pl.String,
    "article_id": pl.String,
    "source_url": pl.String,
    "published_date": pl.Date,
    "event_date": pl.Date,
    "date_precision": pl.Int8,
    "country": pl.String,
    "admin1": pl.String,
    "location": pl.String,
    "latitude": pl.Float64,
    "longitude": pl.Float64,
    "geo_precision": pl.Int8,
    "event_type": pl.String,
    "sub_event_type": pl.String,
    "fatalities": pl.Int32,
    "fatalities_low": pl.Int32,
    "fatalities_high": pl.Int32,
    "injuries": pl.Int32,
}


def load_reports(path: Path = REPORTS_PATH) -> list[dict]:
    """The labelled articles: id, url, outlet, published_date, text, incident, copy_of and the labelled event."""
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def event_id_for(article_id: str, ordinal: int) -> str:
    """Same shape as the pipeline's ids: the article and the event's position in it."""
    return hashlib.sha256(f"{article_id}#{ordinal}".encode()).hexdigest()[:16]


def mention_row(report: dict, event: Mapping, ordinal: int = 0) -> dict:
    """A row of the events table's columns for one event of one report."""
    return {
        "event_id": event_id_for(report["id"], ordinal),
        "article_id": report["id"],
        "source_url": report["url"],
        "published_date": date.fromisoformat(report["published_date"]),
        "event_date": date.fromisoformat(event["event_date"]) if isinstance(event["event_date"], str)
        else event["event_date"],
        "geo_precision": event.get("geo_precision", 1),
        "admin1": event.get("admin1"),
        **{k: event[k] for k in MENTION_SCHEMA if k in event and k not in ("event_date", "geo_precision", "admin1")},
    }


def mentions_frame(rows: list[dict]) -> pl.DataFrame:
    return pl.DataFrame(rows, schema=MENTION_SCHEMA, orient="row") if rows else pl.DataFrame(schema=MENTION_SCHEMA)


def labelled_mentions(reports: list[dict]) -> pl.DataFrame:
    """One mention per report from its labelled event."""
    return mentions_frame([mention_row(r, r["event"]) for r in reports])


@dataclass(frozen=True)
class PairScores:
    true_positives: int
    predicted_pairs: int
    true_pairs: int

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted_pairs if self.predicted_pairs else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.true_pairs if self.true_pairs else 1.0

    def __str__(self) -> str:
        return (f"precision {self.precision:.3f} ({self.true_positives}/{self.predicted_pairs})  "
                f"recall {self.recall:.3f} ({self.true_positives}/{self.true_pairs})")


def pairwise(truth: Mapping[str, str], predicted: Mapping[str, frozenset[str]]) -> PairScores:
    """Pairs of items that share a label against pairs that share a predicted group (an item may be in several
    predicted groups, when its article yielded several events; one shared group makes the pair predicted)."""
    items = sorted(truth)
    true_pos = predicted_pairs = true_pairs = 0
    for a, b in combinations(items, 2):
        same = truth[a] == truth[b]
        guessed = bool(predicted.get(a, frozenset()) & predicted.get(b, frozenset()))
        true_pairs += same
        predicted_pairs += guessed
        true_pos += same and guessed
    return PairScores(true_pos, predicted_pairs, true_pairs)


def copy_roots(reports: list[dict]) -> dict[str, str]:
    """Each report's labelled original (following copy_of to the first), itself when it copies nothing."""
    copy_of = {r["id"]: r["copy_of"] for r in reports}

    def root(report_id: str) -> str:
        while copy_of.get(report_id):
            report_id = copy_of[report_id]
        return report_id

    return {report_id: root(report_id) for report_id in copy_of}
