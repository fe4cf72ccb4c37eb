"""The real app, heard: a session of iso-5x5, started as soon as the sounds are loaded
(tests/e2e/app_main.py), plays in real time into a PulseAudio null sink with the user's
default settings (voice on); the recorded onsets must follow `phtcoach timeline --json`
and the app must stay responsive throughout.

Voice on matters: every voiced cue starts a tone and a word at the same instant, which froze
the event loop when each clip was its own QSoundEffect (Qt 6.11 + PulseAudio: stderr filled
with "QSocketNotifier: Socket notifiers cannot be enabled or disabled from another thread").
The window covers the lead-in, the first set's five holds with their counts, and the first
set's save at 50 s, which the app logs: a frozen app logs nothing and plays nothing.

`PHTCOACH_E2E_LISTEN_S=160` listens to the whole 155 s session instead (a manual check).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from phtcoach.core.model import Settings
from tests.audio.recording import (
    NullSink,
    detect_onsets,
    match_onsets,
    null_sink,  # noqa: F401  (the fixture)
    read_wav,
)
from tests.e2e.runner_app import REPO, SESSION_STARTED, SET_SAVED, AppProcess, run_app

LISTEN_S = float(os.environ.get("PHTCOACH_E2E_LISTEN_S", "56"))
FIRST_SET_SAVED_S = 50.0  # iso-5x5: five 5 s holds with 5 s rests after a 5 s lead-in
MATCH_S = 0.080  # how far from its place an onset may be and still count as that cue
TOLERANCE_S = 0.030  # every cue, the first one included
TIGHT_S = 0.003  # nine cues in ten
# Every cue, the first one included, is placed sample-accurately ahead of time (issue 13):
# within +-1 ms of the schedule (p99 0.5-1.0 ms; the first cue -2.6..+2.1 ms, Space starting
# the session `runner_plan.START_LEAD_S` after the key) on an idle machine, 2026-12-02. Before
# that the first cue was heard 55-60 ms late and later ones within 30 ms. The output stream
# is pulled on the GUI thread, so on a loaded 2-core machine a stall can still make one cue
# late (seen once in 5 runs under a load average of 3.4): every cue must be within
# TOLERANCE_S, nine in ten within TIGHT_S.
NOTIFIER = "QSocketNotifier"


def timeline(template: str) -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, "-m", "phtcoach", "timeline", template, "--json"],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO,
        timeout=60,
    )
    result: dict[str, object] = json.loads(out.stdout)
    return result


def listen(app: AppProcess, until: float) -> None:
    """Wait until `until` (monotonic), failing at once if the app dies or starts to spew."""
    while time.monotonic() < until:
        assert app.proc.poll() is None, app.text()[-3000:]
        with app._lock:
            spew = sum(NOTIFIER in line for _, line in app.lines[-50:])
        assert spew == 0, "the event loop froze: " + app.text()[-1000:]
        time.sleep(min(0.25, max(0.0, until - time.monotonic())))


@pytest.mark.e2e
@pytest.mark.audio
def test_voiced_session_is_heard_on_schedule_and_stays_responsive(
    null_sink: NullSink,  # noqa: F811
    tmp_path: Path,
) -> None:
    assert Settings().voice, "the default this test relies on: users hear the words"
    plan = timeline("iso-5x5")
    cues = [c for c in plan["cues"] if float(c["at_s"]) < LISTEN_S - 1]  # type: ignore[attr-defined]
    expected = [float(c["at_s"]) for c in cues]
    assert any(c["say"] for c in cues)
    with (
        null_sink.record_timed(tmp_path / "monitor.wav") as recording,
        run_app(tmp_path / "data", "--start", "iso-5x5", env=null_sink.env) as app,
    ):
        started_at, _ = app.wait_for(SESSION_STARTED, timeout=30)
        listen(app, started_at + LISTEN_S)
        saved_at, _ = app.wait_for(SET_SAVED, timeout=1)
        text = app.text()
    assert "visual cues only" not in text, text
    assert NOTIFIER not in text, text[-3000:]
    assert len(text.splitlines()) < 200, "stderr should hold a few log lines, not a flood"
    # Responsive: the first set was saved (and logged) on time, not whenever a stall ended.
    assert saved_at - started_at == pytest.approx(FIRST_SET_SAVED_S, abs=1.0)

    # In real time: the null sink's own clock runs fast (see TimedRecording), the user's not.
    onsets = recording.real_times(detect_onsets(recording.path))
    match = match_onsets(expected, onsets, tolerance_s=MATCH_S)
    # The first cue (the exercise's name at 0 s) is there, right after keep-awake started.
    assert match.errors[0] is not None, f"first cue missing; onsets {onsets[:5]}"
    assert abs(match.errors[0]) <= TOLERANCE_S, f"first cue {match.errors[0] * 1000:.1f} ms off"
    # p99 over every cue of the window, a missing cue counting as infinitely late.
    errors = np.array([abs(e) if e is not None else np.inf for e in match.errors])
    p90 = float(np.quantile(errors, 0.90, method="higher"))
    assert p90 <= TIGHT_S, f"p90 error {p90 * 1000:.1f} ms: cues are not placed ahead"
    p99 = float(np.quantile(errors, 0.99, method="higher"))
    assert p99 <= TOLERANCE_S, (
        f"p99 error {p99 * 1000:.1f} ms; {len(cues) - match.matched} of {len(cues)} cues missing: "
        + ", ".join(
            f"{c['sound']}/{c['say']}@{c['at_s']}"
            for c, e in zip(cues, match.errors, strict=True)
            if e is None
        )
    )
    worst = sorted(zip(errors, cues, strict=True), key=lambda ec: -ec[0])[:3]
    print(  # shown with -s: the numbers for a report
        f"cues {len(cues)}, matched {match.matched}, p90 {p90 * 1000:.1f} ms, "
        f"p99 {p99 * 1000:.1f} ms, first {match.errors[0] * 1000:+.1f} ms, worst: "
        + ", ".join(f"{c['sound']}/{c['say']}@{c['at_s']} {e * 1000:.1f} ms" for e, c in worst)
    )

    # Not clipped: the first cue is heard at full level (it is the only "phase" tone). The
    # lead-in now says the exercise's name, which starts softly ("s-"), so the level is read
    # over the tone's first quarter second rather than its first tenth.
    x, rate = read_wav(recording.path)
    first = match.times[0]
    assert first is not None
    start = round(first / recording.clock()[1] * rate)
    assert float(np.max(np.abs(x[start : start + round(0.25 * rate)]))) > 0.3
