"""The Diary screen: one day at a time, every entry of it, and the forms to add more.

Layout: a date navigator on top; on the left the day's entries (check-ins, activities,
measures and the sessions the runner logged) with edit / delete / undo, and below them
the past days (a calendar that marks logged days, and the last 30 days in a list); on the
right the check-in, activity and measure forms. Everything works from the keyboard:
Alt+Left / Alt+Right or PageUp / PageDown change the day, Alt+Home goes to today, Enter
edits the selected entry, Delete deletes it and Ctrl+Z brings it back under its old id.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from enum import StrEnum

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QFont,
    QKeySequence,
    QResizeEvent,
    QShortcut,
    QShowEvent,
    QTextCharFormat,
)
from PySide6.QtWidgets import (
    QBoxLayout,
    QCalendarWidget,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from phtcoach.core.analysis import local_midnight, morning_series
from phtcoach.core.errors import ValidationError
from phtcoach.core.model import (
    KG_PER_LB,
    Activity,
    Measure,
    PainEntry,
    SessionRecord,
    SessionStatus,
    SetRecord,
    Units,
)
from phtcoach.core.programme import Programme
from phtcoach.storage.db import StorageError
from phtcoach.storage.repository import DiaryRepository
from phtcoach.ui.activity_form import (
    ActivityForm,
    distance_text,
    flag_name,
    intensity_name,
    kind_name,
)
from phtcoach.ui.checkin import CheckInForm, slot_name
from phtcoach.ui.measure_form import MeasureForm, measure_name
from phtcoach.ui.undo import DiaryUndo, UndoBar
from phtcoach.ui.widgets.feedback import MessageLabel
from phtcoach.ui.widgets.fmt import day_text, pydate, qdate, short_day, time_text
from phtcoach.ui.widgets.pain_scale import AMBER_MAX, GREEN_MAX, ZONE_FILL, Zone, zone_of
from phtcoach.ui.widgets.store_widget import StoreScreen

RECENT_DAYS = 30
DAY_ROLE = Qt.ItemDataRole.UserRole
SESSION_MARK = "▶"  # session rows: shown like the others, told apart by this mark
DAY_TINT_ALPHA = 70


class EntryKind(StrEnum):
    PAIN = "pain"
    ACTIVITY = "activity"
    MEASURE = "measure"
    SESSION = "session"


@dataclass(frozen=True, slots=True)
class DayEntry:
    """One row of the day list; sessions are shown but edited only by the runner."""

    kind: EntryKind
    at: datetime
    record: PainEntry | Activity | Measure | SessionRecord
    text: str

    @property
    def editable(self) -> bool:
        return self.kind is not EntryKind.SESSION


class PastDays(QWidget):
    """Calendar beside the 30-day table when there is room, above it when there is not
    (1280 px wide with the forms open): a cut-off table column would hide the numbers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.table: QTreeWidget | None = None
        self.calendar: QCalendarWidget | None = None

    def side_by_side(self) -> bool:
        return self.box.direction() is QBoxLayout.Direction.LeftToRight

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.table is None or self.calendar is None:
            return
        header = self.table.header()
        table_w = (
            sum(header.sectionSize(i) for i in range(header.count()))
            + self.table.verticalScrollBar().sizeHint().width()
            + 2 * self.table.frameWidth()
        )
        need = self.calendar.minimumSizeHint().width() + self.box.spacing() + table_w
        wanted = (
            QBoxLayout.Direction.LeftToRight
            if event.size().width() >= need
            else QBoxLayout.Direction.TopToBottom
        )
        if self.box.direction() is not wanted:
            self.box.setDirection(wanted)


class DiaryScreen(StoreScreen):
    """Signals `data_changed()` after any save, delete, undo or redo (Today recomputes)."""

    data_changed = Signal()
    day_changed = Signal(object)  # date

    def _build(self) -> None:
        self._day = self._today()
        self._entries: list[DayEntry] = []
        self.setObjectName("diaryScreen")
        self.setAccessibleName(self.tr("Diary"))

        root = QVBoxLayout(self)
        root.setContentsMargins(16, 12, 16, 12)
        root.addLayout(self._build_navigator())

        split = self._split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setChildrenCollapsible(False)
        split.addWidget(self._build_day_pane())
        split.addWidget(self._build_forms())
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 6)
        root.addWidget(split, 1)

        self._install_shortcuts()
        self.setFocusProxy(self.entry_list)
        self._sized = False
        self._day_was_today = True  # a diary left open overnight follows the new day
        self.set_day(self._day, force=True)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:
            # The forms need ~500 px for the eleven buttons, the day list and the calendar with
            # its table the rest. The user's own splitter drag then wins.
            self._sized = True
            total = self._split.width()
            right = max(self._forms_scroll.minimumWidth(), total * 45 // 100)
            self._split.setSizes([total - right, right])
        if self._day != self._today() and self._day_was_today:
            self.go_today()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "calendar"):
            # A light/dark switch: weekends follow the new text colour, not the old one.
            plain_weekend(self.calendar)
            plain_weekend(self.date_edit.calendarWidget())

    # ------------------------------------------------------------------ building

    def _build_navigator(self) -> QHBoxLayout:
        nav = QHBoxLayout()
        self.prev_button = QPushButton(self.tr("◀ Previous day"), self)
        self.prev_button.setToolTip(self.tr("Alt+Left or PageUp"))
        self.prev_button.setAccessibleName(self.tr("Previous day"))
        self.prev_button.clicked.connect(lambda: self.step_day(-1))
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dddd d MMMM yyyy")
        self.date_edit.setAccessibleName(self.tr("Day shown"))
        self.date_edit.setToolTip(self.tr("Type a date, or Alt+Down for the calendar"))
        self.date_edit.setMinimumWidth(240)
        self.date_edit.dateChanged.connect(lambda q: self.set_day(pydate(q)))
        self.next_button = QPushButton(self.tr("Next day ▶"), self)
        self.next_button.setToolTip(self.tr("Alt+Right or PageDown"))
        self.next_button.setAccessibleName(self.tr("Next day"))
        self.next_button.clicked.connect(lambda: self.step_day(1))
        self.today_button = QPushButton(self.tr("Today"), self)
        self.today_button.setToolTip(self.tr("Alt+Home"))
        self.today_button.setAccessibleName(self.tr("Go to today"))
        self.today_button.clicked.connect(self.go_today)
        for b in (self.prev_button, self.next_button, self.today_button):
            b.setAutoDefault(True)
        self.day_title = QLabel(self)
        f = QFont(self.font())
        f.setPointSizeF(self.font().pointSizeF() * 1.4)
        f.setBold(True)
        self.day_title.setFont(f)
        nav.addWidget(self.day_title, 1)
        nav.addWidget(self.prev_button)
        nav.addWidget(self.date_edit)
        nav.addWidget(self.next_button)
        nav.addWidget(self.today_button)
        return nav

    def _build_day_pane(self) -> QWidget:
        pane = QWidget(self)
        col = QVBoxLayout(pane)
        col.setContentsMargins(0, 0, 8, 0)
        self.entries_title = QLabel(pane)
        bold = QFont(self.font())
        bold.setBold(True)
        self.entries_title.setFont(bold)
        col.addWidget(self.entries_title)
        self.entry_list = QListWidget(pane)
        self.entry_list.setAccessibleName(self.tr("Entries of the day"))
        self.entry_list.setWordWrap(True)
        self.entry_list.setAlternatingRowColors(True)
        self.entry_list.setMinimumHeight(150)
        self.entry_list.itemActivated.connect(lambda _item: self.edit_selected())
        self.entry_list.currentRowChanged.connect(lambda _r: self._update_buttons())
        col.addWidget(self.entry_list, 2)
        self.session_note = QLabel(
            self.tr(
                "{mark} Sessions are recorded by the session runner, so they cannot be "
                "edited or deleted here."
            ).format(mark=SESSION_MARK),
            pane,
        )
        self.session_note.setObjectName("sessionNote")
        self.session_note.setWordWrap(True)
        self.session_note.hide()
        col.addWidget(self.session_note)
        self.empty_hint = QLabel(pane)
        self.empty_hint.setWordWrap(True)
        col.addWidget(self.empty_hint)

        actions = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("Edit"), pane)
        self.edit_button.setToolTip(self.tr("Enter on the selected entry"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("Delete"), pane)
        self.delete_button.setToolTip(self.tr("Delete key; Ctrl+Z brings it back"))
        self.delete_button.clicked.connect(self.delete_selected)
        for b in (self.edit_button, self.delete_button):
            b.setAutoDefault(True)
            actions.addWidget(b)
        actions.addStretch(1)
        col.addLayout(actions)

        self.undo = DiaryUndo(self)
        self.undo.applied.connect(lambda _m: self._after_change())
        self.undo_bar = UndoBar(self.undo, pane)
        col.addWidget(self.undo_bar)
        self.message = MessageLabel(pane)
        col.addWidget(self.message)

        past_title = QLabel(self.tr("Past days"), pane)
        past_title.setFont(bold)
        col.addWidget(past_title)
        self.past = PastDays(pane)
        self.calendar = QCalendarWidget(self.past)
        self.calendar.setAccessibleName(self.tr("Calendar: days in bold have entries"))
        self.calendar.setGridVisible(False)
        self.calendar.setHorizontalHeaderFormat(
            QCalendarWidget.HorizontalHeaderFormat.SingleLetterDayNames
        )
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setMaximumWidth(340)
        self.calendar.setMinimumWidth(230)
        self.calendar.clicked.connect(lambda q: self.set_day(pydate(q)))
        self.calendar.activated.connect(lambda q: self.set_day(pydate(q)))
        self.calendar.currentPageChanged.connect(lambda y, m: self._mark_month(y, m))
        plain_weekend(self.calendar)
        plain_weekend(self.date_edit.calendarWidget())
        cal_col = QWidget(self.past)
        cal_lay = QVBoxLayout(cal_col)
        cal_lay.setContentsMargins(0, 0, 0, 0)
        cal_lay.setSpacing(4)
        cal_lay.addWidget(self.calendar)
        self.calendar_legend = QLabel(cal_col)
        self.calendar_legend.setObjectName("calendarLegend")
        self.calendar_legend.setWordWrap(True)
        self.calendar_legend.setTextFormat(Qt.TextFormat.RichText)
        self.calendar_legend.setText(self._legend_html())
        self.calendar_legend.setAccessibleName(self.tr("Calendar legend"))
        self.calendar_legend.setMaximumWidth(340)
        cal_lay.addWidget(self.calendar_legend)
        cal_lay.addStretch(1)
        self.past.box.addWidget(cal_col, 0, Qt.AlignmentFlag.AlignTop)
        self.recent_list = QTreeWidget(self.past)
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
        self.past.box.addWidget(self.recent_list, 1)
        self.past.table = self.recent_list
        self.past.calendar = self.calendar
        col.addWidget(self.past, 3)
        return pane

    def _build_forms(self) -> QWidget:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, not the frame
        self.tabs = QTabWidget(scroll)
        self.tabs.setAccessibleName(self.tr("New entry"))
        self.tabs.tabBar().setAccessibleName(self.tr("Entry forms"))
        self.checkin = CheckInForm(self._store, self._clock, tz=self._tz)
        self.activity_form = ActivityForm(self._store, self._clock, tz=self._tz)
        self.measure_form = MeasureForm(self._store, self._clock, tz=self._tz)
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
            form.saved.connect(self._form_saved)
        scroll.setWidget(self.tabs)
        # The eleven pain buttons must never be cut off: the splitter stops at this width.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        bar = scroll.verticalScrollBar().sizeHint().width()
        scroll.setMinimumWidth(self.tabs.minimumSizeHint().width() + bar + 4)
        self._forms_scroll = scroll
        return scroll

    def _install_shortcuts(self) -> None:
        ctx = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, step in (
            ("Alt+Left", -1),
            ("Alt+Right", 1),
            ("PgUp", -1),
            ("PgDown", 1),
        ):
            sc = QShortcut(QKeySequence(keys), self)
            sc.setContext(ctx)
            sc.activated.connect(lambda s=step: self.step_day(s))
        home = QShortcut(QKeySequence("Alt+Home"), self)
        home.setContext(ctx)
        home.activated.connect(self.go_today)
        delete = QAction(self.tr("Delete entry"), self.entry_list)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_selected)
        self.entry_list.addAction(delete)
        edit = QAction(self.tr("Edit entry"), self.entry_list)
        edit.setShortcut(QKeySequence("F2"))
        edit.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        edit.triggered.connect(self.edit_selected)
        self.entry_list.addAction(edit)

    # ------------------------------------------------------------------ API

    def day(self) -> date:
        return self._day

    def entries(self) -> list[DayEntry]:
        return list(self._entries)

    def set_programme(self, programme: Programme) -> None:
        self._programme = programme
        self.refresh()

    def set_day(self, day: date, *, force: bool = False) -> None:
        """Show `day` (never after today: the diary records what happened)."""
        day = min(day, self._today())
        self._day_was_today = day == self._today()
        if day == self._day and not force:
            return
        self._day = day
        for form in (self.checkin, self.activity_form, self.measure_form):
            if form.editing() is None:
                form.set_day(day)
        self.refresh()
        self.day_changed.emit(day)

    def step_day(self, delta: int) -> None:
        self.set_day(self._day + timedelta(days=delta))

    def go_today(self) -> None:
        self.set_day(self._today())

    def refresh(self) -> None:
        """Reload the day, the calendar marks and the 30-day list from the store."""
        today = self._today()
        day = self._day
        self.day_title.setText(self.tr("Diary · today") if day == today else self.tr("Diary"))
        for w, q in ((self.date_edit, qdate(day)), (self.calendar, qdate(day))):
            w.blockSignals(True)
            if isinstance(w, QDateEdit):
                w.setMaximumDate(qdate(today))
                w.setDate(q)
            else:
                w.setMaximumDate(qdate(today))
                w.setSelectedDate(q)
            w.blockSignals(False)
        self.next_button.setEnabled(day < today)
        self.today_button.setEnabled(day != today)
        try:
            self._load_day(day)
            self._mark_month(self.calendar.yearShown(), self.calendar.monthShown())
            self._load_recent(today)
        except StorageError as e:
            self.message.show_error(str(e))
            return
        self._update_buttons()

    def edit_selected(self) -> None:
        """Open the selected entry in its form (Enter or F2 on the list)."""
        entry = self._current()
        if entry is None:
            return
        rec = entry.record
        if isinstance(rec, PainEntry):
            self.tabs.setCurrentIndex(0)
            self.checkin.edit(rec)
            self.checkin.focus_first()
        elif isinstance(rec, Activity):
            self.tabs.setCurrentIndex(1)
            self.activity_form.edit(rec)
            self.activity_form.focus_first()
        elif isinstance(rec, Measure):
            self.tabs.setCurrentIndex(2)
            self.measure_form.edit(rec)
            self.measure_form.focus_first()
        else:
            self.message.show_info(
                self.tr("Sessions are logged by the session runner and cannot be edited here.")
            )

    def delete_selected(self) -> None:
        """Delete the selected entry at once; the Undo bar and Ctrl+Z restore it (same id)."""
        entry = self._current()
        if entry is None or not entry.editable:
            return
        row = self.entry_list.currentRow()
        rec = entry.record
        if isinstance(rec, SessionRecord):
            return
        diary = self._store.diary
        try:
            gone = _delete(diary, rec)
        except (StorageError, ValidationError) as e:
            self.message.show_error(str(e))
            return
        what = self.tr("Deleted {what}").format(what=self._describe(entry))
        self.undo.record(what, _restorer(diary, gone), _deleter(diary, gone))
        self._after_change()
        self.undo_bar.announce(what + ".")
        self.entry_list.setCurrentRow(min(row, self.entry_list.count() - 1))
        self.entry_list.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------------ data

    def _load_day(self, day: date) -> None:
        diary = self._store.diary
        rows: list[DayEntry] = []
        for p in diary.pain_entries(day, day):
            rows.append(DayEntry(EntryKind.PAIN, p.recorded_at, p, self._pain_text(p)))
        for a in diary.activities(day, day):
            rows.append(DayEntry(EntryKind.ACTIVITY, a.recorded_at, a, self._activity_text(a)))
        for m in diary.measures(day, day):
            rows.append(DayEntry(EntryKind.MEASURE, m.recorded_at, m, self._measure_text(m)))
        start = local_midnight(day, self._tz)
        end = local_midnight(day + timedelta(days=1), self._tz)
        for s in self._store.sessions.list(start, end):
            sets = self._store.sessions.sets(s.id) if s.id is not None else []
            rows.append(DayEntry(EntryKind.SESSION, s.started_at, s, self._session_text(s, sets)))
        rows.sort(key=lambda e: e.at)
        selected = self._current()
        self._entries = rows
        self.entry_list.clear()
        for e in rows:
            item = QListWidgetItem(e.text)
            tip = e.text
            if not e.editable:
                tip += "\n" + self.tr("Recorded by the session runner: not editable here.")
            item.setToolTip(tip)
            self.entry_list.addItem(item)
        if rows:
            keep = 0
            if selected is not None:
                keep = next(
                    (
                        i
                        for i, e in enumerate(rows)
                        if e.kind is selected.kind and e.record.id == selected.record.id
                    ),
                    0,
                )
            self.entry_list.setCurrentRow(keep)
        self.entries_title.setText(
            self.tr("Entries for {day}").format(day=day_text(day, long=True))
        )
        self.empty_hint.setVisible(not rows)
        self.empty_hint.setText(
            self.tr(
                "Nothing logged on this day yet. Use the forms on the right: a morning "
                "check-in first, then any run, ride or long sitting."
            )
        )

    def _mark_month(self, year: int, month: int) -> None:
        """Bold the days with entries; tint them by the morning test's traffic light."""
        first = date(year, month, 1) - timedelta(days=7)
        last = (date(year, month, 28) + timedelta(days=14)).replace(day=1) + timedelta(days=6)
        diary = self._store.diary
        pains = diary.pain_entries(first, last)
        logged: set[date] = {e.local_date for e in pains}
        logged |= {a.local_date for a in diary.activities(first, last)}
        logged |= {m.local_date for m in diary.measures(first, last)}
        sessions = self._store.sessions.list(
            local_midnight(first, self._tz), local_midnight(last + timedelta(days=1), self._tz)
        )
        logged |= {s.started_at.astimezone(self._tz).date() for s in sessions}
        mornings = morning_series(pains)
        for cal in (self.calendar, self.date_edit.calendarWidget()):
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

    def _load_recent(self, today: date) -> None:
        first = today - timedelta(days=RECENT_DAYS - 1)
        diary = self._store.diary
        mornings = morning_series(diary.pain_entries(first, today))
        minutes: dict[date, float] = defaultdict(float)
        for a in diary.activities(first, today):
            minutes[a.local_date] += a.minutes
        sessions: dict[date, int] = defaultdict(int)
        for s in self._store.sessions.list(
            local_midnight(first, self._tz), local_midnight(today + timedelta(days=1), self._tz)
        ):
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
            if d == self._day:
                for col in range(4):
                    f = item.font(col)
                    f.setBold(True)
                    item.setFont(col, f)
            self.recent_list.addTopLevelItem(item)

    def recent_summary(self, row: int) -> str:
        """Row `row` of the last-30-days table as one sentence (what a screen reader says)."""
        item = self.recent_list.topLevelItem(row)
        return "" if item is None else str(item.data(0, Qt.ItemDataRole.AccessibleTextRole))

    # ------------------------------------------------------------------ text

    def _pain_text(self, p: PainEntry) -> str:
        parts = [
            time_text(p.recorded_at, self._tz),
            slot_name(p.slot).capitalize(),
            self.tr("pain {v}/10").format(v=p.pain),
        ]
        if p.test_score is not None and p.test_kind is not None:
            parts.append(
                self.tr("test {v}/10 ({test})").format(
                    v=p.test_score, test=p.test_kind.label.lower()
                )
            )
        if p.red_flags:
            parts.append(
                self.tr("⚠ red flags: {flags}").format(
                    flags="; ".join(self.tr(f.label) for f in sorted(p.red_flags))
                )
            )
        if p.notes:
            parts.append(f"“{p.notes}”")
        return " · ".join(parts)

    def _activity_text(self, a: Activity) -> str:
        parts = [
            time_text(a.recorded_at, self._tz),
            self.tr("{kind} {m:g} min, {intensity}").format(
                kind=kind_name(a.kind), m=a.minutes, intensity=intensity_name(a.intensity)
            ),
        ]
        if a.flags:
            parts.append(", ".join(flag_name(f) for f in sorted(a.flags)))
        if a.distance_km is not None:
            parts.append(distance_text(a.distance_km, self._units()))
        if a.hours_sitting:
            parts.append(self.tr("sat {h:g} h").format(h=a.hours_sitting))
        if a.pain_during is not None:
            parts.append(self.tr("pain during {v}/10").format(v=a.pain_during))
        if a.notes:
            parts.append(f"“{a.notes}”")
        return " · ".join(parts)

    def _measure_text(self, m: Measure) -> str:
        parts = [time_text(m.recorded_at, self._tz), f"{measure_name(m.kind)} {m.value:g}"]
        if m.notes:
            parts.append(f"“{m.notes}”")
        return " · ".join(parts)

    def _session_text(self, s: SessionRecord, sets: list[SetRecord]) -> str:
        name = s.template_id
        if self._programme is not None and s.template_id in self._programme.templates:
            name = self._programme.templates[s.template_id].name
        status = {
            SessionStatus.COMPLETED: self.tr("completed"),
            SessionStatus.ENDED_EARLY: self.tr("ended early"),
            SessionStatus.IN_PROGRESS: self.tr("in progress"),
        }[s.status]
        parts = [
            f"{SESSION_MARK} {time_text(s.started_at, self._tz)}",
            self.tr("Session: {name}").format(name=name),
            status,
        ]
        if sets:
            parts.append(self._sets_summary(sets))
            reps = sum(st.performed_reps for st in sets)
            tut = sum(st.time_under_tension_s for st in sets)
            parts.append(
                self.tr("{n} sets, {reps} reps, {tut:g} s under tension").format(
                    n=len(sets), reps=reps, tut=round(tut)
                )
            )
            pains = [st.pain_during for st in sets if st.pain_during is not None]
            if pains:
                parts.append(self.tr("max pain {v}/10").format(v=max(pains)))
            loads = [st.load_kg for st in sets if st.load_kg]
            if loads:
                parts.append(self._load_text(max(loads)))
        if s.pain_after is not None:
            parts.append(self.tr("pain after {v}/10").format(v=s.pain_after))
        return " · ".join(parts)

    def _sets_summary(self, sets: list[SetRecord]) -> str:
        """Per exercise, in the order done: "Bridge 3×10, Nordic 8, 6": what was actually done."""
        reps: dict[str, list[int]] = {}
        for st in sets:
            reps.setdefault(st.exercise_slug, []).append(st.performed_reps)
        out: list[str] = []
        for slug, counts in reps.items():
            name = slug.replace("-", " ").replace("_", " ")
            if self._programme is not None and slug in self._programme.exercises:
                name = self._programme.exercises[slug].name
            if len(set(counts)) == 1:
                out.append(f"{name} {len(counts)}×{counts[0]}")
            else:
                out.append(f"{name} " + ", ".join(str(c) for c in counts))
        return "; ".join(out)

    def _units(self) -> Units:
        try:
            return self._store.settings.load().units
        except StorageError:
            return Units.KG

    def _load_text(self, kg: float) -> str:
        """A load in the user's unit (Settings.units); the store keeps kilograms."""
        if self._units() is Units.LB:
            return self.tr("{lb:g} lb").format(lb=round(kg / KG_PER_LB, 1))
        return self.tr("{kg:g} kg").format(kg=round(kg, 1))

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

    def _describe(self, entry: DayEntry) -> str:
        rec = entry.record
        when = short_day(_day_of(rec, self._tz))
        if isinstance(rec, PainEntry):
            return self.tr("{slot} check-in {v}/10 ({day})").format(
                slot=slot_name(rec.slot), v=rec.pain, day=when
            )
        if isinstance(rec, Activity):
            return self.tr("{kind} {m:g} min ({day})").format(
                kind=kind_name(rec.kind).lower(), m=rec.minutes, day=when
            )
        if isinstance(rec, Measure):
            return self.tr("{what} {v:g} ({day})").format(
                what=measure_name(rec.kind), v=rec.value, day=when
            )
        return self.tr("session ({day})").format(day=when)

    # ------------------------------------------------------------------ internals

    def _current(self) -> DayEntry | None:
        row = self.entry_list.currentRow()
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def _update_buttons(self) -> None:
        entry = self._current()
        editable = entry is not None and entry.editable
        self.edit_button.setEnabled(editable)
        self.delete_button.setEnabled(editable)
        self.session_note.setVisible(entry is not None and not entry.editable)

    def _recent_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        value = item.data(0, DAY_ROLE)
        if isinstance(value, str):
            self.set_day(date.fromisoformat(value))
            self.entry_list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _form_saved(self, old: tuple[Record, ...], new: tuple[Record, ...]) -> None:
        """Make the save undoable (Ctrl+Z), then reload."""
        diary = self._store.diary
        undo_steps: list[Callable[[], object]] = []
        redo_steps: list[Callable[[], object]] = []
        for before, after in zip(old, new, strict=False):
            undo_steps.append(_updater(diary, before))
            redo_steps.append(_updater(diary, after))
        if not old:
            for rec in new:
                undo_steps.append(_deleter(diary, rec))
                redo_steps.append(_restorer(diary, rec))
        what = self.tr("saved entry") if not old else self.tr("edited entry")

        def run_all(steps: list[Callable[[], object]]) -> Callable[[], object]:
            def run() -> None:
                with self._store.batch():
                    for step in steps:
                        step()

            return run

        self.undo.record(what, run_all(undo_steps), run_all(redo_steps))
        first = new[0] if new else None
        if first is not None and first.local_date != self._day:
            self.set_day(first.local_date)
        self._after_change()

    def _after_change(self) -> None:
        self.refresh()
        self.data_changed.emit()


Record = PainEntry | Activity | Measure


def plain_weekend(cal: QCalendarWidget) -> None:
    """Saturday and Sunday in the normal text colour: on this page red means a painful
    morning, and Qt's default red weekends would say so of every weekend."""
    fmt = QTextCharFormat()
    fmt.setForeground(QBrush(cal.palette().color(cal.palette().ColorRole.Text)))
    for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
        cal.setWeekdayTextFormat(day, fmt)


def _id(rec: Record) -> int:
    if rec.id is None:
        raise ValidationError("diary.id", None, "the id of a saved entry")
    return rec.id


def _day_of(rec: Record | SessionRecord, tz: tzinfo | None) -> date:
    if isinstance(rec, SessionRecord):
        return rec.started_at.astimezone(tz).date()
    return rec.local_date


def _updater(diary: DiaryRepository, rec: Record) -> Callable[[], object]:
    if isinstance(rec, PainEntry):
        return lambda: diary.update_pain(rec)
    if isinstance(rec, Activity):
        return lambda: diary.update_activity(rec)
    return lambda: diary.update_measure(rec)


def _deleter(diary: DiaryRepository, rec: Record) -> Callable[[], object]:
    if isinstance(rec, PainEntry):
        return lambda: diary.delete_pain(_id(rec))
    if isinstance(rec, Activity):
        return lambda: diary.delete_activity(_id(rec))
    return lambda: diary.delete_measure(_id(rec))


def _restorer(diary: DiaryRepository, rec: Record) -> Callable[[], object]:
    if isinstance(rec, PainEntry):
        return lambda: diary.restore_pain(rec)
    if isinstance(rec, Activity):
        return lambda: diary.restore_activity(rec)
    return lambda: diary.restore_measure(rec)


def _delete(diary: DiaryRepository, rec: Record) -> Record:
    if isinstance(rec, PainEntry):
        return diary.delete_pain(_id(rec))
    if isinstance(rec, Activity):
        return diary.delete_activity(_id(rec))
    return diary.delete_measure(_id(rec))
