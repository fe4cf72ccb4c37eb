"""What the composition root hands the UI: the open store, settings, programme and clock.

It lives apart from `app.py` so the UI can name its type without importing the module that
knows everything (the import direction of ARCHITECTURE.md).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from phtcoach.core.clock import Clock
from phtcoach.core.model import Settings
from phtcoach.core.programme import Programme
from phtcoach.storage.lock import InstanceLock
from phtcoach.storage.repository import Store


@dataclass
class AppContext:
    """Everything the UI is handed: it never opens the database or reads the clock itself."""

    root: Path
    store: Store
    settings: Settings
    programme: Programme
    clock: Clock
    lock: InstanceLock | None = None
    demo: bool = False
    extras: dict[str, Any] = field(default_factory=dict)

    def close(self) -> None:
        self.store.close()
        if self.lock is not None:
            self.lock.release()
