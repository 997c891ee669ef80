"""Fact rules of the twenty-first session, each drawn from unseen news articles."""

from __future__ import annotations

from tests.facts.helpers import facts_of, readable


def _types(got: set[tuple], kind: str) -> list[tuple]:
    return [g for g in got if g[0] == kind]


def test_a_deputy_word_alone_between_the_name_and_the_title() -> None:
    text = "واستقالت بيني لورانس، نائبة الرئيس التنفيذي لمنظمة أوكسفام، بعد الفضيحة."
    got = readable(*facts_of(text, {"بيني لورانس": "PERSON", "منظمة أوكسفام": "ORG"}))
    assert ("role", "بيني لورانس", "منظمة أوكسفام", "deputy ceo") in got, got
    # a verb between them: the title is another's
    text = "وهاجم دونالد ترامب نائب الرئيس التنفيذي لمنظمة أوكسفام."
    got = readable(*facts_of(text, {"دونالد ترامب": "PERSON", "منظمة أوكسفام": "ORG"}))
    assert not _types(got, "role"), got


def test_the_company_is_the_one_company_the_article_named() -> None:
    text = "تأسست شركة أرامكو عام 1933. وقال أمين الناصر، الرئيس التنفيذي للشركة، إن الأرباح ارتفعت."
    got = readable(*facts_of(text, {"أرامكو": "ORG", "أمين الناصر": "PERSON"}))
    assert ("role", "أمين الناصر", "أرامكو", "ceo") in got, got
    # two companies named before: which one is not said
    text = (
        "ووقعت شركة أرامكو عقدا مع شركة توتال. وقال أمين الناصر، الرئيس التنفيذي للشركة، إن الأرباح ارتفعت."
    )
    got = readable(*facts_of(text, {"أرامكو": "ORG", "توتال": "ORG", "أمين الناصر": "PERSON"}))
    assert not _types(got, "role"), got
