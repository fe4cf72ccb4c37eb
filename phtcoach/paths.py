"""Where things live: the user's data dir (platformdirs, overridable) and bundled resources."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

ENV_DATA_DIR = "PHTCOACH_DATA_DIR"
DB_NAME = "phtcoach.sqlite3"
BACKUP_DIR_NAME = "backups"
LOCK_NAME = "phtcoach.lock"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data dir: `--data-dir` beats `PHTCOACH_DATA_DIR` beats the platform's user data dir."""
    if override:
        return Path(override).expanduser().resolve()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser().resolve()
    return platformdirs.user_data_path("phtcoach", appauthor=False)


def db_path(root: Path) -> Path:
    return root / DB_NAME


def backup_dir(root: Path) -> Path:
    return root / BACKUP_DIR_NAME


def lock_path(root: Path) -> Path:
    return root / LOCK_NAME


def assets_dir() -> Path:
    """`assets/` in a source checkout, or inside a PyInstaller bundle (sys._MEIPASS)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "assets"
    return Path(__file__).resolve().parent.parent / "assets"


def asset(*parts: str) -> Path:
    return assets_dir().joinpath(*parts)
