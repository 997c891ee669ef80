"""Every tagger choice (RASD_NER_TAGGER) runs through the same rules with exact offsets."""

from __future__ import annotations

import pytest

import rasd.ner.pipeline as ner

TEXT = "وقال السناتور جو مانشين إن شركة غوغل تبرعت بمليون دولار للحزب الديمقراطي في الولايات المتحدة."


@pytest.mark.parametrize("mode", ["crf", "neural", "union", "union-crf"])
def test_tagger_modes(mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ner, "TAGGER", mode)
    spans = ner.recognise(TEXT)
    for s in spans:
        assert TEXT[s.start : s.end] == s.text
    found = {(s.text, s.label) for s in spans}
    assert ("جو مانشين", "PERSON") in found
    assert any(label == "ORG" and "غوغل" in text for text, label in found)


def test_union_keeps_the_first_taggers_entities() -> None:
    first = ["B-PERS", "I-PERS", "O", "O", "O"]
    second = ["B-ORG", "O", "O", "B-LOC", "I-LOC"]
    assert ner._union_tags(first, second) == ["B-PERS", "I-PERS", "O", "B-LOC", "I-LOC"]


def test_news_tagger_adds_only_arabic_bodies_and_places_where_the_crf_found_nothing() -> None:
    words = ["وقال", "الحرس", "الثوري", "إن", "Apple", "و", "ترامب", "في", "طهران", "ب", "س"]
    first = ["O", "O", "O", "O", "O", "O", "O", "O", "B-LOC", "O", "O"]
    news = ["O", "B-ORG", "I-ORG", "O", "B-ORG", "O", "B-PERS", "O", "B-ORG", "B-LOC", "I-LOC"]
    assert ner._news_names(ner.load_model(), words, first, news) == [
        "O", "B-ORG", "I-ORG", "O",  # an Arabic body the first CRF missed: added
        "O", "O",  # a Latin name: left to the first CRF and the Latin rules
        "O", "O",  # a person: never from the news tagger
        "B-LOC",  # the first CRF's own name is kept, not retyped
        "O", "O",  # single letters are no name
    ]


def test_news_tagger_reads_on_a_name_the_crf_found_in_part_but_never_changes_its_start() -> None:
    model = ner.load_model()
    words = ["مجلس", "التعاون", "الخليجي"]
    first = ["B-ORG", "I-ORG", "O"]
    news = ["B-ORG", "I-ORG", "I-ORG"]
    assert ner._news_names(model, words, first, news) == news  # the CRF stopped at a noun
    words = ["قال", "الاتحاد", "الأوروبي", "الموحد"]
    first = ["O", "B-ORG", "I-ORG", "O"]
    assert ner._news_names(model, words, first, ["B-ORG", "I-ORG", "I-ORG", "I-ORG"]) == first  # a new start
    assert ner._news_names(model, words, first, ["O", "B-ORG", "I-ORG", "I-ORG"]) == first  # a whole name


def test_news_tagger_additions_that_name_a_kind_of_body_or_a_nationality_are_left_out() -> None:
    model = ner.load_model()
    words = ["لجنة", "العمل", "السياسي", "و", "أعضاء", "الفريق", "و", "البرلمان", "و", "العراقية", "و", "الرئيسة", "الوطنية", "للجنة"]
    first = ["O"] * len(words)
    news = ["B-ORG", "I-ORG", "I-ORG", "O", "O", "B-ORG", "O", "B-ORG", "O", "B-LOC", "O", "B-ORG", "I-ORG", "I-ORG"]
    assert ner._news_names(model, words, first, news) == [
        "O", "O", "O", "O",  # a political action committee in general (not_a_body)
        "O", "O", "O",  # "the team": a kind of body, named only by the context
        "B-ORG", "O",  # the parliament of the country the article is about is named so
        "O", "O",  # a nationality is no place
        "O", "O", "O",  # a person's title is no body
    ]


def test_the_shipped_news_tagger_adds_bodies_the_first_crf_misses() -> None:
    model = ner.load_model()
    if model.news_tagger is None:
        pytest.skip("model/news.crfsuite is not in this checkout")
    text = "وقال مكتب التحقيقات الفيدرالي إن التحقيق مستمر، واتهمت جماعة الحوثيين الحكومة بالفساد."
    tokens = ner.tokenize(text)
    words = [t.text for t in tokens]
    sentences = ner._sentences(text, tokens)
    first = ner._tag_sentences(model, words, sentences, news=False)
    both = ner._tag_sentences(model, words, sentences)
    added = [w for w, a, b in zip(words, first, both, strict=True) if a != b]
    assert "الحوثيين" in added or "مكتب" in added  # the news tagger found what the first CRF did not
    # only additions: every name the first CRF found is kept as it was
    assert all(b == a for a, b in zip(first, both, strict=True) if a != "O")
    found = {(s.text, s.label) for s in ner.recognise(text)}
    assert ("مكتب التحقيقات الفيدرالي", "ORG") in found


def test_news_tagger_leaves_a_candidates_committee_to_the_rules_and_a_kind_of_place_alone() -> None:
    model = ner.load_model()
    # "للجنة المالية | لدعم فلان": the org-head rule reads the committee's whole name
    words = ["الرئيسة", "الوطنية", "للجنة", "المالية", "لدعم", "سامي", "،"]
    first = ["O", "O", "O", "O", "O", "B-PERS", "O"]
    news = ["O", "O", "B-ORG", "I-ORG", "O", "B-PERS", "O"]
    assert ner._news_names(model, words, first, news) == first
    # "وولاية" is و + ولاية: a kind of place, not a place's name
    words = ["ترحيلهم", ".", "وولاية", "كيرالا", "التي"]
    first = ["O", "O", "O", "O", "O"]
    assert ner._news_names(model, words, first, ["O", "O", "B-LOC", "O", "O"]) == first
