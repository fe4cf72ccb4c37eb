"""The onset detector and matcher the end-to-end audio tests rely on, on synthetic recordings."""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np
import pytest

from phtcoach.core.cues import clip_name
from phtcoach.paths import asset
from tests.audio.recording import detect_onsets, match_onsets, read_wav

RATE = 48_000


def mix(path: Path, cues: list[tuple[str, float]], length_s: float, noise_db: float = -70) -> None:
    """Write a recording with each clip (tone name or 'voice:phrase') starting at its time."""
    out = np.random.default_rng(7).normal(0, 10 ** (noise_db / 20), round(length_s * RATE))
    for name, at in cues:
        if name.startswith("voice:"):
            clip = asset("sounds", "voice", f"{clip_name(name[6:])}.wav")
        else:
            clip = asset("sounds", f"{name}.wav")
        x, _ = read_wav(clip)
        start = round(at * RATE)
        out[start : start + len(x)] += x[: len(out) - start]
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes((np.clip(out, -1, 1) * 32767).astype("<i2").tobytes())


def test_detects_every_tone_kind_to_the_millisecond(tmp_path: Path) -> None:
    times = [0.3, 0.8, 1.3, 1.8, 2.3, 2.8, 3.3]
    kinds = ["start", "tick", "countdown", "phase", "rest", "set_end", "session_end"]
    mix(tmp_path / "r.wav", list(zip(kinds, times, strict=True)), 4.2)
    onsets = detect_onsets(tmp_path / "r.wav")
    assert len(onsets) == len(times), onsets
    assert np.max(np.abs(np.array(onsets) - times)) < 0.003


def test_a_quiet_tick_right_after_a_long_tone_is_still_found(tmp_path: Path) -> None:
    mix(tmp_path / "r.wav", [("rest", 0.2), ("tick", 0.7), ("set_end", 1.2), ("tick", 1.7)], 2.2)
    assert detect_onsets(tmp_path / "r.wav") == pytest.approx([0.2, 0.7, 1.2, 1.7], abs=0.003)


def test_cues_with_words_still_match_the_schedule(tmp_path: Path) -> None:
    # Later syllables of a word are onsets too; matching against the schedule ignores them.
    cues = [
        ("voice:get ready", 0.2),
        ("start", 1.2),
        ("voice:hold", 1.2),
        ("tick", 2.2),
        ("countdown", 3.2),
        ("voice:3", 3.2),
        ("rest", 4.2),
        ("voice:session complete", 4.2),
    ]
    mix(tmp_path / "r.wav", cues, 5.8)
    onsets = detect_onsets(tmp_path / "r.wav")
    expected = sorted({at for _, at in cues})
    match = match_onsets(expected, onsets, tolerance_s=0.03)
    assert match.matched == len(expected), onsets
    assert match.abs_errors().max() < 0.003
    assert match.offset == pytest.approx(0.0, abs=0.003)


def test_silence_has_no_onsets(tmp_path: Path) -> None:
    mix(tmp_path / "r.wav", [], 1.0, noise_db=-60)
    assert detect_onsets(tmp_path / "r.wav") == []


def test_match_finds_the_offset_despite_extra_and_missing_onsets() -> None:
    expected = [0.0, 0.7, 2.0, 2.5, 4.0, 4.6]
    # Output latency 0.2 s; cues 0 and 5 missing; 0.4, 3.3 and 5.9 are extra (syllables).
    detected = [0.4, 0.912, 2.205, 2.698, 3.3, 4.2, 5.9]
    match = match_onsets(expected, detected, tolerance_s=0.03)
    assert match.offset == pytest.approx(0.2, abs=0.006)
    assert match.matched == 4
    assert match.errors[0] is None
    assert match.errors[5] is None
    assert match.times[1] == pytest.approx(0.912)
    assert match.abs_errors().max() < 0.01


def test_match_reports_a_late_cue_outside_the_tolerance() -> None:
    match = match_onsets([0.0, 0.5, 1.0, 1.5], [0.1, 0.6, 1.15, 1.6], tolerance_s=0.03)
    assert match.errors[2] is None
    assert match.matched == 3
