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
from phtcoach.cli.helptext import add_command
from phtcoach.core.words import translate  # i18n installs Qt's translate here


def add_parsers(sub, data: argparse.ArgumentParser) -> None:  # type: ignore[no-untyped-def]
    """`demo-data` (its own --out, no data folder), `backup` and `restore` (`data`)."""
    d = add_command(
        sub,
        "demo-data",
        summary=translate("cli", "write a data folder with a demo history"),
        example_line="phtcoach demo-data --out /tmp/pht-demo --weeks 4",
    )
    d.add_argument(
        "--out", required=True, metavar="DIR", help=translate("cli", "the new data folder")
    )
    d.add_argument(
        "--weeks",
        type=guard.whole_type(1, 520),
        default=12,
        metavar="N",
        help=translate("cli", "weeks of history, 1 to 520 (default: 12)"),
    )
    d.add_argument(
        "--seed",
        type=guard.whole_type(0, 2**31 - 1),
        default=42,
        metavar="N",
        help=translate("cli", "the same seed gives the same history (default: 42)"),
    )

    add_command(
        sub,
        "backup",
        parents=[data],
        summary=translate("cli", "back up the database now"),
        example_line="phtcoach backup --data-dir ~/pht-data",
    )
    r = add_command(
        sub,
        "restore",
        parents=[data],
        summary=translate("cli", "replace the database with a backup"),
        example_line=(  # a backup's name as storage.backup.backup_name writes it
            "phtcoach restore ~/pht-data/backups/phtcoach-20260302T090000000000Z-manual.sqlite3"
        ),
    )
    r.add_argument(
        "backup",
        metavar="BACKUP",
        help=translate(
            "cli", "the backup file to put back (the current database is kept as a backup)"
        ),
    )


def demo_data(args: argparse.Namespace, root: Path) -> int:
    from phtcoach.core.clock import SystemClock
    from phtcoach.demo_data import make_demo_dir

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
