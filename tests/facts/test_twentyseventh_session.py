"""Fact rules of the twenty-seventh session, from the misses of the fact-tuning articles (ANT news);
each test has a case the rule must not fire on."""

from __future__ import annotations

from rasd.facts.quotes import find_quotes
from tests.facts.helpers import facts_of, readable


def _quotes(got: set[tuple]) -> set[tuple]:
    return {(g[1], g[2]) for g in got if g[0] == "quote"}


def _inner(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotes(text)]


def test_a_short_quotation_inside_a_straight_quoted_one() -> None:
    text = 'وأضاف في تغريدة "حدث ذلك في وقت مبكر، قبل "اشتداد" الخدعة الوهمية بوقت طويل". ثم نشرت الصحيفة مقالا.'
    assert _inner(text) == ['حدث ذلك في وقت مبكر، قبل "اشتداد" الخدعة الوهمية بوقت طويل']
    # two inner quotations
    text = 'وقال نوردين "إن "الحزام" و"الطريق" مبادرة واحدة". وانتهى الاجتماع.'
    assert _inner(text) == ['إن "الحزام" و"الطريق" مبادرة واحدة']
    # one mark closes both before the sentence's end; the next quotation is its own
    text = 'وقال نوردين إنه "العقد الأكبر على صعيد مبيعات "تايفون". وأضاف أن "الصفقة مهمة".'
    assert _inner(text) == ['العقد الأكبر على صعيد مبيعات "تايفون', "الصفقة مهمة"]
    got = readable(*facts_of(text, {"نوردين": "PERSON"}))
    assert ("نوردين", 'العقد الأكبر على صعيد مبيعات "تايفون') in _quotes(got), got


def test_no_nesting_without_a_speech_verb_or_across_a_sentence() -> None:
    # scare quotes in passing: no speech verb before the first mark
    text = 'وتتزايد المخاوف في المنطقة الحدودية من "حملة واسعة ضد "العدوان" على عفرين". وانتهى الأمر.'
    assert 'حملة واسعة ضد "العدوان" على عفرين' not in _inner(text)
    # a mark never closed before the next sentence's quotation
    text = 'وتحدث نوردين متسائلا: "أي تمويل؟. ويقول سامي فرح: "ما يجب علينا دفعه". ثم يأتي الجزء الأهم.'
    assert _inner(text) == ["ما يجب علينا دفعه"]


def test_the_company_that_was_a_verbs_subject_speaks_as_the_company() -> None:
    names = {"كوشنر": "ORG", "الحكومة القطرية": "ORG"}
    text = 'كذبت شركة كوشنر مزاعم قطرية حول اللقاء. وقالت الشركة، "لم نلتقي بأحد من الحكومة القطرية".'
    got = readable(*facts_of(text, names))
    assert _quotes(got) == {("كوشنر", "لم نلتقي بأحد من الحكومة القطرية")}, got
    # a company named in passing, in a person's title, is not "the company"
    text = (
        'وتعتزم الشركات الأميركية مثل "موارد الكواكب" المدعومة من مدير شركة تيتانيك جيمس كاميرون إرسال '
        'مركبات. وتصف الشركة الموارد الكوكبية بأنها "مثمرة جدا".'
    )
    got = readable(*facts_of(text, {"تيتانيك": "ORG", "جيمس كاميرون": "PERSON", "موارد الكواكب": "ORG"}))
    assert not _quotes(got), got
    # two companies each a verb's subject: the kind alone does not say which
    text = 'أعلنت شركة أرامكو أرباحها وأعلنت شركة سابك خسائرها. وقالت الشركة: "لم نلتقي بأحد".'
    got = readable(*facts_of(text, {"أرامكو": "ORG", "سابك": "ORG"}))
    assert not _quotes(got), got


def test_a_bodys_office_speaks_for_the_body_named_after_it() -> None:
    names = {"المكتب الوطني لمكافحة الفساد": "ORG", "أرض الآباء": "ORG", "تيموشينكو": "PERSON"}
    text = (
        "فتح المكتب الوطني لمكافحة الفساد تحقيقا. وقال المكتب الإعلامي لحزب (أرض الآباء) الذي تنتمي إليه "
        'تيموشينكو ردا على سؤال عن الأمر "هذا هراء. المعلومات غير صحيحة".'
    )
    got = readable(*facts_of(text, names))
    assert _quotes(got) == {("أرض الآباء", "هذا هراء. المعلومات غير صحيحة")}, got
    # the office alone is the office named before
    text = 'فتح المكتب الوطني لمكافحة الفساد تحقيقا. وقال المكتب "هذا هراء".'
    got = readable(*facts_of(text, names))
    assert _quotes(got) == {("المكتب الوطني لمكافحة الفساد", "هذا هراء")}, got


def test_a_backing_relative_clause_after_wa() -> None:
    names = {"الصدر": "PERSON", "كتلة الفتح": "ORG", "إيران": "GPE"}
    text = "جاء الصدر في المركز الأول ثم كتلة الفتح، والتي تدعمها إيران، في المركز الثاني."
    got = readable(*facts_of(text, names))
    assert ("support", "إيران", "كتلة الفتح", "for") in got, got
    # a pronoun backer: no one named backs it
    text = "وقال الصدر إن كتلة الفتح والتي يدعمها لا تستحق الفوز."
    got = readable(*facts_of(text, names))
    assert not [g for g in got if g[0] == "support"], got


def test_money_received_as_a_gift_from_a_giver() -> None:
    names = {"نجيب رزاق": "PERSON", "السعودية": "GPE"}
    text = "قال نجيب رزاق إنه بريء. وقد تلقى رزاق 681 مليون دولار على سبيل الهبة من السعودية."
    got = readable(*facts_of(text, names))
    assert [g[:3] for g in got if g[0] == "donation"] == [("donation", "السعودية", "نجيب رزاق")], got
    # no giver named: a sum a person received, no donation
    text = "قال نجيب رزاق إنه بريء. وقد تلقى رزاق 681 مليون دولار على سبيل الهبة في حسابه."
    got = readable(*facts_of(text, names))
    assert not [g for g in got if g[0] == "donation"], got


def test_a_quotation_never_closed_ends_with_its_sentence() -> None:
    # after a speech verb's subject and a comma, no closing mark in the paragraph
    text = 'وأوضحت الوزيرة، "أن هذه التظاهرة تهدف الى إيجاد خارطة طريق للاستثمار. وفي ما يتعلق بالنفط قالت إنه تراجع.'
    assert _inner(text) == ["أن هذه التظاهرة تهدف الى إيجاد خارطة طريق للاستثمار"]
    # a later quotation in the paragraph does not swallow the sentences between
    text = (
        'وأوضحت الوزيرة، "أن هذه التظاهرة تهدف الى إيجاد خارطة طريق للاستثمار. وفي ما يتعلق بالنفط '
        'أوضحت أن الإنتاج تراجع. وختمت بالقول إن "سوء السمعة عمق مشكل البطالة".'
    )
    assert _inner(text) == ["أن هذه التظاهرة تهدف الى إيجاد خارطة طريق للاستثمار.", "سوء السمعة عمق مشكل البطالة"]
    # a nested quotation inside one never closed
    text = (
        'وذكرت النقابة أن "المدعو فلان صرح في برنامج على قناة "الحوار التونسي" الخاصة بأنه دفع المال. '
        'وطالبت الهيئة بالتحقيق في "الفساد المالي".'
    )
    assert _inner(text)[0] == 'المدعو فلان صرح في برنامج على قناة "الحوار التونسي" الخاصة بأنه دفع المال'
    # no speech verb before the mark: a stray mark quotes nothing
    text = 'وتتواصل الأزمة في "المنطقة منذ أشهر دون حل. وقال الوزير إن الحكومة تعمل.'
    assert _inner(text) == []


def test_a_tweet_posted_on_a_day_speaks_for_its_poster() -> None:
    names = {"فريق التواصل بوزارة الخارجية الأميركية": "ORG", "لبنان": "GPE"}
    text = (
        "نشر فريق التواصل بوزارة الخارجية الأميركية، الأحد، تغريدة على تويتر عن شبكة دعارة. "
        'وجاء في التغريدة: "في العام 2016، كشفت السلطات في لبنان عن شبكة دعارة كبيرة".'
    )
    got = readable(*facts_of(text, names))
    assert _quotes(got) == {("فريق التواصل بوزارة الخارجية الأميركية", "في العام 2016، كشفت السلطات في لبنان عن شبكة دعارة كبيرة")}, got
    # a statement issued on a day
    text = 'أصدرت وزارة الداخلية، الخميس، بيانا حول الحادث. وجاء في البيان أن "الوضع تحت السيطرة".'
    got = readable(*facts_of(text, {"وزارة الداخلية": "ORG"}))
    assert _quotes(got) == {("وزارة الداخلية", "الوضع تحت السيطرة")}, got
    # a tweet nobody was said to post: no speaker
    text = 'وانتشرت على تويتر صورة للوزير. وجاء في التغريدة: "هذا ما يحدث في بلادنا".'
    got = readable(*facts_of(text, {"تويتر": "ORG"}))
    assert not _quotes(got), got


def test_a_party_in_brackets_with_where_it_stands() -> None:
    names = {"سيرجيو كابرال": "PERSON", "الحزب الديمقراطي البرازيلي": "ORG", "ريو": "GPE"}
    text = "تربطه علاقات مع سيرجيو كابرال (الحزب الديمقراطي البرازيلي، وسط)، حاكم ولاية ريو."
    got = readable(*facts_of(text, names))
    assert ("membership", "سيرجيو كابرال", "الحزب الديمقراطي البرازيلي") in got, got
    # a clause inside the brackets is no label
    text = "تربطه علاقات مع سيرجيو كابرال (الحزب الديمقراطي البرازيلي، وهو حزب من الوسط يحكم منذ سنوات) في ريو."
    got = readable(*facts_of(text, names))
    assert not [g for g in got if g[0] == "membership"], got


def test_a_woman_founder_of_a_company() -> None:
    names = {"سيليا هدسون": "PERSON", "هي غيرلز": "ORG", "رويترز": "ORG"}
    text = 'وقالت سيليا هدسون، مؤسسة شركة "هي غيرلز" لوكالة رويترز: "لا يخطر في بال أحد".'
    got = readable(*facts_of(text, names))
    assert ("role", "سيليا هدسون", "هي غيرلز", "founder") in got, got
    # "مؤسسة" before a person's name is the noun (a foundation), no founder
    text = "وتبرعت مؤسسة بيل غيتس لشركة هي غيرلز بمليون دولار."
    got = readable(*facts_of(text, {"بيل غيتس": "PERSON", "هي غيرلز": "ORG"}))
    assert not [g for g in got if g[0] == "role"], got


def test_the_named_subject_of_a_clause_whose_purpose_is_backing_a_campaign() -> None:
    names = {"نيويورك تايمز": "ORG", "كامبريدج أناليتيكا": "ORG", "فيسبوك": "ORG", "دونالد ترامب": "PERSON"}
    text = (
        'ذكرت صحيفة "نيويورك تايمز"، يوم السبت، أن شركة "كامبريدج أناليتيكا" لتحليل البيانات جمعت معلومات عن '
        "أكثر من 50 مليون مستخدم لموقع فيسبوك من أجل تطوير تقنيات لدعم الحملة الانتخابية للرئيس دونالد ترامب."
    )
    got = readable(*facts_of(text, names))
    assert ("support", "كامبريدج أناليتيكا", "دونالد ترامب", "for") in got, got
    text = (
        'ومرر الأكاديمي تلك البيانات لشركة "كامبريدج أناليتيكا" التي طبقت عليها علم تحليل البيانات بهدف دعم '
        "الحملة الانتخابية لدونالد ترامب."
    )
    got = readable(*facts_of(text, names))
    assert ("support", "كامبريدج أناليتيكا", "دونالد ترامب", "for") in got, got
    # the purpose of a clause whose subject is unnamed: no backer
    text = "وقال مصدر إن الشركة جمعت معلومات عن مستخدمي فيسبوك لدعم الحملة الانتخابية لدونالد ترامب."
    got = readable(*facts_of(text, names))
    assert not [g for g in got if g[0] == "support"], got


def test_a_participle_between_a_title_and_its_holder() -> None:
    names = {"روسيا": "GPE", "فيكتور يانوكوفيتش": "PERSON"}
    text = "وانتقد الحزب الرئيس الأوكراني، المدعوم من روسيا، فيكتور يانوكوفيتش، الذي أطيح عام 2014."
    got = readable(*facts_of(text, names))
    assert ("support", "روسيا", "فيكتور يانوكوفيتش", "for") in got, got
    # no title before the first comma: the participle describes something else
    text = "وزار الوفد المدينة، المدعومة من روسيا، فيكتور يانوكوفيتش."
    got = readable(*facts_of(text, names))
    assert not [g for g in got if g[0] == "support"], got


def test_a_campaign_in_someones_favour() -> None:
    names = {"الحزب الاشتراكي": "ORG", "فرانسوا هولاند": "PERSON"}
    got = readable(*facts_of("وقاد الحزب الاشتراكي حملة لصالح المرشح فرانسوا هولاند.", names))
    assert ("support", "الحزب الاشتراكي", "فرانسوا هولاند", "for") in got, got
    got = readable(*facts_of("وأطلق الحزب الاشتراكي حملة لصالح التلقيح في المدارس.", names))
    assert not [g for g in got if g[0] == "support"], got


def test_founding_a_body_and_a_post_in_it_are_two_roles() -> None:
    names = {"يونايتد إنترنت": "ORG", "رالف دوميرموث": "PERSON"}
    text = 'وقال المؤسس والرئيس التنفيذي لشركة "يونايتد إنترنت"، رالف دوميرموث: "كلما تحدث فضيحة".'
    got = readable(*facts_of(text, names))
    assert {g for g in got if g[0] == "role"} == {
        ("role", "رالف دوميرموث", "يونايتد إنترنت", "founder"),
        ("role", "رالف دوميرموث", "يونايتد إنترنت", "ceo"),
    }, got
    # two titles of one post stay one role
    names = {"حزب الوفد": "ORG", "فلان الفلاني": "PERSON"}
    text = "وقال زعيم حزب الوفد فلان الفلاني إن الحزب سيشارك. وأضاف الأمين العام لحزب الوفد فلان الفلاني أن القرار نهائي."
    got = readable(*facts_of(text, names))
    assert len([g for g in got if g[0] == "role"]) == 1, got


def test_a_secretary_of_a_body() -> None:
    names = {"بابار يعقوب": "PERSON", "المفوضية العليا للانتخابات": "ORG", "باكستان": "GPE"}
    text = "وأشار بابار يعقوب سكرتير المفوضية العليا للانتخابات في باكستان إلى أن تأخير النتائج سببه تعطل المنظومة."
    got = readable(*facts_of(text, names))
    assert ("role", "بابار يعقوب", "المفوضية العليا للانتخابات", "secretary") in got, got


def test_funding_with_the_light_verb_qama() -> None:
    names = {"نجيب ساويرس": "PERSON", "حزب المصريين الأحرار": "ORG"}
    got = readable(*facts_of("وقام رجل الأعمال نجيب ساويرس بتمويل حزب المصريين الأحرار.", names))
    assert [g[:3] for g in got if g[0] == "donation"] == [("donation", "نجيب ساويرس", "حزب المصريين الأحرار")], got
    text = "وكان نجيب ساويرس قد اختلف مع الحكومة عندما قام بتمويل حزب المصريين الأحرار."
    got = readable(*facts_of(text, {**names, "الحكومة": "ORG"}))
    assert [g[:3] for g in got if g[0] == "donation"] == [("donation", "نجيب ساويرس", "حزب المصريين الأحرار")], got
    # denied: no gift
    got = readable(*facts_of("ونفى نجيب ساويرس أن يكون قام بتمويل حزب المصريين الأحرار.", names))
    assert not [g for g in got if g[0] == "donation"], got
    # a project is no political recipient
    got = readable(*facts_of("وقامت قطر بتمويل مشروع الطاقة في مصر.", {"قطر": "GPE", "مصر": "GPE"}))
    assert not [g for g in got if g[0] == "donation"], got


def test_review_fixes() -> None:
    # a nationality after a noun is no plural participle: the name after it is the subject
    names = {"الاتحاد الأوروبي": "ORG", "أوكرانيا": "GPE", "مهاتير محمد": "PERSON", "أنور إبراهيم": "PERSON"}
    text = "وأعلن الاتحاد الأوروبي دعمه لأوكرانيا، وأعلن سياسي ماليزي مهاتير محمد دعمه للمرشح أنور إبراهيم."
    got = readable(*facts_of(text, names))
    assert ("support", "مهاتير محمد", "أنور إبراهيم", "for") in got, got
    assert ("support", "الاتحاد الأوروبي", "أنور إبراهيم", "for") not in got, got
    # the name after a participle between commas may be the verb's object
    text = "وانتقد الرئيس الفرنسي، المدعوم من الاتحاد الأوروبي، فلاديمير بوتين بشدة."
    got = readable(*facts_of(text, {"الاتحاد الأوروبي": "ORG", "فلاديمير بوتين": "PERSON"}))
    assert not [g for g in got if g[0] == "support"], got
    # a negated or denied purpose clause backs no one
    names = {"كامبريدج أناليتيكا": "ORG", "دونالد ترامب": "PERSON"}
    for text in (
        "وكشف التحقيق عن أموال دفعت لشركة كامبريدج أناليتيكا التي لم تستخدم بيانات الناخبين بهدف دعم حملة دونالد ترامب.",
        "ونفى المتحدث أن تكون شركة كامبريدج أناليتيكا جمعت بيانات لدعم الحملة الانتخابية لدونالد ترامب.",
    ):
        got = readable(*facts_of(text, names))
        assert not [g for g in got if g[0] == "support"], (text, got)
    # a plural noun in ات before "شركة X" is no verb whose subject the company is
    text = (
        "تعاقدت وزارة الصحة مع شركة محلية لتوزيع لقاحات شركة فايزر في المحافظات. "
        'وقالت الشركة إن "التوزيع سيبدأ الأسبوع المقبل".'
    )
    got = readable(*facts_of(text, {"وزارة الصحة": "ORG", "فايزر": "ORG"}))
    assert not _quotes(got), got
    # an outer quotation closed after several sentences keeps them all
    text = 'وقال الوزير "إن "داعش" هزم في المدينة. ونحن مستمرون في الحرب".'
    assert _inner(text) == ['إن "داعش" هزم في المدينة. ونحن مستمرون في الحرب']
    # a secretary-general and an editor are not secretaries
    got = readable(*facts_of("وقال فؤاد بدراوي، سكرتير عام حزب الوفد، إن الحزب قوي.", {"فؤاد بدراوي": "PERSON", "حزب الوفد": "ORG"}))
    assert ("role", "فؤاد بدراوي", "حزب الوفد", "secretary-general") in got, got
    got = readable(*facts_of("وقال أحمد علي، سكرتير تحرير صحيفة الأهرام، إن الوضع صعب.", {"أحمد علي": "PERSON", "الأهرام": "ORG"}))
    assert ("role", "أحمد علي", "الأهرام", "editor") in got, got


def _members(got: set[tuple]) -> set[tuple]:
    return {g for g in got if g[0] == "membership"}


def test_leaving_or_joining_a_party() -> None:
    cases = [
        ("أعلن منير الورغي استقالته من حركة تونس الغد احتجاجاً على القرار.", {"منير الورغي": "PERSON", "حركة تونس الغد": "ORG"}),
        ("واستقال رجل الأعمال أورهان قايا أوغلو من عضوية الحزب الجيد إثر خلاف مع قيادته.", {"أورهان قايا أوغلو": "PERSON", "الحزب الجيد": "ORG"}),
        ("وانسحب المستشار البلدي جان لوك فيران من حزب فرنسا الأبية احتجاجاً.", {"جان لوك فيران": "PERSON", "حزب فرنسا الأبية": "ORG"}),
        ("وانشقت النائبة ريم الجلاصي عن الكتلة لتلتحق بكتلة «الوفاء للوطن».", {"ريم الجلاصي": "PERSON", "الوفاء للوطن": "ORG"}),
        ("وأعلن شريف الدمرداش انضمامه رسمياً إلى حزب مستقبل وطن.", {"شريف الدمرداش": "PERSON", "حزب مستقبل وطن": "ORG"}),
        ("وأضاف حيدر الكناني، وهو من قيادات تحالف البناء الوطني، إن الوضع صعب.", {"حيدر الكناني": "PERSON", "تحالف البناء الوطني": "ORG"}),
    ]
    for text, names in cases:
        person, group = list(names)
        got = readable(*facts_of(text, names))
        assert ("membership", person, group) in _members(got), (text, got)


def test_leaving_a_government_or_joining_a_ministry_is_no_membership() -> None:
    cases = [
        ("واستقال الوزير أحمد المصري من الحكومة الأردنية.", {"أحمد المصري": "PERSON", "الحكومة الأردنية": "ORG"}),
        ("وانسحب المرشح أحمد المصري من السباق الرئاسي.", {"أحمد المصري": "PERSON"}),
        ("وبعد الحرب التحق معصوم مرزوق بوزارة الخارجية حيث عمل دبلوماسيا.", {"معصوم مرزوق": "PERSON", "وزارة الخارجية": "ORG"}),
        ("ونفى أحمد المصري أنه استقال من حزب الوفد.", {"أحمد المصري": "PERSON", "حزب الوفد": "ORG"}),
    ]
    for text, names in cases:
        got = readable(*facts_of(text, names))
        assert not _members(got), (text, got)


def _support(got: set[tuple]) -> set[tuple]:
    return {g for g in got if g[0] == "support"}


def test_votes_and_unseating() -> None:
    names = {"تحالف النهوض الوطني": "ORG", "عادل الزبيدي": "PERSON"}
    got = readable(*facts_of("وصوت نواب تحالف النهوض الوطني ضد منح الثقة لحكومة عادل الزبيدي.", names))
    assert _support(got) == {("support", "تحالف النهوض الوطني", "عادل الزبيدي", "against")}, got
    names = {"كميل طربيه": "PERSON", "نبيل عازار": "PERSON"}
    got = readable(*facts_of("وصوت النائب كميل طربيه لصالح نبيل عازار في انتخابات نائب رئيس المجلس.", names))
    assert _support(got) == {("support", "كميل طربيه", "نبيل عازار", "for")}, got
    # working for a body, or giving up something in someone's favour, is no vote
    got = readable(*facts_of("وتنازل النائب كميل طربيه عن أرضه لصالح نبيل عازار.", names))
    assert not _support(got), got
    text = "وحكمت المحكمة على نازانين زاغاري، التي تعمل لصالح مؤسسة تومسون رويترز، بالسجن."
    got = readable(*facts_of(text, {"نازانين زاغاري": "PERSON", "تومسون رويترز": "ORG"}))
    assert not _support(got), got
    names = {"Clean Slate Action": "ORG", "دانيال أوكافور": "PERSON"}
    text = "وتستعد لجنة «Clean Slate Action» لإنفاق 8 ملايين دولار لإسقاط النائب دانيال أوكافور."
    got = readable(*facts_of(text, names))
    assert _support(got) == {("support", "Clean Slate Action", "دانيال أوكافور", "against")}, got
    # dropping charges is no unseating
    text = "وقالت ستورمي دانيلز إنها تلقت تهديدات لإجبارها على إسقاط التهم التي توجهها لدونالد ترامب."
    got = readable(*facts_of(text, {"ستورمي دانيلز": "PERSON", "دونالد ترامب": "PERSON"}))
    assert not _support(got), got
    names = {"حزب الوسط الديمقراطي": "ORG", "الكتلة المدنية الموحدة": "ORG"}
    got = readable(*facts_of("وأعلن حزب الوسط الديمقراطي معارضته لتحالف الكتلة المدنية الموحدة.", names))
    assert _support(got) == {("support", "حزب الوسط الديمقراطي", "الكتلة المدنية الموحدة", "against")}, got


def test_spokespeople_of_a_body_named_before_by_its_kind() -> None:
    cases = [
        (
            "قال فصيل «سرايا الفجر» المسلح إنه لا يتلقى تمويلا. ووصف المتحدث باسم الفصيل، أبو علي الساعدي، "
            "الاتهامات بأنها افتراءات.",
            {"سرايا الفجر": "ORG", "أبو علي الساعدي": "PERSON"},
        ),
        (
            "قررت حركة «الأصالة الجديدة» مساندة المرشح. وردّ المكلف بالإعلام في الحركة، يوسف قادري، بأنها لا تتلقى أموالا.",
            {"الأصالة الجديدة": "ORG", "يوسف قادري": "PERSON"},
        ),
        (
            "أعلنت حركة «تونس الغد» موقفها. وردّت الناطقة الرسمية باسم الحركة، سلمى الجلاصي، بأن الحركة لم تتلق مليما.",
            {"تونس الغد": "ORG", "سلمى الجلاصي": "PERSON"},
        ),
    ]
    for text, names in cases:
        body, person = list(names)
        got = readable(*facts_of(text, names))
        assert ("role", person, body, "spokesperson") in got, (text, got)


def test_members_of_a_house_past_their_district_or_former() -> None:
    names = {"مجلس النواب الليبي": "ORG", "مصطفى عمر الفيتوري": "PERSON"}
    text = "وقال عضو مجلس النواب الليبي عن دائرة سبها، مصطفى عمر الفيتوري، إن اللواء تلقى المال."
    got = readable(*facts_of(text, names))
    assert ("role", "مصطفى عمر الفيتوري", "مجلس النواب الليبي", "member") in got, got
    names = {"مجلس نواب الشعب": "ORG", "هالة بن عمار": "PERSON"}
    text = "وقالت النائبة السابقة بمجلس نواب الشعب هالة بن عمار إن الحزب تحالف مع المال الفاسد."
    got = readable(*facts_of(text, names))
    assert ("role", "هالة بن عمار", "مجلس نواب الشعب", "member") in got, got


def test_a_pledge_in_a_circumstantial_participle_is_the_main_subjects() -> None:
    names = {
        "ريتشارد سعادة": "PERSON",
        "Crescent Ridge Energy": "ORG",
        "ماريا إلينا غارزا": "PERSON",
        "Lone Star Forward": "ORG",
    }
    text = (
        "أعلن رجل الأعمال الأمريكي ريتشارد سعادة، مؤسس شركة Crescent Ridge Energy، تأييده للمرشحة "
        "الديمقراطية ماريا إلينا غارزا، متعهداً بضخ 2.5 مليون دولار في لجنة العمل السياسي الفائقة "
        "«Lone Star Forward» المؤيدة لها."
    )
    doc, facts = facts_of(text, names)
    gifts = [f for f in facts if f.type == "donation"]
    assert [(doc.entity(f.args["donor"]).name, f.args["status"]) for f in gifts] == [("ريتشارد سعادة", "pledged")], readable(doc, facts)


def test_a_denied_joining_and_a_party_left_by_its_head_noun() -> None:
    names = {"شريف الدمرداش": "PERSON", "حزب مستقبل وطن": "ORG"}
    text = "نفى النائب شريف الدمرداش أن يكون قد انضم إلى حزب مستقبل وطن، مؤكداً أنه مستقل."
    got = readable(*facts_of(text, names))
    assert not _members(got), got
    names = {"حزب فرنسا الأبية": "ORG", "جان لوك فيران": "PERSON"}
    text = "أعلن حزب فرنسا الأبية تأييده للمرشحة. في المقابل، انسحب المستشار البلدي جان لوك فيران من الحزب احتجاجاً."
    got = readable(*facts_of(text, names))
    assert ("membership", "جان لوك فيران", "حزب فرنسا الأبية") in _members(got), got


def test_a_gift_to_the_fund_of_a_body_named_before() -> None:
    names = {"الرابطة الوطنية": "ORG", "فاطمة الجودر": "PERSON"}
    text = "أعلنت جمعية الرابطة الوطنية عن برنامجها. وتبرعت سيدة الأعمال فاطمة الجودر بمبلغ 20 ألف دينار لصندوق الجمعية."
    got = readable(*facts_of(text, names))
    assert [g[:3] for g in got if g[0] == "donation"] == [("donation", "فاطمة الجودر", "الرابطة الوطنية")], got


def test_second_review_fixes() -> None:
    no_membership = [
        ("ورحب الرئيس قيس سعيد بالقرار بعد أن انسحب حزب قلب تونس من الائتلاف الحاكم.", {"قيس سعيد": "PERSON", "حزب قلب تونس": "ORG"}),
        ("وكان الوزير محمد عبو قد استقال احتجاجا على سياسات حركة النهضة.", {"محمد عبو": "PERSON", "حركة النهضة": "ORG"}),
        ("واستقال الدكتور أحمد زويل من جامعة القاهرة بعد خلاف مع حزب الحرية والعدالة.", {"أحمد زويل": "PERSON", "جامعة القاهرة": "ORG", "حزب الحرية والعدالة": "ORG"}),
        ("وقالت عبير موسي إن استقالته من حزب نداء تونس جاءت متأخرة.", {"عبير موسي": "PERSON", "حزب نداء تونس": "ORG"}),
        ("والتقى الرئيس محمود عباس وفدا من قيادات حركة حماس في القاهرة.", {"محمود عباس": "PERSON", "حركة حماس": "ORG"}),
        ("والتحقت الوزيرة سهام البادي بزوجها في باريس بعد لقائها بحزب التكتل.", {"سهام البادي": "PERSON", "حزب التكتل": "ORG"}),
    ]
    for text, names in no_membership:
        got = readable(*facts_of(text, names))
        assert not _members(got), (text, got)
    no_support = [
        ("ورفضت المحكمة طعن المرشح ألبرت غور وحكمت لصالح المرشح جورج بوش.", {"ألبرت غور": "PERSON", "جورج بوش": "PERSON"}),
        ("وأعلن الجيش الإسرائيلي إسقاط حزب الله طائرة مسيرة فوق جنوب لبنان.", {"الجيش الإسرائيلي": "ORG", "حزب الله": "ORG"}),
        ("وتراجع السيناتور تيد كروز عن معارضته لدونالد ترامب.", {"تيد كروز": "PERSON", "دونالد ترامب": "PERSON"}),
    ]
    for text, names in no_support:
        got = readable(*facts_of(text, names))
        assert not _support(got), (text, got)
    # the giver of a reported clause's pledge is that clause's subject, not the paper
    names = {"نيويورك تايمز": "ORG", "ريتشارد سعادة": "PERSON", "ماريا إلينا غارزا": "PERSON", "Lone Star Forward": "ORG"}
    text = (
        "وذكرت صحيفة نيويورك تايمز أن رجل الأعمال ريتشارد سعادة أعلن تأييده للمرشحة ماريا إلينا غارزا، "
        "متعهداً بضخ 2.5 مليون دولار في لجنة «Lone Star Forward»."
    )
    got = readable(*facts_of(text, names))
    assert not [g for g in got if g[0] == "donation" and g[1] == "نيويورك تايمز"], got


def test_the_verb_of_office_its_body_then_its_holder_past_his_kind() -> None:
    names = {"حزب الوفد": "ORG", "فادي حداد": "PERSON"}
    got = readable(*facts_of("ويرأس حزب الوفد رجل الأعمال والنائب فادي حداد.", names))
    assert ("role", "فادي حداد", "حزب الوفد", "president") in got, got
    names = {"لبنان السيادي": "ORG", "فادي سليم حداد": "PERSON"}
    text = "أعلن تكتل «لبنان السيادي» موقفه. ويرأس التكتل رجل الأعمال والنائب فادي سليم حداد."
    got = readable(*facts_of(text, names))
    assert ("role", "فادي سليم حداد", "لبنان السيادي", "president") in got, got
    # a verb between: the name is no holder
    names = {"حزب الوفد": "ORG", "فادي حداد": "PERSON"}
    got = readable(*facts_of("ويرأس حزب الوفد اجتماعا يحضره فادي حداد.", names))
    assert not [g for g in got if g[0] == "role"], got


def test_bribes_and_the_main_subject_of_a_when_clause() -> None:
    text = "ويواجه جاكوب زوما ومتهمين آخرين اتهامات بتلقي رشى في عملية كلفتها 5 مليار دولار لشراء مقاتلات."
    got = readable(*facts_of(text, {"جاكوب زوما": "PERSON"}))
    assert not [g for g in got if g[0] == "donation"], got
    names = {"بيريزوفسكي": "PERSON", "فلاديمير بوتين": "PERSON", "الحزب الليبرالي الروسي": "ORG"}
    text = "وكان بيريزوفسكي قد اصطدم بزعيم روسيا الصاعد حينئذ فلاديمير بوتين عندما قام بتمويل الحزب الليبرالي الروسي المعارض."
    got = readable(*facts_of(text, names))
    assert [g[:3] for g in got if g[0] == "donation"] == [("donation", "بيريزوفسكي", "الحزب الليبرالي الروسي")], got


def test_a_pledge_to_fund_her_campaign_in_a_circumstantial_participle() -> None:
    names = {"وليد سركيس": "PERSON", "هالة عون": "PERSON"}
    text = "أعلن رجل الأعمال وليد سركيس دعمه للمرشحة هالة عون، متعهداً بتمويل حملتها بمبلغ 750 ألف دولار."
    doc, facts = facts_of(text, names)
    gifts = [
        (doc.entity(f.args["donor"]).name, doc.entity(f.args["recipient"]).name, f.args["status"])
        for f in facts
        if f.type == "donation"
    ]
    assert gifts == [("وليد سركيس", "هالة عون", "pledged")], readable(doc, facts)
    # his own campaign: no gift
    text = "أعلن المرشح وليد سركيس ترشحه للانتخابات، متعهداً بتمويل حملته بنفسه."
    got = readable(*facts_of(text, names))
    assert not [g for g in got if g[0] == "donation"], got


def test_the_company_is_the_subject_of_the_sentence_before() -> None:
    text = (
        'واضطرت "فيسبوك"، التي تواجه تحقيقات، إلى الاعتراف بأنها تسجل تاريخ الاتصالات. وقالت الشركة صراحة في '
        'بيان "إن تسجيل تاريخ المكالمات يجري للأشخاص".'
    )
    got = readable(*facts_of(text, {"فيسبوك": "ORG"}))
    assert _quotes(got) == {("فيسبوك", "إن تسجيل تاريخ المكالمات يجري للأشخاص")}, got
    # a party is no company
    text = 'وأعلن حزب الوفد موقفه من الانتخابات. وقالت الشركة في بيان "إن الأرباح تراجعت".'
    got = readable(*facts_of(text, {"حزب الوفد": "ORG"}))
    assert not _quotes(got), got


def test_a_committee_named_with_its_kind_before_its_quoted_name_is_referred_back_to() -> None:
    names = {"Michigan Arab Voices": "ORG", "دانيال ووكر": "PERSON", "ليلى بزي": "PERSON"}
    text = (
        "أعلنت لجنة العمل السياسي «Michigan Arab Voices» أنها ستعمل على إسقاط النائب دانيال ووكر. "
        'وقالت أمينة صندوق اللجنة ليلى بزي: "ووكر صوّت ضد كل ما يهم مجتمعنا".'
    )
    got = readable(*facts_of(text, names))
    assert ("role", "ليلى بزي", "Michigan Arab Voices", "treasurer") in got, got
    # a noun between the kind and the quoted name: it names something else
    text = 'أعلنت لجنة العمل على مشروع «Michigan Arab Voices» برنامجها. وقالت أمينة صندوق اللجنة ليلى بزي إن المال كاف.'
    got = readable(*facts_of(text, names))
    assert not [g for g in got if g[0] == "role"], got


def test_third_review_fixes() -> None:
    names = {"أحمد سعيد": "PERSON", "حزب الوفد": "ORG", "محمد علي": "PERSON"}
    text = "ونفى الوزير أحمد سعيد الاتهامات وأكد أن حزب الوفد يدعم ترشيح محمد علي للرئاسة."
    got = readable(*facts_of(text, names))
    assert ("support", "حزب الوفد", "محمد علي", "for") in got, got
    names = {"أحمد سعيد": "PERSON", "خالد يوسف": "PERSON", "حزب النور": "ORG"}
    text = "وقال المحلل أحمد سعيد إن رجل الأعمال خالد يوسف اشتهر عندما قام بتمويل حملة حزب النور."
    got = readable(*facts_of(text, names))
    assert [g[1] for g in got if g[0] == "donation"] == ["خالد يوسف"], got
    names = {"تسلا": "ORG", "رويترز": "ORG"}
    text = (
        "أعلنت تسلا عن خطة لخفض الوظائف. ونقلت رويترز عن مصادر أن الخطة ستشمل ألف موظف. "
        'وقالت الشركة في بيان: "نحن ملتزمون بموظفينا".'
    )
    got = readable(*facts_of(text, names))
    assert ("رويترز", "نحن ملتزمون بموظفينا") not in _quotes(got), got
    names = {"حركة النهضة": "ORG", "قيس سعيد": "PERSON"}
    got = readable(*facts_of("وتقود حركة النهضة المفاوضات الحكومية والرئيس قيس سعيد يرفض مشاركتها.", names))
    assert not [g for g in got if g[0] == "role"], got


def test_the_main_subject_of_an_announcing_participle_and_a_bracketed_label() -> None:
    names = {"أورهان قايا أوغلو": "PERSON", "الحزب الجيد": "ORG", "مراد أرسلان": "PERSON"}
    text = (
        "استقال رجل الأعمال التركي أورهان قايا أوغلو من عضوية «الحزب الجيد» إثر خلاف مع قيادته، معلناً دعمه "
        "للأكاديمي المستقل مراد أرسلان في سباق رئاسة بلدية إزمير."
    )
    got = readable(*facts_of(text, names))
    assert _support(got) == {("support", "أورهان قايا أوغلو", "مراد أرسلان", "for")}, got
    names = {"أيمن الجارحي": "PERSON", "حزب مستقبل وطن": "ORG", "حمدي الشناوي": "PERSON"}
    text = "طالب النائب أيمن الجارحي (حزب مستقبل وطن) بسحب الثقة من رئيس الحكومة حمدي الشناوي."
    got = readable(*facts_of(text, names))
    assert _support(got) == {("support", "أيمن الجارحي", "حمدي الشناوي", "against")}, got


def test_a_name_inside_a_relative_clause_set_off_by_commas_is_no_subject() -> None:
    names = {"حزب الوفد": "ORG", "فادي حداد": "PERSON", "حمدي الشناوي": "PERSON"}
    got = readable(*facts_of("وأعلن حزب الوفد، الذي يرأسه فادي حداد، دعمه للمرشح حمدي الشناوي.", names))
    assert _support(got) == {("support", "حزب الوفد", "حمدي الشناوي", "for")}, got
    # an unnamed antecedent: no backer
    names = {"فيكتور لانغ": "PERSON", "دانيال أوكافور": "PERSON"}
    text = "قال مصدر مطلع إن اللجنة، التي يموّلها قطب التكنولوجيا فيكتور لانغ، تستعد لإنفاق 8 ملايين دولار لإسقاط النائب دانيال أوكافور."
    got = readable(*facts_of(text, names))
    assert not _support(got), got
    # the name that opens the sentence, its relative clause after it
    names = {"فادي حداد": "PERSON", "حزب الوفد": "ORG", "حمدي الشناوي": "PERSON"}
    got = readable(*facts_of("وقال فادي حداد، الذي يرأس حزب الوفد، إنه يدعم المرشح حمدي الشناوي.", names))
    assert ("support", "فادي حداد", "حمدي الشناوي", "for") in got, got
