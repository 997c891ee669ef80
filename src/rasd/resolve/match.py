"""Are two name records the same entity? Explainable, nomenklatura-style matching.

>>> m = compare(NameRecord("PERSON", "بيتر ثيل"), NameRecord("PERSON", "Peter Thiel"))
>>> m.same
True
>>> compare(NameRecord("PERSON", "بيتر ثيل"), NameRecord("PERSON", "بيتر بوتيجيج")).same
False

How it works: every spelling of record *a* (name, aliases, Latin form) is aligned with
every spelling of record *b* (:func:`align_names`); a list of :class:`Feature` s, each a
function with a weight, scores the alignment and says why; the best-scoring pair of
spellings wins. ``same`` is ``score >= THRESHOLD``, set for precision: a wrong merge joins
two people's money, a missed one only leaves a duplicate.

**Surname-only mentions** (``ثيل`` against ``بيتر ثيل``) score just above the threshold
(:data:`SURNAME_ONLY_SCORE`) and carry the reason ``surname-only …``; use
:func:`needs_context` to spot them. A store should accept such a match only within the same
article, or when exactly one candidate with that surname exists; with two (جو بايدن, هانتر
بايدن) it should leave the mention unresolved.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from rasd.resolve.normalise import has_arabic, name_tokens, normalise_arabic
from rasd.resolve.phonetic import consonant_key
from rasd.resolve.tokens import (
    TOKEN_OK,
    TokenSim,
    compare_tokens,
    prefix_forms,
    strip_article,
    translation_keys,
)
from rasd.resolve.translit import word_candidates

THRESHOLD = 0.8
SURNAME_ONLY_SCORE = 0.84
SURNAME_ONLY_REASON = "surname-only"
WORDS_FILE = Path(__file__).resolve().parent / "data" / "name_words.yaml"
PLACE_TYPES = {"GPE", "LOC", "LOCATION", "PLACE"}
PERSON_TYPES = {"PERSON", "PER", "PERS"}


@dataclass(frozen=True)
class NameRecord:
    """One entity as the store knows it: type, main name, other spellings, Latin form."""

    type: str
    name: str
    aliases: tuple[str, ...] = ()
    name_latin: str | None = None


@dataclass(frozen=True)
class Match:
    """Outcome of :func:`compare`: score in [0, 1], decision, readable reasons."""

    score: float
    same: bool
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class FeatureResult:
    """A feature's value in [0, 1] and the sentence that explains it."""

    value: float
    detail: str


@dataclass
class Alignment:
    """Two spellings, tokenised and aligned; what the features look at."""

    type_group: str
    text_a: str
    text_b: str
    tokens_a: list[str]
    tokens_b: list[str]
    generation_a: bool = False
    generation_b: bool = False
    kind: str = "none"  # same | full | surname | given | given_differs | org | acronym | none
    token_sims: list[TokenSim] = field(default_factory=list)
    value: float = 0.0


FeatureFunc = Callable[[Alignment], FeatureResult | None]


@dataclass(frozen=True)
class Feature:
    """A scoring function and its weight; negative weights are evidence against."""

    name: str
    func: FeatureFunc
    weight: float


# ---------------------------------------------------------------- word tables


@dataclass(frozen=True)
class NameWords:
    org_drop: frozenset[str]
    org_generic: frozenset[str]
    place_drop: frozenset[str]
    person_drop: frozenset[str]
    generation: frozenset[str]
    qualifiers: frozenset[str]


def _norm_word(word: str) -> str:
    toks = name_tokens(word)
    return strip_article(toks[0]) if toks else ""


@lru_cache(maxsize=1)
def name_words() -> NameWords:
    """The word tables in ``data/name_words.yaml``, normalised like name tokens."""
    raw = yaml.safe_load(WORDS_FILE.read_text(encoding="utf-8"))

    def words(key: str) -> frozenset[str]:
        return frozenset(_norm_word(str(w)) for w in raw.get(key, []))

    return NameWords(
        words("org_drop"),
        words("org_generic"),
        words("place_drop"),
        words("person_drop"),
        words("generation"),
        words("qualifiers"),
    )


def type_group(entity_type: str) -> str:
    """PERSON, ORG or PLACE (GPE and LOC may match each other)."""
    t = entity_type.upper()
    if t in PERSON_TYPES:
        return "PERSON"
    if t in PLACE_TYPES:
        return "PLACE"
    return t


def _key(token: str) -> str:
    return strip_article(token) if has_arabic(token) else token


def _merge_latin_particles(tokens: list[str]) -> list[str]:
    """``["hossam", "el", "shaer"] → ["hossam", "elshaer"]`` (Arabic writes الشاعر as one word)."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok in {"al", "el"} and i + 1 < len(tokens) and not has_arabic(tokens[i + 1]):
            out.append(tok + tokens[i + 1])
            i += 2
            continue
        out.append(tok)
        i += 1
    return out


def parse_name(text: str, group: str) -> tuple[list[str], bool]:
    """Name tokens without titles/legal forms, and whether a generation marker was present.

    >>> parse_name("شركة تيسلا", "ORG")
    (['تيسلا'], False)
    >>> parse_name("دونالد ترمب الابن", "PERSON")
    (['دونالد', 'ترمب'], True)
    """
    words = name_words()
    tokens = _merge_latin_particles(name_tokens(text))
    generation = False
    kept: list[str] = []
    for i, tok in enumerate(tokens):
        k = _key(tok)
        if group == "PERSON":
            if k in words.generation:
                generation = True
                continue
            # Titles only before the name: "المهندس" is a title in "المهندس ضياء", a surname in "ضياء المهندس".
            if k in words.person_drop and not kept and i < len(tokens) - 1:
                continue
        elif group == "PLACE":
            if k in words.place_drop and len(tokens) > 1:
                continue
        elif k in words.org_drop and len(tokens) > 1:
            continue
        kept.append(tok)
    return (kept or tokens), generation


# ---------------------------------------------------------------- alignment


def _same_key(a: list[str], b: list[str]) -> bool:
    return [_key(t) for t in a] == [_key(t) for t in b]


def _tokens_match(a: list[str], b: list[str]) -> list[TokenSim] | None:
    sims = [compare_tokens(x, y) for x, y in zip(a, b, strict=True)]
    return sims if all(s.score >= TOKEN_OK for s in sims) else None


def _given_names(a: str, b: str) -> TokenSim:
    """Given names also match their short forms: ``Jeff ~ Jeffrey``, ``جيف ~ جيفري``."""
    sim = compare_tokens(a, b)
    if sim.score < TOKEN_OK and has_arabic(a) == has_arabic(b):
        short, long_ = sorted((_key(a), _key(b)), key=len)
        if len(short) >= 3 and long_.startswith(short) and len(long_) - len(short) <= 3:
            return TokenSim(TOKEN_OK + 0.01, "variant", f"{a} ~ {b} (short form of a given name)")
    return sim


def _person_alignment(al: Alignment) -> None:
    a, b = al.tokens_a, al.tokens_b
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(a) == 1 and len(b) == 1:
        sim = compare_tokens(a[0], b[0])
        al.kind, al.token_sims, al.value = ("full" if sim.score >= TOKEN_OK else "none"), [sim], sim.score
        return
    first = _given_names(a[0], b[0])
    last = compare_tokens(a[-1], b[-1])
    if len(short) >= 2 and first.score >= TOKEN_OK and last.score >= TOKEN_OK:
        # Full names: given names and surnames agree; a middle name may be missing on one side.
        sims = [first, last]
        if len(a) == len(b) and len(a) > 2:
            sims += [compare_tokens(x, y) for x, y in zip(a[1:-1], b[1:-1], strict=True)]
        al.kind, al.token_sims = "full", sims
        al.value = min(s.score for s in sims) if all(s.score >= TOKEN_OK for s in sims) else 0.6
        return
    if len(a) != len(b):
        # A surname alone (ثيل, شرف الدين) or a given name alone (كامالا) against a full name.
        k = len(short)
        tail = _tokens_match(short, long_[-k:])
        if tail is not None:
            al.kind, al.token_sims, al.value = "surname", tail, min(s.score for s in tail)
            return
        head = _tokens_match(short, long_[:k])
        if head is not None and k == 1:
            al.kind, al.token_sims, al.value = "given", head, min(s.score for s in head)
            return
        joined = compare_tokens("".join(map(_key, a)), "".join(map(_key, b)))
        if joined.score >= 0.95:  # "عبد الله" written as "عبدالله"
            al.kind, al.token_sims, al.value = "full", [joined], joined.score
            return
    if len(short) >= 2 and last.score >= TOKEN_OK:
        al.kind, al.token_sims, al.value = "given_differs", [first, last], first.score
        return
    al.kind, al.token_sims, al.value = "none", [first, last], 0.0


def _org_weight(token: str, generic: frozenset[str]) -> float:
    # Words naming a kind of body (حزب, Fund), nationality qualifiers and numbers barely count:
    # "صندوق موريا" = "Moriah Fund", "مجلس النواب الأردني" = "مجلس النواب".
    return 0.1 if _key(token) in generic or _is_qualifier(token) or token.isdigit() else 1.0


def _is_qualifier(token: str) -> bool:
    k = _key(token)
    quals = name_words().qualifiers
    return k in quals or (k.endswith("ه") and k[:-1] in quals)


def _acronym(tokens: list[str]) -> str:
    return "".join(t[0] for t in tokens if t and not has_arabic(t))


def _org_alignment(al: Alignment) -> None:
    generic = name_words().org_generic
    a, b = al.tokens_a, al.tokens_b
    if len(a) == 1 or len(b) == 1:
        single, other = (a[0], b) if len(a) == 1 else (b[0], a)
        single_text = al.text_a if len(a) == 1 else al.text_b
        # Three words or more, or two when the short form is written in capitals (US, UK, FT).
        min_words = 2 if single_text.replace(".", "").strip().isupper() else 3
        if len(other) >= min_words and not has_arabic(single) and single == _acronym(other):
            al.kind, al.value = "acronym", 1.0
            other_text = al.text_b if len(a) == 1 else al.text_a
            al.token_sims = [TokenSim(1.0, "variant", f"acronym: '{single_text}' = initials of '{other_text}'")]
            return
    # Greedy soft matching of tokens, weighted so generic words count little.
    used: set[int] = set()
    matched = 0.0
    sims: list[TokenSim] = []
    for x in a:
        best, best_j = None, -1
        for j, y in enumerate(b):
            if j in used:
                continue
            s = compare_tokens(x, y)
            if best is None or s.score > best.score:
                best, best_j = s, j
        if best is not None and best.score >= TOKEN_OK:
            used.add(best_j)
            sims.append(best)
            matched += best.score * min(_org_weight(x, generic), _org_weight(b[best_j], generic))
    weight_a = sum(_org_weight(t, generic) for t in a)
    weight_b = sum(_org_weight(t, generic) for t in b)
    value = matched / max(weight_a, weight_b)
    # "مجلس النواب الأردني" vs "مجلس النواب الأمريكي": different qualifiers on both sides.
    quals_a = {_key(t) for t in a if _is_qualifier(t)}
    quals_b = {_key(t) for t in b if _is_qualifier(t)}
    if quals_a and quals_b and not any(compare_tokens(x, y).score >= TOKEN_OK for x in quals_a for y in quals_b):
        value *= 0.5
    if len(a) != len(b):
        # "لينكد إن" = "لينكدإن", "نيويورك" = "New York", "باي بال" = "PayPal".
        joined = compare_tokens("".join(map(_key, a)), "".join(map(_key, b)))
        if joined.score > value and joined.score >= 0.9:
            value, sims = joined.score, [joined]
    al.kind, al.token_sims, al.value = "org", sims, value


def align_names(text_a: str, text_b: str, group: str) -> Alignment:
    """Tokenise two spellings and decide how they correspond.

    >>> align_names("ثيل", "بيتر ثيل", "PERSON").kind
    'surname'
    """
    tokens_a, gen_a = parse_name(text_a, group)
    tokens_b, gen_b = parse_name(text_b, group)
    al = Alignment(group, text_a, text_b, tokens_a, tokens_b, gen_a, gen_b)
    if not tokens_a or not tokens_b:
        return al
    if _same_key(tokens_a, tokens_b):
        al.kind, al.value = "same", 1.0
        return al
    if group == "PERSON":
        _person_alignment(al)
    else:
        _org_alignment(al)
    return al


# ---------------------------------------------------------------- features


def _is_cross(al: Alignment) -> bool:
    return has_arabic(al.text_a) != has_arabic(al.text_b)


def same_normalised_name(al: Alignment) -> FeatureResult | None:
    """``كامالا هاريس`` = ``كامالا هاريس`` after hamza/ta-marbuta/diacritic folding."""
    if al.kind != "same":
        return None
    return FeatureResult(1.0, "same normalised name")


def full_name_match(al: Alignment) -> FeatureResult | None:
    """Every word agrees, allowing spelling variants (ترامب/ترمب) and attached prefixes."""
    if al.kind != "full" or _is_cross(al):
        return None
    detail = "; ".join(s.detail for s in al.token_sims if s.kind != "same") or "same words"
    return FeatureResult(al.value, f"full name matches with spelling variants: {detail}")


def transliteration_match(al: Alignment) -> FeatureResult | None:
    """Latin and Arabic spellings of the same full name: ``Peter Thiel ~ بيتر ثيل``."""
    if al.kind != "full" or not _is_cross(al):
        return None
    latin, arabic = (al.text_a, al.text_b) if has_arabic(al.text_b) else (al.text_b, al.text_a)
    return FeatureResult(al.value, f"transliteration match {latin} ~ {arabic} ({al.value:.2f})")


def surname_only(al: Alignment) -> FeatureResult | None:
    """A surname alone against a full name: weak, only just above the threshold when exact."""
    if al.kind != "surname":
        return None
    short, long_ = (al.text_a, al.text_b) if len(al.tokens_a) <= len(al.tokens_b) else (al.text_b, al.text_a)
    # Exact surname → SURNAME_ONLY_SCORE; a close variant (0.87) → just the threshold; below, far off.
    value = (SURNAME_ONLY_SCORE - (SURNAME_ONLY_SCORE - THRESHOLD) * (1.0 - al.value) / 0.13) / SURNAME_ONLY_SCORE
    if al.value < 0.87:
        value *= 0.6
    return FeatureResult(
        value,
        f"{SURNAME_ONLY_REASON} mention '{short}' matches full name '{long_}' ({al.value:.2f})",
    )


def given_name_only(al: Alignment) -> FeatureResult | None:
    """A given name alone (كامالا) against a full name: too weak to merge on its own."""
    if al.kind != "given":
        return None
    return FeatureResult(al.value, f"given-name-only mention matches '{al.text_a}' / '{al.text_b}'")


def different_given_names(al: Alignment) -> FeatureResult | None:
    """Same surname, different given names: ``بيتر ثيل`` ≠ ``بيتر بوتيجيج`` is caught by the
    surname; ``جو بايدن`` ≠ ``هانتر بايدن`` here."""
    if al.kind != "given_differs":
        return None
    first = al.token_sims[0]
    return FeatureResult(1.0, f"different given names: {first.detail}")


def generation_mismatch(al: Alignment) -> FeatureResult | None:
    """``دونالد ترمب الابن`` (Jr.) is not ``دونالد ترمب``."""
    if al.generation_a == al.generation_b or al.kind == "none":
        return None
    return FeatureResult(1.0, "generation marker (Jr./الابن) on one name only")


def org_name_match(al: Alignment) -> FeatureResult | None:
    """Organisation or place words agree after dropping legal forms (شركة, Inc, Group)."""
    if al.kind != "org" or al.value <= 0.0:
        return None
    detail = "; ".join(s.detail for s in al.token_sims) or "-"
    label = "name words match"
    if _is_cross(al):
        translated = any(s.kind == "translation" for s in al.token_sims)
        label = "translation/transliteration match" if translated else "transliteration match"
    return FeatureResult(al.value, f"{label} {al.text_a} ~ {al.text_b}: {detail} ({al.value:.2f})")


def acronym_match(al: Alignment) -> FeatureResult | None:
    """``FEC`` = initials of ``Federal Election Commission``."""
    if al.kind != "acronym":
        return None
    return FeatureResult(0.9, al.token_sims[0].detail)


FEATURES: tuple[Feature, ...] = (
    Feature("same_normalised_name", same_normalised_name, 1.0),
    Feature("full_name_match", full_name_match, 0.97),
    Feature("transliteration_match", transliteration_match, 0.97),
    Feature("surname_only", surname_only, SURNAME_ONLY_SCORE),
    Feature("given_name_only", given_name_only, 0.6),
    Feature("org_name_match", org_name_match, 0.97),
    Feature("acronym_match", acronym_match, 0.95),
    Feature("different_given_names", different_given_names, -0.7),
    Feature("generation_mismatch", generation_mismatch, -0.7),
)


def score_alignment(al: Alignment) -> tuple[float, list[str]]:
    """Weighted sum of the features that fire, clipped to [0, 1], with their explanations."""
    total = 0.0
    reasons: list[str] = []
    for feature in FEATURES:
        result = feature.func(al)
        if result is None:
            continue
        total += feature.weight * result.value
        reasons.append(result.detail)
    return max(0.0, min(1.0, total)), reasons


def spellings(rec: NameRecord) -> list[str]:
    """All spellings of a record, main name first, duplicates dropped."""
    out: list[str] = []
    for text in (rec.name, *rec.aliases, rec.name_latin):
        if text and text.strip() and text not in out:
            out.append(text)
    return out


def compare(a: NameRecord, b: NameRecord) -> Match:
    """Score two records; ``same`` when the best pair of spellings reaches :data:`THRESHOLD`.

    >>> m = compare(NameRecord("PERSON", "هاريس"), NameRecord("PERSON", "كامالا هاريس"))
    >>> m.same, m.reasons[0].startswith("surname-only")
    (True, True)
    >>> compare(NameRecord("PERSON", "ماسك"), NameRecord("ORG", "ماسك")).same
    False
    """
    group_a, group_b = type_group(a.type), type_group(b.type)
    if group_a != group_b:
        return Match(0.0, False, (f"different types {a.type} / {b.type}",))
    best_score, best_reasons = -1.0, ["no name words in common"]
    for text_a in spellings(a):
        for text_b in spellings(b):
            score, reasons = score_alignment(align_names(text_a, text_b, group_a))
            if score > best_score or (score == best_score and len(reasons) < len(best_reasons)):
                best_score, best_reasons = score, reasons or [f"no match between '{text_a}' and '{text_b}'"]
            if best_score >= 1.0:
                break
    best_score = round(max(best_score, 0.0), 4)
    return Match(best_score, best_score >= THRESHOLD, tuple(best_reasons))


def needs_context(match: Match) -> bool:
    """True for a surname-only match: accept it only within one article or for a unique candidate."""
    return match.same and any(r.startswith(SURNAME_ONLY_REASON) for r in match.reasons)


# ---------------------------------------------------------------- blocking


def _token_keys(token: str) -> set[str]:
    keys = set()
    k = consonant_key(_key(token))
    if len(k) >= 2:
        keys.add("k:" + k)
    if token.startswith(("al", "el")) and len(token) > 4:  # "almohandes" ~ "المهندس" keyed without ال
        k = consonant_key(token[2:])
        if len(k) >= 2:
            keys.add("k:" + k)
    if has_arabic(token):
        # Keys of the transliterations too, and of the word without an attached particle (لهاريس).
        forms = [normalise_arabic(_key(token)), *prefix_forms(normalise_arabic(token))[:2]]
        for form in forms:
            ck = consonant_key(form)
            if len(ck) >= 2:
                keys.add("k:" + ck)
            for cand, _ in word_candidates(form, 3):
                ck = consonant_key(cand)
                if len(ck) >= 2:
                    keys.add("k:" + ck)
    if not keys:
        keys.add("t:" + _key(token))
    return keys


def blocking_keys(rec: NameRecord) -> set[str]:
    """Cheap keys for candidate lookup: records that may match share at least one key.

    Keys are prefixed with the type group: ``PERSON|n:<normalised full name>`` and
    ``PERSON|k:<consonant key of the surname>`` (``ثيل`` and ``Thiel`` → ``PERSON|k:tl``).
    ORG and PLACE records get a consonant key for every distinctive word.

    >>> "PERSON|k:tl" in blocking_keys(NameRecord("PERSON", "بيتر ثيل"))
    True
    """
    group = type_group(rec.type)
    generic = name_words().org_generic
    keys: set[str] = set()
    for text in spellings(rec):
        tokens, _ = parse_name(text, group)
        if not tokens:
            continue
        keys.add(f"{group}|n:" + " ".join(_key(t) for t in tokens))
        if group == "PERSON":
            chosen = [tokens[-1]]
        else:
            chosen = [t for t in tokens if _key(t) not in generic] or tokens
            if len(tokens) >= 2 and not has_arabic(tokens[0]):
                keys.add(f"{group}|a:" + _acronym(tokens))
            if len(tokens) == 1 and not has_arabic(tokens[0]) and len(tokens[0]) <= 5:
                keys.add(f"{group}|a:" + tokens[0])
        if len(tokens) > 1:  # "نيويورك" ~ "New York", "حزب الله" ~ "Hezbollah"
            joined = consonant_key("".join(tokens))
            if len(joined) >= 2:
                keys.add(f"{group}|k:" + joined)
        for tok in chosen:
            keys.update(f"{group}|{k}" for k in _token_keys(tok))
            if group != "PERSON":
                keys.update(f"{group}|w:{w}" for w in translation_keys(tok) if w not in generic)
    return keys


def best_match(
    rec: NameRecord, candidates: list[NameRecord], same_article: bool = False
) -> tuple[int | None, Match | None]:
    """Index of the candidate ``rec`` should merge with, applying the surname-only rule.

    A full-name match wins outright (highest score). A surname-only match is accepted when
    ``same_article`` is true or when it is the only candidate that matches at all.

    >>> cands = [NameRecord("PERSON", "جو بايدن"), NameRecord("PERSON", "هانتر بايدن")]
    >>> best_match(NameRecord("PERSON", "بايدن"), cands)[0] is None
    True
    >>> best_match(NameRecord("PERSON", "بايدن"), cands[:1])[0]
    0
    """
    matches = [(i, compare(rec, c)) for i, c in enumerate(candidates)]
    hits = [(i, m) for i, m in matches if m.same]
    if not hits:
        return None, None
    full = [(i, m) for i, m in hits if not needs_context(m)]
    if full:
        i, m = max(full, key=lambda item: item[1].score)
        return i, m
    if same_article or len(hits) == 1:
        i, m = max(hits, key=lambda item: item[1].score)
        return i, m
    return None, None
