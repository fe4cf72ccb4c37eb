"""The bottom row every diary form shares: its message line, Cancel edit and Save."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from phtcoach.ui.widgets.feedback import MessageLabel


class FormFooter(QWidget):
    """Save is auto-default so Enter on it saves; Cancel shows only while editing."""

    def __init__(self, save_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._new_text = save_text
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 4, 0, 0)
        self.message = MessageLabel(self)
        row.addWidget(self.message, 1)
        self.cancel_button = QPushButton(self.tr("Cancel edit"), self)
        self.cancel_button.setAutoDefault(True)
        self.cancel_button.setToolTip(self.tr("Esc"))
        self.cancel_button.hide()
        row.addWidget(self.cancel_button)
        self.save_button = QPushButton(save_text, self)
        self.save_button.setAutoDefault(True)
        self.save_button.setToolTip(self.tr("Enter or Ctrl+Enter"))
        row.addWidget(self.save_button)

    def set_editing(self, editing: bool) -> None:
        self.cancel_button.setVisible(editing)
        self.save_button.setText(self.tr("&Save changes") if editing else self._new_text)
