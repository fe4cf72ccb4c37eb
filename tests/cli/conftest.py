"""Fixtures shared by the command-line tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from phtcoach.cli import main


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    """A data folder with two weeks of demo history, made by the command line itself."""
    assert main(["demo-data", "--out", str(tmp_path / "demo"), "--weeks", "2"]) == 0
    return tmp_path / "demo"
