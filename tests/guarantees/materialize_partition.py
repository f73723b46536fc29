"""Run by the guarantees tests as a process of its own: materialize one partition with the code location's
resources (EVENTS_* variables), exit 0 on success. Usage: python -m tests.guarantees.materialize_partition DAY"""

import sys

import dagster as dg

from pipelines.definitions import ASSETS, RESOURCES


def main(day: str) -> int:
    result = dg.materialize(ASSETS, partition_key=day, resources=RESOURCES, raise_on_error=False)
    return 0 if result.success else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
