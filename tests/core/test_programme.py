"""The built-in programme: content checks, the seed ladder, merging user data, bad assets."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from phtcoach.core.errors import DataFormatError, UnknownTemplateError, ValidationError
from phtcoach.core.model import Block, Dosage, Exercise, ExerciseKind, SidesMode, Template
from phtcoach.core.programme import (
    LADDER,
    Programme,
    ladder_next,
    ladder_prev,
    load_builtin,
)
from phtcoach.core.serialize import templates_file_to_dict

ASSETS = Path(__file__).resolve().parents[2] / "assets" / "protocols"


@pytest.fixture(scope="module")
def programme() -> Programme:
    return load_builtin(ASSETS)


def test_library_and_stages(programme: Programme) -> None:
    assert [s.number for s in programme.stages] == [1, 2, 3, 4]
    assert len(programme.templates) >= 12
    for s in programme.stages:
        assert s.name
        assert s.goal
        assert s.exit_criteria
        assert s.template_ids
        assert all(programme.templates[t].stage == s.number for t in s.template_ids)
    staged = [t for s in programme.stages for t in s.template_ids]
    assert sorted(staged) == sorted(programme.templates)
    assert all(t.builtin and t.description for t in programme.templates.values())
    assert all(e.builtin and e.instructions for e in programme.exercises.values())


def test_seed_exercises(programme: Programme) -> None:
    ex = programme.exercises
    assert ex["fesl-bridge-hold"].kind is ExerciseKind.ISOMETRIC
    assert ex["fesl-bridge-eccentric"].kind is ExerciseKind.ECCENTRIC
    assert ex["fesl-bridge-tempo"].kind is ExerciseKind.TEMPO
    assert all(
        ex[s].single_leg for s in ("fesl-bridge-hold", "fesl-bridge-eccentric", "fesl-bridge-tempo")
    )


def test_seed_ladder_dosages(programme: Programme) -> None:
    assert LADDER == ("iso-5x5", "iso-5x15", "eccentric-10s", "eccentric-10s-loaded", "hsr-5-5")
    t = {tid: programme.template(tid) for tid in LADDER}
    assert [t[tid].ladder_step for tid in LADDER] == [1, 2, 3, 4, 5]
    for tid in LADDER:
        assert len(t[tid].blocks) == 1
        assert t[tid].blocks[0].dosage.sides is SidesMode.AFFECTED
    d = [t[tid].blocks[0].dosage for tid in LADDER]
    assert (d[0].sets, d[0].reps, d[0].hold_s) == (2, 5, 5.0)
    assert (d[1].sets, d[1].reps, d[1].hold_s) == (2, 5, 15.0)
    assert t["iso-5x5"].blocks[0].exercise.slug == "fesl-bridge-hold"
    assert d[2].down_s == 10.0
    assert d[2].load_kg == 0.0
    assert t["eccentric-10s"].blocks[0].exercise.slug == "fesl-bridge-eccentric"
    assert d[3].down_s == 10.0
    assert d[3].load_kg > 0
    assert (d[4].up_s, d[4].down_s) == (5.0, 5.0)
    assert d[4].load_kg > 0
    assert t["hsr-5-5"].blocks[0].exercise.slug == "fesl-bridge-tempo"
    # Rests are explicit in the data and sensible.
    assert d[0].rest_between_reps_s >= 5.0
    assert d[1].rest_between_reps_s >= 15.0
    assert all(x.rest_between_sets_s >= 60 for x in d)


def test_stage_content(programme: Programme) -> None:
    ts = programme.templates.values()
    holds = {b.dosage.hold_s for t in ts if t.stage == 1 for b in t.blocks}
    assert {30.0, 45.0} <= holds
    stage1 = {b.exercise.slug for t in ts if t.stage == 1 for b in t.blocks}
    assert {"bridge-hold", "prone-knee-flexion-hold", "straight-leg-pull-down"} <= stage1
    hsr = [f"hsr-{s}x{r}" for s, r in ((3, 15), (3, 12), (4, 10), (4, 8), (4, 6))]
    tempos = (3, 3, 4, 4, 5)  # 3 s / 3 s towards 5 s / 5 s over the blocks
    for tid, tempo in zip(hsr, tempos, strict=True):
        t = programme.template(tid)
        assert t.stage == 2
        sets, reps = (int(x) for x in tid.removeprefix("hsr-").split("x"))
        for b in t.blocks:
            assert (b.dosage.sets, b.dosage.reps, b.dosage.up_s, b.dosage.down_s) == (
                sets,
                reps,
                tempo,
                tempo,
            )
    stage3 = {b.exercise.slug for t in ts if t.stage == 3 for b in t.blocks}
    assert {"romanian-deadlift", "nordic-curl", "split-squat"} <= stage3
    kinds4 = {b.dosage.kind for t in ts if t.stage == 4 for b in t.blocks}
    assert {ExerciseKind.TIMED, ExerciseKind.INTERVAL} <= kinds4
    wr = programme.template("walk-run-1").blocks[0].dosage
    assert (wr.walk_s, wr.run_s) == (120.0, 180.0)


def test_ladder_navigation() -> None:
    assert ladder_next("iso-5x5") == "iso-5x15"
    assert ladder_next("eccentric-10s-loaded") == "hsr-5-5"
    assert ladder_next("hsr-5-5") is None
    assert ladder_prev("iso-5x15") == "iso-5x5"
    assert ladder_prev("iso-5x5") is None
    assert ladder_next("walk-run-1") is None
    assert ladder_prev("nope") is None


def test_unknown_template_lists_known(programme: Programme) -> None:
    with pytest.raises(UnknownTemplateError) as info:
        programme.template("iso-9x9")
    assert "iso-5x5" in str(info.value)
    assert info.value.template_id == "iso-9x9"


def test_resolve_template_or_exercise(programme: Programme) -> None:
    assert programme.resolve("iso-5x5") is programme.template("iso-5x5")
    t = programme.resolve("nordic-curl")
    assert t.id == "nordic-curl"
    assert [b.exercise.slug for b in t.blocks] == ["nordic-curl"]
    with pytest.raises(UnknownTemplateError):
        programme.resolve("nothing-like-it")
    assert programme.stage(2).number == 2
    with pytest.raises(ValidationError):
        programme.stage(5)


def test_merged_adds_user_data_and_rejects_clashes(programme: Programme) -> None:
    mine = Exercise("my-hold", "My hold", ExerciseKind.ISOMETRIC)
    t = Template("my-day", "My day", (Block(mine, Dosage(ExerciseKind.ISOMETRIC, hold_s=20)),))
    merged = programme.merged([mine], [t])
    assert merged.template("my-day") is t
    assert merged.exercises["my-hold"] is mine
    assert merged.user_templates() == [t]
    assert "my-day" not in programme.templates  # the original is untouched
    clash = Template("iso-5x5", "Mine", t.blocks)
    with pytest.raises(ValidationError, match=r"template\.id"):
        programme.merged([], [clash])
    bad_ex = Exercise("fesl-bridge-hold", "Mine", ExerciseKind.ISOMETRIC)
    with pytest.raises(ValidationError, match=r"exercise\.slug"):
        programme.merged([bad_ex], [])


def test_builtin_templates_export_as_a_template_file(programme: Programme) -> None:
    raw = templates_file_to_dict(programme.templates.values())
    assert raw["exercises"] == []  # built-ins are referenced by slug only
    on_disk = json.loads((ASSETS / "templates.json").read_text(encoding="utf-8"))
    assert [t["id"] for t in raw["templates"]] == [t["id"] for t in on_disk["templates"]]


# --------------------------------------------------------------------------- broken assets


def _copy(tmp_path: Path) -> Path:
    dst = tmp_path / "protocols"
    shutil.copytree(ASSETS, dst)
    return dst


def _edit(path: Path, fn: object) -> None:
    doc = json.loads(path.read_text(encoding="utf-8"))
    fn(doc)  # type: ignore[operator]
    path.write_text(json.dumps(doc), encoding="utf-8")


@pytest.mark.parametrize(
    ("file", "edit", "where"),
    [
        (
            "templates.json",
            lambda d: d["templates"][0]["blocks"][0]["dosage"].update(sets=99),
            "templates.json.templates[0].blocks[0].dosage.sets",
        ),
        (
            "templates.json",
            lambda d: d["templates"][0].update(typo=1),
            "templates.json.templates[0].typo",
        ),
        ("templates.json", lambda d: d["templates"].pop(0), "templates.json"),
        (
            "templates.json",
            lambda d: d["templates"][1].update(ladder_step=7),
            "templates.json[iso-5x15].ladder_step",
        ),
        (
            "exercises.json",
            lambda d: d["exercises"][0].update(kind="x"),
            "exercises.json.exercises[0].kind",
        ),
        ("exercises.json", lambda d: d.update(format="x"), "exercises.json.format"),
        ("stages.json", lambda d: d["stages"].pop(), "stages.json.stages"),
        ("stages.json", lambda d: d["stages"][0].pop("goal"), "stages.json.stages[0].goal"),
        ("stages.json", lambda d: d["stages"][1].update(number=3), "stages.json.stages[1].number"),
    ],
)
def test_broken_assets_fail_loudly(tmp_path: Path, file: str, edit: object, where: str) -> None:
    root = _copy(tmp_path)
    _edit(root / file, edit)
    with pytest.raises(DataFormatError) as info:
        load_builtin(root)
    assert info.value.where == where


def test_unreadable_and_invalid_json(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    (root / "stages.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(DataFormatError, match="not valid JSON"):
        load_builtin(root)
    (root / "stages.json").unlink()
    with pytest.raises(DataFormatError, match="cannot be read"):
        load_builtin(root)
