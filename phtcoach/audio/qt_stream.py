"""Whether there is sound, on which output, and when the stream runs: `QtStream`, the base
of `qt_player.QtCuePlayer`.

It owns what the cues are played with: the decoded clips, the mixer and the one stream
(`qt_output`) on the output the user chose, and it decides whether there is sound at all,
telling the status listener when that changes. What plays, and when, is `qt_player`'s.

Start-up pays for none of it: constructing it imports neither numpy nor the mixer and
decodes nothing. `preload()` (the app calls it just after the first paint; anything that
plays, schedules or keeps awake before then calls it itself) decodes the clips, builds the
mixer, and decides whether there is sound at all, telling the status listener if not.

Then the stream follows the system's outputs (`refresh_device`: a chosen output that
disappears falls back to the default), runs for a whole session while kept awake, and
otherwise closes once it has been quiet for `LINGER_MS`. A stream that fails leaves the
player visual-only until the outputs change.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtMultimedia import QMediaDevices

from phtcoach.audio.cues import (
    FAILED_MESSAGE,
    NO_DEVICE_MESSAGE,
    NO_FILES_MESSAGE,
    AudioReport,
    StatusListener,
)

if TYPE_CHECKING:  # numpy and the mixer load at preload, not at start-up
    from phtcoach.audio.mixer import Clip, Mixer
    from phtcoach.audio.qt_output import Output, OutputFactory

log = logging.getLogger(__name__)

LINGER_MS = 1000
"""After the last clip, an on-demand or no-longer-awake stream stays open this long."""


def _default_probe(device_id: str) -> str | None:
    from phtcoach.audio.qt_output import output_name

    return output_name(device_id)


class QtStream:
    """The clips, the mixer and the stream, and whether there is sound. GUI thread only.

    Constructor seams: `output_factory` (the stream; tests pull the mixer themselves),
    `device_probe` (the default output's name, None for no device) and `mixer`.
    """

    def __init__(
        self,
        assets: Path,
        *,
        device: str = "",
        output_factory: OutputFactory | None = None,
        device_probe: Callable[[], str | None] | None = None,
        mixer: Mixer | None = None,
    ) -> None:
        self._assets = assets
        self._device_id = device  # the chosen output's id; "" is the system's default
        self._make_output: OutputFactory | None = output_factory
        self._probe = device_probe or (lambda: _default_probe(self._device_id))
        self._mixer: Mixer | None = mixer
        self._preloaded = False
        self.tones: dict[str, Clip] = {}
        self.words: dict[str, Clip] = {}
        self._playable: tuple[dict[str, Clip], dict[str, Clip]] = (self.tones, self.words)
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
