"""Entity-resolution benchmark: precision, recall, F1 and latency of ``rasd.resolve.match.compare``.

    .venv/bin/python benchmarks/resolve.py [--split dev|test|all] [--errors N]

Reads ``benchmarks/data/resolve_pairs.csv`` (built by ``benchmarks/data/build_resolve_pairs.py``),
prints overall and per-source figures, blocking recall (true pairs found by ``compare`` that share
≥ 1 blocking key, i.e. matches a store would not lose by SQL candidate lookup),
p50/p95 latency per comparison, and a summary line last. Bar: precision ≥ 0.95, recall ≥ 0.85.
"""

from __future__ import annotations

import argparse
import csv
import statistics
import time
from collections import defaultdict
from pathlib import Path

from rasd.resolve.match import NameRecord, blocking_keys, compare

PAIRS = Path(__file__).resolve().parent / "data" / "resolve_pairs.csv"


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="rasd resolution benchmark")
    parser.add_argument("--pairs", type=Path, default=PAIRS)
    parser.add_argument("--split", default="all", choices=["dev", "test", "all"])
    parser.add_argument("--errors", type=int, default=0, help="print up to N errors per source")
    args = parser.parse_args(argv)
    with args.pairs.open(encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if args.split == "all" or r["split"] == args.split]
    compare(NameRecord("PERSON", "مارك لاسري"), NameRecord("PERSON", "Marc Lasry"))  # warm caches/model
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # tp fp fn tn
    blocked: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    errors: dict[str, list[str]] = defaultdict(list)
    times: list[float] = []
    for r in rows:
        a = NameRecord(r["type_a"], r["name_a"])
        b = NameRecord(r["type_b"], r["name_b"])
        t0 = time.perf_counter()
        m = compare(a, b)
        times.append(time.perf_counter() - t0)
        gold = r["same"] == "1"
        c = counts[r["source"]]
        c[0 if gold and m.same else 1 if m.same else 2 if gold else 3] += 1
        if gold and m.same:  # blocking must not lose a match compare() would make
            blocked[r["source"]][1] += 1
            blocked[r["source"]][0] += bool(blocking_keys(a) & blocking_keys(b))
        if gold != m.same and len(errors[r["source"]]) < args.errors:
            kind = "FN" if gold else "FP"
            errors[r["source"]].append(f"  {kind} {r['name_a']} | {r['name_b']} ({r['note']}) {m.score:.2f} {m.reasons}")
    print(f"pairs: {len(rows)} (split {args.split}) from {args.pairs.name}")
    print(f"{'source':10} {'pairs':>6} {'pos':>5} {'P':>6} {'R':>6} {'F1':>6} {'block-R':>8}")
    total = [0, 0, 0, 0]
    for source in sorted(counts):
        c = counts[source]
        total = [x + y for x, y in zip(total, c, strict=True)]
        p, r_, f = prf(c[0], c[1], c[2])
        br = blocked[source][0] / blocked[source][1] if blocked[source][1] else 1.0
        print(f"{source:10} {sum(c):6d} {c[0] + c[2]:5d} {p:6.3f} {r_:6.3f} {f:6.3f} {br:8.3f}")
    p, r_, f = prf(total[0], total[1], total[2])
    b_all = sum(v[0] for v in blocked.values()) / max(1, sum(v[1] for v in blocked.values()))
    print(f"{'all':10} {sum(total):6d} {total[0] + total[2]:5d} {p:6.3f} {r_:6.3f} {f:6.3f} {b_all:8.3f}")
    for source, errs in sorted(errors.items()):
        print(f"errors in {source}:")
        print("\n".join(errs))
    ms = sorted(t * 1000 for t in times)
    p50 = statistics.median(ms) if ms else 0.0
    p95 = ms[int(0.95 * (len(ms) - 1))] if ms else 0.0
    print(f"latency per comparison: p50 {p50:.3f} ms, p95 {p95:.3f} ms")
    print(
        f"SUMMARY resolve ({args.split}): precision {p:.3f} recall {r_:.3f} F1 {f:.3f} "
        f"blocking-recall {b_all:.3f} p50 {p50:.3f} ms p95 {p95:.3f} ms"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
