"""Regexes built from Arabic word lists, tolerant of spelling variation.

Data tables (currencies, amount phrases, months) list words as usually written; the regex built
here also matches the other hamza spellings of alef (أ إ آ ا), ة/ه, ى/ي, tatweel and diacritics
(``دولارًا``), so tables stay short and matching stays one compiled pass.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_KEY_TABLE = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "\u0640": None}
    | {chr(c): None for c in range(0x064B, 0x0653)}
    | {chr(0x0660 + i): str(i) for i in range(10)}
)
_CLASSES = {"ا": "[اأإآٱ]", "ه": "[هة]", "ي": "[يى]", " ": r"\s+"}
_MARKS = "[\u064b-\u0652\u0640]*"


def word_key(word: str) -> str:
    """Lookup key of an Arabic word or phrase: no diacritics/tatweel, plain alef, ه for ة, ي for ى.

    >>> word_key("دولاراً") == word_key("دولارا"), word_key("مئة")
    (True, 'مئه')
    """
    return " ".join(word.translate(_KEY_TABLE).split())


def phrase_regex(forms: Iterable[str], *, marks: bool = True) -> str:
    """A regex (no groups) matching any of ``forms``, shaped like a trie so the longest form wins.

    ``marks`` allows diacritics and tatweel after every letter (``دولارًا``، ``أمريكيًا``).

    >>> rx = re.compile(phrase_regex(["جنيه", "جنيه إسترليني"]))
    >>> rx.match("جنية استرليني").group()
    'جنية استرليني'
    """
    trie: dict[str, dict] = {}
    for form in {word_key(f) for f in forms}:
        node = trie
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        alts = []
        for ch, child in sorted(node.items()):
            if not ch:
                continue
            piece = _CLASSES.get(ch, re.escape(ch))
            if marks and ch != " " and ch.isalpha():
                piece += _MARKS
            alts.append(piece + emit(child))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return emit(trie)
