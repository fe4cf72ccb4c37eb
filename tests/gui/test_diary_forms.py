"""Activity and measure forms by keyboard: values saved, bad values named and not written."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from phtcoach.core.model import (
    Activity,
    ActivityFlag,
    ActivityKind,
    Intensity,
    MeasureKind,
    Settings,
    Units,
)
from phtcoach.storage.repository import Store, open_store
from phtcoach.ui.activity_form import KM_PER_MILE, ActivityForm
from phtcoach.ui.measure_form import MeasureForm
from tests.fakes import FakeClock
from tests.gui.diary_helpers import NOW, QT_NOISE, TODAY, focused, key, keys, show
from tests.gui.state_helpers import make_state

pytestmark = QT_NOISE


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(NOW)


@pytest.fixture
def store(data_dir: Path, clock: FakeClock) -> Iterator[Store]:
    s = open_store(data_dir, clock)
    yield s
    s.close()


def select_all_and_type(qtbot: QtBot, form: QWidget, text: str) -> None:
    key(qtbot, form, "a", Qt.KeyboardModifier.ControlModifier)
    keys(qtbot, form, text)


# --------------------------------------------------------------------------- activity


def test_activity_by_keyboard_is_saved_with_every_value(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    form = ActivityForm(make_state(store, clock))
    show(qtbot, form)
    form.focus_first()
    assert focused(form) is form.kind
    key(qtbot, form, Qt.Key.Key_Down)  # Run -> Ride
    key(qtbot, form, Qt.Key.Key_Tab)
    assert focused(form) is form.minutes
    select_all_and_type(qtbot, form, "75")
    key(qtbot, form, Qt.Key.Key_Tab)
    assert focused(form) is form.intensity
    key(qtbot, form, Qt.Key.Key_Down)  # moderate -> hard
    key(qtbot, form, Qt.Key.Key_Tab)
    key(qtbot, form, Qt.Key.Key_Tab)  # past hills
    assert focused(form) is form.flag_boxes[ActivityFlag.AERO]
    key(qtbot, form, Qt.Key.Key_Space)
    key(qtbot, form, Qt.Key.Key_Tab)
    key(qtbot, form, Qt.Key.Key_Tab)
    assert focused(form) is form.hours_sitting
    select_all_and_type(qtbot, form, "6.5")
    key(qtbot, form, Qt.Key.Key_Tab)
    assert focused(form) is form.distance
    select_all_and_type(qtbot, form, "40")
    key(qtbot, form, Qt.Key.Key_Tab)
    keys(qtbot, form, "2")  # pain during
    key(qtbot, form, Qt.Key.Key_Return)

    [a] = store.diary.activities()
    assert (a.local_date, a.kind, a.minutes, a.intensity) == (
        TODAY,
        ActivityKind.RIDE,
        75.0,
        Intensity.HARD,
    )
    assert a.flags == frozenset({ActivityFlag.AERO})
    assert (a.hours_sitting, a.distance_km, a.pain_during) == (6.5, 40.0, 2)
    assert a.recorded_at == NOW
    assert form.minutes.value() == 30  # reset for the next one


def test_zero_minutes_is_refused_naming_minutes_and_the_range(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    form = ActivityForm(make_state(store, clock))
    show(qtbot, form)
    form.minutes.setFocus()
    select_all_and_type(qtbot, form, "0")
    key(qtbot, form, Qt.Key.Key_Return)
    assert store.diary.activities() == []
    text = form.message.text()
    assert form.message.is_error()
    assert "Minutes" in text
    assert "1 to 1440" in text
    assert focused(form) is form.minutes


def test_editing_an_activity_keeps_its_id(qtbot: QtBot, store: Store, clock: FakeClock) -> None:
    form = ActivityForm(make_state(store, clock))
    show(qtbot, form)
    assert form.save() is not None
    [a] = store.diary.activities()
    form.edit(a)
    form.minutes.setFocus()
    select_all_and_type(qtbot, form, "45")
    key(qtbot, form, Qt.Key.Key_Return)
    [b] = store.diary.activities()
    assert (b.id, b.minutes) == (a.id, 45.0)


# --------------------------------------------------------------------------- measures


def test_visa_h_101_is_refused_and_nothing_is_written(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    form = MeasureForm(make_state(store, clock))
    show(qtbot, form)
    form.fields[MeasureKind.SITTING_TOLERANCE_MIN].setFocus()
    keys(qtbot, form, "45")
    form.fields[MeasureKind.VISA_H].setFocus()
    keys(qtbot, form, "101")
    key(qtbot, form, Qt.Key.Key_Return)
    assert store.diary.measures() == []  # the good sitting value is not written either
    text = form.message.text()
    assert "VISA-H" in text
    assert "0 to 100" in text
    assert focused(form) is form.fields[MeasureKind.VISA_H]


def test_filled_measures_are_saved_together(qtbot: QtBot, store: Store, clock: FakeClock) -> None:
    form = MeasureForm(make_state(store, clock))
    show(qtbot, form)
    form.focus_first()
    keys(qtbot, form, "45")
    key(qtbot, form, Qt.Key.Key_Tab)
    keys(qtbot, form, "12")
    key(qtbot, form, Qt.Key.Key_Tab)
    keys(qtbot, form, "20")
    form.fields[MeasureKind.VISA_H].setFocus()
    keys(qtbot, form, "72")
    key(qtbot, form, Qt.Key.Key_Return)
    got = {m.kind: m.value for m in store.diary.measures()}
    assert got == {
        MeasureKind.SITTING_TOLERANCE_MIN: 45.0,
        MeasureKind.BRIDGE_REPS_LEFT: 12.0,
        MeasureKind.BRIDGE_REPS_RIGHT: 20.0,
        MeasureKind.VISA_H: 72.0,
    }
    assert {m.local_date for m in store.diary.measures()} == {TODAY}


def test_text_that_is_not_a_number_and_an_empty_form_are_refused(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    form = MeasureForm(make_state(store, clock))
    show(qtbot, form)
    form.fields[MeasureKind.LEFS].setFocus()
    keys(qtbot, form, "lots")
    key(qtbot, form, Qt.Key.Key_Return)
    assert "LEFS" in form.message.text()
    assert "0 to 80" in form.message.text()
    form.fields[MeasureKind.LEFS].clear()
    key(qtbot, form, Qt.Key.Key_Return)
    assert form.message.is_error()
    assert store.diary.measures() == []


def test_editing_a_measure_opens_only_its_box(qtbot: QtBot, store: Store, clock: FakeClock) -> None:
    form = MeasureForm(make_state(store, clock))
    show(qtbot, form)
    form.fields[MeasureKind.HOP_COUNT].setText("8")
    assert form.save() is not None
    [m] = store.diary.measures()
    form.edit(m)
    assert [k for k, e in form.fields.items() if e.isEnabled()] == [MeasureKind.HOP_COUNT]
    form.focus_first()
    select_all_and_type(qtbot, form, "11")
    key(qtbot, form, Qt.Key.Key_Return)
    [n] = store.diary.measures()
    assert (n.id, n.kind, n.value) == (m.id, MeasureKind.HOP_COUNT, 11.0)


def test_zero_hours_sitting_reads_not_recorded(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    form = ActivityForm(make_state(store, clock))
    show(qtbot, form)
    assert form.hours_sitting.value() == 0.0
    assert form.hours_sitting.text() == "not recorded"
    form.hours_sitting.setValue(1.5)
    assert form.hours_sitting.text() == "1.5 h"


def test_distance_is_in_miles_with_lb_units_and_stored_in_km(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    store.settings.save(Settings(units=Units.LB))
    form = ActivityForm(make_state(store, clock))
    show(qtbot, form)
    assert form.distance.suffix() == " mi"
    assert "miles" in form.distance.accessibleName()
    form.distance.setValue(10.0)
    form.save()
    [a] = store.diary.activities()
    assert a.distance_km == pytest.approx(10 * KM_PER_MILE)
    # Editing shows miles and an untouched box keeps the stored km exactly.
    stored = store.diary.add_activity(Activity(TODAY, ActivityKind.RUN, 30, NOW, distance_km=40.0))
    form.edit(stored)
    assert form.distance.value() == pytest.approx(24.9)
    form.save()
    assert store.diary.activities()[-1].distance_km == 40.0


def test_distance_stays_in_km_with_kg_units(qtbot: QtBot, store: Store, clock: FakeClock) -> None:
    form = ActivityForm(make_state(store, clock))
    show(qtbot, form)
    assert form.distance.suffix() == " km"
    form.distance.setValue(12.5)
    form.save()
    [a] = store.diary.activities()
    assert a.distance_km == 12.5
