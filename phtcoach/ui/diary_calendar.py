"""The Diary's past days: a calendar that marks logged days and the last 30 days in a table.

It exists apart from the Diary screen because it answers a different question: the screen
shows one day and edits its entries, this widget gives the overview that lets the user pick
a day. It reads the same app state as the screen (`services.diary.days(...)`) and says which
day was picked through its signals; the screen decides what to show.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPalette,
    QResizeEvent,
    QTextCharFormat,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QCalendarWidget,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from phtcoach.core.analysis import morning_series
from phtcoach.core.model import SessionStatus
from phtcoach.core.words import QT_TRANSLATE_NOOP, figure, plural
from phtcoach.ui.design import style_table
from phtcoach.ui.diary_legend import CalendarLegend
from phtcoach.ui.state import AppState
from phtcoach.ui.widgets.fmt import pydate, qdate, short_day
from phtcoach.ui.widgets.pain_zones import ZONE_FILL, zone_of
from phtcoach.ui.widgets.state_widget import StateWidget

RECENT_DAYS = 30
QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum"
DAY_ROLE = Qt.ItemDataRole.UserRole
DAY_TINT_ALPHA = 70
CALENDAR_MAX_W = 420  # px: wider, the day numbers drift apart
# The 30-day table's columns (translated where they are shown).
COLUMNS = (
    QT_TRANSLATE_NOOP("PastDays", "Day"),
    QT_TRANSLATE_NOOP("PastDays", "Morning"),
    QT_TRANSLATE_NOOP("PastDays", "Sessions"),
    QT_TRANSLATE_NOOP("PastDays", "Activity"),
)
FORWARD_KEYS = (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_End)


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
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(6)
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.box.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(self.box, 1)

        self.calendar = QCalendarWidget(self)
        self.calendar.setAccessibleName(self.tr("Calendar: days in bold have entries"))
        self.calendar.setAccessibleDescription(future_reason())
        self.calendar.setGridVisible(False)
        self.calendar.setHorizontalHeaderFormat(
            QCalendarWidget.HorizontalHeaderFormat.SingleLetterDayNames
        )
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        # As wide as the room allows up to a comfortable size, never below what it needs.
        self.calendar.setMinimumWidth(self.calendar.minimumSizeHint().width())
        self.calendar.setMaximumWidth(CALENDAR_MAX_W)
        self.calendar.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.calendar.clicked.connect(lambda q: self.day_picked.emit(pydate(q)))
        self.calendar.activated.connect(lambda q: self.day_picked.emit(pydate(q)))
        self.calendar.currentPageChanged.connect(lambda y, m: self.mark_month(y, m))
        self._cells = self.calendar.findChild(QTableView)
        if self._cells is not None:
            self._cells.viewport().installEventFilter(self)
            self._cells.installEventFilter(self)
        self.restyle_weekends()
        cal_col = QWidget(self)
        cal_lay = QVBoxLayout(cal_col)
        cal_lay.setContentsMargins(0, 0, 0, 0)
        cal_lay.setSpacing(4)
        cal_lay.addWidget(self.calendar)
        self.future_note = QLabel(cal_col)
        self.future_note.setObjectName("futureDayNote")
        self.future_note.setWordWrap(True)
        self.future_note.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.future_note.hide()
        cal_lay.addWidget(self.future_note)
        cal_lay.addStretch(1)
        self.box.addWidget(cal_col, 2)

        table = self.recent_list = QTableWidget(0, len(COLUMNS), self)
        table.setAccessibleName(self.tr("Last 30 days"))
        table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        style_table(table)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.itemActivated.connect(self._recent_activated)
        table.viewport().installEventFilter(self)
        self.box.addWidget(table, 3)
        # The key spans calendar and table: one row at 1920, wrapping between items at 1280.
        self.legend = CalendarLegend(DAY_TINT_ALPHA, self)
        self.legend.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        outer.addWidget(self.legend)
        # A live light/dark switch reaches each calendar's palette after the screen's: on the
        # calendar's own change, its weekends and greyed days take the new colours.
        self._palette_watch = PaletteWatch(self.restyle_weekends, self)
        for cal in self._calendars():
            cal.installEventFilter(self._palette_watch)

    # ------------------------------------------------------------------ API

    def side_by_side(self) -> bool:
        return self.box.direction() is QBoxLayout.Direction.LeftToRight

    def show_day(self, day: date, today: date) -> None:
        """Select `day` in the calendar (quietly: no `day_picked`); nothing after `today`."""
        self.calendar.blockSignals(True)
        self.calendar.setMaximumDate(qdate(today))
        self.calendar.setSelectedDate(qdate(day))
        self.calendar.blockSignals(False)
        self.future_note.hide()

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
            grey_future(cal, self._today(), last)
        self._marked = logged

    def marked_days(self) -> set[date]:
        """Days the calendar shows as logged (in and around the month shown)."""
        return set(self._marked)

    def recent_summary(self, row: int) -> str:
        """Row `row` of the last-30-days table as one sentence (what a screen reader says)."""
        item = self.recent_list.item(row, 0)
        return "" if item is None else str(item.data(Qt.ItemDataRole.AccessibleTextRole))

    def restyle_weekends(self) -> None:
        """Weekends in the current text colour, days to come in the disabled one (after a
        light/dark switch too)."""
        for cal in self._calendars():
            plain_weekend(cal)
            if hasattr(self, "future_note"):  # built: the greyed future days follow the theme too
                grey_future(cal, self._today(), self._today() + timedelta(days=42))

    def explain_future(self) -> None:
        """Say why a day after today cannot be opened (a click on it, or a step past today)."""
        self.future_note.setText("ⓘ " + future_reason())
        self.future_note.setAccessibleName(future_reason())
        self.future_note.show()

    # ------------------------------------------------------------------ events

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A future day refuses the click (Qt's range) but says why, instead of nothing;
        the table's columns share its width."""
        if watched is self.recent_list.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
            self._whole_rows()
        cells = self._cells
        if cells is None:
            return super().eventFilter(watched, event)
        if watched is cells.viewport() and isinstance(event, QMouseEvent):
            if event.type() == QEvent.Type.MouseButtonRelease:
                index = cells.indexAt(event.position().toPoint())
                if index.data(Qt.ItemDataRole.ToolTipRole) == future_reason():
                    self.explain_future()
        elif watched is cells and isinstance(event, QKeyEvent):
            at_end = self.calendar.selectedDate() >= self.calendar.maximumDate()
            if event.type() == QEvent.Type.KeyPress and at_end and event.key() in FORWARD_KEYS:
                self.explain_future()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.recent_list.setMaximumHeight(QWIDGETSIZE_MAX)  # room again; trimmed once laid out
        table = self.recent_list
        table_w = (
            sum(self._natural_widths())
            + table.verticalScrollBar().sizeHint().width()
            + 2 * table.frameWidth()
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
        self.recent_list.clearContents()
        self.recent_list.setRowCount(RECENT_DAYS)
        for i in range(RECENT_DAYS):
            d = today - timedelta(days=i)
            n = sessions.get(d, 0)
            cells = [
                short_day(d),
                f"{mornings[d]}/10" if d in mornings else "–",
                str(n) if n else "–",
                self.tr("{m} min").format(m=figure(minutes[d])) if minutes.get(d) else "–",
            ]
            parts: list[str] = []
            if d in mornings:
                parts.append(self.tr("morning {v}/10").format(v=mornings[d]))
            if n:
                parts.append(plural(self.tr("%n session(s)", "", n), n))
            if minutes.get(d):
                parts.append(self.tr("{m} min activity").format(m=figure(minutes[d])))
            summary = ", ".join(parts) if parts else self.tr("nothing logged")
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(DAY_ROLE, d.isoformat())
                item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{short_day(d)}: {summary}")
                item.setToolTip(f"{short_day(d)}: {summary}")
                if col:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if d == day:
                    f = item.font()
                    f.setBold(True)
                    item.setFont(f)
                self.recent_list.setItem(i, col, item)
        self._fit_columns()

    def _natural_widths(self) -> list[int]:
        """Each column as wide as its header or its widest cell (bold included)."""
        table, header = self.recent_list, self.recent_list.horizontalHeader()
        pad = 2 * table.fontMetrics().averageCharWidth()
        return [
            max(header.sectionSizeHint(c), table.sizeHintForColumn(c)) + pad
            for c in range(table.columnCount())
        ]

    def _fit_columns(self) -> None:
        """The columns fill the table's width: each its natural width, and the rest shared
        out evenly, so no empty band is left on the right."""
        widths = self._natural_widths()
        spare = max(0, self.recent_list.viewport().width() - sum(widths))
        header = self.recent_list.horizontalHeader()
        last = len(widths) - 1
        for c, w in enumerate(widths):
            share = spare // len(widths) if c < last else spare - last * (spare // len(widths))
            header.resizeSection(c, w + share)

    def _whole_rows(self) -> None:
        """End the table on a row boundary: a row cut in half reads as a layout fault (the
        scroll bar says there are more)."""
        table = self.recent_list
        row = table.verticalHeader().defaultSectionSize()
        inside = table.viewport().height()
        if row <= 0 or inside >= row * table.rowCount():
            return
        spare = inside % row
        if spare:
            table.setMaximumHeight(table.height() - spare)

    def _recent_activated(self, item: QTableWidgetItem) -> None:
        value = item.data(DAY_ROLE)
        if isinstance(value, str):
            self.day_opened.emit(date.fromisoformat(value))


class PaletteWatch(QObject):
    """Calls `changed` when a watched widget's palette has changed (and nothing else: it
    reads nothing of the widget, which may be half destroyed when its last events come)."""

    def __init__(self, changed: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._changed = changed

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.PaletteChange:
            self._changed()
        return super().eventFilter(watched, event)


def future_reason() -> str:
    return QCoreApplication.translate(
        "PastDays", "You cannot write about a day that has not come yet."
    )


def grey_future(cal: QCalendarWidget, today: date, last: date) -> None:
    """Days after `today` up to `last` in the disabled text colour, the reason as tooltip."""
    grey = cal.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    d = today + timedelta(days=1)
    while d <= last:
        fmt = QTextCharFormat()
        fmt.setForeground(QBrush(grey))
        fmt.setToolTip(future_reason())
        cal.setDateTextFormat(qdate(d), fmt)
        d += timedelta(days=1)


def plain_weekend(cal: QCalendarWidget) -> None:
    """Saturday and Sunday in the normal text colour: on this page red means a painful
    morning, and Qt's default red weekends would say so of every weekend."""
    fmt = QTextCharFormat()
    fmt.setForeground(QBrush(cal.palette().color(cal.palette().ColorRole.Text)))
    for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
        cal.setWeekdayTextFormat(day, fmt)
