"""Fact rules for patterns found in the development articles, on composed sentences with other names."""

import pytest
from helpers import facts_of, readable


def test_committee_of_a_candidate_is_the_committee_backing_him():
    text = (
        'ذهبت التبرعات إلى "Forward Now"، وهي لجنة العمل السياسي التي تدعم هاني زيد. '
        "كما تبرع جون دو بمبلغ 3 ملايين دولار للجنة زيد أيضًا."
    )
    doc, facts = facts_of(text, {"Forward Now": "ORG", "هاني زيد": "PERSON", "جون دو": "PERSON"})
    got = readable(doc, facts)
    assert ("support", "Forward Now", "هاني زيد", "for") in got
    assert ("donation", "جون دو", "Forward Now", (3_000_000, 3_000_000, "USD"), "given") in got
    assert not any(f[0] == "donation" and f[2] == "هاني زيد" for f in got)


def test_committee_of_a_candidate_without_a_known_backer_is_the_candidate():
    text = "تبرع جون دو بمبلغ 3 ملايين دولار للجنة هاني زيد."
    doc, facts = facts_of(text, {"هاني زيد": "PERSON", "جون دو": "PERSON"})
    assert ("donation", "جون دو", "هاني زيد", (3_000_000, 3_000_000, "USD"), "given") in readable(doc, facts)


def test_these_men_are_the_donors_just_named():
    text = (
        "يشمل المانحون الرئيسيون لـ UDF رجل الأعمال سامي فرح، والمستثمر كريم ناصر. "
        "وهؤلاء الرجال من المانحين الرئيسيين لـ NPC أيضًا."
    )
    names = {"UDF": "ORG", "NPC": "ORG", "سامي فرح": "PERSON", "كريم ناصر": "PERSON"}
    doc, facts = facts_of(text, names)
    got = readable(doc, facts)
    for donor in ("سامي فرح", "كريم ناصر"):
        assert ("donation", donor, "UDF", None, "given") in got
        assert ("donation", donor, "NPC", None, "given") in got


def test_the_one_who_urges_is_the_supporter():
    text = "يحث السناتور كريم ناصر رجل الأعمال سامي فرح على دعم هاني زيد في الانتخابات."
    doc, facts = facts_of(text, {"كريم ناصر": "PERSON", "سامي فرح": "PERSON", "هاني زيد": "PERSON"})
    got = readable(doc, facts)
    assert ("support", "كريم ناصر", "هاني زيد", "for") in got
    assert ("support", "سامي فرح", "هاني زيد", "for") not in got


def test_urger_written_before_the_verb():
    text = "كريم ناصر يحث سامي فرح على دعم هاني زيد"
    doc, facts = facts_of(text, {"كريم ناصر": "PERSON", "سامي فرح": "PERSON", "هاني زيد": "PERSON"})
    assert {f for f in readable(doc, facts) if f[0] == "support"} == {("support", "كريم ناصر", "هاني زيد", "for")}


def test_amount_for_each_of_two_listed_companies():
    text = (
        "قدمت شركات تبرعات فاقت مليون دولار لتمويل حفل تنصيب هاني زيد. "
        "وأبرز المتبرعين كانت شركة «نورث ستار» (٣٠٠ ألف دولار)، و«بلو ريفر» و«غرين فيلد» (١٠٠ ألف لكل منهما)."
    )
    names = {"هاني زيد": "PERSON", "نورث ستار": "ORG", "بلو ريفر": "ORG", "غرين فيلد": "ORG"}
    doc, facts = facts_of(text, names)
    got = readable(doc, facts)
    assert ("donation", "نورث ستار", "هاني زيد", (300_000, 300_000, "USD"), "given") in got
    assert ("donation", "بلو ريفر", "هاني زيد", (100_000, 100_000, "USD"), "given") in got
    assert ("donation", "غرين فيلد", "هاني زيد", (100_000, 100_000, "USD"), "given") in got


def test_title_holder_after_the_place_of_the_organisation():
    text = (
        "قدمت شركات تبرعات فاقت مليون دولار لتمويل حملة هاني زيد. ومن بين المتبرعين أيضًا مدير "
        "جمعية «الأمل» الخيرية في حي الورود، خالد سعيد (ألف دولار)."
    )
    # the recogniser might take the place for a person: the rule must not
    names = {"هاني زيد": "PERSON", "جمعية «الأمل» الخيرية": "ORG", "حي الورود": "PERSON", "خالد سعيد": "PERSON"}
    doc, facts = facts_of(text, names)
    got = readable(doc, facts)
    assert ("role", "خالد سعيد", "جمعية «الأمل» الخيرية", "director") in got
    assert ("donation", "خالد سعيد", "هاني زيد", (1000, 1000, "USD"), "given") in got


def test_a_name_after_min_is_not_the_title_holder():
    text = "ومن بين المتبرعين الطبيب سامر علي من وست هيلز وهو مؤسس شركة نوفا الطبية."
    doc, facts = facts_of(text, {"سامر علي": "PERSON", "هيلز": "PERSON", "شركة نوفا الطبية": "ORG"})
    got = readable(doc, facts)
    assert ("role", "سامر علي", "شركة نوفا الطبية", "founder") in got
    assert not any(f[0] == "role" and f[1] == "هيلز" for f in got)


def test_companies_from_a_state_are_unnamed_givers():
    text = "كشفت بيانات عن تقديم شركات من ولاية أوهايو تبرعات فاقت مليوني دولار لتمويل حفل تنصيب هاني زيد."
    doc, facts = facts_of(text, {"أوهايو": "GPE", "هاني زيد": "PERSON"})
    assert ("donation", None, "هاني زيد", (2_000_000, None, "USD"), "raised") in readable(doc, facts)


def test_stopping_donations_until_the_candidate_quits():
    text = (
        "وقالت سلمى حداد، وريثة شركة الأغذية الكبرى، لشبكة سي.إن.إن إنها ستوقف التبرعات للحزب الوطني "
        "حتى ينسحب الرئيس كريم ناصر من السباق."
    )
    names = {"سلمى حداد": "PERSON", "الحزب الوطني": "ORG", "كريم ناصر": "PERSON", "سي.إن.إن": "ORG"}
    doc, facts = facts_of(text, names)
    got = readable(doc, facts)
    assert ("donation", "سلمى حداد", "الحزب الوطني", None, "given") in got
    assert ("support", "سلمى حداد", "كريم ناصر", "against") in got
    # the one who is asked to quit does not stop giving
    assert not any(f[0] == "donation" and f[1] == "كريم ناصر" for f in got)


def test_hatta_alaan_does_not_end_the_clause():
    text = "وتبرع حتى الآن سامي فرح بمليون دولار لحملة هاني زيد."
    doc, facts = facts_of(text, {"سامي فرح": "PERSON", "هاني زيد": "PERSON"})
    assert ("donation", "سامي فرح", "هاني زيد", (1_000_000, 1_000_000, "USD"), "given") in readable(doc, facts)


def test_urging_without_a_named_urger_makes_no_supporter():
    text = "ويحث بعض المقربين رجل الأعمال سامي فرح على دعم هاني زيد."
    doc, facts = facts_of(text, {"سامي فرح": "PERSON", "هاني زيد": "PERSON"})
    assert not [f for f in readable(doc, facts) if f[0] == "support"]


def test_money_for_a_lawsuit_or_a_building_is_not_political():
    text = "وكانت حملة لجمع تبرعات من أجل تمويل تكاليف دعوى سلمى حداد القضائية قد جمعت نحو 200 ألف دولار."
    doc, facts = facts_of(text, {"سلمى حداد": "PERSON"})
    assert not [f for f in facts if f.type == "donation"]
    text = "أعلن الاتحاد الأوروبي أن مانحين دوليين جمعوا 456 مليون يورو لبناء محطة لتحلية المياه."
    doc, facts = facts_of(text, {"الاتحاد الأوروبي": "ORG"})
    assert not [f for f in facts if f.type == "donation"]


def test_gift_to_a_charity_is_not_a_political_donation():
    text = "وتبرع سامي فرح بمليون دولار لجمعية الأمل الخيرية."
    doc, facts = facts_of(text, {"سامي فرح": "PERSON", "جمعية الأمل الخيرية": "ORG"})
    assert not [f for f in facts if f.type == "donation"]


def test_accusations_and_dates_are_no_stance():
    names = {"سلمى حداد": "PERSON", "كريم ناصر": "PERSON"}
    doc, facts = facts_of("وقد شرحت سلمى حداد اتهاماتها ضد كريم ناصر في مقال.", names)
    assert not [f for f in facts if f.type == "support"]
    doc, facts = facts_of("وعمل سلمى حداد مستشارا في العراق بعد الإطاحة بكريم ناصر عام 2003.", names)
    assert not [f for f in facts if f.type == "support"]
    doc, facts = facts_of("وصوتت سلمى حداد ضد كريم ناصر في الانتخابات التمهيدية.", names)
    assert ("support", "سلمى حداد", "كريم ناصر", "against") in readable(doc, facts)


def test_sponsoring_a_club_is_not_political_support():
    text = "ويذكر أن سامي فرح دعم نادي الأمل في عام 2006 بمبلغ 249 ألف جنيه."
    doc, facts = facts_of(text, {"سامي فرح": "PERSON", "نادي الأمل": "ORG"})
    assert not [f for f in facts if f.type == "support"]


def test_one_unnamed_donor_quoted_by_a_paper_is_not_the_paper() -> None:
    text = "نقلت صحيفة الأوبزرفر عن أحد المانحين لحزب المحافظين قوله إن الوزير يجب أن يستقيل."
    doc, facts = facts_of(text, {"الأوبزرفر": "ORG", "حزب المحافظين": "ORG"})
    assert not [f for f in facts if f.type == "donation"], readable(doc, facts)
    # "he is one of the biggest donors" still names him
    text = "ويعتبر سامي فرح أحد أكبر المانحين لحزب المحافظين."
    doc, facts = facts_of(text, {"سامي فرح": "PERSON", "حزب المحافظين": "ORG"})
    assert ("donation", "سامي فرح", "حزب المحافظين", None, "given") in readable(doc, facts)


def test_backing_the_exit_from_a_body_is_a_stance_against_it() -> None:
    text = "وقال هاني زيد الذي ساند حملة الخروج من الاتحاد الأوروبي إن الحكومة منقسمة."
    doc, facts = facts_of(text, {"هاني زيد": "PERSON", "الاتحاد الأوروبي": "ORG"})
    assert {f for f in readable(doc, facts) if f[0] == "support"} == {
        ("support", "هاني زيد", "الاتحاد الأوروبي", "against")
    }


def test_backed_by_someone_in_the_passive() -> None:
    text = "وفاز سامي فرح على أقرب منافسيه هاني زيد عضو مجلس النواب والذي كان مدعوما من السناتور كريم ناصر."
    names = {"سامي فرح": "PERSON", "هاني زيد": "PERSON", "مجلس النواب": "ORG", "كريم ناصر": "PERSON"}
    doc, facts = facts_of(text, names)
    assert {f for f in readable(doc, facts) if f[0] == "support"} == {("support", "كريم ناصر", "هاني زيد", "for")}


def test_the_defeat_of_someone_is_no_ones_stance() -> None:
    text = "وسيواجه سامي فرح تحديات في توحيد حزب ما زال يترنح من وقع هزيمة هاني زيد في الانتخابات."
    doc, facts = facts_of(text, {"سامي فرح": "PERSON", "هاني زيد": "PERSON"})
    assert not [f for f in facts if f.type == "support"], readable(doc, facts)


def test_the_agent_of_a_support_masdar_and_its_object_after_lil() -> None:
    text = "وكانت الحكومة أيضا، انتقدت في وقت سابق، دعم حزب الأمل لحركة النهضة بمبلغ كبير."
    doc, facts = facts_of(text, {"حزب الأمل": "ORG", "حركة النهضة": "ORG"})
    assert {f for f in readable(doc, facts) if f[0] == "support"} == {("support", "حزب الأمل", "حركة النهضة", "for")}


def test_a_bare_support_masdar_deep_in_a_clause_takes_no_earlier_subject() -> None:
    text = (
        "التقى سامي فرح بالوفد أمس. وفي افتتاح الجلسة، أعلن الأمين العام للمنظمة الدولية "
        "دعم المنظمة لحل الدولتين ولحكومة هاني زيد."
    )
    doc, facts = facts_of(text, {"سامي فرح": "PERSON", "هاني زيد": "PERSON"})
    assert not [f for f in facts if f.type == "support"], readable(doc, facts)


def test_unnamed_backers_of_something_are_not_that_thing() -> None:
    text = "مؤيدو حزب الأمل في البرلمان يبحثون سبل الإطاحة بسامية فرح."
    doc, facts = facts_of(text, {"حزب الأمل": "ORG", "سامية فرح": "PERSON"})
    assert not [f for f in facts if f.type == "support"], readable(doc, facts)


def test_expelling_or_targeting_someone_is_no_stance() -> None:
    for text in (
        "وطالب سامي فرح، الشهر الماضي، النائب العام هاني زيد بطرد كريم ناصر وإنهاء التحقيق.",
        "وقال سامي فرح إنه من خلال استهداف كريم ناصر فإن الوزارة تضغط على الحزب.",
    ):
        doc, facts = facts_of(text, {"سامي فرح": "PERSON", "هاني زيد": "PERSON", "كريم ناصر": "PERSON"})
        assert not [f for f in facts if f.type == "support"], (text, readable(doc, facts))


def test_members_no_one_names_and_a_share_of_a_budget_are_no_membership() -> None:
    for text in (
        "وتواجه إدارة سامي فرح انتقادات شديدة من أعضاء في حزب الأمل بسبب القرار.",
        "وأكدت الوزارة أن سامي فرح أجرى مباحثات بشأن استخدام جزء من ميزانية حزب الأمل لبناء الجدار.",
    ):
        doc, facts = facts_of(text, {"سامي فرح": "PERSON", "حزب الأمل": "ORG"})
        assert not [f for f in facts if f.type == "membership"], (text, readable(doc, facts))
    text = "وقال سامي فرح، وهو من أعضاء حزب الأمل، إن القرار خاطئ."
    doc, facts = facts_of(text, {"سامي فرح": "PERSON", "حزب الأمل": "ORG"})
    assert ("membership", "سامي فرح", "حزب الأمل") in readable(doc, facts)


def test_a_list_of_targets_after_a_campaign_against_unnamed_people() -> None:
    text = (
        "هناك تركيز واضح على استهداف أعضاء التيار الجديد، لا سيما من قبل لجنة العمل التابعة لمجموعة الضغط «نور». "
        "وأطلقت المجموعة صندوق الأمل، وهو لجنة أسستها «نور»، والتي تعمل على إقصاء أعضاء التيار منذ إنشائها. "
        "ويشمل المانحون الرئيسيون للصندوق رجال أعمال معروفين. "
        "ومن بين الأهداف الرئيسية في هذا الموسم سامي فرح من القاهرة، وهاني زيد من عمان."
    )
    names = {"نور": "ORG", "صندوق الأمل": "ORG", "سامي فرح": "PERSON", "هاني زيد": "PERSON"}
    doc, facts = facts_of(text, names)
    got = {f for f in readable(doc, facts) if f[0] == "support"}
    assert got == {
        ("support", who, target, "against")
        for who in ("نور", "صندوق الأمل")
        for target in ("سامي فرح", "هاني زيد")
    }, got


def test_targets_without_a_campaign_before_them_are_nobodys() -> None:
    text = "وقال سامي فرح إن الحملة نجحت. ومن بين الأهداف الرئيسية للزيارة لقاء هاني زيد."
    doc, facts = facts_of(text, {"سامي فرح": "PERSON", "هاني زيد": "PERSON"})
    assert not [f for f in facts if f.type == "support"], readable(doc, facts)


def test_the_party_named_for_a_person_is_the_one_party_named_before() -> None:
    text = "استقال أحد كبار جامعي التبرعات لحزب الأمل اليوم. ويلحق هذا الكشف ضررا بحزب سامي فرح."
    doc, facts = facts_of(text, {"حزب الأمل": "ORG", "سامي فرح": "PERSON"})
    assert ("membership", "سامي فرح", "حزب الأمل") in readable(doc, facts)
    text = "تنافس حزب الأمل وحزب النور في الانتخابات. ولم يعد بوسع حزب سامي فرح كسب الغالبية."
    doc, facts = facts_of(text, {"حزب الأمل": "ORG", "حزب النور": "ORG", "سامي فرح": "PERSON"})
    assert not [f for f in facts if f.type == "membership"], readable(doc, facts)


def test_saying_two_candidates_should_retire_is_against_both() -> None:
    text = "“سامي فرح وهاني زيد يجب أن يتقاعدا”\nكما قال كريم ناصر، المحامي الذي تبرع سابقا للحزب، في بيان."
    doc, facts = facts_of(text, {"سامي فرح": "PERSON", "هاني زيد": "PERSON", "كريم ناصر": "PERSON"})
    got = {f for f in readable(doc, facts) if f[0] == "support"}
    assert got == {("support", "كريم ناصر", x, "against") for x in ("سامي فرح", "هاني زيد")}, got
    text = 'وقالت سامية إن "هاني زيد أبلغ كريم ناصر أنه سيتقاعد في آخر الشهر".'
    doc, facts = facts_of(text, {"سامية": "PERSON", "هاني زيد": "PERSON", "كريم ناصر": "PERSON"})
    assert not [f for f in facts if f.type == "support"], readable(doc, facts)


def test_a_country_right_before_the_verb_backs_a_group() -> None:
    text = "كما أشار الوزير سامي فرح إلى أن إيران تدعم جماعات مسلحة مثل حزب النور في المنطقة."
    doc, facts = facts_of(text, {"سامي فرح": "PERSON", "إيران": "GPE", "حزب النور": "ORG"})
    assert {f for f in readable(doc, facts) if f[0] == "support"} == {("support", "إيران", "حزب النور", "for")}


def test_examples_after_mithl_are_not_the_supporters() -> None:
    text = (
        "وجاء في التقرير أن المتهمين نشروا معلومات للتقليل من شأن مرشحين آخرين مثل سامي فرح "
        "وكريم ناصر، ودعم هاني زيد."
    )
    doc, facts = facts_of(text, {"سامي فرح": "PERSON", "كريم ناصر": "PERSON", "هاني زيد": "PERSON"})
    assert not [f for f in readable(doc, facts) if f[0] == "support" and f[1] in ("سامي فرح", "كريم ناصر")]


def test_urging_the_removal_of_a_named_person_is_support_against():
    text = (
        "ووفقا للرسائل، التقى رجل الأعمال سامي فرح، أكبر المتبرعين لحملة هاني زيد، مع زيد في أكتوبر "
        "وحثه على إقالة كريم منصور. وطالب نبيل عمر باستقالة كريم منصور."
    )
    names = {"سامي فرح": "PERSON", "هاني زيد": "PERSON", "زيد": "PERSON", "كريم منصور": "PERSON", "نبيل عمر": "PERSON"}
    doc, facts = facts_of(text, names)
    got = {r for r in readable(doc, facts) if r[0] == "support"}
    assert ("support", "سامي فرح", "كريم منصور", "against") in got
    assert ("support", "نبيل عمر", "كريم منصور", "against") in got
    assert not [r for r in got if r[1] == "هاني زيد"]


def test_backed_by_someone_said_of_the_one_the_text_is_about():
    text = (
        "وكان سامي فرح وزيرا للداخلية. "
        "ورغم أنه كان في البداية مدعوما من الرئيس السابق هاني زيد، إلا أنه أصبح مساعدا لغيره."
    )
    doc, facts = facts_of(text, {"سامي فرح": "PERSON", "هاني زيد": "PERSON"})
    got = {r for r in readable(doc, facts) if r[0] == "support"}
    assert ("support", "هاني زيد", "سامي فرح", "for") in got


def test_asking_someone_to_resign_is_support_against():
    text = "وطالب حاكم الولاية سامي فرح مدير المكتب هاني زيد بالاستقالة من منصبه للفشل في التعامل مع الحادث."
    doc, facts = facts_of(text, {"سامي فرح": "PERSON", "هاني زيد": "PERSON"})
    got = {r for r in readable(doc, facts) if r[0] == "support"}
    assert got == {("support", "سامي فرح", "هاني زيد", "against")}


def test_one_of_the_first_backers_of_a_candidate_supports_him():
    text = "وكان سامي فرح من أوائل مؤيدي هاني زيد عندما بدأ حملة ترشحه. وفي فريق كريم منصور عشرة محامين، بعضهم من كبار داعمي هاني زيد."
    doc, facts = facts_of(text, {"سامي فرح": "PERSON", "هاني زيد": "PERSON", "كريم منصور": "PERSON"})
    got = {r for r in readable(doc, facts) if r[0] == "support"}
    assert got == {("support", "سامي فرح", "هاني زيد", "for")}


def test_the_party_someone_belongs_to_and_a_leading_member():
    text = (
        'ونفى حزب "أرض النور" الذي تنتمي إليه سلمى راشد الاتهامات. '
        "ووجهت الاتهامات إلى القيادي في حزب الأمل، سامي فرح، بتجارة المخدرات."
    )
    names = {"أرض النور": "ORG", "سلمى راشد": "PERSON", "حزب الأمل": "ORG", "سامي فرح": "PERSON"}
    doc, facts = facts_of(text, names)
    got = {r for r in readable(doc, facts) if r[0] == "membership"}
    assert got == {("membership", "سلمى راشد", "أرض النور"), ("membership", "سامي فرح", "حزب الأمل")}


def test_a_party_nominating_a_candidate_backs_him():
    text = "أما حزب النور المعارض فقد رشح مجددا سامي فرح للانتخابات. وبمواجهة مصر، رشحت اللجنة الملف الثلاثي."
    doc, facts = facts_of(text, {"حزب النور": "ORG", "سامي فرح": "PERSON", "مصر": "GPE"})
    got = {r for r in readable(doc, facts) if r[0] == "support"}
    assert got == {("support", "حزب النور", "سامي فرح", "for")}



_IRAN = "إيران"


@pytest.mark.parametrize(
    "text,body,backed",
    [
        ("واتهم البيان ميليشيات حركة النور المدعومة من إيران بقصف المدينة.", "حركة النور", True),
        # a relational adjective between the name and the participle is the name's own
        ("وقال إن ميليشيات حركة النور اللبنانية المدعومة من إيران قصفت المدينة.", "حركة النور", True),
        # the definite participle describes a noun that names no one, or the noun right before it
        ("وقال حزب الوفاق إن الميليشيات المسلحة المدعومة من إيران قصفت المدينة.", "حزب الوفاق", False),
        ("واتهم حزب النور الميليشيات المدعومة من إيران بقصف المدينة.", "حزب النور", False),
    ],
)
def test_a_country_backs_the_body_named_right_before_backed_by(text, body, backed):
    doc, facts = facts_of(text, {body: "ORG", _IRAN: "GPE"})
    supports = [f for f in readable(doc, facts) if f[0] == "support"]
    assert supports == ([("support", _IRAN, body, "for")] if backed else [])


def test_parties_from_a_country_are_not_the_country():
    text = "وكتب سامر عيسى السيناريو بدعم من عدة أطراف من تونس."
    doc, facts = facts_of(text, {"سامر عيسى": "PERSON", "تونس": "GPE"})
    assert not [f for f in readable(doc, facts) if f[0] == "support"]


def test_members_listed_after_hum_belong_to_the_body_named_before():
    text = (
        "وشملت العقوبات ثلاثة أعضاء تابعين لمجلس الإدارة العليا، المعني بالقرارات المالية، هم سامر عيسى، "
        "وكريم داوود، ورامي حداد، وثلاثة أسماء مرتبطة بشركة النور وهم هاني فرح وسليم عون."
    )
    names = {
        "مجلس الإدارة العليا": "ORG",
        "شركة النور": "ORG",
        "سامر عيسى": "PERSON",
        "كريم داوود": "PERSON",
        "رامي حداد": "PERSON",
        "هاني فرح": "PERSON",
        "سليم عون": "PERSON",
    }
    doc, facts = facts_of(text, names)
    members = {f[1:] for f in readable(doc, facts) if f[0] == "membership"}
    assert members == {
        ("سامر عيسى", "مجلس الإدارة العليا"),
        ("كريم داوود", "مجلس الإدارة العليا"),
        ("رامي حداد", "مجلس الإدارة العليا"),
    }, members


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "واعتقلت القوات التابعة لوزارة الداخلية ثلاثة ناشطين، هم سمير العلي وهاني نصار وعلا خليل.",
            {"وزارة الداخلية": "ORG", "سمير العلي": "PERSON", "هاني نصار": "PERSON", "علا خليل": "PERSON"},
        ),
        (
            "والتقى أعضاء مجلس الشيوخ ثلاثة صحفيين أجانب، هم جون سميث وبيتر براون.",
            {"مجلس الشيوخ": "ORG", "جون سميث": "PERSON", "بيتر براون": "PERSON"},
        ),
    ],
)
def test_a_list_after_hum_that_names_a_nearer_plural_is_no_membership(text, names):
    doc, facts = facts_of(text, names)
    assert not [f for f in facts if f.type == "membership"], readable(doc, facts)


@pytest.mark.parametrize(
    "text, names, subject, obj",
    [
        (
            "وشكل المتمردون المجلس مع حزب المؤتمر الشعبي الموالي للرئيس السابق سامر عيسى.",
            {"حزب المؤتمر الشعبي": "ORG", "سامر عيسى": "PERSON"},
            "حزب المؤتمر الشعبي",
            "سامر عيسى",
        ),
        (
            "أعلن حزب التقدم المعارض الجمعة، عن ترشيح النائب البارز سامر عيسى، لخوض الانتخابات.",
            {"حزب التقدم": "ORG", "سامر عيسى": "PERSON"},
            "حزب التقدم",
            "سامر عيسى",
        ),
    ],
)
def test_a_body_loyal_to_someone_and_a_party_naming_its_candidate_back_them(text, names, subject, obj):
    doc, facts = facts_of(text, names)
    assert ("support", subject, obj, "for") in readable(doc, facts)


def test_loyal_to_a_people_is_no_support_fact_but_a_body_loyal_to_a_country_backs_it():
    # (until the twenty-third session a country made no fact either; the annotated news (ant_fresh f04,
    # the s23 blind set) reads "X الموالية لإيران" as Iran backing X, and so does rasd now)
    text = "وقاتلت حركة النجباء الموالية لإيران، وحزب الأمة الموالي للأكراد."
    doc, facts = facts_of(text, {"حركة النجباء": "ORG", "إيران": "GPE", "حزب الأمة": "ORG", "الأكراد": "ORG"})
    got = readable(doc, facts)
    assert [g for g in got if g[0] == "support"] == [("support", "إيران", "حركة النجباء", "for")], got


def test_a_body_funded_by_a_country_is_backed_by_it():
    text = "وقاتلت ميليشيات حزب التقدم الممولة من إيران في سوريا."
    doc, facts = facts_of(text, {"حزب التقدم": "ORG", "إيران": "GPE"})
    assert ("support", "إيران", "حزب التقدم", "for") in readable(doc, facts)


def test_an_ally_backs_the_one_named_after_li():
    text = "وكان حزب التقدم حليفا لسامر عيسى لسنوات، بينما حصل حليفه حزب الأمة على مقعدين."
    doc, facts = facts_of(text, {"حزب التقدم": "ORG", "سامر عيسى": "PERSON", "حزب الأمة": "ORG"})
    got = {f for f in readable(doc, facts) if f[0] == "support"}
    assert got == {("support", "حزب التقدم", "سامر عيسى", "for")}, got


def test_the_party_named_after_hizbuhu_is_the_persons():
    text = 'وبما أن الرئيس سامر عيسى لا يستطيع الترشح، فقد اختار بنفسه مرشحا من حزبه "مؤتمر الشعب" هو الوزير كريم داوود.'
    doc, facts = facts_of(text, {"سامر عيسى": "PERSON", "مؤتمر الشعب": "ORG", "كريم داوود": "PERSON"})
    assert ("membership", "سامر عيسى", "مؤتمر الشعب") in readable(doc, facts)


@pytest.mark.parametrize(
    "text, names",
    [
        ("وانتقد حزب النهضة الحكومة التي يقودها كريم السعدي.", {"حزب النهضة": "ORG", "كريم السعدي": "PERSON"}),
        ("وفاز نادي الرشيد على ضيفه بقيادة نجمه البرازيلي ماركو سيلفا.", {"نادي الرشيد": "ORG", "ماركو سيلفا": "PERSON"}),
        ("وكريم السعدي يرأس لجنة تحقق في شركات مثل شركة النور.", {"كريم السعدي": "PERSON", "شركة النور": "ORG"}),
        ("وعمل كريم السعدي مستشارا لرجال أعمال يستثمرون في شركات مثل أرامكو.", {"كريم السعدي": "PERSON", "أرامكو": "ORG"}),
        ("وأسس سامر عيسى مع شركة النور مشروعا مشتركا.", {"سامر عيسى": "PERSON", "شركة النور": "ORG"}),
        ("وكان سامر عيسى قد أسس في جامعة بغداد مركزا.", {"سامر عيسى": "PERSON", "جامعة بغداد": "ORG"}),
        ("وتأسس حزب الوفاق على يد أنصار كريم السعدي.", {"حزب الوفاق": "ORG", "كريم السعدي": "PERSON"}),
        ("وأعلن حزب الوفاق رفضه ترشيح النائب كريم السعدي.", {"حزب الوفاق": "ORG", "كريم السعدي": "PERSON"}),
        ("وقال إن كريم السعدي لم يعد حليفا لحزب الوفاق.", {"حزب الوفاق": "ORG", "كريم السعدي": "PERSON"}),
        ("وكشف كريم السعدي أن المشروع ممول من البنك الدولي.", {"البنك الدولي": "ORG", "كريم السعدي": "PERSON"}),
        ("ورفض المرشح كريم السعدي قبول أموال من شركة النور.", {"شركة النور": "ORG", "كريم السعدي": "PERSON"}),
        ("وقالت إن الأموال التي تلقتها الحكومة من صندوق النقد الدولي ستسدد.", {"صندوق النقد الدولي": "ORG"}),
    ],
)
def test_third_review_findings_make_no_fact(text, names):
    doc, facts = facts_of(text, names)
    assert not [f for f in facts if f.type != "quote"], readable(doc, facts)


@pytest.mark.parametrize(
    "text, member",
    [
        ('وقالت سارة علي إن كريم السعدي خان حزبها "التجمع الوطني".', "سارة علي"),
        ('سارة علي اختارت مرشحا من حزبها "التجمع الوطني".', "سارة علي"),
        ('وصوت كريم السعدي لمرشح من حزبه "التجمع الوطني".', "كريم السعدي"),
    ],
)
def test_hizbuha_goes_with_the_person_whose_verb_agrees(text, member):
    doc, facts = facts_of(text, {"سارة علي": "PERSON", "كريم السعدي": "PERSON", "التجمع الوطني": "ORG"})
    got = {f[1] for f in readable(doc, facts) if f[0] == "membership"}
    assert got == {member}, got


def test_the_subject_of_a_that_clause_backs_not_the_one_who_reports_it():
    text = "وكان الوزير سامي فرح قد كشف في مارس أن الحرس الوطني صرف مبلغ 16 مليار دولار منذ العام 2012 لدعم نظام كريم ناصر."
    doc, facts = facts_of(text, {"سامي فرح": "PERSON", "الحرس الوطني": "ORG", "كريم ناصر": "PERSON"})
    got = {f for f in readable(doc, facts) if f[0] == "support"}
    assert got == {("support", "الحرس الوطني", "كريم ناصر", "for")}


def test_reported_speech_with_a_pronoun_keeps_the_speaker_as_supporter():
    text = "وقالت سلمى حداد في مقابلة طويلة مع الصحيفة يوم الأحد إنها ستواصل دعم كريم ناصر."
    doc, facts = facts_of(text, {"سلمى حداد": "PERSON", "كريم ناصر": "PERSON"})
    assert ("support", "سلمى حداد", "كريم ناصر", "for") in readable(doc, facts)


def test_support_from_x_to_y_names_the_agent_after_min():
    text = "وتحدث التقرير عن دعم من روسيا لحزب البعث في الحرب منذ سنوات."
    doc, facts = facts_of(text, {"روسيا": "GPE", "حزب البعث": "ORG"})
    assert {f for f in readable(doc, facts) if f[0] == "support"} == {("support", "روسيا", "حزب البعث", "for")}


@pytest.mark.parametrize(
    "text",
    [
        "وقال القيادي بحزب الوفد سامي فرح إن الحزب قوي.",
        "وقال سامي فرح، القيادي الراحل في حزب الوفد، إن الحزب قوي.",
        "وقال سامي فرح القيادي البارز في حزب الوفد إن الحزب قوي.",
    ],
)
def test_a_leading_member_with_an_adjective_or_bi(text):
    doc, facts = facts_of(text, {"سامي فرح": "PERSON", "حزب الوفد": "ORG"})
    assert ("membership", "سامي فرح", "حزب الوفد") in readable(doc, facts)


def test_a_predicate_noun_with_li_is_a_stance():
    doc, facts = facts_of("وكان سامي فرح مؤيدا لكريم ناصر منذ البداية.", {"سامي فرح": "PERSON", "كريم ناصر": "PERSON"})
    assert ("support", "سامي فرح", "كريم ناصر", "for") in readable(doc, facts)
    text = "وأصبح سامي فرح معارضا بارزا للعقيد كريم ناصر."
    doc, facts = facts_of(text, {"سامي فرح": "PERSON", "كريم ناصر": "PERSON"})
    assert ("support", "سامي فرح", "كريم ناصر", "against") in readable(doc, facts)


def test_a_predicate_noun_without_li_only_describes():
    text = "وقال السفير أمس إن معارض سوري بارز سامي فرح غادر البلاد."
    doc, facts = facts_of(text, {"سامي فرح": "PERSON"})
    assert not [f for f in facts if f.type == "support"]


@pytest.mark.parametrize(
    "text, org, role",
    [
        ("وقالت مفوضة التجارة في الاتحاد الأوروبي، سلمى حداد، إن الاتحاد سيرد.", "الاتحاد الأوروبي", "official"),
        ("وقال المتحدث الأمني بوزارة الداخلية، اللواء سامي فرح، إن الهجوم فشل.", "وزارة الداخلية", "spokesperson"),
        ("وقالت مراسلة صحيفة الغارديان سلمى حداد إن الوضع صعب.", "الغارديان", "correspondent"),
        ("وقال العضو المنتدب لبنك مصر، سامي فرح، إن العقوبات لا تؤثر.", "بنك مصر", "director"),
    ],
)
def test_more_titles_before_a_body_and_its_holder(text, org, role):
    names = {org: "ORG", "سلمى حداد": "PERSON", "سامي فرح": "PERSON"}
    doc, facts = facts_of(text, {k: v for k, v in names.items() if k in text})
    got = {f for f in readable(doc, facts) if f[0] == "role"}
    assert len(got) == 1 and next(iter(got))[2:] == (org, role)


def test_a_deputys_title_after_a_speech_verb_takes_no_earlier_subject():
    text = (
        "وقال سامي فرح إن الوضع صعب. "
        "وقال نائب مفوض الشؤون السياسية في الأمم المتحدة في المجلس إن على الجميع الالتزام بالقانون."
    )
    doc, facts = facts_of(text, {"سامي فرح": "PERSON", "الأمم المتحدة": "ORG"})
    assert not [f for f in facts if f.type == "role"]


@pytest.mark.parametrize(
    "text, members",
    [
        ("وقال النائب عن حزب العمال، سامي فرح، إن الحكومة فشلت.", {"سامي فرح"}),
        ("وقال سامي فرح، النائب عن حزب العمال، إن الحكومة فشلت.", {"سامي فرح"}),
        ("وسيترشح سامي فرح عن حزب العمال في الانتخابات المقبلة.", {"سامي فرح"}),
        ("والتقى الوزير المرشح سامي فرح عن حزب العمال.", {"سامي فرح"}),
        ("وقال عضوا حزب العمال سامي فرح وكريم ناصر إن الحكومة فشلت.", {"سامي فرح", "كريم ناصر"}),
        ("وقال أعضاء حزب العمال سامي فرح وكريم ناصر وسلمى حداد إن الحكومة فشلت.", {"سامي فرح", "كريم ناصر", "سلمى حداد"}),
    ],
)
def test_members_for_a_party(text, members):
    names = {"حزب العمال": "ORG", "سامي فرح": "PERSON", "كريم ناصر": "PERSON", "سلمى حداد": "PERSON"}
    doc, facts = facts_of(text, {k: v for k, v in names.items() if k in text})
    assert {f[1] for f in readable(doc, facts) if f[0] == "membership"} == members


def test_a_deputy_for_a_state_is_no_member_of_it():
    text = "وقال النائب عن ولاية كاليفورنيا سامي فرح إن الحكومة فشلت."
    doc, facts = facts_of(text, {"كاليفورنيا": "GPE", "سامي فرح": "PERSON"})
    assert not [f for f in facts if f.type == "membership"]


def test_support_as_a_purpose_adverb():
    text = "وشارك حزب الوفد في القتال دعما لرئيس النظام سامي فرح."
    doc, facts = facts_of(text, {"حزب الوفد": "ORG", "سامي فرح": "PERSON"})
    assert ("support", "حزب الوفد", "سامي فرح", "for") in readable(doc, facts)


@pytest.mark.parametrize(
    "text, support",
    [
        # support received, not given: the giver after من backs the one who received it
        ("ونالت حركة فتح دعما من حزب الوفد في هذه القضية.", {("حزب الوفد", "حركة فتح", "for")}),
        ("وأطلق حزب الوفد عملية واسعة استجابة لطلب حركة فتح، ودعما لجهود سامي فرح في الحرب.", set()),
    ],
)
def test_dauman_without_li_on_the_one_backed_is_no_stance(text, support):
    doc, facts = facts_of(text, {"حزب الوفد": "ORG", "حركة فتح": "ORG", "سامي فرح": "PERSON"})
    assert {(r[1], r[2], r[3]) for r in readable(doc, facts) if r[0] == "support"} == support


def test_support_received_from_someone_is_theirs():
    text = "وسيطرت قوات حزب البعث على المدينة بدعم حيوي من حركة فتح."
    doc, facts = facts_of(text, {"حزب البعث": "ORG", "حركة فتح": "ORG"})
    assert {f for f in readable(doc, facts) if f[0] == "support"} == {("support", "حركة فتح", "حزب البعث", "for")}


def test_a_country_with_its_verb_before_a_purpose():
    text = "وقالت الوزيرة إن إيران تستخدم المال لدعم حزب البعث في المنطقة."
    doc, facts = facts_of(text, {"إيران": "GPE", "حزب البعث": "ORG"})
    assert ("support", "إيران", "حزب البعث", "for") in readable(doc, facts)


@pytest.mark.parametrize(
    "text, org",
    [
        ("وكان سامي فرح، مقرر الأمم المتحدة الخاص المكلف بملف القتل، هدفا لهجمات الرئيس.", "الأمم المتحدة"),
        ("وقالت وكيلة وزارة الخزانة سلمى حداد إن العقوبات ستستمر.", "وزارة الخزانة"),
    ],
)
def test_rapporteurs_and_under_secretaries(text, org):
    names = {"سامي فرح": "PERSON", "سلمى حداد": "PERSON", org: "ORG"}
    doc, facts = facts_of(text, {k: v for k, v in names.items() if k in text})
    assert {(f[1], f[2]) for f in readable(doc, facts) if f[0] == "role"} == {
        (next(k for k in ("سامي فرح", "سلمى حداد") if k in text), org)
    }


def test_a_rapporteur_is_never_he_from_before():
    text = "وقال سامي فرح إن الوضع صعب. وعرض المقرر الخاص للأمم المتحدة المعني بالفقر تقريرا شديد اللهجة."
    doc, facts = facts_of(text, {"سامي فرح": "PERSON", "الأمم المتحدة": "ORG"})
    assert not [f for f in facts if f.type == "role"]


def test_support_from_both_named_and_a_transfer_keep_their_stances():
    text = "وضخ سامي فرح عشرات الملايين في لجان العمل السياسي لانتخاب كل من كريم ناصر وسلمى حداد."
    doc, facts = facts_of(text, {"سامي فرح": "PERSON", "كريم ناصر": "PERSON", "سلمى حداد": "PERSON"})
    got = {f for f in readable(doc, facts) if f[0] == "support"}
    assert ("support", "سامي فرح", "كريم ناصر", "for") in got


def test_opposition_from_someone_is_not_against_them():
    text = "ويبدأ حزب الوفد دراسة مشروع القانون وسط معارضة شرسة من المحافظين ومن حركة فتح."
    doc, facts = facts_of(text, {"حزب الوفد": "ORG", "حركة فتح": "ORG"})
    assert not [f for f in facts if f.type == "support"]


def test_every_member_listed_after_the_body_they_belong_to():
    text = (
        'وهاجم محتجون مقرات حزب "الوفد الجديد"، الذي ينتمي إليه رئيس الوزراء المؤقت، سامي فرح، '
        "ورئيس الوزراء السابق، كريم ناصر."
    )
    doc, facts = facts_of(text, {"الوفد الجديد": "ORG", "سامي فرح": "PERSON", "كريم ناصر": "PERSON"})
    assert {f[1] for f in readable(doc, facts) if f[0] == "membership"} == {"سامي فرح", "كريم ناصر"}
    text = "وهاجم محتجون مقرات حزب الوفد الذي ينتمي إليه سامي فرح واتهموا كريم ناصر بالفساد."
    doc, facts = facts_of(text, {"حزب الوفد": "ORG", "سامي فرح": "PERSON", "كريم ناصر": "PERSON"})
    assert {f[1] for f in readable(doc, facts) if f[0] == "membership"} == {"سامي فرح"}


@pytest.mark.parametrize(
    "text",
    [
        "واتهم سامي فرح حركة فتح بدعم حماس من خلال حزب الوفد.",  # بدعم + a name, then من خلال
        "وأقامت وزارة الثقافة معارض للفنان سامي فرح في عدة مدن.",  # exhibitions
        "والتقى سامي فرح معارضا بارزا لؤي ناصر في القاهرة.",  # a name that starts with ل
        "وتبدي مصر تحفظا على دعم حزب الوفد.",  # a noun after the country, no verb
    ],
)
def test_review_cases_give_no_wrong_stance(text):
    names = {"سامي فرح": "PERSON", "حركة فتح": "ORG", "حماس": "ORG", "حزب الوفد": "ORG",
             "وزارة الثقافة": "ORG", "لؤي ناصر": "PERSON", "مصر": "GPE"}
    doc, facts = facts_of(text, {k: v for k, v in names.items() if k in text})
    got = {f for f in readable(doc, facts) if f[0] == "support"}
    assert not {f for f in got if f[1] != "حركة فتح"}


def test_support_received_from_both_goes_from_each():
    text = "وحظي سامي فرح بدعم كل من كريم ناصر وسلمى حداد."
    doc, facts = facts_of(text, {"سامي فرح": "PERSON", "كريم ناصر": "PERSON", "سلمى حداد": "PERSON"})
    assert {f for f in readable(doc, facts) if f[0] == "support"} == {
        ("support", "كريم ناصر", "سامي فرح", "for"),
        ("support", "سلمى حداد", "سامي فرح", "for"),
    }


@pytest.mark.parametrize(
    "text", ["قاتل حزب الوفد دعما لـ سامي فرح.", "كان حزب الوفد معارضا بارزا لـ سامي فرح."]
)
def test_a_detached_li_still_marks_the_one_backed(text):
    doc, facts = facts_of(text, {"حزب الوفد": "ORG", "سامي فرح": "PERSON"})
    assert [f for f in readable(doc, facts) if f[0] == "support" and f[1:3] == ("حزب الوفد", "سامي فرح")]


@pytest.mark.parametrize(
    "text",
    [
        "والتقى أعضاء حزب الوفد سامي فرح في القاهرة أمس.",  # the verb's object
        "واستقبل سامي فرح النائب عن حزب الوفد في مكتبه.",  # the verb's subject
        "ودافع المرشح سامي فرح عن حزب الوفد أمام منتقديه.",  # عن is دافع's
        "ولن يترشح سامي فرح عن حزب الوفد في الانتخابات المقبلة.",  # negated
    ],
)
def test_review_cases_give_no_membership(text):
    doc, facts = facts_of(text, {"حزب الوفد": "ORG", "سامي فرح": "PERSON"})
    assert not [f for f in facts if f.type == "membership"]


@pytest.mark.parametrize(
    "text, facts_wanted",
    [
        (
            "وتعهد حزب الوفد بدعم كل من سامي فرح وكريم ناصر في الانتخابات المقبلة.",
            {("support", "حزب الوفد", "سامي فرح", "for"), ("support", "حزب الوفد", "كريم ناصر", "for")},
        ),
        ("ويرى مراقبون أن إيران تعمل على دعم حزب الوفد بالمال والسلاح.", {("support", "إيران", "حزب الوفد", "for")}),
        ("ولا يزال حزب الوفد يدعم سامي فرح في الانتخابات.", {("support", "حزب الوفد", "سامي فرح", "for")}),
        (
            "وأشاد كريم ناصر بمواقف الأحزاب ولا سيما دعم حزب الوفد لسامي فرح.",
            {("support", "حزب الوفد", "سامي فرح", "for")},
        ),
    ],
)
def test_second_review_support_cases(text, facts_wanted):
    names = {"حزب الوفد": "ORG", "سامي فرح": "PERSON", "كريم ناصر": "PERSON", "إيران": "GPE"}
    doc, facts = facts_of(text, {k: v for k, v in names.items() if k in text})
    assert {f for f in readable(doc, facts) if f[0] == "support"} == facts_wanted


@pytest.mark.parametrize(
    "text, member",
    [
        ("لم يحضر النائب عن حزب الوفد سامي فرح جلسة البرلمان.", True),
        ("وقال سامي فرح النائب عن حزب الوفد إن الحكومة فشلت.", True),
        # (no "MP for" reading of "النائبة … عن حزب"; since the twenty-seventh session leaving a party
        # states that one belonged to it, a past membership, as past roles count)
        ("وانشقت النائبة سامي فرح عن حزب الوفد العام الماضي.", True),
        ("ويدافع المرشح سامي فرح عن حزب الوفد أمام منتقديه.", False),
    ],
)
def test_second_review_membership_cases(text, member):
    doc, facts = facts_of(text, {"حزب الوفد": "ORG", "سامي فرح": "PERSON"})
    assert bool([f for f in facts if f.type == "membership"]) == member


@pytest.mark.parametrize(
    "text, wanted",
    [
        ("ورفض حزب الوفد دعم سامي فرح في الانتخابات.", set()),
        (
            "وحظي المرشح الرئاسي سامي فرح بدعم كل من حزب الوفد وحركة فتح.",
            {("support", "حزب الوفد", "سامي فرح", "for"), ("support", "حركة فتح", "سامي فرح", "for")},
        ),
        ("وقال مراقبون إن روسيا تتخلى عن دعم سامي فرح.", set()),
    ],
)
def test_third_review_support_cases(text, wanted):
    names = {"حزب الوفد": "ORG", "سامي فرح": "PERSON", "حركة فتح": "ORG", "روسيا": "GPE"}
    doc, facts = facts_of(text, {k: v for k, v in names.items() if k in text})
    assert {f for f in readable(doc, facts) if f[0] == "support"} == wanted


@pytest.mark.parametrize(
    "text, member",
    [
        ("استقبل سامي فرح النائب عن حزب الوفد في مكتبه.", False),
        ("وأشار سامي فرح النائب عن حزب الوفد إلى أن الحكومة فشلت.", True),
    ],
)
def test_third_review_membership_cases(text, member):
    doc, facts = facts_of(text, {"حزب الوفد": "ORG", "سامي فرح": "PERSON"})
    assert bool([f for f in facts if f.type == "membership"]) == member


def test_fourth_review_pledge_and_membership_cases():
    text = "وتعهد رئيس الوزراء سامي فرح بدعم كل من حزب الوفد وحركة فتح."
    doc, facts = facts_of(text, {"سامي فرح": "PERSON", "حزب الوفد": "ORG", "حركة فتح": "ORG"})
    assert {f for f in readable(doc, facts) if f[0] == "support"} == {
        ("support", "سامي فرح", "حزب الوفد", "for"),
        ("support", "سامي فرح", "حركة فتح", "for"),
    }
    doc, facts = facts_of("وقال السيد سامي فرح النائب عن حزب الوفد إن الحكومة فشلت.", {"سامي فرح": "PERSON", "حزب الوفد": "ORG"})
    assert ("membership", "سامي فرح", "حزب الوفد") in readable(doc, facts)


@pytest.mark.parametrize(
    "text, urgers",
    [
        ("وتصاعدت الدعوات من حزب الوفد وحركة فتح لاستقالة سامي فرح.", {"حزب الوفد", "حركة فتح"}),
        ("ودعا حزب الوفد إلى إقالة سامي فرح.", {"حزب الوفد"}),
        ("ودعا حزب الوفد الحكومة إلى إقالة سامي فرح.", {"حزب الوفد"}),
        ("طالب وزير الأمن كريم ناصر بتنحية سامي فرح.", {"كريم ناصر"}),
        ("ودعا حزب الوفد إلى فتح تحقيق في إقالة سامي فرح.", set()),
        ("ودعا حزب الوفد إلى عدم إقالة سامي فرح.", set()),
        ("ودعا حزب الوفد إلى رفض استقالة سامي فرح.", set()),
    ],
)
def test_calls_for_someones_removal(text, urgers):
    names = {"حزب الوفد": "ORG", "حركة فتح": "ORG", "سامي فرح": "PERSON", "كريم ناصر": "PERSON"}
    doc, facts = facts_of(text, {k: v for k, v in names.items() if k in text})
    got = {f for f in readable(doc, facts) if f[0] == "support"}
    assert got == {("support", u, "سامي فرح", "against") for u in urgers}


@pytest.mark.parametrize(
    "text, wanted",
    [
        ("ودعا حزب الوفد إلى التظاهر ضد إقالة كريم ناصر.", set()),
        ("ودعا حزب الوفد إلى التحقيق في إقالة كريم ناصر.", set()),
        ("ودعا حزب الوفد الحكومة إلى إقالة كريم ناصر.", {("support", "حزب الوفد", "كريم ناصر", "against")}),
        (
            "ويعد كريم ناصر الذي يحظى بدعم كل من حزب الوفد وحركة فتح أبرز المرشحين.",
            {("support", "حزب الوفد", "كريم ناصر", "for"), ("support", "حركة فتح", "كريم ناصر", "for")},
        ),
    ],
)
def test_fifth_review_support_cases(text, wanted):
    names = {"حزب الوفد": "ORG", "حركة فتح": "ORG", "كريم ناصر": "PERSON"}
    doc, facts = facts_of(text, {k: v for k, v in names.items() if k in text})
    assert {f for f in readable(doc, facts) if f[0] == "support"} == wanted


@pytest.mark.parametrize(
    "text, members",
    [
        # past the subject's title and description, the party after إلى
        (
            "انضم رجل الأعمال سامر عيسى، العضو المنتدب لشركة البحر، إلى حزب النور الجديد.",
            {("سامر عيسى", "حزب النور الجديد")},
        ),
        # a list of members after the verb
        (
            "انضم النواب سامر عيسى وهالة نصر وكريم داوود إلى كتلة «النور»، ليرتفع عدد أعضائها.",
            {("سامر عيسى", "النور"), ("هالة نصر", "النور"), ("كريم داوود", "النور")},
        ),
        # the masdar with a pronoun: the one who announced it
        ("أعلن النائب السابق سامر عيسى انضمامه إلى حزب «النور» المعارض.", {("سامر عيسى", "النور")}),
    ],
)
def test_joining_a_party_in_money_news(text, members):
    names = {"سامر عيسى": "PERSON", "هالة نصر": "PERSON", "كريم داوود": "PERSON", "شركة البحر": "ORG",
             "حزب النور الجديد": "ORG", "النور": "ORG"}
    doc, facts = facts_of(text, names)
    got = {(f[1], f[2]) for f in readable(doc, facts) if f[0] == "membership"}
    assert got == members, got


@pytest.mark.parametrize(
    "text, hosts",
    [
        # لفائدة marks the beneficiary, past the host's description
        (
            "نظّم رجل الأعمال سامر عيسى، الرئيس المدير العام لشركة البحر، حفل عشاء لجمع التبرعات لفائدة حزب النور.",
            {("سامر عيسى", "حزب النور")},
        ),
        # a body organises it
        (
            "نظمت «الغرفة الوطنية» حفل عشاء لجمع التبرعات في العاصمة لصالح المرشحة الرئاسية هالة نصر.",
            {("الغرفة الوطنية", "هالة نصر")},
        ),
        # the party by a back-reference
        (
            "استضاف رجل الأعمال سامر عيسى، أحد أبرز داعمي حزب النور، في منزله عشاء لجمع التبرعات للحزب.",
            {("سامر عيسى", "حزب النور")},
        ),
        # a dinner organised for someone, and one whose organiser is named after it
        (
            "ونظم سامر عيسى، الرئيس التنفيذي لشركة البحر، مأدبة عشاء في منزله بولاية تكساس لصالح المرشح كريم داوود.",
            {("سامر عيسى", "كريم داوود")},
        ),
        (
            "وجمع حفل عشاء أقامه المصرفي سامر عيسى في منزله لصالح المرشح كريم داوود نحو 400 ألف جنيه.",
            {("سامر عيسى", "كريم داوود")},
        ),
        # a dinner in someone's honour, and a call over an app, name no fundraiser by the app
        ("وأقام سامر عيسى حفل عشاء على شرف كريم داوود في منزله.", set()),
        ("تعقد الأسماء الداعمة للحزب مكالمة عبر تطبيق «البحر» لحشد الدعم المالي لكريم داوود.", set()),
    ],
)
def test_fundraisers_in_money_news(text, hosts):
    names = {"سامر عيسى": "PERSON", "هالة نصر": "PERSON", "كريم داوود": "PERSON", "شركة البحر": "ORG",
             "حزب النور": "ORG", "الغرفة الوطنية": "ORG", "البحر": "ORG", "ولاية تكساس": "GPE"}
    doc, facts = facts_of(text, names)
    got = {(f[1], f[2]) for f in readable(doc, facts) if f[0] == "fundraiser"}
    assert got == hosts, got


@pytest.mark.parametrize(
    "text, backs",
    [
        # the committee a participle or a relative describes backs the candidate, however it is marked
        (
            "يعتزم سامر عيسى تقديم نصف مليون دولار للجنة «صوت الجالية» الداعمة للنائبة هالة نصر.",
            {("صوت الجالية", "هالة نصر", "for")},
        ),
        (
            "تعهد سامر عيسى بتقديم خمسة ملايين دولار للجنة «نهضة الغد» التي تساند الحاكمة السابقة هالة نصر.",
            {("نهضة الغد", "هالة نصر", "for")},
        ),
        (
            "ومنح سامر عيسى مليون دولار للجنة «حماة الدستور»، وهي لجنة عمل سياسي كبرى تساند ترشح كريم داوود.",
            {("حماة الدستور", "كريم داوود", "for")},
        ),
        # an unnamed subject right after the verb backs; no one named does
        ("قال كريم داوود إن الحل قريب. وتساند ميليشيات مسلحة قوات حزب النور في هجوم محتمل.", set()),
    ],
)
def test_backers_described_in_money_news(text, backs):
    names = {"سامر عيسى": "PERSON", "هالة نصر": "PERSON", "كريم داوود": "PERSON", "صوت الجالية": "ORG",
             "نهضة الغد": "ORG", "حماة الدستور": "ORG", "حزب النور": "ORG"}
    doc, facts = facts_of(text, names)
    got = {(f[1], f[2], f[3]) for f in readable(doc, facts) if f[0] == "support"}
    assert got == backs, got


# a reviewer's cases (twelfth session): no fundraiser and no membership in any of them
@pytest.mark.parametrize(
    "text",
    [
        "وكان الرئيس المصري قد حضر عشاء أقامه الملك سلمان للرئيس الأمريكي كريم داوود في الرياض.",
        "انتقدت صحيفة البحر حفل عشاء لجمع التبرعات لصالح المرشح كريم داوود.",
        "وفتحت النيابة العامة تحقيقا في حفل لجمع التبرعات لصالح حزب النور.",
        "وأقام سامر عيسى في باريس منذ عام 2010، وهو من كبار المتبرعين، ولم يحضر حفل العشاء لصالح كريم داوود.",
        "أقام سامر عيسى دعوى قضائية ضد الصحيفة، ثم حضر حفلا لصالح حزب النور.",
        "ونفى حزب النور أن يكون قد أقام حفل عشاء لصالح كريم داوود.",
        "نظم حزب النور أمسية انتخابية لدعم مرشحته هالة نصر في دائرة الجيزة.",
        "نظمت هالة نصر حملة تبرعات واسعة في المدن الكبرى خلال الأسبوع الماضي، وأرسلت رسالة شكر إلى كريم داوود.",
        "وانتقد سامر عيسى حزب النور بسبب حفل عشاء لجمع التبرعات للحزب في أحد فنادق القاهرة.",
        "أعلن حزب النور انضمام سامر عيسى إليه، وقالت هالة نصر إن انضمامه إلى الحزب مكسب.",
        "وانتقدت هالة نصر انضمامه إلى حزب النور، وقالت إنه خيانة للناخبين.",
        "انضم سامر عيسى إلى الاحتجاجات، ووجه انتقادات حادة إلى حزب النور.",
        "انضم الملياردير سامر عيسى إلى المتبرعين الكبار لحزب النور.",
    ],
)
def test_review_cases_give_no_fundraiser_or_membership(text):
    names = {"سامر عيسى": "PERSON", "هالة نصر": "PERSON", "كريم داوود": "PERSON", "حزب النور": "ORG",
             "صحيفة البحر": "ORG", "النيابة العامة": "ORG"}
    doc, facts = facts_of(text, names)
    # (سامر عيسى may join حزب النور where the text says so; no one else joins anything here)
    joined = "انضمام سامر عيسى إليه" in text
    bad = [f for f in facts if f.type == "fundraiser" or (f.type == "membership" and not joined)]
    assert not bad, readable(doc, facts)


@pytest.mark.parametrize(
    "text, fact",
    [
        ("أعلن سامر عيسى رسميا انضمامه إلى حزب النور.", ("membership", "سامر عيسى", "حزب النور")),
        ("انضم سامر عيسى إلى المكتب السياسي لحزب النور.", ("membership", "سامر عيسى", "حزب النور")),
        (
            "وكانت رابطة «الغد» قد نظمت حفلا لجمع التبرعات لصالح المرشح كريم داوود.",
            ("fundraiser", "الغد", "كريم داوود"),
        ),
        (
            "وجمع حفل لجمع التبرعات نظمته رابطة «الغد» لصالح المرشح كريم داوود مليون دولار.",
            ("fundraiser", "الغد", "كريم داوود"),
        ),
    ],
)
def test_third_review_cases_keep_the_fact(text, fact):
    names = {"سامر عيسى": "PERSON", "كريم داوود": "PERSON", "حزب النور": "ORG", "الغد": "ORG"}
    doc, facts = facts_of(text, names)
    assert fact in {f[:3] for f in readable(doc, facts)}, readable(doc, facts)


@pytest.mark.parametrize(
    "text, against",
    [
        # a call to quit past the urger's description, and with إلى before the masdar
        ("طالب سامر عيسى، زعيم تحالف «النور»، المرشح كريم داوود بالانسحاب من السباق.", ("سامر عيسى", "كريم داوود")),
        ("دعا سامر عيسى، رئيس حزب «النور»، وزير العدل كريم داوود إلى الاستقالة.", ("سامر عيسى", "كريم داوود")),
        # a participle's urger is the sentence's subject, not the party named before it
        (
            "أعلن النائب سامر عيسى انضمامه إلى حزب «النور»، داعيا رئيس البلدية، كريم داوود، إلى «الانسحاب فورا».",
            ("سامر عيسى", "كريم داوود"),
        ),
    ],
)
def test_calls_to_quit_in_money_news(text, against):
    doc, facts = facts_of(text, {"سامر عيسى": "PERSON", "كريم داوود": "PERSON", "النور": "ORG"})
    got = {(f[1], f[2]) for f in readable(doc, facts) if f[0] == "support" and f[3] == "against"}
    assert got == {against}, got


def test_a_name_cut_short_before_the_call_is_no_target():
    # "كريستوفر | واري بالاستقالة": a word between the name and the call, no fact for the first name
    text = "وطالب سامر عيسى مدير المكتب كريم واري بالاستقالة من منصبه."
    doc, facts = facts_of(text, {"سامر عيسى": "PERSON", "كريم": "PERSON"})
    assert not [f for f in facts if f.type == "support"], readable(doc, facts)


# a fourth reviewer's cases for calls to quit
@pytest.mark.parametrize(
    "text, against",
    [
        ("ورفض سامر عيسى مطالبة الوزيرة هالة نصر بالاستقالة من رئاسة الحزب.", set()),
        ("دعا سامر عيسى الرئيسة هالة نصر إلى الانسحاب من الاتفاق النووي مع الدول الكبرى.", set()),
        ("ولا يدعو سامر عيسى المرشحة هالة نصر إلى الانسحاب من السباق، بل يدعمها.", set()),
        ("ودعا الوزير سامر عيسى أمس أنصار المرشحة هالة نصر إلى الانسحاب من الساحات.", set()),
        (
            "ذكرت هالة نصر أن سامر عيسى ألقى كلمة في المؤتمر، داعيا فيها المرشح كريم داوود إلى الانسحاب.",
            {("سامر عيسى", "كريم داوود")},
        ),
        (
            "دعا سامر عيسى إلى التهدئة بعد أيام من المواجهات، فيما دعت هالة نصر المرشح كريم داوود إلى الانسحاب من السباق.",
            {("هالة نصر", "كريم داوود")},
        ),
        ("دعا سامر عيسى إلى الانسحاب من الاتفاق، وطالب الوزيرة هالة نصر بالاستقالة.", {("سامر عيسى", "هالة نصر")}),
        ("طالب سامر عيسى بإقالة الوزيرة هالة نصر، ودعا حزب النور إلى الانسحاب من الحكومة.", {("سامر عيسى", "هالة نصر")}),
    ],
)
def test_fourth_review_calls_to_quit(text, against):
    names = {"سامر عيسى": "PERSON", "هالة نصر": "PERSON", "كريم داوود": "PERSON", "حزب النور": "ORG"}
    doc, facts = facts_of(text, names)
    got = {(f[1], f[2]) for f in readable(doc, facts) if f[0] == "support" and f[3] == "against"}
    assert got == against, got


def test_governor_with_wa_attached_before_its_complement():
    # "ووعد بتقديم …": و joined to a governor that itself starts with و (وعد) is dropped once, not twice
    text = "وصل رجل الأعمال سمير حداد إلى المؤتمر، ووعد بتقديم مليون دولار لحملة المرشح الرئاسي نبيل قاسم."
    doc, facts = facts_of(text, {"سمير حداد": "PERSON", "نبيل قاسم": "PERSON"})
    got = {r for r in readable(doc, facts) if r[0] == "donation"}
    assert got == {("donation", "سمير حداد", "نبيل قاسم", (1e6, 1e6, "USD"), "pledged")}


def test_fundraiser_for_the_campaign_of_a_sitting_president():
    # "لحملة الرئيس الأمريكي X": the campaign's owner is its beneficiary whatever office they hold
    text = ("قدم سمير حداد مسؤول جمع التبرعات لحملة الرئيس الأمريكي نبيل قاسم استقالته من اللجنة المالية "
            "للحزب الجمهوري.")
    doc, facts = facts_of(text, {"سمير حداد": "PERSON", "نبيل قاسم": "PERSON", "الحزب الجمهوري": "ORG"})
    got = {(r[1], r[2]) for r in readable(doc, facts) if r[0] == "fundraiser"}
    assert got == {("سمير حداد", "نبيل قاسم")}, got


def test_campaign_owner_needs_a_title_right_after_the_marker():
    # "لحملة انتخابات" is not a campaign's owner; the guest of a dinner is no beneficiary
    text = "نظم سمير حداد حفل عشاء للرئيس الأمريكي نبيل قاسم في منزله."
    doc, facts = facts_of(text, {"سمير حداد": "PERSON", "نبيل قاسم": "PERSON"})
    assert not [r for r in readable(doc, facts) if r[0] == "fundraiser"], readable(doc, facts)


# support received, support by a relative clause, allies, enemies and comrades in arms (state and
# party news: who backs whom)
@pytest.mark.parametrize(
    "text, support",
    [
        ("وخلال العام الماضي، حققت الحكومة السورية، التي تتلقى دعما من إيران وروسيا، مكاسب كبيرة.",
         {("إيران", "الحكومة السورية", "for"), ("روسيا", "الحكومة السورية", "for")}),
        ("ولكن الجيش السوري - الذي يتلقى دعما مهما من إيران - يعد لهجوم كبير.", {("إيران", "الجيش السوري", "for")}),
        ("وقالت إن حزب الله يتلقى دعما ماليا وعسكريا من إيران.", {("إيران", "حزب الله", "for")}),
        ("وحصلت الحكومة السورية على دعم عسكري من روسيا.", {("روسيا", "الحكومة السورية", "for")}),
        ("ويحظى حزب الله بدعم إيران منذ تأسيسه.", {("إيران", "حزب الله", "for")}),
        ("وتنظيم الإخوان الذي تدعمه الدوحة مصنف في دول عدة تنظيما إرهابيا.", {("الدوحة", "تنظيم الإخوان", "for")}),
        ("وحزب الله الحليف لإيران والعدو لإسرائيل هو الحزب اللبناني المسلح الرئيسي.",
         {("حزب الله", "إيران", "for"), ("حزب الله", "إسرائيل", "against")}),
        ("وقال إن الطفل جنده لواء القدس المتحالف مع الحكومة السورية.", {("لواء القدس", "الحكومة السورية", "for")}),
        ("يقاتل حزب الله إلى جانب قوات الحكومة السورية منذ 2013.", {("حزب الله", "الحكومة السورية", "for")}),
    ],
)
def test_support_received_allies_and_enemies(text, support):
    names = {"الحكومة السورية": "ORG", "إيران": "GPE", "روسيا": "GPE", "الجيش السوري": "ORG", "حزب الله": "ORG",
             "الدوحة": "GPE", "تنظيم الإخوان": "ORG", "إسرائيل": "GPE", "لواء القدس": "ORG"}
    doc, facts = facts_of(text, {k: v for k, v in names.items() if k in text})
    got = {(r[1], r[2], r[3]) for r in readable(doc, facts) if r[0] == "support"}
    assert got == support, got


@pytest.mark.parametrize(
    "text",
    [
        "ولم تتلق الحكومة السورية دعما من روسيا هذا العام.",  # negated
        "وتلقت الحكومة السورية رسالة من روسيا بشأن الدعم.",  # a letter, not support
        "ووصف عدو الشعب حزب الله بأنه فاسد.",  # no one named before the enemy
        "وقال الجيش السوري إنه يقاتل إلى جانب السكان في حلب.",  # no name after إلى جانب
        "وقالت روسيا إن الحكومة السورية التي تدعم الاستقرار ستنتصر.",  # تدعم + a thing, not تدعمه + a name
    ],
)
def test_no_support_from_those_words(text):
    names = {"الحكومة السورية": "ORG", "روسيا": "GPE", "حزب الله": "ORG", "الجيش السوري": "ORG", "حلب": "GPE"}
    doc, facts = facts_of(text, {k: v for k, v in names.items() if k in text})
    assert not [r for r in readable(doc, facts) if r[0] == "support"], readable(doc, facts)


# a reviewer's cases for the support rules (thirteenth session)
@pytest.mark.parametrize(
    "text, names, want",
    [
        ("وأدانت حركة حماس قصف العدو لغزة واستهداف المدنيين.", {"حركة حماس": "ORG", "غزة": "GPE"}, set()),
        ("وقصف الجيش السوري مواقع الفصائل المتحالفة مع تركيا في ريف حلب.", {"الجيش السوري": "ORG", "تركيا": "GPE"}, set()),
        ("وهاجم الرئيس نادر سليم الحزب الحليف لحركة النهضة في البرلمان.", {"نادر سليم": "PERSON", "حركة النهضة": "ORG"}, set()),
        ("وذكرت روسيا أن مرتزقة يقاتلون إلى جانب أوكرانيا.", {"روسيا": "GPE", "أوكرانيا": "GPE"}, set()),
        ("وإذا حصل كريم العابد على دعم من حزب الوفاق فسيضمن الفوز بالمقعد.", {"كريم العابد": "PERSON", "حزب الوفاق": "ORG"}, set()),
        ("وحصل نادر سليم على الدعم الذي طلبه من حزب الوفاق لكن الحزب رفض.", {"نادر سليم": "PERSON", "حزب الوفاق": "ORG"}, set()),
        ("وحصلت شركة النور للتقنيات على دعم فني من شركة مايكروسوفت لتطوير أنظمتها.",
         {"شركة النور للتقنيات": "ORG", "شركة مايكروسوفت": "ORG"}, set()),
        ("واتهم نادر سليم حزب الوفاق بأنه عدو لإسرائيل.", {"نادر سليم": "PERSON", "حزب الوفاق": "ORG", "إسرائيل": "GPE"}, set()),
        ("ويحظى المرشح نادر سليم بدعم رئيس الوزراء السابق فؤاد حمدان.", {"نادر سليم": "PERSON", "فؤاد حمدان": "PERSON"},
         {("فؤاد حمدان", "نادر سليم", "for")}),
        ("ويحظى نادر سليم بدعم الحزب الجمهوري.", {"نادر سليم": "PERSON", "الحزب الجمهوري": "ORG"},
         {("الحزب الجمهوري", "نادر سليم", "for")}),
        ("وحصل المرشح سامي الخطيب على دعم من الرئيس السابق دونالد ترامب.", {"سامي الخطيب": "PERSON", "دونالد ترامب": "PERSON"},
         {("دونالد ترامب", "سامي الخطيب", "for")}),
        ("وهاجمت حكومة الوفاق الوطني التي تدعمها تركيا وقطر مواقع الجيش.",
         {"حكومة الوفاق الوطني": "ORG", "تركيا": "GPE", "قطر": "GPE"},
         {("تركيا", "حكومة الوفاق الوطني", "for"), ("قطر", "حكومة الوفاق الوطني", "for")}),
        ("وقال نادر سليم الذي كان يدعمه حزب الوفاق إنه سيستقيل.", {"نادر سليم": "PERSON", "حزب الوفاق": "ORG"},
         {("حزب الوفاق", "نادر سليم", "for")}),
    ],
)
def test_support_review_cases(text, names, want):
    doc, facts = facts_of(text, names)
    assert {(r[1], r[2], r[3]) for r in readable(doc, facts) if r[0] == "support"} == want


# a second reviewer's cases (thirteenth session)
@pytest.mark.parametrize(
    "text, want",
    [
        ("والتقى الرئيس نادر سليم أحد أعضاء حزب الوفاق.", set()),
        ("وأكدت النائبة سارة حداد أن إحدى عضوات حزب الوفاق تعرضت للتهديد.", set()),
        ("وقال نادر سليم، أحد أعضاء حزب الوفاق، إن الحزب سيفوز.", {("membership", "نادر سليم", "حزب الوفاق")}),
        ("وقال نادر سليم إن العناصر المنتمين إلى تنظيم داعش اعتقلوا.", set()),
        ("وقال نادر سليم إن المسلحين ينتمون إلى حزب الوفاق.", set()),
        ("وفي عهد نادر سليم يمتلك حزب الوفاق 40 مقعدا.", set()),
        # the successor after the office, never the predecessor
        ("وبعد رحيل نادر سليم تولى رئاسة حزب الوفاق فؤاد حمدان.", {("role", "فؤاد حمدان", "حزب الوفاق")}),
        ("وقال نادر سليم إن المغرب حليف لفرنسا.", {("support", "المغرب", "فرنسا", "for")}),
        ("وقال نادر سليم إن بلاده حليف وثيق لواشنطن.", set()),
        ("وأكد نادر سليم أن الإرهاب عدو مصر.", set()),
        ("وتقول الولايات المتحدة إن الحوثيين يتلقون دعما عسكريا من إيران.", {("support", "إيران", "الحوثيين", "for")}),
        ("وبعد أن حصل نادر سليم على دعم حزب الوفاق، أعلن ترشحه.", {("support", "حزب الوفاق", "نادر سليم", "for")}),
        ("ويحظى الكاظمي بدعم زعيم التيار الصدري مقتدى الصدر.",
         {("support", "مقتدى الصدر", "الكاظمي", "for"), ("role", "مقتدى الصدر", "التيار الصدري")}),
        ("ويحظى عمران خان بتأييد الجيش الباكستاني.", {("support", "الجيش الباكستاني", "عمران خان", "for")}),
        ("وحظيت حملة نادر سليم بدعم حزب الوفاق.", {("support", "حزب الوفاق", "نادر سليم", "for")}),
        ("ومستشفى الأمل الذي تموله الإمارات افتتح أمس.", set()),
        ("وتلقى نادي الزمالك دعما من وزارة الشباب والرياضة.", set()),
        ("والتحق نادر سليم بجامعة القاهرة عام 1980.", set()),
        ("وحزب الله الحليف الوثيق لإيران يرفض الاتفاق.", {("support", "حزب الله", "إيران", "for")}),
        # the factions are allied, not Iran (the relative clause's subject)
        ("ويشكل الجنوب قلقا لإسرائيل التي هاجمت فصائل تدعمها إيران متحالفة مع الحكومة السورية.", set()),
        ("وبعد أن تولى نادر سليم رئاسة حزب الوفاق عام 2012، تغير الحزب.", {("role", "نادر سليم", "حزب الوفاق")}),
        ("وينتمي المرشح نادر سليم إلى حزب الوفاق.", {("membership", "نادر سليم", "حزب الوفاق")}),
    ],
)
def test_second_support_review_cases(text, want):
    names = {"نادر سليم": "PERSON", "حزب الوفاق": "ORG", "سارة حداد": "PERSON", "فؤاد حمدان": "PERSON",
             "تنظيم داعش": "ORG", "المغرب": "GPE", "فرنسا": "GPE", "واشنطن": "GPE", "إيران": "GPE", "مصر": "GPE",
             "الولايات المتحدة": "GPE", "الحوثيين": "ORG", "الكاظمي": "PERSON", "التيار الصدري": "ORG",
             "مقتدى الصدر": "PERSON", "عمران خان": "PERSON", "الجيش الباكستاني": "ORG", "الإمارات": "GPE",
             "مستشفى الأمل": "ORG", "جامعة القاهرة": "ORG", "حزب الله": "ORG", "نادي الزمالك": "ORG",
             "وزارة الشباب والرياضة": "ORG", "إسرائيل": "GPE", "الحكومة السورية": "ORG"}
    doc, facts = facts_of(text, {k: v for k, v in names.items() if k in text})
    got = {r[:4] if r[0] == "support" else r[:3] for r in readable(doc, facts) if r[0] in ("support", "role", "membership")}
    assert got == want, got


# a third reviewer's cases (thirteenth session): subjects that open their clause past a title or after
# فإن/لكن/لا تزال, the clause of إن, parties named without a head word, political councils, lists
# with commas, a giver's title, a party's president asking, a state's aid to a government
@pytest.mark.parametrize(
    "text, names, want",
    [
        ("وبحسب الصحيفة، فإن قطر مولت حزب الإصلاح.", {"قطر": "GPE", "حزب الإصلاح": "ORG"},
         {("donation", "قطر", "حزب الإصلاح")}),
        ("ولا تزال إيران تمول حزب الله بمئات الملايين.", {"إيران": "GPE", "حزب الله": "ORG"},
         {("donation", "إيران", "حزب الله")}),
        ("وكشفت الوثائق أن الملياردير سامي فرح مول حزب النور.", {"سامي فرح": "PERSON", "حزب النور": "ORG"},
         {("donation", "سامي فرح", "حزب النور")}),
        ("لكن سامي حداد يملك شركة النور.", {"سامي حداد": "PERSON", "شركة النور": "ORG"},
         {("role", "سامي حداد", "شركة النور")}),
        ("وبحسب مصادر، فإن حزب الأمة متحالف مع حزب الوفد.", {"حزب الأمة": "ORG", "حزب الوفد": "ORG"},
         {("support", "حزب الأمة", "حزب الوفد")}),
        ("وذكرت الصحيفة أن الحكومة اعتقلت عددا من الناشطين، ويعد حزب الله حليفا وثيقا لإيران.",
         {"حزب الله": "ORG", "إيران": "GPE"}, {("support", "حزب الله", "إيران")}),
        ("وقالت الصحيفة إن الرئيس الأسد يعد حليفا لروسيا.", {"الأسد": "PERSON", "روسيا": "GPE"},
         {("support", "الأسد", "روسيا")}),
        # (حماس is a movement by "الحركة" after it)
        ("وقال سامي حداد، المنتمي إلى حماس، إن الحركة لن تتراجع.", {"سامي حداد": "PERSON", "حماس": "ORG"},
         {("membership", "سامي حداد", "حماس")}),
        ("سامي حداد أحد أعضاء حزب النور منذ عام 2010.", {"سامي حداد": "PERSON", "حزب النور": "ORG"},
         {("membership", "سامي حداد", "حزب النور")}),
        ("وتمول الإمارات المجلس الانتقالي الجنوبي منذ عام 2017.", {"الإمارات": "GPE", "المجلس الانتقالي الجنوبي": "ORG"},
         {("donation", "الإمارات", "المجلس الانتقالي الجنوبي")}),
        ("وتمول إيران حزب الله، وحركة حماس، وجماعة الحوثي.",
         {"إيران": "GPE", "حزب الله": "ORG", "حركة حماس": "ORG", "جماعة الحوثي": "ORG"},
         {("donation", "إيران", "حزب الله"), ("donation", "إيران", "حركة حماس"), ("donation", "إيران", "جماعة الحوثي")}),
        ("وتلقى حزب المستقبل من الملياردير سامي الخوري 5 ملايين دولار.", {"حزب المستقبل": "ORG", "سامي الخوري": "PERSON"},
         {("donation", "سامي الخوري", "حزب المستقبل")}),
        ("وقالت الصحيفة إن رئيس حزب الوفد سامي حداد طلب أموالا من رجل الأعمال نبيل عيسى لتمويل حملته الانتخابية.",
         {"حزب الوفد": "ORG", "سامي حداد": "PERSON", "نبيل عيسى": "PERSON"},
         {("donation", "نبيل عيسى", "سامي حداد"), ("role", "سامي حداد", "حزب الوفد")}),
        ("وتتلقى الحكومة الأردنية دعما ماليا من الولايات المتحدة.", {"الحكومة الأردنية": "ORG", "الولايات المتحدة": "GPE"},
         set()),
        ("وتلقت الحكومة المصرية من السعودية 2 مليار دولار.", {"الحكومة المصرية": "ORG", "السعودية": "GPE"}, set()),
    ],
)
def test_third_review_cases(text, names, want):
    doc, facts = facts_of(text, names)
    assert {r[:3] for r in readable(doc, facts)} == want, readable(doc, facts)


# a fourth reviewer's cases (thirteenth session)
@pytest.mark.parametrize(
    "text, names, want",
    [
        ("وفي ظل الرئيس سامي الحداد يمتلك حزب النهضة الجديد أغلبية المقاعد.",
         {"سامي الحداد": "PERSON", "حزب النهضة الجديد": "ORG"}, set()),  # في ظل: a complement
        ("وفي ظل الرئيس سامي الحداد متحالف مع إيران.", {"سامي الحداد": "PERSON", "إيران": "GPE"}, set()),
        ("والتحق خالد يوسف بمنظمة الصحة العالمية.", {"خالد يوسف": "PERSON", "منظمة الصحة العالمية": "ORG"}, set()),
        ("والتحق خالد يوسف بأرامكو عام 1990.", {"خالد يوسف": "PERSON", "أرامكو": "ORG"}, set()),
        ("والتحق خالد يوسف ببنك مصر عام 1990.", {"خالد يوسف": "PERSON", "بنك مصر": "ORG"}, set()),
        ("وتلقت وزارة المالية اللبنانية 100 مليون دولار من السعودية.",
         {"وزارة المالية اللبنانية": "ORG", "السعودية": "GPE"}, set()),
        ("ومولت قطر مجلس التعاون الخليجي.", {"قطر": "GPE", "مجلس التعاون الخليجي": "ORG"}, set()),
        ("ومولت قطر المجلس الأعلى للدولة.", {"قطر": "GPE", "المجلس الأعلى للدولة": "ORG"}, set()),
        ("وكانت قطر قد مولت حركة حماس، وحزب الله يتلقى أمواله من إيران.",
         {"قطر": "GPE", "حركة حماس": "ORG", "حزب الله": "ORG", "إيران": "GPE"}, {("donation", "قطر", "حركة حماس")}),
        ("والتحق خالد يوسف بحزب النور عام 1990.", {"خالد يوسف": "PERSON", "حزب النور": "ORG"},
         {("membership", "خالد يوسف", "حزب النور")}),
    ],
)
def test_fourth_review_cases(text, names, want):
    doc, facts = facts_of(text, names)
    assert {r[:3] for r in readable(doc, facts)} == want, readable(doc, facts)


# the verbal noun دعم whose genitive is the one asked for support, or whose giving is stopped
@pytest.mark.parametrize(
    "text, names, want",
    [
        ("وفي الشهر الماضي، طلبت فرنسا وبريطانيا وألمانيا دعم الاتحاد الأوروبي للموافقة على عقوبات جديدة.",
         {"فرنسا": "GPE", "بريطانيا": "GPE", "ألمانيا": "GPE", "الاتحاد الأوروبي": "ORG"}, set()),
        ("وتحتاج الصين لدعم الاتحاد الأوروبي في معاركها التجارية.", {"الصين": "GPE", "الاتحاد الأوروبي": "ORG"}, set()),
        ("وجاءت الاستقالة بعد أيام من ضمان رئيسة الوزراء تيريزا ماي دعم مجلس الوزراء لخطتها.",
         {"تيريزا ماي": "PERSON", "مجلس الوزراء": "ORG"}, set()),
        ("وانتقد أردوغان الناتو لعدم دعمه في العملية ضد وحدات حماية الشعب.",
         {"أردوغان": "PERSON", "الناتو": "ORG", "وحدات حماية الشعب": "ORG"}, set()),
        ("واستعرض مايك بومبيو مطالب بلاده، ومنها أن تكف عن دعم حزب الله وحماس.",
         {"مايك بومبيو": "PERSON", "حزب الله": "ORG", "حماس": "ORG"}, set()),
        ("وانتقد بوريس جونسون الخطة قبل أن يوافق على دعمها في اجتماع مجلس الوزراء.",
         {"بوريس جونسون": "PERSON", "مجلس الوزراء": "ORG"}, set()),
        # still read: the pronoun's support for the one named right after or after لـ
        ("احتجاجات ضد كلوني وعلم الدين على خلفية دعمهما كلينتون.",
         {"كلوني": "PERSON", "علم الدين": "PERSON", "كلينتون": "PERSON"},
         {("كلوني", "كلينتون", "for"), ("علم الدين", "كلينتون", "for")}),
        ("وأعلنت النائبة فالنتينا أوسبينا دعمها لترشح كاميلو ريستريبو.",
         {"فالنتينا أوسبينا": "PERSON", "كاميلو ريستريبو": "PERSON"}, {("فالنتينا أوسبينا", "كاميلو ريستريبو", "for")}),
    ],
)
def test_support_asked_for_or_stopped(text, names, want):
    doc, facts = facts_of(text, names)
    assert {r[1:4] for r in readable(doc, facts) if r[0] == "support"} == want, readable(doc, facts)


# a sixth reviewer's cases (thirteenth session): the دعم skips and the self-naming quote rule
@pytest.mark.parametrize(
    "text, names, want",
    [
        ("وأعلن حزب النور السلفي ضمن بيانه الختامي دعم المرشح الرئاسي عبد المنعم أبو الفتوح.",
         {"حزب النور السلفي": "ORG", "عبد المنعم أبو الفتوح": "PERSON"},
         {("support", "حزب النور السلفي", "عبد المنعم أبو الفتوح")}),
        ("واستجابة لطلب الرئيس، أعلن حزب الوفد المصري دعم عبد الفتاح السيسي في الانتخابات الرئاسية.",
         {"حزب الوفد المصري": "ORG", "عبد الفتاح السيسي": "PERSON"}, {("support", "حزب الوفد المصري", "عبد الفتاح السيسي")}),
        ("وطلب ترامب من أنصاره دعم المرشح الجمهوري دوغ ماستريانو.", {"ترامب": "PERSON", "دوغ ماستريانو": "PERSON"},
         {("support", "ترامب", "دوغ ماستريانو")}),
        ("وأكد حزب الوفد المصري، في بيان صدر اليوم، دعمه الكامل لترشيح الرئيس عبد الفتاح السيسي لولاية ثانية.",
         {"حزب الوفد المصري": "ORG", "عبد الفتاح السيسي": "PERSON"}, {("support", "حزب الوفد المصري", "عبد الفتاح السيسي")}),
        ("وأعلن الرئيس الأمريكي السابق باراك أوباما دعمه المرشح الديمقراطي جو بايدن.",
         {"باراك أوباما": "PERSON", "جو بايدن": "PERSON"}, {("support", "باراك أوباما", "جو بايدن")}),
        ("وقرر الحزب الديمقراطي وقف دعم المرشح جو بايدن.", {"الحزب الديمقراطي": "ORG", "جو بايدن": "PERSON"}, set()),
        ("وقال الرئيس التونسي قيس سعيد في كلمة متلفزة: \"أنا سعيد بهذه النتيجة التي حققها الشعب\".",
         {"قيس سعيد": "PERSON", "سعيد": "PERSON"}, {("quote", "قيس سعيد")}),
        ("ويختم المرشح الديمقراطي جو بايدن إعلانه بالقول: \"أنا جو بايدن وأوافق على هذه الرسالة\".",
         {"جو بايدن": "PERSON"}, {("quote", "جو بايدن")}),
    ],
)
def test_sixth_review_cases(text, names, want):
    doc, facts = facts_of(text, names)
    assert {r[:3] if r[0] != "quote" else r[:2] for r in readable(doc, facts)} == want, readable(doc, facts)


# fourteenth session: arming a group backs it; the accused of an accusation is the one who arms or backs
@pytest.mark.parametrize(
    "text, names, want",
    [
        ("وقال الوزير إن حزب الله يسلح جماعة الحوثي في اليمن.", {"حزب الله": "ORG", "جماعة الحوثي": "ORG", "اليمن": "GPE"},
         {("حزب الله", "جماعة الحوثي", "for")}),
        ("وتتهم واشنطن إيران بتسليح جماعة الحوثي.", {"واشنطن": "GPE", "إيران": "GPE", "جماعة الحوثي": "ORG"},
         {("إيران", "جماعة الحوثي", "for")}),
        # the accused, not the accuser, nor a country named on the way
        ("واتهم نتنياهو إيران بالضلوع في العنف في العراق وسوريا، وبتسليح حزب الله وحماس.",
         {"نتنياهو": "PERSON", "إيران": "GPE", "العراق": "GPE", "سوريا": "GPE", "حزب الله": "ORG", "حماس": "ORG"},
         {("إيران", "حزب الله", "for"), ("إيران", "حماس", "for")}),
        # a ban on arming is no backing
        ("وتعاني البلاد في ظل الحظر الذي يفرضه مجلس الأمن على تسليح الجيش الليبي.",
         {"مجلس الأمن": "ORG", "الجيش الليبي": "ORG"}, set()),
        # a country right before the verb still backs ("وإيران تدعم"), not one before a comma
        ("وإيران تدعم الحوثيين.", {"إيران": "GPE", "الحوثيين": "ORG"}, {("إيران", "الحوثيين", "for")}),
        # a reviewer's cases: the accused is the name after the accuser, not after a preposition
        ("واتهمت إسرائيل بيروت بدعم حزب الله.", {"إسرائيل": "GPE", "بيروت": "GPE", "حزب الله": "ORG"},
         {("بيروت", "حزب الله", "for")}),
        ("واتهم نتنياهو في بيان إيران بدعم حركة حماس.", {"نتنياهو": "PERSON", "إيران": "GPE", "حركة حماس": "ORG"},
         {("إيران", "حركة حماس", "for")}),
        ("واتهم نتنياهو إيران، في كلمة أمام الكنيست، بتسليح حركة حماس.",
         {"نتنياهو": "PERSON", "إيران": "GPE", "الكنيست": "ORG", "حركة حماس": "ORG"}, {("إيران", "حركة حماس", "for")}),
        # another clause has its own subject; a pronoun object names no one
        ("واتهم زيلينسكي روسيا بارتكاب جرائم حرب، فيما تعهد المستشار الألماني أولاف شولتس بدعم الجيش الأوكراني.",
         {"زيلينسكي": "PERSON", "روسيا": "GPE", "أولاف شولتس": "PERSON", "الجيش الأوكراني": "ORG"},
         {("أولاف شولتس", "الجيش الأوكراني", "for")}),
        ("واتهمها ترامب بتسليح حركة حماس.", {"ترامب": "PERSON", "حركة حماس": "ORG"}, set()),
        # a country before a relative clause backs what the clause says it backs
        ("وقال المسؤول إن تركيا، التي تدعم الجيش الوطني السوري، ترفض الاتفاق.",
         {"تركيا": "GPE", "الجيش الوطني السوري": "ORG"}, {("تركيا", "الجيش الوطني السوري", "for")}),
        # warning against, rejecting or discussing arming is no backing; a ban far before is no ban on it
        ("وحذرت موسكو من تسليح الجيش الأوكراني بصواريخ بعيدة المدى.", {"موسكو": "GPE", "الجيش الأوكراني": "ORG"}, set()),
        ("ورفض مجلس الشيوخ صفقة لتسليح الجيش السعودي.", {"مجلس الشيوخ": "ORG", "الجيش السعودي": "ORG"}, set()),
        ("ولم يمنع ذلك قطر من دعم حركة حماس.", {"قطر": "GPE", "حركة حماس": "ORG"}, {("قطر", "حركة حماس", "for")}),
        ("ورغم حظر الأسلحة المفروض تواصل إيران دعم الحوثيين.", {"إيران": "GPE", "الحوثيين": "ORG"},
         {("إيران", "الحوثيين", "for")}),
        # a second reviewer's cases: a title's body is not the accused; a new clause, a stated agent
        ("واتهم رئيس حزب الشعب الجمهوري كمال كليجدار أوغلو الحكومة التركية بدعم جبهة النصرة.",
         {"حزب الشعب الجمهوري": "ORG", "كمال كليجدار أوغلو": "PERSON", "الحكومة التركية": "ORG", "جبهة النصرة": "ORG"},
         {("الحكومة التركية", "جبهة النصرة", "for")}),
        ("وحذر ترامب من التصعيد وجدد دعمه لرئيس الوزراء الإسرائيلي بنيامين نتنياهو.",
         {"ترامب": "PERSON", "بنيامين نتنياهو": "PERSON"}, {("ترامب", "بنيامين نتنياهو", "for")}),
        ("وتناول الاجتماع ملف دعم تركيا لحركة حماس.", {"تركيا": "GPE", "حركة حماس": "ORG"}, {("تركيا", "حركة حماس", "for")}),
        ("وحظرت ألمانيا رسميا دعم حزب الله.", {"ألمانيا": "GPE", "حزب الله": "ORG"}, set()),
        # a ban does not hide a backing the masdar states with its own agent
        ("ومنعت الكويت سفينة إيرانية بسبب دعم إيران لحركة حماس.", {"الكويت": "GPE", "إيران": "GPE", "حركة حماس": "ORG"},
         {("إيران", "حركة حماس", "for")}),
        ("ومنعت تركيا واشنطن من تسليح وحدات حماية الشعب.",
         {"تركيا": "GPE", "واشنطن": "GPE", "وحدات حماية الشعب": "ORG"}, set()),
    ],
)
def test_arming_and_accused_backers(text, names, want):
    doc, facts = facts_of(text, names)
    assert {r[1:4] for r in readable(doc, facts) if r[0] == "support"} == want, readable(doc, facts)


def test_allies_named_after_the_one_they_back():
    text = "دعا الحليفان للرئيس الأميركي دونالد ترامب، نيوت غينغريتش ورودي جولياني، إلى تغيير التحقيق."
    got = readable(*facts_of(text, {"دونالد ترامب": "PERSON", "نيوت غينغريتش": "PERSON", "رودي جولياني": "PERSON"}))
    assert ("support", "نيوت غينغريتش", "دونالد ترامب", "for") in got, got
    assert ("support", "رودي جولياني", "دونالد ترامب", "for") in got, got


def test_an_opponent_described_by_its_adjective():
    text = "واعتقلت الشرطة الناشط حازم عبد العظيم المعارض للرئيس عبد الفتاح السيسي."
    got = readable(*facts_of(text, {"حازم عبد العظيم": "PERSON", "عبد الفتاح السيسي": "PERSON"}))
    assert ("support", "حازم عبد العظيم", "عبد الفتاح السيسي", "against") in got, got
    # against what the word after it names, not the name after that
    text = "وقال زعيم حركة خمس نجوم المناهض للمؤسسات لويجي دي مايو إنه مستعد."
    got = readable(*facts_of(text, {"حركة خمس نجوم": "ORG", "لويجي دي مايو": "PERSON"}))
    assert not [g for g in got if g[0] == "support"], got


def test_second_review_of_the_seventeenth_session_support_rules():
    # the agency a party's spokesman spoke to is nothing it opposes
    text = "وقال متحدث باسم حزب الشعب الجمهوري المعارض لرويترز إن الانتخابات مزورة."
    got = readable(*facts_of(text, {"حزب الشعب الجمهوري": "ORG", "رويترز": "ORG"}))
    assert not [g for g in got if g[0] == "support"], got
    # the leader in apposition after "the close ally of the party's leader" is no ally
    text = "وقال الحليف الوثيق لزعيم حزب العمال، جيريمي كوربن، إن الحزب موحد."
    got = readable(*facts_of(text, {"حزب العمال": "ORG", "جيريمي كوربن": "PERSON"}))
    assert not [g for g in got if g[0] == "support"], got


def test_a_party_s_man_giving_his_view_and_no_opponent_of_the_leader_named_after_the_government():
    text = "ومن جانبه وصف أحمد الخطيب من حزب الوفد إقالة الوزير بالخطأ."
    got = readable(*facts_of(text, {"أحمد الخطيب": "PERSON", "حزب الوفد": "ORG"}))
    assert [g for g in got if g[0] == "membership"], got
    # "المعارض للحكومة فلان": the leader named after it, not its target
    text = "وأعلن زعيم حركة النهضة المعارض للحكومة راشد الغنوشي أن الحزب سيشارك."
    got = readable(*facts_of(text, {"حركة النهضة": "ORG", "راشد الغنوشي": "PERSON"}))
    assert not [g for g in got if g[0] == "support"], got
    text = "وقال حزب الأمل المعارض لنظام بشار الأسد إنه سيقاطع."
    got = readable(*facts_of(text, {"حزب الأمل": "ORG", "بشار الأسد": "PERSON"}))
    assert ("support", "حزب الأمل", "بشار الأسد", "against") in got, got


def test_agreeing_that_is_no_backing():
    text = (
        "ودعا النائب آدم كينزنغر إلى ضربات. وفيما أيد السفير ريان كروكر أن خطأ الإدارة بدأ منذ عهد "
        "الإدارة السابقة إلا أنه شدد على أن هذا الخطأ أقدم."
    )
    got = readable(*facts_of(text, {"آدم كينزنغر": "PERSON", "ريان كروكر": "PERSON"}))
    assert not [g for g in got if g[0] == "support"], got
