"""The player's audio output: one QAudioSink on the default device, pulling the mix.

Apart from the player because it is the part that talks to the sound system (the device,
its format, a stream that can die unannounced), while the player decides what to play and
when the stream runs. The player reaches it through `Output`, which tests replace.

Measured with PySide6 6.11.3 on PulseAudio (null sink; tests/audio/test_schedule_e2e.py and
test_simultaneous.py):
- Two QSoundEffects started <= 60 ms apart freeze the event loop, printing "QSocketNotifier:
  Socket notifiers cannot be enabled or disabled from another thread" millions of times. So
  no QSoundEffect at all: every clip is decoded once (stdlib `wave`) and `mixer.Mixer` sums
  them into a single pull-mode QAudioSink, which is also the keep-awake stream.
- The sink pulls from the GUI thread every ~10 ms, as much as its buffer has room for. The
  source must be opened Unbuffered, or QIODevice reads 16 KiB (170 ms) at a time, which is
  170 ms of latency. Left at its default the buffer is 64 bytes and underruns; 35 ms works.
- A cue is heard buffer + pull period + the server's own latency after play(): 50 ms on the
  null sink (49.8-54 ms over 20 voiced cues), constant because the mixer aligns each clip to
  the pull (without that: 39-49 ms). A GUI stall of 150-600 ms shifted nothing afterwards.
- A cue scheduled ahead is placed on the mixer's frame-to-time map instead: each pull's
  estimate (now + bufferSize - bytesFree + `SERVER_LATENCY_S`) has a floor within 0.5 ms and
  excursions up to +5 ms (a stale queue reading), so the map follows the floor. With the
  server's latency at 15 ms, recorded onsets are -0.8..+0.7 ms (mean) from their due instants,
  spread 0.3-0.4 ms (s.d., 40 cues, 2026-12-02); at 13 ms they were 1.8 ms late, at 11 ms
  3.9 ms. The session's first cue underran when due <100 ms after Space (the window is busy
  then; up to ~300 ms on a loaded 2-core machine), hence the runner's 0.5 s start lead.
- When the sound server dies, Qt reports nothing (state stays Active, no error, the device
  list goes stale): the sink just stops pulling, which a watchdog notices.
- A slot on QAudioSink.stateChanged raises TypeError unless QAudio is imported (below).
- With no sound server, QMediaDevices.audioOutputs() is empty: visual-only, never an exception.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QIODevice, QTimer

# QAudio is imported only so that PySide can convert QAudioSink.stateChanged's argument
# (a QAudio::State): without it the connected slot raises TypeError. Note that state() and
# error() return the *other* enums, QtAudio.State / QtAudio.Error.
from PySide6.QtMultimedia import (  # noqa: F401
    QAudio,
    QAudioDevice,
    QAudioFormat,
    QAudioSink,
    QMediaDevices,
    QtAudio,
)

from phtcoach.audio.mixer import RATE, Mixer, OutputFormat, SampleKind

log = logging.getLogger(__name__)

BUFFER_S = 0.035
"""The sink's buffer: the bulk of the latency, and how long the GUI thread may stall unheard."""

PULL_PERIOD_S = 0.010
"""How often the sink pulls (Qt's PulseAudio backend): the mixer aligns clips to it."""

SERVER_LATENCY_S = 0.015
"""What the sound server adds after the sink's queue (measured on the null sink, above; a
real device's own latency is not reported by Qt, so this stays the assumption there): the
mixer's frame-to-time map adds it to each pull's estimate."""

WATCHDOG_MS = 500
"""While the sink runs, it must pull at least once per this many ms ..."""

STALL_TICKS = 3
"""... and a stream that has not pulled for this many checks in a row has lost its server."""

FAILURES = (QtAudio.Error.OpenError, QtAudio.Error.IOError, QtAudio.Error.FatalError)

_SAMPLE_KINDS: dict[QAudioFormat.SampleFormat, SampleKind] = {
    QAudioFormat.SampleFormat.UInt8: "uint8",
    QAudioFormat.SampleFormat.Int16: "int16",
    QAudioFormat.SampleFormat.Int32: "int32",
    QAudioFormat.SampleFormat.Float: "float",
}


class Output(Protocol):
    """The stream the mixer plays into. The seam tests replace to pull samples themselves."""

    @property
    def format(self) -> OutputFormat: ...

    @property
    def running(self) -> bool: ...

    def start(self) -> bool:
        """Start pulling from the mixer; False if the device refused (the player goes quiet)."""
        ...

    def stop(self) -> None: ...

    def close(self) -> None: ...


OutputFactory = Callable[[Mixer, Callable[[], None]], Output]
"""Makes the output for the mixer (and sets the mixer's format); the callback reports failure."""


def choose_format(device: QAudioDevice) -> tuple[QAudioFormat, OutputFormat]:
    """48 kHz mono s16 (the clips' own format) if the device takes it, else its preferred one."""
    wanted = QAudioFormat()
    wanted.setSampleRate(RATE)
    wanted.setChannelCount(1)
    wanted.setSampleFormat(QAudioFormat.SampleFormat.Int16)
    if device.isNull() or device.isFormatSupported(wanted):
        return wanted, OutputFormat()
    preferred = device.preferredFormat()
    kind = _SAMPLE_KINDS.get(preferred.sampleFormat())
    if kind is None or preferred.sampleRate() <= 0 or preferred.channelCount() <= 0:
        return wanted, OutputFormat()
    fmt = OutputFormat(preferred.sampleRate(), preferred.channelCount(), kind)
    log.info("output device wants %s: converting the clips", fmt)
    return preferred, fmt


class _MixSource(QIODevice):
    """The mixer as a sequential read-only device for the sink's pull mode."""

    def __init__(self, mixer: Mixer) -> None:
        super().__init__()
        self._mixer = mixer

    def readData(self, maxlen: int, /) -> object:
        return self._mixer.read(maxlen)

    def writeData(self, data: bytes | bytearray | memoryview, length: int = 0, /) -> int:
        return -1

    def bytesAvailable(self) -> int:
        return 1 << 16

    def isSequential(self) -> bool:
        return True


class SinkOutput:
    """One QAudioSink on an output (the default one unless given), pulling the mix; reports
    a failed device."""

    def __init__(
        self, mixer: Mixer, on_error: Callable[[], None], device: QAudioDevice | None = None
    ) -> None:
        device = QMediaDevices.defaultAudioOutput() if device is None else device
        qformat, self._format = choose_format(device)
        mixer.set_format(self._format)
        self._on_error = on_error
        self._closed = False
        self._mixer = mixer
        self._pulled = -1
        self._stalls = 0
        self._watchdog = QTimer()
        self._watchdog.setInterval(WATCHDOG_MS)
        self._watchdog.timeout.connect(self._check_pulling)
        self._sink = QAudioSink(device, qformat)
        self._sink.setBufferSize(self._format.bytes_for(BUFFER_S))
        self._sink.stateChanged.connect(self._state_changed)
        self._source = _MixSource(mixer)
        self._source.open(QIODevice.OpenModeFlag.ReadOnly | QIODevice.OpenModeFlag.Unbuffered)
        mixer.set_latency_probe(self.queued_s)

    def queued_s(self) -> float:
        """Asked by the mixer at each pull: how long until the frame it writes now is heard
        (what the sink still holds, plus the server's latency)."""
        try:
            queued = self._sink.bufferSize() - self._sink.bytesFree()
        except RuntimeError:  # being destroyed
            return SERVER_LATENCY_S
        return self._format.seconds(max(0, queued)) + SERVER_LATENCY_S

    @property
    def format(self) -> OutputFormat:
        return self._format

    @property
    def buffer_s(self) -> float:
        """The buffer the sink actually got (the server may round it)."""
        return self._format.seconds(self._sink.bufferSize())

    @property
    def running(self) -> bool:
        return self._sink.state() in (QtAudio.State.ActiveState, QtAudio.State.IdleState)

    def _state_changed(self, state: object) -> None:
        try:
            error = self._sink.error()
        except RuntimeError:  # the sink is being destroyed (interpreter exit without close())
            return
        if error in FAILURES:
            log.warning("audio output failed: %s (%s)", error, state)
            # Not from inside the sink's own signal: the player closes this sink.
            QTimer.singleShot(0, self._report_failure)
        elif error == QtAudio.Error.UnderrunError:
            log.debug("audio output underrun (GUI thread stalled?)")

    def _report_failure(self) -> None:
        if not self._closed:
            self._on_error()

    def _check_pulling(self) -> None:
        """Qt reports nothing when the sound server dies: the sink just stops pulling."""
        pulled = self._mixer.frames_out
        if pulled != self._pulled or not self.running:
            self._pulled, self._stalls = pulled, 0
            return
        self._stalls += 1
        if self._stalls >= STALL_TICKS:
            log.warning("audio output stopped pulling (sound server gone?)")
            self._watchdog.stop()
            self._report_failure()

    def start(self) -> bool:
        if not self.running:
            self._sink.start(self._source)
            self._pulled, self._stalls = -1, 0
            self._watchdog.start()
        ok = self._sink.error() not in FAILURES and self.running
        if not ok:
            log.warning("audio output did not start: %s", self._sink.error())
        else:
            log.debug("audio output started, buffer %.1f ms", self.buffer_s * 1000)
        return ok

    def stop(self) -> None:
        self._watchdog.stop()
        self._sink.stop()

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._sink.stateChanged.disconnect(self._state_changed)
        self.stop()
        self._source.close()


def device_id(device: QAudioDevice) -> str:
    """A device's id as the settings store it (`Settings.output_device`)."""
    return bytes(device.id().data()).decode("utf-8", "replace")


def find_output(wanted: str = "") -> QAudioDevice:
    """The output whose id is `wanted`; the default output for "" or when it has gone."""
    if wanted:
        for device in QMediaDevices.audioOutputs():
            if device_id(device) == wanted:
                return device
    return QMediaDevices.defaultAudioOutput()


def output_name(wanted: str = "") -> str | None:
    """The name of the output a stream for `wanted` would open (the chosen one while it is
    there, else the default), or None when there is no output at all."""
    if not QMediaDevices.audioOutputs():
        return None
    device = find_output(wanted)
    return device.description() or device_id(device) or "default"


def default_output() -> str | None:
    """The default output device's name, or None when there is no output at all."""
    return output_name("")
