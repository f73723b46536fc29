import json
import subprocess
import sys

from tests.conftest import FIXTURE_PAGES, REPO


def run_inspect(*arguments: str) -> list[dict]:
    result = subprocess.run([sys.executable, "-m", "pipelines", "inspect", *arguments], cwd=REPO,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_inspect_prints_one_line_per_file_with_events(tmp_path):
    empty = tmp_path / "empty.html"
    empty.write_text("")
    lines = run_inspect(str(FIXTURE_PAGES / "baghdad_drone_strike.html"), str(empty), "--published", "2024-01-04")
    assert [line["file"] for line in lines] == [str(FIXTURE_PAGES / "baghdad_drone_strike.html"), str(empty)]
    strike, rejected = lines
    assert strike["status"] == "events" and strike["published_date"] == "2024-01-04"
    (event,) = strike["events"]
    assert (event["fatalities"], event["injuries"], event["location"]) == (4, 6, "Baghdad")
    assert {"event_id", "event_date", "country_iso3", "sub_event_type", "evidence"} <= set(event)
    assert (rejected["status"], rejected["reason"]) == ("rejected", "raw: empty_file: no content or only whitespace")


def test_inspect_takes_txt_as_clean_text_and_jsonl_with_ids(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text("MOSUL, Iraq, March 3: A roadside bomb killed two soldiers and wounded five others.")
    jsonl = tmp_path / "items.jsonl"
    jsonl.write_text("\n".join(json.dumps(item) for item in [
        {"id": "a", "text": "Unemployment fell to 7 percent in March.", "published_date": "2024-04-02"},
        {"id": "b", "html": (FIXTURE_PAGES / "baghdad_drone_strike.html").read_text(), "url": "https://x.example/b"},
    ]))
    txt, no_event, html = run_inspect(str(story), "--jsonl", str(jsonl), "--published", "2024-03-04")
    assert txt["published_date"] == "2024-03-03"  # from the dateline
    assert [(e["fatalities"], e["injuries"]) for e in txt["events"]] == [(2, 5)]
    assert (no_event["id"], no_event["status"], no_event["events"]) == ("a", "no_event", [])
    assert html["id"] == "b" and html["events"][0]["fatalities"] == 4
