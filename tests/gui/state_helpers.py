"""Build the app state the way the composition root does, on a test's store and clock."""

from __future__ import annotations

from datetime import UTC, tzinfo

from phtcoach.core.clock import Clock
from phtcoach.services import Services
from phtcoach.storage.repository import Store
from phtcoach.ui.state import AppState


def make_state(store: Store, clock: Clock, tz: tzinfo | None = UTC) -> AppState:
    return AppState(Services(store, clock, tz))
