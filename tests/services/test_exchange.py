"""Export and import: round trips through JSON and the CSV folder, the workbook read back,
merging into a diary that already holds data, and a date range."""

from __future__ import annotations

import json
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from phtcoach.services import Services
from phtcoach.services.exchange import ImportProblemsError
from phtcoach.storage.repository import Store
from phtcoach.workbook import write_xlsx
from tests.fakes import FakeClock
from tests.services.exchange_helpers import TODAY, fill, open_services, without_stamp


def test_json_round_trip_is_identical_but_for_the_stamp(
    store: Store, services: Services, clock: FakeClock, tmp_path: Path
) -> None:
    fill(store)
    first = services.export.export(tmp_path / "a.json", "json").value
    other, again = open_services(tmp_path / "empty", clock)
    try:
        report = again.imports.run(first).value
        assert report.written and report.counts["sets"].added > 0
        second = again.export.export(tmp_path / "b.json", "json").value
    finally:
        other.close()
    assert without_stamp(first) == without_stamp(second)
    doc = json.loads(first.read_text(encoding="utf-8"))
    assert (doc["format"], doc["version"]) == ("phtcoach", 1)
    for table in (
        "settings",
        "user_templates",
        "user_exercises",
        "clinician_checks",
        "note_answers",
    ):
        assert table in doc["tables"]
    assert doc["tables"]["clinician_checks"] and doc["tables"]["note_answers"]


def test_an_export_saved_with_a_bom_imports(
    store: Store, services: Services, clock: FakeClock, tmp_path: Path
) -> None:
    """An editor on Windows puts a byte order mark in front: the CSV reader always took it,
    the JSON reader refused it ("not valid JSON", found by tests/reliability's fuzz)."""
    fill(store)
    path = services.export.export(tmp_path / "a.json", "json").value
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes().replace(b"\n", b"\r\n"))
    other, again = open_services(tmp_path / "empty", clock)
    try:
        assert again.imports.run(path).value.written
    finally:
        other.close()


def test_csv_folder_round_trip(
    store: Store, services: Services, clock: FakeClock, tmp_path: Path
) -> None:
    fill(store)
    folder = services.export.export(tmp_path / "csv", "csv").value
    header = (folder / "sets.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
    for col in ("exercise_slug", "exercise_name", "session_id", "set_no", "side", "hold_s",
                "tempo", "load_kg", "load", "load_unit", "pain_during", "effort", "notes",
                "local_date", "local_time"):  # fmt: skip
        assert col in header
    flags = (folder / "red_flags.csv").read_text(encoding="utf-8")
    assert "night_or_rest_pain" in flags and flags.startswith("local_date,local_time,flag")
    other, again = open_services(tmp_path / "empty", clock)
    try:
        again.imports.run(folder)
        second = again.export.export(tmp_path / "b.json", "json").value
    finally:
        other.close()
    first = services.export.export(tmp_path / "a.json", "json").value
    assert without_stamp(first) == without_stamp(second)


def test_reimport_into_the_same_diary_is_all_already_present(
    store: Store, services: Services, tmp_path: Path
) -> None:
    fill(store)
    path = services.export.export(tmp_path / "a.json", "json").value
    report = services.imports.check(path)
    assert report.ok
    assert all(c.added == 0 and c.conflict == 0 for c in report.counts.values())
    assert report.counts["sessions"].present > 0


def test_same_id_other_content_is_a_conflict_and_nothing_is_written(
    store: Store, services: Services, tmp_path: Path
) -> None:
    fill(store)
    path = services.export.export(tmp_path / "a.json", "json").value
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["tables"]["pain_entries"][0]["notes"] = "changed elsewhere"
    doc["tables"]["measures"].append({**doc["tables"]["measures"][0], "id": 9999})
    path.write_text(json.dumps(doc), encoding="utf-8")
    before = store.exchange.table("measures")
    with pytest.raises(ImportProblemsError) as err:
        services.imports.run(path)
    assert "in conflict" in str(err.value)
    assert err.value.report.counts["measures"].added == 1
    assert store.exchange.table("measures") == before


def test_xlsx_has_sheets_types_dates_and_text_stays_text(
    store: Store, services: Services, tmp_path: Path
) -> None:
    fill(store, note="=SUM(1)")
    path = services.export.export(tmp_path / "d.xlsx", "xlsx", workbook=write_xlsx).value
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames[0] == "Summary"
    for name in ("sets", "sessions", "pain_entries", "measures", "clinician_checks", "red_flags"):
        assert name in wb.sheetnames
        assert wb[name].freeze_panes == "A2"
    pain = wb["pain_entries"]
    head = [c.value for c in pain[1]]
    notes = [r[head.index("notes")] for r in pain.iter_rows(min_row=2, values_only=True)]
    assert "=SUM(1)" in notes
    cell = next(
        r[head.index("notes")]
        for r in pain.iter_rows(min_row=2)
        if r[head.index("notes")].value == "=SUM(1)"
    )
    assert cell.data_type == "s"
    first = next(pain.iter_rows(min_row=2, values_only=True))
    assert isinstance(first[head.index("pain")], int)
    assert isinstance(first[head.index("recorded_at")], datetime)
    assert isinstance(first[head.index("local_date")], datetime)
    summary = list(wb["Summary"].iter_rows(min_row=2, values_only=True))
    assert summary and isinstance(summary[0][0], datetime) and isinstance(summary[0][1], int)
    assert any(isinstance(r[4], int) and r[4] > 0 for r in summary)


def test_a_date_range_keeps_sets_with_their_sessions(services: Services, store: Store) -> None:
    fill(store)
    doc = services.export.document(TODAY, TODAY)
    tables = doc["tables"]
    ids = {s["id"] for s in tables["sessions"]}
    assert all(s["session_id"] in ids for s in tables["sets"])
    assert all(p["local_date"] == TODAY.isoformat() for p in tables["pain_entries"])
    days = {
        datetime.fromisoformat(s["started_at"]).astimezone(UTC).date() for s in tables["sessions"]
    }
    assert days <= {TODAY}


def test_a_cancelled_export_leaves_no_file(
    services: Services, store: Store, tmp_path: Path
) -> None:
    from phtcoach.services.exchange import ExportCancelledError

    fill(store)
    for fmt in ("csv", "xlsx", "json"):
        with pytest.raises(ExportCancelledError):
            services.export.export(
                tmp_path / f"out.{fmt}", fmt, cancelled=lambda: True, workbook=write_xlsx
            )
    assert list(tmp_path.iterdir()) == [p for p in tmp_path.iterdir() if p.name == "data"]


def test_a_cancelled_import_rolls_back(
    store: Store, services: Services, clock: FakeClock, tmp_path: Path
) -> None:
    from phtcoach.services.exchange import ImportCancelledError

    fill(store)
    path = services.export.export(tmp_path / "a.json", "json").value
    other, again = open_services(tmp_path / "empty", clock)
    try:
        calls = iter([False, False, True])
        with pytest.raises(ImportCancelledError):
            again.imports.run(path, cancelled=lambda: next(calls, True))
        assert not other.has_data()
    finally:
        other.close()


@settings(max_examples=8, deadline=None)
@given(
    seed=st.integers(0, 10_000),
    weeks=st.integers(1, 3),
    note=st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=40),
    fmt=st.sampled_from(["json", "csv"]),
)
def test_random_histories_round_trip(seed: int, weeks: int, note: str, fmt: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        clock = FakeClock()
        first_store, first = open_services(root / "one", clock)
        second_store, second = open_services(root / "two", clock)
        try:
            fill(first_store, weeks=weeks, seed=seed, note=note)
            out = first.export.export(root / f"out.{fmt}", fmt).value
            second.imports.run(out)
            a = first.export.document()
            b = second.export.document()
        finally:
            first_store.close()
            second_store.close()
    assert a == b
