"""An operator in the Dagster UI (headless Chromium): open the asset graph, materialize a sample day, see it load."""

import os
from pathlib import Path

import pytest

from tests.operating.conftest import RUN_SECONDS

sync_api = pytest.importorskip("playwright.sync_api")

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
DAY = "2024-01-04"
ASSETS = ("raw_articles", "clean_articles", "extracted_events", "events")
UI_TIMEOUT_MS = 60_000


@pytest.fixture
def page():
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail("CI must have Debian's chromium: .ci/run installs it with `make chromium`")
        pytest.skip("Debian's chromium is not installed (`make chromium` installs it)")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            tab = browser.new_page(viewport={"width": 1400, "height": 900})
            tab.set_default_timeout(UI_TIMEOUT_MS)
            yield tab  # (the instance's dagster.yaml turns off the community sign-up dialog that could cover the UI)
        finally:
            browser.close()


def test_operator_materializes_a_sample_day_from_the_asset_graph(dagster_dev, page, tmp_path):
    page.goto(f"{dagster_dev.url}/asset-groups/conflict_events", wait_until="networkidle")
    for name in ASSETS:
        sync_api.expect(page.get_by_text(name, exact=True).first).to_be_visible()

    page.get_by_role("button", name="Materialize all…").click()
    dialog = page.get_by_role("dialog")
    dialog.get_by_text("Show all partitions").click()  # the dialog opens on the last 90 days
    partitions = dialog.locator("input[type=text]").first
    partitions.fill(DAY)
    partitions.press("Enter")
    dialog.get_by_role("button", name="Launch 1 run").click()

    (run,) = dagster_dev.wait_for_runs({"dagster/partition": DAY}, count=1, timeout=RUN_SECONDS)
    assert run["status"] == "SUCCESS", dagster_dev.log_tail()

    page.goto(f"{dagster_dev.url}/asset-groups/conflict_events", wait_until="networkidle")
    sync_api.expect(page.get_by_text("events", exact=True).first).to_be_visible()
    screenshot = tmp_path / "asset_graph_after_materialization.png"
    page.screenshot(path=str(screenshot))
    assert screenshot.stat().st_size > 10_000

    # The asset's page: its columns (from the pandera model, with the warehouse's comments) and its automation.
    page.goto(f"{dagster_dev.url}/assets/events", wait_until="networkidle")
    sync_api.expect(page.get_by_text("Best estimate of people killed", exact=False).first).to_be_visible()
    sync_api.expect(page.get_by_text("landing_folder_sensor").first).to_be_visible()
    sync_api.expect(page.get_by_text("daily_events_job").first).to_be_visible()
    page.screenshot(path=str(tmp_path / "events_asset_page.png"), full_page=True)

    rows = dagster_dev.query_warehouse(
        "SELECT location, fatalities, injuries FROM events WHERE partition_date = ? AND location = 'Baghdad'", [DAY]
    )
    assert rows == [("Baghdad", 4, 6)]
    (accounted,) = dagster_dev.query_warehouse("SELECT count(*) FROM articles WHERE partition_date = ?", [DAY])
    assert accounted[0] == len(list((dagster_dev.landing / DAY).iterdir()))
