"""The landing sensor: runs a day's partition when files appear in, change in, or leave its landing folder."""

import hashlib
import json
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import dagster as dg

from pipelines.landing import LANDING_SUFFIXES
from pipelines.partitions import daily_partitions
from pipelines.schedules import daily_events_job
from pipelines.settings import landing_dir

# A folder the scraper wrote to less than this long ago is left for a later tick, so a day is not run half-copied.
SETTLE_SECONDS = 60.0
# A mass arrival (an archive copied in) is a backfill's job; the sensor takes this many days per tick.
MAX_RUNS_PER_TICK = 25


@dataclass(frozen=True)
class FolderState:
    day: str
    fingerprint: str  # changes whenever a page file is added, removed, rewritten or touched
    newest_change: float  # seconds since the epoch
    pages: int


def folder_state(folder: Path) -> FolderState | None:
    """The state of one `YYYY-MM-DD` folder's page files, or None for a folder that is not a collection day."""
    try:
        day = date.fromisoformat(folder.name).isoformat()
    except ValueError:
        return None
    if day != folder.name:  # "20240104" parses too, but the landing area only reads "2024-01-04"
        return None
    digest = hashlib.sha256()
    newest = 0.0
    with os.scandir(folder) as entries:
        pages = sorted((e for e in entries if e.is_file() and e.name.lower().endswith(LANDING_SUFFIXES)),
                       key=lambda entry: entry.name)
    for entry in pages:
        try:
            stat = entry.stat()
        except FileNotFoundError:  # renamed or removed while we looked: the folder is still changing
            newest = time.time()
            continue
        digest.update(f"{entry.name}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
        newest = max(newest, stat.st_mtime)
    return FolderState(day=day, fingerprint=digest.hexdigest()[:16], newest_change=newest, pages=len(pages))


def changed_days(root: Path, seen: dict[str, str], is_partition: Callable[[str], bool], now: float,
                 settle_seconds: float = SETTLE_SECONDS) -> list[FolderState]:
    """Folders whose files differ from `seen` ({day: fingerprint}), have settled, and are partitions already.
    A folder without pages counts only once it had some: emptying a loaded day must clear its rows."""
    if not root.is_dir():
        return []
    states = (folder_state(folder) for folder in sorted(root.iterdir()) if folder.is_dir())
    return [
        state for state in states
        if state is not None
        and seen.get(state.day) != state.fingerprint
        and (state.pages > 0 or state.day in seen)
        and is_partition(state.day)
        and now - state.newest_change >= settle_seconds
    ]  # fmt: skip


@dg.sensor(
    job=daily_events_job,
    minimum_interval_seconds=60,
    default_status=dg.DefaultSensorStatus.STOPPED,
    description="Runs a collection day's partition when page files are added to, changed in or removed from "
    "$EVENTS_LANDING_DIR/YYYY-MM-DD (once the folder has been quiet for a minute). Each folder state runs once.",
)
def landing_folder_sensor(context: dg.SensorEvaluationContext):
    seen: dict[str, str] = json.loads(context.cursor) if context.cursor else {}
    # Today's folder is still filling; its partition exists from midnight UTC on, and the folder is run then.
    changed = changed_days(landing_dir(), seen, daily_partitions.has_partition_key, time.time())
    if not changed:
        return dg.SkipReason(f"no new or changed day folder in {landing_dir()}")
    taken = changed[:MAX_RUNS_PER_TICK]
    seen.update({state.day: state.fingerprint for state in taken})
    return dg.SensorResult(
        run_requests=[
            dg.RunRequest(partition_key=state.day, run_key=f"{state.day}@{state.fingerprint}",
                          tags={"landing/fingerprint": state.fingerprint})
            for state in taken
        ],
        cursor=json.dumps(seen, sort_keys=True, separators=(",", ":")),
    )
