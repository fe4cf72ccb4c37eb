"""Row: the wall clock jumps +-1 h, and a DST change, in the middle of a session.

The runner as the window uses it (tests/gui/runner_helpers.py's parts, the user's zone
Europe/Berlin) on a fake clock whose monotonic time runs steadily while its wall time
(`now()`) jumps by an hour forwards or back at random moments, on sessions that start just
before the spring and autumn DST changes, just before local midnight, or on a random day.
The cues (what the player was asked to play, at which monotonic instant, how late) must be
those of the undisturbed run; the stored set times and the session's length follow the
monotonic clock from the session's start (a jump never tears a session in two or makes it
an hour long); a check-in typed after the jump lands on the local date of that moment.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from phtcoach.audio.cues import NullCuePlayer
from phtcoach.core.enums import SessionStatus
from phtcoach.storage.repository import Store, open_store
from phtcoach.ui.checkin import CheckInForm
from phtcoach.ui.runner import RunnerWidget
from tests.fakes import FakeClock
from tests.gui.diary_helpers import key, show
from tests.gui.runner_helpers import QT_NOISE, FakeInhibitor
from tests.gui.state_helpers import make_state
from tests.reliability.figures import Row

pytestmark = QT_NOISE

BERLIN = ZoneInfo("Europe/Berlin")
TEMPLATE = "iso-5x5"  # 155 s, two sets: one saved at 50 s, one at the end
STEP_S = 0.25
MONO0 = 1000.0
SEED = 20261202
HOUR = 3600.0

# Session starts (UTC) that put a local-date or DST boundary inside the session.
SPRING = datetime(2026, 3, 29, 0, 58, 30, tzinfo=UTC)  # 01:58:30 CET, 03:00 CEST 90 s later
AUTUMN = datetime(2026, 10, 25, 0, 58, 30, tzinfo=UTC)  # 02:58:30 CEST, 02:00 CET 90 s later
MIDNIGHT = datetime(2026, 6, 10, 21, 58, 30, tzinfo=UTC)  # 23:58:30 CEST
STARTS = (SPRING, AUTUMN, MIDNIGHT)
H1, H2 = timedelta(hours=1), timedelta(hours=2)
EXPECTED_ENDS = {  # each set's end in Berlin: (local date, hour, UTC offset)
    SPRING: [(date(2026, 3, 29), 1, H1), (date(2026, 3, 29), 3, H2)],
    AUTUMN: [(date(2026, 10, 25), 2, H2), (date(2026, 10, 25), 2, H1)],
    MIDNIGHT: [(date(2026, 6, 10), 23, H2), (date(2026, 6, 11), 0, H2)],
}


class JumpClock(FakeClock):
    """A FakeClock whose wall time can jump on its own, as when the user or NTP sets it."""

    def jump(self, seconds: float) -> None:
        self._now += timedelta(seconds=seconds)


@dataclass
class TimedPlayer(NullCuePlayer):
    """The silent player, noting the monotonic instant of every request. It does not plan
    ahead (no `clock`): each cue comes at its due time through the scheduler, whose timing
    is what the jumps must leave alone."""

    fake_clock: FakeClock | None = None
    played: list[tuple[float, str | None, str | None, float]] = field(default_factory=list)

    def play(self, sound: str | None, say: str | None = None, *, late_s: float = 0.0) -> None:
        assert self.fake_clock is not None
        self.played.append((self.fake_clock.monotonic(), sound, say, late_s))
        super().play(sound, say, late_s=late_s)


@dataclass
class Outcome:
    played: list[tuple[float, str | None, str | None, float]]
    start_wall: datetime
    started_at: datetime
    ended_at: datetime
    set_times: list[tuple[datetime, datetime]]
    diary_day: date
    now_at_entry: datetime


@pytest.fixture
def stores(tmp_path: Path) -> Iterator[Callable[[str, JumpClock], Store]]:
    made: list[Store] = []

    def make(name: str, clock: JumpClock) -> Store:
        d = tmp_path / name
        d.mkdir()
        s = open_store(d, clock, auto_backup=False)
        made.append(s)
        return s

    yield make
    for s in made:
        s.close()


def run_session(qtbot: QtBot, store: Store, clock: JumpClock, jumps: dict[int, float]) -> Outcome:
    """One whole session, the wall clock jumping by `jumps[step]` seconds before that step."""
    start_wall = clock.now()
    player = TimedPlayer(fake_clock=clock)
    state = make_state(store, clock, BERLIN)
    runner = RunnerWidget(state, player, inhibitor=FakeInhibitor())
    qtbot.addWidget(runner)
    try:
        runner.load(TEMPLATE)
        runner.start()
        run, sched = runner.run, runner.scheduler
        assert run is not None and sched is not None and run.started
        step = 0
        while not run.finished:
            if step in jumps:
                clock.jump(jumps[step])
            clock.advance(STEP_S)
            sched.poll()
            step += 1
            assert step < 10_000, "the session never finished"
        record = store.sessions.get(run.session_id or 0)
        assert record.status is SessionStatus.COMPLETED
        assert record.ended_at is not None
        sets = store.sessions.sets(record.id or 0)
    finally:
        runner.shutdown()
    # A check-in typed now, after every jump, as on the Today page.
    form = CheckInForm(state, compact=True)
    show(qtbot, form)
    form.focus_first()
    key(qtbot, form, "3")
    key(qtbot, form, Qt.Key.Key_Return)
    (entry,) = store.diary.pain_entries()
    assert entry.recorded_at == clock.now()
    return Outcome(
        player.played,
        start_wall,
        record.started_at,
        record.ended_at,
        [(s.started_at, s.ended_at) for s in sets],
        entry.local_date,
        clock.now(),
    )


def test_wall_clock_jumps_and_dst_leave_the_session_alone(
    qtbot: QtBot,
    stores: Callable[[str, JumpClock], Store],
    count: Callable[[int, int], int],
    row: Callable[..., Row],
) -> None:
    rng = random.Random(SEED)
    base_clock = JumpClock(MIDNIGHT, mono=MONO0)
    base = run_session(qtbot, stores("base", base_clock), base_clock, {})
    steps = round((base.played[-1][0] - MONO0) / STEP_S)
    length = base.ended_at - base.started_at
    base_sets = [(a - base.started_at, b - base.started_at) for a, b in base.set_times]
    assert len(base_sets) == 2
    assert length == timedelta(seconds=155), length

    cases = count(4, 60)
    jumps_tried = forward = back = 0
    worst_ms = 0.0
    dst_cases = date_changes = 0
    for n in range(cases):
        start = STARTS[n] if n < len(STARTS) else STARTS[n % 3] + timedelta(days=rng.randint(0, 1))
        if n >= len(STARTS) and rng.random() < 0.5:  # a random moment of a random day
            start = datetime(2026, 1, 1, tzinfo=UTC) + timedelta(
                seconds=rng.uniform(0, 365 * 86400)
            )
        kinds = [HOUR, -HOUR] if n % 2 == 0 else [-HOUR, HOUR]
        picked = sorted(rng.sample(range(1, steps), rng.randint(1, 3)))
        jumps = {s: kinds[i % 2] for i, s in enumerate(picked)}
        clock = JumpClock(start, mono=MONO0)
        out = run_session(qtbot, stores(f"case{n}", clock), clock, jumps)
        why = f"case {n}: start {start.isoformat()}, jumps {jumps}"

        # The cues: the same requests at the same monotonic instants, equally late.
        assert [p[1:] for p in out.played] == [p[1:] for p in base.played], why
        diff = max(abs(a[0] - b[0]) for a, b in zip(out.played, base.played, strict=True))
        worst_ms = max(worst_ms, diff * 1000)
        assert diff == 0.0, why

        # The records: on the clock of the session's start, whatever the wall clock did.
        assert out.started_at == start, why
        assert out.ended_at - out.started_at == length, why
        assert [(a - start, b - start) for a, b in out.set_times] == base_sets, why
        local_ends = [b.astimezone(BERLIN) for _, b in out.set_times]
        if start in EXPECTED_ENDS:  # the boundary cases, spelled out in local time
            assert [(t.date(), t.hour, t.utcoffset()) for t in local_ends] == EXPECTED_ENDS[
                start
            ], why

        # The check-in after the jumps: the local date at that moment, in Berlin.
        assert out.diary_day == out.now_at_entry.astimezone(BERLIN).date(), why

        jumps_tried += len(jumps)
        forward += sum(1 for j in jumps.values() if j > 0)
        back += sum(1 for j in jumps.values() if j < 0)
        dst_cases += (
            start.astimezone(BERLIN).utcoffset() != out.ended_at.astimezone(BERLIN).utcoffset()
        )
        date_changes += out.diary_day != start.astimezone(BERLIN).date()

    # The three starts that matter, proved to be what they claim.
    assert SPRING.astimezone(BERLIN).utcoffset() != (SPRING + length).astimezone(BERLIN).utcoffset()
    assert AUTUMN.astimezone(BERLIN).utcoffset() != (AUTUMN + length).astimezone(BERLIN).utcoffset()
    assert MIDNIGHT.astimezone(BERLIN).date() != (MIDNIGHT + length).astimezone(BERLIN).date()

    r = row(
        "clock-jumps",
        "Wall clock jumps +-1 h and a DST change mid-session",
        "the cue schedule is unaffected; diary dates right",
    )
    r.add(
        f"{cases} sessions of {TEMPLATE} (Europe/Berlin) with {jumps_tried} wall-clock jumps "
        f"({forward} of +1 h, {back} of -1 h) at random moments; {dst_cases} crossed a DST "
        "change, the others local midnight or a random moment"
    )
    r.add(
        f"cue offsets: max difference from the undisturbed run {worst_ms:.1f} ms over "
        f"{len(base.played)} cue requests each (same sounds, words and lateness)"
    )
    r.add(
        "set times and the session's length (155 s) follow the monotonic clock from the "
        f"start in every case; check-ins after the jumps on the local date then "
        f"({date_changes} on another day than the session's start)"
    )
