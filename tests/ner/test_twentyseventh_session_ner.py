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


def test_a_gathering_or_bloc_named_in_quotes() -> None:
    spans = _spans("أعلن تجمع «ليبيا أولاً» السياسي انضمام رجل الأعمال مختار الصويعي إلى هيئته.")
    assert ("ليبيا أولاً", "ORG") in spans, spans
    spans = _spans("ونفى النائب أن يكون قد انضم إلى تكتل «لبنان السيادي».")
    assert ("لبنان السيادي", "ORG") in spans, spans
    # a rally is no body, nor is its slogan
    spans = _spans("وتحدث ترامب خلال تجمع انتخابي للجمهوريين في ولاية أوهايو.")
    assert not [s for s in spans if s[1] == "ORG"], spans
    spans = _spans('وشارك الآلاف في تجمع "ضد الفساد" أمام البرلمان.')
    assert not [s for s in spans if s[0] == "ضد الفساد"], spans
