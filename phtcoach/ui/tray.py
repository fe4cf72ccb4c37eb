"""The tray icon and the reminders: Today's status in a line, the quick actions (log the
morning check-in, start today's session, open, quit), and "keep running in the tray".

`install_tray(window, state)` is what the composition root calls after building the window.
Where the desktop has no tray the menu still exists (the tests use it) but no icon shows,
reminders take the next path `choose_notifier` finds, and closing the window quits.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from phtcoach import APP_NAME, paths
from phtcoach.core.model import PainSlot
from phtcoach.core.reminders import ReminderKind
from phtcoach.services.advice import StartKind
from phtcoach.services.changes import Changes
from phtcoach.services.errors import DataFormatError, StorageError
from phtcoach.services.reminders import TodayStatus
from phtcoach.ui.main_window import MainWindow
from phtcoach.ui.reminder_notifier import MESSAGE_MS, Notifier, choose_notifier
from phtcoach.ui.reminder_scheduler import ReminderScheduler
from phtcoach.ui.state import AppState

HINT_KEY = "tray/still_running_shown"  # the "still running" message is shown once, ever


def status_text(status: TodayStatus) -> str:
    """Today in one line: the morning check-in, then the session."""
    translate = QCoreApplication.translate
    morning = (
        translate("Tray", "Morning check-in logged")
        if status.morning_logged
        else translate("Tray", "Morning check-in not logged")
    )
    if status.start is StartKind.DONE_FOR_TODAY:
        session = translate("Tray", "today's session done")
    elif status.start is StartKind.CLINICIAN_FIRST:
        session = translate("Tray", "see a clinician before the next session")
    elif status.session_name is None:
        session = translate("Tray", "no session chosen")
    else:
        session = translate("Tray", "today's session: %1").replace("%1", status.session_name)
    return f"{morning} · {session}"


def app_icon() -> QIcon:
    """The application's icon (set by the composition root), else the packaged one."""
    icon = QApplication.windowIcon()
    if icon.isNull():
        icon = QIcon(str(paths.asset("icons", "phtcoach-64.png")))
    return icon


class TrayController(QObject):
    """Owns the tray icon (when there is a tray), its menu, the notifier and the scheduler."""

    def __init__(
        self,
        window: MainWindow,
        state: AppState,
        *,
        tray_available: bool | None = None,
        notifier: Notifier | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.state = state
        if tray_available is None:
            tray_available = QSystemTrayIcon.isSystemTrayAvailable()
        self.tray: QSystemTrayIcon | None = None
        self.menu = QMenu(window)
        self.menu.setAccessibleName(self.tr("PHT Coach tray menu"))
        self._build_menu()
        if tray_available:
            self.tray = QSystemTrayIcon(app_icon(), self)
            self.tray.setContextMenu(self.menu)
            self.tray.activated.connect(self._tray_activated)
        self.notifier = notifier if notifier is not None else choose_notifier(window, self.tray)
        self.notifier.activated.connect(self.open_form)
        window.reminder_path = self.notifier.path
        window.hide_on_close = self._hide_on_close
        self.scheduler = ReminderScheduler(
            state, self.notifier, paused=lambda: window.session_running(), parent=self
        )
        self._status_stale = True
        self._status_day = state.today()
        self.menu.aboutToShow.connect(self._refresh_if_stale)
        self.scheduler.checked.connect(self._after_check)
        state.changed.connect(self._on_changed)
        self.refresh_status()
        self._apply_keep_in_tray()
        if self.tray is not None:
            self.tray.show()

    # ------------------------------------------------------------------ building

    def _build_menu(self) -> None:
        m = self.menu
        self.status_action = QAction("", self)
        self.status_action.setEnabled(False)
        m.addAction(self.status_action)
        m.addSeparator()
        self.morning_action = QAction(self.tr("Log &morning check-in"), self)
        self.morning_action.triggered.connect(lambda: self.open_form(ReminderKind.MORNING))
        self.start_action = QAction(self.tr("&Start today's session"), self)
        self.start_action.triggered.connect(self.start_session)
        self.open_action = QAction(self.tr("&Open PHT Coach"), self)
        self.open_action.triggered.connect(self.show_window)
        m.addActions([self.morning_action, self.start_action, self.open_action])
        m.addSeparator()
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.triggered.connect(self.window.quit_app)
        m.addAction(self.quit_action)

    # ------------------------------------------------------------------ lifetime

    def start(self) -> None:
        """Once the window shows: announce what is due now and arm the timers."""
        self.scheduler.start()

    def close(self) -> None:
        self.scheduler.stop()
        self.notifier.close()
        if self.tray is not None:
            self.tray.hide()
        self.window.hide_on_close = None

    @property
    def path(self) -> str:
        """How reminders reach the user: "tray", "dbus" or "banner"."""
        return self.notifier.path

    def keeps_running(self) -> bool:
        """Closing the window only hides it: the setting is on and there is a tray."""
        return self.tray is not None and self.state.settings.keep_in_tray

    # ------------------------------------------------------------------ actions

    def show_window(self) -> None:
        self.window.bring_to_front()

    def start_session(self) -> None:
        self.show_window()
        self.window.open_runner("today")

    def open_form(self, kind: object) -> None:
        """The form a reminder is about: a check-in, or today's session for isometrics."""
        if kind is ReminderKind.ISOMETRICS:
            self.start_session()
            return
        self.show_window()
        w = self.window
        if w.session_running():
            w.show_page("session")
            return
        if kind is ReminderKind.MORNING:
            w.show_page("today")
            today = w.today
            if today.morning_card.isVisibleTo(today):
                today.checkin.focus_first()
                return
        slot = PainSlot.MORNING if kind is ReminderKind.MORNING else PainSlot.EVENING
        w.show_page("diary")
        diary = w.diary
        diary.go_today()
        diary.tabs.setCurrentIndex(0)
        if diary.checkin.editing() is None:
            diary.checkin.slot_buttons[slot].setChecked(True)
        diary.checkin.focus_first()

    # ------------------------------------------------------------------ status

    def refresh_status(self) -> None:
        self._status_stale = False
        self._status_day = self.state.today()
        try:
            text = status_text(self.state.services.reminders.status())
        except (StorageError, DataFormatError) as exc:
            text = str(exc)
        self.status_action.setText(text)
        if self.tray is not None:
            self.tray.setToolTip(f"{APP_NAME}\n{text}")

    def _refresh_if_stale(self) -> None:
        """Before the menu shows: the line is looked at."""
        if self._status_stale or self._status_day != self.state.today():
            self.refresh_status()

    def _after_check(self) -> None:
        """After each reminder check: a new day has begun since the line was written."""
        if self._status_day != self.state.today() and not self.window.session_running():
            self.refresh_status()

    def _on_changed(self, changes: object) -> None:
        if not isinstance(changes, Changes):
            return
        if changes.touches(Changes.SETTINGS):
            self._apply_keep_in_tray()
        if changes.touches(Changes.ALL):
            # While a session runs every set is a change: refresh when next looked at.
            self._status_stale = True
            if not self.window.session_running():
                self.refresh_status()

    def _apply_keep_in_tray(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setQuitOnLastWindowClosed(not self.keeps_running())

    def _hide_on_close(self) -> bool:
        """The window's close: hide it instead while the tray keeps the app running (not
        during a session: closing then asks, and quits)."""
        if not self.keeps_running() or self.window.session_running() or self.tray is None:
            return False
        self.window.save_geometry()
        self.window.hide()
        settings = self.window.ui_settings
        if not settings.value(HINT_KEY, False, type=bool):
            settings.setValue(HINT_KEY, True)
            self.tray.showMessage(
                APP_NAME,
                self.tr(
                    "PHT Coach is still running and will remind you. Quit it from this icon's menu."
                ),
                self.tray.icon(),
                MESSAGE_MS,
            )
        return True

    def _tray_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.show_window()


def install_tray(
    window: MainWindow,
    state: AppState,
    *,
    tray_available: bool | None = None,
    notifier: Notifier | None = None,
) -> TrayController:
    """The tray and reminders for `window`; call `start()` once the window shows."""
    return TrayController(window, state, tray_available=tray_available, notifier=notifier)
