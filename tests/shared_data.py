"""Data from ../shared: optional on a user's machine, required in CI.

Import as ``from shared_data import need_shared`` (a unique module name: several test folders
have a conftest.py of their own).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("RASD_SHARED", ROOT.parent / "shared"))


def need_shared(*parts: str) -> Path:
    """Path inside ../shared, or skip the test with a clear message when it is absent.

    In CI (CI=true) a missing ../shared is an error, not a skip: CI always has it.
    """
    path = SHARED.joinpath(*parts)
    if not path.exists():
        msg = f"needs {path} (the ../shared data folder beside the checkout); not present on this machine"
        if os.environ.get("CI") == "true":
            pytest.fail(msg)
        pytest.skip(msg)
    return path
