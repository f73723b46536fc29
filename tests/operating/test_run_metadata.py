"""What an operator reads about one day's run: each stage's metadata, the stages' progress lines in the run log,
and the retry policy on the steps that touch shared storage."""

import shutil

import dagster as dg
import duckdb
import pytest

from pipelines.__main__ import main
from pipelines.definitions import ASSETS, defs
from pipelines.fulltext import search_articles
from pipelines.resources import pipeline_resources
from tests.conftest import SAMPLE_LANDING

DAY = "2024-01-04"


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    """One sample day (plus a copy of one page, to be counted as a duplicate) run on an instance whose logs we read."""
    root = tmp_path_factory.mktemp("run")
    landing = root / "landing" / DAY
    shutil.copytree(SAMPLE_LANDING / DAY, landing)
    shutil.copy(landing / "drone-strike-kills-four-militia-members-in-baghdad.html", landing / "zz-copy.html")
    (landing / "zz-empty.html").write_bytes(b"")
    resources = pipeline_resources(root / "landing", root / "events.duckdb", root / "staging", lock_wait_seconds=5)
    with dg.instance_for_test() as instance:
        result = dg.materialize(ASSETS, partition_key=DAY, resources=resources, instance=instance)
        messages = [entry.user_message for entry in instance.all_logs(result.run_id)]
        yield result, messages


def metadata(result: dg.ExecuteInProcessResult, asset: str) -> dict:
    (materialization,) = result.asset_materializations_for_node(asset)
    return {label: entry.value for label, entry in materialization.metadata.items()}


def test_each_stage_reports_pages_in_out_rejections_and_duration(run):
    result, _ = run
    raw, clean = metadata(result, "raw_articles"), metadata(result, "clean_articles")
    assert raw["pages in"] == 8
    assert raw["rejected"] == 1 and "empty" in raw["rejected by reason"].lower()
    assert clean["duplicates"] == 1
    for asset in ("raw_articles", "clean_articles", "extracted_events", "events"):
        assert metadata(result, asset)["seconds"] >= 0, asset


def test_events_materialization_previews_the_first_events_and_fatalities_per_day(run):
    result, _ = run
    loaded = metadata(result, "events")
    assert loaded["pages in"] == 8 and loaded["articles"] == 8 and loaded["duplicates"] == 1
    preview = loaded["first events"]
    assert preview.splitlines()[0].startswith("| event_date | country | location")
    assert "Baghdad" in preview
    per_day = {record.data["event_date"]: record.data for record in loaded["fatalities per day"].records}
    assert per_day[DAY]["fatalities"] >= 4
    assert sum(day["events"] for day in per_day.values()) == loaded["events"]


def test_stage_progress_reaches_the_run_log(run):
    _, messages = run
    for stage in ("raw", "clean", "extract"):
        assert any(message.startswith(f"{stage}: done,") and "pages in" in message for message in messages), stage
    assert any("search index over articles rebuilt" in message for message in messages)


def test_steps_on_shared_storage_retry_with_backoff_and_the_others_do_not():
    policies = {node.key.to_user_string(): node.op.retry_policy for node in defs.assets}
    for asset in ("raw_articles", "events"):
        assert policies[asset].max_retries >= 1 and policies[asset].backoff == dg.Backoff.EXPONENTIAL
    assert policies["clean_articles"] is None and policies["extracted_events"] is None




def test_a_load_without_the_search_index_succeeds_and_a_reindex_catches_up(pipeline, monkeypatch, capsys):
    shutil.copytree(SAMPLE_LANDING / DAY, pipeline.landing / DAY)
    monkeypatch.setenv("EVENTS_SEARCH_INDEX", "off")
    result = pipeline.materialize(DAY)
    assert result.success
    assert metadata(result, "events")["search index seconds"] is None
    assert pipeline.query("SELECT count(*) FROM duckdb_schemas() WHERE schema_name = 'fts_main_articles'") == [(0,)]
    assert main(["search", "--reindex", "kill", "--warehouse", str(pipeline.warehouse)]) == 0
    assert "search index rebuilt" in capsys.readouterr().out
    with duckdb.connect(str(pipeline.warehouse), read_only=True) as connection:
        assert search_articles(connection, "drone").height >= 1
