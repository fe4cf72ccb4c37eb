"""One owner of the app's state: a change made on one screen reaches every other screen.

Each test drives the real main window (built as the composition root builds it) and checks
another screen than the one acted on, so a screen that keeps its own copy, or a refresh
wired by hand and forgotten, fails here.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from phtcoach.audio.cues import NullCuePlayer
from phtcoach.context import AppContext
from phtcoach.core.model import RedFlag, Side
from phtcoach.services.advice import StartKind
from phtcoach.ui.main_window import MainWindow
from phtcoach.ui.state import AppState
from tests.fakes import FakeClock
from tests.gui.runner_helpers import QT_NOISE
from tests.services.history_helpers import morning, session

pytestmark = QT_NOISE
K = Qt.Key


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def make_window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    w = MainWindow(AppState(ctx.services), NullCuePlayer())
    qtbot.addWidget(w)
    w.resize(1280, 720)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    return w


def mornings(ctx: AppContext, clock: FakeClock, *, today: bool = True) -> None:
    day = clock.now().date()
    for i in range(7, 0, -1):
        morning(ctx.store, day - timedelta(days=i), 2)
    if today:
        morning(ctx.store, day, 2)


def run_to_the_end(qtbot: QtBot, w: MainWindow, clock: FakeClock) -> None:
    """iso-5x5 from Space to its last set's rating panel (155 s on the fake clock)."""
    assert w.open_runner("iso-5x5")
    qtbot.keyClick(w.runner, K.Key_Space)
    sched = w.runner.scheduler
    assert sched is not None
    for _ in range(round(155 / 0.25)):
        clock.advance(0.25)
        sched.poll()
    assert w.runner.panel.is_open


def test_rating_the_last_set_reaches_today_at_once(
    qtbot: QtBot, ctx: AppContext, clock: FakeClock
) -> None:
    """Bug: the last set rated 9 was in the database and `phtcoach advice` turned amber,
    but Today still said "Green ... has no pain ratings" until a restart."""
    mornings(ctx, clock)
    w = make_window(qtbot, ctx)
    run_to_the_end(qtbot, w, clock)
    qtbot.keyClick(w.runner, K.Key_9)
    qtbot.keyClick(w.runner, K.Key_Return)
    ratings = [s.pain_during for s in ctx.store.sessions.all_sets()]
    assert 9 in ratings
    advice = w.today.advice()
    assert advice is not None
    assert "rule-1-set-pain" in {f.rule for f in advice.findings}
    assert advice == ctx.services.advice.advice_for_day(clock.now().date(), now=clock.now())


def test_after_a_session_today_says_done_and_offers_another(
    qtbot: QtBot, ctx: AppContext, clock: FakeClock
) -> None:
    """Bug: after a session Today still offered "Start today's session"."""
    mornings(ctx, clock)
    w = make_window(qtbot, ctx)
    assert w.today.start_button.isEnabled()
    run_to_the_end(qtbot, w, clock)
    qtbot.keyClick(w.runner, K.Key_Return)  # keep the prefilled rating
    plan = w.today.plan()
    assert plan is not None and plan.start is StartKind.DONE_FOR_TODAY
    assert "Done for today" in w.today.start_button.full_text()
    assert not w.today.start_button.isEnabled()
    assert not w.today.another_button.isHidden()


def test_the_side_chosen_on_today_is_what_the_next_session_and_every_page_use(
    qtbot: QtBot, ctx: AppContext
) -> None:
    """Bug: the next session still compiled for the old side, and Programme -> "make
    current" wrote its stale copy back (side reverted); Settings saved its own copy too."""
    w = make_window(qtbot, ctx)
    w.today.choose_side(Side.RIGHT)
    assert w.open_runner("iso-5x5")
    run = w.runner.run
    assert run is not None and run.options.affected_side is Side.RIGHT
    w.runner.shutdown()
    page = w.programme_page
    page.select("iso-5x15")
    page.current_button.click()
    stored = ctx.store.settings.load()
    assert (stored.affected_side, stored.current_template) == (Side.RIGHT, "iso-5x15")
    assert w.settings_page.side.currentData() == "right"  # the page follows the change
    w.settings_page.volume.setValue(40)
    w.settings_page.save()
    stored = ctx.store.settings.load()
    assert (stored.affected_side, stored.current_template, stored.volume) == (
        Side.RIGHT,
        "iso-5x15",
        40,
    )


def test_settings_page_writes_only_what_was_edited_there(qtbot: QtBot, ctx: AppContext) -> None:
    w = make_window(qtbot, ctx)
    w.settings_page.volume.setValue(30)  # an edit in progress on Settings...
    w.today.choose_side(Side.RIGHT)  # ...while Today changes the side
    w.settings_page.save()
    stored = ctx.store.settings.load()
    assert (stored.affected_side, stored.volume) == (Side.RIGHT, 30)


def test_a_red_flag_replaces_start_and_enter_starts_nothing(
    qtbot: QtBot, ctx: AppContext, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Bug: a red flag turned Today red, but Start stayed and Enter started the session."""
    mornings(ctx, clock, today=False)
    morning(ctx.store, clock.now().date(), 2, flags=frozenset({RedFlag.NERVE_SYMPTOMS}))
    w = make_window(qtbot, ctx)
    today = w.today
    assert today.start_button.isHidden()
    assert not today.hold_card.isHidden()
    # The flag's name sits inside a sentence: "You logged tingling, ...", not "Tingling".
    assert "You logged tingling, numbness" in today.hold_card.body.text()
    started: list[str] = []
    today.start_requested.connect(started.append)
    today.setFocus()
    qtbot.keyClick(today, K.Key_Return)
    assert started == []
    assert not w.open_runner("today")  # `--start today` is held the same way
    assert w.current_page() == "today"
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    today.hold_card.button.click()
    assert not today.start_button.isHidden()
    assert today.hold_card.isHidden()
    assert [c.recorded_at for c in ctx.services.red_flags.checks()] == [clock.now()]


def test_a_logged_session_is_opened_edited_and_deleted_from_the_diary(
    qtbot: QtBot, ctx: AppContext, clock: FakeClock
) -> None:
    mornings(ctx, clock)
    rec, _ = session(ctx.store, clock.now().date(), pains=(2,))
    w = make_window(qtbot, ctx)
    w.show_page("diary")
    diary = w.diary
    row = next(
        i for i, e in enumerate(diary.entries()) if e.record.id == rec.id and e.kind == "session"
    )
    diary.entry_list.setCurrentRow(row)
    diary.edit_selected()
    dialog = diary._session_dialog
    dialog.pain_after.setValue(5)
    dialog.save()
    assert ctx.store.sessions.get(rec.id or 0).pain_after == 5
    assert any("pain after 5/10" in e.text for e in diary.entries())
    diary.entry_list.setCurrentRow(row)
    diary.delete_selected()
    assert ctx.store.sessions.list() == []
    assert w.today.plan() is not None
    diary.undo.undo()
    assert [s.id for s in ctx.store.sessions.list()] == [rec.id]


def test_a_note_naming_a_symptom_is_asked_about_on_today(
    qtbot: QtBot, ctx: AppContext, clock: FakeClock
) -> None:
    from phtcoach.core.model import Activity, ActivityKind

    mornings(ctx, clock)
    day = clock.now().date()
    ctx.store.diary.add_activity(
        Activity(day, ActivityKind.RIDE, 60, clock.now(), notes="pins and needles in my foot")
    )
    w = make_window(qtbot, ctx)
    today = w.today
    assert not today.note_questions.isHidden()
    advice = today.advice()
    assert advice is not None and advice.level.rank >= 3  # at least amber until answered
    assert "pins and needles in my foot" in today.advice_card.text()
    today.note_questions.yes_buttons[0].click()
    assert today.note_questions.isHidden()
    assert not today.hold_card.isHidden()  # "yes" logged the flag: see a clinician first
    assert today.start_button.isHidden()


def test_the_clinician_check_is_in_the_diary_and_deleting_it_holds_again(
    qtbot: QtBot, ctx: AppContext, clock: FakeClock
) -> None:
    mornings(ctx, clock, today=False)
    morning(ctx.store, clock.now().date(), 2, flags=frozenset({RedFlag.POP_OR_BRUISING}))
    clock.advance(60)
    ctx.services.red_flags.record_check("physio: no tear")
    w = make_window(qtbot, ctx)
    assert w.today.hold_card.isHidden()
    w.show_page("diary")
    rows = [e for e in w.diary.entries() if e.kind == "check"]
    assert len(rows) == 1 and "Checked by a clinician" in rows[0].text
    w.diary.entry_list.setCurrentRow(w.diary.entries().index(rows[0]))
    w.diary.delete_selected()
    assert not w.today.hold_card.isHidden()  # the flag holds again
    w.diary.undo.undo()
    assert w.today.hold_card.isHidden()
