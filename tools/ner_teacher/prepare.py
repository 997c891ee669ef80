"""CPU side of the GPU teacher (see README.md here): write the files teacher.py reads.

    .venv/bin/python tools/ner_teacher/prepare.py gpu/

- raw_tok.txt.xz: the raw news, tokenised and normalised exactly as ``rasd.ner.train.prepare_raw``
  writes it (one article per line; reused from work/ner/raw_tok.txt when present);
- ner.tsv.xz: ANERcorp CAMeL train (first 90 % = "train", last 10 % = "dev", the split every tuning
  choice is made on) and test ("test", reported only), words normalised, one sentence per line;
- tokenizer.json: a WordPiece vocabulary (24k) trained on the raw news and the train words (``tokenizers``).
"""

from __future__ import annotations

import lzma
import sys
from pathlib import Path

from rasd.ner import data
from rasd.ner.normal import normalise_word
from rasd.ner.train import prepare_raw

VOCAB = 24_000


def main() -> None:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    shared = data.shared_dir()
    work = Path("work/ner")
    work.mkdir(parents=True, exist_ok=True)
    raw = prepare_raw(shared, work)
    if not (out / "raw_tok.txt.xz").exists():
        with open(raw, "rb") as src, lzma.open(out / "raw_tok.txt.xz", "wb", preset=9) as dst:
            dst.write(src.read())
    camel = data.camel_train(shared)
    cut = int(len(camel) * 0.9)
    parts = {"train": camel[:cut], "dev": camel[cut:], "test": data.camel_test(shared)}
    with lzma.open(out / "ner.tsv.xz", "wt", encoding="utf-8") as fh:
        for part, sents in parts.items():
            for s in sents:
                words = [normalise_word(w) or w for w, _ in s]
                fh.write(f"{part}\t{' '.join(words)}\t{' '.join(t for _, t in s)}\n")
    from tokenizers import Tokenizer, models, pre_tokenizers, trainers

    tok = Tokenizer(models.WordPiece(unk_token="[UNK]", max_input_chars_per_word=50))
    tok.pre_tokenizer = pre_tokenizers.WhitespaceSplit()
    trainer = trainers.WordPieceTrainer(
        vocab_size=VOCAB, min_frequency=3, special_tokens=["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
    )
    train_words = (" ".join(normalise_word(w) or w for w, _ in s) for s in parts["train"])
    with open(raw, encoding="utf-8") as fh:
        tok.train_from_iterator(_chain(fh, train_words), trainer=trainer)
    tok.save(str(out / "tokenizer.json"))
    print(f"wrote {out}: vocab {tok.get_vocab_size()}")


def _chain(*its):
    for it in its:
        yield from it


if __name__ == "__main__":
    main()
