"""Hand-made histories for the rules, shared by the core tests and the wording tests."""

from __future__ import annotations

from datetime import UTC, date, timedelta

from phtcoach.core.model import (
    Activity,
    ActivityKind,
    Measure,
    MeasureKind,
    MorningTest,
    PainEntry,
    PainSlot,
    RedFlag,
    SessionRecord,
    SessionStatus,
    SetRecord,
    Settings,
    Side,
)
from phtcoach.core.progression import Advice, Finding, History, StepKind, advise
from tests.records import at

LADDER = ("iso-5x5", "iso-5x15", "eccentric-10s", "eccentric-10s-loaded", "hsr-5-5")
TODAY = date(2026, 3, 18)  # a Wednesday
S = Settings()


def day(n: int) -> date:
    return TODAY + timedelta(days=n)


def morning(n: int, score: int, hh: int = 7, flags: frozenset[RedFlag] = frozenset()) -> PainEntry:
    d = day(n)
    return PainEntry(d, PainSlot.MORNING, at(d, hh), score, MorningTest.SL_BRIDGE_3, score, flags)


def mornings(first: int, last: int, score: int) -> list[PainEntry]:
    return [morning(n, score) for n in range(first, last + 1)]


class Log:
    """Builds sessions with one set each, numbered from 1."""

    def __init__(self) -> None:
        self.sessions: list[SessionRecord] = []
        self.sets: list[SetRecord] = []

    def add(
        self, n: int, template: str = "iso-5x5", pain: int | None = 1, hh: int = 18
    ) -> SessionRecord:
        sid = len(self.sessions) + 1
        start = at(day(n), hh)
        s = SessionRecord(
            template,
            start,
            Side.LEFT,
            SessionStatus.COMPLETED,
            start + timedelta(minutes=10),
            id=sid,
        )
        self.sessions.append(s)
        self.sets.append(
            SetRecord(
                sid,
                "fesl-bridge-hold",
                0,
                1,
                Side.LEFT,
                5,
                5,
                start + timedelta(seconds=30),
                start + timedelta(seconds=60),
                (5.0,) * 5,
                "",
                0.0,
                pain,
            )
        )
        return s

    def history(self, entries: list[PainEntry], **more: object) -> History:
        return History(self.sessions, self.sets, entries, **more)  # type: ignore[arg-type]


def run(h: History, current: str = "iso-5x5", settings: Settings = S, **kw: object) -> Advice:
    return advise(TODAY, h, settings, current, LADDER, tz=UTC, **kw)  # type: ignore[arg-type]


def kind(a: Advice) -> StepKind | None:
    return None if a.next_step is None else a.next_step.kind


def rules(a: Advice) -> dict[str, Finding]:
    return {f.rule: f for f in a.findings}


def steady(current: str = "iso-5x5", days: range = range(-6, 0)) -> Log:
    """Sessions on the given days, all pain 1: with mornings of 2 they are all cleared."""
    log = Log()
    for n in days:
        log.add(n, current)
    return log


def stage_history(bridge_left: float | None) -> History:
    """Six cleared sessions of iso-5x15 and two weeks of mornings at 2/10."""
    log = steady("iso-5x15", range(-6, 0))
    measures = []
    if bridge_left is not None:
        measures.append(Measure(day(-1), MeasureKind.BRIDGE_REPS_LEFT, bridge_left, at(day(-1), 9)))
    return log.history(mornings(-14, 0, 2), measures=measures)


def runs(recent: float) -> History:
    """100 running minutes two to three weeks ago, `recent` in the last two weeks."""
    acts = [
        Activity(day(-27), ActivityKind.WALK, 20, at(day(-27), 12)),
        Activity(day(-20), ActivityKind.RUN, 100, at(day(-20), 12)),
        Activity(day(-5), ActivityKind.RUN, recent, at(day(-5), 12)),
    ]
    return History(pain_entries=mornings(-7, 0, 2), activities=acts)
