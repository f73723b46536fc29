from datetime import date

import duckdb
import polars as pl
import pytest

from pipelines.warehouse.load import apply_schema, connect, write_partition
from pipelines.warehouse.rows import REJECTED_SCHEMA
from tests.factories import DAY, event_row, events

ARTICLE = {"article_id": "art-1", "partition_date": DAY, "landing_path": "/landing/a.html",
           "source_url": "https://news.example/a", "status": "events", "event_count": 1}  # fmt: skip


def frames(*event_ids: str, day: date = DAY):
    rows = [event_row(event_id=e, partition_date=day) for e in event_ids]
    articles = pl.DataFrame([{**ARTICLE, "article_id": f"art-{day}", "partition_date": day}])
    return events(*rows).drop("rejected_reason"), articles, pl.DataFrame(schema=REJECTED_SCHEMA)


@pytest.fixture
def warehouse(tmp_path):
    with connect(tmp_path / "wh" / "events.duckdb") as connection:
        apply_schema(connection)
        yield connection


def test_rerun_of_a_partition_replaces_its_rows(warehouse):
    write_partition(warehouse, DAY, *frames("a", "b"))
    counts = write_partition(warehouse, DAY, *frames("a", "b"))
    assert (counts.events, counts.articles) == (2, 1)
    assert warehouse.sql("SELECT count(*) FROM events").fetchone()[0] == 2


def test_writing_one_partition_leaves_the_others_alone(warehouse):
    write_partition(warehouse, date(2024, 1, 3), *frames("x", day=date(2024, 1, 3)))
    write_partition(warehouse, DAY, *frames("a"))
    write_partition(warehouse, DAY, *frames("b"))
    assert sorted(r[0] for r in warehouse.sql("SELECT event_id FROM events").fetchall()) == ["b", "x"]


def test_failed_write_keeps_the_previous_rows(warehouse):
    write_partition(warehouse, DAY, *frames("a", "b"))
    broken_events, articles, rejected = frames("c", "c")  # the primary key refuses the second "c"
    with pytest.raises(duckdb.ConstraintException):
        write_partition(warehouse, DAY, broken_events, articles, rejected)
    assert sorted(r[0] for r in warehouse.sql("SELECT event_id FROM events").fetchall()) == ["a", "b"]


def test_schema_is_idempotent_and_documents_columns(warehouse):
    apply_schema(warehouse)
    comments = dict(warehouse.sql(
        "SELECT column_name, comment FROM duckdb_columns() WHERE table_name = 'events'"
    ).fetchall())
    assert all(comments[c] for c in ("fatalities_low", "geo_precision", "date_precision", "evidence"))


def test_analyst_views_aggregate_the_events(warehouse):
    write_partition(warehouse, DAY, *frames("a", "b"))
    row = warehouse.sql("SELECT country, events, fatalities FROM events_per_country_day").fetchone()
    assert row == ("Iraq", 2, 8)
