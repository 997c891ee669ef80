"""Name normalisation for matching: Arabic orthographic variants, Latin folding, tokens.

Kept inside ``rasd.resolve`` on purpose: matching needs a *lossy* form (ة→ه, ى→ي, hamza
seats dropped) that would be wrong for the text layer, whose offsets must stay exact.
"""

from __future__ import annotations

import re
import unicodedata

# Harakat, tanween, shadda, sukun, superscript alef, Quranic marks; tatweel.
_DIACRITICS_RE = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_ARABIC_LETTER_RE = re.compile("[\u0621-\u064a\u0671-\u06d3]")
_LATIN_LETTER_RE = re.compile("[A-Za-z\u00c0-\u024f]")
_SPLIT_RE = re.compile(r"[^\w\u0600-\u06ff]+", re.UNICODE)

# Lossy folds: alef forms, hamza seats, alef maqsura, ta marbuta, Persian letters seen in news.
_ARABIC_FOLD = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ؤ": "و",
        "ئ": "ي",
        "ى": "ي",
        "ة": "ه",
        "ء": "",
        "گ": "ك",
        "ک": "ك",
        "ی": "ي",
        "ڤ": "ف",
        "پ": "ب",
        "چ": "ج",
    }
)


def strip_diacritics(text: str) -> str:
    """Remove harakat, shadda and tatweel; fold presentation forms (NFKC).

    >>> strip_diacritics("صبّان")
    'صبان'
    >>> strip_diacritics("مُحَمَّد")
    'محمد'
    """
    return _DIACRITICS_RE.sub("", unicodedata.normalize("NFKC", text))


def normalise_arabic(text: str) -> str:
    """Lossy Arabic form used for comparison keys: hamza, alef, ya and ta-marbuta variants fold.

    >>> normalise_arabic("إيلون")
    'ايلون'
    >>> normalise_arabic("أسامة") == normalise_arabic("اسامه")
    True
    """
    return strip_diacritics(text).translate(_ARABIC_FOLD)


def fold_latin(text: str) -> str:
    """Lower-case Latin and drop accents: ``"Kösen" → "kosen"``."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def is_arabic(text: str) -> bool:
    """True when ``text`` has more Arabic letters than Latin ones (``"بيتر ثيل"``)."""
    return len(_ARABIC_LETTER_RE.findall(text)) > len(_LATIN_LETTER_RE.findall(text))


def has_arabic(text: str) -> bool:
    """True when ``text`` contains any Arabic letter."""
    return _ARABIC_LETTER_RE.search(text) is not None


def name_tokens(text: str) -> list[str]:
    """Normalised tokens of a name, script-aware; punctuation splits, dots in initials vanish.

    >>> name_tokens("جيه دي فانس")
    ['جيه', 'دي', 'فانس']
    >>> name_tokens("J.D. Vance")
    ['jd', 'vance']
    >>> name_tokens("Paul, Weiss")
    ['paul', 'weiss']
    """
    text = strip_diacritics(text)
    # "J.D." is one token (initials), "Trump-Vance" two.
    text = re.sub(r"(?<=\b[A-Za-z])\.(?=[A-Za-z]\b)", "", text)
    text = text.replace("ـ", "")
    out: list[str] = []
    for raw in _SPLIT_RE.split(text):
        if not raw or raw == "_":
            continue
        out.append(normalise_arabic(raw) if has_arabic(raw) else fold_latin(raw))
    return [t for t in out if t]
