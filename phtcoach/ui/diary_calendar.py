"""The Diary's past days: a calendar that marks logged days and the last 30 days in a table.

It exists apart from the Diary screen because it answers a different question: the screen
shows one day and edits its entries, this widget gives the overview that lets the user pick
a day. It reads the same app state as the screen (`services.diary.days(...)`) and says which
day was picked through its signals; the screen decides what to show.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QResizeEvent, QTextCharFormat
from PySide6.QtWidgets import (
    QBoxLayout,
    QCalendarWidget,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from phtcoach.core.analysis import morning_series
from phtcoach.core.model import SessionStatus
from phtcoach.ui.state import AppState
from phtcoach.ui.widgets.fmt import pydate, qdate, short_day
from phtcoach.ui.widgets.pain_scale import AMBER_MAX, GREEN_MAX, ZONE_FILL, Zone, zone_of
from phtcoach.ui.widgets.state_widget import StateWidget

RECENT_DAYS = 30
DAY_ROLE = Qt.ItemDataRole.UserRole
DAY_TINT_ALPHA = 70


class PastDays(StateWidget):
    """Calendar beside the 30-day table when there is room, above it when there is not
    (1280 px wide with the forms open): a cut-off table column would hide the numbers.

    Signals: `day_picked(date)` from the calendar, `day_opened(date)` from a table row (the
    screen then moves on to that day's entries). `mirror` is another calendar (the date
    field's pop-up) that gets the same marks.
    """

    day_picked = Signal(object)  # date
    day_opened = Signal(object)  # date

    def __init__(
        self,
        state: AppState,
        *,
        mirror: QCalendarWidget | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(state, parent=parent)
        self._mirror = mirror
        self._marked: set[date] = set()
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)

        self.calendar = QCalendarWidget(self)
        self.calendar.setAccessibleName(self.tr("Calendar: days in bold have entries"))
        self.calendar.setGridVisible(False)
        self.calendar.setHorizontalHeaderFormat(
            QCalendarWidget.HorizontalHeaderFormat.SingleLetterDayNames
        )
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setMaximumWidth(340)
        self.calendar.setMinimumWidth(230)
        self.calendar.clicked.connect(lambda q: self.day_picked.emit(pydate(q)))
        self.calendar.activated.connect(lambda q: self.day_picked.emit(pydate(q)))
        self.calendar.currentPageChanged.connect(lambda y, m: self.mark_month(y, m))
        self.restyle_weekends()
        cal_col = QWidget(self)
        cal_lay = QVBoxLayout(cal_col)
        cal_lay.setContentsMargins(0, 0, 0, 0)
        cal_lay.setSpacing(4)
        cal_lay.addWidget(self.calendar)
        self.legend = QLabel(cal_col)
        self.legend.setObjectName("calendarLegend")
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setText(self._legend_html())
        self.legend.setAccessibleName(self.tr("Calendar legend"))
        self.legend.setMaximumWidth(340)
        cal_lay.addWidget(self.legend)
        cal_lay.addStretch(1)
        self.box.addWidget(cal_col, 0, Qt.AlignmentFlag.AlignTop)

        self.recent_list = QTreeWidget(self)
        self.recent_list.setAccessibleName(self.tr("Last 30 days"))
        self.recent_list.setRootIsDecorated(False)
        self.recent_list.setUniformRowHeights(True)
        self.recent_list.setAlternatingRowColors(True)
        self.recent_list.setHeaderLabels(
            [self.tr("Day"), self.tr("Morning"), self.tr("Sessions"), self.tr("Activity")]
        )
        header = self.recent_list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.recent_list.itemActivated.connect(self._recent_activated)
        self.box.addWidget(self.recent_list, 1)

    # ------------------------------------------------------------------ API

    def side_by_side(self) -> bool:
        return self.box.direction() is QBoxLayout.Direction.LeftToRight

    def show_day(self, day: date, today: date) -> None:
        """Select `day` in the calendar (quietly: no `day_picked`); nothing after `today`."""
        self.calendar.blockSignals(True)
        self.calendar.setMaximumDate(qdate(today))
        self.calendar.setSelectedDate(qdate(day))
        self.calendar.blockSignals(False)

    def reload(self, day: date, today: date) -> None:
        """The calendar marks of the month shown and the 30 days up to `today` (`day` bold).
        Raises StorageError for the caller to show."""
        self.mark_month(self.calendar.yearShown(), self.calendar.monthShown())
        self._load_recent(day, today)

    def mark_month(self, year: int, month: int) -> None:
        """Bold the days with entries; tint them by the morning test's traffic light."""
        first = date(year, month, 1) - timedelta(days=7)
        last = (date(year, month, 28) + timedelta(days=14)).replace(day=1) + timedelta(days=6)
        records = self._services.diary.days(first, last, with_sets=False)
        pains = records.pain_entries
        logged: set[date] = {e.local_date for e in pains}
        logged |= {a.local_date for a in records.activities}
        logged |= {m.local_date for m in records.measures}
        logged |= {s.started_at.astimezone(self._tz).date() for s, _ in records.sessions}
        mornings = morning_series(pains)
        for cal in self._calendars():
            cal.setDateTextFormat(QDate(), QTextCharFormat())
            for d in logged:
                fmt = QTextCharFormat()
                fmt.setFontWeight(QFont.Weight.Bold)
                fmt.setFontUnderline(True)
                if d in mornings:
                    c = QColor(ZONE_FILL[zone_of(mornings[d])][0])
                    c.setAlpha(DAY_TINT_ALPHA)
                    fmt.setBackground(c)
                cal.setDateTextFormat(qdate(d), fmt)
        self._marked = logged

    def marked_days(self) -> set[date]:
        """Days the calendar shows as logged (in and around the month shown)."""
        return set(self._marked)

    def recent_summary(self, row: int) -> str:
        """Row `row` of the last-30-days table as one sentence (what a screen reader says)."""
        item = self.recent_list.topLevelItem(row)
        return "" if item is None else str(item.data(0, Qt.ItemDataRole.AccessibleTextRole))

    def restyle_weekends(self) -> None:
        """Weekends in the current text colour (after a light/dark switch too)."""
        for cal in self._calendars():
            plain_weekend(cal)

    # ------------------------------------------------------------------ events

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        header = self.recent_list.header()
        table_w = (
            sum(header.sectionSize(i) for i in range(header.count()))
            + self.recent_list.verticalScrollBar().sizeHint().width()
            + 2 * self.recent_list.frameWidth()
        )
        need = self.calendar.minimumSizeHint().width() + self.box.spacing() + table_w
        wanted = (
            QBoxLayout.Direction.LeftToRight
            if event.size().width() >= need
            else QBoxLayout.Direction.TopToBottom
        )
        if self.box.direction() is not wanted:
            self.box.setDirection(wanted)

    # ------------------------------------------------------------------ internals

    def _calendars(self) -> tuple[QCalendarWidget, ...]:
        return (self.calendar,) if self._mirror is None else (self.calendar, self._mirror)

    def _load_recent(self, day: date, today: date) -> None:
        first = today - timedelta(days=RECENT_DAYS - 1)
        records = self._services.diary.days(first, today, with_sets=False)
        mornings = morning_series(records.pain_entries)
        minutes: dict[date, float] = defaultdict(float)
        for a in records.activities:
            minutes[a.local_date] += a.minutes
        sessions: dict[date, int] = defaultdict(int)
        for s, _ in records.sessions:
            if s.status is not SessionStatus.IN_PROGRESS:
                sessions[s.started_at.astimezone(self._tz).date()] += 1
        self.recent_list.clear()
        for i in range(RECENT_DAYS):
            d = today - timedelta(days=i)
            n = sessions.get(d, 0)
            cells = [
                short_day(d),
                f"{mornings[d]}/10" if d in mornings else "–",
                str(n) if n else "–",
                self.tr("{m:g} min").format(m=minutes[d]) if minutes.get(d) else "–",
            ]
            parts: list[str] = []
            if d in mornings:
                parts.append(self.tr("morning {v}/10").format(v=mornings[d]))
            if n:
                parts.append(
                    self.tr("1 session") if n == 1 else self.tr("{n} sessions").format(n=n)
                )
            if minutes.get(d):
                parts.append(self.tr("{m:g} min activity").format(m=minutes[d]))
            summary = ", ".join(parts) if parts else self.tr("nothing logged")
            item = QTreeWidgetItem(cells)
            item.setData(0, DAY_ROLE, d.isoformat())
            item.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{short_day(d)}: {summary}")
            item.setToolTip(0, f"{short_day(d)}: {summary}")
            for col in (1, 2, 3):
                item.setTextAlignment(col, Qt.AlignmentFlag.AlignCenter)
            if d == day:
                for col in range(4):
                    f = item.font(col)
                    f.setBold(True)
                    item.setFont(col, f)
            self.recent_list.addTopLevelItem(item)

    def _recent_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        value = item.data(0, DAY_ROLE)
        if isinstance(value, str):
            self.day_opened.emit(date.fromisoformat(value))

    def _legend_html(self) -> str:
        """What the calendar marks mean; the tints are the pain scale's traffic light."""

        def swatch(zone: Zone) -> str:
            c = QColor(ZONE_FILL[zone][0])
            c.setAlpha(DAY_TINT_ALPHA)
            rgba = f"rgba({c.red()},{c.green()},{c.blue()},{c.alpha()})"
            return f'<span style="background-color:{rgba}">&nbsp;&nbsp;&nbsp;&nbsp;</span>'

        rows = [
            self.tr("<b><u>Bold, underlined</u></b>: something logged"),
            self.tr("Tint: morning test {sw_g} 0-{g} {sw_a} {g1}-{a} {sw_r} {a1}-10").format(
                sw_g=swatch(Zone.GREEN),
                sw_a=swatch(Zone.AMBER),
                sw_r=swatch(Zone.RED),
                g=GREEN_MAX,
                g1=GREEN_MAX + 1,
                a=AMBER_MAX,
                a1=AMBER_MAX + 1,
            ),
        ]
        return "<br>".join(rows)


def plain_weekend(cal: QCalendarWidget) -> None:
    """Saturday and Sunday in the normal text colour: on this page red means a painful
    morning, and Qt's default red weekends would say so of every weekend."""
    fmt = QTextCharFormat()
    fmt.setForeground(QBrush(cal.palette().color(cal.palette().ColorRole.Text)))
    for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
        cal.setWeekdayTextFormat(day, fmt)
