"""Benchmark the neural recogniser (rasd.ner_neural) on the ANERcorp CAMeL test split.

Tags the whitespace tokens of the test file, scores with seqeval (entity level, default CoNLL
chunking, micro average over PERS/LOC/ORG/MISC), measures tokens/s on ONE CPU core (BLAS threads = 1,
process pinned to one core) and peak RSS. The last line is a one-line summary.
Needs ../shared (or $RASD_SHARED) and seqeval (pip install seqeval).

    .venv/bin/python benchmarks/ner_neural.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import resource
import time
from pathlib import Path

from _one_core import ROOT, limit_threads, pin_one_core

limit_threads()


def read_conll(path: Path) -> tuple[list[list[str]], list[list[str]]]:
    words, tags, cw, ct = [], [], [], []
    for raw in path.read_text(encoding="utf-8-sig").split("\n"):
        line = raw.strip()
        if not line:
            if cw:
                words.append(cw)
                tags.append(ct)
                cw, ct = [], []
            continue
        w, _, t = line.rpartition(" ")
        cw.append(w or t)
        ct.append(t if w else "O")
    if cw:
        words.append(cw)
        tags.append(ct)
    return words, tags


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3, help="timed passes after the first (cold) one")
    ap.add_argument("--weights", default="", help="a trained tagger's folder (default: the shipped model)")
    args = ap.parse_args()
    pin_one_core()
    shared = Path(os.environ.get("RASD_SHARED", ROOT.parent / "shared"))
    test = shared / "data/anercorp_camel/ANERCorp_CamelLab_test.txt"
    words, gold = read_conll(test)
    n_tok = sum(map(len, words))

    t0 = time.perf_counter()
    from rasd.ner_neural import MODEL_DIR, load_from, load_tagger
    from rasd.ner_neural.text import norm_word

    tagger = load_from(MODEL_DIR, Path(args.weights)) if args.weights else load_tagger()
    t_load = time.perf_counter() - t0

    t0 = time.perf_counter()
    pred = tagger.tag(words)  # cold: featurisation and char-CNN caches empty
    t_cold = time.perf_counter() - t0
    warm = []
    for _ in range(args.repeat):
        tagger._char_cache.clear()
        if tagger.lm is not None:
            tagger.lm._char_cache.clear()
        tagger.feat._cache.clear()
        norm_word.cache_clear()
        t0 = time.perf_counter()
        tagger.tag(words)
        warm.append(time.perf_counter() - t0)
    t_best = min(warm) if warm else t_cold
    # peak RSS of the process that loaded and ran the tagger (before seqeval/scikit-learn are imported)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    from seqeval.metrics import classification_report, f1_score, precision_score, recall_score

    print(classification_report(gold, pred, digits=4))
    p, r, f = precision_score(gold, pred), recall_score(gold, pred), f1_score(gold, pred)
    files = (
        list(MODEL_DIR.iterdir())
        if not args.weights
        else [
            *(x for x in MODEL_DIR.iterdir() if x.name not in {"weights.npz", "meta.json"}),
            *Path(args.weights).iterdir(),
        ]
    )
    size = (
        sum(x.stat().st_size for x in files if x.is_file() and x.suffix in {".npz", ".npy", ".txt", ".json"})
        / 2**20
    )
    print(f"tokens: {n_tok}  sentences: {len(words)}  load: {t_load:.2f}s")
    print(
        f"first pass: {n_tok / t_cold:,.0f} tokens/s   best of {len(warm)} (caches cleared): {n_tok / t_best:,.0f} tokens/s"
    )
    print(f"peak RSS: {peak:.0f} MB   model files: {size:.1f} MB")
    print(
        f"SUMMARY ner_neural camel-test P={p:.4f} R={r:.4f} F1={f:.4f} tok/s(1 core)={n_tok / t_best:,.0f} "
        f"peakRSS={peak:.0f}MB model={size:.1f}MB"
    )


if __name__ == "__main__":
    main()
