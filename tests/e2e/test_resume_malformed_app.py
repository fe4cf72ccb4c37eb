"""The real app, started on a database whose unfinished session holds a malformed engine
state (`"state": []`): it used to exit 1 with a TypeError at every start. It must offer to
discard the session, and exit 0."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from phtcoach import paths
from phtcoach.core.clock import SystemClock
from phtcoach.core.model import SessionRecord, SessionStatus, Side
from phtcoach.core.programme import load_builtin
from phtcoach.core.settings import Settings
from phtcoach.services.session_run import SessionRun
from phtcoach.storage.repository import open_store
from tests.e2e.runner_app import REPO


@pytest.mark.e2e
def test_a_malformed_saved_state_does_not_lock_the_user_out(tmp_path: Path) -> None:
    data = tmp_path / "data"
    clock = SystemClock()
    store = open_store(data, clock, auto_backup=False)
    try:
        template = load_builtin(paths.asset("protocols")).template("iso-5x5")
        state = json.loads(SessionRun.new(store, clock, template, Settings()).state_json())
        state["state"] = []
        rec = store.sessions.start(
            SessionRecord(template_id="iso-5x5", started_at=clock.now(), affected_side=Side.LEFT)
        )
        assert rec.id is not None
        store.sessions.save_state(rec.id, json.dumps(state))
    finally:
        store.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    env.pop("PHTCOACH_DATA_DIR", None)
    proc = subprocess.run(
        [sys.executable, "-m", "tests.e2e.discard_app", str(data)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr, proc.stderr
    assert "cannot be resumed" in proc.stderr, proc.stderr
    store = open_store(data, clock, auto_backup=False)
    try:
        assert store.sessions.unfinished() is None
        # It held no work, so discarding removed it (an ended session with sets would stay).
        assert all(s.status is not SessionStatus.IN_PROGRESS for s in store.sessions.list())
    finally:
        store.close()
