"""Named points of a load where a crash test can freeze the process, to kill -9 it at a known moment.

Off unless EVENTS_TEST_PAUSE_AT is set (as "<point>:<signal file>"): production runs never set it, and then
`pause_point` returns at once. Points: `before_commit` (the write transaction has run, not committed) and
`mid_publish` (the snapshot copy is written, not yet renamed over the analysts' file).
"""

import os
import time
from pathlib import Path

PAUSE_AT = "EVENTS_TEST_PAUSE_AT"
_PAUSE_SECONDS = 300


def pause_point(point: str) -> None:
    """If a test asked to pause at `point`: write our pid to the signal file and sleep (the test kills us)."""
    wanted = os.environ.get(PAUSE_AT)
    if not wanted:
        return
    name, _, signal_file = wanted.partition(":")
    if name != point or not signal_file:
        return
    Path(signal_file).write_text(str(os.getpid()))
    time.sleep(_PAUSE_SECONDS)
