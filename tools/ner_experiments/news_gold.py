"""Experiment (sixth session, not shipped; MODEL_CARD.md "What was tried"): the shipped CRF recipe plus
news-domain gold, the entity names of the 68 fact-tuning articles (benchmarks/data/ant_fresh/tuning,
annotated by helpers) projected onto their tokens, each sentence COPIES times.

    python tools/ner_experiments/news_gold.py OUTDIR full|dev COPIES [--no-person]

``dev`` trains on the first 90 % of CAMeL train (for the dev-split figure; needs the gold-only CRF of
that split at work/ner/aug_base.crfsuite), ``full`` on all of it. OUTDIR gets the lexicon and name
files of src/rasd/ner/model and the new ner.crfsuite.
"""

import shutil
import sys
import time
from pathlib import Path

from rasd.ner import data
from rasd.ner.lexicon import load_lexicon
from rasd.ner.train import (
    GOLD_COPIES,
    MASK_ENTITY,
    MASK_OTHER,
    silver_sentences,
    train_crf,
    training_sentences,
)

ROOT = Path(__file__).resolve().parents[2]


def news_sentences():
    """The tuning articles' sentences with their names tagged (now rasd.ner.data.news_sentences, which
    the shipped news tagger's training also reads)."""
    return data.news_sentences(sorted((ROOT / "benchmarks/data/ant_fresh/tuning").glob("*.json")))


if __name__ == "__main__":
    out, mode, copies = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    out.mkdir(parents=True, exist_ok=True)
    for f in ("lexicon.tsv.gz", "latin_first_names.txt.gz", "corpus_names.tsv"):
        shutil.copy(ROOT / "src/rasd/ner/model" / f, out / f)
    lex = load_lexicon(out / "lexicon.tsv.gz")
    shared = data.shared_dir()
    news = news_sentences()
    if "--no-person" in sys.argv:
        # only sentences whose names are all organisations or places: the news teaches ORG/LOC
        # without touching the person boundaries the fact rules were tuned on
        news = [s for s in news if not any(t.endswith("PERS") for _, t in s)]
    print("news sentences", len(news), "entity tokens", sum(t != "O" for s in news for _, t in s), flush=True)
    sents, dev = training_sentences(shared, mode == "dev", ("camel",))
    gold_crf = (ROOT / "work/ner/aug_base.crfsuite") if mode == "dev" else out / "gold.crfsuite"
    if mode != "dev":
        train_crf(sents, lex, gold_crf)
    silver = silver_sentences(shared, gold_crf, lex)
    print("silver", len(silver), flush=True)
    t = time.time()
    train_crf(
        sents,
        lex,
        out / "ner.crfsuite",
        silver=silver + news * copies,
        gold_copies=GOLD_COPIES,
        mask=(MASK_ENTITY, MASK_OTHER),
    )
    print("trained", time.time() - t, flush=True)
