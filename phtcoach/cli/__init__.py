"""The command line (PRODUCT.md's contract; scripts and tests rely on it: keep it stable).

`phtcoach` alone opens the app. Subcommands that need no window (timeline, templates,
exercises, advice, demo-data, backup, restore) never import PySide6, so they start fast and
work on a machine without a display. Bad input anywhere: one line on stderr naming what and where,
exit status 2, nothing written. Exit status 1: the input was fine but the machine could not do
it (a full disk, an I/O error), also one line. 130: interrupted. 141: stdout's reader stopped
early (`| head`), quietly. The data folder and dates are checked in one place (`guard`).
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()  # --self-test reports start-up time from here

import argparse  # noqa: E402  (after the start stamp on purpose)
import json  # noqa: E402
import os  # noqa: E402
import sqlite3  # noqa: E402
import sys  # noqa: E402
from datetime import UTC, date, datetime  # noqa: E402
from pathlib import Path  # noqa: E402

from phtcoach import APP_NAME, __version__, paths  # noqa: E402
from phtcoach.cli import data as _data  # noqa: E402
from phtcoach.cli import guard  # noqa: E402
from phtcoach.cli.common import (  # noqa: E402
    EXIT_FAIL,
    EXIT_OK,
    EXIT_USAGE,
    FailedError,
    UsageError,
    _open_existing,
    _programme,
    _services,
)
from phtcoach.cli.data import add_parsers as _data_parsers  # noqa: E402
from phtcoach.cli.exchange import add_parsers as _exchange_parsers  # noqa: E402
from phtcoach.cli.exchange import export_cmd, import_cmd  # noqa: E402
from phtcoach.cli.helptext import LinesFormatter, add_command, example  # noqa: E402
from phtcoach.cli.language import cli_language, command_of, install, take_lang  # noqa: E402
from phtcoach.cli.programme import _exercises, _templates, _timeline  # noqa: E402
from phtcoach.cli.programme import add_parsers as _programme_parsers  # noqa: E402
from phtcoach.cli.report import _qt_app as _report_app  # noqa: E402
from phtcoach.cli.report import _report  # noqa: E402
from phtcoach.cli.report import add_parser as _report_parser  # noqa: E402
from phtcoach.cli.tolerance import add_parser as _tolerance_parser  # noqa: E402
from phtcoach.cli.tolerance import tolerance_cmd  # noqa: E402
from phtcoach.core.words import QT_TRANSLATE_NOOP, translate  # noqa: E402
from phtcoach.storage.errors import StorageError  # noqa: E402
from phtcoach.ui.pages import PAGES  # noqa: E402  (the names only: loads no Qt)

WRITERS = frozenset({None, "backup", "restore", "import"})  # need a writable data folder


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        # argparse prints the whole usage block; one clear line is easier to act on.
        see = translate("cli", "(see '{command} --help')").format(command=self.prog)
        self.exit(EXIT_USAGE, f"{self.prog}: {message} {see}\n")


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="phtcoach",
        description=translate(
            "cli",
            "{app}: guided, audible rehab sessions and a pain diary for proximal hamstring "
            "tendinopathy. With no command, opens the app.",
        ).format(app=APP_NAME),
        epilog=example("phtcoach --data-dir ~/pht-data advice --date 2026-03-02"),
        formatter_class=LinesFormatter,
    )
    p.add_argument("--version", action="version", version=f"phtcoach {__version__}")
    p.add_argument(
        "--lang",
        metavar="LANG",
        help=translate("cli", "language: en or de (default: the setting, else the system's)"),
    )
    data_help = translate(
        "cli", "data folder (default: env {env}, else the user data folder)"
    ).format(env=paths.ENV_DATA_DIR)
    data = _Parser(add_help=False)
    data.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,  # keep a --data-dir given before the command
        help=data_help,
    )
    p.add_argument("--data-dir", metavar="DIR", help=data_help)
    p.add_argument(
        "--demo",
        action="store_true",
        help=translate("cli", "open on a throwaway copy of demo data"),
    )
    p.add_argument(
        "--self-test",
        action="store_true",
        help=translate(
            "cli", "open the window, paint once, load sounds and the database, print one JSON line"
        ),
    )
    p.add_argument(
        "--page",
        choices=PAGES,
        metavar="NAME",
        help=translate(
            "cli",
            "with --self-test: also open page NAME ({pages}) and report page_ms, the time "
            "from asking for it to its first painted frame",
        ).format(pages=", ".join(PAGES)),
    )
    p.add_argument(
        "--start",
        metavar="TEMPLATE",
        help=translate(
            "cli",
            "open straight into the session runner for TEMPLATE (or 'today'), waiting for Space",
        ),
    )

    sub = p.add_subparsers(
        dest="command",
        metavar="COMMAND",
        parser_class=_Parser,
        help=translate(
            "cli", "what to do (none: open the app); 'phtcoach COMMAND --help' for more"
        ),
    )
    _programme_parsers(sub, data)
    _advice_parser(sub, data)
    _data_parsers(sub, data)
    _exchange_parsers(sub, data)
    _report_parser(sub, data)
    _tolerance_parser(sub, data)
    return p


LEVELS = (  # the advice's levels as `phtcoach advice` words them (the JSON keeps the values)
    QT_TRANSLATE_NOOP("cli", "info"),
    QT_TRANSLATE_NOOP("cli", "green"),
    QT_TRANSLATE_NOOP("cli", "pending"),
    QT_TRANSLATE_NOOP("cli", "amber"),
    QT_TRANSLATE_NOOP("cli", "red"),
)


def _advice_parser(sub, data: argparse.ArgumentParser) -> None:  # type: ignore[no-untyped-def]
    a = add_command(
        sub,
        "advice",
        parents=[data],
        summary=translate("cli", "today's progression advice"),
        example_line="phtcoach advice --date 2026-03-02 --json",
    )
    a.add_argument(
        "--date",
        type=guard.day_type("--date"),
        help=translate("cli", "the day (YYYY-MM-DD, default today)"),
    )
    a.add_argument("--json", action="store_true", help=translate("cli", "machine-readable JSON"))


def _command_names() -> list[str]:
    sub = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    return list(sub.choices)


def main(argv: list[str] | None = None) -> int:
    _tolerant_streams()
    try:
        try:
            return _main(argv)
        finally:
            sys.stdout.flush()  # inside the try: a reader gone while buffered output waits
    except BrokenPipeError:
        return guard.quiet_broken_pipe()


def _tolerant_streams() -> None:
    """A file name that is not UTF-8 (os.fsdecode gives it surrogates) is printed, never a
    UnicodeEncodeError: on stdout as the bytes it was given, on stderr escaped (Python's
    own choice for stderr, and for both under the C locale)."""
    from contextlib import suppress

    for stream, errors in ((sys.stdout, "surrogateescape"), (sys.stderr, "backslashreplace")):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with suppress(ValueError, OSError):  # a stream that cannot change (a test's own)
                reconfigure(errors=errors)


def _main(argv: list[str] | None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        lang, argv = take_lang(argv)  # --lang anywhere: before or after the command
        command = command_of(argv, _command_names())
        if command is not None:
            if command == "report":
                _report_app()  # the report draws: its QGuiApplication holds the translators
            install(cli_language(lang, argv))  # the window decides its own (i18n.apply)
    except ValueError as exc:  # UnknownLanguageError
        print(f"phtcoach: {exc}", file=sys.stderr)
        return EXIT_USAGE
    args = build_parser().parse_args(argv)
    args.lang = lang
    try:
        root = _root(args)
        if args.command is None:
            return _gui(args, root)
        handler = {
            "timeline": _timeline,
            "templates": _templates,
            "exercises": _exercises,
            "advice": _advice,
            "demo-data": _data.demo_data,
            "backup": _data.backup,
            "restore": _data.restore,
            "export": export_cmd,
            "import": import_cmd,
            "report": _report,
            "tolerance": tolerance_cmd,
        }[args.command]
        return handler(args, root)
    except UsageError as exc:
        print(f"phtcoach: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except ValueError as exc:  # ValidationError, DataFormatError: bad values
        print(f"phtcoach: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except LookupError as exc:  # UnknownTemplateError, RecordNotFoundError
        print(f"phtcoach: {exc.args[0] if exc.args else exc}", file=sys.stderr)
        return EXIT_USAGE
    except FailedError as exc:
        print(f"phtcoach: {exc}", file=sys.stderr)
        return EXIT_FAIL
    except BrokenPipeError:
        raise
    except (OSError, StorageError, sqlite3.OperationalError) as exc:  # what no command foresaw
        failure = guard.write_failure(exc, None, None) or UsageError(str(exc))
        print(f"phtcoach: {failure}", file=sys.stderr)
        return EXIT_FAIL if isinstance(failure, FailedError) else EXIT_USAGE
    except KeyboardInterrupt:
        return 130


def _root(args: argparse.Namespace) -> Path:
    """The data folder, checked before any command opens it (`guard.check_folder`)."""
    option = "--data-dir"
    if args.data_dir is not None:
        guard.named(option, args.data_dir)  # '' is not "the default": refuse it
    elif os.environ.get(paths.ENV_DATA_DIR):
        option = paths.ENV_DATA_DIR
    root = paths.data_dir(args.data_dir)
    if args.command != "demo-data" and not (args.command is None and args.demo):
        guard.check_folder(root, option, write=args.command in WRITERS)
    return root


# --------------------------------------------------------------------------- GUI


def _gui(args: argparse.Namespace, root: Path) -> int:
    if args.page is not None and not args.self_test:
        raise UsageError(translate("cli", "--page: only with --self-test"))
    from phtcoach import app
    from phtcoach.core.clock import SystemClock
    from phtcoach.qt_app import configure_logging

    configure_logging()
    if args.start:
        _check_start(args.start, root)
    if args.self_test:
        return _self_test(root, args.lang, args.page)
    if args.demo:
        from phtcoach.demo_data import demo_root

        with demo_root(SystemClock()) as demo:
            return app.run_gui(demo, demo=True, start=args.start, argv=sys.argv, lang=args.lang)
    return app.run_gui(root, start=args.start, argv=sys.argv, lang=args.lang)


def _check_start(template_id: str, root: Path) -> None:
    """Refuse an unknown --start template before any window opens."""
    if template_id == "today":
        return
    programme = _programme(root)
    programme.template(template_id)  # raises UnknownTemplateError (LookupError)


def _self_test(root: Path, lang: str | None = None, page: str | None = None) -> int:
    from phtcoach import app

    try:
        result = app.self_test(root, STARTED, lang, page=page)
    except Exception as exc:  # the smoke test reports any failure as JSON, never a traceback
        print(app.dumps({"ok": False, "error": f"{type(exc).__name__}: {exc}"}))
        return EXIT_FAIL
    print(app.dumps(result))
    return EXIT_OK if result.get("ok") else EXIT_FAIL


# --------------------------------------------------------------------------- no-GUI commands


def _advice(args: argparse.Namespace, root: Path) -> int:
    store = _open_existing(root)
    try:
        day = args.date or date.today()
        # Today's advice as the Today screen gives it: checks still open now stay pending.
        now = None if args.date else datetime.now(UTC)
        services = _services(store)
        advice = services.advice.advice_for_day(day, now=now)
        names = {t.id: t.name for t in services.programme.current().templates.values()}
    finally:
        store.close()
    from phtcoach.ui.text import (  # words only: loads no Qt
        advice_json,
        finding_text,
        headline_text,
        step_reason_text,
    )

    if args.json:
        print(json.dumps(advice_json(advice, names), ensure_ascii=False))
        return EXIT_OK
    level = translate("cli", advice.level.value).upper()
    print(f"{day.isoformat()}: {level} - {headline_text(advice, names)}")
    for f in advice.findings:
        first, *rest = finding_text(f, names, day).splitlines() or [""]
        print(f"  [{f.rule}] {first}")
        for line in rest:
            print(f"      {line}")
    if advice.next_step is not None:
        step = step_reason_text(advice.next_step, names, day)
        print(translate("cli", "Next step: {step}").format(step=step))
    return EXIT_OK
