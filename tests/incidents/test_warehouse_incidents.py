"""Incidents as the warehouse holds them: the bundled sample loaded forwards and backwards gives the same ones."""

import pytest

from pipelines.incidents.duplicates import fingerprint
from tests.conftest import SAMPLE_LANDING, Pipeline

DAYS = sorted(p.name for p in SAMPLE_LANDING.iterdir() if p.is_dir())
INCIDENTS = "SELECT incident_id, fatalities, source_count, mention_count, event_ids FROM incidents ORDER BY 1"


def load(tmp_path, name: str, days: list[str]) -> Pipeline:
    pipeline = Pipeline(landing=SAMPLE_LANDING, warehouse=tmp_path / name / "events.duckdb",
                        staging=tmp_path / name / "staging")
    for day in days:
        assert pipeline.materialize(day).success, day
    return pipeline


@pytest.fixture(scope="module")
def both_orders(tmp_path_factory):
    root = tmp_path_factory.mktemp("incidents")
    return load(root, "forwards", DAYS), load(root, "backwards", DAYS[::-1])


def test_backfill_order_does_not_change_incidents(both_orders):
    forwards, backwards = both_orders
    assert forwards.query(INCIDENTS) == backwards.query(INCIDENTS)


def test_every_event_of_an_original_article_belongs_to_exactly_one_incident(both_orders):
    forwards, _ = both_orders
    originals = forwards.query("SELECT count(*) FROM events JOIN articles USING (article_id) "
                               "WHERE status <> 'duplicate'")
    assert originals == forwards.query("SELECT count(*) FROM event_incidents")
    orphans = forwards.query("SELECT count(*) FROM event_incidents WHERE incident_id NOT IN "
                             "(SELECT incident_id FROM incidents)")
    assert orphans == [(0,)]


def test_the_same_story_collected_on_two_days_is_one_article_and_its_copy(both_orders):
    for pipeline in both_orders:
        rows = pipeline.query("SELECT partition_date::VARCHAR, status FROM articles "
                              "WHERE landing_path LIKE '%baghdad%' ORDER BY 1")
        assert rows == [("2024-01-04", "events"), ("2024-01-05", "duplicate")]
        baghdad = "SELECT fatalities, injuries, source_count FROM incidents WHERE location = 'Baghdad'"
        assert pipeline.query(baghdad) == [(4, 6, 1)]


def test_rerunning_a_day_keeps_the_incidents(both_orders):
    forwards, _ = both_orders
    before = forwards.query(INCIDENTS)
    assert forwards.materialize("2024-01-05").success
    assert forwards.query(INCIDENTS) == before


def test_every_readable_article_keeps_the_signature_of_its_text(both_orders):
    """Copy detection reads these instead of hashing a week of texts on every load, so they must match the text."""
    run = both_orders[0]
    rows = run.query("SELECT a.text, s.minhash, s.exact_key FROM articles a "
                     "LEFT JOIN article_signatures s USING (article_id) WHERE a.status <> 'rejected'")
    assert rows
    assert all((minhash, key) == fingerprint(text) for text, minhash, key in rows)
    orphans = run.query("SELECT count(*) FROM article_signatures s ANTI JOIN articles a USING (article_id)")
    assert orphans == [(0,)]
