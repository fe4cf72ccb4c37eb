"""The QtMultimedia CuePlayer: decoded clips mixed into one always-open QAudioSink.

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
- When the sound server dies, Qt reports nothing (state stays Active, no error, the device
  list goes stale): the sink just stops pulling, which a watchdog notices.
- A slot on QAudioSink.stateChanged raises TypeError unless QAudio is imported (below).
- With no sound server, QMediaDevices.audioOutputs() is empty: visual-only, never an exception.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
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
from phtcoach.audio.mixer import RATE, Clip, Mixer, OutputFormat, SampleKind, read_clip, resample
from phtcoach.core.cues import PHRASES, SOUNDS

log = logging.getLogger(__name__)

BUFFER_S = 0.035
"""The sink's buffer: the bulk of the latency, and how long the GUI thread may stall unheard."""

PULL_PERIOD_S = 0.010
"""How often the sink pulls (Qt's PulseAudio backend): the mixer aligns clips to it."""

WATCHDOG_MS = 500
"""While the sink runs, it must pull at least once per this many ms ..."""

STALL_TICKS = 3
"""... and a stream that has not pulled for this many checks in a row has lost its server."""

LINGER_MS = 1000
"""After the last clip, an on-demand or no-longer-awake stream stays open this long."""

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
    """One QAudioSink on the default output, pulling the mix; reports a failed device."""

    def __init__(self, mixer: Mixer, on_error: Callable[[], None]) -> None:
        device = QMediaDevices.defaultAudioOutput()
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


def default_output() -> str | None:
    """The default output device's name, or None when there is no output at all."""
    if not QMediaDevices.audioOutputs():
        return None
    device = QMediaDevices.defaultAudioOutput()
    return device.description() or "default"


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
        output_factory: OutputFactory | None = None,
        device_probe: Callable[[], str | None] | None = None,
        mixer: Mixer | None = None,
    ) -> None:
        self._assets = assets
        self._gain = volume_gain(volume)
        self._voice = voice
        self._ticks = ticks
        self._make_output: OutputFactory = output_factory or SinkOutput
        self._probe = device_probe or default_output
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
