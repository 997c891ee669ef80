"""CRF features for one sentence of tokens. Training and inference call the same function."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rasd.ner.clitics import split_proclitic
from rasd.ner.normal import normalise_word

_LATIN = re.compile(r"^[A-Za-z][A-Za-z.&'\-]*$")
_ARABIC = re.compile(r"[\u0600-\u06FF]")
_PUNCT = re.compile(r"^[^\w]+$")


@dataclass(frozen=True)
class WordInfo:
    """What the lexicon knows about a normalised word (see rasd.ner.lexicon)."""

    freq: int  # log2 bucket of its count in the raw news corpus, 0 = unseen
    clusters: tuple[str, ...]  # k-means cluster ids at several granularities, coarse to fine
    gaz: str  # name-list flags, e.g. "P" (person-name token), "" none


_EMPTY = WordInfo(0, (), "")


class _WordView:
    """Everything the features need about one word, computed once per distinct word."""

    __slots__ = ("norm", "stem", "own", "c1", "c2", "gaz", "fq")

    def __init__(self, raw: str, lexicon: dict[str, WordInfo]) -> None:
        w = normalise_word(raw)
        pre, stem = split_proclitic(w)
        if not pre:
            stem = w
        info = lexicon.get(w, _EMPTY)
        sinfo = lexicon.get(stem, _EMPTY) if pre else info
        f = [
            "b",
            "w=" + w,
            "s=" + stem,
            "p2=" + w[:2],
            "p3=" + w[:3],
            "x2=" + w[-2:],
            "x3=" + w[-3:],
            "x4=" + w[-4:],
            "sp2=" + stem[:2],
            "sx2=" + stem[-2:],
            f"len={min(len(w), 9)}",
            f"fq={info.freq}",
            f"sfq={sinfo.freq}",
        ]
        if _LATIN.match(raw):
            f.append("latin")
            if raw[0].isupper():
                f.append("cap")
            if raw.isupper():
                f.append("allcap")
        elif _PUNCT.match(raw):
            f.append("punct=" + raw)
        elif raw[0].isdigit():
            f.append("digit")
        if w.startswith("ال"):
            f.append("al")
        for k, c in enumerate(info.clusters):
            f.append(f"c{k}={c}")
        if stem != w:
            for k, c in enumerate(sinfo.clusters):
                f.append(f"sc{k}={c}")
        if info.gaz:
            f.append("g=" + info.gaz)
        if sinfo.gaz and stem != w:
            f.append("sg=" + sinfo.gaz)
        self.norm = w
        self.stem = stem
        self.own = f
        self.c1 = info.clusters[1] if info.clusters else ""
        self.c2 = info.clusters[2] if info.clusters else ""
        self.gaz = info.gaz
        self.fq = str(info.freq)


_CACHE: dict[tuple[int, str], _WordView] = {}
_CACHE_MAX = 20_000  # words; bounded so a long ingest does not grow without limit


def _view(raw: str, lexicon: dict[str, WordInfo]) -> _WordView:
    key = (id(lexicon), raw)
    v = _CACHE.get(key)
    if v is None:
        if len(_CACHE) >= _CACHE_MAX:
            _CACHE.clear()
        v = _CACHE[key] = _WordView(raw, lexicon)
    return v


_IDENTITY = ("w=", "s=")


class _MaskedView(_WordView):
    """A word seen without its identity (training augmentation): only shape, affixes, clusters, flags."""

    def __init__(self, raw: str, lexicon: dict[str, WordInfo]) -> None:
        super().__init__(raw, lexicon)
        self.own = [f for f in self.own if not f.startswith(_IDENTITY)]
        self.norm = "<unk>"
        self.stem = "<unk>"


def word_features(
    words: list[str], lexicon: dict[str, WordInfo], masked: frozenset[int] = frozenset()
) -> list[list[str]]:
    """Feature strings for every word of one sentence.

    ``masked`` (training only) lists words whose identity is hidden, so the model learns to tag names
    it has never seen from their context, clusters and name-list flags.
    """
    n = len(words)
    vs = [_MaskedView(w, lexicon) if i in masked else _view(w, lexicon) for i, w in enumerate(words)]
    feats: list[list[str]] = []
    for i in range(n):
        v = vs[i]
        f = list(v.own)
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < n:
                u = vs[j]
                f.append(f"{d}w=" + u.norm)
                if u.c1:
                    f.append(f"{d}c1=" + u.c1)
                if d == -1 or d == 1:
                    f.append(f"{d}s=" + u.stem)
                    if u.c2:
                        f.append(f"{d}c2=" + u.c2)
                    if u.gaz:
                        f.append(f"{d}g=" + u.gaz)
                    f.append(f"{d}fq=" + u.fq)
            else:
                f.append(f"{d}w=<pad>")
        if i > 0:
            f.append("bw=" + vs[i - 1].norm + "|" + v.norm)
        if i + 1 < n:
            f.append("bw+=" + v.norm + "|" + vs[i + 1].norm)
        feats.append(f)
    return feats
