"""GPU side of the NER teacher (see README.md here): pretrain a small BERT-style encoder on the raw news
(masked-language modelling), fine-tune it on ANERcorp CAMeL train (first 90 %), choose on the dev split
(last 10 %), and tag every sentence of the raw news with an ensemble of the fine-tuned runs.

    python3 teacher.py --data gpu --out OUT [--tiny]

Needs torch and tokenizers; every phase has a wall-clock budget so the whole run fits one device call.
Writes to OUT: log.txt, metrics.json, silver_tags.txt.gz (one line per line of raw_tok.txt, both news
files: one tag letter per normalised token, a tab, one confidence digit per token; the transformer
alone, for inspection: ensemble_silver.py tags rasd.ner.train's candidates again) and model.pt.partN
(the best fine-tuned run, fp16).
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import lzma
import random
import sys
import time
import traceback
from pathlib import Path

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F
from tokenizers import Tokenizer

T0 = time.time()
TAGS = ["O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"]
LETTERS = "OPpLlGgMm"  # one letter per tag in silver_tags.txt.gz, same order as TAGS
LETTER_BYTES = np.frombuffer(LETTERS.encode(), dtype=np.uint8)
TAG_ID = {t: i for i, t in enumerate(TAGS)}
SENT_END = {".", "!", "?", "؟", "؛"}  # rasd.ner.pipeline._SENT_END
MAX_SENT = 80  # rasd.ner.pipeline._MAX_SENT
PAD, UNK, CLS, SEP, MASK = 0, 1, 2, 3, 4
OUT: Path = Path(".")
DEV = torch.device("cuda" if torch.cuda.is_available() else "cpu")


def log(msg: str) -> None:
    line = f"[{time.time() - T0:7.1f}s] {msg}"
    print(line, flush=True)
    with open(OUT / "log.txt", "a", encoding="utf-8") as fh:
        fh.write(line + "\n")


def autocast():
    return (
        torch.autocast("cuda", dtype=torch.bfloat16)
        if DEV.type == "cuda"
        else torch.autocast("cpu", enabled=False)
    )


class Block(nn.Module):
    def __init__(self, d: int, heads: int, ff: int, drop: float):
        super().__init__()
        self.ln1, self.ln2 = nn.LayerNorm(d), nn.LayerNorm(d)
        self.qkv, self.o = nn.Linear(d, 3 * d), nn.Linear(d, d)
        self.f1, self.f2 = nn.Linear(d, ff), nn.Linear(ff, d)
        self.heads, self.drop = heads, drop

    def forward(self, x, mask):
        b, n, d = x.shape
        q, k, v = self.qkv(self.ln1(x)).view(b, n, 3, self.heads, d // self.heads).permute(2, 0, 3, 1, 4)
        a = F.scaled_dot_product_attention(
            q, k, v, attn_mask=mask, dropout_p=self.drop if self.training else 0.0
        )
        x = x + F.dropout(self.o(a.transpose(1, 2).reshape(b, n, d)), self.drop, self.training)
        return x + F.dropout(self.f2(F.gelu(self.f1(self.ln2(x)))), self.drop, self.training)


class Encoder(nn.Module):
    def __init__(self, vocab: int, d: int, layers: int, heads: int, ff: int, maxlen: int, drop: float = 0.1):
        super().__init__()
        self.tok, self.pos = nn.Embedding(vocab, d), nn.Embedding(maxlen, d)
        self.blocks = nn.ModuleList(Block(d, heads, ff, drop) for _ in range(layers))
        self.ln, self.drop = nn.LayerNorm(d), drop
        nn.init.normal_(self.tok.weight, std=0.02)
        nn.init.normal_(self.pos.weight, std=0.02)

    def forward(self, ids, mask=None):
        x = self.tok(ids) + self.pos(torch.arange(ids.shape[1], device=ids.device))[None]
        x = F.dropout(x, self.drop, self.training)
        for blk in self.blocks:
            x = blk(x, mask)
        return self.ln(x)


class MLM(nn.Module):
    def __init__(self, enc: Encoder):
        super().__init__()
        d = enc.tok.weight.shape[1]
        self.enc, self.dense, self.ln = enc, nn.Linear(d, d), nn.LayerNorm(d)
        self.bias = nn.Parameter(torch.zeros(enc.tok.weight.shape[0]))

    def forward(self, ids, labels):
        h = self.enc(ids)
        sel = labels >= 0
        h = self.ln(F.gelu(self.dense(h[sel])))
        logits = h @ self.enc.tok.weight.t() + self.bias
        return F.cross_entropy(logits.float(), labels[sel])


class Tagger(nn.Module):
    def __init__(self, enc: Encoder):
        super().__init__()
        self.enc, self.head = enc, nn.Linear(enc.tok.weight.shape[1], len(TAGS))

    def forward(self, ids, mask):
        return self.head(F.dropout(self.enc(ids, mask[:, None, None, :]), 0.1, self.training))


# ---------------------------------------------------------------- data


def load_raw(data: Path, limit: int | None) -> list[str]:
    with lzma.open(data / "raw_tok.txt.xz", "rt", encoding="utf-8") as fh:
        lines = [ln.rstrip("\n") for ln in fh]
    return lines[:limit] if limit else lines


def pretrain_chunks(tok: Tokenizer, lines: list[str], seqlen: int) -> torch.Tensor:
    ids: list[int] = []
    for enc in tok.encode_batch(lines):
        ids.extend(enc.ids)
        ids.append(SEP)
    body = seqlen - 2
    n = len(ids) // body
    arr = np.asarray(ids[: n * body], dtype=np.int64).reshape(n, body)
    arr = np.concatenate([np.full((n, 1), CLS), arr, np.full((n, 1), SEP)], axis=1)
    return torch.from_numpy(arr)


def load_ner(data: Path) -> dict[str, list[tuple[list[str], list[int]]]]:
    parts: dict[str, list[tuple[list[str], list[int]]]] = {"train": [], "dev": [], "test": []}
    with lzma.open(data / "ner.tsv.xz", "rt", encoding="utf-8") as fh:
        for line in fh:
            part, words, tags = line.rstrip("\n").split("\t")
            parts[part].append((words.split(" "), [TAG_ID.get(t, 0) for t in tags.split(" ")]))
    return parts


def encode_words(tok: Tokenizer, sents: list[list[str]], maxlen: int):
    """Subword ids ([CLS] ... [SEP]) and, per sentence, the position of each word's first subword (-1 when cut)."""
    out = []
    for words, enc in zip(sents, tok.encode_batch(sents, is_pretokenized=True), strict=True):
        ids = [CLS, *enc.ids[: maxlen - 2], SEP]
        wid = np.asarray([-1 if w is None else w for w in enc.word_ids[: maxlen - 2]], dtype=np.int64)
        first = np.full(len(words), -1, dtype=np.int64)
        uniq, pos = np.unique(wid, return_index=True)
        keep = uniq >= 0
        first[uniq[keep]] = pos[keep] + 1
        out.append((ids, first))
    return out


def batches_by_tokens(lengths: list[int], max_tokens: int, shuffle: random.Random | None):
    order = sorted(range(len(lengths)), key=lambda i: lengths[i])
    groups, cur, longest = [], [], 0
    for i in order:
        longest2 = max(longest, lengths[i])
        if cur and longest2 * (len(cur) + 1) > max_tokens:
            groups.append(cur)
            cur, longest2 = [], lengths[i]
        cur.append(i)
        longest = longest2
    if cur:
        groups.append(cur)
    if shuffle:
        shuffle.shuffle(groups)
    return groups


def pad_batch(encoded, idx):
    n = max(len(encoded[i][0]) for i in idx)
    ids = torch.full((len(idx), n), PAD, dtype=torch.long)
    for r, i in enumerate(idx):
        ids[r, : len(encoded[i][0])] = torch.tensor(encoded[i][0])
    return ids.to(DEV), (ids != PAD).to(DEV)


# ---------------------------------------------------------------- scoring (conlleval / seqeval default)


def chunks(tags: list[str]) -> set[tuple[int, int, str]]:
    out, start, typ = set(), None, None
    for i, t in enumerate(tags + ["O"]):
        if t == "O" or t.startswith("B-") or t[2:] != typ:
            if typ is not None:
                out.add((start, i, typ))
            start, typ = (i, t[2:]) if t != "O" else (None, None)
    return out


def f1(gold: list[list[int]], pred: list[list[int]]) -> float:
    tp = np_ = ng = 0
    for g, p in zip(gold, pred, strict=True):
        cg, cp = chunks([TAGS[t] for t in g]), chunks([TAGS[t] for t in p])
        tp, np_, ng = tp + len(cg & cp), np_ + len(cp), ng + len(cg)
    return 2 * tp / max(np_ + ng, 1)


# ---------------------------------------------------------------- phases


def pretrain(enc: Encoder, chunks_t: torch.Tensor, budget_s: float, cfg) -> dict:
    model = MLM(enc).to(DEV)
    decay = [p for n, p in model.named_parameters() if p.dim() >= 2 and "pos" not in n]
    other = [p for n, p in model.named_parameters() if not (p.dim() >= 2 and "pos" not in n)]
    opt = torch.optim.AdamW(
        [{"params": decay, "weight_decay": 0.01}, {"params": other, "weight_decay": 0.0}],
        lr=cfg.lr,
        betas=(0.9, 0.98),
        eps=1e-6,
        fused=DEV.type == "cuda",
    )
    g = torch.Generator(device="cpu").manual_seed(13)
    data = chunks_t.to(DEV)
    n = data.shape[0]
    vocab = enc.tok.weight.shape[0]
    step, total, t_start, measured = 0, 10**9, time.time(), False
    losses: list[float] = []
    model.train()
    while True:
        perm = torch.randperm(n, generator=g).to(DEV)
        for b in range(0, n - cfg.batch + 1, cfg.batch):
            ids = data[perm[b : b + cfg.batch]]
            labels = ids.clone()
            r = torch.rand(ids.shape, device=DEV)
            special = ids <= MASK
            sel = (r < 0.15) & ~special
            labels[~sel] = -100
            r2 = torch.rand(ids.shape, device=DEV)
            ids = torch.where(sel & (r2 < 0.8), torch.full_like(ids, MASK), ids)
            rand_ids = torch.randint(5, vocab, ids.shape, device=DEV)
            ids = torch.where(sel & (r2 >= 0.8) & (r2 < 0.9), rand_ids, ids)
            warm = cfg.warmup
            lr = cfg.lr * min((step + 1) / warm, max(0.0, (total - step) / max(total - warm, 1)))
            for grp in opt.param_groups:
                grp["lr"] = lr
            with autocast():
                loss = model(ids, labels)
            opt.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            step += 1
            if step == 10:
                if DEV.type == "cuda":
                    torch.cuda.synchronize()
                t10 = time.time()
            if step == 40 and not measured:
                if DEV.type == "cuda":
                    torch.cuda.synchronize()
                per = (time.time() - t10) / 30
                total = max(int((budget_s - (time.time() - t_start)) / per) + step, warm + 10)
                measured = True
                log(
                    f"pretrain: {per * 1000:.1f} ms/step, {cfg.batch * chunks_t.shape[1] / per / 1e6:.2f}M tok/s, "
                    f"{total} steps planned ({total * cfg.batch / n:.1f} epochs)"
                )
            if step % 200 == 0:
                losses.append(float(loss.detach()))
                log(f"pretrain step {step}/{total} loss {losses[-1]:.3f} lr {lr:.2e}")
            if step >= total or (time.time() - t_start > budget_s + 20):
                if DEV.type == "cuda":
                    torch.cuda.synchronize()
                return {
                    "steps": step,
                    "last_loss": float(loss),
                    "losses": losses,
                    "epochs": step * cfg.batch / n,
                    "seconds": time.time() - t_start,
                }


def finetune(enc_state, cfg, parts_enc, parts_y, lr: float, seed: int, epochs: int, deadline: float):
    torch.manual_seed(seed)
    rnd = random.Random(seed)
    enc = Encoder(**cfg.arch).to(DEV)
    enc.load_state_dict(enc_state)
    model = Tagger(enc).to(DEV)
    opt = torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=0.01, fused=DEV.type == "cuda")
    train_enc, train_y = parts_enc["train"], parts_y["train"]
    lengths = [len(e[0]) for e in train_enc]
    steps_per_epoch = len(batches_by_tokens(lengths, cfg.ft_tokens, None))
    total = steps_per_epoch * epochs
    warm = max(total // 10, 1)
    step, best, best_state, best_epoch, curve = 0, -1.0, None, 0, []
    for ep in range(epochs):
        model.train()
        for idx in batches_by_tokens(lengths, cfg.ft_tokens, rnd):
            ids, mask = pad_batch(train_enc, idx)
            y = torch.full(ids.shape, -100, dtype=torch.long)
            for r, i in enumerate(idx):
                first = train_enc[i][1]
                ok = first >= 0
                y[r, torch.from_numpy(first[ok])] = torch.tensor(train_y[i], dtype=torch.long)[
                    torch.from_numpy(ok)
                ]
            y = y.to(DEV)
            lr_now = lr * min((step + 1) / warm, max(0.0, (total - step) / max(total - warm, 1)))
            for grp in opt.param_groups:
                grp["lr"] = lr_now
            with autocast():
                logits = model(ids, mask)
            loss = F.cross_entropy(logits.float().view(-1, len(TAGS)), y.view(-1), ignore_index=-100)
            opt.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            step += 1
        probs = predict([model], parts_enc["dev"])
        score = f1(parts_y["dev"], [p.argmax(-1).tolist() for p in probs])
        curve.append(round(score, 4))
        if score > best:
            best, best_epoch = score, ep + 1
            best_state = {k: v.detach().to("cpu", copy=True) for k, v in model.state_dict().items()}
        if time.time() > deadline:
            break
    model.load_state_dict(best_state)
    model.eval()
    return model, {
        "lr": lr,
        "seed": seed,
        "best_dev": round(best, 4),
        "best_epoch": best_epoch,
        "curve": curve,
    }


@torch.no_grad()
def predict(models, encoded, max_tokens: int = 65536) -> list[np.ndarray]:
    """Per sentence: (words, tags) probabilities averaged over ``models``; a word cut off gets all-zero."""
    for m in models:
        m.eval()
    out: list[np.ndarray | None] = [None] * len(encoded)
    lengths = [len(e[0]) for e in encoded]
    for idx in batches_by_tokens(lengths, max_tokens, None):
        ids, mask = pad_batch(encoded, idx)
        acc = None
        for m in models:
            with autocast():
                p = F.softmax(m(ids, mask).float(), -1)
            acc = p if acc is None else acc + p
        acc = (acc / len(models)).cpu().numpy()
        for r, i in enumerate(idx):
            first = encoded[i][1]
            arr = acc[r, np.maximum(first, 0)]
            arr[first < 0] = 0.0
            out[i] = arr
    for m in models:
        m.train()
    return out  # type: ignore[return-value]


def split_sentences(words: list[str]) -> list[tuple[int, int]]:
    out, start = [], 0
    for i, w in enumerate(words):
        if w in SENT_END or i - start + 1 >= MAX_SENT:
            out.append((start, i + 1))
            start = i + 1
    if start < len(words):
        out.append((start, len(words)))
    return out


def save_model(model: nn.Module, cfg, name: str) -> None:
    for old in OUT.glob("model.pt.part*"):
        old.unlink()
    buf = io.BytesIO()
    torch.save(
        {
            "arch": cfg.arch,
            "name": name,
            "tags": TAGS,
            "state": {k: v.half().cpu() for k, v in model.state_dict().items()},
        },
        buf,
    )
    blob = buf.getvalue()
    size = 15 * 1024 * 1024
    for i in range(0, len(blob), size):
        (OUT / f"model.pt.part{i // size}").write_bytes(blob[i : i + size])
    log(f"saved {name}: {len(blob) / 1e6:.1f} MB")


class Cfg:
    def __init__(self, tiny: bool):
        if tiny:
            self.arch = dict(vocab=24_000, d=64, layers=2, heads=2, ff=128, maxlen=256)
            self.lr, self.batch, self.warmup = 1e-3, 8, 5
            self.pretrain_s, self.ft_deadline = 20, 60
            self.raw_limit, self.ner_limit, self.epochs, self.ft_tokens = 300, 200, 2, 2048
            self.runs = [(2e-4, 1), (4e-4, 2)]
        else:
            self.arch = dict(vocab=24_000, d=384, layers=8, heads=6, ff=1536, maxlen=256)
            self.lr, self.batch, self.warmup = 1e-3, 256, 400
            self.pretrain_s, self.ft_deadline = 285, 415
            self.raw_limit, self.ner_limit, self.epochs, self.ft_tokens = None, None, 15, 2048
            self.runs = [(1e-4, 1), (2e-4, 2), (3e-4, 3), (5e-4, 4)]
        self.seqlen = 256


def main() -> None:
    global OUT
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--tiny", action="store_true")
    args = ap.parse_args()
    OUT = Path(args.out)
    OUT.mkdir(parents=True, exist_ok=True)
    data = Path(args.data)
    cfg = Cfg(args.tiny)
    metrics: dict = {"arch": cfg.arch, "device": str(DEV)}
    if DEV.type == "cuda":
        metrics["gpu"] = torch.cuda.get_device_name(0)
        torch.backends.cuda.matmul.allow_tf32 = True
    torch.manual_seed(13)
    try:
        tok = Tokenizer.from_file(str(data / "tokenizer.json"))
        cfg.arch["vocab"] = tok.get_vocab_size()
        raw = load_raw(data, cfg.raw_limit)
        log(f"raw news: {len(raw)} articles; device {DEV} {metrics.get('gpu', '')}")
        chunks_t = pretrain_chunks(tok, raw, cfg.seqlen)
        log(f"pretraining chunks: {tuple(chunks_t.shape)}")
        enc = Encoder(**cfg.arch).to(DEV)
        metrics["params"] = sum(p.numel() for p in enc.parameters())
        metrics["pretrain"] = pretrain(enc, chunks_t, cfg.pretrain_s - (time.time() - T0), cfg)
        del chunks_t
        log(f"pretrained: {metrics['pretrain']['steps']} steps, loss {metrics['pretrain']['last_loss']:.3f}")
        enc_state = {k: v.detach().clone() for k, v in enc.state_dict().items()}
        save_model(enc, cfg, "pretrained encoder")
        ner = load_ner(data)
        if cfg.ner_limit:
            ner = {k: v[: cfg.ner_limit] for k, v in ner.items()}
        parts_enc = {k: encode_words(tok, [w for w, _ in v], cfg.seqlen) for k, v in ner.items()}
        parts_y = {k: [y for _, y in v] for k, v in ner.items()}
        runs = []
        for lr, seed in cfg.runs:
            if time.time() - T0 > cfg.ft_deadline:
                break
            model, info = finetune(
                enc_state, cfg, parts_enc, parts_y, lr, seed, cfg.epochs, T0 + cfg.ft_deadline
            )
            log(f"fine-tune {info}")
            runs.append((info["best_dev"], model, info))
        metrics["runs"] = [r[2] for r in runs]
        runs.sort(key=lambda r: -r[0])
        best = runs[0][0]
        members = [m for s, m, _ in runs if s >= best - 0.015]
        metrics["ensemble_size"] = len(members)
        for name, models in (("best", [runs[0][1]]), ("ensemble", members)):
            for part in ("dev", "test"):
                probs = predict(models, parts_enc[part])
                metrics[f"{name}_{part}_f1"] = round(
                    f1(parts_y[part], [p.argmax(-1).tolist() for p in probs]), 4
                )
        log(
            f"dev/test: best {metrics['best_dev_f1']}/{metrics['best_test_f1']} "
            f"ensemble({len(members)}) {metrics['ensemble_dev_f1']}/{metrics['ensemble_test_f1']}"
        )
        save_model(runs[0][1], cfg, f"fine-tuned tagger {runs[0][2]}")
        (OUT / "metrics.json").write_text(json.dumps(metrics, indent=1))
        # tag the raw news, sentence by sentence as rasd.ner.pipeline splits it
        sents, where = [], []
        for li, line in enumerate(raw):
            words = line.split(" ") if line else []
            for s, e in split_sentences(words):
                if not 6 <= e - s <= 60:  # the lengths rasd.ner.train draws silver sentences of
                    continue
                sents.append(words[s:e])
                where.append((li, s))
        log(f"tagging {len(sents)} raw sentences with {len(members)} models")
        tags_out = [bytearray(b"O" * len(line.split(" "))) if line else bytearray() for line in raw]
        conf_out = [bytearray(b"0" * len(t)) for t in tags_out]
        step = 100_000
        for b in range(0, len(sents), step):
            if time.time() - T0 > 520:
                log(f"out of time: the sentences from {b} on stay untagged (confidence 0)")
                break
            enc_b = encode_words(tok, sents[b : b + step], cfg.seqlen)
            for (li, s), p in zip(where[b : b + step], predict(members, enc_b), strict=True):
                if not len(p):
                    continue
                tags_out[li][s : s + len(p)] = LETTER_BYTES[p.argmax(-1)].tobytes()
                conf_out[li][s : s + len(p)] = (48 + np.minimum(p.max(-1) * 10, 9).astype(np.uint8)).tobytes()
            log(f"tagged {min(b + step, len(sents))}")
        with gzip.open(OUT / "silver_tags.txt.gz", "wb", compresslevel=6) as fh:
            for t, c in zip(tags_out, conf_out, strict=True):
                fh.write(bytes(t) + b"\t" + bytes(c) + b"\n")
        metrics["seconds"] = round(time.time() - T0, 1)
        (OUT / "metrics.json").write_text(json.dumps(metrics, indent=1))
        log("done")
    except BaseException:
        log("FAILED\n" + traceback.format_exc())
        (OUT / "metrics.json").write_text(json.dumps(metrics, indent=1, default=str))
        sys.exit(1)


if __name__ == "__main__":
    main()
