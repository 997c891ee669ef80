"""Fact rules of the twenty-fifth session, from unseen Tunisian radio news (JawharaFM) and ANT multisource
news (2018) annotated by helpers; each test has a case the rule must not fire on."""

from __future__ import annotations

from tests.facts.helpers import facts_of, readable


def _of(got: set[tuple], kind: str) -> set[tuple]:
    return {g for g in got if g[0] == kind}


def test_his_party_is_the_party_named_with_him() -> None:
    text = (
        "قال حمة الهمامي الناطق الرسمي باسم الجبهة الشعبية اليوم السبت، إن لدى حزبه بدائل لتمويل الميزانية "
        "التي تمر بصعوبات."
    )
    got = readable(*facts_of(text, {"حمة الهمامي": "PERSON", "الجبهة الشعبية": "ORG"}))
    assert ("membership", "حمة الهمامي", "الجبهة الشعبية") in got, got
    # two parties named between him and حزبه: which one is his is unsaid
    text = "قال فلان الفلاني بعد لقاء حركة النهضة وحزب نداء تونس إن حزبه يرفض الاتفاق."
    got = readable(*facts_of(text, {"فلان الفلاني": "PERSON", "حركة النهضة": "ORG", "حزب نداء تونس": "ORG"}))
    assert not _of(got, "membership"), got
    # another person between: حزبه may be his
    text = "قال حمة الهمامي إن الجبهة الشعبية ترفض ما قاله يوسف الشاهد عن حزبه."
    got = readable(
        *facts_of(text, {"حمة الهمامي": "PERSON", "الجبهة الشعبية": "ORG", "يوسف الشاهد": "PERSON"})
    )
    assert ("membership", "حمة الهمامي", "الجبهة الشعبية") not in got, got


def test_his_party_is_the_party_the_sentence_names_him_head_of() -> None:
    text = (
        "قرر المجلس المركزي لحركة مشروع تونس مساندة الحكومة. وبين رئيس الحركة، محسن مرزوق في تصريح "
        "للإذاعة، انه على الرغم من تحفظات حزبه حول تركيبة الحكومة، إلا أنه سينتظر البيان."
    )
    got = readable(*facts_of(text, {"حركة مشروع تونس": "ORG", "محسن مرزوق": "PERSON", "المجلس المركزي": "ORG"}))
    assert ("membership", "محسن مرزوق", "حركة مشروع تونس") in got, got
    # without حزبه the head's role says no membership
    text = "قرر المجلس المركزي لحركة مشروع تونس مساندة الحكومة. وبين رئيس الحركة، محسن مرزوق أن الحكومة ضعيفة."
    got = readable(*facts_of(text, {"حركة مشروع تونس": "ORG", "محسن مرزوق": "PERSON", "المجلس المركزي": "ORG"}))
    assert not _of(got, "membership"), got


def test_a_member_of_a_committee_at_a_body() -> None:
    text = (
        "أكدت عضو لجنة التربية لدى الامم المتحدة، آمال كربول، أن هذه اللجنة اختارت 14 دولة. ومن جهته، بين "
        "الرئيس السابق لتنزانيا وعضو لجنة التربية لدى الأمم المتحدة، جاكايا كيكويتي، أن التقرير قدم توصيات."
    )
    names = {
        "لجنة التربية": "ORG",
        "الامم المتحدة": "ORG",
        "الأمم المتحدة": "ORG",
        "آمال كربول": "PERSON",
        "جاكايا كيكويتي": "PERSON",
        "تنزانيا": "GPE",
    }
    got = readable(*facts_of(text, names))
    assert ("membership", "آمال كربول", "لجنة التربية") in got, got
    assert ("membership", "جاكايا كيكويتي", "لجنة التربية") in got, got
    # (لدى after the name is where she spoke, no body of hers)
    text = "أكدت آمال كربول لدى الامم المتحدة، أن اللجنة اختارت 14 دولة."
    got = readable(*facts_of(text, {"الامم المتحدة": "ORG", "آمال كربول": "PERSON"}))
    assert not _of(got, "membership") and not _of(got, "role"), got


def test_an_mp_for_a_party_whose_head_word_the_recogniser_left_out() -> None:
    text = (
        "قال النائب في مجلس نواب الشعب عن حركة نداء تونس بولاية المهدية، عماد أولاد جبريل، إن الأزمة كانت "
        "مفتعلة."
    )
    names = {"مجلس نواب الشعب": "ORG", "نداء تونس": "ORG", "عماد أولاد جبريل": "PERSON", "المهدية": "GPE"}
    got = readable(*facts_of(text, names))
    assert ("membership", "عماد أولاد جبريل", "نداء تونس") in got, got
    # a word between عن and the party that is no party head: not his party
    text = "قال النائب عن ولاية المهدية، عماد أولاد جبريل، إن الأزمة كانت مفتعلة."
    got = readable(*facts_of(text, {"المهدية": "GPE", "عماد أولاد جبريل": "PERSON"}))
    assert not _of(got, "membership"), got


def test_money_received_every_year_in_the_present_tense() -> None:
    text = (
        'أفاد تقرير صادر عن "مؤسسة الدفاع عن الديمقراطيات" بأن ميليشيا حزب الله تتلقى ما بين 700 إلى 800 '
        "مليون دولار سنوياً من إيران لتمويل أنشطتها."
    )
    got = readable(*facts_of(text, {"حزب الله": "ORG", "إيران": "GPE", "مؤسسة الدفاع عن الديمقراطيات": "ORG"}))
    assert ("donation", "إيران", "حزب الله", (700_000_000, 800_000_000, "USD"), "given") in got, got
    # a salary in the present tense, no giver: no gift
    text = "ويتلقى الوزير محمد العلي 3000 دينار شهريا."
    got = readable(*facts_of(text, {"محمد العلي": "PERSON"}))
    assert not _of(got, "donation"), got
    # not yet received
    text = "ومن المقرر أن يتلقى حزب الله 700 مليون دولار من إيران."
    got = readable(*facts_of(text, {"حزب الله": "ORG", "إيران": "GPE"}))
    assert not _of(got, "donation"), got


def test_a_state_supplies_a_party_with_an_amount() -> None:
    text = "وذكر التقرير أن إيران كانت تمد حزب الله بنحو 100 مليون دولار سنوياً."
    got = readable(*facts_of(text, {"إيران": "GPE", "حزب الله": "ORG"}))
    assert ("donation", "إيران", "حزب الله", (100_000_000, 100_000_000, "USD"), "given") in got, got
    # arms, no money
    text = "وتمد إيران حزب الله بالسلاح والمقاتلين."
    got = readable(*facts_of(text, {"إيران": "GPE", "حزب الله": "ORG"}))
    assert not _of(got, "donation"), got


def test_a_pronoun_after_a_critic_named_with_his_post_is_the_critic() -> None:
    text = (
        'وكتب كريس غانيس المتحدث باسم الأونروا على تويتر "نرفض انتقاد مدارس الأونروا". وفي يناير، أعلنت '
        "الولايات المتحدة أنها ستحجب التمويل. في المقابل، انتقد أمين سر اللجنة التنفيذية لمنظمة التحرير "
        'الفلسطينية صائب عريقات، قرار الإدارة الأمريكية. وقال في بيان "نرفض ونستنكر هذا القرار الأميركي جملة '
        'وتفصيلا".'
    )
    names = {
        "كريس غانيس": "PERSON",
        "الأونروا": "ORG",
        "الولايات المتحدة": "GPE",
        "اللجنة التنفيذية": "ORG",
        "منظمة التحرير الفلسطينية": "ORG",
        "صائب عريقات": "PERSON",
        "الإدارة الأمريكية": "ORG",
    }
    got = readable(*facts_of(text, names))
    quotes = {(g[1], g[2][:8]) for g in _of(got, "quote")}
    assert ("صائب عريقات", "نرفض ونس") in quotes, got
    # a victim named after a body in a clause after أن is no subject
    text = (
        'وكتب كريس غانيس المتحدث باسم الأونروا على تويتر "نرفض انتقاد مدارس الأونروا". وأعلن المرصد أن مدير '
        'مركز البحوث عزيز إسبر قد قتل. وقال في بيان "الانفجار استهدف سيارته".'
    )
    names = {"كريس غانيس": "PERSON", "الأونروا": "ORG", "المرصد": "ORG", "مركز البحوث": "ORG", "عزيز إسبر": "PERSON"}
    got = readable(*facts_of(text, names))
    assert "عزيز إسبر" not in {g[1] for g in _of(got, "quote")}, got


def test_a_feminine_pronoun_is_not_the_man_a_verb_named_before_his_title() -> None:
    text = (
        "وفي نيويورك، دعا الأمين العام للأمم المتحدة أنطونيو غوتيريش، إلى إجراء تحقيق مستقل. كما حثت منظمة "
        '"بتسيلم" الجنود على "رفض إطلاق النار". وقالت إن الأوامر بفعل ذلك "غير قانونية بوضوح".'
    )
    got = readable(*facts_of(text, {"الأمم المتحدة": "ORG", "أنطونيو غوتيريش": "PERSON", "بتسيلم": "ORG"}))
    assert "أنطونيو غوتيريش" not in {g[1] for g in _of(got, "quote")}, got


def test_backing_he_says_is_needed_is_his() -> None:
    text = (
        "أكد محسن مرزوق، الأمين العام لحزب مشروع تونس أن محاربة الفساد يجب أن تتواصل. وأكد على ضرورة مساندة "
        "يوسف الشاهد في هذه العملية."
    )
    got = readable(*facts_of(text, {"محسن مرزوق": "PERSON", "حزب مشروع تونس": "ORG", "يوسف الشاهد": "PERSON"}))
    assert ("support", "محسن مرزوق", "يوسف الشاهد", "for") in got, got
    # a later sentence with a subject of its own (a country) is not his
    text = (
        "وقال وزير الخارجية مايك بومبيو إن المحادثات مستمرة. وقالت كوريا الشمالية إنها تحتاج إلى أسلحة نووية "
        "لمواجهة مساع أميركية للإطاحة بحكومة كيم جونغ أون."
    )
    got = readable(*facts_of(text, {"مايك بومبيو": "PERSON", "كوريا الشمالية": "GPE", "كيم جونغ أون": "PERSON"}))
    assert not {g for g in _of(got, "support") if g[1] == "مايك بومبيو"}, got


def test_quoted_words_that_say_what_a_body_named_in_full_is() -> None:
    text = (
        'وأعلن بكر بوزداق على تويتر، أن اللجنة التنفيذية لحزب الشعب الجمهوري "عاجزة تماما وغير كفوءة"، وقال '
        "إن الحزب يهرب."
    )
    names = {"بكر بوزداق": "PERSON", "اللجنة التنفيذية لحزب الشعب الجمهوري": "ORG", "عاجزة تماما وغير كفوءة": "ORG"}
    got = readable(*facts_of(text, names))
    assert ("quote", "بكر بوزداق", "عاجزة تماما وغير كفوءة") in got, got
    # a body's name in quotes that its verb follows is a name, no quotation
    text = 'وقال الوزير محمد علي إن شركة الاتصالات المالطية "قو مالطا" ستستثمر في البلاد.'
    got = readable(*facts_of(text, {"محمد علي": "PERSON", "شركة الاتصالات المالطية": "ORG", "قو مالطا": "ORG"}))
    assert not _of(got, "quote"), got


def test_the_minister_is_the_one_named_with_that_title_before() -> None:
    text = (
        "قال وزير المالية التونسي محمد العلي إن الميزانية صعبة. وفي سياق آخر، انتقد النائب سامي الفهري "
        'الحكومة. وقال الوزير "الميزانية متوازنة رغم الصعوبات".'
    )
    got = readable(*facts_of(text, {"محمد العلي": "PERSON", "سامي الفهري": "PERSON"}))
    assert {g[1] for g in _of(got, "quote")} == {"محمد العلي"}, got


def test_a_minister_named_by_title_and_field_before_kana_qad() -> None:
    text = (
        "قال وزير الدفاع الوطني فرحات الحرشاني، إن ميزانية الوزارة ارتفعت. وكان وزير الدفاع قد أكد أن المؤسسة "
        'العسكرية تتجه نحو التصنيع، "وهو هدف استراتيجي لوزارة الدفاع".'
    )
    got = readable(*facts_of(text, {"فرحات الحرشاني": "PERSON"}))
    assert {g[1] for g in _of(got, "quote")} == {"فرحات الحرشاني"}, got
    # another field: another minister, not named
    text = (
        "قال وزير المالية محمد العلي إن ميزانية الوزارة ارتفعت. وكان وزير الدفاع قد أكد أن المؤسسة العسكرية "
        'تتجه نحو التصنيع، "وهو هدف استراتيجي لوزارة الدفاع".'
    )
    got = readable(*facts_of(text, {"محمد العلي": "PERSON"}))
    assert not _of(got, "quote"), got


def test_a_pronoun_after_the_minister_the_sentence_before_spoke_of() -> None:
    text = (
        "أكدت وزيرة السياحة والصناعات التقليدية، سلمى اللومي الرقيق في تصريح لمراسلة الإذاعة أن القطاع تحسن. "
        'وتوقعت الوزيرة أن يشهد القطاع انطلاقة جيدة. وأكدت "أنه تم الانطلاق بعد في الإعداد لموسم سنة 2017".'
    )
    got = readable(*facts_of(text, {"سلمى اللومي الرقيق": "PERSON"}))
    assert {g[1] for g in _of(got, "quote")} == {"سلمى اللومي الرقيق"}, got
    # a man's verb after "الوزيرة": not her
    text = (
        "أكدت وزيرة السياحة، سلمى اللومي الرقيق أن القطاع تحسن. وتوقعت الوزيرة أن يشهد القطاع انطلاقة جيدة. "
        'وأكد "أنه تم الانطلاق بعد في الإعداد لموسم سنة 2017".'
    )
    got = readable(*facts_of(text, {"سلمى اللومي الرقيق": "PERSON"}))
    assert "سلمى اللومي الرقيق" not in {g[1] for g in _of(got, "quote")}, got


def test_a_report_a_body_named_by_its_kind_published() -> None:
    text = (
        'نشرت منظمة "هيومان رايتس ووتش" تقريراً ذكرت به بأن السلطات أجرت "سلسلة من الاعتقالات التعسفية" في '
        "أواخر يناير."
    )
    got = readable(*facts_of(text, {"هيومان رايتس ووتش": "ORG"}))
    assert ("quote", "هيومان رايتس ووتش", "سلسلة من الاعتقالات التعسفية") in got, got
    # a masculine verb after a feminine body: not its words
    text = 'أدانت منظمة العفو الدولية اعتقال الصحفي. وأضاف "الوضع صعب".'
    got = readable(*facts_of(text, {"منظمة العفو الدولية": "ORG"}))
    assert not _of(got, "quote"), got


def test_her_saying_relayed_by_a_report_is_hers() -> None:
    text = (
        'محمد البرادعي يطالب بالتحقيق في قضايا التعذيب وذكر بالتقرير اعتقال رئيس حزب "مصر قوية"، ونقل التقرير '
        "على لسان المديرة التنفيذية لقسم الشرق الأوسط في هيومن رايتس ووتش، سارة ليا ويتسن، قولها: "
        '"اعتقال عبد الفتوح يشدد على رسالة الحكومة."'
    )
    names = {"محمد البرادعي": "PERSON", "مصر قوية": "ORG", "هيومن رايتس ووتش": "ORG", "سارة ليا": "PERSON"}
    got = readable(*facts_of(text, names))
    assert {g[1] for g in _of(got, "quote")} == {"سارة ليا"}, got
    # "لقوله": the reason a subject criticised him; the quotation after goes on with the critic
    text = (
        "وانتقد علي خامنئي الرئيس الأمريكي، دونالد ترامب، لقوله إن بعض الدول لن تصمد. وقال إن "
        '"تعليقات مثل هذه مهينة للمسلمين".'
    )
    got = readable(*facts_of(text, {"علي خامنئي": "PERSON", "دونالد ترامب": "PERSON"}))
    assert {g[1] for g in _of(got, "quote")} == {"علي خامنئي"}, got


def test_the_ambassador_is_the_one_named_with_his_post_and_place() -> None:
    text = (
        "وأظهرت الرسائل تذمر السفير القطري في العراق زايد بن سعيد الخيارين من سعي الميليشيات إلى سلب أموال "
        'قطر. وكتب السفير وهو متزعم المباحثات "كلهم لصوص، كلهم يريدون المال".'
    )
    got = readable(*facts_of(text, {"زايد بن سعيد الخيارين": "PERSON", "قطر": "GPE", "العراق": "GPE"}))
    assert {g[1] for g in _of(got, "quote")} == {"زايد بن سعيد الخيارين"}, got


def test_a_participle_goes_with_the_main_clause_coordinated_before_it() -> None:
    text = (
        'وقد وصف ائتلاف "دعم مصر" والذي يترأسه النائب محمد السويد المنظمة بـ "الكاذبة"، وقال المتحدث باسم '
        'الائتلاف النائب صلاح حسب الله بأن المنظمة "دأبت على بث السموم،" مؤكدا ان هناك "حملات مسعورة منها".'
    )
    names = {"دعم مصر": "ORG", "محمد السويد": "PERSON", "صلاح حسب الله": "PERSON"}
    got = readable(*facts_of(text, names))
    assert ("quote", "صلاح حسب الله", "حملات مسعورة منها") in got, got
    # one main verb: the participle goes with its speaker, past a name in its content clause
    text = 'قال لافروف إن حتى نائب الرئيس، مايك بنس، شكك في ذلك، مضيفا "هذا غير مقبول".'
    got = readable(*facts_of(text, {"لافروف": "PERSON", "مايك بنس": "PERSON"}))
    assert ("quote", "لافروف", "هذا غير مقبول") in got, got


def test_roles_named_with_a_bracketed_short_name_a_pronoun_body_and_a_verb_of_leading() -> None:
    text = "أكدت السلطات اعتقال رئيس الشرطة الدولية (الانتربول)، مينغ هونغوي، وأوضحت أنه يخضع لتحقيق."
    got = readable(*facts_of(text, {"الشرطة الدولية": "ORG", "مينغ هونغوي": "PERSON"}))
    assert ("role", "مينغ هونغوي", "الشرطة الدولية", "president") in got, got
    text = (
        'وبحسب "فرانس برس"، سيعلن حزب الشعب الجمهوري اسم مرشحه، خلال تجمع في أنقرة، حسبما قال المتحدث '
        "باسمه بولنت تزجان للصحافيين."
    )
    names = {"فرانس برس": "ORG", "حزب الشعب الجمهوري": "ORG", "أنقرة": "GPE", "بولنت تزجان": "PERSON"}
    got = readable(*facts_of(text, names))
    assert ("role", "بولنت تزجان", "حزب الشعب الجمهوري", "spokesperson") in got, got
    # two bodies of the sentence's own: whose spokesman he is is unsaid
    text = "التقى حزب الشعب الجمهوري وحزب الشعوب الديمقراطي أمس، حسبما قال المتحدث باسمه بولنت تزجان."
    names = {"حزب الشعب الجمهوري": "ORG", "حزب الشعوب الديمقراطي": "ORG", "بولنت تزجان": "PERSON"}
    got = readable(*facts_of(text, names))
    assert not _of(got, "role"), got
    text = 'وتبرز أيضا السياسية القومية ميرال أكسينير التي تتزعم حزب "اييي" الذي تم تشكيله مؤخرا.'
    got = readable(*facts_of(text, {"ميرال أكسينير": "PERSON", "اييي": "ORG"}))
    assert ("role", "ميرال أكسينير", "اييي", "leader") in got, got


def test_votes_of_confidence_and_alliances() -> None:
    text = (
        "صوت البرلمان الإسباني الجمعة لحجب الثقة عن رئيس الحكومة ماريانو راخوي على خلفية فضيحة فساد، فيما "
        "منح ثقته للاشتراكي بيدرو سانشيز بغالبية 180 صوتا."
    )
    names = {"البرلمان الإسباني": "ORG", "ماريانو راخوي": "PERSON", "بيدرو سانشيز": "PERSON"}
    got = _of(readable(*facts_of(text, names)), "support")
    assert got == {
        ("support", "البرلمان الإسباني", "ماريانو راخوي", "against"),
        ("support", "البرلمان الإسباني", "بيدرو سانشيز", "for"),
    }, got
    text = "وكانت النائبة سامية عبو قد طالبت بسحب الثقة من وزير الشؤون المحلية رياض المؤخر."
    got = readable(*facts_of(text, {"سامية عبو": "PERSON", "رياض المؤخر": "PERSON"}))
    assert ("support", "سامية عبو", "رياض المؤخر", "against") in got, got
    text = "وانشقت عن حزب العمل القومي إثر تحالف حزب العمل القومي مع أردوغان."
    got = readable(*facts_of(text, {"حزب العمل القومي": "ORG", "أردوغان": "PERSON"}))
    assert ("support", "حزب العمل القومي", "أردوغان", "for") in got, got
    # a coalition's own name, the subject of its verb: no alliance made
    text = "وفاز تحالف سائرون مع حزب الدعوة بالانتخابات."
    got = readable(*facts_of(text, {"سائرون": "ORG", "حزب الدعوة": "ORG"}))
    assert not _of(got, "support"), got


def test_a_body_s_name_in_quotes_is_no_quotation() -> None:
    text = (
        'وقال الأمين العام حسن نصر الله إن الحزب مستعد. يذكر أن تقريرا صادرا عن "مؤسسة الدفاع عن الديمقراطيات" '
        "أفاد بأن الحزب يتلقى الأموال."
    )
    got = readable(*facts_of(text, {"حسن نصر الله": "PERSON"}))
    assert not _of(got, "quote"), got
    # words that describe in quotes are a quotation ("بوصفها "حكومة طبيعية"")
    text = 'قالت نيكي هيلي إن الدول التي تتعامل مع حكومة إيران بوصفها "حكومة طبيعية" تغفل عن الحقيقة.'
    got = readable(*facts_of(text, {"نيكي هيلي": "PERSON", "إيران": "GPE"}))
    assert ("quote", "نيكي هيلي", "حكومة طبيعية") in got, got


def test_a_participle_after_a_pronoun_verb_and_a_theme_after_bishan() -> None:
    text = (
        "اعتبر حزب التكتل من أجل العمل والحريات في بيان له، أن المبادرة ضبابية. وأضاف أن هذه المبادرة خلقت "
        '"لخبطة وشلل "على مستوى الحكومة. وأشار إلى أن تغيير رئيس الحكومة لا يتم إلا اثر فقدان الحكومة لثقة '
        'مجلس نواب الشعب معتبرا أن طرح الفكرة يعد "اهانة لشخصه" ومس من هيبة الدولة.'
    )
    names = {"حزب التكتل من أجل العمل والحريات": "ORG", "مجلس نواب الشعب": "ORG"}
    got = readable(*facts_of(text, names))
    quotes = {(g[1], g[2]) for g in _of(got, "quote")}
    assert ("حزب التكتل من أجل العمل والحريات", "اهانة لشخصه") in quotes, got
    # a meeting's theme after بشأن is no quotation
    text = 'أعلن الوزير حاتم العشي خلال ملتقى بشأن "تجربة القطب القضائي المالي في مكافحة الفساد أنموذجا أن الوزارة ستعمل.'
    got = readable(*facts_of(text, {"حاتم العشي": "PERSON"}))
    assert not _of(got, "quote"), got


def test_a_list_of_names_each_with_a_colon_and_a_title() -> None:
    text = (
        "وفي مايلي قائمة المترشحين للرئاسة الفرنسية: مارين لوبان : زعيمة حزب الجبهة الوطنية إيمانويل ماكرون : "
        "مرشح حركة إلى الأمام فرانسوا فيون : مرشح حزب الجمهوريون بنوا هامون : مرشح الحزب الاشتراكي."
    )
    names = {
        "مارين لوبان": "PERSON",
        "حزب الجبهة الوطنية": "ORG",
        "إيمانويل ماكرون": "PERSON",
        "فرانسوا فيون": "PERSON",
        "حزب الجمهوريون": "ORG",
        "بنوا هامون": "PERSON",
        "الحزب الاشتراكي": "ORG",
    }
    got = readable(*facts_of(text, names))
    assert ("role", "مارين لوبان", "حزب الجبهة الوطنية", "leader") in got, got
    assert not [g for g in got if g[0] == "role" and g[1] == "إيمانويل ماكرون"], got
    assert ("membership", "فرانسوا فيون", "حزب الجمهوريون") in got, got
    assert ("membership", "بنوا هامون", "حزب الجمهوريون") not in got, got
    # a colon before a quotation is no list ("وقال رئيس القسم، فلان: "…"")
    text = 'قال المتحدث باسم وحدات حماية الشعب نوري محمود: "أردوغان يكذب على العالم".'
    got = readable(*facts_of(text, {"وحدات حماية الشعب": "ORG", "نوري محمود": "PERSON", "أردوغان": "PERSON"}))
    assert ("role", "نوري محمود", "وحدات حماية الشعب", "spokesperson") in got, got
    # a headline's colon: the minister is not the one named before it
    text = "على إثر إعتداء عوني أمن على عبير شمام : وزير الثقافة يتدخّل ."
    got = readable(*facts_of(text, {"عبير شمام": "PERSON", "وزارة الثقافة": "ORG"}))
    assert not _of(got, "role"), got


def test_a_general_coordinator_of_a_network() -> None:
    text = "قال المنسق العام لشبكة دستورنا، جوهر بن مبارك إن الحكومة كانت مرحلة مؤقتة."
    got = readable(*facts_of(text, {"دستورنا": "ORG", "جوهر بن مبارك": "PERSON"}))
    assert ("role", "جوهر بن مبارك", "دستورنا", "general coordinator") in got, got


def test_a_body_referred_to_by_the_kind_written_before_its_name() -> None:
    text = (
        'وأكدت صحيفة لوموند الفرنسية في عددها الصادر اليوم أن التحقيق مستمر. وتابعت الصحيفة أنّ: "القضاة '
        'يشتبهون في مناورات لشراء أصوات".'
    )
    got = readable(*facts_of(text, {"لوموند": "ORG"}))
    assert ("quote", "لوموند", "القضاة يشتبهون في مناورات لشراء أصوات") in got, got
    # a body whose name opens with the head noun comes first ("الوكالة الرسمية": not يونهاب)
    text = (
        'ونقلت وكالة الأنباء المركزية الكورية عن المسؤول قوله إن القمة ممكنة. وذكرت وكالة يونهاب أن اللقاء '
        'تأجل. وقالت الوكالة إن واشنطن "عليها التفكير مليا".'
    )
    got = readable(*facts_of(text, {"وكالة الأنباء المركزية الكورية": "ORG", "يونهاب": "ORG", "واشنطن": "GPE"}))
    assert ("quote", "يونهاب", "عليها التفكير مليا") not in got, got
    # a company: many are named or unnamed, the kind alone does not say which
    text = (
        'وتعتزم الشركات الأميركية مثل "موارد الكواكب" المدعومة من مدير شركة تيتانيك جيمس كاميرون إرسال '
        'مركبات. وتصف الشركة الموارد الكوكبية بأنها "مثمرة جدا".'
    )
    got = readable(*facts_of(text, {"تيتانيك": "ORG", "جيمس كاميرون": "PERSON", "موارد الكواكب": "ORG"}))
    assert ("quote", "تيتانيك", "مثمرة جدا") not in got, got


def test_a_party_in_brackets_with_its_head_word_and_quote_marks() -> None:
    text = 'وكان آخرها مشروع تقدم به النائب جيل لورتون (حزب "الجمهوريون") ورفض في نيسان من الجمعية الوطنية.'
    got = readable(*facts_of(text, {"جيل لورتون": "PERSON", "الجمهوريون": "ORG", "الجمعية الوطنية": "ORG"}))
    assert ("membership", "جيل لورتون", "الجمهوريون") in got, got
    # a body in brackets after a name that is no party: a gloss, no membership
    text = 'وقال المحلل جيل لورتون (مركز "كارنيغي") إن الحكومة ضعيفة.'
    got = readable(*facts_of(text, {"جيل لورتون": "PERSON", "كارنيغي": "ORG"}))
    assert not _of(got, "membership"), got


def test_unnamed_prosecutors_and_analysts_speak() -> None:
    got = readable(*facts_of('وقال ممثلو الادعاء إن "عرض الكفالة المقترح معيب".', {}))
    assert ("quote", "ممثلو الادعاء", "عرض الكفالة المقترح معيب") in got, got
    got = readable(*facts_of('ويقول محللون إن "الليرة ستواصل التراجع".', {}))
    assert ("quote", "محللون", "الليرة ستواصل التراجع") in got, got
    # the representatives a verb's subject met are its object, not the speaker
    text = 'والتقى الوزير محمد العلي ممثلي النقابات وقال إن "الحوار مستمر".'
    got = readable(*facts_of(text, {"محمد العلي": "PERSON"}))
    assert {g[1] for g in _of(got, "quote")} <= {"محمد العلي"}, got


# --- the review of the session's change: each bug it confirmed, as a regression test ---


def test_review_a_colon_before_unquoted_speech_is_no_list() -> None:
    got = readable(*facts_of("وقال رئيس حركة النهضة راشد الغنوشي: إن الحركة لن تشارك في الحكومة.", {"راشد الغنوشي": "PERSON", "حركة النهضة": "ORG"}))
    assert ("role", "راشد الغنوشي", "حركة النهضة", "president") in got, got
    got = readable(*facts_of("وقال مرشح حزب النهضة محمد علي: سنفوز في الانتخابات.", {"محمد علي": "PERSON", "حزب النهضة": "ORG"}))
    assert ("membership", "محمد علي", "حزب النهضة") in got, got


def test_review_his_party_is_not_a_party_he_criticised_or_left() -> None:
    names = {"محسن مرزوق": "PERSON", "حركة النهضة": "ORG", "حركة نداء تونس": "ORG"}
    for text in (
        "وانتقد محسن مرزوق حركة النهضة، مؤكدا أن حزبه لن يتحالف معها.",
        "وقال محسن مرزوق المنشق عن حركة نداء تونس إن حزبه الجديد سيشارك.",
        "وأكد محسن مرزوق أن التحالف مع حركة النهضة غير وارد بالنسبة إلى حزبه.",
    ):
        got = readable(*facts_of(text, names))
        assert not _of(got, "membership"), got


def test_review_voting_against_a_no_confidence_motion_is_no_opposition() -> None:
    names = {"حركة النهضة": "ORG", "يوسف الشاهد": "PERSON"}
    for text in (
        "وصوتت حركة النهضة ضد سحب الثقة من رئيس الحكومة يوسف الشاهد.",
        "وعارضت حركة النهضة حجب الثقة عن رئيس الحكومة يوسف الشاهد.",
    ):
        got = readable(*facts_of(text, names))
        assert ("support", "حركة النهضة", "يوسف الشاهد", "against") not in got, got


def test_review_confidence_a_relative_clause_gives_is_not_the_topic_s() -> None:
    text = "وأشاد راشد الغنوشي بالبرلمان الذي منح ثقته للاشتراكي بيدرو سانشيز."
    got = readable(*facts_of(text, {"راشد الغنوشي": "PERSON", "بيدرو سانشيز": "PERSON"}))
    assert not _of(got, "support"), got


def test_review_a_body_glued_to_li_is_no_cited_source() -> None:
    text = "وفي بيان لحركة النهضة، قال المتحدث باسمها عماد الخميري إن الحركة ترفض."
    got = readable(*facts_of(text, {"حركة النهضة": "ORG", "عماد الخميري": "PERSON"}))
    assert ("role", "عماد الخميري", "حركة النهضة", "spokesperson") in got, got


def test_review_quotations_opening_with_a_body_s_word_are_still_quotations() -> None:
    for text, speaker in (
        ('وقال راشد الغنوشي لإذاعة موزاييك "الحكومة الحالية فشلت تماما".', "راشد الغنوشي"),
        ('"حركة النهضة فشلت في الحكم"، قال محسن مرزوق.', "محسن مرزوق"),
    ):
        got = readable(*facts_of(text, {"راشد الغنوشي": "PERSON", "موزاييك": "ORG", "محسن مرزوق": "PERSON"}))
        assert speaker in {g[1] for g in _of(got, "quote")}, got


def test_review_a_minister_s_title_does_not_swallow_the_verb_s_object() -> None:
    for text in (
        'وانتقد وزير الخارجية التركي المعارض فتح الله غولن. وقال الوزير "الانقلاب فشل".',
        'واستقبل وزير الخارجية اليوم الأحد المعارض فتح الله غولن. وقال الوزير "الانقلاب فشل".',
    ):
        got = readable(*facts_of(text, {"فتح الله غولن": "PERSON"}))
        assert "فتح الله غولن" not in {g[1] for g in _of(got, "quote")}, got


def test_review_a_critic_named_with_his_post_after_a_verb_opening_with_waw() -> None:
    text = (
        "وصف أمين سر اللجنة التنفيذية لمنظمة التحرير صائب عريقات القرار بالخطير. وأعلنت إسرائيل أنها سترد. "
        'وقال في بيان "نرفض هذا القرار".'
    )
    names = {"اللجنة التنفيذية": "ORG", "منظمة التحرير": "ORG", "صائب عريقات": "PERSON", "إسرائيل": "GPE"}
    got = readable(*facts_of(text, names))
    assert ("quote", "صائب عريقات", "نرفض هذا القرار") in got, got


def test_review_the_nearer_feminine_verb_gives_the_subject_s_gender() -> None:
    text = (
        "وبعد أن رفض البرلمان القانون، شاركت النائبة سامية عبو مع زميلها غازي الشواشي في المظاهرة. "
        'وقالت "سنواصل النضال".'
    )
    got = readable(*facts_of(text, {"سامية عبو": "PERSON", "غازي الشواشي": "PERSON"}))
    assert ("quote", "سامية عبو", "سنواصل النضال") in got, got


def test_review_a_body_s_quoted_name_before_a_relative_clause_is_no_quotation() -> None:
    text = 'وقال الوزير محمد علي إن شركة الاتصالات المالطية "قو مالطا"، التي تعمل في تونس، ستستثمر في البلاد.'
    names = {"محمد علي": "PERSON", "شركة الاتصالات المالطية": "ORG", "قو مالطا": "ORG"}
    got = readable(*facts_of(text, names))
    assert not _of(got, "quote"), got


def test_words_in_quotes_as_he_put_them_are_his() -> None:
    text = (
        'وقال رئيس الهيئة شوقي الطبيب إن الهيئة أعلمت الحكومة. وأبرز أن الهيئة أحالت 130 ملفا من بينها 50 ملفا '
        'تهم مسؤولين "من الوزن الثقيل .. ولم نر إلى حد الآن أي تحرك"، وفق تعبيره.'
    )
    got = readable(*facts_of(text, {"شوقي الطبيب": "PERSON"}))
    assert ("quote", "شوقي الطبيب", "من الوزن الثقيل .. ولم نر إلى حد الآن أي تحرك") in got, got
    # a masculine pronoun after a woman who spoke last: not hers
    text = 'وقالت النائبة سامية عبو إن الحكومة فشلت. وأشار التقرير إلى مسؤولين "كبارا"، حسب تعبيره.'
    got = readable(*facts_of(text, {"سامية عبو": "PERSON"}))
    assert ("quote", "سامية عبو", "كبارا") not in got, got


def test_the_one_described_after_qad_wasafa_is_no_speaker() -> None:
    text = (
        "شدد الرئيس الأمريكي دونالد ترامب على أن بلاده لم تقدم أي تنازل، وكان قد وصف الزعيم الكوري الشمالي، "
        'كيم جونغ أون، بـ"الرجل الشريف".'
    )
    got = readable(*facts_of(text, {"دونالد ترامب": "PERSON", "كيم جونغ أون": "PERSON"}))
    assert "كيم جونغ أون" not in {g[1] for g in _of(got, "quote")}, got


def test_standing_by_one_s_side() -> None:
    got = readable(*facts_of("ووقفت قطر إلى جانب تركيا في الأزمة.", {"قطر": "GPE", "تركيا": "GPE"}))
    assert ("support", "قطر", "تركيا", "for") in got, got
    got = readable(*facts_of("وانحازت حركة النهضة إلى جانب الحكومة.", {"حركة النهضة": "ORG", "الحكومة": "ORG"}))
    assert ("support", "حركة النهضة", "الحكومة", "for") in got, got
    # a person standing beside another at a press conference
    got = readable(*facts_of("ووقف ماكرون إلى جانب ميركل خلال المؤتمر الصحفي.", {"ماكرون": "PERSON", "ميركل": "PERSON"}))
    assert not _of(got, "support"), got


def test_words_that_start_with_waw_keep_it() -> None:
    from rasd.facts.common import conj_in

    assert conj_in("ووصف", {"وصف"}) and conj_in("وصف", {"وصف"}) and conj_in("فقال", {"قال"})
    assert not conj_in("وصفه", {"وصف"})
    # "ووصف فلان علان بأنه": an accusation's verb, found with its و
    text = "ووصف محمد العلي حركة النهضة بأنها معارضة للحكومة."
    got = readable(*facts_of(text, {"محمد العلي": "PERSON", "حركة النهضة": "ORG"}))
    assert ("support", "محمد العلي", "الحكومة", "against") not in got, got


# --- the second review: each confirmed bug as a regression test ---


def _quotes_of(text: str, names: dict[str, str]) -> set[tuple]:
    return {(g[1], g[2]) for g in _of(readable(*facts_of(text, names)), "quote")}


def test_second_review_quotes() -> None:
    text = (
        'وقال رئيس الهيئة شوقي الطبيب إن الهيئة أعلمت الحكومة. وأبرز أن الهيئة أحالت 130 ملفا تهم مسؤولين '
        '"من الوزن الثقيل"، على حد تعبيره.'
    )
    assert ("شوقي الطبيب", "من الوزن الثقيل") in _quotes_of(text, {"شوقي الطبيب": "PERSON"})
    text = 'وأكدت النائبة سامية عبو أن الوزير تحدث عن مسؤولين "كبار"، حسب تعبيره.'
    assert ("سامية عبو", "كبار") not in _quotes_of(text, {"سامية عبو": "PERSON"})
    assert ("قيس سعيد", "التاريخي") in _quotes_of('وقد وصف قيس سعيد الاتفاق بـ"التاريخي".', {"قيس سعيد": "PERSON"})
    text = (
        "وصل وزير الدفاع الإسرائيلي الجديد أفيغدور ليبرمان إلى القدس. وكان وزير الدفاع قد أكد أن "
        '"إسرائيل لن تسمح بذلك".'
    )
    assert ("أفيغدور ليبرمان", "إسرائيل لن تسمح بذلك") in _quotes_of(text, {"أفيغدور ليبرمان": "PERSON"})
    text = 'وأعلن بكر بوزداق أن اللجنة التنفيذية لحزب الشعب الجمهوري "عاجزة تماما"، مشيرا إلى أن الحزب يهرب.'
    names = {"بكر بوزداق": "PERSON", "اللجنة التنفيذية لحزب الشعب الجمهوري": "ORG"}
    assert ("بكر بوزداق", "عاجزة تماما") in _quotes_of(text, names)
    text = (
        "وصل وزير الدفاع الإسرائيلي أفيغدور ليبرمان إلى الحدود. وهدد وزير الدفاع الإسرائيلي حركة حماس، مؤكدا "
        'أن "الرد سيكون قاسيا".'
    )
    assert ("أفيغدور ليبرمان", "الرد سيكون قاسيا") in _quotes_of(text, {"أفيغدور ليبرمان": "PERSON", "حركة حماس": "ORG"})


def test_second_review_roles_support_and_pledges() -> None:
    text = (
        "أبرز المرشحين: مارين لوبان : رئيسة حزب الجبهة الوطنية جان لوك ميلانشون : ممثل اليسار الراديكالي بنوا "
        "آمون : مرشح الحزب الاشتراكي."
    )
    names = {
        "مارين لوبان": "PERSON",
        "حزب الجبهة الوطنية": "ORG",
        "جان لوك ميلانشون": "PERSON",
        "بنوا آمون": "PERSON",
        "الحزب الاشتراكي": "ORG",
    }
    got = readable(*facts_of(text, names))
    assert ("role", "مارين لوبان", "حزب الجبهة الوطنية", "president") in got, got
    assert not [g for g in got if g[0] == "role" and g[1] == "جان لوك ميلانشون"], got
    text = "ووفقا لـ فرانس برس، قالت حركة حماس على لسان المتحدث باسمها فوزي برهوم إن الحركة ترفض."
    got = readable(*facts_of(text, {"فرانس برس": "ORG", "حركة حماس": "ORG", "فوزي برهوم": "PERSON"}))
    assert ("role", "فوزي برهوم", "حركة حماس", "spokesperson") in got, got
    got = readable(*facts_of("ووعدت قطر بأن تمول حملة فلان الفلاني.", {"قطر": "GPE", "فلان الفلاني": "PERSON"}))
    assert ("donation", "قطر", "فلان الفلاني", None, "pledged") in got, got
    text = "صوت البرلمان التونسي لحجب الثقة عن الحبيب الصيد، ومنح ثقته ليوسف الشاهد."
    names = {"البرلمان التونسي": "ORG", "الحبيب الصيد": "PERSON", "يوسف الشاهد": "PERSON"}
    got = readable(*facts_of(text, names))
    assert ("support", "البرلمان التونسي", "يوسف الشاهد", "for") in got, got


def test_a_director_named_after_the_body_s_branch() -> None:
    text = "جمع اللقاء الوزير زياد العذاري، بمديرة الوكالة الإيطالية للتعاون والتنمية مكتب تونس، كريستينا ناتولي، لبحث المشروع."
    names = {
        "زياد العذاري": "PERSON",
        "الوكالة الإيطالية للتعاون والتنمية": "ORG",
        "مكتب تونس": "ORG",
        "كريستينا ناتولي": "PERSON",
    }
    got = readable(*facts_of(text, names))
    assert ("role", "كريستينا ناتولي", "الوكالة الإيطالية للتعاون والتنمية", "director") in got, got
    # another body after the first is no branch: its own holder is named
    text = "وقال مدير الوكالة الإيطالية للتعاون وزارة الخارجية، كريستينا ناتولي إن المشروع جاهز."
    names = {"الوكالة الإيطالية للتعاون": "ORG", "وزارة الخارجية": "ORG", "كريستينا ناتولي": "PERSON"}
    got = readable(*facts_of(text, names))
    assert ("role", "كريستينا ناتولي", "الوكالة الإيطالية للتعاون", "director") not in got, got


def test_the_maghreb_s_secretary_general_is_no_writer() -> None:
    text = "قال الكاتب العام للنقابة الأساسية للتعليم العالي محمد الحمزاوي إن الإضراب قائم."
    got = readable(*facts_of(text, {"النقابة الأساسية للتعليم العالي": "ORG", "محمد الحمزاوي": "PERSON"}))
    assert ("role", "محمد الحمزاوي", "النقابة الأساسية للتعليم العالي", "secretary-general") in got, got
    assert not [g for g in got if g[0] == "role" and g[3] == "journalist"], got


def test_the_maghreb_s_press_officer_of_a_body() -> None:
    text = "وقال المكلف بالإعلام بوزارة الداخلية ياسر مصباح إن الوضع مستقر."
    got = readable(*facts_of(text, {"وزارة الداخلية": "ORG", "ياسر مصباح": "PERSON"}))
    assert ("role", "ياسر مصباح", "وزارة الداخلية", "spokesperson") in got, got
    # the body named far after the title, in what he says: no role
    text = "وقال المكلف بالإعلام ياسر مصباح إن الوضع مستقر في وزارة الداخلية."
    got = readable(*facts_of(text, {"وزارة الداخلية": "ORG", "ياسر مصباح": "PERSON"}))
    assert not _of(got, "role"), got


def test_the_maghreb_s_chief_executive() -> None:
    text = "وقال الرئيس المدير العام للتلفزة التونسية إلياس الغربي إن القناة مستقلة."
    got = readable(*facts_of(text, {"التلفزة التونسية": "ORG", "إلياس الغربي": "PERSON"}))
    assert ("role", "إلياس الغربي", "التلفزة التونسية", "ceo") in got, got


# --- the third review: each confirmed bug as a regression test ---


def test_third_review() -> None:
    got = readable(*facts_of("وقال رئيس حزب التيار الديمقراطي محمد عبو: الرئيس خرق الدستور.", {"محمد عبو": "PERSON", "حزب التيار الديمقراطي": "ORG"}))
    assert ("role", "محمد عبو", "حزب التيار الديمقراطي", "president") in got, got
    got = readable(*facts_of("وأشاد راشد الغنوشي بكل نائب منح ثقته ليوسف الشاهد.", {"راشد الغنوشي": "PERSON", "يوسف الشاهد": "PERSON"}))
    assert not _of(got, "support"), got
    text = 'وأعلن محمد العلي أن شركة الاتصالات المالطية "قو مالطا"، ستستثمر في تونس.'
    got = readable(*facts_of(text, {"محمد العلي": "PERSON", "شركة الاتصالات المالطية": "ORG", "قو مالطا": "ORG"}))
    assert not _of(got, "quote"), got
    text = "وقال الوزير المنتدب المكلف بالاتصال بوزارة الثقافة مصطفى الخلفي إن الوضع جيد."
    got = readable(*facts_of(text, {"وزارة الثقافة": "ORG", "مصطفى الخلفي": "PERSON"}))
    assert ("role", "مصطفى الخلفي", "وزارة الثقافة", "minister") in got, got
    text = "وقال المسؤول المصري المكلف بالاتصال بحركة حماس محمد إبراهيم إن الاتفاق قريب."
    got = readable(*facts_of(text, {"حركة حماس": "ORG", "محمد إبراهيم": "PERSON"}))
    assert not _of(got, "role"), got
    got = readable(*facts_of("واختير محمد العلي كاتب عام 2018 في اتحاد الكتاب العرب.", {"محمد العلي": "PERSON", "اتحاد الكتاب العرب": "ORG"}))
    assert not _of(got, "role"), got
    got = readable(*facts_of('وقد وصف قيس سعيد بدوره الاتفاق بـ"التاريخي".', {"قيس سعيد": "PERSON"}))
    assert ("quote", "قيس سعيد", "التاريخي") in got, got
    text = "وراسل رئيس الهيئة مكتب التحقيقات الفيدرالي جيمس كومي بشأن القضية."
    got = readable(*facts_of(text, {"الهيئة": "ORG", "مكتب التحقيقات الفيدرالي": "ORG", "جيمس كومي": "PERSON"}))
    assert ("role", "جيمس كومي", "الهيئة", "president") not in got, got


def test_a_spokesman_named_with_his_seat_as_mp() -> None:
    text = (
        'وقد وصف ائتلاف "دعم مصر" المنظمة بـ "الكاذبة"، وقال المتحدث باسم الائتلاف النائب صلاح حسب الله بأن '
        'المنظمة "دأبت على بث السموم".'
    )
    got = readable(*facts_of(text, {"دعم مصر": "ORG", "صلاح حسب الله": "PERSON"}))
    assert ("role", "صلاح حسب الله", "دعم مصر", "spokesperson") in got, got


def test_the_secretary_of_a_body_part_of_another() -> None:
    text = "في المقابل، انتقد أمين سر اللجنة التنفيذية لمنظمة التحرير الفلسطينية صائب عريقات، القرار."
    names = {"اللجنة التنفيذية": "ORG", "منظمة التحرير الفلسطينية": "ORG", "صائب عريقات": "PERSON"}
    got = readable(*facts_of(text, names))
    assert ("role", "صائب عريقات", "اللجنة التنفيذية", "secretary") in got, got
    # a second body after a party's head, glued to لـ, is the addressee, no body his party is part of
    text = "وأرسل رئيس حركة النهضة لحزب نداء تونس الباجي قائد السبسي رسالة."
    names = {"حركة النهضة": "ORG", "حزب نداء تونس": "ORG", "الباجي قائد السبسي": "PERSON"}
    got = readable(*facts_of(text, names))
    assert ("role", "الباجي قائد السبسي", "حركة النهضة", "president") not in got, got
