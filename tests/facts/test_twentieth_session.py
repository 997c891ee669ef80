"""Fact rules mended after the review of the nineteenth session's work."""

from __future__ import annotations

from tests.facts.helpers import facts_of, readable


def _types(got: set[tuple], kind: str) -> list[tuple]:
    return [g for g in got if g[0] == kind]


def test_solidarity_and_standing_by_someone_is_support_for_him() -> None:
    text = "وأكد الرئيس الفرنسي إيمانويل ماكرون وقوفه إلى جانب الرئيس الأوكراني فولوديمير زيلينسكي."
    got = readable(*facts_of(text, {"إيمانويل ماكرون": "PERSON", "فولوديمير زيلينسكي": "PERSON"}))
    assert ("support", "إيمانويل ماكرون", "فولوديمير زيلينسكي", "for") in got, got
    text = "وأعلن حزب العدالة والتنمية تضامنه مع الرئيس المعزول محمد مرسي."
    got = readable(*facts_of(text, {"حزب العدالة والتنمية": "ORG", "محمد مرسي": "PERSON"}))
    assert ("support", "حزب العدالة والتنمية", "محمد مرسي", "for") in got, got
    assert not [g for g in _types(got, "support") if g[-1] == "against"], got


def test_a_minister_of_foreign_affairs_of_a_ministry_named_with_al_shuun() -> None:
    text = "وأصدرت وزارة الشؤون الخارجية بيانا. وقال وزير الشؤون الخارجية خميس الجهيناوي إن تونس تدعم الحل."
    names = {"وزارة الشؤون الخارجية": "ORG", "خميس الجهيناوي": "PERSON", "تونس": "GPE"}
    got = readable(*facts_of(text, names))
    assert ("role", "خميس الجهيناوي", "وزارة الشؤون الخارجية", "minister") in got, got


def test_a_bare_al_wazir_governed_by_a_noun_is_another_s_minister() -> None:
    text = "ردت وزارة الخارجية الأمريكية على تصريحات الوزير سيرغي لافروف بشأن أوكرانيا."
    names = {"وزارة الخارجية الأمريكية": "ORG", "سيرغي لافروف": "PERSON", "أوكرانيا": "GPE"}
    got = readable(*facts_of(text, names))
    assert not _types(got, "role"), got
    text = "وفي رسالة إلى وزارة الخارجية الأمريكية قال الوزير سيرغي لافروف إن بلاده لن تتراجع."
    got = readable(*facts_of(text, {"وزارة الخارجية الأمريكية": "ORG", "سيرغي لافروف": "PERSON"}))
    assert not _types(got, "role"), got
    # the ministry went on: its minister
    text = "وأصدرت وزارة الخارجية الأمريكية بيانا، وقال الوزير مايك بومبيو إن بلاده تدعم الحل."
    got = readable(*facts_of(text, {"وزارة الخارجية الأمريكية": "ORG", "مايك بومبيو": "PERSON"}))
    assert ("role", "مايك بومبيو", "وزارة الخارجية الأمريكية", "minister") in got, got
