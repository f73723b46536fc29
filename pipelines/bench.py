"""`python -m pipelines.bench --pages N`: throughput and memory of the real pipeline on N generated news pages.

Pages are made from the bundled sample's articles, each given its own URL and a reference line (so none is a
duplicate), and padded with the furniture real news pages carry (scripts, styles, menus, comment threads) to sizes
between 20 and 400 KB. The pipeline runs through Dagster (dg.materialize) into a temporary DuckDB file; the same
pages then go through trafilatura alone, on one core, as the baseline. With --f1, the cleaning stage is also scored
on shared/eval/article_extraction_dev with its metric.py.
"""

import argparse
import gzip
import json
import math
import os
import random
import re
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import dagster as dg
import duckdb
import trafilatura

from pipelines.cleaning.article import clean_page
from pipelines.cleaning.decode import decode_html, read_landing_bytes
from pipelines.cleaning.errors import RejectedPage
from pipelines.definitions import ASSETS, QUIET_RUN_CONFIG
from pipelines.fulltext import rebuild_article_index
from pipelines.memory import PeakTreeMemory
from pipelines.resources import pipeline_resources

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample"
EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
BENCH_DAY = "2024-02-01"
_MIN_KB, _MAX_KB = 20, 400
BASELINE_PAGES = 2000
_ARTICLE_PARAGRAPH = re.compile(r"<p[^>]*>[^<]{120,}</p>")


def templates() -> list[str]:
    """The sample's pages that carry events, decoded."""
    labels = json.loads((SAMPLE / "labels.json").read_text(encoding="utf-8"))["pages"]
    pages = []
    for key, label in sorted(labels.items()):
        if label["status"] == "events":
            html, _ = decode_html(read_landing_bytes(SAMPLE / "landing" / key))
            pages.append(html)
    return pages


def generate(folder: Path, count: int, seed: int = 7) -> int:
    """Write `count` pages into `folder`; returns the bytes written."""
    folder.mkdir(parents=True, exist_ok=True)
    sources = templates()
    written = 0
    for index in range(count):
        rng = random.Random(seed * 1_000_003 + index)
        target = int(math.exp(rng.uniform(math.log(_MIN_KB), math.log(_MAX_KB))) * 1024)
        page = _unique(sources[index % len(sources)], index)
        data = _padded(page, target, rng).encode("utf-8")
        (folder / f"page-{index:06d}.html").write_bytes(data)
        written += len(data)
    return written


def _unique(html: str, index: int) -> str:
    """The page with its own URL and, after the article's first paragraph, a line of its own, so no two pages
    share a text and every page goes through extraction, as on a real day."""
    url = f"https://bench.example/{index}/"
    html = html.replace('rel="canonical" href="', f'rel="canonical" href="{url}', 1)
    html = html.replace('property="og:url" content="', f'property="og:url" content="{url}', 1)
    if url not in html:
        html = html.replace("</head>", f'<link rel="canonical" href="{url}"></head>', 1)
    reference = f"<p>Reporting desk note {index}: this copy was filed through the regional bureau {index % 97}.</p>"
    first_paragraph = _ARTICLE_PARAGRAPH.search(html)
    if first_paragraph is None:
        raise ValueError("a template page has no article paragraph to make unique")
    return html[:first_paragraph.end()] + reference + html[first_paragraph.end():]


def _padded(html: str, target: int, rng: random.Random) -> str:
    missing = target - len(html)
    if missing <= 0:
        return html
    state = json.dumps({"items": [rng.random() for _ in range(missing // 60)]})
    script = f"<script>window.__state={state};</script>"
    links = "".join(f'<li><a href="/c/{i}">Section {i}</a></li>' for i in range(missing // 400))
    menu = f"<nav><ul>{links}</ul></nav>"
    comments = "<section class='comments'>" + "".join(
        f"<div class='comment'><b>reader{i}</b><p>Thanks for the update, stay safe everyone.</p></div>"
        for i in range(missing // 800)
    ) + "</section>"
    head_end = html.find("</head>")
    html = html[:head_end] + script + html[head_end:] if head_end > 0 else script + html
    return html.replace("<body>", "<body>" + menu, 1).replace("</body>", comments + "</body>", 1)


def run_pipeline(root: Path) -> tuple[dict[str, float], dict[str, tuple[float, float]]]:
    """Materialize the bench partition: seconds per asset step and in all, and each step's wall-clock span. The
    full-text index is left out (as during a backfill): its rebuild covers the whole warehouse, not the day, and is
    timed on its own."""
    resources = pipeline_resources(root / "landing", root / "events.duckdb", root / "staging")
    instance = dg.DagsterInstance.ephemeral()
    started = time.monotonic()
    with _environment(EVENTS_SEARCH_INDEX="off"):
        result = dg.materialize(ASSETS, partition_key=BENCH_DAY, resources=resources, run_config=QUIET_RUN_CONFIG,
                                instance=instance)
    total = time.monotonic() - started
    if not result.success:
        raise RuntimeError("the benchmark run failed")
    steps = {event.step_key: event.event_specific_data.duration_ms / 1000 for event in result.get_step_success_events()}
    spans: dict[str, list[float]] = {}
    for entry in instance.all_logs(result.run_id):
        event = entry.dagster_event
        if event is not None and event.event_type_value in ("STEP_START", "STEP_SUCCESS"):
            spans.setdefault(event.step_key, []).append(entry.timestamp)
    return {**steps, "end to end": total}, {step: (min(times), max(times)) for step, times in spans.items()}


@contextmanager
def _environment(**values: str) -> Iterator[None]:
    saved = {name: os.environ.get(name) for name in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def search_index_seconds(warehouse: Path) -> float:
    """Seconds to rebuild the full-text index over the warehouse's articles (what each load adds when it is on)."""
    with duckdb.connect(str(warehouse)) as connection:
        return rebuild_article_index(connection)


def trafilatura_alone(folder: Path, at_most: int = BASELINE_PAGES) -> float:
    """Pages per second of plain trafilatura.extract on the same files, one core: all of them, or `at_most` spread
    evenly over them (a rate per page needs no more, and 100,000 pages would take trafilatura 40 minutes)."""
    files = sorted(folder.iterdir())
    files = files[:: max(1, len(files) // at_most)][:at_most]
    started = time.monotonic()
    for path in files:
        trafilatura.extract(path.read_bytes())
    return len(files) / (time.monotonic() - started)


def cleaning_f1() -> float | None:
    """F1 of the cleaning stage on the benchmark half in shared/eval, when that folder is present."""
    folder = EVAL / "article_extraction_dev"
    if not folder.is_dir():
        return None
    sys.path.insert(0, str(EVAL))
    import metric  # the benchmark's own metric, kept beside its data

    truth = {k: v["articleBody"] for k, v in json.loads((folder / "ground-truth.json").read_text()).items()}
    predicted = {}
    for path in (folder / "html").glob("*.html.gz"):
        html, _ = decode_html(gzip.decompress(path.read_bytes()))
        try:
            predicted[path.name.split(".")[0]] = clean_page(html, date(2100, 1, 1)).text
        except RejectedPage:
            predicted[path.name.split(".")[0]] = ""
    return metric.evaluate(truth, predicted, n_bootstrap=10)["f1"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipelines.bench", description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--f1", action="store_true", help="also score cleaning on shared/eval")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="events-bench-") as workdir:
        root = Path(workdir)
        folder = root / "landing" / BENCH_DAY
        written = generate(folder, args.pages)
        print(f"{args.pages} pages, {written / args.pages / 1024:.0f} KB average, {written / 2**20:.0f} MB")
        with PeakTreeMemory() as memory:
            seconds, spans = run_pipeline(root)
        index_seconds = search_index_seconds(root / "events.duckdb")
        baseline = trafilatura_alone(folder)
    print(f"{'stage':<20}{'seconds':>10}{'pages/s':>10}{'peak MB':>10}")
    for stage, spent in seconds.items():
        peak = memory.peak_mb_between(*spans[stage]) if stage in spans else memory.peak_mb
        print(f"{stage:<20}{spent:>10.1f}{args.pages / spent:>10.1f}{peak:>10.0f}")
    end_to_end = args.pages / seconds["end to end"]
    print(f"trafilatura alone, one core: {baseline:.1f} pages/s; end to end is {end_to_end / baseline:.2f}x that")
    print(f"peak memory, pipeline process and its workers together (PSS): {memory.peak_mb:.0f} MB")
    print(f"full-text index rebuild over the {args.pages} articles, not in the figures above: {index_seconds:.1f} s")
    if args.f1 and (f1 := cleaning_f1()) is not None:
        print(f"cleaning F1 on the article-extraction benchmark half: {f1:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
