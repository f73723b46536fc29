"""Reads the project's SQL from sql/: whole scripts, or named statements marked `-- name: <name>`."""

import re
from functools import cache
from pathlib import Path

SQL_DIR = Path(__file__).resolve().parents[2] / "sql"
_NAME_MARKER = re.compile(r"^--\s*name:\s*(\w+)\s*$", re.MULTILINE)


def script(file_name: str) -> str:
    """A whole file, for DDL run as one script."""
    return (SQL_DIR / file_name).read_text(encoding="utf-8")


@cache
def statements(file_name: str) -> dict[str, str]:
    """{name: statement} for a file of named statements."""
    parts = _NAME_MARKER.split(script(file_name))
    named = dict(zip(parts[1::2], (body.strip().rstrip(";") for body in parts[2::2]), strict=True))
    if not named:
        raise ValueError(f"{file_name} holds no '-- name:' statements")
    return named
