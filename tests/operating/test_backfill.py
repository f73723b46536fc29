"""A backfill of three days launched as the UI launches it, run by the daemon `dagster dev` starts, with the
warehouse writes serialized by the `duckdb_warehouse` pool."""

from tests.operating.conftest import RUN_SECONDS

DAYS = ["2024-01-05", "2024-01-06", "2024-01-07"]
ASSETS = ["raw_articles", "clean_articles", "extracted_events", "events"]
LAUNCH = """
mutation Launch($params: LaunchBackfillParams!) {
  launchPartitionBackfill(backfillParams: $params) {
    __typename
    ... on LaunchBackfillSuccess { backfillId }
    ... on PythonError { message }
  }
}
"""
BACKFILL = """
query Backfill($id: String!) {
  partitionBackfillOrError(backfillId: $id) { ... on PartitionBackfill { status numPartitions } }
}
"""


def test_backfill_of_three_days_runs_each_partition_and_loads_every_page(dagster_dev):
    params = {"partitionNames": DAYS, "assetSelection": [{"path": [name]} for name in ASSETS]}
    launched = dagster_dev.graphql(LAUNCH, {"params": params})["launchPartitionBackfill"]
    assert launched["__typename"] == "LaunchBackfillSuccess", launched
    backfill_id = launched["backfillId"]

    runs = dagster_dev.wait_for_runs({"dagster/backfill": backfill_id}, count=len(DAYS), timeout=RUN_SECONDS)
    assert sorted(run["status"] for run in runs) == ["SUCCESS"] * len(DAYS), dagster_dev.log_tail()
    partitions = sorted(tag["value"] for run in runs for tag in run["tags"] if tag["key"] == "dagster/partition")
    assert partitions == DAYS
    backfill = dagster_dev.graphql(BACKFILL, {"id": backfill_id})["partitionBackfillOrError"]
    assert backfill["numPartitions"] == len(DAYS)

    loaded = dagster_dev.query_warehouse(
        "SELECT partition_date::VARCHAR, count(*) FROM articles WHERE partition_date BETWEEN ? AND ? GROUP BY ALL "
        "ORDER BY 1", [DAYS[0], DAYS[-1]])
    landed = [(day, len(list((dagster_dev.landing / day).iterdir()))) for day in DAYS]
    assert loaded == landed
