"""The main window: a sidebar of six pages, the menus, About, and remembered geometry.

It receives the app state and a cue player from `app.py`. The pages refresh themselves from
the state's change signal, so the window only routes navigation: "start this session",
"show Today". It never opens the database itself, and it always opens on Today.

Only Today is built before the first paint. Every other page (and its modules: the runner,
the diary's calendar, the programme's timelines, the settings sections) is built the first
time it is shown or asked for: `window.diary`, `window.pages["diary"]` and navigation all
build it then, so the window starts at the cost of one page (docs/architecture.md, start-up).
`build_pages_when_idle` builds the rest one per event-loop turn after the first paint.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from phtcoach import APP_NAME
from phtcoach.audio.cues import CuePlayer
from phtcoach.services.advice import StartKind
from phtcoach.services.changes import Changes
from phtcoach.services.errors import DataFormatError, StorageError, UnknownTemplateError
from phtcoach.ui.design import TextStyle, set_text_style
from phtcoach.ui.nav_icons import nav_icon
from phtcoach.ui.sidebar_width import fit_sidebar
from phtcoach.ui.state import AppState
from phtcoach.ui.theme import follow_settings
from phtcoach.ui.today_screen import TodayScreen, session_minutes
from phtcoach.ui.window_menus import PAGES, WindowMenus
from phtcoach.ui.window_pages import Pages, build_page

if TYPE_CHECKING:
    from phtcoach.ui.diary_screen import DiaryScreen
    from phtcoach.ui.programme_page import ProgrammePage
    from phtcoach.ui.progress import ProgressPage
    from phtcoach.ui.runner import RunnerWidget
    from phtcoach.ui.session_page import SessionPage
    from phtcoach.ui.settings_page import SettingsPage


class MainWindow(QMainWindow):
    def __init__(self, state: AppState, player: CuePlayer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.player = player
        # Qt appends the application display name ("PHT Coach") itself.
        self.setWindowTitle(self.tr("Demo data") if state.demo else "")
        self.setMinimumSize(1024, 640)
        data_dir = state.services.database_path.parent
        self.ui_settings = QSettings(str(data_dir / "ui.ini"), QSettings.Format.IniFormat)
        # Set by the tray (ui/tray.py): how reminders arrive, and "close only hides".
        self.reminder_path = ""
        self.hide_on_close: Callable[[], bool] | None = None
        self._quitting = False

        self._built: dict[str, QWidget] = {}
        self._runner: RunnerWidget | None = None
        self.today = TodayScreen(state)
        self._built["today"] = self.today
        follow_settings(state)  # theme and text size now and whenever they change
        self.pages: Mapping[str, QWidget] = Pages(self)
        titles = {
            "today": self.tr("Today"),
            "session": self.tr("Session"),
            "diary": self.tr("Diary"),
            "progress": self.tr("Progress"),
            "programme": self.tr("Programme"),
            "settings": self.tr("Settings"),
        }

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Pages"))
        self.nav.setFixedWidth(180)
        self.nav.setIconSize(QSize(22, 22))
        set_text_style(self.nav, TextStyle.LEAD)
        self.stack = QStackedWidget()
        for i, key in enumerate(PAGES, start=1):
            item = QListWidgetItem(nav_icon(key, QApplication.palette()), titles[key])
            item.setToolTip(f"Ctrl+{i}")
            item.setSizeHint(
                item.sizeHint().expandedTo(self.nav.sizeHintForIndex(self.nav.rootIndex()))
            )
            self.nav.addItem(item)
            # A stand-in until the page is first needed (`_page`): never shown.
            self.stack.addWidget(self._built.get(key) or QWidget())
        self.nav.setSpacing(2)
        self.nav.setStyleSheet(
            "QListWidget#navigation { border: none; padding-top: 8px; }"
            "QListWidget#navigation::item { padding: 9px 14px; border-radius: 6px; margin: 0 6px; }"
            "QListWidget#navigation::item:selected { background: palette(highlight);"
            " color: palette(highlighted-text); }"
        )
        self.nav.currentRowChanged.connect(self._on_nav)
        fit_sidebar(self.nav)  # as wide as "Einstellungen" at 11 pt: no scroll bar under it

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.menus = WindowMenus(self)
        self.full_screen_action = self.menus.full_screen_action
        self.page_actions = self.menus.page_actions
        self.backup_action = self.menus.backup_action
        self.restore_action = self.menus.restore_action
        self.report_action = self.menus.report_action
        self._wire()
        self.update_chooser()
        self._restore_geometry()

    # ------------------------------------------------------------------ building

    def _wire(self) -> None:
        self.today.start_requested.connect(self.open_runner)
        self.state.changed.connect(self._on_changed)

    def page(self, key: str) -> QWidget:
        """The page `key`, built (and put in its place in the stack) the first time."""
        page = self._built.get(key)
        if page is not None:
            return page
        page = build_page(self, key)
        self._built[key] = page
        if key == "session":
            from phtcoach.ui.session_page import SessionPage  # imported by build_page

            assert isinstance(page, SessionPage)
            self._runner = page.runner
        index = PAGES.index(key)
        stand_in = self.stack.widget(index)
        current = self.stack.currentIndex()
        self.stack.insertWidget(index, page)
        if stand_in is not None:
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()
        self.stack.setCurrentIndex(current)
        if key == "session":
            self.update_chooser()
        return page

    def build_pages_when_idle(self) -> None:
        """After the first paint: build the pages not yet built, one per event-loop turn,
        so the first visit to each is as quick as the others (the window stays responsive
        between them). Never while a session is loaded: building a page holds the event loop
        for a moment, and a session's cues must not wait (each page is then built on its
        first visit instead)."""
        missing = [key for key in PAGES if key not in self._built]
        if missing:
            QTimer.singleShot(0, self, lambda: self._build_next(missing))

    def _build_next(self, keys: list[str]) -> None:
        if not keys or (self._runner is not None and self._runner.run is not None):
            return
        self.page(keys[0])
        if keys[1:]:
            QTimer.singleShot(0, self, lambda: self._build_next(keys[1:]))

    def is_built(self, key: str) -> bool:
        return key in self._built

    @property
    def session(self) -> SessionPage:
        return self.page("session")  # type: ignore[return-value]

    @property
    def runner(self) -> RunnerWidget:
        self.page("session")
        assert self._runner is not None
        return self._runner

    @property
    def diary(self) -> DiaryScreen:
        return self.page("diary")  # type: ignore[return-value]

    @property
    def progress(self) -> ProgressPage:
        return self.page("progress")  # type: ignore[return-value]

    @property
    def programme_page(self) -> ProgrammePage:
        return self.page("programme")  # type: ignore[return-value]

    @property
    def settings_page(self) -> SettingsPage:
        return self.page("settings")  # type: ignore[return-value]

    def session_running(self) -> bool:
        """A session is running in the runner (False while the runner was never built)."""
        return self._runner is not None and self._runner.is_active()

    def _unsaved_settings_kept(self) -> bool:
        """The Settings page holds unsaved changes and the user chose to stay with them."""
        settings = self._built.get("settings")
        return settings is not None and not settings.confirm_leave()  # type: ignore[attr-defined]

    def theme_changed(self) -> None:
        """Light <-> dark: the sidebar's icons are pixmaps drawn in the old text colour.
        (The saved look is applied while the window is being built, before the sidebar.)"""
        if not hasattr(self, "nav"):
            return
        for row, key in enumerate(PAGES):
            self.nav.item(row).setIcon(nav_icon(key, QApplication.palette()))

    # ------------------------------------------------------------------ pages

    def show_page(self, key: str) -> None:
        self.nav.setCurrentRow(PAGES.index(key))

    def current_page(self) -> str:
        return PAGES[self.stack.currentIndex()]

    def _on_nav(self, row: int) -> None:
        if row < 0:
            return
        settings = self._built.get("settings")
        leaving = settings is not None and self.stack.currentWidget() is settings
        if leaving and row != self.stack.currentIndex() and self._unsaved_settings_kept():
            self.nav.blockSignals(True)  # unsaved settings and Cancel: stay on Settings
            self.nav.setCurrentRow(self.stack.currentIndex())
            self.nav.blockSignals(False)
            return
        page = self.page(PAGES[row])
        self.stack.setCurrentIndex(row)
        if page is self._built.get("session") and self.runner.holds_run():
            self.session.show_runner()
        elif page is not None:
            page.setFocus(Qt.FocusReason.OtherFocusReason)
        self.sync_full_screen_chrome()

    def update_chooser(self) -> None:
        """Today's session in the chooser, unless the runner holds a session: waiting,
        running, or on its end screens (saving the last rating must not hide them)."""
        if "session" not in self._built or self.runner.holds_run():
            return  # the Session page asks for it when it is built
        try:
            plan = self.state.services.advice.plan()
        except (StorageError, DataFormatError) as exc:
            self.statusBar().showMessage(str(exc), 8000)
            return
        if plan.template is None:
            return
        length = self.tr("%1 min").replace("%1", str(session_minutes(plan.length_s)))
        self.session.show_chooser(plan.template.name, length)

    def _on_changed(self, changes: object) -> None:
        if isinstance(changes, Changes) and changes.touches(Changes.ALL):
            self.update_chooser()

    def open_runner(self, template_id: str) -> bool:
        """Show the runner on `template_id`, waiting for Space. "today" is today's plan:
        the current step, eased as the advice says; refused while a red flag holds the
        programme (Today then shows why)."""
        if self.session_running():
            self.show_page("session")
            self.session.show_runner()
            self.statusBar().showMessage(self.tr("A session is running: end it (Esc) first."), 6000)
            return False
        try:
            if template_id == "today":
                plan = self.state.services.advice.plan()
                if plan.start is StartKind.CLINICIAN_FIRST:
                    self.show_page("today")
                    self.statusBar().showMessage(
                        self.tr("A red flag holds the programme: see a clinician first."), 8000
                    )
                    return False
                self.runner.load(
                    plan.template_id, step_downs=plan.step_downs, sets_fewer=plan.sets_fewer
                )
            else:
                self.runner.load(template_id)
        except (UnknownTemplateError, DataFormatError, StorageError) as exc:
            QMessageBox.warning(self, APP_NAME, str(exc))
            return False
        self.show_page("session")
        self.session.show_runner()
        return True

    def offer_resume(self) -> None:
        """At start: an unfinished session (a crash, a power cut) is offered for resuming."""
        from phtcoach.ui.runner_resume import ask_resume

        record = ask_resume(self, self.state)
        if record is None:
            return
        try:
            self.runner.resume(record)
        except (UnknownTemplateError, DataFormatError) as exc:
            QMessageBox.warning(
                self, APP_NAME, self.tr("The session cannot be resumed: %1").replace("%1", str(exc))
            )
            return
        self.show_page("session")
        self.session.show_runner()

    # ------------------------------------------------------------------ actions

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        self.full_screen_action.setChecked(self.isFullScreen())
        self.sync_full_screen_chrome()

    def sync_full_screen_chrome(self) -> None:
        """The floor view alone, without sidebar or menu bar, while a session runs or in full
        screen on the Session page: the countdown needs the whole height to be read from
        the floor (and a light menu bar over the dark floor view dazzles). The menu's
        shortcuts stay on the window, so F11 and Ctrl+1..6 still work with the bar hidden;
        the summary page (the session over) brings both back."""
        on_session = self.current_page() == "session"
        floor_only = on_session and (self.isFullScreen() or self.session_running())
        self.addAction(self.full_screen_action)  # a hidden menu bar's shortcuts go silent
        self.nav.setVisible(not floor_only)
        self.menuBar().setVisible(not floor_only)

    def bring_to_front(self) -> None:
        if self.isHidden():  # kept in the tray
            self.show()
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()

    # ------------------------------------------------------------------ geometry

    def _restore_geometry(self) -> None:
        geo = self.ui_settings.value("window/geometry")
        if isinstance(geo, QByteArray) and not geo.isEmpty():
            self.restoreGeometry(geo)
        else:
            screen = self.screen().availableGeometry()
            self.resize(min(1280, screen.width()), min(800, screen.height()))
        # Always Today: it is the screen that says what to do now. The page left last time
        # (Progress, say) would greet the user with last week's question.
        self.show_page("today")

    def save_geometry(self) -> None:
        self.ui_settings.setValue("window/geometry", self.saveGeometry())
        self.ui_settings.sync()

    def quit_app(self) -> None:
        """File > Quit and the tray's Quit: close for real (a running session still asks),
        then end the app, even where closing the window only hides it in the tray."""
        self._quitting = True
        try:
            closed = self.close()
        finally:
            self._quitting = False
        if closed:
            QCoreApplication.quit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._unsaved_settings_kept():  # unsaved settings: Cancel keeps the window
            event.ignore()
            return
        if not self._quitting and self.hide_on_close is not None and self.hide_on_close():
            event.ignore()  # kept running in the tray
            return
        if self.session_running():
            answer = QMessageBox.question(
                self,
                APP_NAME,
                self.tr(
                    "A session is running. Quit anyway? Every finished set is saved; "
                    "you can resume from the next set when you start again."
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        if self._runner is not None:
            self._runner.shutdown()  # timers off, screen saver and audio device released
        self.save_geometry()
        super().closeEvent(event)
