"""How every `phtcoach ... --help` reads: what the command does, each option with a line of
its own, and one example at the end (`tests/cli/test_help.py` holds every subcommand to it,
so a new one without an example fails).

The words go through `translate("cli", ...)` like the rest of the command line; the example
commands themselves stay as typed (they are commands, not prose).
"""

from __future__ import annotations

import argparse
import textwrap
from collections.abc import Iterable

from phtcoach.core.words import translate  # i18n installs Qt's translate here


class LinesFormatter(argparse.HelpFormatter):
    """Like argparse's own, but each line of a description or epilog is wrapped on its own,
    and an indented line (an example command) is never wrapped: a long sentence still wraps
    to the terminal, a command stays one line to copy."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        out = []
        for line in text.splitlines():
            if line[:1].isspace():  # an example command: kept whole, to copy as it is
                out.append(indent + line)
            else:
                out.append(
                    textwrap.fill(line, width, initial_indent=indent, subsequent_indent=indent)
                )
        return "\n".join(out)


def example(command: str) -> str:
    """The epilog: "Example:" and the command on the next line, indented (kept whole)."""
    return translate("cli", "Example:") + f"\n  {command}"


def add_command(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    name: str,
    *,
    summary: str,
    example_line: str,
    parents: Iterable[argparse.ArgumentParser] = (),
    description: str | None = None,
) -> argparse.ArgumentParser:
    """A subcommand whose --help says what it does (`summary`, also its line in the top-level
    list, unless a longer `description` is given) and ends with `example_line`."""
    return sub.add_parser(
        name,
        parents=list(parents),
        help=summary,
        description=description or summary,
        epilog=example(example_line),
        formatter_class=LinesFormatter,
    )
