"""Diary entries and settings: the four verbs, undo of a delete, ranges, defaults."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import fields, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from phtcoach.core.errors import ValidationError
from phtcoach.core.model import (
    ActivityKind,
    Language,
    MeasureKind,
    MorningTest,
    PainEntry,
    PainSlot,
    Settings,
    Side,
    Theme,
    Units,
)
from phtcoach.storage.errors import RecordNotFoundError, StorageError
from phtcoach.storage.repository import DiaryRepository, Store
from tests.storage.samples import D0, activity, measure, pain

# (make a sample, the verbs' suffix, the list method, a field to edit and its new value)
KINDS: list[tuple[Callable[..., Any], str, str, str, object]] = [
    (pain, "pain", "pain_entries", "notes", "better after the walk"),
    (activity, "activity", "activities", "minutes", 61.25),
    (measure, "measure", "measures", "value", 90.5),
]


def verbs(diary: DiaryRepository, suffix: str, listing: str) -> tuple[Callable[..., Any], ...]:
    return (
        getattr(diary, f"add_{suffix}"),
        getattr(diary, f"update_{suffix}"),
        getattr(diary, f"delete_{suffix}"),
        getattr(diary, f"restore_{suffix}"),
        getattr(diary, listing),
    )


@pytest.mark.parametrize(("make", "suffix", "listing", "field", "value"), KINDS)
def test_add_update_delete_and_undo(
    store: Store,
    make: Callable[..., Any],
    suffix: str,
    listing: str,
    field: str,
    value: object,
) -> None:
    add, update, delete, restore, list_ = verbs(store.diary, suffix, listing)
    first = add(make())
    assert first.id is not None
    assert list_() == [first]
    edited = replace(first, **{field: value})
    assert update(edited) == edited
    assert list_() == [edited]
    removed = delete(first.id)
    assert removed == edited  # what the undo needs, as it was stored
    assert list_() == []
    other = add(make(D0 + timedelta(days=1)))
    assert other.id != first.id  # ids are never reused, so the undo cannot collide
    restore(removed)
    assert list_() == [edited, other]
    with pytest.raises(StorageError, match="UNIQUE"):
        restore(removed)  # already back


@pytest.mark.parametrize(("make", "suffix", "listing", "field", "value"), KINDS)
def test_update_and_delete_need_a_stored_id(
    store: Store, make: Callable[..., Any], suffix: str, listing: str, field: str, value: object
) -> None:
    _add, update, delete, restore, list_ = verbs(store.diary, suffix, listing)
    with pytest.raises(ValidationError, match=r"\.id"):
        update(make())
    with pytest.raises(ValidationError, match=r"\.id"):
        restore(make())
    with pytest.raises(RecordNotFoundError):
        update(replace(make(), id=12345))
    with pytest.raises(RecordNotFoundError):
        delete(12345)
    assert list_() == []


def test_add_ignores_a_stray_id(store: Store) -> None:
    a = store.diary.add_pain(pain(id=500))
    b = store.diary.add_pain(pain(id=500))
    assert a.id != b.id
    assert 500 not in (a.id, b.id)


def test_date_ranges_include_both_ends_and_sort_by_day_then_time(store: Store) -> None:
    d = [D0 + timedelta(days=i) for i in range(4)]
    evening = store.diary.add_pain(
        pain(d[1], slot=PainSlot.EVENING, recorded_at=pain(d[1]).recorded_at + timedelta(hours=12))
    )
    morning = store.diary.add_pain(pain(d[1]))
    before = store.diary.add_pain(pain(d[0]))
    after = store.diary.add_pain(pain(d[3]))
    assert store.diary.pain_entries() == [before, morning, evening, after]
    assert store.diary.pain_entries(d[1], d[1]) == [morning, evening]
    assert store.diary.pain_entries(d[1], d[3]) == [morning, evening, after]
    assert store.diary.pain_entries(end=d[0]) == [before]
    runs = [store.diary.add_activity(activity(x, kind=ActivityKind.RUN)) for x in d]
    assert store.diary.activities(d[2]) == runs[2:]
    tests = [store.diary.add_measure(measure(x, kind=MeasureKind.HOP_COUNT)) for x in d]
    assert store.diary.measures(d[1], d[2]) == tests[1:3]
    with pytest.raises(ValidationError, match="calendar date"):
        store.diary.pain_entries(start=pain().recorded_at)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- settings


def test_settings_default_when_nothing_is_stored(store: Store) -> None:
    assert store.settings.load() == Settings()


def test_settings_round_trip_one_json_row_per_field(store: Store) -> None:
    custom = Settings(
        affected_side=Side.RIGHT,
        affected_first=False,
        acceptable_ceiling=5,
        response_window_h=36,
        baseline_days=14,
        hold_sessions_after_red=3,
        spike_warn_pct=50,
        morning_test=MorningTest.SHOE_PULL,
        lead_in_s=10,
        voice=False,
        ticks=False,
        volume=35,
        flash=False,
        units=Units.LB,
        backups_keep=25,
        current_template="iso-5x15",
        red_margin=2,
        red_above=6,
        trend_step=2,
        stage_green_days=10,
        baseline_min_mornings=5,
        rest_extra_s=15,
        switch_sides_s=20,
        output_device="alsa_output.usb-speaker",
        theme=Theme.DARK,
        font_scale_pct=125,
        language=Language.DE,
        reminders=False,
        remind_morning="07:15",
        remind_evening="",
        remind_isometrics=("09:30", "13:00", "17:45"),
        keep_in_tray=True,
    )
    assert custom != Settings()  # every field differs from its default
    assert all(getattr(custom, f.name) != f.default for f in fields(Settings))
    store.settings.save(custom)
    assert store.settings.load() == custom
    rows = dict(store.conn.execute("SELECT key, value FROM settings").fetchall())
    assert set(rows) == {f.name for f in fields(Settings)}
    assert json.loads(rows["units"]) == "lb"
    assert json.loads(rows["voice"]) is False
    assert json.loads(rows["remind_isometrics"]) == ["09:30", "13:00", "17:45"]
    store.settings.save(replace(custom, volume=90))
    assert store.settings.load().volume == 90


def test_unknown_and_no_longer_valid_settings_are_skipped(store: Store) -> None:
    store.conn.executemany(
        "INSERT INTO settings (key, value) VALUES (?, ?)",
        [
            ("from_the_future", '"x"'),
            ("volume", "250"),  # out of range now: falls back to the default
            ("voice", '"yes"'),  # wrong type
            ("lead_in_s", "12"),
        ],
    )
    assert store.settings.load() == Settings(lead_in_s=12)


def test_ui_values(store: Store) -> None:
    assert store.settings.get_value("geometry") is None
    assert store.settings.get_value("geometry", "default") == "default"
    store.settings.set_value("geometry", "AdnQywADAAAAAA==")
    store.settings.set_value("geometry", "changed")
    assert store.settings.get_value("geometry") == "changed"
    with pytest.raises(ValidationError, match=r"kv\.key"):
        store.settings.set_value("", "x")


def test_clinician_checks_are_dated_records_with_undo_safe_deletes(store: Store) -> None:
    from phtcoach.core.model import ClinicianCheck

    day = date(2026, 3, 2)
    first = store.diary.add_check(
        ClinicianCheck(day, datetime(2026, 3, 2, 9, tzinfo=UTC), "physio: tendon only")
    )
    second = store.diary.add_check(ClinicianCheck(day, datetime(2026, 3, 2, 10, tzinfo=UTC)))
    assert store.diary.latest_check() == second
    gone = store.diary.delete_check(second.id or 0)
    assert store.diary.latest_check() == first
    store.diary.restore_check(gone)
    assert store.diary.checks(day, day) == [first, second]


def test_flagged_entries_since_a_time_ignore_the_window(store: Store) -> None:
    from phtcoach.core.model import RedFlag

    old = store.diary.add_pain(
        PainEntry(
            date(2025, 1, 5),
            PainSlot.MORNING,
            datetime(2025, 1, 5, 7, tzinfo=UTC),
            2,
            red_flags=frozenset({RedFlag.NIGHT_OR_REST_PAIN}),
        )
    )
    store.diary.add_pain(
        PainEntry(date(2025, 1, 6), PainSlot.MORNING, datetime(2025, 1, 6, 7, tzinfo=UTC), 2)
    )
    assert store.diary.flagged_since(None) == [old]
    assert store.diary.flagged_since(datetime(2025, 1, 5, 8, tzinfo=UTC)) == []


def test_a_note_answer_is_kept_and_can_be_changed(store: Store) -> None:
    from phtcoach.core.model import NoteAnswer, RedFlag

    at = datetime(2026, 3, 2, 9, tzinfo=UTC)
    no = NoteAnswer("activity", 3, False, frozenset({RedFlag.NERVE_SYMPTOMS}), at)
    store.diary.answer_note(no)
    yes = NoteAnswer("activity", 3, True, frozenset({RedFlag.NERVE_SYMPTOMS}), at)
    store.diary.answer_note(yes)
    assert store.diary.note_answers() == [yes]
