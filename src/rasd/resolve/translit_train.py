"""Train the Arabic→Latin name transliterator from word pairs (``python -m rasd.resolve.translit_train``).

Training data, both with licences that allow shipping what is derived from them:

* Google ``ar2en-train.txt`` + ``ar2en-eval.txt`` (Apache-2.0, Rosca & Breuel 2016).
* Wikidata person-name words ``wd_arabic_80`` (= train 64 + dev 16; CC0, Merhav & Ash, COLING 2018).

Test splits (``ar2en-test.txt``, ``wd_arabic_20``) are never read here.

ANETAC (licence unclear) is *not* used here; ``benchmarks/translit.py`` only evaluates on it.

Two steps:

1. **Alignment** (expectation maximisation, like m2m-aligner): every Arabic letter emits a
   Latin chunk of 0–4 letters, ``ل ا س ر ي → l|a|s|r|y``, ``ب ا ي د ن → b|ai|d|e|n``.
2. **Counting**: chunk counts under Arabic contexts of decreasing width (±2 letters plus the
   last Latin letter written, … down to the letter alone). ``translit.py`` decodes with a
   beam, interpolating the levels (Witten–Bell).

The output is two small tab-separated files in ``rasd/resolve/data/``: a dictionary of seen
names (``translit_dict.csv``) and the context table (``translit_model.csv``).
"""

from __future__ import annotations

import argparse
import math
import os
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

from rasd.resolve.normalise import fold_latin, normalise_arabic

MAX_CHUNK = 4
DATA_DIR = Path(__file__).resolve().parent / "data"
DICT_FILE = DATA_DIR / "translit_dict.csv"
MODEL_FILE = DATA_DIR / "translit_model.csv"
BOS, EOS = "^", "$"

Pair = tuple[str, str, int]  # (normalised Arabic, folded Latin, count)


def shared_root() -> Path:
    """The ``shared`` data folder beside the checkout (``RASD_SHARED`` overrides)."""
    env = os.environ.get("RASD_SHARED")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[3].parent / "shared"


def clean_pair(arabic: str, latin: str) -> tuple[str, str] | None:
    """Normalise one pair; None when either side is not a plain single word."""
    ar = normalise_arabic(arabic.replace(" ", "")).strip()
    la = fold_latin(latin).strip()
    if not ar or not la or not ar.isalpha() or not la.isascii() or not la.isalpha():
        return None
    if any(not ("\u0621" <= c <= "\u064a") for c in ar):
        return None
    return ar, la


def read_google(path: Path) -> list[Pair]:
    """``Arabic<TAB>english`` lines (Google ar2en)."""
    out: list[Pair] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and (p := clean_pair(parts[0], parts[1])):
            out.append((p[0], p[1], 1))
    return out


def read_wikidata(path: Path) -> list[Pair]:
    """``english<TAB>spaced Arabic letters<TAB>count`` lines (Wikidata COLING 2018)."""
    out: list[Pair] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and (p := clean_pair(parts[1], parts[0])):
            count = int(parts[2]) if len(parts) > 2 and parts[2].isdigit() else 1
            out.append((p[0], p[1], count))
    return out


def training_pairs(root: Path, with_dev: bool = True) -> list[Pair]:
    """Google ar2en-train + Wikidata wd_arabic_64, plus their dev splits (ar2en-eval,
    wd_arabic_16 → wd_arabic_80) for the shipped model; never the test splits.

    Settings (``LM_WEIGHT``, beam, pruning) were chosen on the dev splits with a model trained
    without them (``--no-dev``); the shipped model is then retrained with them.
    """
    google = read_google(root / "google_ar2en_transliteration" / "ar2en-train.txt")
    if with_dev:
        google += read_google(root / "google_ar2en_transliteration" / "ar2en-eval.txt")
    wikidata = read_wikidata(root / "wikidata_en_ar_names_coling2018" / ("wd_arabic_80" if with_dev else "wd_arabic_64"))
    return google + wikidata


def _forward_backward(
    ar: str, la: str, prob: dict[tuple[str, str], float]
) -> dict[tuple[str, str], float]:
    """Expected counts of (letter, chunk) under the current emission probabilities."""
    n, m = len(ar), len(la)
    fwd = [[0.0] * (m + 1) for _ in range(n + 1)]
    fwd[0][0] = 1.0
    for i in range(1, n + 1):
        a = ar[i - 1]
        for j in range(m + 1):
            total = 0.0
            for k in range(min(MAX_CHUNK, j) + 1):
                f = fwd[i - 1][j - k]
                if f:
                    total += f * prob.get((a, la[j - k : j]), 0.0)
            fwd[i][j] = total
    z = fwd[n][m]
    if z <= 0.0:
        return {}
    bwd = [[0.0] * (m + 1) for _ in range(n + 1)]
    bwd[n][m] = 1.0
    for i in range(n - 1, -1, -1):
        a = ar[i]
        for j in range(m + 1):
            total = 0.0
            for k in range(min(MAX_CHUNK, m - j) + 1):
                b = bwd[i + 1][j + k]
                if b:
                    total += b * prob.get((a, la[j : j + k]), 0.0)
            bwd[i][j] = total
    counts: dict[tuple[str, str], float] = defaultdict(float)
    for i in range(n):
        a = ar[i]
        for j in range(m + 1):
            f = fwd[i][j]
            if not f:
                continue
            for k in range(min(MAX_CHUNK, m - j) + 1):
                key = (a, la[j : j + k])
                p = prob.get(key, 0.0)
                if p:
                    counts[key] += f * p * bwd[i + 1][j + k] / z
    return counts


def _viterbi(ar: str, la: str, prob: dict[tuple[str, str], float]) -> list[str] | None:
    """Best split of ``la`` into one chunk per Arabic letter."""
    n, m = len(ar), len(la)
    best = [[-math.inf] * (m + 1) for _ in range(n + 1)]
    back = [[0] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for i in range(1, n + 1):
        a = ar[i - 1]
        for j in range(m + 1):
            for k in range(min(MAX_CHUNK, j) + 1):
                prev = best[i - 1][j - k]
                p = prob.get((a, la[j - k : j]), 0.0)
                if prev > -math.inf and p > 0.0:
                    score = prev + math.log(p)
                    if score > best[i][j]:
                        best[i][j], back[i][j] = score, k
    if best[n][m] == -math.inf:
        return None
    chunks: list[str] = []
    j = m
    for i in range(n, 0, -1):
        k = back[i][j]
        chunks.append(la[j - k : j])
        j -= k
    return chunks[::-1]


def align(pairs: list[Pair], iterations: int = 6) -> list[tuple[str, list[str], int]]:
    """EM over monotone letter→chunk alignments; returns each pair's best alignment."""
    usable = [(a, la, c) for a, la, c in pairs if len(la) <= MAX_CHUNK * len(a)]
    # Start uniform over chunks that occur somewhere, with a mild preference for one letter.
    prob: dict[tuple[str, str], float] = {}
    for a_word, l_word, _ in usable:
        for a in set(a_word):
            for j in range(len(l_word) + 1):
                for k in range(min(MAX_CHUNK, len(l_word) - j) + 1):
                    prob[(a, l_word[j : j + k])] = 1.0 / (1 + abs(k - 1))
    for _ in range(iterations):
        totals: dict[tuple[str, str], float] = defaultdict(float)
        for a_word, l_word, count in usable:
            for key, value in _forward_backward(a_word, l_word, prob).items():
                totals[key] += value * min(count, 3)
        per_letter: dict[str, float] = defaultdict(float)
        for (a, _), value in totals.items():
            per_letter[a] += value
        prob = {key: value / per_letter[key[0]] for key, value in totals.items() if value > 1e-3}
    aligned = []
    for a_word, l_word, count in usable:
        chunks = _viterbi(a_word, l_word, prob)
        if chunks is not None:
            aligned.append((a_word, chunks, count))
    return aligned


def contexts(word: str, i: int, prev_out: str) -> list[str]:
    """Context keys for letter ``i`` of ``word`` (widest first); shared with the decoder.

    The last Latin letter written (``prev_out``) lets the model avoid ``"bb"``/``"aa"`` runs.
    """
    padded = BOS + BOS + word + EOS + EOS
    p = i + 2
    last = prev_out[-1:] if prev_out else BOS
    return [
        "4|" + padded[p - 2 : p + 3] + "|" + last,
        "3|" + padded[p - 1 : p + 2] + "|" + last,
        "2|" + padded[p - 1 : p + 2],
        "1|" + padded[p : p + 2],
        "0|" + padded[p],
    ]


def count_contexts(aligned: Iterable[tuple[str, list[str], int]]) -> dict[str, Counter[str]]:
    """Chunk counts per context key."""
    table: dict[str, Counter[str]] = defaultdict(Counter)
    for word, chunks, count in aligned:
        out = ""
        weight = min(count, 3)
        for i, chunk in enumerate(chunks):
            for key in contexts(word, i, out):
                table[key][chunk] += weight
            out += chunk
    return table


LM_ORDER = 4


def count_latin_lm(pairs: Iterable[Pair]) -> dict[str, Counter[str]]:
    """Character n-gram counts of Latin names (``L|<history>`` → next letter), for rescoring.

    Lets the decoder prefer ``trump`` over ``trmp``: English-like letter sequences win ties.
    """
    table: dict[str, Counter[str]] = defaultdict(Counter)
    for _, latin, count in pairs:
        text = BOS * (LM_ORDER - 1) + latin + EOS
        for i in range(LM_ORDER - 1, len(text)):
            for n in range(LM_ORDER):
                table["L|" + text[i - n : i]][text[i]] += min(count, 3)
    return table


def build_dictionary(pairs: list[Pair]) -> dict[str, Counter[str]]:
    """Normalised Arabic word → Latin spellings seen with it (weighted by count)."""
    entries: dict[str, Counter[str]] = defaultdict(Counter)
    for ar, la, count in pairs:
        entries[ar][la] += count
    return entries


def drop_founding_surnames(dictionary: dict[str, Counter[str]], shared: Path) -> int:
    """Leave the founding example's little-known surnames (``rasd.founding``) out of the dictionary:
    rasd must spell those people from its letter model, as it spells the held-out articles' people.
    The Google and Wikidata pairs hold some of them as ordinary names. Returns how many went."""
    from rasd.founding import rare_surnames

    dropped = 0
    for surname in rare_surnames(shared) or []:
        pair = clean_pair(surname, "x")
        if pair is not None and dictionary.pop(pair[0], None) is not None:
            dropped += 1
    return dropped


def write_files(dictionary: dict[str, Counter[str]], table: dict[str, Counter[str]], min_count: int) -> None:
    """Write the two tab-separated data files (deterministic order, pruned)."""
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    with DICT_FILE.open("w", encoding="utf-8") as fh:
        fh.write("# arabic\tlatin spellings (count) — from Google ar2en train+eval (Apache-2.0) + Wikidata wd_arabic_80 (CC0)\n")
        for ar in sorted(dictionary):
            best = dictionary[ar].most_common(4)
            fh.write(ar + "\t" + " ".join(f"{la}:{c}" for la, c in best) + "\n")
    with MODEL_FILE.open("w", encoding="utf-8") as fh:
        fh.write("# context\tchunk:count ... — alignment n-gram transliterator, see translit_train.py\n")
        for key in sorted(table):
            counts = table[key]
            level = key[0]
            keep = [(c, n) for c, n in counts.most_common() if level in "01L" or n >= min_count]
            if not keep:
                continue
            fh.write(key + "\t" + " ".join(f"{c}:{n}" for c, n in keep) + "\n")


def main(argv: list[str] | None = None) -> int:
    """Train from ``shared/data`` and write the model files."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=shared_root())
    parser.add_argument("--iterations", type=int, default=5)
    parser.add_argument("--min-count", type=int, default=2, help="prune wide contexts seen fewer times")
    parser.add_argument("--no-dev", action="store_true", help="train on the train splits only (for tuning)")
    args = parser.parse_args(argv)
    pairs = training_pairs(args.shared / "data", with_dev=not args.no_dev)
    aligned = align(pairs, args.iterations)
    table = count_contexts(aligned)
    table.update(count_latin_lm(pairs))
    dictionary = build_dictionary(pairs)
    dropped = drop_founding_surnames(dictionary, args.shared)
    write_files(dictionary, table, args.min_count)
    print(f"dictionary: {dropped} founding-example surnames left out")
    print(f"pairs {len(pairs)}, aligned {len(aligned)}, contexts {len(table)}")
    print(f"wrote {DICT_FILE} ({DICT_FILE.stat().st_size // 1024} KiB), {MODEL_FILE} ({MODEL_FILE.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
