"""Numbers in Arabic news text: digits (Western and Arabic-Indic) and number words.

``find_numbers`` returns one :class:`NumberSpan` per number expression, with offsets into the
original text. Attached proclitics (``بمليون``، ``بـ100``، ``ومليوني``) are left outside the span.

Handled shapes::

    43.6   1,500,000   1.500.000   936،225،041.67   ٣٠٠   ٢٫٥   ١٬٠٠٠
    خمسة آلاف   مائة وستين   خمسة وعشرون ألف   أحد عشر   ثلاثمائة   ثلاث مائة
    100 مليون   1.5 مليار   ٣٠٠ ألف   ثلاثة ملايين و500 ألف   مليوني   نصف مليون   مليون ونصف
    مائة وستين (160) مليون  (a number restated in digits in brackets is one number)

Two digit numbers joined by ``و`` stay two numbers (``بين 5 و10`` is a range, not 15).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rasd.text.patterns import phrase_regex, word_key

__all__ = ["NumberSpan", "find_numbers", "parse_number", "parse_digits"]


@dataclass(frozen=True)
class NumberSpan:
    """A number found in text. ``scale`` is the largest multiplier word used (1 when none)."""

    start: int
    end: int
    text: str
    value: float
    scale: int = 1


_DIGIT_TABLE = str.maketrans(
    {**{chr(0x0660 + i): str(i) for i in range(10)}, **{chr(0x06F0 + i): str(i) for i in range(10)}}
)

# kind: U unit (1-9, and 10 as عشرة), TEEN_TEN (عشر after a unit), T tens, H hundreds,
# S scale, D dual scale (2 × scale alone), P plural scale (needs a count), F fraction (before a scale),
# O "one" only before عشر (أحد).
_WORDS: dict[str, tuple[str, float]] = {}


def _add(kind: str, value: float, *forms: str) -> None:
    for form in forms:
        _WORDS[form] = (kind, value)


_add("U", 1, "واحد", "واحده")
_add("U", 2, "اثنان", "اثنين", "اثنتان", "اثنتين", "اثنا", "اثنتا", "اثني", "اثنتي")
_add("U", 3, "ثلاث", "ثلاثه")
_add("U", 4, "اربع", "اربعه")
_add("U", 5, "خمس", "خمسه")
_add("U", 6, "ست", "سته")
_add("U", 7, "سبع", "سبعه")
_add("U", 8, "ثمان", "ثماني", "ثمانيه")
_add("U", 9, "تسع", "تسعه")
_add("X", 10, "عشر", "عشره")
_add("O", 1, "احد", "احدي")
for _n, _stem in enumerate(["عشر", "ثلاث", "اربع", "خمس", "ست", "سبع", "ثمان", "تسع"], start=2):
    _add("T", _n * 10, _stem + "ون", _stem + "ين")
_add("H", 100, "مائه", "مئه", "مايه")
_add("H", 200, "مائتان", "مائتين", "مائتا", "مائتي", "مئتان", "مئتين", "مئتا", "مئتي")
for _n, _stem in enumerate(["ثلاث", "اربع", "خمس", "ست", "سبع", "ثمان", "تسع"], start=3):
    _add("H", _n * 100, _stem + "مائه", _stem + "مئه")
_add("H", 800, "ثمانيمائه", "ثمانيمئه")
_add("S", 1e3, "الف", "الفا")
_add("D", 1e3, "الفان", "الفين", "الفي")
_add("P", 1e3, "الاف")
_add("S", 1e6, "مليون", "مليونا")
_add("D", 1e6, "مليونان", "مليونين", "مليوني")
_add("P", 1e6, "ملايين")
_add("S", 1e9, "مليار", "مليارا", "بليون")
_add("D", 1e9, "ملياران", "مليارين", "ملياري")
_add("P", 1e9, "مليارات", "بلايين")
_add("S", 1e12, "ترليون", "تريليون")
_add("P", 1e12, "ترليونات", "تريليونات")
_add("F", 0.5, "نصف")
_add("F", 0.25, "ربع")
# "ثلاثة أرباع مليون يورو": three quarters of the scale after it
_add("F", 0.75, "ثلاثه ارباع", "ثلاث ارباع")

_DIGITS = r"[0-9٠-٩۰-۹]+(?:[.,٫٬،][0-9٠-٩۰-۹]+)*"
_NUM_RE = re.compile(
    r"(?P<num>" + _DIGITS + r")(?![0-9٠-٩])"
    r"|(?<![^\W\d_])(?P<pre>[وف]?[بلك]?(?:ال)?ـ?|[وف]?للـ?)(?P<word>"
    + phrase_regex(_WORDS, marks=False)
    + r")[\u064b-\u0652]*(?![^\W\d_])"
)


def parse_digits(s: str) -> float | None:
    """Value of a digit string with optional separators, or None when it is no plain number.

    >>> parse_digits("1,500,000"), parse_digits("1.500.000"), parse_digits("43.6"), parse_digits("٢٫٥")
    (1500000.0, 1500000.0, 43.6, 2.5)
    >>> parse_digits("936،225،041.67"), parse_digits("166.11.1")
    (936225041.67, None)
    """
    s = s.translate(_DIGIT_TABLE).replace("٬", ",").replace("،", ",").replace("٫", ".")
    if s.isdigit():
        return float(s)
    dots, commas = s.count("."), s.count(",")
    if dots and commas:
        dec = "." if s.rfind(".") > s.rfind(",") else ","
        thou = "," if dec == "." else "."
        if s.count(dec) != 1:
            return None
        whole, frac = s.split(dec)
        groups = whole.split(thou)
        if not (1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])):
            return None
        return float("".join(groups) + "." + frac)
    sep = "." if dots else ","
    groups = s.split(sep)
    if len(groups) == 2:
        if sep == "," and len(groups[1]) == 3 and 1 <= len(groups[0]) <= 3:
            return float(groups[0] + groups[1])  # 300,000
        return float(groups[0] + "." + groups[1])  # 43.6, 3,5
    if 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:]):
        return float("".join(groups))
    return None


@dataclass
class _Item:
    start: int  # value start (after any proclitic)
    end: int
    pre_start: int  # match start, proclitic included
    kind: str  # N digits, or a word kind from _WORDS
    value: float
    conj: bool  # a "و" joins it to what precedes (attached, or a separate "و" word)


_DUAL_CONSTRUCT = frozenset({"الفا", "مليونا", "مليارا"})
_TANWEEN_RE = re.compile("[\u064b\u064c\u064d]")
_GAP_RE = re.compile(r"[ \t\u00a0]*(?:و[ \t\u00a0]+)?")
_PAREN_RE = re.compile(r"[ \t\u00a0]*\([ \t\u00a0]*(" + _DIGITS + r")[ \t\u00a0]*\)")


def _items(text: str) -> list[_Item]:
    out: list[_Item] = []
    for m in _NUM_RE.finditer(text):
        if m.group("num") is not None:
            value = parse_digits(m.group("num"))
            if value is None:
                continue
            s = m.start()
            conj = s > 0 and text[s - 1] == "و"
            out.append(_Item(s, m.end(), s - 1 if conj else s, "N", value, conj))
            continue
        pre = m.group("pre")
        key = word_key(m.group("word"))
        whole = word_key(pre + m.group("word"))
        if pre and whole in _WORDS:
            pre, key = "", whole  # واحد is a number, not و + أحد
        kind, value = _WORDS[key]
        if key in _DUAL_CONSTRUCT and not _TANWEEN_RE.match(text, m.end("word")):
            kind = "D"  # ألفا دولار (two thousand) — but ألفاً after a count is one thousand
        bare = pre.rstrip("ـ")
        if bare.endswith("ال") or bare.endswith("لل"):
            if kind not in "SP":
                continue  # الاثنين (Monday), الأحد (Sunday), في المائة (percent)
        if kind == "U" and value == 6 and bare not in ("", "و") and key == word_key("ست"):
            continue  # لست (I am not), not 6 (but "بستة ملايين", "لستة أشهر" are)
        start = m.start("word") if pre else m.start()
        if bare.endswith("ال"):
            start = m.start("pre") + bare.rindex("ال")  # the article is part of the word: المليار
        out.append(_Item(start, m.end(), m.start(), kind, value, bare.startswith("و")))
    return out


class _Group:
    def __init__(self, item: _Item) -> None:
        self.start = item.start
        self.end = item.end
        self.total = 0.0
        self.current = item.value
        self.scale = 1.0  # last scale applied
        self.max_scale = 1.0
        self.last = item.kind
        self.words = item.kind != "N"
        if item.kind in "SD":
            count = 2 if item.kind == "D" else 1
            self.total, self.current, self.scale, self.max_scale = (
                count * item.value,
                0.0,
                item.value,
                item.value,
            )

    @property
    def value(self) -> float:
        return self.total + self.current

    def join(self, item: _Item, conj: bool) -> bool:
        """Add ``item`` to this number when the grammar allows; False leaves the group unchanged.

        ``conj``: a "و" stands between the number so far and ``item`` (attached or separate).
        """
        k, v = item.kind, item.value
        last = self.last
        if not conj:
            if (
                k in "SPD"
                and self.current > 0
                and v > (self.current if last in "SPD" else 0)
                and (self.total == 0 or v < self.scale)
            ):
                self.total += self.current * v
                self.current = 0.0
                self.scale = v
                self.max_scale = max(self.max_scale, v)
            elif k == "S" and self.current == 0 and last in "S" and v > self.scale:
                self.total *= v  # ألف مليون
                self.scale = v
                self.max_scale = max(self.max_scale, v)
            elif k == "H" and v == 100 and last == "U" and 3 <= self.current <= 9:
                self.current *= 100  # ثلاث مائة
            elif k == "X" and last in "UO" and self.current <= 9:
                self.current += 10  # أحد عشر، خمسة عشر
            else:
                return False
        else:
            if last in "SPD" and self.current == 0:
                if k == "F":
                    self.total += v * self.scale  # مليون ونصف
                    self.end = item.end
                    return True
                elif v * (1000 if k in "SPD" else 1) < self.scale and k not in "PD":
                    self.current = v
                else:
                    return False
            elif self.words and last == "H" and k in "UTNX" and v < 100:
                self.current += v  # مائة وستين
            elif self.words and last in "UX" and k == "T" and self.current < 10:
                self.current += v  # خمسة وعشرون
            elif self.words and last == "T" and k == "U" and self.current % 10 == 0 and self.current < 100:
                self.current += v
            else:
                return False
        self.last = k
        self.end = item.end
        return True


def find_numbers(text: str) -> list[NumberSpan]:
    """All numbers in ``text``; ``text[n.start:n.end] == n.text`` and ``n.value`` is a float.

    >>> [(n.text, n.value) for n in find_numbers("تبرع بمليوني جنيه و٣٠٠ ألف دولار")]
    [('مليوني', 2000000.0), ('٣٠٠ ألف', 300000.0)]
    >>> [(n.text, n.value) for n in find_numbers("بين 5 و10 ملايين دولار")]
    [('5', 5.0), ('10 ملايين', 10000000.0)]
    >>> [n.value for n in find_numbers("خمسة وعشرون ألف، مائة وستين، ثلاثة ملايين و500 ألف")]
    [25000.0, 160.0, 3500000.0]
    """
    items = _items(text)
    out: list[NumberSpan] = []
    i = 0
    n = len(items)
    while i < n:
        first = items[i]
        i += 1
        group = _Group(first)
        if first.kind in ("P", "F", "O"):
            # ملايين, نصف, أحد alone are no numbers: only before a scale / before عشر
            nxt = items[i] if i < n else None
            gap = _gap(text, first.end, nxt) if nxt else None
            if first.kind == "F" and nxt and nxt.kind in "SD" and gap is False:
                group.last = "U"
            elif not (first.kind == "O" and nxt and nxt.kind == "X" and gap is False):
                continue
        i = _extend(text, group, items, i)
        if group.words and i < n:
            # "مائة وستين (160) مليون": the digits in brackets restate the words.
            m = _PAREN_RE.match(text, group.end)
            if m and parse_digits(m.group(1)) == group.value and items[i].start == m.start(1):
                i += 1
                group.end = m.end()
                group.words = False
                i = _extend(text, group, items, i)
        out.append(
            NumberSpan(
                group.start, group.end, text[group.start : group.end], group.value, int(group.max_scale)
            )
        )
    return out


def _extend(text: str, group: _Group, items: list[_Item], i: int) -> int:
    """Join following items to ``group`` while they are adjacent and the grammar allows."""
    while i < len(items):
        conj = _gap(text, group.end, items[i])
        if conj is None:
            break
        nxt = items[i + 1] if i + 1 < len(items) else None
        if (
            conj
            and group.max_scale > 1
            # (in a range only: "بين مليونين وثلاثة ملايين"; "مئة ألف وخمسة آلاف" is one number)
            and "بين" in text[max(0, group.start - 10) : group.start]
            and items[i].kind in ("U", "N")
            and nxt is not None
            and nxt.kind in ("P", "S")
            and nxt.value >= group.max_scale
            and _gap(text, items[i].end, nxt) is False
        ):
            break  # "بين مليونين وثلاثة ملايين": the unit after و counts the next scale, a second number
        if (
            conj
            and group.max_scale > 1
            and group.current == 0
            and items[i].kind in ("U", "N")
            and nxt is not None
            and nxt.kind in ("P", "S")
            and nxt.value == group.max_scale
            and _gap(text, items[i].end, nxt) is False
        ):
            # "مئة ألف وخمسة آلاف": the unit counts the same scale again (105,000)
            group.total += items[i].value * nxt.value
            group.end = nxt.end
            i += 2
            continue
        if not group.join(items[i], conj):
            break
        i += 1
        # "سبعة ملايين ونصف المليون", "مليون ونصف مليون": the half's own scale repeats the one counted
        if (
            items[i - 1].kind == "F"
            and i < len(items)
            and items[i].kind == "S"
            and items[i].value == group.max_scale
            and _gap(text, items[i - 1].end, items[i]) is False
        ):
            group.end = items[i].end
            i += 1
    return i


def _gap(text: str, end: int, b: _Item) -> bool | None:
    """None when ``b`` does not follow ``end`` closely; else whether a "و" joins them."""
    if b.pre_start < end:
        return None
    m = _GAP_RE.match(text, end, b.pre_start)
    if m is None or m.end() != b.pre_start:
        return None
    return b.conj or "و" in m.group()


def parse_number(s: str) -> float | None:
    """The value of ``s`` when all of it (after an attached proclitic) is one number, else None.

    >>> parse_number("١٠٧ ملايين"), parse_number("بمليون"), parse_number("مائة وستين"), parse_number("مليون دولار")
    (107000000.0, 1000000.0, 160.0, None)
    """
    stripped = s.strip()
    spans = find_numbers(stripped)
    if len(spans) != 1:
        return None
    span = spans[0]
    if span.end != len(stripped):
        return None
    head = stripped[: span.start]
    if head and not re.fullmatch(r"[وفبلك]?[بلك]?ـ?\s?", head):
        return None
    return span.value
