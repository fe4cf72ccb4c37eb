"""The QtMultimedia CuePlayer: decoded clips mixed into one always-open QAudioSink.

Every clip is decoded once (stdlib `wave`) and `mixer.Mixer` sums the cues into a single
pull-mode stream, which is also the keep-awake stream: no QSoundEffect at all (two started
close together freeze the event loop). The stream itself, and what was measured about it,
is in `qt_output`; this module decides what plays and when the stream runs.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtMultimedia import QMediaDevices

from phtcoach.audio.cues import (
    FAILED_MESSAGE,
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
from phtcoach.audio.mixer import RATE, Clip, Mixer, read_clip, resample
from phtcoach.audio.qt_output import (
    PULL_PERIOD_S,
    Output,
    OutputFactory,
    SinkOutput,
    find_output,
    output_name,
)
from phtcoach.core.cues import PHRASES, SOUNDS

log = logging.getLogger(__name__)

LINGER_MS = 1000
"""After the last clip, an on-demand or no-longer-awake stream stays open this long."""


class QtCuePlayer:
    """The CuePlayer the app uses when a sound device exists. GUI thread only.

    Clips are decoded once at preload; a cue adds its tone and word to the mixer, which is
    heard within one pull of the always-open stream. Constructor seams: `output_factory`
    (the stream; tests pull the mixer themselves) and `device_probe` (the default output's
    name, None for no device).
    """

    def __init__(
        self,
        assets: Path,
        *,
        volume: int = 80,
        voice: bool = True,
        ticks: bool = True,
        device: str = "",
        output_factory: OutputFactory | None = None,
        device_probe: Callable[[], str | None] | None = None,
        mixer: Mixer | None = None,
    ) -> None:
        self._assets = assets
        self._device_id = device  # the chosen output's id; "" is the system's default
        self._gain = volume_gain(volume)
        self._voice = voice
        self._ticks = ticks
        self._make_output: OutputFactory = output_factory or self._sink_output
        self._probe = device_probe or (lambda: output_name(self._device_id))
        self.mixer = mixer or Mixer(align_s=PULL_PERIOD_S)
        self.tones: dict[str, Clip] = {}
        self.words: dict[str, Clip] = {}
        self._playable: tuple[dict[str, Clip], dict[str, Clip]] = (self.tones, self.words)
        self.skipped_stale = 0
        self._device: str | None = None
        self._available = False
        self._status = ""
        self._listener: StatusListener | None = None
        self._output: Output | None = None
        self._awake = False
        self._closed = False
        self._linger = QTimer()
        self._linger.setSingleShot(True)
        self._linger.setInterval(LINGER_MS)
        self._linger.timeout.connect(self.sleep_if_idle)
        self._watch: QMediaDevices | None = None
        if device_probe is None:
            self._watch = QMediaDevices()
            self._watch.audioOutputsChanged.connect(self.refresh_device)

    @property
    def available(self) -> bool:
        return self._available

    def _sink_output(self, mixer: Mixer, on_error: Callable[[], None]) -> Output:
        """The stream on the chosen output, or on the default one while it is missing."""
        return SinkOutput(mixer, on_error, find_output(self._device_id))

    def set_device(self, device_id: str) -> None:
        """Play through the output with this id from now on ("" = the system's default).

        A chosen output that disappears falls back to the default (`refresh_device` follows
        the system's list) and comes back when it reappears.
        """
        if device_id == self._device_id:
            return
        self._device_id = device_id
        self._device = None  # whatever it was, the stream is reopened on the new choice
        self.refresh_device()

    @property
    def status_message(self) -> str:
        return self._status

    @property
    def device(self) -> str | None:
        return self._device

    @property
    def output(self) -> Output | None:
        """The open stream, if any (None while visual-only or before the first cue)."""
        return self._output

    @property
    def loaded(self) -> bool:
        """Every clip is decoded (preload does it synchronously)."""
        return bool(self.tones or self.words)

    @property
    def awake(self) -> bool:
        return self._awake

    def _set_state(self, available: bool, message: str) -> None:
        changed = (available, message) != (self._available, self._status)
        if changed and self._available and not available:
            # The log says it too: the notice on the floor is the user's, this the support's.
            log.warning("sound lost: %s", message)
        self._available, self._status = available, message
        if changed and self._listener is not None:
            self._listener(available, message)

    def preload(self) -> None:
        """Decode every clip now (not at the first cue), or go visual-only saying why."""
        if self._closed or self.loaded:
            return
        self._device = self._probe()
        if self._device is None:
            self._set_state(False, NO_DEVICE_MESSAGE)
        elif self._decode():
            self._set_state(True, "")
        else:
            self._set_state(False, NO_FILES_MESSAGE)

    def _decode(self) -> bool:
        missing: list[Path] = []
        for clips, paths in (
            (self.tones, {s: tone_path(self._assets, s) for s in SOUNDS}),
            (self.words, {p: voice_path(self._assets, p) for p in PHRASES}),
        ):
            for name, path in paths.items():
                try:
                    clips[name] = read_clip(path)
                except (OSError, ValueError) as e:
                    missing.append(path)
                    log.debug("sound file unusable: %s", e)
        if missing:
            log.warning("%d sound files missing or unusable, e.g. %s", len(missing), missing[0])
        return self.loaded

    def _start_output(self) -> bool:
        """The stream running, opened on first use; False (and no stream) if it cannot be."""
        if self._output is None:
            try:
                self._output = self._make_output(self.mixer, self._output_failed)
            except Exception:
                log.exception("audio output could not be created")
                return False
            rate = self._output.format.rate
            if rate == RATE:
                self._playable = (self.tones, self.words)
            else:
                self._playable = (
                    {k: resample(v, RATE, rate) for k, v in self.tones.items()},
                    {k: resample(v, RATE, rate) for k, v in self.words.items()},
                )
        if self._output.running or self._output.start():
            return True
        self._close_output()
        return False

    def _open(self) -> bool:
        """The stream running; False, and visual-only, if it cannot be."""
        if not self._available:
            return False
        if self._start_output():
            return True
        self._output_failed(FAILED_MESSAGE)
        return False

    def _close_output(self) -> None:
        self._linger.stop()
        self.mixer.clear()
        if self._output is not None:
            self._output.close()
            self._output = None

    def _output_failed(self, message: str = NO_DEVICE_MESSAGE) -> None:
        """The stream failed or the server went: visual cues only, until the outputs change.

        No timed retry: Qt 6.11 aborts the process (pa_context_get_state assertion) when a
        sink starts while its PulseAudio connection is down, and says nothing when it is back.
        """
        self._close_output()
        if self._closed or not self._available:
            return
        self._set_state(False, message)

    def refresh_device(self) -> None:
        """Follow the system's outputs: go visual-only when they vanish, reopen when they change."""
        if self._closed:
            return
        name = self._probe()
        if name is None:
            if self._available:
                self._close_output()
                self._set_state(False, NO_DEVICE_MESSAGE)
            self._device = None
            return
        if name == self._device and self._available:
            return
        self._close_output()
        if not self.loaded and not self._decode():
            self._set_state(False, NO_FILES_MESSAGE)
            return
        self._device = name
        if self._awake and not self._start_output():
            log.info("audio output %r does not start", name)
            self._set_state(False, FAILED_MESSAGE)
            return
        log.info("audio output now %r", name)
        self._set_state(True, "")

    def play(self, sound: str | None, say: str | None = None, *, late_s: float = 0.0) -> None:
        if not self._available:
            return
        if late_s > STALE_AFTER_S:
            self.skipped_stale += 1
        tone, word = select_cue(sound, say, late_s=late_s, voice=self._voice, ticks=self._ticks)
        tone = tone if tone in self.tones else None
        word = word if word in self.words else None
        if (tone is None and word is None) or not self._open():
            return
        if not self._awake:
            self._linger.start()  # on demand: close again once it has been quiet a while
        tones, words = self._playable
        if tone is not None:
            duck = TONE_UNDER_VOICE if word is not None else 1.0
            self.mixer.start(tones[tone], self._gain * duck)
        if word is not None:
            self.mixer.start(words[word], self._gain, word=True)

    def set_volume(self, percent: int) -> None:
        self._gain = volume_gain(percent)

    def set_voice(self, enabled: bool) -> None:
        self._voice = enabled
        if not enabled:
            self.mixer.stop_words()

    def set_ticks(self, enabled: bool) -> None:
        self._ticks = enabled

    def stop_all(self) -> None:
        self.mixer.stop_all()

    def keep_awake(self, on: bool) -> None:
        """On: the stream runs for the whole session, so no cue waits for the device to wake.

        Off: the stream stays until what is playing ("session complete") has been heard.
        """
        self._awake = on
        if on:
            self._linger.stop()
            self._open()
        elif self._output is not None and self._output.running:
            self._linger.start()

    def sleep_if_idle(self) -> None:
        """The linger timer: stop the stream if no session needs it and nothing is playing."""
        if self._awake or self._output is None:
            return
        if self.mixer.busy:
            self._linger.start()
            return
        self._output.stop()

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
        self._awake = False
        self._close_output()
        if self._watch is not None:
            self._watch.audioOutputsChanged.disconnect(self.refresh_device)
            self._watch = None
        self._closed = True
        self._available = False
