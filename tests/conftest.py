"""Shared fixtures: a real Dagster materialization of the four assets into a temporary DuckDB file."""

from dataclasses import dataclass
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from pipelines.definitions import ASSETS
from pipelines.resources import pipeline_resources

REPO = Path(__file__).resolve().parents[1]
SAMPLE_LANDING = REPO / "data" / "sample" / "landing"
FIXTURE_PAGES = REPO / "tests" / "fixtures" / "pages"


@dataclass
class Pipeline:
    """The pipeline pointed at temporary folders, run the way Dagster runs it."""

    landing: Path
    warehouse: Path
    staging: Path

    def materialize(self, day: str) -> dg.ExecuteInProcessResult:
        resources = pipeline_resources(self.landing, self.warehouse, self.staging, lock_wait_seconds=5)
        return dg.materialize(ASSETS, partition_key=day, resources=resources, raise_on_error=False)

    def query(self, sql: str, parameters: list | None = None) -> list[tuple]:
        with duckdb.connect(str(self.warehouse), read_only=True) as connection:
            return connection.execute(sql, parameters or []).fetchall()


@pytest.fixture
def pipeline(tmp_path) -> Pipeline:
    return Pipeline(landing=tmp_path / "landing", warehouse=tmp_path / "wh" / "events.duckdb",
                    staging=tmp_path / "staging")
