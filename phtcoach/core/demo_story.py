"""The twelve-week story the demo history tells, generated day by day.

The story (for the default 12 weeks; shorter or longer histories stretch it in proportion):
weeks 1-2 isometrics 2 x 5 x 5 s twice a day, then 2 x 5 x 15 s once or twice a day,
then from week 5 eccentric bridges three times a week (Mon/Wed/Fri), loaded from week 7.
A long aero ride in week 6 is followed by three worse mornings and the load is held. A
hilly run in week 9 flares it again: the next day's session is ended early and the plan
steps back to unloaded eccentrics for a week, then climbs again to heavy slow resistance
(5 s up / 5 s down, 8 kg, both sides) for the last two weeks. Morning and evening pain
settle from about 5/10 to about 1/10 with day-to-day noise and a few missed mornings (the
walk-runs suit the tendon: the morning after one is a little better);
walks most days, Saturday rides until walk-run starts in week 8; weekly measures with sitting
tolerance rising from about 20 to 60 min, bridge reps left/right converging, hops in the
last weeks and one clinician-scored VISA-H total.

It lives apart from `demo` (the entry point and the records it returns) because it is one
long script of invented days: the story can be read and retold without the public API in
the way. Every random draw happens in a fixed order, so moving a draw changes every later
day of every seeded history.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from phtcoach.core.model import (
    Activity,
    ActivityFlag,
    ActivityKind,
    Intensity,
    Measure,
    MeasureKind,
    PainEntry,
    PainSlot,
    SessionRecord,
    SessionStatus,
    SetRecord,
    Settings,
    Side,
)

SESSION_ID_PLACEHOLDER = 1  # SetRecord.session_id in DemoHistory; the writer replaces it
_REF_DAYS = 84  # the story's day numbers below are for 12 weeks
EASY_RUN_RELIEF = 0.4  # the walk-runs suit the tendon: the morning after is a little better


@dataclass(frozen=True, slots=True)
class _Plan:
    """How one template is performed in the demo (mirrors the seed ladder's templates)."""

    exercise: str
    sets: int
    reps: int
    rep_s: float  # seconds of work per rep (hold, or up + down)
    rest_rep_s: float
    rest_set_s: float
    tempo: str
    load_kg: float
    each_side: bool
    rpe: tuple[int, int]


_PLANS: dict[str, _Plan] = {
    "iso-5x5": _Plan("fesl-bridge-hold", 2, 5, 5.0, 10.0, 60.0, "", 0.0, False, (3, 5)),
    "iso-5x15": _Plan("fesl-bridge-hold", 2, 5, 15.0, 15.0, 90.0, "", 0.0, False, (4, 6)),
    "eccentric-10s": _Plan(
        "fesl-bridge-eccentric", 3, 8, 12.0, 2.0, 120.0, "2-0-10-0", 0.0, False, (5, 7)
    ),
    "eccentric-10s-loaded": _Plan(
        "fesl-bridge-eccentric", 3, 8, 12.0, 2.0, 120.0, "2-0-10-0", 5.0, False, (6, 8)
    ),
    "hsr-5-5": _Plan("fesl-bridge-tempo", 3, 8, 10.0, 0.0, 150.0, "5-0-5-0", 8.0, True, (7, 8)),
}


def _clamp(x: float, lo: int = 0, hi: int = 10) -> int:
    return max(lo, min(hi, round(x)))


class StoryGenerator:
    """Writes the story's records for `weeks` x 7 days plus today's morning; call `day(i)`
    for i = 0..n in order (the random draws are sequential)."""

    def __init__(self, weeks: int, seed: int, today: date, side: Side, tz: tzinfo) -> None:
        self.rng = random.Random(seed)
        self.n = weeks * 7
        self.today = today
        self.first = today - timedelta(days=self.n)
        self.side = side
        self.tz = tz
        self.phases = [
            (0, "iso-5x5"),
            (self.b(14), "iso-5x15"),
            (self.b(31), "eccentric-10s"),
            (self.b(47), "eccentric-10s-loaded"),
            (self.b(61), "eccentric-10s"),  # the step back after flare 2
            (self.b(67), "eccentric-10s-loaded"),
            (self.b(72), "hsr-5-5"),
        ]
        self.flare1 = self.b(37)  # long aero ride
        self.flare2 = self.b(59)  # hilly run
        self.runs_from = self.b(49)
        self.flare_add: dict[int, float] = {}
        for day, adds in ((self.flare1, (2.0, 2.0, 1.0)), (self.flare2, (3.0, 3.0, 1.0))):
            for k, a in enumerate(adds, start=1):
                self.flare_add[day + k] = max(self.flare_add.get(day + k, 0.0), a)
        # A few missed mornings (never on a flare's mornings or the re-test day).
        candidates = [i for i in range(7, self.n) if i not in self.flare_add and i != self.b(20)]
        self.skipped = set(self.rng.sample(candidates, k=min(3, self.n // 14)))
        self.sessions: list[tuple[SessionRecord, list[SetRecord]]] = []
        self.entries: list[PainEntry] = []
        self.activities: list[Activity] = []
        self.measures: list[Measure] = []

    def b(self, ref_day: int) -> int:
        """A day of the 12-week story, stretched to this history's length."""
        return round(ref_day * self.n / _REF_DAYS)

    def at(self, i: int, hh: int, mm: int) -> datetime:
        local = datetime.combine(self.first + timedelta(days=i), time(hh, mm), tzinfo=self.tz)
        return local.astimezone(UTC)

    def template(self, i: int) -> str:
        return [t for start, t in self.phases if start <= i][-1]

    def base(self, i: int) -> float:
        """Underlying pain on day i: about 5/10 at the start, about 1/10 at the end."""
        p = i / max(1, self.n - 1)
        return 1.0 + 4.0 * (1.0 - (1.0 - math.exp(-3.0 * p)) / (1.0 - math.exp(-3.0)))

    # ----------------------------------------------------------------- days

    def day(self, i: int) -> None:
        d = self.first + timedelta(days=i)
        flare = self.flare_add.get(i, 0.0)
        level = self.base(i) + flare - (EASY_RUN_RELIEF if self.easy_run(i - 1) else 0.0)
        self.morning(i, d, level)
        if i == self.n:
            return
        for start, status in self.session_slots(i, d):
            self.session(i, start, status, level)
        self.day_activities(i, d)
        self.day_measures(i, d)
        if self.rng.random() >= 0.15:
            pain = _clamp(0.8 * self.base(i) + 0.7 * flare + self.rng.gauss(0.0, 0.6))
            self.entries.append(
                PainEntry(d, PainSlot.EVENING, self.at(i, 20, 30 + self.rng.randint(0, 20)), pain)
            )

    def morning(self, i: int, d: date, level: float) -> None:
        score = _clamp(level + self.rng.gauss(0.0, 0.5))
        pain = max(0, score - self.rng.choice((0, 1, 1)))
        if i in self.skipped:
            return
        recorded = self.at(i, 7, 10 + self.rng.randint(0, 15))
        test = Settings().morning_test
        self.entries.append(PainEntry(d, PainSlot.MORNING, recorded, pain, test, score))
        if i == self.b(20):
            self.entries.append(
                PainEntry(
                    d,
                    PainSlot.MORNING,
                    recorded + timedelta(minutes=40),
                    max(0, pain - 1),
                    test,
                    max(0, score - 1),
                    notes="Re-tested after a warm shower (the first test counts).",
                )
            )

    def session_slots(self, i: int, d: date) -> list[tuple[datetime, SessionStatus]]:
        t = self.template(i)
        evening = self.at(i, 18, self.rng.randint(0, 45))
        if i == self.flare2 + 1:
            return [(evening, SessionStatus.ENDED_EARLY)]
        if t == "iso-5x5":
            return [
                (self.at(i, 7, 45), SessionStatus.COMPLETED),
                (evening, SessionStatus.COMPLETED),
            ]
        if t == "iso-5x15":
            slots = [(evening, SessionStatus.COMPLETED)]
            if i % 2 == 0:
                slots.insert(0, (self.at(i, 7, 45), SessionStatus.COMPLETED))
            return slots
        return [(evening, SessionStatus.COMPLETED)] if d.weekday() in (0, 2, 4) else []

    def session(self, i: int, start: datetime, status: SessionStatus, level: float) -> None:
        rng = self.rng
        ended_early = status is SessionStatus.ENDED_EARLY
        tid = self.template(i - 1) if ended_early else self.template(i)
        plan = _PLANS[tid]
        sides = [self.side, self.side.other] if plan.each_side else [self.side]
        sets: list[SetRecord] = []
        t = start + timedelta(seconds=20)
        for set_no in range(1, plan.sets + 1):
            for side in sides:
                pain = _clamp(0.6 * level + rng.gauss(0.0, 0.6))
                reps = plan.reps
                notes = ""
                if side is not self.side and plan.each_side:
                    pain = 0
                elif plan.each_side and rng.random() < 0.3 * (1.0 - i / self.n) + 0.1:
                    reps -= 1
                if ended_early and set_no == 2:
                    pain, reps, notes = 6, plan.reps // 2, "Sharp at the sit bone, stopped."
                holds = tuple(
                    round(max(0.5, plan.rep_s - abs(rng.gauss(0.0, 0.2))), 1) for _ in range(reps)
                )
                dur = reps * plan.rep_s + (reps - 1) * plan.rest_rep_s
                end = t + timedelta(seconds=dur)
                sets.append(
                    SetRecord(
                        SESSION_ID_PLACEHOLDER,
                        plan.exercise,
                        0,
                        set_no,
                        side,
                        plan.reps,
                        reps,
                        t,
                        end,
                        holds,
                        plan.tempo,
                        plan.load_kg,
                        pain,
                        rng.randint(*plan.rpe),
                        notes,
                    )
                )
                t = end + timedelta(seconds=plan.rest_set_s if side is sides[-1] else 30.0)
            if ended_early and set_no == 2:
                break
        pain_after = _clamp(0.6 * level + rng.gauss(0.0, 0.6))
        session = SessionRecord(
            tid,
            start,
            self.side,
            status,
            sets[-1].ended_at + timedelta(seconds=10),
            max(pain_after, 5) if ended_early else pain_after,
            "Ended early after a sharp set; stepping back a rung." if ended_early else "",
        )
        self.sessions.append((session, sets))

    def easy_run(self, i: int) -> bool:
        """Day i has one of the regular walk-runs (not the hilly one, nor in the days after it)."""
        d = self.first + timedelta(days=i)
        return (
            i >= self.runs_from
            and i != self.flare2
            and d.weekday() in (1, 3, 6)
            and not (self.flare2 < i <= self.flare2 + 3)
        )

    def day_activities(self, i: int, d: date) -> None:
        rng = self.rng
        if rng.random() < 0.85:
            desk = d.weekday() < 5 and rng.random() < 0.5
            self.activity(
                i,
                d,
                ActivityKind.WALK,
                rng.randint(25, 40),
                12,
                Intensity.EASY,
                hours_sitting=rng.choice((5.0, 6.0, 6.5, 7.0)) if desk else 0.0,
                notes="Lunch walk on a desk day." if desk else "",
            )
        if i == self.flare1:
            self.activity(
                i,
                d,
                ActivityKind.RIDE,
                150,
                13,
                Intensity.HARD,
                (ActivityFlag.AERO, ActivityFlag.HILLS),
                hours_sitting=2.5,
                notes="Long group ride, on the aero bars for the last hour.",
            )
        elif d.weekday() == 5 and i < self.runs_from:
            minutes = rng.randint(45, 75)
            self.activity(
                i,
                d,
                ActivityKind.RIDE,
                minutes,
                11,
                Intensity.MODERATE,
                hours_sitting=round(minutes / 30) / 2,
            )
        if i == self.flare2:
            self.activity(
                i,
                d,
                ActivityKind.RUN,
                40,
                17,
                Intensity.HARD,
                (ActivityFlag.HILLS,),
                distance_km=6.5,
                pain_during=4,
                notes="Hilly trail run: too much too soon.",
            )
        elif (
            i >= self.runs_from
            and d.weekday() in (1, 3, 6)
            and not (self.flare2 < i <= self.flare2 + 3)
        ):
            k = sum(1 for a in self.activities if a.kind is ActivityKind.RUN)
            minutes = min(25, 12 + 2 * k)
            self.activity(
                i,
                d,
                ActivityKind.RUN,
                minutes,
                17,
                Intensity.EASY,
                distance_km=round(minutes / 7.5, 1),
                pain_during=rng.randint(0, 2),
                notes="Walk-run: 2 min walk / 3 min run." if k < 4 else "",
            )

    def activity(
        self,
        i: int,
        d: date,
        kind: ActivityKind,
        minutes: int,
        hour: int,
        intensity: Intensity,
        flags: tuple[ActivityFlag, ...] = (),
        *,
        hours_sitting: float = 0.0,
        distance_km: float | None = None,
        pain_during: int | None = None,
        notes: str = "",
    ) -> None:
        self.activities.append(
            Activity(
                d,
                kind,
                float(minutes),
                self.at(i, hour, 30),
                intensity,
                frozenset(flags),
                hours_sitting,
                distance_km,
                pain_during,
                notes,
            )
        )

    def day_measures(self, i: int, d: date) -> None:
        rng = self.rng
        at = self.at(i, 9, 0)
        p = i / max(1, self.n - 1)
        if i == self.b(56):
            self.measures.append(
                Measure(d, MeasureKind.VISA_H, 64.0, at, "Scored with the physio.")
            )
        if i % 7 != 6:
            return
        sitting = 5 * round((20 + 40 * p + rng.gauss(0.0, 3.0)) / 5)
        affected = round(8 + 14 * p + rng.gauss(0.0, 1.0))
        other = round(22 + 2 * p + rng.gauss(0.0, 1.0))
        kinds = {Side.LEFT: MeasureKind.BRIDGE_REPS_LEFT, Side.RIGHT: MeasureKind.BRIDGE_REPS_RIGHT}
        self.measures.append(
            Measure(d, MeasureKind.SITTING_TOLERANCE_MIN, float(max(5, sitting)), at)
        )
        self.measures.append(Measure(d, kinds[self.side], float(max(1, affected)), at))
        self.measures.append(Measure(d, kinds[self.side.other], float(max(1, other)), at))
        if i >= self.b(63):
            hops = 6 + 3 * ((i - self.b(63)) // 7) + rng.randint(0, 2)
            self.measures.append(Measure(d, MeasureKind.HOP_COUNT, float(hops), at))
