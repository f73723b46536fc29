"""Grouping event mentions into incidents: greedy complete-linkage over compatible pairs, in a canonical order.

Every pair of mentions in an incident is compatible (complete linkage), so a chain of near neighbours cannot join
two incidents. Pairs are merged cheapest first, ties broken by event_ids; mentions are read in event_id order. The
result therefore depends only on the set of mentions, never on the order they arrived in, and neither does an
incident's id: the event_id of its first report (earliest published_date, then event_id). A late report is
published later than the first, so it joins the incident without changing its id.
"""

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, timedelta

import polars as pl

from pipelines.incidents.compatibility import Mention, cost, date_tolerance

INCIDENT_ID_PREFIX = "inc-"
_OPTIONAL = ("admin1", "geo_precision")
# What clustering and reconciliation read from a mention: Mention's fields and the reported ranges and URL.
MENTION_COLUMNS = (*Mention.__dataclass_fields__, "source_url", "fatalities_low", "fatalities_high")


def mentions_from_frame(frame: pl.DataFrame) -> list[Mention]:
    """Mentions from rows with the `events` table's columns (admin1 and geo_precision may be missing)."""
    columns = [c for c in Mention.__dataclass_fields__ if c in frame.columns]
    missing = set(Mention.__dataclass_fields__) - set(columns) - set(_OPTIONAL)
    if missing:
        raise ValueError(f"mentions lack columns: {sorted(missing)}")
    return [Mention(**row) for row in frame.select(columns).iter_rows(named=True)]


def compatible_pairs(mentions: Sequence[Mention]) -> dict[tuple[int, int], float]:
    """Cost of every compatible pair (i < j). Each mention looks only at its own country's days within its own
    date tolerance, so day-precise mentions compare with three days of reports, not a month of them."""
    by_day: dict[tuple[str, date], list[int]] = defaultdict(list)
    for index, mention in enumerate(mentions):
        if mention.country is not None:
            by_day[(mention.country, mention.event_date)].append(index)
    pairs: dict[tuple[int, int], float] = {}
    for i, mention in enumerate(mentions):
        if mention.country is None:
            continue
        reach = date_tolerance(mention, mention)
        for offset in range(-reach, reach + 1):
            for j in by_day.get((mention.country, mention.event_date + timedelta(days=offset)), ()):
                key = (min(i, j), max(i, j))
                if i == j or key in pairs:
                    continue
                value = cost(mentions[key[0]], mentions[key[1]])
                if value is not None:
                    pairs[key] = value
    return pairs


def cluster_mentions(mentions: Iterable[Mention]) -> dict[str, str]:
    """event_id -> incident_id for every mention."""
    ordered = sorted(mentions, key=lambda m: m.event_id)
    pairs = compatible_pairs(ordered)
    cluster_of = list(range(len(ordered)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(ordered))}
    for (i, j), _ in sorted(pairs.items(), key=lambda item: (item[1], item[0])):
        a, b = cluster_of[i], cluster_of[j]
        if a == b:
            continue
        if all((min(x, y), max(x, y)) in pairs for x in members[a] for y in members[b]):
            keep, gone = min(a, b), max(a, b)
            for index in members[gone]:
                cluster_of[index] = keep
            members[keep].extend(members.pop(gone))
    assignment: dict[str, str] = {}
    for group in members.values():
        founder = min((ordered[i] for i in group), key=lambda m: m.order_key)
        for index in group:
            assignment[ordered[index].event_id] = INCIDENT_ID_PREFIX + founder.event_id
    return assignment
