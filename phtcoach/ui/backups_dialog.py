"""File > Restore backup...: the rolling backups in a table, and restoring one.

A backup is a whole copy of the diary for PHT Coach itself to restore; it is not an export
for another program or a clinician. A restore asked for here is done the next time the app
starts (the services keep the request), after a backup of the current data: nothing is
swapped under a running app.
"""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from phtcoach import APP_NAME
from phtcoach.services.backups import BackupInfo, BackupKind, BackupService
from phtcoach.services.errors import StorageError
from phtcoach.ui.design import style_table
from phtcoach.ui.state import AppState
from phtcoach.ui.widgets.feedback import MessageLabel
from phtcoach.ui.widgets.fmt import day_text, time_text


class BackupsDialog(QDialog):
    """Lists the backups; "Restore this backup" asks, then plans the restore for the next
    start. `quit_requested` tells the window the user chose to quit now to restore."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.quit_requested = False
        self._backups: list[BackupInfo] = []
        self.setWindowTitle(self.tr("Backups"))
        self.setAccessibleName(self.tr("Backups"))
        self.resize(1000, 440)  # "what it holds" is long: room for it at 1280 x 720
        root = QVBoxLayout(self)

        self.intro = intro = QLabel(
            self.tr(
                "PHT Coach keeps these copies of your whole diary in %1: one at every start, "
                "one before an upgrade, and one whenever you choose File > Back up now. A backup "
                "is for PHT Coach to restore; it is not an export for other programs."
            ).replace("%1", str(self.backups.folder)),
            self,
        )
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        root.addWidget(intro)

        self.table = backup_table(self)
        self.table.itemSelectionChanged.connect(self._sync_buttons)
        root.addWidget(self.table, 1)

        self.pending_label = QLabel(self)
        self.pending_label.setWordWrap(True)
        self.cancel_pending_button = QPushButton(self.tr("Cancel the &planned restore"), self)
        self.cancel_pending_button.setAccessibleName(self.tr("Cancel the planned restore"))
        self.cancel_pending_button.clicked.connect(self.cancel_pending)
        pending_row = QHBoxLayout()
        pending_row.addWidget(self.pending_label, 1)
        pending_row.addWidget(self.cancel_pending_button)
        root.addLayout(pending_row)
        self.message = MessageLabel(self)
        root.addWidget(self.message)

        self.back_up_button = QPushButton(self.tr("&Back up now"), self)
        self.back_up_button.setAccessibleName(self.tr("Back up now"))
        self.back_up_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("&Restore this backup..."), self)
        self.restore_button.setAccessibleName(self.tr("Restore this backup"))
        self.restore_button.setAutoDefault(False)
        self.restore_button.clicked.connect(self.restore_selected)
        self.close_button = QPushButton(self.tr("&Close"), self)
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_up_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.close_button)
        root.addLayout(buttons)
        self.close_button.setDefault(True)
        # From the table straight to what acts on the selected row.
        self.setTabOrder(self.table, self.restore_button)
        self.setTabOrder(self.restore_button, self.close_button)
        self.setTabOrder(self.close_button, self.back_up_button)
        self.setTabOrder(self.back_up_button, self.cancel_pending_button)

        self.refresh()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def backups(self) -> BackupService:
        return self.state.services.backups

    # ------------------------------------------------------------------ the list

    def refresh(self) -> None:
        try:
            self._backups = self.backups.list()
            pending = self.backups.pending()
        except StorageError as exc:
            self._backups, pending = [], None
            self.message.show_error(str(exc))
        fill_backup_table(self.table, self._backups, self.state.tz)
        if pending is None:
            self.pending_label.hide()
            self.cancel_pending_button.hide()
        else:
            self.pending_label.setText(
                self.tr(
                    "Planned: the backup of %1 replaces your data when PHT Coach next starts."
                ).replace("%1", self.when(pending))
            )
            self.pending_label.show()
            self.cancel_pending_button.show()
        self._sync_buttons()

    def row_texts(self, info: BackupInfo) -> list[str]:
        return backup_row_texts(info, self.state.tz)

    def when(self, info: BackupInfo) -> str:
        return backup_when(info, self.state.tz)

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self._backups[rows[0].row()]

    def _sync_buttons(self) -> None:
        info = self.selected()
        readable = info is not None and info.contents is not None
        # Demo data lives in a folder deleted on quit: a restore there could never happen.
        self.restore_button.setEnabled(readable and not self.state.demo)

    # ------------------------------------------------------------------ actions

    def back_up_now(self) -> None:
        try:
            info = self.state.perform(self.backups.back_up_now)
        except StorageError as exc:
            self.message.show_error(str(exc))
            return
        self.refresh()
        self.message.show_info(self.tr("Backed up: %1").replace("%1", info.path.name))

    def restore_selected(self) -> None:
        info = self.selected()
        if info is None or not self.restore_button.isEnabled():
            return
        box = self.confirm_box(info)
        box.exec()
        choice = box.clickedButton()
        if choice not in (self._quit_choice, self._later_choice):
            return
        try:
            self.state.perform(self.backups.request_restore, info.path)
        except StorageError as exc:
            self.message.show_error(str(exc))
            return
        self.refresh()
        if choice is self._quit_choice:
            self.quit_requested = True
            self.accept()
            return
        self.message.show_info(
            self.tr("The backup of %1 will be restored when PHT Coach next starts.").replace(
                "%1", self.when(info)
            )
        )

    def confirm_box(self, info: BackupInfo) -> QMessageBox:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Restore backup"))
        box.setText(
            self.tr(
                "Your current data will be replaced by the backup of %1; a backup of the "
                "current data is taken first."
            ).replace("%1", self.when(info))
        )
        box.setInformativeText(
            self.tr(
                "PHT Coach restores a backup as it starts, so nothing changes under it while it "
                "runs: quit now and open it again, or restore at the next start."
            )
        )
        self._quit_choice = box.addButton(
            self.tr("Restore and &quit now"), QMessageBox.ButtonRole.AcceptRole
        )
        self._later_choice = box.addButton(
            self.tr("Restore at next &start"), QMessageBox.ButtonRole.ApplyRole
        )
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        return box

    def cancel_pending(self) -> None:
        try:
            self.state.perform(self.backups.cancel_restore)
        except StorageError as exc:
            self.message.show_error(str(exc))
            return
        self.refresh()
        self.message.show_info(self.tr("The planned restore was cancelled."))


# ---------------------------------------------------------------- the listing, shared
# with the start-up's "Restore a backup" (ui/startup_dialogs.py), where no store is open.


def backup_table(parent: QWidget) -> QTableWidget:
    """An empty table of backups: one row each, selected whole, read-only."""
    table = QTableWidget(0, 4, parent)
    table.setAccessibleName(QCoreApplication.translate("BackupsDialog", "Backups, newest first"))
    table.setHorizontalHeaderLabels(
        [
            QCoreApplication.translate("BackupsDialog", "Taken"),
            QCoreApplication.translate("BackupsDialog", "Size"),
            QCoreApplication.translate("BackupsDialog", "Why"),
            QCoreApplication.translate("BackupsDialog", "What it holds"),
        ]
    )
    style_table(table)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
    header = table.horizontalHeader()
    for col in range(3):
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
    return table


def fill_backup_table(table: QTableWidget, backups: list[BackupInfo], tz: tzinfo | None) -> None:
    """One row per backup (date, size, why, what it holds), the newest selected."""
    table.setRowCount(len(backups))
    for row, info in enumerate(backups):
        for col, text in enumerate(backup_row_texts(info, tz)):
            item = QTableWidgetItem(text)
            item.setToolTip(str(info.path) if col == 0 else text)
            table.setItem(row, col, item)
    if backups:
        table.selectRow(0)


def backup_row_texts(info: BackupInfo, tz: tzinfo | None) -> list[str]:
    return [
        backup_when(info, tz),
        size_text(info.size_bytes),
        backup_kind_text(info),
        backup_holds_text(info),
    ]


def size_text(n: int) -> str:
    """'197 kB', '1.7 MB': decimal units as everywhere else in the app (and as disks are
    sold), whole kilobytes, one decimal from a megabyte on."""
    places = 1 if n >= 1_000_000 else 0
    return QLocale().formattedDataSize(n, places, QLocale.DataSizeFormat.DataSizeSIFormat)


def backup_when(info: BackupInfo, tz: tzinfo | None) -> str:
    return f"{day_text(info.taken_at.date())} {time_text(info.taken_at, tz)}"


def backup_kind_text(info: BackupInfo) -> str:
    return {
        BackupKind.AUTO: QCoreApplication.translate("BackupsDialog", "Automatic, at start"),
        BackupKind.MANUAL: QCoreApplication.translate("BackupsDialog", "Made by you"),
        BackupKind.PRE_MIGRATION: QCoreApplication.translate("BackupsDialog", "Before an upgrade"),
        BackupKind.PRE_RESTORE: QCoreApplication.translate("BackupsDialog", "Before a restore"),
    }.get(info.kind, info.reason)


def backup_holds_text(info: BackupInfo) -> str:
    c = info.contents
    if c is None:
        return QCoreApplication.translate("BackupsDialog", "Cannot be read: %1").replace(
            "%1", info.problem
        )
    parts = [
        (
            c.sessions,
            QCoreApplication.translate("BackupsDialog", "session"),
            QCoreApplication.translate("BackupsDialog", "sessions"),
        ),
        (
            c.sets,
            QCoreApplication.translate("BackupsDialog", "set"),
            QCoreApplication.translate("BackupsDialog", "sets"),
        ),
        (
            c.pain_entries,
            QCoreApplication.translate("BackupsDialog", "check-in"),
            QCoreApplication.translate("BackupsDialog", "check-ins"),
        ),
        (
            c.activities,
            QCoreApplication.translate("BackupsDialog", "activity"),
            QCoreApplication.translate("BackupsDialog", "activities"),
        ),
        (
            c.measures,
            QCoreApplication.translate("BackupsDialog", "measure"),
            QCoreApplication.translate("BackupsDialog", "measures"),
        ),
    ]
    return ", ".join(f"{n} {one if n == 1 else many}" for n, one, many in parts)


def report_startup_restore(
    window: QMainWindow, backups: BackupService, tz: tzinfo | None = None
) -> None:
    """Say once, after a start that restored a backup, what happened and where the data it
    replaced is kept (by the backup's date, as the Backups dialog lists it: a path would not
    fit the status bar)."""
    outcome = backups.restored_at_start
    if outcome is None:
        return
    backups.restored_at_start = None
    if outcome.error:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            APP_NAME,
            QCoreApplication.translate(
                "BackupsDialog", "The backup was not restored; your data was not changed. %1"
            ).replace("%1", outcome.error),
            QMessageBox.StandardButton.Ok,
            window,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return
    taken = outcome.taken_at
    when = (
        outcome.backup.name
        if taken is None
        else f"{day_text(taken.astimezone(tz).date())} {time_text(taken, tz)}"
    )
    window.statusBar().showMessage(
        QCoreApplication.translate(
            "BackupsDialog",
            "Restored the backup of %1. The data it replaced is kept as a backup of its own "
            "(\u201cBefore a restore\u201d under File > Restore backup...).",
        ).replace("%1", when),
        20000,
    )
