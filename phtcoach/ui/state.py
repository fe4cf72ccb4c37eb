"""The one owner of the app's state in the Qt layer: current settings and programme, the
services, and one `changed(Changes)` signal.

Every user action goes keypress -> widget -> `AppState.perform(service call)` -> one
transaction -> `Changes` -> `changed` -> each screen that shows those kinds refreshes from
the services. No widget keeps its own copy of `Settings` (they read `state.settings` when
they need it) and no widget refreshes another by hand, so a rating saved in the runner, a
side chosen on Today or a template made current on Programme reaches every screen at once.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, tzinfo
from pathlib import Path
from typing import ParamSpec, TypeVar

from PySide6.QtCore import QObject, Signal

from phtcoach.core.clock import Clock
from phtcoach.core.model import Settings
from phtcoach.core.programme import Programme
from phtcoach.services import Services
from phtcoach.services.changes import Changes, Done

P = ParamSpec("P")
T = TypeVar("T")


class AppState(QObject):
    """Signals: `changed(Changes)` after any user action that changed data."""

    changed = Signal(object)

    def __init__(
        self,
        services: Services,
        *,
        root: Path | None = None,
        demo: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.root = root
        self.demo = demo
        self._settings = services.settings.load()

    # ------------------------------------------------------------------ what screens read

    @property
    def clock(self) -> Clock:
        return self.services.clock

    @property
    def tz(self) -> tzinfo | None:
        return self.services.tz

    @property
    def settings(self) -> Settings:
        """The current settings: read it when needed, never keep a copy."""
        return self._settings

    @property
    def programme(self) -> Programme:
        return self.services.programme.current()

    def today(self) -> date:
        """The user's local date now: one day boundary for every screen."""
        return self.clock.now().astimezone(self.tz).date()

    # ------------------------------------------------------------------ what screens do

    def perform(self, op: Callable[P, Done[T]], *args: P.args, **kwargs: P.kwargs) -> T:
        """Run one service call (one user action), then tell every screen what changed.

        Exceptions (a refused value, a failed write) reach the caller untouched, which shows
        them where the user acted; nothing is announced then, as nothing changed.
        """
        done = op(*args, **kwargs)
        self.announce(done.changes)
        return done.value

    def update_settings(self, **changes: object) -> Settings:
        return self.perform(self.services.settings.update, **changes)

    def announce(self, changes: Changes) -> None:
        """Refresh what this object holds, then emit (also for changes made outside a
        `perform`, such as the runner's set commits)."""
        if changes is Changes.NONE:
            return
        if changes.touches(Changes.SETTINGS):
            self._settings = self.services.settings.load()
        self.changed.emit(changes)
