"""Fact rules mended after the review of the nineteenth session's work."""

from __future__ import annotations

from tests.facts.helpers import facts_of, readable


def _types(got: set[tuple], kind: str) -> list[tuple]:
    return [g for g in got if g[0] == kind]


def test_solidarity_and_standing_by_someone_is_support_for_him() -> None:
    text = "وأكد الرئيس الفرنسي إيمانويل ماكرون وقوفه إلى جانب الرئيس الأوكراني فولوديمير زيلينسكي."
    got = readable(*facts_of(text, {"إيمانويل ماكرون": "PERSON", "فولوديمير زيلينسكي": "PERSON"}))
    assert ("support", "إيمانويل ماكرون", "فولوديمير زيلينسكي", "for") in got, got
    text = "وأعلن حزب العدالة والتنمية تضامنه مع الرئيس المعزول محمد مرسي."
    got = readable(*facts_of(text, {"حزب العدالة والتنمية": "ORG", "محمد مرسي": "PERSON"}))
    assert ("support", "حزب العدالة والتنمية", "محمد مرسي", "for") in got, got
    assert not [g for g in _types(got, "support") if g[-1] == "against"], got


def test_a_minister_of_foreign_affairs_of_a_ministry_named_with_al_shuun() -> None:
    text = "وأصدرت وزارة الشؤون الخارجية بيانا. وقال وزير الشؤون الخارجية خميس الجهيناوي إن تونس تدعم الحل."
    names = {"وزارة الشؤون الخارجية": "ORG", "خميس الجهيناوي": "PERSON", "تونس": "GPE"}
    got = readable(*facts_of(text, names))
    assert ("role", "خميس الجهيناوي", "وزارة الشؤون الخارجية", "minister") in got, got


def test_a_bare_al_wazir_governed_by_a_noun_is_another_s_minister() -> None:
    text = "ردت وزارة الخارجية الأمريكية على تصريحات الوزير سيرغي لافروف بشأن أوكرانيا."
    names = {"وزارة الخارجية الأمريكية": "ORG", "سيرغي لافروف": "PERSON", "أوكرانيا": "GPE"}
    got = readable(*facts_of(text, names))
    assert not _types(got, "role"), got
    text = "وفي رسالة إلى وزارة الخارجية الأمريكية قال الوزير سيرغي لافروف إن بلاده لن تتراجع."
    got = readable(*facts_of(text, {"وزارة الخارجية الأمريكية": "ORG", "سيرغي لافروف": "PERSON"}))
    assert not _types(got, "role"), got
    # the ministry went on: its minister
    text = "وأصدرت وزارة الخارجية الأمريكية بيانا، وقال الوزير مايك بومبيو إن بلاده تدعم الحل."
    got = readable(*facts_of(text, {"وزارة الخارجية الأمريكية": "ORG", "مايك بومبيو": "PERSON"}))
    assert ("role", "مايك بومبيو", "وزارة الخارجية الأمريكية", "minister") in got, got


def test_one_of_the_backers_needs_apposition_or_a_verb_of_being() -> None:
    names = {"جو بايدن": "PERSON", "دونالد ترامب": "PERSON", "جون سميث": "PERSON"}
    text = "التقى الرئيس الأمريكي جو بايدن أحد مؤيدي دونالد ترامب في البيت الأبيض."
    assert not _types(readable(*facts_of(text, names)), "support")
    for text in (
        "وقال جون سميث، أحد مؤيدي دونالد ترامب، إنه سيصوت له.",
        "ويعد الملياردير جون سميث أحد أبرز مؤيدي دونالد ترامب.",
    ):
        got = readable(*facts_of(text, names))
        assert ("support", "جون سميث", "دونالد ترامب", "for") in got, (text, got)


def test_a_judge_at_a_court_after_bi() -> None:
    text = "وقال القاضي بالمحكمة العليا أنتوني كينيدي إنه سيتقاعد."
    got = readable(*facts_of(text, {"المحكمة العليا": "ORG", "أنتوني كينيدي": "PERSON"}))
    assert ("role", "أنتوني كينيدي", "المحكمة العليا", "judge") in got, got


def test_a_counterpart_s_country_does_not_take_the_minister_from_his_ministry() -> None:
    names = {"وزارة الخارجية الروسية": "ORG", "سيرغي لافروف": "PERSON", "ريكس تيلرسون": "PERSON"}
    text = (
        "وكانت وزارة الخارجية الروسية قد أعلنت الزيارة. وقال وزير الخارجية سيرغي لافروف بعد لقائه نظيره "
        "الأمريكي ريكس تيلرسون إن العلاقات سيئة."
    )
    got = readable(*facts_of(text, names))
    assert ("role", "سيرغي لافروف", "وزارة الخارجية الروسية", "minister") in got, got
    # a head of state's country in his sentence still says the ministry is another's
    text = "وكانت وزارة الخارجية الروسية قد أعلنت الزيارة. وأقال الرئيس الأميركي وزير الخارجية ريكس تيلرسون أمس."
    got = readable(*facts_of(text, names))
    assert not _types(got, "role"), got


def test_the_wife_of_a_prime_minister_is_a_woman() -> None:
    text = 'وقالت زوجة رئيس الوزراء الإسباني بيغونيا غوميز إنها بريئة. وأضافت أنها "لم ترتكب أي خطأ في حياتها".'
    got = readable(*facts_of(text, {"بيغونيا غوميز": "PERSON"}))
    assert ("quote", "بيغونيا غوميز", "لم ترتكب أي خطأ في حياتها") in got, got


def test_a_quoted_clause_after_inna_that_opens_with_a_conference_is_a_quotation() -> None:
    text = 'وأكد الرئيس الفرنسي إيمانويل ماكرون أن "قمة باريس ستنجح حتما".'
    got = readable(*facts_of(text, {"إيمانويل ماكرون": "PERSON", "باريس": "GPE"}))
    assert ("quote", "إيمانويل ماكرون", "قمة باريس ستنجح حتما") in got, got
    text = 'وشارك الرئيس الفرنسي إيمانويل ماكرون في "مؤتمر باريس للسلام".'
    assert not readable(*facts_of(text, {"إيمانويل ماكرون": "PERSON"}))


def test_a_time_clause_is_no_content_clause_with_its_own_subject() -> None:
    text = "وأعلن الملياردير جون سميث بعد أن التقى المرشح الجمهوري دعمه لدونالد ترامب."
    got = readable(*facts_of(text, {"جون سميث": "PERSON", "دونالد ترامب": "PERSON"}))
    assert ("support", "جون سميث", "دونالد ترامب", "for") in got, got


def test_the_speaker_named_after_a_verb_after_the_quotation() -> None:
    text = 'وقال الرئيس دونالد ترامب إن الاقتصاد قوي. "لن نتراجع عن موقفنا"، قال محمد علي للصحفيين.'
    got = readable(*facts_of(text, {"دونالد ترامب": "PERSON", "محمد علي": "PERSON"}))
    assert ("quote", "محمد علي", "لن نتراجع عن موقفنا") in got, got
    assert not [g for g in _types(got, "quote") if g[1] == "دونالد ترامب"], got


def test_one_may_say_is_the_writer_s_comment() -> None:
    text = 'وقال الرئيس دونالد ترامب إن الاقتصاد قوي. ويمكن القول إن "الاقتصاد الأمريكي يمر بمرحلة ذهبية".'
    assert not _types(readable(*facts_of(text, {"دونالد ترامب": "PERSON"})), "quote")


def test_one_nominated_to_succeed_another_backs_no_one() -> None:
    names = {"جون سميث": "PERSON", "دونالد ترامب": "PERSON", "حزب العمال": "ORG"}
    for text in ("ورُشّح جون سميث لخلافة دونالد ترامب.", "ورشح جون سميث لخلافة دونالد ترامب."):
        assert not _types(readable(*facts_of(text, names)), "support"), text
    got = readable(*facts_of("ورشح حزب العمال جون سميث لمنصب رئيس الوزراء.", names))
    assert ("support", "حزب العمال", "جون سميث", "for") in got, got


def test_a_za_im_leads_his_party_or_movement() -> None:
    text = "وقال زعيم التيار الصدري مقتدى الصدر إن الحكومة فشلت."
    got = readable(*facts_of(text, {"التيار الصدري": "ORG", "مقتدى الصدر": "PERSON"}))
    assert ("role", "مقتدى الصدر", "التيار الصدري", "leader") in got, got


def test_a_deputy_or_an_assistant_holds_his_own_post() -> None:
    cases = [
        (
            "وصرح نائب وزير العدل الأمريكي رود روزينشتاين للصحافيين أن الضباط متهمون. وقالت وزارة العدل الأمريكية إن التحقيق مستمر.",
            {"رود روزينشتاين": "PERSON", "وزارة العدل الأمريكية": "ORG"},
            ("role", "رود روزينشتاين", "وزارة العدل الأمريكية", "deputy minister"),
        ),
        (
            "وقال نائب المتحدث باسم البيت الأبيض هوغان غيدلي إن الرئيس سيوقع القرار.",
            {"البيت الأبيض": "ORG", "هوغان غيدلي": "PERSON"},
            ("role", "هوغان غيدلي", "البيت الأبيض", "deputy spokesperson"),
        ),
        (
            "وقال مساعد وزير الخزانة الأميركي السابق دانيال غليزر إن الأموال تتدفق. وتتابع وزارة الخزانة الأميركية الملف.",
            {"دانيال غليزر": "PERSON", "وزارة الخزانة الأميركية": "ORG"},
            ("role", "دانيال غليزر", "وزارة الخزانة الأميركية", "assistant minister"),
        ),
    ]
    for text, names, fact in cases:
        got = readable(*facts_of(text, names))
        assert fact in got, (text, got)


def test_the_head_of_a_unit_a_team_s_captain_and_its_technical_director() -> None:
    cases = [
        (
            "وقالت رضوى السويفي رئيس قسم البحوث ببنك الاستثمار فاروس، إن هناك توافقا على القرار.",
            {"رضوى السويفي": "PERSON", "بنك الاستثمار فاروس": "ORG"},
            ("role", "رضوى السويفي", "بنك الاستثمار فاروس", "head"),
        ),
        (
            "أما مهاجم ريال مدريد وقائد المنتخب الفرنسي السابق، كريم بنزيمة، فقد غاب.",
            {"ريال مدريد": "ORG", "المنتخب الفرنسي": "ORG", "كريم بنزيمة": "PERSON"},
            ("role", "كريم بنزيمة", "المنتخب الفرنسي", "captain"),
        ),
        (
            "تعهد غاريث ساوثغيت المدير الفني للمنتخب الإنجليزي يوم الجمعة بالفوز.",
            {"غاريث ساوثغيت": "PERSON", "المنتخب الإنجليزي": "ORG"},
            ("role", "غاريث ساوثغيت", "المنتخب الإنجليزي", "technical director"),
        ),
    ]
    for text, names, fact in cases:
        got = readable(*facts_of(text, names))
        assert fact in got, (text, got)


def test_a_company_or_a_party_has_no_minister() -> None:
    text = 'والتقى وزير الدولة الإماراتي الرئيس التنفيذي لشركة "أدنوك"، سلطان الجابر، خلال زيارته لبكين.'
    got = readable(*facts_of(text, {"أدنوك": "ORG", "سلطان الجابر": "PERSON"}))
    assert ("role", "سلطان الجابر", "أدنوك", "ceo") in got, got
    assert ("role", "سلطان الجابر", "أدنوك", "minister") not in got, got
    text = "وشكلت أكشينار، وهي وزيرة داخلية سابقة ومشرعة عن حزب الحركة القومية، الحزب الصالح العام الماضي."
    got = readable(*facts_of(text, {"أكشينار": "PERSON", "حزب الحركة القومية": "ORG", "الحزب الصالح": "ORG"}))
    assert not [g for g in _types(got, "role") if g[-1] == "minister"], got


def test_no_backing_by_an_accuser_a_refuser_a_court_or_a_fighter() -> None:
    cases = [
        ("وانتقد دونالد ترامب نظيره الروسي لدعمه بشار الأسد بعد الهجوم.", {"دونالد ترامب": "PERSON", "بشار الأسد": "PERSON"}),
        (
            "ورفض حزب سيودادانوس الليبرالي (32 نائبا) حتى اليوم دعم الحزب الاشتراكي.",
            {"سيودادانوس": "ORG", "الحزب الاشتراكي": "ORG"},
        ),
        (
            "ومن بين الممنوعين الصحفي حسام بهجت، وأيدت محكمة جنايات القاهرة التحفظ على أموالهم.",
            {"حسام بهجت": "PERSON", "محكمة جنايات القاهرة": "ORG"},
        ),
        (
            "ويضم فصائل الحشد الشعبي التي لعبت دورا حاسما في دعم القوات الأمنية لدحر تنظيم الدولة الإسلامية.",
            {"الحشد الشعبي": "ORG", "الدولة الإسلامية": "ORG"},
        ),
        ("وإن كانت أنقرة تدعم المعارضة لنظام بشار الأسد.", {"أنقرة": "GPE", "بشار الأسد": "PERSON"}),
        (
            "وتأتي المحادثات بعد أن وجه الرئيس دونالد ترامب تحذيرا إلى روسيا لدعمها الرئيس السوري بشار الأسد.",
            {"دونالد ترامب": "PERSON", "روسيا": "GPE", "بشار الأسد": "PERSON"},
        ),
        (
            "لكن في عام 2011، أطاح مسلحون معارضون بالقذافي من الحكم، وذلك بدعم من حلف شمال الأطلسي.",
            {"القذافي": "PERSON", "حلف شمال الأطلسي": "ORG"},
        ),
        ("المغرب يسعى لحشد دعم كريستيانو رونالدو ومحمد صلاح!", {"المغرب": "GPE", "كريستيانو رونالدو": "PERSON", "محمد صلاح": "PERSON"}),
    ]
    for text, names in cases:
        assert not _types(readable(*facts_of(text, names)), "support"), text
    # the one accused backs: "وهاجم موسكو لدعمها X"
    text = "وقال الرئيس الأمريكي إن الصواريخ قادمة، وهاجم موسكو لدعمها رئيس النظام السوري بشار الأسد."
    got = readable(*facts_of(text, {"موسكو": "GPE", "بشار الأسد": "PERSON"}))
    assert ("support", "موسكو", "بشار الأسد", "for") in got, got


def test_a_title_in_construct_with_a_named_body_is_not_the_last_speaker() -> None:
    lead = 'وقال جون سميث إن "الوضع صعب". '
    # the holder named right after the body (a first name the recogniser left out between)
    text = lead + 'وقال رئيس مجلس النقباء علي العبوس ان "تلبية اللقاء ستكون على قاعدة مطلب النقابات".'
    got = readable(*facts_of(text, {"جون سميث": "PERSON", "مجلس النقباء": "ORG", "العبوس": "PERSON"}))
    assert ("quote", "العبوس", "تلبية اللقاء ستكون على قاعدة مطلب النقابات") in got, got
    # no name the recogniser found: an unnamed speaker with that description, not the last one quoted
    text = lead + 'وقال رئيس "سيسكو" تشاك روبنز "نعلم جميعا أن التكنولوجيا ستؤدي إلى استحداث وظائف".'
    doc, facts = facts_of(text, {"جون سميث": "PERSON", "سيسكو": "ORG"})
    quotes = [g for g in readable(doc, facts) if g[0] == "quote" and "نعلم" in g[2]]
    assert quotes and quotes[0][1] != "جون سميث", quotes
    # the holder the article named with that title and body before
    text = (
        'وأكد رئيس مجلس النقباء علي العبوس رفض القانون. وقال جون سميث إن "الوضع صعب". '
        'وقال رئيس مجلس النقباء إن "النقابات متمسكة بمطالبها".'
    )
    got = readable(*facts_of(text, {"جون سميث": "PERSON", "مجلس النقباء": "ORG", "علي العبوس": "PERSON"}))
    assert ("quote", "علي العبوس", "النقابات متمسكة بمطالبها") in got, got


def test_many_speakers_or_a_body_after_the_verb_are_not_the_last_speaker() -> None:
    lead = 'وقال دونالد ترامب إن "الاتفاق سيء". '
    for text in (
        'وقال زعماء بريطانيا وألمانيا وفرنسا في بيان مشترك "نحث الولايات المتحدة على عدم المساس بالاتفاق".',
        'وقالت الجماعة في بيان لها إن احتجاجهم كان يهدف إلى "دفع السلطات إلى إطلاق سراح السجناء".',
        'قال المحكمون عن الرواية إنها "رائعة ببساطة".',
        'وقال وزراء الاتحاد الأوروبي: "إن الاتحاد يأخذ على محمل الجد تقييم حكومة بريطانيا".',
    ):
        got = readable(*facts_of(lead + text, {"دونالد ترامب": "PERSON", "الاتحاد الأوروبي": "ORG"}))
        assert [g for g in _types(got, "quote") if g[1] == "دونالد ترامب"] == [
            ("quote", "دونالد ترامب", "الاتفاق سيء")
        ], (text, got)


def test_a_bare_verb_goes_on_with_who_spoke_in_the_reported_sentences() -> None:
    text = (
        'وقال وزير الدفاع الروسي سيرغي شويغو إن "المناورات ضخمة". وليس من المعلوم حتى الآن تفاصيل المشاركة. '
        "قال المتحدث باسم حلف الناتو، دايلان وايت، إن الحلف أحيط علما بالمناورات. "
        "وأضاف أن المنظمة تدرس عرضا روسيا. "
        'وقال في بيان: "تملك جميع الدول حق إجراء تدريبات لقواتها المسلحة".'
    )
    names = {"سيرغي شويغو": "PERSON", "دايلان وايت": "PERSON", "حلف الناتو": "ORG"}
    got = readable(*facts_of(text, names))
    assert ("quote", "دايلان وايت", "تملك جميع الدول حق إجراء تدريبات لقواتها المسلحة") in got, got


def test_the_subject_after_a_fronted_phrase_opens_the_sentence() -> None:
    text = (
        'وكان دونالد ترامب قال إن "قتلة مارقين" ربما كانوا وراء الاختفاء. '
        "وفي مؤشر آخر على التوتر داخل الولايات المتحدة، انتقد ليندسي غراهام، السناتور الجمهوري البارز، ولي العهد. "
        'وقال لبرنامج على شبكة فوكس نيوز، "هذا الرجل يجب أن يذهب".'
    )
    names = {"دونالد ترامب": "PERSON", "ليندسي غراهام": "PERSON", "الولايات المتحدة": "GPE", "فوكس نيوز": "ORG"}
    got = readable(*facts_of(text, names))
    assert ("quote", "ليندسي غراهام", "هذا الرجل يجب أن يذهب") in got, got


def test_a_title_and_its_field_is_the_one_named_so_in_his_country() -> None:
    text = (
        "صرح وزير العمل الفلبيني سيلفستير بيللو بأن الحظر سيرفع. وقال الرئيس الفلبيني رودريغو دوتيرتي إن "
        'العلاقات جيدة. وقال وزير العمل "إن الرئيس أمرني برفع الحظر بشكل كامل".'
    )
    names = {"سيلفستير بيللو": "PERSON", "رودريغو دوتيرتي": "PERSON"}
    got = readable(*facts_of(text, names))
    assert ("quote", "سيلفستير بيللو", "إن الرئيس أمرني برفع الحظر بشكل كامل") in got, got
    # another country's minister of the same field is not the one
    text = (
        'وقال وزير الدفاع الأمريكي جيم ماتيس إن "الضربة نجحت". '
        'وقال وزير الدفاع البريطاني إن "الأسرة الدولية ردت بطريقة حاسمة".'
    )
    got = readable(*facts_of(text, {"جيم ماتيس": "PERSON"}))
    assert ("quote", "جيم ماتيس", "الأسرة الدولية ردت بطريقة حاسمة") not in got, got


def test_one_of_many_before_the_verb_is_no_one_named() -> None:
    text = (
        'وقال رئيس الوزراء حيدر العبادي إن "الانتخابات نزيهة". ووصل الإحجام إلى درجة أن أحد مرشحي الحشد '
        'الشعبي قال إنه "كان هناك مشاركون في نزع صور المرشحين أكثر من الناخبين".'
    )
    got = readable(*facts_of(text, {"حيدر العبادي": "PERSON", "الحشد الشعبي": "ORG"}))
    assert not [g for g in _types(got, "quote") if "نزع صور" in g[2] and g[1] == "حيدر العبادي"], got


def test_no_role_in_a_cabinet_an_adverb_or_a_body_fought() -> None:
    cases = [
        ("وقال نائب رئيس مجلس الوزراء منصور بن زايد إن الاتفاق مهم.", {"مجلس الوزراء": "ORG", "منصور بن زايد": "PERSON"}),
        ("وكان نيلسون مانديلا أول رئيس منتخب ديمقراطيا في البلاد.", {"نيلسون مانديلا": "PERSON", "ديمقراطيا": "ORG"}),
        ("طارق صالح يقود عملية ضد الحوثيين بالساحل الغربي.", {"طارق صالح": "PERSON", "الحوثيين": "ORG"}),
    ]
    for text, names in cases:
        assert not _types(readable(*facts_of(text, names)), "role"), text


def test_a_reported_speaker_does_not_go_on_past_a_sentence_with_a_subject_of_its_own() -> None:
    text = (
        "وقال عمار سنغ، رئيس إدارة الجريمة التجارية في الشرطة، إن الأموال كانت معبأة في حقائب. "
        'أعرب هاربل سينغ غريوال، محامي نجيب رزاق، عن شعوره "بالاستياء" لما أقدمت عليه الشرطة. '
        'وأضاف: "هذه المداهمات جاءت من باب التضييق، ولا تستند إلى إذن قانوني".'
    )
    names = {"عمار سنغ": "PERSON", "هاربل سينغ غريوال": "PERSON", "نجيب رزاق": "PERSON"}
    got = readable(*facts_of(text, names))
    assert not [g for g in _types(got, "quote") if g[1] == "عمار سنغ"], got


def test_a_feminine_verb_does_not_make_a_man_the_backer() -> None:
    text = "وتعتبر الجمهورية الإسلامية الحليفة الأساسية للرئيس السوري بشار الأسد، كما أنها تدعم حزب الله في لبنان."
    got = readable(*facts_of(text, {"بشار الأسد": "PERSON", "حزب الله": "ORG"}))
    assert not _types(got, "support"), got


def test_the_one_spoken_to_or_described_is_not_the_speaker() -> None:
    names = {"مايك بومبيو": "PERSON", "محمد بن سلمان": "PERSON", "بوريس جونسون": "PERSON", "جيرمي كوربن": "PERSON"}
    text = 'وذهب مايك بومبيو ليقول للأمير محمد بن سلمان: "بصراحة إذا لم يفعلوا ذلك فسيتعين علينا التحرك".'
    got = readable(*facts_of(text, names))
    assert ("quote", "مايك بومبيو", "بصراحة إذا لم يفعلوا ذلك فسيتعين علينا التحرك") in got, got
    text = 'وقال بوريس جونسون، الذي وصف جيرمي كوربن ذات مرة بأنه "الغبي العجوز المستبد برأيه"، إن الحزب منقسم.'
    got = readable(*facts_of(text, names))
    assert ("quote", "بوريس جونسون", "الغبي العجوز المستبد برأيه") in got, got


def test_members_of_a_body_are_not_everyone_named_near_it() -> None:
    cases = [
        (
            "لكن ميتشل أشاد أيضا بتركيا، العضو في حلف شمال الأطلسي، ووصفها بأنها حليف حيوي.",
            {"ميتشل": "PERSON", "تركيا": "GPE", "حلف شمال الأطلسي": "ORG"},
        ),
        (
            "وأعرب أحمد الرميحي عن اهتمامه بمقابلة مؤيدين مؤثرين وأعضاء في المنظمة الصهيونية.",
            {"أحمد الرميحي": "PERSON", "المنظمة الصهيونية": "ORG"},
        ),
        (
            "وقد انضمت بيني لورانس إلى منظمة أوكسفام في بريطانيا في عام 2006 مديرة للبرنامج الدولي.",
            {"بيني لورانس": "PERSON", "منظمة أوكسفام": "ORG"},
        ),
        (
            "طلب جاريد كوشنر، والموفد الخاص جيسون غرينبلات، من أعضاء مجلس الأمن الدولي دعم الخطة.",
            {"جاريد كوشنر": "PERSON", "جيسون غرينبلات": "PERSON", "مجلس الأمن الدولي": "ORG"},
        ),
    ]
    for text, names in cases:
        assert not _types(readable(*facts_of(text, names)), "membership"), text
    text = "ويعد فلاح مصطفى من أعضاء الحزب الديمقراطي الكردستاني."
    got = readable(*facts_of(text, {"فلاح مصطفى": "PERSON", "الحزب الديمقراطي الكردستاني": "ORG"}))
    assert ("membership", "فلاح مصطفى", "الحزب الديمقراطي الكردستاني") in got, got


def test_unnamed_sources_in_the_plural_and_before_a_participle() -> None:
    lead = 'وقال دونالد ترامب إن "الوضع صعب". '
    text = lead + 'وزعم مسؤولون أتراك أن التسجيلات "أدت إلى المزيد من الأدلة".'
    got = readable(*facts_of(text, {"دونالد ترامب": "PERSON"}))
    assert ("quote", "مسؤولون أتراك", "أدت إلى المزيد من الأدلة") in got, got
    text = lead + (
        "وكشف مصدر مطلع لـCNN تفاصيل اللقاء الذي دار بين مايك بومبيو ومحمد بن سلمان، قائلا إنه "
        '"لا ينبغي قراءة الابتسامات".'
    )
    got = readable(*facts_of(text, {"دونالد ترامب": "PERSON", "مايك بومبيو": "PERSON", "محمد بن سلمان": "PERSON"}))
    assert ("quote", "مصدر مطلع", "لا ينبغي قراءة الابتسامات") in got, got


def test_a_name_in_quotes_after_its_kind_is_no_quotation() -> None:
    names = {"سيرغي شويغو": "PERSON"}
    for text, name in (
        ('وقال وزير الدفاع الروسي سيرغي شويغو إن مناورات "فوستوك-2018" ستكون الأضخم.', "فوستوك-2018"),
        ('وقال سيرغي شويغو إن "الوضع هادئ". وذكرت وكالة أنباء "الصين الجديدة" أن المحادثات انتهت.', "الصين الجديدة"),
        ('وقال سيرغي شويغو إن "الوضع هادئ". وفازت الكاتبة "آنا بيرنز" بالجائزة.', "آنا بيرنز"),
    ):
        got = readable(*facts_of(text, names))
        assert not [g for g in _types(got, "quote") if g[2] == name], (text, got)


def test_a_counterpart_holds_no_post_in_the_body_and_resisting_is_no_backing() -> None:
    text = "وكتب جبريل الرجوب رئيس الاتحاد الفلسطيني للعبة إلى نظيره الأرجنتيني كلاوديو تابيا الأسبوع الماضي."
    names = {"جبريل الرجوب": "PERSON", "الاتحاد الفلسطيني للعبة": "ORG", "كلاوديو تابيا": "PERSON"}
    got = readable(*facts_of(text, names))
    assert _types(got, "role") == [("role", "جبريل الرجوب", "الاتحاد الفلسطيني للعبة", "president")], got
    text = "وقالت الوكالة إن القوات الشعبية سوف تصل إلى عفرين لدعم أهلها في مقاومة هجوم الجيش التركي."
    got = readable(*facts_of(text, {"القوات الشعبية": "ORG", "الجيش التركي": "ORG"}))
    assert not _types(got, "support"), got


def test_a_title_after_the_subject_of_a_verb_that_acts_on_a_person_is_the_object_s() -> None:
    names = {"الشاهد": "PERSON", "وزارة الداخلية": "ORG", "ليو هي": "PERSON", "وزارة التجارة": "ORG"}
    for text in (
        "وأعلنت وزارة الداخلية القرار. وقال مسؤول إن الحكومة أقالت أمس، أقال الشاهد وزير الداخلية بسبب فشله.",
        "وأعلنت وزارة التجارة القرار. وذكرت الصحيفة أن ليو هي أبلغ وزير التجارة بأن العرض سيلغى.",
    ):
        assert not _types(readable(*facts_of(text, names)), "role"), text


def test_backing_a_step_down_a_withdrawal_from_something_or_a_feared_backing() -> None:
    names = {"بنيامين نتنياهو": "PERSON", "دونالد ترامب": "PERSON", "باراك أوباما": "PERSON", "بشار الأسد": "PERSON",
             "الجيش السوري الحر": "ORG"}
    got = readable(*facts_of("وقال بنيامين نتنياهو إنه يدعم بالكامل انسحاب دونالد ترامب من هذا الاتفاق.", names))
    assert not _types(got, "support"), got
    got = readable(*facts_of("وكانت إدارة باراك أوباما قد أيدت بقوة تنحي بشار الأسد عن السلطة.", names))
    assert _types(got, "support") == [("support", "باراك أوباما", "بشار الأسد", "against")], got
    got = readable(*facts_of("وأبدت إدارة باراك أوباما مخاوف من دعم الجيش السوري الحر.", names))
    assert not _types(got, "support"), got


def test_an_unnamed_member_of_a_named_one_s_party_is_not_him() -> None:
    text = 'وقال ريكس تيلرسون إن "المحادثات جيدة". وقال عضو في وفد ريكس تيلرسون إن "الوضع معقد كفاية".'
    got = readable(*facts_of(text, {"ريكس تيلرسون": "PERSON"}))
    assert not [g for g in _types(got, "quote") if g[2] == "الوضع معقد كفاية" and g[1] == "ريكس تيلرسون"], got


def test_upholding_a_ruling_is_no_backing() -> None:
    text = "ونقلت وكالة فرانس برس عن المحكمة تأييد عدم أهلية جان بيار بيمبا للترشح."
    got = readable(*facts_of(text, {"فرانس برس": "ORG", "جان بيار بيمبا": "PERSON"}))
    assert not _types(got, "support"), got


def test_a_city_where_marchers_walk_backs_no_one() -> None:
    text = "مظاهرات حاشدة تجوب شوارع العاصمة الأرمينية يريفان دعما لنيكول باشينيان زعيم الحركة الاحتجاجية."
    got = readable(*facts_of(text, {"يريفان": "GPE", "نيكول باشينيان": "PERSON"}))
    assert not _types(got, "support"), got
    got = readable(*facts_of("وأعلنت واشنطن دعمها للمعارضة السورية.", {"واشنطن": "GPE", "المعارضة السورية": "ORG"}))
    assert ("support", "واشنطن", "المعارضة السورية", "for") in got, got


def test_the_head_of_a_board_of_trustees_chairs_it() -> None:
    text = "وقال رئيس مجلس أمناء الجامعة الأمريكية برهم صالح إن الجامعة تتوسع."
    got = readable(*facts_of(text, {"الجامعة الأمريكية": "ORG", "برهم صالح": "PERSON"}))
    assert ("role", "برهم صالح", "الجامعة الأمريكية", "chair") in got, got
    text = "وقالت رئيسة مجلس أمناء أوكسفام، كارولين تومسون، إن المجلس عين مستشارا."
    got = readable(*facts_of(text, {"مجلس أمناء أوكسفام": "ORG", "كارولين تومسون": "PERSON"}))
    assert ("role", "كارولين تومسون", "مجلس أمناء أوكسفام", "chair") in got, got
