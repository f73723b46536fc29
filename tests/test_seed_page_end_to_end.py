"""The foundation's acceptance case: a page like the seed's, through Dagster, into DuckDB."""

import shutil

from tests.conftest import FIXTURE_PAGES

STRIKE = FIXTURE_PAGES / "baghdad_drone_strike.html"
META = '<meta property="article:published_time" content="2024-01-04T16:20:00+03:00">'
EVENT_QUERY = ("SELECT event_date::VARCHAR, country, location, fatalities, injuries, event_type, sub_event_type, "
               "partition_date::VARCHAR FROM events")
EXPECTED = ("2024-01-04", "Iraq", "Baghdad", 4, 6, "Explosions/Remote violence", "Air/drone strike")


def land(pipeline, day: str, name: str, html: str) -> None:
    folder = pipeline.landing / day
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(html, encoding="utf-8")


def test_seed_like_page_loads_one_event_with_its_facts(pipeline):
    land(pipeline, "2024-01-04", "strike.html", STRIKE.read_text(encoding="utf-8"))
    assert pipeline.materialize("2024-01-04").success
    rows = pipeline.query(EVENT_QUERY)
    assert [row[:7] for row in rows] == [EXPECTED]


def test_same_page_without_date_meta_collected_next_day_gives_the_same_event_date(pipeline):
    # No date tag and an undated permalink: only the dateline "BAGHDAD, Iraq, Jan 4:" dates the story.
    html = STRIKE.read_text(encoding="utf-8").replace(META, "").replace("/2024/01/04/", "/world/")
    land(pipeline, "2024-01-05", "strike.html", html)
    assert pipeline.materialize("2024-01-05").success
    assert pipeline.query(EVENT_QUERY) == [(*EXPECTED, "2024-01-05")]
    assert pipeline.query("SELECT published_date::VARCHAR, published_date_source FROM articles") == [
        ("2024-01-04", "dateline")
    ]


def test_no_boilerplate_line_reaches_articles_text(pipeline):
    land(pipeline, "2024-01-04", "strike.html", STRIKE.read_text(encoding="utf-8"))
    pipeline.materialize("2024-01-04")
    (text,) = pipeline.query("SELECT text FROM articles")[0]
    for line in ("This news has been read", "Related Articles", "Back to top", "Ad Blocker", "Kindly disable",
                 "Verified by", "Twelve killed in clashes"):
        assert line not in text


def test_rerun_adds_no_rows_and_keeps_event_ids(pipeline):
    land(pipeline, "2024-01-04", "strike.html", STRIKE.read_text(encoding="utf-8"))
    pipeline.materialize("2024-01-04")
    first = pipeline.query("SELECT event_id, fatalities FROM events ORDER BY 1")
    assert pipeline.materialize("2024-01-04").success
    assert pipeline.query("SELECT event_id, fatalities FROM events ORDER BY 1") == first
    assert pipeline.query("SELECT count(*) FROM articles") == [(1,)]


def test_bad_pages_are_rejected_with_reasons_while_the_partition_loads(pipeline):
    land(pipeline, "2024-01-04", "strike.html", STRIKE.read_text(encoding="utf-8"))
    land(pipeline, "2024-01-04", "empty.html", "")
    land(pipeline, "2024-01-04", "menu-only.html", "<html><body><nav>Home | World | Sport</nav></body></html>")
    (pipeline.landing / "2024-01-04" / "report.html").write_bytes(b"%PDF-1.5\n%binary\x00\x01")
    shutil.copy(STRIKE, pipeline.landing / "2024-01-04" / "syndicated-copy.html")
    result = pipeline.materialize("2024-01-04")
    assert result.success
    statuses = dict(pipeline.query("SELECT landing_path.split('/')[-1], status FROM articles"))
    assert statuses == {"strike.html": "events", "syndicated-copy.html": "duplicate", "empty.html": "rejected",
                        "menu-only.html": "rejected", "report.html": "rejected"}
    reasons = dict(pipeline.query("SELECT article_id, stage || ': ' || reason FROM rejected"))
    assert sorted(r.split(":")[0] + ":" + r.split(":")[1] for r in reasons.values()) == [
        "clean: no_article_text", "raw: empty_file", "raw: not_html"]
    assert pipeline.query("SELECT count(*) FROM events") == [(1,)]


def test_stage_checks_report_rejections_in_the_run(pipeline):
    land(pipeline, "2024-01-04", "strike.html", STRIKE.read_text(encoding="utf-8"))
    land(pipeline, "2024-01-04", "empty.html", "")
    result = pipeline.materialize("2024-01-04")
    checks = {c.check_name: c for c in result.get_asset_check_evaluations()}
    assert set(checks) == {"raw_articles_schema", "clean_articles_schema", "extracted_events_schema",
                           "event_id_unique", "articles_accounted"}
    assert not checks["raw_articles_schema"].passed
    assert checks["raw_articles_schema"].metadata["rows rejected"].value == 1
    assert all(checks[name].passed for name in ("clean_articles_schema", "event_id_unique", "articles_accounted"))


def test_empty_partition_loads_nothing_and_succeeds(pipeline):
    (pipeline.landing / "2024-01-06").mkdir(parents=True)
    assert pipeline.materialize("2024-01-06").success
    assert pipeline.query("SELECT count(*) FROM articles") == [(0,)]
