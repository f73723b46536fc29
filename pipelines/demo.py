"""`python -m pipelines.demo`: materialize every day folder of the landing area, then print the events table."""

import sys
from datetime import date

import dagster as dg
import polars as pl

from pipelines.definitions import ASSETS, QUIET_RUN_CONFIG, RESOURCES
from pipelines.settings import duckdb_path, landing_dir
from pipelines.warehouse.load import connect
from pipelines.warehouse.sql_files import statements


def landing_days() -> list[str]:
    days = []
    for folder in sorted(p for p in landing_dir().iterdir() if p.is_dir()):
        try:
            days.append(date.fromisoformat(folder.name).isoformat())
        except ValueError:
            continue  # not a collection day
    return days


def main() -> int:
    instance = dg.DagsterInstance.get()
    for day in landing_days():
        result = dg.materialize(ASSETS, partition_key=day, resources=RESOURCES, instance=instance,
                                run_config=QUIET_RUN_CONFIG)
        print(f"{day}: {'ok' if result.success else 'FAILED'} (run {result.run_id})")
        if not result.success:
            return 1
    with connect(duckdb_path(), read_only=True) as connection:
        events = connection.sql(statements("reports.sql")["demo_events"]).pl()
        statuses = connection.sql(statements("reports.sql")["articles_by_status"]).pl()
    with pl.Config(tbl_rows=-1, tbl_cols=-1, fmt_str_lengths=40, tbl_width_chars=200):
        print(events)
        print(statuses)
    print(f"warehouse: {duckdb_path()}  (duckdb -readonly {duckdb_path()})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
