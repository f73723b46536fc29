"""Scores duplicate detection and incident clustering on corpus/reports.jsonl: python -m pipelines.incidents.evaluate

Two modes: `extracted` runs the real extraction core on every article that is not a detected copy (what the
pipeline does), `labelled` clusters the labelled events instead, so clustering errors show apart from extraction
errors. Scores are pairwise over articles: a pair is predicted together when the two articles share an incident
(a detected copy shares its original's). Each mode also loads the articles day by day, forwards and backwards, and
checks that both give the incidents of a single batch run.
"""

import argparse
import sys
from collections import defaultdict
from datetime import date

import polars as pl

from pipelines.incidents.duplicates import find_duplicates
from pipelines.incidents.labelled import (
    PairScores,
    copy_roots,
    labelled_mentions,
    load_reports,
    mention_row,
    mentions_frame,
    pairwise,
)
from pipelines.incidents.merge import MergeResult, cluster, replay

SEED_IDS = ("bg-01", "bg-02", "bg-03", "bg-04", "bg-05")


def articles_frame(reports: list[dict]) -> pl.DataFrame:
    return pl.DataFrame(
        {
            "article_id": [r["id"] for r in reports],
            "published_date": [date.fromisoformat(r["published_date"]) for r in reports],
            "text": [r["text"] for r in reports],
        }
    )


def detected_copies(reports: list[dict]) -> dict[str, str | None]:
    frame = find_duplicates(articles_frame(reports))
    return dict(zip(frame["article_id"].to_list(), frame["duplicate_of"].to_list(), strict=True))


def duplicate_scores(reports: list[dict], copies: dict[str, str | None]) -> PairScores:
    truth = copy_roots(reports)
    predicted = {r: frozenset({copies[r] or r}) for r in copies}
    return pairwise(truth, predicted)


def extracted_mentions(reports: list[dict]) -> pl.DataFrame:
    """The extraction core's events for every report, as rows of the events table's columns."""
    from dataclasses import asdict

    from pipelines.extraction.events import extract_events

    rows = []
    for report in reports:
        try:
            events = extract_events(report["text"], date.fromisoformat(report["published_date"]))
        except Exception as error:  # the pipeline rejects such an article and goes on; so does the measurement
            print(f"extraction failed on {report['id']}: {error!r}")
            continue
        for ordinal, event in enumerate(events):
            fields = {k: v for k, v in asdict(event).items() if k != "place"} | asdict(event.place)
            rows.append(mention_row(report, fields, ordinal))
    return mentions_frame(rows)


def predicted_incidents(result: MergeResult, copies: dict[str, str | None]) -> dict[str, frozenset[str]]:
    of_article: dict[str, set[str]] = defaultdict(set)
    for article_id, incident_id in result.assignment.select("article_id", "incident_id").iter_rows():
        of_article[article_id].add(incident_id)
    return {a: frozenset(of_article.get(copies[a] or a, set())) for a in copies}


def by_day(mentions: pl.DataFrame, reverse: bool) -> list[pl.DataFrame]:
    days = sorted(mentions["published_date"].unique().to_list(), reverse=reverse)
    return [mentions.filter(pl.col("published_date") == day) for day in days]


def order_independent(mentions: pl.DataFrame, batch: MergeResult) -> bool:
    """Day-by-day loads forwards and backwards give the batch run's incident_ids, counts and tolls."""
    expected = batch.incidents.sort("incident_id")
    for reverse in (False, True):
        _, incidents = replay(by_day(mentions, reverse))
        if not incidents.equals(expected):
            return False
    return True


def report_mode(name: str, reports: list[dict], mentions: pl.DataFrame, copies: dict[str, str | None],
                verbose: bool) -> PairScores:
    result = cluster(mentions)
    predicted = predicted_incidents(result, copies)
    truth = {r["id"]: r["incident"] for r in reports}
    scores = pairwise(truth, predicted)
    per_article = mentions.group_by("article_id").len()["len"]
    no_event = sum(1 for a, c in copies.items() if c is None and a not in set(mentions["article_id"].to_list()))
    print(f"[{name}] mentions {mentions.height} from {per_article.len()} articles "
          f"({no_event} articles without an event, {int((per_article > 1).sum())} with several); "
          f"incidents {result.incidents.height} (labelled {len(set(truth.values()))})")
    print(f"[{name}] clustering pairwise {scores}")
    print(f"[{name}] forwards and backwards day-by-day loads equal the batch run: "
          f"{order_independent(mentions, result)}")
    seed = {i for a in SEED_IDS for i in predicted[a]}
    seed_rows = result.incidents.filter(pl.col("incident_id").is_in(sorted(seed)))
    for row in seed_rows.iter_rows(named=True):
        print(f"[{name}] seed incident {row['incident_id']}: {row['source_count']} sources, fatalities "
              f"{row['fatalities']} ({row['fatalities_low']}-{row['fatalities_high']}), injuries {row['injuries']}")
    if verbose:
        print_errors(reports, predicted, mentions, name)
    return scores


def print_errors(reports: list[dict], predicted: dict[str, frozenset[str]], mentions: pl.DataFrame,
                 name: str) -> None:
    groups: dict[str, list[str]] = defaultdict(list)
    for r in reports:
        groups[r["incident"]].append(r["id"])
    owners: dict[str, set[str]] = defaultdict(set)
    for r in reports:
        for incident_id in predicted[r["id"]]:
            owners[incident_id].add(r["incident"])
    for label, ids in groups.items():
        found = {a: sorted(predicted[a]) for a in ids}
        if len({tuple(v) for v in found.values()}) > 1 or any(not v for v in found.values()):
            print(f"[{name}] split {label}: {found}")
    for incident_id, labels in owners.items():
        if len(labels) > 1:
            print(f"[{name}] merged {incident_id}: {sorted(labels)}")
    columns = ["article_id", "event_date", "location", "event_type", "sub_event_type", "fatalities", "injuries"]
    with pl.Config(tbl_rows=200, tbl_cols=20, fmt_str_lengths=40, tbl_width_chars=200):
        print(mentions.select(columns).sort("article_id"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mode", choices=("extracted", "labelled", "both"), default="both")
    parser.add_argument("--verbose", action="store_true", help="list split and merged incidents and the mentions")
    args = parser.parse_args(argv)
    reports = load_reports()
    copies = detected_copies(reports)
    print(f"articles {len(reports)}, labelled incidents {len({r['incident'] for r in reports})}, "
          f"labelled copies {sum(1 for r in reports if r['copy_of'])}, detected copies "
          f"{sum(1 for c in copies.values() if c)}")
    print(f"near-duplicates pairwise {duplicate_scores(reports, copies)}")
    originals = [r for r in reports if copies[r["id"]] is None]
    if args.mode in ("labelled", "both"):
        report_mode("labelled", reports, labelled_mentions(originals), copies, args.verbose)
    if args.mode in ("extracted", "both"):
        report_mode("extracted", reports, extracted_mentions(originals), copies, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
