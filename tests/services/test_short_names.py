"""Issue 15 item 4: every exercise has a short display name for tables, lists and legends;
a user's short name survives storage and an export/import round trip."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from phtcoach import paths
from phtcoach.core.errors import ValidationError
from phtcoach.core.model import Exercise, ExerciseKind, short_names
from phtcoach.core.programme import load_builtin
from phtcoach.core.serialize import exercise_from_dict, exercise_to_dict
from phtcoach.services import Services
from phtcoach.storage.repository import Store
from tests.fakes import FakeClock
from tests.services.exchange_helpers import open_services

REPO = Path(__file__).resolve().parents[2]
MINE = Exercise("my-bridge", "My long single-leg bridge on the sofa", ExerciseKind.ISOMETRIC,
                short_name="Sofa bridge")  # fmt: skip


def test_every_builtin_exercise_has_a_short_name_of_at_most_22_characters() -> None:
    programme = load_builtin(paths.asset("protocols"))
    assert len(programme.exercises) >= 20
    for ex in programme.exercises.values():
        assert ex.short_name, ex.slug
        assert len(ex.short_name) <= 22, ex.short_name
        assert ex.short == ex.short_name
    assert programme.exercises["fesl-bridge-eccentric"].short_name == "SL bridge, eccentric"
    shorts = list(short_names(programme.exercises).values())
    assert len(set(shorts)) == len(shorts)  # no two look alike in a legend


def test_the_short_names_are_marked_for_translation() -> None:
    strings = (REPO / "assets/i18n/protocol_strings.py").read_text(encoding="utf-8")
    for ex in load_builtin(paths.asset("protocols")).exercises.values():
        assert json.dumps(ex.short_name) in strings, ex.short_name


def test_short_falls_back_to_the_name_and_is_validated_like_a_name() -> None:
    plain = Exercise("x", "Hip thrust", ExerciseKind.TEMPO)
    assert plain.short == "Hip thrust"
    assert MINE.short == "Sofa bridge"
    with pytest.raises(ValidationError, match="short_name"):
        Exercise("x", "X", ExerciseKind.TEMPO, short_name="y" * 25)
    with pytest.raises(ValidationError, match="short_name"):
        Exercise("x", "X", ExerciseKind.TEMPO, short_name=3)  # type: ignore[arg-type]


def test_short_name_round_trips_through_the_file_format() -> None:
    d = exercise_to_dict(MINE)
    assert d["short_name"] == "Sofa bridge"
    assert exercise_from_dict(d, "e") == MINE
    assert "short_name" not in exercise_to_dict(Exercise("x", "X", ExerciseKind.TEMPO))


def test_short_name_survives_storage_and_export_import(
    store: Store, services: Services, clock: FakeClock, tmp_path: Path
) -> None:
    store.library.save_exercise(MINE)
    assert store.library.exercises() == [MINE]
    for fmt in ("json", "csv"):
        path = services.export.export(tmp_path / f"out.{fmt}", fmt).value
        other, again = open_services(tmp_path / f"empty-{fmt}", clock)
        try:
            assert again.imports.run(path).value.written
            assert other.library.exercises() == [MINE]
        finally:
            other.close()
