"""The after-set rating: pain during, effort, and what was really done, in a few keys.

The set itself is already saved when this panel slides in (the runner commits it the
moment the engine reports it), so the panel only ever adds a rating to a stored set: a
crash, a skipped rating or the next set starting never loses the set.

Keys (also shown on the panel): 0-9 rate the highlighted scale, T = 10 (one key, no
timing games), the first digit rates pain and moves on to effort; Up/Down switch scale;
Tab reaches reps / seconds / load (digits typed there stay there); Enter saves. When pain
is above the user's ceiling, PROTOCOL.md rule 1 decides what Enter does, and the message
says so with its numbers.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import (
    QEasingCurve,
    QPropertyAnimation,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from phtcoach.core.analysis import RED_ABSOLUTE
from phtcoach.core.model import KG_PER_LB, MAX_LOAD_KG, SetRecord, Settings, Units
from phtcoach.core.progression import (
    GREEN_MAX,
    PainAction,
    SetPainAction,
    set_pain_action,
)

PANEL_BG = "#1A1F27"
PANEL_TEXT = "#F2F4F8"
PANEL_DIM = "#C2C9D3"
BUTTON_BG = "#2A303A"
BUTTON_BORDER = "#4A5260"
CHECKED_BG = "#F2F4F8"
CHECKED_TEXT = "#0B0D12"
LEVEL_COLOURS = {"green": "#38D67A", "amber": "#FFB020", "red": "#FF9A8F", "info": PANEL_TEXT}

SLIDE_MS = 260
PANEL_FRACTION = 0.40  # of the runner's width when open (it sits beside the countdown)
MIN_PANEL_WIDTH = 420

ZONE_COLOURS = {
    "green": LEVEL_COLOURS["green"],
    "amber": LEVEL_COLOURS["amber"],
    "red": LEVEL_COLOURS["red"],
}


def pain_zone(pain: int, ceiling: int) -> str:
    """The traffic light of a pain score: 0-2 green, up to the ceiling amber, above red."""
    if pain <= GREEN_MAX:
        return "green"
    return "amber" if pain <= ceiling else "red"


_DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(10)}


class Choice(StrEnum):
    SAVE = "save"  # save the rating, carry on as planned
    STEP_DOWN = "step_down"  # save, then make the next sets one step easier
    END = "end"  # save, then end the session


@dataclass(frozen=True, slots=True)
class Rating:
    """What the user confirmed; None for reps/hold/load means "as measured"."""

    set_id: int
    pain_during: int | None
    rpe: int | None
    performed_reps: int | None
    hold_s: tuple[float, ...] | None
    load_kg: float | None
    choice: Choice


class ScaleRow(QWidget):
    """Eleven large buttons 0-10 with a title; one value or None."""

    value_changed = Signal(object)

    def __init__(
        self, title: str, what: str, parent: QWidget | None = None, *, marker: bool = True
    ) -> None:
        super().__init__(parent)
        self._title = title
        self._marker = marker
        self._value: int | None = None
        self._what = what
        self.setAccessibleName(title)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        self.label = QLabel(title, self)
        self.label.setMinimumWidth(10)
        self.label.setStyleSheet(f"color: {PANEL_TEXT};")
        column.addWidget(self.label)
        row = QHBoxLayout()
        row.setSpacing(4)
        column.addLayout(row, 1)
        self.buttons: list[QPushButton] = []
        for n in range(11):
            b = QPushButton(str(n), self)
            b.setCheckable(True)
            b.setAutoDefault(False)
            b.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            b.setMinimumWidth(10)
            b.setAccessibleName(self.tr("{0} {1} out of 10").format(what, n))
            b.clicked.connect(lambda _c=False, v=n: self.set_value(v, user=True))
            row.addWidget(b, 1)
            self.buttons.append(b)
        self._active = False
        self._zones: list[str] = []
        self._sync()

    def zones(self) -> list[str]:
        """The traffic light of each button ([] for a scale without zones, like effort)."""
        return list(self._zones)

    def set_ceiling(self, ceiling: int) -> None:
        """Colour the buttons by pain zone; the zone is also in each button's name and tip,
        so colour is never the only sign."""
        names = {
            "green": self.tr("green zone"),
            "amber": self.tr("acceptable, up to your ceiling"),
            "red": self.tr("above your ceiling"),
        }
        self._zones = [pain_zone(n, ceiling) for n in range(11)]
        for n, (b, zone) in enumerate(zip(self.buttons, self._zones, strict=True)):
            colour = ZONE_COLOURS[zone]
            b.setStyleSheet(
                f"QPushButton {{ color: {colour}; border-color: {colour}; }}"
                f"QPushButton:checked {{ background: {colour}; color: {CHECKED_TEXT};"
                f" border-color: {PANEL_TEXT}; }}"
            )
            b.setToolTip(names[zone])
            b.setAccessibleName(
                self.tr("{0} {1} out of 10, {2}").format(self._what, n, names[zone])
            )

    def value(self) -> int | None:
        return self._value

    def set_value(self, value: int | None, *, user: bool = False) -> None:
        self._value = value
        self._sync()
        if user:
            self.value_changed.emit(value)

    def set_active(self, active: bool) -> None:
        self._active = active
        self._sync()

    def _sync(self) -> None:
        for n, b in enumerate(self.buttons):
            b.setChecked(n == self._value)
        marker = ("▶ " if self._active else "    ") if self._marker else ""
        shown = self.tr("not rated") if self._value is None else f"{self._value}/10"
        self.label.setText(f"{marker}{self._title}: {shown}")
        self.setAccessibleDescription(
            self.tr("not rated")
            if self._value is None
            else self.tr("{0} out of 10").format(self._value)
        )


class HoldSpinBox(QDoubleSpinBox):
    """Seconds per rep: "15 s" for whole seconds, "15.5 s" only when there is a fraction."""

    def textFromValue(self, value: float) -> str:
        if abs(value - round(value)) < 1e-9:
            return str(round(value))
        return f"{value:.1f}"


class RatingPanel(QFrame):
    """Slides in beside the floor view during the rest after a set; see the module doc."""

    submitted = Signal(object)  # Rating

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ratingPanel")
        self._settings = settings
        self._record: SetRecord | None = None
        self._open = False
        self._can_step_down = False
        self._step_preview = ""
        self._session_over = False
        self._target_width = MIN_PANEL_WIDTH
        self.setAccessibleName(self.tr("Rate the set"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.title = QLabel(self)
        self.title.setObjectName("ratingTitle")
        self.title.setStyleSheet(f"color: {PANEL_TEXT}; font-weight: bold;")
        self.title.setWordWrap(True)  # a narrow column beside the countdown
        self.pain = ScaleRow(self.tr("Pain during"), self.tr("Pain"), self)
        self.rpe = ScaleRow(self.tr("Effort (RPE)"), self.tr("Effort"), self)
        self.pain.value_changed.connect(self._pain_clicked)
        self.rpe.value_changed.connect(lambda _v: self._update_action())

        self.reps = QSpinBox(self)
        self.reps.setRange(0, 100)
        self.reps.setAccessibleName(self.tr("Reps done"))
        self.hold = HoldSpinBox(self)
        self.hold.setRange(0.0, 3600.0)
        self.hold.setDecimals(1)
        self.hold.setSingleStep(1.0)
        self.hold.setAccessibleName(self.tr("Seconds per rep"))
        self.load = QDoubleSpinBox(self)
        self.load.setDecimals(1)
        self.load.setSingleStep(0.5)
        self.load.setAccessibleName(self.tr("Load"))
        # 0 is bodyweight: "Load 0.0 kg" reads like a mistake.
        self.load.setSpecialValueText(self.tr("bodyweight"))
        self._units = settings.units
        self._set_units(settings.units)
        self.hold.setSuffix(" s")
        for box in (self.reps, self.hold, self.load):
            box.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.reps_label = QLabel(self.tr("Reps"), self)
        self.hold_label = QLabel(self.tr("Seconds per rep"), self)
        self.load_label = QLabel(self.tr("Load"), self)
        for lab, box in (
            (self.reps_label, self.reps),
            (self.hold_label, self.hold),
            (self.load_label, self.load),
        ):
            lab.setBuddy(box)
            lab.setStyleSheet(f"color: {PANEL_DIM};")

        self.message = QLabel(self)
        self.message.setObjectName("ratingMessage")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Advice"))
        self.save_button = QPushButton(self.tr("Save (Enter)"), self)
        self.alt_button = QPushButton(self)
        for b in (self.save_button, self.alt_button):
            b.setAutoDefault(False)
            b.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab reaches them (no mouse)
        self.save_button.clicked.connect(self.activate_default)
        self.alt_button.clicked.connect(self.activate_alternative)
        self.hint = QLabel(
            self.tr(
                "0-9 rate · T = 10 · ↑/↓ pain or effort · Tab: reps, seconds, load, buttons"
                " · Enter save"
            ),
            self,
        )
        self.hint.setStyleSheet(f"color: {PANEL_DIM};")
        self.hint.setWordWrap(True)

        edits = QGridLayout()
        fields: tuple[tuple[QLabel, QAbstractSpinBox], ...] = (
            (self.reps_label, self.reps),
            (self.hold_label, self.hold),
            (self.load_label, self.load),
        )
        for i, (lab, spin) in enumerate(fields):
            edits.addWidget(lab, i, 0)
            edits.addWidget(spin, i, 1)
        edits.setColumnStretch(1, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.alt_button, 1)
        actions.addWidget(self.save_button, 1)
        self.setTabOrder(self.reps, self.hold)
        self.setTabOrder(self.hold, self.load)
        self.setTabOrder(self.load, self.alt_button)
        self.setTabOrder(self.alt_button, self.save_button)

        column = QVBoxLayout(self)
        column.addWidget(self.title)
        column.addWidget(self.pain, 3)
        column.addWidget(self.rpe, 3)
        column.addLayout(edits)
        column.addWidget(self.message, 2)
        column.addLayout(actions)
        column.addWidget(self.hint)

        self._anim = QPropertyAnimation(self, b"maximumWidth", self)
        self._anim.setDuration(SLIDE_MS)
        self._anim.setEasingCurve(QEasingCurve.Type.OutCubic)
        self._anim.finished.connect(self._anim_done)
        # The layout would give the panel only its size hint: pin the minimum to the same
        # width so the panel really takes its share while sliding and once open.
        self._anim.valueChanged.connect(lambda v: self.setMinimumWidth(int(v)))
        self.setMaximumWidth(0)
        self.hide()
        self._active_scale = self.pain
        self.pain.set_ceiling(settings.acceptable_ceiling)
        self._apply_style(720)

    # ------------------------------------------------------------------ state

    def set_settings(self, settings: Settings) -> None:
        """A new pain ceiling or unit applies to the next rating shown."""
        self._settings = settings
        self.pain.set_ceiling(settings.acceptable_ceiling)
        if not self._open:
            self._set_units(settings.units)

    def _set_units(self, units: Units) -> None:
        self._units = units
        self.load.setRange(0.0, MAX_LOAD_KG / (KG_PER_LB if units is Units.LB else 1.0))
        self.load.setSuffix(" lb" if units is Units.LB else " kg")

    @property
    def is_open(self) -> bool:
        return self._open

    @property
    def record(self) -> SetRecord | None:
        return self._record

    def action(self) -> SetPainAction | None:
        p = self.pain.value()
        return None if p is None else set_pain_action(p, self._settings)

    def default_choice(self) -> Choice:
        """What Enter does for the pain chosen (PROTOCOL.md rule 1)."""
        a = self.action()
        if a is None or self._session_over:
            return Choice.SAVE
        if a.action is PainAction.NEXT_SET_EASIER:
            return Choice.STEP_DOWN if self._can_step_down else Choice.SAVE
        if a.action is PainAction.STOP_SET:
            return Choice.END
        return Choice.SAVE

    def alternative_choice(self) -> Choice | None:
        a = self.action()
        if a is None or self._session_over:
            return None
        if a.action is PainAction.NEXT_SET_EASIER and self._can_step_down:
            return Choice.SAVE
        if a.action is PainAction.STOP_SET and self._can_step_down:
            return Choice.STEP_DOWN
        return None

    # ------------------------------------------------------------------ open / close

    def open_for(
        self,
        record: SetRecord,
        *,
        title: str,
        pain: int | None,
        rpe: int | None,
        can_step_down: bool,
        step_preview: str,
        session_over: bool = False,
        animate: bool = True,
    ) -> None:
        """Show the rating for the stored set `record`, prefilled."""
        self._record = record
        self._can_step_down = can_step_down
        self._step_preview = step_preview
        self._session_over = session_over
        self.title.setText(title)
        self.pain.set_value(pain)
        self.rpe.set_value(rpe)
        self._set_active(self.pain)
        self.reps.setValue(record.performed_reps)
        mean = sum(record.hold_s) / len(record.hold_s) if record.hold_s else 0.0
        self.hold.setValue(round(mean, 1))
        self.load.setValue(self._to_display(record.load_kg))
        self._update_action()
        self._open = True
        self.show()
        self._slide(self._target_width, animate)

    def close_panel(self, *, animate: bool = True) -> None:
        if not self._open:
            return
        self._open = False
        self._record = None
        if self.focusWidget() is not None and self.isAncestorOf(self.focusWidget()):
            parent = self.parentWidget()
            if parent is not None:
                parent.setFocus(Qt.FocusReason.OtherFocusReason)
        self._slide(0, animate)

    def set_session_over(self, over: bool) -> None:
        self._session_over = over
        self._update_action()

    def scale_to(self, runner_height: int, runner_width: int | None = None) -> None:
        """Text follows the runner's height, like the floor view's; the width is a share of
        the runner's, so the countdown beside it keeps its size."""
        if runner_width is not None:
            self._target_width = max(MIN_PANEL_WIDTH, round(runner_width * PANEL_FRACTION))
        self._apply_style(runner_height)
        if not self._open:
            self.setMinimumWidth(0)
            return
        if self._anim.state() == QPropertyAnimation.State.Running:
            self._anim.setEndValue(self._target_width)  # resized while sliding in
        else:
            self.setMinimumWidth(self._target_width)
            self.setMaximumWidth(self._target_width)

    def _slide(self, to: int, animate: bool) -> None:
        self._anim.stop()
        if animate:
            self._anim.setStartValue(min(self.maximumWidth(), self._target_width))
            self._anim.setEndValue(to)
            self._anim.start()
        else:
            self.setMinimumWidth(to)
            self.setMaximumWidth(to)
            self._anim_done()

    def _anim_done(self) -> None:
        if not self._open:
            self.setMinimumWidth(0)
            self.setMaximumWidth(0)
            self.hide()

    # ------------------------------------------------------------------ keys

    def handle_key(self, event: QKeyEvent) -> bool:
        """Keys forwarded by the runner (or bubbling up from a button); True if used."""
        if not self._open:
            return False
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            return False
        key = event.key()
        if key in _DIGITS:
            self.rate_active(_DIGITS[key])
        elif key == Qt.Key.Key_T:
            self.rate_active(10)
        elif key == Qt.Key.Key_Up:
            self._set_active(self.pain)
        elif key == Qt.Key.Key_Down:
            self._set_active(self.rpe)
        elif (key, self.alternative_choice()) in (
            (Qt.Key.Key_K, Choice.SAVE),
            (Qt.Key.Key_S, Choice.STEP_DOWN),
        ):
            self.activate_alternative()
        else:
            return False
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.handle_key(event):
            super().keyPressEvent(event)

    def rate_active(self, value: int) -> None:
        """A digit: rates the highlighted scale; after pain, effort is next."""
        scale = self._active_scale
        scale.set_value(value)
        if scale is self.pain:
            self._set_active(self.rpe)
        self._update_action()

    def _pain_clicked(self, _value: object) -> None:
        self._set_active(self.rpe)
        self._update_action()

    def _set_active(self, scale: ScaleRow) -> None:
        self._active_scale = scale
        self.pain.set_active(scale is self.pain)
        self.rpe.set_active(scale is self.rpe)

    @property
    def active_scale(self) -> str:
        return "pain" if self._active_scale is self.pain else "rpe"

    # ------------------------------------------------------------------ submit

    def activate_default(self) -> Rating | None:
        return self._submit(self.default_choice())

    def activate_alternative(self) -> Rating | None:
        alt = self.alternative_choice()
        return None if alt is None else self._submit(alt)

    def _submit(self, choice: Choice) -> Rating | None:
        rec = self._record
        if not self._open or rec is None or rec.id is None:
            return None
        for box in (self.reps, self.hold, self.load):
            box.interpretText()
        reps = self.reps.value()
        mean = sum(rec.hold_s) / len(rec.hold_s) if rec.hold_s else 0.0
        hold_changed = abs(self.hold.value() - round(mean, 1)) > 1e-9
        reps_changed = reps != rec.performed_reps
        hold: tuple[float, ...] | None = None
        if hold_changed:
            hold = (float(self.hold.value()),) * reps
        elif reps_changed:
            measured = list(rec.hold_s[:reps])
            hold = tuple(measured + [round(mean, 3)] * (reps - len(measured)))
        load_kg = self._from_display(self.load.value())
        load_changed = abs(self._to_display(rec.load_kg) - self.load.value()) > 1e-9
        rating = Rating(
            set_id=rec.id,
            pain_during=self.pain.value(),
            rpe=self.rpe.value(),
            performed_reps=reps if (reps_changed or hold_changed) else None,
            hold_s=hold,
            load_kg=load_kg if load_changed else None,
            choice=choice,
        )
        self.submitted.emit(rating)
        return rating

    # ------------------------------------------------------------------ display

    def _update_action(self) -> None:
        a = self.action()
        default = self.default_choice()
        alt = self.alternative_choice()
        texts = {
            Choice.SAVE: self.tr("Save (Enter)"),
            Choice.STEP_DOWN: self.tr("Save and step down (Enter)"),
            Choice.END: self.tr("Save and end session (Enter)"),
        }
        self.save_button.setText(texts[default])
        self.save_button.setAccessibleName(texts[default])
        if alt is Choice.SAVE:
            self.alt_button.setText(self.tr("Keep the plan (K)"))
        elif alt is Choice.STEP_DOWN:
            self.alt_button.setText(self.tr("Step down instead (S)"))
        self.alt_button.setAccessibleName(self.alt_button.text() or self.tr("Other choice"))
        self.alt_button.setVisible(alt is not None)
        if a is None:
            self.message.setText(self.tr("Rate the pain you felt during the set."))
            colour = PANEL_DIM
        else:
            text = self._rule_message(a)
            if default is Choice.STEP_DOWN or alt is Choice.STEP_DOWN:
                text += " " + self.tr("Step down: {0}.").format(self._step_preview)
            self.message.setText(text)
            colour = LEVEL_COLOURS.get(a.level.value, PANEL_TEXT)
        self.message.setStyleSheet(f"color: {colour};")
        self.message.setAccessibleDescription(self.message.text())

    def _rule_message(self, a: SetPainAction) -> str:
        """Rule 1 worded for the rest: the set is already over when this panel shows, so
        "finish this set" (the wording for mid-set) would be wrong here."""
        p = self.pain.value()
        c = self._settings.acceptable_ceiling
        if p is None or a.action is PainAction.CONTINUE:
            return a.message
        if self._session_over:
            limit = c if a.action is PainAction.NEXT_SET_EASIER else RED_ABSOLUTE
            return self.tr(
                "Pain {0}/10 is above {1}/10. The session is over: tomorrow morning's check "
                "decides the next one."
            ).format(p, limit)
        if a.action is PainAction.NEXT_SET_EASIER:
            return self.tr(
                "Pain {0}/10 is above your ceiling of {1}/10: make the next set one step easier "
                "(10-20 % less load, one set fewer or a shorter hold)."
            ).format(p, c)
        if self._can_step_down:
            return self.tr(
                "Pain {0}/10 is above {1}/10: end the session here, or step down."
            ).format(p, RED_ABSOLUTE)
        return self.tr("Pain {0}/10 is above {1}/10: end the session here.").format(p, RED_ABSOLUTE)

    def _to_display(self, kg: float) -> float:
        return round(kg / KG_PER_LB, 1) if self._units is Units.LB else round(kg, 1)

    def _from_display(self, value: float) -> float:
        kg = value * KG_PER_LB if self._units is Units.LB else value
        return round(min(MAX_LOAD_KG, kg), 3)

    def _apply_style(self, runner_height: int) -> None:
        h = max(400, runner_height)
        text_px = max(15, round(h * 0.026))
        self.setStyleSheet(
            f"#ratingPanel {{ background: {PANEL_BG}; border-left: 2px solid {BUTTON_BORDER}; }}"
            + controls_style(h)
        )
        f = QFont(self.title.font())
        f.setPixelSize(text_px)
        f.setBold(True)
        self.title.setFont(f)


def controls_style(height: int) -> str:
    """Dark buttons, scales and number fields sized for the floor (shared with the summary)."""
    h = max(400, height)
    text_px = max(15, round(h * 0.026))
    digit_px = max(17, round(h * 0.04))
    return (
        f"QLabel {{ font-size: {text_px}px; }}"
        f"QPushButton {{ background: {BUTTON_BG}; color: {PANEL_TEXT};"
        f" border: 2px solid {BUTTON_BORDER}; border-radius: 8px; font-size: {text_px}px;"
        " padding: 4px 10px; }"
        f"ScaleRow QPushButton {{ font-size: {digit_px}px; font-weight: bold; padding: 0; }}"
        f"QPushButton:checked {{ background: {CHECKED_BG}; color: {CHECKED_TEXT};"
        f" border-color: {CHECKED_BG}; }}"
        f"QPushButton:focus {{ border-color: #FFD27A; }}"
        f"QSpinBox, QDoubleSpinBox {{ background: {BUTTON_BG}; color: {PANEL_TEXT};"
        f" border: 2px solid {BUTTON_BORDER}; border-radius: 6px; font-size: {text_px}px;"
        " padding: 2px 6px; }"
        "QSpinBox:focus, QDoubleSpinBox:focus { border-color: #FFD27A; }"
        # No arrow buttons (Up/Down still step); NoButtons collapses the text field
        # to 1 px under a style sheet in Qt 6.12, so the buttons are sized away.
        "QAbstractSpinBox::up-button, QAbstractSpinBox::down-button"
        " { width: 0px; border: none; }"
    )
