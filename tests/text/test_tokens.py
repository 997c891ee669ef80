"""The regex tokenizer keeps exact offsets."""

from __future__ import annotations

import pytest

from rasd.text.tokens import tokenize


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("قال ماسك: 100 مليون.", ["قال", "ماسك", ":", "100", "مليون", "."]),
        ("بلغ 43.6% و1,500,000", ["بلغ", "43.6", "%", "و", "1,500,000"]),
        ("أنفق 936،225،041.67 دولارًا", ["أنفق", "936،225،041.67", "دولارًا"]),
        ("أولا، ثانيا", ["أولا", "،", "ثانيا"]),
        ("لـ LinkedIn", ["لـ", "LinkedIn"]),
        ("مُحَمَّد", ["مُحَمَّد"]),
    ],
)
def test_tokenize(text: str, tokens: list[str]) -> None:
    found = tokenize(text)
    assert [t.text for t in found] == tokens
    for t in found:
        assert text[t.start : t.end] == t.text


def test_seed_offsets(example_text: str) -> None:
    tokens = tokenize(example_text)
    assert len(tokens) == 472
    assert all(example_text[t.start : t.end] == t.text for t in tokens)
