"""The Arabic examples in the text layer's docstrings are tests too."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["normalise", "sentences", "tokens", "prefixes", "numbers", "money", "dates", "patterns"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(f"rasd.text.{name}")
    result = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0
    assert result.attempted > 0 or name == "patterns"
