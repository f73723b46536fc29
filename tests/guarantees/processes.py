"""Real processes for the guarantees tests: Dagster runs, an analyst's session, and what the warehouse holds."""

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import dagster as dg
import duckdb

from pipelines.definitions import ASSETS
from pipelines.resources import pipeline_resources

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
_TIMESTAMPS = {"events": "loaded_at", "articles": "loaded_at", "rejected": "rejected_at"}
# Runs the command given as arguments and prints the peak RSS (bytes) of it and every process it waited for.
_PEAK_RSS = (
    "import resource, subprocess, sys; code = subprocess.run(sys.argv[1:]).returncode; "
    "print('peak_rss_bytes', resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024, file=sys.stderr); "
    "sys.exit(code)"
)


@dataclass(frozen=True)
class Site:
    """One deployment's folders: the environment a Dagster process reads."""

    root: Path

    @property
    def landing(self) -> Path:
        return self.root / "landing"

    @property
    def warehouse(self) -> Path:
        return self.root / "warehouse" / "events.duckdb"

    def env(self, **extra: str) -> dict[str, str]:
        home = self.root / "dagster_home"
        home.mkdir(parents=True, exist_ok=True)
        return {**os.environ, "EVENTS_LANDING_DIR": str(self.landing), "EVENTS_DUCKDB_PATH": str(self.warehouse),
                "EVENTS_STAGING_DIR": str(self.root / "staging"), "DAGSTER_HOME": str(home), **extra}  # fmt: skip


def start_partition(site: Site, day: str, **extra_env: str) -> subprocess.Popen:
    """dg.materialize of one partition in a new process (see materialize_partition.py)."""
    command = [sys.executable, "-m", "tests.guarantees.materialize_partition", day]
    return subprocess.Popen(command, cwd=REPO, env=site.env(**extra_env), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)  # fmt: skip


def run_partition(site: Site, day: str, timeout: float = 600) -> None:
    process = start_partition(site, day)
    out, err = process.communicate(timeout=timeout)
    assert process.returncode == 0, err[-4000:]


def materialize_here(site: Site, day: str) -> None:
    """dg.materialize in the test's own process: the quick way to prepare a warehouse for the test proper."""
    resources = pipeline_resources(site.landing, site.warehouse, site.root / "staging")
    assert dg.materialize(ASSETS, partition_key=day, resources=resources).success


def cli_materialize(site: Site, day: str, timeout: float = 900) -> int:
    """`dagster asset materialize` of every asset for `day`; returns the peak RSS in bytes of the run's processes."""
    command = [str(BIN / "dagster"), "asset", "materialize", "-m", "pipelines.definitions", "--select", "*",
               "--partition", day]  # fmt: skip
    result = subprocess.run([sys.executable, "-c", _PEAK_RSS, *command], cwd=REPO, env=site.env(),
                            capture_output=True, text=True, timeout=timeout)  # fmt: skip
    assert result.returncode == 0, result.stderr[-4000:]
    return int(result.stderr.rsplit("peak_rss_bytes", 1)[1].split()[0])


class AnalystSession:
    """A read-only DuckDB connection held open by another process, as an analyst's notebook or CLI holds one."""

    def __init__(self, warehouse: Path) -> None:
        command = [sys.executable, "-m", "tests.guarantees.analyst_session", str(warehouse)]
        self.process = subprocess.Popen(command, cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert json.loads(self.process.stdout.readline()) == {"ready": True}

    def query(self, sql: str) -> list[list]:
        self.process.stdin.write(" ".join(sql.split()) + "\n")
        self.process.stdin.flush()
        answer = json.loads(self.process.stdout.readline())
        assert "error" not in answer, answer
        return answer["rows"]

    def close(self) -> None:
        self.process.stdin.close()
        self.process.wait(timeout=30)

    def __enter__(self) -> "AnalystSession":
        return self

    def __exit__(self, *_exc) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()


def warehouse_rows(path: Path) -> dict[str, list[tuple]]:
    """Every row of the three tables, load timestamps left out, in a fixed order: equal means the same content."""
    with duckdb.connect(str(path), read_only=True) as connection:
        return {
            table: connection.execute(f"SELECT * EXCLUDE ({stamp}) FROM {table} ORDER BY ALL").fetchall()
            for table, stamp in _TIMESTAMPS.items()
        }
