"""The Session page: the runner, with a short chooser in front of it while none is loaded.

Its own module because the page is a screen of its own (what today's session is, how long,
how to get it ready), while the main window only routes between pages and owns the menus.
The window fills the chooser (`show_chooser`) and wires its two buttons.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from phtcoach.ui.runner import RunnerWidget


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
