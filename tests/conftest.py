"""Shared fixtures. Data from ../shared is optional on a user's machine and required in CI."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_data import SHARED, need_shared  # noqa: F401  (re-exported for tests)

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "seed-article.ar.txt"


@pytest.fixture(scope="session")
def example_text() -> str:
    return EXAMPLE.read_text(encoding="utf-8")
