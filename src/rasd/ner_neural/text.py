"""Token normalisation shared by training and inference (must stay identical in both)."""

from __future__ import annotations

import re
from functools import lru_cache

from rasd.text.normalise import normalise

_DIGIT_RE = re.compile(r"[0-9]")
_TOKEN_RE = re.compile(r"\w+|[^\w\s]")
_LATIN_RE = re.compile(r"[A-Za-z]")
_ARABIC_RE = re.compile(r"[\u0600-\u06FF]")
# Proclitics that attach to names in running text: wa-, fa-, bi-, li-, ka-, al-, and combinations.
_PREFIXES = ("وبال", "وال", "بال", "لل", "فال", "كال", "ال", "و", "ب", "ل", "ف", "ك")


@lru_cache(maxsize=200_000)
def norm_word(w: str) -> str:
    """Normalised form used for the word-vector lookup: rasd normalisation, lower case, digits -> 0."""
    n = normalise(w).replace(" ", "").lower()
    if not n:
        n = w.lower()
    return _DIGIT_RE.sub("0", n)


def tokenize(text: str) -> list[str]:
    """Split normalised raw text into word and punctuation tokens (ANERcorp-like)."""
    return _TOKEN_RE.findall(text)


def strip_prefix_variants(n: str) -> list[str]:
    """The word and its forms with one attached proclitic removed (stems of at least 2 letters)."""
    out = [n]
    for p in _PREFIXES:
        if n.startswith(p) and len(n) - len(p) >= 2:
            out.append(n[len(p) :])
    return out


def is_latin(w: str) -> bool:
    return bool(_LATIN_RE.search(w))


def has_arabic(w: str) -> bool:
    return bool(_ARABIC_RE.search(w))
