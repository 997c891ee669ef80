"""Named-entity recognition for Arabic news: ``recognise(text) -> list[Span]``.

Labels: PERSON, ORG, GPE, LOC, MISC. Offsets are into the original text; attached particles
(و، ب، ل، لل، لـ) before a name are not part of its span.
"""

from __future__ import annotations

from rasd.ner.pipeline import recognise

__all__ = ["recognise"]
