"""donation: money given, pledged, planned or raised, with amount bounds and status.

  تبرع فلان بمبلغ 5 ملايين دولار للجنة X          verb: donor after the verb (VSO), recipient marked by ل/إلى
  فلان … تعهد بالتبرع بأكثر من مائة مليون لحملة X   verb: donor before the verb (SVO)
  فلان، وهي مانحة ضخمة للحزب X                     noun: the donor is the one described
  جمعت حملة X / جمع X 20 مليون دولار               raise: donor null, amount required
"""

from __future__ import annotations

from typing import Any

from rasd.contract import Amount, Fact
from rasd.facts.common import (
    ArticleState,
    coordinated_after,
    coordinated_before,
    gap_text,
    is_marked_recipient,
    markers,
    n_words,
    sentence_topic,
    subject_after,
    subject_before,
)
from rasd.facts.context import Sentence
from rasd.facts.vocab import matcher, word_set
from rasd.resolve.document import DocMention

DONOR_TYPES = ("PERSON", "ORG", "GPE", "ANON")
RECIPIENT_TYPES = ("PERSON", "ORG")


def extract_donations(sent: Sentence, state: ArticleState) -> list[Fact]:
    text = state.text
    rmarks = markers("donations", "recipient_markers")
    blockers = word_set("donations", "not_donation")
    hits = matcher("donations", "triggers").find(sent.norm)
    facts: list[Fact] = []
    used_amounts: set[int] = set()
    for k, hit in enumerate(hits):
        h_start, h_end = sent.orig(hit.start), sent.orig_end(hit.end)
        limit = sent.orig(hits[k + 1].start) if k + 1 < len(hits) else sent.end
        status, kind = hit.data["status"], hit.data["kind"]
        amount = _amount_after(sent, h_end, limit, text, used_amounts)
        window = gap_text(text, h_start, amount.end if amount is not None else min(limit, h_end + 80))
        if any(b in window.split() or (" " in b and b in window) for b in blockers):
            continue
        recipients = _recipients(sent, h_end, limit, text, rmarks, state)
        if kind == "raise":
            if amount is None or n_words(gap_text(text, h_end, amount.start)) > 6:
                continue
            if not recipients:
                subj = subject_after(sent, h_end, text, RECIPIENT_TYPES, state=state)
                subj = subj or sentence_topic(sent, text, RECIPIENT_TYPES)
                subj = subj or subject_before(sent, h_start, text, RECIPIENT_TYPES, state=state)
                recipients = [subj] if subj else []
            donors: list[DocMention | None] = [None]
        else:
            donors = list(_donors(sent, hit, h_start, h_end, text, recipients, amount, state, kind))
            if kind == "noun" and amount is not None and n_words(gap_text(text, h_end, amount.start)) > 8:
                amount = None
        if not recipients or not donors:
            continue
        if amount is not None:
            used_amounts.add(amount.start)
        for donor in donors:
            for rec in recipients:
                if donor is not None and donor.entity == rec.entity:
                    continue
                facts.append(
                    Fact(
                        "donation",
                        {
                            "donor": donor.entity if donor else None,
                            "recipient": rec.entity,
                            "amount": _to_amount(amount),
                            "status": status,
                        },
                        sent.evidence(),
                        reason=f"pattern: '{hit.phrase}' ({kind}, {status})"
                        + (f", amount '{amount.text}'" if amount is not None else ""),
                    )
                )
    return facts


def _to_amount(a: Any) -> Amount | None:
    if a is None:
        return None
    return Amount(
        min=a.min, max=a.max, currency=a.currency, text=a.text,
        approximate=bool(getattr(a, "approximate", False)), start=a.start, end=a.end,
    )


def _amount_after(sent: Sentence, pos: int, limit: int, text: str, used: set[int]) -> Any:
    for a in sent.amounts:
        if a.start >= pos and a.start < limit and a.start not in used:
            if n_words(gap_text(text, pos, a.start)) <= 12:
                return a
            return None
    return None


def _recipients(
    sent: Sentence, pos: int, limit: int, text: str, rmarks: frozenset[str], state: ArticleState
) -> list[DocMention]:
    """Marked beneficiaries after the trigger: the first one and those listed with it."""
    cands = [m for m in sent.mentions if m.start >= pos and m.start < limit + 200 and m.label in RECIPIENT_TYPES]
    for m in cands:
        if n_words(gap_text(text, pos, m.start)) > 14:
            break
        if (m.start, m.end) in state.role_objects:
            continue
        if is_marked_recipient(sent, m, text, rmarks):
            group = coordinated_after(sent, m, cands, text, max_gap_words=4)
            return [g for g in group if (g.start, g.end) not in state.role_objects]
    pron = _pronoun_recipient(sent, pos, limit, text, state)
    return [pron] if pron else []


def _pronoun_recipient(sent: Sentence, pos: int, limit: int, text: str, state: ArticleState) -> DocMention | None:
    """"لحملتها" (her campaign): the last person mentioned before the trigger in the article."""
    words = gap_text(text, pos, min(limit, pos + 120)).split()
    pron = word_set("donations", "pronoun_recipients")
    if not any(w in pron for w in words[:8]):
        return None
    before = [m for m in state.doc.mentions if m.end <= pos and m.label == "PERSON"]
    return before[-1] if before else None


def _donors(
    sent: Sentence,
    hit: Any,
    h_start: int,
    h_end: int,
    text: str,
    recipients: list[DocMention],
    amount: Any,
    state: ArticleState,
    kind: str,
) -> list[DocMention]:
    rec_ids = {r.entity for r in recipients}
    cands = [m for m in sent.mentions if m.label in DONOR_TYPES and (m.start, m.end) not in state.role_objects]
    if kind == "verb":
        first = subject_after(sent, h_end, text, DONOR_TYPES, max_words=5, state=state)
        if first is not None and first.entity not in rec_ids:
            stop = min([r.start for r in recipients if r.start > first.start] + [amount.start if amount else sent.end])
            group = coordinated_after(sent, first, [c for c in cands if c.end <= stop], text, max_gap_words=8)
            return [g for g in group if g.entity not in rec_ids]
    before = subject_before(sent, h_start, text, DONOR_TYPES, max_words=14, state=state)
    if before is not None and before.entity not in rec_ids:
        group = coordinated_before(sent, before, cands, text, max_gap_words=4)
        return [g for g in group if g.entity not in rec_ids]
    if kind == "noun" and recipients:
        # "يشمل المانحون الرئيسيون لـ X فلان، وفلان": the donors are listed after the recipient
        last = recipients[-1]
        after = [c for c in cands if c.start > last.end and c.label == "PERSON"]
        if after and n_words(gap_text(text, last.end, after[0].start)) <= 4:
            return [a for a in coordinated_after(sent, after[0], after, text, max_gap_words=6) if a.entity not in rec_ids]
    if kind == "verb":
        # a pronoun subject ("وتبرع بمبلغ …"): the subject of the previous sentence
        return [m for m in state.last_subjects if m.entity not in rec_ids]
    return []
