"""Token-level comparison of names: same script, across scripts, with attached prefixes.

Each comparison returns a :class:`TokenSim` with a score in [0, 1] and a short detail, so
the name matcher can explain itself: ``ترامب ~ ترمب (spelling variant 0.93)``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from rasd.resolve.normalise import has_arabic, normalise_arabic
from rasd.resolve.phonetic import arabic_similarity, consonant_key, loose_latin, similarity
from rasd.resolve.translit import load_model, word_candidates

# Attached particles (و ب ل ف ك and their combinations with ال), longest first.
ATTACHED_PREFIXES = ("وبال", "وال", "بال", "كال", "فال", "ولل", "لل", "ال", "و", "ب", "ل", "ف", "ك")
# A token at or above this similarity counts as the same name word.
TOKEN_OK = 0.82
WORDS_FILE = Path(__file__).resolve().parent / "data" / "name_words.yaml"


@dataclass(frozen=True)
class TokenSim:
    """How alike two name tokens are, and why."""

    score: float
    kind: str  # "same", "variant", "prefix", "translit", "different"
    detail: str


def strip_article(token: str) -> str:
    """Drop the Arabic article from a long enough token: ``الشاعر → شاعر``; ``الان`` stays."""
    if token.startswith("ال") and len(token) >= 5:
        return token[2:]
    return token


def prefix_forms(token: str) -> list[str]:
    """Forms of an Arabic token with one attached particle removed: ``لهاريس → هاريس``."""
    forms = []
    for prefix in ATTACHED_PREFIXES:
        rest = token[len(prefix) :]
        if token.startswith(prefix) and len(rest) >= 3:
            forms.append(rest)
    return forms


def _dictionary_spellings(token: str) -> set[str] | None:
    seen = load_model().dictionary.get(token)
    if not seen:
        return None
    return {text for text, count in seen}


def _distinct_by_dictionary(a: str, b: str) -> bool:
    """Both tokens are known names whose Latin spellings never overlap (حسن/حسين, محمد/محمود)."""
    sa, sb = _dictionary_spellings(a), _dictionary_spellings(b)
    if sa is None or sb is None:
        return False
    return not (sa & sb) and all(similarity(x, y) < 0.8 for x in sa for y in sb)


@lru_cache(maxsize=50_000)
def arabic_tokens(a: str, b: str) -> TokenSim:
    """Two normalised Arabic tokens.

    >>> arabic_tokens("ترامب", "ترمب").score >= TOKEN_OK
    True
    >>> arabic_tokens("حسن", "حسين").kind
    'different'
    """
    if a == b:
        return TokenSim(1.0, "same", a)
    sa, sb = strip_article(a), strip_article(b)
    if sa == sb:
        return TokenSim(0.98, "same", f"{a} ~ {b} (article)")
    for x, ys in ((a, prefix_forms(b)), (b, prefix_forms(a))):
        if x in ys:
            return TokenSim(0.95, "prefix", f"{a} ~ {b} (attached prefix)")
    if _distinct_by_dictionary(a, b):
        return TokenSim(0.3, "different", f"{a} ≠ {b} (different known names)")
    score = arabic_similarity(sa, sb)
    if consonant_key(sa) != consonant_key(sb):
        score = min(score, 0.85)  # a real consonant change is a different name more often than not
    return TokenSim(round(score, 3), "variant" if score >= TOKEN_OK else "different", f"{a} ~ {b} ({score:.2f})")


@lru_cache(maxsize=50_000)
def latin_tokens(a: str, b: str) -> TokenSim:
    """Two folded Latin tokens (initials match their full word: ``j ~ james``)."""
    if a == b:
        return TokenSim(1.0, "same", a)
    if (len(a) == 1 or len(b) == 1) and a[0] == b[0]:
        return TokenSim(0.85, "variant", f"{a} ~ {b} (initial)")
    for x, y in ((a, b), (b, a)):
        if x.startswith(("al", "el")) and x[2:] == y and len(y) >= 3:
            return TokenSim(0.95, "variant", f"{a} ~ {b} (article)")
    score = similarity(a, b)
    if loose_latin(a) == loose_latin(b):
        score = max(score, 0.9)  # Doria ~ Dorreya, Katy ~ Katie
    ka, kb = consonant_key(a), consonant_key(b)
    if ka == kb and (len(ka) >= 3 or (len(ka) == 2 and score >= 0.6)):
        score = max(score, 0.86)  # Jawhar ~ Jaouhar, Mohamed ~ Mohammed
    return TokenSim(round(score, 3), "variant" if score >= TOKEN_OK else "different", f"{a} ~ {b} ({score:.2f})")


def _arabic_lookup_forms(token: str) -> list[str]:
    base = strip_article(normalise_arabic(token))
    forms = [base]
    if base.endswith("ه") and len(base) > 3:
        forms.append(base[:-1])
    return forms


@lru_cache(maxsize=1)
def translations() -> dict[str, frozenset[str]]:
    """English institutional word → its Arabic forms (normalised, no article, no final ة)."""
    raw = yaml.safe_load(WORDS_FILE.read_text(encoding="utf-8")).get("translations", {})
    table: dict[str, frozenset[str]] = {}
    for english, arabic in raw.items():
        forms: set[str] = set()
        for word in arabic:
            forms.update(_arabic_lookup_forms(str(word)))
        table[str(english)] = frozenset(forms)
    return table


def translation_of(arabic: str, latin: str) -> bool:
    """``لجنة`` ~ ``committee``, ``الجمهوري`` ~ ``republican``: same word in the two languages."""
    table = translations()
    candidates = [latin, latin[:-1]] if latin.endswith("s") and len(latin) > 3 else [latin]
    forms = set(_arabic_lookup_forms(arabic))
    return any(forms & table.get(c, frozenset()) for c in candidates)


def translation_keys(token: str) -> set[str]:
    """English words a token stands for, for blocking: ``الجمهوري → {"republican"}``."""
    table = translations()
    if has_arabic(token):
        forms = set(_arabic_lookup_forms(token))
        return {en for en, ar in table.items() if forms & ar}
    singular = token[:-1] if token.endswith("s") and len(token) > 3 else token
    return {w for w in (token, singular) if w in table}


@lru_cache(maxsize=50_000)
def cross_tokens(arabic: str, latin: str) -> TokenSim:
    """An Arabic token against a Latin one, through transliteration candidates and consonant keys.

    >>> cross_tokens("سوروس", "soros").kind
    'translit'
    """
    forms = [arabic, *prefix_forms(arabic)]
    for form in forms[:3]:
        if translation_of(form, latin):
            return TokenSim(0.95, "translation", f"{latin} = {form} (translation)")
    best = 0.0
    best_form = arabic
    for form in forms[:3]:
        penalty = 0.0 if form == arabic else 0.04
        cands = word_candidates(form, 5)
        loose = loose_latin(latin)
        known = _dictionary_spellings(normalise_arabic(form)) or set()
        # For a known name, spellings nobody used for it (model guesses) count a little less.
        s1 = max(
            (
                max(similarity(c, latin), similarity(loose_latin(c), loose)) - (0.05 if known and c not in known else 0.0)
                for c, _ in cands
            ),
            default=0.0,
        )
        if latin.startswith(("al", "el")) and form.startswith("ال"):
            s1 = max(s1, max((similarity(c, latin[2:]) for c, _ in word_candidates(form[2:], 5)), default=0.0))
        ka, kl = consonant_key(form), consonant_key(latin)
        s2 = similarity(ka, kl) if len(ka) >= 2 and len(kl) >= 2 else 0.0
        # A long shared consonant skeleton is strong evidence even when vowels were guessed wrong.
        w = 0.65 if len(kl) >= 3 else 0.3
        score = max(s1, (1 - w) * s1 + w * s2) - penalty
        if score > best:
            best, best_form = score, form
    kind = "translit" if best >= TOKEN_OK else "different"
    return TokenSim(round(best, 3), kind, f"{latin} ~ {best_form} ({best:.2f})")


def compare_tokens(a: str, b: str) -> TokenSim:
    """Dispatch on scripts; tokens are already normalised (see ``normalise.name_tokens``)."""
    ar_a, ar_b = has_arabic(a), has_arabic(b)
    if ar_a and ar_b:
        return arabic_tokens(normalise_arabic(a), normalise_arabic(b))
    if not ar_a and not ar_b:
        return latin_tokens(a, b)
    return cross_tokens(a, b) if ar_a else cross_tokens(b, a)
