"""The Settings page's sections: a heading, its form, and which `Settings` fields it shows.

Each section fills its controls from a `Settings` (`load`) and reads them back as plain
values by field name (`values`), so the page can compare with what it loaded and save only
what the user changed. A number typed out of its range is never clamped silently: the box
(`widgets.range_spin.RangeSpinBox`) keeps it on screen and the section says so through
`rejected` (the page shows the message naming the field and the range, and saves nothing
while it stands). A box's range is in its tooltip and accessible description, not in its
label: a label is words and one colon.

`SharedColumns` gives the forms of all sections one label column and one width for their
number boxes, so every section's fields start at the same x and the number boxes end at
the same x.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
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
from phtcoach.ui.design import Space
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
        self.form.setHorizontalSpacing(Space.M)  # a label never touches its box
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
        # The base class's context whatever the section (self.tr would look in the subclass's).
        allowed = QCoreApplication.translate("Section", "A number from %1 to %2")
        allowed = allowed.replace("%1", str(lo)).replace("%2", str(hi))
        box.setToolTip(allowed)
        box.setAccessibleDescription(allowed)
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

    def form_labels(self) -> list[QWidget]:
        """The widgets in the form's label column (an empty one beside a check box too)."""
        out: list[QWidget] = []
        for row in range(self.form.rowCount()):
            item = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            widget = item.widget() if item is not None else None
            if widget is not None:
                out.append(widget)
        return out

    def number_boxes(self) -> list[RangeSpinBox]:
        return [box for box in self.controls.values() if isinstance(box, RangeSpinBox)]

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


class SharedColumns(QObject):
    """One label column and one number-box width across several sections' forms.

    Each form of its own would size its label column to its own longest label, so the
    fields of one section would start at a different x from the next one's. Here every
    label is at least as wide as the longest label of all the forms, and every number box
    as wide as the widest one. Both follow the text size: a font change recomputes them
    (and then calls `changed`, so the page can lay itself out again).
    """

    def __init__(
        self,
        sections: Sequence[Section],
        parent: QObject | None = None,
        *,
        changed: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._labels = [w for s in sections for w in s.form_labels()]
        self._boxes: list[QWidget] = [b for s in sections for b in s.number_boxes()]
        self._changed = changed
        for widget in (*self._labels, *self._boxes, *sections):
            widget.installEventFilter(self)
        self.align()

    def label_width(self) -> int:
        return max((w.sizeHint().width() for w in self._labels), default=0)

    def box_width(self) -> int:
        return max((w.sizeHint().width() for w in self._boxes), default=0)

    def align(self) -> None:
        """Every label and every number box at least as wide as the widest of its kind
        (a widget's size hint is its own text's, whatever its minimum width)."""
        for group, width in ((self._labels, self.label_width()), (self._boxes, self.box_width())):
            for widget in group:
                if widget.minimumWidth() != width:
                    widget.setMinimumWidth(width)
        if self._changed is not None:
            self._changed()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.align()  # the last widget to take the new font leaves the right widths
        return False


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
            self.tr("First si&de for single-leg work:"),
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
        self.ceiling = self.spin("acceptable_ceiling", t("Acceptable pain &ceiling:"), 3, 5, "/10")
        self.window_h = self.spin("response_window_h", t("Next-morning &window:"), 24, 36, " h")
        self.baseline_days = self.spin(
            "baseline_days", t("&Baseline from the last:"), 3, 28, t(" mornings")
        )
        self.baseline_min = self.spin(
            "baseline_min_mornings", t("A baseline needs at &least:"), 3, 7, t(" mornings")
        )
        # No mnemonic on "Always red above" and "hold for": the page has more fields than
        # free letters once the menus (Alt+F, G, V, H) and Save/Revert have theirs.
        self.red_margin = self.spin(
            "red_margin", t("Red morning above baseline by &more than:"), 1, 3
        )
        self.red_above = self.spin("red_above", t("Always red above:"), 4, 7, "/10")
        self.trend_step = self.spin("trend_step", t("Weekly rise that free&zes progress:"), 1, 3)
        for box in (self.red_margin, self.trend_step):
            box.valueChanged.connect(lambda n, box=box: self._points(box, n))
            self._points(box, box.value())
        self.stage_green_days = self.spin(
            "stage_green_days", t("Green days for a s&tage advance:"), 7, 14, t(" of 14 days")
        )
        self.hold_sessions = self.spin(
            "hold_sessions_after_red", t("After a red morning, hold for:"), 2, 3, t(" sessions")
        )
        self.spike_pct = self.spin(
            "spike_warn_pct", t("Warn when &2-week activity rises by more than:"), 10, 100, " %"
        )
        note = QLabel(
            t(
                "The ceiling is the highest pain during exercise counted as acceptable "
                "(PHT practice: 3/10; the Silbernagel model allows up to 5/10). The "
                "next-morning window is how long after a session a morning test still counts "
                "as that session's 24-hour response (users report 24-36 h)."
            )
        )
        note.setWordWrap(True)
        self.form.addRow(note)

    def _points(self, box: RangeSpinBox, n: int) -> None:
        """' point' or ' points' after the number: a plural that follows the value."""
        box.setSuffix(plural(self.tr(" point(s)", "", n), n))


class SessionsSection(Section):
    def __init__(self) -> None:
        super().__init__(self.tr("Sessions"))
        t = self.tr
        self.lead_in = self.spin("lead_in_s", t("Get-read&y lead-in:"), 0, 60, " s")
        self.rest_extra = self.spin(
            "rest_extra_s", t("E&xtra rest after each set and exercise:"), 0, 120, " s"
        )
        self.switch_sides = self.spin("switch_sides_s", t("&Pause to switch sides:"), 3, 60, " s")
        self.units = self.combo(
            "units",
            t("Weight &units:"),
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
        self.font_scale = self.spin("font_scale_pct", t("Text size:"), 80, 200, " %")
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
