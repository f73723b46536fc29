"""Partitions loaded at the same time by separate processes: none fails on a lock, no row is lost or doubled."""

from tests.guarantees.pages import write_good_day
from tests.guarantees.processes import AnalystSession, Site, materialize_here, start_partition, warehouse_rows

DAYS = ["2024-01-03", "2024-01-04", "2024-01-05", "2024-01-06"]
PAGES_PER_DAY = 3


def test_four_partitions_loaded_at_once_keep_every_row_once(tmp_path):
    site = Site(tmp_path)
    for day in [*DAYS, "2024-01-02"]:
        write_good_day(site.landing, day, PAGES_PER_DAY)
    materialize_here(site, "2024-01-02")  # so an analyst has a file to hold open during the backfill
    with AnalystSession(site.warehouse) as analyst:
        runs = [start_partition(site, day) for day in DAYS]
        outcomes = [(run.wait(timeout=900), run.stderr.read()) for run in runs]
        assert [code for code, _ in outcomes] == [0, 0, 0, 0], [err[-3000:] for code, err in outcomes if code]
        assert analyst.query("SELECT count(*) FROM articles") == [[PAGES_PER_DAY]]
        analyst.close()
    rows = warehouse_rows(site.warehouse)
    event_ids = [row[0] for row in rows["events"]]
    article_days = sorted({str(row[1]) for row in rows["articles"]})
    assert len(rows["articles"]) == 5 * PAGES_PER_DAY
    assert article_days == ["2024-01-02", *DAYS]
    assert len(event_ids) == len(set(event_ids)) == 5 * PAGES_PER_DAY  # one drone strike per page, none doubled
