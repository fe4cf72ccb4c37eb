"""Activity and measure forms by keyboard: values saved, bad values named and not written."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget
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
from phtcoach.storage.repository import Store
from phtcoach.ui.activity_form import KM_PER_MILE, ActivityForm, intensity_name
from phtcoach.ui.measure_form import MeasureForm, placeholders, text_room
from phtcoach.ui.widgets.form_base import DiaryForm
from tests.fakes import FakeClock
from tests.gui.diary_helpers import NOW, QT_NOISE, TODAY, focused, key, keys, show
from tests.gui.state_helpers import make_state

if TYPE_CHECKING:
    from phtcoach.ui.main_window import MainWindow

pytestmark = QT_NOISE


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(NOW)


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


# --------------------------------------------------------------------------- layout


@pytest.mark.parametrize(("width", "height"), [(1280, 720), (1920, 1080)])
def test_every_measure_placeholder_fits_its_box(
    qtbot: QtBot, diary_window: Callable[[int, int], MainWindow], width: int, height: int
) -> None:
    """Not "0-100, from your clinician, 100 = no...": the whole hint is the tooltip."""
    w = diary_window(width, height)
    form = w.diary.measure_form
    w.diary.tabs.setCurrentIndex(2)  # Other measures
    qtbot.waitUntil(form.isVisible)
    for kind, edit in form.fields.items():
        shown = edit.placeholderText()
        assert shown in placeholders(kind)
        assert edit.fontMetrics().horizontalAdvance(shown) <= text_room(edit), kind
        assert edit.toolTip() == edit.accessibleDescription()
        assert edit.toolTip().startswith(placeholders(kind)[-1])  # the range, then words
    visa = form.fields[MeasureKind.VISA_H]
    assert visa.placeholderText() == "0-100, 100 = no symptoms"
    assert visa.toolTip() == "0-100, from your clinician, 100 = no symptoms"


def test_a_narrow_measure_box_shows_the_range_alone(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    """A box too narrow for its words (a big text size, a long translation) says the range,
    whole, rather than a hint cut off mid-word; wide again, the words come back."""
    form = MeasureForm(make_state(store, clock))
    show(qtbot, form)
    visa = form.fields[MeasureKind.VISA_H]
    wide = visa.placeholderText()
    assert wide == "0-100, 100 = no symptoms"
    narrow = visa.fontMetrics().horizontalAdvance("0-100, 100") + 12
    form.resize(form.width() - visa.width() + narrow, form.height())
    qtbot.waitUntil(lambda: visa.placeholderText() == "0-100")
    assert visa.fontMetrics().horizontalAdvance("0-100") <= text_room(visa)
    form.resize(form.width() + 400, form.height())
    qtbot.waitUntil(lambda: visa.placeholderText() == wide)


def form_x(form: QWidget, widget: QWidget) -> int:
    return widget.mapTo(form, QPoint(0, 0)).x()


@pytest.mark.parametrize("form_class", [MeasureForm, ActivityForm])
def test_notes_lines_up_with_the_other_fields(
    qtbot: QtBot, store: Store, clock: FakeClock, form_class: type[DiaryForm[Any]]
) -> None:
    """Notes is a row of the form's label column: its box starts where the others do and is
    as wide, its label sits with theirs, and it is still the last field before Save."""
    form = form_class(make_state(store, clock))
    form.resize(560, 700)
    show(qtbot, form)
    [layout] = form.findChildren(QFormLayout)
    fields: list[QWidget] = []
    labels: list[QWidget] = []
    for row in range(layout.rowCount()):
        field = layout.itemAt(row, QFormLayout.ItemRole.FieldRole)
        label = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
        if field is None or label is None:
            continue  # a row spanning both columns (the pain scale)
        field_w, label_w = field.widget(), label.widget()
        if field_w is not None and label_w is not None:  # not the flags' row of boxes
            fields.append(field_w)
            labels.append(label_w)
    assert form.notes in fields and form.notes is fields[-1]
    assert len(fields) >= 5
    assert {form_x(form, f) for f in fields} == {form_x(form, form.notes)}
    assert {f.width() for f in fields if f is not form.notes} == {form.notes.width()}
    assert {form_x(form, lbl) for lbl in labels if isinstance(lbl, QLabel)} == {
        form_x(form, form.notes_label)
    }
    assert form.notes_label.buddy() is form.notes
    assert form.notes.mapTo(form, QPoint(0, 0)).y() < form.save_button.mapTo(form, QPoint(0, 0)).y()


def test_intensity_choices_are_capitalised_like_the_kinds_and_store_the_same_values(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    form = ActivityForm(make_state(store, clock))
    show(qtbot, form)
    shown = [form.intensity.itemText(i) for i in range(form.intensity.count())]
    assert shown == ["Easy", "Moderate", "Hard"]
    assert [form.intensity.itemData(i) for i in range(form.intensity.count())] == [
        i.value for i in Intensity
    ]
    for combo in (form.kind, form.intensity):
        for i in range(combo.count()):
            text = combo.itemText(i)
            assert text[:1].isupper() and text[1:] == text[1:].lower(), text
    assert form.intensity.currentText() == "Moderate"
    form.intensity.setCurrentIndex(form.intensity.findText("Hard"))
    form.save()
    [a] = store.diary.activities()
    assert a.intensity is Intensity.HARD
    # Inside a sentence (the day's entry list) the word stays lower case.
    assert intensity_name(Intensity.HARD) == "hard"
