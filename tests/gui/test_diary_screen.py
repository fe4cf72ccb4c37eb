"""The Diary screen by keyboard: day navigation, the day's list, edit, delete and undo."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QScrollArea
from pytestqt.qtbot import QtBot

from phtcoach.core.model import (
    Activity,
    ActivityKind,
    Measure,
    MeasureKind,
    PainEntry,
    PainSlot,
    SessionRecord,
    SessionStatus,
    SetRecord,
    Settings,
    Side,
    Units,
)
from phtcoach.storage.repository import Store, open_store
from phtcoach.ui.diary_calendar import RECENT_DAYS
from phtcoach.ui.diary_entries import EntryKind
from phtcoach.ui.diary_screen import DiaryScreen
from phtcoach.ui.diary_text import SESSION_MARK
from phtcoach.ui.widgets.fmt import qdate
from tests.fakes import FakeClock
from tests.gui.diary_helpers import NOW, QT_NOISE, TODAY, focused, key, keys, morning, show
from tests.gui.state_helpers import make_state

pytestmark = QT_NOISE
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
YESTERDAY = TODAY - timedelta(days=1)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(NOW + timedelta(hours=12))  # 19:00: forms default to an evening entry


@pytest.fixture
def store(data_dir: Path, clock: FakeClock) -> Iterator[Store]:
    s = open_store(data_dir, clock)
    yield s
    s.close()


def make(qtbot: QtBot, store: Store, clock: FakeClock) -> DiaryScreen:
    screen = DiaryScreen(make_state(store, clock))
    screen.resize(1280, 800)
    show(qtbot, screen)
    screen.entry_list.setFocus()
    return screen


def test_alt_left_and_right_page_keys_and_alt_home_move_between_days(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    morning(store, YESTERDAY, 4)
    screen = make(qtbot, store, clock)
    assert screen.day() == TODAY
    assert not screen.next_button.isEnabled()  # no diary for tomorrow
    key(qtbot, screen, Qt.Key.Key_Left, ALT)
    assert screen.day() == YESTERDAY
    assert [e.kind for e in screen.entries()] == [EntryKind.PAIN]
    assert "pain 4/10" in screen.entry_list.item(0).text()
    assert screen.date_edit.date() == qdate(YESTERDAY)
    key(qtbot, screen, Qt.Key.Key_PageUp)
    assert screen.day() == TODAY - timedelta(days=2)
    assert screen.entries() == []
    assert screen.empty_hint.isVisible()
    key(qtbot, screen, Qt.Key.Key_PageDown)
    key(qtbot, screen, Qt.Key.Key_Right, ALT)
    assert screen.day() == TODAY
    key(qtbot, screen, Qt.Key.Key_Right, ALT)
    assert screen.day() == TODAY  # never past today
    screen.set_day(TODAY - timedelta(days=40))
    key(qtbot, screen, Qt.Key.Key_Home, ALT)
    assert screen.day() == TODAY


def test_the_day_lists_check_ins_activities_measures_and_sessions_with_sets(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    at = NOW  # 07:00
    morning(store, TODAY, 3)
    store.diary.add_activity(
        Activity(TODAY, ActivityKind.RUN, 25, at + timedelta(hours=5), pain_during=2)
    )
    store.diary.add_measure(
        Measure(TODAY, MeasureKind.SITTING_TOLERANCE_MIN, 40, at + timedelta(hours=2))
    )
    s = store.sessions.start(
        SessionRecord(
            "iso-5x15",
            at + timedelta(minutes=45),
            Side.LEFT,
            SessionStatus.COMPLETED,
            at + timedelta(minutes=52),
        )
    )
    assert s.id is not None
    for n in (1, 2):
        store.sessions.add_set(
            SetRecord(
                s.id,
                "fesl-bridge-hold",
                0,
                n,
                Side.LEFT,
                5,
                5,
                at + timedelta(minutes=45 + n),
                at + timedelta(minutes=46 + n),
                hold_s=(15.0,) * 5,
                pain_during=n,
            )
        )
    screen = make(qtbot, store, clock)
    kinds = [e.kind for e in screen.entries()]
    assert kinds == [EntryKind.PAIN, EntryKind.SESSION, EntryKind.MEASURE, EntryKind.ACTIVITY]
    texts = [screen.entry_list.item(i).text() for i in range(4)]
    assert "07:00" in texts[0]
    assert "pain 3/10" in texts[0]
    assert "2 sets, 10 reps, 150 s under tension" in texts[1]
    assert "max pain 2/10" in texts[1]
    assert "Sitting tolerance (minutes) 40" in texts[2]
    assert "Run 25 min" in texts[3]
    assert "pain during 2/10" in texts[3]
    assert texts[1].startswith(f"{SESSION_MARK} 07:45")
    assert "single-leg bridge hold 2×5" in texts[1]  # the sets summary, per exercise, by name
    assert "fesl" not in texts[1]  # never the internal id
    # Session rows read as normal text (not the greyed placeholder colour of a disabled row).
    assert screen.entry_list.item(1).foreground().style() == Qt.BrushStyle.NoBrush
    screen.entry_list.setCurrentRow(1)
    assert screen.delete_button.isEnabled()  # a logged session can be corrected or deleted
    assert screen.edit_button.isEnabled()


def test_loads_and_distances_follow_the_unit_setting(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    store.settings.save(Settings(units=Units.LB))
    store.diary.add_activity(
        Activity(TODAY, ActivityKind.RUN, 25, NOW + timedelta(hours=1), distance_km=10.0)
    )
    s = store.sessions.start(
        SessionRecord(
            "iso-5x15", NOW, Side.LEFT, SessionStatus.COMPLETED, NOW + timedelta(minutes=9)
        )
    )
    assert s.id is not None
    store.sessions.add_set(
        SetRecord(
            s.id,
            "fesl-bridge-hold",
            0,
            1,
            Side.LEFT,
            5,
            5,
            NOW,
            NOW + timedelta(minutes=1),
            hold_s=(15.0,) * 5,
            load_kg=10.0,
        )
    )
    screen = make(qtbot, store, clock)
    texts = [screen.entry_list.item(i).text() for i in range(2)]
    assert "22 lb" in texts[0]  # 10 kg
    assert "kg" not in texts[0]
    assert "6.2 mi" in texts[1]  # 10 km
    assert "km" not in texts[1]


def test_calendar_weekends_are_plain_text_and_the_tints_have_a_legend(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    screen = make(qtbot, store, clock)
    text = screen.palette().color(QPalette.ColorRole.Text)
    for cal in (screen.calendar, screen.date_edit.calendarWidget()):
        for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            fg = cal.weekdayTextFormat(day).foreground().color()
            assert fg == text, (day, fg.name())
    legend = screen.calendar_legend
    assert legend.isVisible()
    for words in ("Days with entries", "Morning test", "0-2", "3-5", "6-10", "still to come"):
        assert words in legend.text()
    for words in ("bold and underlined", "green 0-2", "amber 3-5", "red 6-10", "greyed"):
        assert words in legend.accessibleDescription()


def test_tab_bar_is_named_and_scroll_areas_are_not_tab_stops(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    screen = make(qtbot, store, clock)
    assert screen.tabs.tabBar().accessibleName() == "Entry forms"
    scrolls = screen.findChildren(QScrollArea)
    assert scrolls
    for area in scrolls:
        assert area.focusPolicy() == Qt.FocusPolicy.NoFocus


def test_delete_then_ctrl_z_restores_the_same_id(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    entry = store.diary.add_pain(
        PainEntry(TODAY, PainSlot.MORNING, NOW, 3, notes="stiff after the drive")
    )
    screen = make(qtbot, store, clock)
    changed: list[object] = []
    screen._state.changed.connect(changed.append)  # every screen hears each change
    screen.entry_list.setCurrentRow(0)
    key(qtbot, screen, Qt.Key.Key_Delete)
    assert store.diary.pain_entries() == []
    assert screen.entries() == []
    assert screen.undo_bar.isVisible()
    assert "Deleted morning check-in 3/10" in screen.undo_bar.label.text()
    key(qtbot, screen, "z", CTRL)
    assert store.diary.pain_entries() == [entry]  # same id, same values
    assert [e.record for e in screen.entries()] == [entry]
    assert "Undone" in screen.undo_bar.label.text()
    key(qtbot, screen, "z", CTRL | Qt.KeyboardModifier.ShiftModifier)  # redo
    assert store.diary.pain_entries() == []
    assert len(changed) == 3


def test_the_undo_bar_button_restores_an_activity(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    act = store.diary.add_activity(Activity(TODAY, ActivityKind.WALK, 40, NOW))
    screen = make(qtbot, store, clock)
    screen.entry_list.setCurrentRow(0)
    screen.delete_selected()
    assert store.diary.activities() == []
    screen.undo_bar.undo_button.setFocus()
    key(qtbot, screen, Qt.Key.Key_Space)
    assert store.diary.activities() == [act]


def test_enter_edits_and_ctrl_z_undoes_the_edit(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    entry = morning(store, TODAY, 5)
    screen = make(qtbot, store, clock)
    screen.entry_list.setCurrentRow(0)
    key(qtbot, screen, Qt.Key.Key_Return)
    assert screen.tabs.currentIndex() == 0
    assert screen.checkin.editing() == entry
    assert focused(screen) is screen.checkin.pain_scale.button(5)
    keys(qtbot, screen, "2")
    key(qtbot, screen, Qt.Key.Key_Return)
    [edited] = store.diary.pain_entries()
    assert (edited.id, edited.pain) == (entry.id, 2)
    assert "pain 2/10" in screen.entry_list.item(0).text()
    screen.entry_list.setFocus()
    key(qtbot, screen, "z", CTRL)
    assert store.diary.pain_entries() == [entry]


def test_a_new_entry_goes_to_the_viewed_day_and_can_be_undone(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    screen = make(qtbot, store, clock)
    key(qtbot, screen, Qt.Key.Key_Left, ALT)
    screen.checkin.focus_first()
    keys(qtbot, screen, "4")
    key(qtbot, screen, Qt.Key.Key_Return)
    [row] = store.diary.pain_entries()
    assert (row.local_date, row.slot, row.pain) == (YESTERDAY, PainSlot.EVENING, 4)
    assert [e.record for e in screen.entries()] == [row]
    screen.entry_list.setFocus()
    key(qtbot, screen, "z", CTRL)
    assert store.diary.pain_entries() == []


def test_calendar_marks_logged_days_and_the_30_day_list_summarises_them(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    morning(store, YESTERDAY, 3)
    store.diary.add_activity(
        Activity(TODAY - timedelta(days=3), ActivityKind.RIDE, 90, NOW - timedelta(days=3))
    )
    screen = make(qtbot, store, clock)
    assert screen.marked_days() == {YESTERDAY, TODAY - timedelta(days=3)}
    bold = QFont.Weight.Bold
    assert screen.calendar.dateTextFormat(qdate(YESTERDAY)).fontWeight() == bold
    assert screen.calendar.dateTextFormat(qdate(TODAY)).fontWeight() != bold
    table = screen.recent_list
    assert table.rowCount() == RECENT_DAYS
    assert [table.item(1, c).text() for c in range(4)] == ["Sun 1 Mar", "3/10", "–", "–"]
    assert table.item(3, 3).text() == "90 min"
    assert screen.recent_summary(1) == "Sun 1 Mar: morning 3/10"
    assert screen.recent_summary(2) == "Sat 28 Feb: nothing logged"
    assert screen.recent_summary(3) == "Fri 27 Feb: 90 min activity"
    table.setFocus()
    table.setCurrentCell(3, 0)
    key(qtbot, screen, Qt.Key.Key_Return)
    assert screen.day() == TODAY - timedelta(days=3)
