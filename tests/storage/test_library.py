"""The user's exercises and templates, stored as the serializer's JSON."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from phtcoach.core.errors import ValidationError
from phtcoach.core.model import Block, Dosage, Exercise, ExerciseKind, Template
from phtcoach.storage.errors import RecordNotFoundError
from phtcoach.storage.repository import InUseError, Store

BRIDGE = Exercise(
    "bridge-hold", "Bridge hold", ExerciseKind.ISOMETRIC, single_leg=True, stage=1, builtin=True
)
BUILTINS = {BRIDGE.slug: BRIDGE}
NORDIC = Exercise(
    "my-nordic",
    "Assisted nordic",
    ExerciseKind.ECCENTRIC,
    instructions="Band on the door",
    lower_first=True,
)
WALK = Exercise("walk-run", "Walk-run", ExerciseKind.INTERVAL)


def template(tid: str = "my-iso", name: str = "My isometrics", *extra: Block) -> Template:
    hold = Block(BRIDGE, Dosage(ExerciseKind.ISOMETRIC, sets=2, reps=5, hold_s=15))
    nordic = Block(
        NORDIC,
        Dosage(ExerciseKind.ECCENTRIC, sets=3, reps=6, up_s=2, down_s=8, load_kg=5),
        rest_after_s=90,
        note="slow",
    )
    return Template(tid, name, (hold, nordic, *extra), stage=2, description="Mine", ladder_step=3)


def test_exercise_round_trip_and_replace(store: Store) -> None:
    store.library.save_exercise(WALK)
    store.library.save_exercise(NORDIC)
    assert store.library.exercises() == [NORDIC, WALK]  # by name
    renamed = replace(NORDIC, name="Nordic (band)")
    store.library.save_exercise(renamed)
    assert store.library.exercises() == [renamed, WALK]
    row = store.conn.execute("SELECT data FROM user_exercises WHERE slug = 'my-nordic'").fetchone()
    assert json.loads(row[0])["instructions"] == "Band on the door"


def test_builtins_are_not_stored(store: Store) -> None:
    with pytest.raises(ValidationError, match="built-in"):
        store.library.save_exercise(BRIDGE)
    with pytest.raises(ValidationError, match="built-in"):
        store.library.save_template(replace(template(), builtin=True))
    assert store.library.exercises() == []


def test_template_round_trip_saves_its_user_exercises(store: Store) -> None:
    t = template()
    store.library.save_template(t)
    assert store.library.exercises() == [NORDIC]  # stored along with the template
    assert store.library.templates(BUILTINS) == [t]
    assert store.library.template_problems(BUILTINS) == []
    changed = replace(t, name="Renamed", blocks=t.blocks[:1])
    store.library.save_template(changed)  # replace by id
    assert store.library.templates(BUILTINS) == [changed]


def test_templates_are_listed_by_name(store: Store) -> None:
    b, a = template("b-plan", "beta"), template("a-plan", "Alpha")
    store.library.save_template(b)
    store.library.save_template(a)
    assert [t.id for t in store.library.templates(BUILTINS)] == ["a-plan", "b-plan"]


def test_exercise_in_use_cannot_be_deleted(store: Store) -> None:
    store.library.save_template(template())
    with pytest.raises(InUseError) as info:
        store.library.delete_exercise(NORDIC.slug)
    # Names, never ids (issue 15): the exercise and its template as the user named them.
    assert "exercise “Assisted nordic” is used by your template “My isometrics”" in str(info.value)
    assert "my-iso" not in str(info.value) and "my-nordic" not in str(info.value)
    assert store.library.exercises() == [NORDIC]
    # Once no template uses it (replaced without that block), it can go.
    store.library.save_template(replace(template(), blocks=template().blocks[:1]))
    store.library.delete_exercise(NORDIC.slug)
    assert store.library.exercises() == []
    with pytest.raises(RecordNotFoundError):
        store.library.delete_exercise(NORDIC.slug)


def test_deleting_a_template_frees_its_exercises(store: Store) -> None:
    store.library.save_template(template())
    store.library.delete_template("my-iso")
    assert store.library.templates(BUILTINS) == []
    store.library.delete_exercise(NORDIC.slug)
    with pytest.raises(RecordNotFoundError):
        store.library.delete_template("my-iso")


def test_template_with_a_different_exercise_of_a_saved_slug_is_refused(store: Store) -> None:
    store.library.save_exercise(replace(NORDIC, name="Something else"))
    with pytest.raises(ValidationError, match="my-nordic"):
        store.library.save_template(template())
    assert store.library.templates(BUILTINS) == []


def test_unreadable_template_is_reported_not_fatal(store: Store) -> None:
    store.library.save_template(template())
    store.library.save_template(
        Template(
            "walks", "Walks", (Block(WALK, Dosage(ExerciseKind.INTERVAL, walk_s=60, run_s=30)),)
        )
    )
    # A later version without the built-in bridge exercise: "my-iso" no longer reads.
    assert [t.id for t in store.library.templates({})] == ["walks"]
    (problem,) = store.library.template_problems({})
    assert "bridge-hold" in problem
    assert "my-iso" in problem


def test_a_name_holding_s_in_brackets_is_not_taken_for_a_plural(store: Store) -> None:
    """The plural is chosen before the names go in: "Hold(s)" stays as the user wrote it."""
    store.library.save_template(template("my-iso", "Hold(s) and lift(s)"))
    with pytest.raises(InUseError) as info:
        store.library.delete_exercise(NORDIC.slug)
    assert "your template “Hold(s) and lift(s)”" in str(info.value)
