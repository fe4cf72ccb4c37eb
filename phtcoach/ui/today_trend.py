"""The Today screen's look back: morning pain over the last 14 days, and this week's sessions.

It lives apart from the Today screen because it answers a different question: the screen
says what to do now, this panel says how the last two weeks went (the sparkline, its
caption with the latest morning and the baseline, and the sessions done since Monday).
It reads the same history the screen's plan was built from, so the two cannot disagree.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from phtcoach.core.analysis import baseline, morning_series, week_start
from phtcoach.core.model import SessionStatus
from phtcoach.core.progression import History
from phtcoach.core.words import figure
from phtcoach.ui.design import Card, Space, TextStyle, card_layout, set_text_style
from phtcoach.ui.sparkline import Sparkline
from phtcoach.ui.state import AppState
from phtcoach.ui.widgets.fmt import weekday_text
from phtcoach.ui.widgets.state_widget import StateWidget

SPARK_DAYS = 14


class TrendPanel(StateWidget):
    """The sparkline card and the week line under it; `show_history` fills both."""

    def __init__(self, state: AppState, *, parent: QWidget | None = None) -> None:
        super().__init__(state, parent=parent)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(Space.M)
        self.spark_card = Card("sparkCard", self)
        sc = card_layout(QVBoxLayout(self.spark_card))
        self.spark_title = QLabel(self.tr("Morning pain, last 14 days"), self.spark_card)
        set_text_style(self.spark_title, TextStyle.HEADING)
        sc.addWidget(self.spark_title)
        self.sparkline = Sparkline(self.spark_card)
        sc.addWidget(self.sparkline)
        self.spark_caption = QLabel(self.spark_card)
        self.spark_caption.setWordWrap(True)
        sc.addWidget(self.spark_caption)
        col.addWidget(self.spark_card)

        self.week_label = QLabel(self)
        self.week_label.setObjectName("weekLine")
        self.week_label.setWordWrap(True)
        col.addWidget(self.week_label)

    def show_history(self, today: date, history: History) -> None:
        self._show_sparkline(today, history)
        self._show_week(today, history)

    def _show_sparkline(self, today: date, history: History) -> None:
        series = morning_series(history.pain_entries)
        days = [today - timedelta(days=i) for i in range(SPARK_DAYS - 1, -1, -1)]
        points = [(d, None if d not in series else float(series[d])) for d in days]
        self.sparkline.set_points(points)
        logged = sum(1 for _, v in points if v is not None)
        if logged == 0:
            self.spark_caption.setText(
                self.tr("No mornings logged yet: your morning test will show here.")
            )
            return
        base = baseline({d: float(v) for d, v in series.items()}, today + timedelta(days=1))
        last_day, last_v = next((d, v) for d, v in reversed(points) if v is not None)
        parts = [
            self.tr("Latest {v}/10 ({day})").format(v=figure(last_v), day=weekday_text(last_day)),
            self.tr("{n} of {total} mornings logged").format(n=logged, total=SPARK_DAYS),
        ]
        if base is not None:
            parts.append(self.tr("baseline {b}/10").format(b=figure(base)))
        self.spark_caption.setText(" · ".join(parts))

    def _show_week(self, today: date, history: History) -> None:
        monday = week_start(today)
        done = [
            s
            for s in history.sessions
            if s.status is not SessionStatus.IN_PROGRESS
            and monday <= s.started_at.astimezone(self._tz).date() <= today
        ]
        if not done:
            self.week_label.setText(self.tr("This week: no sessions yet."))
            return
        days = sorted({s.started_at.astimezone(self._tz).date() for s in done})
        n = len(done)
        self.week_label.setText(
            (
                self.tr("This week: 1 session ({days})")
                if n == 1
                else self.tr("This week: {n} sessions ({days})")
            ).format(n=n, days=", ".join(weekday_text(d) for d in days))
        )
