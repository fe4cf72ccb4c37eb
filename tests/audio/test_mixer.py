"""The mixer on its own: what the stream carries, sample by sample, without Qt or a device."""

from __future__ import annotations

import threading
import wave
from pathlib import Path

import numpy as np
import pytest

from phtcoach.audio.mixer import (
    FADE_S,
    KNEE,
    RATE,
    Mixer,
    OutputFormat,
    encode,
    read_clip,
    resample,
    soft_clip,
)
from tests.fakes import FakeClock


def ramp(n: int, level: float = 0.5) -> np.ndarray:
    """A clip whose every sample is distinct, so any shift or gain error shows."""
    return (np.linspace(0.1, 1.0, n) * level * 32767).astype(np.int16)


def pcm(data: bytes) -> np.ndarray:
    return np.frombuffer(data, np.int16).astype(np.float64) / 32767


def write_wav(path: Path, samples: np.ndarray, *, rate: int, channels: int, width: int = 2) -> None:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(channels)
        w.setsampwidth(width)
        w.setframerate(rate)
        w.writeframes(samples.tobytes())


def test_idle_stream_is_silence_in_whole_frames() -> None:
    mixer = Mixer(OutputFormat(channels=2))
    assert mixer.read(4 * 100 + 3) == bytes(400)
    assert mixer.read(3) == b""
    assert mixer.frames_out == 100
    assert not mixer.busy
    unsigned = Mixer(OutputFormat(sample="uint8"))
    assert unsigned.read(5) == bytes([128] * 5)


def test_a_clip_is_played_once_at_its_gain_then_silence() -> None:
    clip = ramp(1000)
    mixer = Mixer()
    mixer.start(clip, 0.5)
    out = pcm(mixer.read(2 * 1500))
    np.testing.assert_allclose(out[:1000], clip / 32768 * 0.5, atol=1.5 / 32767)
    assert not out[1000:].any()
    assert not mixer.busy


def test_tone_and_word_at_once_are_summed() -> None:
    tone, word = ramp(800, 0.3), ramp(1200, 0.4)[::-1].copy()
    mixer = Mixer()
    mixer.start(tone, 0.5)
    mixer.start(word, 1.0, word=True)
    out = pcm(mixer.read(2 * 1200))
    expected = word / 32768
    expected[:800] += tone / 32768 * 0.5
    np.testing.assert_allclose(out, expected, atol=1.5 / 32767)


def test_a_clip_spans_several_reads_without_a_seam() -> None:
    clip = ramp(1000)
    whole, pieces = Mixer(), Mixer()
    whole.start(clip, 1.0)
    pieces.start(clip, 1.0)
    joined = b"".join(pieces.read(2 * n) for n in (1, 333, 250, 416))
    assert joined == whole.read(2 * 1000)


def test_a_new_word_cuts_the_previous_one_with_a_short_fade() -> None:
    first, second = np.full(4800, 16000, np.int16), np.full(4800, 8000, np.int16)
    fade = round(FADE_S * RATE)
    mixer = Mixer()
    mixer.start(first, 1.0, word=True)
    mixer.read(2 * 1000)
    mixer.start(second, 1.0, word=True)
    out = pcm(mixer.read(2 * 1000))
    old = out - 8000 / 32768
    assert np.all(np.diff(old[: fade + 1]) < 0), "the cut word fades out, it does not click"
    assert old[0] == pytest.approx(16000 / 32768, abs=1e-4)
    np.testing.assert_allclose(out[fade:], 8000 / 32768, atol=1e-4)


def test_a_word_cut_before_it_was_heard_is_dropped() -> None:
    mixer = Mixer()
    mixer.start(np.full(100, 9000, np.int16), 1.0, word=True)
    mixer.start(np.full(100, 3000, np.int16), 1.0, word=True)
    out = pcm(mixer.read(2 * 100))
    np.testing.assert_allclose(out, 3000 / 32768, atol=1e-4)


def test_tones_survive_a_word_cut_and_stop_all_silences_everything() -> None:
    tone = np.full(2000, 4000, np.int16)
    mixer = Mixer()
    mixer.start(tone, 1.0)
    mixer.start(np.full(2000, 4000, np.int16), 1.0, word=True)
    mixer.read(2 * 10)
    mixer.stop_words()
    after = pcm(mixer.read(2 * 500))
    np.testing.assert_allclose(after[round(FADE_S * RATE) :], 4000 / 32768, atol=1e-4)
    mixer.stop_all()
    assert mixer.busy, "fading out"
    mixer.read(2 * 500)
    assert not mixer.busy
    assert not pcm(mixer.read(2 * 100)).any()
    mixer.start(tone, 1.0)
    mixer.read(2 * 10)
    mixer.clear()
    assert not mixer.busy


def test_loud_sums_are_compressed_never_wrapped_or_hard_clipped() -> None:
    loud = np.full(100, 29000, np.int16)  # 0.885: under the knee on its own
    mixer = Mixer()
    mixer.start(loud, 1.0)
    mixer.start(loud, 1.0, word=True)
    out = pcm(mixer.read(2 * 100))
    assert np.all(out > KNEE)
    assert np.all(out <= 1.0)
    alone = Mixer()
    alone.start(loud, 1.0)
    np.testing.assert_allclose(pcm(alone.read(2 * 100)), 29000 / 32768, atol=1e-4)


def test_soft_clip_is_continuous_at_the_knee_and_bounded() -> None:
    x = np.linspace(-3, 3, 60001, dtype=np.float32)
    y = soft_clip(x)
    assert np.max(np.abs(y)) <= 1.0
    assert soft_clip(np.array([1.0], np.float32))[0] < 1.0
    assert np.all(np.diff(y) >= 0), "monotonic: louder in, louder out"
    under = np.abs(x) <= KNEE
    np.testing.assert_array_equal(y[under], x[under])
    assert np.max(np.abs(np.diff(y))) < 1.01 * float(x[1] - x[0])


def test_each_output_format_encodes_the_same_signal() -> None:
    mono = np.array([0.0, 0.5, -0.5, 1.0], np.float32)
    assert np.frombuffer(encode(mono, OutputFormat()), np.int16).tolist() == [
        0,
        16384,
        -16384,
        32767,
    ]
    stereo = np.frombuffer(encode(mono, OutputFormat(channels=2, sample="float")), np.float32)
    assert stereo.tolist() == [0.0, 0.0, 0.5, 0.5, -0.5, -0.5, 1.0, 1.0]
    wide = np.frombuffer(encode(mono, OutputFormat(sample="int32")), np.int32)
    assert wide[1] == 1073741824
    assert wide[3] == 2147483647
    assert encode(mono, OutputFormat(sample="uint8")) == bytes([128, 192, 64, 255])


def test_clips_are_aligned_to_the_pull_for_a_constant_latency() -> None:
    clock = FakeClock()
    mixer = Mixer(align_s=0.010, clock=clock.monotonic)
    clip = np.full(100, 8000, np.int16)
    mixer.start(clip, 1.0)
    clock.advance(0.004)  # the pull came 4 ms after play(): the clip starts 6 ms into it
    out = pcm(mixer.read(2 * 960))
    start = int(np.argmax(out > 0))
    assert start == round(0.006 * RATE)
    mixer.start(clip, 1.0)
    clock.advance(0.020)  # a late pull (the GUI thread was busy): at once, never in the past
    assert pcm(mixer.read(2 * 960))[0] > 0


def test_an_alignment_longer_than_the_pull_carries_over() -> None:
    clock = FakeClock()
    mixer = Mixer(align_s=0.010, clock=clock.monotonic)
    mixer.start(np.full(100, 8000, np.int16), 1.0)
    first = pcm(mixer.read(2 * 240))  # 5 ms
    second = pcm(mixer.read(2 * 480))
    assert not first.any()
    assert int(np.argmax(second > 0)) == 240


def test_read_clip_decodes_resamples_and_downmixes(tmp_path: Path) -> None:
    mono = ramp(480)
    write_wav(tmp_path / "mono.wav", mono, rate=RATE, channels=1)
    np.testing.assert_array_equal(read_clip(tmp_path / "mono.wav"), mono)

    stereo = np.stack([mono, np.zeros_like(mono)], axis=1)
    write_wav(tmp_path / "stereo.wav", stereo, rate=RATE, channels=2)
    np.testing.assert_allclose(read_clip(tmp_path / "stereo.wav"), mono / 2, atol=1)

    write_wav(tmp_path / "half.wav", mono[::2].copy(), rate=RATE // 2, channels=1)
    assert read_clip(tmp_path / "half.wav").size == 480

    write_wav(tmp_path / "8bit.wav", np.full(10, 128, np.uint8), rate=RATE, channels=1, width=1)
    with pytest.raises(ValueError, match="8-bit"):
        read_clip(tmp_path / "8bit.wav")
    (tmp_path / "junk.wav").write_bytes(b"not a wav")
    with pytest.raises(ValueError, match="junk"):
        read_clip(tmp_path / "junk.wav")


def test_resample_keeps_duration_and_shape() -> None:
    tone = (np.sin(np.arange(4800) * 2 * np.pi * 440 / RATE) * 20000).astype(np.int16)
    out = resample(tone, RATE, 44_100)
    assert out.size == 4410
    reference = np.sin(np.arange(4410) * 2 * np.pi * 440 / 44_100) * 20000
    assert np.max(np.abs(out - reference)) < 200


def test_starting_clips_while_another_thread_pulls_loses_nothing() -> None:
    mixer = Mixer()
    clip = np.full(48, 100, np.int16)
    total = []
    done = threading.Event()

    def pull() -> None:
        while not done.is_set() or mixer.busy:
            total.append(pcm(mixer.read(2 * 32)).sum())

    reader = threading.Thread(target=pull)
    reader.start()
    for _ in range(200):
        mixer.start(clip, 1.0)
    done.set()
    reader.join(timeout=10)
    assert sum(total) == pytest.approx(200 * 48 * 100 / 32768, rel=1e-3)


# --------------------------------------------------------------------------- the plan


def onset(x: np.ndarray) -> int:
    """Index of the first non-zero sample."""
    nz = np.flatnonzero(x)
    assert nz.size, "nothing was played"
    return int(nz[0])


def planned_mixer(latency_s: float = 0.0) -> tuple[Mixer, FakeClock]:
    clock = FakeClock()
    mixer = Mixer(clock=clock.monotonic)
    mixer.set_latency_probe(lambda: latency_s)
    return mixer, clock


def pull(mixer: Mixer, clock: FakeClock, frames: int) -> np.ndarray:
    """One pull of `frames` at the fake clock's now; the clock then moves by the chunk."""
    out = pcm(mixer.read(2 * frames))
    clock.advance(frames / RATE)
    return out


def test_a_scheduled_clip_starts_at_the_frame_heard_at_its_time() -> None:
    # The first frame of each pull is heard 40 ms after the pull: a clip due 100 ms from
    # now starts at the frame heard then, 60 ms (2880 frames) into the stream.
    mixer, clock = planned_mixer(latency_s=0.040)
    mixer.schedule(clock.monotonic() + 0.100, ramp(500), 0.5)
    stream = np.concatenate([pull(mixer, clock, 480) for _ in range(10)])
    assert onset(stream) == round(0.060 * RATE)
    np.testing.assert_allclose(stream[2880 : 2880 + 500], ramp(500) / 32768 * 0.5, atol=1.5 / 32767)
    assert mixer.late_starts == [0.0]
    assert mixer.heard_at(0) == pytest.approx(1000.040)


def test_pull_jitter_does_not_move_a_scheduled_clip() -> None:
    # Pulls come early and late (+-3 ms) but the queue shrinks and grows to match: the map
    # from frames to time is steady and the clip lands on its frame whatever the pull times.
    clock = FakeClock()
    mixer = Mixer(clock=clock.monotonic)
    t0 = clock.monotonic() + 0.050  # when frame 0 is heard
    mixer.set_latency_probe(lambda: t0 + mixer.frames_out / RATE - clock.monotonic())
    rng = np.random.default_rng(1)
    due = t0 + 0.5
    mixer.schedule(due, ramp(200), 0.5)
    chunks = []
    for i in range(100):
        at = 1000.0 + i * 0.010 + float(rng.uniform(-0.003, 0.003))
        clock.advance(at - clock.monotonic())
        chunks.append(pcm(mixer.read(2 * 480)))
    assert onset(np.concatenate(chunks)) == round(0.5 * RATE)


def test_a_late_latency_reading_does_not_move_the_map() -> None:
    # The probe reads up to 5 ms late at random (as measured on PulseAudio), never early: the
    # map follows the floor, so the clip is placed within a fraction of a millisecond.
    clock = FakeClock()
    mixer = Mixer(clock=clock.monotonic)
    rng = np.random.default_rng(2)
    t0 = 1000.050
    mixer.set_latency_probe(
        lambda: t0 + mixer.frames_out / RATE - clock.monotonic() + float(rng.uniform(0, 0.005))
    )
    mixer.schedule(t0 + 1.0, ramp(200), 0.5)
    stream = np.concatenate([pull(mixer, clock, 480) for _ in range(120)])
    assert abs(onset(stream) - RATE) <= round(0.0007 * RATE)


def test_a_scheduled_clip_already_past_plays_at_once_and_a_stale_one_not_at_all() -> None:
    mixer, clock = planned_mixer()
    mixer.schedule(clock.monotonic() - 0.020, ramp(100), 0.5)
    first = pull(mixer, clock, 480)
    assert onset(first) == 0
    assert mixer.late_starts == [pytest.approx(0.020)]
    mixer.schedule(clock.monotonic() - 0.8, ramp(100), 0.5)
    assert not pull(mixer, clock, 480).any()
    assert not mixer.busy


def test_cancel_drops_what_has_not_started_and_names_what_has() -> None:
    mixer, clock = planned_mixer()
    now = clock.monotonic()
    mixer.schedule(now + 0.005, ramp(2000), 0.5, key="soon")
    mixer.schedule(now + 0.300, ramp(2000), 0.5, key="later")
    head = pull(mixer, clock, 480)  # "soon" starts in this chunk
    assert onset(head) == 240
    assert mixer.cancel_scheduled() == {"soon"}
    rest = np.concatenate([pull(mixer, clock, 480) for _ in range(40)])
    assert rest[: 2000 - 240].all()  # "soon" plays out
    assert not rest[2000:].any()  # "later" never comes
    assert not mixer.busy


def test_a_scheduled_word_cuts_the_word_before_it_when_it_starts() -> None:
    mixer, clock = planned_mixer()
    now = clock.monotonic()
    mixer.schedule(now, np.full(48_000, 8000, np.int16), 1.0, word=True)
    mixer.schedule(now + 0.100, ramp(100), 1.0, word=True)
    stream = np.concatenate([pull(mixer, clock, 480) for _ in range(30)])
    start = round(0.100 * RATE)
    assert stream[start - 1] == pytest.approx(8000 / 32768, abs=1e-3)  # not cut before
    after = stream[start + round(FADE_S * RATE) + 200 :]
    assert not after.any()  # the first word faded out as the second began


def test_a_new_stream_keeps_the_plan_and_places_it_on_its_own_map() -> None:
    mixer, clock = planned_mixer(latency_s=0.040)
    mixer.start(ramp(4800), 0.5)
    mixer.schedule(clock.monotonic() + 0.200, ramp(100), 0.5)
    pull(mixer, clock, 480)
    mixer.clear()  # the output changed: what played is gone, the plan is not
    mixer.set_latency_probe(lambda: 0.070)  # the new output's latency
    stream = np.concatenate([pull(mixer, clock, 480) for _ in range(30)])
    assert onset(stream) == round((0.200 - 0.010 - 0.070) * RATE)
