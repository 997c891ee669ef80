"""Money amounts: a number (or a vague multiple) with a currency, and the words that bound it.

Currencies and amount phrases are data (``rasd/data/text/currencies.yaml`` and
``amount_phrases.yaml``); this module only reads them. Every :class:`MoneySpan` keeps the exact
source span, modifier words included and attached proclitics excluded::

    أكثر من مائة مليون دولار       min 100,000,000  max None         kind at_least
    نحو 2.9 مليار جنيه إسترليني   min = max = 2.9e9 GBP  approximate
    بين 5 و10 ملايين دولار          5,000,000 – 10,000,000 USD   (scale and currency distribute)
    250-350 دولارا                  250 – 350 USD
    مبلغ سبعة أرقام                 1,000,000 – 9,999,999  (currency of the article's other amounts)
    عشرات الملايين من الدولارات     10,000,000 – 99,999,999 USD
    3 مليارات من المليمات التونسية  3,000,000 TND (a millime is 1/1000 dinar)

A number without a currency is not money (``حوالي 40 من عمالقة وول ستريت``).
"""

from __future__ import annotations

import bisect
import dataclasses
import math
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from rasd.text.numbers import _DIGIT_TABLE, NumberSpan, find_numbers
from rasd.text.patterns import phrase_regex, word_key

__all__ = ["MoneySpan", "find_amounts"]


@dataclass(frozen=True)
class MoneySpan:
    """An amount of money. ``min``/``max`` are in ``currency`` units; None is an open bound.

    ``kind``: exact, at_least, at_most, about, range, vague, figures, same ("the same amount" again).
    ``ambiguous``: the currency word alone fits several currencies (bare ``جنيه``، ``دينار``) and
    ``currency`` is the one the article's hints or the table's default chose; for ``figures`` it
    means the currency was borrowed from the article's other amounts.
    """

    start: int
    end: int
    text: str
    min: float | None
    max: float | None
    currency: str | None
    approximate: bool = False
    kind: str = "exact"
    ambiguous: bool = False


@dataclass(frozen=True)
class _Currency:
    code: str
    factor: float
    default: bool


@dataclass(frozen=True)
class _Tables:
    currency_re: re.Pattern[str]
    # phrase key → [(currency, qualified)]
    phrases: dict[str, list[tuple[_Currency, bool]]]
    symbol_before_re: re.Pattern[str]
    symbol_after_re: re.Pattern[str]
    symbols: dict[str, _Currency]
    modifier_before_re: re.Pattern[str]
    modifiers: dict[str, str]
    about_after_re: re.Pattern[str]
    range_open_re: re.Pattern[str]
    range_join_re: re.Pattern[str]
    vague_re: re.Pattern[str]
    vague: dict[str, tuple[float, float]]
    figures_re: re.Pattern[str]
    figures_lead_re: re.Pattern[str]
    hint_re: re.Pattern[str]
    hint_codes: dict[str, list[str]]


_NOT_LETTER_BEFORE = r"(?<![^\W\d_])"
_NOT_LETTER_AFTER = r"(?![^\W\d_])"
_CLITIC = r"(?:[وفبلك]ـ?)?"


def _load(name: str) -> Any:
    return yaml.safe_load(resources.files("rasd.data").joinpath(f"text/{name}").read_text(encoding="utf-8"))


def currency_names() -> list[str]:
    """Every currency word of the money tables (``currencies.yaml``), as written there."""
    return [n for c in _load("currencies.yaml")["currencies"] for n in c.get("names", [])]


@cache
def _tables() -> _Tables:
    cur_data = _load("currencies.yaml")["currencies"]
    phrases: dict[str, list[tuple[_Currency, bool]]] = {}
    symbols: dict[str, _Currency] = {}
    hint_codes: dict[str, list[str]] = {}
    for entry in cur_data:
        # (a qualifier is a hint too: "دينار جزائري" earlier makes a bare دينار later Algerian)
        for hint in {word_key(h) for h in (entry.get("hints") or []) + (entry.get("qualifiers") or [])}:
            if entry["code"] not in hint_codes.get(hint, []):
                hint_codes.setdefault(hint, []).append(entry["code"])
        cur = _Currency(entry["code"], float(entry.get("factor", 1)), bool(entry.get("default")))
        for name in entry["names"]:
            if entry.get("bare", True):
                phrases.setdefault(word_key(name), []).append((cur, False))
            for q in entry.get("qualifiers") or []:
                phrases.setdefault(word_key(f"{name} {q}"), []).append((cur, True))
        for sym in entry.get("symbols") or []:
            symbols.setdefault(sym.replace(" ", ""), cur)
    sym_alt = "|".join(re.escape(s).replace(r"\ ", r"\s?") for s in sorted(symbols, key=len, reverse=True))
    ph = _load("amount_phrases.yaml")
    modifiers = {word_key(p): kind for kind in ("at_least", "at_most", "about") for p in ph[kind]}
    vague = {word_key(k): (float(v[0]), float(v[1])) for k, v in ph["vague"].items()}
    link = "(?:" + "|".join(re.escape(w) for w in ph["currency_link"]) + r")\s+"
    joins = sorted(ph["range_join"], key=len, reverse=True)
    return _Tables(
        currency_re=re.compile(
            r"\s*(?:" + link + ")?" + _CLITIC + "(?P<cur>" + phrase_regex(phrases) + ")" + _NOT_LETTER_AFTER
        ),
        phrases=phrases,
        symbol_before_re=re.compile(r"(?<![A-Za-z])(?P<sym>" + sym_alt + r")\s?$"),
        symbol_after_re=re.compile(r"\s?(?P<sym>" + sym_alt + r")(?![A-Za-z])"),
        symbols={s.replace(" ", ""): c for s, c in symbols.items()},
        modifier_before_re=re.compile(
            _NOT_LETTER_BEFORE + _CLITIC + "(?P<mod>" + phrase_regex(modifiers) + r")\s*$"
        ),
        modifiers=modifiers,
        about_after_re=re.compile(r"\s*(?:" + phrase_regex(ph["about_after"]) + ")" + _NOT_LETTER_AFTER),
        range_open_re=re.compile(
            _NOT_LETTER_BEFORE + _CLITIC + "(?P<open>" + phrase_regex(ph["range_open"]) + r")\s*$"
        ),
        range_join_re=re.compile(r"\s*(?P<join>" + "|".join(re.escape(j) for j in joins) + r")\s*"),
        vague_re=re.compile(
            _NOT_LETTER_BEFORE + _CLITIC + "(?P<v>" + phrase_regex(vague) + ")" + _NOT_LETTER_AFTER
        ),
        vague=vague,
        figures_re=re.compile(r"\s+(?:" + phrase_regex(ph["figures_words"]) + ")" + _NOT_LETTER_AFTER),
        figures_lead_re=re.compile(
            _NOT_LETTER_BEFORE
            + _CLITIC
            + "(?:(?P<noun>"
            + phrase_regex(ph["figures_nouns"])
            + ")|"
            + phrase_regex(ph["figures_lead"])
            + r")(?:\s+(?:من|ب|بـ|قدره|قيمته))?\s*$"
        ),
        # (a particle may be glued to a hint that opens with ال: "بالدار البيضاء", "والمغرب")
        hint_re=re.compile(_NOT_LETTER_BEFORE + "(?:[وفبل]{1,2}(?=ال))?(?P<hint>" + phrase_regex(hint_codes) + ")" + _NOT_LETTER_AFTER),
        hint_codes=hint_codes,
    )


# Hints are looked for this far (in characters) on either side of the amount: about one article.
HINT_WINDOW = 3000


class _HintCounter:
    """Counts hint words near an amount, once per stretch of text, only when a bare name needs it."""

    def __init__(self, text: str, t: _Tables) -> None:
        self.text = text
        self.t = t
        self.cache: dict[int, dict[str, int]] = {}

    def count(self, cur: _Currency, pos: int) -> int:
        bucket = pos // 1000  # amounts in the same stretch share one scan
        counts = self.cache.get(bucket)
        if counts is None:
            counts = {}
            lo = max(0, bucket * 1000 - HINT_WINDOW)
            hi = min(len(self.text), bucket * 1000 + 1000 + HINT_WINDOW)
            for m in self.t.hint_re.finditer(self.text, lo, hi):
                for code in self.t.hint_codes.get(word_key(m.group("hint")), ()):
                    counts[code] = counts.get(code, 0) + 1
            self.cache[bucket] = counts
        return counts.get(cur.code, 0)


def _resolve(options: list[tuple[_Currency, bool]], hints: _HintCounter, pos: int) -> tuple[_Currency, bool]:
    """Pick the currency a phrase names; second value: whether the choice was ambiguous."""
    qualified = [c for c, q in options if q]
    if qualified:
        return qualified[0], False
    if len(options) == 1:
        return options[0][0], False
    scored = [(hints.count(c, pos), c.default, -i, c) for i, (c, _) in enumerate(options)]
    best = max(scored, key=lambda t: t[:3])
    return best[3], True


_NOT_CURRENCY = frozenset({"بين", "وبين", "فبين", "لبين"})


def _currency_after(
    t: _Tables, text: str, pos: int, hints: _HintCounter
) -> tuple[int, _Currency, bool] | None:
    m = t.currency_re.match(text, pos)
    if m and word_key(m.group(0).split()[-1]) in _NOT_CURRENCY:
        m = None  # "ثلاثة من بين …" is "three among", not three yen (ب + ين)
    if m:
        options = t.phrases.get(word_key(m.group("cur")))
        if options:
            cur, amb = _resolve(options, hints, pos)
            return m.end(), cur, amb
    m = t.symbol_after_re.match(text, pos)
    if m:
        return m.end(), t.symbols[re.sub(r"\s", "", m.group("sym"))], False
    return None


def _symbol_before(t: _Tables, text: str, pos: int) -> tuple[int, _Currency] | None:
    m = t.symbol_before_re.search(text, max(0, pos - 5), pos)
    if m:
        return m.start("sym"), t.symbols[re.sub(r"\s", "", m.group("sym"))]
    return None


def _modifier_before(t: _Tables, text: str, pos: int) -> tuple[int, str] | None:
    m = t.modifier_before_re.search(text, max(0, pos - 30), pos)
    if m:
        return m.start("mod"), t.modifiers[word_key(m.group("mod"))]
    return None


def _bounded(
    t: _Tables,
    text: str,
    start: int,
    end: int,
    bounds: tuple[float, float],
    cur: _Currency | None,
    amb: bool,
    kind: str = "exact",
) -> MoneySpan:
    """Apply a modifier before ``start`` (and ``تقريبا`` after ``end``) to the bounds ``(min, max)``."""
    lo: float | None = bounds[0]
    hi: float | None = bounds[1]
    approximate = False
    mod = _modifier_before(t, text, start)
    if mod:
        start, mkind = mod
        kind = mkind
        if mkind == "at_least":
            hi = None
        elif mkind == "at_most":
            lo = None
        else:
            approximate = True
    after = t.about_after_re.match(text, end)
    if after:
        end = after.end()
        approximate = True
        if kind == "exact":
            kind = "about"
    code = cur.code if cur else None
    return MoneySpan(start, end, text[start:end], lo, hi, code, approximate, kind, amb)


MAX_AMOUNT = 1e15  # more than any economy: larger figures are not read as money


def find_amounts(text: str) -> list[MoneySpan]:
    """All money amounts in ``text``, in order; ``text[a.start:a.end] == a.text``.

    >>> [(a.text, a.min, a.max, a.currency) for a in find_amounts("تعهد بالتبرع بأكثر من مائة مليون دولار")]
    [('أكثر من مائة مليون دولار', 100000000.0, None, 'USD')]
    >>> [(a.text, a.min, a.max) for a in find_amounts("بين 5 و10 ملايين دولار")]
    [('بين 5 و10 ملايين دولار', 5000000.0, 10000000.0)]
    >>> [(a.min, a.currency, a.approximate) for a in find_amounts("بنحو 2.9 مليار جنيه إسترليني")]
    [(2900000000.0, 'GBP', True)]
    """
    t = _tables()
    hints = _HintCounter(text, t)
    numbers = find_numbers(text)
    out: list[MoneySpan] = []
    taken_until = -1
    i = 0
    while i < len(numbers):
        a = numbers[i]
        i += 1
        if a.start < taken_until:
            continue
        if i < len(numbers):
            rng = _range(t, text, a, numbers[i], hints)
            if rng:
                out.append(rng)
                taken_until = rng.end
                i += 1
                continue
        figures = t.figures_re.match(text, a.end)
        lead = None
        if figures and a.value == int(a.value) and 1 <= a.value <= 15 and a.scale == 1:
            lead = t.figures_lead_re.search(text, max(0, a.start - 20), a.start)
        if figures and lead:
            # "مبلغ سبعة أرقام": N digits; the currency is borrowed later from the other amounts
            n = int(a.value)
            start = lead.start("noun") if lead.group("noun") else a.start
            bounds = (10.0 ** (n - 1), 10.0**n - 1)
            out.append(_bounded(t, text, start, figures.end(), bounds, None, True, "figures"))
            taken_until = out[-1].end
            continue
        after = _currency_after(t, text, a.end, hints)
        if after:
            end, cur, amb = after
            value = _value_in(a, cur)
            out.append(_bounded(t, text, a.start, end, (value, value), cur, amb))
            taken_until = out[-1].end
            continue
        before = _symbol_before(t, text, a.start)
        if before:
            sym_start, cur = before
            value = a.value * cur.factor
            out.append(_bounded(t, text, sym_start, a.end, (value, value), cur, False))
            taken_until = out[-1].end
            continue
        listed = _listed_without_currency(text, a, out) or _bare_after_currency(t, text, a, out)
        if listed is not None:
            out.append(listed)
            taken_until = listed.end
    out.extend(_vague(t, text, numbers, hints))
    out.sort(key=lambda s: s.start)
    out = _same_amounts(text, out)
    # a figure no one could give (400 nines of millions) is a typo or an attack, not money
    return [m for m in _borrow_currency(out) if _plausible(m.min) and _plausible(m.max)]


# currencies whose minor unit is a thousandth: "3.250 دينار" is three dinars and a quarter
_MILLS = frozenset({"KWD", "BHD", "OMR", "JOD", "TND", "LYD", "IQD"})
_GROUPED = re.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9]{1,3}\.[0-9\u0660-\u0669\u06f0-\u06f9]{3}")


def _value_in(a: NumberSpan, cur: _Currency) -> float:
    """The figure in units of ``cur``. A bare "100.000" before dollars or euros groups thousands: no price
    has three decimals in a currency of cents (the dinars of a thousand fils keep them as decimals)."""
    if cur.code not in _MILLS and cur.factor == 1 and a.scale == 1 and _GROUPED.fullmatch(a.text):
        return float(a.text.translate(_DIGIT_TABLE).replace(".", ""))
    return a.value * cur.factor


def _plausible(value: float | None) -> bool:
    return value is None or (math.isfinite(value) and value <= MAX_AMOUNT)


def _range(t: _Tables, text: str, a: NumberSpan, b: NumberSpan, hints: _HintCounter) -> MoneySpan | None:
    """``بين 5 و10 ملايين دولار``، ``من 250 إلى 350 دولارا``، ``250-350 دولارا``."""
    join = t.range_join_re.match(text, a.end)
    if not join:
        return None
    gap_end = join.end()
    if gap_end != b.start:
        return None
    opener = t.range_open_re.search(text, max(0, a.start - 12), a.start)
    word = join.group("join")
    if word not in ("-", "–", "—") and opener is None:
        return None
    if word == "و" and opener and word_key(opener.group("open")) == "من":
        return None
    after = _currency_after(t, text, b.end, hints)
    if not after:
        return None
    end, cur, amb = after
    lo, hi = a.value, b.value
    if a.scale == 1 and b.scale > 1 and a.value * b.scale <= hi:
        lo = a.value * b.scale  # بين 5 و10 ملايين: the scale of the second number distributes
    if lo > hi:
        return None
    start = opener.start("open") if opener else a.start
    return MoneySpan(
        start, end, text[start:end], lo * cur.factor, hi * cur.factor, cur.code, False, "range", amb
    )


def _vague(t: _Tables, text: str, numbers: list[NumberSpan], hints: _HintCounter) -> list[MoneySpan]:
    out: list[MoneySpan] = []
    starts = [n.start for n in numbers]
    for m in t.vague_re.finditer(text):
        s, e = m.start("v"), m.end("v")
        i = bisect.bisect_left(starts, e)  # numbers are sorted and do not overlap each other
        if i > 0 and numbers[i - 1].end > s:
            continue
        after = _currency_after(t, text, e, hints)
        if not after:
            continue
        end, cur, amb = after
        lo, hi = t.vague[word_key(m.group("v"))]
        out.append(
            MoneySpan(s, end, text[s:end], lo * cur.factor, hi * cur.factor, cur.code, False, "vague", amb)
        )
    return out


_EACH = ("لكل", "لكلٍ", "لكليهما", "لكلا")  # "(٢٥٠ ألفاً لكل منهما)": each one's share
_LIST_REACH = 250  # characters back to the amount whose currency a bracketed bare amount shares


# "بالمبلغ ذاته", "المبلغ نفسه", "مبلغاً مماثلاً": the amount named just before, again
_SAME_AMOUNT = re.compile(
    r"(?<![\w])(?:ب|و|وب)?(?P<core>(?:ال)?مبلغ(?:ا|اً)?\s+(?:ذاته|نفسه|عينه|مماثلاً|مماثلا|مماثل)"
    r"|(?:نفس|ذات)\s+المبلغ)(?![\w])"
)
_SAME_REACH = 300


def _same_amounts(text: str, found: list[MoneySpan]) -> list[MoneySpan]:
    """ "وحذا حذوه شريكه بالمبلغ ذاته": the same amount as the exact amount named last before it (same
    paragraph, at most a few lines back)."""
    extra: list[MoneySpan] = []
    for m in _SAME_AMOUNT.finditer(text):
        start, end = m.span("core")
        if any(f.start <= start < f.end for f in found):
            continue
        prev = next((f for f in reversed(found) if f.end <= start), None)
        if prev is None or start - prev.end > _SAME_REACH or "\n" in text[prev.end : start]:
            continue
        if prev.min is None or prev.min != prev.max:
            continue  # (only an exact amount is repeated exactly)
        if re.match(r"\s*(?:الذي|التي)", text[end : end + 12]):
            continue  # "بالمبلغ ذاته الذي دفعه فلان": the amount of another gift, named by the clause
        extra.append(MoneySpan(start, end, text[start:end], prev.min, prev.max, prev.currency, prev.approximate, "same", True))
    return sorted(found + extra, key=lambda s: s.start) if extra else found


_BARE_END = re.compile(r"\s*(?:[.،,؛;:)!؟?]|$|و\s|و[0-9٠-٩]|ونصف|لكل|إضافي|أخرى|آخر|فقط|منها(?![\w])|منه(?![\w]))")
_SUM_WORDS = frozenset("قدره قدرها بقيمة قيمته قيمتها مبلغ مبلغا مبلغاً بمبلغ".split())
_BARE_REACH = 300  # characters back to the amount in a currency whose unit a bare figure shares


def _bare_after_currency(t: _Tables, text: str, a: NumberSpan, found: list[MoneySpan]) -> MoneySpan | None:
    """ "منح الحزب 75 ألف دينار، يليه فلان بأربعين ألفاً", "… 15 مليوناً.": a bare figure in
    thousands or millions that ends its clause, a little after an amount in a currency (same paragraph),
    is in that currency. Not one followed by a noun it counts ("40 ألف شخص", "ألفاً من الأصوات")."""
    if a.scale < 1000 or a.value != a.value:
        return None
    # (or announced as a sum: "مبلغاً إضافياً قدره 250 ألفاً عبر فرعها")
    announced = bool(set(text[max(0, a.start - 30) : a.start].split()[-2:]) & _SUM_WORDS)
    end = _BARE_END.match(text, a.end)
    if not announced and not end:
        return None
    prev = next((m for m in reversed(found) if m.currency is not None and m.end <= a.start), None)
    if prev is None or a.start - prev.end > _BARE_REACH or "\n" in text[prev.end : a.start]:
        return None
    if end and "من" in end.group(0) and re.search(r"[0-9٠-٩]", text[prev.end : a.start]):
        return None  # "… 12 ألف قرية، 5 آلاف منها": a share of another count, not of the money
    lead = [word_key(w) for w in text[max(prev.end, a.start - 40) : a.start].split()[-4:]]
    if any(w.lstrip("وف").startswith(_COUNTED_LEADS) for w in lead):
        return None  # "وحضر المهرجان 40 ألفاً": people counted, not money
    # (its qualifier before it: "أكثر من 15 مليوناً", "نحو 15 مليوناً")
    return dataclasses.replace(_bounded(t, text, a.start, a.end, (a.value, a.value), None, True), currency=prev.currency)


# words before a bare figure that count people, votes or viewers (as ``word_key`` writes them)
_COUNTED_LEADS = tuple(
    word_key(w)
    for w in "حضر شارك صوت أصوات عدد ناخب مشارك متظاهر زائر نسمة يحضر يشارك احتشد تظاهر شاهد متابع مشاهد سكان يسكن".split()
)


def _listed_without_currency(text: str, a: NumberSpan, found: list[MoneySpan]) -> MoneySpan | None:
    """ "(مليون دولار)، … (٢٥٠ ألفاً لكل منهما)": a bracketed bare thousands/millions figure in a list
    of bracketed amounts has the currency of the amount before it in the same sentence."""
    if a.scale < 1000 or text[max(0, a.start - 2) : a.start].strip() != "(":
        return None
    prev = next((m for m in reversed(found) if m.currency is not None and m.end <= a.start), None)
    if prev is None or a.start - prev.end > _LIST_REACH or text[prev.start - 1 : prev.start] != "(":
        return None
    if any(c in text[prev.end : a.start] for c in ".!؟?\n"):
        return None
    after = text[a.end : a.end + 20].lstrip()
    if not (after.startswith(")") or after.startswith(_EACH)):
        return None  # "(250 ألف شخص)" counts people, not money
    return MoneySpan(a.start, a.end, a.text, a.value, a.value, prev.currency, False, "exact", True)


def _borrow_currency(spans: list[MoneySpan]) -> list[MoneySpan]:
    """``figures`` amounts take the currency of the nearest other amount (before, else after)."""
    if not any(s.currency is None for s in spans):
        return spans
    previous: list[str | None] = []
    last: str | None = None
    for s in spans:
        previous.append(last)
        last = s.currency or last
    following: list[str | None] = [None] * len(spans)
    nxt: str | None = None
    for i in range(len(spans) - 1, -1, -1):
        following[i] = nxt
        nxt = spans[i].currency or nxt
    out: list[MoneySpan] = []
    for i, s in enumerate(spans):
        if s.currency is None:
            near = previous[i] or following[i]
            if near:
                s = MoneySpan(s.start, s.end, s.text, s.min, s.max, near, s.approximate, s.kind, True)
        out.append(s)
    return out
