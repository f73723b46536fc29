"""One `dagster dev -w workspace.yaml` per test session, started as a user starts it, with GraphQL helpers."""

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest

from tests.conftest import REPO, SAMPLE_LANDING

STARTUP_SECONDS = 240
RUN_SECONDS = 600
_FINISHED = {"SUCCESS", "FAILURE", "CANCELED"}
_RUNS = """
query Runs($filter: RunsFilter) {
  runsOrError(filter: $filter) { ... on Runs { results { runId status tags { key value } } } }
}
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class DagsterDev:
    """A running `dagster dev` on the bundled sample, with a temporary instance and warehouse."""

    port: int
    home: Path
    landing: Path
    warehouse: Path
    log: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def graphql(self, query: str, variables: dict | None = None) -> dict:
        body = json.dumps({"query": query, "variables": variables or {}}).encode()
        request = urllib.request.Request(f"{self.url}/graphql", data=body, headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=60) as response:
            answer = json.load(response)
        assert "errors" not in answer, answer["errors"]
        return answer["data"]

    def runs(self, tags: dict[str, str]) -> list[dict]:
        run_filter = {"tags": [{"key": key, "value": value} for key, value in tags.items()]}
        return self.graphql(_RUNS, {"filter": run_filter})["runsOrError"]["results"]

    def wait_for_runs(self, tags: dict[str, str], count: int, timeout: float = RUN_SECONDS) -> list[dict]:
        """Polls until `count` runs with these tags have finished; returns them (whatever their status)."""
        deadline = time.monotonic() + timeout
        runs: list[dict] = []
        while time.monotonic() < deadline:
            runs = self.runs(tags)
            if len(runs) >= count and all(run["status"] in _FINISHED for run in runs):
                return runs
            time.sleep(2)
        pytest.fail(f"runs tagged {tags} not finished after {timeout} s: {runs}\n{self.log_tail()}")

    def query_warehouse(self, sql: str, parameters: list | None = None) -> list[tuple]:
        with duckdb.connect(str(self.warehouse), read_only=True) as connection:
            return connection.execute(sql, parameters or []).fetchall()

    def log_tail(self, characters: int = 4000) -> str:
        return self.log.read_text(errors="replace")[-characters:] if self.log.exists() else ""


def _serving(dev: DagsterDev) -> bool:
    try:
        return bool(dev.graphql("{ assetNodes { id } }")["assetNodes"])
    except (OSError, AssertionError, KeyError, TypeError, ValueError):
        return False


@pytest.fixture(scope="session")
def dagster_dev(tmp_path_factory) -> DagsterDev:
    """`dagster dev` as the README starts it, but on a free port, a temporary DAGSTER_HOME (with the repository's
    dagster.yaml: the warehouse pool limit) and a temporary warehouse; the landing area is the bundled sample."""
    root = tmp_path_factory.mktemp("dagster_dev")
    home = root / "dagster_home"
    home.mkdir()
    shutil.copy(REPO / "dagster_home" / "dagster.yaml", home / "dagster.yaml")
    dev = DagsterDev(port=free_port(), home=home, landing=SAMPLE_LANDING,
                     warehouse=root / "warehouse" / "events.duckdb", log=root / "dev.log")
    env = {**os.environ, "DAGSTER_HOME": str(home), "EVENTS_LANDING_DIR": str(dev.landing),
           "EVENTS_DUCKDB_PATH": str(dev.warehouse), "EVENTS_STAGING_DIR": str(root / "staging")}
    dagster = str(Path(sys.executable).with_name("dagster"))
    with open(dev.log, "wb") as log:
        process = subprocess.Popen([dagster, "dev", "-w", "workspace.yaml", "-h", "127.0.0.1", "-p", str(dev.port)],
                                   cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while not _serving(dev):
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"dagster dev did not serve the asset graph within {STARTUP_SECONDS} s\n{dev.log_tail()}")
            time.sleep(2)
        yield dev
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=30)
