""" "Is this a red flag?": asked on Today about each note that names a red-flag symptom.

A note is often where people first write what worries them ("tingling down my leg after the
ride") without ticking a box. Until they answer, the advice stays at least amber and quotes
the note; "Yes" logs the red flag (the programme then waits for a clinician check), "No"
stops the question for that note.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from phtcoach.core.model import RedFlag
from phtcoach.core.red_flag_notes import NoteMention
from phtcoach.ui.design import Card, TextStyle, card_layout, set_text_style
from phtcoach.ui.text import red_flag_text
from phtcoach.ui.text.words import inline
from phtcoach.ui.widgets.fmt import day_text


class NoteQuestions(Card):
    """Signal `answered(NoteMention, bool)`: True for "yes, a red flag"."""

    answered = Signal(object, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("noteQuestions", parent, tone="amber")
        self.setAccessibleName(self.tr("Is this a red flag?"))
        self._box = QVBoxLayout(self)
        card_layout(self._box)
        self.title = QLabel(self.tr("Is this a red flag?"), self)
        set_text_style(self.title, TextStyle.HEADING)
        self._box.addWidget(self.title)
        self._rows: list[QWidget] = []
        self.yes_buttons: list[QPushButton] = []
        self.no_buttons: list[QPushButton] = []
        self.hide()

    def set_mentions(self, mentions: Sequence[NoteMention]) -> None:
        for row in self._rows:
            row.deleteLater()
        self._rows.clear()
        self.yes_buttons.clear()
        self.no_buttons.clear()
        for m in mentions:
            row = QWidget(self)
            col = QVBoxLayout(row)
            col.setContentsMargins(0, 4, 0, 4)
            flags = "; ".join(red_flag_text(f) for f in RedFlag if f in m.flags)
            quote = QLabel(
                self.tr("Your note of {day}: “{note}”. It can mean: {flags}.").format(
                    day=day_text(m.day), note=m.text, flags=inline(flags)
                ),
                row,
            )
            quote.setWordWrap(True)
            quote.setTextFormat(Qt.TextFormat.PlainText)
            col.addWidget(quote)
            buttons = QHBoxLayout()
            yes = QPushButton(self.tr("Yes, log it as a red flag"), row)
            no = QPushButton(self.tr("No, it is not"), row)
            for b, answer in ((yes, True), (no, False)):
                b.setAutoDefault(True)
                b.setAccessibleName(f"{b.text()}: {m.text}")
                b.clicked.connect(lambda _c=False, mm=m, a=answer: self.answered.emit(mm, a))
                buttons.addWidget(b)
            buttons.addStretch(1)
            col.addLayout(buttons)
            self._box.addWidget(row)
            self._rows.append(row)
            self.yes_buttons.append(yes)
            self.no_buttons.append(no)
        self.setVisible(bool(mentions))
