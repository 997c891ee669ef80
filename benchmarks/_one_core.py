"""What every speed benchmark does first: one thread per numeric library, rasd from ``src``, one core.

Call :func:`limit_threads` before numpy or rasd is imported, and :func:`pin_one_core` before timing.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def limit_threads() -> None:
    """One BLAS/OpenMP thread, and ``src`` on the import path (the benchmarks run from a checkout)."""
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[var] = "1"
    if str(ROOT / "src") not in sys.path:
        sys.path.insert(0, str(ROOT / "src"))


def pin_one_core() -> None:
    """Run this process on one CPU core, where the platform allows it."""
    try:
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    except (AttributeError, OSError):
        pass
