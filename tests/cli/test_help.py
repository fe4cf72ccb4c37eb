"""What `--help` and a bad option value say: every option listed with a description, one
example per command that really runs, and a refused value naming its option once."""

from __future__ import annotations

import argparse
import shlex

import pytest

from phtcoach.cli import _command_names, build_parser, main
from tests.cli.lines import one_line


def _commands() -> dict[str, argparse.ArgumentParser]:
    """Every subcommand's parser, from the parser itself (a new command is picked up)."""
    sub = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    return dict(sub.choices)


def _help(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    capsys.readouterr()
    with pytest.raises(SystemExit) as exc:
        main([*argv, "--help", "--lang", "en"])
    assert exc.value.code == 0
    return capsys.readouterr().out


def _listed(parser: argparse.ArgumentParser, text: str) -> None:
    """Each of `parser`'s options and arguments is in `text` and has a description."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            continue
        name = action.option_strings[-1] if action.option_strings else str(action.metavar)
        assert action.help not in (None, "", argparse.SUPPRESS), f"{name} has no description"
        assert name in text, f"{name} is not in the help:\n{text}"


def _typed_options() -> list[tuple[str, str]]:
    """(command, option) for every option that parses a date or a number."""
    return [
        (command, action.option_strings[-1])
        for command, parser in _commands().items()
        for action in parser._actions
        if action.option_strings
        and (action.type is not None or "YYYY-MM-DD" in f"{action.metavar} {action.help}")
    ]


def test_a_bad_date_names_the_flag_once(capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    with pytest.raises(SystemExit) as exc:
        main(["advice", "--date", "2026-13-40", "--lang", "en"])
    assert exc.value.code == 2
    line = one_line(capsys.readouterr().err)
    assert line.count("--date") == 1, line
    assert "'2026-13-40' is not a date" in line and "YYYY-MM-DD" in line, line
    assert "Traceback" not in line


@pytest.mark.parametrize(("command", "option"), _typed_options())
def test_every_bad_date_or_number_names_its_flag_once_and_the_allowed_form(
    capsys: pytest.CaptureFixture[str], command: str, option: str
) -> None:
    """Checked while the command line is read, before a missing --out or a data folder: a
    refusal in the type's own text as well as argparse's "argument --X:" would name it twice."""
    capsys.readouterr()
    with pytest.raises(SystemExit) as exc:
        main([command, option, "2026-13-40", "--lang", "en"])
    assert exc.value.code == 2
    line = one_line(capsys.readouterr().err)
    assert line.count(option) == 1, line
    assert "YYYY-MM-DD" in line or " to " in line, line  # the form, or the range


def test_top_level_help_lists_data_dir_and_every_global_option(
    capsys: pytest.CaptureFixture[str],
) -> None:
    text = _help(capsys)
    assert "--data-dir DIR" in text and "data folder" in text, text
    _listed(build_parser(), text)
    assert "Example:" in text


@pytest.mark.parametrize("command", _command_names())
def test_every_command_lists_its_options_and_ends_with_an_example_that_parses(
    capsys: pytest.CaptureFixture[str], command: str
) -> None:
    text = _help(capsys, command)
    _listed(_commands()[command], text)
    assert "Example" in text, f"'phtcoach {command} --help' gives no example:\n{text}"
    example = text.rstrip().split("Example:", 1)[1].strip().splitlines()
    assert len(example) == 1, example
    words = shlex.split(example[0])
    assert words[:2] == ["phtcoach", command], example
    args = build_parser().parse_args(words[1:])  # the example is a valid command line
    assert args.command == command
