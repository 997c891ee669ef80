"""Export tests reuse the store tests' hand-built extractions of real Arabic articles."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "store"))

import kb_examples as examples  # noqa: E402

from rasd.store import Store  # noqa: E402


@pytest.fixture()
def filled(tmp_path: Path) -> Iterator[Store]:
    s = Store(tmp_path / "kb.db")
    for ext in (examples.seed_extraction(), examples.facebook_extraction(), examples.rocket_extraction()):
        s.save_extraction(ext)
    yield s
    s.close()
