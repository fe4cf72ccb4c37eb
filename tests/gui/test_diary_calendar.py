"""Issue 15, item 9 on the Diary's calendar: days to come are greyed and say why they do
nothing, and the key under the calendar wraps between whole items at 1280 and 1920 wide."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QDate, QModelIndex, QPoint, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QCalendarWidget, QLabel, QTableView
from pytestqt.qtbot import QtBot

from phtcoach.storage.repository import Store
from phtcoach.ui.design import PAGE_MARGINS, Space
from phtcoach.ui.diary_calendar import future_reason
from phtcoach.ui.diary_legend import FutureSwatch
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


@pytest.mark.parametrize("width", [1280, 1920])
def test_the_calendar_key_marks_with_swatches_and_words_and_keeps_off_the_edge(
    qtbot: QtBot, store: Store, clock: FakeClock, width: int
) -> None:
    """No sample day number as a mark ("15 something logged" read as a count): the words
    "Days with entries" look as a logged day does, days to come have the calendar's grey,
    and the key ends a margin above the page's bottom edge."""
    screen = make(qtbot, store, clock, width)
    legend = screen.calendar_legend
    words = [lbl.text() for lbl in legend.findChildren(QLabel)]
    assert not any(w.strip().isdigit() for w in words), words
    assert "Days with entries" in words
    assert "Days still to come" in words
    assert "Morning test" in words
    logged = legend.logged
    assert logged.text() == "Days with entries"
    assert logged.font().bold() and logged.font().underline()  # as in the calendar
    [grey] = legend.findChildren(FutureSwatch)
    cal = screen.calendar
    assert grey.colour() == cal.dateTextFormat(qdate(TOMORROW)).foreground().color()
    lines = legend.flow.lines()
    for line in lines:
        for item in line:
            widget = item.widget()
            assert widget is not None and widget.toolTip(), "each item says what its mark means"
    # One row at 1920; at 1280 the items share two rows, each whole.
    assert len(lines) == 1 if width == 1920 else len(lines) <= 2
    # A margin under the last line, inside the page's own bottom margin.
    last = max(item.geometry().bottom() for item in lines[-1])
    below = screen.height() - 1 - legend.mapTo(screen, QPoint(0, last)).y()
    assert below >= PAGE_MARGINS[3] + Space.S


def test_a_live_theme_switch_recolours_weekends_and_days_to_come(
    qtbot: QtBot, qapp: QApplication, store: Store, clock: FakeClock
) -> None:
    """Switched to dark with the Diary open, weekends stayed black and days to come kept the
    light theme's grey (the screen restyled them before the calendars had their new palette),
    so they no longer matched the key's grey swatch."""
    from phtcoach.ui.theme import AppLook

    screen = make(qtbot, store, clock)
    look = AppLook.of(qapp)
    before = (look.theme, look.font_scale_pct)
    try:
        for theme in ("dark", "light"):
            look.apply(theme, 100)
            qtbot.waitUntil(lambda: screen.calendar.palette() == qapp.palette())
            qapp.processEvents()
            for cal in (screen.calendar, screen.date_edit.calendarWidget()):
                pal = cal.palette()
                grey = pal.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
                assert cal.dateTextFormat(qdate(TOMORROW)).foreground().color() == grey, theme
                weekend = cal.weekdayTextFormat(Qt.DayOfWeek.Sunday).foreground().color()
                assert weekend == pal.color(QPalette.ColorRole.Text), theme
            [swatch] = screen.calendar_legend.findChildren(FutureSwatch)
            assert swatch.colour() == grey
    finally:
        look.apply(*before)
