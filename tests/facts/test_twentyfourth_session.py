"""Fact rules of the twenty-fourth session, each drawn from unseen Tunisian news (JawharaFM)."""

from __future__ import annotations

from tests.facts.helpers import facts_of, readable


def _quotes(got: set[tuple]) -> list[tuple]:
    return sorted(g for g in got if g[0] == "quote")


def test_a_count_of_people_after_the_verb_is_not_the_last_speaker() -> None:
    text = (
        'وقال الرئيس إيمانويل ماكرون إنه سيواصل الإصلاحات. بالمقابل فقد قال 18 % ممن شملهم الاستطلاع أنهم '
        '"غير راضين إلى حد ما". وقال 3 مسؤولين إن "الوضع خطير".'
    )
    got = readable(*facts_of(text, {"إيمانويل ماكرون": "PERSON"}))
    assert _quotes(got) == [], got
    # the pronoun after the verb still goes to the last speaker
    text = 'وقال الرئيس إيمانويل ماكرون إنه سيواصل الإصلاحات. وأضاف "لن نتراجع".'
    got = readable(*facts_of(text, {"إيمانويل ماكرون": "PERSON"}))
    assert [q[1] for q in _quotes(got)] == ["إيمانويل ماكرون"], got


def test_a_body_demands_and_stresses_in_its_statement() -> None:
    text = (
        "عبرت النقابة الوطنية للصحفيين التونسيين عن إستغرابها من الحصانة التي يتمتع بها رجل الأعمال. "
        'وطالبت النقابة في بيان لها اليوم الإثنين، كلا من وزير العدل ووكيل الجمهورية "إثبات إستقلاليتهما '
        'الواجبة قانونا". وتؤكد النقابة الوطنية للصحفيين التونسيين أن لوبيات المال الفاسد أصبحت تمثل '
        'التهديد الأخطر في ظلّ "صمت الحكومات المتعاقبة وتواطؤ صريح من النيابة" ، داعية المنظمات الى تحمّل مسؤولياتها.'
    )
    got = readable(*facts_of(text, {"النقابة الوطنية للصحفيين التونسيين": "ORG"}))
    speakers = {q[1] for q in _quotes(got)}
    assert len(_quotes(got)) == 2 and speakers == {"النقابة الوطنية للصحفيين التونسيين"}, got


def test_a_present_verb_with_no_name_at_it_still_says_nothing() -> None:
    # (تؤكد with a person or a body right after it only: figures and documents "confirm" too)
    text = 'وقال الوزير أحمد صالح إن الميزانية متوازنة. مؤشرات الميزانية تؤكد أن البلاد "في وضع صعب".'
    got = readable(*facts_of(text, {"أحمد صالح": "PERSON"}))
    assert not any(q[2].startswith("في وضع صعب") and q[1] != "أحمد صالح" for q in _quotes(got)), got


def test_a_party_or_bloc_in_brackets_after_a_name_is_his() -> None:
    text = (
        "وقال النائب هادي براهم (كتلة حركة النهضة) إن المداولات كانت عادية. وقال النائب محمد علي "
        "(نداء تونس) إن الأمر خطير. وقال أحمد صالح (رويترز) إن الأمر خطير."
    )
    names = {
        "هادي براهم": "PERSON",
        "كتلة حركة النهضة": "ORG",
        "محمد علي": "PERSON",
        "نداء تونس": "ORG",
        "أحمد صالح": "PERSON",
        "رويترز": "ORG",
    }
    got = readable(*facts_of(text, names))
    members = sorted(g for g in got if g[0] == "membership")
    assert members == [
        ("membership", "محمد علي", "نداء تونس"),
        ("membership", "هادي براهم", "كتلة حركة النهضة"),
    ], got
