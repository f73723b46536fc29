"""An analyst's session as a process of its own: one read-only connection, held open, answering a SQL query per
line of stdin with one JSON line. Usage: python -m tests.guarantees.analyst_session WAREHOUSE_FILE"""

import json
import sys

import duckdb


def main(path: str) -> None:
    connection = duckdb.connect(path, read_only=True)
    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        try:
            answer = {"rows": connection.execute(line).fetchall()}
        except duckdb.Error as error:
            answer = {"error": str(error)}
        print(json.dumps(answer, default=str), flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
