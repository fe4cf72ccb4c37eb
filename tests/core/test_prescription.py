"""A prescribed template: its fields, its file keys, and the advice staying within it."""

from __future__ import annotations

from dataclasses import replace

import pytest

from phtcoach.core.errors import DataFormatError, ValidationError
from phtcoach.core.model import Block, Dosage, Exercise, ExerciseKind, Template
from phtcoach.core.progression import Level, Rule, StepKind
from phtcoach.core.serialize import (
    TEMPLATES_FORMAT,
    template_from_dict,
    template_to_dict,
    templates_file_from_dict,
    templates_file_to_dict,
)
from phtcoach.ui.text import advice_json, finding_text, headline_text, step_reason_text
from tests.core.progression_helpers import (
    TODAY,
    Log,
    kind,
    morning,
    mornings,
    rules,
    run,
    stage_history,
    steady,
)

HOLD = Exercise("fesl-bridge-hold", "Bridge hold", ExerciseKind.ISOMETRIC, True, builtin=True)
KNOWN = {HOLD.slug: HOLD}
BLOCK = Block(HOLD, Dosage(ExerciseKind.ISOMETRIC, sets=2, reps=5, hold_s=15))
PLAN = Template(
    "physio-plan",
    "Physio plan",
    (BLOCK,),
    prescribed=True,
    author="Dr Ana Silva",
    note="Twice a day.\nNo stretching.",
)
NAMES = {"iso-5x5": "Isometric 5 x 5 s", "iso-5x15": "Isometric 5 x 15 s"}


# --------------------------------------------------------------------------- model, file


def test_defaults_are_an_ordinary_template() -> None:
    t = Template("mine", "Mine", (BLOCK,))
    assert (t.prescribed, t.author, t.note) == (False, "", "")


@pytest.mark.parametrize(
    ("change", "field", "allowed"),
    [
        ({"author": "x" * 121}, "template.author", "at most 120"),
        ({"note": "x" * 2001}, "template.note", "at most 2000"),
        ({"prescribed": "yes"}, "template.prescribed", "true or false"),
        ({"author": 7}, "template.author", "at most 120"),
    ],
)
def test_fields_are_validated_naming_field_and_range(
    change: dict[str, object], field: str, allowed: str
) -> None:
    with pytest.raises(ValidationError) as e:
        replace(PLAN, **change)  # type: ignore[arg-type]
    assert e.value.field == field
    assert allowed in e.value.allowed
    assert replace(PLAN, author="x" * 120, note="y" * 2000).note == "y" * 2000


def test_dict_round_trip_carries_prescription() -> None:
    d = template_to_dict(PLAN)
    assert (d["prescribed"], d["author"], d["note"]) == (True, "Dr Ana Silva", PLAN.note)
    assert template_from_dict(d, KNOWN, "t") == PLAN
    plain = Template("mine", "Mine", (BLOCK,))
    assert {"prescribed", "author", "note"}.isdisjoint(template_to_dict(plain))
    # An author and a note without the lock (an unlocked prescription) keep both.
    unlocked = replace(PLAN, prescribed=False)
    d = template_to_dict(unlocked)
    assert "prescribed" not in d and d["author"] == "Dr Ana Silva"
    assert template_from_dict(d, KNOWN, "t") == unlocked


def test_file_round_trip_and_old_files_without_the_keys() -> None:
    doc = templates_file_to_dict([PLAN])
    _, (back,) = templates_file_from_dict(doc, KNOWN)
    assert back == PLAN
    old = {
        "format": TEMPLATES_FORMAT,
        "version": 1,
        "templates": [
            {
                "id": "old",
                "name": "Old",
                "blocks": [{"exercise": "fesl-bridge-hold", "dosage": {"hold_s": 5}}],
            }
        ],
    }
    _, (t,) = templates_file_from_dict(old, KNOWN)
    assert (t.prescribed, t.author, t.note) == (False, "", "")


def test_a_bad_author_in_a_file_is_located() -> None:
    doc = templates_file_to_dict([PLAN])
    doc["templates"][0]["author"] = "x" * 200
    with pytest.raises(DataFormatError) as e:
        templates_file_from_dict(doc, KNOWN)
    assert e.value.where == "templates[0].author"
    doc["templates"][0]["auther"] = "typo"
    with pytest.raises(DataFormatError, match="unknown key"):
        templates_file_from_dict(doc, KNOWN)


# --------------------------------------------------------------------------- the advice


def test_a_locked_prescription_proposes_no_step_up() -> None:
    h = steady().history(mornings(-10, 0, 2))
    free = run(h)
    assert kind(free) is StepKind.UP  # the same green history, not prescribed
    assert Rule.PRESCRIBED not in rules(free)

    a = run(h, prescribed_by="Dr Ana Silva", dosage_summary={"iso-5x5": "2 x 5 x 5 s hold"})
    assert a.level is Level.GREEN
    assert a.next_step is not None
    assert (a.next_step.kind, a.next_step.template_id) == (StepKind.HOLD, "iso-5x5")
    assert a.next_step.rule is Rule.PRESCRIBED
    f = rules(a)[Rule.PRESCRIBED]
    assert f.level is Level.INFO
    assert f.values == {
        "author": "Dr Ana Silva",
        "template": "iso-5x5",
        "cleared": True,
        "held_step": "up",
        "next_template": "iso-5x15",
    }
    assert Rule.STEP_UP not in rules(a)  # "Step up to ..." is not said
    assert a.headline_rule is not Rule.STEP_UP


def test_a_locked_prescription_holds_a_stage_advance_too() -> None:
    h = stage_history(12)
    assert kind(run(h, "iso-5x15")) is StepKind.STAGE
    a = run(h, "iso-5x15", prescribed_by="")
    assert kind(a) is StepKind.HOLD
    assert Rule.STAGE not in rules(a)
    v = rules(a)[Rule.PRESCRIBED].values
    assert (v["author"], v["cleared"], v["held_step"]) == ("", True, "stage")


def test_not_cleared_yet_says_so() -> None:
    log = Log()
    log.add(-1, pain=5)  # above the ceiling of 3
    a = run(log.history(mornings(-10, 0, 2)), prescribed_by="Dr Ana Silva")
    v = rules(a)[Rule.PRESCRIBED].values
    assert (v["cleared"], v["held_step"]) == (False, None)
    assert kind(a) is StepKind.HOLD


def test_red_and_amber_still_step_down_under_a_prescription() -> None:
    # Rule 2: a morning above 5 goes back one rung, prescription or not.
    h = steady("iso-5x15").history([*mornings(-7, -1, 3), morning(0, 6)])
    a = run(h, "iso-5x15", prescribed_by="Dr Ana Silva")
    b = run(h, "iso-5x15")
    assert a.next_step == b.next_step
    assert a.next_step is not None and a.next_step.kind is StepKind.DOWN
    assert a.level is Level.RED
    assert rules(a)[Rule.PRESCRIBED].values == {"author": "Dr Ana Silva", "template": "iso-5x15"}
    # Rule 1: pain above the ceiling in the last session still eases the next one.
    log = Log()
    log.add(-1, pain=5)
    a = run(log.history(mornings(-10, 0, 2)), prescribed_by="Dr Ana Silva")
    assert rules(a)[Rule.SET_PAIN].level is Level.AMBER
    assert a.level is Level.AMBER


def test_the_words_name_the_author() -> None:
    h = steady().history(mornings(-10, 0, 2))
    a = run(h, prescribed_by="Dr Ana Silva")
    f = rules(a)[Rule.PRESCRIBED]
    said = finding_text(f, NAMES, TODAY)
    assert "Isometric 5 x 5 s is prescribed by Dr Ana Silva" in said
    assert "unlock" in said
    assert a.next_step is not None
    assert step_reason_text(a.next_step, NAMES, TODAY) == (
        "Stay on Isometric 5 x 5 s as Dr Ana Silva prescribed: stepping up is theirs to decide."
    )
    assert "Step up" not in headline_text(a, NAMES)
    anonymous = run(h, prescribed_by="")
    assert "prescribed by your clinician" in finding_text(
        rules(anonymous)[Rule.PRESCRIBED], NAMES, TODAY
    )
    doc = advice_json(a, NAMES)
    found = [x for x in doc["findings"] if x["rule"] == "prescribed"]  # type: ignore[attr-defined]
    assert found and found[0]["values"]["author"] == "Dr Ana Silva"
    assert doc["next_step"]["kind"] == "hold"  # type: ignore[index]
