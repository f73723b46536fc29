"""An analyst's open session never fails a load, and the load never breaks the analyst's session."""

import subprocess

from tests.guarantees.pages import write_good_day
from tests.guarantees.processes import BIN, AnalystSession, Site, cli_materialize, materialize_here

COUNT_BY_DAY = "SELECT partition_date::VARCHAR, count(*) FROM events GROUP BY ALL ORDER BY ALL"


def test_load_succeeds_while_an_analyst_holds_a_read_only_session(tmp_path):
    site = Site(tmp_path)
    write_good_day(site.landing, "2024-01-04")
    write_good_day(site.landing, "2024-01-05")
    materialize_here(site, "2024-01-04")
    with AnalystSession(site.warehouse) as analyst:
        before = analyst.query(COUNT_BY_DAY)
        cli_materialize(site, "2024-01-05")  # the scheduled run, through the real `dagster asset materialize`
        # The open session still answers, from the snapshot it opened: nothing changed under it.
        assert analyst.query(COUNT_BY_DAY) == before == [["2024-01-04", 3]]
        # A session opened now, the way the README says, sees the new day.
        fresh = subprocess.run([str(BIN / "duckdb"), "-readonly", "-csv", "-noheader", str(site.warehouse), "-c",
                                COUNT_BY_DAY], capture_output=True, text=True, timeout=60)  # fmt: skip
        assert fresh.stdout.split() == ["2024-01-04,3", "2024-01-05,3"]
        analyst.close()
