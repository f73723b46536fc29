"""The bundled sample, every day of it, through Dagster into DuckDB, compared with its labels."""

import json

import pytest

from tests.conftest import REPO, SAMPLE_LANDING, Pipeline

LABELS = json.loads((REPO / "data" / "sample" / "labels.json").read_text(encoding="utf-8"))["pages"]
DAYS = sorted({key.split("/")[0] for key in LABELS})
FIELDS = ("event_date", "country", "location", "event_type", "sub_event_type", "fatalities", "injuries")


@pytest.fixture(scope="module")
def loaded(tmp_path_factory) -> Pipeline:
    root = tmp_path_factory.mktemp("sample")
    pipeline = Pipeline(landing=SAMPLE_LANDING, warehouse=root / "events.duckdb", staging=root / "staging")
    for day in DAYS:
        assert pipeline.materialize(day).success, day
    return pipeline


def page_key(landing_path: str) -> str:
    day, name = landing_path.split("/")[-2:]
    return f"{day}/{name}"


def test_every_sample_file_has_one_articles_row_with_its_labelled_status(loaded):
    rows = loaded.query("SELECT landing_path, status FROM articles")
    statuses = {page_key(path): status for path, status in rows}
    assert len(rows) == len(statuses) == len(LABELS)
    assert statuses == {key: label["status"] for key, label in LABELS.items()}


@pytest.mark.parametrize("key", [k for k, label in LABELS.items() if label["status"] == "events"])
def test_labelled_events_are_extracted(loaded, key):
    rows = loaded.query(
        "SELECT e.event_date, e.country, e.location, e.event_type, e.sub_event_type, e.fatalities, e.injuries "
        "FROM events e JOIN articles a USING (article_id) WHERE a.landing_path LIKE ?",
        [f"%/{key}"],
    )
    got = sorted((str(r[0]), *r[1:]) for r in rows)
    expected = sorted(tuple(event[f] for f in FIELDS) for event in LABELS[key]["events"])
    assert got == expected


@pytest.mark.parametrize("key", [k for k, label in LABELS.items() if label.get("boilerplate")])
def test_labelled_boilerplate_is_not_in_the_article_text(loaded, key):
    (text,) = loaded.query("SELECT text FROM articles WHERE landing_path LIKE ?", [f"%/{key}"])[0]
    if text is None:
        return  # rejected pages keep no text at all
    for line in LABELS[key]["boilerplate"]:
        assert line not in text


def test_second_run_of_every_day_changes_nothing(loaded):
    before = loaded.query("SELECT event_id, article_id, fatalities, injuries FROM events ORDER BY event_id")
    for day in DAYS:
        assert loaded.materialize(day).success
    after = loaded.query("SELECT event_id, article_id, fatalities, injuries FROM events ORDER BY event_id")
    assert after == before


def test_publication_dates_match_the_labels(loaded):
    rows = loaded.query("SELECT landing_path, published_date::VARCHAR FROM articles WHERE status <> 'rejected'")
    got = {page_key(path): published for path, published in rows}
    expected = {key: label["published_date"] for key, label in LABELS.items() if label["status"] != "rejected"}
    assert got == expected
