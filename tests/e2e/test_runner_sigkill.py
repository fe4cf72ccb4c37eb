"""Kill -9 the real app at random moments of a session: every set that had ended is in the
database, and the next start offers to resume the session."""

from __future__ import annotations

import random
import signal
import time
from pathlib import Path

import pytest

from phtcoach import paths
from phtcoach.core.clock import SystemClock
from phtcoach.core.programme import load_builtin
from phtcoach.services.runs import resume_offer
from phtcoach.storage.repository import open_store
from tests.e2e.runner_app import SESSION_STARTED, run_app

SCALE = 20.0  # iso-5x5 (155 s) runs in 7.75 s; set 1 ends 2.5 s after the start
SESSION_S = 155.0 / SCALE
RUNS = 4
SEED = 20260302


@pytest.mark.e2e
def test_sigkill_at_random_moments_loses_no_ended_set(tmp_path: Path) -> None:
    rng = random.Random(SEED)
    programme = load_builtin(paths.asset("protocols"))
    saved_in_some_run = 0
    for run in range(RUNS):
        data = tmp_path / f"run{run}"
        # Spread the kills over the session, one of them around the first set's commit.
        kill_after = 2.5 + rng.uniform(-0.15, 0.15) if run == 0 else rng.uniform(0.3, 7.2)
        with run_app(data, "--start", "iso-5x5", "--scale", str(SCALE)) as app:
            started_at, m = app.wait_for(SESSION_STARTED, timeout=30)
            session_id = int(m.group(1))
            time.sleep(max(0.0, started_at + kill_after - time.monotonic()))
            app.proc.send_signal(signal.SIGKILL)
            app.proc.wait(timeout=10)
            assert app.proc.returncode == -signal.SIGKILL
            time.sleep(0.1)  # let the reader drain what was written before the kill
            logged = app.saved_set_ids()

        store = open_store(data, SystemClock(), auto_backup=False)
        try:
            stored = {s.id for s in store.sessions.sets(session_id)}
            missing = set(logged) - stored
            assert not missing, f"run {run} (kill at {kill_after:.2f} s): sets {missing} lost"
            assert len(stored) >= len(logged)
            saved_in_some_run += bool(stored)
            unfinished = store.sessions.unfinished()
            assert unfinished is not None, f"run {run}: nothing to resume"
            assert unfinished.id == session_id
            offer = resume_offer(store, programme, SystemClock())
            assert offer is not None
            assert offer.can_resume, offer.problem
            assert offer.sets_done == len(stored)
            assert offer.next_set == len(stored) + 1
        finally:
            store.close()
    assert saved_in_some_run >= 1, "no run got as far as a saved set: the test proved nothing"
