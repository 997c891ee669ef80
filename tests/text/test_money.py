"""Money amounts: real phrasings from Arabic news (seed article and the dev set's shapes)."""

from __future__ import annotations

import json

import pytest
from shared_data import need_shared

from rasd.text.money import MoneySpan, find_amounts

M = 1_000_000

# (text, span text, min, max, currency, kind, approximate)
CASES: list[tuple[str, str, float | None, float | None, str | None, str, bool]] = [
    # every amount in the seed article
    (
        "مع تعهدها بتقديم مبلغ مذهل قدره 100 مليون دولار، وفقًا لحملتها",
        "100 مليون دولار",
        100 * M,
        100 * M,
        "USD",
        "exact",
        False,
    ),
    (
        "وقد تعهد ماسك شخصيًا بالتبرع بأكثر من مائة مليون دولار لحملة",
        "أكثر من مائة مليون دولار",
        100 * M,
        None,
        "USD",
        "at_least",
        False,
    ),
    (
        "تعهد بتقديم 100 مليون دولار. يخطط للتبرع بمبلغ سبعة أرقام بمجرد",
        "مبلغ سبعة أرقام",
        1 * M,
        9_999_999,
        "USD",
        "figures",
        False,
    ),
    # digits with scale words
    ("تبرع بـ 10 ملايين دولار.", "10 ملايين دولار", 10 * M, 10 * M, "USD", "exact", False),
    ("بمبلغ 2 مليون دولار، بينما", "2 مليون دولار", 2 * M, 2 * M, "USD", "exact", False),
    ("بمبلغ 5 ملايين دولار للجنة", "5 ملايين دولار", 5 * M, 5 * M, "USD", "exact", False),
    ("الاستثمار بمليون دولار.", "مليون دولار", 1 * M, 1 * M, "USD", "exact", False),
    ("جمع 20 مليون دولار، مساء الثلاثاء", "20 مليون دولار", 20 * M, 20 * M, "USD", "exact", False),
    ("بمبلغ 1.25 مليون دولار لمجموعات", "1.25 مليون دولار", 1_250_000, 1_250_000, "USD", "exact", False),
    ("سيعلق 3.5 مليون دولار من التبرعات", "3.5 مليون دولار", 3_500_000, 3_500_000, "USD", "exact", False),
    ("بمبلغ 929,600 دولار لصندوق", "929,600 دولار", 929_600, 929_600, "USD", "exact", False),
    ("إلى 350 ألف دولار، ما", "350 ألف دولار", 350_000, 350_000, "USD", "exact", False),
    ("وصلت 300,000 دولار", "300,000 دولار", 300_000, 300_000, "USD", "exact", False),
    (
        "أنفق 936،225،041.67 دولارًا أمريكيًا على الحملة",
        "936،225،041.67 دولارًا أمريكيًا",
        936_225_041.67,
        936_225_041.67,
        "USD",
        "exact",
        False,
    ),
    ("جمع 35 مليون دولار أمريكي", "35 مليون دولار أمريكي", 35 * M, 35 * M, "USD", "exact", False),
    (
        "(1.3 مليون دولار أميركي) للإنفاق",
        "1.3 مليون دولار أميركي",
        1_300_000,
        1_300_000,
        "USD",
        "exact",
        False,
    ),
    ("ينفق مليار دولار على حملته", "مليار دولار", 1e9, 1e9, "USD", "exact", False),
    ("تجاوز 3 مليارات دولار قبل", "تجاوز 3 مليارات دولار", 3e9, None, "USD", "at_least", False),
    ("قيمته 1.500.000 دولار", "1.500.000 دولار", 1_500_000, 1_500_000, "USD", "exact", False),
    ("قيمته 1,500,000 دولار", "1,500,000 دولار", 1_500_000, 1_500_000, "USD", "exact", False),
    # a dot before three digits groups thousands in a currency of cents, not in dinars of a thousand fils
    ("تلقى أكثر من 100.000دولار في شكل هدايا", "أكثر من 100.000دولار", 100_000, None, "USD", "at_least", False),
    ("وبلغت قيمتها 72.000 جنيه استرليني", "72.000 جنيه استرليني", 72_000, 72_000, "GBP", "exact", False),
    ("غرامة قدرها 3.250 دينار كويتي", "3.250 دينار كويتي", 3.25, 3.25, "KWD", "exact", False),
    ("بكلفة 2.500 مليون دولار", "2.500 مليون دولار", 2_500_000, 2_500_000, "USD", "exact", False),
    ("دفع 67 دولاراً لكل فرد", "67 دولاراً", 67, 67, "USD", "exact", False),
    ("تبرع بخمسة دولارات", "خمسة دولارات", 5, 5, "USD", "exact", False),
    ("تبرع بألف دولار لحملته", "ألف دولار", 1_000, 1_000, "USD", "exact", False),
    ("بمبلغ يزيد على مليون دولار", "يزيد على مليون دولار", 1 * M, None, "USD", "at_least", False),
    ("دفع ما لا يقل عن 500 ألف دولار", "ما لا يقل عن 500 ألف دولار", 500_000, None, "USD", "at_least", False),
    # Arabic-Indic digits
    ("الصحية (٥٠ ألف دولار)، ومصرف", "٥٠ ألف دولار", 50_000, 50_000, "USD", "exact", False),
    ("غيلبيرت (٧٥٠ ألف دولار)، و«جنرال", "٧٥٠ ألف دولار", 750_000, 750_000, "USD", "exact", False),
    ("الوطني ١٠٧ ملايين دولار.", "١٠٧ ملايين دولار", 107 * M, 107 * M, "USD", "exact", False),
    ("تبرع بـ٢٫٥ مليون دولار", "٢٫٥ مليون دولار", 2_500_000, 2_500_000, "USD", "exact", False),
    ("قيمتها ١٬٥٠٠ دولار", "١٬٥٠٠ دولار", 1_500, 1_500, "USD", "exact", False),
    ("٣٠٠ ألف دولار", "٣٠٠ ألف دولار", 300_000, 300_000, "USD", "exact", False),
    # number words
    ("الباشا (خمسة آلاف دولار).", "خمسة آلاف دولار", 5_000, 5_000, "USD", "exact", False),
    ("تبرعات فاقت مليوني دولار لتمويل", "فاقت مليوني دولار", 2 * M, None, "USD", "at_least", False),
    (
        "غرامات تصل إلى مليوني دينار لكل مخالفة في العراق",
        "تصل إلى مليوني دينار",
        None,
        2 * M,
        "IQD",
        "at_most",
        False,
    ),
    (
        "مائة وستين (160) مليون درهم المبلغ الكلي في المغرب",
        "مائة وستين (160) مليون درهم",
        160 * M,
        160 * M,
        "MAD",
        "exact",
        False,
    ),
    ("خمسة وعشرون ألف دولار", "خمسة وعشرون ألف دولار", 25_000, 25_000, "USD", "exact", False),
    (
        "ثلاثة ملايين و500 ألف دولار",
        "ثلاثة ملايين و500 ألف دولار",
        3_500_000,
        3_500_000,
        "USD",
        "exact",
        False,
    ),
    ("نحو نصف مليون دولار", "نحو نصف مليون دولار", 500_000, 500_000, "USD", "about", True),
    ("مليون ونصف دولار", "مليون ونصف دولار", 1_500_000, 1_500_000, "USD", "exact", False),
    ("ألفا دولار", "ألفا دولار", 2_000, 2_000, "USD", "exact", False),
    ("ثلاثمائة ألف يورو", "ثلاثمائة ألف يورو", 300_000, 300_000, "EUR", "exact", False),
    ("مئتي ألف دولار", "مئتي ألف دولار", 200_000, 200_000, "USD", "exact", False),
    ("أحد عشر مليون دولار", "أحد عشر مليون دولار", 11 * M, 11 * M, "USD", "exact", False),
    # bounds and approximations
    ("بأكثر من 25 مليون دولار لمرشحته", "أكثر من 25 مليون دولار", 25 * M, None, "USD", "at_least", False),
    ("ما يزيد على 10 ملايين دولار", "ما يزيد على 10 ملايين دولار", 10 * M, None, "USD", "at_least", False),
    ("ما يزيد عن 10 ملايين دولار", "ما يزيد عن 10 ملايين دولار", 10 * M, None, "USD", "at_least", False),
    ("أزيد من 300 ألف دولار", "أزيد من 300 ألف دولار", 300_000, None, "USD", "at_least", False),
    ("فوق مليون دولار", "فوق مليون دولار", 1 * M, None, "USD", "at_least", False),
    ("أقل من 500 دولار", "أقل من 500 دولار", None, 500, "USD", "at_most", False),
    ("دون 1000 دولار", "دون 1000 دولار", None, 1_000, "USD", "at_most", False),
    ("ما يصل إلى 5 ملايين دولار", "ما يصل إلى 5 ملايين دولار", None, 5 * M, "USD", "at_most", False),
    ("حتى 100 ألف دولار", "حتى 100 ألف دولار", None, 100_000, "USD", "at_most", False),
    ("ما يقرب من 27 مليون دولار في", "ما يقرب من 27 مليون دولار", 27 * M, 27 * M, "USD", "about", True),
    ("ما يقرب من المليار دولار", "ما يقرب من المليار دولار", 1e9, 1e9, "USD", "about", True),
    ("حوالي 20 مليون يورو", "حوالي 20 مليون يورو", 20 * M, 20 * M, "EUR", "about", True),
    ("بلغ نحوَ 5 ملايين دولار", "نحوَ 5 ملايين دولار", 5 * M, 5 * M, "USD", "about", True),
    ("قرابة 3 ملايين دولار", "قرابة 3 ملايين دولار", 3 * M, 3 * M, "USD", "about", True),
    ("زهاء 40 مليون دولار", "زهاء 40 مليون دولار", 40 * M, 40 * M, "USD", "about", True),
    ("ما يقارب 40 مليون دولار", "ما يقارب 40 مليون دولار", 40 * M, 40 * M, "USD", "about", True),
    ("10 ملايين دولار تقريبا", "10 ملايين دولار تقريبا", 10 * M, 10 * M, "USD", "about", True),
    # ranges
    ("ما بين 5 و10 ملايين دولار لقاء", "ما بين 5 و10 ملايين دولار", 5 * M, 10 * M, "USD", "range", False),
    ("بين 5 و10 ملايين دولار", "بين 5 و10 ملايين دولار", 5 * M, 10 * M, "USD", "range", False),
    ("من 250 إلى 350 دولارا للصوت", "من 250 إلى 350 دولارا", 250, 350, "USD", "range", False),
    ("250-350 دولارا للصوت", "250-350 دولارا", 250, 350, "USD", "range", False),
    ("تتراوح بين 250 – 350 دولارًا للصوت", "بين 250 – 350 دولارًا", 250, 350, "USD", "range", False),
    # vague multiples
    (
        "ضخ عشرات الملايين من الدولارات",
        "عشرات الملايين من الدولارات",
        10 * M,
        99_999_999,
        "USD",
        "vague",
        False,
    ),
    ("تبرعوا بملايين الدولارات إلى لجان", "ملايين الدولارات", 1 * M, 999_999_999, "USD", "vague", False),
    ("مئات الآلاف من الدولارات", "مئات الآلاف من الدولارات", 100_000, 999_999, "USD", "vague", False),
    ("مليارات الدولارات", "مليارات الدولارات", 1e9, 999_999_999_999, "USD", "vague", False),
    # digit counts
    ("بمبلغ من ستة أرقام", "مبلغ من ستة أرقام", 100_000, 999_999, None, "figures", False),
    ("مبلغ من ثمانية أرقام", "مبلغ من ثمانية أرقام", 10 * M, 99_999_999, None, "figures", False),
    # other currencies
    ("المحافظين 5 ملايين جنيه إسترليني", "5 ملايين جنيه إسترليني", 5 * M, 5 * M, "GBP", "exact", False),
    ("سابقًا 600000 جنيه إسترليني للحزب", "600000 جنيه إسترليني", 600_000, 600_000, "GBP", "exact", False),
    ("بنحو 2.9 مليار جنيه إسترليني", "نحو 2.9 مليار جنيه إسترليني", 2.9e9, 2.9e9, "GBP", "about", True),
    ("بقيمة 20 مليون جنيه مصري (", "20 مليون جنيه مصري", 20 * M, 20 * M, "EGP", "exact", False),
    ("سيكون 5 مليون جنية مصري", "5 مليون جنية مصري", 5 * M, 5 * M, "EGP", "exact", False),
    ("من 150 ألف دينار كويتي", "150 ألف دينار كويتي", 150_000, 150_000, "KWD", "exact", False),
    ("يبلغ 68 دينارا أردنيا", "68 دينارا أردنيا", 68, 68, "JOD", "exact", False),
    ("خصصت الحكومة 400 مليار دينار عراقي", "400 مليار دينار عراقي", 400e9, 400e9, "IQD", "exact", False),
    ("360 مليون درهم مغربي لتمويل", "360 مليون درهم مغربي", 360 * M, 360 * M, "MAD", "exact", False),
    ("مليون درهم إماراتي", "مليون درهم إماراتي", 1 * M, 1 * M, "AED", "exact", False),
    ("ألف دينار تونسي", "ألف دينار تونسي", 1_000, 1_000, "TND", "exact", False),
    (
        "حوالي 3 مليارات من المليمات التونسية",
        "حوالي 3 مليارات من المليمات التونسية",
        3 * M,
        3 * M,
        "TND",
        "about",
        True,
    ),
    ("500 دينار بحريني", "500 دينار بحريني", 500, 500, "BHD", "exact", False),
    ("مليون دينار ليبي", "مليون دينار ليبي", 1 * M, 1 * M, "LYD", "exact", False),
    ("مليار ليرة لبنانية", "مليار ليرة لبنانية", 1e9, 1e9, "LBP", "exact", False),
    ("ألف ليرة تركية", "ألف ليرة تركية", 1_000, 1_000, "TRY", "exact", False),
    ("مليون ليرة سورية", "مليون ليرة سورية", 1 * M, 1 * M, "SYP", "exact", False),
    ("مليون ريال سعودي", "مليون ريال سعودي", 1 * M, 1 * M, "SAR", "exact", False),
    ("مليون ريال قطري", "مليون ريال قطري", 1 * M, 1 * M, "QAR", "exact", False),
    ("مليون ريال عماني", "مليون ريال عماني", 1 * M, 1 * M, "OMR", "exact", False),
    ("مليون دولار كندي", "مليون دولار كندي", 1 * M, 1 * M, "CAD", "exact", False),
    ("تبرع بـ$5 مليون", "$5 مليون", 5 * M, 5 * M, "USD", "exact", False),
    ("€250", "€250", 250, 250, "EUR", "exact", False),
    ("£600,000 للحزب", "£600,000", 600_000, 600_000, "GBP", "exact", False),
    ("US$ 2,000", "US$ 2,000", 2_000, 2_000, "USD", "exact", False),
    ("100 USD", "100 USD", 100, 100, "USD", "exact", False),
]


@pytest.mark.parametrize(("text", "span", "lo", "hi", "currency", "kind", "approx"), CASES)
def test_amount(
    text: str, span: str, lo: float | None, hi: float | None, currency: str | None, kind: str, approx: bool
) -> None:
    found = [a for a in find_amounts(text) if a.text == span]
    assert found, f"{span!r} not found in {[a.text for a in find_amounts(text)]}"
    a = found[0]
    assert text[a.start : a.end] == a.text
    assert (a.min, a.max, a.currency, a.kind, a.approximate) == (
        pytest.approx(lo) if lo is not None else None,
        pytest.approx(hi) if hi is not None else None,
        currency,
        kind,
        approx,
    )


def test_amount_cases_are_many() -> None:
    assert len(CASES) >= 60


@pytest.mark.parametrize(
    "text",
    [
        "مع حوالي 40 من عمالقة وول ستريت البارزين",  # a count of people, no currency
        "في عام 2016 ولباراك أوباما في عام 2012",
        "تتجاوز فيه نسب الفقر 25% والبطالة 27%",
        "لا تزيد عن 2 بالمائة من سقف الإنفاق",
        "أن مليون أردني يعيشون تحت خط الفقر",  # a million Jordanians, not dinars
        "السيارات (٢٥٠ ألفاً لكل منهما)",
        "قبل 300 ألف متبرع",
        "ومن بين المتهمين ثلاثة من بين من وجهت لهم اتهامات",  # بين is "among", not ب + ين (yen)
    ],
)
def test_numbers_without_currency_are_not_money(text: str) -> None:
    assert find_amounts(text) == []


@pytest.mark.parametrize(
    ("text", "currency", "ambiguous"),
    [
        ("تبرع بـ 5 ملايين جنيه للحزب", "EGP", True),  # bare جنيه: EGP by default, flagged
        ("في لندن وبريطانيا: تبرع بـ 5 ملايين جنيه لحزب المحافظين البريطاني", "GBP", True),
        ("في الكويت: تبدأ التكاليف من 150 ألف دينار", "KWD", True),
        ("في العراق خصصت الحكومة 400 مليار دينار", "IQD", True),
        ("في الأردن يبلغ خط الفقر 68 دينارا", "JOD", True),
        ("في المغرب: 360 مليون درهم", "MAD", True),
        ("5 ملايين جنيه إسترليني", "GBP", False),
        ("5 ملايين دولار", "USD", False),
    ],
)
def test_bare_currency_words_use_article_hints(text: str, currency: str, ambiguous: bool) -> None:
    (a,) = find_amounts(text)
    assert (a.currency, a.ambiguous) == (currency, ambiguous)


def test_seed_article_amounts(example_text: str) -> None:
    found = find_amounts(example_text)
    assert [(a.text, a.min, a.max, a.currency) for a in found] == [
        ("100 مليون دولار", 100 * M, 100 * M, "USD"),
        ("مبلغ سبعة أرقام", 1 * M, 9_999_999, "USD"),
        ("أكثر من مائة مليون دولار", 100 * M, None, "USD"),
    ]
    for a in found:
        assert example_text[a.start : a.end] == a.text
    # "حوالي 40" in the seed is a number, not money.
    assert not any("40" in a.text for a in found)


def test_two_amounts_in_one_sentence_keep_their_own_currencies() -> None:
    text = "حددت سقفا بقيمة 20 مليون جنيه مصري (1.3 مليون دولار أميركي) للإنفاق"
    assert [(a.currency, a.min) for a in find_amounts(text)] == [("EGP", 20 * M), ("USD", 1_300_000)]


def test_money_span_is_a_value() -> None:
    a = MoneySpan(0, 3, "abc", 1.0, None, "USD")
    assert (a.approximate, a.kind, a.ambiguous) == (False, "exact", False)


def test_dev_set_donation_amounts_are_found() -> None:
    """Every annotated donation amount in the dev set is among find_amounts' parses of its article,
    including "(٢٥٠ ألفاً لكل منهما)", whose currency is elided after "(٧٥٠ ألف دولار)"."""
    folder = need_shared("examples", "dev")
    found, missed = 0, []
    for path in sorted(folder.glob("d*.json")):
        article = json.loads(path.read_text(encoding="utf-8"))
        amounts = find_amounts(article["text"])
        for a in amounts:
            assert article["text"][a.start : a.end] == a.text
        parsed = {(a.min, a.max, a.currency) for a in amounts}
        for fact in article["facts"]:
            if fact["type"] == "donation" and fact["amount_min"] is not None:
                key = (fact["amount_min"], fact["amount_max"], fact["currency"])
                if key in parsed:
                    found += 1
                else:
                    missed.append((path.name, key))
    assert found >= 25
    assert missed == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("تعهد بتقديم تبرع من سبعة أرقام", "سبعة أرقام"),
        ("دفع مبلغا من ستة أرقام", "مبلغا من ستة أرقام"),
    ],
)
def test_digit_counts_after_money_words(text: str, span: str) -> None:
    (a,) = find_amounts(text)
    assert (a.text, a.kind) == (span, "figures")


@pytest.mark.parametrize("text", ["رقم هاتف من 10 أرقام", "كلمة سر من ثمانية أرقام"])
def test_digit_counts_without_money_words_are_not_money(text: str) -> None:
    assert find_amounts(text) == []


def test_bracketed_bare_figure_in_a_list_shares_the_currency() -> None:
    text = "ومن المانحين بنك «ألفا» (٣ ملايين جنيه إسترليني)، وشركة «بيتا» (٤٠٠ ألفاً لكل منهما)."
    spans = find_amounts(text)
    assert [(a.text, a.min, a.currency) for a in spans] == [
        ("٣ ملايين جنيه إسترليني", 3000000.0, "GBP"),
        ("٤٠٠ ألفاً", 400000.0, "GBP"),
    ]
    assert spans[1].ambiguous  # the currency was not written


def test_bare_figures_outside_a_list_of_amounts_are_not_money() -> None:
    assert find_amounts("حضر الحفل (٢٥٠ ألفاً من المؤيدين) في الساحة.") == []
    # a bracketed figure after a full stop does not borrow the earlier currency
    assert len(find_amounts("دفع (مليون دولار). وحضر (٢٥٠ ألفاً) الحفل.")) == 1


def test_dotted_abbreviations_are_one_token() -> None:
    from rasd.text.tokens import tokenize

    assert [t.text for t in tokenize("لشبكة سي.إن.بي.سي الخميس")] == ["لشبكة", "سي.إن.بي.سي", "الخميس"]
    # a full stop between words, or two letters with one dot, is not an abbreviation
    assert [t.text for t in tokenize("وانتهى.وقال م.ب")] == ["وانتهى", ".", "وقال", "م", ".", "ب"]


def test_bracketed_count_of_people_is_not_money() -> None:
    text = "تبرعت بمليون (1 مليون دولار) لحملته، وشارك في التجمع (250 ألف شخص)."
    assert [a.text for a in find_amounts(text)] == ["1 مليون دولار"]


def test_words_glued_by_full_stops_stay_apart() -> None:
    from rasd.text.tokens import tokenize

    assert [t.text for t in tokenize("وصل.ثم.عاد")] == ["وصل", ".", "ثم", ".", "عاد"]


@pytest.mark.parametrize(
    "text, value, currency",
    [
        ("تلقى الحزب نحو 600 ألف شيكل من المتبرعين", 600_000, "ILS"),
        ("منحت الشركة الحزب نحو 5.8 مليار روبية", 5_800_000_000, "INR"),
        ("وتلقى الحزب 10 ملايين روبية من باكستانيين في الخارج", 10_000_000, "PKR"),
        ("بمليار روبية إندونيسية", 1_000_000_000, "IDR"),
        ("أكثر من 20 مليار نايرا", 20_000_000_000, "NGN"),
        ("تلقى الحزب 15 مليون راند", 15_000_000, "ZAR"),
        ("ما بين 10 و12 مليون ريال برازيلي", 10_000_000, "BRL"),
        ("800 مليون بيزو في الأرجنتين", 800_000_000, "ARS"),
        ("2 مليون بيزو فلبيني", 2_000_000, "PHP"),
        ("تبرعوا بما مجموعه 1.2 مليون سول", 1_200_000, "PEN"),
    ],
)
def test_world_currencies(text: str, value: int, currency: str) -> None:
    got = find_amounts(text)
    assert got and got[0].min == value and got[0].currency == currency, [(m.text, m.min, m.currency) for m in got]


def test_seoul_and_yen_words_alone_are_no_money() -> None:
    assert not find_amounts("وزار الرئيس سول عاصمة كوريا الجنوبية")


def test_a_currency_named_with_its_country_earlier_decides_a_bare_name_later() -> None:
    from rasd.text.money import find_amounts

    text = "تلقت هبات بقيمة اثني عشر مليون دينار جزائري، من بينها خمسة ملايين دينار قدمها رجل أعمال."
    assert [a.currency for a in find_amounts(text)] == ["DZD", "DZD"]
    assert [a.currency for a in find_amounts("وتبرع بخمسة آلاف دينار للحزب في الكويت.")] == ["KWD"]
