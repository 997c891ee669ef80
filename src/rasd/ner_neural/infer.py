"""Pure-numpy inference: char-CNN + word vectors + features -> BiLSTM -> CRF (Viterbi / marginals)."""

from __future__ import annotations

import numpy as np

from rasd.ner.normal import normalise_word
from rasd.ner_neural.features import Featurizer


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 0.5 * (1.0 + np.tanh(0.5 * x))


def _logsumexp(a: np.ndarray, axis: int) -> np.ndarray:
    m = a.max(axis=axis, keepdims=True)
    return (m + np.log(np.exp(a - m).sum(axis=axis, keepdims=True))).squeeze(axis)


class CharCNN:
    """The char-CNN word encoder (shared by the tagger and the language model, each with its weights)."""

    feat: Featurizer
    cemb: np.ndarray
    conv_w3: np.ndarray
    conv_b: np.ndarray
    _char_cache: dict[str, np.ndarray]

    def _char_vectors(self, toks: list[str]) -> dict[str, np.ndarray]:
        new = [t for t in dict.fromkeys(toks) if t not in self._char_cache]
        if len(self._char_cache) + len(new) > 200_000:
            self._char_cache.clear()
            new = list(dict.fromkeys(toks))
        for k in range(0, len(new), 2048):  # chunks keep the [n, chars, 3, filters] buffer small
            chunk = new[k : k + 2048]
            ids = np.stack([self.feat.token(t)[1] for t in chunk])  # [N, M]
            # conv1d(k=3, padding=1) as one matmul into the three taps, then shifted sums
            n, m = ids.shape
            p = (self.cemb[ids.reshape(-1)] @ self.conv_w3).reshape(n, m, 3, -1)
            h = p[:, :, 1] + self.conv_b
            h[:, 1:] += p[:, :-1, 0]
            h[:, :-1] += p[:, 1:, 2]
            v = h.max(axis=1)
            np.maximum(v, 0.0, out=v)  # relu then max == max then relu
            for t, row in zip(chunk, v, strict=False):
                self._char_cache[t] = row
        return self._char_cache


class NumpyTagger(CharCNN):
    """Tags tokenised sentences. ``weights`` as written by ``train.export``."""

    def __init__(
        self,
        feat: Featurizer,
        vectors: np.ndarray,
        weights: dict,
        cfg: dict,
        labels: list[str],
        batch_size: int = 1024,
        lm=None,
        titles: frozenset[str] = frozenset(),
    ):
        self.feat = feat
        self.lm = lm  # optional rasd.ner_neural.lm.NumpyLM: its states are extra inputs
        # person titles (normalised, rasd.ner.normal): never the first word of a person's name
        self.titles = titles
        self.labels = list(labels)
        self.cfg = cfg
        self.batch_size = batch_size
        dim = vectors.shape[1]
        self.vectors = np.zeros((vectors.shape[0] + 2, dim), dtype=np.float16)
        self.vectors[2:] = vectors
        w = {k: np.asarray(v, dtype=np.float32) for k, v in weights.items()}
        self.cemb = w["cemb"]
        f, cd, k = w["conv_w"].shape
        # [cd, 3 * f]: tap j of output filter o at column j * f + o
        self.conv_w3 = np.ascontiguousarray(w["conv_w"].transpose(1, 2, 0).reshape(cd, k * f))
        self.conv_b = w["conv_b"]
        self.layers = []
        for layer in range(cfg["layers"]):
            self.layers.append(
                tuple(
                    (
                        np.ascontiguousarray(w[f"l{layer}{d}_wih"].T),
                        np.ascontiguousarray(w[f"l{layer}{d}_whh"].T),
                        w[f"l{layer}{d}_b"],
                    )
                    for d in ("f", "b")
                )
            )
        self.out_w = np.ascontiguousarray(w["out_w"].T)
        self.out_b = w["out_b"]
        self.trans, self.start, self.end = w["trans"], w["start"], w["end"]
        self._char_cache: dict[str, np.ndarray] = {}

    # ---- encoder ----------------------------------------------------------------------
    @staticmethod
    def _layout(lens: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Time-major packed layout for sentences sorted longest first (like a PackedSequence).

        ``active[t]`` sentences have a token t; they are rows ``off[t] : off[t] + active[t]``.
        """
        t_max = int(lens[0])
        active = np.searchsorted(-lens, -np.arange(t_max), side="left")
        off = np.zeros(t_max + 1, dtype=np.int64)
        np.cumsum(active, out=off[1:])
        return active, off

    @staticmethod
    def _positions(lens: np.ndarray, off: np.ndarray) -> np.ndarray:
        """Each token's row in the packed layout, tokens in sentence order."""
        b_idx = np.repeat(np.arange(len(lens)), lens)
        t_idx = np.arange(int(lens.sum())) - np.repeat(np.cumsum(lens) - lens, lens)
        return off[t_idx] + b_idx

    @staticmethod
    def _lstm_dir(
        x: np.ndarray, active: np.ndarray, off: np.ndarray, wih, whh, b, reverse: bool
    ) -> np.ndarray:
        """x: packed inputs [N, D]. Returns packed hidden states [N, H]."""
        hdim = whh.shape[0]
        xp = x @ wih
        xp += b
        out = np.empty((x.shape[0], hdim), dtype=np.float32)
        bsz = int(active[0])
        h = np.zeros((bsz, hdim), dtype=np.float32)
        c = np.zeros((bsz, hdim), dtype=np.float32)
        t_max = len(active)
        steps = range(t_max - 1, -1, -1) if reverse else range(t_max)
        h2, h3 = 2 * hdim, 3 * hdim
        for t in steps:
            n = int(active[t])
            o0 = int(off[t])
            g = xp[o0 : o0 + n]
            g += h[:n] @ whh
            sg = _sigmoid(g[:, :h2])  # input and forget gates
            gg = np.tanh(g[:, h2:h3])
            o = _sigmoid(g[:, h3:])
            cn = c[:n]
            cn *= sg[:, hdim:]
            cn += sg[:, :hdim] * gg
            hn = out[o0 : o0 + n]
            np.tanh(cn, out=hn)
            hn *= o
            h[:n] = hn
        return out

    def _emissions(
        self, sents: list[list[str]]
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Packed emission scores [N, L] for sentences sorted longest first, lengths, active, offsets,
        and each token's row in the packed layout."""
        lens = np.array([len(s) for s in sents], dtype=np.int64)
        active, off = self._layout(lens)
        flat = [tok for s in sents for tok in s]
        cache = self._char_vectors(flat)
        info = [self.feat.token(tok) for tok in flat]
        wids = np.fromiter((i[0] for i in info), dtype=np.int64, count=len(info))
        feats = np.stack([i[2] for i in info])
        chars = np.stack([cache[tok] for tok in flat])
        pos = self._positions(lens, off)
        x = np.empty((len(flat), self.vectors.shape[1] + chars.shape[1] + feats.shape[1]), dtype=np.float32)
        x[pos] = np.concatenate([self.vectors[wids].astype(np.float32), chars, feats], axis=1)
        if self.lm is not None:
            xl = np.empty((len(flat), self.lm.fw[0].shape[0]), dtype=np.float32)
            xl[pos] = self.lm.inputs(flat)
            x = np.concatenate([x, self.lm.packed_states(xl, active, off)], axis=1)
        for fw, bw in self.layers:
            hf = self._lstm_dir(x, active, off, *fw, reverse=False)
            hb = self._lstm_dir(x, active, off, *bw, reverse=True)
            x = np.concatenate([hf, hb], axis=1)
        em = x @ self.out_w + self.out_b
        return em, lens, active, off, pos

    def _batches(self, sentences: list[list[str]]):
        order = sorted((i for i in range(len(sentences)) if sentences[i]), key=lambda i: -len(sentences[i]))
        for k in range(0, len(order), self.batch_size):
            idx = order[k : k + self.batch_size]
            yield idx, [sentences[i] for i in idx]

    # ---- decoding ------------------------------------------------------------------------
    def _viterbi(self, em: np.ndarray, lens: np.ndarray, active: np.ndarray, off: np.ndarray) -> np.ndarray:
        """Best label per packed position [N]."""
        bsz = int(active[0])
        t_max = len(active)
        alpha = self.start[None, :] + em[:bsz]
        bp = np.zeros(em.shape, dtype=np.int8)
        final = np.empty_like(alpha)
        for t in range(1, t_max):
            n = int(active[t])
            done = int(active[t - 1])
            if n < done:  # sentences of length t end at t - 1
                final[n:done] = alpha[n:done]
            s = alpha[:n, :, None] + self.trans[None]
            bp[off[t] : off[t] + n] = s.argmax(axis=1)
            alpha = s.max(axis=1) + em[off[t] : off[t] + n]
        final[: int(active[-1])] = alpha
        final += self.end[None]
        y = final.argmax(axis=1)
        out = np.empty(em.shape[0], dtype=np.int64)
        rows = np.arange(bsz)
        for t in range(t_max - 1, -1, -1):
            n = int(active[t])
            if t < t_max - 1:
                m = int(active[t + 1])
                # sentences still running at t + 1 follow their back-pointer; the others end at t
                y[:m] = bp[off[t + 1] + rows[:m], y[:m]]
            out[off[t] : off[t] + n] = y[:n]
        return out

    def _marginals(self, em: np.ndarray, lens: np.ndarray, active: np.ndarray, off: np.ndarray) -> np.ndarray:
        t_max = len(active)
        bsz = int(active[0])
        alpha = np.empty_like(em)
        alpha[:bsz] = self.start[None] + em[:bsz]
        for t in range(1, t_max):
            n = int(active[t])
            prev = alpha[off[t - 1] : off[t - 1] + n]
            alpha[off[t] : off[t] + n] = (
                _logsumexp(prev[:, :, None] + self.trans[None], 1) + em[off[t] : off[t] + n]
            )
        beta = np.empty_like(em)
        for t in range(t_max - 1, -1, -1):
            n = int(active[t])
            m = int(active[t + 1]) if t + 1 < t_max else 0
            beta[off[t] + m : off[t] + n] = self.end[None]  # last tokens
            if m:
                nxt = em[off[t + 1] : off[t + 1] + m] + beta[off[t + 1] : off[t + 1] + m]
                beta[off[t] : off[t] + m] = _logsumexp(self.trans[None] + nxt[:, None, :], 2)
        last = off[lens - 1] + np.arange(bsz)
        logz = _logsumexp(alpha[last] + self.end[None], 1)
        b_of = np.empty(em.shape[0], dtype=np.int64)
        for t in range(t_max):
            b_of[off[t] : off[t + 1]] = np.arange(int(active[t]))
        return np.exp(alpha + beta - logz[b_of][:, None])

    # ---- public API ----------------------------------------------------------------------
    def tag(self, sentences: list[list[str]]) -> list[list[str]]:
        """BIO tags for tokenised sentences (all sentences of a document in one call is fastest)."""
        out: list[list[str]] = [[] for _ in sentences]
        for idx, batch in self._batches(sentences):
            em, lens, active, off, pos = self._emissions(batch)
            best = self._viterbi(em, lens, active, off)[pos]
            k = 0
            for i, n in zip(idx, lens, strict=False):
                out[i] = self._untitle(sentences[i], [self.labels[y] for y in best[k : k + n]])
                k += n
        return out

    def _untitle(self, words: list[str], tags: list[str]) -> list[str]:
        """ "السيناتور جون ماكين" tagged as one person: the title is not part of the name (ANERcorp and
        rasd both write names without titles; WikiFANE, one training corpus, sometimes includes them)."""
        if not self.titles:
            return tags
        for t in range(len(tags) - 1):
            if tags[t] == "B-PERS" and tags[t + 1] == "I-PERS" and normalise_word(words[t]) in self.titles:
                tags[t], tags[t + 1] = "O", "B-PERS"
        return tags

    def marginals(self, sentences: list[list[str]]) -> list[np.ndarray]:
        """Per-token label probabilities [n_tokens, len(self.labels)] (CRF forward-backward)."""
        out: list[np.ndarray] = [np.zeros((0, len(self.labels)), dtype=np.float32) for _ in sentences]
        for idx, batch in self._batches(sentences):
            em, lens, active, off, pos = self._emissions(batch)
            m = self._marginals(em, lens, active, off)[pos].astype(np.float32)
            k = 0
            for i, n in zip(idx, lens, strict=False):
                out[i] = m[k : k + n]
                k += n
        return out
