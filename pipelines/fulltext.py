"""Full-text search over the articles' text with DuckDB's fts extension, loaded offline from its pip wheel."""

import importlib.util
import os
import time
from pathlib import Path
from typing import TextIO

import duckdb
import polars as pl

from pipelines.resources import DuckDBWarehouse
from pipelines.warehouse.load import connect
from pipelines.warehouse.sql_files import statements

_SQL = "search.sql"
_WHEEL_MODULE = "duckdb_extension_fts"


def fts_extension_file() -> Path:
    """The extension binary the duckdb-extension-fts wheel ships for the installed DuckDB version."""
    spec = importlib.util.find_spec(_WHEEL_MODULE)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("duckdb-extension-fts is not installed (pip install duckdb-extension-fts)")
    package = Path(next(iter(spec.submodule_search_locations)))
    binary = package / "extensions" / f"v{duckdb.__version__}" / "fts.duckdb_extension"
    if not binary.is_file():
        raise RuntimeError(f"no fts extension for DuckDB {duckdb.__version__} in {package}")
    return binary


def load_fts(connection: duckdb.DuckDBPyConnection) -> None:
    """Install fts from the wheel's file (no download; later `LOAD fts` works in any client) and load it. Where the
    extension folder (~/.duckdb) is not writable, load the wheel's file directly instead."""
    binary = str(fts_extension_file())
    try:
        connection.install_extension(binary)
        connection.load_extension("fts")
    except duckdb.IOException:
        connection.load_extension(binary)


def index_on_load() -> bool:
    """EVENTS_SEARCH_INDEX=off skips the rebuild after each load (e.g. during a long backfill; reindex after)."""
    return os.environ.get("EVENTS_SEARCH_INDEX", "on").lower() not in ("off", "0", "false", "no")


def rebuild_article_index(connection: duckdb.DuckDBPyConnection) -> float:
    """Rebuild the BM25 index over articles' title and text (a write connection); returns the seconds it took."""
    started = time.monotonic()
    load_fts(connection)
    connection.execute(statements(_SQL)["build_article_index"])
    return round(time.monotonic() - started, 2)


def search_articles(connection: duckdb.DuckDBPyConnection, query: str, limit: int = 20) -> pl.DataFrame:
    """Articles matching `query`, best BM25 score first (a read-only connection is enough)."""
    load_fts(connection)
    if not connection.execute(statements(_SQL)["index_exists"]).fetchone()[0]:
        raise RuntimeError("the warehouse has no search index yet: load a partition or run `search --reindex`")
    return connection.execute(statements(_SQL)["search_articles"], {"query": query, "limit": limit}).pl()


def run_search(warehouse: Path, query: str | None, limit: int, reindex: bool, out: TextIO) -> int:
    """`python -m pipelines search`: optionally rebuild the index (write lock), then print the matches as a table."""
    if reindex:
        # Through the pipeline's own writer, as a load: it waits for a running load and publishes like one.
        with DuckDBWarehouse(path=str(warehouse)).writer() as connection:
            seconds = rebuild_article_index(connection)
        out.write(f"search index rebuilt in {seconds} s\n")
    if query:
        with connect(warehouse, read_only=True) as connection:
            matches = search_articles(connection, query, limit)
        with pl.Config(tbl_rows=-1, fmt_str_lengths=60, tbl_width_chars=200):
            out.write(f"{matches.drop('article_id')}\n")
    return 0
