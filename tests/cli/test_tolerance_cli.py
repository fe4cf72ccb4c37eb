"""`phtcoach tolerance`: every factor with its effect, interval and verdict, as text and as
the documented JSON; no database is one line and exit 2; no Qt is loaded."""

from __future__ import annotations

import json
from functools import partial
from pathlib import Path

import pytest

from phtcoach.core.clock import SystemClock
from phtcoach.demo_data import make_demo_dir
from tests.cli.runner import phtcoach, python

FIELDS = {"factor", "kind", "days", "effect", "low", "high", "verdict"}


run = partial(phtcoach, "tolerance")


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("demo")
    make_demo_dir(root, weeks=12, seed=42, clock=SystemClock())  # ending today: in the window
    return root


def test_json_lists_every_factor_with_the_documented_fields(demo_dir: Path) -> None:
    done = run("--json", data_dir=demo_dir)
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    factors = doc["factors"]
    assert factors and doc["mornings"] > 50
    for f in factors:
        assert set(f) >= FIELDS
        assert f["verdict"] in {"likely_worse", "likely_fine", "unknown"}
        assert f["low"] <= f["effect"] <= f["high"]
        assert (f["more_days"] is None) == (f["verdict"] != "unknown")
    top = {f["factor"] for f in factors[:2]}
    assert top == {"flag:run:hills", "flag:ride:aero+flag:ride:hills"}
    assert all(f["verdict"] == "likely_worse" for f in factors[:2])


def test_text_names_each_factor_with_its_numbers(demo_dir: Path) -> None:
    done = run(data_dir=demo_dir)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert "mornings up to" in lines[0] and "80 % interval" in lines[0]
    assert lines[1] == "Run, hills: Likely worse"
    assert lines[2].strip().endswith("1 day") and "on the next morning, 80 % between" in lines[2]
    assert any(ln.startswith("Walk: ") for ln in lines)


def test_no_database_is_one_line_and_exit_2(tmp_path: Path) -> None:
    done = run(data_dir=tmp_path / "none")
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "--data-dir" in done.stderr
    assert "Traceback" not in done.stderr


def test_the_command_loads_no_qt(demo_dir: Path) -> None:
    code = (
        "import sys; from phtcoach.cli import main; "
        f"main(['tolerance', '--data-dir', {str(demo_dir)!r}]); "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'numpy'))))"
    )
    done = python(code)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "[]"
