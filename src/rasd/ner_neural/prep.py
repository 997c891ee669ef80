"""Prepare everything the neural tagger's training needs (CPU; ~15 min on 2 busy cores).

    python -m rasd.ner_neural.prep corpus        # normalised, tokenised raw news -> WORK/corpus.txt
    python -m rasd.ner_neural.prep names export-data   # model/names.txt, WORK/carry/data.json
    python -m rasd.ner_neural.prep vectors export-vectors  # fastText skipgram -> WORK/ft.bin -> model/vocab,vectors,chars
    python -m rasd.ner_neural.prep mask-vocab    # (run by export-vectors) the founding example's rare surnames out
    (RASD_NN_THREADS=16 for fastText; the shipped vectors were trained on the GPU machine's 16 cores)

WORK defaults to work/ner_neural (git-ignored). Data from ../shared (or $RASD_SHARED):
arabic_news_raw/ant_*.txt.xz (Apache-2.0), wikidata_en_ar_names_coling2018 (CC0), anercorp_camel train
(CC BY-SA 4.0; last 10% = dev), AQMAR (CC BY-SA 3.0), WikiFANE gold (CC BY-SA 3.0). Never the CAMeL
test split, ANERCorp_Benajiba.txt or NewsFANE (they hold the test text).
"""

from __future__ import annotations

import collections
import json
import lzma
import os
import sys
from pathlib import Path

import numpy as np

from rasd.ner_neural.text import norm_word, tokenize
from rasd.text.normalise import normalise

WORK = Path(os.environ.get("RASD_NN_WORK", "work/ner_neural"))
MODEL_DIR = Path(__file__).resolve().parent / "model"
FT_PARAMS = dict(model="skipgram", dim=100, epoch=5, minCount=3, minn=2, maxn=5, ws=5, neg=5)


def corpus(shared: Path) -> None:
    with open(WORK / "corpus.txt", "w", encoding="utf-8") as out:
        for name in ("ant_multisource.txt.xz", "ant_jawharafm.txt.xz"):
            with lzma.open(shared / "data/arabic_news_raw" / name, "rt", encoding="utf-8") as fh:
                for line in fh:
                    toks = [norm_word(t) for t in tokenize(normalise(line).lower())]
                    out.write(" ".join(toks) + "\n")


def vectors() -> None:
    import fasttext

    threads = int(os.environ.get("RASD_NN_THREADS", "2"))
    m = fasttext.train_unsupervised(str(WORK / "corpus.txt"), thread=threads, **FT_PARAMS)
    m.save_model(str(WORK / "ft.bin"))


def names(shared: Path) -> None:
    out = set()
    src = shared / "data/wikidata_en_ar_names_coling2018/wd_arabic.normalized.aligned.tokens"
    for line in open(src, encoding="utf-8"):
        p = line.rstrip("\n").split("\t")
        if len(p) >= 2:
            n = norm_word(p[1].replace(" ", ""))
            if len(n) >= 2:
                out.add(n)
    MODEL_DIR.mkdir(exist_ok=True)
    (MODEL_DIR / "names.txt").write_text("\n".join(sorted(out)), encoding="utf-8")
    print("names", len(out))


def export_vectors() -> None:
    import fasttext

    m = fasttext.load_model(str(WORK / "ft.bin"))
    words, freqs = m.get_words(include_freq=True)
    keep = [(w, f) for w, f in zip(words, freqs, strict=False) if w != "</s>"]
    vecs = np.stack([m.get_word_vector(w) for w, _ in keep]).astype(np.float16)
    cc: collections.Counter = collections.Counter()
    for w, f in keep:
        for ch in w:
            cc[ch] += f
    chars = [c for c, n in cc.most_common() if n >= 50][:400]
    MODEL_DIR.mkdir(exist_ok=True)
    (MODEL_DIR / "vocab.txt").write_text("\n".join(w for w, _ in keep), encoding="utf-8")
    mask_vocab(Path(os.environ.get("RASD_SHARED", Path(__file__).resolve().parents[4] / "shared")))
    np.save(MODEL_DIR / "vectors.npy", vecs)
    (MODEL_DIR / "chars.txt").write_text("\n".join(chars), encoding="utf-8")
    print("vocab", len(keep), "chars", len(chars))


def export_data(shared: Path) -> None:
    from rasd.ner import data as D

    def conv(sents):
        return [[[w for w, _ in s], [t for _, t in s]] for s in sents]

    train = D.camel_train(shared)
    n_dev = len(train) // 10
    out = {
        "train": conv(train[:-n_dev]),
        "dev": conv(train[-n_dev:]),
        "wikifane": conv(D.wikifane(shared)),
        "aqmar": conv(D.aqmar(shared)),
    }
    (WORK / "carry").mkdir(parents=True, exist_ok=True)
    (WORK / "carry/data.json").write_text(json.dumps(out, ensure_ascii=False), encoding="utf-8")
    print({k: len(v) for k, v in out.items()})


def mask_vocab(shared: Path) -> None:
    """Mask, in model/vocab.txt, every word holding a little-known surname of the founding example's
    people (``rasd.founding.rare_surnames``), so that rasd finds those people from context, never from a
    vector learnt for their name. A masked row keeps its place (the vectors are indexed by it) and reads
    as an unknown word. Skipped when the example is absent."""
    from rasd.founding import rare_surnames

    surnames = rare_surnames(shared)
    if surnames is None:
        print("mask-vocab: no founding example here; vocab.txt unchanged")
        return
    path = MODEL_DIR / "vocab.txt"
    words = path.read_text(encoding="utf-8").split("\n")
    rare = {norm_word(normalise(s)) for s in surnames}
    masked = [i for i, w in enumerate(words) if any(r in w for r in rare)]
    for i in masked:
        words[i] = f"<masked-{i + 1}>"
    path.write_text("\n".join(words), encoding="utf-8")
    print("mask-vocab: masked", len(masked), "rows")


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    shared = Path(os.environ.get("RASD_SHARED", Path(__file__).resolve().parents[4] / "shared"))
    WORK.mkdir(parents=True, exist_ok=True)
    steps = {
        "corpus": lambda: corpus(shared),
        "vectors": vectors,
        "names": lambda: names(shared),
        "export-vectors": export_vectors,
        "export-data": lambda: export_data(shared),
        "mask-vocab": lambda: mask_vocab(shared),
    }
    for step in argv:
        steps[step]()


if __name__ == "__main__":
    main()
