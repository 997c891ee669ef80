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
