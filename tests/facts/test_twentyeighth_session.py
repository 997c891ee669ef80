"""Fact rules of the twenty-eighth session, from the misses of 32 blind-annotated ANT news articles;
each test has a case the rule must not fire on."""

from __future__ import annotations

from tests.facts.helpers import facts_of, readable


def _of(got: set[tuple], kind: str) -> set[tuple]:
    return {g[1:] for g in got if g[0] == kind}


def test_a_statement_issued_by_the_person_named_with_his_title() -> None:
    names = {"بول غريوال": "PERSON", "فيسبوك": "ORG"}
    text = "وفي البيان الصادر من بول غريوال نائب رئيس فيسبوك إن الشركة ملتزمة بحماية المستخدمين."
    got = readable(*facts_of(text, names))
    assert ("بول غريوال", "فيسبوك", "vice-president") in _of(got, "role"), got
    # "من قبل فلان": by him
    text = "ووقع الاتفاق من قبل بول غريوال نائب رئيس فيسبوك أمس."
    got = readable(*facts_of(text, names))
    assert ("بول غريوال", "فيسبوك", "vice-president") in _of(got, "role"), got
    # a letter from one to the holder of a title: the sender holds no post
    names = {"محمد السادس": "PERSON", "الأمم المتحدة": "ORG"}
    text = "وكان الوزير قد نقل رسالة من محمد السادس للأمين العام للأمم المتحدة الأربعاء."
    got = readable(*facts_of(text, names))
    assert not _of(got, "role"), got


def test_a_second_title_at_the_same_body_with_its_pronoun() -> None:
    names = {"مارك زوكربيرغ": "PERSON", "فيسبوك": "ORG", "مجلس الشيوخ": "ORG"}
    text = "أبلغ مارك زوكربيرغ، مؤسس شركة فيسبوك ورئيسها التنفيذي، مجلس الشيوخ أن شركته تخوض حربا."
    got = readable(*facts_of(text, names))
    assert {("مارك زوكربيرغ", "فيسبوك", "founder"), ("مارك زوكربيرغ", "فيسبوك", "ceo")} <= _of(got, "role"), got
    # a word with a pronoun that is no title adds nothing
    text = "أبلغ مارك زوكربيرغ، مؤسس شركة فيسبوك وشريكها في الحملة، مجلس الشيوخ أن شركته تخوض حربا."
    got = readable(*facts_of(text, names))
    assert _of(got, "role") == {("مارك زوكربيرغ", "فيسبوك", "founder")}, got


def test_still_holding_a_post() -> None:
    names = {"مايك بومبيو": "PERSON", "وكالة الاستخبارات المركزية": "ORG"}
    text = "وكان مايك بومبيو لا يزال مديرا لوكالة الاستخبارات المركزية حين زار بيونغ يانغ."
    got = readable(*facts_of(text, names))
    assert ("مايك بومبيو", "وكالة الاستخبارات المركزية", "director") in _of(got, "role"), got
    # another verb between the name and the title: its object's title
    text = "وانتقد مايك بومبيو مديرا لوكالة الاستخبارات المركزية."
    got = readable(*facts_of(text, names))
    assert not _of(got, "role"), got


def test_an_unnamed_group_named_again_shorter() -> None:
    names = {"عطا الله": "PERSON"}
    text = (
        'وقال المدعون الأميركيون إن جرائم عطا الله تبرر حكما "يمكن مقارنته" بأحكام سابقة. '
        'وتابع المدعون "كان عطا الله طرفا رئيسيا في تقويض تلك الجهود بشدة".'
    )
    doc, facts = facts_of(text, names)
    quotes = [f for f in facts if f.type == "quote"]
    assert len(quotes) == 2 and len({f.args["speaker"] for f in quotes}) == 1, quotes
    assert doc.entity(quotes[0].args["speaker"]).name == "المدعون الأميركيون"
    # the same with an indefinite group first ("دبلوماسيون …" then "الدبلوماسيون")
    text = (
        'وقال دبلوماسيون أوروبيون إن "الوعود بلغت 5 مليارات يورو". '
        'وتابع الدبلوماسيون "لكننا نلاحظ بعض الفتور".'
    )
    doc, facts = facts_of(text, {})
    speakers = {doc.entity(f.args["speaker"]).name for f in facts if f.type == "quote"}
    assert speakers == {"دبلوماسيون أوروبيون"}, speakers
    # a definite word that no unnamed source was named by speaks for no one
    text = 'وقال دبلوماسيون أوروبيون إن "الوعود بلغت 5 مليارات يورو". وتابع المراسلون "لا جديد".'
    doc, facts = facts_of(text, {})
    assert [doc.entity(f.args["speaker"]).name for f in facts if f.type == "quote"] == ["دبلوماسيون أوروبيون"]


def test_a_participle_goes_with_the_contrasted_clause() -> None:
    names = {"قيس سعيد": "PERSON", "هدى العلاقي": "PERSON", "ماجدة الرومي": "PERSON"}
    text = (
        'وعلق أستاذ القانون قيس سعيد قائلاً: "400 ألف دينار في جيب ماجدة الرومي"، بينما تساءلت الناشطة '
        'هدى العلاقي عن الإضافة التي ستقدمها ماجدة الرومي، مضيفة "قاطعوا المهرجان هذا العام".'
    )
    got = readable(*facts_of(text, names))
    assert _of(got, "quote") == {
        ("قيس سعيد", "400 ألف دينار في جيب ماجدة الرومي"),
        ("هدى العلاقي", "قاطعوا المهرجان هذا العام"),
    }, got
    # coordinated with و, no contrast: the participle is the first speaker's
    text = 'وعلق قيس سعيد قائلاً: "الأجر مرتفع"، ثم انتقد ماجدة الرومي، مضيفا "قاطعوا المهرجان".'
    got = readable(*facts_of(text, names))
    assert ("قيس سعيد", "قاطعوا المهرجان") in _of(got, "quote"), got


def test_one_whose_step_is_described_is_no_speaker() -> None:
    names = {"دياز كانيل": "PERSON", "باراك أوباما": "PERSON"}
    text = (
        "وانتقد دياز كانيل الإعلام المستقل. ووصف خطوة الرئيس الأمريكي السابق باراك أوباما بإعادة العلاقات "
        'بأنها "طريقة أخرى لتدمير الثورة".'
    )
    got = readable(*facts_of(text, names))
    assert _of(got, "quote") == {("دياز كانيل", "طريقة أخرى لتدمير الثورة")}, got
    # the one described by name is the speaker when he follows the verb himself
    text = 'ووصف الرئيس الأمريكي السابق باراك أوباما الخطوة بأنها "طريقة أخرى لتدمير الثورة".'
    got = readable(*facts_of(text, names))
    assert _of(got, "quote") == {("باراك أوباما", "طريقة أخرى لتدمير الثورة")}, got


def test_a_tweets_author_says_what_is_in_it() -> None:
    names = {"العامري": "PERSON", "مناف الموسوي": "PERSON", "الصدر": "PERSON"}
    text = (
        "وعن فرص العامري في الحكومة، اختصر الباحث مناف الموسوي هذا الحديث في تغريدة للصدر أعقبت اللقاء، "
        'وقال فيها: "يجب كسر فوهة البندقية".'
    )
    got = readable(*facts_of(text, names))
    assert _of(got, "quote") == {("الصدر", "يجب كسر فوهة البندقية")}, got


def test_a_sentence_of_quotation_alone_goes_on_in_the_speakers_words() -> None:
    names = {"غرانت": "PERSON"}
    text = (
        'وتحدث غرانت خارج المحكمة. وتابع "هذه القضية أثبتت أن التنصت جرى على نطاق واسع" في الصحف الثلاث. '
        '"مجموعة الصحف هذه ضللت الجمهور على مدى سنوات".'
    )
    got = readable(*facts_of(text, names))
    assert ("غرانت", "مجموعة الصحف هذه ضللت الجمهور على مدى سنوات") in _of(got, "quote"), got
    # a sentence between: no one's words continue
    text = (
        'وتابع غرانت "هذه القضية أثبتت أن التنصت جرى على نطاق واسع". وانتهت الجلسة مساء. '
        '"مجموعة الصحف هذه ضللت الجمهور على مدى سنوات".'
    )
    got = readable(*facts_of(text, names))
    assert ("غرانت", "مجموعة الصحف هذه ضللت الجمهور على مدى سنوات") not in _of(got, "quote"), got


def test_said_after_a_clause_of_time() -> None:
    names = {"ترامب": "PERSON", "تويتر": "ORG"}
    text = 'وبعد أن سجل ترامب تهنئة بعيد القيامة على تويتر، أتبعها بالقول: "ضباط حماية الحدود لا يسمح لهم بالعمل".'
    got = readable(*facts_of(text, names))
    assert _of(got, "quote") == {("ترامب", "ضباط حماية الحدود لا يسمح لهم بالعمل")}, got
    # "عن": what he spoke about relays no one
    text = 'وبعد أن تحدث ترامب عن تويتر بالقول: "ضباط حماية الحدود لا يسمح لهم بالعمل".'
    got = readable(*facts_of(text, names))
    assert not _of(got, "quote"), got


def test_an_admission_quoted() -> None:
    names = {"فيدريكا موغيريني": "PERSON"}
    text = 'وكانت فيدريكا موغيريني أقرت مؤخرا أن "حل النزاع يبدو أبعد من السابق".'
    got = readable(*facts_of(text, names))
    assert _of(got, "quote") == {("فيدريكا موغيريني", "حل النزاع يبدو أبعد من السابق")}, got


def test_backing_a_campaign_after_a_description_between_commas() -> None:
    names = {"كامبريدج أناليتيكا": "ORG", "فيسبوك": "ORG", "دونالد ترمب": "PERSON", "نيويورك تايمز": "ORG"}
    text = (
        'وقالت صحيفة نيويورك تايمز إن شركة "كامبريدج أناليتيكا"، لتحليل البيانات جمعت معلومات عن 50 مليون '
        "مستخدم لموقع فيسبوك من خلال تطوير تقنيات لدعم الحملة الانتخابية للرئيس دونالد ترمب في عام 2016."
    )
    got = readable(*facts_of(text, names))
    assert ("كامبريدج أناليتيكا", "دونالد ترمب", "for") in _of(got, "support"), got
    # denied: no backing
    text = (
        'ونفت شركة "كامبريدج أناليتيكا"، لتحليل البيانات أن تكون جمعت معلومات لدعم الحملة الانتخابية '
        "للرئيس دونالد ترمب."
    )
    got = readable(*facts_of(text, names))
    assert not _of(got, "support"), got


def test_his_list_named_right_after() -> None:
    names = {"مقتدى الصدر": "PERSON", "سائرون": "ORG", "التيار الصدري": "ORG"}
    text = 'والتقى زعيم التيار الصدري مقتدى الصدر، الذي حلت قائمته "سائرون" أولا بالانتخابات، رئيس الوزراء.'
    got = readable(*facts_of(text, names))
    assert ("مقتدى الصدر", "سائرون") in _of(got, "membership"), got
    # a list of demands is no party
    text = "وقدم مقتدى الصدر قائمته لمطالب التيار الصدري إلى الحكومة."
    got = readable(*facts_of(text, names))
    assert not _of(got, "membership"), got


def test_a_post_after_what_he_is() -> None:
    names = {"مقتدى الصدر": "PERSON", "التيار الصدري": "ORG", "عادل عبدالمهدي": "PERSON"}
    text = "دعا مقتدى الصدر، رجل الدين الشيعي العراقي وزعيم التيار الصدري، رئيس الوزراء عادل عبدالمهدي إلى الحوار."
    got = readable(*facts_of(text, names))
    assert ("مقتدى الصدر", "التيار الصدري", "leader") in _of(got, "role"), got
    # a first post of no named body, then the second one's
    names = {"محمد البرادعي": "PERSON", "الوكالة الدولية للطاقة الذرية": "ORG"}
    text = "أشاد محمد البرادعي، نائب الرئيس المصري السابق ورئيس الوكالة الدولية للطاقة الذرية الأسبق، بالقرار."
    got = readable(*facts_of(text, names))
    assert ("محمد البرادعي", "الوكالة الدولية للطاقة الذرية", "president") in _of(got, "role"), got
    # the holder named after the body is the holder
    names = {"مقتدى الصدر": "PERSON", "التيار الصدري": "ORG", "عمار الحكيم": "PERSON"}
    text = "والتقى مقتدى الصدر، رجل الدين الشيعي، وزعيم التيار الصدري عمار الحكيم."
    got = readable(*facts_of(text, names))
    assert _of(got, "role") == {("عمار الحكيم", "التيار الصدري", "leader")}, got


def test_what_a_body_is_not_between_it_and_its_holder() -> None:
    names = {"سيف ذي تشيلدرن": "ORG", "هيلي ثورنينغ شميت": "PERSON"}
    text = "وتريد المديرة العامة لمنظمة سيف ذي تشيلدرن غير الحكومية هيلي ثورنينغ شميت حث المانحين على التعليم."
    got = readable(*facts_of(text, names))
    assert {(a, b) for a, b, _ in _of(got, "role")} == {("هيلي ثورنينغ شميت", "سيف ذي تشيلدرن")}, got


def test_another_ones_post_in_a_contrasted_clause() -> None:
    names = {"راؤول كاسترو": "PERSON", "الحزب الشيوعي": "ORG", "وزارة الداخلية": "ORG"}
    text = "لأن راؤول كاسترو سيظل زعيما للحزب الشيوعي بينما ابنه ضابط برتبة عميد في وزارة الداخلية."
    got = readable(*facts_of(text, names))
    assert _of(got, "role") == {("راؤول كاسترو", "الحزب الشيوعي", "leader")}, got


def test_relayed_words_then_his_own_in_quotation() -> None:
    names = {"داميان كولينز": "PERSON", "رويترز": "ORG", "مارك زوكربيرغ": "PERSON"}
    text = (
        'ونقلت "رويترز" عن داميان كولينز قوله إنه يعتقد أن على زوكربيرغ المثول أمام المشرعين. '
        'وقال في بيان "إذا اختار مارك زوكربيرغ عدم الرد على أسئلتنا، فسنطلب المساعدة".'
    )
    got = readable(*facts_of(text, names))
    assert _of(got, "quote") == {("داميان كولينز", "إذا اختار مارك زوكربيرغ عدم الرد على أسئلتنا، فسنطلب المساعدة")}, got


def test_a_demand_by_a_titled_subject() -> None:
    names = {"رجب طيب أردوغان": "PERSON", "حزب الشعوب الديمقراطي": "ORG"}
    text = (
        "وتحدث الرئيس التركي رجب طيب أردوغان إلى مسؤولين في حزبه. "
        'وطالب الرئيس التركي مسؤولي حزبه: "بمراجعة قوائم ناخبي حزب الشعوب الديمقراطي".'
    )
    got = readable(*facts_of(text, names))
    assert ("رجب طيب أردوغان", "بمراجعة قوائم ناخبي حزب الشعوب الديمقراطي") in _of(got, "quote"), got
    # "student": no verb before a plain noun
    text = 'وقال طالب الجامعة: "نريد العدالة".'
    got = readable(*facts_of(text, {}))
    assert not _of(got, "quote") or all(s != "رجب طيب أردوغان" for s, _ in _of(got, "quote")), got


def test_the_one_interviewed_speaks() -> None:
    names = {"كيري": "PERSON", "فريد زكريا": "PERSON"}
    text = 'جاء ذلك في مقابلة لكيري مع الزميل فريد زكريا لـCNN حيث قال: "الانسحاب خطير للغاية".'
    got = readable(*facts_of(text, names))
    assert _of(got, "quote") == {("كيري", "الانسحاب خطير للغاية")}, got
    # the speaker named after the verb is the speaker
    text = 'وفي مقابلة لكيري مع الزميل فريد زكريا قال زكريا: "الانسحاب خطير للغاية".'
    got = readable(*facts_of(text, {"كيري": "PERSON", "فريد زكريا": "PERSON", "زكريا": "PERSON"}))
    assert {s for s, _ in _of(got, "quote")} <= {"فريد زكريا", "زكريا"} and _of(got, "quote"), got


def test_a_party_by_name_in_quotes_and_a_call_for_dismissal_past_it() -> None:
    names = {"أليكسي كوربيير": "PERSON", "فرنسا التي لا تقهر": "ORG", "بينالا": "PERSON"}
    text = 'كما دعا أليكسي كوربيير، من حزب "فرنسا التي لا تقهر" اليساري المتشدد، إلى إقالة بينالا.'
    got = readable(*facts_of(text, names))
    assert ("أليكسي كوربيير", "فرنسا التي لا تقهر") in _of(got, "membership"), got
    assert ("أليكسي كوربيير", "بينالا", "against") in _of(got, "support"), got
    # calling for an inquiry into a dismissal is no call for it; warning of a party is no membership
    text = 'وحذر أليكسي كوربيير من حزب "فرنسا التي لا تقهر"، ودعا إلى التحقيق في إقالة بينالا.'
    got = readable(*facts_of(text, names))
    assert not _of(got, "membership") and not _of(got, "support"), got


def test_the_partys_candidate_by_its_head_noun() -> None:
    names = {"حزب الشعب الجمهوري": "ORG", "كمال كيليشدار أوغلو": "PERSON", "محرم إنجه": "PERSON", "أردوغان": "PERSON"}
    text = (
        "واختار رئيس حزب الشعب الجمهوري كمال كيليشدار أوغلو مرشح الحزب محرم إنجه ليخوض الانتخابات في "
        "مواجهة أردوغان."
    )
    got = readable(*facts_of(text, names))
    assert ("محرم إنجه", "حزب الشعب الجمهوري") in _of(got, "membership"), got
    # the candidate as a verb's object: the one named after is another
    text = "وانتقد رئيس حزب الشعب الجمهوري كمال كيليشدار أوغلو الحكومة. واتهم مرشح الحزب أردوغان بالفساد."
    got = readable(*facts_of(text, names))
    assert ("أردوغان", "حزب الشعب الجمهوري") not in _of(got, "membership"), got


def test_a_quotation_never_closed_after_the_speaker_or_the_date() -> None:
    names = {"حمة الهمامي": "PERSON"}
    text = (
        'وأضاف حمة الهمامي أن الإصلاح يتطلب الشجاعة. وقال حمة الهمامي "إذا كنا نريد أن نكون نزهاء مع '
        "الشعب فيجب أن نصارحه بحقيقة ما يحدث. وأوضح أن ما يحدث في تونس هو محاربة فساد بفساد أكبر."
    )
    got = readable(*facts_of(text, names))
    assert ("حمة الهمامي", "إذا كنا نريد أن نكون نزهاء مع الشعب فيجب أن نصارحه بحقيقة ما يحدث") in _of(got, "quote"), got
    text = 'قال رئيس الحركة حمة الهمامي اليوم الجمعة 22 جويلية 2016 "نحن نرفض كل مس برئيس حكومتنا لأنه رئيس حكومة تونس.'
    got = readable(*facts_of(text, names))
    assert {s for s, _ in _of(got, "quote")} == {"حمة الهمامي"}, got
    # the title of a conference, its mark never closed, is no one's words
    text = 'قال حمة الهمامي خلال ندوة دولية حول "السجون التونسية الواقع والآفاق اليوم إن الوضع صعب.'
    got = readable(*facts_of(text, names))
    assert not _of(got, "quote"), got


def test_a_participle_glued_to_a_comma() -> None:
    names = {"خميس قسيلة": "PERSON"}
    text = 'وأوضح خميس قسيلة أننا نحتاج إلى ثورة في القيم والمعاني،مضيفا " أصبحنا نعيش التصادم على حساب التعايش".'
    got = readable(*facts_of(text, names))
    assert ("خميس قسيلة", "أصبحنا نعيش التصادم على حساب التعايش") in _of(got, "quote"), got


def test_a_vote_withheld_is_against() -> None:
    names = {"الجبهة الشعبية": "ORG", "الحبيب الصيد": "PERSON", "حزب نداء تونس": "ORG"}
    # an abstention elsewhere in the sentence withholds nothing from the ones who voted for him
    text = "وامتنع عشرة نواب عن التصويت، فيما صوت نواب حزب نداء تونس لصالح حكومة الحبيب الصيد."
    got = readable(*facts_of(text, names))
    assert ("حزب نداء تونس", "الحبيب الصيد", "against") not in _of(got, "support"), got
    text = "ولن يصوت نواب الجبهة الشعبية لصالح حكومة الحبيب الصيد."
    got = readable(*facts_of(text, names))
    assert _of(got, "support") == {("الجبهة الشعبية", "الحبيب الصيد", "against")}, got
    text = "وصوت نواب الجبهة الشعبية لصالح حكومة الحبيب الصيد."
    got = readable(*facts_of(text, names))
    assert _of(got, "support") == {("الجبهة الشعبية", "الحبيب الصيد", "for")}, got


def test_a_bodys_backing_for_one_described_then_named() -> None:
    names = {"الجيلاني الهمامي": "PERSON", "الجبهة الشعبية": "ORG", "عصام الدردوري": "PERSON"}
    text = "وأكد الجيلاني الهمامي مساندة الجبهة الشعبية للنقابي الأمني الموقوف، عصام الدردوري."
    got = readable(*facts_of(text, names))
    assert ("الجبهة الشعبية", "عصام الدردوري", "for") in _of(got, "support"), got
    assert ("الجيلاني الهمامي", "الجبهة الشعبية", "for") not in _of(got, "support"), got


def test_no_speaker_inside_brackets_nor_after_a_plural_verb() -> None:
    names = {"مراد دلش": "PERSON", "حركة نداء تونس": "ORG", "حافظ قايد السبسي": "PERSON"}
    text = (
        'نفى مراد دلش الممثل القانوني لحركة نداء تونس "خبر طرد حافظ قايد السبسي". وأكد الممثل القانوني '
        'لحركة نداء تونس (شق حافظ قايد السبسي) أن أعضاء الهيئة "تم تجميدهم من الحزب منذ مدة".'
    )
    got = readable(*facts_of(text, names))
    assert ("حافظ قايد السبسي", "تم تجميدهم من الحزب منذ مدة") not in _of(got, "quote"), got
    names = {"يوسف الشاهد": "PERSON"}
    text = (
        "أصدرت جمعيات بيانا طالبوا فيه رئيس الحكومة يوسف الشاهد بزيارة الجهة. وعبرت الأطراف المحتجة عن "
        'استيائها، وأكدت تمسكها بتفكيك المصنع باعتباره "البوابة الرئيسية لكل مشروع تنموي".'
    )
    got = readable(*facts_of(text, names))
    assert not _of(got, "quote"), got


def test_the_one_appointed_is_no_speaker() -> None:
    names = {"عمار عمروسية": "PERSON", "محسن حسن": "PERSON"}
    text = (
        'وقال عمار عمروسية إن التحوير "خاضع إلى عقلية المحاصصة". كما انتقد أيضا تعيين محسن حسن وزيرا '
        'للتجارة، مضيفا أنه "تحول حوله شبهة فساد".'
    )
    got = readable(*facts_of(text, names))
    assert ("عمار عمروسية", "تحول حوله شبهة فساد") in _of(got, "quote"), got


def test_a_partys_legal_representative() -> None:
    names = {"مراد دلش": "PERSON", "نداء تونس": "ORG"}
    text = "وكان الممثل القانوني لنداء تونس، مراد دلش، قد صرح بذلك مساء أمس."
    got = readable(*facts_of(text, names))
    assert ("مراد دلش", "نداء تونس", "representative") in _of(got, "role"), got
    # an accused person's lawyer names no body
    text = "وقال الممثل القانوني للمتهم مراد دلش إنه بريء."
    got = readable(*facts_of(text, names))
    assert not _of(got, "role"), got


def test_a_member_of_a_partys_organ_is_the_partys() -> None:
    names = {"الهيئة السياسية": "ORG", "نداء تونس": "ORG", "نزار عياد": "PERSON"}
    text = "أفاد عضو الهيئة السياسية لحركة نداء تونس، نزار عياد، أن الحركة ليست طرفا في الجبهة."
    got = readable(*facts_of(text, names))
    assert {("نزار عياد", "الهيئة السياسية"), ("نزار عياد", "نداء تونس")} <= _of(got, "membership"), got


def test_his_second_description_and_its_body() -> None:
    names = {"الكيلاني": "PERSON", "النهضة": "ORG", "عماد الحمامي": "PERSON"}
    text = (
        "وأضاف الكيلاني معلقا على تصريح وزير التكوين المهني والتشغيل والقيادي في النهضة عماد الحمامي أن "
        "النهضة تريد السيطرة."
    )
    got = readable(*facts_of(text, names))
    assert ("عماد الحمامي", "النهضة") in _of(got, "membership"), got
    assert not _of(got, "role"), got


def test_warnings_issued_by_someone_then_their_words() -> None:
    names = {"المحكمة الجنائية الدولية": "ORG", "جون بولتون": "PERSON"}
    text = (
        'قالت المحكمة الجنائية الدولية إنها "ستواصل القيام بعملها"، رغم التحذيرات الصادرة عن مستشار الأمن '
        'القومي، جون بولتون، بأن الإدارة سوف تتوقف عن تقديم أي "شرعية أو دعم" إلى الهيئة.'
    )
    got = readable(*facts_of(text, names))
    assert _of(got, "quote") == {
        ("المحكمة الجنائية الدولية", "ستواصل القيام بعملها"),
        ("جون بولتون", "شرعية أو دعم"),
    }, got
    # a speech verb after the one who issued them speaks
    text = (
        "رغم التحذيرات الصادرة عن جون بولتون بأن الإدارة ستتوقف، قالت المحكمة الجنائية الدولية إنها "
        '"ستواصل القيام بعملها".'
    )
    got = readable(*facts_of(text, names))
    assert _of(got, "quote") == {("المحكمة الجنائية الدولية", "ستواصل القيام بعملها")}, got


def test_a_second_post_right_after_the_titled_name() -> None:
    names = {"سعد الحريري": "PERSON", "تيار المستقبل": "ORG"}
    text = "أكد رئيس الوزراء اللبناني سعد الحريري وزعيم تيار المستقبل، أن الانتخابات منحت تياره 21 مقعدا."
    got = readable(*facts_of(text, names))
    assert ("سعد الحريري", "تيار المستقبل", "leader") in _of(got, "role"), got
    # the second title's holder named after it: another person
    names = {"ابراهيم بوبكر كايتا": "PERSON", "المجلس الوطني": "ORG", "ايساكا سيديبي": "PERSON"}
    text = "كما سيلتقي كلا من رئيس الجمهورية ابراهيم بوبكر كايتا ورئيس المجلس الوطني بها ايساكا سيديبي."
    got = readable(*facts_of(text, names))
    assert ("ابراهيم بوبكر كايتا", "المجلس الوطني", "president") not in _of(got, "role"), got


def test_the_head_of_a_partys_organ_belongs_to_the_party() -> None:
    names = {"الهيئة السياسية": "ORG", "حزب المؤتمر من أجل الجمهورية": "ORG", "سمير بن عمر": "PERSON"}
    text = "أكد رئيس الهيئة السياسية لحزب المؤتمر من أجل الجمهورية، سمير بن عمر أن الدمج لن يتم."
    got = readable(*facts_of(text, names))
    # he heads the organ, not the party
    assert {(a, b) for a, b, _ in _of(got, "role")} == {("سمير بن عمر", "الهيئة السياسية")}, got
    assert ("سمير بن عمر", "حزب المؤتمر من أجل الجمهورية") in _of(got, "membership"), got


def test_a_region_as_the_posts_field() -> None:
    names = {"الشرق الأوسط": "GPE", "منظمة العفو الدولية": "ORG", "سماح حديد": "PERSON"}
    text = "وقالت مديرة حملات الشرق الأوسط في منظمة العفو الدولية، سماح حديد، إن المضايقة غير مبررة."
    got = readable(*facts_of(text, names))
    assert {(a, b) for a, b, _ in _of(got, "role")} == {("سماح حديد", "منظمة العفو الدولية")}, got
    # "in the Middle East" right after the title: where she works, not her post's field
    text = "وقالت المديرة في الشرق الأوسط في منظمة العفو الدولية، سماح حديد، إن المضايقة غير مبررة."
    got = readable(*facts_of(text, names))
    assert not _of(got, "role"), got


def test_a_place_inside_the_speakers_title() -> None:
    names = {"بادن": "GPE", "فورتمبرغ": "ORG", "فينفريد كرتشمان": "PERSON"}
    text = 'قال رئيس حكومة ولاية بادن-فورتمبرغ الألمانية فينفريد كرتشمان في تصريحات خاصة: "إن الولاية سوف توافق".'
    got = readable(*facts_of(text, names))
    assert _of(got, "quote") == {("فينفريد كرتشمان", "إن الولاية سوف توافق")}, got
    # an object-marked place ("لولاية X") is no title's: its holder is not looked for past it
    text = 'قال رئيس الحكومة لولاية بادن-فورتمبرغ الألمانية إن فينفريد كرتشمان "سيوافق".'
    got = readable(*facts_of(text, names))
    assert ("فينفريد كرتشمان", "سيوافق") not in _of(got, "quote"), got


def test_a_partys_mp_named_past_its_description_or_his_second_title() -> None:
    names = {"حزب الخضر": "ORG", "ديتر جينسيك": "PERSON"}
    text = "ردا على أسئلة من النائب البرلماني عن حزب الخضر المعارض، ديتر جينسيك، قالت الحكومة إنه لا خطط."
    got = readable(*facts_of(text, names))
    assert ("ديتر جينسيك", "حزب الخضر") in _of(got, "membership"), got
    names = {"حزب نداء تونس": "ORG", "الهيئة التسييرية": "ORG", "خميس قسيلة": "PERSON", "حزب الوفد": "ORG", "أحمد سالم": "PERSON"}
    text = "وقال النائب عن حزب نداء تونس وعضو الهيئة التسييرية خميس قسيلة إنه تم تقديمها."
    got = readable(*facts_of(text, names))
    assert ("خميس قسيلة", "حزب نداء تونس") in _of(got, "membership"), got
    # after another verb the two titles may be two people
    text = "والتقى النائب عن حزب الوفد ورئيس الحكومة أحمد سالم."
    got = readable(*facts_of(text, names))
    assert ("أحمد سالم", "حزب الوفد") not in _of(got, "membership"), got


def test_belonging_after_his_description_between_commas() -> None:
    names = {"حسين الحاج حسن": "PERSON", "حزب الله": "ORG", "المنار": "ORG"}
    text = "اتهم حسين الحاج حسن، وزير الصناعة اللبناني، المنتمي لحزب الله، دولا عربية بالتآمر."
    got = readable(*facts_of(text, names))
    assert ("حسين الحاج حسن", "حزب الله") in _of(got, "membership"), got
    text = "اتهم حسين الحاج حسن، في مقابلة مع قناة المنار التابعة لحزب الله، دولا عربية بالتآمر."
    got = readable(*facts_of(text, names))
    assert not _of(got, "membership"), got


def test_a_call_to_vote_for_someone() -> None:
    names = {"مروان فلفال": "PERSON", "إيمانويل ماكرون": "PERSON", "البرلمان": "ORG"}
    text = "ودعا مروان فلفال الجالية التونسية إلى التصويت لإيمانويل ماكرون."
    got = readable(*facts_of(text, names))
    assert _of(got, "support") == {("مروان فلفال", "إيمانويل ماكرون", "for")}, got
    # a vote on a law, or for a house, backs no one
    for text in ("ودعا مروان فلفال إلى التصويت على القانون.", "وقال مروان فلفال إن التصويت للبرلمان سيجري غدا."):
        got = readable(*facts_of(text, names))
        assert not _of(got, "support"), got


def test_the_statement_of_a_body_named_by_its_head_noun() -> None:
    names = {"المجلس الوزاري للأمن الوطني": "ORG"}
    text = (
        "وناقش المجلس الوزاري للأمن الوطني تداعيات الاحتجاجات، وفق ما ذكر بيان للمجلس عقب الاجتماع. "
        'وقال البيان: "رصدت أجهزتنا الأمنية مجاميع مندسة صغيرة".'
    )
    got = readable(*facts_of(text, names))
    assert _of(got, "quote") == {("المجلس الوزاري للأمن الوطني", "رصدت أجهزتنا الأمنية مجاميع مندسة صغيرة")}, got
    # the statement of a committee the text never named: not the council's
    text = (
        "وناقش المجلس الوزاري للأمن الوطني تداعيات الاحتجاجات، وفق ما ذكر بيان للجنة عقب الاجتماع. "
        'وقال البيان: "رصدت أجهزتنا مجاميع مندسة".'
    )
    got = readable(*facts_of(text, names))
    assert ("المجلس الوزاري للأمن الوطني", "رصدت أجهزتنا مجاميع مندسة") not in _of(got, "quote"), got


def test_a_senator_from_a_party() -> None:
    names = {"ماريا كانتويل": "PERSON", "مجلس الشيوخ": "ORG", "الحزب الديمقراطي": "ORG"}
    text = "وقالت ماريا كانتويل، عضو مجلس الشيوخ من الحزب الديمقراطي، إن الوضع صعب."
    got = readable(*facts_of(text, names))
    assert ("ماريا كانتويل", "الحزب الديمقراطي") in _of(got, "membership"), got
    text = "ودعت ماريا كانتويل وهي عضو في مجلس الشيوخ من الحزب الديمقراطي الشركات إلى الحماية."
    got = readable(*facts_of(text, names))
    assert ("ماريا كانتويل", "الحزب الديمقراطي") in _of(got, "membership"), got
    # من after a plain verb asks of the party, no seat for it
    text = "وطلبت ماريا كانتويل من الحزب الديمقراطي تقديم الوثائق."
    got = readable(*facts_of(text, names))
    assert not _of(got, "membership"), got
