"""Demo data: a generated history (`core.demo`) written into a data dir.

For `phtcoach demo-data` (a fresh folder to keep), `phtcoach --demo` (a throwaway folder
for one run) and the tests and screenshots, which need a realistic history. Not on the
start-up path of a normal run: the generator is imported only when a history is made.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from phtcoach.core.clock import Clock, SystemLocalTime
from phtcoach.core.model import SetRecord
from phtcoach.storage.repository import Store, open_store

if TYPE_CHECKING:
    from phtcoach.core.demo import DemoHistory

DEMO_WEEKS = 12
DEMO_SEED = 42


def write_demo(store: Store, history: DemoHistory) -> dict[str, int]:
    """Store a generated history in one all-or-nothing transaction; returns row counts."""
    counts = {"sessions": 0, "sets": 0, "pain_entries": 0, "activities": 0, "measures": 0}
    with store.batch():
        store.settings.save(history.settings)
        for record, sets in history.sessions:
            saved = store.sessions.start(record)
            assert saved.id is not None
            for s in sets:
                store.sessions.add_set(_with_session(s, saved.id))
                counts["sets"] += 1
            counts["sessions"] += 1
        for entry in history.pain_entries:
            store.diary.add_pain(entry)
            counts["pain_entries"] += 1
        for act in history.activities:
            store.diary.add_activity(act)
            counts["activities"] += 1
        for m in history.measures:
            store.diary.add_measure(m)
            counts["measures"] += 1
    return counts


def _with_session(s: SetRecord, session_id: int) -> SetRecord:
    return replace(s, session_id=session_id)


def make_demo_dir(out: Path, *, weeks: int, seed: int, clock: Clock) -> dict[str, int]:
    """A fresh data dir at `out` holding a demo history ending today."""
    from phtcoach.core.demo import generate_demo  # only for demo data: not at start-up

    out.mkdir(parents=True, exist_ok=True)
    today = clock.now().astimezone().date()
    # The user's local time zone, as the app's (`app.local_tz`): the diary's days are local.
    history = generate_demo(weeks, seed, today, tz=SystemLocalTime())
    store = open_store(out, clock, auto_backup=False)
    try:
        return write_demo(store, history)
    finally:
        store.close()


@contextmanager
def demo_root(clock: Clock) -> Iterator[Path]:
    """A throwaway data dir with 12 weeks of demo history, deleted afterwards."""
    tmp = Path(tempfile.mkdtemp(prefix="phtcoach-demo-"))
    try:
        make_demo_dir(tmp, weeks=DEMO_WEEKS, seed=DEMO_SEED, clock=clock)
        yield tmp
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
