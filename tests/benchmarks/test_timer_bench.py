"""Cue timing, in real time: what the screen does (the Qt scheduler) and what the ear hears.

1. Lateness through the real Qt scheduler (`ui/scheduler.CueScheduler`, PreciseTimer, the
   engine on the system clock) over a REAL-TIME 5-minute slice of eccentric-10s's cue
   schedule (the densest: 183 cues in 5 min), with one core kept busy by a busy-loop
   subprocess: median, p99, and drift (how much later the last minute's cues are than the
   first minute's). The baseline, chained
   single-shot timers each armed for the nominal gap after the previous one fired, is played
   10x faster than real time to save time (its error accumulates per cue, so a faster run
   only flatters it).
2. Onsets heard: a short real session (the first 40 s of iso-5x5's cues, voiced) through the
   real player, mixer and QAudioSink into a PulseAudio null sink, recorded and the onsets
   detected (tests/audio/recording.py). Each onset is compared with its cue's due instant on
   the monotonic clock (p99 error vs the timeline) and with when a deadline timer for that
   cue fired (the screen change). Planned ahead (the product now) and, as the baseline,
   played at each due time (the code path before issue 13, still `play()`).

`make bench-long` (`--bench-long`) runs the scheduler for a full 30-minute session instead.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication

from phtcoach import paths
from phtcoach.core.clock import SystemClock
from phtcoach.core.engine import EngineEvent, SessionEngine
from phtcoach.core.model import Side
from phtcoach.core.programme import load_builtin
from phtcoach.core.timeline import Timeline, compile_timeline
from phtcoach.ui.scheduler import CueScheduler
from tests.audio.recording import (
    NullSink,
    detect_onsets,
    match_onsets,
    missing_tools,
    play_schedule,
)
from tests.benchmarks.report import record_goal, table, write_section

TEMPLATE = "eccentric-10s"  # the most cues in its first 5 minutes (183)
LONG_TEMPLATE = "hamstring-builder"  # 43 min, 935 cues: long enough for the 30-minute run
SLICE_S = float(os.environ.get("PHTCOACH_BENCH_SLICE_S", "300"))  # shorter for a quick look
LONG_S = 1800.0
BASELINE_SCALE = 10.0
ONSET_TEMPLATE = "iso-5x5"
ONSET_WINDOW_S = 40.0
REPO = Path(__file__).resolve().parents[2]
PLAY_SCHEDULE = REPO / "tests" / "audio" / "play_schedule.py"
LATENESS_GOAL = "median <= 2 ms, p99 <= 5 ms, drift <= 2 ms (5-min slice)"
ONSETS_GOAL = "p99 <= 5 ms; sound within one 60 Hz frame of the screen"
FRAME_MS = 1000 / 60


def _timeline(template: str = TEMPLATE) -> Timeline:
    programme = load_builtin(paths.asset("protocols"))
    return compile_timeline(programme.template(template), affected_side=Side.LEFT)


def _p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


@contextmanager
def busy_core() -> Iterator[None]:
    """One core kept busy for the duration (a busy-loop subprocess, stopped by its pid)."""
    proc = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        yield
    finally:
        proc.kill()
        proc.wait(timeout=10)


def run_realtime(tl: Timeline, seconds: float) -> list[tuple[float, float]]:
    """(due s from the start, lateness ms) of every cue the real scheduler dispatched in the
    first `seconds` of `tl`, in real time on the system clock."""
    app = QApplication.instance() or QApplication([])
    assert app is not None
    clock = SystemClock()
    engine = SessionEngine(tl, clock)
    loop = QEventLoop()

    def dispatch(events: list[EngineEvent]) -> None:
        pass

    sched = CueScheduler(engine, clock, dispatch)
    t0 = clock.monotonic()
    sched.run(engine.start)
    QTimer.singleShot(round(seconds * 1000), loop.quit)
    loop.exec()
    sched.stop()
    dues = [c.at_s for c in tl.cues][: len(sched._late)]
    assert abs(clock.monotonic() - t0 - seconds) < 5
    return [(d, late * 1000.0) for d, late in zip(dues, sched._late, strict=True)]


def run_chained(tl: Timeline, seconds: float) -> list[float]:
    """Real-time error (ms) of each cue when every timer is armed for the nominal gap,
    played BASELINE_SCALE times faster than real time."""
    offsets = [c.at_s / BASELINE_SCALE for c in tl.cues if c.at_s < seconds]
    errors: list[float] = []
    loop = QEventLoop()
    timer = QTimer()
    timer.setSingleShot(True)
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    t0 = time.monotonic()

    def fire() -> None:
        i = len(errors)
        errors.append((time.monotonic() - t0 - offsets[i]) * 1000.0)
        if i + 1 == len(offsets):
            loop.quit()
            return
        timer.start(round((offsets[i + 1] - offsets[i]) * 1000.0))

    timer.timeout.connect(fire)
    timer.start(round(offsets[0] * 1000.0))
    loop.exec()
    return errors


def drift_ms(lateness: list[tuple[float, float]], window_s: float = 60.0) -> float:
    """Median lateness of the last `window_s` of cues minus that of the first (a single
    cue's lateness carries ~1 ms of noise; the medians show what accumulates)."""
    first = [late for at, late in lateness if at <= lateness[0][0] + window_s]
    last = [late for at, late in lateness if at >= lateness[-1][0] - window_s]
    return statistics.median(last) - statistics.median(first)


def lateness_row(name: str, late: list[tuple[float, float]]) -> list[str]:
    values = [v for _, v in late[1:]]  # the first cue falls due at the start itself
    return [
        name,
        str(len(values)),
        f"{statistics.median(values):.2f}",
        f"{_p(values, 0.99):.2f}",
        f"{max(values):.2f}",
        f"{drift_ms(late):+.2f}",
        f"{late[-1][1] - late[1][1]:+.2f}",
    ]


LATENESS_HEADERS = [
    "timer",
    "cues",
    "median ms",
    "p99 ms",
    "max ms",
    "drift ms (last min - first min, medians)",
    "last - first cue ms",
]


# --------------------------------------------------------------------------- onsets


def onset_cues() -> list[str]:
    tl = _timeline(ONSET_TEMPLATE)
    return [
        f"{c.sound.value}/{c.say}:{c.at_s}" if c.say else f"{c.sound.value}:{c.at_s}"
        for c in tl.cues
        if c.at_s < ONSET_WINDOW_S
    ]


def heard_vs_due(sink: NullSink, tmp: Path, *, plan: bool) -> dict[str, float]:
    """Play the onset schedule through the real player; the recording against the dues."""
    out, wav = tmp / f"played-{plan}.json", tmp / f"monitor-{plan}.wav"
    args = ["--voice", *onset_cues(), *(["--plan"] if plan else [])]
    with sink.record_timed(wav) as recording:
        play_schedule(sink, out, args, timeout=120)
    played = json.loads(out.read_text())
    due = np.array(played["due_at"])
    screen = np.array(played["screen_at"])
    heard = np.array([recording.monotonic(t) for t in detect_onsets(wav)])
    # Matched with a free offset (the baseline is ~50 ms late), then judged in absolute terms.
    match = match_onsets(list(due - due[0]), list(heard - due[0]), tolerance_s=0.030)
    assert match.matched == len(due), f"{len(due) - match.matched} cues not heard"
    at = np.array(match.times, dtype=float) + due[0]
    error = (at - due) * 1000
    return {
        "cues": float(len(due)),
        "mean": float(error.mean()),
        "p99": float(np.quantile(np.abs(error), 0.99, method="higher")),
        "jitter_p99": float(np.quantile(np.abs(error - error.mean()), 0.99, method="higher")),
        "screen": float(((at - screen) * 1000).mean()),
        "screen_max": float(np.abs((at - screen) * 1000).max()),
    }


def onset_row(name: str, r: dict[str, float]) -> list[str]:
    return [
        name,
        f"{r['cues']:.0f}",
        f"{r['mean']:+.1f}",
        f"{r['p99']:.1f}",
        f"{r['jitter_p99']:.1f}",
        f"{r['screen']:+.1f}",
        f"{r['screen_max']:.1f}",
    ]


def measure_onsets(tmp: Path) -> tuple[str, dict[str, float] | None]:
    if missing_tools():
        return "Not measured: PulseAudio is not installed here.", None
    state = Path(tempfile_dir())
    try:
        with NullSink.started(state) as sink:
            ours = heard_vs_due(sink, tmp, plan=True)
            before = heard_vs_due(sink, tmp, plan=False)
    finally:
        import shutil

        shutil.rmtree(state, ignore_errors=True)
    rows = [
        onset_row("planned ahead, placed by the mixer (ours)", ours),
        onset_row("played at each due time (before issue 13)", before),
    ]
    body = (
        f"The first {ONSET_WINDOW_S:g} s of {ONSET_TEMPLATE}'s cues (voiced), through the real "
        "player, mixer and QAudioSink into a PulseAudio null sink, the recording's onsets "
        "compared with each cue's due instant (the timeline) and with when a deadline timer for "
        "the cue fired (the screen change), in ms:\n\n"
        + table(
            [
                "sound path",
                "cues",
                "mean offset vs due",
                "p99 abs error vs due",
                "p99 jitter",
                "mean sound - screen",
                "max abs sound - screen",
            ],
            rows,
        )
    )
    return body, ours


def tempfile_dir() -> str:
    import tempfile

    # A short path: a unix socket path must stay under 108 bytes.
    return tempfile.mkdtemp(prefix="pht-bench-")


# --------------------------------------------------------------------------- the tests


def test_cue_timing_in_real_time(tmp_path: Path) -> None:
    app = QApplication.instance() or QApplication([])
    assert app is not None
    tl = _timeline()
    with busy_core():
        ours = run_realtime(tl, SLICE_S)
        chained = run_chained(tl, SLICE_S)
    chained_row = lateness_row(
        f"chained single-shot timers (baseline, {BASELINE_SCALE:g}x fast)",
        [(c.at_s, e) for c, e in zip(tl.cues, chained, strict=False)],
    )
    rows = [lateness_row("deadline scheduler (ours, real time)", ours), chained_row]
    values = [v for _, v in ours[1:]]
    median, p99, drift = statistics.median(values), _p(values, 0.99), drift_ms(ours)
    onsets_body, onsets = measure_onsets(tmp_path)
    body = (
        "`make bench` (tests/benchmarks/test_timer_bench.py).\n\n"
        f"**Screen (the Qt scheduler).** A real-time {SLICE_S / 60:.3g}-minute slice of "
        f"{TEMPLATE}'s cue schedule through `CueScheduler` on the system clock, one core kept "
        "busy by a busy-loop subprocess; lateness in ms after each cue's due time. The chained "
        f"baseline plays the same slice {BASELINE_SCALE:g}x faster than real time (to save "
        "time; its error grows per cue, so its last-cue figure is what matters).\n\n"
        + table(LATENESS_HEADERS, rows)
        + "\n\n**Sound.** "
        + onsets_body
        + "\n"
    )
    write_section("timer", "Cue timing: screen and sound", body)
    print(body)
    record_goal(
        "cue_lateness",
        "cue lateness, real Qt scheduler, one core busy",
        f"median {median:.2f} ms, p99 {p99:.2f} ms, drift {drift:+.2f} ms",
        LATENESS_GOAL,
        median <= 2.0 and p99 <= 5.0 and abs(drift) <= 2.0,
    )
    if onsets is not None:
        record_goal(
            "cue_onsets",
            "recorded cue onsets vs the timeline (null sink)",
            f"p99 {onsets['p99']:.1f} ms; sound - screen {onsets['screen']:+.1f} ms "
            f"(max {onsets['screen_max']:.1f} ms)",
            ONSETS_GOAL,
            onsets["p99"] <= 5.0 and onsets["screen_max"] <= FRAME_MS,
        )
    # Loose guards: the machine is shared, so only the shape is asserted.
    assert p99 < 50.0
    assert chained[-1] > ours[-1][1]


def test_cue_drift_over_a_30_minute_session(request: pytest.FixtureRequest) -> None:
    if not request.config.getoption("--bench-long"):
        pytest.skip("the 30-minute run: make bench-long")
    app = QApplication.instance() or QApplication([])
    assert app is not None
    with busy_core():
        ours = run_realtime(_timeline(LONG_TEMPLATE), LONG_S)
    values = [v for _, v in ours[1:]]
    drift = drift_ms(ours)
    body = (
        "`make bench-long` (tests/benchmarks/test_timer_bench.py --bench-long): the first "
        f"{LONG_S / 60:g} minutes of {LONG_TEMPLATE} in real time through the Qt scheduler, "
        "one core busy.\n\n"
        + table(LATENESS_HEADERS, [lateness_row("deadline scheduler (ours)", ours)])
    )
    write_section("timer_long", "Cue timing over a 30-minute session", body)
    print(body)
    record_goal(
        "cue_drift_long",
        "cue drift over 30 min, real Qt scheduler, one core busy",
        f"drift {drift:+.2f} ms (median {statistics.median(values):.2f}, "
        f"p99 {_p(values, 0.99):.2f} ms)",
        "drift <= 2 ms over 30 min",
        abs(drift) <= 2.0,
    )
    assert abs(drift) < 50.0
