"""Spreading a partition's pages over worker processes, a batch at a time, results in input order."""

import multiprocessing
import multiprocessing.forkserver
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TypeVar

Batch = TypeVar("Batch")
Result = TypeVar("Result")

# Below this many pages a partition is done in the step's own process: starting workers (importing trafilatura
# and the gazetteer in each) takes a few seconds, more than a small day's work.
MIN_PAGES_FOR_WORKERS = 400
# Pages per batch: enough that a batch's fixed costs (a pandera check, a row group, a round trip to a worker) are
# small against its work, few enough that the batches in flight hold tens of megabytes of HTML.
BATCH_PAGES = 200


def worker_count(pages: int) -> int:
    """EVENTS_WORKERS (default: the machine's cores) worker processes for a partition of `pages` pages; 1 means
    no workers, the step's process does the work itself."""
    configured = int(os.environ.get("EVENTS_WORKERS", os.cpu_count() or 1))
    return max(1, configured) if pages >= MIN_PAGES_FOR_WORKERS else 1


def _forkserver_context():
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["pipelines.stages", "pipelines.worker_warmup"])
    return context


def warm_up_workers(pages: int) -> None:
    """Starts the worker server now, in the background, when a partition of `pages` pages will use workers: its
    warm-up (about five seconds) then overlaps the work before the first pool instead of delaying it."""
    if worker_count(pages) > 1:
        _forkserver_context()  # sets what the server preloads
        multiprocessing.forkserver.ensure_running()


def stop_workers() -> None:
    """Stops the worker server if this process started one: after the last stage that uses workers, its memory (the
    gazetteer, trafilatura) goes back before the warehouse load, the step that holds the most."""
    server = getattr(multiprocessing.forkserver, "_forkserver", None)
    if server is not None and getattr(server, "_forkserver_pid", None) is not None:
        server._stop()


def batched(items: list, size: int = BATCH_PAGES) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def parallel_map(function: Callable[[Batch], Result], batches: Iterable[Batch], workers: int) -> Iterator[Result]:
    """`function` over `batches` in `workers` processes, yielding results in input order.

    At most two batches per worker are in flight, so memory holds a few batches however long the partition.
    Workers are forked from a forkserver process (never from the step's process, whose threads fork badly) that
    has imported and warmed up the pipeline once (pipelines/worker_warmup.py). A worker that dies breaks the pool
    and the error propagates: a broken stage fails loudly rather than losing pages.
    """
    if workers <= 1:
        yield from map(function, batches)
        return
    with ProcessPoolExecutor(max_workers=workers, mp_context=_forkserver_context()) as pool:
        pending: deque[Future] = deque()
        for batch in batches:
            pending.append(_submit(pool, function, batch))
            if len(pending) >= 2 * workers:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def _submit(pool: ProcessPoolExecutor, function: Callable, batch) -> Future:
    try:
        return pool.submit(function, batch)
    except EOFError as error:
        # The forkserver died before forking a worker: its preload (the pipeline's own code) failed to import.
        raise RuntimeError("worker processes could not start; `python -c 'import pipelines.worker_warmup'` shows "
                           "the import error") from error
