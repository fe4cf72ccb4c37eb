"""Settings changed field by field; diary and session records written, corrected, undone."""

from __future__ import annotations

import pytest

from phtcoach.core.errors import ValidationError
from phtcoach.core.model import PainEntry, PainSlot, Side
from phtcoach.services import Services
from phtcoach.services.advice import SIDE_ASKED_KEY
from phtcoach.services.changes import Changes
from phtcoach.services.sessions import SetEdit
from phtcoach.storage.repository import Store
from tests.fakes import FakeClock
from tests.services.history_helpers import session

DAY = FakeClock().now().date()


def test_an_update_names_its_fields_and_keeps_every_other(services: Services, store: Store) -> None:
    """Bug: a screen saving its stale copy of Settings reverted the side chosen on Today."""
    services.settings.choose_affected_side(Side.RIGHT, SIDE_ASKED_KEY)
    done = services.settings.update(current_template="iso-5x15")  # what Programme does
    assert done.changes is Changes.SETTINGS
    stored = store.settings.load()
    assert (stored.affected_side, stored.current_template) == (Side.RIGHT, "iso-5x15")
    assert services.settings.value(SIDE_ASKED_KEY) == "right"


def test_an_update_that_changes_nothing_announces_nothing(services: Services) -> None:
    assert services.settings.update(current_template="iso-5x5").changes is Changes.NONE


def test_a_bad_value_or_unknown_field_writes_nothing(services: Services, store: Store) -> None:
    with pytest.raises(ValidationError, match="acceptable_ceiling"):
        services.settings.update(acceptable_ceiling=9, volume=10)
    with pytest.raises(ValidationError, match="colour"):
        services.settings.update(colour="blue")
    assert store.settings.load().volume == 80


def test_diary_writes_are_one_call_each_and_undo_restores_the_same_id(
    services: Services, store: Store, clock: FakeClock
) -> None:
    entry = PainEntry(DAY, PainSlot.MORNING, clock.now(), 3)
    (saved,) = services.diary.add(entry).value
    assert saved.id is not None
    (gone,) = services.diary.delete(saved).value
    assert store.diary.pain_entries() == []
    services.diary.restore(gone)
    assert store.diary.pain_entries() == [saved]
    edited = PainEntry(DAY, PainSlot.MORNING, clock.now(), 5, id=saved.id)
    services.diary.update(edited)
    services.diary.undo_save((saved,), (edited,))
    assert store.diary.pain_entries() == [saved]


def test_a_session_is_corrected_in_one_call(services: Services, store: Store) -> None:
    """Sessions could not be edited anywhere: pain, effort, load and notes now can."""
    rec, sets = session(store, DAY, pains=(2, 3))
    assert rec.id is not None and sets[0].id is not None
    done = services.sessions.edit(
        rec.id,
        pain_after=4,
        notes="felt it on the stairs",
        sets={sets[0].id: SetEdit(pain_during=6, rpe=7, load_kg=2.5, notes="wobbly")},
    )
    assert done.changes is Changes.SESSIONS
    again, new_sets = services.sessions.get(rec.id)
    assert (again.pain_after, again.notes) == (4, "felt it on the stairs")
    assert (new_sets[0].pain_during, new_sets[0].rpe, new_sets[0].load_kg) == (6, 7, 2.5)
    assert new_sets[0].notes == "wobbly"
    assert new_sets[1] == sets[1]


def test_a_bad_correction_writes_nothing(services: Services, store: Store) -> None:
    rec, sets = session(store, DAY)
    assert rec.id is not None and sets[0].id is not None
    with pytest.raises(ValidationError, match="pain_during"):
        services.sessions.edit(
            rec.id, pain_after=4, notes="", sets={sets[0].id: SetEdit(pain_during=11, rpe=None)}
        )
    assert services.sessions.get(rec.id)[0].pain_after is None


def test_a_deleted_session_comes_back_with_its_sets_and_ids(
    services: Services, store: Store
) -> None:
    rec, sets = session(store, DAY, pains=(2, 3))
    assert rec.id is not None
    deleted = services.sessions.delete(rec.id).value
    assert store.sessions.list() == []
    assert store.sessions.all_sets() == []
    services.sessions.restore(deleted)
    assert store.sessions.list() == [rec]
    assert store.sessions.all_sets() == sets


def test_discarding_a_session_with_no_work_deletes_it(services: Services, store: Store) -> None:
    empty, _ = session(store, DAY, pains=(None,), reps=0)
    worked, _ = session(store, DAY, hour=9)
    services.sessions.discard(empty)
    assert [s.id for s in store.sessions.list()] == [worked.id]
