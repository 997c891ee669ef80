"""Token featurisation for the neural tagger: word-vector ids, character ids, binary features.

Shared by training (``train.py``) and numpy inference, so both see identical inputs.
"""

from __future__ import annotations

import numpy as np

from rasd.ner_neural.text import has_arabic, is_latin, norm_word, strip_prefix_variants

PAD, UNK = 0, 1
MAX_CHARS = 16  # characters kept per word (the first 8 and last 8 of longer words)
N_FEATS = 8


class Featurizer:
    def __init__(self, words: list[str], chars: list[str], names: set[str]):
        # index 0 = PAD, 1 = UNK, then the vocabulary in file order
        self.word_index = {w: i + 2 for i, w in enumerate(words)}
        # char index: 0 = PAD, 1 = UNK, 2 = begin, 3 = end, then chars
        self.char_index = {c: i + 4 for i, c in enumerate(chars)}
        self.names = names
        self._cache: dict[str, tuple[int, np.ndarray, np.ndarray]] = {}

    def token(self, tok: str) -> tuple[int, np.ndarray, np.ndarray]:
        hit = self._cache.get(tok)
        if hit is not None:
            return hit
        n = norm_word(tok)
        variants = strip_prefix_variants(n)
        wid = UNK
        for v in variants:
            j = self.word_index.get(v)
            if j is not None:
                wid = j
                break
        body = n if len(n) <= MAX_CHARS - 2 else n[: (MAX_CHARS - 2) // 2] + n[-((MAX_CHARS - 2) // 2) :]
        cids = np.zeros(MAX_CHARS, dtype=np.int32)
        seq = [2] + [self.char_index.get(c, UNK) for c in body] + [3]
        cids[: len(seq)] = seq
        f = np.zeros(N_FEATS, dtype=np.float32)
        f[0] = is_latin(tok)
        f[1] = any(c.isdigit() for c in n)
        f[2] = not any(c.isalnum() for c in n)
        f[3] = n in self.names
        f[4] = any(v in self.names for v in variants[1:])
        f[5] = self.word_index.get(n) is None
        f[6] = len(n) <= 2
        f[7] = has_arabic(n) and not f[0]
        out = (wid, cids, f)
        if len(self._cache) < 500_000:
            self._cache[tok] = out
        return out

    def sentences(self, sents: list[list[str]]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Padded arrays [B, T], [B, T, MAX_CHARS], [B, T, N_FEATS] and lengths [B]."""
        lens = np.array([len(s) for s in sents], dtype=np.int64)
        b, t = len(sents), int(lens.max()) if len(sents) else 0
        w = np.zeros((b, t), dtype=np.int64)
        c = np.zeros((b, t, MAX_CHARS), dtype=np.int64)
        f = np.zeros((b, t, N_FEATS), dtype=np.float32)
        for i, s in enumerate(sents):
            for j, tok in enumerate(s):
                wid, cids, ff = self.token(tok)
                w[i, j] = wid
                c[i, j] = cids
                f[i, j] = ff
        return w, c, f, lens
