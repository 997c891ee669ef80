import pytest
from helpers import facts_of, readable


def test_title_org_person():
    text = "ومن المقرر أن يتواصل المسؤولون، بما في ذلك الرئيس التنفيذي لشركة Northgate Holdings نيل غارفي، ورئيس شركة Brindle توم ماكلاود، مع المانحين."
    doc, facts = facts_of(
        text, {"Northgate Holdings": "ORG", "نيل غارفي": "PERSON", "Brindle": "ORG", "توم ماكلاود": "PERSON"}
    )
    got = readable(doc, facts)
    assert ("role", "نيل غارفي", "Northgate Holdings", "ceo") in got
    assert ("role", "توم ماكلاود", "Brindle", "president") in got
    # the list item "ورئيس شركة Brindle" must not be given to the person before it
    assert ("role", "نيل غارفي", "Brindle", "president") not in got


def test_person_comma_title_org():
    text = 'كما تبرع هوارد لوتنيك، الرئيس التنفيذي لشركة الخدمات المالية "كانتور فيتزجيرالد"، وبول سينجر، رئيس شركة "إليوت مانجمنت"، بمبلغ 5 ملايين دولار.'
    doc, facts = facts_of(
        text,
        {"هوارد لوتنيك": "PERSON", "كانتور فيتزجيرالد": "ORG", "بول سينجر": "PERSON", "إليوت مانجمنت": "ORG"},
    )
    got = readable(doc, facts)
    assert ("role", "هوارد لوتنيك", "كانتور فيتزجيرالد", "ceo") in got
    assert ("role", "بول سينجر", "إليوت مانجمنت", "president") in got
    assert ("role", "بول سينجر", "كانتور فيتزجيرالد", "ceo") not in got


def test_org_then_owner_pronoun():
    text = "وأبرز المتبرعين شركة «كويكن لونز» لمالكها دان غيلبيرت."
    doc, facts = facts_of(text, {"كويكن لونز": "ORG", "دان غيلبيرت": "PERSON"})
    assert ("role", "دان غيلبيرت", "كويكن لونز", "owner") in readable(doc, facts)


def test_subject_of_sentence_holds_later_title():
    text = "وكان غارفي، الذي يدير صندوقا تحوطيا وهو أيضا مالك مشارك لفريق أوريغون فالكونز، من أبرز المانحين."
    doc, facts = facts_of(text, {"غارفي": "PERSON", "أوريغون فالكونز": "ORG"})
    assert ("role", "غارفي", "أوريغون فالكونز", "co-owner") in readable(doc, facts)


def test_cofounder_of_two_organisations():
    text = "كان ثيل، الذي شارك في تأسيس كل من باي بال وبالانتير، من أشد المؤيدين لدورسيت في عام 2016."
    doc, facts = facts_of(text, {"ثيل": "PERSON", "باي بال": "ORG", "بالانتير": "ORG", "دورسيت": "PERSON"})
    got = readable(doc, facts)
    assert ("role", "ثيل", "باي بال", "co-founder") in got
    assert ("role", "ثيل", "بالانتير", "co-founder") in got
    assert ("support", "ثيل", "دورسيت", "for") in got


def test_title_without_organisation_is_no_role():
    text = "وقال الرئيس الأمريكي جيمي كارتر إنه سيفوز."
    doc, facts = facts_of(text, {"جيمي كارتر": "PERSON"})
    assert not [f for f in facts if f.type == "role"]


def test_a_title_that_is_the_object_of_a_verb_is_not_the_subjects():
    text = "ويوم الخميس، دعا نوردين إلى طرد رئيس شبكة سي إن إن بسبب ما قال إنه انحياز ضده."
    doc, facts = facts_of(text, {"نوردين": "PERSON", "سي إن إن": "ORG"})
    assert not [f for f in facts if f.type == "role"], readable(doc, facts)
    text = "نوردين يهاجم وزير العدل في الكونغرس."
    doc, facts = facts_of(text, {"نوردين": "PERSON", "الكونغرس": "ORG"})
    assert not [f for f in facts if f.type == "role"], readable(doc, facts)


def test_a_title_linked_to_the_name_is_still_its_role():
    text = "وقال سامي فرح، الذي يشغل منصب رئيس شركة نورث ستار، إن الصفقة تمت."
    doc, facts = facts_of(text, {"سامي فرح": "PERSON", "نورث ستار": "ORG"})
    assert ("role", "سامي فرح", "نورث ستار", "president") in readable(doc, facts)


def test_a_title_opening_the_sentence_after_amma_is_its_subject_not_a_pronoun():
    text = 'وقال سامي فرح إن النتائج جيدة. أما زعيم حزب الأمل فقال إن "التركيبة الجديدة ضمانة".'
    doc, facts = facts_of(text, {"سامي فرح": "PERSON", "حزب الأمل": "ORG"})
    assert not [f for f in facts if f.type == "role"], readable(doc, facts)


def test_a_body_after_a_second_coordinated_title_is_that_titles():
    text = "ونقلا عن عضو الكنيست ورئيس حزب العمل سامي فرح، فإن الأموال أودعت في حساب شركة."
    doc, facts = facts_of(text, {"حزب العمل": "ORG", "سامي فرح": "PERSON"})
    roles = {f for f in readable(doc, facts) if f[0] == "role"}
    assert roles == {("role", "سامي فرح", "حزب العمل", "president")}


def test_where_the_president_spoke_is_not_his_office():
    text = "وصل سامي فرح إلى نيويورك أمس. وقال الرئيس الفلسطيني في جلسة مجلس الأمن إن فلسطين تسعى لسلاح واحد."
    doc, facts = facts_of(text, {"سامي فرح": "PERSON", "مجلس الأمن": "ORG"})
    assert not [f for f in facts if f.type == "role"], readable(doc, facts)


def test_the_election_of_a_future_president_is_no_ones_role():
    text = "وقال سامي فرح إن الحزب سيفوز. ومن المقرر ان يتم انتخاب رئيس المفوضية الأوروبية بعد الانتخابات."
    doc, facts = facts_of(text, {"سامي فرح": "PERSON", "المفوضية الأوروبية": "ORG"})
    assert not [f for f in facts if f.type == "role"], readable(doc, facts)


def test_a_title_after_a_description_and_a_comma_is_the_last_subjects():
    text = (
        "قال سامي فرح إنه سيدعم الحزب. "
        "وقال الملياردير المعروف، مالك صحيفة نور اليوم المقربة من رئيس الوزراء هاني زيد، إنه يعتقد ذلك."
    )
    doc, facts = facts_of(text, {"سامي فرح": "PERSON", "نور اليوم": "ORG", "هاني زيد": "PERSON"})
    assert ("role", "سامي فرح", "نور اليوم", "owner") in readable(doc, facts)


def test_a_title_right_after_a_speech_verb_is_that_verbs_unnamed_subject():
    text = "وصل سامي فرح إلى موسكو. وقالت المتحدثة باسم وزارة الخارجية الروسية إن الزيارة ناجحة."
    doc, facts = facts_of(text, {"سامي فرح": "PERSON", "وزارة الخارجية الروسية": "ORG"})
    assert not [f for f in facts if f.type == "role"], readable(doc, facts)


def test_a_countrys_president_speaking_to_an_outlet_holds_no_role_there():
    text = 'زار سامي فرح البلاد. وحول ملف منفصل، قال الرئيس الموريتاني لـ"فرانس24" إن تدفق اللاجئين مستمر.'
    doc, facts = facts_of(text, {"سامي فرح": "PERSON", "فرانس24": "ORG"})
    assert not [f for f in facts if f.type == "role"], readable(doc, facts)
    text = "حذر الرئيس الجمهوري لمجلس النواب، سامي فرح، من الإغلاق."
    doc, facts = facts_of(text, {"سامي فرح": "PERSON", "مجلس النواب": "ORG"})
    assert ("role", "سامي فرح", "مجلس النواب", "speaker") in readable(doc, facts)  # the chamber's president


def test_a_senator_of_the_one_senate_the_article_names():
    text = "حث السيناتور سامي فرح من ولاية أوهايو داعمه على التبرع. وكان قد ترشح لمجلس الشيوخ عام 2022."
    doc, facts = facts_of(text, {"سامي فرح": "PERSON", "مجلس الشيوخ": "ORG"})
    assert ("role", "سامي فرح", "مجلس الشيوخ", "senator") in readable(doc, facts)
    text = "حث السيناتور سامي فرح داعمه على التبرع. ولم يذكر المقال أي مجلس."
    doc, facts = facts_of(text, {"سامي فرح": "PERSON"})
    assert not [f for f in facts if f.type == "role"]


def test_secretary_general_and_deputy():
    text = "وقال الأمين العام لحزب الأمل سامي فرح إن الحزب سيشارك. وأكد نائب الأمين العام لحزب الأمل هاني زيد ذلك."
    doc, facts = facts_of(text, {"حزب الأمل": "ORG", "سامي فرح": "PERSON", "هاني زيد": "PERSON"})
    got = readable(doc, facts)
    assert ("role", "سامي فرح", "حزب الأمل", "secretary-general") in got
    assert ("role", "هاني زيد", "حزب الأمل", "deputy secretary-general") in got


def test_envoys_and_commanders():
    text = (
        "في بداية الأزمة كان مبعوث الأمم المتحدة لليمن، سامي فرح، حريصا على الحوار. "
        "وخلفه البريطاني هاني زيد مبعوثا للأمم المتحدة إلى اليمن. "
        "وأكد قائد القيادة الوسطى الأميركية، الجنرال كريم منصور، أن الوضع خطير."
    )
    names = {
        "الأمم المتحدة": "ORG",
        "اليمن": "GPE",
        "سامي فرح": "PERSON",
        "هاني زيد": "PERSON",
        "القيادة الوسطى الأميركية": "ORG",
        "كريم منصور": "PERSON",
    }
    doc, facts = facts_of(text, names)
    got = {(r[1], r[2], r[3]) for r in readable(doc, facts) if r[0] == "role"}
    assert ("سامي فرح", "الأمم المتحدة", "envoy") in got
    assert ("هاني زيد", "الأمم المتحدة", "envoy") in got


def test_a_body_referred_to_by_its_head_noun_or_a_ministry_by_its_minister():
    text = (
        "تعرض آل منصور لهتافات من جمهور النادي الأهلي خلال المباراة. "
        "ودعا رئيس النادي، سامي فرح، إلى تشكيل لجنة مالية. "
        "وأعلنت وزارة الصحة الفلسطينية جاهزيتها للعملية بمتابعة من وزير الصحة هاني زيد. "
        "ووجهت النائبة سؤالا لوزير الصحة عن الحملة."
    )
    names = {
        "النادي الأهلي": "ORG",
        "سامي فرح": "PERSON",
        "وزارة الصحة الفلسطينية": "ORG",
        "هاني زيد": "PERSON",
    }
    doc, facts = facts_of(text, names)
    got = {(r[1], r[2]) for r in readable(doc, facts) if r[0] == "role"}
    assert got == {("سامي فرح", "النادي الأهلي"), ("هاني زيد", "وزارة الصحة الفلسطينية")}


def test_a_party_led_by_someone_named_after_his_title_and_a_governor():
    text = (
        "وتبرع سامي فرح بسخاء لحزب النور بزعامة رئيس الحكومة الحالي هاني زيد. "
        "وفرضت الوزارة عقوبات على محافظ البنك المركزي كريم منصور هذا الأسبوع."
    )
    names = {
        "سامي فرح": "PERSON",
        "حزب النور": "ORG",
        "هاني زيد": "PERSON",
        "البنك المركزي": "ORG",
        "كريم منصور": "PERSON",
    }
    doc, facts = facts_of(text, names)
    got = readable(doc, facts)
    assert ("role", "هاني زيد", "حزب النور", "leader") in got
    assert ("role", "كريم منصور", "البنك المركزي", "governor") in got
    assert ("donation", "سامي فرح", "حزب النور", None, "given") in got  # led by someone, still the recipient


def test_one_role_per_person_and_organisation():
    text = "وقال زعيم حزب النور سامي فرح إن الحزب سيشارك. وأكد الأمين العام لحزب النور سامي فرح ذلك."
    doc, facts = facts_of(text, {"حزب النور": "ORG", "سامي فرح": "PERSON"})
    roles = [f for f in facts if f.type == "role"]
    assert len(roles) == 1


def test_a_second_title_takes_the_body_and_a_title_after_a_preposition_is_nobodys():
    text = (
        "وقال وزير الإدارة المحلية رئيس اللجنة العليا للإغاثة، سامي فرح، إن السفن محتجزة. "
        "وتحدث هاني زيد عن العقوبات. كما فرضت واشنطن عقوبات على محافظ البنك المركزي وبنك آخر."
    )
    names = {
        "اللجنة العليا للإغاثة": "ORG",
        "سامي فرح": "PERSON",
        "هاني زيد": "PERSON",
        "البنك المركزي": "ORG",
    }
    doc, facts = facts_of(text, names)
    got = {(r[1], r[2], r[3]) for r in readable(doc, facts) if r[0] == "role"}
    assert got == {("سامي فرح", "اللجنة العليا للإغاثة", "president")}


def test_a_member_of_a_body_is_a_membership_but_of_a_parliament_a_seat():
    text = (
        "وقال عادل نوري عضو هيئة الانتخابات إن التصويت سار بهدوء. "
        "ونشرت عضو مجلس الأمة سلمى راشد تغريدة عن الحملة."
    )
    names = {"عادل نوري": "PERSON", "هيئة الانتخابات": "ORG", "مجلس الأمة": "ORG", "سلمى راشد": "PERSON"}
    doc, facts = facts_of(text, names)
    got = readable(doc, facts)
    assert ("membership", "عادل نوري", "هيئة الانتخابات") in got
    assert not [r for r in got if r[0] == "role" and r[1] == "عادل نوري"]
    assert ("role", "سلمى راشد", "مجلس الأمة", "member") in got


def test_jobs_at_a_named_organisation_close_after_the_title():
    text = (
        "وقال الخبير الاقتصادي في بنك الأمل سامي فرح إن النمو ضعيف. "
        "وكان هاني زيد الصحفي المعروف بانتقاداته الحادة للحكومة وحزب النور قد كتب مقالا."
    )
    names = {"بنك الأمل": "ORG", "سامي فرح": "PERSON", "هاني زيد": "PERSON", "حزب النور": "ORG"}
    doc, facts = facts_of(text, names)
    got = {(r[1], r[2]) for r in readable(doc, facts) if r[0] == "role"}
    assert got == {("سامي فرح", "بنك الأمل")}


def test_at_the_head_of_and_as_leader_of():
    text = "وفاز سامي فرح في الانتخابات على رأس ائتلاف الأمل. وتردد اسم هاني زيد لأول مرة كزعيم لمنظمة الشباب الطلابية."
    doc, facts = facts_of(
        text,
        {"سامي فرح": "PERSON", "ائتلاف الأمل": "ORG", "هاني زيد": "PERSON", "منظمة الشباب الطلابية": "ORG"},
    )
    got = {(r[1], r[2]) for r in readable(doc, facts) if r[0] == "role"}
    assert got == {("سامي فرح", "ائتلاف الأمل"), ("هاني زيد", "منظمة الشباب الطلابية")}


def test_two_titles_joined_by_and_share_the_holder_named_after_the_second():
    text = "وتحدثت الصحيفة مع وزير الإدارة المحلية في الحكومة اليمنية ورئيس اللجنة العليا للإغاثة، سامي فرح، عن الوضع."
    names = {"الحكومة اليمنية": "ORG", "اللجنة العليا للإغاثة": "ORG", "سامي فرح": "PERSON"}
    doc, facts = facts_of(text, names)
    got = {(r[1], r[2]) for r in readable(doc, facts) if r[0] == "role"}
    assert got == {("سامي فرح", "الحكومة اليمنية"), ("سامي فرح", "اللجنة العليا للإغاثة")}


def test_a_speaker_named_with_the_body_he_is_from():
    text = 'وقال ماركو بيلوتي، من وزارة الاقتصاد الإيطالية، لصحيفة "لاريبوبليكا" إن العجز سيتراجع.'
    doc, facts = facts_of(
        text, {"ماركو بيلوتي": "PERSON", "وزارة الاقتصاد الإيطالية": "ORG", "لاريبوبليكا": "ORG"}
    )
    assert ("role", "ماركو بيلوتي", "وزارة الاقتصاد الإيطالية", "affiliate") in readable(doc, facts)
    # a speaker from a party is one of its members
    text = 'ويقول سليم أوزتورك من حزب العدالة الجديد :" لن نقبل بهذه الشروط".'
    doc, facts = facts_of(text, {"سليم أوزتورك": "PERSON", "حزب العدالة الجديد": "ORG"})
    got = readable(doc, facts)
    assert ("membership", "سليم أوزتورك", "حزب العدالة الجديد") in got
    assert ("quote", "سليم أوزتورك", "لن نقبل بهذه الشروط") in {f[:3] for f in got}, got


def test_asking_a_body_is_not_coming_from_it():
    text = "وطلب ماركو بيلوتي من وزارة الاقتصاد، تقديم الوثائق. وقال ماركو بيلوتي من وزارة الاقتصاد التي زارها إنه متفائل."
    doc, facts = facts_of(text, {"ماركو بيلوتي": "PERSON", "وزارة الاقتصاد": "ORG"})
    assert not [f for f in readable(doc, facts) if f[0] == "role"]


def test_a_post_in_a_candidates_campaign():
    text = (
        "ويحاكم جوناثان ريد المدير السابق لحملة المرشح الجمهوري مايكل هارت الانتخابية بتهم ضريبية. "
        "وقال مدير حملة هارت السابق، ديفيد لين، إن التبرعات تراجعت. "
        "وكان صامويل كوك ورئيس حملة هارت جيمس بول يعملان معا."
    )
    names = {
        "جوناثان ريد": "PERSON",
        "مايكل هارت": "PERSON",
        "ديفيد لين": "PERSON",
        "صامويل كوك": "PERSON",
        "جيمس بول": "PERSON",
    }
    doc, facts = facts_of(text, names)
    got = readable(doc, facts)
    assert ("role", "جوناثان ريد", "مايكل هارت", "campaign manager") in got
    assert ("role", "ديفيد لين", "مايكل هارت", "campaign manager") in got
    assert ("role", "جيمس بول", "مايكل هارت", "campaign chair") in got
    # "X ورئيس حملة": the person before a coordinated title holds no post
    assert not [f for f in got if f[0] == "role" and f[1] == "صامويل كوك"], got
    # an indefinite title right after a name is the verb's object: "انتقد فلان مدير حملة فلان"
    text = "وانتقد جوناثان ريد مدير حملة مايكل هارت بشدة."
    doc, facts = facts_of(text, {"جوناثان ريد": "PERSON", "مايكل هارت": "PERSON"})
    assert not [f for f in readable(doc, facts) if f[0] == "role"]


def test_the_holders_deputy_named_after_him():
    text = "وفرضت الحكومة عقوبات على الأمين العام لحركة التجديد سالم حداد ونائبه كريم عواد."
    doc, facts = facts_of(text, {"حركة التجديد": "ORG", "سالم حداد": "PERSON", "كريم عواد": "PERSON"})
    got = readable(doc, facts)
    assert ("role", "سالم حداد", "حركة التجديد", "secretary-general") in got
    assert ("role", "كريم عواد", "حركة التجديد", "deputy") in got
    text = "وفرضت الحكومة عقوبات على الأمين العام لحركة التجديد، سالم حداد، ونائبه كريم عواد."
    doc, facts = facts_of(text, {"حركة التجديد": "ORG", "سالم حداد": "PERSON", "كريم عواد": "PERSON"})
    assert ("role", "كريم عواد", "حركة التجديد", "deputy") in readable(doc, facts)


def test_minister_of_a_ministry_named_later_in_the_article():
    text = (
        "وأكد وزير المالية البيروفي السابق خوان ألبا أن الميزانية متوازنة. "
        "ووصف وزير الخارجية الكيني كارلوس منغا الاتفاق بأنه مهم. "
        "وأصدرت وزارة المالية البيروفية بيانا، كما علقت وزارة الخارجية البيروفية على الاتفاق."
    )
    names = {
        "خوان ألبا": "PERSON",
        "كارلوس منغا": "PERSON",
        "وزارة المالية البيروفية": "ORG",
        "وزارة الخارجية البيروفية": "ORG",
    }
    doc, facts = facts_of(text, names)
    got = {(r[1], r[2]) for r in readable(doc, facts) if r[0] == "role"}
    # the ministry is named only after its minister; "السابق" stands between the country and the name
    assert ("خوان ألبا", "وزارة المالية البيروفية") in got
    # the Kenyan foreign minister does not head the Peruvian foreign ministry
    assert ("كارلوس منغا", "وزارة الخارجية البيروفية") not in got


def test_no_foreign_ministry_for_a_minister_of_another_country_or_none():
    text = (
        "ووصفت وزيرة الخارجية الكينية ماري منغا الاتفاق بأنه مهم. وقال وزير الدفاع يوآف غالانت إن الجيش مستعد. "
        "وأصدرت وزارة الخارجية البيروفية بيانا، وقالت وزارة الدفاع الروسية إن المناورات بدأت."
    )
    names = {
        "ماري منغا": "PERSON",
        "يوآف غالانت": "PERSON",
        "وزارة الخارجية البيروفية": "ORG",
        "وزارة الدفاع الروسية": "ORG",
    }
    doc, facts = facts_of(text, names)
    assert not [r for r in readable(doc, facts) if r[0] == "role"]


# roles this session's patterns find, one sentence each: (text, names, the role expected)
_HELD = [
    # verbs of leading a body
    (
        "وقالت سلمى داوود التي كانت تتولى رئاسة اللجنة الوطنية للحزب الأخضر إن الأموال وصلت.",
        {"سلمى داوود": "PERSON", "اللجنة الوطنية للحزب الأخضر": "ORG"},
        ("role", "سلمى داوود", "اللجنة الوطنية للحزب الأخضر", "president"),
    ),
    (
        "وأكد كريم ناصر - الذي كان يدير صندوق الاستثمار الوطني في ذلك الوقت - أن المبلغ وصل.",
        {"كريم ناصر": "PERSON", "صندوق الاستثمار الوطني": "ORG"},
        ("role", "كريم ناصر", "صندوق الاستثمار الوطني", "director"),
    ),
    (
        "يقود حزب النجمة الزرقاء وليد حمدان منذ عشر سنوات.",
        {"حزب النجمة الزرقاء": "ORG", "وليد حمدان": "PERSON"},
        ("role", "وليد حمدان", "حزب النجمة الزرقاء", "leader"),
    ),
    (
        "انسحب من حزب الوفاق الذي يترأسه سامر عيسى.",
        {"حزب الوفاق": "ORG", "سامر عيسى": "PERSON"},
        ("role", "سامر عيسى", "حزب الوفاق", "president"),
    ),
    # definite titles after a comma or a name
    (
        "وقال روبرت هيلمان، المدير السابق لمكتب الرقابة الفيدرالي، إن التهم جاهزة.",
        {"روبرت هيلمان": "PERSON", "مكتب الرقابة الفيدرالي": "ORG"},
        ("role", "روبرت هيلمان", "مكتب الرقابة الفيدرالي", "director"),
    ),
    (
        "وأعلن سامي دوران الزعيم المؤقت لحزب النجمة رفض التعاون.",
        {"سامي دوران": "PERSON", "حزب النجمة": "ORG"},
        ("role", "سامي دوران", "حزب النجمة", "president"),
    ),
    # someone who works at a named body
    (
        "وقالت نادية سليم، التي تعمل في منظمة الرقابة المالية، إن التقرير صدر.",
        {"نادية سليم": "PERSON", "منظمة الرقابة المالية": "ORG"},
        ("role", "نادية سليم", "منظمة الرقابة المالية", "official"),
    ),
]


@pytest.mark.parametrize("text,names,expected", _HELD)
def test_a_post_said_by_a_verb_a_definite_title_or_work_at_a_body(text, names, expected):
    doc, facts = facts_of(text, names)
    assert expected in readable(doc, facts)


# no role in these: a company that runs something; work in a country
_NO_ROLE = [
    (
        "وتدير شركة موانئ الشرق 78 محطة بحرية، وقال سامر عيسى إن العمل مستمر.",
        {"موانئ الشرق": "ORG", "سامر عيسى": "PERSON"},
    ),
    (
        "وقالت نادية سليم، التي تعمل في لبنان منذ سنوات، إن التقرير صدر.",
        {"نادية سليم": "PERSON", "لبنان": "GPE"},
    ),
]


@pytest.mark.parametrize("text,names", _NO_ROLE)
def test_no_post_where_a_body_acts_or_someone_works_in_a_country(text, names):
    doc, facts = facts_of(text, names)
    assert not [f for f in readable(doc, facts) if f[0] == "role"]


def test_the_holder_is_named_after_the_bodys_local_branch():
    # "بالولاية": the body's branch in the state; the holder follows it, not the subject before
    text = "وطالب حاكم الولاية كريم سعيد مدير مكتب الرقابة الفيدرالي بالولاية سامر واكيم بالاستقالة."
    doc, facts = facts_of(
        text, {"كريم سعيد": "PERSON", "مكتب الرقابة الفيدرالي": "ORG", "سامر واكيم": "PERSON"}
    )
    got = readable(doc, facts)
    assert ("role", "سامر واكيم", "مكتب الرقابة الفيدرالي", "director") in got
    assert ("role", "كريم سعيد", "مكتب الرقابة الفيدرالي", "director") not in got


@pytest.mark.parametrize(
    "text, person, org, role",
    [
        ('وقال سامر عيسى، لاعب نادي النجوم السابق: "الاستثمار مفيد".', "سامر عيسى", "نادي النجوم", "player"),
        ("وتعاقد الاتحاد مع كريم داوود الذي كان يتولى تدريب نادي النجوم.", "كريم داوود", "نادي النجوم", "coach"),
        ("وقبل ذلك، عمل كريم داوود كنائب لرئيس المجلس التنفيذي.", "كريم داوود", "المجلس التنفيذي", "vice-president"),
        ("واعترف الرقيب في جيش الدفاع، سامر عيسى، بتسريب الوثائق.", "سامر عيسى", "جيش الدفاع", "officer"),
        ("وأعلن حزب التقدم الذي أسسه كريم داوود مرشحه.", "كريم داوود", "حزب التقدم", "founder"),
    ],
)
def test_player_coach_deputy_rank_and_founder(text, person, org, role):
    names = {"سامر عيسى": "PERSON", "كريم داوود": "PERSON", org: "ORG"}
    doc, facts = facts_of(text, names)
    assert ("role", person, org, role) in readable(doc, facts)


def test_the_deputy_named_after_the_body_when_the_title_follows_the_holder():
    text = (
        "وفرضت الدول عقوبات على حزب التقدم. والقياديون الذين شملتهم العقوبات هم كل من سامر عيسى "
        "أمين عام الحزب ونائبه كريم داوود، ورامي حداد."
    )
    doc, facts = facts_of(text, {"حزب التقدم": "ORG", "سامر عيسى": "PERSON", "كريم داوود": "PERSON", "رامي حداد": "PERSON"})
    got = readable(doc, facts)
    assert ("role", "سامر عيسى", "حزب التقدم", "secretary-general") in got, got
    assert ("role", "كريم داوود", "حزب التقدم", "deputy") in got, got


def test_an_mp_of_the_one_parliament_the_article_names():
    text = (
        "وصوت البرلمان الأوكراني على القانون. وقال النائب الأوكراني فولوديمير أرييف إن المحققين ينظرون في "
        "القضية. وقال محامي النائب سامر عيسى إن موكله بريء. وقال النائب العام كريم داوود إن التحقيق مستمر."
    )
    names = {"البرلمان الأوكراني": "ORG", "فولوديمير أرييف": "PERSON", "سامر عيسى": "PERSON", "كريم داوود": "PERSON"}
    doc, facts = facts_of(text, names)
    roles = {f[1:3] for f in readable(doc, facts) if f[0] == "role"}
    assert roles == {("فولوديمير أرييف", "البرلمان الأوكراني"), ("سامر عيسى", "البرلمان الأوكراني")}, roles
    # with two parliaments named, which one is his is unsaid
    doc, facts = facts_of(text + " وانتقد الكونغرس القرار.", {**names, "الكونغرس": "ORG"})
    assert not [f for f in readable(doc, facts) if f[0] == "role"]


@pytest.mark.parametrize(
    "text, names",
    [
        ("وقالت الجمعية الوطنية لحقوق الإنسان إنها تلقت شكوى من النائب خالد الراشد.", {"الجمعية الوطنية لحقوق الإنسان": "ORG", "خالد الراشد": "PERSON"}),
        ("صوت البرلمان العراقي على القانون، فيما انتقد النائب الفرنسي جان دوبون القرار.", {"البرلمان العراقي": "ORG", "جان دوبون": "PERSON"}),
        ("وطالب النائب القاضي سمير العلي بالتنحي، وفق ما أفاد مجلس النواب.", {"مجلس النواب": "ORG", "سمير العلي": "PERSON"}),
        ("وقال سمير العلي، العميد السابق لكلية الطب في جامعة اليرموك، إن الطلاب عادوا.", {"كلية الطب": "ORG", "جامعة اليرموك": "ORG", "سمير العلي": "PERSON"}),
        ("وانتخب سمير العلي النقيب الجديد لنقابة المهندسين الأردنيين.", {"نقابة المهندسين الأردنيين": "ORG", "سمير العلي": "PERSON"}),
    ],
)
def test_no_mp_or_rank_role_where_the_body_or_the_title_is_something_else(text, names):
    doc, facts = facts_of(text, names)
    assert not [f for f in facts if f.type == "role"], readable(doc, facts)


@pytest.mark.parametrize(
    "text, person, org, role",
    [
        ('وحل حزب "التقدم" بقيادة رئيس الوزراء سامر عيسى في المرتبة الرابعة.', "سامر عيسى", "التقدم", "leader"),
        ('وسيعرض "التحالف المدني" الذي يقوده سامر عيسى القانون على البرلمان.', "سامر عيسى", "التحالف المدني", "leader"),
        ("وقال سامر عيسى وهو من الأعضاء المؤسسين لحزب التقدم إنه لن يترشح.", "سامر عيسى", "حزب التقدم", "co-founder"),
        ("وقال سامر عيسى، أحد مؤسسي شركة النور، إنه سيغادر.", "سامر عيسى", "شركة النور", "co-founder"),
        ("وسبق لسامر عيسى أن عمل أمينا عاما لوزارة الداخلية.", "سامر عيسى", "وزارة الداخلية", "secretary-general"),
        ("وأصبح سامر عيسى زعيما لحزب التقدم عام 2005.", "سامر عيسى", "حزب التقدم", "leader"),
    ],
)
def test_leadership_founding_and_accusative_titles(text, person, org, role):
    doc, facts = facts_of(text, {"سامر عيسى": "PERSON", org: "ORG"})
    assert ("role", person, org, role) in readable(doc, facts)


@pytest.mark.parametrize(
    "text, names",
    [
        # a coalition led by a country names no person; the pronoun subject of an earlier sentence is not its leader
        (
            "قتل سامر عيسى في غارة. وأدرج التحالف العربي الذي تقوده السعودية اسمه في القائمة.",
            {"سامر عيسى": "PERSON", "التحالف العربي": "ORG", "السعودية": "GPE"},
        ),
        # an accusative title after a verb with its own subject is no role of an earlier person
        (
            "وصل سامر عيسى إلى بغداد. وينتخب المشرعون رئيسا للبرلمان في الجلسة الأولى.",
            {"سامر عيسى": "PERSON", "البرلمان": "ORG", "بغداد": "GPE"},
        ),
        # an unnamed body between the named one and the relative clause
        (
            "وفقا لصحيفة الغد: إذا قرر الائتلاف الحاكم، الذي يقوده سامر عيسى، الاستقالة، ستجرى انتخابات.",
            {"سامر عيسى": "PERSON", "صحيفة الغد": "ORG"},
        ),
    ],
)
def test_no_leader_or_title_role_without_the_holder_named_with_it(text, names):
    doc, facts = facts_of(text, names)
    assert not [f for f in facts if f.type == "role"], readable(doc, facts)


def test_a_job_at_each_body_of_an_example_list():
    text = "وسامر عيسى مساره ملفت وقد عمل أستاذا في جامعات أجنبية مرموقة مثل جامعة النور وجامعة الأمل."
    doc, facts = facts_of(text, {"سامر عيسى": "PERSON", "جامعة النور": "ORG", "جامعة الأمل": "ORG"})
    got = {f[1:3] for f in readable(doc, facts) if f[0] == "role"}
    assert got == {("سامر عيسى", "جامعة النور"), ("سامر عيسى", "جامعة الأمل")}, got


@pytest.mark.parametrize(
    "text",
    [
        "وأسس سامر عيسى شركة النور عام 2002.",
        "وكان سامر عيسى قد أسس شركة النور قبل عشر سنوات.",
        "تأسست شركة النور على يد رجل الأعمال سامر عيسى.",
    ],
)
def test_a_founder_by_the_verb(text):
    doc, facts = facts_of(text, {"سامر عيسى": "PERSON", "شركة النور": "ORG"})
    assert ("role", "سامر عيسى", "شركة النور", "founder") in readable(doc, facts)


def test_founding_by_someone_else_is_no_role_of_the_speaker():
    text = "وقال سامر عيسى إن الحكومة أسست شركة النور لإدارة الصندوق."
    doc, facts = facts_of(text, {"سامر عيسى": "PERSON", "شركة النور": "ORG"})
    assert not [f for f in facts if f.type == "role"], readable(doc, facts)


@pytest.mark.parametrize(
    "text, person",
    [
        ("وفاز حزب المحافظين الحاكم بقيادة بوريس جونسون بالانتخابات.", "بوريس جونسون"),
        ("وفاز حزب المحافظين بقيادة رئيسة الوزراء تيريزا ماي بالانتخابات.", "تيريزا ماي"),
    ],
)
def test_a_leader_after_an_adjective_or_a_title_in_ta_marbuta(text, person):
    doc, facts = facts_of(text, {"حزب المحافظين": "ORG", person: "PERSON"})
    assert ("role", person, "حزب المحافظين", "leader") in readable(doc, facts)


@pytest.mark.parametrize(
    "text, role",
    [
        ("وكان سامي فرح قد قاد حزب الوفد لسنوات.", "leader"),
        ("وقاد سامي فرح حزب الوفد في الانتخابات.", "leader"),
        ("وانضم النواب إلى حزب الوفد الناشئ، الذي يتزعمه المعارض البارز، سامي فرح، في محاولة للفوز.", "leader"),
    ],
)
def test_leadership_said_with_a_verb(text, role):
    org = "حزب الوفد الناشئ" if "الناشئ" in text else "حزب الوفد"
    doc, facts = facts_of(text, {"سامي فرح": "PERSON", org: "ORG"})
    assert ("role", "سامي فرح", org, role) in readable(doc, facts)


def test_a_leadership_verb_with_no_body_after_its_subject_is_no_role():
    text = "وقاد سامي فرح المظاهرات أمام مقر حزب الوفد."
    doc, facts = facts_of(text, {"سامي فرح": "PERSON", "حزب الوفد": "ORG"})
    assert not [f for f in facts if f.type == "role"]


def test_a_present_leadership_verb_with_the_leader_after_the_body():
    text = "والآن يتزعم حزب الوفد وزير الخارجية سامي فرح."
    doc, facts = facts_of(text, {"حزب الوفد": "ORG", "سامي فرح": "PERSON"})
    assert ("role", "سامي فرح", "حزب الوفد", "leader") in readable(doc, facts)


def test_the_owner_of_a_shop_speaking_to_an_outlet_owns_no_outlet():
    text = "وقال سامي فرح، صاحب محل فيديو في الشارع لبي بي سي إنه سمع صراخا."
    doc, facts = facts_of(text, {"سامي فرح": "PERSON", "بي بي سي": "ORG"})
    assert not [f for f in facts if f.type == "role"]
    text = "وقال سامي فرح، صاحب شركة الأمل للتجارة، إنه سمع صراخا."
    doc, facts = facts_of(text, {"سامي فرح": "PERSON", "شركة الأمل للتجارة": "ORG"})
    assert ("role", "سامي فرح", "شركة الأمل للتجارة", "owner") in readable(doc, facts)


@pytest.mark.parametrize(
    "text",
    [
        "وقاد سامي فرح نادي الوفد للفوز على منتخب مصر بهدفين.",  # a match won
        "ولا يقود سامي فرح حزب الوفد منذ عام 2010.",  # negated
        "وترأس سامي فرح مجلس الوفد في غياب رئيسه.",  # chairing a meeting
        "وكانت زيارة سامي فرح مقررة إلى مقر حزب الوفد الأسبوع المقبل.",  # مقررة: "scheduled"
    ],
)
def test_no_office_from_a_match_a_negation_a_chair_or_a_schedule(text):
    org = next(o for o in ("نادي الوفد", "حزب الوفد", "مجلس الوفد") if o in text)
    doc, facts = facts_of(text, {"سامي فرح": "PERSON", org: "ORG"})
    assert not [f for f in facts if f.type == "role"]


@pytest.mark.parametrize(
    "text",
    [
        "ونفت حركة الوفد ذلك، وقالت على لسان المتحدث باسمها، سامي فرح، إن الهجوم فشل.",
        "وقالت حركة الوفد في بيان إن المتحدث باسمها سامي فرح سيعقد مؤتمرا.",
    ],
)
def test_the_spokesperson_of_the_body_that_opens_the_sentence(text):
    doc, facts = facts_of(text, {"حركة الوفد": "ORG", "سامي فرح": "PERSON"})
    assert ("role", "سامي فرح", "حركة الوفد", "spokesperson") in readable(doc, facts)


def test_his_spokesperson_after_a_person_and_a_body_is_not_the_bodys():
    text = "وانتقد كريم ناصر حركة الوفد، وقال المتحدث باسمه سامي فرح إن الحزب فشل."
    doc, facts = facts_of(text, {"حركة الوفد": "ORG", "سامي فرح": "PERSON", "كريم ناصر": "PERSON"})
    assert not [f for f in facts if f.type == "role"]


@pytest.mark.parametrize(
    "text, role",
    [
        ("وترأس سامي فرح حزب الوفد بين عامي 2000 و2010.", "president"),
        ("وقاد سامي فرح حزب الوفد إلى الفوز في الانتخابات البرلمانية عام 2010.", "leader"),
    ],
)
def test_second_review_leaders(text, role):
    doc, facts = facts_of(text, {"سامي فرح": "PERSON", "حزب الوفد": "ORG"})
    assert ("role", "سامي فرح", "حزب الوفد", role) in readable(doc, facts)


def test_his_spokesperson_is_not_the_feminine_bodys():
    text = "وهاجمت حركة فتح حزب الوفد، وقال المتحدث باسمه سامي فرح إن الهجوم مرفوض."
    doc, facts = facts_of(text, {"حركة فتح": "ORG", "حزب الوفد": "ORG", "سامي فرح": "PERSON"})
    assert not [f for f in facts if f.type == "role"]


def test_third_review_role_cases():
    doc, facts = facts_of("وقاد سامي فرح الأهلي للفوز على الزمالك.", {"سامي فرح": "PERSON", "الأهلي": "ORG", "الزمالك": "ORG"})
    assert not [f for f in facts if f.type == "role"]
    text = "وقالت الأمم المتحدة على لسان المتحدث باسمها، سامي فرح، إن الوضع خطير."
    doc, facts = facts_of(text, {"الأمم المتحدة": "ORG", "سامي فرح": "PERSON"})
    assert ("role", "سامي فرح", "الأمم المتحدة", "spokesperson") in readable(doc, facts)


@pytest.mark.parametrize(
    "text, leader",
    [
        ("وقاد سامي فرح الأهلي إلى الفوز على الزمالك.", False),
        ("وقاد سامي فرح الأهلي للفوز بلقب الدوري.", False),
        ("وقاد سامي فرح حزب العمال للفوز على حزب المحافظين في الانتخابات.", True),
    ],
)
def test_fourth_review_leader_cases(text, leader):
    names = {"سامي فرح": "PERSON", "الأهلي": "ORG", "الزمالك": "ORG", "حزب العمال": "ORG", "حزب المحافظين": "ORG"}
    doc, facts = facts_of(text, {k: v for k, v in names.items() if k in text})
    assert bool([f for f in facts if f.type == "role"]) == leader


@pytest.mark.parametrize(
    "text",
    [
        "ويتزعم سامي فرح حزب الوفد الذي رفض النتائج النهائية.",
        "وقاد سامي فرح حزب الوفد إلى الفوز على المحافظين في الانتخابات.",
    ],
)
def test_fifth_review_party_leaders(text):
    doc, facts = facts_of(text, {"سامي فرح": "PERSON", "حزب الوفد": "ORG"})
    assert ("role", "سامي فرح", "حزب الوفد", "leader") in readable(doc, facts)


@pytest.mark.parametrize(
    "text, role",
    [
        ("وقالت هالة نصر، أمينة صندوق لجنة «أمريكا الغد»، إن اللجنة تلقت تبرعات.", ("هالة نصر", "أمريكا الغد", "treasurer")),
        ("أعلن أمين مال حزب النور، سامر عيسى، أن الحزب حصد أربعة ملايين درهم.", ("سامر عيسى", "حزب النور", "treasurer")),
        ("تعهدت هالة نصر، الشريكة المؤسسة لصندوق التحوط «البحر»، بتقديم مليون دولار.", ("هالة نصر", "البحر", "co-founder")),
        # the body named by its kind before the quoted name, then by that kind alone
        (
            "قدّم رجل الأعمال كريم داوود مليون دينار إلى جمعية «النور» لتغطية نفقات حملتها، وهو ما أكده رئيس الجمعية سامر عيسى.",
            ("سامر عيسى", "النور", "president"),
        ),
        (
            "انضم النواب كريم داوود وهالة نصر إلى كتلة «النور»، وقال رئيس الكتلة سامر عيسى إن الباب مفتوح.",
            ("سامر عيسى", "النور", "president"),
        ),
    ],
)
def test_roles_in_money_news(text, role):
    names = {"سامر عيسى": "PERSON", "هالة نصر": "PERSON", "كريم داوود": "PERSON", "أمريكا الغد": "ORG",
             "حزب النور": "ORG", "البحر": "ORG", "النور": "ORG"}
    doc, facts = facts_of(text, names)
    assert ("role",) + role in readable(doc, facts), readable(doc, facts)


@pytest.mark.parametrize(
    "text, role",
    [
        (
            "أعلنت النائبة هالة نصر انسحابها من كتلة «النور»، متهمة رئيسها سامر عيسى بتحويل الكتلة إلى شركة.",
            ("role", "سامر عيسى", "النور", "president"),
        ),
        ("وأوقفت شركة البحر رئيسها التنفيذي سامر عيسى عن العمل.", ("role", "سامر عيسى", "شركة البحر", "ceo")),
    ],
)
def test_the_head_of_the_body_named_before_by_pronoun(text, role):
    doc, facts = facts_of(text, {"سامر عيسى": "PERSON", "هالة نصر": "PERSON", "النور": "ORG", "شركة البحر": "ORG"})
    assert role in readable(doc, facts), readable(doc, facts)


def test_his_head_is_not_a_feminine_bodys():
    text = "وانتقدت حركة النور الحكومة، وقال رئيسه سامر عيسى إن الوضع صعب."
    doc, facts = facts_of(text, {"سامر عيسى": "PERSON", "حركة النور": "ORG"})
    assert not [f for f in facts if f.type == "role"], readable(doc, facts)


@pytest.mark.parametrize(
    "text, role",
    [
        # verb, holder, body (VSO) for heading and owning; the verb of taking an office and its noun
        ("ويرأس سامر عيسى حزب النور منذ عام 2012.", ("سامر عيسى", "حزب النور", "president")),
        ("وتولى سامر عيسى رئاسة حزب النور عام 2012 خلفا لكريم داوود.", ("سامر عيسى", "حزب النور", "president")),
        ("ويملك سامر عيسى شركة البحر للاستثمار منذ سنوات.", ("سامر عيسى", "شركة البحر للاستثمار", "owner")),
        ("وكان سامر عيسى يملك شركة البحر للاستثمار قبل بيعها.", ("سامر عيسى", "شركة البحر للاستثمار", "owner")),
    ],
)
def test_heading_owning_and_taking_over_verbs(text, role):
    names = {"سامر عيسى": "PERSON", "حزب النور": "ORG", "شركة البحر للاستثمار": "ORG", "كريم داوود": "PERSON"}
    doc, facts = facts_of(text, names)
    got = {(f[1], f[2], f[3]) for f in readable(doc, facts) if f[0] == "role"}
    assert role in got, got


@pytest.mark.parametrize(
    "text",
    [
        "ويملك سامر عيسى الحق في الطعن أمام حزب النور.",  # a right, not the party
        "وتولى سامر عيسى رئاسة جلسة حزب النور أمس.",  # a session chaired, no office
        "ولا يرأس سامر عيسى حزب النور منذ استقالته.",
    ],
)
def test_no_office_from_those_verbs(text):
    doc, facts = facts_of(text, {"سامر عيسى": "PERSON", "حزب النور": "ORG"})
    assert not [f for f in readable(doc, facts) if f[0] == "role"], readable(doc, facts)


# a reviewer's cases for the new role verbs (thirteenth session)
@pytest.mark.parametrize(
    "text, want",
    [
        ("وانتقد نادر سليم الحكومة بشدة، ويملك حزب الوفاق أغلبية مريحة في البرلمان.", set()),
        ("وفاز نادر سليم بمقعد في البرلمان، ويرأس حزب الوفاق حاليا فؤاد حمدان.", set()),
        ("ومن المتوقع أن يتولى نادر سليم رئاسة حزب الوفاق خلفا لفؤاد حمدان.", set()),
        ("وكان نادر سليم قد تولى رئاسة حزب الوفاق عام 2012.", {("نادر سليم", "حزب الوفاق", "president")}),
        ("وتولى نادر سليم رئاسة مجلس إدارة شركة الخليج للاستثمار.", {("نادر سليم", "شركة الخليج للاستثمار", "chair")}),
    ],
)
def test_role_verbs_review_cases(text, want):
    names = {"نادر سليم": "PERSON", "حزب الوفاق": "ORG", "فؤاد حمدان": "PERSON", "شركة الخليج للاستثمار": "ORG"}
    doc, facts = facts_of(text, {k: v for k, v in names.items() if k in text})
    assert {(r[1], r[2], r[3]) for r in readable(doc, facts) if r[0] == "role"} == want


def test_title_body_and_its_purpose_then_the_holder():
    # the لـ phrase that says what the body is for stands between it and its holder
    text = "وقال رئيس لجنة ملف الأردن لاستضافة الألعاب الآسيوية 2034، كريم الساعدي، إن الملف اكتمل."
    doc, facts = facts_of(text, {"لجنة ملف الأردن": "ORG", "كريم الساعدي": "PERSON"})
    assert ("role", "كريم الساعدي", "لجنة ملف الأردن", "president") in readable(doc, facts)
    text = "وأوضح مدير شركة النخبة للتجارة والمقاولات سامر الحلبي أن العقود وقعت."
    doc, facts = facts_of(text, {"شركة النخبة": "ORG", "سامر الحلبي": "PERSON"})
    assert ("role", "سامر الحلبي", "شركة النخبة", "director") in readable(doc, facts)
    # a reason is no purpose, and a person named before the title holds it, not the one after
    text = "وقال رئيس الحزب لأنه يخشى الفوضى، محمد علي، إن الأمر خطير."
    doc, facts = facts_of(text, {"الحزب": "ORG", "محمد علي": "PERSON"})
    assert not [f for f in facts if f.type == "role"]
    text = "وانتقد وليد حمدان، رئيس منظمة العدالة لحقوق الإنسان، الرئيس الفلبيني رودريغو دوتيرتي."
    doc, facts = facts_of(text, {"وليد حمدان": "PERSON", "منظمة العدالة": "ORG", "رودريغو دوتيرتي": "PERSON"})
    got = readable(doc, facts)
    assert ("role", "وليد حمدان", "منظمة العدالة", "president") in got
    assert not any(f[0] == "role" and f[1] == "رودريغو دوتيرتي" for f in got)


def test_senator_with_his_party_between_and_a_co_president():
    text = "وقال السناتور الجمهوري، توماس بريدجز، إن مجلس الشيوخ سيصوت على القانون."
    doc, facts = facts_of(text, {"توماس بريدجز": "PERSON", "مجلس الشيوخ": "ORG"})
    assert ("role", "توماس بريدجز", "مجلس الشيوخ", "senator") in readable(doc, facts)
    text = "وقالت نسرين حمود، الرئيسة المشتركة لمجلس الإدارة الذاتية، إن الحوار مستمر."
    doc, facts = facts_of(text, {"نسرين حمود": "PERSON", "مجلس الإدارة الذاتية": "ORG"})
    assert ("role", "نسرين حمود", "مجلس الإدارة الذاتية", "co-president") in readable(doc, facts)


def test_a_person_from_a_party_is_its_member():
    text = "ومن بين المنتقدين سياسيون مثل جون ريد من حزب العمال، وبيتر كول من حزب المحافظين."
    doc, facts = facts_of(text, {"جون ريد": "PERSON", "حزب العمال": "ORG", "بيتر كول": "PERSON", "حزب المحافظين": "ORG"})
    got = readable(doc, facts)
    assert ("membership", "جون ريد", "حزب العمال") in got and ("membership", "بيتر كول", "حزب المحافظين") in got
    # "near to" is no membership
    text = "وأثار قرب جون ريد من حزب العمال جدلا واسعا."
    doc, facts = facts_of(text, {"جون ريد": "PERSON", "حزب العمال": "ORG"})
    assert not [f for f in facts if f.type == "membership"]


def test_fifteenth_session_review_cases_for_facts():
    # a title inside an outer one gives no role to the outer title's holder
    text = "وقال وكيل الأمين العام للأمم المتحدة لعمليات السلام جان بيير لاكروا إن البعثة باقية."
    doc, facts = facts_of(text, {"الأمم المتحدة": "ORG", "جان بيير لاكروا": "PERSON"})
    assert not [f for f in facts if f.type == "role"]
    # من after "warned" or "mocked" is no membership or post
    for text in ("وحذر السبسي من حركة النهضة في خطاب أمس.", "وسخر ترامب من الحزب الديمقراطي في تغريدة."):
        names = {"السبسي": "PERSON", "حركة النهضة": "ORG", "ترامب": "PERSON", "الحزب الديمقراطي": "ORG"}
        doc, facts = facts_of(text, {k: v for k, v in names.items() if k in text})
        assert not [f for f in facts if f.type in ("membership", "role")], text


def test_a_body_then_its_leader_after_his_other_title_or_a_possessive():
    text = "ومنظمة بدر، التي يتزعمها رئيس تحالف الفتح، هادي العامري، وعصائب أهل الحق لزعيمها، قيس الخزعلي، رفضتا القرار."
    names = {"منظمة بدر": "ORG", "تحالف الفتح": "ORG", "هادي العامري": "PERSON", "عصائب أهل الحق": "ORG", "قيس الخزعلي": "PERSON"}
    got = readable(*facts_of(text, names))
    assert ("role", "هادي العامري", "منظمة بدر", "leader") in got, got
    assert ("role", "قيس الخزعلي", "عصائب أهل الحق", "leader") in got, got
    # the coalition another party belongs to is what the relative clause is about, not the party
    text = "وقدم القانون حزب إسرائيل بيتنا الشريك في الائتلاف الحاكم الذي يتزعمه رئيس الوزراء بنيامين نتانياهو."
    doc, facts = facts_of(text, {"حزب إسرائيل بيتنا": "ORG", "بنيامين نتانياهو": "PERSON"})
    assert not [f for f in facts if f.type == "role"]
    # an adjective of the party stands between it and the clause
    text = "وانضموا إلى حزب الخير الناشئ، الذي تتزعمه المعارضة البارزة، ميرال أكشينار، أمس."
    got = readable(*facts_of(text, {"حزب الخير": "ORG", "ميرال أكشينار": "PERSON"}))
    assert ("role", "ميرال أكشينار", "حزب الخير", "leader") in got, got


def test_quoted_company_name_before_its_purpose_and_a_chief_operating_officer():
    text = 'وقال رئيس مجموعة "أليانس" للبعث العقاري سمير جياب إن المشروع سيبدأ.'
    got = readable(*facts_of(text, {"أليانس": "ORG", "سمير جياب": "PERSON"}))
    assert ("role", "سمير جياب", "أليانس", "president") in got, got
    text = "وصرحت شيريل ساندبرغ، رئيسة العمليات في فيسبوك، بأن الشركة لن تبيع البيانات."
    got = readable(*facts_of(text, {"شيريل ساندبرغ": "PERSON", "فيسبوك": "ORG"}))
    assert ("role", "شيريل ساندبرغ", "فيسبوك", "coo") in got, got
    text = "وقالت لينا خليل، الشريك مؤسس في شركة أمازون، إن السوق كبير."
    got = readable(*facts_of(text, {"لينا خليل": "PERSON", "أمازون": "ORG"}))
    assert ("role", "لينا خليل", "أمازون", "co-founder") in got, got


def test_a_chamber_president_is_its_speaker_and_a_country_envoy_holds_no_post_at_the_body():
    text = "وقال رئيس مجلس النواب الأميركي بول رايان إن الحزب موحد."
    got = readable(*facts_of(text, {"مجلس النواب الأميركي": "ORG", "بول رايان": "PERSON"}))
    assert ("role", "بول رايان", "مجلس النواب الأميركي", "speaker") in got, got
    text = "وقال المبعوث الفلسطيني للأمم المتحدة رياض منصور إن القرار ظالم."
    doc, facts = facts_of(text, {"الأمم المتحدة": "ORG", "رياض منصور": "PERSON"})
    assert not [f for f in facts if f.type == "role"]
    text = "وقال مبعوث الأمم المتحدة إلى اليمن مارتن غريفيث إن المحادثات مستمرة."
    got = readable(*facts_of(text, {"الأمم المتحدة": "ORG", "اليمن": "GPE", "مارتن غريفيث": "PERSON"}))
    assert ("role", "مارتن غريفيث", "الأمم المتحدة", "envoy") in got, got


def test_heads_of_government_hold_a_public_office_and_their_ministers_a_post():
    for text, names in (
        ("وترأس الاجتماع رئيس مجلس الوزراء مصطفى مدبولي.", {"مجلس الوزراء": "ORG", "مصطفى مدبولي": "PERSON"}),
        ("وقال رئيس حكومة الوفاق فايز السراج إن الوضع صعب.", {"حكومة الوفاق": "ORG", "فايز السراج": "PERSON"}),
    ):
        doc, facts = facts_of(text, names)
        assert not [f for f in facts if f.type == "role"], text
    text = "وقال وزير الخارجية في الحكومة المصرية سامح شكري إن الوضع صعب."
    got = readable(*facts_of(text, {"الحكومة المصرية": "ORG", "سامح شكري": "PERSON"}))
    assert ("role", "سامح شكري", "الحكومة المصرية", "minister") in got, got


def test_review_of_the_sixteenth_session_role_rules():
    # a floor leader is no speaker; a cleric's honorific between the body and the name
    text = "وقال زعيم الأغلبية الجمهورية في مجلس الشيوخ ميتش ماكونيل إن القانون سيمر."
    got = readable(*facts_of(text, {"مجلس الشيوخ": "ORG", "ميتش ماكونيل": "PERSON"}))
    assert not any(f[0] == "role" and f[-1] == "speaker" for f in got), got
    text = 'وقال رئيس مجلس صيانة الدستور آية الله أحمد جنتي "إن الانتخابات نزيهة".'
    got = readable(*facts_of(text, {"مجلس صيانة الدستور": "ORG", "أحمد جنتي": "PERSON"}))
    assert ("role", "أحمد جنتي", "مجلس صيانة الدستور", "president") in got, got
    # a personal envoy of the UN holds a UN post
    text = "وقال المبعوث الشخصي للأمم المتحدة إلى الصحراء الغربية هورست كولر إن المحادثات مستمرة."
    got = readable(*facts_of(text, {"الأمم المتحدة": "ORG", "الصحراء الغربية": "GPE", "هورست كولر": "PERSON"}))
    assert ("role", "هورست كولر", "الأمم المتحدة", "envoy") in got, got
    # the head of an army's operations is no company officer
    text = "وقال رئيس العمليات الخارجية للحرس الثوري قاسم سليماني إن الرد قادم."
    got = readable(*facts_of(text, {"الحرس الثوري": "ORG", "قاسم سليماني": "PERSON"}))
    assert not any(f[0] == "role" and f[-1] == "coo" for f in got), got


def test_second_review_of_the_sixteenth_session_role_rules():
    # a government's head however the role is found
    text = "ويرأس عمر الرزاز الحكومة الأردنية منذ يونيو."
    doc, facts = facts_of(text, {"عمر الرزاز": "PERSON", "الحكومة الأردنية": "ORG"})
    assert not [f for f in facts if f.type == "role"], readable(doc, facts)
    # برئاسة a chamber is its speaker; a floor leader leads
    text = "وصوت مجلس النواب، برئاسة علي عبدالعال، على القانون."
    got = readable(*facts_of(text, {"مجلس النواب": "ORG", "علي عبدالعال": "PERSON"}))
    assert ("role", "علي عبدالعال", "مجلس النواب", "speaker") in got, got
    text = "وقال زعيم الأقلية في مجلس الشيوخ تشاك شومر إن القانون سيمر."
    got = readable(*facts_of(text, {"مجلس الشيوخ": "ORG", "تشاك شومر": "PERSON"}))
    assert ("role", "تشاك شومر", "مجلس الشيوخ", "leader") in got, got


def test_one_of_a_body_s_leaders():
    text = "وقال هادي العامري، أحد أبرز قادة فصائل الحشد الشعبي، إن الانتخابات نزيهة."
    got = readable(*facts_of(text, {"هادي العامري": "PERSON", "الحشد الشعبي": "ORG"}))
    assert ("role", "هادي العامري", "الحشد الشعبي", "leader") in got, got
    # one unnamed leader killed names no one
    text = "وقتل أحد قادة الجيش السوري في الهجوم، وقال فلان الفلاني إن التحقيق بدأ."
    doc, facts = facts_of(text, {"الجيش السوري": "ORG", "فلان الفلاني": "PERSON"})
    assert not [f for f in facts if f.type == "role"], readable(doc, facts)


def test_a_title_whose_body_is_named_before_or_a_paper_spoken_to_takes_no_later_name():
    # "للشركة": the company the article is about, not the body named after it
    text = "وفي اليوم الذي يشهد فيه مارك زوكربيرغ الرئيس التنفيذي للشركة أمام الكونغرس، أعلنت الشبكة برنامجا."
    got = readable(*facts_of(text, {"مارك زوكربيرغ": "PERSON", "الكونغرس": "ORG"}))
    assert not [g for g in got if g[0] == "role"], got
    # but the company named right after it, with its adjectives, is its body
    text = 'واستقال الرئيس التنفيذي للشركة الأم "أير فرانس كاي إل إم"، جان مارك جانيلاك، بعد الإضراب.'
    got = readable(*facts_of(text, {"أير فرانس كاي إل إم": "ORG", "جان مارك جانيلاك": "PERSON"}))
    assert ("role", "جان مارك جانيلاك", "أير فرانس كاي إل إم", "ceo") in got, got
    # a minister speaks to a paper; she holds no post there
    text = 'وقالت إليزابيث بورن وزيرة النقل الفرنسية لصحيفة لو جورنال دوديمانش إن "الإضراب غير مبرر".'
    got = readable(*facts_of(text, {"إليزابيث بورن": "PERSON", "لو جورنال دوديمانش": "ORG"}))
    assert not [g for g in got if g[0] == "role"], got
    # an agency that is the body itself stays
    text = 'وقال المدير المالي لوكالة "ناسا"، اندرو هنتر، إن الطلب زاد.'
    got = readable(*facts_of(text, {"ناسا": "ORG", "اندرو هنتر": "PERSON"}))
    assert [g for g in got if g[0] == "role" and g[2] == "ناسا"], got


def test_a_chief_of_staff_and_a_leading_member_of_a_party_named_in_quotes():
    text = "استقبل الفريق محمد فريد، رئيس أركان الجيش المصري، نظيره السعودي."
    got = readable(*facts_of(text, {"محمد فريد": "PERSON", "الجيش المصري": "ORG"}))
    assert ("role", "محمد فريد", "الجيش المصري", "chief of staff") in got, got
    text = 'وتولى منانغاغوا، القيادي في حزب "زانو بي أف" الحاكم، السلطة خلفا لموغابي.'
    got = readable(*facts_of(text, {"منانغاغوا": "PERSON", "زانو بي أف": "ORG", "موغابي": "PERSON"}))
    assert [g for g in got if g[0] == "membership" and g[1] == "منانغاغوا" and g[2] == "زانو بي أف"], got


def test_the_one_a_relative_clause_says_leads_a_body():
    text = "وقال زعيم المعارضة أحمد الخطيب، الذي يقود حزب الأمل منذ 2010، إن الانتخابات مزورة."
    got = readable(*facts_of(text, {"أحمد الخطيب": "PERSON", "حزب الأمل": "ORG"}))
    assert ("role", "أحمد الخطيب", "حزب الأمل", "leader") in got, got
    # a past verb after the relative is the one named before's too, but not a verb's object's body
    text = "واستقبل أحمد الخطيب وفد حزب الأمل الذي وصل أمس."
    got = readable(*facts_of(text, {"أحمد الخطيب": "PERSON", "حزب الأمل": "ORG"}))
    assert not [g for g in got if g[0] == "role"], got


def test_a_newsroom_title_keeps_its_channel():
    text = "وقال مدير الأخبار لقناة الجزيرة ياسر أبو هلالة إن القناة ستواصل التغطية."
    got = readable(*facts_of(text, {"الجزيرة": "ORG", "ياسر أبو هلالة": "PERSON"}))
    assert [g for g in got if g[0] == "role" and g[2] == "الجزيرة"], got


def test_a_director_general_of_a_ministry_is_no_chief_executive():
    text = "وبحسب المدير العام في وزارة التخطيط العراقية قصي عبدالفتاح فإن النمو تراجع."
    got = readable(*facts_of(text, {"وزارة التخطيط العراقية": "ORG", "قصي عبدالفتاح": "PERSON"}))
    assert ("role", "قصي عبدالفتاح", "وزارة التخطيط العراقية", "director") in got, got
    text = "وقال المدير العام لشركة أرامكو أمين الناصر إن الإنتاج ارتفع."
    got = readable(*facts_of(text, {"أرامكو": "ORG", "أمين الناصر": "PERSON"}))
    assert ("role", "أمين الناصر", "أرامكو", "ceo") in got, got


def test_second_review_of_the_seventeenth_session_role_rules():
    # a public office-holder speaks to a paper; no post at it
    for text, people in (
        ("وقال ينس ستولتنبرغ الأمين العام للحلف لصحيفة دي فيلت إن الحلف مستعد.", {"ينس ستولتنبرغ": "PERSON", "دي فيلت": "ORG"}),
        ("وقال جون بولتون مستشار الأمن القومي الأمريكي لقناة فوكس نيوز إن العقوبات ستستمر.", {"جون بولتون": "PERSON", "فوكس نيوز": "ORG"}),
    ):
        got = readable(*facts_of(text, people))
        assert not [g for g in got if g[0] == "role"], got
    # the relative clause after a kin phrase is the kin's
    text = "وقال شقيق الرئيس السوري بشار الأسد، الذي يتزعم حركة شباب سوريا، إن الحرب انتهت."
    got = readable(*facts_of(text, {"بشار الأسد": "PERSON", "حركة شباب سوريا": "ORG"}))
    assert not [g for g in got if g[0] == "role"], got
    # a deputy chief of staff is no vice-president of the army
    text = "وقال نائب رئيس أركان الجيش الأمريكي جيمس ماكونفيل إن القوات جاهزة."
    got = readable(*facts_of(text, {"الجيش الأمريكي": "ORG", "جيمس ماكونفيل": "PERSON"}))
    assert not [g for g in got if g[0] == "role" and g[3] == "vice-president"], got


def test_its_chief_executive_named_after_a_comma():
    text = "ونشرت شركة مايكروسوفت ردا من رئيسها التنفيذي، ساتيا ناديلا، على الانتقادات."
    got = readable(*facts_of(text, {"مايكروسوفت": "ORG", "ساتيا ناديلا": "PERSON"}))
    assert ("role", "ساتيا ناديلا", "مايكروسوفت", "ceo") in got, got
