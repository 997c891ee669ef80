"""Names the raw news itself announces: ``corpus_names.tsv`` for the recogniser's ``rule:corpus-name``.

A word (or two-word name) goes in the list with type ORG or GPE when, across the raw ANT news,

- it often follows a word that announces that type (ORG: شركة، حزب، حركة، تنظيم، صحيفة، موقع …;
  GPE: مدينة، محافظة، ولاية، بلدة …): "تنظيم داعش", "مدينة الموصل";
- and the trained CRF, reading the same news, itself tags it with that type often enough.

Both counts are shares of all its occurrences, so common words that sometimes follow such a word
("تنظيم الانتخابات", "القاعدة العسكرية") stay out. The list is general knowledge mined from the
news, not from any annotated article. Built by ``python -m rasd.ner.train`` after the CRF (or
``--names-only``); takes about five minutes on one core.
"""

from __future__ import annotations

import lzma
import re
from collections import Counter
from pathlib import Path

from rasd.ner.normal import normalise_word

ORG_WORDS = frozenset(
    normalise_word(w)
    for w in (
        "شركة حزب حركة تنظيم جماعة صحيفة جريدة موقع وكالة قناة شبكة منظمة ميليشيات ميليشيا مليشيات جبهة"
        " تحالف منصة تطبيق مجموعة بنك مصرف"
    ).split()
)
GPE_WORDS = frozenset(
    normalise_word(w) for w in "مدينة محافظة ولاية بلدة إقليم مقاطعة قرية عاصمة جمهورية دولة".split()
)
MIN_AFTER = 10  # times after a type word
MIN_TAGGED = 10  # times the CRF tags it so
_ARABIC = re.compile(r"^[\u0621-\u064a]+$")


_TYPE_WORDS = ORG_WORDS | GPE_WORDS


def _announced(norms: list[str], i: int) -> str | None:
    w = norms[i]
    base = w[1:] if w[:1] in "وبل" and w[1:] in _TYPE_WORDS else w
    return "ORG" if base in ORG_WORDS else "GPE" if base in GPE_WORDS else None


def mine(raw_files: list[Path], model_dir: Path | None = None) -> list[tuple[str, str]]:
    """(normalised name, type) pairs from the raw news files (one article per line, xz), tagged by the
    CRF in ``model_dir`` (the shipped model by default)."""
    from rasd.ner import pipeline as P
    from rasd.text.tokens import tokenize

    model = P.load_model(model_dir or P.MODEL_DIR)
    after: Counter[tuple[str, tuple[str, ...]]] = Counter()
    tagged: Counter[tuple[str, tuple[str, ...]]] = Counter()
    docs: list[list[str]] = []
    for path in raw_files:
        with lzma.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                toks = tokenize(line)
                if not toks:
                    continue
                words = [t.text for t in toks]
                norms = [normalise_word(w) for w in words]
                docs.append(norms)
                for i in range(len(norms) - 1):
                    ty = _announced(norms, i)
                    if ty is not None:
                        after[(ty, (norms[i + 1],))] += 1
                        if i + 2 < len(norms):
                            after[(ty, (norms[i + 1], norms[i + 2]))] += 1
                # the first CRF alone: the mined names are those it tags often
                tags = P._tag_sentences(model, words, P._sentences(line, toks), news=False)
                for i, j, lab in P._bio_spans(tags):
                    if j - i <= 2:
                        label = P.LABELS[lab]
                        tagged[("GPE" if label == "LOC" else label, tuple(norms[i:j]))] += 1
    cands = {ng for (_, ng), c in after.items() if c >= MIN_AFTER}
    total: Counter[tuple[str, ...]] = Counter()
    for norms in docs:
        for i in range(len(norms)):
            for k in (1, 2):
                ng = tuple(norms[i : i + k])
                if len(ng) == k and ng in cands:
                    total[ng] += 1
    out = []
    for (ty, ng), c in after.items():
        t = total.get(ng, 0)
        tg = tagged.get((ty, ng), 0)
        if c < MIN_AFTER or not t or tg < MIN_TAGGED:
            continue
        if any(not _ARABIC.match(w) for w in ng) or ng[0].startswith("و"):
            continue
        a, b = c / t, tg / t
        if len(ng) == 1 and (b < 0.15 or (a < 0.3 and b < 0.25)):
            continue  # a single word must be a name the CRF itself often finds
        if (a >= 0.1 and b >= 0.2) or (a >= 0.3 and b >= 0.1):
            out.append((" ".join(ng), ty))
    return _drop_common_forms(sorted(set(out)), model.lexicon)


def _drop_common_forms(pairs: list[tuple[str, str]], lexicon: dict) -> list[tuple[str, str]]:
    """Leave out a name that is another listed name with a particle (لاسراييل) and a one-word name
    that is a relational adjective, told by its feminine form being a word of the news too (قبلي،
    بصري: قبليه، بصريه; دبي has no دبيه)."""
    names = {n for n, _ in pairs}
    out = []
    for name, label in pairs:
        if " " not in name:
            bare = lexicon.get(name[1:]) if name[:1] in "لب" else None
            if name[:1] in "لب" and (name[1:] in names or (bare is not None and bare.freq >= 8)):
                continue  # the name with a particle: the bare form is a frequent word of its own
            if name.endswith("ي") and lexicon.get(name + "ه") is not None and lexicon[name + "ه"].freq >= 3:
                continue
        out.append((name, label))
    return out


def write(pairs: list[tuple[str, str]], path: Path) -> None:
    path.write_text("".join(f"{name}\t{label}\n" for name, label in pairs), encoding="utf-8")
