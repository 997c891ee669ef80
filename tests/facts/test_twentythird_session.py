"""Fact and entity rules of the twenty-third session, each drawn from unseen news articles."""

from __future__ import annotations

from tests.facts.helpers import facts_of, readable


def _types(got: set[tuple], kind: str) -> list[tuple]:
    return [g for g in got if g[0] == kind]


def test_a_bracketed_short_name_with_a_particle_elsewhere_is_one_body() -> None:
    text = (
        "يعتزم زعماء حلف شمال الأطلسي (الناتو) تركيز اهتمامهم على أفغانستان. وقد حث الرئيس حلفاء الناتو على "
        "الالتزام. ويأمل الأمين العام للناتو، ينس ستولتينبيرغ، في أن يتفق الحلف."
    )
    names = {"حلف شمال الأطلسي": "ORG", "الناتو": "ORG", "ناتو": "ORG", "ينس ستولتينبيرغ": "PERSON"}
    doc, facts = facts_of(text, names)
    orgs = [e for e in doc.entities if e.type == "ORG"]
    assert [e.name for e in orgs] == ["حلف شمال الأطلسي"], orgs
    assert len(orgs[0].mentions) == 4, orgs[0].mentions  # (الناتو) حلفاء الناتو للناتو
    got = readable(doc, facts)
    assert ("role", "ينس ستولتينبيرغ", "حلف شمال الأطلسي", "secretary-general") in got, got


def test_a_body_glossed_in_brackets_by_a_phrase_stays_apart() -> None:
    # a second name in brackets that is written differently elsewhere is no short name of the first
    text = "وقال ممثل الاتحاد الأوروبي (الاتحاد) إن الاتحاد سيتدخل. وأضاف أن الاتحاد الأفريقي سيجتمع."
    doc, _ = facts_of(text, {"الاتحاد الأوروبي": "ORG", "الاتحاد الأفريقي": "ORG"})
    assert sorted(e.name for e in doc.entities if e.type == "ORG") == ["الاتحاد الأفريقي", "الاتحاد الأوروبي"]


def test_a_definite_ally_with_an_adjective() -> None:
    text = (
        "وضغط وزير الخارجية، جبران باسيل، رئيس التيار الوطني الحر الحليف السياسي لحزب الله من أجل عودة "
        "المزيد من اللاجئين."
    )
    got = readable(*facts_of(text, {"جبران باسيل": "PERSON", "التيار الوطني الحر": "ORG", "حزب الله": "ORG"}))
    assert ("support", "التيار الوطني الحر", "حزب الله", "for") in got, got
    text = "وكان حزب الدعوة الحليف الأبرز لإيران في العراق."
    got = readable(*facts_of(text, {"حزب الدعوة": "ORG", "إيران": "GPE", "العراق": "GPE"}))
    assert ("support", "حزب الدعوة", "إيران", "for") in got, got
    # an adjective that is no ally's ("الحليف" is no word here) gives nothing
    text = "وانتقد حزب الدعوة الموقف السياسي لإيران في العراق."
    got = readable(*facts_of(text, {"حزب الدعوة": "ORG", "إيران": "GPE", "العراق": "GPE"}))
    assert not _types(got, "support"), got


def test_a_body_and_its_journalist_or_director_named_with_a_pronoun() -> None:
    text = "واتهم ترامب صحيفة نيويورك تايمز وصحافيتها ماغي هيبرمان بنشر أخبار كاذبة."
    got = readable(*facts_of(text, {"ترامب": "PERSON", "نيويورك تايمز": "ORG", "ماغي هيبرمان": "PERSON"}))
    assert ("role", "ماغي هيبرمان", "نيويورك تايمز", "journalist") in got, got
    text = "وقالت شركة أبل ومديرها التنفيذي تيم كوك إن الأرباح ارتفعت."
    got = readable(*facts_of(text, {"أبل": "ORG", "تيم كوك": "PERSON"}))
    assert ("role", "تيم كوك", "أبل", "ceo") in got, got
    text = "وهاجم حزب العمال ومؤسسه عبد الله أوجلان الحكومة."
    got = readable(*facts_of(text, {"حزب العمال": "ORG", "عبد الله أوجلان": "PERSON"}))
    assert ("role", "عبد الله أوجلان", "حزب العمال", "founder") in got, got
    # the pronoun's gender must fit the body: "ومراسلها" does not refer to a party (حزب)
    text = "وهاجم حزب العمال ومراسلها عبد الله أوجلان الحكومة."
    got = readable(*facts_of(text, {"حزب العمال": "ORG", "عبد الله أوجلان": "PERSON"}))
    assert not _types(got, "role"), got
