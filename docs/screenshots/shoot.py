"""The drive through the real window: every screen of `screens.SHOTS`, captured from the X
screen as a person sees it (docs/screenshots/take.py runs this in one process per size and
theme, on its own Xvfb).

The window is the one `phtcoach.app.run_gui` builds; this only acts where a person would
click or press a key, and moves the app's clock (a FakeClock the composition root was given)
so a session runs in seconds, as tests/gui/runner_helpers.py does.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from screens import (  # type: ignore[import-not-found]  # beside this file
    EXTRAS,
    SHOTS,
    extras_of,
    file_name,
)

from phtcoach.core.engine import EngineState
from phtcoach.core.settings import Theme
from phtcoach.core.timeline_phases import PhaseKind
from phtcoach.ui.main_window import MainWindow
from tests.fakes import FakeClock

STEP_S = 0.5  # the clock moves in these steps, the scheduler polled after each
SESSION_LIMIT_S = 3 * 3600  # a session longer than this is a bug: stop, do not spin
NOT_WORK = {
    PhaseKind.LEAD_IN,
    PhaseKind.REST,
    PhaseKind.SET_REST,
    PhaseKind.EXERCISE_REST,
    PhaseKind.SWITCH_SIDES,
}


class Driver:
    def __init__(self, window: MainWindow, clock: FakeClock, out: Path, theme: str) -> None:
        self.w = window
        self.clock = clock
        self.out = out
        self.theme = theme
        self.width = 0
        self.taken: list[str] = []

    # ------------------------------------------------------------------ basics

    def settle(self, ms: int = 400) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def shoot(self, name: str, ms: int = 500, dialog: QWidget | None = None) -> None:
        """The whole X screen; a dialog alone (with no window manager it has no frame, and
        over the window it reads as part of the page)."""
        extras = {e.name: e.file for e in EXTRAS}
        assert name in {s.name for s in SHOTS} or name in extras, f"{name} is not in screens"
        self.settle(ms)
        if dialog is not None:
            pixmap = dialog.grab()
        else:
            pixmap = QGuiApplication.primaryScreen().grabWindow(0)
        path = self.out / extras.get(name, file_name(name, self.theme, self.width))
        if pixmap.isNull() or not pixmap.save(str(path)):
            raise RuntimeError(f"could not capture {path}")
        self.taken.append(name)
        print(f"  {path.name}", flush=True)

    def modal(self, name: str, open_it: Callable[[], object], ms: int = 700) -> None:
        """Open a dialog as its menu or button does (exec() blocks), capture it, cancel it."""
        tries = iter(range(500))

        def poll() -> None:
            d = QApplication.activeModalWidget()
            if d is not None and d.isVisible():
                try:
                    self.shoot(name, ms, d)
                finally:
                    d.reject() if isinstance(d, QDialog) else d.close()
            elif next(tries, None) is not None:
                QTimer.singleShot(20, poll)

        QTimer.singleShot(0, poll)
        open_it()

    # ------------------------------------------------------------------ the drive

    def prepare(self) -> None:
        w = self.w
        screen = QGuiApplication.primaryScreen()
        w.state.update_settings(theme=Theme(self.theme))  # the user's choice in Settings
        w.setGeometry(screen.availableGeometry())  # maximized (Xvfb has no window manager)
        w.showMaximized()
        self.width = screen.geometry().width()
        self.settle(800)

    def run(self) -> None:
        self.prepare()
        self.pages()
        self.dialogs()
        self.session()

    def pages(self) -> None:
        w = self.w
        w.show_page("today")
        self.shoot("today", 800)
        w.show_page("diary")
        diary = w.diary
        diary.go_today()
        self.shoot("diary", 700)
        for name, form in (
            ("diary-activity", diary.activity_form),
            ("diary-measure", diary.measure_form),
        ):
            diary.tabs.setCurrentWidget(_tab_of(diary.tabs, form))
            self.shoot(name)
        diary.tabs.setCurrentIndex(0)
        w.show_page("progress")
        self.shoot("progress", 1500)
        view = w.progress.view
        if view is None:
            raise RuntimeError("the Progress page built no charts")
        self.shoot("progress-tolerance", 300, view.tolerance)
        w.show_page("programme")
        page = w.programme_page
        page.tabs.setCurrentWidget(page.preview)
        self.shoot("programme", 800)
        page.tabs.setCurrentWidget(page.how_to)
        self.shoot("programme-howto", 800)
        page.tabs.setCurrentWidget(page.preview)
        w.show_page("settings")
        self.shoot("settings")

    def dialogs(self) -> None:
        w, menus = self.w, self.w.menus
        w.show_page("today")
        self.modal("report-dialog", menus.show_report, 1500)
        self.modal("backups-dialog", menus.show_backups)
        self.modal("export-dialog", menus.show_export)
        self.modal("import-dialog", menus.show_import)
        self.modal("clinical-notes", menus.show_disclaimer)
        w.show_page("programme")
        page = w.programme_page
        editor = page.edit.duplicate()
        if editor is None:
            raise RuntimeError("no template selected on the Programme page")
        self.shoot("template-editor", 800, editor)
        editor.reject()
        self.modal("exercise-editor", page.open_exercises)

    def session(self) -> None:
        w = self.w
        w.show_page("session")
        self.shoot("session")
        if not w.open_runner("today"):  # a red flag holds today's plan: a built-in instead
            w.open_runner("iso-5x5")
        self.shoot("runner-ready", 800)
        runner = w.runner
        QTest.keyClick(runner, Qt.Key.Key_Space)
        self.advance(1.0)
        self.shoot("runner-lead-in")
        self.advance_until(lambda: self._in_hold(min_elapsed=2.0))
        self.shoot("runner-hold")
        self.advance_until(lambda: runner.panel.is_open)
        self.advance(2.0)
        self.shoot("runner-rest-rating")
        self.rate()
        self.advance_until(self._finished, rate=True)
        self._back_to_runner()
        self.shoot("runner-done", 800)
        self.rate()
        self._back_to_runner()
        self.shoot("runner-summary", 800)
        QTest.keyClick(runner, Qt.Key.Key_Return)  # back to Today
        w.show_page("today")
        self.shoot("today-done", 800)

    # ------------------------------------------------------------------ the session's time

    def advance(self, seconds: float) -> None:
        for _ in range(round(seconds / STEP_S)):
            self._step()

    def advance_until(self, done: Callable[[], bool], *, rate: bool = False) -> None:
        limit = round(SESSION_LIMIT_S / STEP_S)
        for _ in range(limit):
            if done():
                return
            if rate and self.w.runner.panel.is_open:
                self.rate()
            self._step()
        raise RuntimeError("the session never got there")

    def _step(self) -> None:
        sched = self.w.runner.scheduler
        assert sched is not None
        self.clock.advance(STEP_S)
        sched.poll()

    def rate(self) -> None:
        """Pain 2, effort 5, Enter: as a person at the runner would."""
        runner = self.w.runner
        for key in (Qt.Key.Key_2, Qt.Key.Key_5, Qt.Key.Key_Return):
            QTest.keyClick(runner, key)
        QCoreApplication.processEvents()

    def _in_hold(self, *, min_elapsed: float) -> bool:
        """Inside a working phase (a hold, a tempo rep, work) with its countdown running."""
        run = self.w.runner.run
        if run is None or run.engine.state is not EngineState.RUNNING:
            return False
        phase = run.engine.current_phase
        return (
            phase is not None
            and phase.kind not in NOT_WORK
            and run.engine.phase_elapsed >= min_elapsed
            and run.engine.phase_remaining >= 1.5
        )

    def _back_to_runner(self) -> None:
        """The window's chooser takes the Session page whenever the sessions change after the
        session ended (MainWindow.update_chooser), hiding SESSION DONE and the summary: a
        product bug, reported; until it is fixed, back to the runner as Ctrl+2 would."""
        QCoreApplication.processEvents()
        session = self.w.session
        if session.stack.currentWidget() is not self.w.runner:
            print("take.py: the chooser hid the runner's end screen (bug)", file=sys.stderr)
            session.show_runner()

    def _finished(self) -> bool:
        run = self.w.runner.run
        return run is not None and run.finished


def _tab_of(tabs: object, form: QWidget) -> QWidget:
    """The tab page holding `form` (a form may sit inside a scroll area)."""
    from PySide6.QtWidgets import QTabWidget

    assert isinstance(tabs, QTabWidget)
    for i in range(tabs.count()):
        page = tabs.widget(i)
        if page is form or page.isAncestorOf(form):
            return page
    raise RuntimeError(f"{type(form).__name__} is in no tab")


def drive_later(
    window: MainWindow, clock: FakeClock, out: Path, theme: str, run: str = "all"
) -> None:
    """`run_gui`'s on_window: the drive starts once the event loop runs, then the app quits
    (status 1 and the traceback when something failed). `run` is "all" (every screen of
    `SHOTS`) or one of `screens.RUNS` (the README's extra pictures, `readme_shots.py`)."""

    def go() -> None:
        from readme_shots import ExtraDriver  # type: ignore[import-not-found]

        status = 0
        driver = (
            Driver(window, clock, out, theme)
            if run == "all"
            else ExtraDriver(window, clock, out, theme, run)
        )
        wanted = [s.name for s in SHOTS] if run == "all" else [e.name for e in extras_of(run)]
        try:
            driver.run()
            missing = [n for n in wanted if n not in driver.taken]
            if missing:
                raise RuntimeError(f"not taken: {', '.join(missing)}")
        except Exception:
            traceback.print_exc()
            status = 1
        runner = window.runner
        if runner.is_active():
            runner.end_now()
        runner.shutdown()
        QCoreApplication.exit(status)

    QTimer.singleShot(0, go)
