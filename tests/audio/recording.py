"""Hear what the app plays without a sound card: a private PulseAudio null sink, a recorder of its
monitor, and an onset detector to compare the recording with the cue schedule.

Usage (see test_schedule_e2e.py; the runner's end-to-end test reuses it with the real timeline):

    with NullSink.started(state_dir) as sink:        # or the `null_sink` fixture below
        with sink.record(tmp_dir / "out.wav"):
            subprocess.run([...app...], env={**os.environ, **sink.env}, check=True)
    onsets = detect_onsets(tmp_dir / "out.wav")
    match = match_onsets(expected_seconds, onsets, tolerance_s=0.03)

This mirrors /work/shared/tools/pulse-null-sink.sh (kept in Python so a fresh clone's CI, which
only has the repository, can run it, and so the test owns every process id it starts). The trap
it handles: an idle null sink renders nothing and starts at ~2 s latency, so a silent keeper
stream runs from the start and `start` waits until the sink's latency is under 50 ms; without
it recordings start late and miss the first cues.
"""

from __future__ import annotations

import collections
import contextlib
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import wave
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pytest

TOOLS = ("pulseaudio", "pactl", "pacat", "parec")
RATE = 48_000
SINK = "null_sink"


def missing_tools() -> list[str]:
    """The PulseAudio programs this module needs that are not on PATH."""
    return [t for t in TOOLS if shutil.which(t) is None]


def _stop(proc: subprocess.Popen[bytes], sig: int = signal.SIGTERM, timeout: float = 3.0) -> None:
    if proc.poll() is None:
        proc.send_signal(sig)
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout)


@dataclass
class NullSink:
    """A private PulseAudio server whose only output is a recordable null sink."""

    state_dir: Path
    _procs: list[subprocess.Popen[bytes]] = field(default_factory=list)

    @property
    def socket(self) -> Path:
        return self.state_dir / "native"

    @property
    def server(self) -> str:
        return f"unix:{self.socket}"

    @property
    def env(self) -> dict[str, str]:
        """Environment for a client (the app) to play into this sink."""
        return {"PULSE_SERVER": self.server}

    def _pactl(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["pactl", f"--server={self.server}", *args],
            capture_output=True,
            text=True,
            timeout=5,
            check=False,
        )

    def _spawn(self, args: list[str], env: dict[str, str] | None = None) -> None:
        proc = subprocess.Popen(
            args,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env={**os.environ, **(env or {})},
        )
        self._procs.append(proc)

    def start(self, timeout: float = 10.0) -> None:
        """Start the server, its keeper stream, and wait until the sink renders in real time."""
        self.state_dir.mkdir(parents=True, exist_ok=True)
        self.state_dir.chmod(0o700)
        self._spawn(
            [
                "pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1", "--disallow-exit",
                "--use-pid-file=no", f"--log-target=file:{self.state_dir / 'pulse.log'}",
                "-L", f"module-null-sink sink_name={SINK} rate={RATE} channels=2 "
                "sink_properties=device.description=NullSink",
                "-L", f"module-native-protocol-unix auth-anonymous=1 socket={self.socket}",
                "-L", "module-always-sink",
            ],
            env={
                "PULSE_RUNTIME_PATH": str(self.state_dir),
                "PULSE_STATE_PATH": str(self.state_dir / "state"),
            },
        )  # fmt: skip
        deadline = time.monotonic() + timeout
        while self._pactl("info").returncode != 0:
            if time.monotonic() > deadline or self._procs[0].poll() is not None:
                raise RuntimeError(f"pulseaudio did not start; see {self.state_dir / 'pulse.log'}")
            time.sleep(0.1)
        self._pactl("set-default-sink", SINK)
        self._spawn(
            ["pacat", "-p", "-d", SINK, "--raw", "--format=s16le", f"--rate={RATE}",
             "--channels=1", "--latency-msec=20", "/dev/zero"],
            env=self.env,
        )  # fmt: skip
        while self.latency_us() >= 50_000:
            if time.monotonic() > deadline:
                raise RuntimeError(f"null sink latency stayed at {self.latency_us()} us")
            time.sleep(0.05)

    def latency_us(self) -> int:
        found = re.search(r"Latency: (\d+) usec", self._pactl("list", "sinks").stdout)
        return int(found.group(1)) if found else 10**9

    @contextlib.contextmanager
    def record(self, out: Path) -> Iterator[Path]:
        """Record the sink's monitor (48 kHz mono s16 wav) for the duration of the block."""
        proc = subprocess.Popen(
            ["parec", "-d", f"{SINK}.monitor", "--format=s16le", f"--rate={RATE}",
             "--channels=1", "--latency-msec=10", "--file-format=wav", str(out)],
            stdin=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env={**os.environ, **self.env},
        )  # fmt: skip
        self._procs.append(proc)
        try:
            # parec only records once its stream is connected: wait for the file to grow.
            deadline = time.monotonic() + 5
            while (not out.exists() or out.stat().st_size <= 44) and time.monotonic() < deadline:
                time.sleep(0.02)
            yield out
        finally:
            _stop(proc, signal.SIGINT)  # parec finishes the wav header on SIGINT

    @contextlib.contextmanager
    def record_timed(self, out: Path) -> Iterator[TimedRecording]:
        """Like `record`, but also maps recording time to time.monotonic() (real time).

        parec writes raw samples to a pipe read here; each read's arrival time bounds when its
        last sample was rendered (see TimedRecording.clock). The bound is as tight as the
        fastest read (parec at 5 ms latency).
        """
        proc = subprocess.Popen(
            ["parec", "-d", f"{SINK}.monitor", "--format=s16le", f"--rate={RATE}",
             "--channels=1", "--latency-msec=5", "--raw"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env={**os.environ, **self.env},
        )  # fmt: skip
        self._procs.append(proc)
        rec = TimedRecording(out)
        reader = threading.Thread(target=rec.pump, args=(proc,), daemon=True)
        reader.start()
        try:
            deadline = time.monotonic() + 5
            while rec.frames == 0 and time.monotonic() < deadline:
                time.sleep(0.02)
            yield rec
        finally:
            _stop(proc, signal.SIGINT)
            reader.join(timeout=5)
            if proc.stdout is not None:
                proc.stdout.close()
            rec.write_wav()

    def stop(self) -> None:
        """Stop every process this sink started (recorders, keeper, server), newest first."""
        while self._procs:
            _stop(self._procs.pop())

    @classmethod
    @contextlib.contextmanager
    def started(cls, state_dir: Path) -> Iterator[NullSink]:
        sink = cls(state_dir)
        try:
            sink.start()
            yield sink
        finally:
            sink.stop()


@pytest.fixture
def null_sink() -> Iterator[NullSink]:
    """A started NullSink (import this fixture into a test module); skips without PulseAudio.

    Every process it started is stopped when the test ends, pass or fail.
    """
    missing = missing_tools()
    if missing:
        pytest.skip(
            f"needs PulseAudio to record a virtual sound card: {', '.join(missing)} not on PATH "
            "(apt-get install pulseaudio pulseaudio-utils)"
        )
    # A short path: a unix socket path must stay under 108 bytes, pytest's tmp_path may not.
    state = Path(tempfile.mkdtemp(prefix="pht-pulse-"))
    try:
        with NullSink.started(state) as sink:
            yield sink
    finally:
        shutil.rmtree(state, ignore_errors=True)


@dataclass
class TimedRecording:
    """A recording whose samples are tied to time.monotonic() (see NullSink.record_timed).

    The null sink's sample clock is not the system's: with a low-latency client connected
    (the app's 35 ms stream) it renders ~220 ppm more samples than real time (measured; 410
    ppm with a 10 ms pacat client, -2 ppm with the 20 ms keeper alone), i.e. 35 ms too many
    over a 155 s session. The app places each clip in real time and its stream's queue is
    bounded, so what the user hears is not shifted by that: `monotonic` maps recording time
    through the sink's measured rate to the real time the sample was heard.
    """

    path: Path
    chunks: list[bytes] = field(default_factory=list)
    frames: int = 0
    arrivals: list[tuple[float, int]] = field(default_factory=list)
    """(time.monotonic() of a read, frames read so far): each read's last sample was rendered
    at or before that time."""

    def pump(self, proc: subprocess.Popen[bytes]) -> None:
        assert proc.stdout is not None
        fd = proc.stdout.fileno()
        pending = b""
        while True:
            data = os.read(fd, 65536)
            now = time.monotonic()
            if not data:
                break
            data, pending = pending + data, b""
            if len(data) % 2:
                data, pending = data[:-1], data[-1:]
            self.chunks.append(data)
            self.frames += len(data) // 2
            self.arrivals.append((now, self.frames))

    def write_wav(self) -> None:
        with wave.open(str(self.path), "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(RATE)
            w.writeframes(b"".join(self.chunks))

    def clock(self) -> tuple[float, float]:
        """(time.monotonic() of sample 0, real seconds per recorded second).

        The rate is the slope of read times over sample counts; sample 0's time is the
        earliest any read allows (reads arrive late, never early), within a few ms.
        """
        at = np.array(self.arrivals, dtype=np.float64)
        if len(at) < 2:
            raise ValueError("too short a recording to measure its clock")
        recorded = at[:, 1] / RATE
        rate = float(np.polyfit(recorded, at[:, 0], 1)[0]) if recorded[-1] > 1.0 else 1.0
        return float(np.min(at[:, 0] - rate * recorded)), rate

    def monotonic(self, t: float) -> float:
        """time.monotonic() at which recording time `t` (seconds from sample 0) was heard."""
        start, rate = self.clock()
        return start + rate * t

    def real_times(self, times: Sequence[float]) -> list[float]:
        """Recording times as real seconds since sample 0 (for matching against a schedule)."""
        _, rate = self.clock()
        return [rate * t for t in times]


@dataclass
class Watched:
    """How a watched subprocess ended (see `run_watched`)."""

    returncode: int | None  # None: killed at the timeout
    stderr_tail: list[str]
    notifier_lines: int  # "QSocketNotifier: ..." lines: the symptom of the frozen event loop


def run_watched(args: list[str], env: dict[str, str], timeout: float) -> Watched:
    """Run `args`, killing it after `timeout` s, keeping only the tail of its stderr.

    A frozen Qt event loop writes millions of QSocketNotifier lines a second: they are counted
    here, not kept, so a regression cannot fill the memory or the disk of the test machine.
    """
    proc = subprocess.Popen(
        args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env
    )
    tail: collections.deque[str] = collections.deque(maxlen=200)
    notifier = 0

    def drain() -> None:
        nonlocal notifier
        assert proc.stderr is not None
        for raw in proc.stderr:
            line = raw.decode(errors="replace").rstrip("\n")
            if "QSocketNotifier" in line:
                notifier += 1
            tail.append(line)

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    try:
        returncode: int | None = proc.wait(timeout)
    except subprocess.TimeoutExpired:
        returncode = None
        proc.kill()
        proc.wait(10)
    reader.join(timeout=10)
    assert proc.stderr is not None
    proc.stderr.close()
    return Watched(returncode, list(tail), notifier)


def read_wav(path: Path) -> tuple[np.ndarray, int]:
    """Mono float samples in [-1, 1] and the sample rate of a 16-bit wav."""
    with wave.open(str(path), "rb") as w:
        if w.getsampwidth() != 2:
            raise ValueError(f"{path}: expected 16-bit samples, got {8 * w.getsampwidth()}-bit")
        data = np.frombuffer(w.readframes(w.getnframes()), "<i2").astype(np.float64) / 32768.0
        channels, rate = w.getnchannels(), w.getframerate()
    if channels > 1:
        data = data.reshape(-1, channels).mean(axis=1)
    return data, rate


def envelope_db(
    x: np.ndarray, rate: int, window_s: float, hop_s: float
) -> tuple[np.ndarray, np.ndarray]:
    """(times, level in dBFS RMS) of a short sliding window; times are each window's end."""
    win = max(1, round(window_s * rate))
    hop = max(1, round(hop_s * rate))
    energy = np.concatenate([[0.0], np.cumsum(x * x)])
    ends = np.arange(win, len(x) + 1, hop)
    power = (energy[ends] - energy[ends - win]) / win
    return ends / rate, 10 * np.log10(np.maximum(power, 1e-12))


def detect_onsets(
    wav_path: Path,
    *,
    threshold_db: float = -45.0,
    rise_db: float = 10.0,
    window_s: float = 0.002,
    lookback_s: float = 0.03,
    min_gap_s: float = 0.3,
) -> list[float]:
    """Times (s from the recording's start) where a sound starts.

    An onset is where the short-window level is above `threshold_db` and has risen by at least
    `rise_db` over the last `lookback_s`: a quiet tick on silence qualifies, the decaying tail
    of a tone does not. Its time is refined back to where the level first rose 6 dB above the
    minimum just before it, so the instant is the attack, whatever the tone's loudness. Rises
    closer than `min_gap_s` to the previous onset (the notes of one tone, the start of a word
    spoken with its tone) are ignored; a word's later syllables can still be onsets, which
    `match_onsets` tolerates.

    Limits: cues closer than `min_gap_s` count as one; a much quieter sound starting while a
    louder one still rings (a tick 0.3 s into a rest tone) does not rise enough to be seen.
    The timeline's cues are >= 0.5 s apart and every tone but session_end is over by then.
    """
    x, rate = read_wav(wav_path)
    hop_s = 0.0005
    times, level = envelope_db(x, rate, window_s, hop_s)
    back = max(1, round(lookback_s / hop_s))
    onsets: list[float] = []
    k = back
    while k < len(level):
        recent = level[k - back : k]
        if level[k] > threshold_db and level[k] - recent.min() >= rise_db:
            low = k - back + int(np.argmin(recent))  # after a decaying tail, not inside it
            first = low + int(np.argmax(level[low : k + 1] > level[low] + 6.0))
            t = float(times[first] - window_s / 2)
            if not onsets or t - onsets[-1] >= min_gap_s:
                onsets.append(t)
                k += max(1, round(min_gap_s / hop_s))
                continue
        k += 1
    return onsets


@dataclass(frozen=True)
class OnsetMatch:
    """How a recording lines up with a schedule.

    `offset` is the recording time of schedule time 0 (start of recording + output latency);
    for cue i, `times[i]` is the detected onset and `errors[i]` is how far it is from where the
    schedule puts it after that offset; both None when no onset was within the tolerance.
    """

    offset: float
    times: list[float | None]
    errors: list[float | None]

    @property
    def matched(self) -> int:
        return sum(e is not None for e in self.errors)

    def abs_errors(self) -> np.ndarray:
        found: np.ndarray = np.abs(np.array([e for e in self.errors if e is not None]))
        return found


def match_onsets(
    expected: Sequence[float],
    detected: Sequence[float],
    *,
    tolerance_s: float = 0.03,
    anchors: int = 5,
) -> OnsetMatch:
    """Align a schedule (seconds from its own zero) with detected onsets, robust to extra onsets.

    Tries every offset that puts one of the first `anchors` cues on a detected onset, keeps the
    one matching most cues within the tolerance, then refines it to the median residual so a
    single early or late cue does not bias the rest.
    """
    exp = np.asarray(expected, dtype=np.float64)
    det = np.sort(np.asarray(detected, dtype=np.float64))
    if exp.size == 0 or det.size == 0:
        return OnsetMatch(0.0, [None] * exp.size, [None] * exp.size)

    def residuals(offset: float) -> np.ndarray:
        """Nearest detected onset minus each shifted cue."""
        shifted = exp + offset
        if det.size == 1:
            only: np.ndarray = det[0] - shifted
            return only
        idx = np.clip(np.searchsorted(det, shifted), 1, det.size - 1)
        left, right = det[idx - 1], det[idx]
        nearest: np.ndarray = np.where(
            np.abs(left - shifted) <= np.abs(right - shifted), left, right
        )
        return nearest - shifted

    best_offset, best_score = 0.0, (-1, 0.0)
    for e in exp[:anchors]:
        for d in det:
            near = np.abs(residuals(d - e))
            near = near[near <= tolerance_s]
            score = (near.size, -float(near.sum()))  # most matches, then the tightest
            if score > best_score:
                best_offset, best_score = float(d - e), score
    res = residuals(best_offset)
    ok = np.abs(res) <= tolerance_s
    if ok.any():
        best_offset += float(np.median(res[ok]))
        res = residuals(best_offset)
    errors = [float(r) if abs(r) <= tolerance_s else None for r in res.tolist()]
    times = [
        None if r is None else float(e + best_offset + r)
        for e, r in zip(exp.tolist(), errors, strict=True)
    ]
    return OnsetMatch(best_offset, times, errors)


PLAY_SCHEDULE = Path(__file__).with_name("play_schedule.py")
_REPO = Path(__file__).resolve().parents[2]


def play_schedule(
    sink: NullSink, out: Path, args: Sequence[str], *, timeout: float = 30
) -> subprocess.CompletedProcess[str]:
    """Run play_schedule.py (the real player, on the null sink) writing its report to `out`;
    fails the test with the player's stderr if it did not finish cleanly."""
    proc = subprocess.run(
        [sys.executable, str(PLAY_SCHEDULE), str(out), *args],
        env={**os.environ, **sink.env, "PYTHONPATH": str(_REPO)},
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    return proc
