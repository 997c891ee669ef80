"""A small bidirectional word-level language model pretrained on raw Arabic news ("ELMo-lite").

Each token is read as the tagger reads it (frozen fastText vector + char-CNN + 8 binary features, see
``features.Featurizer``); a forward LSTM predicts the next word and a backward LSTM the previous one
(adaptive softmax over the most frequent normalised words). The tagger then takes the two LSTM states
of every token as extra inputs: context learned from millions of unlabelled news words, which the
4,000 annotated training sentences cannot give (a name never seen in training still sits where names
sit).

Training (PyTorch, CPU is enough for a few tens of minutes)::

    python -m rasd.ner_neural.lm --corpus work/ner_neural/corpus.txt --out work/ner_neural/lm \
        --hidden 256 --seconds 2400 --threads 2 --seed 7

writes ``lm.npz`` (the numpy-inference weights, no softmax) and ``lm.json`` every few minutes.
Inference is pure numpy (``NumpyLM``), shared by tagger training and tagging so both see the same
features.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

from rasd.ner_neural.features import MAX_CHARS, N_FEATS, Featurizer
from rasd.ner_neural.infer import CharCNN, NumpyTagger


class NumpyLM(CharCNN):
    """Forward and backward LM states [n_tokens, 2 * hidden] of tokenised sentences (numpy)."""

    def __init__(self, feat: Featurizer, vectors16: np.ndarray, weights: dict, cfg: dict):
        self.feat = feat
        self.cfg = cfg
        self.vectors = vectors16  # [V + 2, dim] float16, PAD/UNK rows first (as NumpyTagger.vectors)
        w = {k: np.asarray(v, dtype=np.float32) for k, v in weights.items()}
        self.cemb = w["cemb"]
        f, cd, k = w["conv_w"].shape
        self.conv_w3 = np.ascontiguousarray(w["conv_w"].transpose(1, 2, 0).reshape(cd, k * f))
        self.conv_b = w["conv_b"]
        self.fw = (np.ascontiguousarray(w["f_wih"].T), np.ascontiguousarray(w["f_whh"].T), w["f_b"])
        self.bw = (np.ascontiguousarray(w["b_wih"].T), np.ascontiguousarray(w["b_whh"].T), w["b_b"])
        self._char_cache: dict[str, np.ndarray] = {}
        self.dim = 2 * self.fw[1].shape[0]

    def inputs(self, flat: list[str]) -> np.ndarray:
        cache = self._char_vectors(flat)
        info = [self.feat.token(tok) for tok in flat]
        wids = np.fromiter((i[0] for i in info), dtype=np.int64, count=len(info))
        feats = np.stack([i[2] for i in info]) if info else np.zeros((0, N_FEATS), np.float32)
        chars = np.stack([cache[tok] for tok in flat]) if flat else np.zeros((0, self.conv_b.shape[0]))
        return np.concatenate([self.vectors[wids].astype(np.float32), chars, feats], axis=1)

    def packed_states(self, x: np.ndarray, active: np.ndarray, off: np.ndarray) -> np.ndarray:
        """LM states for inputs already in the tagger's packed layout."""
        hf = NumpyTagger._lstm_dir(x, active, off, *self.fw, reverse=False)
        hb = NumpyTagger._lstm_dir(x, active, off, *self.bw, reverse=True)
        return np.concatenate([hf, hb], axis=1)

    def states(self, sents: list[list[str]]) -> list[np.ndarray]:
        """Per sentence [len, 2 * hidden] (used to precompute training features)."""
        out: list[np.ndarray] = [np.zeros((0, self.dim), np.float32) for _ in sents]
        order = sorted((i for i in range(len(sents)) if sents[i]), key=lambda i: -len(sents[i]))
        for k in range(0, len(order), 512):
            idx = order[k : k + 512]
            batch = [sents[i] for i in idx]
            lens = np.array([len(s) for s in batch], dtype=np.int64)
            active, off = NumpyTagger._layout(lens)
            flat = [t for s in batch for t in s]
            pos = NumpyTagger._positions(lens, off)
            xi = self.inputs(flat)
            x = np.empty_like(xi)
            x[pos] = xi
            h = self.packed_states(x, active, off)[pos]
            j = 0
            for i, n in zip(idx, lens, strict=False):
                out[i] = h[j : j + n]
                j += n
        return out


def load_lm(folder: Path, feat: Featurizer, vectors16: np.ndarray) -> NumpyLM:
    cfg = json.loads((folder / "lm.json").read_text(encoding="utf-8"))["cfg"]
    with np.load(folder / "lm.npz") as z:
        weights = {k: z[k] for k in z.files}
    return NumpyLM(feat, vectors16, weights, cfg)


# ---- training ----------------------------------------------------------------------------------


def _build(torch: Any, n_word_dim: int, n_chars: int, n_classes: int, cfg: dict) -> Any:
    nn: Any = torch.nn

    class BiLM(nn.Module):
        def __init__(self):
            super().__init__()
            self.cemb = nn.Embedding(n_chars, cfg["char_dim"], padding_idx=0)
            self.conv = nn.Conv1d(cfg["char_dim"], cfg["char_filters"], 3, padding=1)
            d_in = n_word_dim + cfg["char_filters"] + N_FEATS
            self.drop = nn.Dropout(cfg["dropout"])
            self.fwd = nn.LSTM(d_in, cfg["hidden"], batch_first=True)
            self.bwd = nn.LSTM(d_in, cfg["hidden"], batch_first=True)
            self.soft = nn.AdaptiveLogSoftmaxWithLoss(
                cfg["hidden"], n_classes, cutoffs=cfg["cutoffs"], div_value=4.0
            )

        def forward(self, wvec, chars, feats, targets):
            b, t, m = chars.shape
            ce = self.cemb(chars.view(b * t, m)).transpose(1, 2)
            cv = torch.relu(self.conv(ce)).max(dim=2).values.view(b, t, -1)
            x = self.drop(torch.cat([wvec, cv, feats], dim=-1))
            hf, _ = self.fwd(x)
            hb, _ = self.bwd(x.flip(1))
            hb = hb.flip(1)
            hf = self.drop(hf[:, :-1]).reshape(-1, hf.shape[-1])  # predicts tokens 1..t-1
            hb = self.drop(hb[:, 1:]).reshape(-1, hb.shape[-1])  # predicts tokens 0..t-2
            lf = self.soft(hf, targets[:, 1:].reshape(-1)).loss
            lb = self.soft(hb, targets[:, :-1].reshape(-1)).loss
            return lf, lb

    return BiLM()


def _export(model) -> dict[str, np.ndarray]:
    g = lambda t: t.detach().float().cpu().numpy()  # noqa: E731
    out = {"cemb": g(model.cemb.weight), "conv_w": g(model.conv.weight), "conv_b": g(model.conv.bias)}
    for d, lstm in (("f", model.fwd), ("b", model.bwd)):
        out[f"{d}_wih"] = g(lstm.weight_ih_l0)
        out[f"{d}_whh"] = g(lstm.weight_hh_l0)
        out[f"{d}_b"] = g(lstm.bias_ih_l0) + g(lstm.bias_hh_l0)
    return out


def _load_export(torch: Any, model: Any, folder: Path) -> int:
    """Copy an exported LM's weights into `model`; the summed LSTM bias goes to bias_ih."""
    with np.load(folder / "lm.npz") as z:
        w = {k: z[k] for k in z.files}
    meta = json.loads((folder / "lm.json").read_text(encoding="utf-8"))
    with torch.no_grad():
        model.cemb.weight.copy_(torch.tensor(w["cemb"]))
        model.conv.weight.copy_(torch.tensor(w["conv_w"]))
        model.conv.bias.copy_(torch.tensor(w["conv_b"]))
        for d, lstm in (("f", model.fwd), ("b", model.bwd)):
            lstm.weight_ih_l0.copy_(torch.tensor(w[f"{d}_wih"]))
            lstm.weight_hh_l0.copy_(torch.tensor(w[f"{d}_whh"]))
            lstm.bias_ih_l0.copy_(torch.tensor(w[f"{d}_b"]))
            lstm.bias_hh_l0.zero_()
    return int(meta.get("tokens_seen", 0))


def train(args) -> None:
    import torch

    from rasd.ner_neural.train import load_resources

    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)
    res = Path(args.res) if args.res else Path(__file__).resolve().parent / "model"
    feat, vecs, chars = load_resources(res)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    # token stream -> type ids; types -> (word id, char ids, feats); targets over the top words
    t0 = time.time()
    type_index: dict[str, int] = {}
    stream: list[int] = []
    counts: Counter[int] = Counter()
    with open(args.corpus, encoding="utf-8") as fh:
        for n_line, line in enumerate(fh):
            if args.max_docs and n_line >= args.max_docs:
                break
            for tok in line.split():
                i = type_index.setdefault(tok, len(type_index))
                stream.append(i)
            stream.append(-1)  # document break
    ids = np.array(stream, dtype=np.int64)
    counts.update(ids[ids >= 0].tolist())
    types = list(type_index)
    top = [i for i, _ in counts.most_common(args.vocab)]
    target_of = np.full(len(types), len(top), dtype=np.int64)  # len(top) = UNK class
    target_of[top] = np.arange(len(top))
    t_w = np.zeros(len(types), dtype=np.int64)
    t_c = np.zeros((len(types), MAX_CHARS), dtype=np.int64)
    t_f = np.zeros((len(types), N_FEATS), dtype=np.float32)
    for i, tok in enumerate(types):
        wid, cids, f = feat.token(tok)
        t_w[i], t_c[i], t_f[i] = wid, cids, f
    print(
        f"corpus {len(ids):,} tokens, {len(types):,} types, prepared in {time.time() - t0:.0f}s", flush=True
    )

    # fixed-length windows that do not cross a document break
    seq = args.seq
    breaks = np.flatnonzero(ids < 0)
    starts: list[int] = []
    prev = 0
    for b in breaks.tolist():
        starts.extend(range(prev, b - seq + 1, seq))  # whole windows only: no padding
        prev = b + 1
    starts_arr = np.array(starts, dtype=np.int64)
    rng = np.random.default_rng(args.seed)
    rng.shuffle(starts_arr)
    held = starts_arr[:200]
    train_starts = starts_arr[200:]
    if args.init:  # same held-out windows as the run it goes on from, a new order for the rest
        rng = np.random.default_rng(args.seed + 1)
        rng.shuffle(train_starts)

    cfg = dict(
        char_dim=32,
        char_filters=args.char_filters,
        hidden=args.hidden,
        dropout=args.dropout,
        cutoffs=[2000, 10000],
        vocab=len(top) + 1,
    )
    wv = np.zeros((vecs.shape[0] + 2, vecs.shape[1]), dtype=np.float32)
    wv[2:] = vecs.astype(np.float32)
    wv_t = torch.tensor(wv)
    model = _build(torch, wv.shape[1], len(chars) + 4, len(top) + 1, cfg)
    seen_before = 0
    if args.init:  # go on from an exported LM: its encoder weights, a fresh softmax head
        seen_before = _load_export(torch, model, Path(args.init))
        print(f"initialised from {args.init} ({seen_before:,} tokens seen before)", flush=True)
    opt = torch.optim.Adam(model.parameters(), lr=args.lr)

    def batch(st: np.ndarray):
        tid = ids[st[:, None] + np.arange(seq)[None, :]]
        return (
            wv_t[torch.tensor(t_w[tid])],
            torch.tensor(t_c[tid]),
            torch.tensor(t_f[tid]),
            torch.tensor(target_of[tid]),
        )

    def held_ppl() -> float:
        model.eval()
        tot = 0.0
        with torch.no_grad():
            for k in range(0, len(held), 50):
                lf, lb = model(*batch(held[k : k + 50]))
                tot += (lf.item() + lb.item()) / 2
        model.train()
        return float(np.exp(tot / max(1, (len(held) + 49) // 50)))

    step, last_save = 0, time.time()
    t0 = time.time()
    model.train()
    k = 0
    while True:
        if k + args.batch > len(train_starts):
            rng.shuffle(train_starts)
            k = 0
        st = train_starts[k : k + args.batch]
        k += args.batch
        lf, lb = model(*batch(st))
        loss = lf + lb
        opt.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        step += 1
        el = time.time() - t0
        if step % 100 == 0:
            tok = step * args.batch * seq
            print(
                f"step {step} loss f {lf.item():.3f} b {lb.item():.3f} {tok / el:,.0f} tok/s {el:.0f}s",
                flush=True,
            )
        done = el > args.seconds
        if done or time.time() - last_save > args.save_every:
            ppl = held_ppl()
            weights: dict[str, Any] = _export(model)
            np.savez(out / "lm.npz", **weights)
            meta = {
                "cfg": cfg,
                "step": step,
                "tokens_seen": seen_before + step * args.batch * seq,
                "held_ppl": ppl,
                "args": vars(args),
            }
            (out / "lm.json").write_text(json.dumps(meta, indent=1), encoding="utf-8")
            print(f"saved step {step} held-out perplexity {ppl:.1f}", flush=True)
            last_save = time.time()
        if done:
            break


def main(argv=None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--res", default="")
    ap.add_argument("--hidden", type=int, default=256)
    ap.add_argument("--char-filters", type=int, default=64)
    ap.add_argument("--dropout", type=float, default=0.1)
    ap.add_argument("--vocab", type=int, default=30000)
    ap.add_argument("--seq", type=int, default=40)
    ap.add_argument("--batch", type=int, default=64)
    ap.add_argument("--lr", type=float, default=2e-3)
    ap.add_argument("--seconds", type=float, default=2400)
    ap.add_argument("--save-every", type=float, default=300)
    ap.add_argument("--max-docs", type=int, default=0)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--init", default="", help="an exported LM folder to go on training from")
    train(ap.parse_args(argv))


if __name__ == "__main__":
    main()
