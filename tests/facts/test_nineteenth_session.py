"""Fact rules added after the nineteenth session's audits of never-read news articles."""

from __future__ import annotations

from tests.facts.helpers import facts_of, readable


def _types(got: set[tuple], kind: str) -> list[tuple]:
    return [g for g in got if g[0] == kind]


def test_a_minister_of_a_ministry_the_article_names() -> None:
    # the country's adjective and a comma between the title and the name
    text = (
        "وأعلنت وزارة البترول عن زيادة الأسعار بأثر فوري. وقال وزير البترول المصري، طارق الملا، إن "
        "الزيادة ستوفر نحو 50 مليار جنيه."
    )
    got = readable(*facts_of(text, {"وزارة البترول": "ORG", "طارق الملا": "PERSON"}))
    assert ("role", "طارق الملا", "وزارة البترول", "minister") in got, got
    # "وزير الشؤون الخارجية" of "وزارة الخارجية"
    text = "وأصدرت وزارة الخارجية بيانا. وقال وزير الشؤون الخارجية خميس الجهيناوي إن تونس تدعم الحل."
    got = readable(*facts_of(text, {"وزارة الخارجية": "ORG", "خميس الجهيناوي": "PERSON", "تونس": "GPE"}))
    assert ("role", "خميس الجهيناوي", "وزارة الخارجية", "minister") in got, got
    # a bare "الوزير فلان" after the one ministry its sentence names
    text = "أعلنت وزارة الخارجية الأمريكية أن الوزير مايك بومبيو شكر الملك سلمان بن عبدالعزيز على التزامه."
    names = {"وزارة الخارجية الأمريكية": "ORG", "مايك بومبيو": "PERSON", "سلمان بن عبدالعزيز": "PERSON"}
    got = readable(*facts_of(text, names))
    assert ("role", "مايك بومبيو", "وزارة الخارجية الأمريكية", "minister") in got, got
    # another body between them: the minister is not said to be that ministry's
    text = "انتقدت وزارة الخارجية الأمريكية حكومة طهران، وقال الوزير محمد جواد ظريف إن بلاده لن تتراجع."
    names = {"وزارة الخارجية الأمريكية": "ORG", "حكومة طهران": "ORG", "محمد جواد ظريف": "PERSON"}
    got = readable(*facts_of(text, names))
    assert not _types(got, "role"), got


def test_the_speaker_named_after_a_long_title_and_its_body() -> None:
    # the title's body, what it is for, a comma, then the name before the colon
    text = 'وعلق مقرر الأمم المتحدة للفقر المدقع، فيليب ألستون: "يجدر بالإدارة الأميركية أن تشعر بالعار".'
    got = readable(*facts_of(text, {"الأمم المتحدة": "ORG", "فيليب ألستون": "PERSON"}))
    assert ("quote", "فيليب ألستون", "يجدر بالإدارة الأميركية أن تشعر بالعار") in got, got
    # "مساعد وزير …" opens a long title chain; "الفريق أول" is the holder's own rank
    text = (
        "وخلال الحفل قال مساعد وزير الداخلية لشؤون العمليات المشرف على الأمن العام رئيس اللجنة الأمنية "
        'بالحج الفريق أول سعيد بن عبدالله القحطاني: "لقد باشرت القوات مهامها في مكة المكرمة".'
    )
    got = readable(*facts_of(text, {"اللجنة الأمنية": "ORG", "سعيد بن عبدالله القحطاني": "PERSON"}))
    assert ("quote", "سعيد بن عبدالله القحطاني", "لقد باشرت القوات مهامها في مكة المكرمة") in got, got


def test_a_quotation_naming_the_office_the_speaker_held_is_still_his() -> None:
    # "رئيس الحكومة" refers to the speaker earlier, but in his words it is his successor's office
    text = (
        "حجب البرلمان الثقة عن رئيس الحكومة ماريانو راخوي. وتبنى البرلمان مذكرة حجب الثقة بحق رئيس "
        'الحكومة بغالبية 180 صوتا. وقال راخوي "بنتيجة ذلك، سيصبح بيدرو سانشيز رئيس الحكومة الجديد".'
    )
    got = readable(*facts_of(text, {"ماريانو راخوي": "PERSON", "راخوي": "PERSON", "بيدرو سانشيز": "PERSON"}))
    assert ("quote", "ماريانو راخوي", "بنتيجة ذلك، سيصبح بيدرو سانشيز رئيس الحكومة الجديد") in got, got


def test_a_spokesman_for_a_named_leader_is_not_the_leader() -> None:
    text = 'قال متحدث باسم رئيسة الوزراء البريطانية تيريزا ماي إن "رئيسة الوزراء قبلت الليلة استقالة الوزيرة".'
    doc, facts = facts_of(text, {"تيريزا ماي": "PERSON"})
    quotes = [f for f in facts if f.type == "quote"]
    assert len(quotes) == 1, quotes
    speaker = doc.entity(quotes[0].args["speaker"])
    assert speaker.type == "ANON" and "متحدث" in speaker.name, speaker
    # the body spoken for, then the spokesman's own name
    text = 'وقال المتحدث باسم الائتلاف النائب صلاح حسب الله إن "الائتلاف لن يشارك في الحكومة".'
    got = readable(*facts_of(text, {"صلاح حسب الله": "PERSON"}))
    assert ("quote", "صلاح حسب الله", "الائتلاف لن يشارك في الحكومة") in got, got


def test_words_given_to_the_one_named_after_the_quotation() -> None:
    text = (
        'وشكر الوزير السعودية. "نحن من أكثر الدول صرامة في التعامل مع الإخوان".. بهذه الكلمات تحدث السفير '
        "البريطاني في مصر، جون كاسن، عن موقف بلاده من الجماعة، الإثنين."
    )
    got = readable(*facts_of(text, {"السعودية": "GPE", "مصر": "GPE", "جون كاسن": "PERSON"}))
    assert ("quote", "جون كاسن", "نحن من أكثر الدول صرامة في التعامل مع الإخوان") in got, got
    text = (
        'سجلت الأسواق خسائر كبيرة. "الأسواق ستنهار في حال عزلي"، جملة لطالما كررها الرئيس الأميركي، '
        "دونالد ترامب، متباهيا بالمستويات القياسية."
    )
    got = readable(*facts_of(text, {"دونالد ترامب": "PERSON"}))
    assert ("quote", "دونالد ترامب", "الأسواق ستنهار في حال عزلي") in got, got
    # a word about the quotation that is not such a cue gives it no speaker
    text = 'سجلت الأسواق خسائر كبيرة. "الأسواق ستنهار في حال عزلي"، جملة نشرتها الصحف عن دونالد ترامب.'
    got = readable(*facts_of(text, {"دونالد ترامب": "PERSON"}))
    assert not _types(got, "quote"), got


def test_a_title_its_body_an_adjective_of_the_body_then_the_holder() -> None:
    cases = [
        (
            'وقال الرئيس التنفيذي لشركة "غوغل" الأميركية ساندر بيتشاي إن الأرباح ارتفعت.',
            {"غوغل": "ORG", "ساندر بيتشاي": "PERSON"},
            ("role", "ساندر بيتشاي", "غوغل", "ceo"),
        ),
        (
            "ونبه زعيم حزب الشعب الجمهوري المعارض، كمال كليتشدار أوغلو، إلى أن الأزمة عميقة.",
            {"حزب الشعب الجمهوري": "ORG", "كمال كليتشدار أوغلو": "PERSON"},
            ("role", "كمال كليتشدار أوغلو", "حزب الشعب الجمهوري", "leader"),
        ),
        (
            "قال الأمين العام لحزب الله اللبناني، حسن نصر الله، إن الانتخابات مهمة.",
            {"حزب الله": "ORG", "حسن نصر الله": "PERSON"},
            ("role", "حسن نصر الله", "حزب الله", "secretary-general"),
        ),
        (
            'وقال إنه تواصل مع رئيس الاتحاد الدولي لكرة القدم "فيفا" جياني إنفانتينو أمس.',
            {"الاتحاد الدولي لكرة القدم": "ORG", "فيفا": "ORG", "جياني إنفانتينو": "PERSON"},
            ("role", "جياني إنفانتينو", "الاتحاد الدولي لكرة القدم", "president"),
        ),
    ]
    for text, names, fact in cases:
        got = readable(*facts_of(text, names))
        assert fact in got, (text, got)
    # a head of government stays a public office, whatever adjective follows the government
    text = "وقال رئيس الحكومة الإسرائيلية الحالي بنيامين نتنياهو إن الاتفاق سيء."
    got = readable(*facts_of(text, {"الحكومة الإسرائيلية": "ORG", "بنيامين نتنياهو": "PERSON"}))
    assert not _types(got, "role"), got


def test_the_supervisor_of_a_fund_or_centre_heads_it() -> None:
    text = "وأكد المشرف على صندوق الاستثمارات العامة، ياسر بن عثمان الرميان، أن الصندوق سيستثمر."
    got = readable(*facts_of(text, {"صندوق الاستثمارات العامة": "ORG", "ياسر بن عثمان الرميان": "PERSON"}))
    assert ("role", "ياسر بن عثمان الرميان", "صندوق الاستثمارات العامة", "director") in got, got
    # "المشرف على" a thing, not a body named right after it
    text = "وقال المسؤول المشرف على الانتخابات في وزارة الداخلية أحمد علي إن العملية تسير."
    got = readable(*facts_of(text, {"وزارة الداخلية": "ORG", "أحمد علي": "PERSON"}))
    assert ("role", "أحمد علي", "وزارة الداخلية", "director") not in got, got


def test_one_of_the_backers_in_apposition() -> None:
    text = "وقال نيوت غينغريتش، أحد مؤيدي ترامب، إن القمة كانت خطأ."
    got = readable(*facts_of(text, {"نيوت غينغريتش": "PERSON", "ترامب": "PERSON"}))
    assert ("support", "نيوت غينغريتش", "ترامب", "for") in got, got


def test_a_seat_in_the_house_for_a_party_is_membership_of_the_party() -> None:
    text = "ووصفت براميلا جيابال، عضو مجلس النواب عن الحزب الديمقراطي، الاعتقال بأنه مشين."
    names = {"براميلا جيابال": "PERSON", "مجلس النواب": "ORG", "الحزب الديمقراطي": "ORG"}
    got = readable(*facts_of(text, names))
    assert ("membership", "براميلا جيابال", "الحزب الديمقراطي") in got, got
    text = "من جانبها، قالت العضوة بمجلس النواب عن حزب الخضر، كارولين لوكاس، إن الحكومة أخطأت."
    got = readable(*facts_of(text, {"مجلس النواب": "ORG", "حزب الخضر": "ORG", "كارولين لوكاس": "PERSON"}))
    assert ("membership", "كارولين لوكاس", "حزب الخضر") in got, got
    # a member of a committee for a place: the committee only
    text = "وقال عضو لجنة الشؤون الخارجية عن ولاية تكساس تيد كروز إن الاتفاق سيء."
    got = readable(*facts_of(text, {"لجنة الشؤون الخارجية": "ORG", "تكساس": "GPE", "تيد كروز": "PERSON"}))
    assert _types(got, "membership") == [("membership", "تيد كروز", "لجنة الشؤون الخارجية")], got


def test_another_tie_after_wa_is_not_the_same_role() -> None:
    text = "وانتخب مجلس النواب الأربعاء نبيه بري، رئيس حركة أمل وحليف حزب الله، رئيسا للمجلس."
    names = {"مجلس النواب": "ORG", "نبيه بري": "PERSON", "حركة أمل": "ORG", "حزب الله": "ORG"}
    got = readable(*facts_of(text, names))
    assert ("role", "نبيه بري", "حركة أمل", "president") in got, got
    assert ("role", "نبيه بري", "حزب الله", "president") not in got, got
    # a list of two bodies after one title still gives both
    text = "وقال بيتر ثيل، الشريك المؤسس لشركتي باي بال وبالانتير، إنه سيدعم المرشح."
    got = readable(*facts_of(text, {"بيتر ثيل": "PERSON", "باي بال": "ORG", "بالانتير": "ORG"}))
    assert {("role", "بيتر ثيل", "باي بال", "co-founder"), ("role", "بيتر ثيل", "بالانتير", "co-founder")} <= got, got


def test_an_opposition_senator_named_with_a_lam_is_no_target() -> None:
    text = "أثناء ذلك أعلن عضو مجلس الشيوخ المعارض لويس فاغنر أن بين الجرحى رئيس المجلس."
    got = readable(*facts_of(text, {"مجلس الشيوخ": "ORG", "لويس فاغنر": "PERSON"}))
    assert not _types(got, "support"), got
    text = "وقال الناشط خالد داوود المعارض للرئيس عبد الفتاح السيسي إن الانتخابات مزورة."
    got = readable(*facts_of(text, {"خالد داوود": "PERSON", "عبد الفتاح السيسي": "PERSON"}))
    assert ("support", "خالد داوود", "عبد الفتاح السيسي", "against") in got, got


def test_a_party_that_nominates_in_a_verb_first_clause_backs_the_candidate() -> None:
    text = "ورشح حزب الشعب الجمهوري، الذي لم يسبق له الفوز في انتخابات ضد أردوغان، مدرس الفيزياء السابق، محرم إنجة."
    names = {"حزب الشعب الجمهوري": "ORG", "أردوغان": "PERSON", "محرم إنجة": "PERSON"}
    got = readable(*facts_of(text, names))
    assert _types(got, "support") == [("support", "حزب الشعب الجمهوري", "محرم إنجة", "for")], got


def test_an_unnamed_spokeswoman_goes_on_in_the_next_sentence() -> None:
    text = (
        'قال رئيس الوزراء ماريانو راخوي "لن نستقيل". وفي بروكسل، أعلنت متحدثة باسم جان كلود يونكر رئيس '
        'المفوضية الأوروبية، أن يونكر لديه ثقة تامة في الحكومة. وأضافت: "لقد أرسل برقية تهنئة".'
    )
    names = {"ماريانو راخوي": "PERSON", "بروكسل": "GPE", "جان كلود يونكر": "PERSON", "المفوضية الأوروبية": "ORG"}
    doc, facts = facts_of(text, names)
    quote = next(f for f in facts if f.type == "quote" and f.args["text"] == "لقد أرسل برقية تهنئة")
    speaker = doc.entity(quote.args["speaker"])
    assert speaker.type == "ANON" and speaker.name == "متحدثة باسم جان كلود يونكر", speaker
    # the title after the one spoken for stays his role
    assert ("role", "جان كلود يونكر", "المفوضية الأوروبية", "president") in readable(doc, facts)


def test_al_qawl_after_the_one_quoted() -> None:
    text = (
        'ونقلت وكالة الأنباء الفلسطينية "وفا" عن المتحدث باسم "اونروا" سامي مشعشع القول في تصريح صحفي '
        'إن "الوكالة قد تعجز عن تقديم خدماتها".'
    )
    got = readable(*facts_of(text, {"وفا": "ORG", "اونروا": "ORG", "سامي مشعشع": "PERSON"}))
    assert ("quote", "سامي مشعشع", "الوكالة قد تعجز عن تقديم خدماتها") in got, got
    # "بالقول" only says how another verb's subject spoke
    text = (
        'وقال المتحدث باسم التحالف تركي المالكي إن قوات التحالف تساعد قوات الأمن. وتابع المتحدث باسم التحالف بالقول إن "هذا '
        'يوضح العلاقة بين الطرفين".'
    )
    doc, facts = facts_of(text, {"تركي المالكي": "PERSON"})
    quotes = [f for f in facts if f.type == "quote"]
    assert [doc.entity(f.args["speaker"]).name for f in quotes] == ["تركي المالكي"], quotes


def test_its_leader_after_a_preposition_and_a_masculine_head_before_the_name() -> None:
    text = "نشر تنظيم القاعدة تسجيلا مصورا لزعيمه، أيمن الظواهري، يحث فيه أتباعه على القتال."
    got = readable(*facts_of(text, {"القاعدة": "ORG", "أيمن الظواهري": "PERSON"}))
    assert ("role", "أيمن الظواهري", "القاعدة", "leader") in got, got
    # a feminine body does not take "زعيمه"
    text = "نشرت حركة حماس تسجيلا مصورا لزعيمه، أيمن الظواهري، يحث فيه أتباعه على القتال."
    got = readable(*facts_of(text, {"حماس": "ORG", "أيمن الظواهري": "PERSON"}))
    assert not _types(got, "role"), got


def test_a_chief_technical_officer() -> None:
    text = "وفي الشهر الماضي، مثل مايك شروفر، كبير المسؤولين الفنيين في فيسبوك، أمام اللجنة."
    got = readable(*facts_of(text, {"مايك شروفر": "PERSON", "فيسبوك": "ORG"}))
    assert ("role", "مايك شروفر", "فيسبوك", "cto") in got, got


def test_a_feminine_verb_does_not_go_to_a_man_the_article_named() -> None:
    text = (
        "وترافق ماريا لويزا بونثيلا رئيس الوزراء الإسباني ماريانو راخوي. وذكر وزير الصناعة الجزائري يوسف "
        'يوسفي أن "إسبانيا شريك مهم". وردت الوزيرة الإسبانية أن "من الأهمية بمكان جذب الاستثمارات".'
    )
    names = {"ماريا لويزا بونثيلا": "PERSON", "ماريانو راخوي": "PERSON", "يوسف يوسفي": "PERSON"}
    doc, facts = facts_of(text, names)
    said = {doc.entity(f.args["speaker"]).name for f in facts if f.type == "quote" and "الأهمية" in f.args["text"]}
    assert not said & {"ماريانو راخوي", "يوسف يوسفي"}, said
    # a masculine verb after a woman spoke: the one man named in the sentence before
    text = (
        'وقالت تامي داكوورث "أنا ممتنة". وقال رئيس لجنة القواعد في مجلس الشيوخ "روي بلنت" إن '
        'العمل صعب. وقال "أنا سعيد لأننا تمكنا من تحقيق ذلك".'
    )
    names = {"تامي داكوورث": "PERSON", "لجنة القواعد": "ORG", "مجلس الشيوخ": "ORG", "روي بلنت": "PERSON"}
    got = readable(*facts_of(text, names))
    assert ("quote", "روي بلنت", "أنا سعيد لأننا تمكنا من تحقيق ذلك") in got, got


def test_the_one_who_answered_goes_on() -> None:
    text = (
        'وقد أعلن وزير الخارجية السعودي عادل الجبير أن "كندا ارتكبت خطأ كبيرا". وردا على سؤال لمعرفة ما إذا '
        "كان ينوي الاعتذار، أجاب ترودو بطريقة غير مباشرة بالنفي. وصرح خلال مؤتمر صحافي "
        '"يتوقع الكنديون من حكومتنا أن تتكلم بوضوح".'
    )
    got = readable(*facts_of(text, {"عادل الجبير": "PERSON", "ترودو": "PERSON"}))
    assert ("quote", "ترودو", "يتوقع الكنديون من حكومتنا أن تتكلم بوضوح") in got, got


def test_chairing_a_meeting_of_a_body_is_no_post_in_it() -> None:
    text = 'ولكن ترامب كان قد كتب في تغريدة يقول فيها إنه سيرأس "جلسة لمجلس الأمن الدولي عن إيران".'
    got = readable(*facts_of(text, {"ترامب": "PERSON", "مجلس الأمن الدولي": "ORG", "إيران": "GPE"}))
    assert not _types(got, "role"), got


def test_the_quoted_name_of_a_document_or_a_summit_is_no_quotation() -> None:
    text = 'وأضاف بن علي يلدريم في الكلمة التي ألقاها في "قمة هدف تركيا الكبير 2023" أن الاقتصاد قوي.'
    got = readable(*facts_of(text, {"بن علي يلدريم": "PERSON"}))
    assert not _types(got, "quote"), got
    # a quotation that only begins with such a word after a speech verb and a colon stays one
    text = 'وقال بن علي يلدريم: "قمة الأمس كانت ناجحة وسنواصل العمل".'
    got = readable(*facts_of(text, {"بن علي يلدريم": "PERSON"}))
    assert ("quote", "بن علي يلدريم", "قمة الأمس كانت ناجحة وسنواصل العمل") in got, got


def test_unnamed_sources_after_an_before_qawluhum() -> None:
    text = (
        'ووصف التلفزيون الإثيوبي الانفجار بأنه "انفجار بسيط". ونقلت وكالة رويترز عن شهود عيان قولهم إن '
        '"الانفجار وقع نتيجة لقنبلة يدوية".'
    )
    doc, facts = facts_of(text, {"التلفزيون الإثيوبي": "ORG", "رويترز": "ORG"})
    quote = next(f for f in facts if f.type == "quote" and "قنبلة" in f.args["text"])
    speaker = doc.entity(quote.args["speaker"])
    assert speaker.type == "ANON" and speaker.name == "شهود عيان", speaker
    # a definite description refers back to someone named before
    text = (
        'وقال وزير الخارجية الأميركي مايك بومبيو "نريد عودة القس". ونقلت الوكالة عن الوزير الأميركي قوله: '
        '"القس بريء".'
    )
    got = readable(*facts_of(text, {"مايك بومبيو": "PERSON"}))
    assert ("quote", "مايك بومبيو", "القس بريء") in got, got


def test_a_minister_of_another_country_and_a_successor_s_title() -> None:
    text = (
        "وقالت وزارة الخارجية الروسية إنها سترد على القرار. وأقال الرئيس الأميركي دونالد ترامب وزير الخارجية "
        "ريكس تيلرسون الذي يعتبر من داعمي التجارة الحرة ليحل محله مدير المخابرات الأميركية مايك بومبيو."
    )
    names = {
        "وزارة الخارجية الروسية": "ORG",
        "دونالد ترامب": "PERSON",
        "ريكس تيلرسون": "PERSON",
        "المخابرات الأميركية": "ORG",
        "مايك بومبيو": "PERSON",
    }
    got = readable(*facts_of(text, names))
    assert not [g for g in _types(got, "role") if g[1] == "ريكس تيلرسون"], got
    assert ("role", "مايك بومبيو", "المخابرات الأميركية", "director") in got, got


def test_a_clause_with_its_own_subject_is_not_the_speaker_s_stance() -> None:
    text = 'قال رئيس الوزراء اللبناني، سعد الحريري، إن "كل القوى السياسية" تقف ضد لائحة "التكامل والكرامة".'
    got = readable(*facts_of(text, {"سعد الحريري": "PERSON", "التكامل والكرامة": "ORG"}))
    assert not _types(got, "support"), got
    text = "ونقلت شبكة الجزيرة عن مكتب المدعي العام قوله إن المكتب عثر على أدلة تدعم رواية جمال خاشقجي."
    got = readable(*facts_of(text, {"الجزيرة": "ORG", "جمال خاشقجي": "PERSON"}))
    assert not _types(got, "support"), got
    # his own stance after إنه, or in his own words in the first person, stays his
    text = "وقال جبريل الرجوب إنه يدعم ترشيح محمود عباس."
    got = readable(*facts_of(text, {"جبريل الرجوب": "PERSON", "محمود عباس": "PERSON"}))
    assert ("support", "جبريل الرجوب", "محمود عباس", "for") in got, got
    text = 'وهدد جبريل الرجوب أنه "ابتداء من اليوم سنبدأ حملة ضد الاتحاد الأرجنتيني".'
    got = readable(*facts_of(text, {"جبريل الرجوب": "PERSON", "الاتحاد الأرجنتيني": "ORG"}))
    assert ("support", "جبريل الرجوب", "الاتحاد الأرجنتيني", "against") in got, got
    text = 'وأضاف سعد الحريري: "كل القوى السياسية اجتمعت ضد لائحة التكامل والكرامة".'
    got = readable(*facts_of(text, {"سعد الحريري": "PERSON", "التكامل والكرامة": "ORG"}))
    assert not _types(got, "support"), got


def test_a_quotation_opening_the_sentence_after_reported_words() -> None:
    text = (
        "ذكر سيغمار غابرييل في مداخلة أمام المؤتمر أن الدبلوماسية تمكنت من حل أزمات مستعصية. "
        '"وقد حال الاتفاق النووي دون تزود إيران بالسلاح النووي".'
    )
    got = readable(*facts_of(text, {"سيغمار غابرييل": "PERSON", "إيران": "GPE"}))
    assert ("quote", "سيغمار غابرييل", "وقد حال الاتفاق النووي دون تزود إيران بالسلاح النووي") in got, got
    # after a sentence with no speech verb there is no one to give it to
    text = "زار سيغمار غابرييل المؤتمر أمس. " + '"وقد حال الاتفاق النووي دون تزود إيران بالسلاح النووي".'
    got = readable(*facts_of(text, {"سيغمار غابرييل": "PERSON", "إيران": "GPE"}))
    assert not _types(got, "quote"), got


def test_al_qadi_bi_is_a_decision_stipulating_not_a_judge() -> None:
    text = "ونوه بقرار رئيس الجمهورية الباجي قائد السبسي القاضي بتكليف الجيش الوطني بحماية المؤسسات."
    got = readable(*facts_of(text, {"الباجي قائد السبسي": "PERSON", "الجيش الوطني": "ORG"}))
    assert not _types(got, "role"), got


def test_a_deputy_leader_is_no_leader() -> None:
    text = 'وقال نائب زعيم حزب العمال المعارض توم واتسون إن الحكومة "في حالة انهيار".'
    got = readable(*facts_of(text, {"حزب العمال": "ORG", "توم واتسون": "PERSON"}))
    assert ("role", "توم واتسون", "حزب العمال", "vice-president") in got, got


def test_kana_and_a_title_before_qad_is_the_title_s_holder_or_no_one() -> None:
    text = (
        'وقال وزير الدفاع جيمس ماتيس إن "الأدلة غير قاطعة". وكان الرئيس الأمريكي، قد قال الأربعاء، إن '
        'الصواريخ "آتية".'
    )
    got = readable(*facts_of(text, {"جيمس ماتيس": "PERSON"}))
    assert ("quote", "جيمس ماتيس", "آتية") not in got, got
    # the article named the president with his country before: his
    text = (
        'وهدد الرئيس الأمريكي دونالد ترامب سوريا. وقال وزير الدفاع جيمس ماتيس إن "الأدلة غير قاطعة". وكان '
        'الرئيس الأمريكي، قد قال الأربعاء، إن الصواريخ "آتية".'
    )
    got = readable(*facts_of(text, {"دونالد ترامب": "PERSON", "سوريا": "GPE", "جيمس ماتيس": "PERSON"}))
    assert ("quote", "دونالد ترامب", "آتية") in got, got
