"""Row: no audio device, and the sound server gone mid-session.

No device at start is tests/audio/test_no_server.py (the real player with no server: visual
only, no sink ever built, no exception). Here the whole app, as a user runs it: a session
on a private PulseAudio null sink whose server is killed (SIGKILL or SIGTERM) at a random
moment. The app must notice (Qt reports nothing; the output's watchdog sees the stream stop
pulling), say "visual cues only" on the floor and in the log, keep coaching (every set saved,
the session finished), and quit normally: never Qt's abort on a dead PulseAudio connection.
The full run also starts one whole session with no server at all.
"""

from __future__ import annotations

import contextlib
import random
import re
import shutil
import signal
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from phtcoach.audio.cues import NO_DEVICE_MESSAGE
from phtcoach.core.clock import SystemClock
from phtcoach.core.enums import SessionStatus
from phtcoach.storage.repository import open_store
from tests.audio.recording import NullSink, missing_tools
from tests.audio.test_no_server import no_server_env
from tests.e2e.runner_app import SESSION_STARTED, AppProcess, run_app
from tests.reliability.figures import Row

SCALE = 20.0  # iso-5x5: 155 s of session in 7.75 s; its 2 sets end at 2.5 s and 7.75 s
TEMPLATE, SETS = "iso-5x5", 2
SEED = 20261202
SOUND_LOST = re.compile(r"sound lost: (.*)")
FINISHED = re.compile(r"session finished id=(\d+) status=(\w+)")
EXITED = re.compile(r"exit status (\d+)")
NOTICE = "floor notice: "
CRASH = ("Traceback", "Aborted", "core dumped", "Assertion", "Fatal Python error")


@contextlib.contextmanager
def pulse_server() -> Iterator[NullSink]:
    """A private PulseAudio server with a null sink, stopped and removed afterwards."""
    state = Path(tempfile.mkdtemp(prefix="pht-pulse-"))  # short: a socket path < 108 bytes
    try:
        with NullSink.started(state) as sink:
            yield sink
    finally:
        shutil.rmtree(state, ignore_errors=True)


def finish(app: AppProcess, timeout: float = 60) -> str:
    """Wait for the app to finish its session and quit by itself; its stderr."""
    app.wait_for(EXITED, timeout=timeout)
    app.proc.wait(timeout=10)
    time.sleep(0.05)  # the reader's last lines
    return app.text()


def check_stored(data: Path, session_id: int) -> None:
    store = open_store(data, SystemClock(), auto_backup=False)
    try:
        record = store.sessions.get(session_id)
        assert record.status is SessionStatus.COMPLETED
        assert len(store.sessions.sets(session_id)) == SETS
    finally:
        store.close()


def notices(text: str) -> list[str]:
    return [line[len(NOTICE) :] for line in text.splitlines() if line.startswith(NOTICE)]


@pytest.mark.e2e
@pytest.mark.audio
def test_sound_server_killed_mid_session(
    tmp_path: Path,
    count: Callable[[int, int], int],
    full: bool,
    row: Callable[..., Row],
) -> None:
    missing = missing_tools()
    if missing:
        pytest.skip(
            f"needs PulseAudio to start and kill a sound server: {', '.join(missing)} not on "
            "PATH (apt-get install pulseaudio pulseaudio-utils)"
        )
    rng = random.Random(SEED)
    runs = count(1, 4)
    detect_s: list[float] = []
    sets_after = 0
    for n in range(runs):
        sig = (signal.SIGKILL, signal.SIGTERM)[n % 2]
        kill_after = rng.uniform(0.5, 4.5)  # real seconds after Space; the session lasts 7.75
        data = tmp_path / f"run{n}"
        with (
            pulse_server() as sink,
            run_app(
                data,
                "--start",
                TEMPLATE,
                "--scale",
                str(SCALE),
                env=sink.env,
                module="tests.reliability.session_app",
            ) as app,
        ):
            started_at, m = app.wait_for(SESSION_STARTED, timeout=30)
            session_id = int(m.group(1))
            time.sleep(max(0.0, started_at + kill_after - time.monotonic()))
            server = sink._procs[0]  # the pulseaudio daemon: NullSink starts it first
            killed_at = time.monotonic()
            server.send_signal(sig)
            server.wait(timeout=10)
            lost_at, lost = app.wait_for(SOUND_LOST, timeout=10)
            text = finish(app)
            status = app.proc.returncode
        why = f"run {n} ({sig.name} at {kill_after:.2f} s):\n{text[-3000:]}"
        assert status == 0, why
        assert not [c for c in CRASH if c in text], why
        assert lost.group(1) == NO_DEVICE_MESSAGE, why
        assert any(NO_DEVICE_MESSAGE in shown for shown in notices(text)), why
        finished = FINISHED.search(text)
        assert finished is not None and finished.group(2) == "completed", why
        saved_lines = [line for at, line in app.lines if "set saved" in line and at > lost_at]
        sets_after += len(saved_lines)
        detect_s.append(lost_at - killed_at)
        check_stored(data, session_id)

    no_server = 0
    if full:  # the whole app with no server from the start (the player alone: test_no_server)
        data = tmp_path / "no-server"
        with run_app(
            data,
            "--start",
            TEMPLATE,
            "--scale",
            str(SCALE),
            env=no_server_env(tmp_path),
            module="tests.reliability.session_app",
        ) as app:
            _, m = app.wait_for(SESSION_STARTED, timeout=30)
            text = finish(app)
            assert app.proc.returncode == 0, text
        assert not [c for c in CRASH if c in text], text
        assert any(NO_DEVICE_MESSAGE in shown for shown in notices(text)), text
        check_stored(data, int(m.group(1)))
        no_server = 1

    # The watchdog needs 1.5-2 s (3 checks 0.5 s apart); a loaded machine may add some.
    assert detect_s and max(detect_s) < 5.0, f"noticed after {detect_s} s"
    r = row(
        "sound-server-loss",
        "No audio device; sound server gone mid-session",
        "visual-only mode with a notice, no crash",
    )
    r.add(
        f"{runs} sessions ({TEMPLATE} at {SCALE:g}x) whose PulseAudio server was killed "
        "(SIGKILL and SIGTERM alternating) at a random moment: every one switched to visual "
        f"cues with the notice on the floor, finished with all {SETS} sets saved and quit "
        "with status 0 (no abort, no traceback)"
    )
    r.add(
        f"loss noticed {min(detect_s):.2f}-{max(detect_s):.2f} s after the kill "
        f"(the output's watchdog); {sets_after} sets saved after the loss"
    )
    if no_server:
        r.add("a whole session with no sound server at start: visual-only notice, completed")
    r.add("no device at start (the player alone): tests/audio/test_no_server.py, every `make test`")
