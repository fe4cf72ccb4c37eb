"""Seeded synthetic histories for the chart benchmarks, and a writer into a Store.

`ten_years` is shaped like a long, faithful user: a morning and an evening check-in nearly
every day, three sessions a week with their sets, an activity most days and weekly bridge
tests. Everything comes from one `random.Random(seed)`, so every run times the same data.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from phtcoach.core.demo import DemoHistory
from phtcoach.core.model import (
    Activity,
    ActivityKind,
    Measure,
    MeasureKind,
    MorningTest,
    PainEntry,
    PainSlot,
    SessionRecord,
    SessionStatus,
    SetRecord,
    Settings,
    Side,
)
from phtcoach.demo_data import write_demo
from tests.records import at

_EXERCISES = (
    ("fesl-bridge-hold", 0.0),
    ("fesl-bridge-eccentric", 5.0),
    ("fesl-bridge-tempo", 8.0),
)


# The app's own demo writer: one transaction, sets get their session's real id.
write_history = write_demo


def ten_years(seed: int = 2026, today: date = date(2026, 3, 2), days: int = 3650) -> DemoHistory:
    """About 3650 mornings and evenings, 1560 sessions with 4-6 sets, 3300 activities."""
    rng = random.Random(seed)
    first = today - timedelta(days=days)
    test = MorningTest.SL_BRIDGE_3
    entries: list[PainEntry] = []
    activities: list[Activity] = []
    measures: list[Measure] = []
    sessions: list[tuple[SessionRecord, list[SetRecord]]] = []
    kinds = (ActivityKind.WALK, ActivityKind.RIDE, ActivityKind.RUN, ActivityKind.SWIM)
    for i in range(days):
        d = first + timedelta(days=i)
        level = 1.0 + 3.0 * (1.0 - i / days) + rng.gauss(0.0, 0.8)
        score = max(0, min(10, round(level)))
        if rng.random() > 0.02:  # a few missed mornings
            entries.append(
                PainEntry(d, PainSlot.MORNING, at(d, 7, rng.randint(0, 30)), score, test, score)
            )
        if rng.random() > 0.05:
            evening = max(0, min(10, round(level + rng.gauss(0.0, 0.7))))
            entries.append(PainEntry(d, PainSlot.EVENING, at(d, 20, rng.randint(0, 40)), evening))
        if rng.random() < 0.9:
            kind = kinds[rng.randrange(len(kinds))]
            activities.append(Activity(d, kind, float(rng.randint(20, 90)), at(d, 12, 30)))
        if d.weekday() in (0, 2, 4):
            start = at(d, 18, rng.randint(0, 45))
            slug, load = _EXERCISES[min(2, i * 3 // days)]
            sets: list[SetRecord] = []
            t = start + timedelta(seconds=20)
            for n in range(1, rng.randint(4, 6) + 1):
                reps = rng.randint(5, 8)
                holds = tuple(round(rng.uniform(8.0, 12.0), 1) for _ in range(reps))
                end = t + timedelta(seconds=sum(holds) + 5 * reps)
                side = Side.LEFT if n % 2 else Side.RIGHT
                sets.append(SetRecord(1, slug, 0, n, side, 8, reps, t, end, holds, "", load))
                t = end + timedelta(seconds=90)
            session = SessionRecord(
                "iso-5x15", start, Side.LEFT, SessionStatus.COMPLETED, t, rng.randint(0, 4)
            )
            sessions.append((session, sets))
        if d.weekday() == 6:
            measured = at(d, 9)
            other = float(rng.randint(20, 25))
            affected = float(max(1, round(other * (0.5 + 0.5 * i / days))))
            measures.append(Measure(d, MeasureKind.BRIDGE_REPS_LEFT, affected, measured))
            measures.append(Measure(d, MeasureKind.BRIDGE_REPS_RIGHT, other, measured))
    return DemoHistory(Settings(), sessions, entries, activities, measures, first, today)
