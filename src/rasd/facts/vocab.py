"""Fact vocabularies: YAML tables in rasd/data/facts, compiled once into phrase matchers.

Adding a role title, a donation verb or a speech verb is a data change, not a code change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from rasd.text.normalise import normalise

# Proclitics allowed before a phrase: conjunction و/ف, then a preposition ب/ل/ك or future س.
# (a future س is taken as a prefix only when the table lacks the word with it: "سيتبرع" is its own phrase)
_LEAD = r"(?:[وف]?(?:[بلك]?|س??))"
_END = r"(?![^\W_])"
_START = r"(?<![^\W_])"


@cache
def load(name: str) -> dict[str, Any]:
    """A vocabulary table from rasd/data/facts/<name>.yaml."""
    path = resources.files("rasd") / "data" / "facts" / f"{name}.yaml"
    with path.open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    return data if isinstance(data, dict) else {"items": data}


@dataclass(frozen=True)
class PhraseHit:
    start: int  # offsets into the normalised sentence (see Sentence.orig)
    end: int
    phrase: str  # the phrase as written in the table
    data: Any


class PhraseMatcher:
    """Find table phrases in normalised text, longest first, with attached proclitics allowed.

    A phrase that starts with ال also matches after ل as لل (ل + المرشحة → للمرشحة).
    """

    def __init__(self, entries: list[tuple[str, Any]], proclitics: bool = True) -> None:
        self._data: dict[str, tuple[str, Any]] = {}
        alts: list[str] = []
        for phrase, data in entries:
            key = normalise(phrase).replace("ـ", "")
            if not key or key in self._data:
                continue
            self._data[key] = (phrase, data)
            alts.append(key)
        alts.sort(key=len, reverse=True)
        body = "|".join(re.escape(a) for a in alts) or r"(?!x)x"
        lead = _LEAD if proclitics else ""
        # لل + rest for phrases starting with ال
        self._re = re.compile(rf"{_START}(?:{lead}(?P<p>{body})|[وف]?لل(?P<q>{body_without_al(alts)})){_END}")

    def find(self, norm: str) -> list[PhraseHit]:
        hits = []
        for m in self._re.finditer(norm):
            if m.group("p") is not None:
                key, start = m.group("p"), m.start("p")
            else:
                key, start = "ال" + m.group("q"), m.start("q") - 2
            phrase, data = self._data[key]
            hits.append(PhraseHit(max(start, m.start()), m.end(), phrase, data))
        return hits


def body_without_al(alts: list[str]) -> str:
    rest = [a[2:] for a in alts if a.startswith("ال") and len(a) > 3]
    return "|".join(re.escape(a) for a in rest) or r"(?!x)x"


@cache
def matcher(name: str, key: str, field: str | None = None) -> PhraseMatcher:
    """A matcher over table ``name``'s list ``key``; entries are strings or dicts with ``phrase``."""
    table = load(name)[key]
    entries: list[tuple[str, Any]] = []
    for item in table:
        if isinstance(item, dict):
            entries.append((str(item[field or "phrase"]), item))
        else:
            entries.append((str(item), item))
    return PhraseMatcher(entries)


@cache
def word_set(name: str, key: str) -> frozenset[str]:
    """A table list as a set of normalised words/phrases (tatweel dropped)."""
    return frozenset(normalise(str(w)).replace("ـ", "") for w in load(name)[key])
