"""QtCuePlayer's decisions, heard through a fake output that pulls the real mixer.

No sound server is needed: `FakeOutput` stands in for the QAudioSink and reads the mix the
player produced, so these tests check the actual samples (which clips, how loud, summed,
cut) as well as the stream's life cycle (keep-awake, on demand, failure, device changes).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtWidgets import QApplication

from phtcoach.audio.cues import (
    FAILED_MESSAGE,
    NO_DEVICE_MESSAGE,
    NO_FILES_MESSAGE,
    TONE_UNDER_VOICE,
)
from phtcoach.audio.mixer import FADE_S, RATE, Mixer, OutputFormat, read_clip, soft_clip
from phtcoach.audio.qt_player import QtCuePlayer
from phtcoach.core.cues import PHRASES, SOUNDS, clip_name
from phtcoach.core.errors import ValidationError
from phtcoach.paths import assets_dir

FADE = round(FADE_S * RATE)


def tone(name: str) -> np.ndarray:
    return read_clip(assets_dir() / "sounds" / f"{name}.wav").astype(np.float64) / 32768


def word(phrase: str) -> np.ndarray:
    path = assets_dir() / "sounds" / "voice" / f"{clip_name(phrase)}.wav"
    return read_clip(path).astype(np.float64) / 32768


def mix(*parts: tuple[np.ndarray, float], n: int) -> np.ndarray:
    """What the stream should carry: the clips at their gains, summed and compressed."""
    out = np.zeros(n)
    for clip, gain in parts:
        out[: min(n, clip.size)] += clip[:n] * gain
    return soft_clip(out.astype(np.float32)).astype(np.float64)


class FakeOutput:
    def __init__(self, rig: Rig, mixer: Mixer, on_error: Callable[[], None]) -> None:
        mixer.set_format(rig.format)
        self.rig, self.mixer, self.on_error = rig, mixer, on_error
        self.format = rig.format
        self.running = False
        self.starts = 0
        self.closed = False

    def start(self) -> bool:
        if self.rig.refuse_start:
            return False
        self.running = True
        self.starts += 1
        return True

    def stop(self) -> None:
        self.running = False

    def close(self) -> None:
        self.running = False
        self.closed = True

    def pull(self, seconds: float) -> np.ndarray:
        """The next `seconds` of the stream, as floats (first channel)."""
        fmt = self.format
        data = self.mixer.read(round(seconds * fmt.rate) * fmt.bytes_per_frame)
        dtype = {"int16": np.int16, "float": np.float32}[fmt.sample]
        x = np.frombuffer(data, dtype).reshape(-1, fmt.channels).astype(np.float64)
        return x[:, 0] / 32767 if fmt.sample == "int16" else x[:, 0]


class Rig:
    """Builds a QtCuePlayer on a fake output and remembers what happened to it."""

    def __init__(self, assets: Path, device: str | None = "Speakers") -> None:
        self.assets = assets
        self.device = device
        self.format = OutputFormat()
        self.refuse_start = False
        self.outputs: list[FakeOutput] = []
        self.status: list[tuple[bool, str]] = []

    def output_factory(self, mixer: Mixer, on_error: Callable[[], None]) -> FakeOutput:
        self.outputs.append(FakeOutput(self, mixer, on_error))
        return self.outputs[-1]

    @property
    def out(self) -> FakeOutput:
        return self.outputs[-1]

    def player(self, **settings: int | bool) -> QtCuePlayer:
        player = QtCuePlayer(
            self.assets,
            output_factory=self.output_factory,
            device_probe=lambda: self.device,
            mixer=Mixer(),
            **settings,  # type: ignore[arg-type]
        )
        player.set_status_listener(lambda ok, msg: self.status.append((ok, msg)))
        player.preload()
        return player


@pytest.fixture
def rig(qapp: QApplication) -> Rig:
    return Rig(assets_dir())


def test_preload_decodes_every_clip_and_opens_nothing_yet(rig: Rig) -> None:
    player = rig.player()
    assert player.available
    assert player.status_message == ""
    assert set(player.tones) == set(SOUNDS)
    assert set(player.words) == set(PHRASES)
    assert player.tones["tick"].dtype == np.int16
    clips = len(SOUNDS) + len(PHRASES)
    assert player.report() == {"audio": "ok", "device": "Speakers", "clips": clips}
    assert player.loaded
    assert rig.outputs == []
    assert rig.status == [(True, "")]


def test_tone_and_word_start_together_the_tone_ducked(rig: Rig) -> None:
    player = rig.player(volume=100)
    player.keep_awake(True)
    player.play("start", "hold")
    heard = rig.out.pull(0.5)
    expected = mix((tone("start"), TONE_UNDER_VOICE), (word("hold"), 1.0), n=heard.size)
    np.testing.assert_allclose(heard, expected, atol=2 / 32767)
    player.play("countdown", None)
    heard = rig.out.pull(0.2)
    np.testing.assert_allclose(heard, mix((tone("countdown"), 1.0), n=heard.size), atol=2 / 32767)


def test_volume_scales_every_clip(rig: Rig) -> None:
    player = rig.player(volume=100)
    player.set_volume(50)
    player.play("rest", "rest")
    heard = rig.out.pull(0.6)
    expected = mix((tone("rest"), 0.1 * TONE_UNDER_VOICE), (word("rest"), 0.1), n=heard.size)
    np.testing.assert_allclose(heard, expected, atol=2 / 32767)
    with pytest.raises(ValidationError):
        player.set_volume(101)


def test_muted_player_plays_silence(rig: Rig) -> None:
    player = rig.player(volume=0)
    player.play("start", "hold")
    assert not rig.out.pull(0.3).any()


def test_ticks_toggle_silences_tick_tones_only(rig: Rig) -> None:
    player = rig.player(volume=100, ticks=False)
    player.keep_awake(True)
    player.play("tick", None)
    assert not player.mixer.busy
    player.play("tick", "4")
    heard = rig.out.pull(0.6)
    np.testing.assert_allclose(heard, mix((word("4"), 1.0), n=heard.size), atol=2 / 32767)
    player.set_ticks(True)
    player.play("tick", None)
    heard = rig.out.pull(0.1)
    np.testing.assert_allclose(heard, mix((tone("tick"), 1.0), n=heard.size), atol=2 / 32767)


def test_voice_toggle_silences_words_and_undoes_ducking(rig: Rig) -> None:
    player = rig.player(volume=100)
    player.set_voice(False)
    player.play("start", "hold")
    heard = rig.out.pull(0.5)
    np.testing.assert_allclose(heard, mix((tone("start"), 1.0), n=heard.size), atol=2 / 32767)


def test_turning_voice_off_cuts_the_word_being_spoken(rig: Rig) -> None:
    player = rig.player(volume=100)
    player.play(None, "session complete")
    assert np.abs(rig.out.pull(0.2)).max() > 0.1
    player.set_voice(False)
    after = rig.out.pull(0.2)
    assert not after[FADE:].any()
    assert not player.mixer.busy


def test_a_new_word_cuts_the_previous_one(rig: Rig) -> None:
    player = rig.player(volume=100)
    player.keep_awake(True)
    player.play(None, "session complete")
    rig.out.pull(0.2)
    player.play(None, "2")
    heard = rig.out.pull(0.5)
    expected = mix((word("2"), 1.0), n=heard.size)
    np.testing.assert_allclose(heard[FADE:], expected[FADE:], atol=2 / 32767)


def test_stale_cues_are_skipped_and_counted(rig: Rig) -> None:
    player = rig.player(volume=100)
    player.play("start", "hold", late_s=0.51)
    assert player.skipped_stale == 1
    assert rig.outputs == [], "nothing to play: the stream is not even opened"
    player.play("countdown", None, late_s=0.49)
    heard = rig.out.pull(0.2)
    np.testing.assert_allclose(heard, mix((tone("countdown"), 1.0), n=heard.size), atol=2 / 32767)


def test_unknown_names_never_raise(rig: Rig) -> None:
    player = rig.player(volume=100)
    player.play("gong", "hold")
    heard = rig.out.pull(0.5)
    np.testing.assert_allclose(heard, mix((word("hold"), 1.0), n=heard.size), atol=2 / 32767)
    player.play("start", "sixty-one")
    heard = rig.out.pull(0.4)
    np.testing.assert_allclose(heard, mix((tone("start"), 1.0), n=heard.size), atol=2 / 32767)


def test_no_output_device_means_visual_only(rig: Rig) -> None:
    rig.device = None
    player = rig.player()
    player.play("start", "hold")
    player.keep_awake(True)
    assert not player.available
    assert player.status_message == NO_DEVICE_MESSAGE
    assert rig.outputs == []
    assert player.report() == {"audio": "visual-only", "device": None, "clips": 0}
    assert rig.status == [(False, NO_DEVICE_MESSAGE)]


def test_an_output_error_switches_to_visual_only(rig: Rig) -> None:
    player = rig.player()
    player.keep_awake(True)
    player.play("start", "hold")
    rig.out.on_error()
    rig.out.on_error()  # reported twice (error state, then the watchdog): one notice
    assert not player.available
    assert player.status_message == NO_DEVICE_MESSAGE
    assert rig.status == [(True, ""), (False, NO_DEVICE_MESSAGE)]
    assert rig.out.closed
    assert not player.mixer.busy
    player.play("rest", "rest")
    player.keep_awake(True)
    assert len(rig.outputs) == 1
    assert not player.mixer.busy


def test_an_output_that_will_not_start_is_visual_only(rig: Rig) -> None:
    rig.refuse_start = True
    player = rig.player()
    player.keep_awake(True)
    assert not player.available
    assert player.status_message == FAILED_MESSAGE
    assert rig.out.closed
    assert rig.status == [(True, ""), (False, FAILED_MESSAGE)]


def test_an_output_that_cannot_be_made_is_visual_only(rig: Rig) -> None:
    def broken(mixer: Mixer, on_error: Callable[[], None]) -> FakeOutput:
        raise RuntimeError("no sink")

    player = QtCuePlayer(rig.assets, output_factory=broken, device_probe=lambda: "Speakers")
    player.preload()
    player.play("start", "hold")
    assert not player.available
    assert player.status_message == FAILED_MESSAGE


def test_missing_files_are_skipped_and_no_files_is_visual_only(rig: Rig, tmp_path: Path) -> None:
    sounds = tmp_path / "sounds"
    (sounds / "voice").mkdir(parents=True)
    shutil.copy(assets_dir() / "sounds" / "start.wav", sounds / "start.wav")
    shutil.copy(assets_dir() / "sounds" / "voice" / f"{clip_name('hold')}.wav", sounds / "voice")
    (sounds / "rest.wav").write_bytes(b"RIFF, but not really")
    partial = Rig(tmp_path)
    player = partial.player(volume=100)
    assert player.available
    assert player.report()["clips"] == 2
    player.play("rest", "hold")
    heard = partial.out.pull(0.5)
    np.testing.assert_allclose(heard, mix((word("hold"), 1.0), n=heard.size), atol=2 / 32767)
    shutil.rmtree(sounds)
    empty = Rig(tmp_path).player()
    assert not empty.available
    assert empty.status_message == NO_FILES_MESSAGE


def test_keep_awake_runs_the_stream_and_lets_the_last_word_finish(rig: Rig) -> None:
    player = rig.player(volume=100)
    player.keep_awake(True)
    assert rig.out.running
    assert not rig.out.pull(0.1).any(), "awake is silence"
    player.play("session_end", "session complete")
    player.keep_awake(False)
    assert rig.out.running, "'session complete' is still to be heard"
    player.sleep_if_idle()  # the linger timer fires while the word plays
    assert rig.out.running
    assert np.abs(rig.out.pull(2.0)).max() > 0.5
    player.sleep_if_idle()
    assert not rig.out.running
    player.keep_awake(True)
    assert len(rig.outputs) == 1
    assert rig.out.starts == 2


def test_a_cue_outside_a_session_opens_the_stream_on_demand(rig: Rig) -> None:
    player = rig.player(volume=100)
    player.play("tick", None)
    assert rig.out.running
    assert not player.awake
    player.sleep_if_idle()
    assert rig.out.running, "the tick has not been heard yet"
    rig.out.pull(0.1)
    player.sleep_if_idle()
    assert not rig.out.running


def test_an_awake_stream_never_sleeps(rig: Rig) -> None:
    player = rig.player()
    player.keep_awake(True)
    player.play("tick", None)
    rig.out.pull(0.1)
    player.sleep_if_idle()
    assert rig.out.running


def test_losing_and_regaining_the_device(rig: Rig) -> None:
    player = rig.player(volume=100)
    player.keep_awake(True)
    first = rig.out
    rig.device = None
    player.refresh_device()
    assert not player.available
    assert first.closed
    player.play("start", None)
    assert len(rig.outputs) == 1
    rig.device = "USB headset"
    player.refresh_device()
    assert player.available
    assert player.device == "USB headset"
    assert len(rig.outputs) == 2
    assert rig.out.running, "a running session stays awake on the new device"
    assert rig.status == [(True, ""), (False, NO_DEVICE_MESSAGE), (True, "")]
    player.play("start", None)
    assert np.abs(rig.out.pull(0.3)).max() > 0.5


def test_a_changed_default_device_reopens_the_stream(rig: Rig) -> None:
    player = rig.player()
    player.keep_awake(True)
    player.refresh_device()
    assert len(rig.outputs) == 1, "same device: nothing to do"
    rig.device = "HDMI"
    player.refresh_device()
    assert rig.outputs[0].closed
    assert rig.out.running
    assert rig.status == [(True, "")]


def test_a_device_that_comes_back_but_will_not_start_stays_visual_only(rig: Rig) -> None:
    player = rig.player()
    player.keep_awake(True)
    rig.out.on_error()
    rig.refuse_start = True
    player.refresh_device()
    assert not player.available
    assert rig.status == [(True, ""), (False, NO_DEVICE_MESSAGE), (False, FAILED_MESSAGE)]
    rig.refuse_start = False
    player.refresh_device()
    assert player.available
    assert rig.out.running


def test_a_device_that_needs_another_format_gets_converted_clips(rig: Rig) -> None:
    rig.format = OutputFormat(rate=44_100, channels=2, sample="float")
    player = rig.player(volume=100)
    player.play("tick", None)
    fmt = rig.out.format
    data = player.mixer.read(round(0.1 * fmt.rate) * fmt.bytes_per_frame)
    frames = np.frombuffer(data, np.float32).reshape(-1, 2)
    np.testing.assert_array_equal(frames[:, 0], frames[:, 1])
    sounding = np.flatnonzero(np.abs(frames[:, 0]) > 1e-3)
    original = np.flatnonzero(np.abs(tone("tick")) > 1e-3)
    duration = (original[-1] - original[0]) / RATE
    assert (sounding[-1] - sounding[0]) / 44_100 == pytest.approx(duration, abs=0.001)
    assert np.abs(frames[:, 0]).max() == pytest.approx(np.abs(tone("tick")).max(), rel=0.05)


def test_close_releases_everything_and_later_calls_are_harmless(rig: Rig) -> None:
    player = rig.player()
    player.keep_awake(True)
    player.play("start", "hold")
    player.close()
    assert rig.out.closed
    assert not player.mixer.busy
    player.play("start", "hold")
    player.keep_awake(True)
    player.refresh_device()
    player.close()
    assert len(rig.outputs) == 1
    assert not player.available
    assert not player.mixer.busy


def test_losing_the_output_is_logged_once(rig: Rig, caplog: pytest.LogCaptureFixture) -> None:
    """The floor shows the notice; the log says it too, once (the reliability row's evidence)."""
    player = rig.player()
    player.keep_awake(True)
    with caplog.at_level("WARNING", logger="phtcoach.audio.qt_stream"):
        rig.out.on_error()
        rig.out.on_error()
    assert [r.getMessage() for r in caplog.records] == [f"sound lost: {NO_DEVICE_MESSAGE}"]
