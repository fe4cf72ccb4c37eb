"""The Settings page's Data section: how many backups to keep, and where the data lives.

"Open folder" asks the desktop to show the data folder. Where no file manager can be
started (`QDesktopServices.openUrl` returns False: a bare window manager, a sandbox) the
section says so visibly, with the path to copy and a "Copy path" button.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from phtcoach.ui.settings_sections import Section
from phtcoach.ui.widgets.feedback import MessageLabel

Opener = Callable[[QUrl], bool]


class DataSection(Section):
    def __init__(self, folder: Path | None, opener: Opener | None = None) -> None:
        super().__init__(self.tr("Data"))
        t = self.tr
        self._folder = folder
        self._open: Opener = opener or QDesktopServices.openUrl
        self.backups_keep = self.spin("backups_keep", t("&Keep the newest:"), 1, 100, t(" backups"))
        self.path = QLineEdit(str(folder) if folder is not None else "")
        self.path.setReadOnly(True)
        self.path.setMinimumWidth(self.path.fontMetrics().horizontalAdvance(self.path.text()) + 24)
        self.open_button = QPushButton(t("Open folder"))
        self.open_button.setAccessibleName(t("Open the data folder"))
        self.copy_button = QPushButton(t("Copy path"))
        self.copy_button.setAccessibleName(t("Copy the data folder's path"))
        box = QWidget()
        lay = QHBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.path, 1)
        lay.addWidget(self.open_button)
        lay.addWidget(self.copy_button)
        self._path_row(t("Data folder:"), box)
        self.message = MessageLabel()
        self.message.setAccessibleName(t("Data folder message"))
        self.form.addRow("", self.message)
        self.open_button.setEnabled(folder is not None)
        self.open_button.clicked.connect(self.open_folder)
        self.copy_button.clicked.connect(self.copy_path)

    def _path_row(self, label: str, box: QWidget) -> None:
        lab = QLabel(label)
        lab.setBuddy(self.path)
        self.path.setAccessibleName(label.replace("&", "").rstrip(":"))
        self.form.addRow(lab, box)

    def open_folder(self) -> bool:
        if self._folder is None:
            return False
        if self._open(QUrl.fromLocalFile(str(self._folder))):
            self.message.clear_message()
            return True
        self.message.show_error(
            self.tr(
                "No file manager could be started. The data folder is: %1 "
                "(Copy path puts it on the clipboard)."
            ).replace("%1", str(self._folder))
        )
        self.path.setFocus()
        self.path.selectAll()
        return False

    def copy_path(self) -> None:
        QGuiApplication.clipboard().setText(self.path.text())
        self.message.show_info(self.tr("Path copied."))
