"""The runner's keys: one table of what each key does during a session, and the two ways a
key reaches it.

A person in a bridge cannot touch the laptop mid-hold, so everything is driven from the
keyboard (or a presenter clicker / foot pedal, which send PageUp / PageDown):

    Space      start, pause, resume          Right / PageDown   next (skip)
    Left / PageUp   back                     + / =   add 10 s    -   take 10 s off
    R          restart the set               Esc     end early (asks; Enter keeps going)
    Enter      save the set rating           F11     full screen
    H          how to do the exercise (the side panel; over a rating, the full how-to)
    0-9, T     rate pain / effort (T = 10) while the rating panel is open

The keys are window shortcuts, so they work whichever child has the focus, but a text field
of the rating panel keeps its own keys (digits, +/-, arrows typed into a number stay there).
Where no window shortcut fires (the window is not the active one: no window manager, a
kiosk session) the same keys still arrive as key events, and `handle` runs the same action.

Apart from the runner so the session flow there reads without the key plumbing, and the
shortcut and key-event tables cannot drift apart (they are one table).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

K = Qt.Key

# name, window shortcuts, the same keys as key events
KEYS: tuple[tuple[str, tuple[str, ...], tuple[Qt.Key, ...]], ...] = (
    ("pause", ("Space",), (K.Key_Space,)),
    ("next", ("Right", "PgDown"), (K.Key_Right, K.Key_PageDown)),
    ("back", ("Left", "PgUp"), (K.Key_Left, K.Key_PageUp)),
    ("plus", ("+", "="), (K.Key_Plus, K.Key_Equal)),
    ("minus", ("-",), (K.Key_Minus,)),
    ("restart", ("R",), (K.Key_R,)),
    ("end", ("Esc",), (K.Key_Escape,)),
    ("enter", ("Return", "Enter"), (K.Key_Return, K.Key_Enter)),
    ("full_screen", ("F11",), (K.Key_F11,)),
    ("how_to", ("H",), (K.Key_H,)),
)


class SessionControls(Protocol):
    """What the keys drive: the runner's public session actions."""

    def toggle_pause(self) -> None: ...
    def skip(self) -> None: ...
    def back(self) -> None: ...
    def adjust(self, delta_s: float) -> None: ...
    def restart_set(self) -> None: ...
    def request_end(self) -> None: ...
    def confirm_rating(self) -> None: ...
    @property
    def how_to(self) -> Toggle: ...


class Toggle(Protocol):
    def toggle(self) -> None: ...


class RunnerKeys:
    """The session keys of `owner`, acting on `controls` (the runner is both)."""

    def __init__(self, owner: QWidget, controls: SessionControls) -> None:
        self._owner = owner
        c = controls
        actions: dict[str, Callable[[], None]] = {
            "pause": c.toggle_pause,
            "next": c.skip,
            "back": c.back,
            "plus": lambda: c.adjust(10.0),
            "minus": lambda: c.adjust(-10.0),
            "restart": c.restart_set,
            "end": c.request_end,
            "enter": c.confirm_rating,
            "full_screen": self.toggle_full_screen,
            "how_to": lambda: c.how_to.toggle(),
        }
        self._shortcuts: dict[str, list[QShortcut]] = {}
        self._by_key: dict[Qt.Key, Callable[[], None]] = {}
        for name, sequences, keys in KEYS:
            slot = actions[name]
            items = []
            for seq in sequences:
                sc = QShortcut(QKeySequence(seq), owner)
                sc.setContext(Qt.ShortcutContext.WindowShortcut)
                sc.setAutoRepeat(False)
                sc.activated.connect(slot)
                items.append(sc)
            self._shortcuts[name] = items
            for key in keys:
                self._by_key[key] = slot

    def toggle_full_screen(self) -> None:
        """F11 when no window action took it (the runner alone, as in tests)."""
        w = self._owner.window()
        if w.isFullScreen():
            w.showNormal()
        else:
            w.showFullScreen()

    def handle(self, event: QKeyEvent) -> bool:
        """A key event no shortcut took: run its action if it is a session key pressed
        without modifiers (Shift and keypad aside: Shift+'+' is '+' on many keyboards)."""
        mods = event.modifiers() & ~(
            Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier
        )
        action = self._by_key.get(Qt.Key(event.key()))
        if action is not None and mods == Qt.KeyboardModifier.NoModifier:
            action()
            return True
        return False

    def yield_window_keys(self) -> None:
        """Two window shortcuts on one key cancel each other out (Qt calls it ambiguous):
        where the window already has an action on a key (the main window's View > Full
        screen on F11), the runner's own shortcut for it stands down."""
        window = self._owner.window()
        if window is self._owner:
            return
        taken = {
            seq.toString()
            for action in window.findChildren(QAction)
            if action.isEnabled()
            for seq in action.shortcuts()
        }
        for items in self._shortcuts.values():
            for sc in items:
                sc.setEnabled(sc.key().toString() not in taken)
