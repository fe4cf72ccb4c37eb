"""The QtMultimedia CuePlayer: preloaded QSoundEffects, a silent keep-awake stream, and a fallback.

Measured on PySide6 6.12 with PulseAudio (null sink, tests/audio/test_schedule_e2e.py):
- All QSoundEffects of a process share one output stream; once primed, a play() is heard
  ~constant latency later (within 1-2 ms between cues).
- The very first audible play() of a process is ~15 ms later than the following ones. Playing
  a real clip at -40 dB once (`keep_awake(True)` does it) removes the difference; playing an
  all-zero clip, or at volume 0, does not.
- A looping QSoundEffect (loopCount Infinite) sends Qt into a busy loop printing
  "QSocketNotifier: Invalid socket": the keep-awake stream is therefore a QAudioSink fed with
  zeros, which keeps the sound server from suspending the device between cues.
- With no sound server, QMediaDevices.audioOutputs() is empty (and QSoundEffects would go to
  Error within milliseconds): both lead to visual-only mode, never to an exception.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QIODevice, QUrl

# QAudio is imported only so that PySide 6.12 can convert QAudioSink.stateChanged's argument
# (a QAudio::State): without it the connected slot raises TypeError. Note that state() and
# error() return the *other* enums, QtAudio.State / QtAudio.Error.
from PySide6.QtMultimedia import (  # noqa: F401
    QAudio,
    QAudioFormat,
    QAudioSink,
    QMediaDevices,
    QSoundEffect,
    QtAudio,
)

from phtcoach.audio.cues import (
    NO_DEVICE_MESSAGE,
    NO_FILES_MESSAGE,
    STALE_AFTER_S,
    TONE_UNDER_VOICE,
    AudioReport,
    StatusListener,
    select_cue,
    tone_path,
    voice_path,
    volume_gain,
)
from phtcoach.core.cues import PHRASES, SOUNDS, Sound

log = logging.getLogger(__name__)

PRIME_GAIN = 0.01
"""-40 dB: the priming tick is inaudible, yet loud enough to count as a first real play."""

KEEP_AWAKE_RATE = 48_000


class Effect(Protocol):
    """One preloaded clip. The seam tests use to see which clips were asked to play."""

    def play(self, volume: float) -> None: ...

    def stop(self) -> None: ...

    def is_playing(self) -> bool: ...

    def is_loaded(self) -> bool: ...

    def close(self) -> None: ...


EffectFactory = Callable[[Path, Callable[[], None]], Effect]
"""Makes the effect for a wav file; the callback is called if the effect fails (device gone)."""


class Waker(Protocol):
    """A stream that keeps the output device running while a session runs."""

    def start(self) -> bool: ...

    def stop(self) -> None: ...


class SoundEffect:
    """A QSoundEffect that plays once per play() and reports its Error status."""

    def __init__(self, path: Path, on_error: Callable[[], None]) -> None:
        self._on_error = on_error
        self._fx = QSoundEffect()
        self._fx.setLoopCount(1)
        self._fx.statusChanged.connect(self._check_status)
        self._fx.setSource(QUrl.fromLocalFile(str(path)))
        self._check_status()

    def _check_status(self) -> None:
        if self._fx.status() == QSoundEffect.Status.Error:
            log.warning("sound effect failed: %s", self._fx.source().toLocalFile())
            self._on_error()

    def play(self, volume: float) -> None:
        self._fx.setVolume(volume)
        self._fx.play()

    def stop(self) -> None:
        self._fx.stop()

    def is_playing(self) -> bool:
        return self._fx.isPlaying()

    def is_loaded(self) -> bool:
        return self._fx.status() == QSoundEffect.Status.Ready

    def close(self) -> None:
        self._fx.stop()
        self._fx.statusChanged.disconnect(self._check_status)


class _Zeros(QIODevice):
    """An endless source of silence for the keep-awake QAudioSink (pull mode)."""

    def readData(self, maxlen: int, /) -> object:
        return bytes(maxlen - maxlen % 2)

    def writeData(self, data: bytes | bytearray | memoryview, length: int = 0, /) -> int:
        return -1

    def bytesAvailable(self) -> int:
        return 1 << 16

    def isSequential(self) -> bool:
        return True


class SilenceStream:
    """A QAudioSink on the default output playing zeros: the device never idles into sleep."""

    def __init__(self) -> None:
        fmt = QAudioFormat()
        fmt.setSampleRate(KEEP_AWAKE_RATE)
        fmt.setChannelCount(1)
        fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        self._sink = QAudioSink(QMediaDevices.defaultAudioOutput(), fmt)
        self._sink.stateChanged.connect(self._state_changed)
        self._zeros = _Zeros()
        self._zeros.open(QIODevice.OpenModeFlag.ReadOnly)

    def _state_changed(self, state: object) -> None:
        if self._sink.error() != QtAudio.Error.NoError:
            log.debug("keep-awake stream: %s (%s)", state, self._sink.error())

    def start(self) -> bool:
        if self._sink.state() != QtAudio.State.ActiveState:
            self._sink.start(self._zeros)
        ok = self._sink.error() == QtAudio.Error.NoError
        if not ok:
            log.warning("keep-awake stream failed to start: %s", self._sink.error())
        return ok

    def stop(self) -> None:
        self._sink.stop()


def default_output() -> str | None:
    """The default output device's name, or None when there is no output at all."""
    if not QMediaDevices.audioOutputs():
        return None
    device = QMediaDevices.defaultAudioOutput()
    return device.description() or "default"


class QtCuePlayer:
    """The CuePlayer the app uses when a sound device exists. GUI thread only.

    Every clip is a preloaded effect (a dict per kind), so a cue costs one play() call.
    The constructor's keyword seams (`effect_factory`, `device_probe`, `waker_factory`)
    let tests check what was asked to play without a sound card.
    """

    def __init__(
        self,
        assets: Path,
        *,
        volume: int = 80,
        voice: bool = True,
        ticks: bool = True,
        effect_factory: EffectFactory | None = None,
        device_probe: Callable[[], str | None] | None = None,
        waker_factory: Callable[[], Waker] | None = None,
    ) -> None:
        self._assets = assets
        self._gain = volume_gain(volume)
        self._voice = voice
        self._ticks = ticks
        self._make_effect: EffectFactory = effect_factory or SoundEffect
        self._probe = device_probe or default_output
        self._make_waker: Callable[[], Waker] = waker_factory or SilenceStream
        self.tones: dict[str, Effect] = {}
        self.words: dict[str, Effect] = {}
        self.skipped_stale = 0
        self._device: str | None = None
        self._available = False
        self._status = ""
        self._listener: StatusListener | None = None
        self._waker: Waker | None = None
        self._awake = False
        self._last_word: Effect | None = None
        self._closed = False
        self._watch: QMediaDevices | None = None
        if device_probe is None:
            self._watch = QMediaDevices()
            self._watch.audioOutputsChanged.connect(self.refresh_device)

    @property
    def available(self) -> bool:
        return self._available

    @property
    def status_message(self) -> str:
        return self._status

    @property
    def device(self) -> str | None:
        return self._device

    @property
    def loaded(self) -> bool:
        """Every clip decoded (QSoundEffect loads in the background after preload())."""
        effects = (*self.tones.values(), *self.words.values())
        return bool(effects) and all(fx.is_loaded() for fx in effects)

    def _set_state(self, available: bool, message: str) -> None:
        changed = (available, message) != (self._available, self._status)
        self._available, self._status = available, message
        if changed and self._listener is not None:
            self._listener(available, message)

    def preload(self) -> None:
        """Load every clip now (not at the first cue), or go visual-only saying why."""
        if self._closed or self.tones or self.words:
            return
        self._device = self._probe()
        if self._device is None:
            self._set_state(False, NO_DEVICE_MESSAGE)
            return
        tones = {s: tone_path(self._assets, s) for s in SOUNDS}
        words = {p: voice_path(self._assets, p) for p in PHRASES}
        missing = [p for p in (*tones.values(), *words.values()) if not p.is_file()]
        if len(missing) == len(tones) + len(words):
            self._set_state(False, NO_FILES_MESSAGE)
            return
        if missing:
            log.warning("%d sound files missing, e.g. %s", len(missing), missing[0])
        before = (self._available, self._status)
        # Available while creating: an effect may report Error at once, which must stick.
        self._available, self._status = True, ""
        for name, path in tones.items():
            if path.is_file():
                self.tones[name] = self._make_effect(path, self._effect_failed)
        for phrase, path in words.items():
            if path.is_file():
                self.words[phrase] = self._make_effect(path, self._effect_failed)
        if self._available and before != (True, "") and self._listener is not None:
            self._listener(True, "")

    def _effect_failed(self) -> None:
        """An effect in Error after the files were checked means the device failed."""
        if not self._available:
            return
        self._set_state(False, NO_DEVICE_MESSAGE)  # first: stopping may report more errors
        self.stop_all()
        if self._waker is not None:
            self._waker.stop()

    def refresh_device(self) -> None:
        """Follow the system's outputs: go visual-only when they vanish, reload when they change."""
        if self._closed:
            return
        name = self._probe()
        if name is None:
            if self._available:
                self.stop_all()
                if self._waker is not None:
                    self._waker.stop()
                self._set_state(False, NO_DEVICE_MESSAGE)
            self._device = None
            return
        if name != self._device or not self._available:
            log.info("audio output now %r: reloading clips", name)
            self._unload()
            self.preload()
            if self._awake:
                self.keep_awake(True)

    def _unload(self) -> None:
        for fx in (*self.tones.values(), *self.words.values()):
            fx.close()
        self.tones.clear()
        self.words.clear()
        self._last_word = None
        if self._waker is not None:
            self._waker.stop()
            self._waker = None

    def play(self, sound: str | None, say: str | None = None, *, late_s: float = 0.0) -> None:
        if not self._available:
            return
        if late_s > STALE_AFTER_S:
            self.skipped_stale += 1
        tone, word = select_cue(sound, say, late_s=late_s, voice=self._voice, ticks=self._ticks)
        tone_fx = self.tones.get(tone) if tone is not None else None
        word_fx = self.words.get(word) if word is not None else None
        if word_fx is not None and self._last_word is not None and self._last_word.is_playing():
            self._last_word.stop()  # never two words at once: the new one is the current cue
        if tone_fx is not None:
            tone_fx.play(self._gain * (TONE_UNDER_VOICE if word_fx is not None else 1.0))
        if word_fx is not None:
            word_fx.play(self._gain)
            self._last_word = word_fx

    def set_volume(self, percent: int) -> None:
        self._gain = volume_gain(percent)

    def set_voice(self, enabled: bool) -> None:
        self._voice = enabled
        if not enabled and self._last_word is not None:
            self._last_word.stop()

    def set_ticks(self, enabled: bool) -> None:
        self._ticks = enabled

    def stop_all(self) -> None:
        for fx in (*self.tones.values(), *self.words.values()):
            if fx.is_playing():
                fx.stop()

    def keep_awake(self, on: bool) -> None:
        """Hold the device awake for a session, and prime the effects' stream (see module doc)."""
        self._awake = on
        if not on:
            if self._waker is not None:
                self._waker.stop()
            return
        if not self._available:
            return
        if self._waker is None:
            try:
                self._waker = self._make_waker()
            except Exception:
                log.exception("keep-awake stream unavailable")
                return
        self._waker.start()
        prime = self.tones.get(Sound.TICK)
        if prime is not None and self._gain > 0:
            prime.play(min(PRIME_GAIN, self._gain))

    def set_status_listener(self, listener: StatusListener | None) -> None:
        self._listener = listener

    def report(self) -> AudioReport:
        return {
            "audio": "ok" if self._available else "visual-only",
            "device": self._device,
            "clips": len(self.tones) + len(self.words),
        }

    def close(self) -> None:
        if self._closed:
            return
        self.keep_awake(False)
        self.stop_all()
        self._unload()
        if self._watch is not None:
            self._watch.audioOutputsChanged.disconnect(self.refresh_device)
            self._watch = None
        self._closed = True
        self._available = False
