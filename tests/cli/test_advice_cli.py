"""`phtcoach advice`: the JSON contract on a demo data dir, the text form, bad input."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from functools import partial
from pathlib import Path

import pytest

from phtcoach.core.demo import generate_demo
from phtcoach.services import Services
from phtcoach.storage.repository import open_store
from phtcoach.ui.text import advice_json
from tests.cli.runner import phtcoach, python
from tests.fakes import FakeClock
from tests.gui.diary_helpers import store_demo

DAY = date(2026, 3, 2)
UTC_ENV = {"TZ": "UTC"}  # so the demo's days line up
run = partial(phtcoach, "advice", env=UTC_ENV)  # the real command in a fresh interpreter


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """12 weeks of demo history ending on 2026-03-02 (UTC)."""
    root = tmp_path_factory.mktemp("demo")
    clock = FakeClock(datetime(2026, 3, 2, 9, 0, tzinfo=UTC))
    with open_store(root, clock) as store:
        store_demo(store, generate_demo(12, 42, DAY, tz=UTC))
    return root


def expected(root: Path, day: date) -> dict[str, object]:
    """The document the app's own services and words give for `day`."""
    clock = FakeClock(datetime(2026, 3, 2, 9, 0, tzinfo=UTC))
    with open_store(root, clock, auto_backup=False) as store:
        services = Services(store, clock, UTC)
        names = {t.id: t.name for t in services.programme.current().templates.values()}
        return advice_json(services.advice.advice_for_day(day), names)


@pytest.mark.parametrize("day", [DAY, date(2026, 1, 20)])
def test_json_has_the_documented_shape_and_the_rules_values(demo_dir: Path, day: date) -> None:
    done = run("--date", day.isoformat(), "--json", data_dir=demo_dir)
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    assert set(doc) == {"date", "level", "findings", "next_step"}
    assert doc["date"] == day.isoformat()
    assert doc["level"] in {"green", "pending", "amber", "red"}
    assert doc["findings"]
    for f in doc["findings"]:
        assert set(f) == {"rule", "level", "message", "values"}
        assert isinstance(f["values"], dict)
    step = doc["next_step"]
    assert step is None or set(step) == {"kind", "template", "reason"}
    assert doc == expected(demo_dir, day)


def test_the_demo_story_gives_the_expected_advice_on_its_last_day(demo_dir: Path) -> None:
    doc = json.loads(run("--date", DAY.isoformat(), "--json", data_dir=demo_dir).stdout)
    rules = {f["rule"]: f for f in doc["findings"]}
    morning = rules["rule-2-24h"]
    assert morning["values"]["verdict"] == "cleared"
    assert f"{morning['values']['morning']}/10" in morning["message"]


def test_text_output_is_the_headline_then_each_finding(demo_dir: Path) -> None:
    done = run("--date", DAY.isoformat(), data_dir=demo_dir)
    assert done.returncode == 0, done.stderr
    doc = expected(demo_dir, DAY)
    findings = doc["findings"]
    assert isinstance(findings, list)
    out = done.stdout.splitlines()
    for f in findings:
        first, *rest = str(f["message"]).splitlines()
        at = next(i for i, line in enumerate(out) if line == f"  [{f['rule']}] {first}")
        # Continuation lines (one criterion each) follow, indented under their finding.
        assert out[at + 1 : at + 1 + len(rest)] == [f"      {line}" for line in rest]
    assert str(doc["level"]).upper() in done.stdout.splitlines()[0]


@pytest.mark.parametrize("bad", ["2026-02-30", "yesterday", "02/03/2026"])
def test_a_bad_date_is_one_line_naming_the_option_and_exit_2(tmp_path: Path, bad: str) -> None:
    root = tmp_path / "data"
    done = run("--date", bad, data_dir=root)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "--date" in lines[0]
    assert "YYYY-MM-DD" in lines[0]
    assert done.stdout == ""
    assert not root.exists()  # nothing written


def test_a_data_dir_without_a_diary_is_refused_without_creating_it(tmp_path: Path) -> None:
    root = tmp_path / "typo"
    done = run("--json", data_dir=root)
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1
    assert str(root) in done.stderr
    assert not root.exists()


def test_advice_does_not_load_qt(demo_dir: Path) -> None:
    code = (
        "import sys\n"
        "from phtcoach import cli\n"
        f"args = ['advice', '--json', '--date', '2026-03-02', '--data-dir', {str(demo_dir)!r}]\n"
        "rc = cli.main(args)\n"
        "assert rc == 0, rc\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph')))\n"
        "print('QT', qt, file=sys.stderr)\n"
        "sys.exit(1 if qt else 0)\n"
    )
    done = python(code, env=UTC_ENV)
    assert done.returncode == 0, done.stderr


def test_a_day_without_its_morning_test_is_pending_not_green(demo_dir: Path) -> None:
    nxt = "2026-03-03"  # the day after the demo's last morning test
    doc = json.loads(run("--date", nxt, "--json", data_dir=demo_dir).stdout)
    assert doc["level"] == "pending"
    rules = {f["rule"]: f for f in doc["findings"]}
    assert rules["morning-missing"]["level"] == "pending"
    assert doc == expected(demo_dir, date(2026, 3, 3))
    first = run("--date", nxt, data_dir=demo_dir).stdout.splitlines()[0]
    assert first.startswith(f"{nxt}: PENDING - Waiting for this morning's test")
