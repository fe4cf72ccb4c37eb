"""The Diary screen: one day at a time, every entry of it, and the forms to add more.

Layout: a date navigator on top; on the left the day's entries (check-ins, activities,
measures and the sessions the runner logged) with edit / delete / undo, and below them
the past days (a calendar that marks logged days, and the last 30 days in a list); on the
right the check-in, activity and measure forms. Everything works from the keyboard:
Alt+Left / Alt+Right or PageUp / PageDown change the day, Alt+Home goes to today, Enter
edits the selected entry, Delete deletes it and Ctrl+Z brings it back under its old id.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from phtcoach.core.errors import ValidationError
from phtcoach.core.model import ClinicianCheck, SessionRecord
from phtcoach.services.changes import Changes
from phtcoach.services.errors import StorageError
from phtcoach.ui.design import TextStyle, page_layout, set_text_style
from phtcoach.ui.diary_calendar import PastDays, future_reason
from phtcoach.ui.diary_entries import DayEntry, day_entries, fit_to_rows
from phtcoach.ui.diary_forms import EntryForms
from phtcoach.ui.diary_keys import install_day_keys
from phtcoach.ui.diary_text import DiaryText, Record
from phtcoach.ui.session_dialog import SessionDialog
from phtcoach.ui.undo import DiaryUndo, UndoBar
from phtcoach.ui.widgets.feedback import MessageLabel
from phtcoach.ui.widgets.fmt import date_format, day_text, pydate, qdate
from phtcoach.ui.widgets.state_widget import StateScreen


class DiaryScreen(StateScreen):
    """Signal `day_changed(date)`; every write goes through the app state, whose change
    signal refreshes this screen and the others."""

    day_changed = Signal(object)  # date

    def _build(self) -> None:
        self._day = self._today()
        self._entries: list[DayEntry] = []
        self.text = DiaryText(self._state, self)
        self.setObjectName("diaryScreen")
        self.setAccessibleName(self.tr("Diary"))

        root = QVBoxLayout(self)
        page_layout(root)
        root.addLayout(self._build_navigator())

        split = self._split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setChildrenCollapsible(False)
        split.addWidget(self._build_day_pane())
        split.addWidget(self._build_forms())
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 6)
        root.addWidget(split, 1)

        install_day_keys(
            self,
            self.entry_list,
            step_day=self.step_day,
            go_today=self.go_today,
            edit=self.edit_selected,
            delete=self.delete_selected,
        )
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
            right = max(self.forms.minimumWidth(), total * 45 // 100)
            self._split.setSizes([total - right, right])
        if self._day != self._today() and self._day_was_today:
            self.go_today()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.entry_list and event.type() == QEvent.Type.Resize:
            fit_to_rows(self.entry_list)  # wrapped rows grow or shrink with the width
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "past"):
            # A light/dark switch: weekends follow the new text colour, not the old one.
            self.past.restyle_weekends()

    # ------------------------------------------------------------------ building

    def _build_navigator(self) -> QHBoxLayout:
        nav = QHBoxLayout()
        self.prev_button = QPushButton(self.tr("◀ Previous day"), self)
        self.prev_button.setToolTip(self.tr("Alt+Left or PageUp"))
        self.prev_button.setAccessibleName(self.tr("Previous day"))
        self.prev_button.clicked.connect(lambda: self.step_day(-1))
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(date_format(long=True))
        self.date_edit.setAccessibleName(self.tr("Day shown"))
        self.date_edit.setToolTip(self.tr("Type a date, or Alt+Down for the calendar"))
        self.date_edit.setMinimumWidth(240)
        self.date_edit.dateChanged.connect(lambda q: self.set_day(pydate(q)))
        self.next_button = QPushButton(self.tr("Next day ▶"), self)
        self.next_button.setAccessibleName(self.tr("Next day"))
        self.next_button.clicked.connect(lambda: self.step_day(1))
        self.today_button = QPushButton(self.tr("Today"), self)
        self.today_button.setToolTip(self.tr("Alt+Home"))
        self.today_button.setAccessibleName(self.tr("Go to today"))
        self.today_button.clicked.connect(self.go_today)
        for b in (self.prev_button, self.next_button, self.today_button):
            b.setAutoDefault(True)
        self.day_title = QLabel(self)
        set_text_style(self.day_title, TextStyle.TITLE)
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
        self.entry_list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.entry_list.itemActivated.connect(lambda _item: self.edit_selected())
        self.entry_list.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.entry_list.installEventFilter(self)
        col.addWidget(self.entry_list)
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
        self.undo_bar = UndoBar(self.undo, pane)
        col.addWidget(self.undo_bar)
        self.message = MessageLabel(pane)
        col.addWidget(self.message)

        past_title = QLabel(self.tr("Past days"), pane)
        past_title.setFont(bold)
        col.addWidget(past_title)
        self.past = PastDays(self._state, mirror=self.date_edit.calendarWidget(), parent=pane)
        self.past.day_picked.connect(self.set_day)
        self.past.day_opened.connect(self._day_opened)
        self.calendar = self.past.calendar
        self.calendar_legend = self.past.legend
        self.recent_list = self.past.recent_list
        col.addWidget(self.past, 1)
        return pane

    def _build_forms(self) -> QWidget:
        self.forms = EntryForms(self._state, self)
        self.forms.saved.connect(self._form_saved)
        self.tabs = self.forms.tabs
        self.checkin = self.forms.checkin
        self.activity_form = self.forms.activity_form
        self.measure_form = self.forms.measure_form
        return self.forms

    # ------------------------------------------------------------------ API

    def day(self) -> date:
        return self._day

    def entries(self) -> list[DayEntry]:
        return list(self._entries)

    def set_day(self, day: date, *, force: bool = False) -> None:
        """Show `day` (never after today: the diary records what happened)."""
        day = min(day, self._today())
        self._day_was_today = day == self._today()
        if day == self._day and not force:
            return
        self._day = day
        self.message.clear_message()  # a note about the day left behind is not about this one
        self.forms.set_day(day)
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
        self.date_edit.blockSignals(True)
        self.date_edit.setMaximumDate(qdate(today))
        self.date_edit.setDate(qdate(day))
        self.date_edit.blockSignals(False)
        self.past.show_day(day, today)
        self.next_button.setEnabled(day < today)
        self.next_button.setToolTip(
            self.tr("Alt+Right or PageDown") if day < today else future_reason()
        )
        self.today_button.setEnabled(day != today)
        try:
            self._load_day(day)
            self.past.reload(day, today)
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
        if isinstance(rec, SessionRecord):
            if rec.id is not None:
                self.open_session(rec.id)
        elif isinstance(rec, ClinicianCheck):
            self.message.show_info(
                self.tr("A clinician check is a dated record: delete it (Delete) if it is wrong.")
            )
        else:
            self.forms.edit(rec)

    def open_session(self, session_id: int) -> None:
        """The session's sets, ratings, load and notes, editable; Delete is undoable."""
        dialog = SessionDialog(self._state, session_id, self)
        dialog.delete_requested.connect(self.delete_selected)
        dialog.open()
        self._session_dialog = dialog

    def delete_selected(self) -> None:
        """Delete the selected entry at once; the Undo bar and Ctrl+Z restore it (same id)."""
        entry = self._current()
        if entry is None or not entry.editable:
            return
        row = self.entry_list.currentRow()
        rec = entry.record
        state, services = self._state, self._services
        what = self.tr("Deleted {what}").format(what=self.text.describe(rec))
        try:
            if isinstance(rec, SessionRecord):
                if rec.id is None:
                    return
                deleted = state.perform(services.sessions.delete, rec.id)
                self.undo.record(
                    what,
                    lambda: state.perform(services.sessions.restore, deleted),
                    lambda: state.perform(services.sessions.delete, deleted.record.id or -1),
                )
            elif isinstance(rec, ClinicianCheck):
                check = state.perform(services.red_flags.delete_check, rec)
                self.undo.record(
                    what,
                    lambda: state.perform(services.red_flags.restore_check, check),
                    lambda: state.perform(services.red_flags.delete_check, check),
                )
            else:
                (gone,) = state.perform(services.diary.delete, rec)
                self.undo.record(
                    what,
                    lambda: state.perform(services.diary.restore, gone),
                    lambda: state.perform(services.diary.delete, gone),
                )
        except (StorageError, ValidationError, ValueError) as e:
            self.message.show_error(str(e))
            return
        self.undo_bar.announce(what + ".")
        self.entry_list.setCurrentRow(min(row, self.entry_list.count() - 1))
        self.entry_list.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------------ data

    def _load_day(self, day: date) -> None:
        rows = day_entries(self._services.diary.days(day, day), self.text)
        selected = self._current()
        self._entries = rows
        self.entry_list.clear()
        for e in rows:
            item = QListWidgetItem(e.text)
            item.setToolTip(e.text)
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
        fit_to_rows(self.entry_list)
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

    def marked_days(self) -> set[date]:
        """Days the calendar shows as logged (in and around the month shown)."""
        return self.past.marked_days()

    def recent_summary(self, row: int) -> str:
        """Row `row` of the last-30-days table as one sentence (what a screen reader says)."""
        return self.past.recent_summary(row)

    # ------------------------------------------------------------------ internals

    def _current(self) -> DayEntry | None:
        row = self.entry_list.currentRow()
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def _update_buttons(self) -> None:
        entry = self._current()
        editable = entry is not None and entry.editable
        self.edit_button.setEnabled(editable)
        self.delete_button.setEnabled(editable)

    def _day_opened(self, day: date) -> None:
        """A row of the 30-day table: that day, and the keyboard on its entries."""
        self.set_day(day)
        self.entry_list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _form_saved(self, old: tuple[Record, ...], new: tuple[Record, ...]) -> None:
        """Make the save undoable (Ctrl+Z); the app state has already told every screen."""
        state, diary = self._state, self._services.diary
        what = self.tr("saved entry") if not old else self.tr("edited entry")
        self.undo.record(
            what,
            lambda: state.perform(diary.undo_save, old, new),
            lambda: state.perform(diary.redo_save, old, new),
        )
        first = new[0] if new else None
        if first is not None and first.local_date != self._day:
            self.set_day(first.local_date)

    def _on_changed(self, changes: object) -> None:
        if isinstance(changes, Changes) and changes.touches(
            Changes.DIARY | Changes.SESSIONS | Changes.SETTINGS | Changes.PROGRAMME
        ):
            self.refresh()
