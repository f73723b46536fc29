"""The code location as Dagster's own tools load it: workspace.yaml, the CLI, the asset graph the UI shows."""

import os
import subprocess
import sys
from pathlib import Path

import dagster as dg
import duckdb
import yaml

from pipelines.definitions import defs
from tests.conftest import FIXTURE_PAGES, REPO

ASSET_NAMES = {"raw_articles", "clean_articles", "extracted_events", "events"}
DAGSTER = str(Path(sys.executable).with_name("dagster"))


def test_workspace_loads_the_package_as_one_named_location():
    workspace = yaml.safe_load((REPO / "workspace.yaml").read_text())
    (entry,) = workspace["load_from"]
    assert entry["python_module"]["module_name"] == "pipelines.definitions"
    assert entry["python_module"]["location_name"] == "conflict_events"


def test_graph_has_the_four_assets_in_order_with_descriptions_and_checks():
    graph = defs.resolve_asset_graph()
    keys = {key.to_user_string() for key in graph.get_all_asset_keys()}
    assert keys == ASSET_NAMES
    parents = {
        key.to_user_string(): {parent.to_user_string() for parent in graph.get(key).parent_keys}
        for key in graph.get_all_asset_keys()
    }
    assert parents == {"raw_articles": set(), "clean_articles": {"raw_articles"},
                       "extracted_events": {"clean_articles"}, "events": {"clean_articles", "extracted_events"}}
    for key in graph.get_all_asset_keys():
        node = graph.get(key)
        assert node.description and len(node.description) > 80, key
        assert node.group_name == "conflict_events"
        assert node.owners == ["team:conflict-events"]
    check_assets = {check.asset_key.to_user_string() for check in graph.asset_check_keys}
    assert check_assets == ASSET_NAMES


def test_only_the_warehouse_writer_is_in_the_duckdb_pool():
    pools = {node.key.to_user_string(): node.op.pool for node in defs.assets}
    assert pools == {"raw_articles": None, "clean_articles": None, "extracted_events": None,
                     "events": "duckdb_warehouse"}


def test_daily_schedule_targets_the_job_over_all_assets():
    schedule = defs.resolve_schedule_def("daily_events_job_schedule")
    assert schedule.cron_schedule == "0 2 * * *"
    partitions = defs.resolve_job_def("daily_events_job").partitions_def
    assert partitions.get_first_partition_key() <= "2000-01-01"


def test_dagster_validates_the_workspace():
    result = subprocess.run([DAGSTER, "definitions", "validate", "-w", "workspace.yaml"], cwd=REPO,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr


def test_cli_materialize_loads_the_seed_like_page(tmp_path):
    day = tmp_path / "landing" / "2024-01-04"
    day.mkdir(parents=True)
    (day / "strike.html").write_bytes((FIXTURE_PAGES / "baghdad_drone_strike.html").read_bytes())
    warehouse = tmp_path / "events.duckdb"
    env = {**os.environ, "EVENTS_LANDING_DIR": str(tmp_path / "landing"), "EVENTS_DUCKDB_PATH": str(warehouse),
           "EVENTS_STAGING_DIR": str(tmp_path / "staging"), "DAGSTER_HOME": str(tmp_path / "home")}
    (tmp_path / "home").mkdir()
    command = [DAGSTER, "asset", "materialize", "-m", "pipelines.definitions", "--select", "*",
               "--partition", "2024-01-04"]
    for _ in range(2):  # the second run must replace, not add
        result = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=600)
        assert result.returncode == 0, result.stderr[-3000:]
    with duckdb.connect(str(warehouse), read_only=True) as connection:
        rows = connection.sql("SELECT event_date::VARCHAR, country, location, fatalities, injuries, event_type, "
                              "sub_event_type FROM events").fetchall()
    assert rows == [("2024-01-04", "Iraq", "Baghdad", 4, 6, "Explosions/Remote violence", "Air/drone strike")]


def test_asset_descriptions_are_the_function_docstrings():
    assets = {spec.key.to_user_string(): spec for node in defs.assets for spec in node.specs}
    assert assets["events"].description.startswith("The `events` table")
    assert isinstance(dg.AssetKey("events"), dg.AssetKey)
