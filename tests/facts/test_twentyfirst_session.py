"""Fact rules of the twenty-first session, each drawn from unseen news articles."""

from __future__ import annotations

from tests.facts.helpers import facts_of, readable


def _types(got: set[tuple], kind: str) -> list[tuple]:
    return [g for g in got if g[0] == kind]


def test_a_deputy_word_alone_between_the_name_and_the_title() -> None:
    text = "واستقالت بيني لورانس، نائبة الرئيس التنفيذي لمنظمة أوكسفام، بعد الفضيحة."
    got = readable(*facts_of(text, {"بيني لورانس": "PERSON", "منظمة أوكسفام": "ORG"}))
    assert ("role", "بيني لورانس", "منظمة أوكسفام", "deputy ceo") in got, got
    # a verb between them: the title is another's
    text = "وهاجم دونالد ترامب نائب الرئيس التنفيذي لمنظمة أوكسفام."
    got = readable(*facts_of(text, {"دونالد ترامب": "PERSON", "منظمة أوكسفام": "ORG"}))
    assert not _types(got, "role"), got


def test_the_company_is_the_one_company_the_article_named() -> None:
    text = "تأسست شركة أرامكو عام 1933. وقال أمين الناصر، الرئيس التنفيذي للشركة، إن الأرباح ارتفعت."
    got = readable(*facts_of(text, {"أرامكو": "ORG", "أمين الناصر": "PERSON"}))
    assert ("role", "أمين الناصر", "أرامكو", "ceo") in got, got
    # two companies named before: which one is not said
    text = (
        "ووقعت شركة أرامكو عقدا مع شركة توتال. وقال أمين الناصر، الرئيس التنفيذي للشركة، إن الأرباح ارتفعت."
    )
    got = readable(*facts_of(text, {"أرامكو": "ORG", "توتال": "ORG", "أمين الناصر": "PERSON"}))
    assert not _types(got, "role"), got


def test_a_professor_s_field_may_stand_before_the_university() -> None:
    text = "وقال سانديب شاستري أستاذ العلوم السياسية في جامعة بنغالور إن التحالف انطلاقة جديدة."
    got = readable(*facts_of(text, {"سانديب شاستري": "PERSON", "جامعة بنغالور": "ORG"}))
    assert ("role", "سانديب شاستري", "جامعة بنغالور", "professor") in got, got
    # a longer gap is no longer his field
    text = "وقال سانديب شاستري أستاذ العلوم السياسية الذي زار الهند مع وفد جامعة بنغالور إن التحالف جديد."
    got = readable(*facts_of(text, {"سانديب شاستري": "PERSON", "جامعة بنغالور": "ORG"}))
    assert not _types(got, "role"), got


def test_a_writer_at_a_newspaper_is_its_journalist() -> None:
    text = "وكتب توماس فريدمان، الكاتب في صحيفة نيويورك تايمز، أن الاتفاق سيئ."
    got = readable(*facts_of(text, {"توماس فريدمان": "PERSON", "نيويورك تايمز": "ORG"}))
    assert ("role", "توماس فريدمان", "نيويورك تايمز", "journalist") in got, got


def test_the_one_whose_lawyer_or_office_speaks_is_not_the_speaker() -> None:
    text = 'وقال محامي الرئيس دونالد ترامب: "الرئيس لم يكن له أي دور في هذه الأمور".'
    got = readable(*facts_of(text, {"دونالد ترامب": "PERSON"}))
    quotes = _types(got, "quote")
    assert quotes and all(q[1] != "دونالد ترامب" for q in quotes), got
    assert ("quote", "محامي الرئيس دونالد ترامب", "الرئيس لم يكن له أي دور في هذه الأمور") in got, got
    text = 'وقال مكتب رئيس الوزراء بنيامين نتنياهو في بيان إن "إسرائيل لن تسمح بوجود عسكري إيراني في سوريا".'
    got = readable(*facts_of(text, {"بنيامين نتنياهو": "PERSON", "إسرائيل": "GPE", "سوريا": "GPE"}))
    assert _types(got, "quote") and not [q for q in _types(got, "quote") if q[1] == "بنيامين نتنياهو"], got


def test_the_lawyer_named_after_his_client_or_his_own_pronoun_speaks() -> None:
    # an apposition after a comma names the lawyer
    text = 'ووصف محامي عارضة الأزياء السابقة، بيتر ستريس، التسوية بأنها "انتصار ساحق لموكلتي".'
    got = readable(*facts_of(text, {"بيتر ستريس": "PERSON"}))
    assert ("quote", "بيتر ستريس", "انتصار ساحق لموكلتي") in got, got
    # "his lawyer X": the lawyer
    text = 'وقال محاميه لاني ديفيس في بيان مقتضب إن موكله "يراعي التحقيق الجاري بكل دقة".'
    got = readable(*facts_of(text, {"لاني ديفيس": "PERSON"}))
    assert ("quote", "لاني ديفيس", "يراعي التحقيق الجاري بكل دقة") in got, got
    # the lawyer of a body, then his name
    text = 'وصرح محامي البيت الأبيض تاي كوب "نمتنع عن التعليق حاليا احتراما للمحقق".'
    got = readable(*facts_of(text, {"البيت الأبيض": "ORG", "تاي كوب": "PERSON"}))
    assert ("quote", "تاي كوب", "نمتنع عن التعليق حاليا احتراما للمحقق") in got, got


def test_counted_things_and_named_policies_in_quotes_are_no_quotations() -> None:
    text = 'وقالت منظمة فورو بينال إن في فنزويلا حوالي 350 "سجينا سياسيا" وفق إحصاءاتها.'
    got = readable(*facts_of(text, {"فورو بينال": "ORG", "فنزويلا": "GPE"}))
    assert not _types(got, "quote"), got
    text = 'وقالت جنيفر فالكون إن القرار جاء في إطار سياسة "عدم التسامح" مع المهاجرين.'
    got = readable(*facts_of(text, {"جنيفر فالكون": "PERSON"}))
    assert not _types(got, "quote"), got
    # words said after a number and a colon are still a quotation
    text = 'وقال جون سميث في 2018: "سنفوز في الانتخابات المقبلة".'
    got = readable(*facts_of(text, {"جون سميث": "PERSON"}))
    assert ("quote", "جون سميث", "سنفوز في الانتخابات المقبلة") in got, got


def test_an_indefinite_participle_after_a_common_noun_backs_that_thing() -> None:
    text = (
        "وقال رئيس الوزراء هاني الملقي إن الحكومة ماضية. وتظاهرت جموع كبيرة ضد الزيادة في الضرائب "
        "وفقا لبرنامج إصلاحي مدعوم من صندوق النقد الدولي."
    )
    got = readable(*facts_of(text, {"هاني الملقي": "PERSON", "صندوق النقد الدولي": "ORG"}))
    assert not _types(got, "support"), got
    # a noun that describes the name before it: the name is backed
    text = "وكانت قوات سوريا الديمقراطية، وهي تحالف مسلحين عرب وأكراد مدعوم من التحالف الدولي، قد سيطرت على المدينة."
    got = readable(*facts_of(text, {"قوات سوريا الديمقراطية": "ORG", "التحالف الدولي": "ORG"}))
    assert ("support", "التحالف الدولي", "قوات سوريا الديمقراطية", "for") in got, got


def test_charges_brought_for_backing_are_not_the_prosecutor_s_backing() -> None:
    text = "ووجه روبرت مولر 13 اتهاما إلى رعايا روس وثلاث شركات روسية بدعم حملة دونالد ترمب."
    got = readable(*facts_of(text, {"روبرت مولر": "PERSON", "دونالد ترمب": "PERSON"}))
    assert not _types(got, "support"), got



def test_al_akhir_speaks_for_the_person_named_last() -> None:
    text = 'والتقى دونالد ترامب بالرئيس الصيني شي جين بينغ. وقال الأخير إن "العلاقات بين البلدين في أفضل حالاتها".'
    got = readable(*facts_of(text, {"دونالد ترامب": "PERSON", "شي جين بينغ": "PERSON"}))
    assert ("quote", "شي جين بينغ", "العلاقات بين البلدين في أفضل حالاتها") in got, got
    assert not [q for q in _types(got, "quote") if q[1] == "دونالد ترامب"], got


def test_a_report_with_no_issuer_named_is_not_the_last_person_s_words() -> None:
    text = 'وقال النائب توم توجندهات إن اللجنة درست الملف. ويقول التقرير: "لم نجد أدلة كافية على ذلك".'
    got = readable(*facts_of(text, {"توم توجندهات": "PERSON"}))
    assert not [q for q in _types(got, "quote") if q[1] == "توم توجندهات"], got
    # the body that issued it, named before
    text = 'وأصدرت منظمة العفو الدولية تقريرا عن السجون. وقال التقرير إن "التعذيب ممنهج في السجون".'
    got = readable(*facts_of(text, {"منظمة العفو الدولية": "ORG"}))
    assert ("quote", "منظمة العفو الدولية", "التعذيب ممنهج في السجون") in got, got
    # a study the article said a body published, after a preposition
    text = (
        'ووفقا لدراسة نشرها معهد واشنطن، فإن "الحزب منفتح بشأن أزمة الفساد". '
        'وأضافت الدراسة أن "فساد الحزب يمتد إلى أبعد من سوء الإدارة المالية".'
    )
    got = readable(*facts_of(text, {"معهد واشنطن": "ORG"}))
    assert ("quote", "معهد واشنطن", "فساد الحزب يمتد إلى أبعد من سوء الإدارة المالية") in got, got


def test_the_one_chosen_for_a_post_holds_it_not_who_chose_him() -> None:
    text = "ومولر هو جمهوري اختاره الرئيس الأمريكي جورج بوش للعمل كمدير لمكتب التحقيقات الفيدرالي عام 2001."
    names = {"مولر": "PERSON", "جورج بوش": "PERSON", "مكتب التحقيقات الفيدرالي": "ORG"}
    got = readable(*facts_of(text, names))
    assert ("role", "مولر", "مكتب التحقيقات الفيدرالي", "director") in got, got
    assert not [r for r in _types(got, "role") if r[1] == "جورج بوش"], got


def test_the_head_of_a_body_s_press_office_is_not_its_president() -> None:
    text = "وقال أحمد الشيخو، رئيس المكتب الإعلامي لمنظمة الخوذ البيضاء في إدلب، إن القصف مستمر."
    got = readable(*facts_of(text, {"أحمد الشيخو": "PERSON", "منظمة الخوذ البيضاء": "ORG"}))
    assert ("role", "أحمد الشيخو", "منظمة الخوذ البيضاء", "head") in got, got


def test_a_minister_s_country_after_a_second_portfolio_is_his() -> None:
    text = (
        "وأصدرت وزارة الخارجية الروسية بيانا. وأكد الشيخ عبدالله بن زايد، وزير الخارجية والتعاون الدولي "
        "الإماراتي، دعم بلاده للاتفاق."
    )
    got = readable(*facts_of(text, {"وزارة الخارجية الروسية": "ORG", "عبدالله بن زايد": "PERSON"}))
    assert not _types(got, "role"), got
    # the same country: his ministry
    text = "وأصدرت وزارة الخارجية الإماراتية بيانا. وأكد عبدالله بن زايد، وزير الخارجية والتعاون الدولي الإماراتي، دعم بلاده."
    got = readable(*facts_of(text, {"وزارة الخارجية الإماراتية": "ORG", "عبدالله بن زايد": "PERSON"}))
    assert ("role", "عبدالله بن زايد", "وزارة الخارجية الإماراتية", "minister") in got, got


def test_the_former_assistant_of_a_director_is_an_assistant_director() -> None:
    text = "وقال أندرو مكيب، المساعد السابق لمدير مكتب التحقيقات الفيدرالي، إنه بريء."
    got = readable(*facts_of(text, {"أندرو مكيب": "PERSON", "مكتب التحقيقات الفيدرالي": "ORG"}))
    assert ("role", "أندرو مكيب", "مكتب التحقيقات الفيدرالي", "assistant director") in got, got
    # an MP before a title holds the title itself
    text = "وقال النائب جون سميث رئيس لجنة الاستخبارات إن التحقيق مستمر."
    got = readable(*facts_of(text, {"جون سميث": "PERSON", "لجنة الاستخبارات": "ORG"}))
    assert ("role", "جون سميث", "لجنة الاستخبارات", "president") in got, got


def test_a_minister_for_affairs_of_a_body_holds_no_post_in_it() -> None:
    text = "واستقال أمس وزير شؤون الانسحاب من الاتحاد الأوروبي ديفيد ديفيز."
    got = readable(*facts_of(text, {"الاتحاد الأوروبي": "ORG", "ديفيد ديفيز": "PERSON"}))
    assert not _types(got, "role"), got


def test_a_coordinator_at_a_body_named_after_its_field_and_fi() -> None:
    text = "وقال منسق الشؤون الإنسانية في الأمم المتحدة للأراضي الفلسطينية جيمي ماكغولدريك إن الوضع خطير."
    got = readable(*facts_of(text, {"الأمم المتحدة": "ORG", "جيمي ماكغولدريك": "PERSON"}))
    assert ("role", "جيمي ماكغولدريك", "الأمم المتحدة", "coordinator") in got, got


def test_a_diplomat_s_rank_between_a_spokesman_s_body_and_his_name() -> None:
    text = "وقال المتحدث باسم الرئاسة المصرية، السفير بسام راضي، إن اللقاء كان مثمرا."
    got = readable(*facts_of(text, {"الرئاسة المصرية": "ORG", "بسام راضي": "PERSON"}))
    assert ("role", "بسام راضي", "الرئاسة المصرية", "spokesperson") in got, got


def test_a_body_named_for_backing_someone_names_no_backer() -> None:
    text = "كما سيحضر المؤتمر أعضاء المجموعة الدولية لدعم لبنان ومن بينهم الدول الخمس الدائمة العضوية في مجلس الأمن."
    names = {"لبنان": "GPE", "الدول الخمس الدائمة العضوية": "ORG", "مجلس الأمن": "ORG"}
    got = readable(*facts_of(text, names))
    assert not _types(got, "support"), got
    # a campaign launched for backing someone is its launcher's
    text = "وأطلق حزب الوفد حملة واسعة لدعم محمد علي في الانتخابات."
    got = readable(*facts_of(text, {"حزب الوفد": "ORG", "محمد علي": "PERSON"}))
    assert ("support", "حزب الوفد", "محمد علي", "for") in got, got


def test_the_office_of_a_body_s_head_speaks_for_the_head_named_after() -> None:
    text = 'وأعلن المكتب الإعلامي لرئيس مجلس الوزراء العراقي، الدكتور حيدر العبادي، أن "الحكومة ماضية في الإصلاحات".'
    got = readable(*facts_of(text, {"مجلس الوزراء العراقي": "ORG", "حيدر العبادي": "PERSON"}))
    assert ("quote", "حيدر العبادي", "الحكومة ماضية في الإصلاحات") in got, got
    # the office of a body itself: the body
    text = 'وأعلن المكتب الإعلامي لحزب الوفد أن "الحزب ماض في الإصلاحات".'
    got = readable(*facts_of(text, {"حزب الوفد": "ORG"}))
    assert ("quote", "حزب الوفد", "الحزب ماض في الإصلاحات") in got, got


def test_the_lawyer_the_article_named_before_speaks_as_his_lawyer() -> None:
    text = (
        "وسأل المحقق روبرت مولر محامي الرئيس الأميركي دونالد ترمب، مايكل كوهين، عن زيارة براغ. "
        'وأكد محامي ترمب أنه "لم يسافر على الإطلاق" إلى براغ.'
    )
    names = {"روبرت مولر": "PERSON", "دونالد ترمب": "PERSON", "مايكل كوهين": "PERSON"}
    got = readable(*facts_of(text, names))
    assert ("quote", "مايكل كوهين", "لم يسافر على الإطلاق") in got, got


def test_the_one_in_charge_of_a_body_named_at_once() -> None:
    text = 'كما التقى الخميس ألكسندر تشيركاسوف المسؤول عن "ميموريال" أهم منظمة روسية.'
    got = readable(*facts_of(text, {"ألكسندر تشيركاسوف": "PERSON", "ميموريال": "ORG"}))
    assert ("role", "ألكسندر تشيركاسوف", "ميموريال", "head") in got, got
    # a body in charge of something, named before: not the person
    text = "وكان ساندرو روسيل يعمل مستشارا لدى لجنة الإرث المسؤولة عن تنظيم كأس العالم."
    got = readable(*facts_of(text, {"ساندرو روسيل": "PERSON", "لجنة الإرث": "ORG", "تنظيم كأس العالم": "ORG"}))
    assert not [r for r in _types(got, "role") if r[2] == "تنظيم كأس العالم"], got


def test_a_special_coordinator_s_adjective_before_what_he_is_for() -> None:
    text = "واعتبر منسق الأمم المتحدة الخاص لعملية السلام في الشرق الأوسط، نيكولاي ملادينوف، أن الوضع خطير."
    got = readable(*facts_of(text, {"الأمم المتحدة": "ORG", "نيكولاي ملادينوف": "PERSON"}))
    assert ("role", "نيكولاي ملادينوف", "الأمم المتحدة", "coordinator") in got, got


def test_an_amount_a_campaign_got_from_a_named_giver() -> None:
    text = "وحصلت حملة دونالد ترامب على مليون دولار من شيلدون أديلسون."
    got = readable(*facts_of(text, {"دونالد ترامب": "PERSON", "شيلدون أديلسون": "PERSON"}))
    assert ("donation", "شيلدون أديلسون", "دونالد ترامب", (1e6, 1e6, "USD"), "given") in got, got
    # a loan from a bank, money from a sale, or a person who is no campaign, party or politician: none
    text = "وحصل حزب الوفد على مليون جنيه من البنك الأهلي."
    got = readable(*facts_of(text, {"حزب الوفد": "ORG", "البنك الأهلي": "ORG"}))
    assert not _types(got, "donation"), got
    text = "وحصل محمد علي على مليون دولار من شيلدون أديلسون مقابل خدمات استشارية."
    got = readable(*facts_of(text, {"محمد علي": "PERSON", "شيلدون أديلسون": "PERSON"}))
    assert not _types(got, "donation"), got


def test_backing_a_campaign_with_an_amount_is_a_gift() -> None:
    text = "ودعم جورج سوروس حملة هيلاري كلينتون بمليون دولار."
    got = readable(*facts_of(text, {"جورج سوروس": "PERSON", "هيلاري كلينتون": "PERSON"}))
    assert ("donation", "جورج سوروس", "هيلاري كلينتون", (1e6, 1e6, "USD"), "given") in got, got
    text = "وقالت الصحيفة إن شركة أرامكو دعمت حزب الوفد بمبلغ 50 ألف جنيه."
    got = readable(*facts_of(text, {"أرامكو": "ORG", "حزب الوفد": "ORG"}))
    assert ("donation", "أرامكو", "حزب الوفد", (5e4, 5e4, "EGP"), "given") in got, got
    # backing with no amount is no gift
    text = "ودعم جورج سوروس حملة هيلاري كلينتون في الانتخابات."
    got = readable(*facts_of(text, {"جورج سوروس": "PERSON", "هيلاري كلينتون": "PERSON"}))
    assert not _types(got, "donation"), got


def test_his_membership_in_a_group_is_a_membership() -> None:
    text = "واشتهر خوسيه موخيكا بعضويته في حركة توباماروس اليسارية."
    got = readable(*facts_of(text, {"خوسيه موخيكا": "PERSON", "حركة توباماروس": "ORG"}))
    assert ("membership", "خوسيه موخيكا", "حركة توباماروس") in got, got
