"""A day of broken and hostile pages mixed with good ones loads in one `dagster asset materialize` run, in bounded
memory: every file gets exactly one `articles` row with its status and reason, the good pages keep their events,
nothing a page points at leaks in, and a second run changes nothing."""

from datetime import date
from pathlib import Path

import duckdb
import polars as pl
import pytest

from pipelines.cleaning.article import clean_page
from tests.guarantees.hostile_pages import DECODED_PHRASES, FIXTURE, SECRET, write_hostile_day
from tests.guarantees.processes import Site, cli_materialize, warehouse_rows

DAY = "2024-01-04"
MAX_PEAK_RSS = 2 * 1024**3
REJECTED_BECAUSE = {
    "empty.html": "raw: empty_file",
    "whitespace.html": "raw: empty_file",
    "random_bytes.html": "raw: not_html",
    "document.pdf.html": "raw: not_html",
    "bomb.html.gz": "raw: too_large",
    "huge.html": "raw: too_large",
    "no_article.html": "clean: no_article_text",
    "only_script.html": "clean: no_article_text",
    "nested.html": "clean: no_article_text",
    "absurd_count.html": "extract: schema: fatalities",
}
DUPLICATES = {"good_a_same_url_again.html": "good_a.html", "good_a_same_text_elsewhere.html": "good_a.html"}


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory):
    """The hostile day, materialized twice through the CLI; the rows after each run and the peak RSS of each."""
    root = tmp_path_factory.mktemp("hostile")
    site = Site(root)
    day = write_hostile_day(site.landing / DAY, root / "outside")
    first_peak = cli_materialize(site, DAY)
    first = warehouse_rows(site.warehouse)
    second_peak = cli_materialize(site, DAY)
    return site, day, first, warehouse_rows(site.warehouse), max(first_peak, second_peak)


def articles(site: Site) -> dict[str, dict]:
    with duckdb.connect(str(site.warehouse), read_only=True) as connection:
        frame = connection.sql("SELECT * FROM articles").pl()
    ids = dict(zip(frame["article_id"], frame["landing_path"].map_elements(lambda p: Path(p).name), strict=True))
    return {Path(row["landing_path"]).name: {**row, "duplicate_of": ids.get(row["duplicate_of"])}
            for row in frame.iter_rows(named=True)}  # fmt: skip


def test_run_stays_under_two_gigabytes(hostile_run):
    *_, peak = hostile_run
    assert peak < MAX_PEAK_RSS, f"peak RSS {peak / 1e6:.0f} MB"


def test_every_file_has_exactly_one_articles_row(hostile_run):
    site, day, first, _, _ = hostile_run
    files = sorted(p.name for p in day.folder.iterdir())
    assert sorted(Path(row[2]).name for row in first["articles"]) == files


def test_bad_pages_are_rejected_with_their_reason(hostile_run):
    site, *_ = hostile_run
    found = articles(site)
    for name, reason in REJECTED_BECAUSE.items():
        assert (found[name]["status"], found[name]["reason"][: len(reason)]) == ("rejected", reason), name


def test_duplicates_point_at_the_first_page(hostile_run):
    site, *_ = hostile_run
    found = articles(site)
    assert {name: (found[name]["status"], found[name]["duplicate_of"]) for name in DUPLICATES} == {
        name: ("duplicate", original) for name, original in DUPLICATES.items()
    }


def test_good_pages_keep_their_events(hostile_run):
    site, day, *_ = hostile_run
    with duckdb.connect(str(site.warehouse), read_only=True) as connection:
        loaded = connection.sql(
            "SELECT a.landing_path, e.fatalities, e.injuries, e.location, e.event_date::VARCHAR "
            "FROM events e JOIN articles a USING (article_id)"
        ).fetchall()
    by_file = {Path(path).name: (killed, wounded, place, when) for path, killed, wounded, place, when in loaded}
    assert {name: by_file.get(name) for name in day.good} == {
        name: (4, 6, "Baghdad", "2024-01-04") for name in day.good
    }


def test_legacy_charsets_are_decoded_with_or_without_a_declaration(hostile_run):
    site, *_ = hostile_run
    found = articles(site)
    for name, phrase in DECODED_PHRASES.items():
        # Undeclared and declared copies decode to the same text, so the second of each pair is a duplicate.
        assert found[name]["status"] in ("events", "no_event", "duplicate"), (name, found[name]["reason"])
        assert phrase in found[name]["text"].lower(), name


def test_hostile_titles_and_dates_are_kept_as_data(hostile_run):
    site, *_ = hostile_run
    found = articles(site)
    assert found["sql_title.html"]["title"].startswith("'); DROP TABLE events; --")
    assert (found["future_date.html"]["published_date"], found["future_date.html"]["published_date_source"]) == (
        date(2024, 1, 4), "dateline")


def test_no_local_file_leaks_into_the_warehouse_or_staging(hostile_run):
    site, day, *_ = hostile_run
    assert day.secret_file.read_text() == SECRET
    with duckdb.connect(str(site.warehouse), read_only=True) as connection:
        text_columns = connection.sql(
            "SELECT table_name, column_name FROM duckdb_columns() WHERE data_type IN ('VARCHAR', 'JSON') "
            "AND NOT internal AND schema_name = 'main'"
        ).fetchall()
        leaks = [(table, column) for table, column in text_columns if connection.execute(
            f'SELECT count(*) FROM "{table}" WHERE contains("{column}"::VARCHAR, ?)', [SECRET]).fetchone()[0]]
    assert len(text_columns) > 20 and leaks == []
    for parquet in (site.root / "staging").rglob("*.parquet"):
        frame = pl.read_parquet(parquet)
        assert not any(frame[c].str.contains(SECRET, literal=True).any() for c in frame.columns
                       if frame[c].dtype == pl.String), parquet  # fmt: skip


def test_second_run_changes_nothing(hostile_run):
    _, _, first, second, _ = hostile_run
    assert second == first


def test_meta_date_after_collection_falls_back_to_the_dateline():
    html = FIXTURE.read_text(encoding="utf-8").replace("2024-01-04T16:20:00+03:00", "2031-06-01T10:00:00+00:00")
    article = clean_page(html, date(2024, 1, 5))
    assert (article.published_date, article.published_date_source) == (date(2024, 1, 4), "dateline")
