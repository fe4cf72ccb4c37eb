"""Today's plan: one decision for the headline, the plan box and the Start button."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from phtcoach.core.model import RedFlag, SessionRecord, SessionStatus, Side
from phtcoach.core.progression import Level
from phtcoach.services import Services
from phtcoach.services.advice import Ease, StartKind
from phtcoach.services.changes import Changes
from phtcoach.storage.repository import Store
from tests.fakes import FakeClock
from tests.services.history_helpers import at, morning, session

DAY = FakeClock().now().date()  # Monday 2 March 2026


def week_of_mornings(store: Store, value: int = 2) -> None:
    for i in range(7, 0, -1):
        morning(store, DAY - timedelta(days=i), value)


def test_first_run_has_no_advice_and_asks_the_side(services: Services) -> None:
    plan = services.advice.plan()
    assert plan.first_run
    assert plan.advice is None
    assert plan.needs_side
    assert plan.start is StartKind.START
    assert plan.template_id == "iso-5x5"
    assert plan.length_s > 0


def test_a_red_flag_replaces_start_until_a_clinician_check(
    services: Services, store: Store, clock: FakeClock
) -> None:
    """Bug: a red flag turned Today red but Start stayed and Enter started the session."""
    week_of_mornings(store)
    morning(store, DAY, 2, flags=frozenset({RedFlag.NERVE_SYMPTOMS}))
    plan = services.advice.plan()
    assert plan.advice is not None and plan.advice.red_flags
    assert plan.start is StartKind.CLINICIAN_FIRST
    clock.advance(3600)
    done = services.red_flags.record_check()
    assert done.changes is Changes.DIARY
    assert services.red_flags.checks() == [done.value]
    assert done.value.recorded_at == clock.now()
    plan = services.advice.plan()
    assert plan.start is StartKind.START
    assert plan.advice is not None and not plan.advice.red_flags
    # A new flag logged after the check holds the programme again.
    clock.advance(3600)
    store.diary.add_pain(
        replace(
            store.diary.pain_entries()[-1],
            id=None,
            recorded_at=clock.now(),
            red_flags=frozenset({RedFlag.POP_OR_BRUISING}),
        )
    )
    assert services.advice.plan().start is StartKind.CLINICIAN_FIRST


def test_amber_one_step_easier_makes_start_offer_the_stepped_session(
    services: Services, store: Store
) -> None:
    """Bug: amber said "start the next session one step easier" while Start offered the same
    dosage: the plan, the headline and the button now come from one decision."""
    week_of_mornings(store)
    morning(store, DAY, 2)
    session(store, DAY - timedelta(days=1), pains=(2, 5))  # above the ceiling of 3
    plan = services.advice.plan()
    assert plan.advice is not None
    assert "rule-1-set-pain" in {f.rule for f in plan.advice.findings}
    assert plan.ease is Ease.STEP_DOWN
    assert plan.template is not None
    base = services.programme.template("iso-5x5")
    assert plan.template.blocks[0].dosage.hold_s == 4.0 < base.blocks[0].dosage.hold_s
    assert plan.step_downs == ((0, 1),)
    assert plan.start is StartKind.START


def test_a_session_today_turns_start_into_done_for_today(services: Services, store: Store) -> None:
    """Bug: after a session Today still offered "Start today's session" as if nothing was done."""
    week_of_mornings(store)
    morning(store, DAY, 2)
    assert services.advice.plan().start is StartKind.START
    rec, _ = session(store, DAY, hour=6)
    plan = services.advice.plan()
    assert plan.start is StartKind.DONE_FOR_TODAY
    assert [s.id for s in plan.sessions_today] == [rec.id]


def test_a_session_with_no_work_is_not_counted(services: Services, store: Store) -> None:
    """Bug: a session ended after 15 s with no work counted ("This week: 2 sessions") and
    waited for its 24-hour check."""
    week_of_mornings(store)
    morning(store, DAY, 2)
    empty = store.sessions.start(
        SessionRecord("iso-5x5", at(DAY, 6), Side.LEFT, SessionStatus.ENDED_EARLY, at(DAY, 6))
    )
    plan = services.advice.plan()
    assert empty.id not in {s.id for s in plan.history.sessions}
    assert plan.start is StartKind.START  # nothing was done today
    session(store, DAY - timedelta(days=1))
    assert len(services.advice.plan().history.sessions) == 1


def test_declining_a_step_is_remembered_for_the_day(services: Services, store: Store) -> None:
    week_of_mornings(store, 1)
    morning(store, DAY, 1)
    for i in (5, 3, 1):
        session(store, DAY - timedelta(days=i), pains=(1, 1))
    plan = services.advice.plan()
    step = plan.advice.next_step if plan.advice else None
    assert step is not None
    assert not plan.step_declined
    done = services.advice.decline_step(DAY, step.kind, step.template_id)
    assert done.changes is Changes.UI
    assert services.advice.plan().step_declined


def test_a_flag_a_month_old_holds_until_the_clinician_check(
    services: Services, store: Store, clock: FakeClock
) -> None:
    """Bug: a red flag counted for 7 days only; one logged 8 days ago gave green."""
    morning(store, DAY - timedelta(days=200), 2, flags=frozenset({RedFlag.POP_OR_BRUISING}))
    week_of_mornings(store)
    morning(store, DAY, 2)
    plan = services.advice.plan()
    assert plan.start is StartKind.CLINICIAN_FIRST  # outside the history window, still held
    services.red_flags.record_check("seen by my GP")
    assert services.advice.plan().start is StartKind.START


def test_a_note_naming_a_symptom_asks_until_answered(
    services: Services, store: Store, clock: FakeClock
) -> None:
    from phtcoach.core.model import Activity, ActivityKind

    week_of_mornings(store)
    morning(store, DAY, 2)
    ride = store.diary.add_activity(
        Activity(DAY, ActivityKind.RIDE, 60, at(DAY, 6), notes="Tingling down my leg on the bike")
    )
    plan = services.advice.plan()
    assert plan.advice is not None
    (mention,) = plan.history.note_mentions
    assert (mention.source, mention.source_id) == ("activity", ride.id)
    assert plan.advice.level.rank >= Level.AMBER.rank
    note = next(f for f in plan.advice.findings if f.rule == "rule-6-note")
    assert note.values["note"] == "Tingling down my leg on the bike"
    # "No": the question goes, the advice goes back to what the records say.
    services.red_flags.answer(mention, is_flag=False)
    plan = services.advice.plan()
    assert plan.history.note_mentions == ()
    assert plan.start is StartKind.START
    # "Yes" (changing the answer) logs the flag: the programme is held.
    services.red_flags.answer(mention, is_flag=True)
    plan = services.advice.plan()
    assert plan.start is StartKind.CLINICIAN_FIRST
    assert plan.advice is not None and plan.advice.red_flags == (RedFlag.NERVE_SYMPTOMS,)
