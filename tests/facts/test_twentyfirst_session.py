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


def test_a_professor_s_field_may_stand_before_the_university() -> None:
    text = "وقال سانديب شاستري أستاذ العلوم السياسية في جامعة بنغالور إن التحالف انطلاقة جديدة."
    got = readable(*facts_of(text, {"سانديب شاستري": "PERSON", "جامعة بنغالور": "ORG"}))
    assert ("role", "سانديب شاستري", "جامعة بنغالور", "professor") in got, got
    # a longer gap is no longer his field
    text = "وقال سانديب شاستري أستاذ العلوم السياسية الذي زار الهند مع وفد جامعة بنغالور إن التحالف جديد."
    got = readable(*facts_of(text, {"سانديب شاستري": "PERSON", "جامعة بنغالور": "ORG"}))
    assert not _types(got, "role"), got


def test_a_writer_at_a_newspaper_is_its_journalist() -> None:
    text = "وكتب توماس فريدمان، الكاتب في صحيفة نيويورك تايمز، أن الاتفاق سيئ."
    got = readable(*facts_of(text, {"توماس فريدمان": "PERSON", "نيويورك تايمز": "ORG"}))
    assert ("role", "توماس فريدمان", "نيويورك تايمز", "journalist") in got, got
