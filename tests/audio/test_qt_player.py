"""QtCuePlayer's decisions, seen through its seams: fake effects, device probe and waker.

No sound server is needed: the fakes stand in for QSoundEffect / QAudioSink, and the player's
real logic (preload, toggles, ducking, staleness, failure to visual-only) runs unchanged.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from phtcoach.audio.cues import NO_DEVICE_MESSAGE, NO_FILES_MESSAGE, TONE_UNDER_VOICE
from phtcoach.audio.qt_player import PRIME_GAIN, QtCuePlayer
from phtcoach.core.cues import PHRASES, SOUNDS, Sound, clip_name
from phtcoach.core.errors import ValidationError
from phtcoach.paths import assets_dir


class FakeEffect:
    def __init__(self, rig: Rig, path: Path, on_error: Callable[[], None]) -> None:
        self.rig, self.name, self.on_error = rig, path.stem, on_error
        self.playing = False
        self.stops = 0
        self.closed = False

    def play(self, volume: float) -> None:
        self.rig.played.append((self.name, round(volume, 6)))
        self.playing = True

    def stop(self) -> None:
        self.stops += 1
        self.playing = False

    def is_playing(self) -> bool:
        return self.playing

    def is_loaded(self) -> bool:
        return True

    def close(self) -> None:
        self.closed = True


class FakeWaker:
    def __init__(self) -> None:
        self.running = False
        self.starts = 0

    def start(self) -> bool:
        self.running = True
        self.starts += 1
        return True

    def stop(self) -> None:
        self.running = False


class Rig:
    """Builds a QtCuePlayer on fakes and remembers everything they were asked to do."""

    def __init__(self, assets: Path, device: str | None = "Speakers") -> None:
        self.assets = assets
        self.device = device
        self.played: list[tuple[str, float]] = []
        self.effects: list[FakeEffect] = []
        self.wakers: list[FakeWaker] = []
        self.status: list[tuple[bool, str]] = []

    def effect(self, path: Path, on_error: Callable[[], None]) -> FakeEffect:
        fx = FakeEffect(self, path, on_error)
        self.effects.append(fx)
        return fx

    def waker(self) -> FakeWaker:
        self.wakers.append(FakeWaker())
        return self.wakers[-1]

    def player(self, **settings: int | bool) -> QtCuePlayer:
        player = QtCuePlayer(
            self.assets,
            effect_factory=self.effect,
            device_probe=lambda: self.device,
            waker_factory=self.waker,
            **settings,  # type: ignore[arg-type]
        )
        player.set_status_listener(lambda ok, msg: self.status.append((ok, msg)))
        player.preload()
        return player


@pytest.fixture
def rig() -> Rig:
    return Rig(assets_dir())


def test_preload_makes_one_effect_per_clip(rig: Rig) -> None:
    player = rig.player()
    assert player.available
    assert player.status_message == ""
    assert set(player.tones) == set(SOUNDS)
    assert set(player.words) == set(PHRASES)
    assert player.report() == {"audio": "ok", "device": "Speakers", "clips": 86}
    assert player.loaded
    assert rig.played == []
    assert rig.status == [(True, "")]


def test_word_starts_with_its_tone_which_is_ducked(rig: Rig) -> None:
    player = rig.player(volume=100)
    player.play("start", "hold")
    player.play("countdown", None)
    assert rig.played == [("start", TONE_UNDER_VOICE), ("hold", 1.0), ("countdown", 1.0)]


def test_volume_scales_every_clip(rig: Rig) -> None:
    player = rig.player(volume=100)
    player.set_volume(50)
    player.play("rest", "rest")
    assert rig.played == [("rest", round(0.1 * TONE_UNDER_VOICE, 6)), ("rest", 0.1)]
    with pytest.raises(ValidationError):
        player.set_volume(101)


def test_ticks_toggle_silences_tick_tones_only(rig: Rig) -> None:
    player = rig.player(volume=100, ticks=False)
    player.play("tick", None)
    player.play("tick", "4")
    player.play("phase", None)
    player.set_ticks(True)
    player.play("tick", None)
    assert rig.played == [("4", 1.0), ("phase", 1.0), ("tick", 1.0)]


def test_voice_toggle_silences_words_and_undoes_ducking(rig: Rig) -> None:
    player = rig.player(volume=100)
    player.set_voice(False)
    player.play("start", "hold")
    player.set_voice(True)
    player.play("start", "hold")
    assert rig.played == [("start", 1.0), ("start", TONE_UNDER_VOICE), ("hold", 1.0)]


def test_turning_voice_off_cuts_the_word_being_spoken(rig: Rig) -> None:
    player = rig.player()
    player.play(None, "session complete")
    word = player.words["session complete"]
    player.set_voice(False)
    assert not word.is_playing()


def test_a_new_word_cuts_the_previous_one(rig: Rig) -> None:
    player = rig.player()
    player.play("countdown", "3")
    player.play("countdown", "2")
    three = player.words["3"]
    assert isinstance(three, FakeEffect)
    assert three.stops == 1
    assert player.words["2"].is_playing()


def test_stale_cues_are_skipped_and_counted(rig: Rig) -> None:
    player = rig.player(volume=100)
    player.play("start", "hold", late_s=0.51)
    player.play("countdown", None, late_s=0.49)
    assert rig.played == [("countdown", 1.0)]
    assert player.skipped_stale == 1


def test_unknown_names_never_raise(rig: Rig) -> None:
    player = rig.player(volume=100)
    player.play("gong", "hold")
    player.play("start", "sixty-one")
    assert rig.played == [("hold", 1.0), ("start", 1.0)]


def test_no_output_device_means_visual_only(rig: Rig) -> None:
    rig.device = None
    player = rig.player()
    player.play("start", "hold")
    player.keep_awake(True)
    assert not player.available
    assert player.status_message == NO_DEVICE_MESSAGE
    assert rig.effects == []
    assert rig.wakers == []
    assert rig.played == []
    assert player.report() == {"audio": "visual-only", "device": None, "clips": 0}
    assert rig.status == [(False, NO_DEVICE_MESSAGE)]


def test_an_effect_error_switches_to_visual_only(rig: Rig) -> None:
    player = rig.player()
    player.keep_awake(True)
    player.play("start", "hold")
    rig.effects[0].on_error()
    rig.effects[1].on_error()  # every effect fails together when the device goes
    rig.played.clear()
    player.play("rest", "rest")
    assert rig.played == []
    assert not player.available
    assert player.status_message == NO_DEVICE_MESSAGE
    assert rig.status == [(True, ""), (False, NO_DEVICE_MESSAGE)]
    assert not player.words["hold"].is_playing()
    assert not rig.wakers[0].running


def test_an_error_while_preloading_sticks(tmp_path: Path) -> None:
    rig = Rig(assets_dir())

    def failing(path: Path, on_error: Callable[[], None]) -> FakeEffect:
        on_error()
        return rig.effect(path, on_error)

    player = QtCuePlayer(rig.assets, effect_factory=failing, device_probe=lambda: "Speakers")
    player.preload()
    assert not player.available
    assert player.status_message == NO_DEVICE_MESSAGE


def test_missing_files_are_skipped_and_no_files_is_visual_only(tmp_path: Path) -> None:
    sounds = tmp_path / "sounds"
    (sounds / "voice").mkdir(parents=True)
    shutil.copy(assets_dir() / "sounds" / "start.wav", sounds / "start.wav")
    shutil.copy(assets_dir() / "sounds" / "voice" / f"{clip_name('hold')}.wav", sounds / "voice")
    partial = Rig(tmp_path)
    player = partial.player(volume=100)
    assert player.available
    assert player.report()["clips"] == 2
    player.play("rest", "hold")
    assert partial.played == [("hold", 1.0)]
    shutil.rmtree(sounds)
    empty = Rig(tmp_path).player()
    assert not empty.available
    assert empty.status_message == NO_FILES_MESSAGE


def test_keep_awake_runs_a_stream_and_primes_the_effects(rig: Rig) -> None:
    player = rig.player(volume=100)
    player.keep_awake(True)
    assert rig.wakers[0].running
    assert rig.played == [(Sound.TICK.value, PRIME_GAIN)]
    player.keep_awake(False)
    assert not rig.wakers[0].running
    player.keep_awake(True)
    assert len(rig.wakers) == 1
    assert rig.wakers[0].starts == 2


def test_muted_player_does_not_prime(rig: Rig) -> None:
    player = rig.player(volume=0)
    player.keep_awake(True)
    assert rig.wakers[0].running
    assert rig.played == []


def test_losing_and_regaining_the_device(rig: Rig) -> None:
    player = rig.player()
    player.keep_awake(True)
    first = list(rig.effects)
    rig.device = None
    player.refresh_device()
    assert not player.available
    assert not rig.wakers[0].running
    rig.device = "USB headset"
    player.refresh_device()
    assert player.available
    assert player.device == "USB headset"
    assert all(fx.closed for fx in first)
    assert len(rig.effects) == 2 * len(first)
    assert rig.wakers[-1].running, "a running session stays awake on the new device"
    assert rig.status == [(True, ""), (False, NO_DEVICE_MESSAGE), (True, "")]


def test_close_releases_everything_and_later_calls_are_harmless(rig: Rig) -> None:
    player = rig.player()
    player.keep_awake(True)
    effects = list(rig.effects)
    player.close()
    rig.played.clear()
    player.play("start", "hold")
    player.keep_awake(True)
    player.refresh_device()
    player.close()
    assert rig.played == []
    assert not player.available
    assert all(fx.closed for fx in effects)
    assert not rig.wakers[0].running
