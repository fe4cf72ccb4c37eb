"""The tray menu, the reminders through an injected banner on a fake clock, and keeping the
app running in the tray. Nothing here waits on real time: the tests move the fake clock and
call the scheduler's slots themselves."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from phtcoach.audio.cues import NullCuePlayer
from phtcoach.core.model import PainEntry, PainSlot
from phtcoach.core.reminders import ReminderKind
from phtcoach.services.advice import StartKind
from phtcoach.services.reminders import TodayStatus
from phtcoach.storage.repository import Store
from phtcoach.ui.main_window import MainWindow
from phtcoach.ui.reminder_notifier import BANNER, BannerNotifier, about_line
from phtcoach.ui.state import AppState
from phtcoach.ui.tray import TrayController, install_tray, status_text
from tests.fakes import FakeClock
from tests.gui.state_helpers import make_state


class SleepyClock(FakeClock):
    """A fake clock whose machine can sleep: wall time moves, monotonic time does not."""

    def sleep(self, seconds: float) -> None:
        self._now += timedelta(seconds=seconds)


@pytest.fixture
def sleepy() -> SleepyClock:
    return SleepyClock()  # Monday 2 March 2026, 07:00 UTC


def build(
    qtbot: QtBot, store: Store, clock: FakeClock, *, tray: bool = False
) -> tuple[MainWindow, TrayController, BannerNotifier]:
    state = make_state(store, clock)
    w = MainWindow(state, NullCuePlayer())
    qtbot.addWidget(w)
    w.raise_ = lambda: None  # type: ignore[method-assign]  # offscreen warns on raise()
    notifier = BannerNotifier(w)
    controller = install_tray(w, state, tray_available=tray, notifier=notifier)
    w.show()
    return w, controller, notifier


def log_morning(state: AppState, clock: FakeClock) -> None:
    now = clock.now()
    entry = PainEntry(now.date(), PainSlot.MORNING, now, 2)
    state.perform(state.services.diary.add, entry)


def test_the_menu_starts_todays_session(qtbot: QtBot, store: Store, clock: FakeClock) -> None:
    w, tray, _ = build(qtbot, store, clock)
    assert tray.tray is None  # offscreen: no tray, the menu still works
    tray.start_action.trigger()
    assert w.current_page() == "session"
    assert w.runner.run is not None
    assert w.runner.run.template.id == w.state.settings.current_template


def test_log_morning_opens_the_morning_form(qtbot: QtBot, store: Store, clock: FakeClock) -> None:
    w, tray, _ = build(qtbot, store, clock)
    w.show_page("progress")
    tray.morning_action.trigger()
    assert w.current_page() == "today"
    assert w.today.morning_card.isVisibleTo(w.today)
    # Once logged, Today has no form: the Diary's check-in opens on "Morning".
    log_morning(w.state, clock)
    tray.morning_action.trigger()
    assert w.current_page() == "diary"
    assert w.diary.checkin.slot() is PainSlot.MORNING
    assert w.diary.day() == clock.now().date()


def test_a_reminder_click_opens_the_evening_form(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    w, tray, _ = build(qtbot, store, clock)
    tray.open_form(ReminderKind.EVENING)
    assert w.current_page() == "diary"
    assert w.diary.checkin.slot() is PainSlot.EVENING


def test_open_shows_a_hidden_window(qtbot: QtBot, store: Store, clock: FakeClock) -> None:
    w, tray, _ = build(qtbot, store, clock)
    w.hide()
    tray.open_action.trigger()
    assert w.isVisible()


def test_the_status_line_and_its_words(qtbot: QtBot, store: Store, clock: FakeClock) -> None:
    w, tray, _ = build(qtbot, store, clock)
    assert "Morning check-in not logged" in tray.status_action.text()
    assert not tray.status_action.isEnabled()
    log_morning(w.state, clock)
    assert "Morning check-in logged" in tray.status_action.text()
    day = clock.now().date()
    done = TodayStatus(day, True, False, 1, "Isometrics 5 x 5", StartKind.DONE_FOR_TODAY)
    assert status_text(done) == "Morning check-in logged · today's session done"
    plan = TodayStatus(day, False, False, 0, "Isometrics 5 x 5", StartKind.START)
    assert status_text(plan) == "Morning check-in not logged · today's session: Isometrics 5 x 5"


def test_the_morning_reminder_fires_on_time_through_the_banner(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    w, tray, notifier = build(qtbot, store, clock)
    assert tray.path == BANNER
    tray.start()
    assert notifier.banner.isHidden()  # 07:00: nothing due yet
    assert tray.scheduler.armed_at == datetime(2026, 3, 2, 8, tzinfo=UTC)
    assert tray.scheduler.timer.isActive()
    assert tray.scheduler.timer.remainingTime() > 3_500_000  # an hour away, on the fake clock
    clock.advance(3600)
    with qtbot.waitSignal(tray.scheduler.fired) as fired:
        tray.scheduler.timer.timeout.emit()
    assert fired.args[0].kind is ReminderKind.MORNING
    assert notifier.banner.isVisible()
    assert notifier.banner.pending() == [ReminderKind.MORNING]
    assert "Morning check-in" in notifier.banner.label.text()
    assert tray.scheduler.armed_at == datetime(2026, 3, 2, 11, tzinfo=UTC)
    # Not again: the slot fired.
    assert tray.scheduler.check() == []
    # Open goes to the form and takes the banner down.
    w.show_page("progress")
    notifier.banner.open_button.click()
    assert w.current_page() == "today"
    assert notifier.banner.isHidden()


def test_no_morning_reminder_once_the_morning_is_logged(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    w, tray, notifier = build(qtbot, store, clock)
    tray.start()
    log_morning(w.state, clock)
    assert tray.scheduler.armed_at == datetime(2026, 3, 2, 11, tzinfo=UTC)
    clock.advance(3600)
    assert tray.scheduler.check() == []
    assert notifier.banner.isHidden()


def test_after_a_sleep_each_reminder_fires_once(
    qtbot: QtBot, store: Store, sleepy: SleepyClock
) -> None:
    _, tray, notifier = build(qtbot, store, sleepy)
    tray.start()
    fired: list[object] = []
    tray.scheduler.fired.connect(fired.append)
    sleepy.advance(60)
    tray.scheduler.watchdog()  # awake, nothing due: quiet
    assert fired == []
    sleepy.sleep(4 * 3600 + 45 * 60)  # the lid was shut from 07:01 to 11:46
    tray.scheduler.watchdog()
    assert sorted(s.kind for s in fired) == [ReminderKind.ISOMETRICS, ReminderKind.MORNING]
    assert notifier.banner.pending() == [ReminderKind.MORNING, ReminderKind.ISOMETRICS]
    assert "(1 more)" in notifier.banner.label.text()
    sleepy.advance(60)
    tray.scheduler.watchdog()
    tray.scheduler.check()
    assert len(fired) == 2
    # Dismiss shows the next one, then the bar goes.
    notifier.banner.dismiss_button.click()
    assert notifier.banner.pending() == [ReminderKind.ISOMETRICS]
    notifier.banner.dismiss_button.click()
    assert notifier.banner.isHidden()


def test_reminders_wait_while_a_session_runs(
    qtbot: QtBot, store: Store, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    w, tray, _ = build(qtbot, store, clock)
    tray.start()
    monkeypatch.setattr(w.runner, "is_active", lambda: True)
    clock.advance(3600)
    assert tray.scheduler.check() == []
    monkeypatch.setattr(w.runner, "is_active", lambda: False)
    assert [s.kind for s in tray.scheduler.check()] == [ReminderKind.MORNING]


def test_reminders_off_arm_nothing(qtbot: QtBot, store: Store, clock: FakeClock) -> None:
    w, tray, _ = build(qtbot, store, clock)
    tray.start()
    w.state.update_settings(reminders=False)
    assert tray.scheduler.armed_at is None
    assert not tray.scheduler.timer.isActive()
    tray.close()
    assert not tray.scheduler.watchdog_timer.isActive()


# The offscreen platform has no tray: showing the icon there makes Qt grumble once.
@pytest.mark.qt_log_ignore("systemTrayWindowChanged")
def test_keep_in_tray_hides_on_close_and_quit_really_quits(
    qtbot: QtBot, store: Store, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    w, tray, _ = build(qtbot, store, clock, tray=True)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert tray.tray is not None
    assert not tray.keeps_running()  # the setting is off by default
    assert app.quitOnLastWindowClosed()
    w.state.update_settings(keep_in_tray=True)
    assert tray.keeps_running()
    assert not app.quitOnLastWindowClosed()
    shown: list[str] = []
    monkeypatch.setattr(tray.tray, "showMessage", lambda title, text, *_: shown.append(text))
    assert not w.close()  # refused: only hidden
    assert w.isHidden()
    assert len(shown) == 1 and "still running" in shown[0]
    tray.open_action.trigger()
    assert w.isVisible()
    w.close()
    assert len(shown) == 1  # said once
    quits: list[bool] = []
    monkeypatch.setattr("phtcoach.ui.main_window.QCoreApplication.quit", lambda: quits.append(True))
    tray.quit_action.trigger()
    assert quits == [True]
    tray.close()
    app.setQuitOnLastWindowClosed(True)


def test_without_a_tray_closing_quits_and_about_says_so(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    w, tray, _ = build(qtbot, store, clock)
    w.state.update_settings(keep_in_tray=True)
    assert not tray.keeps_running()
    assert w.close()
    about = w.menus.about_text()
    assert "Reminders: a banner in this window" in about
    assert "no tray" in about
    assert "tray notifications" in about_line("tray")
    assert about_line("") == ""


def test_the_status_line_follows_a_new_day(qtbot: QtBot, store: Store, clock: FakeClock) -> None:
    w, tray, _ = build(qtbot, store, clock)
    tray.start()
    log_morning(w.state, clock)
    assert "Morning check-in logged" in tray.status_action.text()
    clock.advance(24 * 3600)
    tray.scheduler.check()
    assert "Morning check-in not logged" in tray.status_action.text()
