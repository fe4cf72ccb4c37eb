"""Dict codecs: round trips and the located, all-or-nothing errors for bad files."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from phtcoach.core.errors import DataFormatError
from phtcoach.core.model import Block, Dosage, Exercise, ExerciseKind, Template
from phtcoach.core.serialize import (
    TEMPLATES_FORMAT,
    dosage_from_dict,
    dosage_to_dict,
    exercise_from_dict,
    exercise_to_dict,
    template_from_dict,
    template_to_dict,
    templates_file_from_dict,
    templates_file_to_dict,
)
from tests.core.test_timeline import dosages, exercises, templates

HOLD = Exercise("fesl-bridge-hold", "Bridge hold", ExerciseKind.ISOMETRIC, True, builtin=True)
MINE = Exercise("my-curl", "My curl", ExerciseKind.TEMPO, instructions="slowly", stage=2)
KNOWN = {HOLD.slug: HOLD}


def _template_dict(**over: Any) -> dict[str, Any]:
    d: dict[str, Any] = {
        "id": "iso-mine",
        "name": "Mine",
        "blocks": [
            {
                "exercise": "fesl-bridge-hold",
                "dosage": {"sets": 2, "reps": 5, "hold_s": 5, "rest_between_reps_s": 5},
            }
        ],
    }
    d.update(over)
    return d


def _file(templates: list[Any], exercises: list[Any] | None = None) -> dict[str, Any]:
    return {
        "format": TEMPLATES_FORMAT,
        "version": 1,
        "exercises": exercises or [],
        "templates": templates,
    }


# --------------------------------------------------------------------------- round trips


@settings(max_examples=100, deadline=None)
@given(exercises())
def test_exercise_round_trip(ex: Exercise) -> None:
    d = json.loads(json.dumps(exercise_to_dict(ex)))
    assert exercise_from_dict(d, "x") == ex


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(list(ExerciseKind)).flatmap(dosages))
def test_dosage_round_trip(d: Dosage) -> None:
    raw = json.loads(json.dumps(dosage_to_dict(d)))
    assert dosage_from_dict(raw, "d") == d


@settings(max_examples=100, deadline=None)
@given(templates())
def test_template_round_trip_through_json(t: Template) -> None:
    exs = {b.exercise.slug: b.exercise for b in t.blocks}
    raw = json.loads(json.dumps(template_to_dict(t)))
    assert all(isinstance(b["exercise"], str) for b in raw["blocks"])  # referenced by slug
    assert template_from_dict(raw, exs, "t") == t


@settings(max_examples=60, deadline=None)
@given(st.lists(templates(max_blocks=2), min_size=1, max_size=3, unique_by=lambda t: t.id))
def test_templates_file_round_trip(ts: list[Template]) -> None:
    # One exercise per slug across the file (a file cannot hold two different ones).
    pool: dict[str, Exercise] = {}
    ts = [
        replace(
            t,
            blocks=tuple(
                replace(b, exercise=pool.setdefault(b.exercise.slug, b.exercise)) for b in t.blocks
            ),
        )
        for t in ts
    ]
    raw = json.loads(json.dumps(templates_file_to_dict(ts)))
    exs, back = templates_file_from_dict(raw, {})
    assert back == ts
    assert {e.slug for e in exs} == {b.exercise.slug for t in ts for b in t.blocks}


def test_file_references_builtins_by_slug_and_carries_custom_exercises() -> None:
    t = Template(
        "mix",
        "Mix",
        (
            Block(HOLD, Dosage(ExerciseKind.ISOMETRIC, hold_s=5)),
            Block(MINE, Dosage(ExerciseKind.TEMPO, up_s=3, down_s=3)),
        ),
    )
    raw = templates_file_to_dict([t])
    assert [e["slug"] for e in raw["exercises"]] == ["my-curl"]  # not the built-in
    exs, back = templates_file_from_dict(json.loads(json.dumps(raw)), KNOWN)
    assert exs == [MINE]
    assert back[0].blocks[0].exercise is HOLD
    assert back[0] == t


def test_builtin_flag_is_set_by_the_loader_not_the_file() -> None:
    d = exercise_to_dict(HOLD)
    assert "builtin" not in d
    assert exercise_from_dict(d, "x").builtin is False
    assert exercise_from_dict(d, "x", builtin=True) == HOLD


def test_dosage_kind_defaults_to_the_exercise_kind_in_a_block() -> None:
    t = template_from_dict(_template_dict(), KNOWN, "t")
    assert t.blocks[0].dosage.kind is ExerciseKind.ISOMETRIC
    assert t.blocks[0].dosage.hold_s == 5.0
    assert t.blocks[0].rest_after_s == 120.0  # model default when left out


def test_null_means_not_given() -> None:
    t = template_from_dict(_template_dict(stage=None, ladder_step=None), KNOWN, "t")
    assert t.stage is None
    with pytest.raises(DataFormatError, match=r"^t\.name: missing"):
        template_from_dict(_template_dict(name=None), KNOWN, "t")


# --------------------------------------------------------------------------- errors


@pytest.mark.parametrize(
    ("mutate", "where", "text"),
    [
        (
            lambda d: d["templates"][1]["blocks"][0]["dosage"].update(sets=0),
            "templates[1].blocks[0].dosage.sets",
            "a whole number from 1 to 20",
        ),
        (
            lambda d: d["templates"][1]["blocks"][0]["dosage"].update(rest_betwen_sets_s=30),
            "templates[1].blocks[0].dosage.rest_betwen_sets_s",
            "unknown key",
        ),
        (
            lambda d: d["templates"][1]["blocks"][0]["dosage"].update(up_s=3),
            "templates[1].blocks[0].dosage.up_s",
            "0 for a isometric exercise",
        ),
        (
            lambda d: d["templates"][1]["blocks"][0].update(
                dosage={"kind": "tempo", "up_s": 3, "down_s": 3}
            ),
            "templates[1].blocks[0].dosage.kind",
            "the kind of exercise",
        ),
        (
            lambda d: d["templates"][1]["blocks"][0].update(exercise="nope"),
            "templates[1].blocks[0].exercise",
            "unknown exercise 'nope'",
        ),
        (
            lambda d: d["templates"][1]["blocks"][0].update(rest_after_s=-1),
            "templates[1].blocks[0].rest_after_s",
            "from 0 to 1800",
        ),
        (lambda d: d["templates"][1].update(id="Bad Id"), "templates[1].id", "lower-case"),
        (lambda d: d["templates"][1].update(blocks=[]), "templates[1].blocks", "at least 1"),
        (lambda d: d["templates"][1].update(blocks={}), "templates[1].blocks", "expected a list"),
        (lambda d: d["templates"][1].pop("name"), "templates[1].name", "missing"),
        (lambda d: d["templates"][1].update(id="iso-mine"), "templates[1].id", "duplicate"),
        (lambda d: d["templates"].append(3), "templates[2]", "expected an object"),
        (lambda d: d.update(format="other"), "format", "not a template file"),
        (lambda d: d.update(version=2), "version", "not supported"),
        (lambda d: d.update(version=True), "version", "not supported"),
        (lambda d: d.update(extra=1), "extra", "unknown key"),
        (lambda d: d["exercises"][0].update(kind="yoga"), "exercises[0].kind", "one of"),
        (lambda d: d["exercises"][0].update(single_leg="yes"), "exercises[0].single_leg", "true"),
        (
            lambda d: d["exercises"].append(dict(d["exercises"][0])),
            "exercises[1].slug",
            "duplicate",
        ),
        (
            lambda d: d["exercises"].append(dict(exercise_to_dict(HOLD), name="Other")),
            "exercises[1].slug",
            "clashes",
        ),
    ],
)
def test_bad_files_name_where_and_what(mutate: Any, where: str, text: str) -> None:
    d = _file(
        [_template_dict(), _template_dict(id="iso-other")],
        [exercise_to_dict(MINE)],
    )
    templates_file_from_dict(d, KNOWN)  # valid before the mutation
    mutate(d)
    with pytest.raises(DataFormatError) as info:
        templates_file_from_dict(d, KNOWN)
    assert info.value.where == where
    assert text in info.value.problem


def test_validation_text_is_inside_the_problem() -> None:
    bad = _template_dict()
    bad["blocks"][0]["dosage"]["hold_s"] = 4000
    with pytest.raises(DataFormatError) as info:
        template_from_dict(bad, KNOWN, "templates[2]")
    assert info.value.where == "templates[2].blocks[0].dosage.hold_s"
    assert "dosage.hold_s: 4000 is not allowed (a number from 0 to 3600)" in str(info.value)
    assert isinstance(info.value.__cause__, ValueError)


def test_not_an_object_and_wrong_types() -> None:
    with pytest.raises(DataFormatError, match=r"^file: expected an object"):
        templates_file_from_dict([], KNOWN)
    with pytest.raises(DataFormatError, match=r"^x: expected an object, got a list"):
        exercise_from_dict([], "x")
    with pytest.raises(DataFormatError, match=r"x\.name"):
        exercise_from_dict({"slug": "a", "name": 3, "kind": "timed"}, "x")
    with pytest.raises(DataFormatError, match=r"d\.kind: missing"):
        dosage_from_dict({"sets": 1}, "d")
    with pytest.raises(DataFormatError, match=r"d\.sets"):
        dosage_from_dict({"kind": "timed", "work_s": 5, "sets": 2.0}, "d")
    with pytest.raises(DataFormatError, match=r"b\.blocks\[0\]\.exercise: expected"):
        template_from_dict(
            {"id": "a", "name": "A", "blocks": [{"exercise": 1, "dosage": {}}]}, KNOWN, "b"
        )


def test_an_identical_builtin_in_a_file_is_accepted_once() -> None:
    d = _file([_template_dict()], [exercise_to_dict(HOLD)])
    exs, ts = templates_file_from_dict(d, KNOWN)
    assert exs == []
    assert ts[0].blocks[0].exercise is HOLD


def test_exporting_two_different_exercises_with_one_slug_fails() -> None:
    other = Exercise("my-curl", "Another", ExerciseKind.TEMPO)
    t1 = Template("a", "A", (Block(MINE, Dosage(ExerciseKind.TEMPO, up_s=1, down_s=1)),))
    t2 = Template("b", "B", (Block(other, Dosage(ExerciseKind.TEMPO, up_s=1, down_s=1)),))
    with pytest.raises(DataFormatError, match="share this slug"):
        templates_file_to_dict([t1, t2])
    with pytest.raises(DataFormatError, match="duplicate template id"):
        templates_file_to_dict([t1, t1])


def test_a_nested_where_prefix_is_kept() -> None:
    d = _file([_template_dict(name="")])
    with pytest.raises(DataFormatError) as info:
        templates_file_from_dict(d, KNOWN, "import.templates_file")
    assert info.value.where == "import.templates_file.templates[0].name"
