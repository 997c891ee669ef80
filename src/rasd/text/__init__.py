"""The Arabic text layer: pure functions, offsets always into the original text.

Every span returned here satisfies ``text[span.start:span.end] == span.text``.

============================  =================================================================
``normalise(s)``              matching copy: no diacritics/tatweel, one alef, ي for ى, ه for ة,
                              Western digits, no presentation forms, single spaces
``normalise_with_map(s)``     the same, plus the original offset of every normalised character
``split_sentences(text)``     :class:`Sentence` (start, end, text, paragraph)
``tokenize(text)``            :class:`Token` (start, end, text)
``strip_prefix(word)``        ``(offset, stem)`` without attached و ف ب ك ل / ال
``strip_name_prefix(t, s, e)``  a name span moved past an attached clitic (لكامالا → كامالا)
``find_numbers(text)``        :class:`NumberSpan` (digits, Arabic-Indic digits, number words)
``parse_number(s)``           the value of one number expression, or None
``find_amounts(text)``        :class:`MoneySpan` (min, max, ISO currency, approximate, kind)
``find_dates(text, pub)``     :class:`DateSpan` (kind, ISO value, year), resolved against ``pub``
============================  =================================================================

Word tables (currencies, amount phrases, calendar words, the proclitic lexicon) live in
``rasd/data/text/`` and are read once, on first use.
"""

from rasd.text.dates import DateSpan, find_dates
from rasd.text.money import MoneySpan, find_amounts
from rasd.text.normalise import normalise, normalise_with_map, original_span
from rasd.text.numbers import NumberSpan, find_numbers, parse_number
from rasd.text.prefixes import strip_name_prefix, strip_prefix
from rasd.text.sentences import Sentence, split_sentences
from rasd.text.tokens import Token, tokenize

__all__ = [
    "DateSpan",
    "MoneySpan",
    "NumberSpan",
    "Sentence",
    "Token",
    "find_amounts",
    "find_dates",
    "find_numbers",
    "normalise",
    "normalise_with_map",
    "original_span",
    "parse_number",
    "split_sentences",
    "strip_name_prefix",
    "strip_prefix",
    "tokenize",
]
