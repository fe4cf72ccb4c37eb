"""The main window's menus and what they open: File (backup, restore, report, export,
import), Go, View and Help (About, the clinical notes).

Kept apart from `main_window` so the window itself only routes between pages; the actions
stay reachable as attributes (`menus.backup_action`) for the tests and the tray.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QMessageBox

from phtcoach import APP_NAME, __version__
from phtcoach.services.errors import StorageError
from phtcoach.ui.pages import PAGES
from phtcoach.ui.reminder_notifier import about_line

if TYPE_CHECKING:
    from phtcoach.ui.main_window import MainWindow

__all__ = ["PAGES", "WindowMenus"]


class WindowMenus(QObject):
    """Builds the menu bar of `window` and owns the slots of its File and Help menus."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.state = window.state
        self._build_menus()

    def _build_menus(self) -> None:
        w = self.window
        bar = w.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.backup_action = QAction(self.tr("&Back up now"), w)
        self.backup_action.triggered.connect(self.backup_now)
        self.restore_action = QAction(self.tr("&Restore backup..."), w)
        self.restore_action.triggered.connect(self.show_backups)
        self.report_action = QAction(self.tr("Re&port..."), w)
        self.report_action.triggered.connect(self.show_report)
        open_dir = QAction(self.tr("&Open data folder"), w)
        open_dir.triggered.connect(
            lambda: QDesktopServices.openUrl(
                QUrl.fromLocalFile(str(self.state.services.database_path.parent))
            )
        )
        quit_action = QAction(self.tr("&Quit"), w)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(w.quit_app)
        file_menu.addActions([self.backup_action, self.restore_action, open_dir])
        file_menu.addAction(self.report_action)
        self.export_action = QAction(self.tr("&Export..."), w)
        self.export_action.triggered.connect(self.show_export)
        self.import_action = QAction(self.tr("&Import..."), w)
        self.import_action.triggered.connect(self.show_import)
        file_menu.addActions([self.export_action, self.import_action])
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        go = bar.addMenu(self.tr("&Go"))
        self.page_actions: list[QAction] = []
        for i, key in enumerate(PAGES, start=1):
            act = QAction(w.nav.item(i - 1).text(), w)
            act.setShortcut(QKeySequence(f"Ctrl+{i}"))
            act.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            act.triggered.connect(lambda _=False, k=key: w.show_page(k))
            go.addAction(act)
            self.page_actions.append(act)
        w.addActions(self.page_actions)

        view = bar.addMenu(self.tr("&View"))
        self.full_screen_action = QAction(self.tr("&Full screen"), w)
        self.full_screen_action.setShortcut(QKeySequence("F11"))
        self.full_screen_action.setCheckable(True)
        self.full_screen_action.triggered.connect(w.toggle_full_screen)
        view.addAction(self.full_screen_action)

        help_menu = bar.addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About PHT Coach"), w)
        about.triggered.connect(self.show_about)
        notes = QAction(self.tr("&Clinical notes and disclaimer"), w)
        notes.triggered.connect(self.show_disclaimer)
        help_menu.addActions([notes, about])

    # ------------------------------------------------------------------ actions

    def backup_now(self) -> None:
        try:
            path = self.state.services.backup()
        except StorageError as exc:
            QMessageBox.warning(self.window, APP_NAME, str(exc))
            return
        self.window.statusBar().showMessage(
            self.tr(
                "Backed up to %1. A backup is a copy for PHT Coach to restore "
                "(File > Restore backup...), not an export."
            ).replace("%1", str(path)),
            12000,
        )

    def show_report(self) -> None:
        """File > Report...: the clinician's PDF report of a period."""
        from phtcoach.ui.report_dialog import ReportDialog  # lazily: numpy and the charts

        dialog = ReportDialog(self.state, self.window)
        if dialog.exec() and dialog.written is not None:
            self.window.statusBar().showMessage(
                self.tr("Report saved to %1").replace("%1", str(dialog.written)), 12000
            )

    def show_export(self) -> None:
        """File > Export...: the diary as a CSV folder, a workbook or complete JSON."""
        from phtcoach.ui.exchange_dialog import ExportDialog

        dialog = ExportDialog(self.state, self.window)
        if dialog.exec() and dialog.written is not None:
            self.window.statusBar().showMessage(
                self.tr("Exported to %1").replace("%1", str(dialog.written)), 12000
            )

    def show_import(self) -> None:
        """File > Import...: a JSON export or CSV folder back in, all or nothing."""
        from phtcoach.ui.exchange_dialog import ImportDialog

        dialog = ImportDialog(self.state, self.window)
        if dialog.exec() and dialog.imported is not None:
            self.window.statusBar().showMessage(self.tr("Import done"), 12000)

    def show_backups(self) -> None:
        """File > Restore backup...: the backups; a restore is done at the next start."""
        from phtcoach.ui.backups_dialog import BackupsDialog  # on use: not at start-up

        dialog = BackupsDialog(self.state, self.window)
        dialog.exec()
        if dialog.quit_requested:
            self.window.quit_app()

    def about_text(self) -> str:
        return (
            f"<h3>{APP_NAME} {__version__}</h3>"
            + "<p>"
            + self.tr(
                "Guided, audible rehab sessions and a pain diary "
                "for proximal hamstring tendinopathy."
            )
            + "</p><p>"
            + self.tr("Your data: %1").replace("%1", str(self.state.services.database_path))
            + "<br>"
            + self.tr("Database schema version %1").replace(
                "%1", str(self.state.services.schema_version)
            )
            + "</p>"
            + about_line(self.window.reminder_path)
            + "<p>"
            + self.tr(
                "Education and structure, not diagnosis. Your data never leaves this machine."
            )
            + "</p>"
        )

    def show_about(self) -> None:
        QMessageBox.about(self.window, self.tr("About PHT Coach"), self.about_text())

    def show_disclaimer(self) -> None:
        from phtcoach.ui.clinical_notes import ClinicalNotesDialog  # on use: not at start-up

        ClinicalNotesDialog(self.window).exec()
