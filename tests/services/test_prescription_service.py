"""Prescribed templates through the services: import, unlock, mark, and today's advice."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from phtcoach.core.errors import DataFormatError, ValidationError
from phtcoach.core.model import Block, Dosage, ExerciseKind, Template
from phtcoach.core.progression import Rule, StepKind
from phtcoach.core.serialize import templates_file_to_dict
from phtcoach.services import Services
from phtcoach.services.changes import Changes
from phtcoach.storage.repository import Store
from tests.fakes import FakeClock
from tests.services.history_helpers import morning, session

DAY = FakeClock().now().date()


def physio_file(tmp_path: Path, services: Services, *, author: str = "Dr Ana Silva") -> Path:
    hold = services.programme.builtin_exercises()["fesl-bridge-hold"]
    t = Template(
        "physio-plan",
        "Physio plan",
        (Block(hold, Dosage(ExerciseKind.ISOMETRIC, sets=2, reps=5, hold_s=15)),),
        author=author,
        note="Twice a day.",
    )
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(templates_file_to_dict([t])), encoding="utf-8")
    return path


def test_read_file_previews_without_storing(services: Services, tmp_path: Path) -> None:
    (t,) = services.programme.read_file(physio_file(tmp_path, services))
    assert (t.author, t.prescribed) == ("Dr Ana Silva", False)
    assert "physio-plan" not in services.programme.current().templates


def test_import_marks_prescribed_with_the_author(services: Services, tmp_path: Path) -> None:
    path = physio_file(tmp_path, services)
    done = services.programme.import_file(path, prescribed=True)
    assert done.changes is Changes.PROGRAMME
    t = services.programme.template("physio-plan")
    assert (t.prescribed, t.author, t.note) == (True, "Dr Ana Silva", "Twice a day.")
    # The author can be set or corrected on import.
    services.programme.import_file(path, prescribed=True, author="  Ana Silva (physio) ")
    assert services.programme.template("physio-plan").author == "Ana Silva (physio)"
    # Without the flag the file's own say is kept (here: not prescribed).
    services.programme.import_file(path)
    assert not services.programme.template("physio-plan").prescribed


def test_a_bad_author_imports_nothing(services: Services, tmp_path: Path) -> None:
    path = physio_file(tmp_path, services)
    with pytest.raises(ValidationError, match=r"template\.author"):
        services.programme.import_file(path, prescribed=True, author="x" * 121)
    assert "physio-plan" not in services.programme.current().templates
    path.write_text("{", encoding="utf-8")
    with pytest.raises(DataFormatError):
        services.programme.read_file(path)


def test_unlock_and_mark(services: Services, tmp_path: Path) -> None:
    services.programme.import_file(physio_file(tmp_path, services), prescribed=True)
    done = services.programme.set_prescribed("physio-plan", False)
    assert done.changes is Changes.PROGRAMME
    assert (done.value.prescribed, done.value.author) == (False, "Dr Ana Silva")
    assert not services.programme.template("physio-plan").prescribed
    done = services.programme.set_prescribed(
        "physio-plan", True, author="Dr B", note="Hold at 15 s."
    )
    t = services.programme.template("physio-plan")
    assert (t.prescribed, t.author, t.note) == (True, "Dr B", "Hold at 15 s.")
    with pytest.raises(ValidationError, match="not a built-in"):
        services.programme.set_prescribed("iso-5x5", True, author="Dr B")


def green_week_on(store: Store, template_id: str) -> None:
    for i in range(10, -1, -1):
        morning(store, DAY - timedelta(days=i), 2)
    for i in range(6, 0, -1):
        session(store, DAY - timedelta(days=i), template_id, pains=(1,))


def test_advice_stays_within_a_locked_prescription(
    services: Services, store: Store, tmp_path: Path
) -> None:
    services.programme.import_file(physio_file(tmp_path, services), prescribed=True)
    services.settings.update(current_template="physio-plan")
    green_week_on(store, "physio-plan")
    a = services.advice.advice_for_day(DAY)
    found = {f.rule: f for f in a.findings}
    assert found[Rule.PRESCRIBED].values["author"] == "Dr Ana Silva"
    assert found[Rule.PRESCRIBED].values["cleared"] is True
    assert Rule.STEP_UP not in found
    assert a.next_step is not None
    assert (a.next_step.kind, a.next_step.rule) == (StepKind.HOLD, Rule.PRESCRIBED)
    assert services.advice.plan().advice == a
    services.programme.set_prescribed("physio-plan", False)
    a = services.advice.advice_for_day(DAY)
    assert Rule.PRESCRIBED not in {f.rule for f in a.findings}
    assert Rule.STEP_UP in {f.rule for f in a.findings}


def test_the_template_editor_draft_keeps_a_prescription(services: Services) -> None:
    """Editing a prescribed template in the template editor must not drop who prescribed it."""
    from phtcoach.services.template_draft import TemplateDraft

    hold = services.programme.builtin_exercises()["fesl-bridge-hold"]
    plan = Template(
        "physio-plan",
        "Physio plan",
        (Block(hold, Dosage(ExerciseKind.ISOMETRIC, sets=2, reps=5, hold_s=15)),),
        prescribed=True,
        author="Dr Ana Silva",
        note="Twice a day.",
    )
    exercises = services.programme.current().exercises
    assert TemplateDraft.from_template(plan).to_template(exercises) == plan
