"""CPU: tag the silver candidates (rasd.ner.train.silver_candidates) with the ensemble teacher, the
neural tagger (rasd.ner_neural) and the GPU-pretrained transformer (teacher.py) averaged, and write the
tags rasd.ner.train reads (`--teacher-tags`).

    python tools/ner_teacher/ensemble_silver.py MODEL_DIR TOKENIZER_JSON OUT.tsv.gz [--dev]

MODEL_DIR holds teacher.py's model.pt.part* files. ``--dev`` only prints the ANERcorp dev-split F1 of
each teacher and of the ensemble at several weights (the weight was chosen there).
"""

from __future__ import annotations

import gzip
import io
import sys
import time
from pathlib import Path

import numpy as np
import torch

sys.path.insert(0, str(Path(__file__).resolve().parent))
import teacher as T  # noqa: E402

from rasd.ner import data  # noqa: E402
from rasd.ner.normal import normalise_word  # noqa: E402
from rasd.ner.train import silver_candidates  # noqa: E402
from rasd.ner_neural import load_tagger  # noqa: E402

WEIGHT = 0.4  # the transformer's share of the averaged probabilities (ANERcorp dev split: 0.2-0.5 tried)


def load_transformer(folder: Path) -> torch.nn.Module:
    blob = b"".join(
        p.read_bytes() for p in sorted(folder.glob("model.pt.part*"), key=lambda p: int(p.suffix[5:]))
    )
    ck = torch.load(io.BytesIO(blob))
    model = T.Tagger(T.Encoder(**ck["arch"]))
    model.load_state_dict({k: v.float() for k, v in ck["state"].items()})
    return model.eval()


def transformer_probs(model, tok, sents: list[list[str]]) -> list[np.ndarray]:
    norm = [[normalise_word(w) or w for w in s] for s in sents]
    return T.predict([model], T.encode_words(tok, norm, 256), max_tokens=8192)


def ensemble_tags(neural, words: list[str], p: np.ndarray) -> tuple[list[str], float]:
    tags, prev = [], "O"
    for t in p.argmax(-1):
        tag = T.TAGS[int(t)]
        if tag.startswith("I-") and prev[2:] != tag[2:]:
            tag = "B-" + tag[2:]  # an inside tag with no beginning starts the name
        tags.append(tag)
        prev = tag
    return neural._untitle(words, tags), float(p.max(-1).min())


def main() -> None:
    torch.set_num_threads(2)
    model = load_transformer(Path(sys.argv[1]))
    tok = T.Tokenizer.from_file(sys.argv[2])
    neural = load_tagger()
    if "--dev" in sys.argv:
        camel = data.camel_train()
        dev = camel[int(len(camel) * 0.9) :]
        words = [[w for w, _ in s] for s in dev]
        gold = [[T.TAG_ID[t] for _, t in s] for s in dev]
        pt, pn = transformer_probs(model, tok, words), neural.marginals(words)
        for w in (0.0, 0.2, 0.3, 0.4, 0.5, 1.0):
            pred = [
                [T.TAG_ID[t] for t in ensemble_tags(neural, s, w * a + (1 - w) * b)[0]]
                for s, a, b in zip(words, pt, pn, strict=True)
            ]
            print(f"transformer weight {w}: dev F1 {T.f1(gold, pred):.4f}")
        return
    cands = silver_candidates(data.shared_dir())
    t0 = time.time()
    with gzip.open(sys.argv[3], "wt", encoding="utf-8", compresslevel=9) as fh:
        for b in range(0, len(cands), 2000):
            part = cands[b : b + 2000]
            sents = [c[3] for c in part]
            for (li, s, e, words), a, m in zip(
                part, transformer_probs(model, tok, sents), neural.marginals(sents), strict=True
            ):
                tags, conf = ensemble_tags(neural, words, WEIGHT * a + (1 - WEIGHT) * m)
                fh.write(f"{li}\t{s}\t{e}\t{' '.join(tags)}\t{conf:.3f}\n")
            print(f"{b + len(part)}/{len(cands)} {time.time() - t0:.0f} s", flush=True)


if __name__ == "__main__":
    main()
