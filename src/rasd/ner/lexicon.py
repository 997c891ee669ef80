"""The word lexicon: raw-news frequency, embedding clusters and name-list flags for normalised words.

Built by ``rasd.ner.train`` (see MODEL_CARD.md) and shipped as ``model/lexicon.tsv.gz``:
``word<TAB>freq_bucket<TAB>cluster ids (comma separated)<TAB>name flags``.
"""

from __future__ import annotations

import gzip
from pathlib import Path

from rasd.ner.features import WordInfo


def load_lexicon(path: Path) -> dict[str, WordInfo]:
    lex: dict[str, WordInfo] = {}
    cache: dict[str, tuple[str, ...]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            word, freq, clusters, gaz = line.rstrip("\n").split("\t")
            cl = cache.setdefault(clusters, tuple(clusters.split(",")) if clusters else ())
            lex[word] = WordInfo(int(freq), cl, gaz)
    return lex


def save_lexicon(path: Path, lex: dict[str, WordInfo]) -> None:
    with gzip.GzipFile(path, "wb", mtime=0) as raw:
        for word in sorted(lex):
            info = lex[word]
            raw.write(f"{word}\t{info.freq}\t{','.join(info.clusters)}\t{info.gaz}\n".encode())
