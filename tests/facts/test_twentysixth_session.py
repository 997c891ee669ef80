"""Fact rules of the twenty-sixth session, from unseen ANT multisource news (2018) annotated by helpers;
each test has a case the rule must not fire on."""

from __future__ import annotations

from tests.facts.helpers import facts_of, readable


def _of(got: set[tuple], kind: str) -> set[tuple]:
    return {g for g in got if g[0] == kind}


def _speakers(got: set[tuple]) -> set[str]:
    return {g[1] for g in _of(got, "quote")}


def test_a_statement_that_says_names_its_issuer() -> None:
    names = {"مكتب الاتصالات القطري": "ORG", "قطر": "GPE"}
    text = 'وأصدر مكتب الاتصالات القطري بيانا جاء فيه أن "قطر تود أن تؤكد بشكل قاطع أنها لم تتورط في ذلك".'
    got = readable(*facts_of(text, names))
    assert _speakers(got) == {"مكتب الاتصالات القطري"}, got
    # the issuer named after another speech verb's subject is the one whose statement it is
    text = (
        "ونفت السلطات القطرية مزاعم برويدي من خلال تصريحات مكتب الاتصالات القطري الذي أصدر بيانا جاء فيه "
        'أن "قطر تود أن تؤكد بشكل قاطع أنها لم تتورط في ذلك".'
    )
    got = readable(*facts_of(text, {**names, "السلطات القطرية": "ORG", "برويدي": "PERSON"}))
    assert _speakers(got) == {"مكتب الاتصالات القطري"}, got
    # a statement in construct with the body it is of: that body, not the agency relaying it
    text = (
        "وقالت منظمة حظر الأسلحة الكيميائية إنها تلقت طلبا من بريطانيا. ونقلت فرانس برس بيان المنظمة الذي "
        'جاء فيه "ردا على الطلب ستنشر المنظمة فريق مساعدة فنية".'
    )
    names2 = {"منظمة حظر الأسلحة الكيميائية": "ORG", "بريطانيا": "GPE", "فرانس برس": "ORG"}
    got = readable(*facts_of(text, names2))
    assert ("منظمة حظر الأسلحة الكيميائية", "ردا على") in {(g[1], g[2][:7]) for g in _of(got, "quote")}, got
    assert "فرانس برس" not in _speakers(got), got
    # "جاء فيه" with no document before it names no one
    text = 'ونشر موقع إخباري مقالا جاء فيه أن "قطر تود أن تؤكد بشكل قاطع أنها لم تتورط في ذلك".'
    got = readable(*facts_of(text, names))
    assert not _of(got, "quote"), got


def test_the_statement_of_a_body_named_after_it() -> None:
    names = {"وزارة الخارجية القطرية": "ORG"}
    for text in (
        'وجاء في بيان لوزارة الخارجية القطرية أن "هذه الاتهامات باطلة ولا أساس لها".',
        'وجاء في بيان صادر عن وزارة الخارجية القطرية: "هذه الاتهامات باطلة ولا أساس لها".',
    ):
        got = readable(*facts_of(text, names))
        assert _speakers(got) == {"وزارة الخارجية القطرية"}, (text, got)
    # the body is what the statement is about, not whose it is
    text = 'وجاء في بيان حول زيارة وزارة الخارجية القطرية أن "هذه الاتهامات باطلة ولا أساس لها".'
    got = readable(*facts_of(text, names))
    assert not _of(got, "quote"), got


def test_a_verb_joined_to_his_own_clause_has_his_subject() -> None:
    names = {"تركي آل الشيخ": "PERSON", "محمود الخطيب": "PERSON"}
    text = "وقال تركي آل الشيخ إنه دعم ترشح محمود الخطيب لرئاسة النادي ومول حملته الانتخابية بمبلغ 6 ملايين جنيه."
    got = readable(*facts_of(text, names))
    dons = {(g[1], g[2]) for g in _of(got, "donation")}
    assert dons == {("تركي آل الشيخ", "محمود الخطيب")}, got
    # a candidate who funds his own campaign gives to no one
    text = "وقال تركي آل الشيخ إن المرشح محمود الخطيب مول حملته الانتخابية بمبلغ 6 ملايين جنيه."
    got = readable(*facts_of(text, names))
    assert ("تركي آل الشيخ", "محمود الخطيب") not in {(g[1], g[2]) for g in _of(got, "donation")}, got


def test_reporting_remarking_and_urging_verbs_quote() -> None:
    names = {"ليكيب": "ORG", "خميس الجهيناوي": "PERSON", "بتسيلم": "ORG"}
    text = 'وأوردت صحيفة "ليكيب" أن عودة اللاعب الدولي متوقعة في "منتصف مايو على أبعد تقدير"، للمشاركة في الاحتفالات.'
    assert _speakers(readable(*facts_of(text, names))) == {"ليكيب"}
    text = (
        "أكد وزير الشؤون الخارجية خميس الجهيناوي أن نتائج المؤتمر فاقت الانتظارات. ولاحظ، في ذات السياق، "
        '"ان الاستثمار الاجنبي لا يتحقق دون ثقة في البلاد ودعم سياسي من الأطراف".'
    )
    got = readable(*facts_of(text, names))
    assert ("خميس الجهيناوي", "ان الاستثمار") in {(g[1], g[2][:12]) for g in _of(got, "quote")}, got
    text = 'كما حثت منظمة "بتسيلم" الإسرائيلية الجنود على "رفض إطلاق النار على المتظاهرين العزل".'
    assert _speakers(readable(*facts_of(text, names))) == {"بتسيلم"}
    # what the urged people must wait for is another subject's clause, not the urger's words
    text = (
        'وحث خميس الجهيناوي السكان على ألا يعودوا إلى منازلهم حتى تتأكد السلطات أن "الوضع صار آمنا" في '
        "إشارة إلى خطر الكابلات."
    )
    assert not _of(readable(*facts_of(text, names)), "quote")


def test_a_body_by_its_head_noun_before_a_colon_and_a_count_quoted() -> None:
    names = {"المرصد السوري لحقوق الإنسان": "ORG", "درعا": "GPE"}
    text = (
        'وأحصى المرصد السوري لحقوق الإنسان، الخميس، تنفيذ "أكثر من 600 ضربة جوية بين غارات وقصف منذ ليل '
        'الأربعاء". وأوضح المرصد: "يحول الطيران السوري والروسي هذه المناطق إلى جحيم".'
    )
    got = readable(*facts_of(text, names))
    assert {(g[1], g[2][:4]) for g in _of(got, "quote")} == {
        ("المرصد السوري لحقوق الإنسان", "أكثر"),
        ("المرصد السوري لحقوق الإنسان", "يحول"),
    }, got
    # a head noun no body named before has names no one
    text = 'وقال مسؤول إن درعا تحت القصف. وأوضح المرصد: "يحول الطيران السوري والروسي هذه المناطق إلى جحيم".'
    got = readable(*facts_of(text, {"درعا": "GPE"}))
    assert not _of(got, "quote"), got


def test_the_company_just_quoted_by_its_head_noun() -> None:
    names = {"BAE Systems": "ORG", "السعودية": "GPE"}
    text = (
        'أعلنت شركة "BAE Systems" البريطانية أن "الحكومة وقعت مذكرة نوايا مع السعودية". وقالت الشركة: '
        '"إنها خطوة إيجابية تجاه التوصل إلى اتفاق مع شريكنا".'
    )
    got = readable(*facts_of(text, names))
    assert {g[1] for g in _of(got, "quote")} == {"BAE Systems"}, got
    # the last speaker was not named as a company: the company is unnamed
    text = 'أعلنت السعودية أن "الحكومة وقعت مذكرة نوايا". وقالت الشركة: "إنها خطوة إيجابية تجاه التوصل إلى اتفاق".'
    got = readable(*facts_of(text, names))
    assert ("السعودية", "إنها خطوة إيجابية تجاه التوصل إلى اتفاق") not in {(g[1], g[2]) for g in _of(got, "quote")}, got


def test_funding_a_campaign_pledged_his_and_joined_to_his_backing() -> None:
    names = {"تركي آل الشيخ": "PERSON", "محمود الخطيب": "PERSON"}

    def gifts(text: str) -> set[tuple]:
        return {(g[1], g[2], g[4]) for g in _of(readable(*facts_of(text, names)), "donation")}

    # a pledge governs the funding even where "تمويل حملة" alone is a trigger
    text = "وتعهد رجل الأعمال تركي آل الشيخ بتمويل حملة محمود الخطيب الانتخابية بمبلغ 6 ملايين جنيه."
    assert gifts(text) == {("تركي آل الشيخ", "محمود الخطيب", "pledged")}
    text = "وقرر رجل الأعمال تركي آل الشيخ تمويل حملة محمود الخطيب الانتخابية بمبلغ 6 ملايين جنيه."
    assert gifts(text) == {("تركي آل الشيخ", "محمود الخطيب", "given")}
    # his funding of the campaign
    text = "وكشف تركي آل الشيخ عن تمويله حملة محمود الخطيب بمبلغ 6 ملايين جنيه."
    assert gifts(text) == {("تركي آل الشيخ", "محمود الخطيب", "given")}
    # funding "his campaign" joined to the backing of the one named before it
    text = "وأعلن تركي آل الشيخ دعمه لترشح محمود الخطيب وتمويل حملته الانتخابية بمبلغ 6 ملايين جنيه."
    assert gifts(text) == {("تركي آل الشيخ", "محمود الخطيب", "given")}
    # public money for one's own campaign is no gift from anyone named
    text = "واتهم محمود الخطيب باستخدام أموال عامة لتمويل حملته الانتخابية."
    assert gifts(text) == set()


def test_a_partys_candidate_named_before_the_title_or_running_for_it() -> None:
    names = {"محمد عبو": "PERSON", "الحزب الاشتراكي": "ORG", "حزب التيار الديمقراطي": "ORG"}

    def members(text: str) -> set[tuple]:
        return {(g[1], g[2]) for g in _of(readable(*facts_of(text, names)), "membership")}

    assert members("وقال محمد عبو مرشح حزب التيار الديمقراطي إن الانتخابات نزيهة.") == {("محمد عبو", "حزب التيار الديمقراطي")}
    assert members("وقال المترشح عن حزب التيار الديمقراطي محمد عبو إن الانتخابات نزيهة.") == {
        ("محمد عبو", "حزب التيار الديمقراطي")
    }
    # after a verb that takes a person, the name is its object and the title after it another's
    assert members("واستقبل الوزير محمد عبو مرشح حزب التيار الديمقراطي في مكتبه.") == set()
    # "the Socialist candidate": a party label, no membership
    assert members("وقال محمد عبو مرشح الحزب الاشتراكي إن الانتخابات نزيهة.") == set()


def test_a_gift_to_the_holder_of_a_places_office_and_a_planned_donation() -> None:
    names = {"كالفن ريدفورد": "PERSON", "ويليام ديلاني": "PERSON", "جورجيا": "GPE"}

    def gifts(text: str, more: dict[str, str] | None = None) -> set[tuple]:
        return {(g[1], g[2], g[4]) for g in _of(readable(*facts_of(text, names | (more or {}))), "donation")}

    text = (
        "قال مصدر مطلع على خطط كبار المانحين إن الملياردير كالفن ريدفورد يعتزم تقديم تبرع بمبلغ مليون دولار "
        "لحاكم ولاية جورجيا السابق ويليام ديلاني فور إعلان ترشحه."
    )
    assert gifts(text) == {("كالفن ريدفورد", "ويليام ديلاني", "planned")}
    # the place of the title is no giver
    text = (
        "وكان سليم الخوري قد أقر سابقاً بأنه ساهم في تمويل الحملة البلدية لرئيس بلدية زحلة الأسبق "
        "نقولا حداد عام 2016."
    )
    got = gifts(text, {"سليم الخوري": "PERSON", "زحلة": "GPE", "نقولا حداد": "PERSON"})
    assert got == {("سليم الخوري", "نقولا حداد", "given")}, got
    # a title with no place before the name is not that place's office: the name is the one after it
    text = "وتبرع كالفن ريدفورد بمليون دولار لحاكم المصرف المركزي في جورجيا ويليام ديلاني."
    assert ("كالفن ريدفورد", "ويليام ديلاني", "given") not in gifts(text, {"المصرف المركزي": "ORG"})


def test_the_latter_gives() -> None:
    names = {"مصطفى الزروق": "PERSON", "عبد السلام الفيتوري": "PERSON"}
    text = (
        "قال مصدر مقرب من رجل الأعمال الليبي مصطفى الزروق إن الأخير يدرس تمويل حملة المرشح الرئاسي "
        "عبد السلام الفيتوري بمبلغ قد يبلغ عشرات الملايين من الدنانير."
    )
    got = {(g[1], g[2], g[4]) for g in _of(readable(*facts_of(text, names)), "donation")}
    assert got == {("مصطفى الزروق", "عبد السلام الفيتوري", "planned")}, got


def test_joining_the_body_a_relative_clause_is_about() -> None:
    names = {"فراس الخطيب": "PERSON", "البناء الوطني": "ORG", "الهيئة المستقلة للانتخاب": "ORG"}
    text = (
        "تبرع النائب فراس الخطيب بمبلغ 50 ألف دينار لحزب «البناء الوطني» الذي انضم إليه الشهر الماضي، وفق "
        "البيانات المقدمة إلى الهيئة المستقلة للانتخاب."
    )
    got = {(g[1], g[2]) for g in _of(readable(*facts_of(text, names)), "membership")}
    assert got == {("فراس الخطيب", "البناء الوطني")}, got
    # "انضم إليه" with no body before the relative pronoun: the later إلى is not what he joined
    text = "وقال فراس الخطيب إنه انضم إليه قبل عام، وفق البيانات المقدمة إلى الهيئة المستقلة للانتخاب."
    assert not _of(readable(*facts_of(text, names)), "membership")


def _gifts_of(text: str, names: dict[str, str]) -> set[tuple]:
    got = readable(*facts_of(text, names))
    return {(g[1], g[2], g[3], g[4]) for g in _of(got, "donation")}


def test_a_total_received_and_a_share_of_it_from_a_named_giver() -> None:
    names = {"السلطة الوطنية المستقلة للانتخابات": "ORG", "سليمان بوعلام": "PERSON", "رشيد حمداني": "PERSON"}
    text = (
        "كشف تقرير السلطة الوطنية المستقلة للانتخابات أن حملة المترشح الحر سليمان بوعلام تلقت هبات بقيمة اثني "
        "عشر مليون دينار جزائري، من بينها خمسة ملايين دينار قدمها رجل الأعمال رشيد حمداني."
    )
    assert _gifts_of(text, names) == {
        (None, "سليمان بوعلام", (12e6, 12e6, "DZD"), "raised"),
        ("رشيد حمداني", "سليمان بوعلام", (5e6, 5e6, "DZD"), "given"),
    }
    names = {"الغد المشرق": "ORG", "نبيل الطويل": "PERSON", "عمّان": "GPE"}
    text = (
        "وقال المسؤول إن قائمة «الغد المشرق» المستقلة أفصحت عن تبرعات بلغت 1.4 مليون دولار، بينها 600 ألف "
        "دولار قدمها رجل الأعمال المقيم في عمّان نبيل الطويل."
    )
    assert _gifts_of(text, names) == {
        (None, "الغد المشرق", (1.4e6, 1.4e6, "USD"), "raised"),
        ("نبيل الطويل", "الغد المشرق", (6e5, 6e5, "USD"), "given"),
    }
    # a giver named right after the total (no share) gave all of it
    text = "وقال المسؤول إن قائمة «الغد المشرق» تلقت تبرعات بلغت 1.4 مليون دولار من رجل الأعمال نبيل الطويل."
    assert _gifts_of(text, names) == {("نبيل الطويل", "الغد المشرق", (1.4e6, 1.4e6, "USD"), "given")}


def test_a_member_of_the_house_for_a_party_receives() -> None:
    names = {"إسرائيل": "GPE", "الكنيست": "ORG", "حزب الليكود": "ORG", "آفي شتراوس": "PERSON"}
    text = (
        "أظهرت تقارير مراقب الدولة في إسرائيل أن عضو الكنيست عن حزب الليكود آفي شتراوس تلقى تبرعات بلغت 180 "
        "ألف شيكل خلال الانتخابات التمهيدية للحزب."
    )
    assert _gifts_of(text, names) == {(None, "آفي شتراوس", (180000, 180000, "ILS"), "raised")}
    # a person with no office who receives money is no political total
    text = "أظهرت تقارير الشرطة في إسرائيل أن الطالب آفي شتراوس تلقى تبرعات بلغت 180 ألف شيكل لعلاج والدته."
    assert _gifts_of(text, names) == set()


def test_a_backer_pledges_in_a_joined_clause_and_opposes_the_rival() -> None:
    names = {"ناتالي غرير": "PERSON", "أليكس دوران": "PERSON", "فرانك ليونتي": "PERSON", "نيويورك": "GPE"}
    text = (
        "أعلنت ناتالي غرير تأييدها للمرشح المستقل لرئاسة بلدية نيويورك أليكس دوران، ووعدت بالمساهمة بمئات "
        "الآلاف من الدولارات في لجنة تدعم حملته. وكانت غرير من أشد معارضي منافسه الجمهوري فرانك ليونتي."
    )
    got = readable(*facts_of(text, names))
    assert {(g[1], g[2], g[4]) for g in _of(got, "donation")} == {("ناتالي غرير", "أليكس دوران", "pledged")}, got
    assert ("support", "ناتالي غرير", "أليكس دوران", "for") in got, got
    assert ("support", "ناتالي غرير", "فرانك ليونتي", "against") in got, got
    assert ("support", "ناتالي غرير", "نيويورك", "for") not in got, got
    # after a clause of its own ("أن …"), a feminine verb goes with the woman who opened the sentence
    text = "أعلنت ناتالي غرير أن أليكس دوران سيترشح، ووعدت بالمساهمة بمئات الآلاف من الدولارات في حملته."
    got = readable(*facts_of(text, names))
    assert {(g[1], g[2]) for g in _of(got, "donation")} == {("ناتالي غرير", "أليكس دوران")}, got


def test_the_one_a_relative_clause_describes_backs_and_owns() -> None:
    names = {"كمال الدريدي": "PERSON", "Medtex": "ORG", "رضا القلال": "PERSON"}
    text = "ويُعد كمال الدريدي، الذي يملك شركة النسيج Medtex، من أبرز داعمي رضا القلال منذ الانتخابات البلدية."
    got = readable(*facts_of(text, names))
    assert ("support", "كمال الدريدي", "رضا القلال", "for") in got, got
    assert ("support", "Medtex", "رضا القلال", "for") not in got, got
    assert ("role", "كمال الدريدي", "Medtex", "owner") in got, got


def test_the_candidate_for_a_seat_receives_and_campaign_costs_are_political() -> None:
    names = {"دوغلاس فيرتشايلد": "PERSON", "مجلس النواب الأمريكي": "ORG", "جوناثان بيرس": "PERSON"}
    text = (
        "أما في الدورة الحالية فقد اكتفى دوغلاس فيرتشايلد بتبرع شخصي قدره 6600 دولار لحملة المرشح لمجلس النواب "
        "الأمريكي جوناثان بيرس."
    )
    assert {(g[0], g[1]) for g in _gifts_of(text, names)} == {("دوغلاس فيرتشايلد", "جوناثان بيرس")}
    names = {"سالم البلوشي": "PERSON", "مجلس الشورى": "ORG", "خالد الحارثي": "PERSON"}
    text = (
        "قدّم رجل الأعمال سالم البلوشي 15 ألف ريال لتغطية تكاليف الحملة الانتخابية للمرشح لعضوية مجلس الشورى "
        "خالد الحارثي."
    )
    assert {(g[0], g[1]) for g in _gifts_of(text, names)} == {("سالم البلوشي", "خالد الحارثي")}
    # the costs of a lawsuit are no political money
    text = "قدّم رجل الأعمال سالم البلوشي 15 ألف ريال لتغطية تكاليف الدعوى القضائية التي رفعها خالد الحارثي."
    assert _gifts_of(text, names) == set()
    names = {"يعقوب المناعي": "PERSON", "مجلس النواب": "ORG", "المحرق": "GPE", "دلال الكوهجي": "PERSON"}
    text = (
        "تعهّد رجل الأعمال يعقوب المناعي بتغطية نفقات الحملة الانتخابية للمرشحة لمجلس النواب عن محافظة المحرق "
        "دلال الكوهجي، والتي تُقدّر بنحو 25 ألف دينار بحريني."
    )
    assert {(g[0], g[1], g[3]) for g in _gifts_of(text, names)} == {("يعقوب المناعي", "دلال الكوهجي", "pledged")}


def test_the_list_a_relative_clause_describes_receives() -> None:
    names = {"العهد": "ORG", "طارق المجالي": "PERSON", "الحصن للإسمنت": "ORG"}
    text = "وأظهرت البيانات أن قائمة «العهد» التي يترأسها طارق المجالي تلقت عشرة آلاف دينار من شركة الحصن للإسمنت."
    assert {(g[0], g[1]) for g in _gifts_of(text, names)} == {("الحصن للإسمنت", "العهد")}


def test_gifts_to_an_inauguration_by_the_man_who_and_to_give_again() -> None:
    names = {"Meridian Gas & Power": "ORG", "Hollander Foods": "ORG", "تكساس": "GPE", "دين ماكاليستر": "PERSON"}
    text = (
        "تبرعت شركة الطاقة Meridian Gas & Power ومجموعة Hollander Foods الغذائية بـ 500 ألف دولار لكل منهما "
        "لتمويل مراسم تنصيب حاكم ولاية تكساس المنتخب دين ماكاليستر."
    )
    assert {(g[0], g[1]) for g in _gifts_of(text, names)} == {
        ("Meridian Gas & Power", "دين ماكاليستر"),
        ("Hollander Foods", "دين ماكاليستر"),
    }
    names = {
        "شيكاغو": "GPE",
        "لورانس ميتشل": "PERSON",
        "اللجنة الوطنية للحزب الجمهوري": "ORG",
        "اللجنة الوطنية للحزب الديمقراطي": "ORG",
    }
    text = (
        "ليست هذه المرة الأولى التي يفتح فيها قطب العقارات في شيكاغو لورانس ميتشل خزائنه للسياسيين؛ فالرجل "
        "الذي منح اللجنة الوطنية للحزب الجمهوري خمسمائة ألف دولار عام 2012، عاد هذا العام ليقدم 250 ألف دولار "
        "إلى اللجنة الوطنية للحزب الديمقراطي."
    )
    assert {(g[0], g[1]) for g in _gifts_of(text, names)} == {
        ("لورانس ميتشل", "اللجنة الوطنية للحزب الجمهوري"),
        ("لورانس ميتشل", "اللجنة الوطنية للحزب الديمقراطي"),
    }
    # "ليقدم" with no amount is no gift
    text = "وعاد لورانس ميتشل ليقدم استقالته إلى اللجنة الوطنية للحزب الديمقراطي."
    assert _gifts_of(text, names) == set()


def test_a_company_funds_the_campaign_of_a_districts_candidate_and_an_elided_share() -> None:
    names = {"الساحل للخدمات النفطية": "ORG", "بنغازي": "GPE", "صلاح العبيدي": "PERSON"}
    text = (
        "موّلت شركة «الساحل للخدمات النفطية» الحملة الانتخابية للمرشح عن دائرة بنغازي صلاح العبيدي بمبلغ 750 "
        "ألف دينار ليبي، بحسب وثيقة مسربة."
    )
    assert {(g[0], g[1], g[2]) for g in _gifts_of(text, names)} == {
        ("الساحل للخدمات النفطية", "صلاح العبيدي", (750000, 750000, "LYD"))
    }
    names = {"عبد الحميد قاسمي": "PERSON", "الاتحاد الوطني للمقاولين الخواص": "ORG"}
    text = (
        "وأعلنت مديرية حملة عبد الحميد قاسمي أنها تلقت نحو خمسة عشر مليون دينار جزائري، من بينها ثلاثة ملايين "
        "قدمها الاتحاد الوطني للمقاولين الخواص."
    )
    assert {(g[0], g[1], g[2], g[3]) for g in _gifts_of(text, names)} == {
        (None, "عبد الحميد قاسمي", (15e6, 15e6, "DZD"), "raised"),
        ("الاتحاد الوطني للمقاولين الخواص", "عبد الحميد قاسمي", (3e6, 3e6, "DZD"), "given"),
    }
    # a count after بينها is no share of the money ("بينها ثلاثة مرشحين")
    text = "وأعلنت مديرية حملة عبد الحميد قاسمي أنها تلقت نحو خمسة عشر مليون دينار جزائري من الاتحاد الوطني للمقاولين الخواص."
    assert {g[3] for g in _gifts_of(text, names)} == {"given"}


def test_a_candidate_past_her_apposition_and_givers_named_by_relative_or_sabaqa() -> None:
    names = {"مجلس العموم": "ORG", "سارة بنينغتون": "PERSON", "حزب العمال": "ORG", "نقابة عمال النقل والخدمات": "ORG"}
    text = (
        "أظهر سجل المصالح البرلماني أن النائبة في مجلس العموم سارة بنينغتون، المرشحة لزعامة حزب العمال، تلقت "
        "120 ألف جنيه إسترليني من نقابة عمال النقل والخدمات."
    )
    assert {(g[0], g[1]) for g in _gifts_of(text, names)} == {("نقابة عمال النقل والخدمات", "سارة بنينغتون")}
    names = {"يان فان دير بيك": "PERSON", "هولندا أولاً": "ORG"}
    text = (
        "يدرس يان فان دير بيك تقديم تبرع لحزب «هولندا أولاً». غير أن فان دير بيك، الذي سبق أن موّل الحزب بـ "
        "200 ألف يورو عام 2021، ينتظر معرفة مرشح الحزب."
    )
    got = _gifts_of(text, names)
    assert ("يان فان دير بيك", "هولندا أولا", (200000, 200000, "EUR"), "given") in got, got
    names = {"باكستر": "PERSON", "Sunflower First": "ORG", "موراليس": "PERSON"}
    text = "وسبق لباكستر أن قدّم مليون دولار عام 2020 للجنة «Sunflower First» التي عملت على إسقاط موراليس."
    assert {(g[0], g[1]) for g in _gifts_of(text, names)} == {("باكستر", "Sunflower First")}


def test_a_fundraiser_for_a_states_senator_a_committees_members_and_a_campaign_fund() -> None:
    names = {"ريتشارد ألفاريز": "PERSON", "سوزان ألفاريز": "PERSON", "كولورادو": "GPE", "توماس إيفرغرين": "PERSON"}
    text = (
        "يستضيف المنتج السينمائي ريتشارد ألفاريز وزوجته سوزان ألفاريز حفل عشاء لجمع التبرعات لصالح السيناتور "
        "الديمقراطي عن ولاية كولورادو توماس إيفرغرين في منزلهما."
    )
    got = {(g[1], g[2]) for g in _of(readable(*facts_of(text, names)), "fundraiser")}
    assert got == {("ريتشارد ألفاريز", "توماس إيفرغرين"), ("سوزان ألفاريز", "توماس إيفرغرين")}, got
    names = {"اللجنة المالية الوطنية": "ORG", "Northlake Pharmaceuticals": "ORG", "باتريشيا هان": "PERSON", "مايكل ستاينبرغ": "PERSON"}
    text = (
        "وتضم اللجنة المالية الوطنية أيضاً الرئيسة التنفيذية لشركة Northlake Pharmaceuticals باتريشيا هان "
        "والمستثمر العقاري مايكل ستاينبرغ."
    )
    got = {(g[1], g[2]) for g in _of(readable(*facts_of(text, names)), "membership")}
    assert got == {("باتريشيا هان", "اللجنة المالية الوطنية"), ("مايكل ستاينبرغ", "اللجنة المالية الوطنية")}, got
    # a place includes no members
    text = "وتضم مدينة بوسطن الرئيسة التنفيذية باتريشيا هان."
    assert not _of(readable(*facts_of(text, {"مدينة بوسطن": "ORG", "باتريشيا هان": "PERSON"})), "membership")
    names = {"جوليا ماركهام": "PERSON", "شيريل داونز": "PERSON", "Downs Victory Fund": "ORG"}
    text = (
        "استضافت جوليا ماركهام مكالمة افتراضية لجمع التبرعات لصالح المرشحة شيريل داونز. وهذا العام، قدمت "
        "ماركهام 41 ألف دولار لصندوق Downs Victory Fund."
    )
    assert {(g[0], g[1]) for g in _gifts_of(text, names)} == {("جوليا ماركهام", "Downs Victory Fund")}


def test_givers_past_their_residence_or_relative_clause_and_a_super_pacs_name() -> None:
    names = {"كلاوس هيلفريش": "PERSON", "ميونيخ": "GPE", "الحزب الديمقراطي الحر": "ORG"}
    text = "وتصدرها تبرع بقيمة 400 ألف يورو قدمه رجل الأعمال كلاوس هيلفريش، المقيم في ميونيخ، للحزب الديمقراطي الحر."
    assert {(g[0], g[1]) for g in _gifts_of(text, names)} == {("كلاوس هيلفريش", "الحزب الديمقراطي الحر")}
    names = {"Vossberg Metallbau": "ORG", "هيلفريش": "PERSON", "الحزب المسيحي الديمقراطي": "ORG"}
    text = (
        "كما منحت شركة Vossberg Metallbau للصناعات المعدنية، التي يديرها هيلفريش نفسه، الحزب المسيحي الديمقراطي "
        "150 ألف يورو."
    )
    assert {(g[0], g[1]) for g in _gifts_of(text, names)} == {("Vossberg Metallbau", "الحزب المسيحي الديمقراطي")}
    names = {"تكساس": "GPE", "ويد باكستر": "PERSON", "Corvane Systems": "ORG", "ستيفن إيلمور": "PERSON", "Prairie Values Action": "ORG"}
    text = (
        "ضخ قطب النفط في تكساس ويد باكستر ومؤسس شركة البرمجيات Corvane Systems ستيفن إيلمور ما مجموعه 6 ملايين "
        "دولار في لجنة العمل السياسي الفائقة «Prairie Values Action»."
    )
    assert {(g[0], g[1]) for g in _gifts_of(text, names)} == {
        ("ويد باكستر", "Prairie Values Action"),
        ("ستيفن إيلمور", "Prairie Values Action"),
    }


def test_backing_a_candidate_named_after_his_seat_and_his_backing_for_him() -> None:
    names = {"Keystone Forward": "ORG", "مجلس الشيوخ": "ORG", "بنسلفانيا": "GPE", "ليندا كاروثرز": "PERSON"}
    text = (
        "وتبرع رجل أعمال بمبلغ 2.5 مليون دولار للجنة العمل السياسي «Keystone Forward» التي تدعم المرشحة "
        "الديمقراطية لمجلس الشيوخ عن ولاية بنسلفانيا ليندا كاروثرز، وفقاً لتقارير."
    )
    got = readable(*facts_of(text, names))
    assert ("support", "Keystone Forward", "ليندا كاروثرز", "for") in got, got
    assert ("support", "Keystone Forward", "مجلس الشيوخ", "for") not in got, got
    names = {"أشرف جلال": "PERSON", "الهيئة العليا للحزب": "ORG", "هشام البرديسي": "PERSON"}
    text = "كما أعلن أشرف جلال تأييده لترشح عضو الهيئة العليا للحزب هشام البرديسي على مقعد دائرة الأقصر."
    got = readable(*facts_of(text, names))
    assert _of(got, "support") == {("support", "أشرف جلال", "هشام البرديسي", "for")}, got
    names = {"سالم البلوشي": "PERSON", "خالد الحارثي": "PERSON"}
    text = "قدّم سالم البلوشي 15 ألف ريال للمرشح خالد الحارثي، الذي أعلن البلوشي دعمه له منذ اليوم الأول."
    got = readable(*facts_of(text, names))
    assert ("support", "سالم البلوشي", "خالد الحارثي", "for") in got, got
    text = "موّل سالم البلوشي حملة المرشح خالد الحارثي بمبلغ 200 ألف دولار، معلناً دعمه العلني له."
    got = readable(*facts_of(text, names))
    assert ("support", "سالم البلوشي", "خالد الحارثي", "for") in got, got
    # his backing for "her" is not for the man named before
    text = "قدّم سالم البلوشي 15 ألف ريال للمرشح خالد الحارثي، معلناً دعمه لها."
    got = readable(*facts_of(text, names))
    assert ("support", "سالم البلوشي", "خالد الحارثي", "for") not in got, got


def test_a_passive_gift_the_sum_that_and_his_donation_of_an_amount() -> None:
    names = {"حزب صوت الوطن": "ORG", "عادل الشرقاوي": "PERSON", "منير عبد الحافظ": "PERSON"}
    text = (
        "كشفت وثائق أنّ مبلغ ثلاثة ملايين جنيه قُدّم لحزب صوت الوطن من قبل رجل الأعمال عادل الشرقاوي قبيل "
        "الانتخابات. أما المبلغ الذي ضخّه النائب السابق منير عبد الحافظ في خزينة الحزب فبلغ نحو 750 ألف جنيه."
    )
    assert {(g[0], g[1], g[2]) for g in _gifts_of(text, names)} == {
        ("عادل الشرقاوي", "حزب صوت الوطن", (3e6, 3e6, "EGP")),
        ("منير عبد الحافظ", "حزب صوت الوطن", (750000, 750000, "EGP")),
    }
    names = {"حسن عبد الرازق": "PERSON", "النيل الذهبي للمقاولات": "ORG", "حزب مستقبل وطن": "ORG"}
    text = (
        "نصف مليون جنيه هو المبلغ الذي قدمه رجل الأعمال حسن عبد الرازق، صاحب شركة «النيل الذهبي للمقاولات»، "
        "لحزب مستقبل وطن قبيل انتخابات مجلس النواب."
    )
    assert {(g[0], g[1]) for g in _gifts_of(text, names)} == {("حسن عبد الرازق", "حزب مستقبل وطن")}
    # the sum a fine came to is no gift
    text = "أما المبلغ الذي دفعه حزب مستقبل وطن غرامة فبلغ نحو 200 ألف جنيه."
    assert _gifts_of(text, names) == set()
    names = {"كمال بن رمضان": "PERSON", "سليم الغربي": "PERSON", "أمل صفاقس": "ORG"}
    text = (
        "وكان كمال بن رمضان قد موّل حملة سليم الغربي. فتبرّعه بأربعين ألف دينار لقائمة «أمل صفاقس» التي "
        "ترأسها الغربي ورد في تقرير سابق."
    )
    assert ("كمال بن رمضان", "أمل صفاقس") in {(g[0], g[1]) for g in _gifts_of(text, names)}
    assert not _gifts_of("ورفض حزب أمل صفاقس تبرعه بمليون دولار.", names)


def test_a_disclosed_total_and_the_list_of_its_donors() -> None:
    names = {"حزب الوئام المغربي": "ORG", "المجلس الأعلى للحسابات": "ORG", "إبراهيم أيت الحاج": "PERSON", "رشيد الدكالي": "PERSON"}
    text = (
        "بلغ مجموع الهبات التي صرّح بها حزب الوئام المغربي لدى المجلس الأعلى للحسابات برسم الانتخابات الجهوية "
        "نحو 1,8 مليون درهم. وتصدّر لائحة المانحين المقاول إبراهيم أيت الحاج (400 ألف درهم)، يليه المستثمر "
        "الفلاحي رشيد الدكالي (250 ألف درهم)."
    )
    assert {(g[0], g[1], g[3]) for g in _gifts_of(text, names)} == {
        (None, "حزب الوئام المغربي", "raised"),
        ("إبراهيم أيت الحاج", "حزب الوئام المغربي", "given"),
        ("رشيد الدكالي", "حزب الوئام المغربي", "given"),
    }


def test_paying_a_lists_costs_and_money_into_a_partys_account() -> None:
    names = {"جوزيف طنوس": "PERSON", "نهوض الشمال": "ORG"}
    text = (
        "يقف رجل الأعمال جوزيف طنوس خلف لائحة «نهوض الشمال». وتقول مصادر مطلعة إن طنوس تكفّل بنفقات الماكينة "
        "الانتخابية للائحة كاملة، وهي نفقات تتراوح بين مليونين وثلاثة ملايين دولار."
    )
    assert {(g[0], g[1], g[2]) for g in _gifts_of(text, names)} == {
        ("جوزيف طنوس", "نهوض الشمال", (2e6, 3e6, "USD"))
    }
    names = {"فاضل المياحي": "PERSON", "حزب الفرات الوطني": "ORG"}
    text = "حوّل رجل الأعمال فاضل المياحي 500 مليون دينار إلى حساب حزب الفرات الوطني قبل أسبوعين من الاقتراع."
    assert {(g[0], g[1]) for g in _gifts_of(text, names)} == {("فاضل المياحي", "حزب الفرات الوطني")}


def test_costs_paid_for_a_districts_candidate_and_a_contribution_to_his_campaign() -> None:
    names = {"بدر الفيلكاوي": "PERSON", "مشعل الرومي": "PERSON", "صالح القناعي": "PERSON", "مجلس الأمة": "ORG"}
    text = (
        "تعهّد التاجر بدر الفيلكاوي بتغطية تكاليف المقر الانتخابي للمرشح عن الدائرة الثالثة مشعل الرومي، والتي "
        "تُقدَّر بنحو 40 ألف دينار كويتي. وكان صالح القناعي قد ساهم في حملة الرومي لانتخابات مجلس الأمة عام 2022 "
        "بمبلغ 15 ألف دينار."
    )
    assert {(g[0], g[1], g[3]) for g in _gifts_of(text, names)} == {
        ("بدر الفيلكاوي", "مشعل الرومي", "pledged"),
        ("صالح القناعي", "مشعل الرومي", "given"),
    }
    names = {"سالم بن حمد الحجري": "PERSON", "مجلس الشورى": "ORG", "إبراء": "GPE", "أحمد بن خلفان المعمري": "PERSON"}
    text = (
        "تكفّل الشيخ سالم بن حمد الحجري بنفقات الحملة الانتخابية للمرشح لعضوية مجلس الشورى عن ولاية إبراء أحمد "
        "بن خلفان المعمري، وهي نفقات يقدّرها مقربون بما بين 8 و10 آلاف ريال عُماني."
    )
    assert {(g[0], g[1], g[2]) for g in _gifts_of(text, names)} == {
        ("سالم بن حمد الحجري", "أحمد بن خلفان المعمري", (8000, 10000, "OMR"))
    }
    # the costs of his own office building are no gift
    text = "تكفّل الشيخ سالم بن حمد الحجري بنفقات ترميم مسجد في ولاية إبراء بمبلغ 10 آلاف ريال."
    assert _gifts_of(text, names) == set()


def test_a_grant_past_a_cut_family_name_and_a_contribution_to_a_lists_campaign() -> None:
    names = {"عبد الرقيب": "PERSON", "حزب التضامن الوطني": "ORG"}
    text = "منح رجل الأعمال عبد الرقيب الشيباني حزب التضامن الوطني 30 مليون ريال يمني دعماً لمرشحيه."
    assert {(g[0], g[1]) for g in _gifts_of(text, names)} == {("عبد الرقيب", "حزب التضامن الوطني")}
    names = {"رابح بوعلام": "PERSON", "شباب الأوراس": "ORG"}
    text = "ساهم المقاول رابح بوعلام بمليوني دينار جزائري في حملة القائمة الحرة «شباب الأوراس» بولاية باتنة."
    assert {(g[0], g[1], g[2]) for g in _gifts_of(text, names)} == {("رابح بوعلام", "شباب الأوراس", (2e6, 2e6, "DZD"))}


def test_a_lists_total_with_a_donated_share_and_a_districts_candidate() -> None:
    names = {"بنزرت للجميع": "ORG", "نزار العياري": "PERSON"}
    text = "تلقت قائمة «بنزرت للجميع» تبرعات بلغت 38 ألف دينار، بينها 12 ألف دينار تبرّع بها الصيدلي نزار العياري."
    assert {(g[0], g[1], g[3]) for g in _gifts_of(text, names)} == {
        (None, "بنزرت للجميع", "raised"),
        ("نزار العياري", "بنزرت للجميع", "given"),
    }
    names = {"الطاهر بن سليمان": "PERSON", "مجلس النواب": "ORG", "عبد الحكيم الزليتني": "PERSON"}
    text = (
        "ضخّ رجل الأعمال الطاهر بن سليمان ما لا يقل عن 5 ملايين دينار ليبي في حملة المرشح لمجلس النواب عن مصراتة "
        "عبد الحكيم الزليتني."
    )
    assert {(g[0], g[1]) for g in _gifts_of(text, names)} == {("الطاهر بن سليمان", "عبد الحكيم الزليتني")}


def test_a_moroccan_city_with_its_particle_makes_dirhams_moroccan() -> None:
    from rasd.text.money import find_amounts

    text = "وعد المنعش العقاري حميد الصنهاجي بدفع مئتي ألف درهم لحزب الفجر خلال لقاء مغلق بالدار البيضاء."
    assert [a.currency for a in find_amounts(text)] == ["MAD"]


def test_a_cheque_sent_to_her_campaign_and_a_super_pacs_total_and_donors() -> None:
    names = {"كلايتون بيرك": "PERSON", "ماريسا أوكامبو": "PERSON"}
    text = (
        "أعلن رجل الأعمال كلايتون بيرك دعمه للمرشحة الديمقراطية لمنصب الحاكم ماريسا أوكامبو، وأرسل إلى حملتها "
        "شيكاً بمليون دولار."
    )
    assert {(g[0], g[1]) for g in _gifts_of(text, names)} == {("كلايتون بيرك", "ماريسا أوكامبو")}
    assert not _gifts_of("وأرسل كلايتون بيرك رسالة إلى ماريسا أوكامبو.", names)
    names = {"Forward Ohio Fund": "ORG", "دانيال ويتكر": "PERSON", "ليونارد بريسكوت": "PERSON"}
    text = (
        "أظهرت إفصاحات أن لجنة العمل السياسي الكبرى «Forward Ohio Fund»، الداعمة للمرشح الجمهوري دانيال ويتكر، "
        "جمعت 14.6 مليون دولار خلال النصف الأول من العام. وتصدّر قائمة المانحين قطب العقارات ليونارد بريسكوت "
        "بخمسة ملايين دولار."
    )
    assert {(g[0], g[1], g[3]) for g in _gifts_of(text, names)} == {
        (None, "Forward Ohio Fund", "raised"),
        ("ليونارد بريسكوت", "Forward Ohio Fund", "given"),
    }


def test_unnamed_givers_total_for_an_inauguration_and_the_list_that_tops_it() -> None:
    names = {"فلوريدا": "GPE", "روبرت آلدن": "PERSON", "Gulfstream Power": "ORG", "Coral Key Resorts": "ORG"}
    text = (
        "كشفت وثائق نُشرت الأربعاء أن شركات ورجال أعمال قدّموا ما مجموعه 9.2 مليون دولار لتمويل حفل تنصيب حاكم "
        "ولاية فلوريدا المنتخب روبرت آلدن. وتصدّرت شركة المرافق Gulfstream Power القائمة بمليون دولار، تلتها "
        "مجموعة الفنادق Coral Key Resorts بخمسمئة ألف دولار."
    )
    assert {(g[0], g[1], g[3]) for g in _gifts_of(text, names)} == {
        (None, "روبرت آلدن", "raised"),
        ("Gulfstream Power", "روبرت آلدن", "given"),
        ("Coral Key Resorts", "روبرت آلدن", "given"),
    }
    # "تصدر" with no gift just read is no list of givers
    text = "بينما تصدر فريق Coral Key Resorts الدوري بفارق مليون دولار عن روبرت آلدن."
    assert _gifts_of(text, names) == set()


def test_self_funding_and_a_withdrawn_pledge_are_no_gifts_and_a_fundraiser_for_a_runner() -> None:
    names = {"ريتشارد ستال": "PERSON", "كلير ويندهام": "PERSON", "أوستن كار": "PERSON", "Future Majority Action": "ORG"}
    text = "قالت كلير ويندهام إنها جمعت الكثير. أما الملياردير الإعلامي ريتشارد ستال فموّل حملته بنفسه بنحو 60 مليون دولار."
    assert not any(g[0] == "ريتشارد ستال" for g in _gifts_of(text, names))
    text = "تراجع الملياردير أوستن كار عن تعهده بتقديم 20 مليون دولار للجنة «Future Majority Action»."
    assert _gifts_of(text, names) == set()
    text = "تعهد الملياردير أوستن كار بتقديم 20 مليون دولار للجنة «Future Majority Action»."
    assert {(g[0], g[1], g[3]) for g in _gifts_of(text, names)} == {("أوستن كار", "Future Majority Action", "pledged")}
    names = {"دانيال أوربان": "PERSON", "سيلين أوربان": "PERSON", "بيفرلي هيلز": "GPE", "إيزابيل نورثكوت": "PERSON"}
    text = (
        "استضاف المنتج السينمائي دانيال أوربان وزوجته الممثلة سيلين أوربان حفل عشاء لجمع التبرعات في منزلهما "
        "ببيفرلي هيلز لصالح المرشحة الديمقراطية للرئاسة إيزابيل نورثكوت."
    )
    got = {(g[1], g[2]) for g in _of(readable(*facts_of(text, names)), "fundraiser")}
    assert got == {("دانيال أوربان", "إيزابيل نورثكوت"), ("سيلين أوربان", "إيزابيل نورثكوت")}, got


def test_a_donor_list_whose_givers_relative_clauses_give() -> None:
    names = {"Prosperity Now PAC": "ORG", "ويسلي هارتمان": "PERSON", "يوجين ماكاليستر": "PERSON", "فيليس ماكاليستر": "PERSON"}
    text = (
        "ومن بين أكبر المانحين للجنة «Prosperity Now PAC» الداعمة لحاكم ولاية جورجيا الجمهوري ويسلي هارتمان "
        "قطبُ الشحن البحري يوجين ماكاليستر، الذي قدّم سبعة ملايين ونصف المليون دولار، وشقيقته فيليس ماكاليستر "
        "التي ساهمت بمليوني دولار."
    )
    got = {(g[0], g[1], g[2]) for g in _gifts_of(text, names)}
    assert ("يوجين ماكاليستر", "Prosperity Now PAC", (7.5e6, 7.5e6, "USD")) in got, got
    assert not any(g[0] == "ويسلي هارتمان" for g in got), got


def test_a_unions_quoted_name_after_its_description_pledges_and_a_verb_after_a_colon() -> None:
    names = {"اتحاد المعلمين": "ORG", "بنسلفانيا": "GPE", "Keystone Educators Union": "ORG", "Keep Pennsylvania Working": "ORG"}
    text = (
        "تعهّد اتحاد المعلمين في ولاية بنسلفانيا «Keystone Educators Union» بتقديم مئات الآلاف من الدولارات "
        "للجنة «Keep Pennsylvania Working»."
    )
    assert {(g[0], g[1], g[3]) for g in _gifts_of(text, names)} == {
        ("Keystone Educators Union", "Keep Pennsylvania Working", "pledged")
    }
    names = {"نايجل ويتفيلد": "PERSON", "Saltmarsh Partners": "ORG", "اللجنة الوطنية الجمهورية": "ORG"}
    text = "وزّع نايجل ويتفيلد رهاناته على الحزبين: فقد منح اللجنة الوطنية الجمهورية 413 ألف دولار في مارس."
    assert {(g[0], g[1]) for g in _gifts_of(text, names)} == {("نايجل ويتفيلد", "اللجنة الوطنية الجمهورية")}


def test_review_cases_where_the_sessions_rules_must_not_fire() -> None:
    names = {
        "عبد الفتاح السيسي": "PERSON",
        "نجيب ساويرس": "PERSON",
        "حزب المصريين الأحرار": "ORG",
        "حزب الوفد": "ORG",
        "أحمد عز": "PERSON",
        "أبل": "ORG",
        "محمد صلاح": "PERSON",
        "محمد علي": "PERSON",
    }

    def pairs(text: str) -> set[tuple]:
        return {(g[0], g[1]) for g in _gifts_of(text, names)}

    # الأخيرة as an adjective is no "the latter"
    text = "التقى الرئيس عبد الفتاح السيسي برئيس الوزراء. وفي الفترة الأخيرة قدم رجل الأعمال نجيب ساويرس مليون جنيه لحزب المصريين الأحرار."
    assert pairs(text) == {("نجيب ساويرس", "حزب المصريين الأحرار")}
    # "the man who" is the one named after هو
    text = "التقى الرئيس عبد الفتاح السيسي وفدا من رجال الأعمال. والرجل الذي منح حزب الوفد مليون جنيه هو نجيب ساويرس."
    assert pairs(text) == {("نجيب ساويرس", "حزب الوفد")}
    # a company topping a list of values is no giver
    text = "تبرع رجل الأعمال أحمد عز بمليون جنيه لحزب الوفد. وتصدرت شركة أبل قائمة الشركات الأعلى قيمة بنحو 3 تريليونات دولار."
    assert pairs(text) == {("أحمد عز", "حزب الوفد")}
    # the sum paid as a price is no gift
    assert not pairs("أما المبلغ الذي دفعه رجل الأعمال أحمد عز لحزب الوفد ثمنا لمقره القديم فبلغ نحو 750 ألف جنيه.")
    # a share of a footballer's money is no political gift
    assert not pairs("وتلقى اللاعب محمد صلاح نحو خمسة عشر مليون جنيه، من بينها ثلاثة ملايين قدمها رجل الأعمال نجيب ساويرس.")
    # the speaker before أن gives nothing: the unnamed givers do
    text = "وأكد رئيس الحزب محمد علي أن شركات ورجال أعمال قدموا ما مجموعه مليون جنيه لحزب الوفد."
    assert pairs(text) == {(None, "حزب الوفد")}
    # travelling to an inauguration is no gift to the one inaugurated
    text = "وقدم رجل الأعمال أحمد عز مليون جنيه قبل أيام من سفره لحضور حفل تنصيب الرئيس عبد الفتاح السيسي."
    assert ("أحمد عز", "عبد الفتاح السيسي") not in pairs(text)


def test_review_cases_for_membership_and_support() -> None:
    names = {"حزب الوفد": "ORG", "عبد الفتاح السيسي": "PERSON", "حزب النور": "ORG", "محمد البرادعي": "PERSON"}
    got = readable(*facts_of("ويضم حزب الوفد في صفوفه مقربين من الرئيس عبد الفتاح السيسي.", names))
    assert not _of(got, "membership"), got
    got = readable(*facts_of("أعلن حزب النور تأييده لانتخابات رئاسية مبكرة يطالب بها محمد البرادعي.", names))
    assert ("support", "حزب النور", "محمد البرادعي", "for") not in got, got
    names = {"أنالينا بيربوك": "PERSON", "ألمانيا": "GPE", "أوكرانيا": "GPE", "أولاف شولتس": "PERSON"}
    text = (
        "وقالت أنالينا بيربوك إن ألمانيا تقف إلى جانب أوكرانيا، فيما جدد المستشار أولاف شولتس دعمه الكامل لها."
    )
    got = readable(*facts_of(text, names))
    assert ("support", "أولاف شولتس", "أنالينا بيربوك", "for") not in got, got


def test_a_withdrawn_pledge_past_the_givers_apposition_and_the_same_committee_later() -> None:
    names = {"أوستن كار": "PERSON", "Lumenfield": "ORG", "Future Majority Action": "ORG"}
    text = (
        "تراجع الملياردير أوستن كار، مؤسس شركة البرمجيات Lumenfield، عن تعهده بتقديم 20 مليون دولار للجنة "
        "«Future Majority Action». وكان كار قد ضخّ في اللجنة ذاتها 3 ملايين دولار خلال دورة 2022."
    )
    assert {(g[0], g[1], g[2]) for g in _gifts_of(text, names)} == {
        ("أوستن كار", "Future Majority Action", (3e6, 3e6, "USD"))
    }
    names = {"كلايتون بيرك": "PERSON", "ماريسا أوكامبو": "PERSON", "تكساس": "GPE"}
    text = (
        "بعدما أمضى سنوات يموّل المرشحين الجمهوريين في تكساس، أعلن رجل الأعمال النفطي كلايتون بيرك دعمه "
        "للمرشحة الديمقراطية لمنصب الحاكم ماريسا أوكامبو، وأرسل إلى حملتها شيكاً بمليون دولار."
    )
    assert {(g[0], g[1]) for g in _gifts_of(text, names)} == {("كلايتون بيرك", "ماريسا أوكامبو")}


def test_second_review_cases() -> None:
    names = {
        "أحمد سالم": "PERSON",
        "محمد العلي": "PERSON",
        "حزب الوفد": "ORG",
        "حزب التجمع": "ORG",
        "أوراسكوم": "ORG",
        "مجلس الشيوخ": "ORG",
        "عبد الفتاح السيسي": "PERSON",
    }

    def pairs(text: str) -> set[tuple]:
        return {(g[0], g[1], g[3]) for g in _gifts_of(text, names)}

    # a clause of its own after إنه keeps its own giver
    text = "وقال أحمد سالم إنه علم أن رجل الأعمال محمد العلي زار مقر الحزب وتبرع بمليون جنيه لحزب الوفد."
    assert pairs(text) == {("محمد العلي", "حزب الوفد", "given")}
    # a ranking of fortunes after a gift is no list of givers
    text = (
        "وتلقى حزب الوفد تبرعات بقيمة 5 ملايين جنيه خلال الحملة. وتصدر رجل الأعمال محمد العلي قائمة أثرياء مصر "
        "بثروة تبلغ 3 مليارات دولار، يليه أحمد سالم بملياري دولار."
    )
    assert pairs(text) == {(None, "حزب الوفد", "raised")}
    # "the man who" nobody names, and الأخير that is a party, give nothing
    text = "والتقى الرئيس محمد العلي بالمرشح أحمد سالم، فيما لا يزال الرجل الذي منح حزب الوفد مليون جنيه مجهولا."
    assert not any(g[0] in ("محمد العلي", "أحمد سالم") for g in pairs(text))
    text = "هاجم أحمد سالم قيادة حزب التجمع، مؤكدا أن الأخير قدم مليون جنيه لحملة محمد العلي."
    assert ("أحمد سالم", "محمد العلي", "given") not in pairs(text)
    # the sum a sentence does not give is no other clause's total
    text = "المبلغ الذي قدمه رجل الأعمال محمد العلي لحزب الوفد لم يكشف عنه، في حين بلغ إجمالي التبرعات 3 ملايين جنيه."
    assert ("محمد العلي", "حزب الوفد", "given") not in pairs(text)
    # a joined verb with a subject of its own
    text = "أعلن حزب الوفد برنامجه الانتخابي، ووعدت شركة أوراسكوم بتقديم مليون جنيه له."
    assert pairs(text) == {("أوراسكوم", "حزب الوفد", "pledged")}
    # a share whose scale is unsaid is not read as three pounds
    text = "تلقى حزب الوفد نحو خمسة عشر مليون جنيه، منها ثلاثة قدمها رجل الأعمال محمد العلي."
    assert pairs(text) == {(None, "حزب الوفد", "raised")}
    # handing over a cheque himself is still a gift; unnamed givers' pledge stays a pledge
    assert pairs("وسلم رجل الأعمال محمد العلي بنفسه شيكا بقيمة مليون جنيه لحزب الوفد.") == {
        ("محمد العلي", "حزب الوفد", "given")
    }
    text = "وذكرت الصحيفة أن شركات ورجال أعمال تعهدوا بتقديم 9 ملايين دولار لحملة المرشح أحمد سالم."
    assert pairs(text) == {(None, "أحمد سالم", "pledged")}
    got = readable(*facts_of("تورط المرشح أحمد سالم في فضيحة مالية، فسحب حزب الوفد دعمه له.", names))
    assert ("support", "حزب الوفد", "أحمد سالم", "for") not in got, got
    got = readable(*facts_of("أعلن الرئيس محمد العلي دعمه، وقال عضو مجلس الشيوخ أحمد سالم إن القرار صائب.", names))
    assert not _of(got, "support"), got
    got = readable(*facts_of("ويضم حزب الوفد خصوما سابقين للرئيس عبد الفتاح السيسي.", names))
    assert not _of(got, "membership"), got


def test_a_deposit_into_the_lists_account_and_a_pledged_donation_past_a_time_phrase() -> None:
    names = {"نابلس تستحق": "ORG", "عمّان": "GPE", "هاني الخياط": "PERSON"}
    text = (
        "وشاركت قائمة «نابلس تستحق» في الانتخابات البلدية. كما أودع رجل الأعمال هاني الخياط 30 ألف دينار أردني "
        "في حساب القائمة."
    )
    assert {(g[0], g[1]) for g in _gifts_of(text, names)} == {("هاني الخياط", "نابلس تستحق")}
    names = {"وليد حداد": "PERSON", "الأرز الحر": "ORG"}
    text = (
        "نظم وليد حداد عشاء لحزب «الأرز الحر». وكان حداد قد تعهّد في وقت سابق بتبرع من سبعة أرقام لحملة الحزب "
        "في الانتخابات النيابية المقبلة."
    )
    assert {(g[0], g[1], g[3]) for g in _gifts_of(text, names)} == {("وليد حداد", "الأرز الحر", "pledged")}
