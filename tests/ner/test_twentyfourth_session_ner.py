"""Recogniser rules of the twenty-fourth session, drawn from unseen Tunisian news (JawharaFM)."""

from __future__ import annotations

from rasd.ner import recognise


def _spans(text: str) -> set[tuple[str, str]]:
    return {(s.text, s.label) for s in recognise(text)}


def test_a_body_keeps_the_nationality_of_the_people_it_is_of() -> None:
    spans = _spans(
        "عبرت النقابة الوطنية للصحفيين التونسيين عن إستغرابها. وقالت جمعية القضاة التونسيين إن القرار خاطئ."
    )
    assert ("النقابة الوطنية للصحفيين التونسيين", "ORG") in spans, spans
    assert ("جمعية القضاة التونسيين", "ORG") in spans, spans


def test_a_nationality_then_a_field_is_inside_a_body_name() -> None:
    spans = _spans("وقال الاتحاد العام التونسي للشغل إن الإضراب قائم.")
    assert ("الاتحاد العام التونسي للشغل", "ORG") in spans, spans
    # what an army does after its nationality is no part of its name
    spans = _spans("وتقدم الجيش السوري للسيطرة على المدينة.")
    assert not any(t.endswith("للسيطرة") for t, _ in spans), spans


def test_a_radio_station_named_with_fm() -> None:
    spans = _spans(
        "وفق ما أكده لمراسلة الجوهرة أف أم، مساعد مقرر لجنة المالية هادي براهم. وقال في تصريح لإذاعة "
        "موزاييك إف إم إن الأمر خطير."
    )
    assert ("الجوهرة أف أم", "ORG") in spans, spans
    assert ("موزاييك إف إم", "ORG") in spans, spans
    assert not any(label == "PERSON" and "أم" in t.split() for t, label in spans), spans


def test_a_parliamentary_bloc_is_named_with_its_party() -> None:
    spans = _spans("وقال سفيان طوبال رئيس كتلة نداء تونس إن الكتلة موحدة. وارتفعت كتلة الأجور.")
    assert ("كتلة نداء تونس", "ORG") in spans, spans
    assert not any("الأجور" in t for t, _ in spans), spans


def test_a_guest_of_a_programme_is_no_part_of_a_name() -> None:
    spans = _spans("أكد رئيس حزب البديل التونسي مهدي جمعة ضيف بولتيكا اليوم الخميس أنه نفذ عملية كبرى.")
    assert ("مهدي جمعة", "PERSON") in spans, spans
    spans = _spans("وقال محمد ضيف الله إن الأمر خطير.")
    assert ("محمد ضيف الله", "PERSON") in spans, spans
    # a span the tagger opens at the guest's word names no one
    spans = _spans("أكد النائب عن حزب الفلاحين في مجلس نواب الشعب فيصل التبيني ضيف بولتيكا اليوم أن السوق أضرت.")
    assert not any(t.startswith("ضيف") for t, _ in spans), spans


def test_as_a_witness_is_no_part_of_her_name() -> None:
    spans = _spans("وشرعت النيابة في الاستماع الى النائب سامية عبو كشاهدة حول تصريحاتها.")
    assert ("سامية عبو", "PERSON") in spans, spans


def test_a_group_made_of_members_is_no_body_named() -> None:
    spans = _spans("أكد محمد سعيدان انسحابه مع مجموعة مكونة من 30 نائبا من قاعة الجلسة.")
    assert not any(t == "مكونة" for t, _ in spans), spans


def test_the_party_then_a_first_name_is_no_body() -> None:
    text = (
        "حافظ قائد السبسي أكد أن الحزب لم يتلق تمويلا . أكدت النائبة عن حزب نداء تونس هالة عمران أن أعضاء "
        "النداء ومن بينهم المدير التنفيذي للحزب حافظ قائد السبسي علموا بحملة الإيقافات."
    )
    spans = _spans(text)
    assert not any(label == "ORG" and "حافظ" in t for t, label in spans), spans
    found = [s.text for s in recognise(text) if s.label == "PERSON"]
    assert found.count("حافظ قائد السبسي") == 2, found


def test_a_maghrebi_first_name_with_the_article_after_a_body() -> None:
    spans = _spans("وقال محافظ البنك المركزي الشاذلي العياري إن الوضع صعب. وقال رئيس البنك المركزي المصري إن الوضع صعب.")
    assert ("البنك المركزي", "ORG") in spans and ("الشاذلي العياري", "PERSON") in spans, spans
    assert ("البنك المركزي المصري", "ORG") in spans, spans


def test_what_circulated_is_no_part_of_a_name() -> None:
    spans = _spans("ونفى السعيدي ما راج في عدد من وسائل الاعلام من أن القطب القضائي طلب ايقاف عمل اللجنة.")
    assert ("السعيدي", "PERSON") in spans and not any("راج" in t for t, _ in spans), spans


def test_two_bodies_joined_by_and_with_their_heads() -> None:
    spans = _spans("وقال البنك الدولي وصندوق النقد الدولي إن الوضع صعب. وقالت هيئة الحقيقة والكرامة إن الملف قيد الدرس.")
    assert ("البنك الدولي", "ORG") in spans and ("صندوق النقد الدولي", "ORG") in spans, spans
    assert ("هيئة الحقيقة والكرامة", "ORG") in spans, spans


def test_a_surname_the_article_names_as_a_speaker_alone() -> None:
    text = (
        "الشاهد : المشروع رسالة واضحة للمستثمرين . أعطى رئيس الحكومة، يوسف الشاهد صباح اليوم الأحد، إشارة "
        "انطلاق الأشغال. واكد الشاهد أهمية هذا المشروع."
    )
    found = [s.text for s in recognise(text) if s.label == "PERSON"]
    assert "يوسف الشاهد" in found, found
    # a first name before a common definite word nobody speaks as is left alone
    found = [s.text for s in recognise("وقال يوسف الشاهد العيان في المحكمة إن الأمر خطير.") if s.label == "PERSON"]
    assert "يوسف الشاهد العيان" not in found, found


def test_a_surname_after_a_titled_first_name_the_article_names_as_a_speaker() -> None:
    text = (
        "نداء تونس يقرر تتبع النائبة صابرين القوبنطيني قضائيا . وبخصوص علاقة النواب برجل الأعمال، أكدت "
        "القوبنطيني، أن نوابا تربطهم علاقات مع الميليشيات."
    )
    found = [s.text for s in recognise(text) if s.label == "PERSON"]
    assert "صابرين القوبنطيني" in found, found


def test_a_short_name_glossed_in_brackets_is_no_quotation() -> None:
    from tests.facts.helpers import facts_of, readable

    text = 'أكدت النائبة صابرين القوبنطيني أن نوابا تربطهم علاقات مع "فجر ليبيا" (تحالف مجموعة ميليشيات في ليبيا).'
    got = readable(*facts_of(text, {"صابرين القوبنطيني": "PERSON", "ليبيا": "GPE"}))
    assert not [g for g in got if g[0] == "quote"], got


def test_review_nationalities_after_a_body_of_its_own_nationality() -> None:
    assert ("وزارة الخارجية الفرنسية", "ORG") in _spans("دعت وزارة الخارجية الفرنسية الفرنسيين إلى مغادرة لبنان.")
    assert ("السفارة الأمريكية", "ORG") in _spans("استقبلت السفارة الأمريكية الأمريكيين العالقين.")
    assert ("البنك المركزي التونسي", "ORG") in _spans("وقال البنك المركزي التونسي للصحفيين إن الوضع صعب.")


def test_review_a_plural_is_no_surname() -> None:
    found = [s.text for s in recognise("التقى أحمد الخبراء في تونس. وأكد الخبراء أن الوضع صعب.") if s.label == "PERSON"]
    assert "أحمد الخبراء" not in found, found


def test_what_a_body_guards_against_is_in_its_name() -> None:
    assert ("الهيئة الوطنية للوقاية من التعذيب", "ORG") in _spans("وقالت الهيئة الوطنية للوقاية من التعذيب إن الوضع صعب.")


def test_a_minister_named_after_her_field_and_a_comma() -> None:
    # (twenty-fifth session) three name words, the last two family names, then في
    text = (
        'أكدت وزيرة السياحة والصناعات التقليدية، سلمى اللومي الرقيق في تصريح لمراسلة الجوهرة "اف ام" على هامش '
        "زيارتها لمعرض التحف اليوم الأربعاء أن القطاع تحسن."
    )
    assert ("سلمى اللومي الرقيق", "PERSON") in {(s.text, s.label) for s in recognise(text)}
    # the field's words are no name
    text = 'أكدت وزيرة السياحة، السيدة الفاضلة في تصريح لمراسلة الجوهرة "اف ام" اليوم الأربعاء أن القطاع تحسن.'
    assert not [s for s in recognise(text) if s.label == "PERSON"]


def test_an_owner_s_title_is_no_part_of_a_name() -> None:
    # (twenty-fifth session) "مالك" before the kind of the body owned is a title, not a surname
    text = (
        'ومن أبرز الذين أوقفوا بعد التسوية، الأمير الوليد بن طلال، مالك شركة "المملكة القابضة"، ووليد '
        'الابراهيم مالك شبكة "إم بي سي" الاعلامية.'
    )
    spans = _spans(text)
    assert ("وليد الابراهيم", "PERSON") in spans and ("مالك شركة", "ORG") not in spans, spans
    # a surname مالك stays
    text = "وقال الوزير عبد الله بن مالك إن الحكومة ستدعم القطاع."
    assert any(t.endswith("مالك") and lab == "PERSON" for t, lab in _spans(text)), _spans(text)


def test_a_body_read_as_two_is_one_where_the_text_names_it_whole() -> None:
    # (twenty-fifth session)
    text = (
        "قدموا هذا المطلب لهيئة الحقيقة والكرامة وبحضور رئيستها، سهام بن سدرين في انتظار استكمال الملف. "
        "وقالت هيئة الحقيقة والكرامة إن الملف كامل."
    )
    assert ("والكرامة", "ORG") not in _spans(text), _spans(text)
    # two bodies joined by و, never named whole: two
    text = "التقى وزير الخارجية بممثلي الأمم المتحدة والاتحاد الأوروبي."
    assert {("الأمم المتحدة", "ORG"), ("الاتحاد الأوروبي", "ORG")} <= _spans(text), _spans(text)


def test_a_coalition_named_by_a_construct() -> None:
    # (twenty-fifth session) ائتلاف heads a body's name; the governing coalition is a description
    assert ("ائتلاف دولة القانون", "ORG") in _spans("وقال المالكي الذي يقود ائتلاف دولة القانون إن الانتخابات نزيهة.")
    spans = _spans("وقال الحزب الذي انضم للائتلاف الحكومي مع حركة النجوم الخمس إن الاتفاق نهائي.")
    assert not [t for t, lab in spans if "ائتلاف" in t], spans


def test_a_document_in_the_accusative_ends_no_name() -> None:
    assert ("حزب العمال", "ORG") in _spans('وأصدر حزب العمال بيانا قال فيه إن "الاتهامات باطلة".')
    assert ("حزب العمال بيانا", "ORG") not in _spans('وأصدر حزب العمال بيانا قال فيه إن "الاتهامات باطلة".')


def test_a_person_named_after_a_body_described_by_adjectives() -> None:
    got = _spans("وهو ما أكد عليه أيضا المندوب السعودي لدى المنظمة الدولية عبد الله المعلمي.")
    assert ("المنظمة الدولية", "ORG") in got and ("المنظمة الدولية عبد الله المعلمي", "ORG") not in got, got
    assert any(label == "PERSON" and name.startswith("عبد الله") for name, label in got), got
    # a royal title before the name: the body is named for him
    assert ("جامعة الملك عبد العزيز", "ORG") in _spans("وتخرج من جامعة الملك عبد العزيز في جدة.")


def test_well_known_parties_are_bodies() -> None:
    got = _spans("قدم رجل الأعمال حسن عبد الرازق نصف مليون جنيه لحزب مستقبل وطن قبيل الانتخابات.")
    assert ("حزب مستقبل وطن", "ORG") in got, got
    got = _spans("أكد القيادي في افاق تونس فوزي عبد الرحمان أنه طلب الإعفاء.")
    assert any(label == "ORG" and "تونس" in name for name, label in got), got
    # a description after the party's name is not part of it
    assert ("حزب العدالة والتنمية", "ORG") in _spans("وقال حزب العدالة والتنمية الحاكم إن الانتخابات ستجرى.")


def test_an_adverb_with_its_tanween_ends_no_name() -> None:
    got = _spans("في طرابلس، يقف رجل الأعمال جوزيف طنوس مالياً خلف لائحة «نهوض الشمال».")
    assert ("جوزيف طنوس", "PERSON") in got, got


def test_common_words_and_slogans_are_no_known_parties() -> None:
    assert ("يمينا", "ORG") not in _spans("وأضاف أن الحكومة تتأرجح يمينا ويسارا")
    assert ("سائرون", "ORG") not in _spans("إننا سائرون على طريق الإصلاح")
    assert ("تحيا تونس", "ORG") not in _spans("وردد المتظاهرون هتافات تحيا تونس")
