"""A stored history for the export and import tests: demo weeks plus hostile notes."""

from __future__ import annotations

import json
from datetime import UTC, date
from pathlib import Path
from typing import Any

from phtcoach.core.demo import generate_demo
from phtcoach.core.model import RedFlag
from phtcoach.core.records import ClinicianCheck, NoteAnswer, PainEntry, PainSlot
from phtcoach.demo_data import write_demo
from phtcoach.services import Services
from phtcoach.storage.repository import Store, open_store
from tests.fakes import FakeClock
from tests.records import at

TODAY = date(2026, 3, 20)


def fill(store: Store, *, weeks: int = 2, seed: int = 7, note: str = "=SUM(1)") -> None:
    write_demo(store, generate_demo(weeks, seed, TODAY, tz=UTC))
    entry = store.diary.add_pain(
        PainEntry(
            local_date=TODAY,
            slot=PainSlot.MORNING,
            recorded_at=at(TODAY, 7),
            pain=4,
            red_flags=frozenset({RedFlag.NIGHT_OR_REST_PAIN}),
            notes=note,
        )
    )
    store.diary.add_check(ClinicianCheck(local_date=TODAY, recorded_at=at(TODAY, 9), notes="ok"))
    assert entry.id is not None
    store.diary.answer_note(
        NoteAnswer(
            source="pain",
            source_id=entry.id,
            is_flag=False,
            flags=frozenset(),
            recorded_at=at(TODAY, 8),
        )
    )


def open_services(root: Path, clock: FakeClock) -> tuple[Store, Services]:
    store = open_store(root, clock, auto_backup=False)
    return store, Services(store, clock, UTC)


def without_stamp(path: Path) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    doc.pop("exported_at")
    return doc
