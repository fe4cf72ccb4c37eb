"""Files an import must refuse with a clear message, writing nothing: a corpus of broken
exports and hostile files (huge numbers, deep nesting, lone surrogates, oversized). The
fuzz of both importers (tens of thousands of damaged exports) is the reliability suite's:
tests/reliability/test_fuzz_inputs.py."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from phtcoach.services import Services
from phtcoach.services.exchange import ImportProblemsError, sources
from phtcoach.storage.repository import Store
from tests.services.exchange_helpers import fill

GOOD_SET = {
    "id": 1, "session_id": 1, "exercise_slug": "iso-bridge", "block_index": 0, "set_no": 1,
    "side": "left", "planned_reps": 5, "performed_reps": 5,
    "started_at": "2026-03-02T07:00:00.000000+00:00",
    "ended_at": "2026-03-02T07:01:00.000000+00:00", "hold_s": [30.0], "tempo": "",
    "load_kg": 0.0, "pain_during": 2, "rpe": 5, "notes": "",
}  # fmt: skip
GOOD_SESSION = {
    "id": 1, "template_id": "iso-5x5", "started_at": "2026-03-02T07:00:00.000000+00:00",
    "affected_side": "left", "status": "completed",
    "ended_at": "2026-03-02T07:20:00.000000+00:00", "pain_after": 2, "notes": "",
    "engine_state": "",
}  # fmt: skip
GOOD_PAIN = {
    "id": 1, "local_date": "2026-03-02", "slot": "morning",
    "recorded_at": "2026-03-02T07:00:00.000000+00:00", "pain": 3, "test_kind": None,
    "test_score": None, "red_flags": [], "notes": "",
}  # fmt: skip


def doc(**tables: list[Any]) -> dict[str, Any]:
    return {"format": "phtcoach", "version": 1, "tables": tables}


def with_(row: dict[str, Any], **change: Any) -> dict[str, Any]:
    return {**row, **change}


# (file contents, a piece of the expected message)
CORPUS: list[tuple[str, object, str]] = [
    ("not json", b"{nope", "not valid JSON"),
    ("not utf-8", b"\xff\xfe\x00{", "not UTF-8"),
    ("other format", {"format": "other", "version": 1, "tables": {}}, 'no "format": "phtcoach"'),
    ("newer version", {"format": "phtcoach", "version": 2, "tables": {}}, "version 2"),
    ("tables not object", {"format": "phtcoach", "version": 1, "tables": []}, '"tables"'),
    ("unknown table", doc(kv=[]), "unknown table kv"),
    ("rows not list", {"format": "phtcoach", "version": 1, "tables": {"sets": {}}}, "list of rows"),
    ("pain 11", doc(pain_entries=[with_(GOOD_PAIN, pain=11)]), "pain_entries row 1: pain"),
    ("pain range named", doc(pain_entries=[with_(GOOD_PAIN, pain=11)]), "0"),
    (
        "negative load",
        doc(sessions=[GOOD_SESSION], sets=[with_(GOOD_SET, load_kg=-5.0)]),
        "load_kg",
    ),
    ("huge number", doc(pain_entries=[with_(GOOD_PAIN, pain=10**30)]), "pain"),
    (
        "huge float",
        b'{"format":"phtcoach","version":1,"tables":{"pain_entries":[{"pain":1e999}]}}',
        "row 1",
    ),
    ("NaN", b'{"format":"phtcoach","version":1,"tables":{"sets":[{"load_kg":NaN}]}}', "NaN"),
    (
        "missing field",
        doc(pain_entries=[{k: v for k, v in GOOD_PAIN.items() if k != "pain"}]),
        "missing field pain",
    ),
    ("unknown field", doc(pain_entries=[with_(GOOD_PAIN, mood=1)]), "unknown field mood"),
    ("bad id", doc(pain_entries=[with_(GOOD_PAIN, id=0)]), "pain_entries.id"),
    ("bool id", doc(pain_entries=[with_(GOOD_PAIN, id=True)]), "pain_entries.id"),
    ("duplicate id", doc(pain_entries=[GOOD_PAIN, GOOD_PAIN]), "appears twice"),
    ("orphan set", doc(sets=[GOOD_SET]), "session_id 1 is neither"),
    ("bad date", doc(pain_entries=[with_(GOOD_PAIN, local_date="2026-02-30")]), "row 1"),
    ("row not object", doc(pain_entries=[[1, 2]]), "expected an object"),
    (
        "bad setting",
        doc(settings=[{"key": "acceptable_ceiling", "value": 9}]),
        "settings.acceptable_ceiling",
    ),
    ("unknown setting", doc(settings=[{"key": "colour", "value": 1}]), "settings.key"),
    ("bad red flag", doc(pain_entries=[with_(GOOD_PAIN, red_flags=["itchy"])]), "red_flags"),
    (
        "lone surrogate",
        b'{"format":"phtcoach","version":1,"tables":{"pain_entries":[{"notes":"\\ud800"}]}}',
        "row 1",
    ),
    ("deep nesting", b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    (
        "long version",
        {"format": "phtcoach", "version": ["x" * 5000], "tables": {}},
        "version ['xxx",
    ),
]


@pytest.mark.parametrize(("name", "content", "expected"), CORPUS, ids=[c[0] for c in CORPUS])
def test_a_malformed_file_is_refused_with_its_message(
    name: str, content: object, expected: str, services: Services, store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content if isinstance(content, bytes) else json.dumps(content).encode())
    with pytest.raises(ImportProblemsError) as err:
        services.imports.run(path)
    assert expected in str(err.value)
    assert "Traceback" not in str(err.value)
    assert all(len(line) < 1000 for line in str(err.value).splitlines())  # no whole values
    assert not store.has_data()


def test_lone_surrogate_in_a_valid_row_is_refused(
    services: Services, store: Store, tmp_path: Path
) -> None:
    text = json.dumps(doc(pain_entries=[with_(GOOD_PAIN, notes="\ud800")]))
    path = tmp_path / "s.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ImportProblemsError):
        services.imports.run(path)
    assert not store.has_data()


def test_every_problem_is_listed_at_once(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "many.json"
    bad = [with_(GOOD_PAIN, id=i, pain=20 + i) for i in range(1, 4)]
    path.write_text(json.dumps(doc(pain_entries=bad)), encoding="utf-8")
    with pytest.raises(ImportProblemsError) as err:
        services.imports.run(path)
    assert len(err.value.report.problems) == 3
    assert "row 3" in str(err.value)


def test_an_oversized_file_is_refused_by_size(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sources, "MAX_BYTES", 1000)
    path = tmp_path / "big.json"
    path.write_text(json.dumps(doc(pain_entries=[GOOD_PAIN] * 50)), encoding="utf-8")
    with pytest.raises(ImportProblemsError) as err:
        services.imports.run(path)
    assert "MB" in str(err.value)


def test_a_csv_folder_with_bad_cells_names_file_row_and_field(
    services: Services, store: Store, tmp_path: Path
) -> None:
    folder = tmp_path / "csv"
    folder.mkdir()
    cols = list(GOOD_PAIN)
    row = [str(GOOD_PAIN[c]) if GOOD_PAIN[c] is not None else "" for c in cols]
    row[cols.index("pain")] = "eleven"
    row[cols.index("red_flags")] = ""
    (folder / "pain_entries.csv").write_text(",".join(cols) + "\n" + ",".join(row) + "\n")
    with pytest.raises(ImportProblemsError) as err:
        services.imports.run(folder)
    assert "pain_entries.csv row 1" in str(err.value) and "pain" in str(err.value)
    assert not store.has_data()


def test_a_bad_file_into_a_full_diary_changes_nothing(
    services: Services, store: Store, tmp_path: Path
) -> None:
    fill(store)
    before = {t: store.exchange.table(t) for t in ("sessions", "sets", "pain_entries")}
    path = tmp_path / "bad.json"
    path.write_text(
        json.dumps(doc(pain_entries=[with_(GOOD_PAIN, id=10_000, pain=99)])), encoding="utf-8"
    )
    with pytest.raises(ImportProblemsError):
        services.imports.run(path)
    assert {t: store.exchange.table(t) for t in before} == before


def test_a_built_in_id_is_refused(services: Services, store: Store, tmp_path: Path) -> None:
    from phtcoach.core.serialize import exercise_to_dict

    ex = next(iter(services.programme.builtin_exercises().values()))
    row = {
        "slug": ex.slug,
        "name": ex.name,
        "data": exercise_to_dict(ex),
        "updated_at": "2026-03-02T07:00:00.000000+00:00",
    }
    path = tmp_path / "clash.json"
    path.write_text(json.dumps(doc(user_exercises=[row])), encoding="utf-8")
    with pytest.raises(ImportProblemsError) as err:
        services.imports.run(path)
    assert "is a built-in id" in str(err.value)
    assert not store.has_data()
