"""The Dagster code location: assets, checks, job, schedule, landing sensor and resources, assembled in one place."""

import dagster as dg

from pipelines.assets.clean import clean_articles
from pipelines.assets.extract import extracted_events
from pipelines.assets.raw import raw_articles
from pipelines.assets.warehouse import events
from pipelines.resources import pipeline_resources
from pipelines.schedules import daily_events_job, daily_events_schedule
from pipelines.sensors import landing_folder_sensor
from pipelines.settings import duckdb_path, landing_dir, staging_dir

ASSETS = [raw_articles, clean_articles, extracted_events, events]
# For command-line runs: step logs stay in the run history (the UI shows them); the terminal gets warnings and errors.
QUIET_RUN_CONFIG = {"loggers": {"console": {"config": {"log_level": "WARNING"}}}}
RESOURCES = pipeline_resources(landing_dir(), duckdb_path(), staging_dir())

# A run's four steps form a chain, so a process per step buys no parallelism and costs an interpreter start each;
# parallelism comes from running partitions side by side (backfills), with `events` serialized by its pool.
defs = dg.Definitions(
    assets=ASSETS,
    jobs=[daily_events_job],
    schedules=[daily_events_schedule],
    sensors=[landing_folder_sensor],
    resources=RESOURCES,
    executor=dg.in_process_executor,
)
