"""The Diary's entry forms: the check-in, activity and other-measure forms, one tab each.

They live apart from the Diary screen because filling in an entry is a job of its own (three
forms, their tabs, and the width the eleven pain buttons need), while the screen shows the
day and deletes and undoes. The screen opens an entry here with `edit()`, moves the forms
to the day shown with `set_day()`, and makes every save undoable from `saved`.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from phtcoach.core.model import Activity, Measure, PainEntry
from phtcoach.ui.activity_form import ActivityForm
from phtcoach.ui.checkin import CheckInForm
from phtcoach.ui.measure_form import MeasureForm
from phtcoach.ui.state import AppState


class EntryForms(QScrollArea):
    """The three forms in tabs, scrolling vertically, never narrower than the pain buttons.

    Signal `saved(old, new)`: any form saved ((), new records) or an edit ((old,), new).
    """

    saved = Signal(object, object)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, not the frame
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("New entry"))
        self.tabs.tabBar().setAccessibleName(self.tr("Entry forms"))
        self.checkin = CheckInForm(state)
        self.activity_form = ActivityForm(state)
        self.measure_form = MeasureForm(state)
        for form, title in (
            (self.checkin, self.tr("&Check-in")),
            (self.activity_form, self.tr("Activit&y")),
            (self.measure_form, self.tr("Oth&er measures")),
        ):
            page = QWidget()
            lay = QVBoxLayout(page)
            lay.setContentsMargins(12, 12, 12, 12)
            lay.addWidget(form)
            lay.addStretch(1)
            self.tabs.addTab(page, title)
            form.saved.connect(self.saved)
        self.setWidget(self.tabs)
        # The eleven pain buttons must never be cut off: the splitter stops at this width.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        bar = self.verticalScrollBar().sizeHint().width()
        self.setMinimumWidth(self.tabs.minimumSizeHint().width() + bar + 4)

    def set_day(self, day: date) -> None:
        """New entries go to `day`; a form in the middle of an edit keeps its record's day."""
        for form in (self.checkin, self.activity_form, self.measure_form):
            if form.editing() is None:
                form.set_day(day)

    def edit(self, record: PainEntry | Activity | Measure) -> None:
        """Open `record` in its form's tab, the keyboard on its first field."""
        if isinstance(record, PainEntry):
            self.tabs.setCurrentIndex(0)
            self.checkin.edit(record)
            self.checkin.focus_first()
        elif isinstance(record, Activity):
            self.tabs.setCurrentIndex(1)
            self.activity_form.edit(record)
            self.activity_form.focus_first()
        else:
            self.tabs.setCurrentIndex(2)
            self.measure_form.edit(record)
            self.measure_form.focus_first()
