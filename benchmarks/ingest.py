"""Ingest throughput and memory: synthetic articles from REAL sentences, one CPU core, a temp store.

Articles are built by combining sentences of the ANT news corpus
(../shared/data/arabic_news_raw/*.txt.xz, one article per line) with sentences of the seed
article (examples/seed-article.ar.txt, which carries the money facts), so no two articles are
the same text and entity names recur across articles as in real news. The corpus is written as
JSONL and ingested with ``rasd.ingest.ingest`` (reader → pipeline → resolution → SQLite).

    python benchmarks/ingest.py              # 10,000 articles (the bar: ≥ 20 articles/s, ≤ 500 MB)
    python benchmarks/ingest.py --n 500      # quicker
    python benchmarks/ingest.py --keep kb.db # keep the store to look at

Prints pipeline and store time separately (the store's part includes cross-article matching).
The last line is the summary.
"""

from __future__ import annotations

import argparse
import json
import lzma
import os
import random
import re
import resource
import sys
import tempfile
import time
from pathlib import Path

from _one_core import ROOT, limit_threads, pin_one_core

limit_threads()
pin_one_core()

from rasd.contract import Article, Extraction  # noqa: E402
from rasd.ingest import ingest  # noqa: E402
from rasd.store import Store  # noqa: E402

SHARED = Path(os.environ.get("RASD_SHARED", ROOT.parent / "shared"))
NEWS = SHARED / "data" / "arabic_news_raw"
_SENTENCE_END = re.compile(r"(?<=[.!؟?])\s+")


def real_sentences(max_articles_per_file: int = 4000) -> list[str]:
    """Sentences (30–400 characters) of the raw news corpus; the title (before ' . ') is dropped."""
    out: list[str] = []
    for path in sorted(NEWS.glob("*.txt.xz")):
        with lzma.open(path, "rt", encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                if i >= max_articles_per_file:
                    break
                body = line.partition(" . ")[2] or line
                out.extend(s for s in _SENTENCE_END.split(body.strip()) if 30 <= len(s) <= 400)
    return out


def seed_sentences() -> list[str]:
    text = (ROOT / "examples" / "seed-article.ar.txt").read_text(encoding="utf-8")
    return [s.strip() for p in text.split("\n\n") for s in _SENTENCE_END.split(p) if len(s.strip()) > 30]


def make_corpus(path: Path, n: int, seed: int) -> tuple[int, int]:
    """Write ``n`` JSONL articles of 5–12 sentences; ~1 in 3 carries a sentence of the seed article."""
    rng = random.Random(seed)
    news, money = real_sentences(), seed_sentences()
    if not news:
        raise SystemExit(f"benchmark needs {NEWS} (the ../shared data folder)")
    chars = 0
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            k = rng.randint(5, 12)
            start = rng.randrange(len(news) - k)
            sents = news[start : start + k]  # neighbouring sentences: a topic, names that recur
            if rng.random() < 0.35:
                sents.insert(rng.randrange(len(sents) + 1), rng.choice(money))
            text = " ".join(sents)
            chars += len(text)
            record = {
                "id": f"bench-{i}",
                "url": f"https://bench.example/{i}",
                "title": sents[0][:80],
                "text": text,
            }
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return len(news), chars


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=10_000, help="articles (default 10,000)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--keep", metavar="DB", help="write the store here and keep it")
    args = ap.parse_args()

    from rasd.pipeline import extract_article

    extract_article(Article("warm-up", seed_sentences()[0]))  # model loading is not ingest time
    timing = {"extract": 0.0, "extract_cpu": 0.0}

    def timed_extract(article: Article) -> Extraction:
        t, c = time.perf_counter(), time.process_time()
        try:
            return extract_article(article)
        finally:
            timing["extract"] += time.perf_counter() - t
            timing["extract_cpu"] += time.process_time() - c

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "bench.jsonl"
        pool, chars = make_corpus(corpus, args.n, args.seed)
        db = Path(args.keep) if args.keep else Path(tmp) / "bench.db"
        print(
            f"corpus: {args.n} articles, {chars / args.n:.0f} characters each on average, from {pool} real sentences"
        )
        store = Store(db)
        print(f"matcher: {store.matcher.name}")
        t0, c0 = time.perf_counter(), time.process_time()
        summary = ingest([str(corpus)], store, extract=timed_extract, progress=sys.stderr.isatty())
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        counts = store.counts()
        problems = store.check()
        store.close()
        size = db.stat().st_size / 1e6
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    stored = summary.new + summary.replaced
    rate = summary.read / wall if wall else 0.0
    cpu_rate = summary.read / cpu if cpu else 0.0
    store_ms = (cpu - timing["extract_cpu"]) / max(summary.read, 1) * 1000
    for line in summary.lines(max_reasons=5):
        print(line)
    print(
        f"store: {counts['articles']} articles, {counts['entities']} entities, {counts['facts']} facts, {size:.1f} MB"
    )
    print(f"wall {wall:.1f} s, CPU {cpu:.1f} s (CPU < wall means the core was shared with other processes)")
    ex_cpu = timing["extract_cpu"]
    print(f"pipeline: CPU {ex_cpu:.1f} s ({summary.read / max(ex_cpu, 1e-9):.1f} articles/s)")
    print(f"store + cross-article matching + reading: CPU {cpu - ex_cpu:.1f} s ({store_ms:.1f} ms/article)")
    print(f"consistency: {'ok' if not problems else '; '.join(problems)}")
    ok = rate >= 20 and peak <= 500 and not problems
    print(
        f"ingest: {summary.read} articles ({stored} stored, {len(summary.skipped)} skipped) in {wall:.1f} s ="
        f" {rate:.1f} articles/s wall ({cpu_rate:.1f}/s CPU), store part {store_ms:.1f} ms/article,"
        f" peak RSS {peak:.0f} MB — bar ≥20 articles/s ≤500 MB: {'PASS' if ok else 'FAIL'}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
