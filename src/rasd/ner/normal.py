"""Word normalisation shared by training and inference (the two must agree exactly)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_DIACRITICS = re.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]")
_TABLE = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ة": "ه",
        "ؤ": "و",
        "ئ": "ي",
        **{chr(0x0660 + i): str(i) for i in range(10)},
        **{chr(0x06F0 + i): str(i) for i in range(10)},
    }
)
_DIGITS = re.compile(r"\d")
# Arabic presentation forms (positional glyphs some outlets and PDF copies use): NFKC maps them to letters
_PRESENTATION = re.compile(r"[\uFB50-\uFDFF\uFE70-\uFEFF]")


@lru_cache(maxsize=50_000)
def normalise_word(word: str) -> str:
    """Fold spelling variants so that one name has one key.

    >>> normalise_word("أُسامة")
    'اسامه'
    >>> normalise_word("ﺍﻟﺼﻨﺪﻭﻕ")  # presentation forms
    'الصندوق'
    """
    if _PRESENTATION.search(word):
        word = unicodedata.normalize("NFKC", word)
    w = _DIACRITICS.sub("", word).translate(_TABLE)
    return _DIGITS.sub("0", w).lower()
