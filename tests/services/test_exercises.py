"""The exercise editor's draft (each field named with its range) and the save/delete calls."""

from __future__ import annotations

import pytest

from phtcoach.core.errors import ValidationError
from phtcoach.core.howto import HowTo
from phtcoach.core.model import Block, Dosage, Exercise, ExerciseKind, Template
from phtcoach.services import Services
from phtcoach.services.changes import Changes
from phtcoach.services.exercise_draft import ExerciseDraft, slug_from_name
from phtcoach.services.exercises import ExerciseInUseError
from phtcoach.storage.repository import Store

GOOD = ExerciseDraft(
    name="Band Nordic (assisted)",
    kind=ExerciseKind.ECCENTRIC,
    stage=3,
    single_leg=False,
    lower_first=True,
    setup="Kneel on a mat\nBand round the door",
    movement="Lower slowly",
    feel="Back of the thigh working",
)


def fields(d: ExerciseDraft, **kw: object) -> dict[str, str]:
    return {p.field: p.allowed for p in d.problems(**kw)}  # type: ignore[arg-type]


def test_slug_is_derived_from_the_name_unless_set() -> None:
    assert slug_from_name("Band Nordic (assisted)") == "band-nordic-assisted"
    assert slug_from_name("  ¿¿ ") == ""
    assert slug_from_name("x" * 100) == "x" * 64
    assert GOOD.effective_slug == "band-nordic-assisted"
    assert GOOD.with_(slug="nordic").effective_slug == "nordic"


def test_a_good_draft_builds() -> None:
    assert GOOD.problems() == []
    ex = GOOD.build()
    assert (ex.slug, ex.kind, ex.stage, ex.lower_first) == (
        "band-nordic-assisted",
        ExerciseKind.ECCENTRIC,
        3,
        True,
    )
    assert ex.how_to == HowTo(
        setup=("Kneel on a mat", "Band round the door"),
        movement=("Lower slowly",),
        feel="Back of the thigh working",
    )
    # lower_first means nothing for a hold; no how-to at all is allowed.
    hold = GOOD.with_(kind=ExerciseKind.ISOMETRIC, setup="", movement="", feel="").build()
    assert (hold.lower_first, hold.how_to) == (False, None)


@pytest.mark.parametrize(
    ("change", "field", "allowed"),
    [
        ({"name": "  "}, "exercise.name", "non-empty text"),
        ({"name": "x" * 81}, "exercise.name", "at most 80"),
        ({"slug": "Bad Slug"}, "exercise.slug", "1-64 lower-case letters"),
        ({"stage": 5}, "exercise.stage", "1"),
        ({"setup": "\n".join(["step"] * 7)}, "how_to.setup", "at most 6"),
        ({"movement": "x" * 161}, "how_to.movement", "1 to 160 characters"),
        ({"feel": "x" * 401}, "how_to.feel", "at most 400"),
        ({"cues": "a\nb\nc\nd"}, "how_to.cues", "at most 3"),
    ],
)
def test_each_problem_names_its_field_and_range(
    change: dict[str, object], field: str, allowed: str
) -> None:
    found = fields(GOOD.with_(**change))
    assert list(found) == [field]
    assert allowed in found[field]
    with pytest.raises(ValidationError):
        GOOD.with_(**change).build()


def test_every_field_is_reported_at_once() -> None:
    bad = GOOD.with_(name="", slug="-x", stage=0, feel="x" * 401)
    assert list(fields(bad)) == ["exercise.name", "exercise.slug", "exercise.stage", "how_to.feel"]


def test_slug_must_not_collide() -> None:
    assert "built-in" in fields(GOOD, builtin_slugs={"band-nordic-assisted"})["exercise.slug"]
    taken = fields(GOOD, user_slugs={"band-nordic-assisted"})
    assert "another exercise" in taken["exercise.slug"]
    editing = ExerciseDraft.from_exercise(GOOD.build())
    assert editing.problems(user_slugs={"band-nordic-assisted"}) == []
    assert editing.with_(slug="other").effective_slug == "band-nordic-assisted"  # fixed


def test_from_exercise_round_trip() -> None:
    ex = GOOD.with_(cues="Slow\nBrace", harder="Less band", drawing="").build()
    assert ExerciseDraft.from_exercise(ex).build() == ex


def test_save_edit_delete(services: Services) -> None:
    ex = GOOD.build()
    done = services.exercises.save(ex, new=True)
    assert done.changes is Changes.PROGRAMME
    assert services.exercises.user_exercises() == [ex]
    assert services.programme.current().exercises[ex.slug] == ex
    with pytest.raises(ValidationError, match="another exercise"):
        services.exercises.save(ex, new=True)
    renamed = GOOD.with_(name="Nordic", slug=ex.slug).build()
    services.exercises.save(renamed, new=False)
    assert services.exercises.user_exercises() == [renamed]
    assert services.exercises.delete(ex.slug).changes is Changes.PROGRAMME
    assert services.exercises.user_exercises() == []


def test_builtin_slugs_are_refused(services: Services) -> None:
    builtin = next(iter(services.exercises.builtin_slugs()))
    with pytest.raises(ValidationError, match="built-in"):
        services.exercises.save(GOOD.with_(slug=builtin).build(), new=True)
    with pytest.raises(ValidationError, match="not a built-in"):
        services.exercises.delete(builtin)


def test_in_use_exercise_is_not_deleted_nor_changes_kind(services: Services, store: Store) -> None:
    ex = GOOD.build()
    services.exercises.save(ex, new=True)
    t = Template(
        "my-nordics",
        "My nordics",
        (Block(ex, Dosage(ExerciseKind.ECCENTRIC, sets=3, reps=6, up_s=2, down_s=8)),),
    )
    store.library.save_template(t)  # as the template editor would
    services.programme.reload()
    assert [u.id for u in services.exercises.used_by(ex.slug)] == ["my-nordics"]
    with pytest.raises(ExerciseInUseError) as e:
        services.exercises.delete(ex.slug)
    assert e.value.templates == ["My nordics"]
    assert "My nordics" in str(e.value)
    assert services.exercises.user_exercises() == [ex]
    hold = Exercise(ex.slug, ex.name, ExerciseKind.ISOMETRIC)
    with pytest.raises(ValidationError, match="My nordics"):
        services.exercises.save(hold, new=False)
    # The name and how-to may change: the template reads the new one.
    services.exercises.save(GOOD.with_(name="Nordic (band)", slug=ex.slug).build(), new=False)
    assert services.programme.template("my-nordics").blocks[0].exercise.name == "Nordic (band)"
