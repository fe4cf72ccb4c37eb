"""The template editor's model: exact round trips, problems naming field and range, ids."""

from __future__ import annotations

import dataclasses

import pytest

from phtcoach import paths
from phtcoach.core.errors import UnknownTemplateError, ValidationError
from phtcoach.core.model import (
    MAX_LOAD_KG,
    MAX_PHASE_S,
    MAX_REST_S,
    ExerciseKind,
    SidesMode,
    Template,
)
from phtcoach.core.programme import Programme, load_builtin
from phtcoach.services import Services
from phtcoach.services.changes import Changes
from phtcoach.services.template_draft import (
    BlockDraft,
    Problem,
    TemplateDraft,
    slugify,
    taken_ids,
)


@pytest.fixture(scope="module")
def programme() -> Programme:
    return load_builtin(paths.asset("protocols"))


def hold_draft(programme: Programme, **numbers: object) -> TemplateDraft:
    block = BlockDraft.new(programme.exercises["fesl-bridge-hold"])
    for k, v in numbers.items():
        setattr(block, k, v)
    return TemplateDraft(name="My holds", blocks=[block])


def test_every_builtin_template_round_trips_exactly(programme: Programme) -> None:
    for t in programme.templates.values():
        draft = TemplateDraft.from_template(t)
        assert draft.builtin
        assert draft.to_template(programme.exercises) == t, t.id
        assert draft.problems(programme.exercises, taken_ids(programme.templates, t.id)) == []


def test_round_trip_keeps_fields_the_editor_does_not_show(programme: Programme) -> None:
    base = programme.templates["iso-5x5"]
    block = dataclasses.replace(base.blocks[0], note="keep the pelvis level")
    t = dataclasses.replace(base, id="mine", builtin=False, ladder_step=None, blocks=(block,))
    if hasattr(t, "author"):  # prescribed templates (another part of the app)
        t = dataclasses.replace(t, author="Dr Who")
    assert TemplateDraft.from_template(t).to_template(programme.exercises) == t


def test_a_valid_new_draft_has_no_problems_and_an_id_from_its_name(programme: Programme) -> None:
    draft = hold_draft(programme)
    assert draft.problems(programme.exercises, set(programme.templates)) == []
    t = draft.to_template(programme.exercises, set(programme.templates))
    assert (t.id, t.name, t.builtin) == ("my-holds", "My holds", False)
    assert t.blocks[0].dosage.kind is ExerciseKind.ISOMETRIC
    assert t.blocks[0].dosage.hold_s == 10.0


def only(problems: list[Problem]) -> Problem:
    assert len(problems) == 1, problems
    return problems[0]


@pytest.mark.parametrize(
    ("field", "value", "label", "allowed"),
    [
        ("hold_s", 5000.0, "block 1 · hold (s)", f"a number from 0 to {MAX_PHASE_S:g}"),
        ("hold_s", 0.0, "block 1 · hold (s)", "more than 0 s"),
        ("sets", 0, "block 1 · sets", "a whole number from 1 to 20"),
        ("reps", 101, "block 1 · reps", "a whole number from 1 to 100"),
        ("rest_between_reps_s", -1.0, "block 1 · rest between reps (s)", f"to {MAX_REST_S:g}"),
        ("rest_between_sets_s", 9999.0, "block 1 · rest between sets (s)", f"to {MAX_REST_S:g}"),
        ("rest_after_s", 4000.0, "block 1 · rest after block (s)", f"to {MAX_REST_S:g}"),
        ("load_kg", 600.0, "block 1 · load (kg)", f"a number from 0 to {MAX_LOAD_KG:g}"),
    ],
)
def test_each_bad_block_field_names_itself_and_the_models_range(
    programme: Programme, field: str, value: object, label: str, allowed: str
) -> None:
    p = only(hold_draft(programme, **{field: value}).problems(programme.exercises))
    assert (p.block, p.field, p.label) == (0, field, label)
    assert allowed in p.allowed
    assert str(p).startswith(f"{label}: ")


def test_every_bad_field_is_listed_not_only_the_first(programme: Programme) -> None:
    draft = hold_draft(programme, hold_s=5000.0, sets=0)
    draft.name = ""
    draft.stage = 7
    draft.blocks.append(BlockDraft.new(programme.exercises["fesl-bridge-tempo"]))
    draft.blocks[1].down_s = -3.0
    labels = [p.label for p in draft.problems(programme.exercises)]
    assert labels == [
        "name",
        "stage",
        "block 1 · sets",
        "block 1 · hold (s)",
        "block 2 · down (s)",
    ]


def test_template_fields_name_their_range(programme: Programme) -> None:
    draft = hold_draft(programme)
    draft.name = "x" * 81
    draft.description = "y" * 4001
    problems = draft.problems(programme.exercises)
    assert [(p.label, p.allowed) for p in problems] == [
        ("name", "text of at most 80 characters"),
        ("description", "text of at most 4000 characters"),
    ]
    draft.name, draft.description = "ok", ""
    draft.blocks.clear()
    assert [(p.label, p.allowed) for p in draft.problems(programme.exercises)] == [
        ("blocks", "at least 1 block")
    ]


def test_kind_and_exercise_must_agree_and_exist(programme: Programme) -> None:
    draft = hold_draft(programme)
    draft.blocks[0].set_kind(ExerciseKind.TEMPO)
    p = only(draft.problems(programme.exercises))
    assert (p.label, p.value) == ("block 1 · kind", "tempo")
    assert "isometric" in p.allowed
    draft.blocks[0].exercise = "no-such-exercise"
    assert [p.label for p in draft.problems(programme.exercises)] == ["block 1 · exercise"]


def test_kind_change_fills_the_numbers_it_needs_and_drops_the_others(
    programme: Programme,
) -> None:
    block = BlockDraft.new(programme.exercises["fesl-bridge-hold"])
    block.exercise = "walk-run"
    block.set_kind(ExerciseKind.INTERVAL)
    assert block.number_fields == ("walk_s", "run_s")
    d = block.dosage()
    assert (d.walk_s, d.run_s, d.hold_s) == (60.0, 120.0, 0.0)
    assert block.hold_s == 10.0  # kept in the draft, should the kind change back


def test_ids_never_collide_with_builtins_or_other_templates(programme: Programme) -> None:
    taken = set(programme.templates) | {"my-holds"}
    draft = hold_draft(programme)
    assert draft.resolved_id(taken) == "my-holds-2"
    assert draft.problems(programme.exercises, taken) == []
    draft.id = "iso-5x5"  # an explicit id that a built-in has
    p = only(draft.problems(programme.exercises, taken))
    assert (p.label, p.value) == ("id", "iso-5x5")
    draft.id = "Not A Slug"
    assert "lower-case" in only(draft.problems(programme.exercises, taken)).allowed


def test_duplicate_gets_a_new_name_and_id_and_is_no_builtin(programme: Programme) -> None:
    src = programme.templates["iso-5x5"]
    names = [t.name for t in programme.templates.values()]
    copy = TemplateDraft.from_template(src).duplicate(programme.templates, names)
    assert copy.name == f"{src.name} (copy)"
    assert not copy.builtin
    t = copy.to_template(programme.exercises, set(programme.templates))
    assert t.id not in programme.templates and not t.builtin and t.ladder_step is None
    assert t.blocks == src.blocks
    again = TemplateDraft.from_template(src).duplicate(
        {*programme.templates, t.id}, [*names, t.name]
    )
    assert again.name == f"{src.name} (copy 2)"
    assert again.resolved_id({*programme.templates, t.id}) != t.id
    copy.blocks[0].sets = 3  # the copy's blocks are its own
    assert TemplateDraft.from_template(src).blocks[0].sets == src.blocks[0].dosage.sets


def test_slugify() -> None:
    assert slugify("Évening holds (copy)") == "evening-holds-copy"
    assert slugify("???") == "template"
    assert len(slugify("a" * 100)) == 64


# ------------------------------------------------------------------ the service


def test_save_creates_replaces_and_delete_removes(services: Services) -> None:
    prog = services.programme
    draft = hold_draft(prog.current())
    t = draft.to_template(prog.current().exercises, set(prog.current().templates))
    done = prog.save_template(t, new=True)
    assert done.changes is Changes.PROGRAMME and done.value == t
    assert prog.template("my-holds") == t
    with pytest.raises(ValidationError, match="no other template"):
        prog.save_template(t, new=True)
    draft = TemplateDraft.from_template(t)
    draft.blocks[0].sides = SidesMode.EACH
    changed = draft.to_template(prog.current().exercises)
    prog.save_template(changed, new=False)
    assert prog.template("my-holds").blocks[0].dosage.sides is SidesMode.EACH
    assert prog.delete_template("my-holds").changes is Changes.PROGRAMME
    assert "my-holds" not in prog.current().templates
    with pytest.raises(UnknownTemplateError):
        prog.save_template(changed, new=False)


def test_save_refuses_builtins_and_their_ids(services: Services) -> None:
    prog = services.programme
    builtin = prog.template("iso-5x5")
    with pytest.raises(ValidationError, match=r"template\.builtin"):
        prog.save_template(builtin, new=False)
    shadow: Template = dataclasses.replace(builtin, builtin=False, ladder_step=None)
    with pytest.raises(ValidationError, match="built-in"):
        prog.save_template(shadow, new=False)
    assert prog.template("iso-5x5") == builtin


def test_a_copy_of_a_prescribed_template_is_the_users_own(programme: Programme) -> None:
    base = programme.templates["iso-5x5"]
    if not hasattr(base, "prescribed"):
        pytest.skip("no prescribed templates in this model")
    t = dataclasses.replace(base, id="physio", builtin=False, ladder_step=None, prescribed=True)
    copy = TemplateDraft.from_template(t).duplicate({"physio"}).to_template(programme.exercises)
    assert copy.prescribed is False and copy.id == "bridge-holds-5-x-5-s-2-sets-copy"
