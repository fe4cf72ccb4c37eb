"""`phtcoach export` and `phtcoach import`: the user's data out to files and back in.

Both go through the same services as the window's File menu. Import checks every row
first and writes all or nothing; any problem is listed (file, row, field, allowed range)
with exit status 2 and nothing written.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from phtcoach import paths
from phtcoach.cli import guard
from phtcoach.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    UsageError,
    _locked,
    _open_store,
    _services,
    remove_new,
)
from phtcoach.cli.helptext import add_command
from phtcoach.core.words import translate  # i18n installs Qt's translate here

if TYPE_CHECKING:
    from phtcoach.services.exchange import ImportReport


def add_parsers(sub, data: argparse.ArgumentParser) -> None:  # type: ignore[no-untyped-def]
    x = add_command(
        sub,
        "export",
        parents=[data],
        summary=translate("cli", "write the diary as CSV, XLSX or JSON"),
        example_line="phtcoach export --out diary.xlsx --format xlsx --from 2026-01-01",
    )
    x.add_argument(
        "--out",
        required=True,
        metavar="PATH",
        help=translate("cli", "file (xlsx, json) or folder (csv)"),
    )
    x.add_argument(
        "--format",
        required=True,
        choices=["csv", "xlsx", "json"],
        help=translate(
            "cli",
            "csv (a folder of tables), xlsx (one workbook) or json (one complete file); "
            "csv and json can be imported back",
        ),
    )
    x.add_argument(
        "--from",
        dest="start",
        type=guard.day_type("--from"),
        metavar="D",
        help=translate("cli", "first day, YYYY-MM-DD (default: the first entry)"),
    )
    x.add_argument(
        "--to",
        dest="end",
        type=guard.day_type("--to"),
        metavar="D",
        help=translate("cli", "last day, YYYY-MM-DD (default: the last entry)"),
    )
    i = add_command(
        sub,
        "import",
        parents=[data],
        summary=translate("cli", "read a JSON export or a CSV folder back in"),
        example_line="phtcoach import diary.json --dry-run",
    )
    i.add_argument(
        "path",
        metavar="PATH",
        help=translate("cli", "a JSON export or a folder of CSV files"),
    )
    i.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("cli", "report what would change; write nothing"),
    )


def export_cmd(args: argparse.Namespace, root: Path) -> int:
    if not paths.db_path(root).exists():
        raise UsageError(
            translate("cli", "--data-dir: no database in {root} to export").format(root=root)
        )
    from phtcoach.workbook import write_xlsx

    out = guard.named("--out", args.out)
    guard.check_out(out, "--out")
    store = _open_store(root)
    try:
        with guard.writing("--out", out):
            done = _services(store).export.export(
                out, args.format, args.start, args.end, workbook=write_xlsx
            )
    finally:
        store.close()
    print(
        translate("cli", "exported {format} to {path}").format(
            format=args.format.upper(), path=done.value
        )
    )
    return EXIT_OK


def import_cmd(args: argparse.Namespace, root: Path) -> int:
    """Check the file first (without the start-up backup), then back up and import; a
    refused or dry run leaves the data folder as it was, even one this command created."""
    from phtcoach.services.exchange import ImportProblemsError

    path = guard.named("PATH", args.path)
    made = _first_missing(root)  # the folder this command creates, if any
    # Only a database this command creates is taken back: an existing one may have been
    # upgraded by the open, and its pre-upgrade backup must stay.
    had_db = paths.db_path(root).exists()
    before = set(os.listdir(root)) if made is None else set()
    with guard.writing("--data-dir", root):
        root.mkdir(parents=True, exist_ok=True)
        lock = _locked(root, "import")
    before.add(paths.LOCK_NAME)  # never deleted: another process may be waiting on it
    wrote = False
    try:
        report = _import(root, path, check=True)
        if report.ok and not args.dry_run:
            wrote = True
            report = _import(root, path, check=False)
    except ImportProblemsError as exc:
        print(f"phtcoach: {exc}", file=sys.stderr)
        return EXIT_USAGE
    finally:
        # Tidy while the lock is held: after it, the app may already have opened the folder.
        if not wrote and not had_db:
            _remove_new(root, made, before)
        lock.release()
    for line in report.lines():
        print(line)
    if not report.ok:
        print(f"phtcoach: {report.problem_text()}", file=sys.stderr)
        return EXIT_USAGE
    print(
        translate("cli", "dry run: nothing was written")
        if args.dry_run
        else translate("cli", "imported {name}").format(name=path.name)
    )
    return EXIT_OK


def _import(root: Path, path: Path, *, check: bool) -> ImportReport:
    """The dry run on the database as it is, or the import after the start-up backup."""
    store = _open_store(root, auto_backup=not check)
    try:
        imports = _services(store).imports
        with guard.writing("--data-dir", paths.db_path(root)):
            return imports.check(path) if check else imports.run(path).value
    finally:
        store.close()


def _first_missing(root: Path) -> Path | None:
    """The outermost folder of `root` that does not exist yet (None: `root` exists)."""
    missing = None
    for p in (root, *root.parents):
        if p.exists():
            break
        missing = p
    return missing


def _remove_new(root: Path, made: Path | None, before: set[str]) -> None:
    """What this command made in the data folder (the folders too, when it made them)."""
    if made is not None:
        shutil.rmtree(made, ignore_errors=True)
    elif root.is_dir():
        remove_new(root, before)
