"""Recogniser rules of the twenty-third session."""

from __future__ import annotations

from rasd.ner import recognise


def test_a_quoted_list_name_near_a_gift_is_a_body() -> None:
    text = "تلقت قائمة «صوت الجهة» في قفصة تبرعا بقيمة ٤٥ ألف دينار من رجل الأعمال الهادي الورتاني."
    spans = {(s.text, s.label) for s in recognise(text)}
    assert ("صوت الجهة", "ORG") in spans, spans
    # a list of sanctions is no electoral list
    text = "وأدرجت الخزانة الأمريكية الشركة على قائمة «الإرهاب» بسبب تمويل الجماعات المسلحة."
    spans = {(s.text, s.label) for s in recognise(text)}
    assert ("الإرهاب", "ORG") not in spans, spans
