"""What the Today screen shows a newcomer once: the first-run lesson in the advice card
until there is advice, and the question which side hurts.

The lesson is content rather than behaviour: a title and the sentences a newcomer reads
once (what to log, the 24-hour rule, the red flags, and that this is not a diagnosis), kept
out of the screen's logic so they can be reworded without touching it. Both keep the Today
screen's translation context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from phtcoach.core.model import RedFlag, Side
from phtcoach.ui.text import red_flag_text
from phtcoach.ui.text.words import inline


def _tr(text: str) -> str:
    return QCoreApplication.translate("TodayScreen", text)


def getting_started(morning_test: str) -> tuple[str, list[str]]:
    """The card's title and lines; `morning_test` names the user's test, in lower case."""
    return _tr("Getting started"), [
        _tr("Log your first morning check-in: 3 mornings give a baseline."),
        _tr(
            "Every morning, before training, do your morning test ({test}) and rate "
            "it 0-10 in the card on the right."
        ).format(test=morning_test),
        _tr(
            "Then start today's session and rate pain during each set. The next "
            "morning tells whether the load was OK: that is the 24-hour rule."
        ),
        _tr("Log runs, rides and long sitting in the Diary: they load the tendon too."),
        _tr(
            "After a few mornings this card turns green, amber or red and tells "
            "you to step up, hold or ease off, with the numbers behind it."
        ),
        _tr("Stop and see a clinician if you notice a red flag: {flags}.").format(
            flags="; ".join(inline(red_flag_text(f)) for f in RedFlag)
        ),
        _tr("PHT Coach gives education and structure, not a diagnosis."),
    ]


class SideQuestion(QFrame):
    """First run: "Which side hurts?" with Left (L) and Right (R); `chosen(Side)`. The Today
    screen shows it until a side is saved and handles the L and R keys itself."""

    chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        translate = QCoreApplication.translate
        self.setObjectName("sideCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(self)
        self.question = QLabel(translate("TodayScreen", "Which side hurts?"), self)
        font = QFont(self.font())
        font.setBold(True)
        self.question.setFont(font)
        row.addWidget(self.question)
        self.buttons: dict[Side, QPushButton] = {}
        for side, text in (
            (Side.LEFT, translate("TodayScreen", "&Left (L)")),
            (Side.RIGHT, translate("TodayScreen", "&Right (R)")),
        ):
            b = QPushButton(text, self)
            b.setAutoDefault(False)
            b.setAccessibleName(
                translate("TodayScreen", "Affected side: {side}").format(side=text.replace("&", ""))
            )
            b.clicked.connect(lambda _c=False, sd=side: self.chosen.emit(sd))
            row.addWidget(b)
            self.buttons[side] = b
        row.addStretch(1)
