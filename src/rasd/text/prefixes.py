"""Attached proclitics (و ف ب ك ل and the article ال) on Arabic words and entity names.

Arabic writes conjunctions, prepositions and the article joined to the next word: ``لكامالا``
is ``ل`` + ``كامالا``, ``وبالتبرع`` is ``و`` + ``ب`` + ``ال`` + ``تبرع``. Names that merely start
with the same letters (``وول ستريت``, ``وارن``, ``بلير``, ``ولاية``, ``فانس``) must stay whole.

A fixed list of such names cannot cover unseen names, so the decision is made from evidence:

1. a caller's ``known(form)`` hook (a gazetteer, the NER's name list) wins when it has an opinion;
2. the shipped lexicon (``rasd/data/text/prefix_lexicon.tsv``): word-form counts from the ANT news
   corpus and person-name words from Wikidata. A prefix is stripped when the remaining stem is
   attested often enough compared with the whole form (``قال`` against ``وقال``); a form that is a
   known name word, or is attested while its stems are not (``ولاية`` against ``لاية``), stays whole;
3. for forms seen nowhere, strip only when at least three letters remain and the split looks like
   clitic + name rather than the start of a transliterated name (``لوتنيك``، ``بروكنز``
   stay; ``لزيلينسكي`` → ``زيلينسكي``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

Known = Callable[[str], bool]

_MARKS = frozenset(
    [chr(c) for c in range(0x0610, 0x061B)] + [chr(c) for c in range(0x064B, 0x0660)] + ["\u0670", "\u0640"]
)
_CLITIC = re.compile(r"[وف]?[بكل]?|[وف]?لل")
_BARE_CLITIC = re.compile(r"(?:[وف]?[بكل]|[وف])ال?|[وف]?لل|[وف]?[بكل]")
MIN_STEM_LETTERS = 3
MIN_COUNT = 3
# A stem must be at least this share of the whole form's count to justify stripping.
STEM_RATIO = 0.1


@dataclass(frozen=True)
class PrefixLexicon:
    """Counts of word forms (diacritics removed, hamza kept) and the set of known name words."""

    counts: dict[str, int] = field(default_factory=dict)
    names: frozenset[str] = frozenset()

    def count(self, form: str) -> int:
        return self.counts.get(form, 0)


@cache
def default_lexicon() -> PrefixLexicon:
    """The lexicon shipped in ``rasd/data/text/prefix_lexicon.tsv`` (loaded once)."""
    counts: dict[str, int] = {}
    names: set[str] = set()
    raw = resources.files("rasd.data").joinpath("text/prefix_lexicon.tsv").read_text(encoding="utf-8")
    for line in raw.splitlines():
        if not line or line.startswith("#"):
            continue
        form, n, flag = line.split("\t")
        counts[form] = int(n)
        if flag == "N":
            names.add(form)
    return PrefixLexicon(counts, frozenset(names))


def _key(word: str) -> tuple[str, list[int]]:
    """``word`` without diacritics/tatweel, and the index in ``word`` of each kept character."""
    chars: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(word):
        if ch not in _MARKS:
            chars.append(ch)
            index.append(i)
    return "".join(chars), index


def _letters(s: str) -> int:
    return sum(1 for ch in s if ch.isalpha())


def _choose_clitic(key: str, known: Known | None, lex: PrefixLexicon) -> int:
    """Length (in ``key``) of the conjunction/preposition proclitic to remove; 0 keeps the word."""
    cuts = [c for c in range(1, 4) if _CLITIC.fullmatch(key[:c]) and _letters(key[c:]) >= MIN_STEM_LETTERS]
    if not cuts:
        return 0
    if known is not None:
        if known(key):
            return 0
        for c in cuts:
            if known(key[c:]):
                return c
    if key in lex.names:
        return 0
    whole = lex.count(key)
    floor = max(MIN_COUNT, STEM_RATIO * whole)
    passing = [c for c in cuts if lex.count(key[c:]) >= floor]
    # The shallowest attested stem that would itself stay whole: و + بليك, not وب + ليك;
    # و + ب + التبرع goes on to التبرع because بالتبرع itself splits.
    for c in passing:
        if _choose_clitic(key[c:], known, lex) == 0:
            return c
    if passing:
        return max(passing, key=lambda c: (lex.count(key[c:]), -c))
    if whole >= MIN_COUNT:
        return 0
    for c in cuts:
        if key[c:] in lex.names:
            return c
    for c in cuts:
        if key[c - 2 : c] == "لل" and c >= 2:
            return c  # للقرعيات: the fused ل + ال before an unseen word
    for c in cuts:
        if _plausible_unseen_split(key, c):
            return c
    return 0


def _plausible_unseen_split(key: str, cut: int) -> bool:
    """Whether an unattested ``key`` reads as proclitic ``key[:cut]`` + a name.

    Transliterated foreign names often put a long vowel second (لوتنيك، كويكن، بيشيفار) or start
    with an obstruent + liquid cluster (بروكنز، كروداس، فلاديمير); stripping their first letter
    would leave a stem that starts with a vowel letter or a bare ر/ل, which Arabic proclitic +
    name rarely does. The article is always a clitic (``والكرملين``).
    """
    stem = key[cut:]
    if stem.startswith("ال"):
        return True
    if stem.startswith(("يت", "يست")) and len(stem) >= 5:
        return True  # an imperfect verb (ويتكيف، فيستمر), not a name
    if stem[0] in "اوي":
        return False
    return not (key[cut - 1] in "بكف" and stem[0] in "رل")


def strip_prefix(word: str, known: Known | None = None, *, keep_article: bool = False) -> tuple[int, str]:
    """Remove attached proclitics from ``word``; return ``(offset, stem)`` with ``word[offset:] == stem``.

    ``known(form)`` may say that a form (diacritics and tatweel removed) is a known word or name.
    With ``keep_article`` the definite article stays (``والحزب`` → ``الحزب``); the fused ``لل``
    (``ل`` + ``ال``) is always removed whole (``للحزب`` → ``حزب``).

    >>> strip_prefix("لكامالا")
    (1, 'كامالا')
    >>> strip_prefix("بالتبرع")
    (3, 'تبرع')
    >>> strip_prefix("والحزب", keep_article=True)
    (1, 'الحزب')
    >>> strip_prefix("ولاية"), strip_prefix("وارن"), strip_prefix("بلير")
    ((0, 'ولاية'), (0, 'وارن'), (0, 'بلير'))
    >>> strip_prefix("لـLinkedIn")
    (2, 'LinkedIn')
    """
    key, index = _key(word)
    if len(key) < 2:
        return 0, word
    lex = default_lexicon()
    cut = _choose_clitic(key, known, lex)
    if cut == 0 and key[0] in "بلكوف" and len(key) > 1 and "\u0640" in word[: index[1]]:
        cut = 1  # "لـLinkedIn", "بـ100": the tatweel marks the letter as a separate proclitic
    if not keep_article and key[cut : cut + 2] == "ال" and _letters(key[cut + 2 :]) >= MIN_STEM_LETTERS:
        stem = key[cut:]
        rest = key[cut + 2 :]
        attested = lex.count(stem) >= MIN_COUNT and lex.count(rest) < STEM_RATIO * lex.count(stem)
        if stem not in lex.names and not (known and known(stem)) and not attested:
            cut += 2
    if cut == 0:
        return 0, word
    offset = index[cut] if cut < len(index) else len(word)
    return offset, word[offset:]


_WORD_END = re.compile(r"\s")


def strip_name_prefix(text: str, start: int, end: int, known: Known | None = None) -> tuple[int, int]:
    """Move a name span's start past a proclitic attached to its first word; the article stays.

    >>> t = "الدعم المالي لكامالا هاريس والمؤسس المشارك لـ LinkedIn"
    >>> s, e = strip_name_prefix(t, 13, 26); t[s:e]
    'كامالا هاريس'
    >>> s, e = strip_name_prefix(t, 43, len(t)); t[s:e]
    'LinkedIn'
    >>> s, e = strip_name_prefix("في وول ستريت", 3, 12); (s, e)
    (3, 12)
    """
    m = _WORD_END.search(text, start, end)
    first_end = m.start() if m else end
    first = text[start:first_end]
    key, _ = _key(first)
    if m and _BARE_CLITIC.fullmatch(key) and first.endswith("\u0640"):
        # "لـ LinkedIn": a free-standing clitic written with tatweel before the name.
        nxt = m.end()
        while nxt < end and text[nxt].isspace():
            nxt += 1
        return (nxt, end) if nxt < end else (start, end)
    offset, _stem = strip_prefix(first, known, keep_article=True)
    if offset and first[offset - 1] == "ك":
        # ك ("as, like") glued to a name is rare, names that start with ك are many: كيكل is not ك + يكل
        # ("كـ" with a tatweel is still cut above and here, the tatweel being the last character cut)
        offset -= 1
    return start + offset, end
