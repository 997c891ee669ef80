"""Arabic → Latin transliteration of names: a dictionary of seen names, a trained model for the rest.

>>> to_latin("كيمبرلي غيلفويل")
'Kimberly Guilfoyle'

The dictionary and the context model are trained by ``translit_train.py`` from Google ar2en
(Apache-2.0) and Wikidata names (CC0) only; see ``data/README.md`` for the model card.
Arabic → English is one-to-many (محمد → Mohamed, Muhammad, Mohammed), so matching code uses
:func:`latin_candidates` (k-best with probabilities), not just the single best form.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rasd.resolve.normalise import is_arabic, normalise_arabic, strip_diacritics
from rasd.resolve.translit_train import BOS, DICT_FILE, EOS, LM_ORDER, MODEL_FILE, contexts

BEAM = 6
CHUNKS_PER_LETTER = 10
# Weight of the Latin letter model against the letter→chunk model (tuned on the dev splits).
LM_WEIGHT = 0.3


# Memo tables for the decoder (bounded); the model is read-only once loaded.
_CHUNK_CACHE: dict[tuple[str, str], float] = {}
_LM_CACHE: dict[tuple[str, str], float] = {}


@dataclass(frozen=True)
class _Dist:
    counts: dict[str, float]
    total: float
    types: int


@dataclass(frozen=True)
class TranslitModel:
    """Seen-name dictionary plus the context table; load with :func:`load_model`."""

    dictionary: dict[str, tuple[tuple[str, float], ...]]
    table: dict[str, _Dist]
    letter_chunks: dict[str, tuple[str, ...]]

    def chunk_prob(self, keys: list[str], chunk: str) -> float:
        """Witten–Bell interpolation from the letter alone up to the widest context."""
        cache_key = (keys[0], chunk)  # the widest key determines the narrower ones
        cached = _CHUNK_CACHE.get(cache_key)
        if cached is not None:
            return cached
        prob = 1e-4
        for key in reversed(keys):
            dist = self.table.get(key)
            if dist is None:
                continue
            lam = dist.types
            prob = (dist.counts.get(chunk, 0.0) + lam * prob) / (dist.total + lam)
        if len(_CHUNK_CACHE) < 50_000:
            _CHUNK_CACHE[cache_key] = prob
        return prob

    def lm_logprob(self, history: str, chars: str) -> float:
        """Log probability of ``chars`` after ``history`` under the Latin letter n-gram model."""
        h = (BOS * (LM_ORDER - 1) + history)[-(LM_ORDER - 1) :]
        cached = _LM_CACHE.get((h, chars))
        if cached is not None:
            return cached
        total = 0.0
        cache_key = (h, chars)
        for ch in chars:
            prob = 1.0 / 30
            for n in range(LM_ORDER):
                dist = self.table.get("L|" + h[len(h) - n :] if n else "L|")
                if dist is None:
                    continue
                prob = (dist.counts.get(ch, 0.0) + dist.types * prob) / (dist.total + dist.types)
            total += math.log(prob)
            h += ch
        if len(_LM_CACHE) < 50_000:
            _LM_CACHE[cache_key] = total
        return total

    def decode(self, word: str, k: int = 1) -> list[tuple[str, float]]:
        """k-best Latin spellings of one normalised Arabic word with probabilities (sum ≤ 1).

        >>> [t for t, _ in load_model().decode("سوروس", 3)][0].startswith("sor")
        True
        """
        beam: list[tuple[float, str]] = [(0.0, "")]
        for i, letter in enumerate(word):
            options = self.letter_chunks.get(letter, ("",))
            grown: list[tuple[float, str]] = []
            for logp, out in beam:
                keys = contexts(word, i, out)
                for chunk in options:
                    p = self.chunk_prob(keys, chunk)
                    lm = LM_WEIGHT * self.lm_logprob(out, chunk) if LM_WEIGHT and chunk else 0.0
                    grown.append((logp + math.log(p) + lm, out + chunk))
            grown.sort(key=lambda item: -item[0])
            beam = _dedupe(grown, max(BEAM, k))
        if LM_WEIGHT:
            beam = sorted(((lp + LM_WEIGHT * self.lm_logprob(out, EOS), out) for lp, out in beam), key=lambda x: -x[0])
        if not beam:
            return []
        top = beam[0][0]
        weights = [math.exp(lp - top) for lp, _ in beam]
        z = sum(weights)
        return [(out, w / z) for (_, out), w in zip(beam[:k], weights[:k], strict=True) if out]


def _dedupe(items: Iterable[tuple[float, str]], size: int) -> list[tuple[float, str]]:
    seen: set[str] = set()
    out: list[tuple[float, str]] = []
    for logp, text in items:
        if text not in seen:
            seen.add(text)
            out.append((logp, text))
            if len(out) == size:
                break
    return out


def _read_pairs(field: str) -> list[tuple[str, float]]:
    out = []
    for item in field.split(" "):
        text, _, count = item.rpartition(":")
        out.append((text, float(count)))
    return out


@lru_cache(maxsize=2)
def load_model(dict_file: Path = DICT_FILE, model_file: Path = MODEL_FILE) -> TranslitModel:
    """Read the shipped data files once (≈0.5 s); later calls are cached."""
    dictionary: dict[str, tuple[tuple[str, float], ...]] = {}
    for line in dict_file.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or "\t" not in line:
            continue
        ar, field = line.split("\t", 1)
        dictionary[ar] = tuple(_read_pairs(field))
    table: dict[str, _Dist] = {}
    letter_chunks: dict[str, tuple[str, ...]] = {}
    for line in model_file.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or "\t" not in line:
            continue
        key, field = line.split("\t", 1)
        counts = dict(_read_pairs(field)) if field else {"": 1.0}
        table[key] = _Dist(counts, sum(counts.values()), len(counts))
        if key.startswith("0|"):
            ranked = sorted(counts, key=lambda c: -counts[c])
            letter_chunks[key[2:]] = tuple(ranked[:CHUNKS_PER_LETTER])
    return TranslitModel(dictionary, table, letter_chunks)


@lru_cache(maxsize=50_000)
def word_candidates(word: str, k: int = 5) -> tuple[tuple[str, float], ...]:
    """k-best lower-case Latin spellings of one Arabic word, dictionary first, then the model.

    Dictionary spellings share 0.9 of the mass by their counts; model output shares the rest.

    >>> {"mohammed", "muhammad"} <= {w for w, _ in word_candidates("محمد", 5)}
    True
    """
    model = load_model()
    key = normalise_arabic(word)
    out: dict[str, float] = {}
    seen = model.dictionary.get(key)
    if seen:
        total = sum(c for _, c in seen)
        for text, count in seen:
            out[text] = 0.9 * count / total
        decoded = model.decode(key, k)
        for text, p in decoded:
            out[text] = out.get(text, 0.0) + 0.1 * p
    else:
        for text, p in model.decode(key, k):
            out[text] = p
    ranked = sorted(out.items(), key=lambda item: -item[1])[:k]
    return tuple(ranked)


def _word_to_latin(word: str) -> str:
    cands = word_candidates(word, 1)
    if cands:
        return cands[0][0]
    return ""


def _title(word: str) -> str:
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))


def latin_candidates(name: str, k: int = 5) -> list[tuple[str, float]]:
    """k-best Latin spellings of a whole (possibly multi-word) Arabic name, lower case.

    Combines per-word candidates; probabilities multiply.
    """
    words = [w for w in strip_diacritics(name).split() if w]
    combos: list[tuple[str, float]] = [("", 1.0)]
    for w in words:
        options = [(w.lower(), 1.0)] if not is_arabic(w) else list(word_candidates(w, k))
        if not options:
            continue
        combos = sorted(
            ((f"{text} {o}".strip(), p * q) for text, p in combos for o, q in options),
            key=lambda item: -item[1],
        )[:k]
    return [c for c in combos if c[0]]


def to_latin(name: str) -> str | None:
    """Latin display form of an Arabic name, title case; Latin input comes back unchanged.

    >>> to_latin("جورج سوروس")
    'George Soros'
    >>> to_latin("Peter Thiel")
    'Peter Thiel'
    >>> to_latin("  ") is None
    True
    """
    if not name or not name.strip():
        return None
    if not is_arabic(name):
        return name
    words = []
    for raw in strip_diacritics(name).split():
        if not is_arabic(raw):
            words.append(raw)
            continue
        latin = _word_to_latin(raw)
        if latin:
            words.append(_title(latin))
    return " ".join(words) or None
