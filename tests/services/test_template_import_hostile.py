"""Hostile template files (Programme > Import): each is refused with one DataFormatError or
ValidationError whose message names the problem, nothing is stored, and a big file is refused
by its size before it is read (a 10 MB file once froze the window for 8 s)."""

from __future__ import annotations

import json
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from phtcoach.core.errors import DataFormatError, ValidationError
from phtcoach.core.model import Block, Dosage, ExerciseKind, Template
from phtcoach.core.serialize import templates_file_to_dict
from phtcoach.services import Services
from phtcoach.storage.repository import Store


def good_doc(services: Services, n: int = 1) -> dict[str, Any]:
    hold = services.programme.builtin_exercises()["fesl-bridge-hold"]
    ts = [
        Template(
            f"physio-{i}",
            f"Physio {i}",
            (Block(hold, Dosage(ExerciseKind.ISOMETRIC, sets=2, reps=5, hold_s=15)),),
            note="Twice a day.",
        )
        for i in range(n)
    ]
    return templates_file_to_dict(ts)


def refused(services: Services, store: Store, path: Path) -> str:
    before = services.programme.current().user_templates()
    for call in (services.programme.read_file, services.programme.import_file):
        with pytest.raises((DataFormatError, ValidationError)) as info:
            call(path)
    services.programme.reload()
    assert services.programme.current().user_templates() == before
    return str(info.value)


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "plan.json"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    return path


def test_a_5000_digit_number(services: Services, store: Store, tmp_path: Path) -> None:
    text = json.dumps(good_doc(services)).replace('"sets": 2', '"sets": ' + "9" * 5000)
    message = refused(services, store, write(tmp_path, text))
    assert "number" in message
    assert len(message) < 300


def test_a_lone_surrogate(services: Services, store: Store, tmp_path: Path) -> None:
    d = good_doc(services)
    d["templates"][0]["name"] = "Plan \ud800"
    message = refused(services, store, write(tmp_path, json.dumps(d)))
    assert "name" in message


def test_a_lone_surrogate_in_the_note(services: Services, store: Store, tmp_path: Path) -> None:
    d = good_doc(services)
    d["templates"][0]["note"] = "\ud800"
    assert "note" in refused(services, store, write(tmp_path, json.dumps(d)))


def test_deep_nesting(services: Services, store: Store, tmp_path: Path) -> None:
    text = "[" * 100_000 + "]" * 100_000
    assert "nested" in refused(services, store, write(tmp_path, text))


def test_deep_nesting_inside_a_template(services: Services, store: Store, tmp_path: Path) -> None:
    text = json.dumps(good_doc(services)).replace('"Twice a day."', "[" * 100_000 + "]" * 100_000)
    assert "nested" in refused(services, store, write(tmp_path, text))


def test_a_10_mb_file_is_refused_by_its_size_at_once(
    services: Services, store: Store, tmp_path: Path
) -> None:
    d = good_doc(services, 6000)
    path = write(tmp_path, json.dumps(d) + " " * (10 * 1024 * 1024))
    started = time.perf_counter()
    message = refused(services, store, path)
    assert time.perf_counter() - started < 1.0
    assert "2 MB" in message


def test_too_many_templates(services: Services, store: Store, tmp_path: Path) -> None:
    path = write(tmp_path, json.dumps(good_doc(services, 1000)))
    assert path.stat().st_size < 2 * 1024 * 1024
    started = time.perf_counter()
    message = refused(services, store, path)
    assert time.perf_counter() - started < 1.0
    assert "at most 200" in message


def test_a_long_version_is_named_in_a_few_words(
    services: Services, store: Store, tmp_path: Path
) -> None:
    d = good_doc(services)
    d["version"] = d["templates"] * 20  # the whole file's text would once be the message
    message = refused(services, store, write(tmp_path, json.dumps(d)))
    assert "version" in message
    assert len(message) < 300


def test_a_lone_surrogate_in_an_exercise_how_to(
    services: Services, store: Store, tmp_path: Path
) -> None:
    """It once reached the database and failed there with a UnicodeEncodeError."""
    hold = services.programme.builtin_exercises()["fesl-bridge-hold"]
    own = replace(hold, slug="my-hold", name="My hold", builtin=False)
    t = Template(
        "physio-x",
        "Physio x",
        (Block(own, Dosage(ExerciseKind.ISOMETRIC, sets=2, reps=5, hold_s=15)),),
    )
    d = templates_file_to_dict([t])
    d["exercises"][0]["how_to"]["faults"] = ["Hips \ud800 sag"]
    message = refused(services, store, write(tmp_path, json.dumps(d)))
    assert "how_to.faults" in message


@pytest.mark.parametrize("name", ["\x00", "\x00Plan", "Plan\x00"])
def test_a_nul_in_a_name(services: Services, store: Store, tmp_path: Path, name: str) -> None:
    """The database's check (a name of 1 to 80 characters) once refused it after the model
    let it through: SQLite's length() stops at a NUL."""
    d = good_doc(services)
    d["templates"][0]["name"] = name
    assert "name" in refused(services, store, write(tmp_path, json.dumps(d)))


def test_a_file_saved_with_a_bom_reads(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(good_doc(services)).encode())
    assert [t.id for t in services.programme.read_file(path)] == ["physio-0"]


# The fuzz of template files (ten thousand damaged files) is the reliability suite's:
# tests/reliability/test_fuzz_inputs.py.
