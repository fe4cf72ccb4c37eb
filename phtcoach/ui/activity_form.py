"""The activity form: what else loaded the tendon today (runs, rides, hours sat).

Hills, an aero position, speed work and long sitting are the provocations PROTOCOL.md
names, so they are one tick each; the tolerance table later shows which of them tend to
be followed by a worse morning.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
)

from phtcoach.core.errors import ValidationError
from phtcoach.core.model import Activity, ActivityFlag, ActivityKind, Intensity, Units
from phtcoach.services.errors import StorageError
from phtcoach.ui.widgets.form_base import DiaryForm, FormTexts
from phtcoach.ui.widgets.pain_scale import PainScale
from phtcoach.ui.widgets.range_spin import RangeDoubleSpinBox, RangeSpinBox

DEFAULT_MINUTES = 30
KM_PER_MILE = 1.609344
MAX_DISTANCE_KM = 1000.0


def distance_text(km: float, units: Units) -> str:
    """A distance in the user's units: miles with Settings.units lb, else km (stored as km)."""
    translate = QCoreApplication.translate
    if units is Units.LB:
        return translate("ActivityForm", "{d:g} mi").format(d=round(km / KM_PER_MILE, 1))
    return translate("ActivityForm", "{d:g} km").format(d=round(km, 1))


def kind_name(kind: ActivityKind) -> str:
    translate = QCoreApplication.translate
    names = {
        ActivityKind.RUN: translate("ActivityForm", "Run"),
        ActivityKind.RIDE: translate("ActivityForm", "Ride"),
        ActivityKind.WALK: translate("ActivityForm", "Walk"),
        ActivityKind.HIKE: translate("ActivityForm", "Hike"),
        ActivityKind.SWIM: translate("ActivityForm", "Swim"),
        ActivityKind.ELLIPTICAL: translate("ActivityForm", "Elliptical"),
        ActivityKind.CLIMB: translate("ActivityForm", "Climb"),
        ActivityKind.STRENGTH: translate("ActivityForm", "Strength"),
        ActivityKind.OTHER: translate("ActivityForm", "Other"),
    }
    return names[kind]


def intensity_name(intensity: Intensity) -> str:
    translate = QCoreApplication.translate
    names = {
        Intensity.EASY: translate("ActivityForm", "easy"),
        Intensity.MODERATE: translate("ActivityForm", "moderate"),
        Intensity.HARD: translate("ActivityForm", "hard"),
    }
    return names[intensity]


def intensity_choice(intensity: Intensity) -> str:
    """The intensity as the form's drop-down offers it, capitalised like the other choices
    ("Run", "Moderate"); `intensity_name` is the word inside a sentence ("Run 30 min, moderate")."""
    translate = QCoreApplication.translate
    names = {
        Intensity.EASY: translate("ActivityForm", "Easy"),
        Intensity.MODERATE: translate("ActivityForm", "Moderate"),
        Intensity.HARD: translate("ActivityForm", "Hard"),
    }
    return names[intensity]


def flag_name(flag: ActivityFlag) -> str:
    translate = QCoreApplication.translate
    names = {
        ActivityFlag.HILLS: translate("ActivityForm", "hills"),
        ActivityFlag.AERO: translate("ActivityForm", "aero position"),
        ActivityFlag.SPEED: translate("ActivityForm", "speed work"),
    }
    return names[flag]


class ActivityForm(DiaryForm[Activity]):
    """New or edited activity on the day being viewed; Enter saves."""

    def _texts(self) -> FormTexts:
        return FormTexts(
            "activityForm",
            self.tr("Activity"),
            self.tr("New activity"),
            self.tr("Edit activity"),
            self.tr("&Save activity"),
        )

    def _build_fields(self, root: QVBoxLayout) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kind = QComboBox(self)
        for k in ActivityKind:
            self.kind.addItem(kind_name(k), k.value)
        self.kind.setAccessibleName(self.tr("Activity kind"))
        form.addRow(self.tr("&Kind"), self.kind)

        # Boxes that name a number typed out of range rather than dropping a keystroke
        # (2000 minutes would otherwise become 200 without a word).
        self.minutes = RangeSpinBox(self.tr("Minutes"), self)
        self.minutes.setRange(1, 1440)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Minutes, 1 to 1440"))
        form.addRow(self.tr("&Minutes (1-1440)"), self.minutes)
        self._error_focus["activity.minutes"] = self.minutes

        self.intensity = QComboBox(self)
        for i in Intensity:
            self.intensity.addItem(intensity_choice(i), i.value)
        self.intensity.setAccessibleName(self.tr("Intensity"))
        form.addRow(self.tr("&Intensity"), self.intensity)

        flags_row = QHBoxLayout()
        self.flag_boxes: dict[ActivityFlag, QCheckBox] = {}
        for flag, text in (
            (ActivityFlag.HILLS, self.tr("&Hills")),
            (ActivityFlag.AERO, self.tr("&Aero position")),
            (ActivityFlag.SPEED, self.tr("S&peed work")),
        ):
            cb = QCheckBox(text, self)
            flags_row.addWidget(cb)
            self.flag_boxes[flag] = cb
        flags_row.addStretch(1)
        form.addRow(self.tr("Flags"), flags_row)

        self.hours_sitting = RangeDoubleSpinBox(self.tr("Hours sitting"), self)
        self.hours_sitting.setRange(0.0, 24.0)
        self.hours_sitting.setSingleStep(0.5)
        self.hours_sitting.setDecimals(1)
        self.hours_sitting.setSuffix(self.tr(" h"))
        # 0 is what an untouched box holds: "0.0 h" would read as a recorded zero.
        self.hours_sitting.setSpecialValueText(self.tr("not recorded"))
        self.hours_sitting.setAccessibleName(self.tr("Hours sitting that day, 0 to 24"))
        form.addRow(self.tr("Hours si&tting that day"), self.hours_sitting)

        self.distance = RangeDoubleSpinBox(self.tr("Distance (km)"), self)
        self.distance.setDecimals(1)
        self.distance.setSpecialValueText(self.tr("not recorded"))
        form.addRow(self.tr("&Distance"), self.distance)
        self._units: Units | None = None
        # (value shown, km it came from): an unchanged box keeps the stored km exactly
        # instead of round-tripping it through one decimal of miles.
        self._loaded_distance: tuple[float, float] | None = None
        self._apply_units()

        # The scale spans both columns (its eleven buttons need the width); Notes, added
        # after it by the base class, is a row of this same layout, under the other fields.
        pain_label = QLabel(self.tr("Pain d&uring (optional: type 0-10, T = 10, Del clears)"), self)
        pain_label.setWordWrap(True)
        form.addRow(pain_label)
        self.pain_during = PainScale(self.tr("Pain during"), self, show_hint=False)
        pain_label.setBuddy(self.pain_during.button(0))
        form.addRow(self.pain_during)
        root.addLayout(form)
        self._fields_form = form

    # ------------------------------------------------------------------ API

    def focus_first(self) -> None:
        self.kind.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> Activity | None:
        """Validate and write; a bad value shows one message naming the field, nothing written."""
        if self._refuse_bad_input():
            return None
        distance = self.distance_km()
        old = self._editing
        try:
            candidate = Activity(
                local_date=self._day if old is None else old.local_date,
                kind=ActivityKind(self.kind.currentData()),
                minutes=float(self.minutes.value()),
                recorded_at=self._clock.now() if old is None else old.recorded_at,
                intensity=Intensity(self.intensity.currentData()),
                flags=frozenset(f for f, cb in self.flag_boxes.items() if cb.isChecked()),
                hours_sitting=self.hours_sitting.value(),
                distance_km=distance,
                pain_during=self.pain_during.value(),
                notes=self.notes.text(),
                id=None if old is None else old.id,
            )
            if old is None:
                (new,) = self._state.perform(self._services.diary.add, candidate)
            else:
                (new,) = self._state.perform(self._services.diary.update, candidate)
        except (ValidationError, StorageError) as e:
            self._explain(e)
            return None
        what = self.tr("{kind}, {minutes:g} min").format(
            kind=kind_name(new.kind), minutes=new.minutes
        )
        self._done(old, (new,), what)
        return new

    def units(self) -> Units:
        """The unit the distance box is in (Settings.units when the form was last reset)."""
        return self._units or Units.KG

    def distance_km(self) -> float | None:
        """The distance box in km (None when "not recorded"), whatever unit it shows."""
        shown = self.distance.value()
        if shown <= 0:
            return None
        if self._loaded_distance is not None and self._loaded_distance[0] == shown:
            return self._loaded_distance[1]
        return shown * KM_PER_MILE if self.units() is Units.LB else shown

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._loading += 1  # not the user's edit: a message stays
        try:
            self._apply_units()  # Settings may have changed the unit since the last reset
        finally:
            self._loading -= 1

    # ------------------------------------------------------------------ internals

    def _apply_units(self) -> None:
        units = self._state.settings.units
        if units is self._units:
            return
        km = self.distance_km() if self._units is not None else None
        self._units = units
        miles = units is Units.LB
        factor = 1 / KM_PER_MILE if miles else 1.0
        self.distance.setRange(0.0, round(MAX_DISTANCE_KM * factor, 1))
        self.distance.setSuffix(self.tr(" mi") if miles else self.tr(" km"))
        self.distance.set_label(self.tr("Distance (mi)") if miles else self.tr("Distance (km)"))
        self.distance.setAccessibleName(
            self.tr("Distance in miles, optional") if miles else self.tr("Distance in km, optional")
        )
        self._show_distance(km)

    def _show_distance(self, km: float | None) -> None:
        if km is None:
            self._loaded_distance = None
            self.distance.setValue(0.0)
            return
        factor = 1 / KM_PER_MILE if self.units() is Units.LB else 1.0
        shown = round(km * factor, 1)
        self.distance.setValue(shown)
        self._loaded_distance = (self.distance.value(), km)

    def _clear_fields(self) -> None:
        self._apply_units()
        self.kind.setCurrentIndex(0)
        self.minutes.setValue(DEFAULT_MINUTES)
        self.intensity.setCurrentIndex(self.intensity.findData(Intensity.MODERATE.value))
        for cb in self.flag_boxes.values():
            cb.setChecked(False)
        self.hours_sitting.setValue(0.0)
        self._show_distance(None)
        self.pain_during.clear()

    def _load_fields(self, activity: Activity) -> None:
        self._apply_units()
        self.kind.setCurrentIndex(self.kind.findData(activity.kind.value))
        self.minutes.setValue(round(activity.minutes))
        self.intensity.setCurrentIndex(self.intensity.findData(activity.intensity.value))
        for flag, cb in self.flag_boxes.items():
            cb.setChecked(flag in activity.flags)
        self.hours_sitting.setValue(activity.hours_sitting)
        self._show_distance(activity.distance_km)
        self.pain_during.set_value(activity.pain_during)

    def _labels(self) -> dict[str, str]:
        return {
            "activity.minutes": self.tr("Minutes"),
            "activity.hours_sitting": self.tr("Hours sitting"),
            "activity.distance_km": (
                self.tr("Distance (mi)") if self.units() is Units.LB else self.tr("Distance (km)")
            ),
            "activity.pain_during": self.tr("Pain during"),
            "activity.notes": self.tr("Notes"),
            "activity.kind": self.tr("Kind"),
            "activity.intensity": self.tr("Intensity"),
        }
