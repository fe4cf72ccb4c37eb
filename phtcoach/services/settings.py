"""Settings as one service: read fresh, change only the fields a user action names.

Screens used to save a whole `Settings` copy they had loaded earlier, so choosing the
affected side on Today was undone by the Programme page writing its stale copy back. Here a
change names its fields and is applied to what is stored at that moment, in one
transaction, so two screens can never overwrite each other's choices.
"""

from __future__ import annotations

from dataclasses import fields, replace
from typing import Any

from phtcoach.core.errors import ValidationError
from phtcoach.core.model import Settings, Side
from phtcoach.services.changes import Changes, Done
from phtcoach.storage.repository import Store

SETTING_NAMES = frozenset(f.name for f in fields(Settings))


class SettingsService:
    def __init__(self, store: Store) -> None:
        self._store = store

    def load(self) -> Settings:
        return self._store.settings.load()

    def update(self, **changes: Any) -> Done[Settings]:
        """Apply `changes` (field name -> value) to the stored settings; validated first.

        Unknown names are refused rather than ignored: a typo would otherwise be a silent
        no-op that looks saved.
        """
        unknown = sorted(set(changes) - SETTING_NAMES)
        if unknown:
            raise ValidationError(f"settings.{unknown[0]}", unknown[0], "a known setting")
        with self._store.batch():
            current = self._store.settings.load()
            new = replace(current, **changes)
            if new != current:
                self._store.settings.save(new)
        return Done(new, Changes.SETTINGS if new != current else Changes.NONE)

    def choose_affected_side(self, side: Side, asked_key: str) -> Done[Settings]:
        """The first-run answer to "Which side hurts?": the side, and that it was asked."""
        with self._store.batch():
            done = self.update(affected_side=side)
            self._store.settings.set_value(asked_key, side.value)
        return Done(done.value, done.changes | Changes.UI)

    def value(self, key: str) -> str | None:
        """A small remembered UI choice (not a setting): e.g. a step declined for today."""
        return self._store.settings.get_value(key)

    def set_value(self, key: str, value: str) -> Done[None]:
        self._store.settings.set_value(key, value)
        return Done(None, Changes.UI)
