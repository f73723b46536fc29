"""What `dagster dev -w workspace.yaml` shows an operator through its GraphQL API: the graph, schemas, automation."""

from tests.operating.conftest import DagsterDev

ASSETS = {"raw_articles", "clean_articles", "extracted_events", "events"}
GRAPH = """
{ assetNodes { assetKey { path } description groupName kinds
    owners { ... on TeamAssetOwner { team } }
    metadataEntries { label ... on TableSchemaMetadataEntry { schema { columns { name type description } } } }
    assetChecksOrError { ... on AssetChecks { checks { name description } } } } }
"""
AUTOMATION = """
{ repositoriesOrError { ... on RepositoryConnection { nodes {
    schedules { name cronSchedule } sensors { name description } } } } }
"""


def _by_name(dev: DagsterDev) -> dict[str, dict]:
    return {"/".join(node["assetKey"]["path"]): node for node in dev.graphql(GRAPH)["assetNodes"]}


def test_dagster_dev_shows_the_four_assets_with_descriptions_owners_kinds_and_checks(dagster_dev):
    by_name = _by_name(dagster_dev)
    assert set(by_name) == ASSETS
    for name, node in by_name.items():
        assert node["description"], name
        assert node["groupName"] == "conflict_events"
        assert node["kinds"], f"{name} shows no kinds"
        assert {"team": "conflict-events"} in node["owners"], name
        assert node["assetChecksOrError"]["checks"], f"{name} shows no checks"
    checks = {check["name"] for node in by_name.values() for check in node["assetChecksOrError"]["checks"]}
    assert {"raw_articles_schema", "clean_articles_schema", "extracted_events_schema", "event_id_unique",
            "articles_accounted"} <= checks


def test_every_asset_shows_its_pandera_columns_with_the_warehouse_comments(dagster_dev):
    for name, node in _by_name(dagster_dev).items():
        (schema,) = [entry["schema"] for entry in node["metadataEntries"] if entry["label"] == "dagster/column_schema"]
        columns = {column["name"]: column for column in schema["columns"]}
        assert "partition_date" in columns, name
        assert columns["partition_date"]["type"] == "Date"
    events = _by_name(dagster_dev)["events"]
    (schema,) = [entry["schema"] for entry in events["metadataEntries"] if entry["label"] == "dagster/column_schema"]
    fatalities = next(column for column in schema["columns"] if column["name"] == "fatalities")
    assert fatalities["description"].startswith("Best estimate of people killed")


def test_the_daily_schedule_and_the_landing_sensor_are_on_the_automation_page(dagster_dev):
    (repository,) = dagster_dev.graphql(AUTOMATION)["repositoriesOrError"]["nodes"]
    assert {(s["name"], s["cronSchedule"]) for s in repository["schedules"]} == {("daily_events_job_schedule",
                                                                                   "0 2 * * *")}
    assert [sensor["name"] for sensor in repository["sensors"]] == ["landing_folder_sensor"]
