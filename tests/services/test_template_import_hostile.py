"""Hostile template files (Programme > Import): each is refused with one DataFormatError or
ValidationError whose message names the problem, nothing is stored, and a big file is refused
by its size before it is read (a 10 MB file once froze the window for 8 s)."""

from __future__ import annotations

import copy
import json
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

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


# --------------------------------------------------------------------------- fuzz

_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.just(10**400),
    st.floats(),
    st.text(max_size=12),
    st.just("\ud800"),
)
_VALUES = st.one_of(
    _SCALARS, st.lists(_SCALARS, max_size=3), st.dictionaries(st.text(max_size=4), _SCALARS)
)


@st.composite
def mutated_files(draw: st.DrawFn, base: dict[str, Any]) -> object:
    out = copy.deepcopy(base)
    template = out["templates"][0]
    block = template["blocks"][0]
    targets = [out, template, block, block["dosage"]]
    for obj in draw(st.lists(st.sampled_from(range(4)), min_size=1, max_size=3, unique=True)):
        target = targets[obj]  # the deepest first would be lost under a shallower change
        keys = sorted({*target, "x"})
        target[draw(st.sampled_from(keys))] = draw(_VALUES)
    return out


BASE: dict[str, Any] = {}


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_fuzzed_template_files_never_traceback(
    data: st.DataObject, services: Services, store: Store, tmp_path: Path
) -> None:
    if not BASE:
        BASE.update(good_doc(services))
    content = data.draw(mutated_files(BASE))
    path = tmp_path / "fuzz.json"
    path.write_text(json.dumps(content), encoding="utf-8", errors="surrogatepass")
    message = "imported"
    try:
        services.programme.import_file(path)
    except (DataFormatError, ValidationError) as e:
        message = str(e)
    assert message
