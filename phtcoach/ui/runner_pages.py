"""The runner's two pages, stacked: the session page (the floor view, with the rating panel
sliding in beside it, and the how-to panel before an exercise) and the summary after the
session.

The panels open beside the countdown, not under it, so the digits keep their third of the
height while the user rates the set or reads how to do the next exercise. Only the layout
lives here, apart from the runner so the session flow there does not open with the widget
building.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QWidget

from phtcoach.core.model import Settings
from phtcoach.ui.floor_view import FloorView
from phtcoach.ui.rating_panel import RatingPanel
from phtcoach.ui.runner_howto import HowToPanel
from phtcoach.ui.runner_summary import SummaryPage


class RunnerPages(QStackedWidget):
    """The session page (`floor` + `panel` + `how_to`) and the `summary`, one at a time."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session_page = QWidget(self)
        self.floor = FloorView(self.session_page)
        self.panel = RatingPanel(settings, self.session_page)
        self.how_to = HowToPanel(self.session_page)  # never open with the panel (runner_howto)
        page_box = QHBoxLayout(self.session_page)
        page_box.setContentsMargins(0, 0, 0, 0)
        page_box.setSpacing(0)
        page_box.addWidget(self.floor, 1)
        page_box.addWidget(self.panel)
        page_box.addWidget(self.how_to)
        self.summary = SummaryPage(self)
        self.addWidget(self.session_page)
        self.addWidget(self.summary)

    def on_summary(self) -> bool:
        return self.currentWidget() is self.summary

    def scale_to(self, height: int, width: int) -> None:
        """Text and the panel's width follow the runner's size, like the floor view's."""
        self.panel.scale_to(height, width)
        self.how_to.scale_to(height, width)
        self.summary.scale_to(height)
