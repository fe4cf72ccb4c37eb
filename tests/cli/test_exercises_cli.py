"""`phtcoach exercises [--json]`: every exercise with its how-to steps and its drawing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from phtcoach import paths
from phtcoach.cli import main
from phtcoach.core.model import Exercise, ExerciseKind, HowTo
from phtcoach.core.programme import load_builtin
from phtcoach.storage.repository import Store
from tests.cli.runner import python

KEYS = {
    "id",
    "name",
    "stage",
    "kind",
    "single_leg",
    "builtin",
    "how_to",
    "cues",
    "feel",
    "faults",
    "easier",
    "harder",
    "if_it_hurts",
    "illustration",
}


def listing(capsys: pytest.CaptureFixture[str], *args: str) -> list[dict[str, object]]:
    assert main(["exercises", "--json", *args]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert set(doc) == {"exercises"}
    rows: list[dict[str, object]] = doc["exercises"]
    return rows


def test_json_lists_every_builtin_with_steps_and_an_existing_drawing(
    capsys: pytest.CaptureFixture[str],
) -> None:
    rows = listing(capsys)
    builtin = load_builtin(paths.asset("protocols")).exercises
    assert [r["id"] for r in rows] == sorted(
        builtin, key=lambda s: (builtin[s].stage or 9, list(builtin).index(s))
    )
    for r in rows:
        assert set(r) == KEYS, r["id"]
        assert r["builtin"] is True
        assert r["kind"] in {k.value for k in ExerciseKind}
        assert r["stage"] in (1, 2, 3, 4)
        steps = r["how_to"]
        assert isinstance(steps, list) and len(steps) >= 3, r["id"]
        assert all(isinstance(s, str) and 0 < len(s) <= 160 for s in steps)
        assert isinstance(r["cues"], list) and 1 <= len(r["cues"]) <= 3
        assert r["feel"] and r["faults"] and r["easier"] and r["harder"] and r["if_it_hurts"]
        drawing = Path(str(r["illustration"]))
        assert drawing.is_file(), r["id"]
        assert drawing.suffix == ".svg"
        assert "currentColor" in drawing.read_text(encoding="utf-8")


def test_text_lists_numbered_steps_cues_and_the_drawing(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["exercises"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("bridge-hold: Double-leg bridge hold (stage 1, isometric, both legs)")
    block = out.split("\n\n")[1]
    assert block.startswith("fesl-bridge-hold: ")
    assert "one leg at a time" in block.splitlines()[0]
    assert "\n  1. " in block and "\n  2. " in block
    assert "  Key cues: " in block
    assert "  If it hurts: " in block
    drawing = block.splitlines()[-1].removeprefix("  Drawing: ")
    assert Path(drawing).is_file()
    assert out.count("Drawing: ") == len(load_builtin(paths.asset("protocols")).exercises)


def test_a_users_own_exercise_is_listed_after_the_builtins(
    data_dir: Path, store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    store.library.save_exercise(
        Exercise("my-curl", "My curl", ExerciseKind.TEMPO, how_to=HowTo(cues=("Slowly",)))
    )
    store.library.save_exercise(Exercise("my-hop", "My hop", ExerciseKind.TIMED))
    store.close()
    rows = listing(capsys, "--data-dir", str(data_dir))
    mine = [r for r in rows if not r["builtin"]]
    assert [r["id"] for r in mine] == ["my-curl", "my-hop"]
    assert rows[-2:] == mine
    assert mine[0]["cues"] == ["Slowly"] and mine[0]["how_to"] == []
    assert mine[1]["illustration"] is None and mine[1]["faults"] == []
    assert main(["exercises", "--data-dir", str(data_dir)]) == 0
    out = capsys.readouterr().out
    assert "my-hop: My hop (no stage, timed, both legs)\n  (no how-to yet)\n  Drawing: -" in out


def test_exercises_does_not_load_qt() -> None:
    code = (
        "import sys\n"
        "from phtcoach import cli\n"
        "assert cli.main(['exercises', '--json']) == 0\n"
        "qt = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "print('QT', qt, file=sys.stderr)\n"
        "sys.exit(1 if qt else 0)\n"
    )
    done = python(code)
    assert done.returncode == 0, done.stderr
