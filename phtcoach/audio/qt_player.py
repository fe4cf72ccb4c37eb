"""The QtMultimedia CuePlayer: decoded clips mixed into one always-open QAudioSink.

Every clip is decoded once (stdlib `wave`) and `mixer.Mixer` sums the cues into a single
pull-mode stream, which is also the keep-awake stream: no QSoundEffect at all (two started
close together freeze the event loop). The stream itself, and what was measured about it,
is in `qt_output`; this module decides what plays and when the stream runs.

Start-up pays for none of it: constructing the player imports neither numpy nor the mixer
and decodes nothing. `preload()` (the app calls it just after the first paint; anything that
plays, schedules or keeps awake before then calls it itself) decodes the clips, builds the
mixer, and decides whether there is sound at all, telling the status listener if not.

Cues known ahead (`schedule`) go to the mixer with the instant they must be HEARD, and it
places them on the stream's frame-to-time map (see `mixer`): timer jitter never reaches
the ear. `play()` stays for one-off sounds (previews, the sound check, a late cue).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Hashable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtMultimedia import QMediaDevices

from phtcoach.audio.cues import (
    FAILED_MESSAGE,
    NO_DEVICE_MESSAGE,
    NO_FILES_MESSAGE,
    STALE_AFTER_S,
    TONE_UNDER_VOICE,
    AudioReport,
    ScheduledCue,
    StatusListener,
    select_cue,
    volume_gain,
)

if TYPE_CHECKING:  # numpy and the mixer load at preload, not at start-up
    from phtcoach.audio.mixer import Clip, Mixer
    from phtcoach.audio.qt_output import Output, OutputFactory

log = logging.getLogger(__name__)

LINGER_MS = 1000
"""After the last clip, an on-demand or no-longer-awake stream stays open this long."""

LEAD_MARGIN_S = 0.015
"""Added to the output's latency in `lead_s`: one pull period and some slack, so a cue handed
over `lead_s` ahead is always placed before its frame is written."""

DEFAULT_LEAD_S = 0.080
"""`lead_s` before the stream has pulled (its latency is not known yet)."""


def _default_probe(device_id: str) -> str | None:
    from phtcoach.audio.qt_output import output_name

    return output_name(device_id)


class QtCuePlayer:
    """The CuePlayer the app uses when a sound device exists. GUI thread only.

    Clips are decoded once at preload; a scheduled cue is placed in the always-open stream
    at the frame heard at its time, a played one is heard one pull (+ the buffer) later.
    Constructor seams: `output_factory` (the stream; tests pull the mixer themselves) and
    `device_probe` (the default output's name, None for no device).
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
        self._make_output: OutputFactory | None = output_factory
        self._probe = device_probe or (lambda: _default_probe(self._device_id))
        self._mixer: Mixer | None = mixer
        self._preloaded = False
        self.tones: dict[str, Clip] = {}
        self.words: dict[str, Clip] = {}
        self._playable: tuple[dict[str, Clip], dict[str, Clip]] = (self.tones, self.words)
        self.skipped_stale = 0
        self._device: str | None = None
        self._available = True  # until preload finds otherwise
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
        """True until `preload` (or a failure) shows there is no sound: the UI then hears of
        it through the status listener."""
        return self._available

    @property
    def mixer(self) -> Mixer:
        """The mixer (built, with numpy, on first use: normally at preload)."""
        if self._mixer is None:
            from phtcoach.audio.mixer import Mixer
            from phtcoach.audio.qt_output import PULL_PERIOD_S

            self._mixer = Mixer(align_s=PULL_PERIOD_S)
        return self._mixer

    def _sink_output(self, mixer: Mixer, on_error: Callable[[], None]) -> Output:
        """The stream on the chosen output, or on the default one while it is missing."""
        from phtcoach.audio import qt_output

        return qt_output.SinkOutput(mixer, on_error, qt_output.find_output(self._device_id))

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

    def _set_state(self, available: bool, message: str, *, decided: bool = False) -> None:
        """`decided`: preload's verdict, told to the listener even if it is no change."""
        changed = decided or (available, message) != (self._available, self._status)
        if changed and not decided and self._available and not available:
            # The log says it too: the notice on the floor is the user's, this the support's.
            log.warning("sound lost: %s", message)
        self._available, self._status = available, message
        if changed and self._listener is not None:
            self._listener(available, message)

    def preload(self) -> None:
        """Decode every clip now (not at the first cue), or go visual-only saying why.

        Idempotent; the app calls it after the first paint, and every call that needs the
        clips calls it first."""
        if self._closed or self._preloaded:
            return
        self._preloaded = True
        try:
            self.mixer  # noqa: B018  (numpy and the mixer: here, not at construction)
            self._device = self._probe()
        except Exception:
            log.exception("sound disabled")
            self._set_state(False, FAILED_MESSAGE, decided=True)
            return
        if self._device is None:
            self._set_state(False, NO_DEVICE_MESSAGE, decided=True)
        elif self._decode():
            self._set_state(True, "", decided=True)
        else:
            self._set_state(False, NO_FILES_MESSAGE, decided=True)

    def _decode(self) -> bool:
        from phtcoach.audio.clips import decode_all

        decode_all(self._assets, self.tones, self.words)
        return self.loaded

    def _start_output(self) -> bool:
        """The stream running, opened on first use; False (and no stream) if it cannot be."""
        if self._output is None:
            from phtcoach.audio.clips import at_rate

            make = self._make_output or self._sink_output
            try:
                self._output = make(self.mixer, self._output_failed)
            except Exception:
                log.exception("audio output could not be created")
                return False
            self._playable = at_rate(self.tones, self.words, self._output.format.rate)
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
        if self._mixer is not None:
            self._mixer.clear()
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
        if not self._preloaded:
            return  # preload decides the device when it runs (not before the first paint)
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
        self.preload()
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

    # ------------------------------------------------------------------ the plan

    def monotonic(self) -> float:
        """The clock `schedule` times are on (the mixer's: time.monotonic in the app)."""
        return self.mixer.clock() if self._mixer is not None else time.monotonic()

    @property
    def can_schedule(self) -> bool:
        return self._available and not self._closed

    @property
    def lead_s(self) -> float:
        """How far ahead a cue must be scheduled to be heard exactly on time: the output's
        latency now (from the stream's frame-to-time map) plus `LEAD_MARGIN_S`."""
        mixer, out = self._mixer, self._output
        if mixer is None or out is None or not out.running:
            return DEFAULT_LEAD_S
        heard = mixer.heard_at(mixer.frames_out)
        if heard is None:
            return DEFAULT_LEAD_S
        return max(0.0, heard - mixer.clock()) + LEAD_MARGIN_S

    def schedule(self, cues: Sequence[ScheduledCue]) -> None:
        """Place each cue so that it is heard at its `at` (this player's `monotonic`); one
        already past is played at once, one past by more than `STALE_AFTER_S` not at all."""
        self.preload()
        if not cues or not self._available or not self._open():
            return
        if not self._awake:
            self._linger.start()
        now = self.mixer.clock()
        tones, words = self._playable
        for c in cues:
            late = max(0.0, now - c.at)
            if late > STALE_AFTER_S:
                self.skipped_stale += 1
            tone, word = select_cue(
                c.sound, c.say, late_s=late, voice=self._voice, ticks=self._ticks
            )
            if tone is not None and tone in tones:
                duck = TONE_UNDER_VOICE if word in words else 1.0
                self.mixer.schedule(c.at, tones[tone], self._gain * duck, key=c.key)
            if word is not None and word in words:
                self.mixer.schedule(c.at, words[word], self._gain, word=True, key=c.key)

    def cancel_scheduled(self) -> set[Hashable]:
        """Drop every scheduled cue not yet started; the keys of those already in the stream."""
        if self._mixer is None:
            return set()
        return self._mixer.cancel_scheduled()

    def set_volume(self, percent: int) -> None:
        self._gain = volume_gain(percent)

    def set_voice(self, enabled: bool) -> None:
        self._voice = enabled
        if not enabled and self._mixer is not None:
            self._mixer.stop_words()

    def set_ticks(self, enabled: bool) -> None:
        self._ticks = enabled

    def stop_all(self) -> None:
        if self._mixer is not None:
            self._mixer.stop_all()

    def keep_awake(self, on: bool) -> None:
        """On: the stream runs for the whole session, so no cue waits for the device to wake.

        Off: the stream stays until what is playing ("session complete") has been heard.
        """
        self._awake = on
        if on:
            self.preload()
            self._linger.stop()
            self._open()
        elif self._output is not None and self._output.running:
            self._linger.start()

    def sleep_if_idle(self) -> None:
        """The linger timer: stop the stream if no session needs it and nothing is playing."""
        if self._awake or self._output is None:
            return
        if self._mixer is not None and self._mixer.busy:
            self._linger.start()
            return
        self._output.stop()

    def set_status_listener(self, listener: StatusListener | None) -> None:
        self._listener = listener

    def report(self) -> AudioReport:
        self.preload()
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
