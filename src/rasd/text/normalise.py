"""Normalisation for matching: a copy of the text with spelling variation removed.

Stored text is never changed; :func:`normalise_with_map` says, for every character of the copy,
which character of the original it came from, so a match found on the copy can be reported
with offsets into the original.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

# Harakat, tanween, shadda, sukun, superscript alef, Quranic marks, tatweel.
_DROP = frozenset(
    [chr(c) for c in range(0x0610, 0x061B)]
    + [chr(c) for c in range(0x064B, 0x0660)]
    + ["\u0670", "\u0640"]
    + [chr(c) for c in range(0x06D6, 0x06EE)]
    + ["\u200c", "\u200d", "\u200e", "\u200f", "\u061c", "\ufeff"]
)

_LETTERS = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ى": "ي",
    "ة": "ه",
    "ی": "ي",  # Persian yeh
    "ک": "ك",  # Persian kaf
}
_DIGITS = {chr(0x0660 + i): str(i) for i in range(10)} | {chr(0x06F0 + i): str(i) for i in range(10)}
_PUNCT = {"٫": ".", "٬": ","}


_TABLE = str.maketrans({ch: None for ch in _DROP} | _LETTERS | _DIGITS | _PUNCT)
_PRESENTATION_RE = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]+")


def _is_presentation_form(ch: str) -> bool:
    code = ord(ch)
    return 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFE


@lru_cache(maxsize=4096)
def _map_char(ch: str) -> str:
    """The normalised replacement of one original character ('' when it is dropped)."""
    if ch in _DROP:
        return ""
    if _is_presentation_form(ch):
        return "".join(_map_char(c) for c in unicodedata.normalize("NFKC", ch))
    if ch in _LETTERS:
        return _LETTERS[ch]
    if ch in _DIGITS:
        return _DIGITS[ch]
    if ch in _PUNCT:
        return _PUNCT[ch]
    if ch.isspace():
        return " "
    return ch


def normalise_with_map(s: str) -> tuple[str, list[int]]:
    """Normalise ``s`` and map each character of the result to its offset in ``s``.

    Runs of whitespace become one space; leading and trailing whitespace is dropped.

    >>> normalise_with_map("إِنَّ")
    ('ان', [0, 2])
    >>> normalise_with_map("ﻻ ٣")   # lam-alef ligature and an Arabic-Indic digit
    ('لا 3', [0, 0, 1, 2])
    """
    out: list[str] = []
    offsets: list[int] = []
    pending_space = -1
    for i, ch in enumerate(s):
        rep = _map_char(ch)
        if not rep:
            continue
        if rep == " ":
            if pending_space < 0:
                pending_space = i
            continue
        if pending_space >= 0:
            if out:
                out.append(" ")
                offsets.append(pending_space)
            pending_space = -1
        for c in rep:
            out.append(c)
            offsets.append(i)
    return "".join(out), offsets


@lru_cache(maxsize=1 << 16)  # a pure function called on the same words many times per article
def normalise(s: str) -> str:
    """A normalised copy of ``s`` for matching names and phrases.

    Strips diacritics and tatweel, unifies alef forms (أ إ آ ٱ → ا), ى → ي, ة → ه,
    Arabic-Indic digits → Western, presentation forms → base letters, collapses spaces.

    >>> normalise("مُؤسَّسة  إيلون   ماسك ٢٠٢٤")
    'مؤسسه ايلون ماسك 2024'
    >>> normalise("كامالا هاريس") == normalise("كامالا  هاريس")
    True
    """
    if s.isascii():
        return " ".join(s.split())
    if _PRESENTATION_RE.search(s):
        s = _PRESENTATION_RE.sub(lambda m: unicodedata.normalize("NFKC", m.group()), s)
    return " ".join(s.translate(_TABLE).split())


def original_span(offsets: Sequence[int], start: int, end: int) -> tuple[int, int]:
    """Offsets in the original text of the normalised slice ``[start, end)``.

    >>> text = "قال مُحمد"
    >>> norm, offsets = normalise_with_map(text)
    >>> i = norm.index("محمد")
    >>> s, e = original_span(offsets, i, i + 4)
    >>> text[s:e]
    'مُحمد'
    """
    if end <= start:
        raise ValueError(f"empty span [{start}, {end})")
    return offsets[start], offsets[end - 1] + 1
