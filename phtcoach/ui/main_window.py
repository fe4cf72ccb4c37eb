"""The main window: a sidebar of six pages, the menus, About, and remembered geometry.

It receives everything from `app.py` (an AppContext and a cue player) and wires the pages'
signals together: a check-in on Today refreshes the diary and the charts, a finished
session refreshes Today, and so on. It never opens the database itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, QUrl
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QColor,
    QDesktopServices,
    QIcon,
    QKeySequence,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from phtcoach import APP_NAME, __version__, paths
from phtcoach.audio.cues import CuePlayer
from phtcoach.core.clock import SystemLocalTime
from phtcoach.core.errors import DataFormatError, UnknownTemplateError
from phtcoach.core.model import Settings
from phtcoach.core.programme import Programme
from phtcoach.core.timeline import compile_timeline
from phtcoach.storage.db import StorageError
from phtcoach.storage.history import load_programme
from phtcoach.storage.migrations import SCHEMA_VERSION
from phtcoach.ui.clinical_notes import ClinicalNotesDialog
from phtcoach.ui.diary_screen import DiaryScreen
from phtcoach.ui.programme_page import ProgrammePage
from phtcoach.ui.progress import ProgressPage
from phtcoach.ui.runner import RunnerWidget, ask_resume
from phtcoach.ui.settings_page import SettingsPage
from phtcoach.ui.today_screen import TodayScreen, session_minutes

if TYPE_CHECKING:
    from phtcoach.context import AppContext

PAGES = ("today", "session", "diary", "progress", "programme", "settings")


def _svg_pixmap(svg: str, colour: QColor, size: int) -> QPixmap:
    """The nav icons draw in `currentColor`, which Qt's SVG renderer paints black."""
    renderer = QSvgRenderer(QByteArray(svg.replace("currentColor", colour.name()).encode()))
    pm = QPixmap(size, size)
    pm.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pm)
    renderer.render(painter)
    painter.end()
    return pm


def nav_icon(page: str, palette: QPalette, size: int = 48) -> QIcon:
    """A page's sidebar icon in the theme's text colour, white-on-highlight when selected."""
    path = paths.asset("icons", "nav", f"{page}.svg")
    if not path.exists():
        return QIcon()
    svg = path.read_text(encoding="utf-8")
    icon = QIcon()
    icon.addPixmap(_svg_pixmap(svg, palette.color(QPalette.ColorRole.WindowText), size))
    selected = _svg_pixmap(svg, palette.color(QPalette.ColorRole.HighlightedText), size)
    icon.addPixmap(selected, QIcon.Mode.Selected)
    return icon


class SessionPage(QWidget):
    """The runner, with a short chooser in front of it while no session is loaded."""

    def __init__(self, runner: RunnerWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.setAccessibleName(self.tr("Session"))
        self.stack = QStackedWidget(self)
        self.chooser = QWidget()
        cv = QVBoxLayout(self.chooser)
        cv.setContentsMargins(24, 24, 24, 24)
        self.chooser_label = QLabel()
        self.chooser_label.setWordWrap(True)
        self.chooser_label.setTextFormat(Qt.TextFormat.RichText)
        self.load_button = QPushButton()
        self.load_button.setDefault(True)
        self.load_button.setAccessibleName(self.tr("Get today's session ready"))
        self.other_button = QPushButton(self.tr("Choose another session on the Programme page"))
        self.other_button.setAccessibleName(self.tr("Choose another session"))
        cv.addWidget(self.chooser_label)
        cv.addWidget(self.load_button)
        cv.addWidget(self.other_button)
        cv.addStretch(1)
        self.stack.addWidget(self.chooser)
        self.stack.addWidget(runner)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.stack)

    def show_runner(self) -> None:
        self.stack.setCurrentWidget(self.runner)
        self.runner.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_chooser(self, template_name: str, length: str) -> None:
        self.chooser_label.setText(
            "<h2>"
            + self.tr("Today's session: %1 · %2").replace("%1", template_name).replace("%2", length)
            + "</h2><p>"
            + self.tr(
                "Put the laptop where you can hear it; the session talks you through every hold "
                "and rep. Keys: Space pause, arrows skip and go back, Esc ends."
            )
            + "</p>"
        )
        self.load_button.setText(self.tr("Get it ready (Enter)"))
        self.stack.setCurrentWidget(self.chooser)


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, player: CuePlayer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.player = player
        # Qt appends the application display name ("PHT Coach") itself.
        self.setWindowTitle(self.tr("Demo data") if ctx.demo else "")
        self.setMinimumSize(1024, 640)
        self.ui_settings = QSettings(str(ctx.root / "ui.ini"), QSettings.Format.IniFormat)
        tz = SystemLocalTime()  # DST-aware; a fixed offset would misplace days across a change
        store, clock = ctx.store, ctx.clock

        self.today = TodayScreen(store, clock, programme=ctx.programme, tz=tz)
        self.runner = RunnerWidget(store, ctx.programme, ctx.settings, clock, player)
        self.session = SessionPage(self.runner)
        self.diary = DiaryScreen(store, clock, programme=ctx.programme, tz=tz)
        self.progress = ProgressPage(store, clock, ctx.programme, tz=tz)
        self.programme_page = ProgrammePage(
            store, ctx.programme, ctx.settings, reload_programme=lambda: load_programme(store)
        )
        self.settings_page = SettingsPage(store, ctx.settings)
        self.pages: dict[str, QWidget] = {
            "today": self.today,
            "session": self.session,
            "diary": self.diary,
            "progress": self.progress,
            "programme": self.programme_page,
            "settings": self.settings_page,
        }
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
        f = self.nav.font()
        f.setPointSizeF(f.pointSizeF() * 1.15)
        self.nav.setFont(f)
        self.stack = QStackedWidget()
        for i, key in enumerate(PAGES, start=1):
            item = QListWidgetItem(nav_icon(key, self.palette()), titles[key])
            item.setToolTip(f"Ctrl+{i}")
            item.setSizeHint(
                item.sizeHint().expandedTo(self.nav.sizeHintForIndex(self.nav.rootIndex()))
            )
            self.nav.addItem(item)
            self.stack.addWidget(self.pages[key])
        self.nav.setSpacing(2)
        self.nav.setStyleSheet(
            "QListWidget#navigation { border: none; padding-top: 8px; }"
            "QListWidget#navigation::item { padding: 9px 14px; border-radius: 6px; margin: 0 6px; }"
            "QListWidget#navigation::item:selected { background: palette(highlight);"
            " color: palette(highlighted-text); }"
        )
        self.nav.currentRowChanged.connect(self._on_nav)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_menus()
        self._wire()
        self._update_chooser()
        self._restore_geometry()

    # ------------------------------------------------------------------ building

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.backup_action = QAction(self.tr("&Back up now"), self)
        self.backup_action.triggered.connect(self.backup_now)
        open_dir = QAction(self.tr("&Open data folder"), self)
        open_dir.triggered.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.root)))
        )
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addActions([self.backup_action, open_dir])
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        go = bar.addMenu(self.tr("&Go"))
        self.page_actions: list[QAction] = []
        for i, key in enumerate(PAGES, start=1):
            act = QAction(self.nav.item(i - 1).text(), self)
            act.setShortcut(QKeySequence(f"Ctrl+{i}"))
            act.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            act.triggered.connect(lambda _=False, k=key: self.show_page(k))
            go.addAction(act)
            self.page_actions.append(act)
        self.addActions(self.page_actions)

        view = bar.addMenu(self.tr("&View"))
        self.full_screen_action = QAction(self.tr("&Full screen"), self)
        self.full_screen_action.setShortcut(QKeySequence("F11"))
        self.full_screen_action.setCheckable(True)
        self.full_screen_action.triggered.connect(self.toggle_full_screen)
        view.addAction(self.full_screen_action)

        help_menu = bar.addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About PHT Coach"), self)
        about.triggered.connect(self.show_about)
        notes = QAction(self.tr("&Clinical notes and disclaimer"), self)
        notes.triggered.connect(self.show_disclaimer)
        help_menu.addActions([notes, about])

    def _wire(self) -> None:
        self.today.start_requested.connect(self.open_runner)
        self.today.data_changed.connect(self._data_changed)
        self.today.plan_changed.connect(self._plan_changed)
        self.diary.data_changed.connect(self._data_changed)
        self.progress.checkin_requested.connect(lambda: self.show_page("today"))
        self.programme_page.start_requested.connect(self.open_runner)
        self.programme_page.plan_changed.connect(self._plan_changed)
        self.programme_page.programme_changed.connect(self._programme_changed)
        self.settings_page.settings_changed.connect(self._settings_changed)
        self.runner.session_finished.connect(lambda _rec: self._data_changed())
        self.runner.active_changed.connect(lambda _on: self._sync_full_screen_chrome())
        self.runner.back_to_today.connect(lambda: self.show_page("today"))
        self.runner.back_to_today.connect(self._update_chooser)
        self.session.load_button.clicked.connect(lambda: self.open_runner("today"))
        self.session.other_button.clicked.connect(lambda: self.show_page("programme"))

    # ------------------------------------------------------------------ pages

    def show_page(self, key: str) -> None:
        self.nav.setCurrentRow(PAGES.index(key))

    def current_page(self) -> str:
        return PAGES[self.stack.currentIndex()]

    def _on_nav(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        page = self.stack.currentWidget()
        if page is self.session and self.runner.run is not None:
            self.session.show_runner()
        elif page is not None:
            page.setFocus(Qt.FocusReason.OtherFocusReason)
        self._sync_full_screen_chrome()

    def _current_template_id(self) -> str:
        tid = self.ctx.settings.current_template
        return tid if tid in self.ctx.programme.templates else "iso-5x5"

    def _update_chooser(self) -> None:
        if self.runner.is_active():
            return
        t = self.ctx.programme.templates.get(self._current_template_id())
        if t is None:
            return
        s = self.ctx.settings
        total = compile_timeline(
            t,
            affected_side=s.affected_side,
            affected_first=s.affected_first,
            lead_in_s=float(s.lead_in_s),
        ).total_s
        length = self.tr("%1 min").replace("%1", str(session_minutes(total)))
        self.session.show_chooser(t.name, length)

    def open_runner(self, template_id: str, *, autostart: bool = False) -> bool:
        """Show the runner on `template_id` ('today' = the current step), waiting for Space."""
        tid = self._current_template_id() if template_id == "today" else template_id
        if self.runner.is_active():
            self.show_page("session")
            self.session.show_runner()
            self.statusBar().showMessage(self.tr("A session is running: end it (Esc) first."), 6000)
            return False
        try:
            self.runner.load(tid)
        except (UnknownTemplateError, DataFormatError, StorageError) as exc:
            QMessageBox.warning(self, APP_NAME, str(exc))
            return False
        self.show_page("session")
        self.session.show_runner()
        if autostart:
            self.runner.start_when_ready()
        return True

    def offer_resume(self) -> None:
        """At start: an unfinished session (a crash, a power cut) is offered for resuming."""
        record = ask_resume(self, self.ctx.store, self.ctx.programme, self.ctx.clock)
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

    # ------------------------------------------------------------------ reactions

    def _data_changed(self) -> None:
        self.today.refresh()
        self.diary.refresh()
        self.progress.invalidate()

    def _plan_changed(self, _template_id: str) -> None:
        self.ctx.settings = self.ctx.store.settings.load()
        self._settings_changed(self.ctx.settings)

    def _programme_changed(self) -> None:
        self.ctx.programme = load_programme(self.ctx.store)
        p: Programme = self.ctx.programme
        self.today.set_programme(p)
        self.diary.set_programme(p)
        self.progress.set_programme(p)
        self.runner.set_programme(p)

    def _settings_changed(self, settings: Settings) -> None:
        self.ctx.settings = settings
        self.runner.update_settings(settings)
        self.programme_page.set_settings(settings)
        if self.settings_page.settings != settings:
            self.settings_page.load(settings)
        self.today.refresh()
        self.progress.invalidate()
        self._update_chooser()

    # ------------------------------------------------------------------ actions

    def backup_now(self) -> None:
        try:
            path = self.ctx.store.backup("manual")
        except StorageError as exc:
            QMessageBox.warning(self, APP_NAME, str(exc))
            return
        self.statusBar().showMessage(self.tr("Backed up to %1").replace("%1", str(path)), 8000)

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        self.full_screen_action.setChecked(self.isFullScreen())
        self._sync_full_screen_chrome()

    def _sync_full_screen_chrome(self) -> None:
        """The floor view alone, without sidebar or menu bar, while a session runs or in full
        screen on the Session page: the countdown needs the whole height to be read from
        the floor (and a light menu bar over the dark floor view dazzles). The menu's
        shortcuts stay on the window, so F11 and Ctrl+1..6 still work with the bar hidden;
        the summary page (the session over) brings both back."""
        on_session = self.current_page() == "session"
        floor_only = on_session and (self.isFullScreen() or self.runner.is_active())
        self.addAction(self.full_screen_action)  # a hidden menu bar's shortcuts go silent
        self.nav.setVisible(not floor_only)
        self.menuBar().setVisible(not floor_only)

    def about_text(self) -> str:
        return (
            f"<h3>{APP_NAME} {__version__}</h3>"
            + "<p>"
            + self.tr(
                "Guided, audible rehab sessions and a pain diary "
                "for proximal hamstring tendinopathy."
            )
            + "</p><p>"
            + self.tr("Your data: %1").replace("%1", str(self.ctx.store.path))
            + "<br>"
            + self.tr("Database schema version %1").replace("%1", str(SCHEMA_VERSION))
            + "</p><p>"
            + self.tr(
                "Education and structure, not diagnosis. Your data never leaves this machine."
            )
            + "</p>"
        )

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About PHT Coach"), self.about_text())

    def show_disclaimer(self) -> None:
        ClinicalNotesDialog(self).exec()

    def bring_to_front(self) -> None:
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
        page = self.ui_settings.value("window/page", "today")
        self.show_page(page if page in PAGES and page != "session" else "today")

    def save_geometry(self) -> None:
        self.ui_settings.setValue("window/geometry", self.saveGeometry())
        self.ui_settings.setValue("window/page", self.current_page())
        self.ui_settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.runner.is_active():
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
        self.runner.shutdown()  # timers off, screen saver and audio device released
        self.save_geometry()
        super().closeEvent(event)
