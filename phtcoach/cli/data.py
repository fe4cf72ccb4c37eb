"""The commands that write a data folder as a whole: `demo-data`, `backup`, `restore`.

Each takes the data folder's instance lock first (one writer at a time: two `demo-data`
into one folder would write the history twice), refuses bad input in one line with exit
status 2, and turns a failed write into one line (`guard.writing`); `demo-data` removes
what it wrote when it fails.
"""

from __future__ import annotations

import argparse
import os
import shutil
from pathlib import Path

from phtcoach import paths
from phtcoach.cli import guard
from phtcoach.cli.common import EXIT_OK, UsageError, _locked, _open_store, remove_new
from phtcoach.core.words import translate  # i18n installs Qt's translate here


def demo_data(args: argparse.Namespace, root: Path) -> int:
    from phtcoach.app import make_demo_dir
    from phtcoach.core.clock import SystemClock

    out = guard.named("--out", args.out)
    guard.check_folder(out, "--out", write=True)
    _refuse_data(out)
    fresh = not out.exists()
    lock = _locked(out, "demo-data")
    try:
        _refuse_data(out)  # again under the lock: another demo-data may have just finished
        before = set(os.listdir(out))
        try:
            with guard.writing("--out", out):
                counts = make_demo_dir(out, weeks=args.weeks, seed=args.seed, clock=SystemClock())
        except BaseException:
            remove_new(out, before)
            raise
    except BaseException:
        lock.release()
        if fresh and set(os.listdir(out)) <= {paths.LOCK_NAME}:
            shutil.rmtree(out, ignore_errors=True)
        raise
    lock.release()
    summary = ", ".join(f"{v} {k.replace('_', ' ')}" for k, v in counts.items())
    print(
        translate("cli", "wrote {weeks} weeks of demo history to {out}: {summary}").format(
            weeks=args.weeks, out=out, summary=summary
        )
    )
    return EXIT_OK


def _refuse_data(out: Path) -> None:
    """A folder that holds anything but a lock file is someone's: demo data goes elsewhere."""
    if not out.exists():
        return
    if paths.db_path(out).exists():
        raise UsageError(
            translate(
                "cli", "--out: {out} already holds a database; choose an empty folder"
            ).format(out=out)
        )
    if set(os.listdir(out)) - {paths.LOCK_NAME}:
        raise UsageError(
            translate("cli", "--out: {out} is not empty; choose a new or empty folder").format(
                out=out
            )
        )


def backup(args: argparse.Namespace, root: Path) -> int:
    db = paths.db_path(root)
    if not db.exists():
        raise UsageError(
            translate("cli", "--data-dir: no database in {root} to back up").format(root=root)
        )
    lock = _locked(root, "backup")
    try:
        store = _open_store(root)
        try:
            need = sum(p.stat().st_size for p in (db, db.with_name(db.name + "-wal")) if p.exists())
            with guard.writing("--data-dir", paths.backup_dir(root), need=need):
                path = store.backup("manual")
        finally:
            store.close()
    finally:
        lock.release()
    print(path)
    return EXIT_OK


def restore(args: argparse.Namespace, root: Path) -> int:
    from phtcoach.core.clock import SystemClock
    from phtcoach.storage.backup import restore_backup
    from phtcoach.storage.errors import DiskFullError, StorageError

    backup = guard.named("BACKUP", args.backup)
    if not backup.is_file():
        raise UsageError(
            translate("cli", "BACKUP: {path} does not exist or is not a file").format(path=backup)
        )
    db = paths.db_path(root)
    with guard.writing("--data-dir", root, need=backup.stat().st_size):
        root.mkdir(parents=True, exist_ok=True)
        lock = _locked(root, "restore")
        try:
            try:
                previous = restore_backup(backup, db, paths.backup_dir(root), SystemClock())
            except DiskFullError as exc:  # checked before a byte is written: free, needed
                raise guard.write_failure(exc, "--data-dir", root) or exc from None
            except StorageError as exc:
                if guard.write_failure(exc, "--data-dir", root) is not None:
                    raise
                raise UsageError(str(exc)) from None
        finally:
            lock.release()
    print(
        translate(
            "cli", "restored {name} into {db}; the previous database is in {previous}"
        ).format(name=backup.name, db=db, previous=previous)
    )
    return EXIT_OK
