"""Neural Arabic NER (char-CNN + fastText news vectors + BiLSTM-CRF), numpy-only inference.

    >>> from rasd.ner_neural import load_tagger
    >>> tagger = load_tagger()
    >>> tagger.tag([["قال", "الرئيس", "باراك", "اوباما"]])   # doctest: +SKIP
    [['O', 'O', 'B-PERS', 'I-PERS']]

See MODEL_NOTES.md for data, licences, training command and scores.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import numpy as np

from rasd.ner_neural.features import Featurizer
from rasd.ner_neural.infer import NumpyTagger

MODEL_DIR = Path(__file__).resolve().parent / "model"

__all__ = ["load_tagger", "NumpyTagger", "MODEL_DIR"]


def load_from(folder: Path, weights_dir: Path | None = None) -> NumpyTagger:
    """Load resources (vocab, vectors, chars, names) from ``folder`` and weights from ``weights_dir``."""
    weights_dir = weights_dir or folder
    words = (folder / "vocab.txt").read_text(encoding="utf-8").split("\n")
    chars = (folder / "chars.txt").read_text(encoding="utf-8").split("\n")
    names = set((folder / "names.txt").read_text(encoding="utf-8").split("\n"))
    vectors = np.load(folder / "vectors.npy")
    meta = json.loads((weights_dir / "meta.json").read_text(encoding="utf-8"))
    with np.load(weights_dir / "weights.npz") as z:
        weights = {k: z[k] for k in z.files}
    feat = Featurizer(words, chars, names)
    tagger = NumpyTagger(feat, vectors, weights, meta["cfg"], meta["labels"], titles=person_titles())
    if meta["cfg"].get("lm_dim"):
        from rasd.ner_neural.lm import load_lm

        tagger.lm = load_lm(weights_dir, feat, tagger.vectors)  # the LM shares the tagger's vectors
    return tagger


@lru_cache(maxsize=1)
def person_titles() -> frozenset[str]:
    """The recogniser's person titles (``rasd/ner/triggers.yaml``), normalised as its rules compare them."""
    from rasd.ner.pipeline import _words, trigger_rules

    return _words(trigger_rules()["person"])


@lru_cache(maxsize=1)
def load_tagger() -> NumpyTagger:
    """The shipped tagger (cached)."""
    return load_from(MODEL_DIR)
