"""The shipped neural model on real annotated data (needs ../shared)."""

from __future__ import annotations

from shared_data import need_shared

from rasd.ner_neural import load_tagger
from rasd.ner_neural.chunks import prf


def _read(path):
    sents, cur = [], []
    for line in path.read_text(encoding="utf-8-sig").split("\n"):
        line = line.strip()
        if not line:
            if cur:
                sents.append(cur)
                cur = []
            continue
        w, _, t = line.rpartition(" ")
        cur.append((w or t, t if w else "O"))
    if cur:
        sents.append(cur)
    return sents


def test_dev_slice_f1():
    # the last 10% of the CAMeL train split is the dev set the model was early-stopped on
    path = need_shared("data", "anercorp_camel", "ANERCorp_CamelLab_train.txt")
    sents = _read(path)
    dev = sents[len(sents) - len(sents) // 10 :][:150]
    pred = load_tagger().tag([[w for w, _ in s] for s in dev])
    f1 = prf([[t for _, t in s] for s in dev], pred)["ALL"][2]
    assert f1 > 0.6
