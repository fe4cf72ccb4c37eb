"""The reminders' view of today: check-ins and sessions read from the store, the settings'
times, and Today's status for the tray."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from phtcoach.core.model import PainEntry, PainSlot, SessionRecord, Side
from phtcoach.core.reminders import Logged, ReminderKind
from phtcoach.services import Services
from phtcoach.services.advice import StartKind
from phtcoach.storage.repository import Store
from tests.fakes import FakeClock
from tests.services.history_helpers import at, morning, session

DAY = FakeClock().now().date()  # Monday 2 March 2026, 07:00 UTC


def test_nothing_logged_and_the_default_times(services: Services) -> None:
    i = services.reminders.inputs()
    assert i.logged == Logged()
    assert i.times.enabled
    assert i.times.morning == time(8)
    assert i.times.evening == time(21)
    assert i.times.isometrics == (time(11), time(15))
    assert i.now == datetime(2026, 3, 2, 7, tzinfo=UTC)
    assert not i.keep_in_tray


def test_check_ins_and_sessions_with_work_count_as_logged(services: Services, store: Store) -> None:
    morning(store, DAY, 2)
    store.diary.add_pain(PainEntry(DAY, PainSlot.EVENING, at(DAY, 6), 3))
    rec, _ = session(store, DAY, hour=5)
    session(store, DAY, hour=6, reps=0)  # no rep done: not a session
    yesterday = DAY - timedelta(days=1)
    session(store, yesterday, hour=9)
    logged = services.reminders.logged(DAY)
    assert logged.morning and logged.evening
    assert logged.sessions == (rec.started_at,)
    assert services.reminders.logged(yesterday).sessions == (at(yesterday, 9),)


def test_a_running_session_counts(services: Services, store: Store) -> None:
    store.sessions.start(SessionRecord("iso-5x5", at(DAY, 6, 30), Side.LEFT))
    assert services.reminders.logged(DAY).sessions == (at(DAY, 6, 30),)


def test_schedule_follows_the_settings_and_the_diary(
    services: Services, store: Store, clock: FakeClock
) -> None:
    s = services.reminders.schedule()
    assert s.due == ()
    assert s.next_at == at(DAY, 8)
    clock.advance(3600)  # 08:00
    due = services.reminders.schedule().due
    assert [d.kind for d in due] == [ReminderKind.MORNING]
    morning(store, DAY, 2)
    assert services.reminders.schedule().due == ()
    services.settings.update(reminders=False)
    assert services.reminders.schedule().next_at is None
    services.settings.update(reminders=True, remind_isometrics=("08:30",), keep_in_tray=True)
    assert services.reminders.schedule().next_at == at(DAY, 8, 30)
    assert services.reminders.inputs().keep_in_tray


def test_status_says_what_is_logged_and_what_start_runs(services: Services, store: Store) -> None:
    st = services.reminders.status()
    assert st.day == DAY
    assert not st.morning_logged and not st.evening_logged
    assert st.sessions_done == 0
    assert st.session_name
    assert st.start is StartKind.START
    morning(store, DAY, 2)
    session(store, DAY, hour=6)
    st = services.reminders.status()
    assert st.morning_logged
    assert st.sessions_done == 1
    assert st.start is StartKind.DONE_FOR_TODAY
