"""What every fact rule sees of a sentence: its normalised copy, mentions, amounts, years.

Rules match phrases on the normalised copy and translate positions back to the original text
through ``orig``; mentions and amounts carry original offsets throughout.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any

from rasd.contract import Evidence
from rasd.resolve.document import DocMention, Document, normalised_text
from rasd.text.normalise import normalise
from rasd.text.tokens import Token

_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    text: str
    paragraph: int
    norm: str
    offsets: list[int]  # offsets[i] = original offset of norm[i]
    mentions: list[DocMention]
    amounts: list[Any]  # rasd.text.money spans inside the sentence
    tokens: list[Token]
    years: list[tuple[int, int, int]] = field(default_factory=list)  # (start, end, year), original offsets
    token_starts: list[int] = field(default_factory=list)
    token_ends: list[int] = field(default_factory=list)
    inside: list[Token] = field(default_factory=list)  # the tokens that lie wholly inside it

    def __post_init__(self) -> None:
        self.token_starts = [t.start for t in self.tokens]
        self.token_ends = [t.end for t in self.tokens]
        self.inside = self.tokens_between(self.start, self.end)

    def orig(self, i: int) -> int:
        """Original offset of normalised position ``i`` (``len(norm)`` maps to the sentence end)."""
        if i >= len(self.offsets):
            return self.end
        return self.offsets[i]

    def orig_end(self, i: int) -> int:
        """Original end offset for a normalised end position ``i``."""
        if i <= 0:
            return self.start
        return self.offsets[i - 1] + 1

    def evidence(self) -> Evidence:
        return Evidence(self.start, self.end, self.text)

    def tokens_between(self, a: int, b: int) -> list[Token]:
        """Tokens lying entirely within original offsets [a, b)."""
        i = bisect.bisect_left(self.token_starts, a)
        out = []
        while i < len(self.tokens) and self.tokens[i].end <= b:
            out.append(self.tokens[i])
            i += 1
        return out

    def prefix_of(self, m: DocMention, doc_text: str) -> str:
        """Letters attached before a mention in its token ("ل" in لكامالا), normalised."""
        j = m.start
        while j > self.start and not doc_text[j - 1].isspace() and doc_text[j - 1] not in '“”"«»()،,:؛':
            j -= 1
        return normalise(doc_text[j : m.start]).replace("ـ", "")

    def previous_words(self, m: DocMention, doc_text: str, n: int = 2) -> list[str]:
        """The ``n`` normalised words before a mention's token (nearest last)."""
        # the token that holds an attached prefix is not a previous word
        i = bisect.bisect_right(self.token_ends, m.start)
        out: list[str] = []
        while i > 0 and len(out) < n:
            i -= 1
            t = self.tokens[i]
            if t.text[0].isalnum():
                out.append(normalise(t.text).replace("ـ", ""))
        return out[::-1]


def build_sentences(text: str, doc: Document, amounts: list[Any], tokens: list[Token]) -> list[Sentence]:
    from rasd.text.sentences import split_sentences

    full, full_offsets = normalised_text(text)
    out = []
    tok_starts = [t.start for t in tokens]
    for i, s in enumerate(split_sentences(text)):
        # the sentence's normalised copy is a slice of the article's (whitespace is collapsed alike)
        ns = bisect.bisect_left(full_offsets, s.start)
        ne = bisect.bisect_left(full_offsets, s.end)
        norm, offsets = full[ns:ne], full_offsets[ns:ne]
        while norm.startswith(" "):
            norm, offsets = norm[1:], offsets[1:]
        while norm.endswith(" "):
            norm, offsets = norm[:-1], offsets[:-1]
        a = bisect.bisect_left(tok_starts, s.start)
        b = bisect.bisect_left(tok_starts, s.end)
        sent = Sentence(
            index=i,
            start=s.start,
            end=s.end,
            text=s.text,
            paragraph=s.paragraph,
            norm=norm,
            offsets=offsets,
            mentions=doc.mentions_in(s.start, s.end),
            amounts=[m for m in amounts if s.start <= m.start and m.end <= s.end],
            tokens=tokens[a:b],
        )
        sent.years = [
            (sent.orig(m.start()), sent.orig_end(m.end()), int(m.group())) for m in _YEAR.finditer(norm)
        ]
        out.append(sent)
    return out


def refresh_mentions(sentences: list[Sentence], doc: Document) -> None:
    """Mentions added after the sentences were built (unnamed speakers) become visible to rules."""
    for s in sentences:
        s.mentions = doc.mentions_in(s.start, s.end)
