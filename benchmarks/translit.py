"""Arabic→Latin name transliteration benchmark: exact match, top-5 and CER on held-out test splits.

    .venv/bin/python benchmarks/translit.py [--limit N] [--romanizer]

Test splits (never used for training or tuning):

* ``google``   — Google ar2en-test.txt (its own split; Apache-2.0)
* ``wikidata`` — Wikidata wd_arabic_20 (the COLING 2018 test split; CC0)
* ``anetac``   — ANETAC ``EN-AR Translit/test`` (evaluation only: licence unclear, nothing shipped)

Arabic→English is one-to-many, so every Latin spelling the test split gives for the same
normalised Arabic word is an accepted answer ("acc-any"); CER is the edit distance to the
closest accepted spelling divided by its length. ``--romanizer`` also scores the PyPI package
``arabic-name-romanizer`` (if installed) on the same words. The last line is a summary.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from rasd.resolve.normalise import fold_latin
from rasd.resolve.translit import word_candidates
from rasd.resolve.translit_train import clean_pair, read_google, read_wikidata, shared_root


def levenshtein(a: str, b: str) -> int:
    """Edit distance (insert, delete, substitute all cost 1)."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def read_anetac(folder: Path) -> list[tuple[str, str, int]]:
    """Line-aligned ``test.ar`` / ``test.en``."""
    ar = (folder / "test.ar").read_text(encoding="utf-8").splitlines()
    en = (folder / "test.en").read_text(encoding="utf-8").splitlines()
    out = []
    for a, e in zip(ar, en, strict=False):
        if p := clean_pair(a, e):
            out.append((p[0], p[1], 1))
    return out


def test_sets(root: Path, dev: bool = False) -> dict[str, dict[str, set[str]]]:
    """Per split: normalised Arabic word → accepted Latin spellings (``dev``: the tuning splits)."""
    raw = {
        "google": read_google(root / "google_ar2en_transliteration" / ("ar2en-eval.txt" if dev else "ar2en-test.txt")),
        "wikidata": read_wikidata(root / "wikidata_en_ar_names_coling2018" / ("wd_arabic_16" if dev else "wd_arabic_20")),
    }
    anetac = root / "anetac_en_ar_translit" / "EN-AR Translit"
    if anetac.exists() and not dev:
        raw["anetac"] = read_anetac(anetac)
    sets: dict[str, dict[str, set[str]]] = {}
    for name, pairs in raw.items():
        grouped: dict[str, set[str]] = defaultdict(set)
        for ar, la, _ in pairs:
            grouped[ar].add(la)
        sets[name] = dict(grouped)
    return sets


def score(
    system: Callable[[str], list[str]], items: list[tuple[str, set[str]]]
) -> dict[str, float]:
    """acc (top-1 in accepted set), top5, CER and ms/word for one system."""
    hits = top5 = 0
    edits = chars = 0
    times: list[float] = []
    for ar, refs in items:
        t0 = time.perf_counter()
        cands = system(ar)
        times.append(time.perf_counter() - t0)
        best = cands[0] if cands else ""
        hits += best in refs
        top5 += any(c in refs for c in cands[:5])
        ref = min(refs, key=lambda r: levenshtein(best, r))
        edits += levenshtein(best, ref)
        chars += len(ref)
    n = max(len(items), 1)
    return {
        "acc": hits / n,
        "top5": top5 / n,
        "cer": edits / max(chars, 1),
        "ms": 1000 * statistics.mean(times) if times else 0.0,
        "n": float(len(items)),
    }


def rasd_system(word: str) -> list[str]:
    return [w for w, _ in word_candidates(word, 5)]


def romanizer_system() -> Callable[[str], list[str]] | None:
    try:
        import arabic_name_romanizer as anr  # type: ignore[import-not-found]
    except ImportError:
        return None
    tr = anr.Transliterator()

    def run(word: str) -> list[str]:
        cands = tr.transliterate(word, top_k=5)
        return [fold_latin(c.text) for c in cands] if isinstance(cands, list) else [fold_latin(str(cands))]

    return run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="rasd transliteration benchmark")
    parser.add_argument("--shared", type=Path, default=shared_root())
    parser.add_argument("--limit", type=int, default=0, help="first N words per split (0 = all)")
    parser.add_argument("--romanizer", action="store_true", help="also score arabic-name-romanizer")
    parser.add_argument("--dev", action="store_true", help="score the dev splits (for tuning) instead of test")
    args = parser.parse_args(argv)
    root = args.shared / "data"
    if not root.exists():
        print(f"rasd: cannot read {root}: shared data folder missing", file=sys.stderr)
        return 2
    systems: dict[str, Callable[[str], list[str]]] = {"rasd": rasd_system}
    if args.romanizer:
        if (rom := romanizer_system()) is not None:
            systems["arabic-name-romanizer"] = rom
        else:
            print("arabic-name-romanizer not installed; skipped")
    rasd_system("مارك")  # load the model outside the timings
    summary: list[str] = []
    print(f"{'split':9} {'system':22} {'words':>6} {'acc-any':>8} {'top5':>6} {'CER':>6} {'ms/word':>8}")
    for split, grouped in test_sets(root, args.dev).items():
        items = sorted(grouped.items())
        if args.limit:
            items = items[: args.limit]
        for name, system in systems.items():
            r = score(system, items)
            print(
                f"{split:9} {name:22} {int(r['n']):6d} {r['acc']:8.3f} {r['top5']:6.3f} {r['cer']:6.3f} {r['ms']:8.3f}"
            )
            if name == "rasd":
                summary.append(f"{split} acc {r['acc']:.3f} CER {r['cer']:.3f}")
    print(f"SUMMARY translit rasd ({'dev' if args.dev else 'test'}): " + "; ".join(summary))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
