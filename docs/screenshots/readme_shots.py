"""The README's pictures that are not one screen of the demo as it opens (`screens.EXTRAS`):
each taken in its own app run, light at 1280 x 720, by docs/screenshots/take.py.

- "readme" (English): a page of the clinician's report, a reminder banner, a logged session
  opened from the Diary, Today asking about a note that names a red-flag symptom, then Today
  after a red flag is ticked in the morning check-in. Everything through the window, as a
  user does it (the settings, the Diary's form and Save, the note question's No).
- "de": the app started with `--lang de` (run_gui's `lang`): Today and a hold.
- "startup": the app started on a damaged database (take.py cuts it in half, as a crash
  would): the restore dialog, then the window saying what was restored.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QPoint, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from screens import EXTRAS, extras_of  # type: ignore[import-not-found]  # beside this file
from shoot import Driver  # type: ignore[import-not-found]

from phtcoach.core.enums import RedFlag
from phtcoach.core.model import PainEntry, SessionRecord
from phtcoach.ui.checkin import CheckInForm
from phtcoach.ui.main_window import MainWindow
from phtcoach.ui.tray import TrayController
from tests.fakes import FakeClock

REPORT_PDF: Path | None = None  # take.py sets it: the report `phtcoach report` wrote
REPORT_PAGE = 1  # the second: pain with the baseline band, 24-hour responses, sessions
REPORT_WIDTH = 1000  # pixels across the page
TAKEN_BEFORE_THE_WINDOW: list[str] = []  # answer_restore_later's
NOTE = "Pins and needles in my foot on the bike"  # a nerve symptom, not ticked as one


class ExtraDriver(Driver):
    def __init__(
        self, window: MainWindow, clock: FakeClock, out: Path, theme: str, run: str
    ) -> None:
        super().__init__(window, clock, out, theme)
        self.run_name = run

    def run(self) -> None:
        self.prepare()
        if self.run_name == "readme":
            self.report_page()
            self.reminder_banner()
            self.diary_session()
            self.red_flags()
        elif self.run_name == "de":
            self.w.show_page("today")
            self.shoot("today-de", 800)
            self.hold("runner-hold-de")
        elif self.run_name == "startup":
            self.w.show_page("today")
            self.shoot("startup-restored", 800)  # the status bar says which backup
            self.taken += TAKEN_BEFORE_THE_WINDOW
        else:
            raise RuntimeError(f"no run {self.run_name!r}")

    # ------------------------------------------------------------------ readme

    def report_page(self) -> None:
        from PySide6.QtPdf import QPdfDocument

        if REPORT_PDF is None:
            raise RuntimeError("no report PDF to render")
        doc = QPdfDocument()
        if doc.load(str(REPORT_PDF)) != QPdfDocument.Error.None_:
            raise RuntimeError(f"cannot read {REPORT_PDF}")
        points = doc.pagePointSize(REPORT_PAGE)
        size = QSize(REPORT_WIDTH, round(REPORT_WIDTH * points.height() / points.width()))
        page = doc.render(REPORT_PAGE, size)
        # The page is transparent where nothing is drawn: on white, as printed.
        paper = QImage(size, QImage.Format.Format_RGB32)
        paper.fill(QColor("white"))
        painter = QPainter(paper)
        painter.drawImage(0, 0, page)
        painter.end()
        path = self.out / _file("report-page")
        if not paper.save(str(path)):
            raise RuntimeError(f"could not write {path}")
        self.taken.append("report-page")
        print(f"  {path.name}", flush=True)

    def reminder_banner(self) -> None:
        """An isometrics reminder set for this minute, as Settings > Reminders would."""
        w, state = self.w, self.w.state
        tray = w.findChild(TrayController)
        if tray is None:
            raise RuntimeError("no reminders in this window")
        now = state.clock.now().astimezone(state.tz)
        state.update_settings(
            reminders=True,
            remind_morning="",
            remind_evening="",
            remind_isometrics=(now.strftime("%H:%M"),),
        )
        tray.scheduler.check()
        banner = getattr(tray.notifier, "banner", None)
        w.show_page("today")
        if banner is None or not banner.isVisible():
            raise RuntimeError(f"no reminder banner (reminders go by {tray.notifier.path})")
        self.shoot("reminder-banner", 800)
        QTest.mouseClick(banner.dismiss_button, Qt.MouseButton.LeftButton)
        state.update_settings(reminders=False)  # no more banners over the next pictures

    def diary_session(self) -> None:
        """The newest logged session: its day in the Diary, its row, Enter."""
        w = self.w
        w.show_page("diary")
        diary = w.diary
        day = w.state.today()
        for _ in range(30):
            diary.set_day(day)
            rows = [i for i, e in enumerate(diary.entries()) if _is_session(e.record)]
            if rows:
                break
            day -= timedelta(days=1)
        else:
            raise RuntimeError("no session in the demo's last 30 days")
        diary.entry_list.setCurrentRow(rows[0])
        diary.entry_list.setFocus(Qt.FocusReason.OtherFocusReason)
        QTest.keyClick(diary.entry_list, Qt.Key.Key_Return)
        self.settle(300)
        dialog = QApplication.activeModalWidget() or getattr(diary, "_session_dialog", None)
        if dialog is None or not dialog.isVisible():
            raise RuntimeError("Enter on a session row opened no dialog")
        self.shoot("diary-session", 700, dialog)
        dialog.close()
        diary.go_today()

    def red_flags(self) -> None:
        """A note naming a nerve symptom (Today asks about it; the user says No), then a red
        flag ticked in the same morning check-in (Today: see a clinician first)."""
        w = self.w
        checkin = self.edit_morning()
        checkin.notes.clear()
        QTest.keyClicks(checkin.notes, NOTE)
        QTest.mouseClick(checkin.save_button, Qt.MouseButton.LeftButton)
        w.show_page("today")
        questions = w.today.note_questions
        self.settle(300)
        if not questions.isVisible() or not questions.no_buttons:
            raise RuntimeError(f"Today did not ask about {NOTE!r}")
        self.shoot("today-note-question", 800)
        QTest.mouseClick(questions.no_buttons[0], Qt.MouseButton.LeftButton)
        checkin = self.edit_morning()
        box = checkin.flag_boxes[RedFlag.NIGHT_OR_REST_PAIN]
        if not box.isChecked():
            QTest.mouseClick(box, Qt.MouseButton.LeftButton, pos=_indicator(box))
        if not box.isChecked():
            box.setChecked(True)  # the click missed the box's indicator
        QTest.mouseClick(checkin.save_button, Qt.MouseButton.LeftButton)
        w.show_page("today")
        self.shoot("today-clinician-first", 800)

    def edit_morning(self) -> CheckInForm:
        """Today's morning check-in open in the Diary's form (its row, Enter)."""
        w = self.w
        w.show_page("diary")
        diary = w.diary
        diary.go_today()
        rows = [i for i, e in enumerate(diary.entries()) if isinstance(e.record, PainEntry)]
        if not rows:
            raise RuntimeError("the demo has no check-in today")
        diary.entry_list.setCurrentRow(rows[0])
        diary.entry_list.setFocus(Qt.FocusReason.OtherFocusReason)
        QTest.keyClick(diary.entry_list, Qt.Key.Key_Return)
        self.settle(200)
        return diary.checkin

    # ------------------------------------------------------------------ de

    def hold(self, name: str) -> None:
        w = self.w
        if not w.open_runner("today"):
            w.open_runner("iso-5x5")
        runner = w.runner
        self.settle(500)
        QTest.keyClick(runner, Qt.Key.Key_Space)
        self.advance_until(lambda: self._in_hold(min_elapsed=2.0))
        self.shoot(name)


def _indicator(box: QWidget) -> QPoint:
    """Where a person clicks a check box: its indicator, at the left, halfway down."""
    return QPoint(8, box.height() // 2)


def _is_session(record: object) -> bool:
    return isinstance(record, SessionRecord)


def _file(name: str) -> str:
    return next(e.file for e in EXTRAS if e.name == name)


# --------------------------------------------------------------------------- startup


def answer_restore_later(out: Path) -> None:
    """Before `run_gui` on a damaged database: once the restore dialog shows, capture it and
    restore the newest backup (its row is selected; Restore this backup)."""
    from phtcoach.ui.startup_dialogs import RestoreAtStartDialog

    tries = iter(range(1500))

    def poll() -> None:
        d = QApplication.activeModalWidget()
        if isinstance(d, RestoreAtStartDialog) and d.isVisible():
            QTimer.singleShot(700, lambda: shoot_and_restore(d))
        elif next(tries, None) is not None:
            QTimer.singleShot(20, poll)
        else:
            print("take.py: no restore dialog at start", flush=True)

    def shoot_and_restore(d: RestoreAtStartDialog) -> None:
        screen = QGuiApplication.primaryScreen()
        width = screen.geometry().width()
        d.move(screen.geometry().center() - d.rect().center())
        path = out / _file("startup-restore")
        if not d.grab().save(str(path)):
            raise RuntimeError(f"could not capture {path} at {width}")
        print(f"  {path.name}", flush=True)
        TAKEN_BEFORE_THE_WINDOW.append("startup-restore")
        if d.table.rowCount():
            d.table.selectRow(0)
        QTest.mouseClick(d.restore_button, Qt.MouseButton.LeftButton)

    assert {e.name for e in extras_of("startup")} >= {"startup-restore"}
    QTimer.singleShot(0, poll)
