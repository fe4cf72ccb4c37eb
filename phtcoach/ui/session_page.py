"""The Session page: the runner, with a short chooser in front of it while none is loaded.

Its own module because the page is a screen of its own (what today's session is, how long,
how to get it ready), while the main window only routes between pages and owns the menus.
The window fills the chooser (`show_chooser`) and wires its two buttons.

The chooser is one card of reading width, centred on the page: the session's name as its
heading, the length, what to expect, and the two buttons at their own width (a button the
width of a 1920 px window reads as a banner, not as something to press).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from phtcoach.ui.design import (
    READING_WIDTH,
    Card,
    Space,
    TextStyle,
    card_layout,
    page_layout,
    set_text_style,
)
from phtcoach.ui.runner import RunnerWidget


class SessionPage(QWidget):
    """The runner, with a short chooser in front of it while no session is loaded."""

    def __init__(self, runner: RunnerWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.setAccessibleName(self.tr("Session"))
        self.stack = QStackedWidget(self)
        self.chooser = QWidget()
        page = page_layout(QVBoxLayout(self.chooser))
        self.card = Card("sessionChooser", self.chooser)
        self.card.setMaximumWidth(READING_WIDTH)
        cv = card_layout(QVBoxLayout(self.card))
        self.kicker = QLabel(self.tr("Today's session"), self.card)
        set_text_style(self.kicker, TextStyle.CAPTION)
        self.chooser_label = QLabel(self.card)  # the session's name
        self.chooser_label.setObjectName("sessionName")
        self.chooser_label.setWordWrap(True)
        self.chooser_label.setTextFormat(Qt.TextFormat.PlainText)
        set_text_style(self.chooser_label, TextStyle.HEADING)
        self.length_label = QLabel(self.card)
        set_text_style(self.length_label, TextStyle.LEAD)
        self.explanation = QLabel(
            self.tr(
                "Put the laptop where you can hear it; the session talks you through every hold "
                "and rep. Keys: Space pause, arrows skip and go back, Esc ends."
            ),
            self.card,
        )
        self.explanation.setWordWrap(True)
        self.load_button = QPushButton(self.card)
        self.load_button.setDefault(True)
        self.load_button.setAccessibleName(self.tr("Get today's session ready"))
        self.other_button = QPushButton(
            self.tr("Choose another session on the Programme page"), self.card
        )
        self.other_button.setAccessibleName(self.tr("Choose another session"))
        buttons = QHBoxLayout()
        buttons.setSpacing(Space.S)
        buttons.addWidget(self.load_button)
        buttons.addWidget(self.other_button)
        buttons.addStretch(1)
        for w in (self.kicker, self.chooser_label, self.length_label, self.explanation):
            cv.addWidget(w)
        cv.addSpacing(Space.S)
        cv.addLayout(buttons)
        centred = QHBoxLayout()  # the card takes up to READING_WIDTH, the sides the rest
        centred.addStretch(1)
        centred.addWidget(self.card, 100)
        centred.addStretch(1)
        page.addStretch(1)
        page.addLayout(centred)
        page.addStretch(2)  # a little above the middle, where the eye lands
        self.stack.addWidget(self.chooser)
        self.stack.addWidget(runner)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.stack)

    def show_runner(self) -> None:
        self.stack.setCurrentWidget(self.runner)
        self.runner.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_chooser(self, template_name: str, length: str) -> None:
        self.chooser_label.setText(template_name)
        self.length_label.setText(length)
        self.card.setAccessibleName(
            self.tr("Today's session: %1 · %2").replace("%1", template_name).replace("%2", length)
        )
        self.load_button.setText(self.tr("Get it ready (Enter)"))
        self.stack.setCurrentWidget(self.chooser)
