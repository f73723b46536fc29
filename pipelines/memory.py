"""Peak memory of a process tree (the step's process and its workers together), sampled from /proc.

Workers forked from one server share its loaded pages; summing their RSS would count those pages once per worker.
Each process's PSS (its private pages plus its share of shared ones) sums to what the tree really holds.
"""

import os
import resource
import threading
import time
from pathlib import Path


def tree_pss_bytes(root_pid: int) -> int:
    """Proportional set size of `root_pid` and all its descendants now, in bytes."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            parent = int(stat.read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue  # the process ended while we looked
        children.setdefault(parent, []).append(int(stat.parent.name))
    total, stack = 0, [root_pid]
    while stack:
        pid = stack.pop()
        total += _pss_bytes(pid)
        stack.extend(children.get(pid, []))
    return total


def _pss_bytes(pid: int) -> int:
    try:
        rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:
        return 0
    for line in rollup.splitlines():
        if line.startswith("Pss:"):
            return int(line.split()[1]) * 1024
    return 0


class PeakTreeMemory:
    """Samples this process tree's memory (PSS) every `interval` seconds while in the `with` block; `peak_mb` is
    the largest sum seen, or this process's own peak RSS (getrusage) if that is larger; `peak_mb_between` the
    largest sum sampled in a span of wall-clock time (a step of the run)."""

    def __init__(self, interval: float = 0.25):
        self.interval = interval
        self.peak_bytes = 0
        self.samples: list[tuple[float, int]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def __enter__(self) -> "PeakTreeMemory":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def _sample(self) -> None:
        while not self._stop.wait(self.interval):
            now = tree_pss_bytes(os.getpid())
            self.samples.append((time.time(), now))
            self.peak_bytes = max(self.peak_bytes, now)

    def peak_mb_between(self, start: float, end: float) -> float:
        return max((size for at, size in self.samples if start <= at <= end), default=0) / 2**20

    @property
    def peak_mb(self) -> float:
        own_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
        return max(self.peak_bytes, own_peak) / 2**20
