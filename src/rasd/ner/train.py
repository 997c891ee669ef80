"""Rebuild the shipped recogniser from ../shared/data: ``make train-ner`` (``python -m rasd.ner.train``).

Steps (all seeded; see MODEL_CARD.md):
1. tokenise + normalise the raw news (ANT corpus, Apache-2.0);
2. fastText skip-gram vectors with subwords on it (scratch only, never shipped);
3. k-means clusters of those vectors at three granularities -> lexicon (shipped, small);
4. name-list flags from Wikidata names (CC0) and Google ar2en pairs (Apache-2.0) -> lexicon;
5. silver data: raw news sentences tagged by rasd.ner_neural (the BiLSTM-CRF, trained on the first 90 %
   of CAMeL train; ``--teacher-tags`` reads another teacher's tags, see tools/ner_teacher/), kept where
   every token's label probability is >= SILVER_MIN_CONF, plus the names a CRF trained on the gold data
   alone finds where the teacher found nothing;
6. a linear-chain CRF on ANERcorp CAMeL train (twice, plus one copy with the identity of every entity
   word and a fifth of the other words hidden) and the silver sentences -> model/ner.crfsuite;
7. the news tagger: a CRF with the same features on news articles whose entity names helpers listed
   (NEWS_GOLD; names tagged where they are whole words; each sentence NEWS_COPIES times plus a masked
   copy) -> model/news.crfsuite (its organisations and places are added where the first CRF finds
   nothing, rasd.ner.pipeline._news_names).

``--crf-only`` keeps the shipped lexicon and redoes steps 5-7 (the CRFs alone); ``--news-only`` redoes
step 7 alone (two minutes).
"""

from __future__ import annotations

import argparse
import gzip
import lzma
import math
import os
import random
import sys
from collections import Counter
from pathlib import Path

from rasd.ner import data
from rasd.ner.features import WordInfo, word_features
from rasd.ner.lexicon import save_lexicon
from rasd.ner.normal import normalise_word
from rasd.text.tokens import tokenize

MODEL_DIR = Path(__file__).resolve().parent / "model"
CLUSTER_SIZES = (64, 256, 1024)
SEED = 13
# WikiFANE and AQMAR were tried and lowered dev F1 (MODEL_CARD.md), so only ANERcorp trains the CRF.
TRAIN_CORPORA = ("camel",)
CRF_PARAMS = {"c1": 0.05, "c2": 0.01, "max_iterations": 200, "feature.possible_transitions": True}
# Distillation and masking (MODEL_CARD.md, "What was tried"): +2.6 dev F1 over gold alone.
SILVER_SENTENCES = 25_000
SILVER_MIN_CONF = 0.7
SILVER_EMPTY_RATE = 0.3  # share of confident sentences without any entity that are kept
GOLD_COPIES = 2
MASK_ENTITY, MASK_OTHER = 1.0, 0.2  # chance that a word's identity is hidden in the masked gold copy
# News-domain gold for the news tagger (MODEL_CARD.md, "The news tagger"): the fact-tuning articles and
# articles annotated for their entities alone. Never the held-out articles (benchmarks/data/ant_fresh/
# heldout) nor ../shared/examples (the dev articles the fact rules are chosen on).
_REPO = Path(__file__).resolve().parents[3]
NEWS_GOLD = (_REPO / "benchmarks/data/ant_fresh/tuning", _REPO / "tools/ner_news")
NEWS_COPIES = 2
# The news tagger learns the news articles alone. Trained on them with ANERcorp and the silver sentences
# as well (the seventh session's news tagger), it kept their convention that البرلمان, الحوثيون and
# السلطة الفلسطينية are no names (MODEL_CARD.md, "The news tagger").


def _log(msg: str) -> None:
    print(f"[train-ner] {msg}", file=sys.stderr, flush=True)


def prepare_raw(shared: Path, work: Path) -> Path:
    out = work / "raw_tok.txt"
    if out.exists():
        return out
    with open(out.with_suffix(".tmp"), "w", encoding="utf-8") as fh:
        for name in ("ant_multisource", "ant_jawharafm"):
            with lzma.open(shared / f"data/arabic_news_raw/{name}.txt.xz", "rt", encoding="utf-8") as src:
                for line in src:
                    fh.write(" ".join(normalise_word(t.text) for t in tokenize(line)) + "\n")
    out.with_suffix(".tmp").rename(out)
    return out


def train_vectors(raw: Path, work: Path, threads: int) -> Path:
    out = work / "ft.bin"
    if out.exists():
        return out
    import fasttext  # type: ignore[import-not-found]

    # fastText's own seed (0) is fixed; with one thread the vectors are the same on every run.
    model = fasttext.train_unsupervised(
        str(raw), model="skipgram", dim=100, epoch=5, minCount=3, minn=2, maxn=5, thread=threads, ws=5
    )
    model.save_model(str(out))
    return out


def name_flags(shared: Path) -> dict[str, str]:
    """Person-name tokens from Wikidata (CC0) and Google ar2en (Apache-2.0): 'P', or 'PP' when common."""
    counts: Counter[str] = Counter()
    wd = shared / "data/wikidata_en_ar_names_coling2018/wd_arabic.normalized.aligned.tokens"
    for line in wd.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 3:
            counts[normalise_word(parts[1].replace(" ", ""))] += int(parts[2]) if parts[2].isdigit() else 1
    g = shared / "data/google_ar2en_transliteration/ar2en.txt"
    for line in g.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if parts and parts[0]:
            for w in parts[0].split():
                counts[normalise_word(w)] += 1
    return {w: ("PP" if c >= 3 else "P") for w, c in counts.items() if len(w) >= 2}


def latin_name_tokens(shared: Path, min_count: int = 20) -> list[str]:
    """Common Latin person-name tokens (john, paul, weiss...) from Wikidata names (CC0)."""
    wd = shared / "data/wikidata_en_ar_names_coling2018/wd_arabic.normalized.aligned.tokens"
    out = set()
    for line in wd.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 3 and parts[2].isdigit() and int(parts[2]) >= min_count and parts[0].isalpha():
            out.add(parts[0].lower())
    return sorted(out)


def build_lexicon(ft_path: Path, raw: Path, words: set[str], flags: dict[str, str]) -> dict[str, WordInfo]:
    import fasttext  # type: ignore[import-not-found]
    import numpy as np
    from sklearn.cluster import MiniBatchKMeans

    model = fasttext.load_model(str(ft_path))
    freq: Counter[str] = Counter()
    with open(raw, encoding="utf-8") as fh:
        for line in fh:
            freq.update(line.split())
    vocab = [w for w in model.words if w != "</s>"]
    known = set(vocab)
    extra = sorted(
        w for w in words | set(flags) if w not in known and any("\u0600" <= ch <= "\u06ff" for ch in w)
    )
    allwords = vocab + extra
    vecs = np.stack([model.get_word_vector(w) for w in allwords]).astype(np.float32)
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True) + 1e-8
    train_vecs = vecs[: len(vocab)]
    labels = []
    for k in CLUSTER_SIZES:
        km = MiniBatchKMeans(n_clusters=k, random_state=SEED, batch_size=4096, n_init=1, max_iter=50)
        km.fit(train_vecs)
        labels.append(km.predict(vecs))
        _log(f"k-means {k} done")
    lex: dict[str, WordInfo] = {}
    for i, w in enumerate(allwords):
        f = freq.get(w, 0)
        lex[w] = WordInfo(
            int(math.log2(f)) + 1 if f else 0,
            tuple(str(int(lab[i])) for lab in labels),
            flags.get(w, ""),
        )
    return lex


def sentence_xy(sents: list[data.Sentence], lex: dict[str, WordInfo]):
    for s in sents:
        words = [w for w, _ in s]
        yield word_features(words, lex), [t for _, t in s]


def train_crf(
    sents: list[data.Sentence],
    lex: dict[str, WordInfo],
    out: Path,
    params: dict | None = None,
    silver: list[data.Sentence] | None = None,
    gold_copies: int = 1,
    mask: tuple[float, float] | None = None,
) -> None:
    """Train the CRF on gold sentences (``gold_copies`` times, plus a masked copy when ``mask`` gives
    the hiding chances for entity and other words) and silver sentences."""
    import pycrfsuite  # type: ignore[import-not-found]

    rnd = random.Random(SEED)
    trainer = pycrfsuite.Trainer(verbose=False)
    for s in sents:
        words, tags = [w for w, _ in s], [t for _, t in s]
        x = word_features(words, lex)
        for _ in range(gold_copies):
            trainer.append(x, tags)
        if mask is not None:
            hidden = frozenset(
                i for i, t in enumerate(tags) if rnd.random() < (mask[0] if t != "O" else mask[1])
            )
            if hidden:
                trainer.append(word_features(words, lex, hidden), tags)
    for x, y in sentence_xy(silver or [], lex):
        trainer.append(x, y)
    trainer.set_params(params or CRF_PARAMS)
    trainer.train(str(out))


def silver_candidates(
    shared: Path, n: int = SILVER_SENTENCES, rnd: random.Random | None = None
) -> list[tuple[int, int, int, list[str]]]:
    """The raw news sentences (6-60 tokens) the silver data is drawn from, in a seeded order (``rnd``,
    seeded with SEED when None): ``2 n`` of them, each as (line of ant_multisource.txt.xz, first token,
    end token, words)."""
    from rasd.ner.pipeline import _sentences

    rnd = rnd or random.Random(SEED)
    with lzma.open(shared / "data/arabic_news_raw/ant_multisource.txt.xz", "rt", encoding="utf-8") as fh:
        lines = fh.readlines()
    order = list(range(len(lines)))
    rnd.shuffle(order)
    sents: list[tuple[int, int, int, list[str]]] = []
    for li in order:
        line = lines[li]
        toks = tokenize(line[:20000])
        for s, e in _sentences(line, toks) if toks else []:
            if 6 <= e - s <= 60:
                sents.append((li, s, e, [t.text for t in toks[s:e]]))
        if len(sents) >= n * 2:
            break
    rnd.shuffle(sents)
    return sents[: n * 2]


def read_teacher_tags(path: Path) -> dict[tuple[int, int, int], tuple[list[str], float]]:
    """The teacher's tags for the silver candidates (tools/ner_teacher/ensemble_silver.py writes them):
    (line, first token, end token) -> (tags, the lowest confidence over the sentence's tokens)."""
    out: dict[tuple[int, int, int], tuple[list[str], float]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for row in fh:
            li, s, e, tags, conf = row.rstrip("\n").split("\t")
            out[int(li), int(s), int(e)] = (tags.split(" "), float(conf))
    return out


def silver_sentences(
    shared: Path,
    crf: Path,
    lex: dict[str, WordInfo],
    n: int = SILVER_SENTENCES,
    teacher: Path | None = None,
) -> list[data.Sentence]:
    """Raw news sentences tagged by the teacher, kept where it is confident, with the names that only the
    gold-trained CRF at ``crf`` found added (a teacher leaves some frequent news names untagged, and a
    CRF trained on its output would learn that). The teacher is the ensemble whose tags ``teacher`` holds
    (MODEL_CARD.md), or the neural tagger (rasd.ner_neural) when ``teacher`` is None."""
    import pycrfsuite  # type: ignore[import-not-found]

    from rasd.ner.pipeline import _union_tags

    rnd = random.Random(SEED)  # draws the candidates, then which sentences without a name are kept
    cands = silver_candidates(shared, n, rnd)
    sents = [c[3] for c in cands]
    if teacher is not None:
        tagged = read_teacher_tags(teacher)
        missing = [c[:3] for c in cands if c[:3] not in tagged]
        if missing:
            raise SystemExit(
                f"train-ner: {teacher} has no tags for {len(missing)} candidate sentences, e.g. {missing[0]}"
            )
        teacher_out = [tagged[c[:3]] for c in cands]
    else:
        from rasd.ner_neural import load_tagger

        tagger = load_tagger()
        marg = tagger.marginals(sents)
        teacher_out = [(t, float(m.max(axis=1).min())) for t, m in zip(tagger.tag(sents), marg, strict=True)]
    gold_crf = pycrfsuite.Tagger()
    gold_crf.open(str(crf))
    keep: list[data.Sentence] = []
    for words, (tags, conf) in zip(sents, teacher_out, strict=True):
        if len(tags) != len(words):
            raise SystemExit(f"train-ner: teacher tags do not match the sentence {' '.join(words)[:80]}")
        if conf < SILVER_MIN_CONF:
            continue
        tags = _union_tags(tags, list(gold_crf.tag(word_features(words, lex))))
        if any(t != "O" for t in tags) or rnd.random() < SILVER_EMPTY_RATE:
            keep.append(list(zip(words, tags, strict=True)))
        if len(keep) >= n:
            break
    return keep


def training_sentences(
    shared: Path,
    dev_split: bool,
    use: tuple[str, ...] = ("camel", "wikifane", "aqmar"),
    camel_copies: int = 1,
):
    """CAMeL train (minus its last 10% when ``dev_split``; ``camel_copies`` times) plus the corpora in ``use``."""
    camel = data.camel_train(shared)
    cut = int(len(camel) * 0.9)
    train, dev = (camel[:cut], camel[cut:]) if dev_split else (camel, [])
    extra: list[data.Sentence] = []
    if "wikifane" in use:
        extra += data.wikifane(shared)
    if "aqmar" in use:
        extra += data.aqmar(shared)
    rnd = random.Random(SEED)
    allsents = train * camel_copies + extra
    rnd.shuffle(allsents)
    return allsents, dev


def corpus_words(shared: Path) -> set[str]:
    words: set[str] = set()
    for s in data.camel_train(shared) + data.wikifane(shared) + data.aqmar(shared):
        for w, _ in s:
            n = normalise_word(w)
            words.add(n)
    return words


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--work", default=os.environ.get("RASD_NER_WORK", "work/ner"), help="scratch folder")
    ap.add_argument(
        "--threads",
        type=int,
        default=1,
        help="fastText threads (1 = bit-reproducible vectors; more is faster)",
    )
    ap.add_argument("--out", default=str(MODEL_DIR), help="where the model files go")
    ap.add_argument("--crf-only", action="store_true", help="keep the lexicon in --out; retrain the CRF")
    ap.add_argument(
        "--names-only", action="store_true", help="keep the model in --out; rebuild corpus_names.tsv from it"
    )
    ap.add_argument("--news-only", action="store_true", help="keep the lexicon in --out; retrain the news tagger")
    # e.g. tools/ner_teacher/teacher_tags.tsv.gz: the neural tagger and a transformer pretrained on a
    # GPU, averaged (tried in the sixth session and not shipped, MODEL_CARD.md)
    ap.add_argument(
        "--teacher-tags",
        type=Path,
        default=None,
        help="silver tags of another teacher (tools/ner_teacher/); default: the neural tagger, run here",
    )
    args = ap.parse_args(argv)
    out = Path(args.out)
    shared = data.shared_dir()
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    random.seed(SEED)
    if args.names_only:
        _corpus_names(shared, out)
        return
    if args.news_only:
        from rasd.ner.lexicon import load_lexicon

        train_news_crf(load_lexicon(out / "lexicon.tsv.gz"), out)
        return
    if args.crf_only:
        from rasd.ner.lexicon import load_lexicon

        _train_final_crf(shared, load_lexicon(out / "lexicon.tsv.gz"), out, args.teacher_tags)
        _corpus_names(shared, out)
        return
    _log("raw news")
    raw = prepare_raw(shared, work)
    _log("vectors")
    ft = train_vectors(raw, work, args.threads)
    _log("lexicon")
    from rasd.ner.clitics import split_proclitic

    words = corpus_words(shared)
    words |= {split_proclitic(w)[1] for w in words}
    lex = build_lexicon(ft, raw, words, name_flags(shared))
    out.mkdir(parents=True, exist_ok=True)
    save_lexicon(out / "lexicon.tsv.gz", lex)
    with gzip.GzipFile(out / "latin_first_names.txt.gz", "wb", mtime=0) as fh:
        fh.write("".join(w + "\n" for w in latin_name_tokens(shared)).encode())
    _train_final_crf(shared, lex, out, args.teacher_tags)
    _corpus_names(shared, out)


def _corpus_names(shared: Path, out: Path) -> None:
    """Names the raw news announces by a type word and the new CRF often finds (rasd.ner.corpus_names)."""
    from rasd.ner import corpus_names, pipeline

    _log("names announced in the raw news (corpus_names.tsv)")
    (out / "corpus_names.tsv").unlink(missing_ok=True)  # the CRF alone decides what it finds
    pipeline._MODEL = None
    raw = [
        shared / "data" / "arabic_news_raw" / f"{name}.txt.xz"
        for name in ("ant_multisource", "ant_jawharafm")
    ]
    if not all(p.exists() for p in raw):
        raise SystemExit(f"train-ner: the raw news is missing under {shared / 'data' / 'arabic_news_raw'}")
    corpus_names.write(corpus_names.mine(raw, out), out / "corpus_names.tsv")
    pipeline._MODEL = None


def _train_final_crf(shared: Path, lex: dict[str, WordInfo], out: Path, teacher: Path | None = None) -> None:
    sents, _ = training_sentences(shared, dev_split=False, use=TRAIN_CORPORA)
    _log("crf on gold alone (it helps label the silver sentences)")
    train_crf(sents, lex, out / "ner.gold.crfsuite")
    _log(f"silver sentences ({teacher or 'the neural tagger'} + gold CRF on raw news)")
    silver = silver_sentences(shared, out / "ner.gold.crfsuite", lex, teacher=teacher)
    (out / "ner.gold.crfsuite").unlink()
    _log(f"crf: gold x{GOLD_COPIES} + masked copy + {len(silver)} silver sentences")
    train_crf(sents, lex, out / "ner.crfsuite", silver=silver, gold_copies=GOLD_COPIES, mask=(MASK_ENTITY, MASK_OTHER))
    train_news_crf(lex, out)
    _log(f"wrote {out}")


def train_news_crf(lex: dict[str, WordInfo], out: Path) -> None:
    """The news tagger (model/news.crfsuite): the news gold alone, NEWS_COPIES times plus a masked copy."""
    news = news_gold()
    _log(f"news crf: {len(news)} news sentences x{NEWS_COPIES} + masked copy")
    train_crf(news, lex, out / "news.crfsuite", gold_copies=NEWS_COPIES, mask=(MASK_ENTITY, MASK_OTHER))


def news_gold() -> list[data.Sentence]:
    """The sentences of the NEWS_GOLD articles with their names tagged (rasd.ner.data.news_sentences)."""
    paths = sorted(p for folder in NEWS_GOLD for p in folder.glob("*.json"))
    if not paths:
        raise SystemExit(f"train-ner: no annotated news articles under {', '.join(map(str, NEWS_GOLD))}")
    return data.news_sentences(paths, whole_words=True)


if __name__ == "__main__":
    main()
