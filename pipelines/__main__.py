"""Command line: `python -m pipelines inspect FILE...` runs the assets' code on files and prints one JSON line each;
`export` writes the ACLED-style events since a date; `search` finds articles by their words."""

import argparse
import sys
from datetime import date
from pathlib import Path

from pipelines.export import run_export
from pipelines.fulltext import run_search
from pipelines.inspect import run_inspect
from pipelines.settings import duckdb_path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipelines", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    inspect = commands.add_parser("inspect", help="clean and extract files, one JSON line per input")
    inspect.add_argument("files", nargs="*", help=".html/.htm/.html.gz pages, or .txt files of clean text")
    inspect.add_argument("--jsonl", help='lines of {"id", "text" or "html", "published_date", "url"}')
    inspect.add_argument("--published", help="publication date (YYYY-MM-DD) for inputs that give none")
    export = commands.add_parser("export", help="ACLED-style events since a date, as CSV or Parquet")
    export.add_argument("--format", choices=("csv", "parquet"), default="csv")
    export.add_argument("--since", required=True, type=date.fromisoformat, help="first event_date (YYYY-MM-DD)")
    export.add_argument("--out", help="output file, '-' for standard output (csv); "
                        "default acled_export_since_<DATE>.<format>")
    export.add_argument("--warehouse", default=None, help="DuckDB file (default: EVENTS_DUCKDB_PATH)")
    search = commands.add_parser("search", help="articles matching words, best first (full-text index)")
    search.add_argument("query", nargs="?", help='words to look for, e.g. "drone strike"')
    search.add_argument("--limit", type=int, default=20)
    search.add_argument("--reindex", action="store_true", help="rebuild the index first (needs the write lock)")
    search.add_argument("--warehouse", default=None, help="DuckDB file (default: EVENTS_DUCKDB_PATH)")
    args = parser.parse_args(argv)
    if args.command == "inspect":
        if not args.files and not args.jsonl:
            parser.error("inspect needs FILE... or --jsonl PATH")
        return run_inspect(args.files, args.jsonl, args.published, sys.stdout)
    if args.command == "export":
        print(run_export(_warehouse(args), args.since, args.format, args.out), file=sys.stderr)
        return 0
    if not args.query and not args.reindex:
        parser.error("search needs QUERY or --reindex")
    return run_search(_warehouse(args), args.query, args.limit, args.reindex, sys.stdout)


def _warehouse(args: argparse.Namespace) -> Path:
    return Path(args.warehouse) if args.warehouse else duckdb_path()


if __name__ == "__main__":
    sys.exit(main())
