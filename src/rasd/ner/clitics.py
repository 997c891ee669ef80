"""Arabic proclitics (و ف ب ل ك ال لل and their combinations) attached to the first word of a name."""

from __future__ import annotations

from functools import lru_cache

# Longest first. "ال" is kept with the name (الجزيرة is a name), so only the particles before it go.
_PROCLITICS = (
    "وبال",
    "وكال",
    "فبال",
    "فلل",
    "ولل",
    "وال",
    "فال",
    "بال",
    "كال",
    "لل",
    "وب",
    "ول",
    "وك",
    "فب",
    "فل",
    "فك",
    "و",
    "ف",
    "ب",
    "ل",
    "ك",
)
_ARTICLE_AFTER = {
    "وال": "ال",
    "فال": "ال",
    "بال": "ال",
    "كال": "ال",
    "وبال": "ال",
    "وكال": "ال",
    "فبال": "ال",
}


@lru_cache(maxsize=50_000)
def split_proclitic(word: str, min_rest: int = 2) -> tuple[str, str]:
    """Split ``word`` into (particles, rest) taking the longest proclitic that leaves ``min_rest`` letters.

    The split is blind (بلير → ب + لير); callers decide whether the letters really are particles.
    The definite article stays with the rest (والجزيرة → و + الجزيرة); after ``لل`` the article's alef
    is not written, so للأمم → لل + أمم.

    >>> split_proclitic("ولشركة")
    ('ول', 'شركة')
    >>> split_proclitic("والجزيرة")
    ('و', 'الجزيرة')
    >>> split_proclitic("لـ")
    ('', 'لـ')
    """
    for p in _PROCLITICS:
        if word.startswith(p) and len(word) - len(p) >= min_rest:
            rest = word[len(p) :]
            art = _ARTICLE_AFTER.get(p)
            if art:
                return p[: -len(art)], art + rest
            return p, rest.lstrip("ـ")
    return "", word
