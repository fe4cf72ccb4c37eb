"""The shipped clips: one per cue, in the format the player expects, and fit for a room."""

from __future__ import annotations

import itertools
import wave
from pathlib import Path

import numpy as np
import pytest

from phtcoach.core.cues import EXERCISE_NAMES, PHRASES, SOUNDS, Sound, clip_name
from phtcoach.core.model import Side
from phtcoach.core.programme import load_builtin
from phtcoach.core.timeline import (
    PHASE_SAYS,
    SINGLE_LEG_ECCENTRIC_SAYS,
    TEMPO_KINDS,
    compile_timeline,
)
from phtcoach.paths import asset
from tests.audio.recording import read_wav

SOUNDS_DIR = asset("sounds")
VOICE_DIR = SOUNDS_DIR / "voice"


TONE_RATE, VOICE_RATE = 48_000, 24_000  # speech needs no more (espeak-ng speaks at 22.05 kHz)


def assert_format(path: Path) -> float:
    """Assert mono 16-bit PCM at its rate (voice 24 kHz, tones 48 kHz); the duration in s."""
    assert path.is_file(), f"missing {path}"
    rate = VOICE_RATE if "voice" in path.parts else TONE_RATE
    with wave.open(str(path), "rb") as w:
        assert (w.getframerate(), w.getnchannels(), w.getsampwidth()) == (rate, 1, 2), path
        assert w.getcomptype() == "NONE"
        return w.getnframes() / w.getframerate()


def dbfs(x: float) -> float:
    return 20 * float(np.log10(max(x, 1e-9)))


def dominant_hz(path: Path) -> float:
    x, rate = read_wav(path)
    n = 1 << 16
    spectrum = np.abs(np.fft.rfft(x * np.hanning(len(x)), n))
    return float(np.fft.rfftfreq(n, 1 / rate)[int(np.argmax(spectrum))])


@pytest.mark.parametrize("sound", SOUNDS)
def test_tone_is_short_clean_and_unclipped(sound: str) -> None:
    path = SOUNDS_DIR / f"{sound}.wav"
    duration = assert_format(path)
    if sound == Sound.TICK:
        assert duration <= 0.060
    else:
        assert 0.150 <= duration <= 0.600
    x, _ = read_wav(path)
    assert max(abs(x[0]), abs(x[-1])) < 0.01, "no fade: the edges would click"
    assert dbfs(float(np.max(np.abs(x)))) <= -0.5, "peaks at full scale clip after resampling"
    assert dbfs(float(np.max(np.abs(x[: int(0.01 * 48_000)])))) > -30, "the attack is the cue"


@pytest.mark.parametrize("phrase", PHRASES)
def test_voice_clip_starts_at_once_and_is_normalised(phrase: str) -> None:
    path = VOICE_DIR / f"{clip_name(phrase)}.wav"
    duration = assert_format(path)
    assert 0.15 <= duration <= 1.2, f"{phrase!r} lasts {duration:.2f} s"
    x, rate = read_wav(path)
    first_sound = int(np.argmax(np.abs(x) > 0.01)) / rate
    assert first_sound <= 0.030, f"{phrase!r} starts {first_sound * 1000:.0f} ms late"
    assert -2.0 <= dbfs(float(np.max(np.abs(x)))) <= -0.5


def test_voice_dir_holds_exactly_the_phrases() -> None:
    wanted = {f"{clip_name(p)}.wav" for p in PHRASES}
    assert {p.name for p in VOICE_DIR.glob("*.wav")} == wanted


def test_tones_are_told_apart_by_pitch() -> None:
    pitch = {s: dominant_hz(SOUNDS_DIR / f"{s}.wav") for s in SOUNDS}
    for a, b in itertools.combinations(SOUNDS, 2):
        ratio = max(pitch[a], pitch[b]) / min(pitch[a], pitch[b])
        assert ratio >= 1.059, f"{a} ({pitch[a]:.0f} Hz) and {b} ({pitch[b]:.0f} Hz): < a semitone"
    # Small laptop speakers play little below ~400 Hz; the ear is most sensitive near 1-3 kHz.
    assert all(400 <= hz <= 2500 for hz in pitch.values()), pitch


def test_ticks_are_quieter_than_starts_and_ends() -> None:
    def rms_db(sound: str) -> float:
        x, _ = read_wav(SOUNDS_DIR / f"{sound}.wav")
        return dbfs(float(np.sqrt(np.mean(x * x))))

    assert rms_db(Sound.TICK) <= rms_db(Sound.START) - 10
    assert rms_db(Sound.PHASE) < rms_db(Sound.START)
    assert rms_db(Sound.SESSION_END) > rms_db(Sound.COUNTDOWN)


def test_sound_assets_stay_small() -> None:
    # 101 phrases (the exercise names among them) at 24 kHz/16-bit and the tones make about
    # 3.6 MB; this guards against accidental growth (stereo, 48 kHz voice, untrimmed silence):
    # see assets/sounds/README.md.
    # Each other language's voice (voice/<lang>/, same clips, same format) has the same budget.
    languages = [d for d in (SOUNDS_DIR / "voice").iterdir() if d.is_dir()]
    english = [p for p in SOUNDS_DIR.rglob("*.wav") if not any(d in p.parents for d in languages)]
    assert sum(p.stat().st_size for p in english) < 4_000_000
    for d in languages:
        assert sum(p.stat().st_size for p in d.glob("*.wav")) < 4_000_000, d.name


# --------------------------------------------------------------------------- what is said


def spoken_by_builtins() -> set[str]:
    """Every word the built-in sessions say, for either side and side order."""
    programme = load_builtin(asset("protocols"))
    said: set[str] = set()
    for t in programme.templates.values():
        for side, first in itertools.product((Side.LEFT, Side.RIGHT), (True, False)):
            tl = compile_timeline(t, affected_side=side, affected_first=first)
            said |= {c.say for c in tl.cues if c.say is not None}
    return said


def test_every_phrase_the_timeline_can_emit_has_a_clip() -> None:
    vocabulary = (
        set(PHASE_SAYS.values())
        | set(SINGLE_LEG_ECCENTRIC_SAYS.values())
        | set(EXERCISE_NAMES.values())
        | {"last set", "last rep", "session complete"}
        | {str(n) for n in range(1, 61)}
    )
    said = spoken_by_builtins()
    assert {"up on two legs", "lower on one", "switch sides", "last rep", "last set"} <= said
    for phrase in vocabulary | said:
        assert phrase in PHRASES, phrase
        assert (VOICE_DIR / f"{clip_name(phrase)}.wav").is_file(), f"no clip for {phrase!r}"


def test_every_builtin_exercise_has_a_spoken_name() -> None:
    programme = load_builtin(asset("protocols"))
    builtin = {slug for slug, ex in programme.exercises.items() if ex.builtin}
    assert set(EXERCISE_NAMES) == builtin
    said = spoken_by_builtins()
    used = {b.exercise.slug for t in programme.templates.values() for b in t.blocks}
    assert {EXERCISE_NAMES[slug] for slug in used} <= said


def test_words_that_start_a_counted_phase_end_before_the_count() -> None:
    # Tempo phases count aloud from 1 s in: the word starting them must be over by then,
    # or the "2" would cut it off.
    for kind in TEMPO_KINDS:
        for word in {PHASE_SAYS[kind], SINGLE_LEG_ECCENTRIC_SAYS.get(kind, PHASE_SAYS[kind])}:
            assert assert_format(VOICE_DIR / f"{clip_name(word)}.wav") < 1.0, word
