"""The how-to of an exercise: validation naming the part and its range, the dict codec, the
template-file round trip (a user's exercise carries its own how-to), and the built-ins."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from phtcoach import paths
from phtcoach.core.errors import DataFormatError, ValidationError
from phtcoach.core.howto import (
    MAX_CUE_CHARS,
    MAX_CUES,
    MAX_STEP_CHARS,
    MAX_STEPS,
    HowTo,
    howto_from_dict,
    howto_to_dict,
)
from phtcoach.core.model import Block, Dosage, Exercise, ExerciseKind, Template
from phtcoach.core.programme import EXERCISES_FILE, load_builtin
from phtcoach.core.serialize import (
    TEMPLATES_FORMAT,
    exercise_from_dict,
    exercise_to_dict,
    templates_file_from_dict,
    templates_file_to_dict,
)

FULL = HowTo(
    setup=("Lie on your back.", "Heel on the step."),
    movement=("Lift the hips.", "Hold."),
    feel="The back of the thigh working.",
    faults=("Hips dropping.",),
    easier="Both legs.",
    harder="Longer holds.",
    if_it_hurts="Press more gently.",
    cues=("Heel down", "Hips level"),
    drawing="fesl-bridge-hold",
)


def test_a_full_how_to_is_complete_and_lists_its_steps() -> None:
    assert FULL.complete
    assert FULL.missing() == ()
    assert FULL.steps() == FULL.setup + FULL.movement


def test_lists_become_tuples_and_a_partial_how_to_is_allowed() -> None:
    h = HowTo(setup=["Kneel."], cues=["Slowly"])  # type: ignore[arg-type]
    assert h.setup == ("Kneel.",)
    assert h.cues == ("Slowly",)
    assert not h.complete
    assert "movement" in h.missing() and "drawing" in h.missing()


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("setup", "one long text", f"at most {MAX_STEPS} short texts"),
        ("movement", ["ok", ""], f"1 to {MAX_STEP_CHARS} characters"),
        ("faults", ["x" * (MAX_STEP_CHARS + 1)], f"1 to {MAX_STEP_CHARS} characters"),
        ("setup", ["a"] * (MAX_STEPS + 1), f"at most {MAX_STEPS}"),
        ("cues", ["a", "b", "c", "d"], f"at most {MAX_CUES}"),
        ("cues", ["y" * (MAX_CUE_CHARS + 1)], f"1 to {MAX_CUE_CHARS} characters"),
        ("feel", 5, "text of at most"),
        ("if_it_hurts", "z" * 401, "text of at most 400"),
        ("drawing", "Not A Slug", "a drawing's name"),
        ("movement", [3], "short texts"),
    ],
)
def test_a_bad_part_names_itself_and_what_is_allowed(field: str, value: object, words: str) -> None:
    with pytest.raises(ValidationError) as exc:
        replace(FULL, **{field: value})
    assert exc.value.field == f"how_to.{field}"
    assert words in str(exc.value)


def test_an_empty_how_to_is_refused() -> None:
    with pytest.raises(ValidationError, match="at least one part"):
        HowTo()


def test_an_exercise_checks_its_how_to_type() -> None:
    with pytest.raises(ValidationError, match=r"exercise\.how_to"):
        Exercise("x", "X", ExerciseKind.TEMPO, how_to={"setup": ["a"]})  # type: ignore[arg-type]


def test_dict_codec_writes_only_given_parts_as_lists() -> None:
    d = howto_to_dict(HowTo(cues=("Slowly",), feel="Work"))
    assert d == {"feel": "Work", "cues": ["Slowly"]}
    assert howto_from_dict(json.loads(json.dumps(howto_to_dict(FULL)))) == FULL
    with pytest.raises(ValidationError, match=r"how_to\.steps"):
        howto_from_dict({"steps": ["a"]})  # a typo must not vanish quietly
    with pytest.raises(ValidationError, match="an object"):
        howto_from_dict(["a"])


_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=30
).filter(lambda s: s.strip() != "")


@st.composite
def how_tos(draw: st.DrawFn) -> HowTo:
    steps = st.lists(_text, max_size=3).map(tuple)
    return HowTo(
        setup=draw(steps),
        movement=draw(steps),
        feel=draw(st.text(max_size=40)),
        faults=draw(steps),
        easier=draw(st.text(max_size=40)),
        harder=draw(st.text(max_size=40)),
        if_it_hurts=draw(st.text(max_size=40)),
        cues=draw(st.lists(_text, min_size=1, max_size=3).map(tuple)),
        drawing=draw(st.sampled_from(["", "bridge-hold", "my-own"])),
    )


@settings(max_examples=80, deadline=None)
@given(how_tos())
def test_exercise_with_a_how_to_round_trips_through_json(how: HowTo) -> None:
    ex = Exercise("my-curl", "My curl", ExerciseKind.TEMPO, how_to=how)
    d = json.loads(json.dumps(exercise_to_dict(ex)))
    assert exercise_from_dict(d, "x") == ex


def _mine(how: HowTo | None) -> Template:
    ex = Exercise("my-bridge", "My bridge", ExerciseKind.ISOMETRIC, True, how_to=how)
    return Template("mine", "Mine", (Block(ex, Dosage(ExerciseKind.ISOMETRIC, hold_s=10)),))


def test_a_template_file_carries_a_user_exercises_how_to() -> None:
    t = _mine(FULL)
    raw = json.loads(json.dumps(templates_file_to_dict([t])))
    assert raw["exercises"][0]["how_to"]["cues"] == ["Heel down", "Hips level"]
    exercises, back = templates_file_from_dict(raw, {})
    assert exercises[0].how_to == FULL
    assert back == [t]


def test_a_file_written_before_how_tos_still_loads() -> None:
    raw: dict[str, Any] = {
        "format": TEMPLATES_FORMAT,
        "version": 1,
        "exercises": [{"slug": "my-bridge", "name": "My bridge", "kind": "isometric"}],
        "templates": [
            {
                "id": "mine",
                "name": "Mine",
                "blocks": [{"exercise": "my-bridge", "dosage": {"hold_s": 10}}],
            }
        ],
    }
    exercises, templates = templates_file_from_dict(raw, {})
    assert exercises[0].how_to is None
    assert templates[0].blocks[0].exercise.how_to is None


@pytest.mark.parametrize(
    ("how_to", "where"),
    [
        ({"cues": ["a", "b", "c", "d"]}, "exercises[0].how_to.cues"),
        ({"setp": ["a"]}, "exercises[0].how_to.setp"),
        ("lift the hips", "exercises[0].how_to"),
        ({}, "exercises[0].how_to"),
    ],
)
def test_a_bad_how_to_in_a_file_is_located(how_to: object, where: str) -> None:
    raw = json.loads(json.dumps(templates_file_to_dict([_mine(None)])))
    raw["exercises"][0]["how_to"] = how_to
    with pytest.raises(DataFormatError) as exc:
        templates_file_from_dict(raw, {})
    assert exc.value.where == where


def test_every_builtin_exercise_has_a_full_how_to_naming_its_own_drawing() -> None:
    programme = load_builtin(paths.asset("protocols"))
    assert len(programme.exercises) >= 20
    for ex in programme.exercises.values():
        assert ex.how_to is not None and ex.how_to.complete, ex.slug
        assert ex.how_to.drawing == ex.slug
        assert 1 <= len(ex.how_to.cues) <= 3
        assert (paths.asset("illustrations") / f"{ex.slug}.svg").is_file(), ex.slug


def test_a_builtin_exercise_without_a_full_how_to_fails_loudly(tmp_path: Any) -> None:
    src = paths.asset("protocols")
    for name in ("templates.json", "stages.json"):
        (tmp_path / name).write_text((src / name).read_text(encoding="utf-8"), encoding="utf-8")
    doc = json.loads((src / EXERCISES_FILE).read_text(encoding="utf-8"))
    del doc["exercises"][2]["how_to"]["harder"]
    (tmp_path / EXERCISES_FILE).write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(DataFormatError) as exc:
        load_builtin(tmp_path)
    assert exc.value.where == "exercises.json.exercises[2].how_to"
    assert "harder" in exc.value.problem
