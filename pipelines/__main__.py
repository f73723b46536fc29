"""Command line: `python -m pipelines inspect FILE...` runs the assets' code on files and prints one JSON line each."""

import argparse
import sys

from pipelines.inspect import run_inspect


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipelines", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    inspect = commands.add_parser("inspect", help="clean and extract files, one JSON line per input")
    inspect.add_argument("files", nargs="*", help=".html/.htm/.html.gz pages, or .txt files of clean text")
    inspect.add_argument("--jsonl", help='lines of {"id", "text" or "html", "published_date", "url"}')
    inspect.add_argument("--published", help="publication date (YYYY-MM-DD) for inputs that give none")
    args = parser.parse_args(argv)
    if not args.files and not args.jsonl:
        parser.error("inspect needs FILE... or --jsonl PATH")
    return run_inspect(args.files, args.jsonl, args.published, sys.stdout)


if __name__ == "__main__":
    sys.exit(main())
