"""Our own mixer: decoded clips summed into one stream, in whatever sample format the device takes.

Why mix ourselves: with Qt 6.11's PulseAudio backend, two QSoundEffects started within ~60 ms
of each other freeze the event loop ("QSocketNotifier: Socket notifiers cannot be enabled or
disabled from another thread", millions of times). A tone and its word start together at
almost every voiced cue, so the app now keeps ONE output stream open and adds the clips into
it here. The stream is also what keeps the device awake during a session.

This module has no Qt import: the player feeds `Mixer.read` to a QAudioSink, the tests call it
directly and look at the samples. It is thread-safe because some Qt backends pull audio from
their own thread while the GUI thread starts and stops clips.
"""

from __future__ import annotations

import threading
import time
import wave
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import numpy as np
import numpy.typing as npt

RATE = 48_000
"""The clips' rate (assets/sounds), and the stream's unless the device refuses it."""

FADE_S = 0.004
"""A clip cut short (a new word, voice off, stop) fades out this fast instead of clicking."""

KNEE = 0.9
"""Above this level (just over the clips' -1 dBFS peaks) sums are compressed, never clipped."""

SampleKind = Literal["uint8", "int16", "int32", "float"]

Samples = npt.NDArray[np.float32]
Clip = npt.NDArray[np.int16]

_DTYPES: dict[SampleKind, type[np.generic]] = {
    "uint8": np.uint8,
    "int16": np.int16,
    "int32": np.int32,
    "float": np.float32,
}


@dataclass(frozen=True)
class OutputFormat:
    """The stream's format as the mixer writes it (native byte order, interleaved channels)."""

    rate: int = RATE
    channels: int = 1
    sample: SampleKind = "int16"

    @property
    def bytes_per_frame(self) -> int:
        return self.channels * np.dtype(_DTYPES[self.sample]).itemsize

    def bytes_for(self, seconds: float) -> int:
        """Whole frames' worth of bytes lasting `seconds`."""
        return round(seconds * self.rate) * self.bytes_per_frame

    def seconds(self, nbytes: int) -> float:
        return nbytes / self.bytes_per_frame / self.rate


def read_clip(path: Path, rate: int = RATE) -> Clip:
    """A 16-bit PCM wav as mono int16 samples at `rate` (channels averaged, resampled if needed).

    Raises ValueError (or OSError) for a file this cannot use; the player skips that clip.
    """
    try:
        with wave.open(str(path), "rb") as w:
            width, channels, src_rate = w.getsampwidth(), w.getnchannels(), w.getframerate()
            raw = w.readframes(w.getnframes())
    except wave.Error as e:
        raise ValueError(f"{path}: {e}") from e
    if width != 2:
        raise ValueError(f"{path}: {8 * width}-bit samples, expected 16-bit")
    data = np.frombuffer(raw, "<i2").astype(np.int16)
    if channels > 1:
        data = data[: len(data) - len(data) % channels].reshape(-1, channels)
        data = data.mean(axis=1).round().astype(np.int16)
    return resample(data, src_rate, rate)


def resample(clip: Clip, src_rate: int, dst_rate: int) -> Clip:
    """Linear-interpolation resampling: enough for short cue clips played on an odd device."""
    if src_rate == dst_rate or clip.size == 0:
        return clip
    n = max(1, round(clip.size * dst_rate / src_rate))
    at = np.arange(n, dtype=np.float64) * (src_rate / dst_rate)
    out: Clip = np.interp(at, np.arange(clip.size), clip).round().astype(np.int16)
    return out


def soft_clip(x: Samples) -> Samples:
    """Leave everything under `KNEE` untouched; bend louder sums smoothly towards full scale."""
    over = np.abs(x) > KNEE
    if not over.any():
        return x
    y = x.copy()
    mag = np.abs(x[over])
    y[over] = np.sign(x[over]) * (KNEE + (1 - KNEE) * np.tanh((mag - KNEE) / (1 - KNEE)))
    return y


def encode(mono: Samples, fmt: OutputFormat) -> bytes:
    """Float samples in [-1, 1] as the stream's bytes (each channel gets the same signal)."""
    x = np.clip(mono, -1.0, 1.0).astype(np.float64)
    out: npt.NDArray[np.generic]
    if fmt.sample == "int16":
        out = np.round(x * 32767).astype(np.int16)
    elif fmt.sample == "int32":
        out = np.round(x * 2147483647).astype(np.int32)
    elif fmt.sample == "float":
        out = x.astype(np.float32)
    else:
        out = np.round(x * 127 + 128).astype(np.uint8)
    if fmt.channels > 1:
        out = np.repeat(out, fmt.channels)
    return out.tobytes()


@dataclass
class _Voice:
    """One clip being played: where it is, how loud, and when it must end."""

    samples: Clip
    gain: float
    word: bool
    due: float  # monotonic time play() asked for it
    pos: int = 0
    delay: int = -1  # frames of silence before it starts; -1 until its first chunk
    fade_end: int | None = None  # set when cut: it fades out and ends at this position

    @property
    def end(self) -> int:
        return self.samples.size if self.fade_end is None else min(self.samples.size, self.fade_end)


class Mixer:
    """The sum of the clips now playing, pulled in chunks by the output stream.

    `start` takes effect at the next chunk the stream pulls. To keep latency constant rather
    than "somewhere within the next pull", a clip that waited `age` seconds for its chunk
    starts `align_s - age` into it: every clip is then heard `align_s` plus the stream's
    buffer after play(), whatever the phase of the backend's pull timer. `align_s` is the
    backend's pull period (10 ms measured on PulseAudio with Qt 6.11); 0 turns it off.
    """

    def __init__(
        self,
        fmt: OutputFormat | None = None,
        *,
        align_s: float = 0.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._lock = threading.Lock()
        self._voices: list[_Voice] = []
        self._format = fmt or OutputFormat()
        self._silence = encode(np.zeros(1, np.float32), self._format)
        self.align_s = align_s
        self._clock = clock
        self.frames_out = 0

    @property
    def format(self) -> OutputFormat:
        return self._format

    def set_format(self, fmt: OutputFormat) -> None:
        with self._lock:
            self._format = fmt
            self._silence = encode(np.zeros(1, np.float32), fmt)

    @property
    def busy(self) -> bool:
        """Something is still playing (or about to)."""
        with self._lock:
            return bool(self._voices)

    def start(self, clip: Clip, gain: float, *, word: bool = False) -> None:
        """Add a clip (at the stream's rate); a word cuts the word before it."""
        with self._lock:
            if word:
                self._cut(lambda v: v.word)
            if gain > 0 and clip.size:
                self._voices.append(_Voice(clip, gain, word, self._clock()))

    def stop_words(self) -> None:
        with self._lock:
            self._cut(lambda v: v.word)

    def stop_all(self) -> None:
        with self._lock:
            self._cut(lambda v: True)

    def clear(self) -> None:
        """Forget every clip at once: nothing pulls any more (the stream was closed)."""
        with self._lock:
            self._voices = []

    def _cut(self, which: Callable[[_Voice], bool]) -> None:
        fade = max(1, round(FADE_S * self._format.rate))
        kept = []
        for v in self._voices:
            if which(v):
                if v.pos == 0:
                    continue  # not heard yet: drop it outright
                v.fade_end = min(v.end, v.pos + fade)
            kept.append(v)
        self._voices = kept

    def render(self, frames: int) -> Samples:
        """The next `frames` samples of the mix (mono, float, compressed above `KNEE`)."""
        out = np.zeros(frames, np.float32)
        with self._lock:
            now = self._clock()
            rate = self._format.rate
            fade = max(1, round(FADE_S * rate))
            for v in self._voices:
                if v.delay < 0:
                    v.delay = max(0, round((self.align_s - (now - v.due)) * rate))
                at = min(v.delay, frames)
                v.delay -= at
                n = min(frames - at, v.end - v.pos)
                if n <= 0:
                    continue
                seg = v.samples[v.pos : v.pos + n].astype(np.float32) * (v.gain / 32768.0)
                if v.fade_end is not None:
                    left = v.fade_end - np.arange(v.pos, v.pos + n, dtype=np.float32)
                    seg *= np.clip(left / fade, 0.0, 1.0)
                out[at : at + n] += seg
                v.pos += n
            self._voices = [v for v in self._voices if v.pos < v.end]
            self.frames_out += frames
        return soft_clip(out)

    def read(self, maxlen: int) -> bytes:
        """At most `maxlen` bytes of the stream: whole frames, silence when nothing plays."""
        frames = maxlen // self._format.bytes_per_frame
        if frames <= 0:
            return b""
        with self._lock:
            if not self._voices:
                self.frames_out += frames
                return self._silence * frames
        return encode(self.render(frames), self._format)
