"""Normalisation for matching, and the map back to original offsets."""

from __future__ import annotations

import json

import pytest
from shared_data import need_shared

from rasd.text.normalise import normalise, normalise_with_map, original_span


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("مُؤَسَّسَة", "مؤسسه"),  # tashkeel, ة → ه
        ("دعمًا هائلاً", "دعما هائلا"),  # tanween
        ("أحمد إبراهيم آل ٱلله", "احمد ابراهيم ال الله"),  # alef forms
        ("مصطفى", "مصطفي"),  # ى → ي
        ("الـحـزب", "الحزب"),  # tatweel
        ("٢٠٢٤ و۱۲", "2024 و12"),  # Arabic-Indic and Persian digits
        ("٢٫٥", "2.5"),
        ("ﻻ ﺇﻟﻪ", "لا اله"),  # presentation forms (lam-alef ligature, isolated/final forms)
        ("  كاموليا \n\t هارلو  ", "كاموليا هارلو"),  # spaces collapse, ends stripped
        ("Fleet  Street", "Fleet Street"),
        ("یک کتاب", "يك كتاب"),  # Persian yeh and kaf
    ],
)
def test_normalise(raw: str, expected: str) -> None:
    assert normalise(raw) == expected


def test_normalise_returns_a_copy() -> None:
    raw = "مُحَمَّد"
    assert normalise(raw) == "محمد"
    assert raw == "مُحَمَّد"


@pytest.mark.parametrize(
    "raw",
    ["مُؤَسَّسَة  إيثان", "ﻻ ﺇﻟﻪ ٣", "  بداية\nونهاية  ", "Northgate Holdings نيل غارفي", "ـــ"],
)
def test_map_has_one_offset_per_character_and_agrees_with_normalise(raw: str) -> None:
    norm, offsets = normalise_with_map(raw)
    assert norm == normalise(raw)
    assert len(offsets) == len(norm)
    assert offsets == sorted(offsets)
    for ch, off in zip(norm, offsets, strict=True):
        if ch != " ":
            assert normalise(raw[off]) in (ch, "لا", "")


def test_match_on_normalised_copy_gives_original_offsets() -> None:
    text = "قال الرئيس التنفيذي لشركة نورثغيت نيل غارفِي، إنّ"
    norm, offsets = normalise_with_map(text)
    i = norm.index("نيل غارفي")
    start, end = original_span(offsets, i, i + len("نيل غارفي"))
    assert text[start:end] == "نيل غارفِي"


def test_original_span_rejects_empty() -> None:
    with pytest.raises(ValueError):
        original_span([0, 1], 1, 1)


def test_dev_articles_normalise_consistently() -> None:
    folder = need_shared("examples", "dev")
    for path in sorted(folder.glob("d*.json")):
        text = json.loads(path.read_text(encoding="utf-8"))["text"]
        norm, offsets = normalise_with_map(text)
        assert norm == normalise(text), path.name
        assert len(offsets) == len(norm)
        assert not any(0xFB50 <= ord(c) <= 0xFEFE for c in norm), path.name
