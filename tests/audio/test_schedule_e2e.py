"""The real audio path, heard: QtCuePlayer on deadline timers into a PulseAudio null sink.

A subprocess plays a known schedule (8 different tones 0.5 s apart, the first one right after
keep-awake starts, as at a session's start); the sink's monitor is recorded and the detected
onsets must keep the schedule's intervals, with the first cue present at full level.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from phtcoach.core.cues import PHRASES, SOUNDS
from tests.audio.recording import (
    NullSink,
    detect_onsets,
    match_onsets,
    null_sink,  # noqa: F401  (the fixture)
    play_schedule,
    read_wav,
)

SCHEDULE = [
    ("start", 0.0),
    ("tick", 0.5),
    ("countdown", 1.0),
    ("phase", 1.5),
    ("rest", 2.0),
    ("set_end", 2.5),
    ("start", 3.0),
    ("session_end", 3.5),
]
TOLERANCE_S = 0.030


@pytest.mark.audio
def test_cues_sound_on_their_deadlines(null_sink: NullSink, tmp_path: Path) -> None:  # noqa: F811
    played_json, recording = tmp_path / "played.json", tmp_path / "monitor.wav"
    with null_sink.record(recording):
        play_schedule(null_sink, played_json, [f"{sound}:{at}" for sound, at in SCHEDULE])
    played = json.loads(played_json.read_text())
    clips = len(SOUNDS) + len(PHRASES)
    assert played["report"] == {"audio": "ok", "device": "NullSink", "clips": clips}
    assert max(played["late_s"]) < 0.010, "the deadline timers themselves were late"

    expected = [at for _, at in SCHEDULE]
    onsets = detect_onsets(recording)
    match = match_onsets(expected, onsets, tolerance_s=TOLERANCE_S)
    assert match.matched == len(SCHEDULE), f"onsets {onsets} vs schedule: {match}"
    heard = np.array(match.times, dtype=float)
    interval_errors = np.diff(heard) - np.diff(expected)
    assert np.max(np.abs(interval_errors)) <= TOLERANCE_S, interval_errors
    assert match.abs_errors().max() <= TOLERANCE_S

    # Not clipped: the first cue is as loud as the same tone played later in the session.
    x, rate = read_wav(recording)

    def peak(at: float) -> float:
        start = round(at * rate)
        return float(np.max(np.abs(x[start : start + round(0.1 * rate)])))

    first, later = heard[0], heard[[s for s, _ in SCHEDULE].index("start", 1)]
    assert peak(first) >= 0.8 * peak(later)


@pytest.mark.audio
def test_planned_cues_are_heard_at_their_instant(null_sink: NullSink, tmp_path: Path) -> None:  # noqa: F811
    """Handed over 0.3 s ahead (as the runner plans), each cue is heard at the very instant it
    is due on the monotonic clock (when the screen changes): the recording, mapped to real
    time, is compared with each due instant in absolute terms, not only the intervals."""
    played_json, wav = tmp_path / "played.json", tmp_path / "monitor.wav"
    schedule = [(sound, at + 0.013 * i) for i, (sound, at) in enumerate(SCHEDULE * 2)]
    cues = [
        f"{sound}:{at + (4.0 if i >= len(SCHEDULE) else 0.0)}"
        for i, (sound, at) in enumerate(schedule)
    ]
    with null_sink.record_timed(wav) as recording:
        play_schedule(null_sink, played_json, ["--plan", *cues])
    due = json.loads(played_json.read_text())["due_at"]
    heard = np.array([recording.monotonic(t) for t in detect_onsets(wav)])
    assert heard.size >= len(due), heard
    errors = np.array([heard[np.argmin(np.abs(heard - d))] - d for d in due])
    print(f"planned cues vs due: mean {errors.mean() * 1000:.2f} ms, max |e| "
          f"{np.abs(errors).max() * 1000:.2f} ms")  # fmt: skip
    # Measured within +-1.5 ms (2026-12-02); the bound leaves room for a loaded machine. On a
    # shared machine one cue in a run was once heard 91 ms late (the recorder or the sink
    # stalled): one such glitch is tolerated here, a pattern of them is not. The exact
    # figures are the benchmark's (docs/benchmarks.md), measured on a quiet machine.
    off = np.abs(errors) > 0.008
    assert off.sum() <= 1, errors
    assert np.abs(errors).max() <= 0.15, errors  # even that one well inside the 0.3 s lead
    assert abs(np.median(errors)) <= 0.003, errors
