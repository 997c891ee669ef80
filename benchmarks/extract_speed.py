"""Throughput of the whole `extract` (text layer + recogniser + facts) on one CPU core.

Runs the pipeline on the bundled example article repeatedly (after one warm-up call that loads
the model) and prints articles/s, characters/s and peak memory. Bar (issue 4): ≥ 30 articles/s.
The last line is the summary.
"""

from __future__ import annotations

import resource
import sys
import time

from _one_core import ROOT, limit_threads, pin_one_core

limit_threads()
pin_one_core()

from rasd.contract import Article  # noqa: E402
from rasd.pipeline import extract_article  # noqa: E402


def main() -> int:
    text = (ROOT / "examples" / "seed-article.ar.txt").read_text(encoding="utf-8")
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    t0 = time.perf_counter()
    extract_article(Article(id="warm-up", text=text))
    load_s = time.perf_counter() - t0
    t0, c0 = time.perf_counter(), time.process_time()
    facts = 0
    for i in range(n):
        facts += len(extract_article(Article(id=str(i), text=text)).facts)
    dt = time.perf_counter() - t0
    cpu_rate = n / (time.process_time() - c0)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rate = n / dt
    print(f"articles: {n} × {len(text)} chars, facts per article: {facts // n}")
    print(f"first call (model load + warm-up): {load_s:.2f} s")
    print(
        f"throughput: {rate:.1f} articles/s, {rate * len(text) / 1000:.0f}k chars/s, {1000 / rate:.1f} ms/article"
    )
    print(f"per CPU second: {cpu_rate:.1f} articles/s (wall is lower when other processes share the core)")
    print(f"peak memory (max RSS): {rss_mb:.0f} MB")
    print(
        f"extract_speed: {rate:.1f} articles/s wall, {cpu_rate:.1f} per CPU second, one core (bar 30)"
        f" | peak RSS {rss_mb:.0f} MB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
