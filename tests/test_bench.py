"""The benchmark users run: realistic unique pages, and a report with every figure the throughput issue asks for."""

from datetime import date

from pipelines.bench import generate, main
from pipelines.stages import clean_raw_row, read_raw_page


def test_generated_pages_are_20_to_400_kb_and_no_two_share_a_url_or_a_text(tmp_path):
    folder = tmp_path / "landing" / "2024-02-01"
    generate(folder, 40)
    paths = sorted(folder.iterdir())
    assert len(paths) == 40
    assert all(20 * 1024 <= p.stat().st_size <= 400 * 1024 + 2048 for p in paths)
    clean = [clean_raw_row(read_raw_page(p, date(2024, 2, 1))) for p in paths]
    assert all(row["rejected_reason"] is None for row in clean)
    assert len({row["source_url"] for row in clean}) == 40
    assert len({row["text"] for row in clean}) == 40  # every page goes through extraction, none is skipped as a copy


def test_the_report_gives_rates_per_stage_memory_and_the_trafilatura_baseline(capsys):
    assert main(["--pages", "30"]) == 0
    report = capsys.readouterr().out
    for line_start in ("raw_articles", "clean_articles", "extracted_events", "events", "end to end",
                       "trafilatura alone, one core", "peak memory", "full-text index rebuild"):
        assert any(line.startswith(line_start) for line in report.splitlines()), line_start
