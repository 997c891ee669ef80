"""Train the neural NER tagger (char-CNN + frozen fastText vectors + features -> BiLSTM -> CRF).

PyTorch; runs on a GPU (minutes) or, slowly, on CPU. Inputs come from a prepared folder (see
MODEL_NOTES.md; ``python -m rasd.ner_neural.prep`` writes them):

    DATA/data.json  {"train": [[tokens, tags], ...], "dev": [...], "aqmar": [...], "wikifane": [...]}
    RES/vocab.txt, vectors.npy (float16 [V, dim]), chars.txt, names.txt   (default RES: the package's model/)

Usage:
    python -m rasd.ner_neural.train fit --data DIR --out DIR --name A --extra none \
        --layers 1 --hidden 128 --seconds 300 --seed 13
Writes DIR/weights.npz + DIR/meta.json (numpy inference format) and prints dev F1 per epoch.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

import numpy as np

LABELS = ["O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"]


def load_resources(folder: Path):
    from rasd.ner_neural.features import Featurizer

    words = (folder / "vocab.txt").read_text(encoding="utf-8").split("\n")
    chars = (folder / "chars.txt").read_text(encoding="utf-8").split("\n")
    names = set((folder / "names.txt").read_text(encoding="utf-8").split("\n"))
    vecs = np.load(folder / "vectors.npy")
    return Featurizer(words, chars, names), vecs, chars


def build_model(torch, n_words_dim, n_chars, cfg):
    nn = torch.nn

    class Tagger(nn.Module):
        def __init__(self):
            super().__init__()
            self.cemb = nn.Embedding(n_chars, cfg["char_dim"], padding_idx=0)
            self.conv = nn.Conv1d(cfg["char_dim"], cfg["char_filters"], 3, padding=1)
            d_in = n_words_dim + cfg["char_filters"] + cfg["n_feats"] + cfg.get("lm_dim", 0)
            self.drop = nn.Dropout(cfg["dropout"])
            self.lstm = nn.LSTM(
                d_in,
                cfg["hidden"],
                num_layers=cfg["layers"],
                bidirectional=True,
                batch_first=True,
                dropout=cfg["dropout"] if cfg["layers"] > 1 else 0.0,
            )
            self.out = nn.Linear(2 * cfg["hidden"], len(LABELS))
            L = len(LABELS)
            self.trans = nn.Parameter(torch.zeros(L, L))
            self.start = nn.Parameter(torch.zeros(L))
            self.end = nn.Parameter(torch.zeros(L))

        def emissions(self, wvec, chars, feats, lens, lmh=None):
            b, t, m = chars.shape
            ce = self.cemb(chars.view(b * t, m)).transpose(1, 2)  # [bt, cd, m]
            cv = torch.relu(self.conv(ce)).max(dim=2).values.view(b, t, -1)
            parts = [wvec, cv, feats] + ([lmh] if lmh is not None else [])
            x = self.drop(torch.cat(parts, dim=-1))
            packed = nn.utils.rnn.pack_padded_sequence(x, lens.cpu(), batch_first=True, enforce_sorted=False)
            h, _ = self.lstm(packed)
            h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=t)
            return self.out(self.drop(h))

        def nll(self, em, tags, mask):
            b, t, L = em.shape
            # gold score (vectorised)
            emit = em.gather(2, tags.unsqueeze(2)).squeeze(2)
            score = self.start[tags[:, 0]] + emit[:, 0] + (emit[:, 1:] * mask[:, 1:]).sum(1)
            score = score + (self.trans[tags[:, :-1], tags[:, 1:]] * mask[:, 1:]).sum(1)
            last = tags.gather(1, (mask.sum(1).long() - 1).unsqueeze(1)).squeeze(1)
            score = score + self.end[last]
            # partition
            alpha = self.start.unsqueeze(0) + em[:, 0]
            for i in range(1, t):
                nxt = torch.logsumexp(alpha.unsqueeze(2) + self.trans.unsqueeze(0), dim=1) + em[:, i]
                m = mask[:, i].unsqueeze(1)
                alpha = nxt * m + alpha * (1 - m)
            logz = torch.logsumexp(alpha + self.end.unsqueeze(0), dim=1)
            return (logz - score).sum()

    return Tagger()


def encode(feat, sents):
    toks = [s[0] for s in sents]
    w, c, f, lens = feat.sentences(toks)
    idx = {t: i for i, t in enumerate(LABELS)}
    y = np.zeros(w.shape, dtype=np.int64)
    for i, s in enumerate(sents):
        y[i, : len(s[1])] = [idx.get(t, 0) for t in s[1]]
    return w, c, f, lens, y


def fit(args):
    import torch

    from rasd.ner_neural.chunks import prf
    from rasd.ner_neural.infer import NumpyTagger

    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)
    dev_name = "cuda" if torch.cuda.is_available() and not args.cpu else "cpu"
    device = torch.device(dev_name)
    res = Path(args.res) if args.res else Path(__file__).resolve().parent / "model"
    feat, vecs, chars = load_resources(res)
    data = json.loads((Path(args.data) / "data.json").read_text(encoding="utf-8"))
    train = data["train"][: args.limit] if args.limit else data["train"]
    dev = data["dev"][: args.limit] if args.limit else data["dev"]
    extra = []
    for name in args.extra.split("+"):
        if name != "none":
            extra += data[name]
    cfg = dict(
        char_dim=args.char_dim,
        char_filters=args.char_filters,
        n_feats=8,
        hidden=args.hidden,
        layers=args.layers,
        dropout=args.dropout,
    )
    wv = np.zeros((vecs.shape[0] + 2, vecs.shape[1]), dtype=np.float32)
    wv[2:] = vecs.astype(np.float32)
    lm = None
    if args.lm:
        from rasd.ner_neural.lm import load_lm

        lm = load_lm(Path(args.lm), feat, wv.astype(np.float16))
        cfg["lm_dim"] = lm.dim
        t_lm = time.time()
        for group in [train, dev, extra]:
            states = lm.states([s[0] for s in group])
            for sent, h in zip(group, states, strict=True):
                sent.append(h)
        print(
            f"LM states for {len(train) + len(dev) + len(extra):,} sentences in {time.time() - t_lm:.0f}s",
            flush=True,
        )
    wv_t = torch.tensor(wv, device=device)
    model = build_model(torch, wv.shape[1], len(chars) + 4, cfg).to(device)
    opt = torch.optim.Adam(model.parameters(), lr=args.lr)

    def batches(sents, bs, shuffle):
        order = sorted(range(len(sents)), key=lambda i: len(sents[i][0]))
        groups = [order[i : i + bs] for i in range(0, len(order), bs)]
        if shuffle:
            random.shuffle(groups)
        for g in groups:
            yield [sents[i] for i in g]

    def lm_t(sents):
        if lm is None:
            return None
        h = np.zeros((len(sents), max(len(s[0]) for s in sents), lm.dim), dtype=np.float32)
        for i, s in enumerate(sents):
            h[i, : len(s[0])] = s[2]
        return torch.tensor(h, device=device)

    def to_t(arrs):
        w, c, f, lens, y = arrs
        return (
            wv_t[torch.tensor(w, device=device)],
            torch.tensor(c, device=device),
            torch.tensor(f, device=device),
            torch.tensor(lens),
            torch.tensor(y, device=device),
        )

    t0 = time.time()
    best = (-1.0, None, -1)
    dev_gold = [s[1] for s in dev]
    bad = 0
    log = []
    for epoch in range(1, args.epochs + 1):
        model.train()
        pool = list(train)
        if extra:
            pool += random.sample(extra, min(len(extra), args.extra_n))
        tot = 0.0
        for b in batches(pool, args.batch, True):
            w, c, f, lens, y = to_t(encode(feat, b))
            mask = (torch.arange(y.shape[1]).unsqueeze(0) < lens.unsqueeze(1)).float().to(device)
            em = model.emissions(w, c, f, lens, lm_t(b))
            loss = model.nll(em, y, mask) / len(b)
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            opt.step()
            tot += loss.item() * len(b)
        # dev eval through the numpy inference path (what ships)
        weights = export(model, cfg)
        tagger = NumpyTagger(feat, vecs, weights, cfg, LABELS, lm=lm)
        pred = tagger.tag([s[0] for s in dev])
        f1 = prf(dev_gold, pred)["ALL"][2]
        el = time.time() - t0
        line = f"{args.name} epoch {epoch} loss {tot / len(pool):.3f} dev_f1 {f1:.4f} t {el:.0f}s"
        print(line, flush=True)
        log.append(line)
        if f1 > best[0]:
            best = (f1, weights, epoch)
            bad = 0
        else:
            bad += 1
        if bad >= args.patience or el > args.seconds:
            break
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    np.savez(out / "weights.npz", **best[1])
    if args.lm:
        import shutil

        for name in ("lm.npz", "lm.json"):
            shutil.copy(Path(args.lm) / name, out / name)
    meta = {"cfg": cfg, "labels": LABELS, "dev_f1": best[0], "best_epoch": best[2], "args": vars(args)}
    (out / "meta.json").write_text(json.dumps(meta, indent=1), encoding="utf-8")
    (out / "log.txt").write_text("\n".join(log) + "\n", encoding="utf-8")
    print(f"{args.name} BEST dev_f1 {best[0]:.4f} epoch {best[2]}", flush=True)


def export(model, cfg) -> dict[str, np.ndarray]:
    g = lambda t: t.detach().float().cpu().numpy()  # noqa: E731
    out = {
        "cemb": g(model.cemb.weight),
        "conv_w": g(model.conv.weight),
        "conv_b": g(model.conv.bias),
        "out_w": g(model.out.weight),
        "out_b": g(model.out.bias),
        "trans": g(model.trans),
        "start": g(model.start),
        "end": g(model.end),
    }
    for layer in range(cfg["layers"]):
        for suf, d in (("", "f"), ("_reverse", "b")):
            out[f"l{layer}{d}_wih"] = g(getattr(model.lstm, f"weight_ih_l{layer}{suf}"))
            out[f"l{layer}{d}_whh"] = g(getattr(model.lstm, f"weight_hh_l{layer}{suf}"))
            out[f"l{layer}{d}_b"] = g(getattr(model.lstm, f"bias_ih_l{layer}{suf}")) + g(
                getattr(model.lstm, f"bias_hh_l{layer}{suf}")
            )
    return out


def main(argv=None):
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    f = sub.add_parser("fit")
    f.add_argument("--data", required=True)
    f.add_argument("--out", required=True)
    f.add_argument(
        "--res", default="", help="folder with vocab/vectors/chars/names (default: the package's model/)"
    )
    f.add_argument("--name", default="A")
    f.add_argument("--extra", default="none")
    f.add_argument("--extra-n", type=int, default=3000)
    f.add_argument("--layers", type=int, default=1)
    f.add_argument("--hidden", type=int, default=128)
    f.add_argument("--char-dim", type=int, default=32)
    f.add_argument("--char-filters", type=int, default=64)
    f.add_argument("--dropout", type=float, default=0.5)
    f.add_argument("--lr", type=float, default=2e-3)
    f.add_argument("--batch", type=int, default=32)
    f.add_argument("--epochs", type=int, default=60)
    f.add_argument("--patience", type=int, default=10)
    f.add_argument("--seconds", type=float, default=300)
    f.add_argument("--seed", type=int, default=13)
    f.add_argument("--threads", type=int, default=2)
    f.add_argument("--limit", type=int, default=0)
    f.add_argument("--cpu", action="store_true")
    f.add_argument("--lm", default="", help="folder with a pretrained lm.npz/lm.json (rasd.ner_neural.lm)")
    args = ap.parse_args(argv)
    if args.cmd == "fit":
        fit(args)


if __name__ == "__main__":
    main()
