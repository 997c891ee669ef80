"""Recogniser passes of the twenty-ninth session, each with a case it must not fire on."""

from __future__ import annotations

from rasd.ner import recognise


def _persons(text: str) -> list[str]:
    return [s.text for s in recognise(text) if s.label == "PERSON"]


def test_a_spokesperson_named_after_the_pronoun_of_her_body() -> None:
    text = "وجاء إعلان الحكومة الأحد على لسان المتحدثة الرسمية باسمها، جمانة غنيمات، قائلة إن المداهمة انتهت."
    assert _persons(text) == ["جمانة غنيمات"]
    # nothing named after it: no one
    assert _persons("وقال المتحدث باسمها، في بيان، إن المداهمة انتهت.") == []


def test_a_short_second_half_of_a_hyphenated_name() -> None:
    text = "وكان المتحدث باسم الرئاسة الفرنسية برونو روجيه-بتي قد أكد أن المعاون تجاوز مهامه."
    assert "برونو روجيه-بتي" in _persons(text)
