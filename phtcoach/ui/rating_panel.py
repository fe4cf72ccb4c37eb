"""The after-set rating: pain during, effort, and what was really done, in a few keys.

The set itself is already saved when this panel slides in (the runner commits it the
moment the engine reports it), so the panel only ever adds a rating to a stored set: a
crash, a skipped rating or the next set starting never loses the set.

Keys (also shown on the panel): 0-9 rate the highlighted scale, T = 10 (one key, no
timing games), the first digit rates pain and moves on to effort; Up/Down switch scale;
Tab reaches reps / seconds / load (digits typed there stay there); Enter saves. When pain
is above the user's ceiling, PROTOCOL.md rule 1 decides what Enter does (`rating_rules`),
and the message says so with its numbers. A number typed outside its box's range stays as
typed and the message line names the range; nothing is saved until it is mended.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from phtcoach.core.model import KG_PER_LB, MAX_LOAD_KG, SetRecord, Settings, Units
from phtcoach.core.progression import SetPainAction, set_pain_action
from phtcoach.core.steps import StepTaken
from phtcoach.ui.design import Space
from phtcoach.ui.rating_fields import RangeBox, field_grid, number_boxes, problem, watch
from phtcoach.ui.rating_rules import (
    Choice,
    Rating,
    alternative_choice_for,
    alternative_label,
    default_choice_for,
    enter_label,
    load_to_display,
    mean_hold,
    rating_from_fields,
    rest_pain_text,
)
from phtcoach.ui.rating_style import (
    BUTTON_BORDER,
    LEVEL_COLOURS,
    PANEL_BG,
    PANEL_DIM,
    PANEL_TEXT,
    controls_style,
    digit_px,
)
from phtcoach.ui.scale_row import ScaleRow
from phtcoach.ui.slide_in import SlideIn
from phtcoach.ui.text.steps import step_down_text
from phtcoach.ui.text.words import key_hints

SLIDE_MS = 260
PANEL_FRACTION = 0.40  # of the runner's width when open (it sits beside the countdown)
MIN_PANEL_WIDTH = 420


_DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(10)}


class RatingPanel(QFrame):
    """Slides in beside the floor view during the rest after a set; see the module doc."""

    submitted = Signal(object)  # Rating
    how_to_requested = Signal()  # "How to (H)": the exercise's how-to, laid over the panel

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ratingPanel")
        self._settings = settings
        self._record: SetRecord | None = None
        self._open = False
        self._can_step_down = False
        self._step_preview: StepTaken | None = None
        self._session_over = False
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

        self.reps, self.hold, self.load = number_boxes(self)
        self.reps.setAccessibleName(self.tr("Reps done"))
        self.hold.setAccessibleName(self.tr("Seconds per rep"))
        self.load.setAccessibleName(self.tr("Load"))
        self._boxes: tuple[RangeBox, ...] = (self.reps, self.hold, self.load)
        names = (self.tr("Reps"), self.tr("Seconds per rep"), self.tr("Load"))
        watch(self._boxes, names, self._update_action)  # load: named with its unit later
        # 0 is bodyweight: "Load 0.0 kg" reads like a mistake.
        self.load.setSpecialValueText(self.tr("bodyweight"))
        self._units = settings.units
        self._set_units(settings.units)
        edits, (self.reps_label, self.hold_label, self.load_label) = field_grid(
            self, names, self._boxes
        )

        self.message = QLabel(self)
        self.message.setObjectName("ratingMessage")
        self.message.setWordWrap(True)
        # Right under the numbers with two lines kept (`_apply_style`): no gap above Save.
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.message.setAccessibleName(self.tr("Advice"))
        self.save_button = QPushButton(self.tr("Save (Enter)"), self)
        self.alt_button = QPushButton(self)
        self.how_to_button = QPushButton(self.tr("How to (H)"), self)
        self.how_to_button.setAccessibleName(self.tr("How to do this exercise"))
        self.how_to_button.clicked.connect(self.how_to_requested)
        for b in (self.save_button, self.alt_button, self.how_to_button):
            b.setAutoDefault(False)
            b.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab reaches them (no mouse)
        self.save_button.clicked.connect(self.activate_default)
        self.alt_button.clicked.connect(self.activate_alternative)
        self.hint = QLabel(
            key_hints(
                self.tr(
                    "0-9 rate · T = 10 · ↑/↓ pain or effort · Tab: reps, seconds, load, buttons"
                    " · Enter save · H how to"
                )
            ),
            self,
        )
        self.hint.setStyleSheet(f"color: {PANEL_DIM};")
        self.hint.setWordWrap(True)

        actions = QVBoxLayout()  # one above the other: side by side cuts their words
        actions.addWidget(self.alt_button)
        actions.addWidget(self.save_button)
        order = (*self._boxes, self.alt_button, self.save_button, self.how_to_button)
        for before, after in pairwise(order):
            self.setTabOrder(before, after)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.how_to_button, 0, Qt.AlignmentFlag.AlignTop)
        self._column = column = QVBoxLayout(self)
        column.addLayout(top)
        column.addWidget(self.pain, 1)
        column.addWidget(self.rpe, 1)
        column.addLayout(edits)
        column.addWidget(self.message)
        column.addLayout(actions)
        column.addWidget(self.hint)

        self._slide = SlideIn(
            self,
            lambda: self._open,
            duration_ms=SLIDE_MS,
            share=PANEL_FRACTION,
            min_width=MIN_PANEL_WIDTH,
        )
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
        self.load.set_label(self.tr("Load (lb)") if units is Units.LB else self.tr("Load (kg)"))
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
        return default_choice_for(
            self.action(), session_over=self._session_over, can_step_down=self._can_step_down
        )

    def alternative_choice(self) -> Choice | None:
        return alternative_choice_for(
            self.action(), session_over=self._session_over, can_step_down=self._can_step_down
        )

    # ------------------------------------------------------------------ open / close

    def open_for(
        self,
        record: SetRecord,
        *,
        title: str,
        title_tip: str = "",
        pain: int | None,
        rpe: int | None,
        can_step_down: bool,
        step_preview: StepTaken | None,
        session_over: bool = False,
        animate: bool = True,
    ) -> None:
        """Show the rating for the stored set `record`, prefilled; `title_tip` is the
        title's tooltip (the exercise's full name where the title has its short one)."""
        self._record = record
        self._can_step_down = can_step_down
        self._step_preview = step_preview
        self._session_over = session_over
        self.title.setText(title)
        self.title.setToolTip(title_tip)
        self.title.setAccessibleDescription(title_tip)
        self.pain.set_value(pain)
        self.rpe.set_value(rpe)
        self._set_active(self.pain)
        self.reps.setValue(record.performed_reps)
        self.hold.setValue(round(mean_hold(record), 1))
        self.load.setValue(load_to_display(record.load_kg, self._units))
        self._update_action()
        self._open = True
        self._slide.open(animate=animate)

    def close_panel(self, *, animate: bool = True) -> None:
        if not self._open:
            return
        self._open = False
        self._record = None
        if self.focusWidget() is not None and self.isAncestorOf(self.focusWidget()):
            parent = self.parentWidget()
            if parent is not None:
                parent.setFocus(Qt.FocusReason.OtherFocusReason)
        self._slide.close(animate=animate)

    def set_session_over(self, over: bool) -> None:
        self._session_over = over
        self._update_action()

    def scale_to(self, runner_height: int, runner_width: int | None = None) -> None:
        """Text follows the runner's height, like the floor view's; the width is a share of
        the runner's, so the countdown beside it keeps its size."""
        self._apply_style(runner_height)
        self._slide.follow(runner_width)

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
        refused = problem(self._boxes)
        if refused is not None:  # never save what was not typed: the message names it
            self._update_action()
            refused[0].setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        for box in self._boxes:
            box.interpretText()
        rating = rating_from_fields(
            rec,
            rec.id,
            choice,
            pain=self.pain.value(),
            rpe=self.rpe.value(),
            reps=self.reps.value(),
            hold_shown=self.hold.value(),
            load_shown=self.load.value(),
            units=self._units,
        )
        self.submitted.emit(rating)
        return rating

    # ------------------------------------------------------------------ display

    def _update_action(self) -> None:
        a = self.action()
        default = self.default_choice()
        alt = self.alternative_choice()
        self.save_button.setText(enter_label(default))
        self.save_button.setAccessibleName(enter_label(default))
        if alt is not None:
            self.alt_button.setText(alternative_label(alt))
        self.alt_button.setAccessibleName(self.alt_button.text() or self.tr("Other choice"))
        self.alt_button.setVisible(alt is not None)
        refused = problem(self._boxes)
        if refused is not None:
            self.message.setText(refused[1])
            colour = LEVEL_COLOURS["red"]
        elif a is None:
            self.message.setText(self.tr("Rate the pain you felt during the set."))
            colour = PANEL_DIM
        else:
            text = rest_pain_text(
                a,
                self.pain.value(),
                self._settings.acceptable_ceiling,
                session_over=self._session_over,
                can_step_down=self._can_step_down,
            )
            step = self._step_preview
            if step is not None and Choice.STEP_DOWN in (default, alt):
                text += " " + step_down_text(step, self._units, a) + "."
            self.message.setText(text)
            colour = LEVEL_COLOURS.get(a.level.value, PANEL_TEXT)
        self.message.setStyleSheet(f"color: {colour};")
        self.message.setAccessibleDescription(self.message.text())

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
        # The design's steps, a little larger on a larger runner: at 1920 x 1080 the "10"
        # keeps clear air from the window's edge.
        margin = Space.L if h < 1000 else Space.XL
        self._column.setContentsMargins(margin, Space.S, margin, Space.S)
        self._column.setSpacing(Space.S)
        plain = QFont(f)
        plain.setBold(False)
        self.message.setMinimumHeight(2 * QFontMetrics(plain).lineSpacing())
        for scale in (self.pain, self.rpe):
            scale.set_digit_px(digit_px(h))
