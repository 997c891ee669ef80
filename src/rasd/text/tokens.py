"""Tokens with offsets into the original text."""

from __future__ import annotations

import re
from dataclasses import dataclass

# A token is a dotted Arabic abbreviation (سي.إن.بي.سي: three parts or more of one or two letters), a run of
# letters/digits/marks (Arabic, Latin, digits, with inner dots/commas in numbers), or a single
# punctuation character.
_TOKEN_RE = re.compile(
    r"[\u0621-\u064A]{1,2}(?:\.[\u0621-\u064A]{1,2}){2,}(?![\u0621-\u064A])"
    r"|\d+(?:[.,٫٬]\d+|،\d{3}(?!\d))*|[^\W\d_]+(?:[\u064B-\u0652\u0670\u0640][^\W\d_]*)*|\S", re.UNICODE
)


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into tokens; ``text[t.start:t.end] == t.text`` for every token.

    >>> [t.text for t in tokenize("قال ماسك: 100 مليون.")]
    ['قال', 'ماسك', ':', '100', 'مليون', '.']
    >>> [t.text for t in tokenize("لشبكة سي.إن.بي.سي الخميس")]
    ['لشبكة', 'سي.إن.بي.سي', 'الخميس']
    """
    return [Token(m.start(), m.end(), m.group()) for m in _TOKEN_RE.finditer(text)]
