"""Simulated histories with planted effects, for the tolerance model's calibration.

A person with a slowly settling tendon: morning test drifting from about 4/10 to 2/10, day
to day noise like the forum's real mornings (a standard deviation of about 0.8, rounded to a
whole score, a few mornings missed), walks most days, runs twice a week of which some are
hilly, a weekend ride sometimes on the aero bars, three bridge sessions a week. The planted
effects act on the next morning only; everything comes from one `random.Random(seed)`.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from phtcoach.core.enums import ActivityFlag, ActivityKind, PainSlot, SessionStatus, Side
from phtcoach.core.records import Activity, PainEntry, SessionRecord, SetRecord
from phtcoach.core.tolerance_days import Factor, FactorKind

HILLY_RUN = Factor(FactorKind.FLAG, "run", "hills")
AERO_RIDE = Factor(FactorKind.FLAG, "ride", "aero")
WALK = Factor(FactorKind.ACTIVITY, "walk")
RUN = Factor(FactorKind.ACTIVITY, "run")
RIDE = Factor(FactorKind.ACTIVITY, "ride")
SESSION = Factor(FactorKind.EXERCISE, "fesl-bridge-hold", "iso-5x15")

PLANTED: Mapping[Factor, float] = {HILLY_RUN: 1.5, AERO_RIDE: 1.0, WALK: 0.0, SESSION: 0.0}


@dataclass(frozen=True)
class History:
    sessions: list[SessionRecord]
    sets: list[SetRecord]
    entries: list[PainEntry]
    activities: list[Activity]


def _at(d: date, hour: int) -> datetime:
    return datetime(d.year, d.month, d.day, hour, tzinfo=UTC)


def simulate(
    seed: int,
    weeks: int = 12,
    planted: Mapping[Factor, float] = PLANTED,
    *,
    noise_sd: float = 0.8,
    missed: float = 0.05,
) -> History:
    rng = random.Random(seed)
    first = date(2026, 1, 5)
    days = weeks * 7
    sessions: list[SessionRecord] = []
    sets: list[SetRecord] = []
    entries: list[PainEntry] = []
    activities: list[Activity] = []
    carried = 0.0  # yesterday's planted load, felt this morning
    for i in range(days):
        d = first + timedelta(days=i)
        level = 4.0 - 2.0 * i / days + carried + rng.gauss(0.0, noise_sd)
        if rng.random() > missed:
            score = max(0, min(10, round(level)))
            entries.append(PainEntry(d, PainSlot.MORNING, _at(d, 7), score))
        done: set[Factor] = set()
        if rng.random() < 0.7:
            activities.append(Activity(d, ActivityKind.WALK, rng.randint(20, 45), _at(d, 12)))
            done.add(WALK)
        if d.weekday() in (1, 4) and rng.random() < 0.9:
            hilly = rng.random() < 0.4
            flags = frozenset({ActivityFlag.HILLS}) if hilly else frozenset()
            minutes = rng.randint(25, 50)
            activities.append(Activity(d, ActivityKind.RUN, minutes, _at(d, 17), flags=flags))
            done.add(RUN)
            if hilly:
                done.add(HILLY_RUN)
        if d.weekday() == 5 and rng.random() < 0.8:
            aero = rng.random() < 0.5
            flags = frozenset({ActivityFlag.AERO}) if aero else frozenset()
            minutes = rng.randint(40, 58)
            activities.append(Activity(d, ActivityKind.RIDE, minutes, _at(d, 10), flags=flags))
            done.add(RIDE)
            if aero:
                done.add(AERO_RIDE)
        if d.weekday() in (0, 2, 4):
            sid = len(sessions) + 1
            start = _at(d, 18)
            end = start + timedelta(minutes=10)
            sessions.append(
                SessionRecord("iso-5x15", start, Side.LEFT, SessionStatus.COMPLETED, end, id=sid)
            )
            sets.append(
                SetRecord(sid, "fesl-bridge-hold", 0, 1, Side.LEFT, 5, 5, start, end, (15.0,) * 5)
            )
            done.add(SESSION)
        carried = sum(planted.get(f, 0.0) for f in done)
    return History(sessions, sets, entries, activities)
