"""Issue 15, item 9 on the Diary's calendar: days to come are greyed and say why they do
nothing, and the key under the calendar wraps between whole items at 1280 and 1920 wide."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QCalendarWidget, QTableView
from pytestqt.qtbot import QtBot

from phtcoach.storage.repository import Store, open_store
from phtcoach.ui.diary_calendar import future_reason
from phtcoach.ui.diary_screen import DiaryScreen
from phtcoach.ui.widgets.fmt import qdate
from tests.fakes import FakeClock
from tests.gui.diary_helpers import NOW, QT_NOISE, TODAY, morning, show
from tests.gui.state_helpers import make_state

pytestmark = QT_NOISE
TOMORROW = TODAY + timedelta(days=1)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(NOW)


@pytest.fixture
def store(data_dir: Path, clock: FakeClock) -> Iterator[Store]:
    s = open_store(data_dir, clock)
    yield s
    s.close()


def make(qtbot: QtBot, store: Store, clock: FakeClock, width: int = 1280) -> DiaryScreen:
    screen = DiaryScreen(make_state(store, clock))
    screen.resize(width, 800 if width == 1280 else 1000)
    show(qtbot, screen)
    return screen


def cell_of(cal: QCalendarWidget, day: QDate) -> tuple[QTableView, QModelIndex]:
    """The calendar's table cell that shows `day` (this month's only)."""
    view = cal.findChild(QTableView)
    assert view is not None
    model = view.model()
    in_month = False
    for row in range(model.rowCount()):
        for col in range(model.columnCount()):
            index = model.index(row, col)
            value = index.data()
            if value == 1 or value == "1":
                in_month = not in_month if row > 0 else in_month
            if in_month and str(value) == str(day.day()):
                return view, index
    raise AssertionError(f"no cell for {day}")


def test_days_to_come_are_greyed_with_the_reason_and_today_is_not(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    morning(store, TODAY, 2)
    screen = make(qtbot, store, clock)
    for cal in (screen.calendar, screen.date_edit.calendarWidget()):
        grey = cal.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        for day in (TOMORROW, TODAY + timedelta(days=9)):
            fmt = cal.dateTextFormat(qdate(day))
            assert fmt.foreground().color() == grey, day
            assert fmt.toolTip() == future_reason()
        today = cal.dateTextFormat(qdate(TODAY))
        assert today.foreground().color() != grey
        assert today.toolTip() == ""
    assert "has not come yet" in future_reason()
    assert future_reason() in screen.calendar.accessibleDescription()
    assert "to come" in screen.calendar_legend.text()
    assert not screen.next_button.isEnabled()
    assert screen.next_button.toolTip() == future_reason()


def test_clicking_a_day_to_come_selects_nothing_and_says_why(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    screen = make(qtbot, store, clock)
    screen.step_day(-1)  # Sunday 1 March: the calendar shows March
    assert not screen.past.future_note.isVisible()
    later = TODAY + timedelta(days=9)
    view, index = cell_of(screen.calendar, qdate(later))
    assert index.data(Qt.ItemDataRole.ToolTipRole) == future_reason()  # the hover text
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    assert screen.day() == TODAY - timedelta(days=1)  # not selectable
    assert screen.calendar.selectedDate() == qdate(TODAY - timedelta(days=1))
    note = screen.past.future_note
    assert note.isVisible()
    assert future_reason() in note.text()
    assert note.accessibleName() == future_reason()
    # A day that has come clears the note.
    screen.set_day(TODAY)
    assert not note.isVisible()


def test_stepping_past_today_in_the_calendar_says_why(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    screen = make(qtbot, store, clock)
    view = screen.calendar.findChild(QTableView)
    assert view is not None
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert screen.calendar.selectedDate() == qdate(TODAY)
    assert screen.past.future_note.isVisible()


@pytest.mark.parametrize("width", [1280, 1920])
def test_the_calendar_key_wraps_between_whole_items(
    qtbot: QtBot, store: Store, clock: FakeClock, width: int
) -> None:
    screen = make(qtbot, store, clock, width)
    legend = screen.calendar_legend
    assert legend.isVisible()
    lines = legend.flow.lines()
    assert len(lines) == 1 if width == 1920 else 1 <= len(lines) <= 2
    area = legend.contentsRect()
    tops = []
    for line in lines:
        tops.append(line[0].geometry().top())
        right = area.left() - 1
        for item in line:
            g = item.geometry()
            assert g.size() == item.sizeHint(), "an item squeezed or cut"
            assert g.left() > right, "items overlap"
            assert area.contains(g), "an item runs past the key's edge"
            right = g.right()
    assert tops == sorted(set(tops))  # lines one under the other
    assert legend.height() >= legend.flow.heightForWidth(legend.width())  # no line cut off
    # The key spans the calendar and the 30-day table, whichever way they are laid out.
    assert legend.width() >= screen.recent_list.width()
