"""The daily job over all four assets, and its schedule for the previous day's partition."""

import dagster as dg

daily_events_job = dg.define_asset_job(
    "daily_events_job",
    selection=dg.AssetSelection.groups("conflict_events"),
    description="Landing HTML of one collection day to the DuckDB events table.",
)

# At 02:00 UTC, once the scraper has finished the previous day; each tick runs the partition that just ended.
daily_events_schedule = dg.build_schedule_from_partitioned_job(
    daily_events_job,
    hour_of_day=2,
    minute_of_hour=0,
    description="At 02:00 UTC, loads the collection day that just ended (switch it on in Automation).",
)
