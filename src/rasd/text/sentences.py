"""Sentence splitting with exact offsets into the original text.

Rules, in order:

* every line break ends a sentence; each run of non-empty lines separated by line breaks is a
  paragraph (news text uses either blank lines or single newlines between paragraphs);
* ``.`` ``!`` ``?`` ``؟`` ``…`` (and runs of them) end a sentence when followed by space, the end
  of the paragraph or a new word; closing quotes and brackets right after the mark belong to the
  sentence they close (``…يشاركون”.`` and ``…الآن.”``);
* a mark inside a quotation that closes in the same paragraph does not end the sentence: the
  quoted speech stays whole with the words that introduce it;
* a dot never ends a sentence inside a number (``43.6``), after a one-letter abbreviation
  (``د.`` doctor, ``م.`` engineer, Latin initials ``J.D.``), after a Latin initial spelt in Arabic
  letters inside a name (``باتريك بي. روبرسون``) or after a listed abbreviation (``Inc.``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int


_LINE_RE = re.compile(r"[^\n\r\u2028\u2029]+")
# A terminator run, then any closing quotes/brackets; the look-ahead is checked in code.
_END_RE = re.compile(r"[.!?؟…]+[\"'”»’)\]]*")
_CLOSERS = "\"'”»’)]"
_ABBREVIATIONS = frozenset(
    "inc ltd co corp jr sr mr mrs ms dr st prof gen sen rep gov no vs etc jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
# One Arabic letter (د. م. أ.) or one Latin letter (J. D.) before the dot is an initial.
_INITIAL_RE = re.compile(r"(?:^|[\s(«“\"'.])(?:[\u0621-\u064a]|[A-Za-z])$")
# "عام 2020 م." / "1442 هـ.": the era letter after a year, often the last word of a sentence.
_ERA_RE = re.compile(r"[0-9٠-٩]\s*(?:م|هـ|ه)$")
_WORD_BEFORE_RE = re.compile(r"([A-Za-z]+)$")
# A Latin initial spelt in Arabic letters inside a name ("باتريك بي. روبرسون", "جون إف. كينيدي"): the
# letter's name after a word that is no letter name itself ("بي بي سي." ends its sentence) nor a kind of
# brand ("آند تي."), before a word that opens no new clause ("وانغ بي. كما", "… تي. يذكر أن") and is no
# definite noun. إكس is left out: "منصة إكس." (the platform X) ends sentences.
LETTER_NAMES = frozenset(
    "بي جي دي إف اف إس اس إم ام إتش اتش دبليو كيه تي آر ار إل يو إيه ايه سي جيه إي زد".split()
)
_SPELT_INITIAL_RE = re.compile(r"(?:^|\s)([\u0621-\u064a]+)\s+([\u0621-\u064a]+)$")
_OPENERS = frozenset("كما لكن ثم بينما فيما إلا أما قد لقد وقد ولكن في من على إلى يذكر يشار يأتي تأتي هذا هذه".split())
# words before a letter that make it a brand's or a platform's, not a middle initial ("آند تي", "منصة إكس")
_NOT_FIRST_NAMES = frozenset("آند اند منصة موقع شركة قناة شبكة".split())


def _is_boundary(para: str, m: re.Match[str]) -> bool:
    start, end = m.start(), m.end()
    mark = m.group()
    nxt = para[end] if end < len(para) else ""
    if nxt and nxt.isalnum() and mark.rstrip(_CLOSERS) == ".":
        # "43.6", "11.29", "www.x.com", "J.D." — a dot glued to what follows is not an end.
        return False
    if nxt and not (nxt.isspace() or nxt.isalpha() or nxt in "“«\"'(["):
        return False
    if mark.startswith(".") and len(mark.rstrip(_CLOSERS)) == 1:
        before = para[max(0, start - 12) : start]
        if _INITIAL_RE.search(before) and not _ERA_RE.search(before):
            return False
        w = _WORD_BEFORE_RE.search(before)
        if w and w.group(1).lower() in _ABBREVIATIONS:
            return False
        if _spelt_initial(para[max(0, start - 40) : start], para[end:]):
            return False
    return True


def _spelt_initial(before: str, after: str) -> bool:
    m = _SPELT_INITIAL_RE.search(before)
    if not m or m.group(2) not in LETTER_NAMES or m.group(1) in LETTER_NAMES:
        return False
    nxt = after.split(maxsplit=1)[0] if after.strip() else ""
    return (
        bool(re.match(r"[\u0621-\u064a]", nxt))
        and nxt[0] not in "وف"
        and not nxt.startswith("ال")  # a surname is no definite noun ("…آند تي. الحكومة تلقت")
        and nxt not in _OPENERS
        and m.group(1) not in _NOT_FIRST_NAMES
    )


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences; ``text[s.start:s.end] == s.text`` for every sentence.

    >>> [s.text for s in split_sentences("قال د. أحمد إن النمو بلغ 3.5%. وأضاف: “هذا جيد”.\\nشاركها.")]
    ['قال د. أحمد إن النمو بلغ 3.5%.', 'وأضاف: “هذا جيد”.', 'شاركها.']
    >>> [s.paragraph for s in split_sentences("أ ب.\\n\\nج د؟ هـ و")]
    [0, 1, 1]
    """
    out: list[Sentence] = []
    paragraph = -1
    for line in _LINE_RE.finditer(text):
        para = line.group()
        if not para.strip():
            continue
        paragraph += 1
        base = line.start()
        pos = 0
        quoted = _quoted_regions(para)
        for m in _END_RE.finditer(para):
            if quoted and any(qs < m.start() and m.end() < qe for qs, qe in quoted):
                continue
            if _is_boundary(para, m):
                _add(out, text, base + pos, base + m.end(), paragraph)
                pos = m.end()
        _add(out, text, base + pos, base + len(para), paragraph)
    return out


_PAIRS = {"“": "”", "«": "»"}
MAX_QUOTE_CHARS = 1000


def _quoted_regions(para: str) -> list[tuple[int, int]]:
    """(open, close) offsets of quotations closed within the paragraph.

    A quotation of several sentences stays one sentence with its speaker
    (``وأضافت: "إنهم يريدون… للرئيس. لقد كان… نوعه".``). Curly and angle quotes pair with the
    next closing mark; straight quotes pair in order only when their number is even, so a stray
    quote mark cannot swallow a paragraph.
    """
    regions: list[tuple[int, int]] = []
    if '"' not in para and "“" not in para and "«" not in para:
        return regions
    for opener, closer in _PAIRS.items():
        start = para.find(opener)
        while start >= 0:
            end = para.find(closer, start + 1)
            if end < 0:
                break
            if end - start <= MAX_QUOTE_CHARS:
                regions.append((start, end))
            start = para.find(opener, end + 1)
    straight = [i for i, ch in enumerate(para) if ch == '"']
    if straight and len(straight) % 2 == 0:
        regions += [
            (a, b) for a, b in zip(straight[::2], straight[1::2], strict=True) if b - a <= MAX_QUOTE_CHARS
        ]
    return regions


def _add(out: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end], paragraph))
