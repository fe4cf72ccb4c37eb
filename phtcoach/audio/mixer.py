"""Our own mixer: decoded clips summed into one stream, in whatever sample format the device takes.

Why mix ourselves: with Qt 6.11's PulseAudio backend, two QSoundEffects started within ~60 ms
of each other freeze the event loop ("QSocketNotifier: Socket notifiers cannot be enabled or
disabled from another thread", millions of times). A tone and its word start together at
almost every voiced cue, so the app now keeps ONE output stream open and adds the clips into
it here. The stream is also what keeps the device awake during a session.

Cues known ahead of time are placed sample-accurately (`schedule`): the mixer keeps a map
from stream frames to the monotonic instant each frame is HEARD (re-anchored at every pull
from the clock and the output's queued audio, see `Mixer.read`), and a clip due at T starts
at the frame heard at T, so the timer's jitter never reaches the ear. `cancel_scheduled`
drops the clips not yet started (pause, skip, +-10 s re-plan at once).

This module has no Qt import: the player feeds `Mixer.read` to a QAudioSink, the tests call it
directly and look at the samples. It is thread-safe because some Qt backends pull audio from
their own thread while the GUI thread starts and stops clips. It imports numpy, so the player
imports it only at preload (start-up must not pay for it).
"""

from __future__ import annotations

import threading
import time
import wave
from collections.abc import Callable, Hashable
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

ANCHOR_DOWN = 0.5
ANCHOR_UP = 0.01
"""How far the frame-to-time map moves towards each pull's estimate: fast when the estimate is
earlier, slowly when later. An estimate is only ever late (measured on PulseAudio: a floor
within 0.5 ms, excursions up to +5 ms when the queue reading is stale), so the map follows
the floor; the slow rise still follows the device's clock drift (~200 ppm: 2 us a pull)."""

ANCHOR_SNAP_S = 0.015
"""An estimate this far from the map means the stream jumped (an underrun, a stall): re-anchor."""

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
    due: float  # monotonic time play() asked for it, or the time it must be HEARD (`at`)
    pos: int = 0
    delay: int = -1  # frames of silence before it starts; -1 until its first chunk
    fade_end: int | None = None  # set when cut: it fades out and ends at this position
    scheduled: bool = False  # placed by the frame-to-time map (due = when it is heard)
    key: Hashable = None  # the caller's name for a scheduled clip

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

    `schedule` instead places a clip by when it must be HEARD, on the frame-to-time map the
    pulls keep (`set_latency_probe`, `heard_at`); `late_starts` records how late each such
    clip started (0 when placed in time).
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
        self._queued: Callable[[], float] = lambda: 0.0
        self._anchor: float | None = None  # monotonic instant frame `_anchor_frame` is heard
        self._anchor_frame = 0
        self.late_starts: list[float] = []  # seconds each scheduled clip started late
        self.drop_late_s = 0.5  # a scheduled clip later than this is dropped (cues.STALE_AFTER_S)

    @property
    def clock(self) -> Callable[[], float]:
        """The monotonic clock `schedule` times are on."""
        return self._clock

    def set_latency_probe(self, probe: Callable[[], float]) -> None:
        """How long (s) until the next frame pulled is heard, asked at each pull: the audio
        queued in the output plus the server's own latency. Default 0 (tests pull by hand)."""
        with self._lock:
            self._queued = probe
            self._anchor = None

    def heard_at(self, frame: int) -> float | None:
        """The monotonic instant stream frame `frame` is (or was) heard; None before a pull."""
        with self._lock:
            if self._anchor is None:
                return None
            return self._anchor + (frame - self._anchor_frame) / self._format.rate

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

    def schedule(
        self, at: float, clip: Clip, gain: float, *, word: bool = False, key: Hashable = None
    ) -> None:
        """Add a clip to be HEARD at monotonic `at`: it starts at the frame heard then (at once
        if that frame has already been written). A scheduled word cuts the word before it when
        it starts, not now."""
        with self._lock:
            if gain > 0 and clip.size:
                self._voices.append(_Voice(clip, gain, word, at, scheduled=True, key=key))

    def cancel_scheduled(self) -> set[Hashable]:
        """Drop every scheduled clip not yet started; return the keys of those already started
        (in the stream, so heard whatever happens now)."""
        with self._lock:
            started = {v.key for v in self._voices if v.scheduled and v.delay >= 0}
            self._voices = [v for v in self._voices if not v.scheduled or v.delay >= 0]
            return started

    def stop_words(self) -> None:
        with self._lock:
            self._cut(lambda v: v.word)

    def stop_all(self) -> None:
        with self._lock:
            self._cut(lambda v: True)

    def clear(self) -> None:
        """Forget every clip at once: nothing pulls any more (the stream was closed). Scheduled
        clips not yet started stay: a new stream (another output) places them on its own map
        (a stale one is dropped then)."""
        with self._lock:
            self._voices = [v for v in self._voices if v.scheduled and v.delay < 0]
            self._anchor = None

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
            first = self._place(now, frames)
            placed = []
            for v in self._voices:
                if v.delay >= 0:
                    placed.append(v)
                elif not v.scheduled:
                    v.delay = max(0, round((self.align_s - (now - v.due)) * rate))
                    placed.append(v)
                else:
                    off = round((v.due - first) * rate)
                    if off >= frames:
                        continue  # not in this chunk: it waits
                    if -off > self.drop_late_s * rate:
                        v.pos = v.end  # a stall made it stale: dropped, never heard
                        continue
                    if len(self.late_starts) < 20_000:
                        self.late_starts.append(max(0.0, -off / rate))
                    v.delay = max(0, off)
                    if v.word:
                        self._cut_words_before(v, fade)
                    placed.append(v)
            for v in placed:
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

    def _cut_words_before(self, word: _Voice, fade: int) -> None:
        """A scheduled word starts: the word still playing fades out as it does."""
        for v in self._voices:
            if v is not word and v.word and v.delay >= 0 and v.fade_end is None:
                v.fade_end = min(v.end, v.pos + max(0, word.delay - v.delay) + fade)

    def _place(self, now: float, frames: int) -> float:
        """Re-anchor the frame-to-time map at this pull; the instant its first frame is heard.

        Each pull estimates it as now + the audio queued ahead of it (the probe); the map
        follows the estimates' floor (`ANCHOR_DOWN`, `ANCHOR_UP`) and jumps when the stream
        did (an underrun, a stall)."""
        estimate = now + self._queued()
        rate = self._format.rate
        if self._anchor is None:
            self._anchor, self._anchor_frame = estimate, self.frames_out
            return estimate
        predicted = self._anchor + (self.frames_out - self._anchor_frame) / rate
        error = estimate - predicted
        if abs(error) > ANCHOR_SNAP_S:
            predicted = estimate
        else:
            predicted += (ANCHOR_DOWN if error < 0 else ANCHOR_UP) * error
        self._anchor, self._anchor_frame = predicted, self.frames_out
        return predicted

    def read(self, maxlen: int) -> bytes:
        """At most `maxlen` bytes of the stream: whole frames, silence when nothing plays."""
        frames = maxlen // self._format.bytes_per_frame
        if frames <= 0:
            return b""
        with self._lock:
            if not self._voices:
                self._place(self._clock(), frames)
                self.frames_out += frames
                return self._silence * frames
        return encode(self.render(frames), self._format)
