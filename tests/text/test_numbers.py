"""Numbers: digits, Arabic-Indic digits, separators, number words, scales and proclitics."""

from __future__ import annotations

import pytest

from rasd.text.numbers import find_numbers, parse_digits, parse_number

M = 1_000_000


@pytest.mark.parametrize(
    ("s", "value"),
    [
        ("40", 40),
        ("43.6", 43.6),
        ("3.5", 3.5),
        ("1,500,000", 1_500_000),
        ("1.500.000", 1_500_000),
        ("300,000", 300_000),
        ("929,600", 929_600),
        ("936،225،041.67", 936_225_041.67),
        ("1.500,50", 1500.5),
        ("٣٠٠", 300),
        ("٢٫٥", 2.5),
        ("١٬٥٠٠", 1500),
        ("۱۲", 12),  # Persian digits
        ("166.11.1", None),  # a decree number, not a value
        ("12,34,5", None),
    ],
)
def test_parse_digits(s: str, value: float | None) -> None:
    assert parse_digits(s) == (pytest.approx(value) if value is not None else None)


@pytest.mark.parametrize(
    ("s", "value"),
    [
        ("واحد", 1),
        ("اثنين", 2),
        ("ثلاث", 3),
        ("ثلاثة", 3),
        ("خمسة", 5),
        ("سبعة", 7),
        ("عشرة", 10),
        ("أحد عشر", 11),
        ("اثنا عشر", 12),
        ("تسعة عشر", 19),
        ("عشرون", 20),
        ("عشرين", 20),
        ("تسعين", 90),
        ("خمسة وعشرون", 25),
        ("مائة", 100),
        ("مئة", 100),
        ("مائتان", 200),
        ("مئتين", 200),
        ("ثلاثمائة", 300),
        ("تسعمئة", 900),
        ("ثلاث مائة", 300),
        ("مائة وستين", 160),
        ("ثلاثمائة وخمسون", 350),
        ("ألف", 1000),
        ("ألفان", 2000),
        ("ألفين", 2000),
        ("خمسة آلاف", 5000),
        ("عشرة آلاف", 10_000),
        ("خمسة وعشرون ألف", 25_000),
        ("مليون", M),
        ("مليونان", 2 * M),
        ("مليوني", 2 * M),
        ("مليونين", 2 * M),
        ("ثلاثة ملايين", 3 * M),
        ("مليار", 1e9),
        ("ملياري", 2e9),
        ("ثلاثة مليارات", 3e9),
        ("100 مليون", 100 * M),
        ("1.5 مليار", 1.5e9),
        ("٣٠٠ ألف", 300_000),
        ("٢٥٠ ألفاً", 250_000),
        ("١٠٧ ملايين", 107 * M),
        ("ثلاثة ملايين و500 ألف", 3_500_000),
        ("مليون و200 ألف", 1_200_000),
        ("نصف مليون", 500_000),
        ("مليون ونصف", 1_500_000),
        ("ألف مليون", 1e9),
        ("بمليون", M),
        ("بـ100", 100),
        ("ومليوني", 2 * M),
        ("وخمسة آلاف", 5000),
        ("المليار", 1e9),
    ],
)
def test_parse_number(s: str, value: float) -> None:
    assert parse_number(s) == pytest.approx(value)


@pytest.mark.parametrize("s", ["مليون دولار", "أحد", "الاثنين", "ملايين", "لست", "بين 5 و10", ""])
def test_parse_number_rejects(s: str) -> None:
    assert parse_number(s) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("مع حوالي 40 من عمالقة وول ستريت", [("40", 40)]),
        ("بين 5 و10 ملايين دولار", [("5", 5), ("10 ملايين", 10 * M)]),  # two numbers, not 15
        ("بين يومي 20 و29 كانون الثاني", [("20", 20), ("29", 29)]),
        ("تبرع بمليوني جنيه و٣٠٠ ألف دولار", [("مليوني", 2 * M), ("٣٠٠ ألف", 300_000)]),
        ("مائة وستين (160) مليون درهم", [("مائة وستين (160) مليون", 160 * M)]),
        ("قال أحد المصادر", []),  # "one of", not a number
        ("يوم الاثنين ويوم الأحد", []),  # weekdays
        ("لا تزيد عن 2 بالمائة", [("2", 2)]),  # بالمائة is "per cent"
        ("شراء بضع آلاف الأصوات", []),  # a vague plural alone is not a number
        ("تبرع بـ 10 ملايين دولار", [("10 ملايين", 10 * M)]),
        ("فاز بـ100 ألف صوت ومليوني دولار", [("100 ألف", 100_000), ("مليوني", 2 * M)]),
        ("ما يقرب من المليار", [("المليار", 1e9)]),
        ("شاركوا بأكثر من 300,000 متبرع", [("300,000", 300_000)]),
    ],
)
def test_find_numbers(text: str, expected: list[tuple[str, float]]) -> None:
    found = find_numbers(text)
    assert [(n.text, n.value) for n in found] == [(t, pytest.approx(v)) for t, v in expected]
    for n in found:
        assert text[n.start : n.end] == n.text


def test_scale_is_reported_for_range_distribution() -> None:
    five, ten = find_numbers("بين 5 و10 ملايين")
    assert (five.scale, ten.scale) == (1, M)


def test_seed_article_numbers(example_text: str) -> None:
    found = find_numbers(example_text)
    for n in found:
        assert example_text[n.start : n.end] == n.text
    values = [(n.text, n.value) for n in found]
    assert ("40", 40) in values
    assert ("100 مليون", 100 * M) in values
    assert ("مائة مليون", 100 * M) in values
    assert ("سبعة", 7) in values
    assert ("2016", 2016) in values


def test_six_with_a_preposition_and_its_ta_marbuta_is_a_number() -> None:
    # "لست" is "I am not"; "بستة" / "لستة" (with ة) are only six
    assert [(n.text, n.value) for n in find_numbers("مول حملته بستة ملايين جنيه")] == [("ستة ملايين", 6_000_000)]
    assert [(n.text, n.value) for n in find_numbers("سجن لستة أشهر")] == [("ستة", 6)]
    assert find_numbers("لست أدري ماذا حدث") == []


def test_twelve_in_the_oblique_case() -> None:
    assert [(n.text, n.value) for n in find_numbers("تلقت هبات بقيمة اثني عشر مليون دينار")] == [
        ("اثني عشر مليون", 12_000_000)
    ]
    assert [(n.text, n.value) for n in find_numbers("منذ اثنتي عشرة سنة")] == [("اثنتي عشرة", 12)]


def test_a_unit_after_wa_that_counts_the_next_scale_is_a_second_number() -> None:
    got = [(n.text, n.value) for n in find_numbers("نفقات تتراوح بين مليونين وثلاثة ملايين دولار")]
    assert got == [("مليونين", 2_000_000), ("ثلاثة ملايين", 3_000_000)]
    # a smaller scale after و still joins: three million and five hundred thousand
    assert [n.value for n in find_numbers("ثلاثة ملايين وخمسمائة ألف")] == [3_500_000]


def test_a_half_that_repeats_its_scale() -> None:
    assert [n.value for n in find_numbers("قدّم سبعة ملايين ونصف المليون دولار")] == [7_500_000]
    assert [n.value for n in find_numbers("جمع قرابة مليون ونصف المليون دولار")] == [1_500_000]


def test_a_compound_of_the_same_scale_outside_a_range_is_one_number() -> None:
    assert [n.value for n in find_numbers("تبرع بمئة ألف وخمسة آلاف دينار")] == [105_000]
