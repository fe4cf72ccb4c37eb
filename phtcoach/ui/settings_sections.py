"""The Settings page's sections: a heading, its form, and which `Settings` fields it shows.

Each section fills its controls from a `Settings` (`load`) and reads them back as plain
values by field name (`values`), so the page can compare with what it loaded and save only
what the user changed. A number typed out of its range is never clamped silently: the box
(`widgets.range_spin.RangeSpinBox`) keeps it on screen and the section says so through
`rejected` (the page shows the message naming the field and the range, and saves nothing
while it stands).
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QWidget,
)

from phtcoach.core.model import MorningTest, Settings, Side, Units
from phtcoach.core.settings import Language, Theme
from phtcoach.core.words import plural
from phtcoach.ui.widgets.range_spin import RangeSpinBox


def plain(value: object) -> object:
    """A setting as the page compares and saves it: enums by their value, lists as tuples."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list):
        return tuple(value)
    return value


class Section(QGroupBox):
    """One heading of the page; `controls` maps each `Settings` field it shows to its box."""

    rejected = Signal(str)  # a sentence naming the field and its range; "" when it fits

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setAccessibleName(title)
        self.form = QFormLayout(self)
        # Boxes as wide as their content, not the window: a 3-digit number in a 900 px field
        # is hard to find again.
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.controls: dict[str, QWidget] = {}
        self.labels: dict[str, str] = {}

    # ------------------------------------------------------------------ building

    def row(self, field: str, label: str, widget: QWidget, box: QWidget | None = None) -> None:
        """A labelled control for `field` (the label its buddy); `box` holds it if given."""
        lab = QLabel(label)
        lab.setBuddy(widget)
        name = label.replace("&", "").rstrip(":")
        widget.setAccessibleName(name)
        self.form.addRow(lab, widget if box is None else box)
        self.controls[field] = widget
        self.labels[f"settings.{field}"] = name

    def spin(self, field: str, label: str, lo: int, hi: int, suffix: str = "") -> RangeSpinBox:
        box = RangeSpinBox(label.replace("&", "").rstrip(":"))
        box.setKeyboardTracking(False)  # a half-typed number is not a value yet
        box.setRange(lo, hi)
        box.setSuffix(suffix)
        self.row(field, label, box)
        box.checked.connect(lambda: self._checked(box))
        return box

    def check(self, field: str, text: str) -> QCheckBox:
        box = QCheckBox(text)
        box.setAccessibleName(text.replace("&", ""))
        self.form.addRow("", box)
        self.controls[field] = box
        self.labels[f"settings.{field}"] = text.replace("&", "")
        return box

    def combo(self, field: str, label: str, items: list[tuple[str, str]]) -> QComboBox:
        box = QComboBox()
        for text, value in items:
            box.addItem(text, value)
        self.row(field, label, box)
        return box

    def _checked(self, box: RangeSpinBox) -> None:
        problem = box.input_problem()
        self.rejected.emit(problem or "")  # "" once what is typed fits again

    def input_problems(self) -> list[str]:
        """Numbers typed outside their box's range (kept on screen, never clamped)."""
        return [
            problem
            for box in self.controls.values()
            if isinstance(box, RangeSpinBox) and (problem := box.input_problem())
        ]

    # ------------------------------------------------------------------ values

    def load(self, s: Settings) -> None:
        for field, box in self.controls.items():
            value = plain(getattr(s, field))
            if isinstance(box, QSpinBox) and isinstance(value, int):
                box.setValue(value)
            elif isinstance(box, QCheckBox) and isinstance(value, bool):
                box.setChecked(value)
            elif isinstance(box, QComboBox):
                box.setCurrentIndex(max(0, box.findData(value)))

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for field, box in self.controls.items():
            if isinstance(box, QSpinBox):
                out[field] = box.value()
            elif isinstance(box, QCheckBox):
                out[field] = box.isChecked()
            elif isinstance(box, QComboBox):
                out[field] = box.currentData()
        return out


class LegSection(Section):
    def __init__(self) -> None:
        super().__init__(self.tr("Your leg"))
        self.side = self.combo(
            "affected_side",
            self.tr("&Affected side:"),
            [(self.tr("Left"), Side.LEFT.value), (self.tr("Right"), Side.RIGHT.value)],
        )
        self.affected_first = self.combo(
            "affected_first",
            self.tr("Single-leg work: which si&de first:"),
            [(self.tr("The affected side"), "yes"), (self.tr("The other side"), "no")],
        )
        self.morning_test = self.combo(
            "morning_test",
            self.tr("Morn&ing test:"),
            [(t.label, t.value) for t in MorningTest],
        )

    def load(self, s: Settings) -> None:
        super().load(s)
        self.affected_first.setCurrentIndex(0 if s.affected_first else 1)

    def values(self) -> dict[str, Any]:
        out = super().values()
        out["affected_first"] = self.affected_first.currentData() == "yes"
        return out


class RulesSection(Section):
    """The thresholds of PROTOCOL.md's rules, worded as the rules word them."""

    def __init__(self) -> None:
        super().__init__(self.tr("The rules"))
        t = self.tr
        self.ceiling = self.spin(
            "acceptable_ceiling", t("Acceptable pain &ceiling (3-5):"), 3, 5, "/10"
        )
        self.window_h = self.spin(
            "response_window_h", t("24-hour &window (24-36 h):"), 24, 36, " h"
        )
        self.baseline_days = self.spin(
            "baseline_days", t("&Baseline from the last (3-28):"), 3, 28, t(" mornings")
        )
        self.baseline_min = self.spin(
            "baseline_min_mornings", t("A baseline needs at &least (3-7):"), 3, 7, t(" mornings")
        )
        self.red_margin = self.spin(
            "red_margin", t("Red morning: more &than (1-3):"), 1, 3, t(" above baseline")
        )
        self.red_above = self.spin(
            "red_above", t("Red whatever the baseline: a&bove (4-7):"), 4, 7, "/10"
        )
        self.trend_step = self.spin(
            "trend_step", t("Weekly rise that &freezes progress (1-3):"), 1, 3
        )
        self.trend_step.valueChanged.connect(self._points)
        self._points(self.trend_step.value())
        self.stage_green_days = self.spin(
            "stage_green_days",
            t("Green days for a s&tage advance (7-14):"),
            7,
            14,
            t(" of 14 days"),
        )
        self.hold_sessions = self.spin(
            "hold_sessions_after_red",
            t("After a red morning, &hold for (2-3):"),
            2,
            3,
            t(" sessions"),
        )
        self.spike_pct = self.spin(
            "spike_warn_pct", t("Warn when 2-week activity rises by &more than:"), 10, 100, " %"
        )
        note = QLabel(
            t(
                "The ceiling is the highest pain during exercise counted as acceptable "
                "(PHT practice: 3/10; the Silbernagel model allows up to 5/10). The 24-hour "
                "window is how long after a session its next-morning check may come "
                "(users report 24-36 h)."
            )
        )
        note.setWordWrap(True)
        self.form.addRow(note)

    def _points(self, n: int) -> None:
        """' point' or ' points' after the number: a plural that follows the value."""
        self.trend_step.setSuffix(plural(self.tr(" point(s)", "", n), n))


class SessionsSection(Section):
    def __init__(self) -> None:
        super().__init__(self.tr("Sessions"))
        t = self.tr
        self.lead_in = self.spin("lead_in_s", t("Get-read&y lead-in (0-60):"), 0, 60, " s")
        self.rest_extra = self.spin(
            "rest_extra_s", t("E&xtra rest after each set and exercise (0-120):"), 0, 120, " s"
        )
        self.switch_sides = self.spin(
            "switch_sides_s", t("&Pause to switch sides (3-60):"), 3, 60, " s"
        )
        self.units = self.combo(
            "units",
            t("Weights in (&units):"),
            [(t("Kilograms (kg)"), Units.KG.value), (t("Pounds (lb)"), Units.LB.value)],
        )


class AppearanceSection(Section):
    def __init__(self) -> None:
        super().__init__(self.tr("Appearance"))
        t = self.tr
        self.theme = self.combo(
            "theme",
            t("Theme:"),
            [
                (t("As the system (follows its light/dark switch)"), Theme.SYSTEM.value),
                (t("Light"), Theme.LIGHT.value),
                (t("Dark"), Theme.DARK.value),
            ],
        )
        self.font_scale = self.spin("font_scale_pct", t("Text size (80-200):"), 80, 200, " %")
        self.font_scale.setSingleStep(10)


class LanguageSection(Section):
    def __init__(self) -> None:
        super().__init__(self.tr("Language"))
        t = self.tr
        self.language = self.combo(
            "language",
            t("Language:"),
            [
                (t("As the system"), Language.SYSTEM.value),
                ("English", Language.EN.value),
                ("Deutsch", Language.DE.value),
            ],
        )
        note = QLabel(t("A new language applies the next time PHT Coach starts."))
        self.form.addRow("", note)
        self.note = note
