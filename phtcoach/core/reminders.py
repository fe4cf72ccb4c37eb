"""When to remind: the morning check-in, the evening check-in and the isometrics, as pure
decisions from the chosen times, what is logged today, the time now and what already fired.

The Qt layer only arms timers for `Schedule.next_at` and shows `Schedule.due`; every rule
below is tested with a fake clock (tests/core/test_reminders.py).

Rules
- **Off is off.** `ReminderTimes.enabled` false (Settings.reminders) or a kind's time empty:
  nothing of that kind, ever.
- **None once logged.** A morning check-in today cancels the morning reminder, an evening
  check-in the evening one. An isometrics slot is cancelled by a session started after the
  slot, or less than `SESSION_LEAD` before it (a session at 10:30 covers the 11:00 slot).
- **Each slot fires at most once a day.** A slot is known by `Slot.key` (local date, kind,
  wall time); the caller keeps the keys of what fired and passes them back.
- **Late slots (sleep, start-up) fire once and only while still relevant.** A slot is due
  from its instant until it expires:
  * morning: until noon, or the evening slot if that is earlier; a morning time at or after
    that point expires `LATE_WINDOW` after it;
  * evening: until the end of the local day;
  * isometrics: until the next isometrics slot, at most `LATE_WINDOW` after it.
  So after a laptop slept through several isometrics slots only the latest one still open
  is due: each kind fires once on wake, and a stale one not at all. The caller marks every
  returned slot fired; `Schedule.missed` lists the slots passed over without firing (the
  caller may mark them too, so they can never fire later).
- **Daylight saving.** Times are local wall times in the given zone, resolved for the day in
  question: a wall time that does not exist (the spring gap, 02:30 in Europe/Berlin on
  2026-03-29) fires at the first valid instant after the gap (03:00 CEST); a wall time that
  exists twice (the autumn fold, 02:30 on 2026-10-25) fires once, at its first occurrence.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum

SESSION_LEAD = timedelta(hours=1)  # a session this long before an isometrics slot covers it
LATE_WINDOW = timedelta(hours=3)  # how long a late isometrics (or late morning) slot stays due
MORNING_UNTIL = time(12, 0)  # after noon a morning check-in reminder is no longer useful
_GAP_SEARCH = 6 * 60  # minutes to walk forward out of a DST gap (real gaps are <= 2 hours)


class ReminderKind(StrEnum):
    MORNING = "morning"
    EVENING = "evening"
    ISOMETRICS = "isometrics"


def parse_clock(value: str) -> time:
    """ "HH:MM" (as Settings validates it) to a time of day."""
    hours, minutes = value.split(":")
    return time(int(hours), int(minutes))


@dataclass(frozen=True, slots=True)
class ReminderTimes:
    """The chosen local wall times; None / () means that kind is off."""

    enabled: bool = True
    morning: time | None = None
    evening: time | None = None
    isometrics: tuple[time, ...] = ()

    @classmethod
    def from_settings(
        cls, enabled: bool, morning: str, evening: str, isometrics: Iterable[str]
    ) -> ReminderTimes:
        return cls(
            enabled=enabled,
            morning=parse_clock(morning) if morning else None,
            evening=parse_clock(evening) if evening else None,
            isometrics=tuple(sorted({parse_clock(t) for t in isometrics})),
        )


@dataclass(frozen=True, slots=True)
class Logged:
    """What is logged on the local day in question."""

    morning: bool = False
    evening: bool = False
    sessions: tuple[datetime, ...] = ()  # aware start instants of today's sessions

    @property
    def last_session(self) -> datetime | None:
        return max(self.sessions) if self.sessions else None


@dataclass(frozen=True, slots=True)
class Slot:
    """One reminder on one local day: due `at` (aware, UTC) until `expires`."""

    day: date
    kind: ReminderKind
    wall: time
    at: datetime
    expires: datetime

    @property
    def key(self) -> str:
        return f"{self.day.isoformat()} {self.kind.value} {self.wall.strftime('%H:%M')}"

    @property
    def clock_text(self) -> str:
        return self.wall.strftime("%H:%M")


@dataclass(frozen=True, slots=True)
class Schedule:
    """`due`: show these now (at most one per kind). `next_at`: arm a timer for then (None:
    nothing to wait for). `missed`: slots passed over (expired or cancelled) before firing."""

    due: tuple[Slot, ...]
    next_at: datetime | None
    missed: tuple[Slot, ...] = ()


def resolve(day: date, wall: time, tz: tzinfo) -> datetime:
    """The instant (UTC) of local wall time `wall` on `day`: the first occurrence of a
    repeated time, the first valid instant after a skipped one."""
    naive = datetime.combine(day, wall)
    for minutes in range(_GAP_SEARCH + 1):
        candidate = naive + timedelta(minutes=minutes)
        local = candidate.replace(tzinfo=tz, fold=0)
        instant = local.astimezone(UTC)
        if instant.astimezone(tz).replace(tzinfo=None) == candidate:
            return instant
    return naive.replace(tzinfo=tz).astimezone(UTC)  # no valid time found: the zone's guess


def _end_of_day(day: date, tz: tzinfo) -> datetime:
    return resolve(day + timedelta(days=1), time(0, 0), tz)


def slots_for_day(times: ReminderTimes, day: date, tz: tzinfo) -> list[Slot]:
    """Every slot of local `day`, in time order (nothing when reminders are off)."""
    if not times.enabled:
        return []
    end = _end_of_day(day, tz)
    out: list[Slot] = []
    evening_at = resolve(day, times.evening, tz) if times.evening is not None else None
    if times.morning is not None:
        at = resolve(day, times.morning, tz)
        until = resolve(day, MORNING_UNTIL, tz)
        if evening_at is not None:
            until = min(until, evening_at)
        if until <= at:
            until = min(at + LATE_WINDOW, end)
        out.append(Slot(day, ReminderKind.MORNING, times.morning, at, until))
    if times.evening is not None and evening_at is not None:
        out.append(Slot(day, ReminderKind.EVENING, times.evening, evening_at, end))
    iso = [(t, resolve(day, t, tz)) for t in times.isometrics]
    for i, (wall, at) in enumerate(iso):
        until = min(at + LATE_WINDOW, end)
        if i + 1 < len(iso):
            until = min(until, iso[i + 1][1])
        out.append(Slot(day, ReminderKind.ISOMETRICS, wall, at, max(until, at)))
    out.sort(key=lambda s: (s.at, s.kind.value))
    return out


def cancelled(slot: Slot, logged: Logged) -> bool:
    """Whether what is logged makes `slot` pointless."""
    if slot.kind is ReminderKind.MORNING:
        return logged.morning
    if slot.kind is ReminderKind.EVENING:
        return logged.evening
    return any(s >= slot.at - SESSION_LEAD for s in logged.sessions)


def schedule(
    times: ReminderTimes,
    tz: tzinfo,
    logged: Logged,
    now: datetime,
    fired: Iterable[str] = (),
) -> Schedule:
    """What is due at `now` and when to look again. `logged` is about now's local day;
    `fired` holds the keys of slots already shown (or passed over)."""
    if not times.enabled:
        return Schedule((), None)
    done = set(fired)
    today = now.astimezone(tz).date()
    due: dict[ReminderKind, Slot] = {}
    missed: list[Slot] = []
    next_at: datetime | None = None
    for slot in slots_for_day(times, today, tz):
        if slot.key in done:
            continue
        if slot.at > now:
            if not cancelled(slot, logged) and (next_at is None or slot.at < next_at):
                next_at = slot.at
            continue
        if cancelled(slot, logged) or now >= slot.expires:
            missed.append(slot)
            continue
        earlier = due.get(slot.kind)
        if earlier is not None:
            missed.append(earlier)  # collapsed: only the latest open slot of a kind fires
        due[slot.kind] = slot
    if next_at is None:
        # Nothing more today: tomorrow's first slot (nothing is logged for tomorrow yet).
        tomorrow = slots_for_day(times, today + timedelta(days=1), tz)
        next_at = min((s.at for s in tomorrow), default=None)
    ordered = tuple(sorted(due.values(), key=lambda s: (s.at, s.kind.value)))
    return Schedule(ordered, next_at, tuple(missed))
