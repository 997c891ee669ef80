"""Sentence splitting: Arabic punctuation, quotes, paragraphs, numbers and abbreviations."""

from __future__ import annotations

import json

import pytest
from shared_data import need_shared

from rasd.text.sentences import split_sentences


def _texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_seed_article_sentences(example_text: str) -> None:
    sentences = split_sentences(example_text)
    for s in sentences:
        assert example_text[s.start : s.end] == s.text
        assert s.text == s.text.strip()
    assert len(sentences) == 17
    texts = [s.text for s in sentences]
    assert [s.paragraph for s in sentences] == list(range(14)) + [13, 14, 15]
    # expectations come from the file itself: every paragraph but one is a single sentence,
    # closing quotes and quote-only paragraphs included
    paragraphs = [p.strip() for p in example_text.split("\n\n") if p.strip()]
    assert len(paragraphs) == 16
    for s in sentences:
        if s.paragraph != 13:
            assert s.text == paragraphs[s.paragraph]
    # two sentences in one paragraph, split at the full stop between them
    assert texts[13].endswith(".") and texts[13] + " " + texts[14] == paragraphs[13]


def test_article_sentences_quotes_and_paragraphs() -> None:
    text = (
        "قالت مصادر لصحيفة الغد إن عددا من المستثمرين في لندن يعقدون اجتماعا عبر الإنترنت لدعم كاموليا هارلو.\n\n"
        "وقال أحد المنظمين: “إنها منافسة حقيقية الآن مع هارلو – الكثير من المترددين ينضمون”.\n\n"
        "وقد تعهد كرول شخصيًا بالتبرع بأكثر من مائة مليون دولار لحملة هولت خلال الأشهر المقبلة.\n\n"
        "“إنهم يحبون الأمور الهادئة، وإذا فازت فإن الأمر سيكون كالمعتاد”.\n\n"
        "لقد غيروا ولاءهم لهولت عندما انسحبت هارلو من السباق. ومع ذلك، على عكس المؤسس المشارك "
        "لـ Quillory نيد بارتون، فقد التزموا الصمت.\n\n"
        "شاركها."
    )
    sentences = split_sentences(text)
    for s in sentences:
        assert text[s.start : s.end] == s.text
    texts = [s.text for s in sentences]
    assert texts[0].startswith("قالت مصادر لصحيفة الغد") and texts[0].endswith("لدعم كاموليا هارلو.")
    # the closing quote belongs to the sentence it closes: …ينضمون”.
    assert texts[1] == "وقال أحد المنظمين: “إنها منافسة حقيقية الآن مع هارلو – الكثير من المترددين ينضمون”."
    assert texts[2] == "وقد تعهد كرول شخصيًا بالتبرع بأكثر من مائة مليون دولار لحملة هولت خلال الأشهر المقبلة."
    assert texts[3].startswith("“إنهم يحبون") and texts[3].endswith("كالمعتاد”.")
    # two sentences in one paragraph
    assert texts[4] == "لقد غيروا ولاءهم لهولت عندما انسحبت هارلو من السباق."
    assert texts[5].startswith("ومع ذلك، على عكس المؤسس المشارك لـ Quillory")
    assert sentences[4].paragraph == sentences[5].paragraph == 4
    assert texts[-1] == "شاركها."
    assert [s.paragraph for s in sentences] == [0, 1, 2, 3, 4, 4, 5]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "بلغ النمو 43.6 بالمائة. وارتفع التضخم 3.5 نقطة.",
            ["بلغ النمو 43.6 بالمائة.", "وارتفع التضخم 3.5 نقطة."],
        ),
        ("قال د. أحمد زويل إن العلم مهم. وأضاف.", ["قال د. أحمد زويل إن العلم مهم.", "وأضاف."]),
        ("التقى T.J. Holden بالمانحين. ثم غادر.", ["التقى T.J. Holden بالمانحين.", "ثم غادر."]),
        ("هل سيترشح؟ لا أحد يعرف!", ["هل سيترشح؟", "لا أحد يعرف!"]),
        ("وقال: «سنفوز.» ثم صمت…", ["وقال: «سنفوز.»", "ثم صمت…"]),
        ('وقال: "سنفوز". ثم غادر', ['وقال: "سنفوز".', "ثم غادر"]),
        ("انتظروا... ثم قرروا", ["انتظروا...", "ثم قرروا"]),
        (
            "القانون رقم 11.29 المتعلق بالأحزاب، والمرسوم 166.11.1 الصادر.",
            ["القانون رقم 11.29 المتعلق بالأحزاب، والمرسوم 166.11.1 الصادر."],
        ),
        ("شركة Norland Ltd. الأمريكية", ["شركة Norland Ltd. الأمريكية"]),
        ("أولا، ثانيا؛ ثالثا", ["أولا، ثانيا؛ ثالثا"]),  # comma and semicolon do not end sentences
        ("ولد عام 1950 م. وتوفي عام 1432 هـ. ثم دفن", ["ولد عام 1950 م.", "وتوفي عام 1432 هـ.", "ثم دفن"]),
        ("قال م. أحمد إن المشروع جاهز.", ["قال م. أحمد إن المشروع جاهز."]),
        # a Latin initial spelt in Arabic letters inside a name, not the initials of a name that ends
        ("وقال الجنرال باتريك بي. روبرسون إن العملية نجحت. ثم غادر.", ["وقال الجنرال باتريك بي. روبرسون إن العملية نجحت.", "ثم غادر."]),
        ("شاهدوا قناة بي بي سي. وقال إنه غادر.", ["شاهدوا قناة بي بي سي.", "وقال إنه غادر."]),
        ("أطلقت شركة سبيس إكس. ويتوقع الخبراء ذلك.", ["أطلقت شركة سبيس إكس.", "ويتوقع الخبراء ذلك."]),
        ("التقى الوزير وانغ بي. كما التقى آخرين.", ["التقى الوزير وانغ بي.", "كما التقى آخرين."]),
        ("وكتب على منصة إكس. الحكومة تلقت تبرعا.", ["وكتب على منصة إكس.", "الحكومة تلقت تبرعا."]),
        ("وأعلنت شركة أيه تي آند تي. يذكر أن الشركة كبيرة.", ["وأعلنت شركة أيه تي آند تي.", "يذكر أن الشركة كبيرة."]),
        ("الأول\nالثاني\n\n\nالثالث", ["الأول", "الثاني", "الثالث"]),
        # a quotation of several sentences stays whole with its speaker
        (
            'وأضافت: "نريد أربع سنوات أخرى. جمعنا 20 مليون دولار". ثم غادرت.',
            ['وأضافت: "نريد أربع سنوات أخرى. جمعنا 20 مليون دولار".', "ثم غادرت."],
        ),
        ("قال: “نعم. هو جمهوري”. وانتهى", ["قال: “نعم. هو جمهوري”.", "وانتهى"]),
        # a stray straight quote does not swallow the paragraph
        ('قال "نعم. ثم غادر. وعاد.', ['قال "نعم.', "ثم غادر.", "وعاد."]),
        ("قال “نعم. ثم غادر.", ["قال “نعم.", "ثم غادر."]),
        ("   ", []),
        ("", []),
    ],
)
def test_split(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


def test_paragraph_index_counts_non_empty_lines() -> None:
    sentences = split_sentences("قال كلاما. ثم غادر.\n\nهل عاد؟\r\nلا")
    assert [(s.text, s.paragraph) for s in sentences] == [
        ("قال كلاما.", 0),
        ("ثم غادر.", 0),
        ("هل عاد؟", 1),
        ("لا", 2),
    ]


def test_offsets_exact_on_dev_articles() -> None:
    folder = need_shared("examples", "dev")
    for path in sorted(folder.glob("d*.json")):
        text = json.loads(path.read_text(encoding="utf-8"))["text"]
        sentences = split_sentences(text)
        assert sentences, path.name
        for s in sentences:
            assert text[s.start : s.end] == s.text and s.text.strip() == s.text
        # nothing but whitespace falls between sentences
        covered = "".join(text[a.end : b.start] for a, b in zip(sentences, sentences[1:], strict=False))
        assert covered.strip() == ""
