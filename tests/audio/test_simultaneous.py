"""Regression: a tone and a word started at the same instant, again and again, as voiced cues do.

With one QSoundEffect per clip, Qt 6.11 on PulseAudio froze the event loop when two clips
started within ~60 ms, printing "QSocketNotifier: Socket notifiers cannot be enabled or
disabled from another thread" millions of times. The real player runs in a subprocess on a
null sink: it must finish in time, stay quiet on stderr, and every cue must be heard on
schedule, each the same latency after its play() call.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import numpy as np
import pytest

from phtcoach.core.cues import PHRASES, SOUNDS
from tests.audio.recording import (
    NullSink,
    detect_onsets,
    match_onsets,
    null_sink,  # noqa: F401  (the fixture)
    run_watched,
)

REPO = Path(__file__).resolve().parents[2]
PLAY_SCHEDULE = Path(__file__).with_name("play_schedule.py")
# Every voiced cue kind of a session, 1 s apart as the timeline's counts are.
SCHEDULE = [
    ("phase", "get ready", 0.0),
    ("countdown", "3", 1.0),
    ("countdown", "2", 2.0),
    ("countdown", "1", 3.0),
    ("start", "hold", 4.0),
    ("tick", "4", 5.0),
    ("rest", "rest", 6.0),
    ("set_end", "set done", 7.0),
    ("session_end", "session complete", 8.0),
]
# Then a burst of pairs, 4 a second, to make the freeze as likely as it was in a session (the
# timing is checked on the cues above only: the onset detector needs them 1 s apart).
BURST = [(s, w, 10.0 + i / 4) for i, (s, w, _) in enumerate(SCHEDULE[1:] * 3)]
TOLERANCE_S = 0.030
TIMEOUT_S = 45  # the schedule takes ~18 s; a frozen event loop never ends


@pytest.mark.audio
def test_tone_and_word_together_play_on_time_without_freezing(
    null_sink: NullSink,  # noqa: F811
    tmp_path: Path,
) -> None:
    played_json = tmp_path / "played.json"
    with null_sink.record_timed(tmp_path / "monitor.wav") as recording:
        run = run_watched(
            [sys.executable, str(PLAY_SCHEDULE), str(played_json), "--voice"]
            + [f"{sound}/{say}:{at}" for sound, say, at in SCHEDULE + BURST],
            env={**os.environ, **null_sink.env, "PYTHONPATH": str(REPO)},
            timeout=TIMEOUT_S,
        )
    stderr = "\n".join(run.stderr_tail[-20:])
    assert run.returncode is not None, f"the player froze (no exit in {TIMEOUT_S} s):\n{stderr}"
    assert run.notifier_lines == 0, stderr
    assert run.returncode == 0, stderr
    played = json.loads(played_json.read_text())
    clips = len(SOUNDS) + len(PHRASES)
    assert played["report"] == {"audio": "ok", "device": "NullSink", "clips": clips}
    assert max(played["late_s"]) < 0.010, "the deadline timers themselves were late"

    expected = [at for _, _, at in SCHEDULE]
    onsets = recording.real_times(detect_onsets(recording.path))
    match = match_onsets(expected, onsets, tolerance_s=TOLERANCE_S)
    assert match.matched == len(SCHEDULE), f"onsets {onsets} vs schedule: {match}"
    assert match.abs_errors().max() <= TOLERANCE_S

    start, _ = recording.clock()
    heard = start + np.array(match.times, dtype=np.float64)
    latency = heard - np.array(played["played_at"][: len(SCHEDULE)])
    assert latency.max() < 0.120, f"latencies (ms) {np.round(latency * 1000, 1)}"
    assert np.ptp(latency) < 0.020, f"latency must be constant; (ms) {np.round(latency * 1000, 1)}"
