"""The big 0-10 pain scale: eleven buttons, readable from a metre away, driven by the keyboard.

People rate pain lying on a mat or standing at the desk, so the scale must work without the
mouse: type the number (0-9, then "10" as "1" followed quickly by "0", or T for ten),
Left/Right step, Home/End jump to 0/10, Delete clears. A number past 10 typed that way
("11", "15", "100") is refused in words under the scale and keeps the rating it had, never
turned into a different one (`input_problem()` names it until the next choice). The colour
zones (`pain_zones`: the Silbernagel traffic light of PROTOCOL.md) are always spelled out in
words too, never by colour alone. The words follow the
user's acceptable ceiling (3-5, `Settings.acceptable_ceiling`): with the default 3/10 a 4 is
"too much for exercise", not "acceptable", whatever colour its button has.

Only one button is a tab stop (the selected one, or 0): the scale is one control to Tab
past, like a radio group, not eleven.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import (
    QEvent,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from phtcoach.ui.design import TextStyle, set_text_style
from phtcoach.ui.widgets.feedback import error_colour, range_message
from phtcoach.ui.widgets.pain_zones import (
    ZONE_FILL,
    Zone,
    ZoneKey,
    band_words,
    legend_parts,
    zone_of,
)

PAIN_VALUES = range(11)
TEN_WINDOW_S = 0.8  # "1" then "0" within this many seconds types 10
_DIGIT_KEYS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(10)}


class PainScale(QWidget):
    """A 0-10 rating; `value()` is None until something is chosen (or after Delete)."""

    value_changed = Signal(object)  # int | None
    checked = Signal()  # input_problem() may have changed (a number past 10 was typed)

    def __init__(
        self,
        title: str,
        parent: QWidget | None = None,
        *,
        allow_none: bool = True,
        show_hint: bool = True,
        monotonic: Callable[[], float] = time.monotonic,
        ceiling: int = 3,
    ) -> None:
        super().__init__(parent)
        self._title = title
        self._ceiling = ceiling
        self._allow_none = allow_none
        self._monotonic = monotonic
        self._value: int | None = None
        # Digits typed in quick succession that started with "1" (maybe more to come),
        # when the last of them was typed, and the value before the first of them.
        self._typed = ""
        self._typed_at: float | None = None
        self._before_typing: int | None = None
        self._refused: str | None = None  # a typed number past 10, until the next choice
        self.setObjectName("painScale")
        self.setAccessibleName(self.tr("{title}, 0 to 10").format(title=title))

        # Rows of their own rather than one grid: a legend or hint spanning grid columns
        # would force every button column wide enough for its share of the text.
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(2)
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        status = QHBoxLayout()
        root.addLayout(buttons)
        root.addLayout(status)
        self._buttons: list[QPushButton] = []
        for n in PAIN_VALUES:
            b = QPushButton(str(n), self)
            b.setCheckable(True)
            b.setAutoDefault(False)
            set_text_style(b, TextStyle.TITLE)  # digits read from a metre away
            b.setMinimumSize(36, 52)
            b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            b.setAccessibleName(self.tr("{title} {n} out of 10").format(title=title, n=n))
            b.setStyleSheet(_button_style(zone_of(n)))
            b.clicked.connect(lambda _checked=False, v=n: self._choose(v, focus=True))
            b.installEventFilter(self)
            buttons.addWidget(b)
            self._buttons.append(b)
        # One key under the scale rather than a caption per zone: the acceptable band is
        # only one button wide with the default ceiling, too narrow for its words.
        self._legend = ZoneKey(self)
        root.addWidget(self._legend)
        self._status = QLabel(self)
        self._status.setObjectName("painScaleStatus")
        status.addWidget(self._status, 1)
        hint = (
            self.tr("Type 0-10 (T = 10) · ←/→ · Del clears")
            if allow_none
            else self.tr("Type 0-10 (T = 10) · ←/→")
        )
        self._hint = QLabel(hint, self)
        self._hint.setObjectName("painScaleHint")
        self._hint.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._hint.setVisible(show_hint)
        status.addWidget(self._hint)
        self.set_ceiling(ceiling)

    def set_ceiling(self, ceiling: int) -> None:
        """Word the scale for this acceptable ceiling (Settings.acceptable_ceiling, 3-5)."""
        self._ceiling = ceiling
        self._legend.set_parts(legend_parts(ceiling))
        for n, b in enumerate(self._buttons):
            b.setAccessibleDescription(band_words(n, ceiling))
            b.setToolTip(f"{n}/10: {band_words(n, ceiling)}")
        self._sync()

    def ceiling(self) -> int:
        return self._ceiling

    def legend(self) -> ZoneKey:
        return self._legend

    # ------------------------------------------------------------------ API

    def title(self) -> str:
        return self._title

    def value(self) -> int | None:
        return self._value

    def set_value(self, value: int | None) -> None:
        if value is not None and value not in PAIN_VALUES:
            raise ValueError(f"{self._title}: {value!r} is not a pain value (0 to 10)")
        if value is None and not self._allow_none:
            value = self._value
        self._forget_typing()
        self._refused = None
        self._set(value)

    def clear(self) -> None:
        """Back to 'not rated' (forms reset between entries)."""
        self._forget_typing()
        self._refused = None
        self._set(None)

    def input_problem(self) -> str | None:
        """'Pain: 11 is not allowed (a number from 0 to 10).' after such a number was typed,
        until a rating is chosen; None otherwise."""
        if self._refused is None:
            return None
        return range_message(self._title, self._refused, "0", "10")

    def button(self, n: int) -> QPushButton:
        return self._buttons[n]

    def set_hint_visible(self, visible: bool) -> None:
        self._hint.setVisible(visible)

    # ------------------------------------------------------------------ keyboard

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and watched in self._buttons:
            assert isinstance(event, QKeyEvent)
            return self.handle_key(event)
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.handle_key(event):
            super().keyPressEvent(event)

    def handle_key(self, event: QKeyEvent) -> bool:
        """Handle a key for the scale; False lets it travel on (Enter reaches the form)."""
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            return False
        key = event.key()
        if key in _DIGIT_KEYS:
            self._digit(_DIGIT_KEYS[key])
            return True
        self._forget_typing()
        if key == Qt.Key.Key_T:
            self._choose(10, focus=True)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Minus):
            self._choose(max(0, (self._value if self._value is not None else 1) - 1), focus=True)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Plus):
            self._choose(min(10, (self._value if self._value is not None else -1) + 1), focus=True)
        elif key == Qt.Key.Key_Home:
            self._choose(0, focus=True)
        elif key == Qt.Key.Key_End:
            self._choose(10, focus=True)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self._allow_none:
            self._choose(None, focus=False)
        else:
            return False
        return True

    # ------------------------------------------------------------------ internals

    def _digit(self, n: int) -> None:
        """A typed digit: a rating of its own, or the next digit of a number begun with
        "1" moments ago ("10" is ten, "11" and beyond are refused in words)."""
        now = self._monotonic()
        going_on = (
            self._typed.startswith("1")
            and self._typed_at is not None
            and now - self._typed_at <= TEN_WINDOW_S
        )
        if not going_on:
            self._before_typing = self._value
            self._typed = ""
        self._typed += str(n)
        self._typed_at = now
        number = int(self._typed)
        if number in PAIN_VALUES:
            self._choose(number, focus=True)
            return
        self._refused = self._typed
        back = self._before_typing
        if back is None and not self._allow_none:
            back = self._value
        had_focus = any(b.hasFocus() for b in self._buttons) or self.hasFocus()
        self._set(back)
        if had_focus:
            self._buttons[back if back is not None else 0].setFocus(Qt.FocusReason.OtherFocusReason)
        self._sync()
        self.checked.emit()

    def _forget_typing(self) -> None:
        self._typed = ""
        self._typed_at = None

    def _choose(self, n: int | None, *, focus: bool) -> None:
        """A rating chosen (click, key): any refused number is forgotten."""
        was_refused = self._refused is not None
        self._refused = None
        had_focus = any(b.hasFocus() for b in self._buttons) or self.hasFocus()
        self._set(n)
        if was_refused:
            self._sync()
            self.checked.emit()
        if focus and had_focus and n is not None:
            self._buttons[n].setFocus(Qt.FocusReason.OtherFocusReason)

    def _set(self, value: int | None) -> None:
        changed = value != self._value
        self._value = value
        self._sync()
        if changed:
            self.value_changed.emit(value)

    def _sync(self) -> None:
        for n, b in enumerate(self._buttons):
            b.setChecked(n == self._value)
        stop = self._value if self._value is not None else 0
        for n, b in enumerate(self._buttons):
            b.setFocusPolicy(Qt.FocusPolicy.StrongFocus if n == stop else Qt.FocusPolicy.ClickFocus)
        self.setFocusProxy(self._buttons[stop])
        problem = self.input_problem()
        self._status.setStyleSheet(
            f"color: {error_colour(self)}; font-weight: bold;" if problem else ""
        )
        if problem is not None:
            self._status.setText("✗ " + problem)
        elif self._value is None:
            self._status.setText(self.tr("{title}: not rated").format(title=self._title))
        else:
            self._status.setText(
                self.tr("{title}: {n}/10 ({zone})").format(
                    title=self._title, n=self._value, zone=band_words(self._value, self._ceiling)
                )
            )


def _button_style(zone: Zone) -> str:
    fill, text = ZONE_FILL[zone]
    return (
        "QPushButton {"
        f" border: 2px solid {fill}; border-bottom-width: 6px; border-radius: 6px;"
        " padding: 4px 2px; background: palette(base); color: palette(text); }"
        f" QPushButton:checked {{ background: {fill}; color: {text}; }}"
        " QPushButton:focus { border-color: palette(highlight); border-width: 3px;"
        f" border-bottom: 6px solid {fill}; }}"
    )
