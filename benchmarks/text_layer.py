"""Speed and memory of the Arabic text layer over ~1 MB of news text.

Runs normalise, split_sentences, tokenize, find_numbers, find_amounts and find_dates over the
seed article repeated to 1 MB. Prints one line per stage, then one summary line.

    .venv/bin/python benchmarks/text_layer.py [--mb 1.0]
"""

from __future__ import annotations

import argparse
import datetime as dt
import resource
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rasd.text.dates import find_dates
from rasd.text.money import find_amounts
from rasd.text.normalise import normalise
from rasd.text.numbers import find_numbers
from rasd.text.sentences import split_sentences
from rasd.text.tokens import tokenize

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "seed-article.ar.txt"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=1.0, help="size of the text in MB (UTF-8)")
    args = parser.parse_args(argv)
    seed = SEED.read_text(encoding="utf-8").strip() + "\n\n"
    copies = max(1, int(args.mb * 1_000_000 / len(seed.encode("utf-8"))) + 1)
    text = seed * copies
    size_mb = len(text.encode("utf-8")) / 1_000_000
    published = dt.date(2024, 7, 23)
    # Load the data tables first so their one-off cost is not counted as throughput.
    find_amounts(seed)
    find_dates(seed, published)

    stages: list[tuple[str, Callable[[str], Any]]] = [
        ("normalise", normalise),
        ("split_sentences", split_sentences),
        ("tokenize", tokenize),
        ("find_numbers", find_numbers),
        ("find_amounts", find_amounts),
        ("find_dates", lambda s: find_dates(s, published)),
    ]
    n_tokens = len(tokenize(text))
    total = 0.0
    wall_total = 0.0
    for name, func in stages:
        # Best of three, as timeit does. Throughput is per CPU second (process time), which a busy
        # shared machine disturbs less than wall time; wall time is printed beside it.
        elapsed = wall = float("inf")
        count = 0
        for _ in range(3):
            t0, w0 = time.process_time(), time.perf_counter()
            result = func(text)
            elapsed = min(elapsed, time.process_time() - t0)
            wall = min(wall, time.perf_counter() - w0)
            count = len(result) if isinstance(result, list) else 1
            del result
        total += elapsed
        wall_total += wall
        print(
            f"{name:16s} {elapsed * 1000:8.1f} ms cpu {wall * 1000:8.1f} ms wall "
            f"{n_tokens / elapsed:12,.0f} tokens/s  ({count:,} items)"
        )
    # Memory in a second pass: tracemalloc slows Python code down, so it is not on while timing.
    tracemalloc.start()
    for _name, func in stages:
        func(text)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    maxrss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"text_layer: {size_mb:.2f} MB, {n_tokens:,} tokens, all stages {total:.2f} s cpu ({wall_total:.2f} s wall) = "
        f"{n_tokens / total:,.0f} tokens/s; peak traced {peak / 1e6:.1f} MB, max RSS {maxrss_mb:.0f} MB"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
