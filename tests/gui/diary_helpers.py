"""Shared set-up for the diary and Today screen tests: a store, demo data, key presses."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from phtcoach.core.model import PainEntry, PainSlot
from phtcoach.demo_data import write_demo
from phtcoach.storage.repository import Store
from phtcoach.ui.checkin import CheckInForm
from tests.fakes import FakeClock
from tests.gui.state_helpers import make_state
from tests.records import at

# The offscreen platform says this whenever a top-level window is shown: not our warning.
QT_NOISE = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

# Monday 2 March 2026, 07:00 UTC: tests run in UTC (tz=UTC passed to every screen).
NOW = datetime(2026, 3, 2, 7, 0, tzinfo=UTC)
TODAY = NOW.date()


# A generated demo history goes into a store exactly as the app's demo mode writes it.
store_demo = write_demo


def morning(store: Store, day: date, value: int, *, hour: int = 7) -> PainEntry:
    """A morning check-in with test score `value` on `day` at `hour`:00 UTC."""
    return store.diary.add_pain(
        PainEntry(local_date=day, slot=PainSlot.MORNING, recorded_at=at(day, hour), pain=value)
    )


def days_before(day: date, n: int) -> date:
    return day - timedelta(days=n)


def show(qtbot: QtBot, widget: QWidget) -> None:
    """Show `widget` as an active window so focus and key events behave as for a user."""
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def focused(widget: QWidget) -> QWidget:
    """The widget with keyboard focus in `widget`'s window."""
    w = QApplication.focusWidget()
    assert w is not None, "nothing has keyboard focus"
    return w


def key(
    qtbot: QtBot,
    widget: QWidget,
    k: Qt.Key | str,
    mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """One key press delivered where the keyboard focus is, as a user's key would be."""
    qtbot.keyClick(focused(widget), k, mods)


def keys(qtbot: QtBot, widget: QWidget, text: str) -> None:
    for ch in text:
        key(qtbot, widget, ch)


def checkin_form(qtbot: QtBot, store: Store, clock: FakeClock, **kw: object) -> CheckInForm:
    """A check-in form on `store` at `clock`'s time, shown, with the first field focused."""
    form = CheckInForm(make_state(store, clock), **kw)  # type: ignore[arg-type]
    show(qtbot, form)
    form.focus_first()
    return form
