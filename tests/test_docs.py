"""The README documents every command and option of `rasd` (datasette's habit: docs and code stay true)."""

from __future__ import annotations

import argparse
from pathlib import Path

from rasd.cli import build_parser

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def test_every_command_and_option_is_in_the_readme() -> None:
    missing = []
    for name, sub in _subparsers(build_parser()).items():
        if f"rasd {name}" not in README:
            missing.append(f"command: rasd {name}")
        for action in sub._actions:
            for opt in action.option_strings:
                if opt.startswith("--") and opt != "--help" and opt not in README:
                    missing.append(f"rasd {name} {opt}")
    assert not missing, "undocumented in README.md: " + ", ".join(missing)


def test_readme_gives_the_two_setup_commands() -> None:
    assert "make demo" in README and "make test" in README
