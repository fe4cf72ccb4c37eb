"""Reading the stored records back as the rules' History, and the day's advice from them."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from phtcoach import paths
from phtcoach.core.model import (
    Activity,
    ActivityKind,
    PainEntry,
    PainSlot,
    SessionRecord,
    SessionStatus,
    SetRecord,
    Settings,
    Side,
)
from phtcoach.core.programme import LADDER, load_builtin
from phtcoach.core.progression import History, Rule, advise
from phtcoach.services import Services
from phtcoach.services.advice import last_loads, load_history, plan_inputs
from phtcoach.storage.repository import Store

DAY = date(2026, 3, 2)
PROGRAMME = load_builtin(paths.asset("protocols"))


def at(d: date, hour: int) -> datetime:
    return datetime(d.year, d.month, d.day, hour, tzinfo=UTC)


def test_history_covers_the_window_by_local_day(store: Store) -> None:
    for i in range(5):
        d = DAY - timedelta(days=i)
        store.diary.add_pain(PainEntry(d, PainSlot.MORNING, at(d, 7), i))
        store.diary.add_activity(Activity(d, ActivityKind.WALK, 10 + i, at(d, 12)))
    # 23:30 UTC on 28 Feb is already 1 March in UTC+2: it belongs to the 1 March window.
    late = SessionRecord(
        "iso-5x5",
        datetime(2026, 2, 28, 23, 30, tzinfo=UTC),
        Side.LEFT,
        SessionStatus.COMPLETED,
    )
    saved = store.sessions.start(late)
    assert saved.id is not None
    store.sessions.add_set(
        SetRecord(saved.id, "bridge", 0, 1, Side.LEFT, 5, 5, late.started_at, late.started_at)
    )
    plus2 = timezone(timedelta(hours=2))

    h = load_history(store, DAY, days=2, tz=plus2)
    assert [e.local_date for e in h.pain_entries] == [DAY - timedelta(days=1), DAY]
    assert [a.minutes for a in h.activities] == [11.0, 10.0]
    assert [s.started_at for s in h.sessions] == [late.started_at]
    assert load_history(store, DAY, days=2, tz=UTC).sessions == ()

    everything = load_history(store, DAY - timedelta(days=1), days=None, tz=UTC)
    assert len(everything.pain_entries) == 4  # nothing after `last`
    assert len(everything.sessions) == 1


def test_plan_inputs_describe_the_programme() -> None:
    inputs = plan_inputs(PROGRAMME)
    assert inputs.ladder == LADDER
    assert inputs.summary["iso-5x15"] == "2 x 5 x 15 s hold"
    assert inputs.summary["eccentric-10s-loaded"] == "3 x 8, lower over 10 s, 5 kg"
    assert inputs.stages["iso-5x5"] == 1
    assert inputs.stages["rdl-3x10"] == 3
    assert inputs.stages["walk-run-1"] == 4
    assert inputs.names["iso-5x15"] == PROGRAMME.templates["iso-5x15"].name


def test_plan_says_the_last_logged_load_not_the_template_default(store: Store) -> None:
    for d, kgs in ((DAY - timedelta(days=2), (9.0,)), (DAY, (7.5, 8.0))):
        s = store.sessions.start(
            SessionRecord("eccentric-10s-loaded", at(d, 18), Side.LEFT, SessionStatus.COMPLETED)
        )
        assert s.id is not None
        for n, kg in enumerate(kgs, 1):
            st = SetRecord(s.id, "bridge", 0, n, Side.LEFT, 8, 8, at(d, 18), at(d, 18), load_kg=kg)
            store.sessions.add_set(st)
    loads = last_loads(load_history(store, DAY, tz=UTC))
    assert loads == {"eccentric-10s-loaded": 8.0}
    summary = plan_inputs(PROGRAMME, loads).summary
    assert summary["eccentric-10s-loaded"] == "3 x 8, lower over 10 s, 8 kg last logged"
    assert summary["iso-5x15"] == "2 x 5 x 15 s hold"


def test_advice_for_day_is_the_rules_applied_to_the_stored_records(
    store: Store, services: Services
) -> None:
    store.settings.save(Settings(current_template="iso-5x15"))
    for i, value in enumerate((2, 2, 3, 2, 6)):
        d = DAY - timedelta(days=4 - i)
        store.diary.add_pain(PainEntry(d, PainSlot.MORNING, at(d, 7), value))
    got = services.advice.advice_for_day(DAY)
    inputs = plan_inputs(PROGRAMME)
    want = advise(
        DAY,
        History(pain_entries=store.diary.pain_entries()),
        Settings(current_template="iso-5x15"),
        "iso-5x15",
        inputs.ladder,
        inputs.summary,
        tz=UTC,
        stages=inputs.stages,
    )
    assert got == want
    assert got.level.value == "red"
    assert got.headline_rule == Rule.MORNING_24H
    assert got.lead is not None
    assert got.lead.values["morning"] == 6
