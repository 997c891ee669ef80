"""Fixtures for knowledge-base tests: a fresh store, and one filled with hand-built extractions."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

import kb_examples as examples  # noqa: E402

from rasd.store import Store  # noqa: E402


@pytest.fixture()
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store(tmp_path / "kb.db")
    yield s
    s.close()


@pytest.fixture()
def filled(store: Store) -> Store:
    for ext in (examples.seed_extraction(), examples.facebook_extraction(), examples.rocket_extraction()):
        store.save_extraction(ext)
    return store
