"""The Today screen on hand-made histories: advice as computed by the rules, accepting a
step, the morning card, the Start button and Enter."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from phtcoach import paths
from phtcoach.core.model import (
    PainEntry,
    PainSlot,
    RedFlag,
    SessionRecord,
    SessionStatus,
    SetRecord,
    Settings,
    Side,
)
from phtcoach.core.programme import load_builtin
from phtcoach.core.progression import SEED_LADDER, History, Level, StepKind, advise
from phtcoach.services.advice import last_loads, plan_inputs
from phtcoach.services.changes import Changes
from phtcoach.storage.repository import Store, open_store
from phtcoach.ui.text import finding_text
from phtcoach.ui.today_screen import TodayScreen
from tests.fakes import FakeClock
from tests.gui.diary_helpers import NOW, QT_NOISE, TODAY, focused, key, keys, morning, show
from tests.gui.state_helpers import make_state

pytestmark = QT_NOISE
PROGRAMME = load_builtin(paths.asset("protocols"))


def at(d: date, hour: int, minute: int = 0) -> datetime:
    return datetime(d.year, d.month, d.day, hour, minute, tzinfo=UTC)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(NOW + timedelta(hours=2))  # 09:00


@pytest.fixture
def store(data_dir: Path, clock: FakeClock) -> Iterator[Store]:
    s = open_store(data_dir, clock)
    yield s
    s.close()


def seed(store: Store, *, today_morning: int | None, mornings: int = 2) -> None:
    """A week of mornings at `mornings`/10 and two green iso-5x5 sessions (days -3 and -1)."""
    for i in range(7, 0, -1):
        morning(store, TODAY - timedelta(days=i), mornings)
    if today_morning is not None:
        morning(store, TODAY, today_morning)
    for i in (3, 1):
        d = TODAY - timedelta(days=i)
        s = store.sessions.start(
            SessionRecord("iso-5x5", at(d, 8), Side.LEFT, SessionStatus.COMPLETED, at(d, 8, 5))
        )
        assert s.id is not None
        store.sessions.add_set(
            SetRecord(
                s.id,
                "fesl-bridge-hold",
                0,
                1,
                Side.LEFT,
                5,
                5,
                at(d, 8),
                at(d, 8, 2),
                hold_s=(5.0,) * 5,
                pain_during=1,
            )
        )


def expected(store: Store, clock: FakeClock) -> object:
    """The advice as the rules compute it from the same records, independently of the UI."""
    settings = store.settings.load()
    history = History(
        store.sessions.list(),
        store.sessions.all_sets(),
        store.diary.pain_entries(),
        store.diary.activities(),
        store.diary.measures(),
    )
    inputs = plan_inputs(PROGRAMME, last_loads(history))
    return advise(
        TODAY,
        history,
        settings,
        settings.current_template,
        SEED_LADDER,
        inputs.summary,
        tz=UTC,
        now=clock.now(),
        stages=inputs.stages,
    )


def make(qtbot: QtBot, store: Store, clock: FakeClock) -> TodayScreen:
    screen = TodayScreen(make_state(store, clock))
    screen.resize(1280, 800)
    show(qtbot, screen)
    return screen


def test_a_red_morning_shows_the_rule_and_its_numbers(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    seed(store, today_morning=5)
    screen = make(qtbot, store, clock)
    shown = screen.advice()
    assert shown == expected(store, clock)
    assert shown is not None
    assert shown.level is Level.RED
    card = screen.advice_card
    assert card.level_label.text().startswith("Red")
    text = card.text()
    names = {t.id: t.name for t in PROGRAMME.templates.values()}
    for f in shown.findings:
        assert finding_text(f, names, shown.date) in text
    assert "Morning test 5/10 is 3 above your 7-day baseline of 2/10" in text
    assert "Rule 2 (24-hour response)" in text
    assert not card.accept_button.isVisible()  # hold: nothing to accept


def test_accept_changes_the_current_template(qtbot: QtBot, store: Store, clock: FakeClock) -> None:
    seed(store, today_morning=2)
    screen = make(qtbot, store, clock)
    shown = screen.advice()
    assert shown is not None
    assert shown.next_step is not None
    assert (shown.next_step.kind, shown.next_step.template_id) == (StepKind.UP, "iso-5x15")
    assert (
        "Step up to Bridge holds 5 x 15 s, 2 sets (2 x 5 x 15 s hold)" in screen.advice_card.text()
    )
    assert "iso-5x" not in screen.advice_card.text()
    plan: list[object] = []
    screen._state.changed.connect(plan.append)
    card = screen.advice_card
    assert card.accept_button.isVisible()
    card.accept_button.setFocus()
    key(qtbot, screen, Qt.Key.Key_Return)
    assert store.settings.load().current_template == "iso-5x15"
    assert plan == [Changes.SETTINGS]  # one change, announced to every screen
    assert screen.template_id() == "iso-5x15"
    assert "Bridge holds 5 x 15 s, 2 sets" in screen.start_button.full_text()


def test_not_now_leaves_the_plan_and_stops_offering_today(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    seed(store, today_morning=2)
    screen = make(qtbot, store, clock)
    card = screen.advice_card
    card.not_now_button.setFocus()
    key(qtbot, screen, Qt.Key.Key_Return)
    assert store.settings.load().current_template == "iso-5x5"
    assert not card.accept_button.isVisible()
    assert "offered again tomorrow" in card.step_reason.text()
    clock.advance(24 * 3600)
    morning(store, TODAY + timedelta(days=1), 2)
    screen.refresh()
    assert card.accept_button.isVisible()  # a new day asks again


def test_the_morning_card_takes_digits_and_enter_then_makes_way(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    seed(store, today_morning=None)
    screen = make(qtbot, store, clock)
    assert screen.morning_card.isVisible()
    assert not screen.logged_label.isVisible()
    assert focused(screen) is screen.checkin.pain_scale.button(0)
    changed: list[object] = []
    screen._state.changed.connect(changed.append)
    keys(qtbot, screen, "2")
    key(qtbot, screen, Qt.Key.Key_Return)
    [today] = store.diary.pain_entries(TODAY, TODAY)
    assert (today.slot, today.pain, today.recorded_at) == (PainSlot.MORNING, 2, clock.now())
    assert not screen.morning_card.isVisible()
    assert screen.logged_label.isVisible()
    assert screen.logged_label.text() == "✓ Logged: morning 2/10 at 09:00"
    assert changed == [Changes.DIARY]
    assert screen.advice() == expected(store, clock)  # recomputed with today's morning
    assert focused(screen) is screen.start_button


def test_digits_reach_the_morning_scale_from_anywhere_on_the_screen(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    screen = make(qtbot, store, clock)
    screen.setFocus()
    qtbot.keyClick(screen, "7")
    assert screen.checkin.pain_scale.value() == 7


def test_start_names_template_and_minutes_and_enter_emits_it(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    store.settings.save(Settings(current_template="iso-5x15"))
    morning(store, TODAY, 1)
    screen = make(qtbot, store, clock)
    button = screen.start_button
    assert "Bridge holds 5 x 15 s, 2 sets – 6\u00a0min" in button.full_text()  # 365 s
    assert "6 min" in button.accessibleName()
    assert focused(screen) is button
    with qtbot.waitSignal(screen.start_requested, timeout=1000) as sig:
        key(qtbot, screen, Qt.Key.Key_Return)
    assert sig.args == ["today"]  # today's plan: the window asks the services for it
    assert screen.template_id() == "iso-5x15"
    starts: list[str] = []
    screen.start_requested.connect(starts.append)
    screen.setFocus()
    qtbot.keyClick(screen, Qt.Key.Key_Enter)
    assert starts == ["today"]


def test_a_new_user_is_taught_what_to_log_first(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    screen = make(qtbot, store, clock)
    assert screen.advice() is None
    text = screen.advice_card.text()
    assert "Log your first morning check-in: 3 mornings give a baseline." in text
    assert screen.week_label.text() == "This week: no sessions yet."
    assert "No mornings logged yet" in screen.spark_caption.text()


def test_a_red_flag_in_the_diary_says_stop_and_see_a_clinician(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    seed(store, today_morning=None)
    store.diary.add_pain(
        PainEntry(
            TODAY - timedelta(days=1),
            PainSlot.EVENING,
            at(TODAY - timedelta(days=1), 20),
            4,
            red_flags=frozenset({RedFlag.POP_OR_BRUISING}),
        )
    )
    screen = make(qtbot, store, clock)
    card = screen.advice_card
    assert card.red_flags.isVisible()
    assert "stop and see a clinician" in card.red_flags.text()
    assert "A sudden pop or bruising" in card.red_flags.text()


def test_sparkline_and_week_summarise_the_records(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    clock.advance(3 * 24 * 3600)  # Thursday 5 March
    thursday = TODAY + timedelta(days=3)
    seed(store, today_morning=None, mornings=3)
    morning(store, thursday, 1)
    s = store.sessions.start(SessionRecord("iso-5x5", at(TODAY + timedelta(days=2), 8), Side.LEFT))
    assert s.id is not None
    done = at(TODAY + timedelta(days=2), 8, 1)
    store.sessions.add_set(SetRecord(s.id, "fesl-bridge-hold", 0, 1, Side.LEFT, 5, 5, done, done))
    store.sessions.finish(s.id, SessionStatus.COMPLETED, at(TODAY + timedelta(days=2), 8, 6))
    screen = make(qtbot, store, clock)
    values = screen.sparkline.values()
    assert len(values) == 14
    assert values[-1] == 1.0  # today
    assert values[-4] is None  # Monday 2 March: no morning in this history
    assert values[-5:-11:-1] == [3.0] * 6
    # Monday 2 March had no session here; Sunday's session was last week.
    assert screen.week_label.text() == "This week: 1 session (Wed)"


def test_refresh_picks_up_a_morning_logged_in_the_diary(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    seed(store, today_morning=None)
    screen = make(qtbot, store, clock)
    assert screen.morning_card.isVisible()
    store.diary.add_pain(PainEntry(TODAY, PainSlot.MORNING, clock.now(), 3, notes="diary"))
    screen.refresh()
    assert not screen.morning_card.isVisible()
    assert "morning 3/10" in screen.logged_label.text()
    current = store.settings.load()
    store.settings.save(replace(current, current_template="iso-5x15"))
    screen.refresh()
    assert screen.template_id() == "iso-5x15"


def test_first_run_asks_which_side_hurts_once(qtbot: QtBot, store: Store, clock: FakeClock) -> None:
    screen = make(qtbot, store, clock)
    assert screen.side_card.isVisible()
    assert screen.side_question.text() == "Which side hurts?"
    key(qtbot, screen, Qt.Key.Key_R)
    assert store.settings.load().affected_side is Side.RIGHT
    assert not screen.side_card.isVisible()
    assert "Affected side saved: right" in screen.message.text()
    screen.refresh()
    assert not screen.side_card.isVisible()  # asked once, even before anything is logged
    # A fresh screen on the same store does not ask again either.
    assert not make(qtbot, store, clock).side_card.isVisible()


def test_a_confirmation_goes_when_something_else_changes(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    """ "Noted: not a red flag." stayed under the advice after a red flag was logged in the
    Diary: a confirmation speaks of the action just done, and goes with the next change."""
    screen = make(qtbot, store, clock)
    key(qtbot, screen, Qt.Key.Key_R)
    assert "Affected side saved: right" in screen.message.text()
    state = screen._state
    flag = frozenset({RedFlag.POP_OR_BRUISING})
    state.perform(
        state.services.diary.add, PainEntry(TODAY, PainSlot.MORNING, clock.now(), 2, red_flags=flag)
    )
    assert screen.message.text() == ""


def test_side_buttons_save_left_and_the_card_is_hidden_once_data_exists(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    store.settings.save(Settings(affected_side=Side.RIGHT))
    screen = make(qtbot, store, clock)
    qtbot.mouseClick(screen.side_buttons[Side.LEFT], Qt.MouseButton.LeftButton)
    assert store.settings.load().affected_side is Side.LEFT
    assert not screen.side_card.isVisible()


def test_an_existing_user_is_not_asked_and_waiting_is_not_green(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    seed(store, today_morning=None)
    screen = make(qtbot, store, clock)
    assert not screen.side_card.isVisible()
    shown = screen.advice()
    assert shown is not None
    assert shown == expected(store, clock)
    assert shown.level is Level.PENDING
    assert screen.advice_card.level_label.text() == "Waiting: for this morning's test"
    assert "iso-5x5" not in screen.advice_card.text()
