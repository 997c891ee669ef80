"""The named-entity recogniser: offsets, labels, particles, and recall on the seed and dev articles."""

from __future__ import annotations

import json
import re

import pytest
from shared_data import need_shared

from rasd.contract import Span
from rasd.ner import recognise
from rasd.ner.clitics import split_proclitic
from rasd.ner.normal import normalise_word
from rasd.ner.pipeline import _clitic_cut, load_model


def norm_name(name: str) -> str:
    return " ".join(normalise_word(w) for w in re.findall(r"[^\W_]+", name))


def variants(name: str) -> set[str]:
    """A name and the same name with particles cut from its first word."""
    n = norm_name(name)
    out = {n}
    first, _, rest = n.partition(" ")
    pre, stem = split_proclitic(first)
    if pre:
        out.add((stem + " " + rest).strip())
    if first.startswith("ال") and rest:
        out.add((first[2:] + " " + rest).strip())  # after لل the article's alef is not written: للحزب
    return out


def found(entity: dict, spans: list[Span], typed: bool = True) -> bool:
    """Some span's text is one of the entity's names (of the same type when ``typed``)."""
    names: set[str] = set()
    for name in entity["names"]:
        names |= variants(name)
    return any((not typed or s.label == entity["type"]) and variants(s.text) & names for s in spans)


# Measured recall on the dev articles is recorded in MODEL_CARD.md; this floor catches regressions.
DEV_RECALL_FLOOR = 0.85


def by_text(spans: list[Span]) -> dict[str, str]:
    return {s.text: s.label for s in spans}


def test_offsets_point_into_the_original_text(example_text: str) -> None:
    text = "قال السيناتور جو مانشين، إن شركة Goldman Sachs ولشركة «المراعي» دفعتا.\n" + example_text[:3000]
    spans = recognise(text)
    assert spans
    for s in spans:
        assert text[s.start : s.end] == s.text
        assert s.label in ("PERSON", "ORG", "GPE", "LOC", "MISC")
        assert s.source == "model" or s.source.startswith("rule:")


def test_empty_and_punctuation_only() -> None:
    assert recognise("") == []
    assert recognise("... ، !") == []


def test_model_is_loaded_once() -> None:
    assert load_model() is load_model()


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("وصل الرئيس الفرنسي إيمانويل ماكرون إلى القاهرة أمس.", "إيمانويل ماكرون", "PERSON"),
        ("وصل الرئيس الفرنسي إيمانويل ماكرون إلى القاهرة أمس.", "القاهرة", "GPE"),
        ("وقالت وكالة رويترز إن الاجتماع عقد في باريس.", "رويترز", "ORG"),
        ("وقالت وكالة رويترز إن الاجتماع عقد في باريس.", "باريس", "GPE"),
        ("تبرع رئيس شركة Bridgewater بمبلغ كبير.", "Bridgewater", "ORG"),
        ("وقال المدير التنفيذي لـ Netflix إن الأرباح ارتفعت.", "Netflix", "ORG"),
        ("وقال السناتور توماس ويلكنسون إنه سيصوت ضد القرار.", "توماس ويلكنسون", "PERSON"),
    ],
)
def test_labels_on_small_fixtures(text: str, name: str, label: str) -> None:
    spans = by_text(recognise(text))
    assert spans.get(name) == label, spans


@pytest.mark.parametrize(
    ("word", "cut"),
    [("لـ", 2), ("وبـ", 3), ("وول", 0), ("وارن", 0), ("بلير", 0), ("فانس", 0), ("للأمم", 2)],
)
def test_particles_are_cut_only_when_they_are_particles(word: str, cut: int) -> None:
    assert _clitic_cut(load_model(), word, set()) == cut


def test_particle_before_a_name_is_outside_the_span() -> None:
    text = "وأعلن ترحيبه بماكرون. وقال ماكرون إن الاتفاق مهم، وتحدث لماكرون مجددا."
    texts = [s.text for s in recognise(text)]
    assert "ماكرون" in texts
    assert not any(t.startswith(("بماكرون", "لماكرون")) for t in texts)


def test_latin_name_after_particle_with_tatweel() -> None:
    spans = recognise("وقال متحدث باسم شركة ميتا لـ Reuters إن الخدمة عادت، وأكد ذلك لشركة Oracle.")
    texts = by_text(spans)
    assert "Reuters" in texts and "Oracle" in texts
    assert texts["Oracle"] == "ORG"


def test_names_beginning_with_particle_letters_stay_whole() -> None:
    text = "وارتفعت أسهم وول ستريت بعد تصريحات وارن بافيت، وقال توني بلير إن فانس على حق."
    texts = [s.text for s in recognise(text)]
    for name in ("وارن بافيت", "توني بلير"):
        assert name in texts, texts
    assert not any(t in ("ارن بافيت", "لير", "انس", "ول ستريت") for t in texts)


def test_seed_article_people_and_organisations_are_found(example_text: str) -> None:
    gold = json.loads(need_shared("examples", "seed-article.gold.json").read_text(encoding="utf-8"))
    spans = recognise(example_text)
    wanted = [e for e in gold["entities"] if e["type"] in ("PERSON", "ORG")]
    missing = [e["names"][0] for e in wanted if not found(e, spans, typed=False)]
    assert not missing, f"not found: {missing}"


def test_dev_articles_recall() -> None:
    folder = need_shared("examples", "dev")
    total = hit = typed_hit = 0
    for path in sorted(folder.glob("d*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        spans = recognise(doc["text"])
        for s in spans:
            assert doc["text"][s.start : s.end] == s.text
        for e in doc["entities"]:
            if e["type"] not in ("PERSON", "ORG", "GPE"):
                continue
            total += 1
            hit += found(e, spans, typed=False)
            typed_hit += found(e, spans, typed=True)
    print(f"dev articles: entity recall {hit / total:.3f} (typed {typed_hit / total:.3f}) over {total}")
    assert hit / total >= DEV_RECALL_FLOOR


def _presentation_forms(text: str) -> str:
    """The same text written with Arabic presentation forms (the isolated glyph of each letter)."""
    import unicodedata

    glyph = {}
    for cp in range(0xFE70, 0xFF00):
        ch = chr(cp)
        if "ISOLATED FORM" in unicodedata.name(ch, ""):
            glyph.setdefault(unicodedata.normalize("NFKC", ch), ch)
    return "".join(glyph.get(c, c) for c in text)


def test_presentation_forms_are_recognised_like_plain_letters() -> None:
    plain = "وقال رئيس حزب النهضة الجديدة كريم منصور إن الحزب تلقى تبرعات من شركة الأفق للتنمية."
    shaped = _presentation_forms(plain)
    assert shaped != plain and len(shaped) == len(plain)
    want = {(s.start, s.end, s.label) for s in recognise(plain)}
    got = recognise(shaped)
    assert want and {(s.start, s.end, s.label) for s in got} == want
    assert all(shaped[s.start : s.end] == s.text for s in got)  # offsets into the original characters
