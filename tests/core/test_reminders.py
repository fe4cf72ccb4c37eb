"""Reminder scheduling on a fake clock: logged entries cancel, a sleep fires each kind once,
daylight-saving days, off, the next instant to wake up for."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from phtcoach.core.reminders import (
    Logged,
    ReminderKind,
    ReminderTimes,
    Schedule,
    parse_clock,
    resolve,
    schedule,
    slots_for_day,
)

BERLIN = ZoneInfo("Europe/Berlin")
TIMES = ReminderTimes.from_settings(True, "08:00", "21:00", ("11:00", "15:00"))
DAY = date(2026, 5, 4)


def at(hh: int, mm: int = 0, day: date = DAY) -> datetime:
    """Local Berlin wall time as an aware UTC instant."""
    return datetime.combine(day, time(hh, mm), tzinfo=BERLIN).astimezone(UTC)


def kinds(s: Schedule) -> list[tuple[ReminderKind, str]]:
    return [(slot.kind, slot.clock_text) for slot in s.due]


def run_day(
    times: ReminderTimes, start: datetime, end: datetime, logged: Logged | None = None
) -> list[tuple[datetime, ReminderKind, str]]:
    """Follow `next_at` like the scheduler's timer: what fires when, over a stretch."""
    logged = logged or Logged()
    fired: set[str] = set()
    out: list[tuple[datetime, ReminderKind, str]] = []
    now = start
    while now < end:
        s = schedule(times, BERLIN, logged, now, fired)
        for slot in s.due:
            out.append((now, slot.kind, slot.clock_text))
            fired.add(slot.key)
        if s.next_at is None:
            break
        now = max(s.next_at, now + timedelta(seconds=1))
    return out


def test_parse_and_from_settings_sort_and_skip_empty() -> None:
    assert parse_clock("07:05") == time(7, 5)
    t = ReminderTimes.from_settings(True, "", "21:30", ("15:00", "09:00"))
    assert t.morning is None
    assert t.evening == time(21, 30)
    assert t.isometrics == (time(9), time(15))


def test_before_the_first_slot_nothing_is_due_and_the_timer_waits_for_it() -> None:
    s = schedule(TIMES, BERLIN, Logged(), at(6, 30))
    assert s.due == ()
    assert s.next_at == at(8)


def test_a_whole_day_fires_each_slot_once_in_order() -> None:
    fired = run_day(TIMES, at(6), at(23, 59))
    assert [(f[1], f[2]) for f in fired] == [
        (ReminderKind.MORNING, "08:00"),
        (ReminderKind.ISOMETRICS, "11:00"),
        (ReminderKind.ISOMETRICS, "15:00"),
        (ReminderKind.EVENING, "21:00"),
    ]
    assert [f[0] for f in fired] == [at(8), at(11), at(15), at(21)]


def test_after_the_last_slot_the_timer_waits_for_tomorrow() -> None:
    fired = {s.key for s in slots_for_day(TIMES, DAY, BERLIN)}
    s = schedule(TIMES, BERLIN, Logged(), at(22), fired)
    assert s.due == ()
    assert s.next_at == at(8, day=DAY + timedelta(days=1))


def test_a_slot_that_fired_does_not_fire_again() -> None:
    first = schedule(TIMES, BERLIN, Logged(), at(8))
    assert kinds(first) == [(ReminderKind.MORNING, "08:00")]
    again = schedule(TIMES, BERLIN, Logged(), at(8, 5), {first.due[0].key})
    assert again.due == ()
    assert again.next_at == at(11)


def test_a_morning_entry_cancels_the_morning_reminder() -> None:
    logged = Logged(morning=True)
    assert schedule(TIMES, BERLIN, logged, at(8)).due == ()
    assert schedule(TIMES, BERLIN, logged, at(6)).next_at == at(11)


def test_an_evening_entry_cancels_only_the_evening_reminder() -> None:
    logged = Logged(evening=True)
    fired = run_day(TIMES, at(6), at(23, 59), logged)
    assert ReminderKind.EVENING not in [f[1] for f in fired]
    assert ReminderKind.MORNING in [f[1] for f in fired]


def test_a_session_after_or_shortly_before_a_slot_cancels_it() -> None:
    # 10:30 is within the hour before 11:00: that slot is covered, 15:00 is not.
    logged = Logged(sessions=(at(10, 30),))
    fired = run_day(TIMES, at(9), at(20), logged)
    iso = [f[2] for f in fired if f[1] is ReminderKind.ISOMETRICS]
    assert iso == ["15:00"]
    # A session at 11:20, while the 11:00 reminder is still open, silences it.
    late = Logged(morning=True, sessions=(at(11, 20),))
    assert schedule(TIMES, BERLIN, late, at(11, 30)).due == ()
    # An early session (07:00) covers neither.
    early = Logged(morning=True, sessions=(at(7),))
    assert kinds(schedule(TIMES, BERLIN, early, at(11))) == [(ReminderKind.ISOMETRICS, "11:00")]
    assert early.last_session == at(7)


def test_reminders_off_means_nothing_and_no_timer() -> None:
    off = ReminderTimes.from_settings(False, "08:00", "21:00", ("11:00",))
    s = schedule(off, BERLIN, Logged(), at(12))
    assert s == Schedule((), None)
    assert slots_for_day(off, DAY, BERLIN) == []
    none = ReminderTimes.from_settings(True, "", "", ())
    assert schedule(none, BERLIN, Logged(), at(12)) == Schedule((), None)


def test_after_a_sleep_each_kind_fires_once_and_only_if_still_relevant() -> None:
    # Asleep from 07:00 to 15:30: the morning (until noon) and 11:00 are stale; 15:00 fires.
    s = schedule(TIMES, BERLIN, Logged(), at(15, 30))
    assert kinds(s) == [(ReminderKind.ISOMETRICS, "15:00")]
    assert {m.clock_text for m in s.missed} == {"08:00", "11:00"}
    assert s.next_at == at(21)
    # Waking at 11:45: the morning check-in is still useful, and the 11:00 isometrics.
    wake = schedule(TIMES, BERLIN, Logged(), at(11, 45))
    assert kinds(wake) == [(ReminderKind.MORNING, "08:00"), (ReminderKind.ISOMETRICS, "11:00")]
    # Once shown, they stay quiet.
    again = schedule(TIMES, BERLIN, Logged(), at(11, 50), {x.key for x in wake.due})
    assert again.due == ()


def test_many_isometric_slots_collapse_to_the_latest_open_one_on_wake() -> None:
    times = ReminderTimes.from_settings(
        True, "", "", ("09:00", "10:00", "11:00", "12:00", "13:00", "14:00")
    )
    s = schedule(times, BERLIN, Logged(), at(13, 10))
    assert kinds(s) == [(ReminderKind.ISOMETRICS, "13:00")]
    assert s.next_at == at(14)
    # Past the last slot's window (3 h): stale, nothing.
    assert schedule(times, BERLIN, Logged(), at(17, 30)).due == ()
    fired = run_day(times, at(8), at(23))
    assert [f[2] for f in fired] == ["09:00", "10:00", "11:00", "12:00", "13:00", "14:00"]


def test_a_morning_time_after_noon_still_gets_a_window() -> None:
    times = ReminderTimes.from_settings(True, "13:00", "", ())
    assert kinds(schedule(times, BERLIN, Logged(), at(14))) == [(ReminderKind.MORNING, "13:00")]
    assert schedule(times, BERLIN, Logged(), at(16, 30)).due == ()


def test_the_evening_reminder_stays_due_until_midnight() -> None:
    assert kinds(schedule(TIMES, BERLIN, Logged(), at(23, 50), set())) == [
        (ReminderKind.EVENING, "21:00")
    ]


def test_spring_forward_a_skipped_time_fires_at_the_first_valid_instant() -> None:
    spring = date(2026, 3, 29)  # Berlin: 02:00 CET -> 03:00 CEST
    times = ReminderTimes.from_settings(True, "02:30", "", ("03:30",))
    first_valid = datetime(2026, 3, 29, 1, 0, tzinfo=UTC)  # 03:00 CEST
    assert resolve(spring, time(2, 30), BERLIN) == first_valid
    s = schedule(times, BERLIN, Logged(), datetime(2026, 3, 29, 0, 30, tzinfo=UTC))
    assert s.due == ()
    assert s.next_at == first_valid
    fired = run_day(
        times, datetime(2026, 3, 28, 23, 0, tzinfo=UTC), first_valid + timedelta(hours=4)
    )
    assert [(f[0], f[2]) for f in fired] == [
        (first_valid, "02:30"),
        (datetime(2026, 3, 29, 1, 30, tzinfo=UTC), "03:30"),
    ]


def test_fall_back_a_repeated_time_fires_once_at_its_first_occurrence() -> None:
    autumn = date(2026, 10, 25)  # Berlin: 03:00 CEST -> 02:00 CET, 02:xx happens twice
    times = ReminderTimes.from_settings(True, "", "", ("02:30", "08:00"))
    first = datetime(2026, 10, 25, 0, 30, tzinfo=UTC)  # 02:30 CEST
    assert resolve(autumn, time(2, 30), BERLIN) == first
    fired = run_day(
        times, datetime(2026, 10, 24, 22, 0, tzinfo=UTC), datetime(2026, 10, 25, 9, 0, tzinfo=UTC)
    )
    assert [(f[0], f[2]) for f in fired] == [
        (first, "02:30"),
        (datetime(2026, 10, 25, 7, 0, tzinfo=UTC), "08:00"),  # 08:00 CET
    ]


def test_on_dst_days_ordinary_times_keep_their_wall_clock() -> None:
    for day, offset in ((date(2026, 3, 29), 2), (date(2026, 10, 25), 1)):
        slots = slots_for_day(TIMES, day, BERLIN)
        morning = next(s for s in slots if s.kind is ReminderKind.MORNING)
        assert morning.at == datetime.combine(day, time(8 - offset), tzinfo=UTC)
        assert morning.key == f"{day.isoformat()} morning 08:00"


def test_the_next_day_starts_afresh() -> None:
    yesterday = {s.key for s in slots_for_day(TIMES, DAY, BERLIN)}
    s = schedule(TIMES, BERLIN, Logged(), at(8, day=DAY + timedelta(days=1)), yesterday)
    assert kinds(s) == [(ReminderKind.MORNING, "08:00")]
