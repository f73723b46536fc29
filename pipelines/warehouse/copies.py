"""Copies of articles across partitions: syndicated and lightly edited copies point at the earliest original.

Within a day, the clean stage already marks pages with the same URL or text. Here every readable article published
within a few days of the partition's is compared (pipelines.incidents.duplicates: exact text, then MinHash on word
shingles), so a wire story collected on two days, or by two sites, is one article with copies, whichever partition
loads first. Copies keep their events in `events` for audit, but only originals feed `incidents`.
"""

from datetime import date

import duckdb
import polars as pl

from pipelines.incidents.duplicates import find_duplicates
from pipelines.warehouse.sql_files import statements

_SQL = "copies.sql"
WINDOW_DAYS = 3  # syndicated copies run within a day or two of the original


def mark_copies(connection: duckdb.DuckDBPyConnection, partition_date: date) -> list[str]:
    """Mark copies around the partition; returns the ids of articles whose copy status changed (in any partition),
    which the incidents must reload."""
    sql = statements(_SQL)
    window = connection.execute(sql["copy_window"], {"partition_date": partition_date,
                                                      "window_days": WINDOW_DAYS}).pl()
    if window.is_empty():
        return []
    copies = find_duplicates(window)
    before = window.select("article_id", before=pl.col("duplicate_of"))
    changed = copies.join(before, on="article_id").filter(
        pl.col("duplicate_of").ne_missing(pl.col("before"))
    )
    if changed.is_empty():
        return []
    connection.register("staged_copies", changed.select("article_id", "duplicate_of", "similarity").to_arrow())
    try:
        connection.execute(sql["apply_copies"])
    finally:
        connection.unregister("staged_copies")
    return changed["article_id"].to_list()
