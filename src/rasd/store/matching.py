"""The store's view of cross-article name matching: blocking keys, decisions, normalised names.

The matcher itself lives in ``rasd.resolve.match`` (another component); this module adapts it and
falls back to "same normalised name" when it is not importable, so the store always works and a
missing matcher can only cause missed merges, never wrong ones.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

# Types whose names are compared across articles. ANON ("أحد مديري الصناديق") is a description,
# not a name: two anonymous sources are never assumed to be the same person.
RESOLVABLE_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "MISC"})

_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_FOLD = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي", "ء": ""}
)
_SPLIT = re.compile(r"[^\w\u0600-\u06ff]+")


def _fallback_tokens(name: str) -> list[str]:
    text = _DIACRITICS.sub("", unicodedata.normalize("NFKC", name)).translate(_FOLD)
    decomposed = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in decomposed if not unicodedata.combining(c) or "\u0600" <= c <= "\u06ff")
    return [t.lower() for t in _SPLIT.split(text) if t and t != "_"]


def normalise_name(name: str) -> str:
    """The form names are compared and looked up by: hamza/alef/ta-marbuta folded, no diacritics.

    >>> normalise_name("أسامة") == normalise_name("اسامه")
    True
    >>> normalise_name("J.D. Vance")
    'jd vance'
    """
    try:
        from rasd.resolve.normalise import name_tokens
    except ImportError:  # the resolve package is written concurrently
        return " ".join(_fallback_tokens(name))
    return " ".join(name_tokens(name))


@dataclass
class NameInfo:
    """What the store knows of one name holder: a document entity or a global entity."""

    type: str
    name: str
    aliases: list[str] = field(default_factory=list)
    name_latin: str | None = None
    # other full names a global entity is known by (aliases hold short forms like "ثيل")
    other_names: list[str] = field(default_factory=list)


@dataclass
class Decision:
    same: bool
    score: float
    reason: str


class Matcher:
    """Blocking keys and same/not-same decisions, from rasd.resolve.match when available."""

    def __init__(self, use_resolver: bool = True) -> None:
        """``use_resolver=False`` gives the exact-normalised-name fallback (used by tests)."""
        self._impl: Any = None
        impl: Any = None
        if use_resolver:
            try:
                from rasd.resolve import match as impl
            except ImportError:  # written concurrently; the fallback only misses merges
                impl = None
        if impl is not None and all(hasattr(impl, a) for a in ("NameRecord", "compare", "blocking_keys")):
            self._impl = impl

    @property
    def name(self) -> str:
        return "rasd.resolve.match" if self._impl is not None else "exact normalised name (fallback)"

    def _record(self, info: NameInfo) -> Any:
        # Short forms ("ثيل") are left out on purpose: a bare surname matched against another
        # article's full name is the commonest wrong merge, and wrong merges are worse than missed ones.
        return self._impl.NameRecord(
            type=info.type,
            name=info.name,
            aliases=tuple(info.other_names),
            name_latin=info.name_latin,
        )

    def keys(self, info: NameInfo) -> set[str]:
        """Candidate keys; always includes the exact normalised form of every full name."""
        keys = {exact_key(info.type, n) for n in [info.name, *info.other_names] if n.strip()}
        if self._impl is not None:
            try:
                keys |= {f"{info.type}|{k}" for k in self._impl.blocking_keys(self._record(info))}
            except Exception:  # noqa: BLE001 - a matcher bug must not lose an article
                pass
        return keys

    def decide(self, doc: NameInfo, candidate: NameInfo) -> Decision:
        if doc.type != candidate.type:
            return Decision(False, 0.0, f"different types ({doc.type} / {candidate.type})")
        if self._impl is not None:
            try:
                m = self._impl.compare(self._record(doc), self._record(candidate))
            except Exception as exc:  # noqa: BLE001
                return Decision(False, 0.0, f"matcher failed: {type(exc).__name__}")
            reasons = m.reasons if isinstance(m.reasons, str) else "; ".join(str(r) for r in m.reasons)
            return Decision(bool(m.same), float(m.score), reasons or ("same" if m.same else "different"))
        doc_norm = normalise_name(doc.name)
        # full names only: a bare surname ("ماسك") is not enough evidence on its own
        cand_norms = {normalise_name(n) for n in [candidate.name, *candidate.other_names]}
        if doc_norm and doc_norm in cand_norms:
            return Decision(True, 1.0, f"same normalised name ({doc_norm})")
        return Decision(False, 0.0, "names differ")


# A merge across articles needs a confident matcher AND names of the same shape. Without the
# article's context a bare surname ("الحريري"), a shortened organisation ("مجلس الوزراء") or any
# one-word name ("كوري" / "خوري") is ambiguous: it is attached to an earlier entity only when
# that entity bears exactly that name (the exact-name path in Store._attach).
MIN_CROSS_ARTICLE_SCORE = 0.925  # seen on ANT news: 0.92 still let "محمد ماضي" ~ "محمد المهدي" through


def same_shape(doc: NameInfo, candidate: NameInfo) -> bool:
    """True when the doc name has as many words as one of the candidate's full names.

    Spelling variants written with or without a space ("لومير" / "لو مير") count as the same shape.

    >>> same_shape(NameInfo("PERSON", "برونو لومير"), NameInfo("PERSON", "برونو لو مير"))
    True
    >>> same_shape(NameInfo("PERSON", "الحريري"), NameInfo("PERSON", "هيثم الحريري"))
    False
    """
    words = normalise_name(doc.name).split()
    for other in [candidate.name, *candidate.other_names]:
        theirs = normalise_name(other).split()
        if len(theirs) == len(words) or "".join(theirs) == "".join(words):
            return True
    return False


def cross_article_decision(doc: NameInfo, candidate: NameInfo, decision: Decision) -> Decision:
    """The matcher's decision, tightened for merging across articles (see MIN_CROSS_ARTICLE_SCORE)."""
    if not decision.same:
        return decision
    if decision.score < MIN_CROSS_ARTICLE_SCORE:
        return Decision(
            False, decision.score, f"{decision.reason} — below {MIN_CROSS_ARTICLE_SCORE} across articles"
        )
    if len(normalise_name(doc.name).split()) < 2:
        # one word ("كوري", "زيد"): too many people share it for a spelling variant to be evidence
        return Decision(
            False,
            decision.score,
            f"{decision.reason} — a one-word name merges across articles only when spelled the same",
        )
    if not same_shape(doc, candidate):
        return Decision(
            False, decision.score, f"{decision.reason} — a partial name is not merged across articles"
        )
    return decision


def exact_key(entity_type: str, name: str) -> str:
    return f"{entity_type}|={normalise_name(name)}"


@cache
def default_matcher() -> Matcher:
    return Matcher()


class NameGroups:
    """User judgements, replayed: 'same' links form connected components; 'not_same' pairs block.

    Keys are (type, normalised name) so they outlive global ids.
    """

    def __init__(self, rows: Iterable[tuple[str, str, str, str, str]] = ()) -> None:
        self._parent: dict[tuple[str, str], tuple[str, str]] = {}
        self._not_same: set[frozenset[tuple[str, str]]] = set()
        for judgement, lt, ln, rt, rn in rows:
            self.add(judgement, (lt, normalise_name(ln)), (rt, normalise_name(rn)))

    def _find(self, k: tuple[str, str]) -> tuple[str, str]:
        parent = self._parent
        while parent.get(k, k) != k:
            parent[k] = parent.get(parent[k], parent[k])
            k = parent[k]
        return k

    def add(self, judgement: str, a: tuple[str, str], b: tuple[str, str]) -> None:
        if judgement == "same":
            ra, rb = self._find(a), self._find(b)
            self._parent.setdefault(a, a)
            self._parent.setdefault(b, b)
            if ra != rb:
                self._parent[max(ra, rb)] = min(ra, rb)
        else:
            self._not_same.add(frozenset((a, b)))

    def group(self, key: tuple[str, str]) -> set[tuple[str, str]]:
        """Every name judged the same as ``key`` (including itself), or an empty set."""
        if key not in self._parent:
            return set()
        root = self._find(key)
        return {k for k in self._parent if self._find(k) == root}

    def blocked(self, a: tuple[str, str], names: Iterable[tuple[str, str]]) -> tuple[str, str] | None:
        """The first of ``names`` a user judged NOT the same as ``a``, if any."""
        for b in names:
            if frozenset((a, b)) in self._not_same:
                return b
        return None

    @property
    def empty(self) -> bool:
        return not self._parent and not self._not_same
