"""membership: a person belongs to, or joins, a party, committee, board or group.

  وكان فلان وفلان جزءًا من اللجنة المالية لفلانة
  إن الوزراء السابقين فلان، وفلان، … انضموا للحزب     (الحزب → the party named before)
"""

from __future__ import annotations

from rasd.contract import Fact
from rasd.facts.common import (
    ArticleState,
    coordinated_before,
    gap_text,
    inside_mention,
    n_words,
    negated,
    subject_after,
    subject_before,
)
from rasd.facts.context import Sentence
from rasd.facts.vocab import load, matcher
from rasd.resolve.document import DocMention
from rasd.text.normalise import normalise


def extract_memberships(sent: Sentence, state: ArticleState) -> list[Fact]:
    text = state.text
    facts: list[Fact] = []
    for hit in matcher("memberships", "triggers").find(sent.norm):
        h_start, h_end = sent.orig(hit.start), sent.orig_end(hit.end)
        if inside_mention(sent, h_start, h_end) or negated(sent, h_start, text):
            continue
        group = _group_after(sent, h_end, text, state)
        if group is None:
            continue
        cands = [m for m in sent.mentions if m.label == "PERSON" and (m.start, m.end) not in state.role_objects]
        first = subject_after(sent, h_end, text, ("PERSON",), max_words=1, state=state)
        if first is not None and first.start < group.start:
            members = [first]
        else:
            before = subject_before(sent, h_start, text, ("PERSON",), max_words=14, state=state)
            members = coordinated_before(sent, before, cands, text, 6) if before else []
        for m in members:
            facts.append(
                Fact(
                    "membership",
                    {"member": m.entity, "group": group.entity},
                    sent.evidence(),
                    reason=f"pattern: PERSON '{hit.phrase}' ORG",
                )
            )
    return facts


def _group_after(sent: Sentence, pos: int, text: str, state: ArticleState) -> DocMention | None:
    for m in sent.mentions:
        if m.start < pos:
            continue
        if n_words(gap_text(text, pos, m.start)) > 3:
            break
        if m.label == "ORG":
            return m
        break
    # a definite head noun right after the trigger ("للحزب") refers to the last such organisation
    words = gap_text(text, pos, min(sent.end, pos + 30)).split()
    if not words:
        return None
    word = words[0]
    for lead in ("لل", "ل", "ب"):
        if word.startswith(lead) and len(word) > len(lead) + 2:
            word = "ال" + word[len(lead) :] if lead == "لل" else word[len(lead) :]
            break
    heads = load("org_nouns").get("back_references", {})
    for noun, starts in heads.items():
        if normalise(noun) == word:
            for m in reversed([x for x in state.doc.mentions if x.end <= pos and x.label == "ORG"]):
                if any(normalise(m.text).startswith(normalise(s)) for s in starts):
                    return m
    return None
