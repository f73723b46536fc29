"""The environment variables the pipeline reads, with their defaults (relative paths are from the working directory)."""

import os
from datetime import date
from pathlib import Path


def landing_dir() -> Path:
    """EVENTS_LANDING_DIR: where pages land, one folder per collection day (YYYY-MM-DD)."""
    return Path(os.environ.get("EVENTS_LANDING_DIR", "data/landing"))


def duckdb_path() -> Path:
    """EVENTS_DUCKDB_PATH: the warehouse file analysts query."""
    return Path(os.environ.get("EVENTS_DUCKDB_PATH", "data/warehouse/events.duckdb"))


def staging_dir() -> Path:
    """EVENTS_STAGING_DIR: Parquet files of the intermediate assets, one per asset and partition."""
    return Path(os.environ.get("EVENTS_STAGING_DIR", "data/staging"))


def first_partition() -> date:
    """EVENTS_START_DATE: the first collection day backfills can reach."""
    return date.fromisoformat(os.environ.get("EVENTS_START_DATE", "2000-01-01"))
