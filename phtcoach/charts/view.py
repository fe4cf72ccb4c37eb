"""The Progress view: charts and the tolerance table, or a panel that says what to log first.

A new user must never face blank axes: with nothing logged, a getting-started panel lists
the three things that make the charts mean something (3 mornings for a baseline, a
session for a 24-hour response, activities for the tolerance table), ticking each off as
it is done. Once anything is logged the charts appear, with a hint line above them until
the baseline exists and a session has been answered by a morning.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from phtcoach.charts.data import GettingStarted, ProgressModel
from phtcoach.charts.labels import kind_labels
from phtcoach.charts.progress_charts import ProgressCharts
from phtcoach.charts.theme import MIN_POINT_SIZE, chart_font
from phtcoach.charts.tolerance import ToleranceTable
from phtcoach.charts.tolerance_panel import TolerancePanel
from phtcoach.core.tolerance_model import ToleranceModel
from phtcoach.ui.design import READING_WIDTH, Space, TextStyle, set_text_style

DONE_MARK = "✓"
OPEN_MARK = "○"


class GettingStartedPanel(QFrame):
    """What to log first, with each step ticked off as it happens."""

    checkin_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progressEmptyState")
        self.setAccessibleName(self.tr("Getting started with Progress"))
        outer = QHBoxLayout(self)
        column = QWidget()
        column.setMaximumWidth(READING_WIDTH)
        outer.addStretch(1)
        outer.addWidget(column, 4)
        outer.addStretch(1)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(Space.XL, Space.XXL, Space.XL, Space.XL)
        layout.setSpacing(Space.L)
        self.title = QLabel(self.tr("Your progress will appear here"))
        set_text_style(self.title, TextStyle.TITLE)
        self.intro = QLabel(
            self.tr(
                "These charts show how your tendon answers the load you give it. They need a "
                "few things logged first:"
            )
        )
        self.intro.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        self.steps = [QLabel() for _ in range(3)]
        for n, label in enumerate(self.steps, start=1):
            label.setObjectName(f"progressStep{n}")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(label)
        self.outro = QLabel(self.tr("The charts appear as soon as you log your first entry."))
        self.outro.setWordWrap(True)
        layout.addWidget(self.outro)
        self.checkin_button = QPushButton(self.tr("Log this morning's check-in"))
        self.checkin_button.setAccessibleName(self.tr("Log this morning's check-in"))
        self.checkin_button.clicked.connect(self.checkin_requested)
        layout.addWidget(self.checkin_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.update_steps(GettingStarted(0, 3, 0, 0, False))

    def update_steps(self, gs: GettingStarted) -> None:
        texts = step_texts(self, gs)
        for label, (done, text) in zip(self.steps, texts, strict=True):
            label.setText(f"{DONE_MARK if done else OPEN_MARK}  {text}")
            label.setAccessibleName(
                (self.tr("Done: {0}") if done else self.tr("To do: {0}")).format(text)
            )


def step_texts(ctx: QWidget, gs: GettingStarted) -> list[tuple[bool, str]]:
    """The three getting-started steps as (done, sentence)."""
    missing = gs.mornings_missing
    if gs.has_baseline:
        morning = QCoreApplication.translate(
            "GettingStartedPanel", "Morning check-ins: your baseline is ready."
        )
    elif missing == 1:
        morning = QCoreApplication.translate(
            "GettingStartedPanel",
            "Log the morning test (pain 0-10) when you get up: 1 more morning gives your "
            "baseline, the band the next mornings are compared with.",
        )
    else:
        morning = QCoreApplication.translate(
            "GettingStartedPanel",
            "Log the morning test (pain 0-10) when you get up: {0} more mornings give your "
            "baseline, the band the next mornings are compared with.",
        ).format(missing)
    session = (
        QCoreApplication.translate(
            "GettingStartedPanel",
            "Sessions: the morning after each one shows how your tendon took it.",
        )
        if gs.sessions
        else QCoreApplication.translate(
            "GettingStartedPanel",
            "Do a session from Today: the next morning's check-in shows how your tendon took "
            "it (the 24-hour response).",
        )
    )
    activity = (
        QCoreApplication.translate(
            "GettingStartedPanel",
            "Activities: the tolerance table shows which ones were followed by a worse morning.",
        )
        if gs.activities
        else QCoreApplication.translate(
            "GettingStartedPanel",
            "Log walks, runs and rides in the Diary: the tolerance table then shows which ones "
            "your tendon tolerates.",
        )
    )
    return [(gs.has_baseline, morning), (gs.sessions > 0, session), (gs.activities > 0, activity)]


def hint_text(ctx: QWidget, gs: GettingStarted) -> str:
    """One line above the charts while they are still filling in; empty once they are whole."""
    parts: list[str] = []
    missing = gs.mornings_missing
    if missing == 1:
        parts.append(
            QCoreApplication.translate(
                "ProgressView", "1 more morning check-in and your baseline band appears."
            )
        )
    elif missing > 1:
        parts.append(
            QCoreApplication.translate(
                "ProgressView", "{0} more morning check-ins and your baseline band appears."
            ).format(missing)
        )
    if gs.sessions == 0:
        parts.append(
            QCoreApplication.translate(
                "ProgressView", "Do a session: its 24-hour response shows here the morning after."
            )
        )
    return " ".join(parts)


class ProgressView(QWidget):
    """Charts + tolerance table side by side, or the getting-started panel."""

    checkin_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progressView")
        if self.font().pointSizeF() < MIN_POINT_SIZE:  # PRODUCT.md: no text below 11 pt
            self.setFont(chart_font(self.font()))
        self.hint = QLabel()
        self.hint.setObjectName("progressHint")
        self.hint.setWordWrap(True)
        self.hint.setAccessibleName(self.tr("What to log next"))
        self.hint.hide()
        self.empty = GettingStartedPanel()
        self.empty.checkin_requested.connect(self.checkin_requested)
        self.charts = ProgressCharts(render=False)  # drawn by the first model with data
        self.table = ToleranceTable()

        self.tolerance = TolerancePanel(self.table)
        side = QWidget()
        side.setMinimumWidth(390)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(Space.S, 0, 0, 0)
        side_layout.addWidget(self.tolerance, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("progressSplitter")
        self.splitter.addWidget(self.charts)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([720, 400])

        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.splitter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(Space.S, Space.S, Space.S, Space.S)
        layout.addWidget(self.hint)
        layout.addWidget(self.stack, 1)
        self.set_model(ProgressModel.empty(), date.today())

    def set_model(
        self,
        model: ProgressModel,
        today: date,
        *,
        exercise_names: Mapping[str, str] | None = None,
        template_names: Mapping[str, str] | None = None,
        tolerance: ToleranceModel | None = None,
    ) -> None:
        """Show `model` (ranges end with `today`), or the panel when nothing is logged yet;
        `tolerance` fills the side panel (what tends to flare you)."""
        gs = model.getting_started
        self.empty.update_steps(gs)
        if not gs.has_any:
            self.hint.hide()
            self.stack.setCurrentWidget(self.empty)
            return
        # The charts shown first, then drawn: drawn hidden, they would lay out for a width
        # they do not have (legends wrapped twice, the plots painted twice).
        self.stack.setCurrentWidget(self.splitter)
        self.charts.set_model(
            model, today, exercise_names=exercise_names, template_names=template_names
        )
        self.table.set_rows(model.tolerance, exercise_names, kind_labels())
        self.tolerance.set_model(
            tolerance or ToleranceModel((), (), 0, 0.0),
            exercise_names or {},
            template_names or {},
            model.settings.acceptable_ceiling,
        )
        hint = hint_text(self, gs)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self.stack.setCurrentWidget(self.splitter)

    def showing_empty_state(self) -> bool:
        return self.stack.currentWidget() is self.empty
