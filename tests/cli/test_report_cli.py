"""`phtcoach report`: the PDF on a demo data dir, rendered to PNG pages and read back as
text (poppler's pdftoppm and pdftotext); A4 and Letter; bad input gives one line, exit 2
and no file."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
import unicodedata
from datetime import UTC, date, datetime
from functools import partial
from pathlib import Path

import pytest

from phtcoach.app import local_tz
from phtcoach.demo_data import make_demo_dir
from phtcoach.report.content import day
from phtcoach.services import Services
from phtcoach.services.report import SessionRow
from phtcoach.storage.repository import open_store
from tests.cli.runner import TIMEOUT_S, child_env, phtcoach
from tests.fakes import FakeClock

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
FIRST, LAST = date(2026, 1, 5), date(2026, 3, 1)
PAGE_PT = {"a4": (595, 842), "letter": (612, 792)}  # at 72 dpi, one pixel per point

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftoppm") is None or shutil.which("pdftotext") is None,
    reason="poppler-utils (pdftoppm, pdftotext) is not installed",
)


run = partial(phtcoach, "report")


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("demo")
    make_demo_dir(root, weeks=12, seed=42, clock=FakeClock(NOW))
    return root


def first_session(root: Path) -> SessionRow:
    """The first session of the period as the app's own service lists it."""
    clock = FakeClock(NOW)
    with open_store(root, clock, auto_backup=False) as store:
        rows = Services(store, clock, local_tz()).report.gather(FIRST, LAST).sessions
    return rows[0]


def png_sizes(pdf: Path, out: Path) -> list[tuple[int, int]]:
    """Render every page at 72 dpi; the (width, height) of each PNG, in page order."""
    subprocess.run(["pdftoppm", "-png", "-r", "72", str(pdf), str(out / "page")], check=True)
    sizes = []
    for png in sorted(out.glob("page-*.png")):
        head = png.read_bytes()[:24]
        assert head[:8] == b"\x89PNG\r\n\x1a\n"
        sizes.append(struct.unpack(">II", head[16:24]))
    return sizes


def text_of(pdf: Path) -> str:
    done = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    )
    return unicodedata.normalize("NFKC", done.stdout)  # the ligatures "ﬂ", "ﬁ" as letters


@needs_poppler
@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_the_report_renders_with_its_period_a_session_and_the_disclaimer(
    demo_dir: Path, tmp_path: Path, paper: str
) -> None:
    pdf = tmp_path / "report.pdf"
    done = run(
        "--out", str(pdf), "--from", FIRST.isoformat(), "--to", LAST.isoformat(),
        "--paper", paper, data_dir=demo_dir,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert str(pdf) in done.stdout
    sizes = png_sizes(pdf, tmp_path)
    assert 5 <= len(sizes) <= 14
    w, h = PAGE_PT[paper]
    assert all(abs(pw - w) <= 1 and abs(ph - h) <= 1 for pw, ph in sizes), sizes
    text = text_of(pdf)
    pages = text.split("\f")
    # Dates as the app writes them everywhere ("Mon 5 Jan 2026"), not ISO.
    assert f"Period: {day(FIRST)} to {day(LAST)}" in pages[0]
    assert "education and structure, not diagnosis" in text
    assert f"Page 1 of {len(sizes)}" in pages[0]
    row = first_session(demo_dir)
    assert any(
        day(row.day) in line and row.template_name in line and "/10" in line
        for line in text.splitlines()
    ), row
    for heading in (
        "Morning and evening pain",
        "24-hour responses",
        "Sessions",
        "What tends to flare it",
        "Adherence",
    ):
        assert heading in text
    # The tolerance page: the demo's two flares, each with its interval and verdict.
    flare_lines = [ln for ln in text.splitlines() if "Likely worse" in ln]
    assert any("Run, hills" in ln for ln in flare_lines), flare_lines
    assert any("aero position" in ln for ln in flare_lines), flare_lines
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--from", "2026-02-30"], "--from: '2026-02-30' is not a date"),
        (["--to", "yesterday"], "--to: 'yesterday' is not a date"),
        (["--from", "2026-03-01", "--to", "2026-02-01"], "--from: 2026-03-01 is after --to"),
    ],
)
def test_a_bad_period_is_one_line_and_exit_2(
    demo_dir: Path, tmp_path: Path, args: list[str], says: str
) -> None:
    pdf = tmp_path / "r.pdf"
    done = run("--out", str(pdf), *args, data_dir=demo_dir)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and says in done.stderr, done.stderr
    assert not pdf.exists()


def test_an_unwritable_out_is_one_line_and_exit_2(demo_dir: Path, tmp_path: Path) -> None:
    for out in (tmp_path / "missing" / "r.pdf", tmp_path):
        done = run("--out", str(out), data_dir=demo_dir)
        assert done.returncode == 2
        assert done.stderr.count("\n") == 1 and "--out:" in done.stderr, done.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_file_name_that_is_not_utf8_is_written_as_given(demo_dir: Path, tmp_path: Path) -> None:
    """Qt once wrote the PDF itself and changed such a name's bytes: the rename then failed
    ("cannot write .../caf\\udce9.pdf"), and an unwritable place also printed Qt's own
    "QPainter::begin(): Returned false" beside the one line (the CLI fuzz found both)."""
    out = os.fsencode(tmp_path) + b"/caf\xe9.pdf"
    argv = [sys.executable, "-m", "phtcoach", "report", "--data-dir", str(demo_dir), "--out"]
    wrote = subprocess.run(  # bytes in, bytes out: not `phtcoach()`, which speaks text
        [*argv, out], capture_output=True, env=child_env(), timeout=TIMEOUT_S, check=False
    )
    assert wrote.returncode == 0, wrote.stderr
    assert os.listdir(os.fsencode(tmp_path)) == [b"caf\xe9.pdf"]
    if os.path.isdir("/proc"):
        done = run("--out", "/proc/phtcoach.pdf", data_dir=demo_dir)
        assert done.returncode == 2
        assert done.stderr.count("\n") == 1 and "--out:" in done.stderr, done.stderr


def test_no_database_is_one_line_and_exit_2(tmp_path: Path) -> None:
    done = run("--out", str(tmp_path / "r.pdf"), data_dir=tmp_path / "empty")
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "no database" in done.stderr
