"""What Today shows instead of Start while a red flag holds the programme.

PROTOCOL.md rule 6: a red flag means stop and see a clinician. The Start button is gone (so
Enter cannot start a session past it), the flags are named, and the only way on is an
explicit "I have been checked by a clinician", confirmed, dated and logged.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from phtcoach.ui.design import Card, TextStyle, card_layout, set_text_style
from phtcoach.ui.text.words import inline


class ClinicianHold(Card):
    """Signal `checked()` once the user has confirmed a clinician has seen them."""

    checked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("clinicianHold", parent, tone="red")
        self.setAccessibleName(self.tr("See a clinician first"))
        lay = QVBoxLayout(self)
        card_layout(lay)
        self.title = QLabel(self.tr("See a clinician first"), self)
        set_text_style(self.title, TextStyle.HEADING)
        lay.addWidget(self.title)
        self.body = QLabel(self)
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        lay.addWidget(self.body)
        self.button = QPushButton(self.tr("I have been &checked by a clinician…"), self)
        self.button.setAccessibleName(self.tr("I have been checked by a clinician"))
        self.button.setAutoDefault(True)
        self.button.clicked.connect(self.confirm)
        lay.addWidget(self.button)
        self.hide()

    def set_flags(self, flags: Sequence[str]) -> None:
        listed = "; ".join(inline(f) for f in flags) if flags else self.tr("a red flag")
        self.body.setText(
            self.tr(
                "You logged {flags}. Training is on hold until a clinician has checked you: "
                "these symptoms can mean something other than a tendon problem."
            ).format(flags=listed)
        )
        self.setAccessibleDescription(self.body.text())

    def focus_button(self) -> None:
        self.button.setFocus(Qt.FocusReason.OtherFocusReason)

    def confirm(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Checked by a clinician"),
            self.tr(
                "Has a clinician (doctor or physiotherapist) checked these symptoms and "
                "cleared you to keep training? The date is logged."
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.checked.emit()
