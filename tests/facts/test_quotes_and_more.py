import pytest
from helpers import facts_of, readable


def test_anonymous_speaker_and_back_reference():
    text = (
        "وقال أحد المصادر المطلعة على ترتيبات الحفل: “إنه سباق صعب الآن مع نوردين”.\n\n"
        "وأضاف المصدر أنه ينوي التبرع بمبلغ ستة أرقام بمجرد أن تبدأ “الجولة”، كما يقول."
    )
    doc, facts = facts_of(text, {"نوردين": "PERSON"})
    quotes = [f for f in facts if f.type == "quote"]
    assert len(quotes) == 2
    speaker = doc.entity(quotes[0].args["speaker"])
    assert speaker.type == "ANON" and speaker.name == "أحد المصادر المطلعة على ترتيبات الحفل"
    assert quotes[1].args["speaker"] == speaker.id and quotes[1].args["text"] == "الجولة"


def test_quote_paragraph_continues_previous_speaker():
    text = (
        "وقال أحد مديري المصارف: “بورصة لندن لا تحب طبيعة هالبرن المتقلبة”.\n\n"
        "“إنهم يفضلون الأمور الهادئة والواضحة”."
    )
    doc, facts = facts_of(text, {"هالبرن": "PERSON", "بورصة لندن": "ORG"})
    quotes = [f for f in facts if f.type == "quote"]
    assert [q.args["text"] for q in quotes] == [
        "بورصة لندن لا تحب طبيعة هالبرن المتقلبة",
        "إنهم يفضلون الأمور الهادئة والواضحة",
    ]
    assert quotes[0].args["speaker"] == quotes[1].args["speaker"]


def test_scare_quotes_around_names_are_not_quotes():
    text = "هناك تركيز على استهداف أعضاء “الفرقة”، لا سيما من قبل مجموعة الضغط “إيباك”."
    doc, facts = facts_of(text, {"إيباك": "ORG"})
    assert not [f for f in facts if f.type == "quote"]


def test_speaker_after_verb_skips_addressee():
    text = "وقال دالتون لصحيفة فاينانشال تايمز هذا الأسبوع: “إنه رجل محافظ في الأساس”."
    doc, facts = facts_of(text, {"دالتون": "PERSON", "فاينانشال تايمز": "ORG"})
    got = readable(doc, facts)
    assert ("quote", "دالتون", "إنه رجل محافظ في الأساس") in got


def test_attribution_to_newspaper():
    text = 'تبرع جورج سورس بأكثر من 25 مليون دولار للحزب الديمقراطي، وفقاً لـ"بوليتيكو".'
    doc, facts = facts_of(text, {"جورج سورس": "PERSON", "الحزب الديمقراطي": "ORG", "بوليتيكو": "ORG"})
    don = [f for f in facts if f.type == "donation"]
    assert don and doc.entity(don[0].attribution).name == "بوليتيكو"
    assert don[0].args["amount"].min == 25_000_000 and don[0].args["amount"].max is None


def test_fundraiser_with_years_and_event_hosts():
    text = (
        "وكان فيلدمان من أبرز جامعي التبرعات – فقد استضاف فعاليات لجمع التبرعات لهيلين مورغان في عام 2018 "
        "ولبرنارد كولينز في عام 2014."
    )
    doc, facts = facts_of(text, {"فيلدمان": "PERSON", "هيلين مورغان": "PERSON", "برنارد كولينز": "PERSON"})
    got = readable(doc, facts)
    assert ("fundraiser", "فيلدمان", "هيلين مورغان", 2018) in got
    assert ("fundraiser", "فيلدمان", "برنارد كولينز", 2014) in got


def test_fundraising_event_referred_to_later():
    text = (
        "تعقد أسماء بارزة مكالمة جماعية لحشد الدعم المالي لكاموليا هارلو.\n\n"
        "ومن المقرر أن يتواصل رجال أعمال، بينهم نيل غارفي وبليك إيلمان، في المكالمة يوم الأربعاء."
    )
    doc, facts = facts_of(text, {"كاموليا هارلو": "PERSON", "نيل غارفي": "PERSON", "بليك إيلمان": "PERSON"})
    got = readable(doc, facts)
    assert ("fundraiser", "نيل غارفي", "كاموليا هارلو") in got
    assert ("fundraiser", "بليك إيلمان", "كاموليا هارلو") in got


def test_membership_list_with_back_reference_to_party():
    text = (
        "قال حازم عمر، رئيس حزب الشعب الجمهوري، إن الوزراء السابقين ناهد عشري، ودرية شرف الدين، "
        "وعمرو نصار انضموا للحزب مؤخرًا."
    )
    names = {
        "حازم عمر": "PERSON",
        "حزب الشعب الجمهوري": "ORG",
        "ناهد عشري": "PERSON",
        "درية شرف الدين": "PERSON",
        "عمرو نصار": "PERSON",
    }
    doc, facts = facts_of(text, names)
    got = readable(doc, facts)
    assert ("role", "حازم عمر", "حزب الشعب الجمهوري", "president") in got
    for member in ("ناهد عشري", "درية شرف الدين", "عمرو نصار"):
        assert ("membership", member, "حزب الشعب الجمهوري") in got


def test_membership_list_goes_on_after_besides():
    # "بالإضافة إلى X، رئيس لجنة …" ends the list of those who joined
    text = (
        "قال رئيس حزب الأمل إن الوزيرين السابقين سعاد منير، وكريم داود، بالإضافة إلى نبيل فارس، "
        "رئيس لجنة الطاقة بالبرلمان، انضموا للحزب مؤخرًا."
    )
    names = {
        "حزب الأمل": "ORG",
        "سعاد منير": "PERSON",
        "كريم داود": "PERSON",
        "نبيل فارس": "PERSON",
        "لجنة الطاقة بالبرلمان": "ORG",
    }
    doc, facts = facts_of(text, names)
    got = readable(doc, facts)
    for member in ("سعاد منير", "كريم داود", "نبيل فارس"):
        assert ("membership", member, "حزب الأمل") in got, got


def test_support_for_a_ticket_by_a_list_of_people():
    text = "مثل مؤسس شركة نوفاترون إيثان كرول ورجال الأعمال مارتن أولدمان ودانيال ريكس الذين أيدوا تذكرة هولت-دالتون."
    names = {
        "نوفاترون": "ORG",
        "إيثان كرول": "PERSON",
        "مارتن أولدمان": "PERSON",
        "دانيال ريكس": "PERSON",
        "هولت": "PERSON",
        "دالتون": "PERSON",
    }
    doc, facts = facts_of(text, names)
    got = readable(doc, facts)
    for who in ("إيثان كرول", "مارتن أولدمان", "دانيال ريكس"):
        for whom in ("هولت", "دالتون"):
            assert ("support", who, whom, "for") in got
    assert ("role", "إيثان كرول", "نوفاترون", "founder") in got


def test_evidence_offsets_are_exact():
    text = "مقدمة.\n\nوقد تعهد كرول بالتبرع بأكثر من مائة مليون دولار لحملة هولت."
    doc, facts = facts_of(text, {"كرول": "PERSON", "هولت": "PERSON"})
    assert facts
    for f in facts:
        ev = f.evidence
        assert text[ev.start : ev.end] == ev.sentence
        amount = f.args.get("amount")
        if amount is not None:
            assert text[amount.start : amount.end] == amount.text


def test_title_refers_back_to_the_person_it_introduced():
    text = (
        "تدعم لجان العمل السياسي نائبة الرئيس المرشحة الديمقراطية كاموليا هارلو.\n"
        "وتعهد الملياردير جون دو بالتبرع بمليون دولار لحملة نائبة الرئيس."
    )
    doc, facts = facts_of(text, {"كاموليا هارلو": "PERSON", "جون دو": "PERSON"})
    vp = next(e for e in doc.entities if e.name == "كاموليا هارلو")
    assert [m.text for m in vp.mentions] == ["كاموليا هارلو", "نائبة الرئيس"]
    assert ("donation", "جون دو", "كاموليا هارلو", (1_000_000, 1_000_000, "USD"), "pledged") in readable(
        doc, facts
    )


def test_stray_straight_quote_does_not_shift_the_pairs():
    # the first quotation ends with a stray second closing mark; the next one must still be
    # quoted as said, not the text between the stray mark and the next opening one
    text = (
        'وكتب الوزير نوردين "أهنئ الرئيس على القرار". شكرا يا صديقي." '
        'غير أن المتحدث باسم الحكومة قال "إن هذه خطوة غير مقبولة". وأضاف: "لن يعطي ذلك الشرعية لأحد".'
    )
    doc, facts = facts_of(text, {"نوردين": "PERSON"})
    said = [q.args["text"] for q in facts if q.type == "quote"]
    assert "إن هذه خطوة غير مقبولة" in said and "لن يعطي ذلك الشرعية لأحد" in said
    assert not [t for t in said if "وأضاف" in t or t.startswith(".")]


def test_spokesperson_for_a_person_is_the_speaker_not_that_person():
    text = 'غير أن المتحدث باسم الرئيس نوردين، قال "إن هذه خطوة غير مقبولة".'
    doc, facts = facts_of(text, {"نوردين": "PERSON"})
    (quote,) = [f for f in facts if f.type == "quote"]
    speaker = doc.entity(quote.args["speaker"])
    assert speaker.type == "ANON" and speaker.name == "المتحدث باسم الرئيس نوردين"


def test_named_spokesperson_of_a_body_is_the_speaker():
    text = 'وكان المتحدث باسم حزب الأمل سامي نوردين، قال "لن نشارك في الحكومة".'
    doc, facts = facts_of(text, {"حزب الأمل": "ORG", "سامي نوردين": "PERSON"})
    (quote,) = [f for f in facts if f.type == "quote"]
    assert doc.entity(quote.args["speaker"]).name == "سامي نوردين"


def test_a_name_inside_what_is_said_is_not_the_speaker():
    text = 'وتقول الدعوى إن حملة نوردين "رحبت بسعادة بمساعدة الخارج".'
    doc, facts = facts_of(text, {"نوردين": "PERSON"})
    assert not [f for f in facts if f.type == "quote"], readable(doc, facts)


def test_a_description_after_the_verb_refers_to_the_last_subject_not_the_last_speaker():
    text = (
        'وقال سامي فرح رئيس اللجنة "لقد شنوا هجوما شاملا". '
        "ودفعت الدعوى نوردين لكتابة تغريدة، ووصف خصومه بأنهم يعرقلون العمل. "
        'وقال الرئيس الجمهوري في تغريدته "قد يكون هذا نبأ سارا".'
    )
    doc, facts = facts_of(text, {"سامي فرح": "PERSON", "نوردين": "PERSON"})
    said = {q.args["text"]: doc.entity(q.args["speaker"]).name for q in facts if q.type == "quote"}
    assert said == {"لقد شنوا هجوما شاملا": "سامي فرح", "قد يكون هذا نبأ سارا": "نوردين"}


def test_one_word_in_quotes_inside_a_clause_is_a_term():
    text = 'عندما أعلن الرئيس نوردين عن اعتراف بلاده بالمدينة "عاصمة" للدولة، لم يكن ذلك متوقعا.'
    doc, facts = facts_of(text, {"نوردين": "PERSON"})
    assert not [f for f in facts if f.type == "quote"], readable(doc, facts)


def test_an_unclosed_straight_quote_does_not_swallow_the_next_sentence():
    text = 'وتحدث نوردين متسائلا: "أي تمويل؟. ويقول سامي فرح: "ما يجب علينا دفعه". ثم يأتي الجزء الأهم.'
    doc, facts = facts_of(text, {"نوردين": "PERSON", "سامي فرح": "PERSON"})
    said = {q.args["text"]: doc.entity(q.args["speaker"]).name for q in facts if q.type == "quote"}
    assert said == {"ما يجب علينا دفعه": "سامي فرح"}


def test_speaker_set_off_by_commas_after_a_spokesperson_title():
    text = 'ونفى نوردين أي علاقة بالقضية. وقالت المتحدثة باسم البيت الأبيض، سامية فرح، هذا الأسبوع، إن "الرئيس لم يخطئ".'
    doc, facts = facts_of(text, {"نوردين": "PERSON", "سامية فرح": "PERSON", "البيت الأبيض": "MISC"})
    (quote,) = [f for f in facts if f.type == "quote"]
    assert doc.entity(quote.args["speaker"]).name == "سامية فرح"


def test_a_description_after_the_verb_wins_over_a_name_earlier_in_the_sentence():
    text = (
        "أكدت النائبة سامية فرح أن الحزب لم يتلق أي أموال. "
        'وحول ما يتداول من أخبار عن تمويل هاني زيد للحزب، أكدت النائبة أنها لم "تلتقه يوما في مقر الحزب".'
    )
    doc, facts = facts_of(text, {"سامية فرح": "PERSON", "هاني زيد": "PERSON"})
    (quote,) = [f for f in facts if f.type == "quote"]
    assert doc.entity(quote.args["speaker"]).name == "سامية فرح"


def test_a_straight_quote_with_spaces_on_both_sides_still_opens_a_quotation():
    text = 'ورد متحدث باسم الحكومة " في بعض الأحيان تكون قنوات الاتصال مفتوحة جدا". والوزير نوردين من الحزب المعارض.'
    doc, facts = facts_of(text, {"نوردين": "PERSON"})
    said = [q.args["text"] for q in facts if q.type == "quote"]
    assert said == ["في بعض الأحيان تكون قنوات الاتصال مفتوحة جدا"], said


def test_a_body_or_a_country_after_the_verb_is_no_persons_quote():
    text = 'قال سامي فرح إن النتائج جيدة. بينما أعلن الحزب الحاكم أن ما حدث "خسارة كبيرة".'
    doc, facts = facts_of(text, {"سامي فرح": "PERSON"})
    assert [q.args["text"] for q in facts if q.type == "quote"] == [], readable(doc, facts)
    text = 'وقال سامي فرح "نحترم النتائج". ووصفت فرنسا التصويت في هذه الانتخابات بأنه "خطوة مهمة".'
    doc, facts = facts_of(text, {"سامي فرح": "PERSON", "فرنسا": "GPE"})
    assert [q.args["text"] for q in facts if q.type == "quote"] == ["نحترم النتائج"]


def test_a_name_inside_the_quotation_is_not_its_speaker():
    text = 'وقال سامي فرح إن الفيلم جميل. وأضاف: "كانت (سامية زيد) نجمة باهرة كبيرة".'
    doc, facts = facts_of(text, {"سامي فرح": "PERSON", "سامية زيد": "PERSON"})
    (quote,) = [f for f in facts if f.type == "quote"]
    assert doc.entity(quote.args["speaker"]).name == "سامي فرح"


def test_books_are_not_a_speech_verb_and_an_earlier_verb_names_the_speaker():
    text = 'قال سامي فرح "نحن هنا". كما ألف هاني زيد خمسة كتب سياسية من بينها "طريق الحرية".'
    doc, facts = facts_of(text, {"سامي فرح": "PERSON", "هاني زيد": "PERSON"})
    assert [q.args["text"] for q in facts if q.type == "quote"] == ["نحن هنا"]
    text = 'قال سامي فرح "نحن هنا". وقالت شركة نورث ستار إن الممارسات مرفوضة، لكنها أكدت أن "التحقيق مستمر".'
    doc, facts = facts_of(text, {"سامي فرح": "PERSON", "نورث ستار": "ORG"})
    said = {q.args["text"]: doc.entity(q.args["speaker"]).name for q in facts if q.type == "quote"}
    assert said["التحقيق مستمر"] == "نورث ستار"


def test_quoted_through_qawluha_after_the_spokesperson_named_by_apposition():
    text = (
        'ونقل البيان على لسان المتحدثة باسم الخارجية، سامية فرح، قولها: "كانت المملكة شريكا رائدا." '
        'وأضافت: "نحن نقدر هذا الالتزام."'
    )
    doc, facts = facts_of(text, {"سامية فرح": "PERSON"})
    said = {q.args["text"]: doc.entity(q.args["speaker"]).name for q in facts if q.type == "quote"}
    assert said == {"كانت المملكة شريكا رائدا.": "سامية فرح", "نحن نقدر هذا الالتزام.": "سامية فرح"}, said
    text = 'ونقلت الصحيفة عن هاني زيد قوله: "لن نتراجع عن القرار".'
    doc, facts = facts_of(text, {"هاني زيد": "PERSON"})
    assert [doc.entity(q.args["speaker"]).name for q in facts if q.type == "quote"] == ["هاني زيد"]


def test_more_ways_of_quoting_and_describing():
    text = (
        'كما اعتذر سامي فرح، المعروف بلغته المباشرة، قائلا أعتذر "لأي زميل ربما جرحته". '
        'كما اعتذر لزوجها والرئيس السابق، هاني زيد، بعد أن وصفه بأنه "أحول العين".'
    )
    doc, facts = facts_of(text, {"سامي فرح": "PERSON", "هاني زيد": "PERSON"})
    said = {q.args["text"]: doc.entity(q.args["speaker"]).name for q in facts if q.type == "quote"}
    assert said == {"لأي زميل ربما جرحته": "سامي فرح", "أحول العين": "سامي فرح"}, said


def test_the_one_who_spoke_in_the_sentence_before_adds_the_quotation():
    text = (
        'قال سامي فرح "لن أعود إلى السياسة". '
        "وأشار السيناتور هاني زيد إلى شائعات تقول إنه سيترشح مجددا. "
        'وأضاف: "من الطبيعي أن نعتقد ذلك".'
    )
    doc, facts = facts_of(text, {"سامي فرح": "PERSON", "هاني زيد": "PERSON"})
    said = {q.args["text"]: doc.entity(q.args["speaker"]).name for q in facts if q.type == "quote"}
    assert said["من الطبيعي أن نعتقد ذلك"] == "هاني زيد"


def test_a_speaker_after_a_comma_and_a_title():
    text = 'رجحت المنظمة أن يكون سامي فرح قد قتل قال السفير في واشنطن، الأمير هاني زيد، إن "المملكة لن تسمح بذلك".'
    doc, facts = facts_of(text, {"سامي فرح": "PERSON", "هاني زيد": "PERSON"})
    (quote,) = [f for f in facts if f.type == "quote"]
    assert doc.entity(quote.args["speaker"]).name == "هاني زيد"


def test_an_unnamed_spokesperson_of_a_body_quoted_with_wasifan():
    text = (
        'قال سامي فرح إن الوضع خطير. وأشاد متحدث باسم حركة "النور"، التي تسيطر على المدينة، '
        'بالعملية واصفا إياها بأنها "رد طبيعي على الجرائم".'
    )
    doc, facts = facts_of(text, {"سامي فرح": "PERSON", "النور": "ORG"})
    (quote,) = [f for f in facts if f.type == "quote"]
    speaker = doc.entity(quote.args["speaker"])
    assert speaker.type == "ANON" and speaker.name == 'متحدث باسم حركة "النور"'


def test_an_unnamed_official_referred_to_before_any_quotation():
    text = (
        'وأضاف المسؤول الأميركي أنه تم استهداف المجلس مؤكدا أن الخطوة لا تستهدف الطائفة بل تستهدف "جماعة مسلحة خطيرة". '
        'وتابع المسؤول: "لكنها ستكون كارثة بالنسبة للبلد".'
    )
    doc, facts = facts_of(text, {})
    quotes = [f for f in facts if f.type == "quote"]
    assert len(quotes) == 2 and len({q.args["speaker"] for q in quotes}) == 1
    assert doc.entity(quotes[0].args["speaker"]).type == "ANON"


def test_a_nickname_or_slogan_in_quotes_is_no_quotation():
    text = 'قال سامي فرح، الذي أطلق عليه لقب "أفقر رئيس في العالم"، إنه لا يريد راتبا. ورفع أنصاره شعار "الأرض لمن يزرعها".'
    doc, facts = facts_of(text, {"سامي فرح": "PERSON"})
    assert not [f for f in facts if f.type == "quote"], readable(doc, facts)


def test_an_unnamed_official_described_after_the_verb_with_no_one_named_before():
    text = 'وقال الدبلوماسي الأميركي إنه "تم تفسير الخطوة على أنها محاولة للتأثير". مضيفا: "هناك عواقب".'
    doc, facts = facts_of(text, {})
    quotes = [f for f in facts if f.type == "quote"]
    assert len(quotes) == 2 and len({q.args["speaker"] for q in quotes}) == 1
    assert doc.entity(quotes[0].args["speaker"]).name == "الدبلوماسي الأميركي"
    text = 'وقالت المحكمة إن الاتفاق "لا يشمل المياه الإقليمية".'
    doc, facts = facts_of(text, {})
    assert not [f for f in facts if f.type == "quote"], readable(doc, facts)


def test_a_straight_quote_glued_to_a_speech_verb_opens_the_quotation():
    text = 'وقال سامي فرح "سأصوت للمرة الأولى". وأضاف" كنت أنوي المقاطعة ولكني تراجعت".'
    doc, facts = facts_of(text, {"سامي فرح": "PERSON"})
    said = {q.args["text"]: doc.entity(q.args["speaker"]).name for q in facts if q.type == "quote"}
    assert said == {
        "سأصوت للمرة الأولى": "سامي فرح",
        " كنت أنوي المقاطعة ولكني تراجعت": "سامي فرح",
    } or said == {
        "سأصوت للمرة الأولى": "سامي فرح",
        "كنت أنوي المقاطعة ولكني تراجعت": "سامي فرح",
    }


def test_participle_speech_verbs_attribute_to_the_subject():
    text = (
        'ونهاية العام الماضي، كرر الوزير، هاني زيد، التأكيد على أن "الحل سياسي"، '
        'مشددا على أنه "لا بد من اتفاق"، ثم غرد مغردا في حسابه: "الحمد لله على السلامة".'
    )
    doc, facts = facts_of(text, {"هاني زيد": "PERSON"})
    said = {q.args["text"]: doc.entity(q.args["speaker"]).name for q in facts if q.type == "quote"}
    assert said.get("لا بد من اتفاق") == "هاني زيد"
    assert said.get("الحمد لله على السلامة") == "هاني زيد"


def test_the_one_described_after_wasifan_is_not_the_speaker():
    text = 'واقترح سامي فرح أن يقال الوزير، واصفا هاني زيد بأن "أداءه ضعيف".'
    doc, facts = facts_of(text, {"سامي فرح": "PERSON", "هاني زيد": "PERSON"})
    (quote,) = [f for f in facts if f.type == "quote"]
    assert doc.entity(quote.args["speaker"]).name == "سامي فرح"


def test_a_body_named_before_by_its_head_noun_speaks():
    text = (
        "اتهمت لجنة الشؤون المالية الحكومة بالتقصير. "
        'وقالت اللجنة إن المدينة تستخدم في إخفاء "الأصول الفاسدة" للرئيس.'
    )
    doc, facts = facts_of(text, {"لجنة الشؤون المالية": "ORG"})
    (quote,) = [f for f in facts if f.type == "quote"]
    assert doc.entity(quote.args["speaker"]).name == "لجنة الشؤون المالية"


def test_the_holder_named_after_a_title_and_its_body_speaks():
    text = (
        "وقال سامي فرح إن الحالة مستقرة. "
        'من جانبه قال المدير التنفيذي لمجمع النور الطبي د. هاني زيد: "قمنا بكل ما يلزم".'
    )
    doc, facts = facts_of(text, {"سامي فرح": "PERSON", "هاني زيد": "PERSON", "مجمع النور الطبي": "ORG"})
    (quote,) = [f for f in facts if f.type == "quote"]
    assert doc.entity(quote.args["speaker"]).name == "هاني زيد"


def test_the_holder_after_a_title_in_a_body_speaks():
    text = 'اعتبر المفوض السامي لحقوق الإنسان في الأمم المتحدة هاني زيد أن الرد "لم يكن متكافئا إطلاقا".'
    doc, facts = facts_of(text, {"هاني زيد": "PERSON", "الأمم المتحدة": "ORG"})
    (quote,) = [f for f in facts if f.type == "quote"]
    assert doc.entity(quote.args["speaker"]).name == "هاني زيد"


def test_a_pronoun_speaker_is_the_one_person_the_sentence_before_names():
    text = (
        "وفي ظل عزوف واضح عن الانتخابات بسبب البطالة، دعا الرئيس التونسي هاني زيد المواطنين إلى التصويت. "
        'وقال "هذا الأحد لن يكون كالمعتاد".'
    )
    doc, facts = facts_of(text, {"هاني زيد": "PERSON"})
    (quote,) = [f for f in facts if f.type == "quote"]
    assert doc.entity(quote.args["speaker"]).name == "هاني زيد"


def test_a_described_speaker_is_not_the_one_person_the_sentence_before_names():
    text = 'في ظل التفاصيل الكاملة للقضية تحدثت الممثلة هالة نور. وقال المحامي "سيتبين كل شيء في النهاية".'
    doc, facts = facts_of(text, {"هالة نور": "PERSON"})
    assert not [f for f in facts if f.type == "quote" and doc.entity(f.args["speaker"]).name == "هالة نور"]


def test_a_spokesperson_after_the_verb_is_an_unnamed_speaker_or_the_one_named_so_before():
    text = 'واتهم سامي فرح الشركة بالاختراق، وقال المتحدث باسم رجل الأعمال الأمريكي: "لدينا أسباب للشك".'
    doc, facts = facts_of(text, {"سامي فرح": "PERSON"})
    (quote,) = [f for f in facts if f.type == "quote"]
    speaker = doc.entity(quote.args["speaker"])
    assert speaker.type == "ANON" and speaker.name == "المتحدث باسم رجل الأعمال الأمريكي"
    text = (
        "اتهم العقيد هاني زيد، المتحدث باسم التحالف العربي، الجماعة بالتهريب. "
        'وتابع المتحدث باسم التحالف بالقول إن "هذا يوضح العلاقة".'
    )
    doc, facts = facts_of(text, {"هاني زيد": "PERSON", "التحالف العربي": "ORG"})
    (quote,) = [f for f in facts if f.type == "quote"]
    assert doc.entity(quote.args["speaker"]).name == "هاني زيد"


def test_a_name_in_quotes_is_not_the_speaker_nor_a_list_of_names_a_quote():
    text = (
        'ظهر سامي فرح في تسجيل ليعلن تنصيب نفسه "خليفة" قائلا في خطبته: "إني وليت عليكم". '
        'وشارك في حملات عبر جمعية النور المصنفة على قائمة الدول الأربع "مصر والأردن والبحرين".'
    )
    doc, facts = facts_of(
        text, {"سامي فرح": "PERSON", "خليفة": "PERSON", "مصر": "GPE", "الأردن": "GPE", "البحرين": "GPE"}
    )
    said = {q.args["text"]: doc.entity(q.args["speaker"]).name for q in facts if q.type == "quote"}
    assert said == {"إني وليت عليكم": "سامي فرح"}


def test_one_word_in_quotes_far_from_the_verb_is_a_term():
    text = 'وقال سامي فرح إن الحكومة تعمل بجد على إعلان مراسم تنصيب "الخليفة"، وإنما لم يحدث ذلك.'
    doc, facts = facts_of(text, {"سامي فرح": "PERSON"})
    assert not [f for f in facts if f.type == "quote"]


def test_an_accuser_is_the_speaker_only_when_the_accused_follows():
    text = 'واتهمت هالة نور موسكو بـ "وضع العصي في الدواليب". واتهمت سلمى راشد بإدارة "مشروع لاختا".'
    doc, facts = facts_of(text, {"هالة نور": "PERSON", "موسكو": "GPE", "سلمى راشد": "PERSON"})
    said = {q.args["text"]: doc.entity(q.args["speaker"]).name for q in facts if q.type == "quote"}
    assert said == {"وضع العصي في الدواليب": "هالة نور"}


def test_the_speaker_of_a_participle_is_not_named_inside_a_reported_clause():
    text = 'واقترح سامي فرح في رسائله أن يفصل هاني زيد من منصبه، واصفا الوزير بأن "أداءه ضعيف".'
    doc, facts = facts_of(text, {"سامي فرح": "PERSON", "هاني زيد": "PERSON"})
    (quote,) = [f for f in facts if f.type == "quote"]
    assert doc.entity(quote.args["speaker"]).name == "سامي فرح"


def test_renewed_emphasis_is_speech():
    text = 'ونهاية العام الماضي، كرر الوزير، هاني زيد، التأكيد على أن "المسار السياسي أساس الحل".'
    doc, facts = facts_of(text, {"هاني زيد": "PERSON"})
    (quote,) = [f for f in facts if f.type == "quote"]
    assert doc.entity(quote.args["speaker"]).name == "هاني زيد"


def test_the_lawyer_of_someone_named_after_a_comma_speaks():
    text = 'قال محامي هالة نور، سامي فرح، إنه "على الجميع أن يغضبوا".'
    doc, facts = facts_of(text, {"هالة نور": "PERSON", "سامي فرح": "PERSON"})
    (quote,) = [f for f in facts if f.type == "quote"]
    assert doc.entity(quote.args["speaker"]).name == "سامي فرح"


def test_many_speak_with_a_plural_verb_and_warada_is_not_a_reply():
    text = 'وردد المحتجون شعارات ضد الرئيس سامي فرح وقالوا "ما حدث عار عليكم".'
    doc, facts = facts_of(text, {"سامي فرح": "PERSON"})
    assert not [f for f in facts if f.type == "quote"]
    text = 'هذا ما أكده الوزير السابق هاني زيد، كذلك تقرير الوزارة وما ورد فيه: "لا يزال بإمكانهم العمل".'
    doc, facts = facts_of(text, {"هاني زيد": "PERSON"})
    assert not [f for f in facts if f.type == "quote" and "ورد" in f.reason]


def test_a_participle_goes_with_the_speaker_of_the_first_verb():
    text = 'قال سامي فرح إن حتى نائب الرئيس، هاني زيد، شكك في التحقيقات، مضيفا بالقول "حتى نرى حقائق، كل شيء ثرثرة".'
    doc, facts = facts_of(text, {"سامي فرح": "PERSON", "هاني زيد": "PERSON"})
    (quote,) = [f for f in facts if f.type == "quote"]
    assert doc.entity(quote.args["speaker"]).name == "سامي فرح"


def test_the_subject_after_a_contrast_and_not_a_name_in_a_relative_clause():
    text = (
        'وكان سامي فرح انتقد عمل الشرطة، لكن هاني زيد أشاد بعملها، وقال إن "التحقيق أجري بشكل مهني". '
        "وعرضت سلمى راشد رئيسة حزب النور الوثيقة. "
        'وقالت رئيسة الحزب الذي أسسه عادل نوري أمام المحكمة "اليوم يوم مهم".'
    )
    names = {
        "سامي فرح": "PERSON",
        "هاني زيد": "PERSON",
        "سلمى راشد": "PERSON",
        "حزب النور": "ORG",
        "عادل نوري": "PERSON",
    }
    doc, facts = facts_of(text, names)
    said = {q.args["text"]: doc.entity(q.args["speaker"]).name for q in facts if q.type == "quote"}
    assert said["التحقيق أجري بشكل مهني"] == "هاني زيد"
    assert said.get("اليوم يوم مهم") != "عادل نوري"


def test_more_participles_expressing_and_as_announced():
    text = (
        'تحدثت الصحيفة مع الوزير سامي فرح، مبينا في بداية حديثه: "التقارير الدولية تؤكد الأزمة". '
        'وسيكون على الحكومة البت "بحلول نهاية أيلول" في القرض، حسبما أعلن الوزير هاني زيد.'
    )
    doc, facts = facts_of(text, {"سامي فرح": "PERSON", "هاني زيد": "PERSON"})
    said = {q.args["text"]: doc.entity(q.args["speaker"]).name for q in facts if q.type == "quote"}
    assert said.get("التقارير الدولية تؤكد الأزمة") == "سامي فرح"
    assert said.get("بحلول نهاية أيلول") == "هاني زيد"


def test_a_passage_between_two_stray_marks_is_no_quote():
    text = 'وأعربت هالة نور عن أملها في أن "يكون اليوم نقطة تحول"، داعية إلى حكومة بأسرع وقت"، قبل أن تؤكد أن المعلومات غير صحيحة".'
    doc, facts = facts_of(text, {"هالة نور": "PERSON"})
    assert not [f for f in facts if f.type == "quote" and f.args["text"].startswith("،")]


def test_a_statement_or_press_office_of_a_body_quotes_the_body():
    text = 'وقال بيان وزارة المالية يوم الخميس "أنشأت الشركة حسابات مزيفة". وقال المكتب الإعلامي لحزب النور: "هذا كلام غير صحيح".'
    doc, facts = facts_of(text, {"وزارة المالية": "ORG", "حزب النور": "ORG"})
    said = {q.args["text"]: doc.entity(q.args["speaker"]).name for q in facts if q.type == "quote"}
    assert said == {"أنشأت الشركة حسابات مزيفة": "وزارة المالية", "هذا كلام غير صحيح": "حزب النور"}


def test_warada_after_ma_is_stated_and_a_spokesperson_name_drops_bilqawl():
    text = 'وقال هاني زيد إن الوضع صعب. وهذا ما ورد عنه في التقرير: "الوضع لا يحتمل".'
    doc, facts = facts_of(text, {"هاني زيد": "PERSON"})
    assert not [f for f in facts if f.type == "quote" and "'رد'" in f.reason]
    text = 'وتابع المتحدث باسم التحالف بالقول: "هذا يوضح العلاقة بين الطرفين".'
    doc, facts = facts_of(text, {})
    (quote,) = [f for f in facts if f.type == "quote"]
    assert doc.entity(quote.args["speaker"]).name == "المتحدث باسم التحالف"


def test_a_title_after_the_speech_verb_is_the_one_named_with_it_before():
    text = (
        'وقالت سلمى حداد إن "القضية سياسية". '
        "وبحسب سامر عيسى محامي النائب كريم داوود، فإن المحققين يتهمون موكله بتلقي أموال. "
        'وأضاف المحامي إن موكله "لم يتلق أي أموال من الحملة".'
    )
    doc, facts = facts_of(text, {"سامر عيسى": "PERSON", "كريم داوود": "PERSON", "سلمى حداد": "PERSON"})
    quotes = {f[1:] for f in readable(doc, facts) if f[0] == "quote"}
    # the lawyer, not the last one quoted nor his client
    assert ("سامر عيسى", "لم يتلق أي أموال من الحملة") in quotes, quotes


def test_an_oath_and_a_condemnation_are_quoted_speech():
    text = 'وأقسم سامر عيسى على "الولاء للوطن" و"أداء مهامي بأمانة".'
    doc, facts = facts_of(text, {"سامر عيسى": "PERSON"})
    said = {f[1:] for f in readable(doc, facts) if f[0] == "quote"}
    assert ("سامر عيسى", "الولاء للوطن") in said


def test_a_statement_that_speaks_is_its_issuers():
    text = (
        'وقال سامر عيسى إن "الوضع صعب". '
        "ونفت السلطات ذلك عبر مكتب الاتصال الحكومي الذي أصدر بيانا جاء فيه أن الأموال وصلت. "
        'وأضاف البيان: "لن نسمح بذلك أبدا".'
    )
    doc, facts = facts_of(text, {"سامر عيسى": "PERSON", "مكتب الاتصال الحكومي": "ORG"})
    said = {f[1:] for f in readable(doc, facts) if f[0] == "quote"}
    assert ("مكتب الاتصال الحكومي", "لن نسمح بذلك أبدا") in said, said
    assert ("سامر عيسى", "لن نسمح بذلك أبدا") not in said


_PEOPLE = {
    "سامر عيسى": "PERSON",
    "كريم داوود": "PERSON",
    "ليلى نصار": "PERSON",
    "منظمة الشفافية الدولية": "ORG",
}
_QUOTE = '"لم يتلق أي أموال"'


@pytest.mark.parametrize(
    "text,speaker",
    [
        # the lawyer named with a comma after him, or before the client: not the client
        (
            f"وقال سامر عيسى، محامي كريم داوود، إن القضية سياسية. وأضاف المحامي إن موكله {_QUOTE}.",
            "سامر عيسى",
        ),
        (
            f"قال سامر عيسى محامي المتهم كريم داوود إن القضية سياسية. وأضاف المحامي إن موكله {_QUOTE}.",
            "سامر عيسى",
        ),
        # a report, study or statement that speaks is its issuer's, whatever stands after the noun
        (
            'أصدرت منظمة الشفافية الدولية تقريرا أمس. وأضاف التقرير أن "لم يتلق أي أموال".',
            "منظمة الشفافية الدولية",
        ),
        (
            'نشرت منظمة الشفافية الدولية دراسة. وأضافت الدراسة أن "لم يتلق أي أموال".',
            "منظمة الشفافية الدولية",
        ),
    ],
)
def test_a_title_or_a_document_after_the_verb_speaks_for_the_one_named_with_it(text, speaker):
    doc, facts = facts_of(text, _PEOPLE)
    said = {f[1:] for f in readable(doc, facts) if f[0] == "quote"}
    assert (speaker, "لم يتلق أي أموال") in said, said


@pytest.mark.parametrize(
    "text,not_speaker",
    [
        # the client named right after "محامي" is not the lawyer
        (f"ونفى محامي كريم داوود، سامر عيسى، التهم. وأضاف المحامي إن موكله {_QUOTE}.", "كريم داوود"),
        # a definite title after a name without a comma is the verb's object
        (
            f"استقبل كريم داوود السفير الفرنسي في مكتبه. وأكدت ليلى نصار أن اللقاء مهم. وقال السفير إن {_QUOTE}.",
            "كريم داوود",
        ),
        # a letter's recipient is not its author
        (f"تلقى كريم داوود رسالة من منظمة الشفافية الدولية. وأضافت الرسالة أن {_QUOTE}.", "كريم داوود"),
    ],
)
def test_the_title_or_document_lookup_does_not_take_the_client_the_object_or_the_recipient(text, not_speaker):
    doc, facts = facts_of(text, _PEOPLE)
    said = {f[1:] for f in readable(doc, facts) if f[0] == "quote"}
    assert (not_speaker, "لم يتلق أي أموال") not in said, said


def test_a_pronoun_verb_refers_to_whom_a_later_sentence_opened_with():
    text = (
        'وقالت سلمى حداد إن "القضية سياسية". '
        "لكن وزير المالية كريم داوود رفض الانتقادات. "
        'وقال: "لن نتراجع عن القانون".'
    )
    doc, facts = facts_of(text, {"سلمى حداد": "PERSON", "كريم داوود": "PERSON"})
    said = {f[1:] for f in readable(doc, facts) if f[0] == "quote"}
    assert ("كريم داوود", "لن نتراجع عن القانون") in said, said


@pytest.mark.parametrize(
    "middle",
    [
        # the person named is inside what was said, not a subject
        'وتابعت: "لا يوجد كريم داوود في الحكومة... ولن يكون". ',
        # the sentence of the quotation names its own subject before the verb
        "",
    ],
)
def test_a_pronoun_verb_keeps_the_last_speaker_when_no_later_subject_is_real(middle):
    text = 'وقالت سلمى حداد إن "القضية سياسية". ' + middle + 'وأضافت: "لن نتراجع عن القانون".'
    doc, facts = facts_of(text, {"سلمى حداد": "PERSON", "كريم داوود": "PERSON"})
    said = {f[1:] for f in readable(doc, facts) if f[0] == "quote"}
    assert ("سلمى حداد", "لن نتراجع عن القانون") in said, said


def test_a_name_before_the_verb_blocks_an_earlier_subject():
    text = (
        'وقالت سلمى حداد إن "القضية سياسية". '
        "ورفض كريم داوود الانتقادات. "
        'لكن "شركة النور"، وهي أكبر مصنع في البلاد، أكدت أن خسائرها "لا تذكر".'
    )
    doc, facts = facts_of(text, {"سلمى حداد": "PERSON", "كريم داوود": "PERSON", "شركة النور": "ORG"})
    said = {f[1:] for f in readable(doc, facts) if f[0] == "quote"}
    assert not any(s == "كريم داوود" and t == "لا تذكر" for s, t in said), said


@pytest.mark.parametrize(
    "text",
    [
        'ووفقا لدراسة نشرها معهد الدراسات العربية، فإن "الحزب يخفي فساده".',
        'وبحسب تقرير أصدره معهد الدراسات العربية فإن "الحزب يخفي فساده".',
        'ووفقا لمعهد الدراسات العربية، فإن "الحزب يخفي فساده".',
    ],
)
def test_a_quotation_after_according_to_is_its_sources(text):
    doc, facts = facts_of(text, {"معهد الدراسات العربية": "ORG"})
    said = {f[1:] for f in readable(doc, facts) if f[0] == "quote"}
    assert said == {("معهد الدراسات العربية", "الحزب يخفي فساده")}, said


def test_according_to_does_not_reach_past_a_comma_or_a_long_clause():
    text = (
        "وبحسب معهد الدراسات العربية، تراجع الإنفاق في العام الماضي بنسبة كبيرة بعد أن وصفت الحكومة "
        'المشروع بأنه "خطة للنهوض".'
    )
    doc, facts = facts_of(text, {"معهد الدراسات العربية": "ORG"})
    said = {f[1:] for f in readable(doc, facts) if f[0] == "quote"}
    assert not any(s == "معهد الدراسات العربية" for s, _ in said), said


def test_a_one_word_description_far_from_its_verb_is_quoted():
    text = 'ووصف سامر عيسى، أستاذ العلوم السياسية في الجامعة، انتقادات الحكومة للمعارضة بأنها "جنون".'
    doc, facts = facts_of(text, {"سامر عيسى": "PERSON"})
    said = {f[1:] for f in readable(doc, facts) if f[0] == "quote"}
    assert ("سامر عيسى", "جنون") in said, said


@pytest.mark.parametrize(
    "text, names, speaker, quote",
    [
        # the person who opened the quotation's own sentence is not someone named since it
        (
            'التقى الرئيس كريم منصور بالوزيرة ليلى عواد، وقالت عواد إن "الحوار كان مثمرا". '
            'وأضافت أن "المرحلة المقبلة تتطلب تعاونا".',
            {"كريم منصور": "PERSON", "ليلى عواد": "PERSON", "عواد": "PERSON"},
            "ليلى عواد",
            "المرحلة المقبلة تتطلب تعاونا",
        ),
        # a masculine verb after a sentence opened by a feminine one keeps the last speaker
        (
            'قال مروان خوري: "القضية سياسية". وكانت سلمى حداد قد انتقدت القرار أمس. وأضاف أن "الحل ممكن".',
            {"مروان خوري": "PERSON", "سلمى حداد": "PERSON"},
            "مروان خوري",
            "الحل ممكن",
        ),
        (
            'ووفقا لاستطلاع أجراه معهد الشرق للدراسات، فإن "نصف الشباب عاطلون عن العمل".',
            {"معهد الشرق للدراسات": "ORG"},
            "معهد الشرق للدراسات",
            "نصف الشباب عاطلون عن العمل",
        ),
    ],
)
def test_review_findings_on_pronoun_and_source_quotes(text, names, speaker, quote):
    doc, facts = facts_of(text, names)
    said = {f[1:] for f in readable(doc, facts) if f[0] == "quote"}
    assert (speaker, quote) in said, said


def test_a_quoted_name_inside_an_according_to_clause_is_no_quotation():
    for text, org in (
        ('وبحسب شركة النور للتطوير فإن مشروع "الواحة الخضراء" سيكتمل في عام 2027.', "شركة النور للتطوير"),
        ('ووفقا لوزارة الصحة فإن حملة "صحتك أولا" وصلت إلى مليون شخص.', "وزارة الصحة"),
    ):
        doc, facts = facts_of(text, {org: "ORG"})
        assert not [f for f in facts if f.type == "quote"], readable(doc, facts)


def test_a_long_title_chain_before_the_body_and_its_holder():
    text = (
        "وقال رئيس قسم الكلى واستشاري أمراض وزراعة الكلى في مجمع النور الطبي د. سامر عيسى: "
        'ان "القسم قام بإجراء الفحوصات".'
    )
    doc, facts = facts_of(text, {"مجمع النور الطبي": "ORG", "سامر عيسى": "PERSON"})
    said = {f[1:] for f in readable(doc, facts) if f[0] == "quote"}
    assert ("سامر عيسى", "القسم قام بإجراء الفحوصات") in said, said


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('ورفضت المحكمة العليا استئناف سامر عيسى قائلة "إنه لم يثبت براءته".', "المحكمة العليا"),
        ('وانتقد سامر عيسى كريم داوود قائلا "إنه فاسد".', "سامر عيسى"),
        # a second clause's own speech verb keeps its subject
        ('وهاجم سامر عيسى حينها الحكومة، ورد كريم داوود قائلا "إن الحكومة لن تتراجع".', "كريم داوود"),
    ],
)
def test_a_participle_goes_with_the_subject_of_its_clause(text, speaker):
    names = {"المحكمة العليا": "ORG", "سامر عيسى": "PERSON", "كريم داوود": "PERSON"}
    doc, facts = facts_of(text, names)
    said = {f[1] for f in readable(doc, facts) if f[0] == "quote"}
    assert said == {speaker}, said


@pytest.mark.parametrize(
    "text, names, speakers",
    [
        (
            'وقال رئيس الوزراء في مؤتمر صحفي مشترك مع نظيره الفرنسي إيمانويل ماكرون: "المحادثات كانت مثمرة".',
            {"إيمانويل ماكرون": "PERSON"},
            set(),
        ),
        (
            'وأمام البرلمان، انتقد نبيل فارس كريم السعدي قائلا: "إنه فاشل".',
            {"البرلمان": "ORG", "نبيل فارس": "PERSON", "كريم السعدي": "PERSON"},
            {"كريم السعدي"},
        ),
        (
            'وكان ترامب قد انسحب من الاتفاق، الذي رد عليه الرئيس الإيراني، حسن روحاني قائلا إن "الاتفاق قائم".',
            {"ترامب": "PERSON", "حسن روحاني": "PERSON"},
            {"حسن روحاني"},
        ),
    ],
)
def test_third_review_findings_on_speakers(text, names, speakers):
    doc, facts = facts_of(text, names)
    assert {f[1] for f in readable(doc, facts) if f[0] == "quote"} == speakers, readable(doc, facts)


def test_a_quote_relayed_from_him_is_his_not_the_outlets():
    text = 'وهاجم سامي فرح مناورات المعارضة ونقلت عنه صحيفة الوطن قوله "إن هذا المستوى أمر كارثي بالنسبة إلينا".'
    doc, facts = facts_of(text, {"سامي فرح": "PERSON", "صحيفة الوطن": "ORG"})
    assert {f[1] for f in readable(doc, facts) if f[0] == "quote"} == {"سامي فرح"}


def test_said_in_a_message_is_the_sender_not_the_addressee():
    text = 'وبعث الرئيس سامي فرح برسالة لمدرب المنتخب كريم ناصر قال فيها: "الآن يجب الفوز بالكأس".'
    doc, facts = facts_of(text, {"سامي فرح": "PERSON", "كريم ناصر": "PERSON"})
    assert {f[1] for f in readable(doc, facts) if f[0] == "quote"} == {"سامي فرح"}
    text = 'وأصدرت وزارة الدفاع بيانا قالت فيه إن "الجيش لن يشارك في المناورات".'
    doc, facts = facts_of(text, {"وزارة الدفاع": "ORG"})
    assert {f[1] for f in readable(doc, facts) if f[0] == "quote"} == {"وزارة الدفاع"}


def test_the_one_spoken_to_is_not_the_speaker():
    text = 'التقى سامي فرح الصحفيين أمس. وقال للرئيس الكوري كريم ناصر إنه "سعيد جدا" بالتقدم.'
    doc, facts = facts_of(text, {"سامي فرح": "PERSON", "كريم ناصر": "PERSON"})
    assert {f[1] for f in readable(doc, facts) if f[0] == "quote"} == {"سامي فرح"}
    # a title after لل-people is the speaker's own
    text = 'وقال للصحفيين الرئيس الأمريكي كريم ناصر إنه "سعيد جدا" بالتقدم.'
    doc, facts = facts_of(text, {"كريم ناصر": "PERSON"})
    assert {f[1] for f in readable(doc, facts) if f[0] == "quote"} == {"كريم ناصر"}


@pytest.mark.parametrize(
    "text",
    [
        'وقال سامي فرح في مقابلة مع برنامج "ستون دقيقة في السياسة" إن الوضع صعب.',
        'وصرح سامي فرح بأنه اختار بناء حزب سياسي أطلق عليه "تونس البدائل الجديدة".',
        'ويقول سامي فرح، الذي صنفته أجهزة استخبارات غربية كـ "مشتبه به في ارتكاب أعمال إرهابية"، إن الضباط استجوبوه.',
    ],
)
def test_a_quoted_name_or_label_is_no_quotation(text):
    doc, facts = facts_of(text, {"سامي فرح": "PERSON"})
    assert not [f for f in facts if f.type == "quote"]


def test_a_feminine_verb_is_not_a_mans_quote():
    text = (
        "وقال الوزير سامي فرح إن الشركة تعمل بشكل قانوني. "
        'وقالت الشركة: "إنها خطوة إيجابية تجاه التوصل إلى اتفاق مع شريكنا".'
    )
    doc, facts = facts_of(text, {"سامي فرح": "PERSON"})
    assert not [f for f in facts if f.type == "quote"]


def test_a_masculine_participle_is_not_a_womans_quote():
    text = (
        "وقالت الوزيرة سلمى حداد إن الحكومة ستعتذر. "
        'وأصدرت السلطة بيانا عن التحقيق، مضيفا أن "الأدلة غير مثبتة" في القضية.'
    )
    doc, facts = facts_of(text, {"سلمى حداد": "PERSON"})
    assert not [f for f in facts if f.type == "quote" and "الأدلة" in f.args["text"]]


def test_his_leader_is_no_feminine_title():
    # زعيمه ("his leader") folds onto زعيمة ("a woman leader"): only the letter ة says a woman
    text = (
        "وبايع التنظيم زعيمه كريم ناصر في صيف 2014. "
        'وظهر ناصر في فيديو مسجل معتليا المنبر، قائلا في خطبته: "إني وليت عليكم ولست بخيركم".'
    )
    doc, facts = facts_of(text, {"كريم ناصر": "PERSON"})
    assert ("quote", "كريم ناصر", "إني وليت عليكم ولست بخيركم") in readable(doc, facts)


def test_a_body_speaking_through_a_man_keeps_him():
    text = (
        "وقال المدير كريم ناصر إن المؤسسة تعمل. "
        'وأكدت المؤسسة ذلك حين قالت على لسان كريم ناصر إن المرحلين أبعدوا "بطريقة غامضة".'
    )
    doc, facts = facts_of(text, {"كريم ناصر": "PERSON"})
    assert {f[1] for f in readable(doc, facts) if f[0] == "quote"} == {"كريم ناصر"}


def test_an_informant_is_an_unnamed_speaker():
    text = 'وقال واشٍ، عمل مع الشركة، لصحيفة الغارديان إن الشركة استخدمت البيانات "لجمع ملفات ملايين المستخدمين".'
    doc, facts = facts_of(text, {"الغارديان": "ORG"})
    quotes = [f for f in facts if f.type == "quote"]
    assert len(quotes) == 1 and doc.type_of(quotes[0].args["speaker"]) == "ANON"


@pytest.mark.parametrize(
    "text",
    [
        'ورأى الرئيس سامي فرح أن بلاده "ستنتصر في الحرب الاقتصادية" قريبا.',
        'ودعا سامي فرح المواطنين إلى "عدم القلق من هذا القرض أو من زيادة الديون".',
        'وتعهد سامي فرح بتحرك أشمل "دون أي تسامح" في فرض القانون.',
        'واقترح سامي فرح الإفراج عن معارضين مسجونين "من أجل تجاوز الجروح التي خلفتها التظاهرات".',
    ],
)
def test_opinion_call_and_pledge_verbs_give_their_subjects_words(text):
    doc, facts = facts_of(text, {"سامي فرح": "PERSON"})
    assert {f[1] for f in readable(doc, facts) if f[0] == "quote"} == {"سامي فرح"}


def test_a_described_caller_is_not_the_body_called_on():
    text = (
        'وأعلنت المؤسسة الوطنية للنفط وقف الإنتاج. ودعت المؤسسة "الجيش الوطني" إلى "وقف عمليات الإغلاق '
        'والسماح لها بأداء عملها لخدمة مصالح الشعب".'
    )
    doc, facts = facts_of(text, {"المؤسسة الوطنية للنفط": "ORG", "الجيش الوطني": "ORG"})
    assert "الجيش الوطني" not in {f[1] for f in readable(doc, facts) if f[0] == "quote"}


def test_a_name_that_opens_a_long_quotation_is_not_its_speaker():
    text = (
        'وقال الوزير سامي فرح إن الوضع خطير. ودعا "الأمم المتحدة والقوى العظمى إلى أن تتحمل مسؤوليتها، '
        'مؤكدا أن المملكة "تحتفظ بحقها في الدفاع عن هذا الجزء من أرضها".'
    )
    doc, facts = facts_of(text, {"سامي فرح": "PERSON", "الأمم المتحدة": "ORG"})
    assert "الأمم المتحدة" not in {f[1] for f in readable(doc, facts) if f[0] == "quote"}
    # a quoted name that closes at once is the speaker it names
    text = 'وحسب الوكالة، قال "المركز الوطني للخدمات الصحفية" إن "النيابة وجهت بتقييد دعاوى جنائية".'
    doc, facts = facts_of(text, {"المركز الوطني للخدمات الصحفية": "ORG"})
    assert {f[1] for f in readable(doc, facts) if f[0] == "quote"} == {"المركز الوطني للخدمات الصحفية"}


def test_a_pledge_to_sue_someone_keeps_the_pledger_as_speaker():
    text = 'وكان سامي فرح قد تعهد بمقاضاة كريم ناصر قائلا إنه "سيدفع الثمن".'
    doc, facts = facts_of(text, {"سامي فرح": "PERSON", "كريم ناصر": "PERSON"})
    assert {f[1] for f in readable(doc, facts) if f[0] == "quote"} == {"سامي فرح"}


@pytest.mark.parametrize("lead", ["ما يعرف بـ", "ما يسمى "])
def test_what_is_known_as_is_a_name(lead):
    text = f'وقال سامي فرح إن الحزب أشعل {lead}"الربيع العربي الجديد" في المنطقة.'
    doc, facts = facts_of(text, {"سامي فرح": "PERSON"})
    assert not [f for f in facts if f.type == "quote"]


def test_a_relative_of_someone_named_speaks_unnamed():
    text = (
        'وقالت زوجة سامي فرح في تصريح للوكالة إنها "لا تصدق التهم الموجهة إليه". '
        'وأضافت أن "القضاء سيبرئه قريبا".'
    )
    doc, facts = facts_of(text, {"سامي فرح": "PERSON"})
    quotes = [f for f in facts if f.type == "quote"]
    assert len(quotes) == 2 and len({q.args["speaker"] for q in quotes}) == 1
    speaker = next(e for e in doc.entities if e.id == quotes[0].args["speaker"])
    assert speaker.type == "ANON" and speaker.name == "زوجة سامي فرح"


def test_an_unnamed_speakers_description_ends_before_in_a_statement():
    text = 'وقال متحدث باسم الحكومة في بيان إن "الإجراءات ستستمر حتى نهاية العام".'
    doc, facts = facts_of(text, {})
    quotes = [f for f in facts if f.type == "quote"]
    assert len(quotes) == 1
    assert next(e for e in doc.entities if e.id == quotes[0].args["speaker"]).name == "متحدث باسم الحكومة"


def test_the_spokesperson_named_before_the_title_speaks():
    text = (
        'وصف العميد سامي فرح، المتحدث باسم الجيش الوطني، نبأ القبض على "المطلوب كريم ناصر"، '
        'واصفا إياه بـ"الإرهابي الأخطر في المنطقة".'
    )
    doc, facts = facts_of(text, {"سامي فرح": "PERSON", "الجيش الوطني": "ORG", "كريم ناصر": "PERSON"})
    assert ("quote", "سامي فرح", "الإرهابي الأخطر في المنطقة") in readable(doc, facts)


def test_the_spokesperson_is_the_person_right_after_the_body_not_one_named_later():
    text = (
        "انتقد المتحدث باسم حزب الوفد، سامي فرح، خطاب الأمين العام لحركة فتح، كريم ناصر، في سلسلة من "
        'التغريدات، إذ قال إن ناصر "يقولها من السرداب حيث يبقى منذ سنوات".'
    )
    names = {"حزب الوفد": "ORG", "سامي فرح": "PERSON", "حركة فتح": "ORG", "كريم ناصر": "PERSON"}
    doc, facts = facts_of(text, names)
    assert {f[1] for f in readable(doc, facts) if f[0] == "quote"} == {"سامي فرح"}


def test_a_country_right_after_the_verb_speaks_not_a_spokesperson_before():
    text = (
        "قالت المتحدثة باسم الحكومة، سلمى حداد، إن بلادها تعترف بالإعلان الذي صدر حول مصير الصحفي، "
        'والذي أعلنت الرياض "موته" أمس.'
    )
    doc, facts = facts_of(text, {"سلمى حداد": "PERSON", "الرياض": "GPE"})
    assert not [f for f in facts if f.type == "quote"]


@pytest.mark.parametrize(
    "text, name",
    [
        ('وقالت نائبة الرئيس سلمى حداد: "سنعمل على تحقيق السلام في المنطقة كلها".', "سلمى حداد"),
        ('وقال زوج الملكة سامي فرح: "سنعمل على تحقيق السلام في المنطقة كلها".', "سامي فرح"),
        ('وفي رأي سلمى حداد فإن الأزمة ستطول، وأضافت أن "لا حل قريبا لهذه الأزمة المعقدة".', "سلمى حداد"),
        ('ويقول سامي فرح في كتابه "لقد كانت تلك الأيام هي الأصعب في حياتي كلها ولن أنساها".', "سامي فرح"),
        ('ونشرت صحيفة الأهرام مقالا لسامي فرح قال فيه: "إن الحكومة فشلت في إدارة الأزمة".', "سامي فرح"),
        (
            'وانتقدت سلمى حداد قرار سامي فرح، ونقلت عنها صحيفة الأهرام قولها "إن القرار كان خاطئا ومتسرعا".',
            "سلمى حداد",
        ),
    ],
)
def test_review_cases_keep_the_right_speaker(text, name):
    names = {"سلمى حداد": "PERSON", "سامي فرح": "PERSON", "صحيفة الأهرام": "ORG"}
    doc, facts = facts_of(text, {k: v for k, v in names.items() if k in text})
    assert {f[1] for f in readable(doc, facts) if f[0] == "quote"} == {name}


def test_a_feminine_verb_with_a_colon_is_not_a_mans():
    text = 'وقال الرئيس سامي فرح إن الحزب سيفوز. وأضافت: "لا حل قريبا لهذه الأزمة المعقدة في المنطقة".'
    doc, facts = facts_of(text, {"سامي فرح": "PERSON"})
    assert not [f for f in facts if f.type == "quote"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('وبعث سامي فرح برسالة لكريم ناصر قال فيها: "إن الحكومة فشلت في إدارة الأزمة".', "سامي فرح"),
        ('وانتقد سامي فرح الوزيرة سلمى حداد، ونقلت عنها صحيفة الأهرام قولها "إن القرار كان صائبا".', "سلمى حداد"),
        ('وكان المتحدث باسم حزب الوفد، نائب رئيس الحزب كريم ناصر، قد حذر من "كوارث في المنطقة كلها".', "كريم ناصر"),
        ('وكان سامي فرح قد دعا مصر إلى "التحرك فورا لوقف الحرب في المنطقة".', "سامي فرح"),
        ('ونشرت وزارة الخارجية بيانا قالت فيه: "إن الحكومة لن تتراجع عن قرارها".', "وزارة الخارجية"),
        ('ورأي سامي فرح أن "الأزمة ستطول كثيرا في المنطقة كلها".', "سامي فرح"),
        ('وحضر والد الملكة سامي فرح حفل الافتتاح أمس. وقال في كلمته: "سنعمل على تحقيق السلام".', "سامي فرح"),
    ],
)
def test_second_review_quote_cases(text, speaker):
    names = {"سامي فرح": "PERSON", "كريم ناصر": "PERSON", "سلمى حداد": "PERSON", "صحيفة الأهرام": "ORG",
             "حزب الوفد": "ORG", "مصر": "GPE", "وزارة الخارجية": "ORG"}
    doc, facts = facts_of(text, {k: v for k, v in names.items() if k in text})
    assert {f[1] for f in readable(doc, facts) if f[0] == "quote"} == {speaker}


def test_a_second_person_joined_by_wa_is_not_the_spokesperson():
    text = 'وحضرت سلمى حداد، والمتحدث باسم حزب الوفد، الاجتماع، وقال المتحدث إن "الحزب لن يتراجع عن مواقفه".'
    doc, facts = facts_of(text, {"سلمى حداد": "PERSON", "حزب الوفد": "ORG"})
    assert "سلمى حداد" not in {f[1] for f in readable(doc, facts) if f[0] == "quote"}


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('ونشرت صحيفة الأهرام بيانا لحزب الوفد قال فيه: "إن الانتخابات مزورة بالكامل".', "حزب الوفد"),
        ('وتصريحات كريم ناصر كانت واضحة. وقال أمس: "إن الحزب قوي جدا في المنطقة".', "كريم ناصر"),
        ('وقال سامي فرح إن رأي كريم ناصر "لا يعبر عن الحزب على الإطلاق".', "سامي فرح"),
        ('وانتقد سامي فرح قرار كريم ناصر، ونقلت عنه صحيفة الأهرام قوله "إن القرار خاطئ تماما".', "سامي فرح"),
        (
            'وقال المتحدث باسم حزب الوفد إن الحزب سيدعم مرشحه، سامي فرح، في الانتخابات، مضيفا أن "الفوز مضمون".',
            "المتحدث باسم حزب الوفد",
        ),
    ],
)
def test_third_review_quote_cases(text, speaker):
    names = {"سامي فرح": "PERSON", "كريم ناصر": "PERSON", "صحيفة الأهرام": "ORG", "حزب الوفد": "ORG"}
    doc, facts = facts_of(text, {k: v for k, v in names.items() if k in text})
    name = {e.id: e.name for e in doc.entities}
    assert {name[f.args["speaker"]] for f in facts if f.type == "quote"} == {speaker}


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('فيما رأى كريم ناصر أن "الأزمة ستطول كثيرا في المنطقة".', "كريم ناصر"),
        ('وكتب سامي فرح مقالا لصحيفة الأهرام قال فيه: "إن الحكومة فشلت في إدارة الأزمة".', "سامي فرح"),
    ],
)
def test_fourth_review_quote_cases(text, speaker):
    names = {"سامي فرح": "PERSON", "كريم ناصر": "PERSON", "صحيفة الأهرام": "ORG"}
    doc, facts = facts_of(text, {k: v for k, v in names.items() if k in text})
    assert {f[1] for f in readable(doc, facts) if f[0] == "quote"} == {speaker}


@pytest.mark.parametrize(
    "text",
    [
        "وكان سامر عيسى من أبرز أعضاء حزب النور.",
        "وينتمي سامر عيسى إلى حزب النور.",
        "والتحق سامر عيسى بحزب النور عام 2010.",
        "لكن رئيس الوزراء سامر عيسى، المنتمي لحزب النور، قال إن الحكومة ستصمد.",
        "وقال سامر عيسى، الذي ينتمي إلى حزب النور، إن الحزب سيفوز.",
    ],
)
def test_belonging_to_a_party(text):
    doc, facts = facts_of(text, {"سامر عيسى": "PERSON", "حزب النور": "ORG"})
    assert ("membership", "سامر عيسى", "حزب النور") in readable(doc, facts), readable(doc, facts)


@pytest.mark.parametrize(
    "text",
    [
        "وقال سامر عيسى إن المتهمين ينتمون لحزب النور.",  # someone else belongs
        "ونفى سامر عيسى أن ينتمي إلى حزب النور.",  # denied
    ],
)
def test_belonging_said_of_others_or_denied(text):
    doc, facts = facts_of(text, {"سامر عيسى": "PERSON", "حزب النور": "ORG"})
    assert not [f for f in readable(doc, facts) if f[0] == "membership"], readable(doc, facts)



@pytest.mark.parametrize(
    "text, speaker, absent",
    [
        # a person does not speak of himself by name: the quotation is someone else's
        ("وكان عماد الدايمي قد رد على الاتهامات. وقال \"عماد الدايمي لا يباع ولا يشترى\".", None, "عماد الدايمي"),
        # "حملة ترامب" in his own words is his campaign, not himself
        ("وقال ترامب في تغريدته \"لم يثبت أن حملة ترامب ارتكبت أية مخالفات\".", "ترامب", None),
    ],
)
def test_a_person_quoted_does_not_name_himself(text, speaker, absent):
    doc, facts = facts_of(text, {"المنجي الرحوي": "PERSON", "عماد الدايمي": "PERSON", "ترامب": "PERSON"})
    speakers = {f[1] for f in readable(doc, facts) if f[0] == "quote"}
    if speaker:
        assert speaker in speakers, readable(doc, facts)
    if absent:
        assert absent not in speakers, readable(doc, facts)


def test_joining_a_committee_named_after_its_kind_past_the_joiners_description():
    # "إلى لجنة «X»": لجنة keeps its own ل when compared with the party heads
    text = "انضم رجل الأعمال سامي حداد، العضو المنتدب لشركة الأفق، إلى لجنة «الإصلاح» في البرلمان."
    doc, facts = facts_of(text, {"سامي حداد": "PERSON", "شركة الأفق": "ORG", "الإصلاح": "ORG"})
    assert ("membership", "سامي حداد", "الإصلاح") in readable(doc, facts), readable(doc, facts)


def test_a_speaker_described_between_name_and_verb():
    text = 'وكانت قناة المسيرة التابعة للحوثيين قالت إن "وفدا من الجماعة زار بيروت السبت".'
    doc, facts = facts_of(text, {"قناة المسيرة": "ORG", "بيروت": "GPE"})
    assert ("quote", "قناة المسيرة") in {r[:2] for r in readable(doc, facts)}, readable(doc, facts)


def test_a_title_in_apposition_introduces_the_name_after_its_comma():
    # "السناتور" before "، مارك هولدن" is his, not a back-reference to the senator named earlier
    text = (
        'وقالت السناتور الديمقراطية إيلين باركر: "المنصات لا تضبط نفسها". '
        "وقال السناتور الديمقراطي، مارك هولدن، إن الواقعة تدعم مطلب القواعد الجديدة، "
        'ووصف القطاع بأنه مثل "الغرب المتوحش".'
    )
    doc, facts = facts_of(text, {"إيلين باركر": "PERSON", "مارك هولدن": "PERSON"})
    got = readable(doc, facts)
    assert any(f[0] == "quote" and f[1] == "مارك هولدن" and "الغرب المتوحش" in f[2] for f in got), got
    assert not any(f[0] == "quote" and f[1] == "إيلين باركر" and "الغرب المتوحش" in f[2] for f in got), got


def test_a_lone_title_keeps_its_holder_unless_another_nationality_or_a_former_one():
    text = (
        "واستقبل رئيس الوزراء الإسرائيلي بنيامين نتنياهو الوفد. وقال ليبرمان إن الوضع هادئ. "
        'وقال رئيس الوزراء الإسرائيلي إن "التنسيق مستمر".'
    )
    doc, facts = facts_of(text, {"بنيامين نتنياهو": "PERSON", "ليبرمان": "PERSON"})
    got = readable(doc, facts)
    assert any(f[0] == "quote" and f[1] == "بنيامين نتنياهو" for f in got), got
    text = (
        "واستقبل رئيس الوزراء اللبناني، سعد الحريري، الوفد. "
        'وتوعد رئيس الوزراء الإسرائيلي إيران، مشددا على أن "الجولان ضمان للاستقرار".'
    )
    doc, facts = facts_of(text, {"سعد الحريري": "PERSON", "إيران": "GPE"})
    hariri = next(e for e in doc.entities if e.name == "سعد الحريري")
    # the Israeli prime minister's title is not a mention of the Lebanese one
    assert all(m.start < text.index("وتوعد") for m in hariri.mentions), hariri.mentions


def test_quote_marks_that_differ_glosses_and_quoted_company_names():
    # a straight opening mark closed by a curly one is a quotation
    text = 'وقالت شيريل ساندبرغ: "فكرنا بالتأكيد في الكثير من الأشكال الأخرى للحصول على المال”.'
    doc, facts = facts_of(text, {"شيريل ساندبرغ": "PERSON"})
    assert [f.args["text"] for f in facts if f.type == "quote"] == ["فكرنا بالتأكيد في الكثير من الأشكال الأخرى للحصول على المال"]
    # a word glossed (بمعنى "…") is not said; the reply in the same sentence is
    text = 'وقال أردوغان كلمة تمام وهي بمعنى "كفى"، ليرد الرئيس بأنه "سيفعل في حال قال الشعب تمام".'
    doc, facts = facts_of(text, {"أردوغان": "PERSON"})
    assert [f.args["text"] for f in facts if f.type == "quote"] == ["سيفعل في حال قال الشعب تمام"]
    # a company's name in quotes after "شركة" is no quotation
    text = 'وقال سمير جياب إن شركة "تونس باي بروجكت كمبني" ستبني المشروع.'
    doc, facts = facts_of(text, {"سمير جياب": "PERSON"})
    assert not [f for f in facts if f.type == "quote"]
    # a plural participle (قائلين) has many speakers, not the person named inside the clause
    text = 'وأكد النواب التزامهم بالحل، محملين أنصار نيكولاس مادورو المسؤولية، قائلين إنهم "ساهموا في تفاقم الأزمة".'
    doc, facts = facts_of(text, {"نيكولاس مادورو": "PERSON"})
    assert not [f for f in facts if f.type == "quote"]


def test_quotes_after_the_masdar_qawl_and_a_quotation_reopened_at_each_sentence():
    text = 'وأقر المجلس القانون بعد يوم من قول حيدر العبادي إن الانتخابات شهدت "خروقات جسيمة".'
    doc, facts = facts_of(text, {"حيدر العبادي": "PERSON"})
    assert [(doc.entity(f.args["speaker"]).name, f.args["text"]) for f in facts if f.type == "quote"] == [("حيدر العبادي", "خروقات جسيمة")]
    # a writer who reopens the quotation mark at each sentence without closing the one before
    text = 'وأضاف محمد عكاشة في مقابلة "نمو الشركة بلغ 70% في العام الماضي. "لدينا حاليا أكثر من 20 مليون عميل".'
    doc, facts = facts_of(text, {"محمد عكاشة": "PERSON"})
    quotes = [(doc.entity(f.args["speaker"]).name, f.args["text"]) for f in facts if f.type == "quote"]
    assert quotes == [("محمد عكاشة", "نمو الشركة بلغ 70% في العام الماضي."), ("محمد عكاشة", "لدينا حاليا أكثر من 20 مليون عميل")], quotes
    # a stray opening mark with no speech verb before it quotes nothing
    text = 'أي تمويل؟. ويقول كوهين: "ما نعرفه قليل".'
    doc, facts = facts_of(text, {"كوهين": "PERSON"})
    assert [f.args["text"] for f in facts if f.type == "quote"] == ["ما نعرفه قليل"]


def test_an_opposition_group_is_no_stance_against_its_own_name():
    text = 'وقال أبو بكر الحسن، المتحدث باسم جماعة معارضة اسمها "جيش الثورة"، إن القصف طال ثلاث بلدات.'
    doc, facts = facts_of(text, {"أبو بكر الحسن": "PERSON", "جيش الثورة": "ORG"})
    assert not [f for f in facts if f.type == "support"]
    assert ("role", "أبو بكر الحسن", "جيش الثورة", "spokesperson") in readable(doc, facts)


def test_a_title_with_its_post_named_before_a_comma_refers_back_to_the_person():
    text = (
        "وقال السفير اليمني لدى الأمم المتحدة، أحمد عوض بن مبارك، إن الحوثيين يرفضون السلام. "
        'وأوضح السفير اليمني أن "الميليشيات تستخدم الموانئ لتهريب السلاح".'
    )
    doc, facts = facts_of(text, {"الأمم المتحدة": "ORG", "أحمد عوض بن مبارك": "PERSON"})
    assert [doc.entity(f.args["speaker"]).name for f in facts if f.type == "quote"] == ["أحمد عوض بن مبارك"]


def test_review_of_the_sixteenth_session_quote_rules():
    # "X means "…"" in reported speech is the speaker's words
    text = 'وقال وزير الخارجية محمد جواد ظريف إن الانسحاب الأميركي يعني "نهاية الاتفاق".'
    doc, facts = facts_of(text, {"محمد جواد ظريف": "PERSON"})
    assert [f.args["text"] for f in facts if f.type == "quote"] == ["نهاية الاتفاق"]
    # an unclosed straight mark does not take a later curly quotation as its end
    text = 'وقال وزير المالية محمد الجدعان "إن العجز سينخفض. من جهته، قال ولي العهد محمد بن سلمان إن “المملكة ستواصل الإصلاحات”.'
    doc, facts = facts_of(text, {"محمد الجدعان": "PERSON", "محمد بن سلمان": "PERSON"})
    got = [(doc.entity(f.args["speaker"]).name, f.args["text"]) for f in facts if f.type == "quote"]
    assert ("محمد بن سلمان", "المملكة ستواصل الإصلاحات") in got, got
    # a report after "بعد قول X" does not make X the speaker of the next quotation
    text = (
        'وجاء ذلك بعد قول الرئيس دونالد ترامب إن الهجوم سوف "يقابل بقوة". '
        'ورفضت وزارة الدفاع الروسية الصور، واصفة إياها بأنها "تزييف آخر".'
    )
    doc, facts = facts_of(text, {"دونالد ترامب": "PERSON", "وزارة الدفاع الروسية": "ORG"})
    got = [(doc.entity(f.args["speaker"]).name, f.args["text"]) for f in facts if f.type == "quote"]
    assert ("دونالد ترامب", "تزييف آخر") not in got, got


def test_remarks_of_a_person_a_banner_and_a_post_with_what_it_is_about():
    text = (
        "وقال آفي غاباي إن الأمر صعب. ويتوافق هذا الاقتراح مع تصريحات لنتانياهو في لقاء مع وزراء حزب الليكود، "
        'قائلا إنهم "يعملون من أجل حكومة مستقرة".'
    )
    doc, facts = facts_of(text, {"آفي غاباي": "PERSON", "نتانياهو": "PERSON", "حزب الليكود": "ORG"})
    assert [doc.entity(f.args["speaker"]).name for f in facts if f.type == "quote"] == ["نتانياهو"]
    text = 'وقال طه المتوكل إن الأمر صعب. ورفعت لافتات في المظاهرة تقول "أمريكا تقتل أطفال اليمن".'
    doc, facts = facts_of(text, {"طه المتوكل": "PERSON"})
    assert not [f for f in facts if f.type == "quote"]
    text = (
        "وقال دونالد توسك إن الأمر صعب. وأكد كبير مفاوضي الاتحاد الأوروبي في هذا الملف ميشال بارنييه بأن الوقت "
        'بدأ ينفد بالقول "نريد اتفاقا ونعمل من أجل ذلك".'
    )
    doc, facts = facts_of(text, {"دونالد توسك": "PERSON", "الاتحاد الأوروبي": "ORG", "ميشال بارنييه": "PERSON"})
    assert [doc.entity(f.args["speaker"]).name for f in facts if f.type == "quote"] == ["ميشال بارنييه"]


def test_the_statement_quoted_is_the_titled_author_s():
    text = (
        "وجاء موقف مجلس الوزراء وفق بيان لوزير الإعلام، عواد العواد، أمس. "
        'وقال البيان "إن المملكة تجدد رفضها المطلق لموقف الحكومة الكندية".'
    )
    doc, facts = facts_of(text, {"مجلس الوزراء": "ORG", "عواد العواد": "PERSON", "الحكومة الكندية": "ORG"})
    assert [doc.entity(f.args["speaker"]).name for f in facts if f.type == "quote"] == ["عواد العواد"]


def test_second_review_of_the_sixteenth_session_quote_rules():
    # remarks one answers are not the speaker's
    text = 'وقالت تيريزا ماي إن الاتفاق ممكن. وعلقت على تصريحات لجونسون قائلة إن "الخروج بلا اتفاق كارثة".'
    doc, facts = facts_of(text, {"تيريزا ماي": "PERSON", "جونسون": "PERSON"})
    assert [doc.entity(f.args["speaker"]).name for f in facts if f.type == "quote"] == ["تيريزا ماي"]
    # the one a head met is not his body's holder
    text = 'وقال مدير صندوق النقد الدولي في لقائه الرئيس السيسي إن "الاقتصاد يتعافى".'
    doc, facts = facts_of(text, {"صندوق النقد الدولي": "ORG", "السيسي": "PERSON"})
    assert not [f for f in facts if f.type == "quote" and doc.entity(f.args["speaker"]).name == "السيسي"]
    # a name after another title is not the one "السفير" refers back to
    text = 'وأجرى السفير الفرنسي اتصالا مع رئيس الحكومة، سعد الحريري، أمس. وأكد السفير أن "فرنسا تدعم لبنان".'
    doc, facts = facts_of(text, {"سعد الحريري": "PERSON"})
    assert not [f for f in facts if f.type == "quote" and doc.entity(f.args["speaker"]).name == "سعد الحريري"]
    # a slogan one speaks about is no banner that speaks
    text = 'وقال فلان الفلاني إن الحملة مستمرة. وعن شعار حملته يقول "التغيير قادم".'
    doc, facts = facts_of(text, {"فلان الفلاني": "PERSON"})
    assert [doc.entity(f.args["speaker"]).name for f in facts if f.type == "quote"] == ["فلان الفلاني"]


def test_a_feminine_verb_is_not_a_man_s_described_with_a_profession_and_nationality():
    text = (
        "وسط تزايد الجدل بشأن مصير الصحفي السعودي جمال خاشقجي، "
        'أعربت وزارة الخارجية الفرنسية عن قلقها، إذ قالت في بيان لها إنها "تأمل أن يتم توضيح هذا الموقف".'
    )
    doc, facts = facts_of(text, {"جمال خاشقجي": "PERSON", "وزارة الخارجية الفرنسية": "ORG"})
    assert not [f for f in facts if f.type == "quote" and doc.entity(f.args["speaker"]).name == "جمال خاشقجي"]


def test_third_review_of_the_sixteenth_session_quote_rules():
    # a spokesman of a titled official, named after a comma, is the one "المتحدث" refers back to
    text = 'وقال المتحدث باسم الأمين العام للأمم المتحدة، ستيفان دوجاريك، إن المنظمة قلقة. وقال المتحدث إن "الوضع خطير".'
    doc, facts = facts_of(text, {"الأمم المتحدة": "ORG", "ستيفان دوجاريك": "PERSON"})
    assert [doc.entity(f.args["speaker"]).name for f in facts if f.type == "quote"] == ["ستيفان دوجاريك"]
    # a letter to someone is not his
    text = 'ووجه الوزير رسالة للرئيس الأمريكي، دونالد ترامب، أمس. وقالت الرسالة إن "الاتفاق يجب أن يبقى".'
    doc, facts = facts_of(text, {"دونالد ترامب": "PERSON"})
    assert not [f for f in facts if f.type == "quote" and doc.entity(f.args["speaker"]).name == "دونالد ترامب"]


def test_quoted_names_are_no_quotes():
    # a name in quotes as a speech verb's subject, its clause after it
    text = 'وقال "ايه.ان.زد" إن الأسعار سترتفع. وأشار "يونايتد بيد" الخميس إلى أن الملاعب جاهزة.'
    doc, facts = facts_of(text, {})
    assert not [f for f in facts if f.type == "quote"], readable(doc, facts)
    # a body's name with the preposition it takes, and the name of a conference
    text = 'ودعا الرئيس التركي رجب طيب أردوغان الحكومة العراقية إلى التحرك ضد القواعد الخلفية "لحزب العمال الكردستاني".'
    doc, facts = facts_of(text, {"رجب طيب أردوغان": "PERSON", "حزب العمال الكردستاني": "ORG"})
    assert not [f for f in facts if f.type == "quote"], readable(doc, facts)
    text = 'وقال صندوق الاستثمارات العامة إن مؤتمر "مبادرة مستقبل الاستثمار" سينعقد في أكتوبر.'
    doc, facts = facts_of(text, {"صندوق الاستثمارات العامة": "ORG"})
    assert not [f for f in facts if f.type == "quote"], readable(doc, facts)
    # words said after a speech verb, then another clause with its own verb, are a quotation
    text = 'وقال زيهوفر إن الموقف "غير مثمر" وأضاف "كل دولة لها كرامة". وقال للصحيفة إن الحوار مستمر.'
    doc, facts = facts_of(text, {"زيهوفر": "PERSON"})
    assert "كل دولة لها كرامة" in [f.args["text"] for f in facts if f.type == "quote"], readable(doc, facts)


def test_the_relative_clause_speaker_and_the_one_met_in_an_opening_clause():
    # "فلان، الذي قال إن": the one the relative clause is about
    text = 'تزامنت تصريحات ترامب مع إنكار من السفير خالد بن سلمان، الذي قال إن الادعاءات "زائفة تماما".'
    doc, facts = facts_of(text, {"ترامب": "PERSON", "خالد بن سلمان": "PERSON"})
    assert [doc.entity(f.args["speaker"]).name for f in facts if f.type == "quote"] == ["خالد بن سلمان"]
    # but the one a woman described in the relative clause is not the speaker
    text = "ديزني أوضحت أنها تحترم بايدن، الذي وصفته بأنه “رجل صالح” خدم بلاده."
    doc, facts = facts_of(text, {"ديزني": "PERSON", "بايدن": "PERSON"})
    assert "بايدن" not in [doc.entity(f.args["speaker"]).name for f in facts if f.type == "quote"]
    # the one met in the clause that sets the time is not the subject
    text = 'وبعد لقائه ماتاريلا، كرر سالفيني خطابه يقول إنه "مهتم بالبرامج السياسية".'
    doc, facts = facts_of(text, {"ماتاريلا": "PERSON", "سالفيني": "PERSON"})
    assert [doc.entity(f.args["speaker"]).name for f in facts if f.type == "quote"] == ["سالفيني"]


def test_a_verb_s_pronoun_subject_is_not_one_its_clause_names():
    # "ورد على هجمات فلان": the one answered does not answer
    text = (
        'وقال أردوغان إن المعارضة تكذب. ويحاول دميرتاش من زنزانته خوض حملته. '
        'ورد الأحد، عبر تويتر على هجمات أردوغان المتزايدة بالقول إنها "أكاذيب حقيرة".'
    )
    doc, facts = facts_of(text, {"أردوغان": "PERSON", "دميرتاش": "PERSON"})
    said = [(doc.entity(f.args["speaker"]).name, f.args["text"]) for f in facts if f.type == "quote"]
    assert ("أردوغان", "أكاذيب حقيرة") not in said, said
    # the one named after a title and a comma may be the speaker
    text = 'قال وزير الوظيفة العمومية السابق، عبيد البريكي "سأعمل على أن لا يكون لإقالتي انعكاسات".'
    doc, facts = facts_of(text, {"عبيد البريكي": "PERSON"})
    assert [doc.entity(f.args["speaker"]).name for f in facts if f.type == "quote"] == ["عبيد البريكي"]


def test_a_describing_participle_goes_with_the_opening_verb_s_subject():
    text = (
        "ندد زعيم المعارضة في زيمبابوي نلسون تشاميسا بإعلان فوز، إيمرسون منانغاغوا، في الانتخابات الرئاسية، "
        'واصفا النتائج بأنها "انقلاب على إرادة الشعب".'
    )
    doc, facts = facts_of(text, {"زيمبابوي": "GPE", "نلسون تشاميسا": "PERSON", "إيمرسون منانغاغوا": "PERSON"})
    assert [doc.entity(f.args["speaker"]).name for f in facts if f.type == "quote"] == ["نلسون تشاميسا"]
    text = 'وهاجم أردوغان حينها نتنياهو واصفا إياه بأنه "محتل وإرهابي".'
    doc, facts = facts_of(text, {"أردوغان": "PERSON", "نتنياهو": "PERSON"})
    assert [doc.entity(f.args["speaker"]).name for f in facts if f.type == "quote"] == ["أردوغان"]


def test_a_participle_after_a_sentence_opened_by_an_unnamed_title_holder():
    # the title's holder is not named: no speaker, not the last one quoted
    text = (
        'وقال السفير خالد بن سلمان إن الادعاءات "زائفة تماما". '
        'توعد رئيس الوزراء الإسرائيلي إيران وحزب الله، مشددا على أن "السيادة الإسرائيلية في الجولان ضمان للاستقرار".'
    )
    doc, facts = facts_of(text, {"خالد بن سلمان": "PERSON", "إيران": "GPE", "حزب الله": "ORG"})
    said = [(doc.entity(f.args["speaker"]).name, f.args["text"]) for f in facts if f.type == "quote"]
    assert not [s for s in said if "السيادة" in s[1]], said
    # the one the article named with that title speaks
    text = (
        "استقبل الرئيس اليمني، عبدربه منصور هادي، الوزيرة في عدن. "
        'وأشاد الرئيس اليمني بالوقفة الأخوية، مؤكدا أن "اليمن لن ينسى هذه المواقف".'
    )
    doc, facts = facts_of(text, {"عبدربه منصور هادي": "PERSON"})
    assert [doc.entity(f.args["speaker"]).name for f in facts if f.type == "quote"] == ["عبدربه منصور هادي"]


def test_a_clause_whose_subject_names_no_one_has_no_speaker():
    base = 'وقال الجعفري إن "بعض المندسين يحاولون العبث بالتظاهرات". '
    people = {"الجعفري": "PERSON", "كردستان العراق": "GPE", "الولايات المتحدة": "GPE", "إيران": "GPE"}
    for tail in (
        'وانهالت التعليقات المنتقدة لتصريحات الجعفري، وقال أحدهم: "لم تدافع عن كردستان العراق".',
        'لكن الولايات المتحدة قالت إن إيران تتحمل "المسؤولية الكاملة".',
        'وتقول تقارير إعلامية إن كندا وجدت نفسها على "صفيح ساخن".',
    ):
        doc, facts = facts_of(base + tail, people)
        said = [(doc.entity(f.args["speaker"]).name, f.args["text"]) for f in facts if f.type == "quote"]
        assert len(said) == 1, (tail, said)
    # a state the verb's clause names after a preposition is not its subject
    text = 'وقال الجبير إن إيران تدعم الإرهاب. وعن الأزمة مع الدوحة أعلن: "نرفض دعمها للإرهاب".'
    doc, facts = facts_of(text, {"الجبير": "PERSON", "إيران": "GPE", "الدوحة": "GPE"})
    assert [doc.entity(f.args["speaker"]).name for f in facts if f.type == "quote"] == ["الجبير"]
    # a media label is no one's quotation
    text = 'وأكد الرئيس محمود عباس رفضه لما يوصف إعلاميا بـ"صفقة القرن".'
    doc, facts = facts_of(text, {"محمود عباس": "PERSON"})
    assert not [f for f in facts if f.type == "quote"]


def test_the_holder_of_a_title_before_its_body_speaks_not_the_body():
    text = 'عاد جوزيف بلاتر رئيس فيفا للتأكيد بأن فوز قطر جاء بسبب ما أسماه بـ"التدخلات السياسية".'
    doc, facts = facts_of(text, {"جوزيف بلاتر": "PERSON", "فيفا": "ORG", "قطر": "GPE"})
    assert [doc.entity(f.args["speaker"]).name for f in facts if f.type == "quote"] == ["جوزيف بلاتر"]


def test_review_of_the_seventeenth_session_quote_rules():
    people = {"ترامب": "PERSON", "إيمانويل ماكرون": "PERSON"}
    text = 'وعلى الرغم من تحذيرات ترامب، هاجم الرئيس الفرنسي إيمانويل ماكرون السياسة التجارية، واصفا إياها بأنها "خطأ فادح".'
    doc, facts = facts_of(text, people)
    assert [doc.entity(f.args["speaker"]).name for f in facts if f.type == "quote"] == ["إيمانويل ماكرون"]
    text = 'وأثارت ميلانيا، زوجة الرئيس دونالد ترامب، التي قالت إن "الأطفال يستحقون الحماية"، جدلا واسعا.'
    doc, facts = facts_of(text, {"ميلانيا": "PERSON", "دونالد ترامب": "PERSON"})
    assert "دونالد ترامب" not in [doc.entity(f.args["speaker"]).name for f in facts if f.type == "quote"]
    text = 'وقال حيدر العبادي إن الحكومة ستواصل الإصلاحات. وأضاف "لن نتراجع أبدا" دون أن يحدد موعدا للانتخابات.'
    doc, facts = facts_of(text, {"حيدر العبادي": "PERSON"})
    assert "لن نتراجع أبدا" in [f.args["text"] for f in facts if f.type == "quote"]


def test_an_unnamed_spokesman_goes_on_in_the_next_sentence():
    text = (
        'وقال باسيل إن "المفوضية تخيف اللاجئين". وقال متحدث باسم كوربين، الذي ينتقد إسرائيل، إن هذا كان '
        'حدثا في دائرته. وأضاف: "كتب إلى مجلس نواب اليهود".'
    )
    doc, facts = facts_of(text, {"باسيل": "PERSON", "كوربين": "PERSON"})
    said = {f.args["text"]: doc.entity(f.args["speaker"]) for f in facts if f.type == "quote"}
    assert said["كتب إلى مجلس نواب اليهود"].type == "ANON", said


def test_a_president_named_with_his_country_and_no_speaker_inside_a_quotation():
    text = (
        "وصرح الرئيس السنغالي ماكي سال بأن الزيارة ناجحة، واستقبل الرئيس الصيني شي جينبينغ في داكار. "
        'من جهته قال الرئيس الصيني "ألاحظ الحيوية الكبيرة لهذه القارة الموعودة بمستقبل زاهر". '
        'وأشاد بالعلاقات، مؤكدا "ثقته التامة بمستقبل التعاون".'
    )
    doc, facts = facts_of(text, {"ماكي سال": "PERSON", "شي جينبينغ": "PERSON", "زاهر": "PERSON"})
    said = {f.args["text"]: doc.entity(f.args["speaker"]).name for f in facts if f.type == "quote"}
    assert set(said.values()) == {"شي جينبينغ"}, said


def test_second_review_of_the_seventeenth_session_quote_rules():
    # a quoted company speaking "in a statement" is the speaker, no quotation
    text = 'وقال الوزير أحمد الخطيب إن "الملف قوي". وقالت "يونايتد بيد" في بيان صحفي إن الملاعب جاهزة.'
    doc, facts = facts_of(text, {"أحمد الخطيب": "PERSON"})
    assert [f.args["text"] for f in facts if f.type == "quote"] == ["الملف قوي"]
    # a participle after "the Yemeni president" goes with the Yemeni one, not the last president named
    text = (
        "استقبل الرئيس اليمني عبدربه منصور هادي الوزيرة. وقال الرئيس الأمريكي دونالد ترامب إن الحرب ستنتهي. "
        'وأشاد الرئيس اليمني بالموقف، مؤكدا أن "اليمن لن ينسى".'
    )
    doc, facts = facts_of(text, {"عبدربه منصور هادي": "PERSON", "دونالد ترامب": "PERSON"})
    said = {f.args["text"]: doc.entity(f.args["speaker"]).name for f in facts if f.type == "quote"}
    assert said.get("اليمن لن ينسى") in (None, "عبدربه منصور هادي"), said


def test_a_revelation_or_a_denial_quoted():
    text = 'بينما كشف رئيس الوزراء الإسرائيلي، بنيامين نتنياهو، "القضاء على الخلية الإرهابية".'
    doc, facts = facts_of(text, {"بنيامين نتنياهو": "PERSON"})
    assert [doc.entity(f.args["speaker"]).name for f in facts if f.type == "quote"] == ["بنيامين نتنياهو"]
    text = 'ونفى الناطق باسم المفوضية ويليام سبيندلر أن تكون المنظمة تعيق العودة. وصرح "نحن لا نعيق العودة".'
    doc, facts = facts_of(text, {"ويليام سبيندلر": "PERSON"})
    assert [doc.entity(f.args["speaker"]).name for f in facts if f.type == "quote"] == ["ويليام سبيندلر"]
    # the verbal noun after a preposition is no verb; a poll is no speaker
    text = 'وانتشر خبر تلويح أحمد الخطيب بكشف "زيارات أمنية سرية".'
    doc, facts = facts_of(text, {"أحمد الخطيب": "PERSON"})
    assert not [f for f in facts if f.type == "quote"], readable(doc, facts)
    text = 'وقال أحمد الخطيب إن "الحكومة تأثرت". وكشف استطلاع للرأي أن "الطبقة الوسطى تقود المقاطعة".'
    doc, facts = facts_of(text, {"أحمد الخطيب": "PERSON"})
    assert [f.args["text"] for f in facts if f.type == "quote"] == ["الحكومة تأثرت"]
