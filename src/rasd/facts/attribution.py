"""Attribution: a fact reported "according to" a source (وفقًا لـ X، بحسب صحيفة X، قالت مصادر لصحيفة X)."""

from __future__ import annotations

from rasd.facts.common import gap_text, n_words
from rasd.facts.context import Sentence
from rasd.facts.vocab import matcher


def sentence_attribution(sent: Sentence, text: str) -> str | None:
    """The entity a sentence's facts are attributed to, or None."""
    for hit in matcher("speech", "attribution_markers").find(sent.norm):
        start, end = sent.orig(hit.start), sent.orig_end(hit.end)
        for m in sent.mentions:
            if m.end <= start:
                continue
            if m.start > end and n_words(gap_text(text, end, m.start)) > 2:
                break
            if m.label in ("ORG", "PERSON"):
                return m.entity
            break
    return None
