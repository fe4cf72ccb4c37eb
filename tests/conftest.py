"""Test-wide set-up: headless Qt, and no test ever sees the real user data dir."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from phtcoach.storage.repository import Store, open_store
from tests.fakes import FakeClock

# Must be set before any Qt import anywhere in the test run.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Importing PySide6.QtMultimedia warns "Couldn't load pipewire-0.3 library" on PulseAudio-only
# hosts (Qt then uses PulseAudio): harmless, but it fails whichever test imports it first.
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.symbolsresolver.warning=false")
os.environ.pop("PHTCOACH_DATA_DIR", None)

# `make reliability`: the fuzz tests run their full count (10,000 cases each) there, a few
# hundred in `make test`.
settings.register_profile("reliability", max_examples=10_000, deadline=None)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--reliability",
        choices=("fast", "full"),
        default="fast",
        help="tests/reliability: a fast sample (make test) or the full counts and "
        "docs/reliability.md figures (make reliability)",
    )
    parser.addoption(
        "--bench-long",
        action="store_true",
        help="tests/benchmarks: also the 30-minute real-time cue timing run (make bench-long)",
    )


@pytest.fixture(scope="session", autouse=True)
def _one_qapplication(qapp: object) -> None:
    """The widgets' QApplication exists before any test runs: a command-line test that
    paints a report would otherwise make a bare QGuiApplication first, and every widget test
    after it in the same run would fail (whatever order a subset runs in)."""


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Point HOME and the XDG dirs at a temp dir so platformdirs can never reach real data."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local" / "state"))
    monkeypatch.delenv("PHTCOACH_DATA_DIR", raising=False)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A fresh, empty data dir for one test."""
    d = tmp_path / "data"
    d.mkdir()
    return d


@pytest.fixture
def clock() -> FakeClock:
    """A clock that moves only when a test says so."""
    return FakeClock()


@pytest.fixture
def store(data_dir: Path, clock: FakeClock) -> Iterator[Store]:
    """A fresh store in the test's data dir (screens' suites override it with their own)."""
    s = open_store(data_dir, clock)
    yield s
    s.close()
