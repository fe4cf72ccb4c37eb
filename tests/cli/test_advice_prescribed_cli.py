"""`phtcoach advice --json` on a locked prescription: the finding, its author, no step up."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from phtcoach.core.model import Block, Dosage, ExerciseKind, Template
from phtcoach.services import Services
from phtcoach.storage.repository import open_store
from tests.cli.test_advice_cli import DAY, run
from tests.fakes import FakeClock
from tests.services.history_helpers import morning, session


def test_json_shows_the_prescription_finding(tmp_path: Path) -> None:
    root = tmp_path / "data"
    clock = FakeClock(datetime(2026, 3, 2, 9, 0, tzinfo=UTC))
    with open_store(root, clock, auto_backup=False) as store:
        services = Services(store, clock, UTC)
        hold = services.programme.builtin_exercises()["fesl-bridge-hold"]
        plan = Template(
            "physio-plan",
            "Physio plan",
            (Block(hold, Dosage(ExerciseKind.ISOMETRIC, sets=2, reps=5, hold_s=15)),),
            prescribed=True,
            author="Dr Ana Silva",
        )
        store.library.save_template(plan)
        services.settings.update(current_template="physio-plan")
        for i in range(10, -1, -1):
            morning(store, DAY - timedelta(days=i), 2)
        for i in range(6, 0, -1):
            session(store, DAY - timedelta(days=i), "physio-plan", pains=(1,))
    done = run("--date", DAY.isoformat(), "--json", data_dir=root)
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    rules = {f["rule"]: f for f in doc["findings"]}
    found = rules["prescribed"]
    assert found["level"] == "info"
    assert found["values"]["author"] == "Dr Ana Silva"
    assert "prescribed by Dr Ana Silva" in found["message"]
    assert "rule-4-step-up" not in rules
    assert doc["next_step"]["kind"] == "hold"
    assert "Dr Ana Silva prescribed" in doc["next_step"]["reason"]
    text = run("--date", DAY.isoformat(), data_dir=root).stdout
    assert "[prescribed] Physio plan is prescribed by Dr Ana Silva" in text
