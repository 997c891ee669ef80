"""The neural recogniser: loading, shapes, numpy decoding, and a few obvious entities."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from rasd.ner_neural import load_tagger
from rasd.ner_neural.chunks import chunks, prf
from rasd.ner_neural.text import norm_word

SENTS = [
    "وقال السيناتور جون ماكين إن الولايات المتحدة لن تتراجع .".split(),
    "التقى الرئيس الفرنسي إيمانويل ماكرون بنظيره الروسي فلاديمير بوتين في موسكو .".split(),
    "أعلنت الحكومة المصرية أن الاستثمارات في مصر ارتفعت العام الماضي .".split(),
    "وصل الرئيس عبد الفتاح السيسي إلى السعودية أمس .".split(),
]


@pytest.fixture(scope="module")
def tagger():
    return load_tagger()


def test_cached(tagger):
    assert load_tagger() is tagger


def test_shapes(tagger):
    tags = tagger.tag(SENTS + [[], ["."]])
    assert [len(t) for t in tags] == [len(s) for s in SENTS] + [0, 1]
    allowed = set(tagger.labels)
    assert all(t in allowed for s in tags for t in s)
    assert tagger.tag([]) == []


def test_marginals(tagger):
    probs = tagger.marginals(SENTS)
    assert len(probs) == len(SENTS)
    for p, s in zip(probs, SENTS, strict=False):
        assert p.shape == (len(s), len(tagger.labels))
        assert np.allclose(p.sum(axis=1), 1.0, atol=1e-4)


def test_batch_equals_single(tagger):
    assert tagger.tag(SENTS) == [tagger.tag([s])[0] for s in SENTS]


def _entities(tags, sent):
    return {(ty, " ".join(sent[a:b])) for ty, a, b in chunks(tags)}


def test_obvious_entities(tagger):
    ents = [_entities(t, s) for t, s in zip(tagger.tag(SENTS), SENTS, strict=False)]
    assert ("PERS", "جون ماكين") in ents[0]
    assert ("LOC", "الولايات المتحدة") in ents[0]
    assert ("PERS", "فلاديمير بوتين") in ents[1]
    assert ("LOC", "موسكو") in ents[1]
    assert ("LOC", "مصر") in ents[2]
    assert ("LOC", "السعودية") in ents[3]
    assert any(ty == "PERS" and "السيسي" in text for ty, text in ents[3])


def test_viterbi_is_exact(tagger):
    rng = np.random.default_rng(0)
    nl = len(tagger.labels)
    for n in (1, 2, 3):
        em = rng.normal(size=(n, nl)).astype(np.float32)
        active = np.ones(n, dtype=np.int64)
        off = np.arange(n + 1)
        got = list(tagger._viterbi(em, np.array([n]), active, off))

        def score(p, em=em, n=n):
            s = tagger.start[p[0]] + tagger.end[p[-1]] + sum(em[t, p[t]] for t in range(n))
            return s + sum(tagger.trans[p[t - 1], p[t]] for t in range(1, n))

        assert got == list(max(itertools.product(range(nl), repeat=n), key=score))


def test_chunks_and_prf():
    assert chunks(["B-PERS", "I-PERS", "O", "I-LOC", "B-LOC"]) == {
        ("PERS", 0, 2),
        ("LOC", 3, 4),
        ("LOC", 4, 5),
    }
    res = prf([["B-PERS", "I-PERS", "O"]], [["B-PERS", "O", "O"]])
    assert res["ALL"][2] == 0.0


def test_norm_word():
    assert norm_word("أَحْمَد") == "احمد"
    assert norm_word("2024") == "0000"
    assert norm_word("Trump") == "trump"


def test_language_model_states_look_one_way_each(tagger):
    # the forward LM state of a token depends only on the words before it (and itself), the backward
    # state only on the words after it: change the last word, the forward states of the others stay
    lm = tagger.lm
    assert lm is not None and lm.dim == 2 * lm.fw[1].shape[0]
    a = "وقال المرشح كريم منصور إن الحملة جمعت تبرعات".split()
    b = a[:-1] + ["أموالا"]
    c = ["وأكد"] + a[1:]
    ha, hb, hc = lm.states([a, b, c])
    half = lm.dim // 2
    assert np.allclose(ha[:-1, :half], hb[:-1, :half], atol=1e-5)
    assert not np.allclose(ha[:-1, half:], hb[:-1, half:], atol=1e-3)
    assert np.allclose(ha[1:, half:], hc[1:, half:], atol=1e-5)
    assert not np.allclose(ha[1:, :half], hc[1:, :half], atol=1e-3)
    # batched and one-by-one agree
    assert np.allclose(lm.states([a])[0], ha, atol=1e-5)


def test_language_model_training_goes_on_from_the_shipped_export(tmp_path):
    # `lm --init DIR` loads an exported LM into the torch model; exporting it again gives the same
    # arrays (the two LSTM biases were summed on export, so the sum must survive the round trip)
    torch = pytest.importorskip("torch", reason="torch is a training dependency (requirements-train.txt)")
    import json

    from rasd.ner_neural import MODEL_DIR
    from rasd.ner_neural.lm import N_FEATS, _build, _export, _load_export

    cfg = json.loads((MODEL_DIR / "lm.json").read_text(encoding="utf-8"))["cfg"]
    shipped = dict(np.load(MODEL_DIR / "lm.npz"))
    n_chars = shipped["cemb"].shape[0]
    n_word_dim = shipped["f_wih"].shape[1] - cfg["char_filters"] - N_FEATS
    model = _build(torch, n_word_dim, n_chars, cfg["vocab"], cfg)
    seen = _load_export(torch, model, MODEL_DIR)
    assert seen > 1_000_000
    again = _export(model)
    assert set(again) == set(shipped)
    for k, v in shipped.items():
        assert np.allclose(again[k], v, atol=1e-6), k
