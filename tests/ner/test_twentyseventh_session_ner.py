"""Recogniser rules of the twenty-seventh session."""

from __future__ import annotations

from rasd.ner import recognise


def _spans(text: str) -> set[tuple[str, str]]:
    return {(s.text, s.label) for s in recognise(text)}


def test_a_football_federation_keeps_its_field() -> None:
    spans = _spans("وكان خوليو غروندونا نائب رئيس الفيفا رئيس الاتحاد الأرجنتيني لكرة القدم حتى وفاته.")
    assert ("الاتحاد الأرجنتيني لكرة القدم", "ORG") in spans, spans
    # a purpose after a body is no part of its name
    spans = _spans("وأعلن الحزب الجمهوري لدعم المرشح الفائز في الانتخابات.")
    assert not any(t.endswith("المرشح") and label == "ORG" for t, label in spans), spans
