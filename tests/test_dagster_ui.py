"""`dagster dev -w workspace.yaml`, started as a user starts it, shows the graph through its GraphQL API."""

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import REPO

QUERY = """
{ assetNodes { assetKey { path } description groupName
    assetChecksOrError { ... on AssetChecks { checks { name description } } } } }
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def graphql(port: int, query: str) -> dict:
    request = urllib.request.Request(f"http://127.0.0.1:{port}/graphql", data=json.dumps({"query": query}).encode(),
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.load(response)


@pytest.fixture
def dagster_dev(tmp_path):
    port = free_port()
    home = tmp_path / "dagster_home"
    home.mkdir()
    env = {**os.environ, "DAGSTER_HOME": str(home), "EVENTS_LANDING_DIR": str(REPO / "data" / "sample" / "landing"),
           "EVENTS_DUCKDB_PATH": str(tmp_path / "events.duckdb"), "EVENTS_STAGING_DIR": str(tmp_path / "staging")}
    dagster = str(Path(sys.executable).with_name("dagster"))
    process = subprocess.Popen([dagster, "dev", "-w", "workspace.yaml", "-h", "127.0.0.1", "-p", str(port)],
                               cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               start_new_session=True)
    try:
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            try:
                nodes = graphql(port, QUERY)["data"]["assetNodes"]
                if nodes:
                    yield port
                    return
            except (OSError, KeyError, TypeError):
                pass
            time.sleep(2)
        pytest.fail("dagster dev did not serve the asset graph within 180 s")
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=60)


def test_dagster_dev_shows_the_four_assets_with_descriptions_and_checks(dagster_dev):
    nodes = graphql(dagster_dev, QUERY)["data"]["assetNodes"]
    by_name = {"/".join(node["assetKey"]["path"]): node for node in nodes}
    assert set(by_name) == {"raw_articles", "clean_articles", "extracted_events", "events"}
    for name, node in by_name.items():
        assert node["description"], name
        assert node["groupName"] == "conflict_events"
        assert node["assetChecksOrError"]["checks"], f"{name} shows no checks"
    checks = {check["name"] for node in nodes for check in node["assetChecksOrError"]["checks"]}
    assert {"raw_articles_schema", "clean_articles_schema", "extracted_events_schema", "event_id_unique",
            "articles_accounted"} <= checks
