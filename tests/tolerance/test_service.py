"""The tolerance service on a real store: a year's window, one fit per change of the data,
and Today's "what tends to flare you" for what was done yesterday."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, timedelta

from phtcoach.core.enums import ActivityFlag, ActivityKind, PainSlot
from phtcoach.core.records import Activity, PainEntry
from phtcoach.core.tolerance_model import Verdict
from phtcoach.services import Services
from phtcoach.services.tolerance import ToleranceService
from phtcoach.storage.repository import Store
from tests.fakes import FakeClock
from tests.tolerance.simulate import HILLY_RUN, WALK, History, _at, simulate


def store_history(store: Store, h: History) -> None:
    with store.batch():
        for s in h.sessions:
            saved = store.sessions.start(replace(s, id=None))
            assert saved.id is not None
            for st in h.sets:
                if st.session_id == s.id:
                    store.sessions.add_set(replace(st, session_id=saved.id))
        for e in h.entries:
            store.diary.add_pain(e)
        for a in h.activities:
            store.diary.add_activity(a)


def service(store: Store, clock: FakeClock) -> ToleranceService:
    s = Services(store, clock, UTC)
    return ToleranceService(store, clock, UTC, s.settings)


def test_the_hilly_run_is_found_in_the_stored_history(store: Store, clock: FakeClock) -> None:
    store_history(store, simulate(11, weeks=8))  # 5 Jan to 1 Mar; the clock says 2 Mar
    t = service(store, clock).for_day()
    assert t.day == date(2026, 3, 2)
    hills = t.model.effect_of(HILLY_RUN)
    walk = t.model.effect_of(WALK)
    assert hills is not None and hills.verdict is Verdict.LIKELY_WORSE
    assert walk is not None and walk.verdict is not Verdict.LIKELY_WORSE
    assert t.model.effects[0].factor == HILLY_RUN


def test_one_fit_per_change_of_the_data(store: Store, clock: FakeClock) -> None:
    store_history(store, simulate(12, weeks=6))
    svc = service(store, clock)
    first = svc.for_day()
    assert svc.for_day() is first and svc.fits == 1
    store.diary.add_pain(
        PainEntry(date(2026, 3, 2), PainSlot.EVENING, _at(date(2026, 3, 2), 20), 2)
    )
    assert svc.for_day() is not first and svc.fits == 2
    svc.invalidate()
    svc.for_day()
    assert svc.fits == 3


def test_a_year_back_at_most(store: Store, clock: FakeClock) -> None:
    """Records older than a year do not count: what flared the tendon in its first weeks
    may be fine a year on."""
    old = simulate(13, weeks=8)
    long_ago = timedelta(days=400)

    def moved(d: date) -> date:
        return d - long_ago

    store_history(
        store,
        History(
            [],
            [],
            [replace(e, local_date=moved(e.local_date), recorded_at=e.recorded_at - long_ago)
             for e in old.entries],
            [replace(a, local_date=moved(a.local_date), recorded_at=a.recorded_at - long_ago)
             for a in old.activities],
        ),
    )  # fmt: skip
    assert service(store, clock).for_day().model.mornings == 0


def test_yesterdays_flaring_factor_is_named(store: Store, clock: FakeClock) -> None:
    h = simulate(11, weeks=8)
    yesterday = date(2026, 3, 1)
    acts = [a for a in h.activities if a.local_date != yesterday]
    acts.append(
        Activity(
            yesterday,
            ActivityKind.RUN,
            40,
            _at(yesterday, 17),
            flags=frozenset({ActivityFlag.HILLS}),
        )
    )
    store_history(store, History(h.sessions, h.sets, h.entries, acts))
    flaring = service(store, clock).for_day().flaring()
    assert [e.factor for e in flaring][:1] == [HILLY_RUN]
    # a day after one with no hilly run does not name it
    hilly = {a.local_date for a in acts if ActivityFlag.HILLS in a.flags}
    day = next(d for d in (yesterday - timedelta(days=k) for k in range(1, 30)) if d not in hilly)
    quiet = service(store, clock).for_day(day + timedelta(days=1))
    assert HILLY_RUN not in {f for e in quiet.flaring() for f in e.factors}
    assert all(e.verdict is Verdict.LIKELY_WORSE for e in quiet.flaring())


def test_the_report_page_fits_on_the_users_days(store: Store, clock: FakeClock) -> None:
    """Regression: the report fitted its page on UTC days (it took the time zone of its
    timestamp), so an evening session in New York landed on the next day and the report
    disagreed with the Progress panel and `phtcoach tolerance`."""
    from zoneinfo import ZoneInfo

    from phtcoach.report.tolerance import report_model

    ny = ZoneInfo("America/New_York")
    h = simulate(11, weeks=8)
    late = timedelta(hours=8)  # 18:00 UTC -> 02:00 UTC the next day: 21:00 the day before in NY
    store_history(
        store,
        History(
            [replace(s, started_at=s.started_at + late, ended_at=s.ended_at + late)
             for s in h.sessions],
            [replace(st, started_at=st.started_at + late, ended_at=st.ended_at + late)
             for st in h.sets],
            h.entries,
            h.activities,
        ),
    )  # fmt: skip
    services = Services(store, clock, ny)
    last = date(2026, 3, 1)
    data = services.report.gather(last - timedelta(days=55), last)
    assert data.tz is ny
    assert report_model(data).effects == services.tolerance.for_day(last).model.effects
    utc = report_model(replace(data, tz=UTC)).effects
    assert utc != services.tolerance.for_day(last).model.effects  # the old fit differed
