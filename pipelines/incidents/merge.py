"""Updating incidents after a partition load: recluster only the mentions the new partition can affect.

The affected mentions are the new ones, the remaining members of any incident that lost a mention (its article was
re-extracted), and everything linked to those through compatible pairs. Clustering is complete-linkage in a canonical
order, so an incident outside that closure would come out the same from a full recomputation; inside it, the
recomputation is the full one. Hence loading partitions in any order gives the incidents of a single batch run.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta

import polars as pl

from pipelines.incidents.clustering import MENTION_COLUMNS, cluster_mentions, compatible_pairs, mentions_from_frame
from pipelines.incidents.compatibility import DATE_TOLERANCE_DAYS
from pipelines.incidents.reconcile import incidents_frame

ASSIGNMENT_SCHEMA = {"event_id": pl.String, "article_id": pl.String, "incident_id": pl.String}
# Existing mentions to hand to merge: same country, event_date within this many days of a new mention's date.
# Links reach at most a month (a month-precision date), so two links in a row are covered.
CONTEXT_DAYS = 2 * max(DATE_TOLERANCE_DAYS.values())


@dataclass(frozen=True)
class MergeResult:
    """incidents: one row per incident touched (replace these rows); assignment: event_id, article_id,
    incident_id for every affected mention (replace these rows); retired_incident_ids: ids that existed before
    among the affected mentions and no longer exist (delete these incidents)."""

    incidents: pl.DataFrame
    assignment: pl.DataFrame
    retired_incident_ids: list[str]


def cluster(mentions: pl.DataFrame) -> MergeResult:
    """All incidents of a set of mentions, from scratch (a full rebuild, or the evaluation)."""
    assignment = _assignment_frame(mentions, cluster_mentions(mentions_from_frame(mentions)))
    return MergeResult(incidents_frame(mentions, assignment), assignment, [])


def context_window(new_mentions: pl.DataFrame) -> pl.DataFrame:
    """country, start, end: the existing mentions merge needs (select those with event_date in [start, end])."""
    margin = timedelta(days=CONTEXT_DAYS)
    return (
        new_mentions.filter(pl.col("country").is_not_null())
        .group_by("country")
        .agg(start=pl.col("event_date").min() - margin, end=pl.col("event_date").max() + margin)
        .sort("country")
    )


def merge(
    existing_mentions: pl.DataFrame, new_mentions: pl.DataFrame, reloaded_article_ids: Iterable[str] = ()
) -> MergeResult:
    """Incidents after adding `new_mentions` (one partition's events) to `existing_mentions`.

    existing_mentions: events already loaded, with their current `incident_id` (null if never clustered),
    at least those inside `context_window(new_mentions)` and those of `reloaded_article_ids`. Existing mentions
    of a reloaded article (pass every article of a partition being rerun, including those that now have no
    event), of an article in new_mentions, or with an event_id in new_mentions are replaced.
    """
    existing = existing_mentions
    if "incident_id" not in existing.columns:
        existing = existing.with_columns(incident_id=pl.lit(None, dtype=pl.String))
    reloaded = set(reloaded_article_ids) | set(new_mentions["article_id"].to_list())
    replaced = pl.col("article_id").is_in(sorted(reloaded)) | pl.col("event_id").is_in(
        new_mentions["event_id"].to_list()
    )
    dropped = existing.filter(replaced)
    kept = existing.filter(~replaced)
    touched = set(dropped["incident_id"].drop_nulls().to_list())
    seeds = set(new_mentions["event_id"].to_list()) | set(
        kept.filter(pl.col("incident_id").is_in(list(touched)))["event_id"].to_list()
    )
    columns = [c for c in MENTION_COLUMNS if c in kept.columns and c in new_mentions.columns]
    pool = pl.concat([kept.select(columns), new_mentions.select(columns)], how="vertical_relaxed")
    affected_ids = _closure(pool, seeds)
    affected = pool.filter(pl.col("event_id").is_in(list(affected_ids)))
    assignment = _assignment_frame(affected, cluster_mentions(mentions_from_frame(affected)))
    before = touched | set(kept.filter(pl.col("event_id").is_in(list(affected_ids)))["incident_id"].drop_nulls())
    retired = sorted(before - set(assignment["incident_id"].to_list()))
    return MergeResult(incidents_frame(affected, assignment), assignment, retired)


def _closure(pool: pl.DataFrame, seeds: set[str]) -> set[str]:
    """The seeds and every mention linked to them by a chain of compatible pairs."""
    mentions = mentions_from_frame(pool)
    neighbours: dict[int, list[int]] = {}
    for i, j in compatible_pairs(mentions):
        neighbours.setdefault(i, []).append(j)
        neighbours.setdefault(j, []).append(i)
    reached = {i for i, m in enumerate(mentions) if m.event_id in seeds}
    frontier = list(reached)
    while frontier:
        for j in neighbours.get(frontier.pop(), []):
            if j not in reached:
                reached.add(j)
                frontier.append(j)
    return {mentions[i].event_id for i in reached}


def _assignment_frame(mentions: pl.DataFrame, incident_of: dict[str, str]) -> pl.DataFrame:
    return (
        mentions.select("event_id", "article_id")
        .with_columns(incident_id=pl.col("event_id").replace_strict(incident_of, default=None))
        .sort("event_id")
        .cast(ASSIGNMENT_SCHEMA)  # type: ignore[arg-type]
    )


def replay(partitions: Iterable[pl.DataFrame]) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Load partitions one after another as the warehouse would; returns (mentions with incident_id, incidents).

    This is the write protocol in executable form: per partition, replace the reloaded mentions, set the affected
    mentions' incident_id from the assignment, delete the retired incidents and replace the touched ones.
    """
    mentions: pl.DataFrame | None = None
    incidents: pl.DataFrame | None = None
    for new in partitions:
        if mentions is None or incidents is None:
            result = cluster(new)
            mentions = new.join(result.assignment.select("event_id", "incident_id"), on="event_id", how="left")
            incidents = result.incidents
            continue
        result = merge(mentions, new)
        reloaded = pl.col("article_id").is_in(new["article_id"].to_list())
        updated_ids = result.assignment.select("event_id", new_incident_id="incident_id")
        mentions = (
            pl.concat([mentions.filter(~reloaded), new.with_columns(incident_id=pl.lit(None, dtype=pl.String))])
            .join(updated_ids, on="event_id", how="left")
            .with_columns(incident_id=pl.coalesce("new_incident_id", "incident_id"))
            .drop("new_incident_id")
        )
        gone = set(result.retired_incident_ids) | set(result.incidents["incident_id"].to_list())
        incidents = pl.concat([incidents.filter(~pl.col("incident_id").is_in(sorted(gone))), result.incidents])
    if mentions is None or incidents is None:
        raise ValueError("no partitions")
    return mentions.sort("event_id"), incidents.sort("incident_id")
