"""Hand-made histories for the services tests: mornings and sessions on chosen days."""

from __future__ import annotations

from datetime import UTC, date, datetime

from phtcoach.core.model import (
    PainEntry,
    PainSlot,
    RedFlag,
    SessionRecord,
    SessionStatus,
    SetRecord,
    Side,
)
from phtcoach.storage.repository import Store


def at(d: date, hour: int, minute: int = 0) -> datetime:
    return datetime(d.year, d.month, d.day, hour, minute, tzinfo=UTC)


def morning(
    store: Store, d: date, pain: int, *, flags: frozenset[RedFlag] = frozenset()
) -> PainEntry:
    return store.diary.add_pain(PainEntry(d, PainSlot.MORNING, at(d, 7), pain, red_flags=flags))


def session(
    store: Store,
    d: date,
    template: str = "iso-5x5",
    *,
    pains: tuple[int | None, ...] = (2,),
    reps: int = 5,
    hour: int = 8,
) -> tuple[SessionRecord, list[SetRecord]]:
    """A finished session with one set per entry of `pains` (reps 0: nothing done)."""
    rec = store.sessions.start(
        SessionRecord(template, at(d, hour), Side.LEFT, SessionStatus.COMPLETED, at(d, hour, 5))
    )
    assert rec.id is not None
    sets = [
        store.sessions.add_set(
            SetRecord(
                rec.id,
                "fesl-bridge-hold",
                0,
                n,
                Side.LEFT,
                5,
                reps,
                at(d, hour, n),
                at(d, hour, n),
                hold_s=(5.0,) * reps,
                pain_during=p,
            )
        )
        for n, p in enumerate(pains, 1)
    ]
    return rec, sets
