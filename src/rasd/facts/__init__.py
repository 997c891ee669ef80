"""Facts between entities — role, donation, support, fundraiser, membership, quote — each with the
sentence it came from, the source it is attributed to, and the reason it was extracted.

The rules read vocabularies from rasd/data/facts/*.yaml; see each module for its patterns.
"""

from __future__ import annotations

import json
from typing import Any

from rasd.contract import Amount, Fact
from rasd.facts.attribution import sentence_attribution
from rasd.facts.common import ArticleState
from rasd.facts.context import build_sentences, refresh_mentions
from rasd.facts.donations import extract_donations, extract_event_totals
from rasd.facts.fundraisers import extract_fundraisers
from rasd.facts.memberships import extract_memberships
from rasd.facts.quotes import extract_quotes, subject_mentions
from rasd.facts.roles import (
    extract_affiliations,
    extract_campaign_posts,
    extract_founders,
    extract_leaders,
    extract_mps,
    extract_own_heads,
    extract_own_spokespeople,
    extract_roles,
    extract_senators,
    without_heads_of_government,
)
from rasd.facts.support import extract_support
from rasd.resolve.document import Document
from rasd.text.tokens import tokenize

__all__ = ["extract_facts"]


def extract_facts(text: str, doc: Document, amounts: list[Any] | None = None) -> list[Fact]:
    """All facts of one article. ``amounts`` are rasd.text.money spans (found here when omitted)."""
    if amounts is None:
        from rasd.text.money import find_amounts

        amounts = find_amounts(text)
    tokens = tokenize(text)
    state = ArticleState(doc=doc, text=text)

    # quotes first: they introduce unnamed speakers (ANON) that later rules can refer to
    sentences = build_sentences(text, doc, amounts, tokens)
    state.facts = extract_quotes(sentences, state)
    refresh_mentions(sentences, doc)

    for sent in sentences:
        found: list[Fact] = []
        found += extract_roles(sent, state)
        found += extract_senators(sent, state)
        found += extract_mps(sent, state)
        found += extract_affiliations(sent, state)
        found += extract_campaign_posts(sent, state)
        found += extract_founders(sent, state)
        found += extract_leaders(sent, state)
        found += extract_own_spokespeople(sent, state)
        found += extract_own_heads(sent, state)
        found += extract_donations(sent, state)
        found += extract_support(sent, state)
        found += extract_fundraisers(sent, state)
        found += extract_event_totals(sent, state, found)
        found += extract_memberships(sent, state)
        found = without_heads_of_government(found, sent, state)
        source = sentence_attribution(sent, text)
        for f in found:
            if source is not None and source not in _arguments(f):
                f.attribution = source
        state.facts += found
        subjects = subject_mentions(sent, text)
        if subjects:
            state.last_subjects = subjects
    return _dedupe(sorted(state.facts, key=lambda f: f.evidence.start))


def _arguments(f: Fact) -> set[str]:
    return {
        v for k, v in f.args.items() if isinstance(v, str) and k not in ("role", "stance", "status", "text")
    }


_ROLE_KINDS = {"founder": "founder", "co-founder": "founder", "owner": "owner"}


def _dedupe(facts: list[Fact]) -> list[Fact]:
    """One fact per (type, arguments, amount): repeated statements keep the first evidence; a person
    holds one post at an organisation (the first one stated), besides founding or owning it.

    A donation stated without an amount is dropped when the same donor, recipient and status
    appear with an amount elsewhere in the article.
    """
    with_amount = {
        (f.args.get("donor"), f.args.get("recipient"), f.args.get("status"))
        for f in facts
        if f.type == "donation" and f.args.get("amount") is not None
    }
    facts = [
        f
        for f in facts
        if not (
            f.type == "donation"
            and f.args.get("amount") is None
            and (f.args.get("donor"), f.args.get("recipient"), f.args.get("status")) in with_amount
        )
    ]
    seen: set[str] = set()
    out = []
    for f in facts:
        # one role per person and organisation: "زعيم حزب X" and "الأمين العام لحزب X" are one position
        key_args = {
            k: (v.min if isinstance(v, Amount) else v)
            for k, v in f.args.items()
            if not (f.type == "role" and k == "role")
        }
        if f.type == "role":
            # founding or owning a body is not a post in it: "المؤسس والرئيس التنفيذي لشركة X" is two facts
            key_args["kind"] = _ROLE_KINDS.get(str(f.args.get("role")), "post")
        key = json.dumps([f.type, key_args], sort_keys=True, ensure_ascii=False, default=str)
        if key in seen:
            continue
        seen.add(key)
        out.append(f)
    return out
