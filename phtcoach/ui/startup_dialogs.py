"""The questions the start asks when the data dir cannot be opened as it is (`startup`).

No store is open while they are asked, so they get what they show from the error and from
`services.backups.list_backups_in`; the listing is the Backups dialog's own table
(`backups_dialog.backup_table`). Each question is a dialog run with exec(), reachable by a
test through `QApplication.activeModalWidget()`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from phtcoach import APP_NAME
from phtcoach.services.backups import BackupInfo, BackupService
from phtcoach.services.errors import (
    BackupSpaceError,
    DiskFullError,
    ForeignDatabaseError,
    NewerSchemaError,
    ReadOnlyError,
    StorageError,
)
from phtcoach.ui.backups_dialog import backup_table, fill_backup_table
from phtcoach.ui.design import TextStyle, set_text_style


def _tr(text: str) -> str:
    return QCoreApplication.translate("StartupDialogs", text)


def size_text(n: int) -> str:
    """'1.7 MB': decimal units, as disks are sold and file managers show free space."""
    return QLocale().formattedDataSize(n, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def open_folder_in_file_manager(folder: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class StartupDialogs:
    """`startup.StartupQuestions` as the window asks them."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        tz: tzinfo | None = None,
        open_folder: Callable[[Path], None] = open_folder_in_file_manager,
    ) -> None:
        self.parent = parent
        self.tz = tz
        self.open_folder = open_folder

    def start_without_backup(self, error: BackupSpaceError) -> bool:
        box = space_question(error, self.parent)
        box.exec()
        return box.clickedButton() is box.start_button

    def choose_backup(
        self, error: StorageError, backups: list[BackupInfo], folder: Path, failed: str
    ) -> Path | None:
        dialog = RestoreAtStartDialog(
            error, backups, folder, failed, tz=self.tz, open_folder=self.open_folder
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen

    def refused(self, error: StorageError, folder: Path) -> None:
        box = refusal_box(error, self.parent)
        while True:
            box.exec()
            if box.folder_button is None or box.clickedButton() is not box.folder_button:
                return
            self.open_folder(folder)  # and ask again: the user may want to read it once more


class StartupBox(QMessageBox):
    """A start-up message with its buttons named, for the code that reads the answer."""

    start_button: QPushButton | None = None
    folder_button: QPushButton | None = None
    quit_button: QPushButton | None = None


def space_question(error: BackupSpaceError, parent: QWidget | None = None) -> StartupBox:
    """Not enough free space for the start-up backup: start without it, or quit."""
    box = StartupBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(APP_NAME)
    box.setText(
        _tr("There is not enough free space for the start-up backup (needs %1, %2 free).")
        .replace("%1", size_text(error.needed or 0))
        .replace("%2", size_text(error.free))
    )
    box.setInformativeText(
        _tr(
            "PHT Coach backs up your data each time it starts. Free some space and start "
            "again, or start now without today's backup."
        )
    )
    start = box.addButton(_tr("&Start without the backup"), QMessageBox.ButtonRole.AcceptRole)
    quit_ = box.addButton(_tr("&Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(quit_)
    box.setEscapeButton(quit_)
    box.start_button, box.quit_button = start, quit_
    return box


def refusal_box(error: StorageError, parent: QWidget | None = None) -> StartupBox:
    """What is wrong with a data dir that restoring cannot help, and what to do."""
    box = StartupBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(APP_NAME)
    text, info = refusal_text(error)
    box.setText(text)
    box.setInformativeText(info)
    box.setDetailedText(str(error))
    folder = None
    if not isinstance(error, DiskFullError):
        folder = box.addButton(_tr("Open data &folder"), QMessageBox.ButtonRole.ActionRole)
    quit_ = box.addButton(_tr("&Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(quit_)
    box.setEscapeButton(quit_)
    box.folder_button, box.quit_button = folder, quit_
    return box


def refusal_text(error: StorageError) -> tuple[str, str]:
    """(what is wrong, what to do) in the user's language."""
    if isinstance(error, ForeignDatabaseError):
        return (
            _tr(
                "%1 is not a PHT Coach database: it belongs to another application. PHT Coach "
                "has not changed it and will not write over it."
            ).replace("%1", str(error.path)),
            _tr(
                "Move that file out of the data folder (PHT Coach then starts a new, empty "
                "diary there), or start PHT Coach with another data folder: "
                "phtcoach --data-dir FOLDER."
            ),
        )
    if isinstance(error, ReadOnlyError):
        return (
            _tr(
                "PHT Coach cannot save in %1: it is read-only, so no session or check-in "
                "could be kept."
            ).replace("%1", str(error.path)),
            _tr(
                "Give your user permission to write the data folder and the database file in "
                "it (on Linux or macOS: chmod u+w on both), or start PHT Coach with another "
                "data folder: phtcoach --data-dir FOLDER. Nothing was changed."
            ),
        )
    if isinstance(error, DiskFullError):
        return (
            _tr("The disk is full (%1 free), so PHT Coach cannot open your data.").replace(
                "%1", size_text(error.free)
            ),
            _tr("Free some space on the disk, then start PHT Coach again. Nothing was changed."),
        )
    return _tr("PHT Coach cannot open your data."), str(error)


def damaged_text(error: StorageError) -> str:
    if isinstance(error, NewerSchemaError):
        return (
            _tr(
                "Your data was saved by a newer version of PHT Coach (schema version %1; this "
                "version reads up to %2). Install the newer version to go on with it, or "
                "restore a backup this version can read. The file has not been changed."
            )
            .replace("%1", str(error.found))
            .replace("%2", str(error.supported))
        )
    return _tr(
        "Your PHT Coach data cannot be opened: the database file is damaged or unreadable. "
        "It has not been changed."
    )


class RestoreAtStartDialog(QDialog):
    """A damaged (or newer) database at start: the backups, Restore, Open data folder, Quit.
    `chosen` is the backup to restore once accepted."""

    def __init__(
        self,
        error: StorageError,
        backups: list[BackupInfo],
        folder: Path,
        failed: str = "",
        *,
        tz: tzinfo | None = None,
        open_folder: Callable[[Path], None] = open_folder_in_file_manager,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.backups = backups
        self.folder = folder
        self.chosen: Path | None = None
        self._open_folder = open_folder
        self.setWindowTitle(APP_NAME)
        self.setAccessibleName(self.tr("Your data cannot be opened"))
        self.resize(1000, 480)
        root = QVBoxLayout(self)

        self.problem = QLabel(damaged_text(error), self)
        self.problem.setWordWrap(True)
        set_text_style(self.problem, TextStyle.HEADING)
        root.addWidget(self.problem)
        # The file and SQLite's own words: for a helper or a bug report, so set apart as a
        # caption rather than a second headline saying the same.
        self.details = QLabel(str(error), self)
        self.details.setWordWrap(True)
        set_text_style(self.details, TextStyle.CAPTION)
        self.details.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        root.addWidget(self.details)
        self.failed = QLabel(self.tr("The restore did not work: %1").replace("%1", failed), self)
        self.failed.setWordWrap(True)
        self.failed.setVisible(bool(failed))
        root.addWidget(self.failed)

        if backups:
            advice = self.tr(
                "Restore a backup to go on. The file it replaces is kept as it is, as a "
                "backup of its own (\u201cBefore a restore\u201d), so nothing is lost."
            )
        else:
            advice = self.tr(
                "There is no backup in %1 to restore. Open the data folder to move the file "
                "away (PHT Coach then starts a new, empty diary), or quit."
            ).replace("%1", str(folder))
        self.advice = QLabel(advice, self)
        self.advice.setWordWrap(True)
        root.addWidget(self.advice)

        self.table = backup_table(self)
        fill_backup_table(self.table, backups, tz)
        self.table.setVisible(bool(backups))
        root.addWidget(self.table, 1)

        self.restore_button = QPushButton(self.tr("&Restore this backup"), self)
        self.restore_button.setAccessibleName(self.tr("Restore this backup"))
        self.restore_button.setEnabled(bool(backups))
        self.restore_button.clicked.connect(self.restore_selected)
        self.folder_button = QPushButton(self.tr("Open data &folder"), self)
        self.folder_button.setAccessibleName(self.tr("Open data folder"))
        self.folder_button.setAutoDefault(False)
        self.folder_button.clicked.connect(lambda: self._open_folder(self.folder))
        self.quit_button = QPushButton(self.tr("&Quit"), self)
        self.quit_button.setAccessibleName(self.tr("Quit"))
        self.quit_button.setAutoDefault(False)
        self.quit_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.folder_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.quit_button)
        root.addLayout(buttons)
        self.restore_button.setDefault(bool(backups))
        self.setTabOrder(self.table, self.restore_button)
        self.setTabOrder(self.restore_button, self.quit_button)
        self.setTabOrder(self.quit_button, self.folder_button)
        (self.table if backups else self.quit_button).setFocus(Qt.FocusReason.OtherFocusReason)

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def restore_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        self.chosen = info.path
        self.accept()


def report_skipped_backup(window: QMainWindow, backups: BackupService) -> None:
    """Say once, after a start without the start-up backup, that none was taken."""
    if not backups.skipped_at_start:
        return
    backups.skipped_at_start = False
    window.statusBar().showMessage(
        _tr(
            "Started without today's backup: the disk is nearly full. Free some space; "
            "File > Back up now makes one."
        )
    )
