"""The warehouse's files: a private writer file, one writer at a time, and the snapshot analysts open.

A DuckDB file allows one writing process or many reading ones, never both. So loads never open the analysts'
file: they write `.<name>.writer` beside it, under an exclusive lock file, and after each load copy it to a temporary
name and rename that over the analysts' file. A session already open keeps reading the inode it opened (the old
snapshot, whole and consistent); the next session sees the new one. Renames are atomic on POSIX file systems.
"""

import fcntl
import logging
import os
import shutil
import socket
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import duckdb

from pipelines.warehouse.crash_points import pause_point
from pipelines.warehouse.load import apply_schema, connect

log = logging.getLogger(__name__)
_LOCK_POLL_SECONDS = 0.2


class WarehouseBusy(RuntimeError):
    """Another load held the writer lock for longer than the resource waits."""


@dataclass(frozen=True)
class WarehouseFiles:
    published: Path  # what analysts open (EVENTS_DUCKDB_PATH)
    writer: Path  # the pipeline's private file
    lock: Path  # flock'd by the one process writing

    @classmethod
    def beside(cls, published: Path) -> "WarehouseFiles":
        return cls(
            published=published,
            writer=published.with_name(f".{published.name}.writer"),
            lock=published.with_name(f".{published.name}.lock"),
        )

    def partial(self, pid: int) -> Path:
        """A snapshot being copied: same folder as `published`, so the rename stays on one file system."""
        return self.published.with_name(f".{self.published.name}.{pid}.publishing")

    def stale_partials(self) -> list[Path]:
        return sorted(self.published.parent.glob(f".{self.published.name}.*.publishing"))


@contextmanager
def open_writer(
    published: Path, wait_seconds: float, report: Callable[[str], None] = log.info
) -> Iterator[duckdb.DuckDBPyConnection]:
    """A write connection to the warehouse whose analysts' file is `published`, schema applied. Waits up to
    `wait_seconds` for another load; on a clean exit checkpoints and publishes the snapshot. Every writer of the
    warehouse (the `events` asset, maintenance commands) goes through here, never to `published` itself."""
    files = WarehouseFiles.beside(published)
    with exclusive_writer_lock(files, wait_seconds) as waited:
        if waited >= 1:
            report(f"waited {waited:.1f} s for another load to finish with {files.writer}")
        seed_writer(files)
        connection = _connect_when_free(files.writer, wait_seconds - waited)
        try:
            apply_schema(connection)
            yield connection
            connection.execute("CHECKPOINT")
        finally:
            connection.close()
        report(f"published {files.published} in {publish_snapshot(files):.2f} s")


def _connect_when_free(path: Path, wait_seconds: float) -> duckdb.DuckDBPyConnection:
    # Only someone opening the private writer file by hand can hold its DuckDB lock while we hold ours.
    deadline = time.monotonic() + max(wait_seconds, 0.0)
    while True:
        try:
            return connect(path)
        except duckdb.IOException as error:
            # DuckDB's message names the process holding the lock; keep it for the operator.
            if "lock" not in str(error).lower() or time.monotonic() > deadline:
                raise RuntimeError(f"cannot open {path} for writing: {error}") from error
            time.sleep(1.0)


@contextmanager
def exclusive_writer_lock(files: WarehouseFiles, wait_seconds: float) -> Iterator[float]:
    """Hold the writer lock (yields the seconds waited for it). The kernel releases it if the process dies, so a
    kill -9 never leaves the warehouse locked."""
    files.lock.parent.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    descriptor = os.open(files.lock, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        while True:
            try:
                fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() - started > wait_seconds:
                    raise WarehouseBusy(
                        f"another load has held {files.lock} for over {wait_seconds:.0f} s "
                        f"(holder: {_holder(files.lock)})"
                    ) from None
                time.sleep(_LOCK_POLL_SECONDS)
        waited = time.monotonic() - started
        os.ftruncate(descriptor, 0)
        os.write(descriptor, f"pid {os.getpid()} on {socket.gethostname()}\n".encode())
        yield waited
    finally:
        os.close(descriptor)


def seed_writer(files: WarehouseFiles) -> None:
    """Start the writer file from the published one when only that exists (a warehouse from before this layout)."""
    if files.writer.exists() or not files.published.exists():
        return
    for source, target in ((files.published, files.writer), (_wal(files.published), _wal(files.writer))):
        if source.exists():
            _copy_durably(source, target.with_name(target.name + ".seeding"))
            os.replace(target.with_name(target.name + ".seeding"), target)


def publish_snapshot(files: WarehouseFiles) -> float:
    """Copy the checkpointed writer file over the published one atomically; returns the seconds it took.
    Call it holding the writer lock, after CHECKPOINT and close, so the file is whole and nothing writes it."""
    started = time.monotonic()
    if _wal(files.writer).exists() and _wal(files.writer).stat().st_size > 0:
        raise RuntimeError(f"{files.writer} still has a write-ahead log: checkpoint before publishing")
    for stale in files.stale_partials():  # left by a publish that was killed; we hold the lock, so none is live
        stale.unlink(missing_ok=True)
    partial = files.partial(os.getpid())
    _copy_durably(files.writer, partial)
    pause_point("mid_publish")
    os.replace(partial, files.published)
    _fsync_directory(files.published.parent)
    seconds = time.monotonic() - started
    log.info("published %s (%.0f MB) in %.2f s", files.published, files.published.stat().st_size / 1e6, seconds)
    return seconds


def _copy_durably(source: Path, target: Path) -> None:
    shutil.copyfile(source, target)
    with open(target, "rb") as written:
        os.fsync(written.fileno())


def _fsync_directory(folder: Path) -> None:
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _wal(database: Path) -> Path:
    return database.with_name(database.name + ".wal")


def _holder(lock: Path) -> str:
    try:
        return lock.read_text().strip() or "unknown"
    except OSError:
        return "unknown"
