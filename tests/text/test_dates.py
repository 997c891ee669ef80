"""Dates, months, years, weekdays, clock times and relative dates, resolved against publication."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from shared_data import need_shared

from rasd.text.dates import DateSpan, find_dates

TUESDAY = dt.date(2024, 7, 23)


def _one(text: str, published: dt.date | None = TUESDAY) -> DateSpan:
    found = find_dates(text, published)
    assert len(found) == 1, found
    span = found[0]
    assert text[span.start : span.end] == span.text
    return span


@pytest.mark.parametrize(
    ("text", "span", "kind", "value", "year"),
    [
        # weekdays: the one in the week around publication (4 days before .. 2 after)
        ("في المكالمة يوم الأربعاء في", "يوم الأربعاء", "weekday", "2024-07-24", 2024),
        ("أعلن الرئيس يوم الأحد أنه", "يوم الأحد", "weekday", "2024-07-21", 2024),
        ("قال مساء الثلاثاء إن", "الثلاثاء", "weekday", "2024-07-23", 2024),
        ("التقى الخميس الماضي", "الخميس الماضي", "weekday", "2024-07-18", 2024),
        ("يجتمع الجمعة المقبل", "الجمعة المقبل", "weekday", "2024-07-26", 2024),
        ("صدر يوم السبت", "يوم السبت", "weekday", "2024-07-20", 2024),
        ("يوم الاثنين", "يوم الاثنين", "weekday", "2024-07-22", 2024),
        # full dates
        ("نشر في 15 نوفمبر 2024", "15 نوفمبر 2024", "date", "2024-11-15", 2024),
        ("بتاريخ 19 أوت 2019، قيمته", "19 أوت 2019", "date", "2019-08-19", 2019),
        ("في 22 أكتوبر 2011", "22 أكتوبر 2011", "date", "2011-10-22", 2011),
        ("فاتح يوليو 2015", "فاتح يوليو 2015", "date", "2015-07-01", 2015),
        ("المقرر يوم 8 سبتمبر2021، باقتراح", "8 سبتمبر2021", "date", "2021-09-08", 2021),
        ("يوم 24 شباط/فبراير وتنتهي", "24 شباط/فبراير", "date", "2024-02-24", 2024),
        ("اقتراع 4 أبريل (نيسان).", "4 أبريل (نيسان)", "date", "2024-04-04", 2024),
        ("في ٢٠ كانون الثاني (يناير) الماضي", "٢٠ كانون الثاني (يناير)", "date", "2024-01-20", 2024),
        ("26 ماي 2021", "26 ماي 2021", "date", "2021-05-26", 2021),
        ("3 أيلول 2020", "3 أيلول 2020", "date", "2020-09-03", 2020),
        ("26/11/2020", "26/11/2020", "date", "2020-11-26", 2020),
        ("2020-11-26", "2020-11-26", "date", "2020-11-26", 2020),
        # months
        ("لإعادة انتخابه في نوفمبر، مع", "نوفمبر", "month", "2024-11", 2024),
        ("في أغسطس الماضي، بملايين", "أغسطس الماضي", "month", "2023-08", 2023),
        ("في يونيو الماضي", "يونيو الماضي", "month", "2024-06", 2024),
        ("الانتخابات في نوفمبر المقبل", "نوفمبر المقبل", "month", "2024-11", 2024),
        ("في مارس المقبل", "مارس المقبل", "month", "2025-03", 2025),
        ("في تشرين الثاني 2024", "تشرين الثاني 2024", "month", "2024-11", 2024),
        ("في أيلول/سبتمبر", "أيلول/سبتمبر", "month", "2024-09", 2024),
        # years
        ("لهيلاري كلينتون في عام 2016 ولباراك", "عام 2016", "year", "2016", 2016),
        ("ترشحت في 2012", "2012", "year", "2012", 2012),
        ("للرئاسة لعام 2020،", "عام 2020", "year", "2020", 2020),
        ("انتخابات 2025، تحولت", "2025", "year", "2025", 2025),
        ("منذ سنة ٢٠١٩", "سنة ٢٠١٩", "year", "2019", 2019),
        # relative
        ("في العام الماضي", "العام الماضي", "relative", "2023", 2023),
        ("هذا العام", "هذا العام", "relative", "2024", 2024),
        ("العام المقبل", "العام المقبل", "relative", "2025", 2025),
        ("صدرت الشهر الجاري", "الشهر الجاري", "relative", "2024-07", 2024),
        ("الشهر الماضي", "الشهر الماضي", "relative", "2024-06", 2024),
        ("قال أمس", "أمس", "relative", "2024-07-22", 2024),
        # clock times
        ("في الساعة 3 مساءً، وفقًا", "الساعة 3 مساءً", "time", "15:00", None),
        ("الساعة العاشرة صباحا", "الساعة العاشرة صباحا", "time", "10:00", None),
        ("تبدأ 3:30 عصرا", "3:30 عصرا", "time", "15:30", None),
        ("الساعة ١٠:٤٥", "الساعة ١٠:٤٥", "time", "10:45", None),
        ("الواحدة ظهرا", "الواحدة ظهرا", "time", "13:00", None),
        ("الساعة الثالثة والنصف عصرا", "الساعة الثالثة والنصف عصرا", "time", "15:30", None),
        ("العاشرة ليلا", "العاشرة ليلا", "time", "22:00", None),
        ("الساعة 1 ليلا", "الساعة 1 ليلا", "time", "01:00", None),
        ("الساعة 9 صباحاً", "الساعة 9 صباحاً", "time", "09:00", None),
    ],
)
def test_find_dates(text: str, span: str, kind: str, value: str, year: int | None) -> None:
    d = _one(text)
    assert (d.text, d.kind, d.value, d.year) == (span, kind, value, year)


@pytest.mark.parametrize(
    "text",
    [
        "مارس الضغط على الحزب",  # مارس the verb "practised"
        "قالت تيريزا ماي",  # ماي the surname
        "قال أحد المصادر",
        "كلا الاثنين",
        "حوالي 40 من عمالقة وول ستريت",
        "بلغ 2000 دولار",  # a sum, not the year 2000
        "بنسبة 2020%",
        "الثانية من نوعها",  # an ordinal, not two o'clock
        "24 من ذي القعدة 1432",  # Hijri dates are not read as Gregorian
    ],
)
def test_not_dates(text: str) -> None:
    assert [d for d in find_dates(text, TUESDAY) if d.kind != "year" or "1432" not in d.text] == []


def test_without_publication_date_values_that_need_it_are_none() -> None:
    assert [(d.kind, d.value, d.year) for d in find_dates("يوم الأربعاء في نوفمبر العام الماضي")] == [
        ("weekday", None, None),
        ("month", None, None),
        ("relative", None, None),
    ]
    assert _one("15 نوفمبر", None).value is None
    assert _one("عام 2016", None).value == "2016"


def test_seed_article_dates(example_text: str) -> None:
    found = find_dates(example_text, TUESDAY)
    for d in found:
        assert example_text[d.start : d.end] == d.text
    assert [(d.text, d.value) for d in found] == [
        ("يوم الأربعاء", "2024-07-24"),
        ("الساعة 3 مساءً", "15:00"),
        ("يوم الأحد", "2024-07-21"),
        ("نوفمبر", "2024-11"),
        ("عام 2016", "2016"),
        ("عام 2012", "2012"),
        ("عام 2020", "2020"),
    ]


def test_dev_articles_offsets() -> None:
    folder = need_shared("examples", "dev")
    total = 0
    for path in sorted(folder.glob("d*.json")):
        text = json.loads(path.read_text(encoding="utf-8"))["text"]
        for d in find_dates(text, dt.date(2020, 6, 1)):
            assert text[d.start : d.end] == d.text
            total += 1
    assert total >= 40
