"""The report's data: the period's sessions, each day's advice, adherence, red flags and
clinician checks, gathered through the same services the app uses."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from phtcoach.core.model import (
    PainEntry,
    PainSlot,
    RedFlag,
    SessionRecord,
    SessionStatus,
    SetRecord,
    Side,
)
from phtcoach.services import Services
from phtcoach.services.report import ReportCancelledError
from phtcoach.storage.repository import Store
from tests.fakes import FakeClock

DAY = date(2026, 3, 2)


def at(d: date, hour: int) -> datetime:
    return datetime(d.year, d.month, d.day, hour, tzinfo=UTC)


def add_session(store: Store, d: date, *, pain: int, rpe: int, load: float = 0.0) -> None:
    rec = store.sessions.start(
        SessionRecord("iso-5x5", at(d, 10), Side.LEFT, SessionStatus.COMPLETED, at(d, 11))
    )
    assert rec.id is not None
    for n in (1, 2):
        store.sessions.add_set(
            SetRecord(
                rec.id, "fesl-bridge-hold", 0, n, Side.LEFT, 5, 5 if n == 1 else 0,
                at(d, 10), at(d, 10), load_kg=load, pain_during=pain, rpe=rpe,
            )
        )  # fmt: skip


def test_gather_lists_the_period_only(store: Store, services: Services) -> None:
    first, last = DAY - timedelta(days=13), DAY
    for i in range(20):
        d = DAY - timedelta(days=i)
        store.diary.add_pain(PainEntry(d, PainSlot.MORNING, at(d, 7), 2))
    add_session(store, DAY - timedelta(days=16), pain=1, rpe=3)  # before the period
    add_session(store, DAY - timedelta(days=3), pain=4, rpe=6, load=5.0)
    data = services.report.gather(first, last)
    assert (data.first, data.last, data.days) == (first, last, 14)
    assert [a.date for a in data.advice] == [first + timedelta(days=i) for i in range(14)]
    (row,) = data.sessions
    assert row.day == DAY - timedelta(days=3)
    assert (row.sets_done, row.max_pain, row.effort, row.load_kg) == (1, 4, 6, 5.0)
    assert row.sets_planned >= 2
    assert sum(w.days for w in data.weeks) == 14
    assert sum(w.mornings for w in data.weeks) == 14
    assert sum(w.sessions for w in data.weeks) == 1
    assert data.template_id == data.settings.current_template
    assert data.ladder_step == 1 and data.stage == 1


def test_red_flags_and_clinician_checks_of_the_period(
    store: Store, services: Services, clock: FakeClock
) -> None:
    d = clock.now().date()
    store.diary.add_pain(
        PainEntry(d, PainSlot.EVENING, at(d, 6), 3, red_flags=frozenset({RedFlag.NERVE_SYMPTOMS}))
    )
    data = services.report.gather(d - timedelta(days=6), d)
    assert [f.flags for f in data.flags] == [frozenset({RedFlag.NERVE_SYMPTOMS})]
    assert data.holding == (RedFlag.NERVE_SYMPTOMS,)
    clock.advance(3600)
    services.red_flags.record_check("seen by the physio")
    data = services.report.gather(d - timedelta(days=6), d)
    assert [c.notes for c in data.checks] == ["seen by the physio"]
    assert data.flags  # still listed: the report shows what was logged
    assert data.holding == ()


def test_a_backwards_period_is_refused(services: Services) -> None:
    with pytest.raises(ValueError, match="before it starts"):
        services.report.gather(DAY, DAY - timedelta(days=1))


def test_the_progress_callback_can_cancel(services: Services) -> None:
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < 3

    with pytest.raises(ReportCancelledError):
        services.report.gather(DAY - timedelta(days=9), DAY, progress)
    assert seen[-1] == (3, 10)
