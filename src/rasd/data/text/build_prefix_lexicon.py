"""Build ``prefix_lexicon.tsv``: the word-form counts that decide proclitic stripping.

Run from the repository root (needs the ../shared data folder)::

    .venv/bin/python src/rasd/data/text/build_prefix_lexicon.py ../shared/data

Sources, both with licences that allow shipping derived counts:

* ``arabic_news_raw/ant_*.txt.xz`` — the ANT news corpus (Apache-2.0; cite Chouigui et al. 2017/2021).
  Only diacritic/tatweel-stripped word forms are counted; hamza spellings are kept apart on purpose
  (``فانس`` must not be read as ``ف`` + ``انس`` just because ``أنس`` is a common name).
* ``wikidata_en_ar_names_coling2018/wd_arabic.normalized.aligned.tokens`` — Wikidata person-name
  words (CC0). A name word is marked with ``N`` so that ``وارن`` or ``بلير`` stay whole.

The file keeps only what :func:`rasd.text.prefixes.strip_prefix` looks up: forms that start with a
proclitic letter, and the stems those forms would leave. Rows: ``form<TAB>count<TAB>flag``.
"""

from __future__ import annotations

import lzma
import re
import sys
from collections import Counter
from pathlib import Path

_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_WORD = re.compile(r"[\u0621-\u064a]+")
_PROCLITIC = re.compile(r"^(?:[وف]?[بكل]?ال|[وف]?لل|[وف][بكل]?|[بكل])")
MIN_COUNT = 3


def _stems(word: str) -> list[str]:
    out = []
    for cut in range(1, min(len(word) - 2, 5)):
        head = word[:cut]
        if _PROCLITIC.fullmatch(head):
            out.append(word[cut:])
    return out


def build(shared: Path) -> list[tuple[str, int, str]]:
    counts: Counter[str] = Counter()
    for path in sorted((shared / "arabic_news_raw").glob("ant_*.txt.xz")):
        with lzma.open(path, "rt", encoding="utf-8") as handle:
            for line in handle:
                counts.update(_WORD.findall(_DIACRITICS.sub("", line)))
    names: set[str] = set()
    tokens = shared / "wikidata_en_ar_names_coling2018" / "wd_arabic.normalized.aligned.tokens"
    for line in tokens.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 3 and int(parts[2]) >= 2:
            word = parts[1].replace(" ", "")
            if len(word) >= 3 and word[0] in "وفبلكا":
                names.add(word)
    keep: dict[str, int] = {}
    for word, n in counts.items():
        if n < MIN_COUNT or word[0] not in "وفبلك":
            continue
        keep[word] = n
        for stem in _stems(word):
            if counts[stem] >= MIN_COUNT:
                keep[stem] = counts[stem]
    for name in names:
        keep.setdefault(name, counts[name])
        for stem in _stems(name):
            if counts[stem] >= MIN_COUNT:
                keep[stem] = counts[stem]
    return sorted(((w, n, "N" if w in names else "") for w, n in keep.items()), key=lambda r: (-r[1], r[0]))


def main(argv: list[str]) -> int:
    shared = Path(argv[1]) if len(argv) > 1 else Path("../shared/data")
    rows = build(shared)
    out = Path(__file__).with_name("prefix_lexicon.tsv")
    with out.open("w", encoding="utf-8") as handle:
        handle.write(
            "# form\tcount\tflag (N = Wikidata person-name word). Built by build_prefix_lexicon.py\n"
        )
        for word, n, flag in rows:
            handle.write(f"{word}\t{n}\t{flag}\n")
    print(f"wrote {len(rows)} rows to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
