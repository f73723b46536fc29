"""The Dagster code location: assets, checks, job, schedule and resources, assembled in one place."""

import dagster as dg

from pipelines.assets.clean import clean_articles
from pipelines.assets.extract import extracted_events
from pipelines.assets.raw import raw_articles
from pipelines.assets.warehouse import events
from pipelines.resources import DuckDBWarehouse, LandingArea, ParquetStore
from pipelines.schedules import daily_events_job, daily_events_schedule
from pipelines.settings import duckdb_path, landing_dir, staging_dir

ASSETS = [raw_articles, clean_articles, extracted_events, events]
RESOURCES = {
    "landing": LandingArea(root=str(landing_dir())),
    "warehouse": DuckDBWarehouse(path=str(duckdb_path())),
    "parquet_store": ParquetStore(base_dir=str(staging_dir())),
}

defs = dg.Definitions(assets=ASSETS, jobs=[daily_events_job], schedules=[daily_events_schedule], resources=RESOURCES)
