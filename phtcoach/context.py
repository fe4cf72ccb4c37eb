"""What the composition root opens for one data dir: the store, the services around it and
the single-instance lock, closed together. The window gets only the services (through the
app state); the command line may also reach the store for backups and exchange.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from phtcoach.services import Services
from phtcoach.storage.lock import InstanceLock
from phtcoach.storage.repository import Store


@dataclass
class AppContext:
    root: Path
    store: Store
    services: Services
    lock: InstanceLock | None = None
    demo: bool = False

    def close(self) -> None:
        self.store.close()
        if self.lock is not None:
            self.lock.release()
